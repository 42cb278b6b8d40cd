import { expect } from '@open-wc/testing';
import { scheduleEntry, type ScheduleEntry } from '../../src/feed/schema.js';
import { calendarDay } from '../../src/schedule/calendar-day.js';
import { londonDay, londonInstant } from '../../src/schedule/london.js';
import { hasDates, upcomingSessions, type SessionOptions } from '../../src/schedule/sessions.js';

/** A schedule entry as the feed's schema reads it (frequency weekly unless given). */
const entry = (fields: Record<string, unknown>): ScheduleEntry => scheduleEntry.parse(fields);
const at = (iso: string) => new Date(iso);
const dates = (fields: Record<string, unknown>, now: string, options: SessionOptions = {}) =>
  upcomingSessions([entry(fields)], at(now), options).map((session) => session.date);
const starts = (fields: Record<string, unknown>, now: string, options: SessionOptions = {}) =>
  upcomingSessions([entry(fields)], at(now), options).map((session) => session.startsAt.toISOString());

// Tuesday 1 December 2026, 09:00 in London (GMT).
const tuesdayMorning = '2026-12-01T09:00:00Z';

describe('London time', () => {
  it('turns wall-clock times into instants across the clock changes', () => {
    // BST starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
    expect(londonInstant(calendarDay(2026, 3, 28), 600).toISOString()).to.equal('2026-03-28T10:00:00.000Z');
    expect(londonInstant(calendarDay(2026, 3, 29), 600).toISOString()).to.equal('2026-03-29T09:00:00.000Z');
    expect(londonInstant(calendarDay(2026, 10, 25), 600).toISOString()).to.equal('2026-10-25T10:00:00.000Z');
    // 01:30 does not happen on 29 March (the clocks go from 01:00 to 02:00): it is read as 02:30 BST.
    expect(londonInstant(calendarDay(2026, 3, 29), 90).toISOString()).to.equal('2026-03-29T01:30:00.000Z');
    // 01:30 happens twice on 25 October: the first, in BST.
    expect(londonInstant(calendarDay(2026, 10, 25), 90).toISOString()).to.equal('2026-10-25T00:30:00.000Z');
  });

  it('gives every day and time of a year the instant a London clock shows, as asking Intl each time does', () => {
    const clock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    const shows = (ms: number) => {
      const field = Object.fromEntries(
        clock.formatToParts(new Date(ms)).map((part) => [part.type, Number(part.value)]),
      );
      return { day: calendarDay(field.year, field.month, field.day), minutes: field.hour * 60 + field.minute };
    };
    // What it should be, asked of Intl alone: the first of GMT and BST readings that London's clock shows; a
    // time the clocks skip read in the offset before the change.
    const expected = (day: number, minutes: number) => {
      const asUtc = day * 86_400_000 + minutes * 60_000;
      const readings = [asUtc - 3_600_000, asUtc].filter((ms) => {
        const shown = shows(ms);
        return shown.day === day && shown.minutes === minutes;
      });
      if (readings.length) return readings[0];
      const before = shows(asUtc - 43_200_000);
      return asUtc - (before.day * 86_400_000 + before.minutes * 60_000 - (asUtc - 43_200_000));
    };
    const wrong: string[] = [];
    for (let day = calendarDay(2026, 1, 1); day <= calendarDay(2026, 12, 31); day++)
      for (const minutes of [0, 30, 59, 60, 90, 119, 120, 150, 600, 1380, 1439])
        if (londonInstant(day, minutes).getTime() !== expected(day, minutes))
          wrong.push(`${day} ${minutes}: ${londonInstant(day, minutes).toISOString()}`);
    expect(wrong).to.deep.equal([]);
  });

  it('asks Intl about each day once, not about every session (a list of cards asks for hundreds)', () => {
    const formatToParts = Intl.DateTimeFormat.prototype.formatToParts;
    let asked = 0;
    Intl.DateTimeFormat.prototype.formatToParts = function (this: Intl.DateTimeFormat, date) {
      asked++;
      return formatToParts.call(this, date);
    };
    try {
      // 96 activities, a different time each, meeting every weekday of February 2027.
      const schedules = Array.from({ length: 96 }, (_, index) => [
        entry({
          days: ['mon', 'tue', 'wed', 'thu', 'fri'],
          start: `${String(8 + (index % 12)).padStart(2, '0')}:${index % 2 ? '30' : '00'}`,
        }),
      ]);
      const found = schedules.map((schedule) => upcomingSessions(schedule, at('2027-02-01T07:00:00Z')));
      expect(found.flat()).to.have.length(96 * 3);
      expect(found[1].map((session) => session.startsAt.toISOString())).to.deep.equal([
        '2027-02-01T09:30:00.000Z',
        '2027-02-02T09:30:00.000Z',
        '2027-02-03T09:30:00.000Z',
      ]);
      // Once for "now", twice for each of the four days the sessions fall on or end on.
      expect(asked).to.be.at.most(12);
    } finally {
      Intl.DateTimeFormat.prototype.formatToParts = formatToParts;
    }
  });

  it('tells the London day, which is not the UTC day late on a summer evening', () => {
    expect(londonDay(at('2026-06-30T23:30:00Z'))).to.equal(calendarDay(2026, 7, 1));
    expect(londonDay(at('2026-12-31T23:30:00Z'))).to.equal(calendarDay(2026, 12, 31));
  });
});

describe('next sessions', () => {
  it('weekly: the next three, from today on', () => {
    expect(dates({ days: ['tue'], start: '10:00', end: '12:00' }, tuesdayMorning)).to.deep.equal([
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
    ]);
    expect(dates({ days: ['tue', 'thu'] }, tuesdayMorning, { count: 4 })).to.deep.equal([
      '2026-12-01',
      '2026-12-03',
      '2026-12-08',
      '2026-12-10',
    ]);
  });

  it('keeps a session that is on now, and drops one that is over', () => {
    const tuesday = { days: ['tue'], start: '10:00', end: '12:00' };
    expect(dates(tuesday, '2026-12-01T11:59:00Z')[0]).to.equal('2026-12-01');
    expect(dates(tuesday, '2026-12-01T12:00:00Z')[0]).to.equal('2026-12-08');
    // With no end time, a session is taken to last an hour.
    expect(dates({ days: ['tue'], start: '10:00' }, '2026-12-01T10:59:00Z')[0]).to.equal('2026-12-01');
    expect(dates({ days: ['tue'], start: '10:00' }, '2026-12-01T11:00:00Z')[0]).to.equal('2026-12-08');
    // With no time at all, it lasts the day.
    expect(dates({ days: ['tue'] }, '2026-12-01T23:00:00Z')[0]).to.equal('2026-12-01');
  });

  it('every other week, counted from the date the feed gives', () => {
    expect(dates({ days: ['tue'], frequency: 'fortnightly', date: '2026-11-24' }, tuesdayMorning)).to.deep.equal([
      '2026-12-08',
      '2026-12-22',
      '2027-01-05',
    ]);
    // No days given: the date's own weekday.
    expect(dates({ days: [], frequency: 'fortnightly', date: '2026-11-26' }, tuesdayMorning)).to.deep.equal([
      '2026-12-10',
      '2026-12-24',
      '2027-01-07',
    ]);
  });

  it('monthly by weekday: first Tuesday, last Friday, fifth Tuesday', () => {
    expect(dates({ days: ['tue'], frequency: 'monthly', weeks: [1] }, tuesdayMorning)).to.deep.equal([
      '2026-12-01',
      '2027-01-05',
      '2027-02-02',
    ]);
    expect(dates({ days: ['fri'], frequency: 'monthly', weeks: [-1] }, tuesdayMorning)).to.deep.equal([
      '2026-12-25',
      '2027-01-29',
      '2027-02-26',
    ]);
    expect(dates({ days: ['tue'], frequency: 'monthly', weeks: [5] }, tuesdayMorning)).to.deep.equal([
      '2026-12-29',
      '2027-03-30',
      '2027-06-29',
    ]);
    expect(dates({ days: ['wed'], frequency: 'monthly', weeks: [2, 4] }, tuesdayMorning)).to.deep.equal([
      '2026-12-09',
      '2026-12-23',
      '2027-01-13',
    ]);
  });

  it('once, on its date, however far ahead; nothing once it has passed', () => {
    expect(
      dates({ days: ['tue'], frequency: 'once', date: '2026-12-08', start: '11:00' }, tuesdayMorning),
    ).to.deep.equal(['2026-12-08']);
    expect(dates({ days: [], frequency: 'once', date: '2029-05-01' }, tuesdayMorning)).to.deep.equal(['2029-05-01']);
    expect(dates({ days: [], frequency: 'once', date: '2026-11-30' }, tuesdayMorning)).to.deep.equal([]);
  });

  it('only between validFrom and validUntil, both days included', () => {
    expect(dates({ days: ['tue'], validFrom: '2026-12-08' }, tuesdayMorning)).to.deep.equal([
      '2026-12-08',
      '2026-12-15',
      '2026-12-22',
    ]);
    expect(dates({ days: ['tue'], validUntil: '2026-12-08' }, tuesdayMorning, { count: 5 })).to.deep.equal([
      '2026-12-01',
      '2026-12-08',
    ]);
    expect(dates({ days: ['tue'], validUntil: '2026-11-30' }, tuesdayMorning)).to.deep.equal([]);
  });

  it('invents no dates where the feed gives none to go on', () => {
    const undated = [
      { days: ['tue'], frequency: 'monthly' },
      { days: [], frequency: 'weekly', start: '10:00' },
      { days: ['tue'], frequency: 'fortnightly' },
      { days: ['tue'], frequency: 'once' },
      { days: [], note: 'Most weekday mornings' },
    ];
    for (const fields of undated) {
      expect(hasDates(entry(fields)), JSON.stringify(fields)).to.equal(false);
      expect(dates(fields, tuesdayMorning), JSON.stringify(fields)).to.deep.equal([]);
    }
  });

  it('puts the sessions of several entries in order of time', () => {
    const schedule = [entry({ days: ['thu'], start: '10:00' }), entry({ days: ['tue'], start: '18:00' })];
    expect(
      upcomingSessions(schedule, at(tuesdayMorning), { count: 3 }).map((session) => `${session.date} ${session.start}`),
    ).to.deep.equal(['2026-12-01 18:00', '2026-12-03 10:00', '2026-12-08 18:00']);
  });

  it('gives London times in GMT and BST', () => {
    // BST starts on Sunday 28 March 2027 and ends on Sunday 25 October 2026.
    expect(starts({ days: ['sun'], start: '10:00' }, '2027-03-20T00:00:00Z')).to.deep.equal([
      '2027-03-21T10:00:00.000Z',
      '2027-03-28T09:00:00.000Z',
      '2027-04-04T09:00:00.000Z',
    ]);
    expect(starts({ days: ['sun'], start: '10:00' }, '2026-10-17T00:00:00Z', { count: 2 })).to.deep.equal([
      '2026-10-18T09:00:00.000Z',
      '2026-10-25T10:00:00.000Z',
    ]);
    const overnight = upcomingSessions([entry({ days: ['sat'], start: '22:00', end: '01:00' })], at(tuesdayMorning))[0];
    expect([overnight.startsAt.toISOString(), overnight.endsAt.toISOString()]).to.deep.equal([
      '2026-12-05T22:00:00.000Z',
      '2026-12-06T01:00:00.000Z',
    ]);
  });

  describe('bank holidays', () => {
    const mondays = { days: ['mon'], start: '10:00', end: '12:00' };
    const lateAugust = '2026-08-20T09:00:00Z';

    it('flags a session on a bank holiday when the publisher says nothing', () => {
      const sessions = upcomingSessions([entry(mondays)], at(lateAugust));
      expect(sessions.map((session) => [session.date, session.bankHoliday?.rule])).to.deep.equal([
        ['2026-08-24', undefined],
        ['2026-08-31', 'check'],
        ['2026-09-07', undefined],
      ]);
      expect(sessions[1].bankHoliday?.holiday.name).to.equal('Summer bank holiday');
    });

    it('leaves out the days it is closed, and says so when it is open', () => {
      expect(dates({ ...mondays, bankHolidays: 'closed' }, lateAugust)).to.deep.equal([
        '2026-08-24',
        '2026-09-07',
        '2026-09-14',
      ]);
      const open = upcomingSessions([entry({ ...mondays, bankHolidays: 'open' })], at(lateAugust));
      expect(open[1].bankHoliday?.rule).to.equal('open');
    });

    it('takes the feed’s rule when the entry says nothing, and the entry’s over the feed’s', () => {
      expect(dates(mondays, lateAugust, { feedRule: 'closed' })).to.deep.equal([
        '2026-08-24',
        '2026-09-07',
        '2026-09-14',
      ]);
      expect(dates({ ...mondays, bankHolidays: 'open' }, lateAugust, { feedRule: 'closed' })[1]).to.equal('2026-08-31');
    });

    it('uses the bank holidays of the nation', () => {
      const scottish = upcomingSessions([entry(mondays)], at(lateAugust), { nation: 'scotland' });
      expect(scottish.map((session) => session.bankHoliday)).to.deep.equal([undefined, undefined, undefined]);
      const early = upcomingSessions([entry(mondays)], at('2026-07-30T09:00:00Z'), { nation: 'scotland' });
      expect(early.map((session) => [session.date, session.bankHoliday?.rule])).to.deep.equal([
        ['2026-08-03', 'check'],
        ['2026-08-10', undefined],
        ['2026-08-17', undefined],
      ]);
    });
  });
});
