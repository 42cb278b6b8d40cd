import { expect } from '@open-wc/testing';
import { cy, en } from '../helpers/catalogues.js';

type Entry = string | ((...args: never[]) => string);

/** What an entry says with sample arguments (a count or a date written as text). */
function say(entry: Entry, sample: number): string {
  if (typeof entry === 'string') return entry;
  const args = Array.from({ length: entry.length }, () => sample);
  return (entry as (...args: number[]) => string)(...args);
}

/** Counts that reach every Welsh plural category: zero, one, two, few, many, other. */
const counts = [0, 1, 2, 3, 6, 7];

describe('English and Welsh catalogues', () => {
  const english = en as unknown as Record<string, Entry>;
  const welsh = cy as unknown as Record<string, Entry>;

  it('hold the same keys', () => {
    const missingInWelsh = Object.keys(english).filter((key) => !(key in welsh));
    const onlyInWelsh = Object.keys(welsh).filter((key) => !(key in english));
    expect({ missingInWelsh, onlyInWelsh }).to.deep.equal({ missingInWelsh: [], onlyInWelsh: [] });
    expect(Object.keys(english).length).to.be.greaterThan(0);
  });

  it('give each key the same kind of entry, taking the same arguments', () => {
    const mismatched = Object.keys(english).filter(
      (key) =>
        typeof english[key] !== typeof welsh[key] ||
        (typeof english[key] === 'function' && english[key].length !== (welsh[key] as () => string).length),
    );
    expect(mismatched).to.deep.equal([]);
  });

  for (const [name, catalogue] of [
    ['English', english],
    ['Welsh', welsh],
  ] as const) {
    it(`say something for every ${name} entry, for every plural category`, () => {
      const empty: string[] = [];
      for (const [key, entry] of Object.entries(catalogue)) {
        for (const count of counts) {
          let text: unknown;
          try {
            text = say(entry, count);
          } catch (error) {
            text = `threw ${error}`;
          }
          if (typeof text !== 'string' || !text.trim() || /undefined|NaN|\[object|threw/.test(text))
            empty.push(`${key}(${count}): ${text}`);
        }
      }
      expect(empty).to.deep.equal([]);
    });
  }
});
