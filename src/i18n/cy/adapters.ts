import type { adapters as en } from '../en/adapters.js';

export const adapters: typeof en = {
  categoryArts: 'Celf a chrefft',
  categoryMusic: 'Cerddoriaeth a chanu',
  categoryDance: 'Dawns',
  categoryWalking: 'Cerdded',
  categoryGardening: 'Garddio',
  categorySwimming: 'Nofio',
  categoryFootball: 'Pêl-droed',
  categoryCooking: 'Coginio a bwyta’n iach',
  categoryVolunteering: 'Gwirfoddoli',
  categoryBefriending: 'Cyfeillio',
  categoryReading: 'Darllen a llyfrau',
  categoryFitness: 'Ffitrwydd ac ymarfer corff',
  categorySport: 'Chwaraeon',
  categoryNature: 'Natur a’r awyr agored',
  categoryHeritage: 'Amgueddfeydd a threftadaeth',
  feedPartial:
    "Nid oedd modd llwytho rhywfaint o'r wybodaeth hon ar hyn o bryd, felly efallai nad yw'r rhestr hon yn gyflawn. Rhowch gynnig arall arni yn nes ymlaen.",
};
