import type { adapters as en } from '../en/adapters.js';

export const adapters: typeof en = {
  categoryNames: {
    arts: 'Celf a chrefft',
    music: 'Cerddoriaeth a chanu',
    dance: 'Dawns',
    walking: 'Cerdded',
    gardening: 'Garddio',
    swimming: 'Nofio',
    football: 'Pêl-droed',
    cooking: 'Coginio a bwyta’n iach',
    volunteering: 'Gwirfoddoli',
    befriending: 'Cyfeillio',
    reading: 'Darllen a llyfrau',
    fitness: 'Ffitrwydd ac ymarfer corff',
    sport: 'Chwaraeon',
    nature: 'Natur a’r awyr agored',
    heritage: 'Amgueddfeydd a threftadaeth',
  },
  feedPartial: "Nid oedd modd llwytho rhywfaint o'r wybodaeth hon ar hyn o bryd, felly efallai nad yw'r rhestr hon yn gyflawn. Rhowch gynnig arall arni yn nes ymlaen.",
};
