import { expect } from '@open-wc/testing';
import { loadLocale } from '../../src/i18n/locale.js';
import { shortlistCatalogue, shortlistWords } from '../../src/i18n/shortlist-words.js';

type Entry = string | ((...args: never[]) => string);

/** Counts that reach every Welsh plural category: zero, one, two, few, many, other. */
const counts = [0, 1, 2, 3, 6, 7];

describe('the shortlist’s own words', () => {
  const english = shortlistWords.en as unknown as Record<string, Entry>;
  const welsh = shortlistWords.cy as unknown as Record<string, Entry>;

  it('hold the same keys in English and Welsh, each of the same kind and arguments', () => {
    expect(Object.keys(welsh)).to.deep.equal(Object.keys(english));
    const mismatched = Object.keys(english).filter(
      (key) =>
        typeof english[key] !== typeof welsh[key] ||
        (typeof english[key] === 'function' && english[key].length !== (welsh[key] as () => string).length),
    );
    expect(mismatched).to.deep.equal([]);
  });

  it('say something for every entry, for every plural category', () => {
    const empty: string[] = [];
    for (const [language, words] of Object.entries({ english, welsh }))
      for (const [key, entry] of Object.entries(words))
        for (const count of counts) {
          const said = typeof entry === 'string' ? entry : (entry as (...args: number[]) => string)(count, count);
          if (!said.trim() || /undefined|NaN|\[object/.test(said)) empty.push(`${language} ${key}(${count}): ${said}`);
        }
    expect(empty).to.deep.equal([]);
  });

  it('join the shared catalogue without hiding any of its words', async () => {
    // The shared Welsh words load only when a page asks for Welsh.
    await loadLocale('cy');
    const joined = shortlistCatalogue('cy');
    expect(joined.shortlistHeading).to.equal('Fy rhestr');
    expect(joined.whenLabel).to.equal('Pryd');
    expect(shortlistCatalogue('en').savedCount(2)).to.equal('2 activities');
  });
});
