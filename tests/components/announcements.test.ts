import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-network-finder.js';
import '../../src/define/lw-resource-list.js';
import '../../src/define/lw-shortlist.js';
import { FeedPage } from './harness.js';

/** Every widget, sharing one feed that fails. */
const everyWidget = (src: string) => `<lw-feed src="${src}" no-cache>
  <lw-network-finder tile-url=""></lw-network-finder>
  <lw-activity-search></lw-activity-search>
  <lw-place-finder></lw-place-finder>
  <lw-resource-list></lw-resource-list>
  <lw-shortlist></lw-shortlist>
</lw-feed>`;

describe('a feed failure is announced once per page', () => {
  it('by the <lw-feed>, in one alert; each widget shows it without another', async () => {
    const failing = await FeedPage.blank();
    const listening = failing.listen();
    await failing.put(everyWidget('/feeds/status/404'));
    expect(failing.alerts()).to.deep.equal(['lw-feed: This list is not available.']);
    expect(failing.notices()).to.deep.equal([
      'lw-network-finder: This list is not available.',
      'lw-activity-search: This list is not available.',
      'lw-resource-list: This list is not available.',
    ]);
    expect(listening.heard.filter((said) => said.includes('not available'))).to.deep.equal([
      'lw-feed: This list is not available.',
    ]);
    for (const tag of ['lw-network-finder', 'lw-activity-search', 'lw-resource-list', 'lw-place-finder'])
      await expect(failing.widget(tag)).to.be.accessible();
    listening.stop();
  });

  it('in Welsh', async () => {
    const page = await FeedPage.open(everyWidget('/feeds/status/404'), 'cy');
    expect(page.alerts()).to.deep.equal(["lw-feed: Nid yw'r rhestr hon ar gael."]);
  });

  it('by a widget on its own, from an alert that was on the page, empty, before the failure', async () => {
    const page = await FeedPage.blank();
    const listening = page.listen();
    page.root.innerHTML = '<lw-resource-list src="/feeds/status/404" no-cache></lw-resource-list>';
    await page.widget('lw-resource-list').updateComplete;
    expect(page.alerts()).to.deep.equal(['lw-resource-list: ']);
    await waitUntil(() => page.alerts()[0] !== 'lw-resource-list: ', 'the failure was never said', { timeout: 8000 });
    expect(page.alerts()).to.deep.equal(['lw-resource-list: This list is not available.']);
    expect(listening.heard).to.include('lw-resource-list: This list is not available.');
    listening.stop();
  });
});
