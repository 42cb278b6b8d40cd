import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LwActivitySearch } from '../../src/components/activity-search/activity-search.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import {
  checkbox,
  choose,
  countText,
  feedUrl,
  findPostcode,
  focused,
  part,
  parts,
  searchWidget,
  titles,
  typeQuery,
} from './helpers.js';

const key = () => `search-${Math.random().toString(36).slice(2)}`;

describe('<lw-activity-search>: states', () => {
  afterEach(() => localStorage.clear());

  it('reserves space with a skeleton while the feed loads, and says it is loading', async () => {
    const element = await fixture<LwActivitySearch>(
      html`<lw-activity-search src="/feeds/stall" no-cache></lw-activity-search>`,
    );
    await element.updateComplete;
    expect(countText(element)).to.equal('Loading activities…');
    const skeleton = part(element, '.skeleton');
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(300);
    await expect(element).to.be.accessible();
  });

  it('explains a feed that failed, and tries again with focus kept in the widget', async () => {
    const element = await fixture<LwActivitySearch>(
      html`<lw-activity-search src="/feeds/flaky?key=${key()}&fail=3" no-cache></lw-activity-search>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 10000 });
    expect(part(element, '[role="alert"]').textContent).to.contain('could not be loaded');
    await expect(element).to.be.accessible();
    part(element, '[role="alert"] button').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused(element)).to.equal(part(element, '#search-input'));
    await waitUntil(() => /match/.test(countText(element)), countText(element), { timeout: 10000 });
  });

  it('says when it shows an older copy of the feed', async () => {
    const src = `/feeds/once?key=${key()}`;
    const first = await fixture<LwActivitySearch>(html`<lw-activity-search src=${src}></lw-activity-search>`);
    await waitUntil(() => /match/.test(countText(first)), countText(first), { timeout: 10000 });
    first.remove();
    const element = await fixture<LwActivitySearch>(html`<lw-activity-search src=${src}></lw-activity-search>`);
    await waitUntil(() => /Showing information as of/.test(element.shadowRoot!.textContent ?? ''), 'never said stale', {
      timeout: 10000,
    });
    expect(countText(element)).to.match(/activit/);
    await expect(element).to.be.accessible();
  });

  it('offers concrete ways out of an empty result', async () => {
    const element = await searchWidget();
    await findPostcode(element, 'LS1 4AP');
    await choose(element, 'filter-distance', '1');
    checkbox(element, 'Music').click();
    await typeQuery(element, 'choir', true);
    await element.updateComplete;
    expect(countText(element)).to.equal('0 activities match');
    const empty = part(element, '[part="empty"]');
    expect(empty.textContent).to.contain('You searched for “choir”.').and.contain('2 filters are in use.');
    const ways = parts(element, '.ways-out button').map((button) => button.textContent);
    expect(ways).to.deep.equal([
      'Clear the search',
      'Look within 3 miles',
      'Remove filter: Music',
      'Clear all filters',
    ]);
    await expect(element).to.be.accessible();
    part(element, '[data-way="clear-all"]').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Choir for wellbeing']);
    expect(focused(element)).to.equal(part(element, '#search-input'));
  });

  it('says so when the feed lists no activities at all', async () => {
    const feed = await fixture<HTMLElement>(
      html`<lw-feed no-cache
        ><script type="application/json">
          { "version": 1, "activities": [] }
        </script>
        <lw-activity-search></lw-activity-search
      ></lw-feed>`,
    );
    const element = feed.querySelector('lw-activity-search')!;
    await waitUntil(() => /match/.test(countText(element)), countText(element), { timeout: 10000 });
    expect(countText(element)).to.equal('0 activities match');
    expect(part(element, '[part="empty"]').textContent!.trim()).to.equal(
      'There are no activities listed yet. Please come back soon.',
    );
    await expect(element).to.be.accessible();
  });

  it('"Show more" adds results and keeps focus', async () => {
    const element = await searchWidget(
      html`<lw-activity-search src=${feedUrl} no-cache page-size="5"></lw-activity-search>`,
    );
    expect(titles(element)).to.have.length(5);
    expect(countText(element)).to.equal('12 activities match, showing 5');
    const more = part(element, '[part="more"]');
    expect(more.textContent).to.equal('Show 5 more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(titles(element)).to.have.length(10);
    expect(focused(element)).to.equal(more);
    expect(countText(element)).to.equal('12 activities match, showing 10');
    expect(more.textContent).to.equal('Show 2 more');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(titles(element)).to.have.length(12);
    expect(focused(element)).to.equal(parts(element, '[part="title"]')[10]);
  });

  it('hides the filters behind a button on a narrow screen', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <lw-activity-search src=${feedUrl} no-cache .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>
      </div>`,
    );
    const element = page.firstElementChild as LwActivitySearch;
    await waitUntil(() => /match/.test(countText(element)), countText(element), { timeout: 10000 });
    const toggle = part(element, '[part="filters-toggle"]');
    const filters = part(element, '[part="filters"]');
    expect(getComputedStyle(filters).display).to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(filters).display).to.not.equal('none');
    checkbox(element, 'Gardening').click();
    await element.updateComplete;
    expect(toggle.textContent).to.contain('1 in use');
    await expect(element).to.be.accessible();
    const done = part(element, '.filters-done');
    expect(done.textContent!.trim()).to.equal('Show 2 results');
    done.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(getComputedStyle(filters).display).to.equal('none');
    expect(focused(element)).to.equal(part(element, '[part="title"]'));
  });

  it('shows the filters beside the results on a wide screen, with no toggle', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="width: 1100px"><lw-activity-search src=${feedUrl} no-cache></lw-activity-search></div>`,
    );
    const element = page.firstElementChild as LwActivitySearch;
    await waitUntil(() => /match/.test(countText(element)), countText(element), { timeout: 10000 });
    expect(getComputedStyle(part(element, '[part="filters-toggle"]')).display).to.equal('none');
    expect(getComputedStyle(part(element, '.filters-done')).display).to.equal('none');
    const filters = part(element, '[part="filters"]').getBoundingClientRect();
    const results = part(element, '[part="list"]').getBoundingClientRect();
    expect(filters.right).to.be.at.most(results.left);
  });
});
