import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openDemo } from '../helpers/demo-page.js';

/** The cells of one table on the page, row by row, as a reader sees them. */
function rows(main: HTMLElement, heading: string): string[][] {
  const region = main.querySelector(`[role="region"][aria-labelledby="${heading}"]`)!;
  return [...region.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
}

/** The deepest focused element, through open shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('the generated reference page of <lw-resource-list> (dist/docs/)', () => {
  let main: HTMLElement;
  let list: HTMLElement;

  before(async () => {
    const response = await fetch('/dist/docs/lw-resource-list.html');
    if (!response.ok) throw new Error('dist/docs/lw-resource-list.html is missing: run `npm run build` first');
    main = await openDemo('/dist/docs/lw-resource-list.html');
    list = main.querySelector('.example lw-resource-list')!;
    await waitUntil(
      () => list.shadowRoot?.textContent?.includes('Culture, Health and Wellbeing Alliance'),
      'the live example shows the sample feed',
      { timeout: 10_000 },
    );
  });

  it('names the tag, says what it is, links to each part of the page and shows the markup it runs', () => {
    expect(main.querySelector('h1')!.textContent).to.equal('<lw-resource-list>');
    expect(main.querySelector('.summary')!.textContent).to.equal(
      'Resources grouped by type, searchable and filterable by type and audience.',
    );
    expect(main.querySelector('pre code')!.textContent).to.equal(
      '<lw-feed src="../../demo/feed.json">\n  <lw-resource-list heading-level="3"></lw-resource-list>\n</lw-feed>',
    );
    const contents = main.querySelectorAll('nav[aria-label="On this page"] a');
    expect([...contents].map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
      ['Live example', '#example'],
      ['Attributes', '#attributes'],
      ['Events', '#events'],
      ['CSS parts', '#parts'],
      ['CSS custom properties', '#css-properties'],
    ]);
    expect([...main.querySelectorAll('h2')].map((heading) => heading.textContent)).to.deep.equal([
      'Live example',
      'Attributes',
      'Events',
      'CSS parts',
      'CSS custom properties',
    ]);
  });

  it('lists attributes with their property, type and default, and CSS properties with their defaults', () => {
    expect(rows(main, 'attributes')).to.deep.include([
      'layout',
      'layout',
      "'cards' | 'compact'",
      "'cards'",
      'cards (a grid, for full pages) or compact (one column, filters folded away, for sidebars).',
    ]);
    expect(rows(main, 'css-properties')[0]).to.deep.equal([
      '--lw-resource-list-card-width',
      '16rem',
      'The narrowest a card may be before the cards layout puts fewer in a row.',
    ]);
    expect(rows(main, 'css-properties')).to.deep.include([
      '--lw-color-accent',
      '#0b5cad',
      'Links, buttons and selected items (dark scheme: #6cb6ff)',
    ]);
    expect(rows(main, 'events').map(([name, type]) => [name, type])).to.deep.equal([['lw-select', 'SelectEvent']]);
  });

  it('is accessible with the live example loaded', async () => {
    await expect(main).to.be.accessible();
  });

  it('is usable by keyboard: Tab goes into the live widget, then to each table (a Tab stop, so it scrolls by keys)', async () => {
    const pre = main.querySelector<HTMLElement>('pre')!;
    pre.tabIndex = -1;
    pre.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.localName, "the example's search box").to.equal('input');
    expect(document.activeElement).to.equal(list);

    const regions = [...main.querySelectorAll<HTMLElement>('[role="region"]')];
    expect(regions.map((region) => region.tabIndex)).to.deep.equal([0, 0, 0, 0]);
    regions[0]!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement, 'back in the widget').to.equal(list);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'on to the attributes').to.equal(regions[0]);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'then the events').to.equal(regions[1]);
  });
});
