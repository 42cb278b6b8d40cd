import { expect } from '@open-wc/testing';
import { buildSteps } from '../../src/search/index-building.js';
import { createIndex, type SearchField } from '../../src/search/search-index.js';
import { englishStem } from '../../src/search/stem.js';
import { framesDrawnWhile } from '../helpers/frames-drawn.js';

interface Session {
  title: string;
  place: string;
  description: string;
}

const subjects = ['Gardening club', 'Knit and natter', 'Health walk', 'Tea dance', 'Community choir', 'Cook and eat'];
const towns = ['Leeds', 'Bristol', 'Cardiff', 'Derby', 'York', 'Hull', 'Bath'];

/** 10,000 sessions, each with a word of its own ("n123") and words they all share ("welcome"). */
const sessions: Session[] = Array.from({ length: 10_000 }, (_, i) => ({
  title: `${subjects[i % subjects.length]} in ${towns[i % towns.length]}`,
  place: `${towns[i % towns.length]} Community Centre, ${1 + (i % 200)} High Street`,
  description:
    `Session n${i}: a relaxed morning, everyone is welcome; come on your own or bring a friend along. No experience ` +
    'needed, tea and biscuits provided, step-free access and a hearing loop. Ask at the front desk for the room.',
}));

const fields: SearchField<Session>[] = [
  { name: 'title', weight: 5, text: (session) => session.title },
  { name: 'place', weight: 1.5, text: (session) => session.place },
  { name: 'description', weight: 1, text: (session) => session.description },
];

/** How long each step of one build takes, in ms. */
function stepTimes(): number[] {
  const steps = buildSteps(sessions, fields, englishStem);
  const times: number[] = [];
  for (;;) {
    const start = performance.now();
    const step = steps.next();
    times.push(performance.now() - start);
    if (step.done) return times;
  }
}

describe('building the index in slices', () => {
  it('splits the build of 10,000 documents into steps that each stay well under 50 ms (under 25)', () => {
    // Each step's shortest time over five builds (after one to warm up): a busy machine may pause any one step, but not the same one
    // each time, so what is left is the step's own work (a step that copied everything collected took 40–200 ms).
    stepTimes();
    const runs = [stepTimes(), stepTimes(), stepTimes(), stepTimes(), stepTimes()];
    const shortest = runs[0].map((_, step) => Math.min(...runs.map((times) => times[step])));
    expect(runs[1].length).to.equal(runs[0].length);
    expect(shortest.length).to.be.greaterThan(100);
    expect(Math.max(...shortest)).to.be.lessThan(25);
  });

  it('gives the page turns while it builds, and then finds every document', async () => {
    const index = createIndex(sessions, fields);
    expect(index.isBuilt).to.equal(false);
    expect(index.search('welcome').pending).to.equal(true);
    // The build yields with scheduler.yield(), whose turns go to input and rendering: count the frames drawn meanwhile.
    const { frames } = await framesDrawnWhile(() => index.ready);
    // On an idle machine the build takes two or three frames: any frame drawn means it gave the page turns.
    expect(frames).to.be.greaterThan(0);
    expect(index.search('welcome').hits.length).to.equal(10_000);
    // Words from the first and the last documents: entries on either side of every chunk boundary are in place.
    for (const at of [0, 4_999, 9_999]) {
      const { hits } = index.search(`n${at}`);
      expect(hits.map((hit) => hit.index)).to.deep.equal([at]);
      expect(hits[0].document.description).to.contain(`n${at}:`);
    }
    expect(index.search('choir leeds').hits.map((hit) => hit.index)).to.deep.equal(
      sessions.flatMap((session, at) => (/choir in Leeds/.test(session.title) ? [at] : [])),
    );
  });
});
