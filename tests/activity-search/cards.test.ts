import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LwActivitySearch } from '../../src/components/activity-search/activity-search.js';
import type { LwFeed } from '../../src/components/feed/feed.js';
import type { LwShortlist } from '../../src/components/shortlist/shortlist.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-shortlist.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { forgetLists, monthsAgo, shortlistFeed, titles } from '../shortlist/fixture.js';
import { feedUrl, SearchHarness } from './harness.js';

/** The shortlist's six activities (dates years ahead), and a May fair on England and Wales's spring bank holiday. */
function cardsFeed() {
  const feed = shortlistFeed();
  return {
    ...feed,
    activities: [
      ...feed.activities,
      {
        id: 'fair',
        title: 'May fair',
        location: { name: 'Hyde Park', postcode: 'LS6 1AA', lat: 53.81, lng: -1.56 },
        schedule: [{ days: ['mon'], frequency: 'once', date: '2031-05-26', start: '10:00', end: '12:00' }],
        updated: monthsAgo(1),
      },
      {
        id: 'open-fair',
        title: 'Open fair',
        location: { name: 'Hyde Park', postcode: 'LS6 1AA', lat: 53.81, lng: -1.56 },
        schedule: [
          { days: ['mon'], frequency: 'once', date: '2031-05-26', start: '10:00', end: '12:00', bankHolidays: 'open' },
        ],
      },
    ],
  };
}

/** A search and a shortlist in one `<lw-feed>` holding `feed`; `attributes` go on the search. */
async function mount(options: { feed?: unknown; attributes?: string; lang?: string } = {}) {
  const container = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'en-GB'}></div>`);
  container.innerHTML = `<lw-feed><lw-activity-search page-size="20" ${options.attributes ?? ''}></lw-activity-search><lw-shortlist></lw-shortlist></lw-feed>`;
  const feed = container.querySelector('lw-feed') as LwFeed;
  feed.geocoder = postcodesIo('/geocoder');
  feed.feed = options.feed ?? cardsFeed();
  const search = await new SearchHarness(container.querySelector<LwActivitySearch>('lw-activity-search')!).ready();
  return { feed, search, list: container.querySelector('lw-shortlist') as LwShortlist };
}

describe('<lw-activity-search>: compact cards', function () {
  // axe over twenty cards, on a machine shared by many.
  this.timeout(60000);
  afterEach(async () => {
    forgetLists();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the next date, the place, the cost and how fresh the record is', async () => {
    const { search } = await mount();
    expect(search.compact('choir')).to.include({
      next: 'Next: Tuesday, 4 March 2031, 10:00–11:30',
      place: 'Central Library',
      cost: 'Free',
      freshness: 'Updated 3 months ago',
    });
    expect(search.compact('walk')).to.include({
      next: 'Next: Wednesday, 5 March 2031, 14:00–15:00',
      cost: '£2.50',
      freshness: 'Last updated 14 months ago: check before you go',
    });
    // No date can be known (monthly, no week given): the schedule in words instead.
    expect(search.compact('supper').next).to.equal('Once a month, Thursday 18:00–19:00');
    expect(search.compact('supper').freshness).to.equal('');
    await expect(search.element).to.be.accessible();
  });

  it('says “Online” for an online activity, never a distance', async () => {
    const { search } = await mount();
    await search.findPostcode('LS1 4AP');
    expect(search.compact('online-art').place).to.equal('Online');
    expect(search.compact('choir').place).to.equal('Central Library · 0.1 miles away');
    expect(search.listText()).not.to.match(/\b0 miles/);
  });

  it('calls a record out of date after `stale-after` months', async () => {
    const { search } = await mount({ attributes: 'stale-after="2"' });
    expect(search.compact('choir').freshness).to.equal('Last updated 3 months ago: check before you go');
    expect(search.compact('fair').freshness).to.equal('Updated 1 month ago');
    await expect(search.element).to.be.accessible();
  });

  it('flags a next date on a bank holiday, unless the feed says it is open', async () => {
    const { search } = await mount();
    expect(search.compact('fair').next).to.equal(
      'Next: Monday, 26 May 2031, 10:00–12:00 (bank holiday: check it is on)',
    );
    expect(search.compact('open-fair').next).to.equal(
      'Next: Monday, 26 May 2031, 10:00–12:00 (bank holiday: open as usual)',
    );
    // Scotland's summer bank holiday: the Edinburgh postcode says so; a place without one follows England and Wales.
    expect(search.compact('ceilidh').next).to.equal(
      'Next: Monday, 4 August 2031, 19:00–21:00 (bank holiday: check it is on)',
    );
    expect(search.compact('gala').next).to.equal('Next: Monday, 4 August 2031, from 12:00');
  });

  it('takes the nation from the visitor’s postcode, else the `nation` attribute', async () => {
    const { search } = await mount({ attributes: 'nation="scotland"' });
    expect(search.compact('gala').next).to.equal(
      'Next: Monday, 4 August 2031, from 12:00 (bank holiday: check it is on)',
    );
    // Scotland has no spring bank holiday on 26 May 2031 (its is on 5 May), but the fair's postcode is in Leeds.
    expect(search.compact('fair').next).to.contain('bank holiday: check it is on');
    await search.findPostcode('LS1 4AP');
    await waitUntil(() => !search.compact('gala').next.includes('bank holiday'), search.compact('gala').next);
    expect(search.compact('gala').next).to.equal('Next: Monday, 4 August 2031, from 12:00');
  });

  it('speaks Welsh', async () => {
    const { search } = await mount({ lang: 'cy' });
    expect(search.compact('choir')).to.include({
      next: 'Nesaf: Dydd Mawrth, 4 Mawrth 2031, 10:00–11:30',
      cost: 'Am ddim',
      freshness: 'Diweddarwyd 3 mis yn ôl',
    });
    expect(search.compact('walk').freshness).to.equal('Diweddarwyd ddiwethaf 14 mis yn ôl: gwiriwch cyn mynd');
    expect(search.compact('fair').next).to.contain('(gŵyl y banc: gwiriwch ei fod yn cael ei gynnal)');
    expect(search.saveButton('choir')).to.deep.equal({
      text: 'Ychwanegu at fy rhestr',
      name: 'Ychwanegu at fy rhestr: Community choir',
      pressed: false,
    });
    await search.save('choir');
    expect(search.saveButton('choir').text).to.equal('Ar fy rhestr');
    await search.openDetails('choir');
    expect(search.details('choir')!.text).to.contain('Y dyddiadau nesaf').and.contain('Ychwanegu at y calendr');
    await expect(search.element).to.be.accessible();
  });

  it('fits a card in about 250 px at 375 px wide', async () => {
    await setViewport({ width: 375, height: 800 });
    const { search } = await mount();
    await search.findPostcode('LS1 4AP');
    const heights = Object.fromEntries(search.ids().map((id) => [id, Math.round(search.compact(id).height)]));
    for (const [id, height] of Object.entries(heights))
      expect(height, `${id}: ${JSON.stringify(heights)}`).to.be.at.most(250);
    const plain = await SearchHarness.open();
    await plain.findPostcode('LS1 4AP');
    for (const id of plain.ids()) expect(plain.compact(id).height, id).to.be.at.most(250);
  });
});

describe('<lw-activity-search>: save for later', () => {
  afterEach(forgetLists);

  it('saves from a card, and the shortlist and every card agree', async () => {
    const { search, list } = await mount();
    expect(search.saveButton('walk')).to.deep.equal({
      text: 'Add to my list',
      name: 'Add to my list: Health walk',
      pressed: false,
    });
    await search.save('walk');
    await list.updateComplete;
    expect(search.saveButton('walk')).to.deep.equal({
      text: 'On my list',
      name: 'On my list: Health walk',
      pressed: true,
    });
    expect(titles(list)).to.deep.equal(['Health walk']);
    await search.save('choir');
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Health walk', 'Community choir']);
    // Taking one off the list in the shortlist unpresses its card.
    list.shadowRoot!.querySelector<HTMLElement>('[data-id="walk"] [part~="remove"]')!.click();
    await list.updateComplete;
    await search.element.updateComplete;
    expect(search.saveButton('walk').pressed).to.equal(false);
    // And pressing it again on the card takes it off.
    await search.save('choir');
    await list.updateComplete;
    expect(titles(list)).to.deep.equal([]);
    await expect(search.element).to.be.accessible();
  });

  it('says on each card when the list is full, rather than doing nothing when pressed', async () => {
    const { feed, search } = await mount();
    const others = Array.from({ length: 99 }, (_, n) => `saved-elsewhere-${n}`);
    feed.store.setSaved([...others, 'choir']);
    await search.element.updateComplete;
    const walk = () => search.element.shadowRoot!.querySelector('[data-id="walk"] [part="save"]')!;
    expect(search.saveButton('walk')).to.deep.equal({
      text: 'List full',
      name: 'Your list is full (100 activities): take one off to add Health walk',
      pressed: false,
    });
    expect(walk().getAttribute('aria-disabled')).to.equal('true');
    await expect(search.element).to.be.accessible();
    await search.save('walk');
    expect(feed.store.state.saved).to.have.length(100);
    expect(feed.store.state.saved).not.to.include('walk');
    // One already on the list can still come off, and then there is room again.
    expect(search.saveButton('choir')).to.include({ text: 'On my list', pressed: true });
    await search.save('choir');
    await search.element.updateComplete;
    expect(search.saveButton('walk')).to.deep.equal({
      text: 'Add to my list',
      name: 'Add to my list: Health walk',
      pressed: false,
    });
    expect(walk().hasAttribute('aria-disabled')).to.equal(false);
    await expect(search.element).to.be.accessible();
  });
});

describe('<lw-activity-search>: the full record in place', () => {
  afterEach(forgetLists);

  it('opens from the title with focus inside, and Escape closes it and returns focus', async () => {
    const { search } = await mount();
    expect(search.details('choir')).to.equal(undefined);
    await search.openDetails('choir');
    expect(search.focused()).to.equal('details: About Community choir');
    const details = search.details('choir')!;
    expect(details.facts).to.deep.equal({
      When: 'Tuesday, 4 March 2031 10:00–11:30',
      Cost: 'Free',
      Accessibility: 'Step-free access, Hearing loop',
      Where: 'Central Library, Calverley Street, Leeds, LS1 3AB',
    });
    expect(details.next).to.deep.equal(['Tuesday, 4 March 2031, 10:00–11:30']);
    expect(details.links).to.deep.equal([
      'Call 0113 496 0000',
      'Email: choir@example.org',
      'Website',
      'Directions (OpenStreetMap)',
    ]);
    expect(details.text).to.contain('By Leeds Voices').and.contain('We sing everything from folk to pop.');
    expect(search.isChosen(search.ids().indexOf('choir'))).to.equal(true);
    await expect(search.element).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await search.pressKey('Escape');
    expect(search.details('choir')).to.equal(undefined);
    expect(search.focused()).to.equal('title: Community choir');
  });

  it('closes with its Close button, and lists every next date', async () => {
    const { search } = await mount();
    await search.openDetails('walk');
    expect(search.details('walk')!.next).to.deep.equal([
      'Wednesday, 5 March 2031, 14:00–15:00',
      'Wednesday, 12 March 2031, 14:00–15:00',
      'Wednesday, 19 March 2031, 14:00–15:00',
    ]);
    await search.closeDetails('walk');
    expect(search.details('walk')).to.equal(undefined);
    expect(search.focused()).to.equal('title: Health walk');
    // One open at a time: opening another closes the first.
    await search.openDetails('walk');
    await search.openDetails('choir');
    expect(search.details('walk')).to.equal(undefined);
    expect(search.details('choir')).not.to.equal(undefined);
  });

  it('asks the organiser when no date can be known, and offers no calendar then', async () => {
    const { search } = await mount();
    await search.openDetails('supper');
    const details = search.details('supper')!;
    expect(details.next).to.deep.equal([]);
    expect(details.text).to.contain('Ask the organiser when it next meets.').and.not.contain('Add to calendar');
  });

  it('downloads the activity’s calendar file', async () => {
    const { search } = await mount();
    await search.openDetails('choir');
    const root = search.element.shadowRoot!;
    const made = new Promise<{ href: string; download: string }>((resolve) => {
      const observer = new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLAnchorElement) {
              observer.disconnect();
              resolve({ href: node.href, download: node.download });
            }
      });
      observer.observe(root, { childList: true });
    });
    await search.addToCalendar('choir');
    const link = await made;
    expect(link.download).to.equal('community-choir.ics');
    const text = await (await fetch(link.href)).text();
    expect(text).to.contain('SUMMARY:Community choir').and.contain('DTSTART;TZID=Europe/London:20310304T100000');
    expect(text).to.contain('Cost: Free').and.contain('Phone: 0113 496 0000');
  });

  it('keeps the search’s own feed working: a card opens there too', async () => {
    const search = await SearchHarness.open(
      html`<lw-activity-search src=${feedUrl} no-cache .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>`,
    );
    await search.openDetails('garden-club');
    expect(search.details('garden-club')!.facts.When).to.equal('Tuesdays 10:00–12:00');
    await search.save('garden-club');
    expect(search.saveButton('garden-club').pressed).to.equal(true);
  });
});
