import { expect } from '@open-wc/testing';
import { dedupeActivities, dedupeActivitiesInSlices, distanceKm, type SourcedActivity } from '../../src/feed/dedupe.js';
import type { Activity } from '../../src/feed/schema.js';
import { framesDrawnWhile } from '../helpers/frames-drawn.js';

const base = { categories: [], accessibility: [], schedule: [], online: false };

/** The same seeded numbers every run. */
function random(seed: number) {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), t | 1);
    r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * De-duplication as it was first written: each activity compared with every kept activity of its name. Slow
 * (quadratic in a common name) but plainly right, so the banded search must give exactly what it gives.
 */
function everyPair(sourced: readonly SourcedActivity[]) {
  const normalise = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const placeOf = (a: Activity) =>
    a.location?.lat !== undefined ? (a.location as { lat: number; lng: number }) : null;
  const kept: SourcedActivity[] = [];
  const byId = new Map<string, SourcedActivity>();
  const byName = new Map<string, SourcedActivity[]>();
  const duplicates: { index: number; id: string; reason: string }[] = [];
  for (const entry of sourced) {
    const { activity } = entry;
    const name = normalise(activity.title);
    const sameId = byId.get(activity.id);
    const sameName = sameId
      ? undefined
      : byName.get(name)?.find((other) => {
          const here = placeOf(other.activity);
          const there = placeOf(activity);
          return !!here && !!there && distanceKm(here, there) <= 0.1;
        });
    const original = sameId ?? sameName;
    if (original) {
      const merged: Record<string, unknown> = { ...original.activity };
      for (const [key, value] of Object.entries(activity)) {
        const mine = merged[key];
        if (mine === undefined || mine === null || (Array.isArray(mine) && mine.length === 0)) merged[key] = value;
      }
      merged.categories = [...new Set([...original.activity.categories, ...activity.categories])];
      merged.accessibility = [...new Set([...original.activity.accessibility, ...activity.accessibility])];
      original.activity = merged as Activity;
      duplicates.push({
        index: entry.index,
        id: activity.id,
        reason: `the same activity as "${original.activity.id}" from ${original.source} (${sameId ? 'the same id' : 'the same name within 100 m'}); it is shown once.`,
      });
      continue;
    }
    const copy = { ...entry };
    kept.push(copy);
    byId.set(activity.id, copy);
    byName.set(name, [...(byName.get(name) ?? []), copy]);
  }
  return { activities: kept.map((entry) => entry.activity), duplicates };
}

describe('de-duplication of a large feed', () => {
  it('gives what comparing with every activity of the same name gives, across bands of latitude', () => {
    const next = random(7);
    const names = ['Walking group', 'walking-group!', 'Knit & Natter', 'Choir', 'Coffee morning', 'Chair yoga'];
    const sourced: SourcedActivity[] = [];
    for (let i = 0; i < 3000; i++) {
      const source = i % 3 === 0 ? 'b.json' : 'a.json';
      // Places within a few hundred metres of each other, so many fall within 100 m, on both sides of band edges.
      const placed = next() > 0.15;
      const location = placed ? { lat: 53.8 + (next() - 0.5) * 0.006, lng: -1.55 + (next() - 0.5) * 0.008 } : null;
      // Some ids come again: a repeat without a place gains one from its repeat, and then counts as placed.
      const id = next() < 0.1 ? `act-${Math.floor(next() * i)}` : `act-${i}`;
      const activity: Activity = {
        ...base,
        id,
        title: names[Math.floor(next() * names.length)]!,
        location,
        categories: [`c${Math.floor(next() * 4)}`],
      };
      sourced.push({ activity, source, index: i });
    }
    const expected = everyPair(structuredClone(sourced));
    const { activities, duplicates } = dedupeActivities(structuredClone(sourced));
    expect(expected.duplicates.length).to.be.within(1500, 2900);
    expect(expected.duplicates.some((d) => d.reason.includes('same id'))).to.equal(true);
    expect(activities).to.deep.equal(expected.activities);
    expect(duplicates.map(({ index, id, reason }) => ({ index, id, reason }))).to.deep.equal(expected.duplicates);
  });

  it('compares an activity only with those of its name nearby, not with every one of that name', () => {
    // 5,000 "Walking group"s, each about 1 km from the last: none is a repeat. Every look at a place is counted.
    let looks = 0;
    const sourced: SourcedActivity[] = Array.from({ length: 5000 }, (_, i) => {
      const location = { lat: 50 + i * 0.01, lng: -1.5 };
      const activity = { ...base, id: `walk-${i}`, title: 'Walking group' } as Activity;
      Object.defineProperty(activity, 'location', {
        enumerable: true,
        get: () => {
          looks++;
          return location;
        },
      });
      return { activity, source: 'a.json', index: i };
    });
    const { activities, duplicates } = dedupeActivities(sourced);
    expect(activities).to.have.length(5000);
    expect(duplicates).to.deep.equal([]);
    // Comparing each with every one before it looks some 25 million times; a few looks each is linear.
    expect(looks).to.be.below(5000 * 10);
  });

  it('in slices, gives the same result while the page draws frames, and stops when aborted', async () => {
    const names = ['Walking group', 'Choir', 'Chair yoga', 'Coffee morning'];
    const sourced: SourcedActivity[] = Array.from({ length: 10_000 }, (_, i) => ({
      activity: {
        ...base,
        id: `act-${i % 9000}`,
        title: names[i % names.length]!,
        location: { lat: 53.8 + (i % 500) * 0.0004, lng: -1.55 },
      } as Activity,
      source: i < 5000 ? 'a.json' : 'b.json',
      index: i,
    }));
    const { result: sliced, frames } = await framesDrawnWhile(() =>
      dedupeActivitiesInSlices(structuredClone(sourced), { sliceMs: 0 }),
    );
    expect(sliced).to.deep.equal(dedupeActivities(structuredClone(sourced)));
    expect(sliced.duplicates.length).to.be.above(1000);
    // Without a turn for the page between slices, no frame could be drawn until the end.
    expect(frames).to.be.greaterThan(0);
    const stopped = await dedupeActivitiesInSlices(sourced, { sliceMs: 0, signal: AbortSignal.abort() }).catch(
      (e: unknown) => e,
    );
    expect((stopped as DOMException).name).to.equal('AbortError');
  });
});
