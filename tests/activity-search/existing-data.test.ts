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
    expect(search.count()).to.equal('8 activities match');
    await search.findPostcode('LS1 4AP');
    // From ORUK 3.0: weekly byday + opens_at/closes_at with its free-text description, a free cost option, minimum_age, taxonomy terms.
    expect(search.factsOf('Chapeltown Community Garden')).to.deep.equal({
      distance: '1.6 miles away',
      When: 'Tuesdays and Thursdays 10:00–12:30 (Tuesdays and Thursdays, 10am to 12.30pm)',
      Cost: 'Free (Everyone, Free)',
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
});
