/**
 * Remote mode's finer points (issue 16.3): the search stopped when `<lw-feed>` leaves the page, `lw-search`
 * counting the directory's answer, problems in the directory's answers reported, time of day asked as
 * start_time/end_time where documented, and categories from /taxonomy_terms.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-feed.js';
import type { FeedLoadEvent } from '../../src/events/feed-load-event.js';
import type { SearchEvent } from '../../src/events/search-event.js';
import { SearchHarness } from '../activity-search/harness.js';
import { countIs, newSession, note, open, requests, searches, typeFast } from './harness.js';

const checkboxes = (search: SearchHarness) =>
  [...search.element.shadowRoot!.querySelectorAll('label.check')].map((label) => label.textContent!.trim());

describe('remote mode: leaving the page', () => {
  it('sends no search that was waiting when <lw-feed> left the page', async () => {
    const { session, search } = await open();
    const feed = search.element.closest<LwFeed>('lw-feed')!;
    // The search waits its pause before it is sent; the page goes meanwhile.
    feed.store.setQuery('choir');
    feed.remove();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await searches(session)).filter((r) => r.includes('search='))).to.deep.equal([]);
  });

  it('lets no answer on its way change the store after <lw-feed> left the page', async () => {
    const { session, search } = await open('slow');
    const feed = search.element.closest<LwFeed>('lw-feed')!;
    await typeFast(search, 'choir', true);
    await waitUntil(async () => (await searches(session)).some((r) => r.includes('search=choir')), 'never asked', {
      timeout: 10000,
    });
    feed.remove();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(feed.store.state.feed.activities[0]!.title).to.equal('Walking group 1, Leeds');
    expect(feed.store.state.remote!.total).to.equal(50000);
  });
});

describe('remote mode: lw-search', () => {
  it('tells the page the directory’s count once its answer is in', async () => {
    const { search } = await open();
    const heard: SearchEvent[] = [];
    search.element.addEventListener('lw-search', (event) => heard.push(event));
    await typeFast(search, 'choir', true);
    await waitUntil(() => heard.length > 0, 'no lw-search', { timeout: 10000 });
    expect(heard.map((event) => [event.query, event.resultCount])).to.deep.equal([['choir', 6248]]);
    await search.tick('Monday');
    await waitUntil(() => heard.length > 1, 'no second lw-search', { timeout: 10000 });
    expect(heard[1]!.resultCount).to.equal(893);
    expect(search.count()).to.equal('893 activities match, showing 10');
  });
});

describe('remote mode: problems in the directory’s answers', () => {
  it('drops a service with no name, mends an email and removes one that is not, and says so', async () => {
    const session = newSession();
    let loaded: FeedLoadEvent | undefined;
    const element = await fixture(
      html`<div lang="en">
        <lw-feed
          src="/oruk-api/${session}/broken/services"
          format="openreferral"
          search="remote"
          no-cache
          @lw-feed-load=${(event: FeedLoadEvent) => (loaded = event)}
        >
          <lw-activity-search page-size="10"></lw-activity-search>
        </lw-feed>
      </div>`,
    );
    const search = await new SearchHarness(element.querySelector('lw-activity-search')!).ready();
    await waitUntil(() => loaded, 'no lw-feed-load', { timeout: 10000 });
    const problem = (id: string) =>
      loaded!.problems.filter((p) => p.id === id).map(({ severity, field, reason }) => ({ severity, field, reason }));
    expect(problem('svc-00004')).to.deep.equal([
      { severity: 'dropped', field: undefined, reason: 'the service has no name.' },
    ]);
    expect(problem('svc-00006')).to.deep.equal([
      {
        severity: 'field',
        field: 'contact.email',
        reason:
          'contact.email "hello@norwich.example.org." was mended to "hello@norwich.example.org" (removed the trailing dot).',
      },
    ]);
    expect(problem('svc-00008')).to.deep.equal([
      {
        severity: 'field',
        field: 'contact.email',
        reason: 'contact.email must be an email address; the field was removed.',
      },
    ]);
    expect(search.ids()).not.to.include('svc-00004');

    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      await typeFast(search, 'choir', true);
      await countIs(search, '6,248 activities match, showing 10');
    } finally {
      console.warn = warn;
    }
    expect(
      warned.some((line) => /dropped activities\[\d+\] "svc-\d+" from .*search=choir.*no name/.test(line)),
    ).to.equal(true, warned.join('\n'));
  });
});

describe('remote mode: time of day', () => {
  it('asks for a part of the day as start_time and end_time where the openapi document lists them', async () => {
    const { session, search } = await open();
    await search.tick('Evening');
    await waitUntil(async () => (await searches(session)).at(-1)!.includes('start_time'), 'no time asked', {
      timeout: 10000,
    });
    expect((await searches(session)).at(-1)).to.equal('/3.0/services?start_time=17%3A00&end_time=23%3A59&per_page=50');
    await countIs(search, '14,286 activities match, showing 10');
    expect(note(search)).to.equal('');
  });

  it('filters the page in hand, and says so, where the API does not document them', async () => {
    const { session, search } = await open('basic');
    const before = (await searches(session)).length;
    await search.tick('Evening');
    await waitUntil(() => note(search) !== '', 'no note', { timeout: 5000 });
    expect(note(search)).to.equal(
      'Filtered within the first 50 results: the directory cannot apply every filter itself.',
    );
    expect((await searches(session)).length).to.equal(before);
  });
});

describe('remote mode: categories', () => {
  it('offers every category of the directory’s /taxonomy_terms, and asks by its term', async () => {
    const { session, search } = await open();
    await waitUntil(() => checkboxes(search).some((label) => label.startsWith('Reading')), checkboxes(search).join(), {
      timeout: 10000,
    });
    expect(search.ids().length).to.equal(10);
    expect((await requests(session)).filter((r) => r.includes('taxonomy_terms'))).to.have.length(1);
    await search.tick('Reading');
    await countIs(search, '6,248 activities match, showing 10');
    expect((await searches(session)).at(-1)).to.equal('/3.0/services?taxonomy_term_id=term-reading&per_page=50');
    expect(search.titles().every((title) => title.startsWith('Book club'))).to.equal(true);
  });
});
