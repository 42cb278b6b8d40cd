import { expect } from '@open-wc/testing';
import { dedupeActivities } from '../../src/feed/dedupe.js';
import type { Activity } from '../../src/feed/schema.js';

const activity = (accessibility: string[], categories: string[]): Activity => ({
  id: 'swim',
  title: 'Gentle swimming',
  online: false,
  schedule: [],
  accessibility,
  categories,
});

describe('de-duplication: what both copies say about access is kept', () => {
  it('joins the accessibility features of an activity found in two sources, once each, first source first', () => {
    const { activities } = dedupeActivities([
      { activity: activity(['step-free', 'accessible-toilet'], ['sport']), source: 'council.json', index: 0 },
      { activity: activity(['hearing-loop', 'step-free'], ['swimming']), source: 'centre.json', index: 4 },
    ]);
    expect(activities).to.have.length(1);
    expect(activities[0].accessibility).to.deep.equal(['step-free', 'accessible-toilet', 'hearing-loop']);
    expect(activities[0].categories).to.deep.equal(['sport', 'swimming']);
  });
});
