import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LocateEvent } from '../../src/events/locate-event.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import {
  checkbox,
  chips,
  choose,
  countText,
  feedUrl,
  findPostcode,
  focused,
  part,
  parts,
  searchWidget,
  titles,
  typeQuery,
} from './helpers.js';

const all = html`<lw-activity-search
  src=${feedUrl}
  no-cache
  page-size="20"
  .geocoder=${postcodesIo('/geocoder')}
></lw-activity-search>`;
const ids = (element: HTMLElement) => parts(element, '[part="item"]').map((item) => item.dataset.id);

describe('<lw-activity-search>: filters', () => {
  it('filters by category, showing how many each category would give', async () => {
    const element = await searchWidget(all);
    expect(checkbox(element, 'Gardening').parentElement!.textContent!.trim()).to.equal('Gardening (2)');
    expect(checkbox(element, 'Sport and exercise').parentElement!.textContent!.trim()).to.equal(
      'Sport and exercise (2)',
    );
    checkbox(element, 'Music').click();
    checkbox(element, 'Dance').click();
    await element.updateComplete;
    expect(ids(element)).to.deep.equal(['choir', 'dance']);
    expect(chips(element)).to.deep.equal(['Music', 'Dance']);
    expect(countText(element)).to.equal('2 activities match');
    // Counts follow the other filters, not the category one itself.
    checkbox(element, 'Tuesday').click();
    await element.updateComplete;
    expect(checkbox(element, 'Gardening').parentElement!.textContent!.trim()).to.equal('Gardening (1)');
    expect(ids(element)).to.deep.equal(['dance']);
  });

  it('filters by day and time of day, in one session', async () => {
    const element = await searchWidget(all);
    checkbox(element, 'Tuesday').click();
    checkbox(element, 'Morning').click();
    await element.updateComplete;
    expect(ids(element)).to.deep.equal(['garden-club', 'dance']);
    expect(chips(element)).to.deep.equal(['Tuesday', 'Morning']);
  });

  it('filters by cost: free only, or up to an amount', async () => {
    const element = await searchWidget(all);
    await choose(element, 'filter-cost', 'free');
    expect(ids(element)).to.not.include.members(['gentle-swim', 'paint-online', 'craft-cafe']);
    expect(ids(element)).to.have.length(7);
    expect(chips(element)).to.deep.equal(['Free only']);
    await choose(element, 'filter-cost', '2');
    expect(ids(element)).to.include('paint-online').and.not.include('craft-cafe');
    expect(chips(element)).to.deep.equal(['Up to £2']);
  });

  it('filters by age, access needs and online or in person', async () => {
    const element = await searchWidget(all);
    const age = part<HTMLInputElement>(element, '#filter-age');
    age.focus();
    await sendKeys({ type: '55' });
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect(ids(element)).to.include('gentle-swim').and.not.include('museum');
    expect(chips(element)).to.deep.equal(['Age 55']);
    checkbox(element, 'Hearing loop').click();
    await element.updateComplete;
    expect(ids(element)).to.deep.equal(['gentle-swim']);
    part<HTMLButtonElement>(element, '.clear-all').click();
    await element.updateComplete;
    await choose(element, 'filter-mode', 'online');
    expect(ids(element)).to.deep.equal(['volunteer-befriending', 'paint-online']);
    expect(chips(element)).to.deep.equal(['Online']);
  });

  it('measures distances from a postcode, sorts nearest first and filters by distance', async () => {
    const element = await searchWidget(all);
    const located = oneEvent(element, 'lw-locate') as unknown as Promise<LocateEvent>;
    await findPostcode(element, 'LS1 4AP');
    expect((await located).place).to.deep.equal({ lat: 53.7997, lng: -1.5492, label: 'LS1 4AP', source: 'postcode' });
    expect(ids(element).slice(0, 4)).to.deep.equal(['tea-talk', 'craft-cafe', 'garden-club', 'adult-swim']);
    expect(part(element, '[part="distance"]').textContent).to.equal('0.1 miles away');
    await choose(element, 'filter-distance', '1');
    expect(ids(element)).to.deep.equal(['tea-talk', 'craft-cafe', 'garden-club']);
    expect(chips(element)).to.deep.equal(['Within 1 mile']);
    // With no query there is nothing to match: "Best match" is nearest first too (issue 11; was feed order).
    await choose(element, 'sort', 'relevance');
    expect(ids(element)).to.deep.equal(['tea-talk', 'craft-cafe', 'garden-club']);
    await expect(element).to.be.accessible();
    part(element, '.place-current button').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(parts(element, '[part="distance"]')).to.have.length(0);
    expect(chips(element)).to.deep.equal([]);
    expect(focused(element)).to.equal(part(element, '#place-postcode'));
  });

  it('gives distances in kilometres with units="km"', async () => {
    const element = await searchWidget(
      html`<lw-activity-search
        src=${feedUrl}
        no-cache
        units="km"
        .geocoder=${postcodesIo('/geocoder')}
      ></lw-activity-search>`,
    );
    await findPostcode(element, 'LS1 4AP');
    expect(part(element, '[part="distance"]').textContent).to.equal('0.1 km away');
    expect(
      [...part<HTMLSelectElement>(element, '#filter-distance').options].map((option) => option.text),
    ).to.deep.equal(['Any distance', 'Within 1 km', 'Within 3 km', 'Within 5 km', 'Within 10 km']);
  });

  it('explains an unknown postcode and a failing postcode service', async () => {
    const element = await searchWidget(all);
    const input = part<HTMLInputElement>(element, '#place-postcode');
    input.focus();
    await sendKeys({ type: 'ZZ9 9ZZ' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => /could not find the postcode ZZ9 9ZZ/.test(part(element, '.place-message').textContent!),
      part(element, '.place-message').textContent!,
    );
    element.geocoder = postcodesIo('/geocoder-broken');
    input.value = 'M1 1AE';
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => /not answering/.test(part(element, '.place-message').textContent!),
      part(element, '.place-message').textContent!,
    );
    expect(parts(element, '[part="distance"]')).to.have.length(0);
  });

  it('removes a chip with the keyboard, moving focus to the next chip, then clears all', async () => {
    const element = await searchWidget(all);
    checkbox(element, 'Gardening').click();
    checkbox(element, 'Arts and crafts').click();
    checkbox(element, 'Friday').click();
    await element.updateComplete;
    expect(chips(element)).to.deep.equal(['Gardening', 'Arts and crafts', 'Friday']);
    expect(part(element, '[part="chip"]').getAttribute('aria-label')).to.equal('Remove filter: Gardening');
    part(element, '[part="chip"]').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(chips(element)).to.deep.equal(['Arts and crafts', 'Friday']);
    expect(focused(element)?.textContent).to.contain('Arts and crafts');
    part(element, '.clear-all').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(chips(element)).to.deep.equal([]);
    expect(focused(element)).to.equal(part(element, '#search-input'));
    expect(countText(element)).to.equal('12 activities match');
  });

  it('combines a query with filters', async () => {
    const element = await searchWidget(all);
    await typeQuery(element, 'swimming', true);
    checkbox(element, 'Wednesday').click();
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Swimming lessons for adults']);
  });
});
