import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed, parseFeedInSlices } from '../../src/feed/parse.js';

let keys = 0;
/** A generated feed of 10,000 activities, fetched from the test server as a widget fetches it. */
async function tenThousand(): Promise<Record<string, unknown[]>> {
  const response = await fetch(`/faults/feed?key=slices-${Date.now()}-${keys++}&activities=10000&good=9`);
  return response.json();
}

/** Breaks a few records the ways real feeds do: a field mended, a field removed, a record dropped, an id repeated. */
function withFaults(feed: Record<string, unknown[]>): Record<string, unknown[]> {
  const activities = feed.activities as Record<string, unknown>[];
  activities[10]!.url = 'www.example.org/walks';
  activities[2000]!.description = '<p>Tea &amp; chat</p><ul><li>Mondays</li></ul>';
  activities[4000]!.contact = { email: 'not an email' };
  delete activities[6000]!.id;
  activities[9000]!.id = activities[8999]!.id;
  return feed;
}

describe('parseFeedInSlices', () => {
  it('gives the feed and the problems parseFeed gives, for 10,000 activities with broken records', async function () {
    this.timeout(60_000);
    const json = withFaults(await tenThousand());
    const sliced = await parseFeedInSlices(structuredClone(json));
    const whole = parseFeed(structuredClone(json));
    expect(sliced.feed.activities).to.have.length(9998);
    expect(sliced.problems.map((p) => `${p.index} ${p.severity} ${p.field ?? ''}`)).to.deep.equal([
      '10 field url',
      '4000 field contact.email',
      '6000 dropped ',
      '9000 dropped ',
    ]);
    expect(sliced.feed.activities[2000]!.description).to.equal('Tea & chat\n\n• Mondays');
    expect(sliced).to.deep.equal(whole);
  });

  it('works in slices of a few milliseconds, with no long task of its own', async function () {
    this.timeout(60_000);
    const json = await tenThousand();
    const slices: { ms: number; records: number }[] = [];
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const { feed } = await parseFeedInSlices(json, { sliceMs: 4, onSlice: (slice) => slices.push(slice) });
    // Long tasks are reported after they end: give the observer a turn.
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(feed.activities).to.have.length(10_000);
    const records = slices.map((slice) => slice.records);
    const times = slices.map((slice) => slice.ms).sort((a, b) => a - b);
    expect(records.reduce((sum, n) => sum + n, 0)).to.equal(10_000 + 12 + 21 + 40);
    // A busy machine stretches a slice's wall time (garbage collection, other processes), not its work: each
    // slice reads at most 1,000 records, some 10-25 ms of work on a phone, and most slices end within the budget.
    expect(slices.length).to.be.greaterThan(10);
    expect(Math.max(...records)).to.be.at.most(1000);
    expect(times[Math.floor(times.length / 2)]).to.be.below(50);
    // A long task seen while parsing is one of its slices, never a block of unsliced work.
    for (const duration of longTasks) expect(duration).to.be.below(times.at(-1)! + 50);
  });

  it('stops between slices when its signal is aborted, rejecting with the reason', async function () {
    this.timeout(60_000);
    const json = await tenThousand();
    const abort = new AbortController();
    const records: number[] = [];
    const stopped = await parseFeedInSlices(json, {
      sliceMs: 2,
      signal: abort.signal,
      onSlice: (slice) => {
        records.push(slice.records);
        if (records.length === 2) abort.abort(new DOMException('The widget left the page.', 'AbortError'));
      },
    }).catch((e: unknown) => e);
    expect(stopped).to.be.instanceOf(DOMException);
    expect((stopped as DOMException).name).to.equal('AbortError');
    // No slice ran after the abort, so most of the feed was never read.
    expect(records).to.have.length(2);
    expect(records[0]! + records[1]!).to.be.below(10_000);
    const before = await parseFeedInSlices(json, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect((before as DOMException).name).to.equal('AbortError');
  });

  it('refuses what is not a feed, as parseFeed does', async () => {
    const error = await parseFeedInSlices({ version: 2 }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).message).to.equal('The feed is version 2; this library reads version 1.');
  });

  it('reads a small feed in one slice', async () => {
    const slices: number[] = [];
    const { feed, problems } = await parseFeedInSlices(
      { version: 1, activities: [{ id: 'a', title: 'A walk' }] },
      { onSlice: ({ records }) => slices.push(records) },
    );
    expect(feed.activities.map((a) => a.title)).to.deep.equal(['A walk']);
    expect(problems).to.deep.equal([]);
    expect(slices).to.deep.equal([1]);
  });
});
