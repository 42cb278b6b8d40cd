import { expect } from '@open-wc/testing';
import { scheduleEntry } from '../../src/feed/schema.js';
import { isoDay } from '../../src/schedule/calendar-day.js';
import { freshness } from '../../src/schedule/freshness.js';
import { upcomingSessions } from '../../src/schedule/sessions.js';
import { meetsWhen, whenChoices, whenDays, type When } from '../../src/schedule/when.js';
import { freshnessWords, nextSessionWords, sessionWords, whenWords } from '../../src/schedule/words.js';
import { cy, en } from '../helpers/catalogues.js';

const at = (iso: string) => new Date(iso);
const range = (when: When, now: string) => {
  const { from, until } = whenDays(when, at(now));
  return `${isoDay(from)}…${isoDay(until)}`;
};
const schedule = (fields: Record<string, unknown>) => [scheduleEntry.parse(fields)];

describe('"When" choices', () => {
  it('are London days: today, tomorrow, to Sunday, the weekend, a week', () => {
    // Wednesday 2 December 2026.
    const wednesday = '2026-12-02T12:00:00Z';
    expect(whenChoices.map((when) => range(when, wednesday))).to.deep.equal([
      '2026-12-02…2026-12-02',
      '2026-12-03…2026-12-03',
      '2026-12-02…2026-12-06',
      '2026-12-05…2026-12-06',
      '2026-12-02…2026-12-08',
    ]);
    // On a Saturday "this weekend" starts today; on a Sunday it is today alone.
    expect(range('this-weekend', '2026-12-05T09:00:00Z')).to.equal('2026-12-05…2026-12-06');
    expect(range('this-weekend', '2026-12-06T09:00:00Z')).to.equal('2026-12-06…2026-12-06');
    expect(range('this-week', '2026-12-06T09:00:00Z')).to.equal('2026-12-06…2026-12-06');
    // 23:30 UTC on 30 June is already 1 July in London.
    expect(range('today', '2026-06-30T23:30:00Z')).to.equal('2026-07-01…2026-07-01');
  });

  it('match a schedule with a session in those days that is not over yet', () => {
    const saturdays = schedule({ days: ['sat'], start: '10:00', end: '12:00' });
    const wednesday = at('2026-12-02T12:00:00Z');
    expect(whenChoices.filter((when) => meetsWhen(saturdays, when, wednesday))).to.deep.equal([
      'this-week',
      'this-weekend',
      'next-7-days',
    ]);
    const wednesdayMornings = schedule({ days: ['wed'], start: '10:00', end: '11:00' });
    expect(meetsWhen(wednesdayMornings, 'today', at('2026-12-02T10:30:00Z'))).to.equal(true);
    expect(meetsWhen(wednesdayMornings, 'today', at('2026-12-02T11:00:00Z'))).to.equal(false);
    // Closed on a bank holiday: not "today" on 31 August.
    const mondays = schedule({ days: ['mon'], bankHolidays: 'closed' });
    expect(meetsWhen(mondays, 'today', at('2026-08-31T08:00:00Z'))).to.equal(false);
    expect(meetsWhen(mondays, 'today', at('2026-08-31T08:00:00Z'), { nation: 'scotland' })).to.equal(true);
  });
});

describe('schedule words', () => {
  const now = at('2026-12-01T09:00:00Z');
  const tuesdays = schedule({ days: ['tue'], start: '10:00', end: '12:00' });

  it('say the next session in English and Welsh', () => {
    const [, second] = upcomingSessions(tuesdays, now);
    expect(nextSessionWords(en, 'en-GB', second, now)).to.equal('Next: Tuesday 8 December, 10:00–12:00');
    expect(nextSessionWords(cy, 'cy-GB', second, now)).to.equal('Nesaf: Dydd Mawrth, 8 Rhagfyr, 10:00–12:00');
  });

  it('give the year of a session in another year, and "from" without an end', () => {
    const [session] = upcomingSessions(
      schedule({ days: [], frequency: 'once', date: '2027-01-05', start: '18:30' }),
      now,
    );
    expect(sessionWords(en, 'en-GB', session, now)).to.equal('Tuesday, 5 January 2027, from 18:30');
    expect(sessionWords(cy, 'cy-GB', session, now)).to.equal('Dydd Mawrth, 5 Ionawr 2027, o 18:30');
  });

  it('ask to check a session on a bank holiday, or say it is open', () => {
    const christmas = upcomingSessions(
      schedule({ days: ['fri'], start: '10:00', end: '11:00' }),
      at('2026-12-20T09:00:00Z'),
    )[0];
    expect(sessionWords(en, 'en-GB', christmas, now)).to.equal(
      'Friday 25 December, 10:00–11:00 (bank holiday: check it is on)',
    );
    expect(sessionWords(cy, 'cy-GB', christmas, now)).to.equal(
      'Dydd Gwener, 25 Rhagfyr, 10:00–11:00 (gŵyl y banc: gwiriwch ei fod yn cael ei gynnal)',
    );
    const open = upcomingSessions(schedule({ days: ['fri'], bankHolidays: 'open' }), at('2026-12-20T09:00:00Z'))[0];
    expect(sessionWords(en, 'en-GB', open, now)).to.equal('Friday 25 December (bank holiday: open as usual)');
  });

  it('name the "When" choices', () => {
    expect(whenChoices.map((when) => whenWords(en, when))).to.deep.equal([
      'Today',
      'Tomorrow',
      'This week',
      'This weekend',
      'Next 7 days',
    ]);
    expect(whenChoices.map((when) => whenWords(cy, when))).to.deep.equal([
      'Heddiw',
      'Yfory',
      'Yr wythnos hon',
      'Y penwythnos hwn',
      'Y 7 diwrnod nesaf',
    ]);
  });
});

describe('freshness', () => {
  const now = at('2026-12-08T12:00:00Z');
  const said = (updated: string, staleAfter?: number) => {
    const fresh = freshness(updated, now, staleAfter);
    return fresh && [freshnessWords(en, fresh), freshnessWords(cy, fresh)];
  };

  it('says how long ago, in days, weeks, months or years', () => {
    expect(said('2026-12-08')).to.deep.equal(['Updated today', 'Diweddarwyd heddiw']);
    expect(said('2026-12-06T10:00:00Z')).to.deep.equal(['Updated 2 days ago', 'Diweddarwyd 2 ddiwrnod yn ôl']);
    expect(said('2026-11-20')).to.deep.equal(['Updated 2 weeks ago', 'Diweddarwyd 2 wythnos yn ôl']);
    expect(said('2026-09-01')).to.deep.equal(['Updated 3 months ago', 'Diweddarwyd 3 mis yn ôl']);
    expect(said('2026-12-09')).to.deep.equal(['Updated today', 'Diweddarwyd heddiw']);
  });

  it('asks to check before going once it is past stale-after (12 months unless set)', () => {
    expect(said('2025-10-01')).to.deep.equal([
      'Last updated 14 months ago: check before you go',
      'Diweddarwyd ddiwethaf 14 mis yn ôl: gwiriwch cyn mynd',
    ]);
    expect(said('2025-12-09')?.[0]).to.equal('Updated 11 months ago');
    expect(said('2025-12-08')?.[0]).to.equal('Last updated 12 months ago: check before you go');
    expect(said('2026-09-01', 3)?.[0]).to.equal('Last updated 3 months ago: check before you go');
    expect(said('2023-06-01')).to.deep.equal([
      'Last updated 3 years ago: check before you go',
      'Diweddarwyd ddiwethaf 3 blynedd yn ôl: gwiriwch cyn mynd',
    ]);
  });

  it('says nothing of a date it cannot read', () => {
    expect(freshness('last spring', now)).to.equal(undefined);
    expect(freshness(undefined, now)).to.equal(undefined);
  });
});
