import { expect } from '@open-wc/testing';
import { applyTypedFilter, readFilterWords } from '../../src/search/typed-filters.js';
import { noFilters } from '../../src/store/state.js';

const read = (query: string) => {
  const { query: rest, filters } = readFilterWords(query);
  // Each filter's own `rest` is tested apart, below.
  return { rest, filters: filters.map(({ text, rest: _, ...meaning }) => ({ text, ...meaning })) };
};

describe('filter words typed in the search box', () => {
  it('offers a postcode as the place, whole or its district', () => {
    expect(read('yoga LS6')).to.deep.equal({
      rest: 'yoga',
      filters: [{ text: 'LS6', kind: 'place', postcode: { postcode: 'LS6', outward: 'LS6', full: false } }],
    });
    expect(read('choir near ls1 4ap').filters).to.deep.equal([
      { text: 'ls1 4ap', kind: 'place', postcode: { postcode: 'LS1 4AP', outward: 'LS1', full: true } },
    ]);
    expect(read('choir near ls1 4ap').rest).to.equal('choir');
    expect(read('CF101AA').filters[0]).to.include({ kind: 'place' });
  });

  it('gives, for each filter word, the query without it and the small words that led to it', () => {
    const { filters } = readFilterWords('yoga on tuesday LS6 free');
    expect(filters.map((filter) => [filter.text, filter.rest])).to.deep.equal([
      ['tuesday', 'yoga LS6 free'],
      ['LS6', 'yoga on tuesday free'],
      ['free', 'yoga on tuesday LS6'],
    ]);
  });

  it('does not take a word the search knows for a postcode district', () => {
    expect(readFilterWords('u3a', { isWord: (word) => word === 'u3a' })).to.deep.equal({ query: 'u3a', filters: [] });
    expect(readFilterWords('u3a').filters[0]).to.include({ kind: 'place' });
  });

  it('understands free, days, weekends, weekdays, times of day and online, in English', () => {
    expect(read('free tuesday')).to.deep.equal({
      rest: '',
      filters: [
        { text: 'free', kind: 'free' },
        { text: 'tuesday', kind: 'days', days: ['tue'] },
      ],
    });
    expect(read('gardening on weekday mornings').filters).to.deep.equal([
      { text: 'weekday', kind: 'days', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      { text: 'mornings', kind: 'times', times: ['morning'] },
    ]);
    expect(read('gardening on weekday mornings').rest).to.equal('gardening');
    expect(read('dance this weekend').filters).to.deep.equal([{ text: 'weekend', kind: 'days', days: ['sat', 'sun'] }]);
    expect(read('Yoga in the evening online')).to.deep.equal({
      rest: 'Yoga',
      filters: [
        { text: 'evening', kind: 'times', times: ['evening'] },
        { text: 'online', kind: 'mode', mode: 'online' },
      ],
    });
    expect(read('Sat afternoons').filters.map((filter) => filter.kind)).to.deep.equal(['days', 'times']);
    expect(read('step-free cafe').filters).to.deep.equal([]);
  });

  it('understands them in Welsh', () => {
    expect(read('canu am ddim').filters).to.deep.equal([{ text: 'am ddim', kind: 'free' }]);
    expect(read('canu am ddim').rest).to.equal('canu');
    expect(read('ioga ar ddydd Llun').filters).to.deep.equal([{ text: 'ddydd Llun', kind: 'days', days: ['mon'] }]);
    expect(read('ioga ar ddydd Llun').rest).to.equal('ioga');
    expect(read('nos Wener').filters).to.deep.equal([
      { text: 'nos Wener', kind: 'days', days: ['fri'], times: ['evening'] },
    ]);
    expect(read('cerdded penwythnos').filters).to.deep.equal([
      { text: 'penwythnos', kind: 'days', days: ['sat', 'sun'] },
    ]);
    expect(read('celf ar-lein').filters).to.deep.equal([{ text: 'ar-lein', kind: 'mode', mode: 'online' }]);
    expect(read('garddio yn y bore').filters).to.deep.equal([{ text: 'bore', kind: 'times', times: ['morning'] }]);
    expect(read('garddio yn y bore').rest).to.equal('garddio');
    expect(read('llun').filters).to.deep.equal([]);
  });

  it('applies one typed filter to the filters, or gives them back as they were', () => {
    const { filters } = readFilterWords('free weekend mornings online nos Wener');
    let applied = noFilters;
    for (const filter of filters) applied = applyTypedFilter(applied, filter);
    expect(applied).to.deep.equal({
      ...noFilters,
      freeOnly: true,
      days: ['sat', 'sun', 'fri'],
      times: ['morning', 'evening'],
      mode: 'online',
    });
    expect(applyTypedFilter(applied, filters[0])).to.equal(applied);
    const place = readFilterWords('LS6').filters[0];
    expect(applyTypedFilter(noFilters, place)).to.equal(noFilters);
  });
});
