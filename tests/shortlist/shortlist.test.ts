import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import type { LwShortlist } from '../../src/components/shortlist/shortlist.js';
import { ShortlistChangeEvent } from '../../src/events/shortlist-change-event.js';
import { all, forgetLists, mount, one, shortlistFeed, text, titles } from './fixture.js';

const item = (list: LwShortlist, id: string) => one(list, `[part~="item"][data-id="${id}"]`);
/** Each fact as `term: value`, a value of several lines with ` / ` between them. */
const facts = (element: HTMLElement) =>
  [...element.querySelectorAll('.fact')].map((fact) => {
    const lines = [...fact.querySelectorAll('dd .line')].map((line) => text(line));
    return `${text(fact.querySelector('dt'))}: ${lines.length ? lines.join(' / ') : text(fact.querySelector('dd'))}`;
  });

describe('<lw-shortlist>', () => {
  beforeEach(forgetLists);
  afterEach(forgetLists);

  describe('rendering', () => {
    it('shows each saved activity with its next dates, place, cost and contact', async () => {
      const { list } = await mount({ saved: ['choir', 'walk', 'online-art'] });
      expect(titles(list)).to.deep.equal(['Community choir', 'Health walk', 'Online art class']);
      expect(facts(item(list, 'choir'))).to.deep.equal([
        'When: Next: Tuesday, 4 March 2031, 10:00–11:30',
        'Where: Central Library, Calverley Street, Leeds, LS1 3AB',
        'Cost: Free',
        'Contact: Sam / Call 0113 496 0000 / choir@example.org / Website',
      ]);
      expect(
        [...item(list, 'walk').querySelectorAll('.sessions li')].map((session) => text(session)),
        'the next three sessions',
      ).to.deep.equal([
        'Next: Wednesday, 5 March 2031, 14:00–15:00',
        'Wednesday, 12 March 2031, 14:00–15:00',
        'Wednesday, 19 March 2031, 14:00–15:00',
      ]);
      expect(facts(item(list, 'walk')).slice(1)).to.deep.equal([
        'Where: Roundhay Park, LS8 2HH',
        'Cost: £2.50',
        'Contact: Call 0113 496 0001',
      ]);
      expect(facts(item(list, 'online-art'))).to.deep.equal([
        'When: Next: Friday, 7 March 2031, from 11:00',
        'Where: Online',
        'Contact: art@example.org',
      ]);
      const links = [...item(list, 'choir').querySelectorAll('a[part="link"]')].map((link) =>
        link.getAttribute('href'),
      );
      expect(links).to.deep.equal(['tel:01134960000', 'mailto:choir@example.org', 'https://example.org/choir']);
      await expect(list).to.be.accessible();
    });

    it('says how fresh each record is, and to check one that is out of date', async () => {
      const { list } = await mount({ saved: ['choir', 'walk', 'supper'] });
      expect(text(item(list, 'choir').querySelector('.freshness'))).to.equal('Updated 3 months ago');
      expect(text(item(list, 'walk').querySelector('.freshness.stale'))).to.equal(
        'Last updated 14 months ago: check before you go',
      );
      expect(item(list, 'supper').querySelector('.freshness')).to.equal(null);
    });

    it('gives the schedule in words where no dates can be known, and flags a bank holiday by the place’s nation', async () => {
      const { list } = await mount({ saved: ['supper', 'ceilidh'] });
      expect(facts(item(list, 'supper'))[0]).to.equal('When: Once a month, Thursday 18:00–19:00');
      // 4 August 2031 is Scotland's summer bank holiday (the Ceilidh is in Edinburgh), not England's.
      expect(facts(item(list, 'ceilidh'))[0]).to.equal(
        'When: Next: Monday, 4 August 2031, 19:00–21:00 (bank holiday: check it is on)',
      );
    });

    it('takes the bank holidays of the nation from the visitor’s postcode, else the nation attribute', async () => {
      const englishHoliday = 'When: Next: Monday, 4 August 2031, from 12:00';
      const scottishHoliday = 'When: Next: Monday, 4 August 2031, from 12:00 (bank holiday: check it is on)';
      const { feed, list } = await mount({ saved: ['gala'] });
      expect(facts(item(list, 'gala'))[0]).to.equal(englishHoliday);
      feed.store.setPlace({ lat: 55.95, lng: -3.19, label: 'EH1 1YZ', source: 'postcode' });
      await list.updateComplete;
      expect(facts(item(list, 'gala'))[0]).to.equal(scottishHoliday);

      forgetLists();
      const { list: scottish } = await mount({ saved: ['gala'], attributes: 'nation="scotland"' });
      expect(facts(item(scottish, 'gala'))[0]).to.equal(scottishHoliday);
    });

    it('counts the activities in its heading, for eyes and for screen readers', async () => {
      const { list } = await mount({ saved: ['choir', 'walk'] });
      expect(text(one(list, '[part="heading"]'))).to.equal('My list 2 2 activities');
      expect(text(one(list, '[part="count"] [aria-hidden="true"]'))).to.equal('2');
      expect(list.count).to.equal(2);
      expect(list.saved).to.deep.equal(['choir', 'walk']);
    });

    it('keeps an activity the feed no longer lists, marked as such, with its title when it was seen', async () => {
      const { feed, list } = await mount({ saved: ['choir', 'walk', 'never-seen'] });
      const changed = shortlistFeed();
      changed.activities = changed.activities.filter((activity) => activity.id !== 'choir');
      feed.feed = changed;
      await waitUntil(() => titles(list).includes('Community choir: no longer listed'), 'the choir was not marked', {
        timeout: 5000,
      });
      expect(titles(list)).to.deep.equal([
        'Community choir: no longer listed',
        'Health walk',
        'never-seen: no longer listed',
      ]);
      expect(text(item(list, 'never-seen').querySelector('.muted'))).to.equal(
        'It may have ended or moved. Ask the organiser, or remove it from your list.',
      );
      expect(list.count).to.equal(3);
      await expect(list).to.be.accessible();
    });

    it('shows an encouraging empty state, with nothing to share or print', async () => {
      const { list } = await mount();
      expect(text(one(list, '[part="empty"]'))).to.equal(
        'Nothing on your list yet. Choose “Add to my list” on an activity and it shows here, ready to print or share.',
      );
      expect(all(list, '[part="share"], textarea, [part~="print"]')).to.have.length(0);
      await expect(list).to.be.accessible();
    });
  });

  describe('states', () => {
    it('shows that it is loading while the feed is on its way', async () => {
      sessionStorage.setItem(
        'linkwork:shortlist:/feeds/stall',
        JSON.stringify({ ids: ['choir'], titles: {}, note: '' }),
      );
      const list = await fixture<LwShortlist>(html`<lw-shortlist src="/feeds/stall" no-cache></lw-shortlist>`);
      await list.updateComplete;
      expect(one(list, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
      expect(text(one(list, '.screen > .muted'))).to.equal('Loading your list…');
      expect(one(list, '.skeleton').getAttribute('aria-hidden')).to.equal('true');
      await expect(list).to.be.accessible();
    });

    it('explains a feed that fails, with a way to try again, and keeps the list', async () => {
      sessionStorage.setItem(
        'linkwork:shortlist:/feeds/status/503',
        JSON.stringify({ ids: ['choir'], titles: { choir: 'Community choir' }, note: 'Go on Tuesday' }),
      );
      const list = await fixture<LwShortlist>(html`<lw-shortlist src="/feeds/status/503" no-cache></lw-shortlist>`);
      await waitUntil(() => list.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 10000 });
      expect(text(one(list, '[role="alert"] p'))).to.equal(
        'Sorry, this information could not be loaded just now. Please try again later.',
      );
      expect(text(one(list, '[role="alert"] button'))).to.equal('Try again');
      // Not "no longer listed": the feed could not say.
      expect(titles(list)).to.deep.equal(['Community choir']);
      expect(one<HTMLTextAreaElement>(list, 'textarea').value).to.equal('Go on Tuesday');
      await expect(list).to.be.accessible();
    });

    it('says a list that is gone is not available, offers no retry, and keeps the list', async () => {
      sessionStorage.setItem(
        'linkwork:shortlist:/feeds/status/404',
        JSON.stringify({ ids: ['choir'], titles: { choir: 'Community choir' }, note: 'Go on Tuesday' }),
      );
      const list = await fixture<LwShortlist>(html`<lw-shortlist src="/feeds/status/404" no-cache></lw-shortlist>`);
      await waitUntil(() => list.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', { timeout: 5000 });
      expect(text(one(list, '[role="alert"] p'))).to.equal('This list is not available.');
      expect(list.shadowRoot!.querySelector('[role="alert"] button')).to.equal(null);
      // Not "no longer listed": the feed could not say.
      expect(titles(list)).to.deep.equal(['Community choir']);
      expect(one<HTMLTextAreaElement>(list, 'textarea').value).to.equal('Go on Tuesday');
      await expect(list).to.be.accessible();
    });

    it('works alone with its own src', async () => {
      sessionStorage.setItem(
        'linkwork:shortlist:/demo/feed.json',
        JSON.stringify({ ids: ['sport-exeter-7'], titles: {}, note: '' }),
      );
      const list = await fixture<LwShortlist>(html`<lw-shortlist src="/demo/feed.json" no-cache></lw-shortlist>`);
      await waitUntil(() => titles(list).length > 0 && !one(list, '.skeleton'), 'no list shown', { timeout: 10000 });
      expect(titles(list)).to.deep.equal(['Walking football']);
      expect(text(one(list, '[part~="item"] .sessions li'))).to.match(
        /^Next: Tuesday \d{1,2} [A-Z][a-z]+, 11:30–12:30$/,
      );
    });

    it('says it has no feed outside <lw-feed> and without src', async () => {
      const list = await fixture<LwShortlist>(html`<lw-shortlist></lw-shortlist>`);
      await list.updateComplete;
      expect(text(one(list, '[part="empty"] p'))).to.equal('Nothing on your list yet.');
    });
  });

  describe('adding to a calendar', () => {
    it('downloads an .ics file of the activity’s sessions, made in the browser', async () => {
      const { list } = await mount({ saved: ['walk', 'supper'] });
      // Supper club has no dates to give, so no calendar.
      expect(item(list, 'supper').querySelector('[part~="calendar"]')).to.equal(null);
      const button = item(list, 'walk').querySelector<HTMLElement>('[part~="calendar"]')!;
      expect(text(button)).to.equal('Add to calendar: Health walk');
      const downloaded = new Promise<HTMLAnchorElement>((resolve) => {
        const watcher = new MutationObserver((changes) => {
          const link = changes
            .flatMap((change) => [...change.addedNodes])
            .find((node) => node instanceof HTMLAnchorElement);
          if (link) (resolve(link as HTMLAnchorElement), watcher.disconnect());
        });
        watcher.observe(list.shadowRoot!, { childList: true });
      });
      button.click();
      const link = await downloaded;
      expect(link.download).to.equal('health-walk.ics');
      expect(link.href.startsWith('blob:')).to.equal(true);
      const file = await fetch(link.href);
      expect(file.headers.get('content-type')).to.equal('text/calendar;charset=utf-8');
      const events = new ICAL.Component(ICAL.parse(await file.text())).getAllSubcomponents('vevent');
      expect(events.map((event) => new ICAL.Event(event).startDate.toString())).to.deep.equal([
        '2031-03-05T14:00:00',
        '2031-03-12T14:00:00',
        '2031-03-19T14:00:00',
        '2031-03-26T14:00:00',
      ]);
      expect(new ICAL.Event(events[0]).description).to.equal(
        'A gentle walk in the park.\n\nCost: £2.50\n\nPhone: 0113 496 0001',
      );
    });
  });

  describe('removing and starting again', () => {
    it('removes one, says so, moves focus to the next, and can undo it', async () => {
      const { feed, list } = await mount({ saved: ['choir', 'walk', 'supper'] });
      one(list, '[data-id="walk"] [part~="remove"]').focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(titles(list)).to.deep.equal(['Community choir', 'Supper club']);
      expect(feed.store.state.saved).to.deep.equal(['choir', 'supper']);
      expect(text(one(list, '[role="status"]'))).to.equal('Removed Health walk from your list.');
      expect(list.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Remove Supper club from your list');
      await expect(list).to.be.accessible();

      one(list, '.undo button').click();
      await list.updateComplete;
      expect(titles(list)).to.deep.equal(['Community choir', 'Health walk', 'Supper club']);
      expect(text(one(list, '[role="status"]'))).to.equal('Your list is back as it was.');
    });

    it('starts again (list and note), and can undo that too', async () => {
      const { feed, list } = await mount({ saved: ['choir', 'walk'] });
      feed.store.setListNote('Ring Sam first');
      await list.updateComplete;
      const startAgain = all(list, 'button').find((button) => text(button) === 'Start again')!;
      startAgain.focus();
      await sendKeys({ press: 'Space' });
      await list.updateComplete;
      expect(feed.store.state.saved).to.deep.equal([]);
      expect(feed.store.state.listNote).to.equal('');
      expect(text(one(list, '.undo p'))).to.equal('Your list is empty now.');
      expect(text(list.shadowRoot!.activeElement), 'focus is on Undo').to.equal('Undo');
      await expect(list).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(feed.store.state.saved).to.deep.equal(['choir', 'walk']);
      expect(one<HTMLTextAreaElement>(list, 'textarea').value).to.equal('Ring Sam first');
    });

    it('forgets the undo once the list changes otherwise', async () => {
      const { feed, list } = await mount({ saved: ['choir', 'walk'] });
      one(list, '[data-id="walk"] [part~="remove"]').click();
      await list.updateComplete;
      expect(one(list, '.undo')).to.exist;
      feed.store.save('supper');
      await list.updateComplete;
      expect(one(list, '.undo')).to.equal(null);
    });
  });

  describe('events', () => {
    it('fires lw-shortlist-change with the ids when the list changes, and not otherwise', async () => {
      const { feed, list } = await mount({ saved: ['choir'] });
      const heard: (readonly string[])[] = [];
      feed.addEventListener('lw-shortlist-change', (event) => {
        expect(event).to.be.instanceOf(ShortlistChangeEvent);
        expect(event.count).to.equal(event.ids.length);
        heard.push(event.ids);
      });
      feed.store.save('walk');
      await list.updateComplete;
      feed.store.setListNote('A note is not a change of the list');
      await list.updateComplete;
      one(list, '[data-id="choir"] [part~="remove"]').click();
      await list.updateComplete;
      expect(heard).to.deep.equal([['choir', 'walk'], ['walk']]);
    });

    it('fires once at start for a list read from storage', async () => {
      sessionStorage.setItem('linkwork:shortlist', JSON.stringify({ ids: ['walk'], titles: {}, note: '' }));
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const heard: (readonly string[])[] = [];
      container.addEventListener('lw-shortlist-change', (event) => heard.push(event.ids));
      container.innerHTML = '<lw-feed><lw-shortlist></lw-shortlist></lw-feed>';
      (container.querySelector('lw-feed') as HTMLElement & { feed: unknown }).feed = shortlistFeed();
      await (container.querySelector('lw-shortlist') as LwShortlist).updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard).to.deep.equal([['walk']]);
    });
  });

  describe('Welsh', () => {
    it('speaks Welsh on a Welsh page', async () => {
      const { list } = await mount({ saved: ['choir', 'ceilidh'], lang: 'cy' });
      expect(text(one(list, '[part="heading"]'))).to.equal('Fy rhestr 2 2 weithgaredd');
      expect(facts(item(list, 'choir'))).to.deep.equal([
        'Pryd: Nesaf: Dydd Mawrth, 4 Mawrth 2031, 10:00–11:30',
        'Ble: Central Library, Calverley Street, Leeds, LS1 3AB',
        'Cost: Am ddim',
        'Cysylltu: Sam / Ffonio 0113 496 0000 / choir@example.org / Gwefan',
      ]);
      expect(facts(item(list, 'ceilidh'))[0]).to.equal(
        'Pryd: Nesaf: Dydd Llun, 4 Awst 2031, 19:00–21:00 (gŵyl y banc: gwiriwch ei fod yn cael ei gynnal)',
      );
      expect(text(item(list, 'choir').querySelector('.freshness'))).to.equal('Diweddarwyd 3 mis yn ôl');
      expect(all(list, 'button').map((button) => text(button))).to.deep.equal([
        'Ychwanegu at y calendr: Community choir',
        'Tynnu',
        'Ychwanegu at y calendr: Ceilidh',
        'Tynnu',
        'Copïo’r ddolen',
        'Dangos cod QR',
        'Argraffu’r rhestr hon',
        'Dechrau eto',
      ]);
      expect(text(one(list, 'label[for="note"]'))).to.equal('Nodyn i chi');
      await expect(list).to.be.accessible();
    });
  });
});
