import { expect, oneEvent } from '@open-wc/testing';
import type { SelectEvent } from '../../src/events/select-event.js';
import type { Resource } from '../../src/feed/schema.js';
import { ResourceListHarness } from './harness.js';

const mount = ResourceListHarness.mount;

describe('<lw-resource-list>: what a visitor sees', () => {
  it('groups resources by type, in a fixed order, with a heading each', async () => {
    const list = await mount();
    expect(list.groupHeadings()).to.deep.equal(['Portals', 'Webinars', 'Guides', 'Networks', 'Organisations']);
    expect(list.idsInGroup(2)).to.deep.equal(['guide-museums', 'guide-public']);
    expect(list.headingLevels()[0]).to.equal('heading 3');
  });

  it('follows heading-level to fit the page outline', async () => {
    const list = await mount('heading-level="2"');
    expect(list.headingLevels()).to.deep.equal(Array(5).fill('heading 2'));
  });

  it('announces how many resources it shows in one polite status', async () => {
    const list = await mount();
    expect(list.statusRegions()).to.equal(1);
    await list.countSays('6 resources');
  });

  it('shows badges for registration and national resources, descriptions and who each is for', async () => {
    const list = await mount();
    const webinar = list.resource('webinar');
    expect(webinar.badges).to.deep.equal(['Registration required', 'National']);
    expect(webinar.description).to.equal('Registration is required to watch.');
    expect(webinar.audience).to.equal('For cultural organisations and link workers');
    expect(list.resource('guide-museums').badges).to.deep.equal([]);
    expect(list.resource('network').audience).to.equal(undefined);
  });

  it('renders a javascript: link never: the record is dropped, and a store filled by hand shows plain text', async () => {
    const list = await mount();
    expect(list.titles()).not.to.include('Click me');
    expect(list.links().every((link) => /^https?:/.test(link))).to.equal(true);

    const unsafe: Resource = {
      id: 'evil',
      title: 'Click me',
      type: 'guide',
      url: 'javascript:alert(1)',
      audience: [],
      registrationRequired: false,
      national: false,
    };
    const store = list.feed!.store;
    store.loaded({ feed: { ...store.state.feed, resources: [unsafe] }, problems: [] });
    await list.list.updateComplete;
    expect(list.titles()).to.deep.equal(['Click me']);
    expect(list.links()).to.deep.equal([]);
    expect(list.markup()).not.to.include('javascript:');
  });

  it('tells screen readers which links open another website, and only those', async () => {
    const list = await mount();
    const external = list.resource('portal');
    expect(external.href).to.equal('https://example.org/portal');
    expect(external.heardOnly).to.equal('(opens another website)');
    expect(external.iconHidden).to.equal(true);
    const local = list.resource('guide-public');
    expect(local.href).to.equal(new URL('/demo/what-is-social-prescribing', location.href).href);
    expect(local.linkText).to.equal('What is social prescribing?');
    expect(local.heardOnly).to.equal('');
  });

  it('fires lw-select with the resource when one is opened', async () => {
    const list = await mount();
    setTimeout(() => void list.open('webinar'));
    const event = (await oneEvent(list.feed!, 'lw-select')) as SelectEvent;
    expect([event.kind, event.id, (event.record as Resource).title]).to.deep.equal([
      'resource',
      'webinar',
      'Arts on prescription webinar',
    ]);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(list.feed!.store.state.selection).to.deep.equal({ kind: 'resource', id: 'webinar' });
  });

  it('opens a resource from the keyboard (Enter on its link)', async () => {
    const list = await mount();
    const opened: string[] = [];
    list.list.addEventListener('lw-select', (event) => opened.push(event.id));
    await list.open('network', { keyboard: true });
    expect(opened).to.deep.equal(['network']);
  });

  for (const layout of ['cards', 'compact'] as const) {
    it(`passes axe in the ${layout} layout`, async () => {
      const list = await mount(`layout="${layout}"`);
      expect(list.layout()).to.equal(layout);
      await expect(list.list).to.be.accessible();
    });
  }

  it('folds the filters away in the compact layout, and lays cards in a grid otherwise', async () => {
    const compact = await mount('layout="compact"');
    expect(compact.filtersSummary()).to.equal('Filter by type and audience');
    const cards = await mount();
    expect(cards.filtersSummary()).to.equal('');
    expect(cards.groupDisplay()).to.equal('grid');
  });
});

describe('<lw-resource-list>: landmarks and keys', () => {
  it('has one landmark, a search named "Resources"', async () => {
    const list = await mount();
    expect(list.landmarks()).to.deep.equal(['search "Resources"']);
  });

  it('names its landmark after what the page chose, so two lists on a page differ', async () => {
    expect((await mount('audience="link-workers"')).landmarks()).to.deep.equal(['search "Resources for link workers"']);
    expect((await mount('type="guide webinar" audience="public"')).landmarks()).to.deep.equal([
      'search "Guides and Webinars for the public"',
    ]);
    expect((await mount('label="Toolkit for museums" type="guide"')).landmarks()).to.deep.equal([
      'search "Toolkit for museums"',
    ]);
  });

  it('names it in Welsh', async () => {
    expect((await mount('audience="link-workers"', undefined, 'cy')).landmarks()).to.deep.equal([
      'search "Adnoddau ar gyfer gweithwyr cyswllt"',
    ]);
    expect((await mount('', undefined, 'cy')).landmarks()).to.deep.equal(['search "Adnoddau"']);
  });

  it('folds the open filters away with Escape, leaving focus on their summary', async () => {
    const list = await mount('layout="compact"');
    await list.unfoldFilters();
    expect(list.filtersOpen()).to.equal(true);
    await list.toggle('type-guide');
    expect(list.focused()).to.equal('type-guide');
    await list.press('Escape');
    expect(list.filtersOpen()).to.equal(false);
    expect(list.focused()).to.equal('summary');
    await expect(list.list).to.be.accessible();
    // Escape with nothing open changes nothing.
    await list.press('Escape');
    expect(list.filtersOpen()).to.equal(false);
  });
});
