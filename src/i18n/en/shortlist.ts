import { plural } from '../format.js';

/** Strings of the shortlist: the saved activities, the note, sharing and the printed plan. */
export const shortlist = {
  shortlistHeading: 'My list',
  savedCount: plural('en-GB', { one: (n) => `${n} activity`, other: (n) => `${n} activities` }),
  shortlistLoading: 'Loading your list…',
  shortlistEmpty: 'Nothing on your list yet.',
  shortlistEmptyHint: 'Choose “Add to my list” on an activity and it shows here, ready to print or share.',
  noLongerListedTitle: (title: string) => `${title}: no longer listed`,
  /** A saved activity with no title to show while the activities cannot be read (a shared link, the feed failing). */
  savedActivity: (position: number) => `Saved activity ${position}`,
  noLongerListedHint: 'It may have ended or moved. Ask the organiser, or remove it from your list.',
  contactTerm: 'Contact',
  remove: 'Remove',
  removeNamed: (title: string) => `Remove ${title} from your list`,
  removed: (title: string) => `Removed ${title} from your list.`,
  startAgain: 'Start again',
  startedAgain: 'Your list is empty now.',
  undo: 'Undo',
  undone: 'Your list is back as it was.',
  listFull: plural('en-GB', { other: (n) => `Your list holds up to ${n} activities.` }),
  linkUnreadable: plural('en-GB', {
    one: (n) => `${n} entry in the link could not be read, so it was left out.`,
    other: (n) => `${n} entries in the link could not be read, so they were left out.`,
  }),
  linkOverflow: plural('en-GB', {
    one: (n) => `The link held ${n} more activity than a list can, so it was left out.`,
    other: (n) => `The link held ${n} more activities than a list can, so they were left out.`,
  }),

  noteLabel: 'A note for you',
  noteHint: 'Kept only in this browser. It is printed and goes in the email, never in the link.',
  noteCharactersLeft: plural('en-GB', { one: (n) => `${n} character left`, other: (n) => `${n} characters left` }),

  shareHeading: 'Share this list',
  shareLinkLabel: 'Link to this list',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  linkSelected: 'The link is selected: copy it with Ctrl+C (Cmd+C on a Mac).',
  emailList: 'Email',
  textList: 'Text message',
  showQrCode: 'Show QR code',
  hideQrCode: 'Hide QR code',
  qrCodeLabel: 'QR code: link to this list',
  qrCodeTooLong: 'This list is too long for a QR code: share the link instead.',
  qrCodeFailed: 'The QR code could not be made just now: share the link instead.',
  printList: 'Print this list',

  planHeading: 'Your activity plan',
  planFrom: (publisher: string) => `From ${publisher}`,
  planMade: (date: string) => `Made on ${date}`,
  planScan: 'Scan the code with a phone camera to open this list, or type the address below it.',
  planLink: 'To open this list on a phone or computer, type this address:',
  howToGetThere: 'How to get there',
  onMap: (address: string) => `Map: ${address}`,
  joinOnline: 'Online: the organiser sends the link to join.',

  emailSubject: 'Your activity list',
  emailIntro: 'Here are the activities on your list.',
  emailOpen: (link: string) => `Open the list on any phone or computer: ${link}`,
  emailMore: plural('en-GB', {
    one: (n) => `…and ${n} more activity: open the link to see it.`,
    other: (n) => `…and ${n} more activities: open the link to see them all.`,
  }),
  smsText: (link: string) => `Your activity list: ${link}`,
};
