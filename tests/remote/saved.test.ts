/**
 * Remote mode and the visitor's list (issue 16.3): activities saved from a directory searched where it lives
 * are shown by `<lw-shortlist>` whatever the current search, and a shared link opened on a fresh page reads
 * them from the directory's `/services/{id}` (tests/server/oruk-api.mjs).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { LwShortlist } from '../../src/components/shortlist/shortlist.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-shortlist.js';
import { SearchHarness } from '../activity-search/harness.js';
import { forgetLists, text, titles } from '../shortlist/fixture.js';
import { countIs, newSession, requests, typeFast } from './harness.js';

const testPage = new URL(location.href);

/** Opens this test page at an address holding a shared list of `ids`. */
function openWithList(ids: string[]): void {
  const query = `lw-list=${ids.join(',')}`;
  history.replaceState(null, '', `${testPage.pathname}${testPage.search ? `${testPage.search}&` : '?'}${query}`);
}

async function openList(kind = '3.0') {
  const session = newSession();
  const element = await fixture(
    html`<div lang="en">
      <lw-feed src="/oruk-api/${session}/${kind}/services" format="openreferral" search="remote" no-cache>
        <lw-activity-search page-size="10"></lw-activity-search>
        <lw-shortlist></lw-shortlist>
      </lw-feed>
    </div>`,
  );
  const search = await new SearchHarness(element.querySelector('lw-activity-search')!).ready();
  const list = element.querySelector<LwShortlist>('lw-shortlist')!;
  await list.updateComplete;
  return { session, search, list };
}

const byId = async (session: string) => (await requests(session)).filter((r) => /\/services\/svc-/.test(r));
const item = (list: LwShortlist, id: string) => text(list.shadowRoot!.querySelector(`[data-id="${id}"]`));

async function titlesAre(list: LwShortlist, expected: string[]) {
  await waitUntil(
    () => JSON.stringify(titles(list)) === JSON.stringify(expected),
    `the list shows ${JSON.stringify(titles(list))}`,
    { timeout: 10000 },
  );
}

describe('remote mode: the visitor’s list', () => {
  beforeEach(forgetLists);
  after(forgetLists);

  it('keeps showing an activity saved from an earlier search, without asking for it again', async () => {
    const { session, search, list } = await openList();
    await search.save('svc-00002');
    await typeFast(search, 'choir', true);
    await countIs(search, '6,248 activities match, showing 10');
    expect(search.ids()).not.to.include('svc-00002');
    await titlesAre(list, ['Walking group 2, Manchester']);
    expect(item(list, 'svc-00002')).to.include('Manchester Community Centre');
    expect(item(list, 'svc-00002')).not.to.include('no longer listed');
    expect(await byId(session)).to.deep.equal([]);
  });

  it('reads the activities of a shared link from /services/{id} on a fresh page', async () => {
    openWithList(['svc-00123', 'svc-49999']);
    const { session, list } = await openList();
    await titlesAre(list, ['Craft club 123, Manchester', 'Community garden 49999, Newcastle']);
    expect(item(list, 'svc-00123')).to.include('Manchester Community Centre');
    expect(item(list, 'svc-49999')).to.include('Newcastle Community Centre');
    expect((await byId(session)).sort()).to.deep.equal(['/3.0/services/svc-00123', '/3.0/services/svc-49999']);
    await expect(list).to.be.accessible();
  });

  it('says an activity the directory no longer lists (404) is no longer listed, and keeps it on the list', async () => {
    openWithList(['svc-99999', 'svc-00123']);
    const { list } = await openList();
    await titlesAre(list, ['svc-99999: no longer listed', 'Craft club 123, Manchester']);
    expect(list.saved).to.deep.equal(['svc-99999', 'svc-00123']);
    await expect(list).to.be.accessible();
  });

  it('keeps the list, unmarked, when the directory does not answer for it', async () => {
    openWithList(['svc-00123']);
    const { session, list } = await openList('fails');
    await waitUntil(async () => (await byId(session)).length === 1, 'svc-00123 never asked', { timeout: 10000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(titles(list)).to.deep.equal(['svc-00123']);
    expect(item(list, 'svc-00123')).not.to.include('no longer listed');
    expect(list.saved).to.deep.equal(['svc-00123']);
    expect(new URL(location.href).searchParams.get('lw-list')).to.equal('svc-00123');
  });

  it('names an activity read by id on the list kept in the browser, for next time', async () => {
    openWithList(['svc-00123']);
    const { list } = await openList();
    await titlesAre(list, ['Craft club 123, Manchester']);
    const kept = Object.keys(sessionStorage).find((key) => key.startsWith('linkwork:shortlist'))!;
    expect(JSON.parse(sessionStorage.getItem(kept)!).titles).to.deep.equal({
      'svc-00123': 'Craft club 123, Manchester',
    });
  });
});
