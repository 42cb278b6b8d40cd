import type { shortlist as english } from '../en/shortlist.js';
import { plural } from '../format.js';

/** Welsh strings of the shortlist. */
export const shortlist: typeof english = {
  shortlistHeading: 'Fy rhestr',
  savedCount: plural('cy-GB', {
    zero: (n) => `${n} gweithgaredd`,
    one: (n) => `${n} gweithgaredd`,
    two: (n) => `${n} weithgaredd`,
    other: (n) => `${n} gweithgaredd`,
  }),
  shortlistLoading: 'Yn llwytho eich rhestr…',
  shortlistEmpty: 'Does dim byd ar eich rhestr eto.',
  shortlistEmptyHint:
    'Dewiswch “Ychwanegu at fy rhestr” ar weithgaredd a bydd yn ymddangos yma, yn barod i’w argraffu neu i’w rannu.',
  noLongerListedTitle: (title) => `${title}: nid yw wedi’i restru mwyach`,
  savedActivity: (position) => `Gweithgaredd ${position} ar eich rhestr`,
  noLongerListedHint:
    'Efallai ei fod wedi dod i ben neu wedi symud. Holwch y trefnydd, neu tynnwch ef oddi ar eich rhestr.',
  contactTerm: 'Cysylltu',
  remove: 'Tynnu',
  removeNamed: (title) => `Tynnu ${title} oddi ar eich rhestr`,
  removed: (title) => `Tynnwyd ${title} oddi ar eich rhestr.`,
  startAgain: 'Dechrau eto',
  startedAgain: 'Mae eich rhestr yn wag nawr.',
  undo: 'Dadwneud',
  undone: 'Mae eich rhestr yn ôl fel yr oedd.',
  listFull: plural('cy-GB', { other: (n) => `Mae lle i hyd at ${n} gweithgaredd ar eich rhestr.` }),
  linkUnreadable: plural('cy-GB', {
    one: (n) => `Nid oedd modd darllen ${n} eitem yn y ddolen, felly cafodd ei hepgor.`,
    other: (n) => `Nid oedd modd darllen ${n} eitem yn y ddolen, felly cawsant eu hepgor.`,
  }),
  linkOverflow: plural('cy-GB', {
    one: (n) => `Roedd gan y ddolen ${n} gweithgaredd yn fwy nag y gall rhestr ei ddal, felly cafodd ei hepgor.`,
    other: (n) => `Roedd gan y ddolen ${n} gweithgaredd yn fwy nag y gall rhestr eu dal, felly cawsant eu hepgor.`,
  }),

  noteLabel: 'Nodyn i chi',
  noteHint:
    'Yn cael ei gadw yn y porwr hwn yn unig. Mae’n cael ei argraffu ac yn mynd yn yr e-bost, ond byth yn y ddolen.',
  noteCharactersLeft: plural('cy-GB', { other: (n) => `${n} nod ar ôl` }),

  shareHeading: 'Rhannu’r rhestr hon',
  shareLinkLabel: 'Dolen i’r rhestr hon',
  copyLink: 'Copïo’r ddolen',
  linkCopied: 'Mae’r ddolen wedi’i chopïo.',
  linkSelected: 'Mae’r ddolen wedi’i dewis: copïwch hi gyda Ctrl+C (Cmd+C ar Mac).',
  emailList: 'E-bost',
  textList: 'Neges destun',
  showQrCode: 'Dangos cod QR',
  hideQrCode: 'Cuddio’r cod QR',
  qrCodeLabel: 'Cod QR: dolen i’r rhestr hon',
  qrCodeTooLong: 'Mae’r rhestr hon yn rhy hir i god QR: rhannwch y ddolen yn lle hynny.',
  qrCodeFailed: 'Nid oedd modd gwneud y cod QR ar hyn o bryd: rhannwch y ddolen yn lle hynny.',
  printList: 'Argraffu’r rhestr hon',

  planHeading: 'Eich cynllun gweithgareddau',
  planFrom: (publisher) => `Gan ${publisher}`,
  planMade: (date) => `Gwnaed ar ${date}`,
  planScan: 'Sganiwch y cod gyda chamera ffôn i agor y rhestr hon, neu teipiwch y cyfeiriad oddi tano.',
  planLink: 'I agor y rhestr hon ar ffôn neu gyfrifiadur, teipiwch y cyfeiriad hwn:',
  howToGetThere: 'Sut i gyrraedd',
  onMap: (address) => `Map: ${address}`,
  joinOnline: 'Ar-lein: mae’r trefnydd yn anfon y ddolen i ymuno.',

  emailSubject: 'Eich rhestr gweithgareddau',
  emailIntro: 'Dyma’r gweithgareddau ar eich rhestr.',
  emailOpen: (link) => `Agorwch y rhestr ar unrhyw ffôn neu gyfrifiadur: ${link}`,
  emailMore: plural('cy-GB', {
    one: (n) => `…a ${n} gweithgaredd arall: agorwch y ddolen i’w weld.`,
    other: (n) => `…a ${n} gweithgaredd arall: agorwch y ddolen i’w gweld i gyd.`,
  }),
  smsText: (link) => `Eich rhestr gweithgareddau: ${link}`,
};
