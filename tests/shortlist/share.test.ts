import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import decodeQR from 'qr/decode.js';
import type { LwFeed } from '../../src/components/feed/feed.js';
import type { LwShortlist } from '../../src/components/shortlist/shortlist.js';
import { all, forgetLists, mount, one, shortlistFeed, text, titles } from './fixture.js';

const testPage = new URL(location.href);

/** Opens this test page at an address that also holds `query`, as a shared link would. */
function openAt(query: string): void {
  history.replaceState(null, '', `${testPage.pathname}${testPage.search ? `${testPage.search}&` : '?'}${query}`);
}

/** The end of an address's query, after the test runner's own parameters. */
const ownQuery = (href: string) => new URL(href).search.replace(/^\?(wtr-[^&]*&?)*/, '');

const href = (list: LwShortlist, name: string) =>
  all(list, '[part="share"] a')
    .find((link) => text(link) === name)!
    .getAttribute('href')!;

/** The body of a `mailto:` or `sms:` link, decoded. */
const body = (link: string) => decodeURIComponent(/[?&]body=([^&]*)/.exec(link)![1]);

/** A feed of `count` activities, each on a Tuesday years ahead. */
function manyActivities(count: number) {
  return {
    version: 1,
    activities: Array.from({ length: count }, (_, index) => ({
      id: `activity-${index}`,
      title: `Activity number ${index}`,
      location: { name: 'Hall', address: `${index} High Street, Leeds`, postcode: 'LS1 1AA', lat: 53.8, lng: -1.55 },
      schedule: [{ days: ['tue'], frequency: 'once', date: '2031-03-04', start: '10:00' }],
      contact: { phone: '0113 496 0000' },
    })),
  };
}

/** Reads a QR code drawn as the widget draws it (one SVG path of unit squares), as a phone camera would. */
function readQr(svg: SVGSVGElement): string {
  const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const scale = 6;
  const width = size * scale;
  const data = new Uint8Array(width * width * 4).fill(255);
  const path = svg.querySelector('path')!.getAttribute('d')!;
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(run) * scale; dx++)
      for (let dy = 0; dy < scale; dy++) {
        const px = (Number(x) + 4) * scale + dx;
        const py = (Number(y) + 4) * scale + dy;
        data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
      }
  }
  return decodeQR({ width, height: width, data });
}

describe('<lw-shortlist>: sharing without a server', () => {
  beforeEach(forgetLists);
  afterEach(forgetLists);

  it('gives the page’s address with the list in it, keeping the page’s own parameters', async () => {
    openAt('page=2');
    const { list } = await mount({ saved: ['choir', 'walk'] });
    expect(ownQuery(list.shareUrl)).to.equal('page=2&lw-list=choir,walk');
    expect(one<HTMLInputElement>(list, '#share-link').value).to.equal(list.shareUrl);
  });

  it('honours url-prefix, and keeps an id with a comma in it whole', async () => {
    const feed = shortlistFeed();
    feed.activities[0].id = 'choir, Tuesdays';
    const { list } = await mount({ feed, saved: ['choir, Tuesdays', 'walk'], attributes: 'url-prefix="council-"' });
    expect(ownQuery(list.shareUrl)).to.equal('council-list=choir%2C%20Tuesdays,walk');
    forgetLists();
    openAt(ownQuery(list.shareUrl));
    const { list: opened } = await mount({ feed, attributes: 'url-prefix="council-"' });
    expect(opened.saved).to.deep.equal(['choir, Tuesdays', 'walk']);
  });

  it('shows the list a shared link holds, then keeps the address in step with it', async () => {
    openAt('lw-list=walk,choir');
    const { list } = await mount();
    expect(titles(list)).to.deep.equal(['Health walk', 'Community choir']);
    one(list, '[data-id="walk"] [part~="remove"]').click();
    await list.updateComplete;
    expect(ownQuery(location.href)).to.equal('lw-list=choir');
  });

  it('names a shared list’s activities by their place on it while the feed cannot be read', async () => {
    openAt('lw-list=walk,choir');
    const container = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
    container.innerHTML = '<lw-feed src="/feeds/status/404" no-cache><lw-shortlist></lw-shortlist></lw-feed>';
    const feed = container.querySelector('lw-feed') as LwFeed;
    await waitUntil(() => feed.store.state.status === 'error', 'the feed never failed', { timeout: 5000 });
    const list = container.querySelector('lw-shortlist') as LwShortlist;
    await list.updateComplete;
    // The ids (walk, choir) mean nothing to a visitor; the feed's titles come when it can be read.
    expect(titles(list)).to.deep.equal(['Saved activity 1', 'Saved activity 2']);
    expect(one(list, '[data-id="choir"] [part~="remove"]').getAttribute('aria-label')).to.equal(
      'Remove Saved activity 2 from your list',
    );
    // The email does not call them "no longer listed": nothing can say so until the feed is read.
    expect(body(href(list, 'Email'))).to.equal(
      [
        'Here are the activities on your list.',
        `Open the list on any phone or computer: ${list.shareUrl}`,
        '1. Saved activity 1',
        '2. Saved activity 2',
      ].join('\n\n'),
    );
    await expect(list).to.be.accessible();
  });

  it('adds a shared list to one already kept, losing neither', async () => {
    sessionStorage.setItem('linkwork:shortlist', JSON.stringify({ ids: ['supper'], titles: {}, note: 'Mine' }));
    openAt('lw-list=walk');
    const { list } = await mount();
    expect(list.saved).to.deep.equal(['walk', 'supper']);
    expect(one<HTMLTextAreaElement>(list, 'textarea').value).to.equal('Mine');
  });

  it('treats hostile ids as text, and says what it could not read', async () => {
    const long = 'x'.repeat(300);
    openAt(
      `lw-list=choir,${encodeURIComponent('<img src=x onerror=alert(1)>')},javascript:alert(1),${long},bad%01id,%E0%A4%A,,choir`,
    );
    const { list } = await mount();
    expect(titles(list)).to.deep.equal([
      'Community choir',
      '<img src=x onerror=alert(1)>: no longer listed',
      'javascript:alert(1): no longer listed',
    ]);
    expect(list.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(one(list, '.notice[role="status"]'))).to.equal(
      '3 entries in the link could not be read, so they were left out.',
    );
    await expect(list).to.be.accessible();
  });

  it('keeps at most 100 activities from a link, and says how many it left out', async function () {
    this.timeout(60_000);
    const feed = manyActivities(120);
    openAt(`lw-list=${feed.activities.map((activity) => activity.id).join(',')}`);
    const { list } = await mount({ feed });
    expect(list.count).to.equal(100);
    expect(text(one(list, '.notice[role="status"]'))).to.equal(
      'The link held 20 more activities than a list can, so they were left out.',
    );
    expect(text(one(list, '.items + .muted'))).to.equal('Your list holds up to 100 activities.');
  });

  it('behaves with 50 saved activities: all shown, an email that still opens', async function () {
    this.timeout(60_000);
    const feed = manyActivities(50);
    const { list } = await mount({ feed, saved: feed.activities.map((activity) => activity.id) });
    expect(all(list, '[part~="item"]')).to.have.length(50);
    const email = href(list, 'Email');
    expect(email.length).to.be.at.most(2000);
    expect(body(email)).to.include(list.shareUrl);
    expect(body(email)).to.match(/…and \d+ more activities: open the link to see them all\.$/);
    await expect(list).to.be.accessible();
  });

  it('emails a plain-text list: names, next dates, places, phone numbers, the note and the link', async () => {
    const { feed, list } = await mount({ saved: ['choir', 'online-art', 'gone'] });
    feed.store.setListNote('See you there!');
    await list.updateComplete;
    const email = href(list, 'Email');
    expect(email.startsWith('mailto:?subject=Your%20activity%20list&body=')).to.equal(true);
    expect(body(email)).to.equal(
      [
        'Here are the activities on your list.',
        `Open the list on any phone or computer: ${list.shareUrl}`,
        'A note for you:\nSee you there!',
        '1. Community choir\n   Tuesday, 4 March 2031, 10:00–11:30\n   Central Library, Calverley Street, Leeds, LS1 3AB\n   Phone: 0113 496 0000',
        '2. Online art class\n   Friday, 7 March 2031, from 11:00',
        '3. gone: no longer listed',
      ].join('\n\n'),
    );
  });

  it('cuts a long note short in the email rather than lose the link', async () => {
    const { feed, list } = await mount({ saved: ['choir'] });
    feed.store.setListNote('word '.repeat(400));
    await list.updateComplete;
    const email = href(list, 'Email');
    expect(email.length).to.be.at.most(2000);
    expect(body(email)).to.include(list.shareUrl);
    expect(body(email)).to.match(/A note for you:\nword( word)*…/);
  });

  it('texts a short message with the link', async () => {
    const { list } = await mount({ saved: ['choir'] });
    const sms = href(list, 'Text message');
    expect(sms.startsWith('sms:?&body=')).to.equal(true);
    expect(body(sms)).to.equal(`Your activity list: ${list.shareUrl}`);
  });

  it('copies the link, or selects it for the visitor when the clipboard is out of reach', async () => {
    const { list } = await mount({ saved: ['choir'] });
    all(list, 'button')
      .find((button) => text(button) === 'Copy link')!
      .click();
    await waitUntil(() => text(one(list, '#copied')), 'nothing was said', { timeout: 5000 });
    const said = text(one(list, '#copied'));
    expect(['Link copied.', 'The link is selected: copy it with Ctrl+C (Cmd+C on a Mac).']).to.include(said);
    if (said === 'Link copied.') expect(await navigator.clipboard.readText()).to.equal(list.shareUrl);
    else {
      const input = one<HTMLInputElement>(list, '#share-link');
      expect(input.value.slice(input.selectionStart!, input.selectionEnd!)).to.equal(list.shareUrl);
    }
    expect(text(one(list, '[role="status"].visually-hidden'))).to.equal(said);
  });

  it('shows a QR code that opens the share link, fetching its library only then', async () => {
    // The page's own modules fill the browser's default 250 entries, after which new ones are not recorded.
    performance.setResourceTimingBufferSize(10000);
    const qrLibrary = () =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.includes('lean-qr')).length;
    // The dev server serves every module as its own file: room for more than the browser's default 250 entries.
    performance.setResourceTimingBufferSize(5000);
    const { list } = await mount({ saved: ['choir', 'walk'] });
    expect(qrLibrary(), 'the QR library came with the page').to.equal(0);
    const toggle = all(list, 'button').find((button) => text(button) === 'Show QR code')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => one(list, '#qr-code svg'), 'no QR code shown', { timeout: 5000 });
    expect(qrLibrary()).to.be.greaterThan(0);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Hide QR code');
    const svg = one<SVGSVGElement>(list, '#qr-code svg');
    expect([svg.getAttribute('role'), svg.getAttribute('aria-label')]).to.deep.equal([
      'img',
      'QR code: link to this list',
    ]);
    expect(readQr(svg)).to.equal(list.shareUrl);
    await expect(list).to.be.accessible();

    // The list changes: so does the code.
    one(list, '[data-id="walk"] [part~="remove"]').click();
    await waitUntil(
      () => readQr(one<SVGSVGElement>(list, '#qr-code svg')) === list.shareUrl,
      'the code kept the old list',
      { timeout: 5000 },
    );
  });
});
