import { expect, waitUntil } from '@open-wc/testing';
import { framePage } from '../helpers/frame.js';
import { landmarksIn } from './harness.js';

describe('the demo page’s landmarks', () => {
  it('has at most one landmark per widget, each named uniquely on the page', async () => {
    const iframe = await framePage('/demo/index.html');
    const main = iframe.contentDocument!.body;
    const widgets = [...main.querySelectorAll('lw-network-finder, lw-activity-search, lw-resource-list')];
    await waitUntil(
      () => widgets.every((widget) => widget.shadowRoot?.querySelector('[part], form')),
      'widgets not drawn',
      {
        timeout: 10000,
      },
    );
    await waitUntil(
      () => main.querySelector('lw-resource-list')!.shadowRoot!.querySelector('[part="controls"]'),
      'the resources never showed',
      { timeout: 10000 },
    );
    const landmarks = landmarksIn(iframe.contentDocument!);
    const names = landmarks.map(({ widget, landmark }) => `${widget}: ${landmark}`);
    console.log(`demo/index.html has ${landmarks.length} landmarks:\n${names.join('\n')}`);
    for (const tag of [
      'lw-network-finder',
      'lw-activity-search',
      'lw-resource-list',
      'lw-place-finder',
      'lw-shortlist',
    ]) {
      const count = main.querySelectorAll(tag).length;
      expect(landmarks.filter(({ widget }) => widget === tag).length, `landmarks in <${tag}>`).to.be.at.most(count);
    }
    const named = landmarks.map(({ landmark }) => landmark);
    expect(
      named.filter((name, index) => named.indexOf(name) !== index),
      'landmarks named alike',
    ).to.deep.equal([]);
    iframe.remove();
  });
});
