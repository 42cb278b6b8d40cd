import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LwShortlist } from '../../src/components/shortlist/shortlist.js';
import { all, forgetLists, mount, one, text } from './fixture.js';

/** Each row of a planned activity's table as `heading: line / line`. */
const rows = (activity: Element) =>
  [...activity.querySelectorAll('tr')].map((row) => {
    const lines = [...row.querySelectorAll('td .line')].map((line) => text(line));
    return `${text(row.querySelector('th'))}: ${lines.length ? lines.join(' / ') : text(row.querySelector('td'))}`;
  });

const printButton = (list: LwShortlist) => one(list, '[part~="print"]');

describe('<lw-shortlist>: the printed activity plan', () => {
  beforeEach(forgetLists);
  afterEach(async () => {
    forgetLists();
    await emulateMedia({ media: 'screen' });
  });

  it('takes the place of the list in print: heading, publisher, date, note, then each activity', async () => {
    const { feed, list } = await mount({ saved: ['choir', 'walk', 'online-art', 'gone'] });
    feed.store.setListNote('Sam will meet you at the door.\nBring water.');
    await list.updateComplete;
    const plan = one(list, '.plan');
    expect(getComputedStyle(plan).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(one(list, '.screen')).display).to.equal('none');
    expect(getComputedStyle(plan).display).to.equal('block');

    expect(text(plan.querySelector('h1'))).to.equal('Your activity plan');
    expect(text(plan.querySelector('.publisher'))).to.equal('From Leeds Wellbeing Partnership');
    expect(text(plan.querySelector('.made'))).to.match(/^Made on [A-Z][a-z]+day, \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(text(plan.querySelector('.plan-note h2'))).to.equal('A note for you');
    expect(plan.querySelector('.plan-note p')!.textContent).to.equal('Sam will meet you at the door.\nBring water.');

    const activities = [...plan.querySelectorAll('.plan-activity')];
    expect(activities.map((activity) => text(activity.querySelector('h2')))).to.deep.equal([
      'Community choir',
      'Health walk',
      'Online art class',
    ]);
    const [choir, walk, art] = activities;
    expect(text(choir.querySelector('.organiser'))).to.equal('By Leeds Voices');
    // The first paragraph only.
    expect(text(choir.querySelector('.organiser + p'))).to.equal('Sing with others, no experience needed.');
    expect(rows(choir)).to.deep.equal([
      'Next dates: Tuesday, 4 March 2031, 10:00–11:30',
      'Where: Central Library, Calverley Street, Leeds, LS1 3AB',
      'How to get there: Map: https://www.openstreetmap.org/?mlat=53.8000&mlon=-1.5480&zoom=17',
      'Cost: Free',
      'Accessibility: Step-free access, Hearing loop',
      'Contact: Sam / Phone: 0113 496 0000 / Email: choir@example.org / https://example.org/choir',
    ]);
    expect(rows(walk)[0]).to.equal(
      'Next dates: Wednesday, 5 March 2031, 14:00–15:00 / Wednesday, 12 March 2031, 14:00–15:00 / Wednesday, 19 March 2031, 14:00–15:00',
    );
    expect(text(walk.querySelector('.stale'))).to.equal('Last updated 14 months ago: check before you go');
    expect(choir.querySelector('.stale')).to.equal(null);
    expect(rows(art)).to.deep.equal([
      'Next dates: Friday, 7 March 2031, from 11:00',
      'How to get there: Online: the organiser sends the link to join.',
      'Contact: Email: art@example.org',
    ]);
    expect(text(plan.querySelector('.plan-address'))).to.equal(
      `To open this list on a phone or computer, type this address: ${list.shareUrl}`,
    );
  });

  it('is in large type: 12pt body and more for headings', async () => {
    const { list } = await mount({ saved: ['choir'] });
    await emulateMedia({ media: 'print' });
    const plan = one(list, '.plan');
    const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    const twelvePoint = 16;
    for (const element of plan.querySelectorAll('p, td, th, .line')) expect(px(element)).to.be.at.least(twelvePoint);
    expect(px(plan.querySelector('h1')!)).to.be.greaterThan(px(plan.querySelector('h2')!));
    expect(px(plan.querySelector('h2')!)).to.be.greaterThan(twelvePoint);
  });

  it('"Print this list" prints the plan alone, with a QR code to the list, from a frame inside the widget', async () => {
    const { list } = await mount({ saved: ['choir', 'walk'] });
    printButton(list).click();
    await waitUntil(() => list.shadowRoot!.querySelector('iframe.print-frame'), 'nothing was printed', {
      timeout: 5000,
    });
    const frame = one<HTMLIFrameElement>(list, 'iframe.print-frame');
    const printed = frame.contentDocument!;
    expect(printed.documentElement.lang).to.equal('en-GB');
    expect(printed.title).to.equal('Your activity plan');
    expect(printed.adoptedStyleSheets.length).to.equal(1);
    expect(text(printed.body)).to.equal(text(one(list, '.plan')));
    const qr = printed.querySelector('svg.qr')!;
    expect([qr.getAttribute('role'), qr.getAttribute('aria-label')]).to.deep.equal([
      'img',
      'QR code: link to this list',
    ]);
    expect(text(printed.querySelector('.plan-address'))).to.equal(
      `Scan the code with a phone camera to open this list, or type the address below it. ${list.shareUrl}`,
    );
    expect(getComputedStyle(printed.querySelector('.plan')!).fontSize).to.equal('16px');
    expect(frame.getBoundingClientRect().width).to.equal(0);
    await expect(list).to.be.accessible();
  });

  it('prints in Welsh on a Welsh page', async () => {
    const { list } = await mount({ saved: ['choir'], lang: 'cy' });
    await emulateMedia({ media: 'print' });
    const plan = one(list, '.plan');
    expect(text(plan.querySelector('h1'))).to.equal('Eich cynllun gweithgareddau');
    expect(text(plan.querySelector('.publisher'))).to.equal('Gan Leeds Wellbeing Partnership');
    expect(rows(plan.querySelector('.plan-activity')!).map((row) => row.split(':')[0])).to.deep.equal([
      'Y dyddiadau nesaf',
      'Ble',
      'Sut i gyrraedd',
      'Cost',
      'Hygyrchedd',
      'Cysylltu',
    ]);
    expect(all(list, '.plan-activity')).to.have.length(1);
  });
});
