import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LwResourceList } from '../../src/components/resource-list/resource-list.js';
import '../../src/define/lw-resource-list.js';
import { all, groupHeadings, mount, one, statusSays } from './fixture.js';

const layouts = ['cards', 'compact'] as const;

describe('<lw-resource-list>: states', () => {
  afterEach(() => localStorage.clear());

  for (const layout of layouts) {
    it(`shows a skeleton that reserves space while loading, and says so (${layout})`, async () => {
      const list = await fixture<LwResourceList>(
        html`<lw-resource-list src="/feeds/stall" no-cache layout=${layout}></lw-resource-list>`,
      );
      await list.updateComplete;
      expect(one(list, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
      expect(one(list, '[role="status"]').textContent).to.equal('Loading…');
      expect(one(list, '.skeleton').getAttribute('aria-hidden')).to.equal('true');
      expect(one(list, '.skeleton').getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(list).to.be.accessible();
    });

    it(`explains a feed that fails, with a way to try again that keeps focus (${layout})`, async () => {
      const list = await fixture<LwResourceList>(
        html`<lw-resource-list src="/feeds/status/503" no-cache layout=${layout}></lw-resource-list>`,
      );
      await waitUntil(() => list.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 5000 });
      expect(one(list, '[role="alert"]').textContent).to.include(
        'Sorry, this information could not be loaded just now. Please try again later.',
      );
      await expect(list).to.be.accessible();
      one(list, '[role="alert"] button').focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(list.shadowRoot!.activeElement?.getAttribute('part')).to.equal('base');
    });

    it(`marks an older copy of the feed with its date (${layout})`, async () => {
      const { feed, list } = await mount(`layout="${layout}"`);
      feed.store.loaded({ feed: feed.store.state.feed, problems: [], staleSince: '2026-11-20T10:00:00Z' });
      await list.updateComplete;
      expect(all(list, '[part="status"]').map((status) => status.textContent!.trim())).to.deep.equal([
        'Showing information as of 20 November; it could not be updated just now.',
      ]);
      expect(groupHeadings(list)).to.have.length(5);
      await expect(list).to.be.accessible();
    });

    it(`says so when the feed has no resources at all (${layout})`, async () => {
      const { list } = await mount(`layout="${layout}"`, { version: 1, resources: [] });
      await statusSays(list, 'There are no resources here yet.');
      expect(all(list, 'input')).to.have.length(0);
      await expect(list).to.be.accessible();
    });
  }

  it('works alone with its own src', async () => {
    const list = await fixture<LwResourceList>(
      html`<lw-resource-list src="/demo/feed.json" no-cache></lw-resource-list>`,
    );
    await waitUntil(() => list.shadowRoot!.querySelector('.resource'), 'no resources shown', { timeout: 10000 });
    expect(groupHeadings(list)).to.deep.equal(['Portals', 'Webinars', 'Guides', 'Networks', 'Organisations']);
  });

  it('speaks Welsh on a Welsh page, and switches when the page does', async () => {
    const { list } = await mount('layout="compact"', undefined, 'cy');
    expect(groupHeadings(list)).to.deep.equal(['Pyrth', 'Gweminarau', 'Canllawiau', 'Rhwydweithiau', 'Sefydliadau']);
    expect(one(list, 'label[for="resource-query"]').textContent).to.equal('Chwilio adnoddau');
    expect(one(list, 'summary').textContent!.trim()).to.equal('Hidlo yn ôl math a chynulleidfa');
    expect(
      [...one(list, '[data-id="webinar"]').querySelectorAll('[part="badge"]')].map((badge) => badge.textContent),
    ).to.deep.equal(['Rhaid cofrestru', 'Cenedlaethol']);
    expect(one(list, '[data-id="portal"] .visually-hidden').textContent!.trim()).to.equal('(yn agor gwefan arall)');
    expect(one(list, '[data-id="webinar"] .audience').textContent).to.equal(
      'Ar gyfer sefydliadau diwylliannol a gweithwyr cyswllt',
    );
    await statusSays(list, '6 adnodd');
    await expect(list).to.be.accessible();

    list.parentElement!.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => groupHeadings(list)[0] === 'Portals', 'did not switch to English');
  });

  it('finds a Welsh word for a type in Welsh', async () => {
    const { list } = await mount('', undefined, 'cy');
    one(list, '#resource-query').focus();
    await sendKeys({ type: 'gweminarau' });
    await list.updateComplete;
    expect(groupHeadings(list)).to.deep.equal(['Gweminarau']);
  });
});
