import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SelectEvent } from '../../src/events/select-event.js';
import type { Resource } from '../../src/feed/schema.js';
import { all, groupHeadings, mount, one, statusSays, titles } from './fixture.js';

describe('<lw-resource-list>: what a visitor sees', () => {
  it('groups resources by type, in a fixed order, with a heading each', async () => {
    const { list } = await mount();
    expect(groupHeadings(list)).to.deep.equal(['Portals', 'Webinars', 'Guides', 'Networks', 'Organisations']);
    const guides = all(list, '[part="group"]')[2];
    expect([...guides.querySelectorAll('.resource')].map((item) => item.getAttribute('data-id'))).to.deep.equal([
      'guide-museums',
      'guide-public',
    ]);
    expect(one(list, '[part="group-heading"]').getAttribute('role')).to.equal('heading');
    expect(one(list, '[part="group-heading"]').getAttribute('aria-level')).to.equal('3');
  });

  it('follows heading-level to fit the page outline', async () => {
    const { list } = await mount('heading-level="2"');
    expect(all(list, '[part="group-heading"]').map((heading) => heading.getAttribute('aria-level'))).to.deep.equal([
      '2',
      '2',
      '2',
      '2',
      '2',
    ]);
  });

  it('announces how many resources it shows in one polite status', async () => {
    const { list } = await mount();
    expect(all(list, '[role="status"]')).to.have.length(1);
    await statusSays(list, '6 resources');
  });

  it('shows badges for registration and national resources, descriptions and who each is for', async () => {
    const { list } = await mount();
    const webinar = one(list, '[data-id="webinar"]');
    expect([...webinar.querySelectorAll('[part="badge"]')].map((badge) => badge.textContent!.trim())).to.deep.equal([
      'Registration required',
      'National',
    ]);
    expect(webinar.querySelector('.description')!.textContent).to.equal('Registration is required to watch.');
    expect(webinar.querySelector('.audience')!.textContent).to.equal('For cultural organisations and link workers');
    const guide = one(list, '[data-id="guide-museums"]');
    expect(guide.querySelectorAll('[part="badge"]')).to.have.length(0);
    expect(one(list, '[data-id="network"]').querySelector('.audience')).to.equal(null);
  });

  it('renders a javascript: link never: the record is dropped, and a store filled by hand shows plain text', async () => {
    const { feed, list } = await mount();
    expect(titles(list)).not.to.include('Click me');
    expect(all(list, 'a').every((link) => /^https?:/.test(link.getAttribute('href')!))).to.equal(true);

    const unsafe: Resource = {
      id: 'evil',
      title: 'Click me',
      type: 'guide',
      url: 'javascript:alert(1)',
      audience: [],
      registrationRequired: false,
      national: false,
    };
    feed.store.loaded({ feed: { ...feed.store.state.feed, resources: [unsafe] }, problems: [] });
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Click me']);
    expect(all(list, 'a')).to.have.length(0);
    expect(list.shadowRoot!.innerHTML).not.to.include('javascript:');
  });

  it('tells screen readers which links open another website, and only those', async () => {
    const { list } = await mount();
    const external = one<HTMLAnchorElement>(list, '[data-id="portal"] a');
    expect(external.href).to.equal('https://example.org/portal');
    expect(external.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(opens another website)');
    expect(external.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    const local = one<HTMLAnchorElement>(list, '[data-id="guide-public"] a');
    expect(local.href).to.equal(new URL('/demo/what-is-social-prescribing', location.href).href);
    expect(local.textContent!.trim()).to.equal('What is social prescribing?');
    expect(local.querySelector('.visually-hidden')).to.equal(null);
  });

  it('fires lw-select with the resource when one is opened', async () => {
    const { feed, list } = await mount();
    const link = one<HTMLAnchorElement>(list, '[data-id="webinar"] a');
    // The test page stays put: the page under test is not the place to follow the link.
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    setTimeout(() => link.click());
    const event = (await oneEvent(feed, 'lw-select')) as SelectEvent;
    expect([event.kind, event.id, (event.record as Resource).title]).to.deep.equal([
      'resource',
      'webinar',
      'Arts on prescription webinar',
    ]);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(feed.store.state.selection).to.deep.equal({ kind: 'resource', id: 'webinar' });
  });

  it('opens a resource from the keyboard (Enter on its link)', async () => {
    const { list } = await mount();
    const opened: string[] = [];
    list.addEventListener('lw-select', (event) => opened.push(event.id));
    const link = one<HTMLAnchorElement>(list, '[data-id="network"] a');
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(opened).to.deep.equal(['network']);
  });

  for (const layout of ['cards', 'compact'] as const) {
    it(`passes axe in the ${layout} layout`, async () => {
      const { list } = await mount(`layout="${layout}"`);
      expect(one(list, '[part="base"]').classList.contains(layout)).to.equal(true);
      await expect(list).to.be.accessible();
    });
  }

  it('folds the filters away in the compact layout, and lays cards in a grid otherwise', async () => {
    const compact = (await mount('layout="compact"')).list;
    expect(one(compact, 'details[part="filters"]')).to.exist;
    expect(one(compact, 'summary').textContent!.trim()).to.equal('Filter by type and audience');
    const cards = (await mount()).list;
    expect(one(cards, 'details')).to.equal(null);
    expect(getComputedStyle(one(cards, '.resources')).display).to.equal('grid');
  });
});
