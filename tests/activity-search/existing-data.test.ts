import { expect, fixture, html } from '@open-wc/testing';
import type { LwActivitySearch } from '../../src/components/activity-search/activity-search.js';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { SearchHarness } from './harness.js';

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
    const search = await new SearchHarness(feed.querySelector<LwActivitySearch>('lw-activity-search')!).ready();
    expect(search.count()).to.equal('10 activities match');
    await search.findPostcode('LS1 4AP');
    // From ORUK 3.0: weekly byday + opens_at/closes_at (the free-text description only repeats them), a free cost option, minimum_age, taxonomy terms.
    expect(search.factsOf('Chapeltown Community Garden')).to.deep.equal({
      distance: '1.6 miles away',
      When: 'Tuesdays and Thursdays 10:00–12:30',
      Cost: 'Free',
      Ages: '16 and over',
      Accessibility: 'Step-free access',
      Where: 'Reginald Terrace allotments, Reginald Terrace, Leeds, LS7 3EX',
      Categories: 'Gardening Nature and outdoors',
    });
    // From OpenActive: eventSchedule byDay as schema.org days, offers[].price, ageRange, accessibilitySupport, activity prefLabel.
    expect(search.factsOf('Aquafit for Over 50s')).to.deep.equal({
      distance: '1.9 miles away',
      When: 'Mondays and Wednesdays 09:30–10:15',
      Cost: '£4.20 (Adult)',
      Ages: '50 and over',
      Accessibility: 'Step-free access',
      Where: 'Scott Hall Leisure Centre, Scott Hall Road, Leeds, LS7 3DT',
      Categories: 'Swimming',
    });
    // A series without its own schedule takes the times of the ScheduledSessions pointing at it.
    expect(search.factsOf('Chair Yoga')).to.include({
      When: 'Tuesdays 10:00–11:00',
      Cost: 'Free',
      Categories: 'Fitness and exercise',
    });
    // In both sources, shown once: the ORUK record first, with the categories of both.
    expect(search.titles().filter((title) => /walking football/i.test(title))).to.have.length(1);
    expect(search.factsOf('Walking Football')).to.include({
      When: 'Thursdays 18:00–19:00',
      Cost: '£3 (per session)',
      Ages: '50 and over',
      Categories: 'Walking Football',
    });
    await expect(search.element).to.be.accessible();
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
    const search = await new SearchHarness(feed.querySelector<LwActivitySearch>('lw-activity-search')!).ready();
    expect(search.count()).to.equal('6 activities match');
    expect(search.descriptionOf('Knit & Natter')).to.deep.equal([
      'Knit & Natter at Ashby Library',
      "Bring your needles – or borrow ours. We're a friendly group & beginners are welcome.",
      'Each session:',
      '• Tea & biscuits\n• Help with patterns',
    ]);
    expect(search.factsOf('Knit & Natter')).to.include({ 'How to join': 'Drop-in', Ages: '18 and over' });
    expect(search.factsOf('Online Wellbeing Café')).to.include({ Where: 'Online' });
    expect(search.listText()).not.to.match(/<\/?[a-z]+|&[a-z]+;|&#\d+;/i);

    await search.findPostcode('LS1 4AP');
    const order = search.titles();
    // Nothing lies within 10 miles of Leeds: the online café first (joined from home), then the measured places
    // nearest first, then the places with only an address.
    expect(search.groups().nothingNear).to.equal('Nothing within 10 miles of LS1 4AP. The nearest are…');
    expect(order[0]).to.equal('Online Wellbeing Café');
    expect(order.slice(1, 3).sort()).to.deep.equal(['Health Walk', 'Knit & Natter']);
    expect(search.factsOf('Pottery for Wellbeing').distance).to.equal('Distance unknown');
    expect(search.factsOf('Community Garden').distance).to.equal('Distance unknown');
    expect(search.factsOf('Online Wellbeing Café').distance).to.equal(undefined);
    expect(order.indexOf('Pottery for Wellbeing')).to.be.greaterThan(2);
    await expect(search.element).to.be.accessible();
  });

  it('says “distance unknown” in Welsh', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="cy">
        <lw-feed src="/adapters/council/services" format="openreferral" no-cache .geocoder=${postcodesIo('/geocoder')}>
          <lw-activity-search page-size="20"></lw-activity-search>
        </lw-feed>
      </div>`,
    );
    const search = await new SearchHarness(page.querySelector<LwActivitySearch>('lw-activity-search')!).ready();
    await search.findPostcode('LS1 4AP');
    expect(search.factsOf('Pottery for Wellbeing').distance).to.equal('Pellter yn anhysbys');
  });
});
