import { expect, waitUntil } from '@open-wc/testing';
import { framePage } from '../../helpers/frame.js';
import { textWithBreaks } from '../../helpers/shadow-text.js';
import { load } from './helpers.js';

/** The sources demo/existing-data.html gives its <lw-feed>, as the page would fetch them. */
async function demoSources() {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/existing-data.html')).text(), 'text/html');
  const feed = page.querySelector('lw-feed')!;
  return [feed, ...feed.querySelectorAll(':scope > lw-source')].map((element) => ({
    url: `/demo/${element.getAttribute('src')}`,
    format: element.getAttribute('format')!,
  }));
}

describe('the existing-data demo', () => {
  it('reads its ORUK API and OpenActive feed from files in demo/data, every page, as one list', async () => {
    const sources = await demoSources();
    expect(sources.map((source) => source.format)).to.deep.equal(['openreferral', 'openactive']);
    const loaded = await load(sources);
    expect(loaded.partial).to.deep.equal([]);
    expect(
      loaded.sources.map(({ pages, read, converted, deleted, merged, duplicates }) => ({
        pages,
        read,
        converted,
        deleted,
        merged,
        duplicates,
      })),
    ).to.deep.equal([
      { pages: 3, read: 8, converted: 6, deleted: 0, merged: 0, duplicates: 0 },
      { pages: 5, read: 10, converted: 5, deleted: 1, merged: 2, duplicates: 1 },
    ]);
    expect(loaded.feed.activities.map((a) => a.title)).to.deep.equal([
      'Chapeltown Community Garden',
      'Pottery for Wellbeing',
      "Men's Shed",
      'Singing for the Brain',
      'Bowls taster',
      'Walking Football',
      'Aquafit for Over 50s',
      'Chair Yoga',
      'Community Sports Hall',
      'Dance Fit',
    ]);
    const garden = loaded.feed.activities[0]!;
    expect(garden.description).to.equal(
      'Grow vegetables and flowers with neighbours – no experience needed.\n\nWe provide:\n\n• Tools & gloves\n• Tea and cake',
    );
    expect(garden.url).to.equal('https://www.example.org/services/community-garden');
  });

  it('shows a visitor the search over both sources, and what was read and dropped', async () => {
    const iframe = await framePage('/demo/existing-data.html');
    const page = iframe.contentDocument!;
    const count = () =>
      page.querySelector('lw-activity-search')?.shadowRoot?.querySelector('[part="count"]')?.textContent?.trim();
    await waitUntil(() => count() === '10 activities match', `the search said “${count()}”`, { timeout: 10000 });
    expect(page.getElementById('feed-status')!.textContent).to.equal(
      'Feed loaded. 6 records dropped, 4 fields mended or removed (details below).',
    );
    expect(page.querySelector('#feed-problems summary')!.textContent).to.equal(
      '6 records dropped, 4 fields mended or removed',
    );
    const results = page.querySelector('lw-activity-search')!.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    const garden = results.querySelector('[part="item"]')!.querySelectorAll<HTMLElement>('p.description');
    // A closed card's record is hidden, so its text is read from the nodes: a <br> is a line break.
    expect([...garden].map((p) => textWithBreaks(p).trim())).to.deep.equal([
      'Grow vegetables and flowers with neighbours – no experience needed.',
      'We provide:',
      '• Tools & gloves\n• Tea and cake',
    ]);
    // No markup or entity is ever shown as text.
    expect(results.innerText).not.to.match(/<\/?[a-z]+|&[a-z]+;|&#\d+;/i);
    iframe.remove();
  });
});
