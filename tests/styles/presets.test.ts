import { expect, waitUntil } from '@open-wc/testing';
import { framePage } from '../helpers/frame.js';
import { colourPairs, focusableIn, focusRing, parseColour } from './contrast.js';
import { widgetTags, type FeedElement } from './page.js';

/** What each preset promises, as the browser computes it. */
const presets = {
  govuk: {
    font: '"GDS Transport", arial, sans-serif',
    text: '#0b0c0c',
    link: '#1d70b8',
    inputBorder: '#0b0c0c',
    radius: '0px',
    focus: ['#ffdd00', '#0b0c0c'],
  },
  nhsuk: {
    font: '"Frutiger W01", arial, sans-serif',
    text: '#212b32',
    link: '#005eb8',
    inputBorder: '#4c6272',
    radius: '4px',
    focus: ['#ffeb3b', '#212b32'],
  },
  // The demo's stand-in council sets --color-accent to its own green: the preset follows it.
  localgov: {
    font: 'roboto, oxygen, ubuntu, cantarell, "Open Sans", "Helvetica Neue", sans-serif',
    text: '#0b0c0c',
    link: '#1b5e20',
    inputBorder: '#505a5f',
    radius: '0px',
    focus: ['#ffdd00', '#0b0c0c'],
  },
};

const hexOf = (colour: string) =>
  `#${parseColour(colour)
    .rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0'))
    .join('')}`;

async function openPresetPage(url: string): Promise<Document> {
  const iframe = await framePage(url);
  const page = iframe.contentDocument!;
  const feed = () => page.querySelector<FeedElement>('lw-feed')?.store;
  await waitUntil(() => feed()?.state.status === 'ready', 'the sample feed never loaded', { timeout: 15000 });
  // One activity saved, so the list shows its buttons and note too.
  feed()!.save(feed()!.state.feed.activities[0].id);
  await waitUntil(
    () => widgetTags.every((tag) => page.querySelector(tag)?.shadowRoot?.querySelector('button, input')),
    'not every widget showed its controls',
    { timeout: 15000 },
  );
  return page;
}

const inside = (page: Document, tag: string, selector: string) =>
  page.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('design-system presets on the demo pages', function () {
  // Each page loads a design system, the CDN script and a map: give a busy machine time.
  this.timeout(60000);
  for (const [name, promised] of Object.entries(presets)) {
    describe(`demo/presets/${name}.html`, () => {
      let page: Document;
      before(async () => {
        page = await openPresetPage(`/demo/presets/${name}.html`);
      });
      after(() => page.defaultView!.frameElement!.remove());

      it('dresses every widget in the design system’s font and text colour', () => {
        for (const tag of widgetTags) {
          const style = getComputedStyle(page.querySelector(tag)!);
          expect(style.fontFamily, tag).to.equal(promised.font);
          expect(hexOf(style.color), tag).to.equal(promised.text);
        }
      });

      it('uses its link colour, input border and corners', () => {
        const search = page.querySelector('lw-activity-search')!;
        const link = search.shadowRoot!.querySelector('a')!;
        const input = search.shadowRoot!.querySelector('input')!;
        expect(hexOf(getComputedStyle(link).color)).to.equal(promised.link);
        expect(hexOf(getComputedStyle(input).borderTopColor)).to.equal(promised.inputBorder);
        expect(getComputedStyle(input).borderTopLeftRadius).to.equal(promised.radius);
      });

      it('draws its own focus style: a yellow band, then a dark one', () => {
        const input = inside(page, 'lw-activity-search', 'input');
        input.focus({ focusVisible: true } as FocusOptions);
        const shadow = getComputedStyle(input).boxShadow;
        const tones = [...shadow.matchAll(/rgba?\([^)]*\)/g)].map((match) => hexOf(match[0]));
        expect(tones).to.deep.equal(promised.focus);
        expect(parseColour(getComputedStyle(input).outlineColor).alpha).to.equal(0);
      });

      it('keeps every colour pair and focus ring at the contrast WCAG asks', () => {
        const elements = widgetTags.map((tag) => page.querySelector(tag)!);
        const weak = elements
          .flatMap(colourPairs)
          .filter((pair) => pair.ratio < pair.needed)
          .map((pair) => `${pair.where}: ${pair.foreground} on ${pair.background} is ${pair.ratio}:1`);
        expect(weak).to.deep.equal([]);
        const rings = elements.flatMap((element) => focusableIn(element).map((control) => focusRing(element, control)));
        expect(rings.length).to.be.greaterThan(50);
        expect(rings.filter((ring) => ring.onThisPage < 3 || ring.onAnyBackground < 3)).to.deep.equal([]);
      });
    });
  }

  it('ships each preset as it is written in dist/presets, exported as linkwork/presets/*.css and kept by bundlers', async () => {
    const manifest = await (await fetch('/package.json')).json();
    expect(manifest.exports['./presets/*.css']).to.equal('./dist/presets/*.css');
    expect(manifest.sideEffects).to.include('./dist/presets/*.css');
    for (const name of Object.keys(presets)) {
      const shipped = await fetch(`/dist/presets/${name}.css`);
      expect(shipped.status, name).to.equal(200);
      expect(await shipped.text(), name).to.equal(await (await fetch(`/src/styles/presets/${name}.css`)).text());
    }
  });

  it('without a preset, gives the widgets on a GOV.UK page a sans-serif font, not the browser’s serif', async () => {
    const page = await openPresetPage('/demo/presets/govuk.html?preset=none');
    expect(page.getElementById('preset')).to.equal(null);
    // GOV.UK Frontend 5 sets no font on body: the page's own default is the browser's serif.
    expect(getComputedStyle(page.body).fontFamily).to.not.include('sans');
    for (const tag of widgetTags)
      expect(getComputedStyle(page.querySelector(tag)!).fontFamily, tag).to.match(/^system-ui,.*sans-serif$/);
    page.defaultView!.frameElement!.remove();
  });
});
