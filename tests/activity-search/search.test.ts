import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SearchEvent } from '../../src/events/search-event.js';
import type { SelectEvent } from '../../src/events/select-event.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { countText, feedUrl, focused, part, parts, searchWidget, titles, typeQuery } from './helpers.js';

describe('<lw-activity-search>: searching', () => {
  it('lists every activity with the count before anything is typed', async () => {
    const element = await searchWidget();
    expect(countText(element)).to.equal('12 activities match, showing 10');
    expect(titles(element)).to.have.length(10);
    await expect(element).to.be.accessible();
  });

  it('forgives typos as you type, best match first, and marks the matched words', async () => {
    const element = await searchWidget();
    await typeQuery(element, 'gardning');
    await waitUntil(() => countText(element) === '3 activities match', countText(element));
    expect(titles(element)).to.deep.equal(['Community gardening club', 'Garden volunteering days', 'Craft café']);
    const marks = parts(element, '.results > li:first-child mark').map((mark) => mark.textContent);
    expect(marks).to.include('gardening');
    await typeQuery(element, 'swiming');
    await waitUntil(() => countText(element) === '2 activities match', countText(element));
    expect(titles(element)).to.deep.equal(['Gentle swimming', 'Swimming lessons for adults']);
    await expect(element).to.be.accessible();
  });

  it('finds words by their start', async () => {
    const element = await searchWidget();
    await typeQuery(element, 'volunt');
    await waitUntil(() => countText(element) === '2 activities match', countText(element));
    // "volunteering" in the title and the category counts for both (issue 11): this one first.
    expect(titles(element)).to.deep.equal(['Garden volunteering days', 'Volunteer befriending']);
  });

  it('searches at once on Enter, and keeps focus in the box', async () => {
    const element = await searchWidget();
    await typeQuery(element, 'choir', true);
    await element.updateComplete;
    expect(countText(element)).to.equal('1 activity matches');
    expect(titles(element)).to.deep.equal(['Choir for wellbeing']);
    expect(focused(element)).to.equal(part(element, '#search-input'));
  });

  it('shows feed text containing HTML as text', async () => {
    const element = await searchWidget();
    await typeQuery(element, 'cuppa', true);
    await element.updateComplete;
    const card = part(element, '.results > li');
    expect(card.querySelector('[part="title"]')!.textContent!.trim()).to.equal(
      'Tea & <b>talk</b> <img src=x onerror=alert(1)>',
    );
    expect(card.textContent).to.contain("<script>alert('x')</script>");
    expect(card.textContent).to.contain('Friends <i>of</i> the Library');
    expect(card.querySelectorAll('b, img, script, i')).to.have.length(0);
  });

  it('shows each card’s schedule, cost, ages, access, place and safe contact links', async () => {
    const element = await searchWidget();
    await typeQuery(element, 'community gardening', true);
    await element.updateComplete;
    const card = part(element, '.results > li');
    const facts = Object.fromEntries(
      [...card.querySelectorAll('.fact')].map((fact) => [
        fact.querySelector('dt')!.textContent,
        fact.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
      ]),
    );
    expect(facts).to.deep.equal({
      When: 'Tuesdays 10:00–12:00',
      Cost: 'Free',
      Ages: 'All ages',
      Accessibility: 'Step-free access, Accessible toilet',
      Where: 'Chapel Allerton allotments, Town Street, Leeds, LS1 4AP',
      Categories: 'Gardening',
    });
    expect(card.querySelector('.organisation')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('By Green Streets');
    const links = [...card.querySelectorAll<HTMLAnchorElement>('.contact a')].map((link) => [
      link.textContent,
      link.getAttribute('href'),
    ]);
    expect(links).to.deep.equal([
      ['Call 0113 496 0000', 'tel:01134960000'],
      ['Email: garden@example.org', 'mailto:garden@example.org'],
      ['Website', 'https://example.org/garden-club'],
      ['Directions (OpenStreetMap)', 'https://www.openstreetmap.org/directions?route=%3B53.8008%2C-1.5491'],
    ]);
    await typeQuery(element, 'gentle swimming', true);
    await element.updateComplete;
    const swim = part(element, '.results > li');
    expect(swim.textContent)
      .to.contain('Mondays and Thursdays 14:00–15:00')
      .and.contain('£3.50')
      .and.contain('50 and over');
  });

  it('tells the page about each settled search, without the visitor’s place', async () => {
    const element = await searchWidget();
    setTimeout(() => typeQuery(element, 'zzzzqqq', true));
    const event = (await oneEvent(element, 'lw-search')) as unknown as SearchEvent;
    expect(event.query).to.equal('zzzzqqq');
    expect(event.resultCount).to.equal(0);
    expect(event.filters.categories).to.deep.equal([]);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(Object.keys(event)).not.to.include('place');
  });

  it('chooses an activity from its title, and tells the page', async () => {
    const element = await searchWidget();
    const title = parts(element, '[part="title"]')[1];
    setTimeout(() => title.click());
    const event = (await oneEvent(element, 'lw-select')) as unknown as SelectEvent;
    expect([event.kind, event.id, (event.record as { title: string }).title]).to.deep.equal([
      'activity',
      'garden-volunteering',
      'Garden volunteering days',
    ]);
    await element.updateComplete;
    expect(title.getAttribute('aria-pressed')).to.equal('true');
  });

  it('does a whole search with the keyboard alone', async () => {
    const element = await searchWidget();
    await typeQuery(element, 'garden', true);
    await element.updateComplete;
    const tuesday = () => parts<HTMLInputElement>(element, 'input[name="day"]')[1];
    for (let i = 0; i < 60 && focused(element) !== tuesday(); i++) await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(tuesday());
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Community gardening club']);
    expect(countText(element)).to.equal('1 activity matches');
    for (let i = 0; i < 80 && !focused(element)?.matches('[part="title"]'); i++) await sendKeys({ press: 'Tab' });
    const chosen = oneEvent(element, 'lw-select');
    await sendKeys({ press: 'Enter' });
    expect(((await chosen) as unknown as SelectEvent).id).to.equal('garden-club');
  });

  it('speaks Welsh inside a Welsh page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="cy">
        <lw-activity-search
          src=${feedUrl}
          no-cache
          page-size="20"
          .geocoder=${postcodesIo('/geocoder')}
        ></lw-activity-search>
      </div>`,
    );
    const element = page.querySelector('lw-activity-search')!;
    await waitUntil(() => /cyfateb/.test(countText(element)), countText(element), { timeout: 10000 });
    expect(countText(element)).to.equal('12 gweithgaredd yn cyfateb');
    expect(part(element, 'label[for="search-input"]').textContent).to.equal('Chwilio am weithgareddau');
    expect(parts(element, 'input[name="day"]').map((day) => day.parentElement!.textContent!.trim())).to.include(
      'Dydd Mawrth',
    );
    expect(part(element, '.results > li').textContent).to.contain('Bob dydd Mawrth 10:00–12:00').and.contain('Am ddim');
    await expect(element).to.be.accessible();
  });
});
