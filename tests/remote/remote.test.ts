/**
 * Remote mode (issue 16): a 50,000-service Open Referral UK API (tests/server/oruk-api.mjs) searched where it
 * lives. Every test has its own session on the server, so the requests counted are the widget's alone.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-network-finder.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { SearchHarness } from '../activity-search/harness.js';
import { FinderHarness } from '../network-finder/harness.js';
import { countIs, newSession, note, open, requests, searches, typeFast } from './harness.js';

describe('remote mode: loading', () => {
  it('reads one page on load, never harvests, and says how many the directory holds', async () => {
    const { session, search } = await open();
    expect(search.count()).to.equal('50,000 activities match, showing 10');
    expect(search.titles()).to.have.length(10);
    expect(search.titles()[0]).to.equal('Walking group 1, Leeds');
    expect(await searches(session)).to.deep.equal(['/3.0/services?per_page=50']);
    await expect(search.element).to.be.accessible();
  });

  it('reads the older shape the same way', async () => {
    const { session, search } = await open('older');
    expect(search.count()).to.equal('50,000 activities match, showing 10');
    expect(await requests(session)).to.deep.equal(['/older/services?per_page=50']);
  });
});

describe('remote mode: searching', () => {
  it('sends one request per settled search, however fast the typing, and shows the directory’s answer', async () => {
    const { session, search } = await open();
    await typeFast(search, 'choir');
    await countIs(search, '6,248 activities match, showing 10');
    expect(search.titles().every((title) => title.startsWith('Community choir'))).to.equal(true);
    // After the first page, the API's `/`, its openapi document and its taxonomy terms are read once; the search
    // waits only for the document, then asks for one page.
    const asked = await requests(session);
    expect(asked.filter((r) => !r.startsWith('/3.0/taxonomy_terms'))).to.deep.equal([
      '/3.0/services?per_page=50',
      '/3.0/',
      '/3.0/openapi.json',
      '/3.0/services?search=choir&per_page=50',
    ]);
    expect(asked.filter((r) => r.startsWith('/3.0/taxonomy_terms'))).to.deep.equal([
      '/3.0/taxonomy_terms?per_page=1000',
    ]);
    await expect(search.element).to.be.accessible();
  });

  it('asks the older shape with its own words (text=)', async () => {
    const { session, search } = await open('older');
    await typeFast(search, 'walking', true);
    await countIs(search, '6,259 activities match, showing 10');
    expect(await searches(session)).to.deep.equal([
      '/older/services?per_page=50',
      '/older/services?text=walking&per_page=50',
    ]);
  });

  it('keeps each answer for the visit: going back to a search asks nothing', async () => {
    const { session, search } = await open();
    await typeFast(search, 'choir', true);
    await countIs(search, '6,248 activities match, showing 10');
    await typeFast(search, 'walking leeds', true);
    await countIs(search, '569 activities match, showing 10');
    await typeFast(search, 'choir', true);
    await countIs(search, '6,248 activities match, showing 10');
    await typeFast(search, '', true);
    await countIs(search, '50,000 activities match, showing 10');
    expect((await searches(session)).filter((r) => r.includes('search='))).to.deep.equal([
      '/3.0/services?search=choir&per_page=50',
      '/3.0/services?search=walking+leeds&per_page=50',
    ]);
  });

  it('abandons a search the visitor changed before it was answered', async () => {
    const { session, search } = await open('slow');
    await typeFast(search, 'choir', true);
    await waitUntil(
      async () => (await searches(session)).some((r) => r.includes('search=choir')),
      'choir never asked',
      {
        timeout: 10000,
      },
    );
    expect(search.count()).to.equal('Searching the directory…');
    await typeFast(search, 'walking', true);
    await countIs(search, '6,259 activities match, showing 10');
    expect(search.titles()[0]).to.match(/^Walking group/);
    // The choir answer, had it not been abandoned, would have replaced the walking one by now.
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(search.titles()[0]).to.match(/^Walking group/);
  });

  it('asks for the next page with "Show more" once the page in hand is shown', async () => {
    const { session, search } = await open();
    for (let i = 0; i < 4; i++) await search.showMore();
    expect(search.titles()).to.have.length(50);
    expect(search.moreLabel()).to.equal('Show more results');
    await search.showMore();
    await waitUntil(() => search.titles().length === 60, `still ${search.titles().length} results`, { timeout: 10000 });
    expect(search.count()).to.equal('50,000 activities match, showing 60');
    expect(search.titles()[50]).to.equal('Cookery class 51, Exeter');
    expect((await searches(session)).at(-1)).to.equal('/3.0/services?per_page=50&page=2');
    await expect(search.element).to.be.accessible();
  });
});

describe('remote mode: filters', () => {
  it('asks for a category by its taxonomy term', async () => {
    const { session, search } = await open();
    await search.tick('Music');
    await countIs(search, '6,248 activities match, showing 10');
    expect((await searches(session)).at(-1)).to.equal('/3.0/services?taxonomy_term_id=term-choir&per_page=50');
    expect(search.titles().every((title) => title.startsWith('Community choir'))).to.equal(true);
    expect(note(search)).to.equal('');
  });

  it('asks for an age and a day where the openapi document lists them', async () => {
    const { session, search } = await open();
    await search.enterAge('70');
    await countIs(search, '40,000 activities match, showing 10');
    expect((await searches(session)).at(-1)).to.equal('/3.0/services?minimum_age=70&maximum_age=70&per_page=50');
  });

  it('asks for a day where the openapi document lists it', async () => {
    const { session, search } = await open();
    await search.tick('Monday');
    await waitUntil(async () => (await searches(session)).at(-1)!.includes('day='), 'no day asked', { timeout: 10000 });
    expect((await searches(session)).at(-1)).to.equal('/3.0/services?day=MO&per_page=50');
    await countIs(search, '7,143 activities match, showing 10');
  });

  it('looks further, a page at a time, when nothing in hand passes a filter the API cannot apply', async () => {
    const { session, search } = await open();
    await search.choose('filter-mode', 'online');
    await waitUntil(() => note(search).startsWith('Filtered within the first 50 results'), note(search), {
      timeout: 5000,
    });
    expect(search.count()).to.equal('0 activities match');
    expect(search.moreLabel()).to.equal('Look further');
    await expect(search.element).to.be.accessible();
    await search.showMore();
    await waitUntil(() => note(search).startsWith('Filtered within the first 100 results'), note(search), {
      timeout: 10000,
    });
    expect((await searches(session)).at(-1)).to.equal('/3.0/services?per_page=50&page=2');
  });

  it('asks for a distance from a postcode as postcode and proximity in metres', async () => {
    const { session, search } = await open();
    await search.findPostcode('LS1 4AP');
    await search.choose('filter-distance', '5');
    await waitUntil(async () => (await searches(session)).at(-1)!.includes('proximity'), 'no proximity asked', {
      timeout: 10000,
    });
    expect((await searches(session)).at(-1)).to.equal('/3.0/services?postcode=LS1+4AP&proximity=8047&per_page=50');
    await countIs(search, '1,910 activities match, showing 10');
    expect(search.distances().every((distance) => parseFloat(distance) <= 5)).to.equal(true);
  });

  it('applies a filter no ORUK API takes to the page in hand, and says so', async () => {
    const { session, search } = await open();
    const before = (await searches(session)).length;
    await search.choose('filter-cost', 'free');
    await waitUntil(() => note(search) !== '', 'no note', { timeout: 5000 });
    expect(note(search)).to.equal(
      'Filtered within the first 50 results: the directory cannot apply every filter itself.',
    );
    expect(search.count()).to.equal('33 activities match, showing 10');
    expect((await searches(session)).length).to.equal(before);
    await expect(search.element).to.be.accessible();
  });

  it('notices an API that ignores a filter it was sent, and filters the page in hand from then on', async () => {
    const { session, search } = await open('basic');
    await search.tick('Music');
    await countIs(search, '11 activities match, showing 10');
    expect(note(search)).to.equal(
      'Filtered within the first 50 results: the directory cannot apply every filter itself.',
    );
    expect(search.titles().every((title) => title.startsWith('Community choir'))).to.equal(true);
    await search.tick('Walking');
    await waitUntil(() => search.count() === '22 activities match, showing 10', search.count(), { timeout: 10000 });
    // No taxonomy asked again: the API showed it does not filter by it.
    expect((await searches(session)).filter((r) => r.includes('taxonomy'))).to.have.length(1);
  });

  it('says it in Welsh', async () => {
    const { search } = await open('3.0', { lang: 'cy' });
    await search.choose('filter-cost', 'free');
    await waitUntil(() => note(search) !== '', 'no note', { timeout: 5000 });
    expect(note(search)).to.equal(
      'Wedi’u hidlo o fewn y 50 canlyniad cyntaf: ni all y cyfeiriadur roi pob hidlydd ar waith ei hun.',
    );
  });
});

describe('remote mode: failures', () => {
  it('keeps the last results on screen when a search fails, and tries again', async () => {
    const { session, search } = await open('fails');
    await typeFast(search, 'choir', true);
    await waitUntil(() => search.feedNotice() !== '', 'no notice', { timeout: 10000 });
    expect(search.feedNotice()).to.equal('The directory did not answer. The results shown are from before. Try again');
    expect(search.titles()[0]).to.equal('Walking group 1, Leeds');
    await expect(search.element).to.be.accessible();
    const asked = (await searches(session)).length;
    await search.tryAgain();
    await waitUntil(async () => (await searches(session)).length > asked, 'never asked again', { timeout: 10000 });
  });

  it('gives up on a directory that does not answer in time', async () => {
    const { search } = await open('stalls', { timeout: 1 });
    await typeFast(search, 'choir', true);
    await waitUntil(() => search.feedNotice() !== '', 'no notice', { timeout: 10000 });
    expect(search.feedNotice()).to.equal(
      'The directory took too long to answer. The results shown are from before. Try again',
    );
  });

  it('says it in Welsh', async () => {
    const { search } = await open('fails', { lang: 'cy' });
    await typeFast(search, 'choir', true);
    await waitUntil(() => search.feedNotice() !== '', 'no notice', { timeout: 10000 });
    expect(search.feedNotice()).to.equal(
      'Ni atebodd y cyfeiriadur. Mae’r canlyniadau a ddangosir o’r chwiliad blaenorol. Rhowch gynnig arall arni',
    );
  });
});

describe('remote mode: beside other sources and widgets', () => {
  it('takes networks from an ordinary <lw-source>, and the map shows the results of the current search', async () => {
    const session = newSession();
    const element = await fixture(
      html`<lw-feed no-cache>
        <lw-source src="/oruk-api/${session}/3.0/services" format="openreferral" search="remote"></lw-source>
        <lw-source src="/tests/fixtures/networks-feed.json"></lw-source>
        <lw-network-finder show="networks activities" tile-url=""></lw-network-finder>
        <lw-activity-search .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>
      </lw-feed>`,
    );
    const search = await new SearchHarness(element.querySelector('lw-activity-search')!).ready();
    const finder = new FinderHarness(element.querySelector('lw-network-finder')!);
    expect(search.count()).to.equal('50,000 activities match, showing 10');
    expect(finder.listNames().length).to.be.greaterThan(0);
    await waitUntil(() => finder.activitiesNote() !== '', 'no activities on the map', { timeout: 10000 });
    expect(finder.activitiesNote()).to.equal('50 activities on the map, as the search finds them');
    await search.choose('filter-cost', 'free');
    await waitUntil(() => finder.activitiesNote().startsWith('33 '), finder.activitiesNote(), { timeout: 10000 });
    expect(await searches(session)).to.deep.equal(['/3.0/services?per_page=50']);
  });
});
