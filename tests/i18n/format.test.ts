import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatDay,
  formatDistance,
  formatList,
  formatNumber,
  formatPrice,
  formatTime,
  plural,
} from '../../src/i18n/format.js';
import { recordIntlMade } from '../helpers/intl-made.js';

describe('Intl formatting', () => {
  it('writes numbers, prices and distances for British English', () => {
    expect(formatNumber('en-GB', 1250)).to.equal('1,250');
    expect(formatPrice('en-GB', 3.5)).to.equal('£3.50');
    expect(formatPrice('en-GB', 3)).to.equal('£3');
    expect(formatDistance('en-GB', 1.609344)).to.equal('1 mile');
    expect(formatDistance('en-GB', 4)).to.equal('2.5 miles');
    expect(formatDistance('en-GB', 25 * 1.609344)).to.equal('25 miles');
    expect(formatDistance('en-GB', 0.4, 'kilometer')).to.equal('0.4 km');
  });

  it('writes dates, days and times in English and Welsh', () => {
    const date = new Date(2026, 10, 25);
    expect(formatDate('en-GB', date)).to.equal('25 November');
    expect(formatDate('cy-GB', date)).to.equal('25 Tachwedd');
    expect(formatDate('en-GB', date, { weekday: true, year: true })).to.equal('Wednesday, 25 November 2026');
    expect(formatDay('en-GB', 'mon')).to.equal('Monday');
    expect(formatDay('cy-GB', 'sat')).to.equal('Dydd Sadwrn');
    expect(formatTime('en-GB', '09:30')).to.equal('09:30');
    expect(formatTime('en-GB', 'noonish')).to.equal('noonish');
  });

  it('writes Welsh dates, distances and lists, even where the browser has no Welsh Intl data', () => {
    const date = new Date(2026, 10, 25);
    expect(formatDate('cy-GB', date, { weekday: true, year: true })).to.equal('Dydd Mercher, 25 Tachwedd 2026');
    expect(formatDistance('cy-GB', 4)).to.equal('2.5 milltir');
    expect(formatPrice('cy-GB', 3.5)).to.equal('£3.50');
    expect(formatTime('cy-GB', '18:05')).to.equal('18:05');
    expect(formatList('cy-GB', ['garddio', 'côr', 'ioga'])).to.equal('garddio, côr ac ioga');
    expect(formatList('cy-GB', ['garddio', 'côr'], 'disjunction')).to.equal('garddio neu côr');
    expect(formatList('en-GB', ['gardening', 'choir', 'walks'])).to.equal('gardening, choir and walks');
    expect(formatList('en-GB', ['free', 'paid'], 'disjunction')).to.equal('free or paid');
  });

  it('picks the plural form of each count, with all six Welsh categories', () => {
    const en = plural('en-GB', { one: (n) => `${n} activity`, other: (n) => `${n} activities` });
    expect([0, 1, 2, 1500].map(en)).to.deep.equal(['0 activities', '1 activity', '2 activities', '1,500 activities']);
    const cy = plural('cy-GB', {
      zero: (n) => `${n} gweithgaredd (zero)`,
      one: (n) => `${n} gweithgaredd (one)`,
      two: (n) => `${n} weithgaredd (two)`,
      few: (n) => `${n} gweithgaredd (few)`,
      many: (n) => `${n} gweithgaredd (many)`,
      other: (n) => `${n} gweithgaredd (other)`,
    });
    expect([0, 1, 2, 3, 6, 7].map((count) => cy(count).split('(')[1])).to.deep.equal([
      'zero)',
      'one)',
      'two)',
      'few)',
      'many)',
      'other)',
    ]);
    expect(plural('cy-GB', { other: (n) => `${n} o weithgareddau` })(2)).to.equal('2 o weithgareddau');
  });

  it('makes each formatter once per locale and options, however many cards it formats', () => {
    const { made, restore } = recordIntlMade();
    try {
      // Options no other test uses, so the first round makes them here; Welsh asks which locales Intl has.
      const cards = Array.from({ length: 200 }, (_, index) => [
        formatDate('en-GB', new Date(2031, 0, 1 + index), { weekday: true, year: true }),
        formatDate('cy-GB', new Date(2031, 0, 1 + index), { weekday: true, year: true }),
        formatDistance('en-GB', index + 0.5, 'kilometer'),
        formatPrice('en-GB', index + 0.25, 'EUR'),
      ]);
      expect(cards[3]).to.deep.equal(['Saturday, 4 January 2031', 'Dydd Sadwrn, 4 Ionawr 2031', '3.5 km', '€3.25']);
      expect(made, made.join('; ')).to.have.length.at.most(3);
    } finally {
      restore();
    }
  });
});
