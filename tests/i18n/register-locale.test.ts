// A third language added by a page with registerLocale, as a developer would: Irish (ga), given in part.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/lw-activity-search.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { registerLocale } from '../../src/index.js';
import { feedUrl, SearchHarness } from '../activity-search/harness.js';

/** Runs `during` and returns what it wrote with console.warn. */
async function warningsDuring(during: () => void | Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await during();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

const label = (search: SearchHarness) =>
  search.element.shadowRoot!.querySelector('label[for="search-input"]')!.textContent!.trim();
const button = (search: SearchHarness) =>
  search.element.shadowRoot!.querySelector('[part="button"]')!.textContent!.trim();

describe('registerLocale: a language without a fork', () => {
  it('speaks a registered language, shows English for what it lacks, and names the missing keys once', async () => {
    const warnings = await warningsDuring(() =>
      registerLocale('ga', {
        searchLabel: 'Cuardaigh gníomhaíochtaí',
        resultCount: (count: number) => `${count} gníomhaíocht`,
      }),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^Linkwork: the "ga" catalogue has no .*searchButton.*; they are shown in English\.$/);
    expect(warnings[0]).not.to.include('searchLabel');

    const later = await warningsDuring(async () => {
      const page = await fixture<HTMLElement>(
        html`<div lang="ga-IE">
          <lw-activity-search src=${feedUrl} no-cache .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>
        </div>`,
      );
      const irish = new SearchHarness(page.querySelector('lw-activity-search')!);
      await waitUntil(() => /gníomhaíocht/.test(irish.count()), `no Irish count: “${irish.count()}”`, {
        timeout: 10000,
      });
      expect(label(irish)).to.equal('Cuardaigh gníomhaíochtaí');
      expect(button(irish)).to.equal('Search');
      expect(irish.count()).to.match(/^\d+ gníomhaíocht/);
    });
    expect(later.filter((line) => line.includes('"ga" catalogue'))).to.deep.equal([]);
  });

  it('re-renders widgets already on the page when their language is registered after them', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="eo">
        <lw-activity-search src=${feedUrl} no-cache .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>
      </div>`,
    );
    const search = await new SearchHarness(page.querySelector('lw-activity-search')!).ready();
    expect(label(search)).to.equal('Search activities');
    await warningsDuring(() => registerLocale('eo', { searchLabel: 'Serĉi agadojn' }));
    await waitUntil(() => label(search) === 'Serĉi agadojn', `still “${label(search)}”`, { timeout: 5000 });
  });
});
