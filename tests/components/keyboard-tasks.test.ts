import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-network-finder.js';
import '../../src/define/lw-resource-list.js';
import { CountedKeys, FeedPage } from './harness.js';

/** The README's embed, on the demo feed (8 networks, 96 activities, 12 resources); no tiles, so nothing leaves the test server. */
const readmeLayout = (lang = 'en-GB') => `<div lang=${lang}><lw-feed src="/demo/feed.json" no-cache>
  <lw-network-finder tile-url=""></lw-network-finder>
  <lw-activity-search></lw-activity-search>
  <lw-resource-list audience="cultural-organisations"></lw-resource-list>
</lw-feed></div>`;

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The README's page once every widget has drawn the feed and the map has its markers (they make the map a Tab stop). */
async function openReadmePage(lang?: string): Promise<FeedPage> {
  const page = await FeedPage.open(readmeLayout(lang), 'en-GB', '/geocoder');
  const finder = page.widget('lw-network-finder');
  await waitUntil(
    () => finder.shadowRoot!.querySelector('.network-marker') && finder.shadowRoot!.querySelector('.map[tabindex="0"]'),
    'the map never drew its markers',
    { timeout: 10000 },
  );
  const resources = page.widget('lw-resource-list');
  await waitUntil(() => resources.shadowRoot!.querySelector('input[type=search]'), 'no resource search', {
    timeout: 10000,
  });
  return page;
}

const finderStatus = (page: FeedPage) =>
  text(page.widget('lw-network-finder').shadowRoot!.querySelector('[role=status].result-status'));

describe('the three core tasks by keyboard alone, keys counted (the README’s page, demo feed)', () => {
  it('(a) which network covers LS1 4AP: 1 Tab to the place box, the postcode, Enter; the answer is read out and shown', async () => {
    const page = await openReadmePage();
    const keys = new CountedKeys();
    await keys.tabTo('input[autocomplete="postal-code"]', 'lw-network-finder');
    await keys.type('LS1 4AP');
    await keys.press('Enter');
    await waitUntil(() => finderStatus(page).includes('LS1 4AP'), 'the answer was never said', { timeout: 10000 });
    expect(finderStatus(page)).to.equal('4 networks cover LS1 4AP');
    const answer = page.widget('lw-network-finder').shadowRoot!.querySelector('[part="answer"]');
    expect(text(answer?.querySelector('h3'))).to.equal('Networks for LS1 4AP');
    expect(text(answer?.querySelector('li'))).to.include('Leeds Arts Health and Wellbeing Network (sample)');
    expect({ tabs: keys.tabs, typed: keys.typed, others: keys.others }).to.deep.equal({ tabs: 1, typed: 7, others: 1 });
    await expect(page.root).to.be.accessible();
  });

  it('(b) the search box is at most 12 Tabs from the top, past the whole map and its list of 8 networks', async () => {
    await openReadmePage();
    const keys = new CountedKeys();
    await keys.tabTo('input[type=search]', 'lw-activity-search');
    expect(keys.tabs, 'Tabs from the top to the search box').to.be.at.most(12);
  });

  it('(b) with "Skip the map", the search box is 9 keys from the top', async () => {
    await openReadmePage();
    // 4 Tabs to the link, Enter, then the list (one stop), the search's two skip links and the box.
    const skipping = new CountedKeys();
    await skipping.tabTo('.skip-link', 'lw-network-finder');
    await skipping.press('Enter');
    await skipping.tabTo('input[type=search]', 'lw-activity-search');
    expect({ tabs: skipping.tabs, others: skipping.others }).to.deep.equal({ tabs: 8, others: 1 });
  });

  it('(b) search "choir" and reach the first result: the box, the word, Enter, back to "Skip to results", Enter, Tab', async () => {
    const page = await openReadmePage();
    const keys = new CountedKeys();
    await keys.tabTo('input[type=search]', 'lw-activity-search');
    const tabsToBox = keys.tabs;
    expect(tabsToBox).to.be.at.most(12);
    await keys.type('choir');
    await keys.press('Enter');
    const search = page.widget('lw-activity-search');
    const count = () => text(search.shadowRoot!.querySelector('[part="count"]'));
    await waitUntil(() => count() === '3 activities match', `the count says ${count()}`, { timeout: 10000 });
    await keys.back();
    expect(keys.focused()).to.equal('lw-activity-search: Skip to results');
    await keys.press('Enter');
    await keys.press('Tab');
    expect(keys.focused()).to.equal('lw-activity-search: Singing for the brain');
    expect(keys.tabs - tabsToBox, 'Tabs after the box: one Shift+Tab, one Tab').to.equal(2);
    expect({ typed: keys.typed, others: keys.others }).to.deep.equal({ typed: 5, others: 2 });
    await expect(page.root).to.be.accessible();
  });

  it('(c) the resource search: 7 Tabs and 2 Enters from the top with the skip links, then typing filters it', async () => {
    const page = await openReadmePage();
    const resources = page.widget('lw-resource-list');
    const count = () => text(resources.shadowRoot!.querySelector('[part="count"]'));
    expect(count()).to.equal('8 of 12 resources');
    const keys = new CountedKeys();
    await keys.tabTo('.skip-link', 'lw-network-finder');
    await keys.press('Enter');
    await keys.tabTo('.skip-link', 'lw-activity-search');
    expect(keys.focused()).to.equal('lw-activity-search: Skip past the search');
    await keys.press('Enter');
    await keys.tabTo('input[type=search]', 'lw-resource-list');
    expect({ tabs: keys.tabs, others: keys.others }).to.deep.equal({ tabs: 7, others: 2 });
    await keys.type('webinar');
    await waitUntil(() => count() === '2 of 12 resources', `the count says ${count()}`, { timeout: 10000 });
    await expect(page.root).to.be.accessible();
  });

  it('(c) without the skip links, the resource search is at most 71 Tabs from the top (every filter and result)', async () => {
    await openReadmePage();
    const keys = new CountedKeys();
    await keys.tabTo('input[type=search]', 'lw-resource-list');
    expect(keys.tabs).to.be.at.most(71);
  });

  it('in Welsh: the answer for LS1 4AP in the same keys', async () => {
    const page = await openReadmePage('cy');
    const keys = new CountedKeys();
    await keys.tabTo('input[autocomplete="postal-code"]', 'lw-network-finder');
    await keys.type('LS1 4AP');
    await keys.press('Enter');
    await waitUntil(() => finderStatus(page).includes('LS1 4AP'), 'the answer was never said', { timeout: 10000 });
    expect(finderStatus(page)).to.equal('4 rhwydwaith yn cwmpasu LS1 4AP');
    expect(keys.total).to.equal(9);
  });
});
