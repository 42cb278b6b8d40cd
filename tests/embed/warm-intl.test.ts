// The CDN script has Intl load its locale data in a task of its own while the widgets' code downloads
// (src/define/warm-intl.ts), so that cost is not inside the widgets' first render.
import { expect } from '@open-wc/testing';
import { warmIntlWhileLoading } from '../../src/define/warm-intl.js';
import { recordIntlMade } from '../helpers/intl-made.js';

describe('Intl warmed while the widgets load', () => {
  it('makes a date and a number formatter in a later task, not in the script that asks', async () => {
    const { made, restore } = recordIntlMade();
    try {
      warmIntlWhileLoading();
      expect(made, 'made at once').to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(made.map((entry) => entry.split(' ')[0])).to.deep.equal(['date', 'number']);
    } finally {
      restore();
    }
  });
});
