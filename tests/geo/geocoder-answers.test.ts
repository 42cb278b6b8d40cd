import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-network-finder.js';
import { GeocoderError, lookUpPostcode, type Geocoder } from '../../src/geo/geocoder.js';

/** A page's own geocoder whose service answers `name` from the test server's list of nonsense. */
const answering =
  (name: string): Geocoder =>
  async (_postcode, { signal } = {}) =>
    (await fetch(`/faults/geocoder/answer/${name}`, { signal })).json();

/** A page's own geocoder whose service never answers; it remembers the signal it was given. */
function silent(): Geocoder & { signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  const geocoder = async (_postcode: string, { signal }: { signal?: AbortSignal } = {}) => {
    signals.push(signal!);
    return (await fetch('/faults/geocoder/silent', { signal })).json();
  };
  return Object.assign(geocoder, { signals });
}

async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const { warn } = console;
  console.warn = (...args: unknown[]) => void lines.push(args.map((arg) => JSON.stringify(arg)).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return lines;
}

describe("lookUpPostcode: a page's own geocoder", () => {
  for (const name of ['strings', 'out-of-range', 'missing', 'not-an-object']) {
    it(`treats an answer that is not a place (${name}) as not found, and says so in the console`, async () => {
      let found: unknown = 'unset';
      const lines = await warningsDuring(async () => {
        found = await lookUpPostcode(answering(name), 'SW1A 1AA');
      });
      expect(found).to.equal(undefined);
      expect(lines).to.have.length(1);
      expect(lines[0]).to.contain("Linkwork: the geocoder's answer for SW1A 1AA is not a place");
    });
  }

  it('accepts a place with finite coordinates, naming it by the postcode when it has no label', async () => {
    expect(
      await lookUpPostcode(async () => ({ lat: 51.501, lng: -0.1416, label: 'SW1A 1AA' }), 'SW1A 1AA'),
    ).to.deep.equal({ lat: 51.501, lng: -0.1416, label: 'SW1A 1AA' });
    const unlabelled = (async () => ({ lat: -33.9, lng: 151.2 })) as unknown as Geocoder;
    expect(await lookUpPostcode(unlabelled, 'LS1 4AP')).to.deep.equal({ lat: -33.9, lng: 151.2, label: 'LS1 4AP' });
    expect(await lookUpPostcode(async () => undefined, 'LS1 4AP')).to.equal(undefined);
  });

  it('gives a geocoder that never answers the timeout, and aborts its request', async () => {
    const geocoder = silent();
    const started = performance.now();
    const error = await lookUpPostcode(geocoder, 'SW1A 1AA', { timeoutMs: 300 }).catch((reason: unknown) => reason);
    expect(error).to.be.instanceOf(GeocoderError);
    expect((error as Error).message).to.equal('The postcode service did not answer within 0.3 s.');
    expect(performance.now() - started).to.be.below(2000);
    expect(geocoder.signals[0]!.aborted).to.equal(true);
  });

  it('also stops waiting for one that ignores its signal', async () => {
    const deaf: Geocoder = () => new Promise(() => {});
    const error = await lookUpPostcode(deaf, 'SW1A 1AA', { timeoutMs: 200 }).catch((reason: unknown) => reason);
    expect(error).to.be.instanceOf(GeocoderError);
  });

  it('passes on the caller stopping the look-up, as an abort', async () => {
    const abort = new AbortController();
    const looking = lookUpPostcode(silent(), 'SW1A 1AA', { signal: abort.signal }).catch((reason: unknown) => reason);
    abort.abort();
    expect(((await looking) as DOMException).name).to.equal('AbortError');
  });
});

const placeMessage = (element: Element) => element.shadowRoot!.querySelector('.place-message')!.textContent!.trim();

async function lookUp(element: HTMLElement, postcode: string): Promise<void> {
  element.shadowRoot!.querySelector<HTMLInputElement>('input[name=postcode]')!.focus();
  await sendKeys({ type: postcode });
  await sendKeys({ press: 'Enter' });
}

describe("the widgets with a page's own geocoder", () => {
  it('say they could not find a postcode the geocoder answered with nonsense for', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const finder = await fixture<HTMLElement>(
      html`<lw-network-finder
        src="/tests/fixtures/networks-feed.json"
        no-cache
        tile-url=""
        .geocoder=${answering('strings')}
      ></lw-network-finder>`,
    );
    await waitUntil(() => finder.shadowRoot!.querySelector('.network-button'), 'no networks', { timeout: 10000 });
    await warningsDuring(async () => {
      await lookUp(finder, 'SW1A 1AA');
      await waitUntil(() => /could not find/.test(placeMessage(finder)), placeMessage(finder), { timeout: 5000 });
    });
    window.removeEventListener('error', onError);
    expect(placeMessage(finder)).to.equal(
      'We could not find the postcode SW1A 1AA. Check it, or try just the first part (for example SW1A).',
    );
    expect(errors).to.deep.equal([]);
  });

  it('say so in Welsh', async () => {
    const search = await fixture<HTMLElement>(
      html`<lw-activity-search
        lang="cy"
        src="/tests/fixtures/search-feed.json"
        no-cache
        .geocoder=${answering('out-of-range')}
      ></lw-activity-search>`,
    );
    await waitUntil(() => search.shadowRoot!.querySelector('input[name=postcode]'), 'no place finder');
    await warningsDuring(async () => {
      await lookUp(search, 'SW1A 1AA');
      await waitUntil(() => /SW1A 1AA\./.test(placeMessage(search)), placeMessage(search), { timeout: 5000 });
    });
    expect(placeMessage(search)).to.equal(
      'Ni allem ddod o hyd i’r cod post SW1A 1AA. Gwiriwch ef, neu rhowch y rhan gyntaf yn unig (er enghraifft SW1A).',
    );
  });

  it('stop "Looking up…" after 8 seconds of silence, and offer to try again', async () => {
    const search = await fixture<HTMLElement>(
      html`<lw-activity-search
        src="/tests/fixtures/search-feed.json"
        no-cache
        .geocoder=${silent()}
      ></lw-activity-search>`,
    );
    await waitUntil(() => search.shadowRoot!.querySelector('input[name=postcode]'), 'no place finder');
    const started = performance.now();
    await lookUp(search, 'SW1A 1AA');
    await waitUntil(() => placeMessage(search) === 'Looking up SW1A 1AA…', placeMessage(search));
    // Not before the 8 s; the wait's own limit says it was not much later (a loaded machine is late on timers).
    await waitUntil(() => placeMessage(search) !== 'Looking up SW1A 1AA…', 'still looking up', { timeout: 14000 });
    expect(performance.now() - started).to.be.at.least(7500);
    expect(placeMessage(search)).to.equal(
      'The postcode service is not answering just now. Please try again in a moment, or use your location.',
    );
  });
});
