import { expect } from '@open-wc/testing';
import { backgroundBehind, colourPairs, contrast, focusableIn, focusRing, parseColour, type Pair } from './contrast.js';
import { everyWidget, linkworkElements, media, widgetTags, type Scheme } from './page.js';

const failing = (pairs: Pair[]) =>
  pairs
    .filter((pair) => pair.ratio < pair.needed)
    .map((pair) => `${pair.where}: ${pair.foreground} on ${pair.background} is ${pair.ratio}:1`);

describe('the contrast measure', () => {
  it('gives the ratios WCAG gives, for colours as the browser writes them', () => {
    expect(contrast([118, 118, 118], [255, 255, 255])).to.equal(4.54);
    expect(contrast([0, 0, 0], [255, 255, 255])).to.equal(21);
    expect(parseColour('rgba(0, 0, 0, 0.5)')).to.deep.equal({ rgb: [0, 0, 0], alpha: 0.5 });
    expect(parseColour('color(srgb 1 0 0)').rgb).to.deep.equal([255, 0, 0]);
    expect(parseColour('oklab(1 0 0)').rgb.map(Math.round)).to.deep.equal([255, 255, 255]);
  });

  it('composites half-transparent backgrounds up the tree, through a shadow root', () => {
    const outer = document.body.appendChild(document.createElement('div'));
    outer.style.background = '#000000';
    const host = outer.appendChild(document.createElement('div'));
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('p'));
    inner.style.background = 'rgba(255, 255, 255, 0.5)';
    expect(backgroundBehind(inner).map(Math.round)).to.deep.equal([128, 128, 128]);
    outer.remove();
  });
});

for (const scheme of ['light', 'dark'] as const satisfies readonly Scheme[]) {
  describe(`colour contrast in the ${scheme} scheme, measured from the rendered widgets`, function () {
    // Every widget in its busiest state, measured element by element, and axe over all of it: give a busy machine time.
    this.timeout(60000);
    let page: HTMLElement;
    let pairs: Pair[];

    before(async () => {
      // color-scheme="auto": the widgets follow the visitor's setting, emulated here.
      await media({ 'prefers-color-scheme': scheme });
      page = await everyWidget(scheme);
      pairs = linkworkElements(page).flatMap(colourPairs);
    });
    after(async () => {
      page.remove();
      await media({});
    });

    it(`draws every widget in the ${scheme} scheme`, () => {
      const expected = scheme === 'dark' ? 'rgb(230, 237, 243)' : 'rgb(31, 35, 40)';
      for (const tag of widgetTags) expect(getComputedStyle(page.querySelector(tag)!).color, tag).to.equal(expected);
    });

    it('measures text, controls and graphics in every widget and in the feed’s own message', () => {
      const where = new Set(pairs.map((pair) => `${pair.kind} ${pair.where.split(' ')[0]}`));
      for (const tag of widgetTags) {
        expect(where, tag).to.include(`text ${tag}`);
        expect(where, tag).to.include(`control ${tag}`);
      }
      expect(where).to.include('text lw-feed');
      expect(where).to.include('graphic lw-network-finder');
      expect(pairs.filter((pair) => pair.kind === 'text').length).to.be.greaterThan(200);
    });

    it('keeps every text at 4.5:1 on its background (3:1 when large)', () => {
      expect(failing(pairs.filter((pair) => pair.kind === 'text'))).to.deep.equal([]);
    });

    it('keeps every control’s edge, checkbox, marker and key swatch at 3:1 on what is around it', () => {
      expect(failing(pairs.filter((pair) => pair.kind !== 'text'))).to.deep.equal([]);
    });

    it('gives everything Tab reaches a focus ring of 3:1 on this page and on any background', () => {
      const rings = linkworkElements(page).flatMap((element) =>
        focusableIn(element).map((control) => focusRing(element, control)),
      );
      for (const tag of widgetTags)
        expect(
          rings.some((ring) => ring.where.startsWith(tag)),
          tag,
        ).to.equal(true);
      const weak = rings
        .filter((ring) => ring.onThisPage < 3 || ring.onAnyBackground < 3)
        .map(
          (ring) =>
            `${ring.where}: ${ring.tones.join(' + ')}, ${ring.onThisPage}:1 here, ${ring.onAnyBackground}:1 at worst`,
        );
      expect(weak).to.deep.equal([]);
    });

    it('passes axe, colour contrast included', async () => {
      await expect(page).to.be.accessible();
    });
  });
}
