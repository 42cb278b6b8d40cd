import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { activity as activitySchema, type Activity } from '../../src/feed/schema.js';
import { activityCalendar, calendarFileName, escapeText, foldLine } from '../../src/schedule/ics.js';

const now = new Date('2026-12-01T09:00:00Z');
const make = (fields: Record<string, unknown>): Activity =>
  activitySchema.parse({ id: 'singing', title: 'Singing for the Brain', ...fields });

/** The file, parsed by ical.js as a calendar program would, with its zone known. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** The events' recurrence rules as written in the file (the zone's own yearly rules aside). */
const rules = (text: string) =>
  text.split('\r\n').filter((line) => line.startsWith('RRULE:') && !line.startsWith('RRULE:FREQ=YEARLY'));

/** The first `count` starts of an event, as UTC instants. */
function expand(event: InstanceType<typeof ICAL.Event>, count: number): string[] {
  const iterator = event.iterator();
  const starts: string[] = [];
  for (let next = iterator.next(); next && starts.length < count; next = iterator.next()) {
    if (event.isRecurrenceException() || iterator.complete) break;
    starts.push(next.toJSDate().toISOString());
  }
  return starts;
}

describe('an activity’s calendar file (RFC 5545)', () => {
  it('is a calendar ical.js reads, with summary, place, description, link and the London zone', () => {
    const text = activityCalendar(
      make({
        description: 'Songs old and new; all welcome, carers too.',
        location: {
          name: 'Central Library',
          address: '1 Market St, Leeds',
          postcode: 'LS1 1AA',
          lat: 53.8,
          lng: -1.55,
        },
        url: 'https://example.org/singing?week=1&day=tue',
        schedule: [{ days: ['tue'], start: '10:00', end: '12:00' }],
      }),
      { now, details: ['Cost: Free'] },
    )!;
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    const [event] = parse(text);
    expect(event.summary).to.equal('Singing for the Brain');
    expect(event.location).to.equal('Central Library, 1 Market St, Leeds, LS1 1AA');
    expect(event.description).to.equal('Songs old and new; all welcome, carers too.\n\nCost: Free');
    expect(event.component.getFirstPropertyValue('url')).to.equal('https://example.org/singing?week=1&day=tue');
    expect(event.startDate.zone?.tzid).to.equal('Europe/London');
    expect(text).to.include('\r\nDTSTART;TZID=Europe/London:20261201T100000\r\n');
    expect(event.startDate.toString()).to.equal('2026-12-01T10:00:00');
    expect(event.endDate.toString()).to.equal('2026-12-01T12:00:00');
    expect(event.uid).to.equal('singing-0@linkwork');
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).to.equal('2026-12-01T09:00:00Z');
  });

  it('repeats weekly across the change to BST, in London time', () => {
    const text = activityCalendar(make({ schedule: [{ days: ['sun'], start: '10:00', end: '11:00' }] }), {
      now: new Date('2027-03-20T00:00:00Z'),
    })!;
    expect(rules(text)).to.deep.equal(['RRULE:FREQ=WEEKLY;BYDAY=SU;WKST=MO']);
    const [event] = parse(text);
    expect(expand(event, 3)).to.deep.equal([
      '2027-03-21T10:00:00.000Z',
      '2027-03-28T09:00:00.000Z',
      '2027-04-04T09:00:00.000Z',
    ]);
  });

  it('every other week is INTERVAL=2 from a day it meets; monthly uses week numbers; UNTIL is UTC', () => {
    const text = activityCalendar(
      make({
        schedule: [
          { days: ['tue'], frequency: 'fortnightly', date: '2026-11-24', start: '14:00' },
          {
            days: ['tue', 'fri'],
            frequency: 'monthly',
            weeks: [1, -1],
            start: '18:00',
            end: '19:30',
            validUntil: '2027-03-31',
          },
          { days: [], frequency: 'once', date: '2027-02-14', start: '11:00', end: '15:00' },
        ],
      }),
      { now },
    )!;
    expect(rules(text)).to.deep.equal([
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO',
      'RRULE:FREQ=MONTHLY;BYDAY=1TU,1FR,-1TU,-1FR;UNTIL=20270331T225959Z',
    ]);
    const [fortnightly, monthly, once] = parse(text);
    expect(expand(fortnightly, 3)).to.deep.equal([
      '2026-12-08T14:00:00.000Z',
      '2026-12-22T14:00:00.000Z',
      '2027-01-05T14:00:00.000Z',
    ]);
    const monthlyStarts = expand(monthly, 20);
    expect(monthlyStarts.slice(0, 4)).to.deep.equal([
      '2026-12-01T18:00:00.000Z',
      '2026-12-04T18:00:00.000Z',
      '2026-12-25T18:00:00.000Z',
      '2026-12-29T18:00:00.000Z',
    ]);
    // The last is Tuesday 30 March 2027, in BST; nothing after validUntil.
    expect(monthlyStarts.at(-1)).to.equal('2027-03-30T17:00:00.000Z');
    expect(once.component.getFirstPropertyValue('rrule')).to.equal(null);
    expect(once.startDate.toString()).to.equal('2027-02-14T11:00:00');
  });

  it('leaves out the bank holidays a session is closed on', () => {
    const [event] = parse(
      activityCalendar(make({ schedule: [{ days: ['mon'], start: '10:00', bankHolidays: 'closed' }] }), {
        now: new Date('2026-08-20T09:00:00Z'),
      })!,
    );
    const starts = expand(event, 3);
    expect(starts).to.deep.equal(['2026-08-24T09:00:00.000Z', '2026-09-07T09:00:00.000Z', '2026-09-14T09:00:00.000Z']);
  });

  it('makes a day-long event when no time is given', () => {
    const text = activityCalendar(make({ schedule: [{ days: ['sat'], validUntil: '2026-12-31' }] }), { now })!;
    expect(rules(text)).to.deep.equal(['RRULE:FREQ=WEEKLY;BYDAY=SA;WKST=MO;UNTIL=20261231']);
    const [event] = parse(text);
    expect(event.startDate.isDate).to.equal(true);
    expect(event.startDate.toString()).to.equal('2026-12-05');
    expect(expand(event, 10)).to.have.length(4);
  });

  it('escapes text and folds long lines at 75 octets, never inside a character', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\u0007')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const long = `DESCRIPTION:${'Côr cymunedol 🎶 '.repeat(12)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(2);
    for (const line of lines) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).to.equal(true);
    expect(lines.map((line, index) => (index ? line.slice(1) : line)).join('')).to.equal(long);

    const title = 'Tea; cake, and "songs"\nfor all — ' + 'ŵ'.repeat(60);
    const [event] = parse(activityCalendar(make({ title, schedule: [{ days: ['tue'] }] }), { now })!);
    // The feed puts a title on one line (a line break in it is a space); escapeText above covers \n.
    expect(event.summary).to.equal(title.replace('\n', ' '));
  });

  it('is not made when no date can be known; its file is named from the title', () => {
    expect(activityCalendar(make({ schedule: [{ days: ['tue'], frequency: 'monthly' }] }), { now })).to.equal(
      undefined,
    );
    expect(activityCalendar(make({ schedule: [] }), { now })).to.equal(undefined);
    expect(calendarFileName(make({ title: 'Côr Cymunedol: Tuesdays!' }))).to.equal('cor-cymunedol-tuesdays.ics');
    expect(calendarFileName(make({ title: '🎶🎶' }))).to.equal('activity.ics');
  });
});
