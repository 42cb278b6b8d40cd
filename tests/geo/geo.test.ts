import { expect } from '@open-wc/testing';
import type { Network } from '../../src/feed/schema.js';
import { networkCovers } from '../../src/geo/coverage.js';
import { distanceKm } from '../../src/geo/distance.js';
import { GeocoderError, postcodesIo } from '../../src/geo/geocoder.js';
import { parsePostcode } from '../../src/geo/postcode.js';
import { inUk } from '../../src/geo/uk.js';

const london = { lat: 51.501, lng: -0.1416 };
const manchester = { lat: 53.4794, lng: -2.2453 };

describe('distanceKm', () => {
  it('measures London to Manchester as about 262 km', () => {
    expect(distanceKm(london, manchester)).to.be.within(260, 264);
  });
  it('is zero from a place to itself', () => {
    expect(distanceKm(london, london)).to.equal(0);
  });
});

describe('parsePostcode', () => {
  it('tidies every postcode shape Royal Mail uses', () => {
    expect(parsePostcode('sw1a1aa')).to.deep.equal({ postcode: 'SW1A 1AA', outward: 'SW1A', full: true });
    expect(parsePostcode(' M1 1ae ')).to.deep.equal({ postcode: 'M1 1AE', outward: 'M1', full: true });
    expect(parsePostcode('CF10 1EP')?.postcode).to.equal('CF10 1EP');
    expect(parsePostcode('W1A 0AX')?.postcode).to.equal('W1A 0AX');
    expect(parsePostcode('gir 0aa')?.postcode).to.equal('GIR 0AA');
  });
  it('accepts an outward code alone', () => {
    expect(parsePostcode('ls1')).to.deep.equal({ postcode: 'LS1', outward: 'LS1', full: false });
  });
  it('refuses foreign postal codes, town names and junk', () => {
    for (const text of ['75008', 'D02 X285', 'Leeds', '1AA SW1A', '', 'SW1A 1A'])
      expect(parsePostcode(text), text).to.equal(undefined);
  });
});

describe('inUk', () => {
  it('knows Great Britain, Northern Ireland and Shetland', () => {
    for (const point of [
      london,
      manchester,
      { lat: 50.1186, lng: -5.5371 },
      { lat: 54.597, lng: -5.93 },
      { lat: 60.155, lng: -1.145 },
    ]) {
      expect(inUk(point), JSON.stringify(point)).to.equal(true);
    }
  });
  it('knows Paris, Dublin and Jersey are not in it', () => {
    for (const point of [
      { lat: 48.857, lng: 2.352 },
      { lat: 53.35, lng: -6.26 },
      { lat: 49.21, lng: -2.13 },
    ]) {
      expect(inUk(point), JSON.stringify(point)).to.equal(false);
    }
  });
});

describe('networkCovers', () => {
  const square: Network = {
    id: 'square',
    name: 'Square',
    scope: 'local',
    coverage: {
      type: 'Polygon',
      coordinates: [
        [
          [-1, 51],
          [1, 51],
          [1, 52],
          [-1, 52],
          [-1, 51],
        ],
      ],
    },
  } as Network;
  const islands: Network = {
    ...square,
    coverage: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [-3, 53],
            [-2, 53],
            [-2, 54],
            [-3, 54],
            [-3, 53],
          ],
        ],
        [
          [
            [0, 50],
            [0.5, 50],
            [0.5, 50.5],
            [0, 50],
          ],
        ],
      ],
    },
  } as Network;
  const circle = { ...square, coverage: { radiusKm: 10 }, location: { lat: 53.48, lng: -2.24 } } as Network;
  const national = { ...square, coverage: 'national' } as Network;

  it('includes points inside a polygon and on its edge, not outside', () => {
    expect(networkCovers(square, london)).to.equal(true);
    expect(networkCovers(square, { lat: 51, lng: 0 })).to.equal(true);
    expect(networkCovers(square, manchester)).to.equal(false);
  });
  it('includes points inside any part of a multipolygon', () => {
    expect(networkCovers(islands, manchester)).to.equal(true);
    expect(networkCovers(islands, london)).to.equal(false);
  });
  it('measures a radius from the network’s location', () => {
    expect(networkCovers(circle, manchester)).to.equal(true);
    expect(networkCovers(circle, { lat: 53.8, lng: -1.55 })).to.equal(false);
  });
  it('covers all of the UK, and nowhere else, when national', () => {
    expect(networkCovers(national, manchester)).to.equal(true);
    expect(networkCovers(national, { lat: 48.857, lng: 2.352 })).to.equal(false);
  });
});

describe('postcodesIo (against the fake service)', () => {
  it('finds a full postcode', async () => {
    const found = await postcodesIo('/geocoder')('sw1a1aa');
    expect(found).to.deep.equal({ lat: 51.501, lng: -0.1416, label: 'SW1A 1AA' });
  });
  it('falls back to the outward code for an unknown full postcode', async () => {
    const found = await postcodesIo('/geocoder')('M1 9ZZ');
    expect(found).to.deep.equal({ lat: 53.4794, lng: -2.2453, label: 'M1' });
  });
  it('answers undefined for an unknown postcode', async () => {
    expect(await postcodesIo('/geocoder')('ZZ9 9ZZ')).to.equal(undefined);
  });
  it('fails with a GeocoderError when the service fails or is too slow', async () => {
    for (const geocoder of [postcodesIo('/geocoder-broken'), postcodesIo('/geocoder-slow', 300)]) {
      const error = await geocoder('SW1A 1AA').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(GeocoderError);
    }
  });
});
