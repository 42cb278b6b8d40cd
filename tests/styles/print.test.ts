import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-network-finder.js';
import '../../src/define/lw-resource-list.js';
import '../../src/define/lw-shortlist.js';
import { SearchHarness } from '../activity-search/harness.js';
import { forgetLists } from '../shortlist/fixture.js';

/** Whether `selector` finds something in `element`'s shadow root that would be drawn (and so printed). */
const shows = (element: Element, selector: string) =>
  [...element.shadowRoot!.querySelectorAll(selector)].some((found) => found.checkVisibility());

/** The demo feed with every widget in one `<lw-feed>`, once the search shows results. */
async function page() {
  const feed = await fixture<LwFeed>(
    html`<lw-feed src="/demo/feed.json" no-cache>
      <lw-network-finder tile-url=""></lw-network-finder>
      <lw-activity-search></lw-activity-search>
      <lw-resource-list></lw-resource-list>
      <lw-shortlist></lw-shortlist>
    </lw-feed>`,
  );
  const search = await new SearchHarness(feed.querySelector('lw-activity-search')!).ready();
  const finder = feed.querySelector('lw-network-finder')!;
  const resources = feed.querySelector('lw-resource-list')!;
  await waitUntil(() => shows(resources, '[part~="item"]'), 'no resources shown', { timeout: 10000 });
  return { feed, search, finder, resources };
}

describe('every widget in print', function () {
  // Four widgets over the demo feed, and axe over each: slow on a loaded machine.
  this.timeout(60000);

  afterEach(async () => {
    forgetLists();
    await emulateMedia({ media: 'screen' });
  });

  it('leaves out the map, its controls, the search form and the filters; the results stay', async () => {
    const { search, finder, resources } = await page();
    const onScreen = {
      map: shows(finder, '[part="map"]'),
      controls: shows(finder, '[part="controls"]'),
      search: shows(search.element, '[part="search"]'),
      save: shows(search.element, '[part="save"]'),
      filters: shows(resources, '[part="filters"]'),
    };
    expect(onScreen).to.deep.equal({ map: true, controls: true, search: true, save: true, filters: true });
    await emulateMedia({ media: 'print' });
    for (const [widget, selector] of [
      [finder, '[part="map"]'],
      [finder, '[part="controls"]'],
      [finder, '[part="legend"]'],
      [finder, '[part="place-finder"]'],
      [search.element, '[part="search"]'],
      [search.element, '[part="place-finder"]'],
      [search.element, '[part="filters"]'],
      [search.element, '[part="filters-toggle"]'],
      [search.element, '[part="more"]'],
      [search.element, '[part="save"]'],
      [resources, '[part="filters"]'],
    ] as const)
      expect(shows(widget, selector), `${widget.localName} ${selector}`).to.equal(false);
    expect(shows(search.element, '[part="title"]')).to.equal(true);
    expect(shows(finder, '.network-button')).to.equal(true);
    expect(shows(resources, '[part~="item"]')).to.equal(true);
    await expect(search.element).to.be.accessible();
    await expect(finder).to.be.accessible();
    await expect(resources).to.be.accessible();
  });

  it('prints the results as a compact list, each card whole and unframed', async () => {
    const { search } = await page();
    await emulateMedia({ media: 'print' });
    const card = search.element.shadowRoot!.querySelector('.results > li')!;
    const style = getComputedStyle(card);
    expect([style.breakInside, style.borderTopWidth, style.borderBottomStyle]).to.deep.equal(['avoid', '0px', 'solid']);
    expect(search.element.shadowRoot!.querySelector('.results > li .details')!.checkVisibility()).to.equal(false);
  });

  it('prints a web link’s address after its words, but not a phone number’s or the shortlist plan’s', async () => {
    const { search, resources } = await page();
    const id = search.ids()[0];
    await search.openDetails(id);
    await emulateMedia({ media: 'print' });
    const after = (link: Element | null) => getComputedStyle(link!, '::after').content;
    const root = search.element.shadowRoot!;
    const website = root.querySelector<HTMLAnchorElement>('.details a[href^="https:"]')!;
    expect(after(website)).to.equal(`" (${website.href})"`);
    expect(after(root.querySelector('.details a[href^="tel:"]'))).to.equal('none');
    const resource = resources.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="item"] a[href^="http"]')!;
    expect(after(resource)).to.equal(`" (${resource.href})"`);
    await expect(search.element).to.be.accessible();
  });
});
