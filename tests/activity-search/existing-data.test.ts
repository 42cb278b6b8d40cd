import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwActivitySearch } from '../../src/components/activity-search/activity-search.js';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { countText, findPostcode, part, parts } from './helpers.js';

/** What a visitor reads on one result card: its distance and each fact ("When", "Cost"…). */
function card(search: LwActivitySearch, title: string) {
  const item = parts(search, '[part="item"]').find(
    (li) => li.querySelector('[part="title"]')!.textContent!.trim() === title,
  );
  if (!item) throw new Error(`no result “${title}”`);
  const facts = Object.fromEntries(
    [...item.querySelectorAll('dt')].map((term) => [
      term.textContent!.trim(),
      term.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim(),
    ]),
  );
  return { distance: item.querySelector('[part="distance"]')?.textContent?.trim(), ...facts };
}

describe('<lw-activity-search> fed by an ORUK API and an OpenActive feed', () => {
  afterEach(() => localStorage.clear());

  it('shows the converted activities with their schedule, cost, ages, distance and categories', async () => {
    const feed = await fixture<LwFeed>(
      html` <lw-feed
        src="/adapters/oruk3/services"
        format="openreferral"
        no-cache
        .geocoder=${postcodesIo('/geocoder')}
      >
        <lw-source src="/adapters/openactive/feed" format="openactive"></lw-source>
        <lw-activity-search></lw-activity-search>
      </lw-feed>`,
    );
    const search = feed.querySelector<LwActivitySearch>('lw-activity-search')!;
    await waitUntil(() => /match/.test(countText(search)), 'no results', { timeout: 10000 });
    expect(countText(search)).to.equal('10 activities match');
    await findPostcode(search, 'LS1 4AP');
    // From ORUK 3.0: weekly byday + opens_at/closes_at (the free-text description only repeats them), a free cost option, minimum_age, taxonomy terms.
    expect(card(search, 'Chapeltown Community Garden')).to.deep.equal({
      distance: '1.6 miles away',
      When: 'Tuesdays and Thursdays 10:00–12:30',
      Cost: 'Free',
      Ages: '16 and over',
      Accessibility: 'Step-free access',
      Where: 'Reginald Terrace allotments, Reginald Terrace, Leeds, LS7 3EX',
      Categories: 'Gardening Nature and outdoors',
    });
    // From OpenActive: eventSchedule byDay as schema.org days, offers[].price, ageRange, accessibilitySupport, activity prefLabel.
    expect(card(search, 'Aquafit for Over 50s')).to.deep.equal({
      distance: '1.9 miles away',
      When: 'Mondays and Wednesdays 09:30–10:15',
      Cost: '£4.20 (Adult)',
      Ages: '50 and over',
      Accessibility: 'Step-free access',
      Where: 'Scott Hall Leisure Centre, Scott Hall Road, Leeds, LS7 3DT',
      Categories: 'Swimming',
    });
    // A series without its own schedule takes the times of the ScheduledSessions pointing at it.
    expect(card(search, 'Chair Yoga')).to.include({
      When: 'Tuesdays 10:00–11:00',
      Cost: 'Free',
      Categories: 'Fitness and exercise',
    });
    // In both sources, shown once: the ORUK record first, with the categories of both.
    expect(
      parts(search, '[part="title"]').filter((title) => /walking football/i.test(title.textContent!)),
    ).to.have.length(1);
    expect(card(search, 'Walking Football')).to.include({
      When: 'Thursdays 18:00–19:00',
      Cost: '£3 (per session)',
      Ages: '50 and over',
      Categories: 'Walking Football',
    });
    await expect(search).to.be.accessible();
  });

  it('shows a council’s rich-text descriptions as clean paragraphs, and places without coordinates as distance unknown', async () => {
    const feed = await fixture<LwFeed>(
      html`<lw-feed
        src="/adapters/council/services"
        format="openreferral"
        no-cache
        .geocoder=${postcodesIo('/geocoder')}
      >
        <lw-activity-search page-size="20"></lw-activity-search>
      </lw-feed>`,
    );
    const search = feed.querySelector<LwActivitySearch>('lw-activity-search')!;
    await waitUntil(() => /match/.test(countText(search)), 'no results', { timeout: 10000 });
    expect(countText(search)).to.equal('6 activities match');
    const knit = parts(search, '[part="item"]').find((item) => item.textContent!.includes('Knit & Natter'))!;
    expect([...knit.querySelectorAll<HTMLElement>('p.description')].map((p) => p.innerText.trim())).to.deep.equal([
      'Knit & Natter at Ashby Library',
      "Bring your needles – or borrow ours. We're a friendly group & beginners are welcome.",
      'Each session:',
      '• Tea & biscuits\n• Help with patterns',
    ]);
    expect(card(search, 'Knit & Natter')).to.include({ 'How to join': 'Drop-in', Ages: '18 and over' });
    expect(card(search, 'Online Wellbeing Café')).to.include({ Where: 'Online' });
    const shown = part(search, '[part="list"]').textContent!;
    expect(shown).not.to.match(/<\/?[a-z]+|&[a-z]+;|&#\d+;/i);

    await findPostcode(search, 'LS1 4AP');
    const order = parts(search, '[part="title"]').map((title) => title.textContent!.trim());
    // Measured places first, nearest first; then the places with only an address; then the online café.
    expect(order.slice(0, 2).sort()).to.deep.equal(['Health Walk', 'Knit & Natter']);
    expect(card(search, 'Pottery for Wellbeing').distance).to.equal('Distance unknown');
    expect(card(search, 'Community Garden').distance).to.equal('Distance unknown');
    expect(card(search, 'Online Wellbeing Café').distance).to.equal(undefined);
    expect(order.indexOf('Pottery for Wellbeing')).to.be.greaterThan(1);
    await expect(search).to.be.accessible();
  });

  it('says “distance unknown” in Welsh', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="cy">
        <lw-feed src="/adapters/council/services" format="openreferral" no-cache .geocoder=${postcodesIo('/geocoder')}>
          <lw-activity-search page-size="20"></lw-activity-search>
        </lw-feed>
      </div>`,
    );
    const search = page.querySelector<LwActivitySearch>('lw-activity-search')!;
    await waitUntil(() => /cyfateb/.test(countText(search)), 'no results', { timeout: 10000 });
    await findPostcode(search, 'LS1 4AP');
    expect(card(search, 'Pottery for Wellbeing').distance).to.equal('Pellter yn anhysbys');
  });
});
