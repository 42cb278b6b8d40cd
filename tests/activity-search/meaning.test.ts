import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/lw-feed.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { feedUrl, SearchHarness } from './harness.js';

/** A London calendar date `days` from now, as a feed writes it. */
const londonDate = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));

describe('<lw-activity-search>: the box understands filter words (issue 11.6)', () => {
  it('offers free and a day typed in the box as filters, one press each, announced', async () => {
    const search = await SearchHarness.open();
    await search.type('free tuesday', true);
    expect(search.typedOffers()).to.deep.equal(['Add filter: Free only', 'Add filter: Tuesday']);
    await expect(search.element).to.be.accessible();
    await search.takeOffer('Add filter: Tuesday');
    expect(search.chips()).to.deep.equal(['Tuesday']);
    expect(search.typed()).to.equal('free');
    expect(search.typedOffers()).to.deep.equal(['Add filter: Free only']);
    expect(search.focused()).to.equal('Add filter: Free only');
    await search.takeOffer('Add filter: Free only');
    expect(search.chips()).to.deep.equal(['Tuesday', 'Free only']);
    expect(search.typed()).to.equal('');
    expect(search.count()).to.equal('2 activities match');
    expect(search.focused()).to.equal('search box');
    await search.heard('Filter added: Free only. 2 activities match');
  });

  it('offers weekend, times of day and online, and leaves ordinary words alone', async () => {
    const search = await SearchHarness.open();
    await search.type('painting online weekday evenings', true);
    expect(search.typedOffers()).to.deep.equal(['Add filter: Online', 'Add filter: Weekdays', 'Add filter: Evening']);
    await search.type('gardening', true);
    expect(search.typedOffers()).to.deep.equal([]);
    await search.type('walk this weekend', true);
    expect(search.typedOffers()).to.deep.equal(['Add filter: Weekends']);
    await search.takeOffer('Add filter: Weekends');
    expect(search.chips()).to.deep.equal(['Weekends']);
    expect(search.typed()).to.equal('walk');
  });

  it('offers a postcode typed in the box as the place', async () => {
    const search = await SearchHarness.open();
    await search.type('choir LS1 4AP', true);
    expect(search.typedOffers()).to.deep.equal(['Use LS1 4AP as your place']);
    await search.takeOffer('Use LS1 4AP as your place');
    await search.waitForPlace('LS1 4AP');
    expect(search.typed()).to.equal('choir');
    expect(search.titles()).to.deep.equal(['Choir for wellbeing']);
    expect(search.typedOffers()).to.deep.equal([]);
  });

  it('offers filter words in Welsh', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="cy">
        <lw-activity-search src=${feedUrl} no-cache .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>
      </div>`,
    );
    const search = await new SearchHarness(page.querySelector('lw-activity-search')!).ready();
    await search.type('canu am ddim nos Fawrth', true);
    expect(search.typedOffers()).to.deep.equal([
      'Ychwanegu hidlydd: Am ddim yn unig',
      'Ychwanegu hidlydd: Dydd Mawrth noswaith',
    ]);
    await expect(search.element).to.be.accessible();
  });

  it('has Weekdays and Weekends shortcuts in the day filter, each shown as one chip', async () => {
    const search = await SearchHarness.open();
    await search.tick('Weekdays');
    expect(search.chips()).to.deep.equal(['Weekdays']);
    expect(search.count()).to.equal('10 activities match');
    await search.tick('Monday');
    expect(search.chips()).to.deep.equal(['Tuesday', 'Wednesday', 'Thursday', 'Friday']);
    await search.tick('Monday');
    await search.tick('Weekends');
    expect(search.chips()).to.deep.equal(['Weekdays', 'Weekends']);
    await search.removeChip(0);
    expect(search.chips()).to.deep.equal(['Weekends']);
    expect(search.count()).to.equal('2 activities match');
    await expect(search.element).to.be.accessible();
  });
});

describe('<lw-activity-search>: near means near (issue 11.5)', () => {
  it('puts the results within 10 miles first, under their own heading', async () => {
    const search = await SearchHarness.open();
    await search.findPostcode('LS1 4AP');
    expect(search.groups()).to.deep.equal({
      nothingNear: '',
      headings: ['Within 10 miles of LS1 4AP', 'Further than 10 miles'],
    });
    expect(search.titles().slice(0, 6).sort()).to.deep.equal(
      [
        'Community gardening club',
        'Craft café',
        'Painting together online',
        'Swimming lessons for adults',
        'Tea & talk',
        'Volunteer befriending',
      ].sort(),
    );
    await expect(search.element).to.be.accessible();
    await search.choose('filter-distance', '10');
    expect(search.groups().headings).to.deep.equal([]);
  });

  it('says when nothing lies within the radius, and groups the nearest under their own heading', async () => {
    const search = await SearchHarness.open();
    await search.findPostcode('EH1 1YZ');
    expect(search.groups()).to.deep.equal({
      nothingNear: 'Nothing within 10 miles of EH1 1YZ. The nearest are…',
      headings: ['Online', 'Further than 10 miles'],
    });
    await expect(search.element).to.be.accessible();
  });

  it('takes its radius from near-radius, in the widget’s units', async () => {
    const search = await SearchHarness.open(
      html`<lw-activity-search
        src=${feedUrl}
        no-cache
        near-radius="1"
        units="km"
        .geocoder=${postcodesIo('/geocoder')}
      ></lw-activity-search>`,
    );
    await search.findPostcode('LS1 4AP');
    expect(search.groups().headings).to.deep.equal(['Within 1 km of LS1 4AP', 'Further than 1 km']);
    await search.type('swimming', true);
    expect(search.groups()).to.deep.equal({
      nothingNear: 'Nothing within 1 km of LS1 4AP. The nearest are…',
      headings: ['Further than 1 km'],
    });
  });

  it('says nothing is near in Welsh', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="cy">
        <lw-activity-search src=${feedUrl} no-cache .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>
      </div>`,
    );
    const search = await new SearchHarness(page.querySelector('lw-activity-search')!).ready();
    await search.findPostcode('EH1 1YZ');
    expect(search.groups()).to.deep.equal({
      nothingNear: 'Dim byd o fewn 10 milltir i EH1 1YZ. Dyma’r agosaf…',
      headings: ['Ar-lein', 'Ymhellach na 10 milltir'],
    });
  });
});

describe('<lw-activity-search>: ways out of an empty search (issue 11.7)', () => {
  it('offers “Did you mean” from the feed’s own words, with its count', async () => {
    const search = await SearchHarness.open();
    await search.tick('Monday');
    await search.type('swimmmmming', true);
    expect(search.waysOut()).to.deep.equal([
      'Did you mean “swimming”? 1 activity',
      'Clear the search',
      'Remove Monday: 0 activities',
    ]);
    await expect(search.element).to.be.accessible();
    await search.takeWayOut('did-you-mean');
    expect(search.titles()).to.deep.equal(['Gentle swimming']);
    expect(search.typed()).to.equal('swimming');
  });

  it('offers the categories nearest the query and the count each filter’s removal gives', async () => {
    const search = await SearchHarness.open();
    await search.tick('Wednesday');
    await search.type('yoga', true);
    expect(search.count()).to.equal('0 activities match');
    expect(search.waysOut()).to.deep.equal([
      'Look in Sport and exercise: 1 activity',
      'Clear the search',
      'Remove Wednesday: 2 activities',
    ]);
    await search.takeWayOut('look-in:sport');
    expect(search.typed()).to.equal('');
    expect(search.chips()).to.deep.equal(['Sport and exercise', 'Wednesday']);
    expect(search.titles()).to.deep.equal(['Swimming lessons for adults']);
  });

  it('says its ways out in Welsh', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="cy"><lw-activity-search src=${feedUrl} no-cache></lw-activity-search></div>`,
    );
    const search = await new SearchHarness(page.querySelector('lw-activity-search')!).ready();
    await search.tick('Dydd Mercher');
    await search.type('yoga', true);
    expect(search.waysOut()).to.deep.equal([
      'Edrych yn Sport and exercise: 1 gweithgaredd',
      'Clirio’r chwiliad',
      'Tynnu Dydd Mercher: 2 gweithgaredd',
    ]);
  });
});

describe('<lw-activity-search>: when (issue 12.5)', () => {
  it('filters by when activities next meet: today, tomorrow, this week, this weekend, next 7 days', async () => {
    const feed = {
      version: 1,
      activities: [
        { id: 'soon', title: 'Soon', schedule: [{ days: [], frequency: 'once', date: londonDate(3), start: '10:00' }] },
        {
          id: 'later',
          title: 'Later',
          schedule: [{ days: [], frequency: 'once', date: londonDate(30), start: '10:00' }],
        },
      ],
    };
    const search = await SearchHarness.inFeed(feed);
    expect(search.options('filter-when')).to.deep.equal([
      'Any time',
      'Today',
      'Tomorrow',
      'This week',
      'This weekend',
      'Next 7 days',
    ]);
    await search.choose('filter-when', 'next-7-days');
    expect(search.titles()).to.deep.equal(['Soon']);
    expect(search.chips()).to.deep.equal(['Next 7 days']);
    await search.choose('filter-when', 'tomorrow');
    expect(search.titles()).to.deep.equal([]);
    expect(search.waysOut()).to.deep.equal(['Remove Tomorrow: 2 activities']);
    await expect(search.element).to.be.accessible();
    await search.choose('filter-when', '');
    expect(search.titles()).to.deep.equal(['Soon', 'Later']);
  });
});
