import { expect } from '@open-wc/testing';
import { dedupeActivities, distanceKm } from '../../src/feed/dedupe.js';
import type { Activity } from '../../src/feed/schema.js';

const base = { categories: [], accessibility: [], schedule: [], online: false };
const at = (lat: number, lng: number) => ({ lat, lng });

function activity(
  id: string,
  title: string,
  location?: { lat: number; lng: number },
  extra: Partial<Activity> = {},
): Activity {
  return { ...base, id, title, ...(location ? { location } : {}), ...extra };
}

describe('de-duplication across sources', () => {
  it('shows an activity with the same id once, the first source winning and the second filling gaps', () => {
    const { activities, duplicates } = dedupeActivities([
      { activity: activity('x', 'Choir', at(53.8, -1.55), { categories: ['music'] }), source: 'a.json', index: 0 },
      {
        activity: activity('x', 'Community choir', undefined, { categories: ['befriending'], cost: { free: true } }),
        source: 'b.json',
        index: 3,
      },
    ]);
    expect(activities).to.have.length(1);
    expect(activities[0]).to.deep.include({
      title: 'Choir',
      categories: ['music', 'befriending'],
      cost: { free: true },
    });
    expect(duplicates).to.deep.equal([
      {
        collection: 'activities',
        index: 3,
        severity: 'dropped',
        id: 'x',
        source: 'b.json',
        reason: 'the same activity as "x" from a.json (the same id); it is shown once.',
      },
    ]);
  });

  it('matches names ignoring case and punctuation, only within about 100 m', () => {
    const here = at(53.8, -1.55);
    const near = at(53.8006, -1.55); // about 67 m north
    const far = at(53.802, -1.55); // about 220 m north
    expect(distanceKm(here, near)).to.be.within(0.06, 0.07);
    const { activities } = dedupeActivities([
      { activity: activity('a', 'Knit & Natter', here), source: 's1', index: 0 },
      { activity: activity('b', 'knit natter', near), source: 's2', index: 0 },
      { activity: activity('c', 'Knit and Natter!', near), source: 's2', index: 1 },
      { activity: activity('d', 'Knit & Natter', far), source: 's2', index: 2 },
      { activity: activity('e', 'Knit & Natter'), source: 's2', index: 3 },
    ]);
    expect(activities.map((a) => a.id)).to.deep.equal(['a', 'c', 'd', 'e']);
  });
});
