import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openDemo } from '../helpers/demo-page.js';

/** The embed builder page's <main>, put into this test page with its stylesheets and script. */
async function openBuilder(): Promise<HTMLElement> {
  const main = await openDemo('/demo/embed.html');
  await import('/demo/embed.js' as string);
  return main;
}

const snippet = () => document.getElementById('snippet')!.textContent!;
const status = () => document.getElementById('copy-status')!.textContent!;

async function focusAndPress(id: string, key: string) {
  document.getElementById(id)!.focus();
  await sendKeys({ press: key });
}

describe('the embed builder', () => {
  let builder: HTMLElement;
  before(async () => {
    builder = await openBuilder();
  });

  it('starts with the script tag, the feed and all three widgets, and previews them', () => {
    expect(snippet()).to.equal(
      [
        '<script type="module" blocking="render" src="https://cdn.jsdelivr.net/npm/linkwork@0/dist/cdn/linkwork.js"></script>',
        '<lw-feed src="feed.json">',
        '  <lw-network-finder></lw-network-finder>',
        '  <lw-activity-search></lw-activity-search>',
        '  <lw-resource-list></lw-resource-list>',
        '</lw-feed>',
      ].join('\n'),
    );
    const preview = document.getElementById('preview')!;
    expect([...preview.querySelectorAll('lw-feed > *')].map((element) => element.localName)).to.deep.equal([
      'lw-network-finder',
      'lw-activity-search',
      'lw-resource-list',
    ]);
  });

  it('follows the choices made by keyboard: widgets, language, audience, layout, no-cache', async () => {
    await focusAndPress('widget-map', 'Space');
    await focusAndPress('language', 'ArrowDown');
    await focusAndPress('language', 'ArrowDown');
    await focusAndPress('audience', 'ArrowDown');
    await focusAndPress('layout', 'ArrowDown');
    await focusAndPress('no-cache', 'Space');
    expect(snippet()).to.include('<lw-feed src="feed.json" lang="cy" no-cache>');
    expect(snippet()).not.to.include('lw-network-finder');
    expect(snippet()).to.include(
      '<lw-resource-list audience="cultural-organisations" layout="compact"></lw-resource-list>',
    );
    const feed = document.querySelector('#preview lw-feed')!;
    expect(feed.getAttribute('lang')).to.equal('cy');
    expect(feed.hasAttribute('no-cache')).to.equal(true);
    expect(feed.querySelector('lw-network-finder')).to.equal(null);
  });

  it('adds the shortlist, “My list”, inside the feed', async () => {
    await focusAndPress('widget-shortlist', 'Space');
    expect(snippet()).to.include('  <lw-shortlist></lw-shortlist>\n</lw-feed>');
    expect(document.querySelector('#preview lw-feed > lw-shortlist')).not.to.equal(null);
    await focusAndPress('widget-shortlist', 'Space');
    expect(snippet()).not.to.include('lw-shortlist');
  });

  it('refuses an address that is not a web address, says why, and keeps the last good one', async () => {
    const input = document.getElementById('feed-url') as HTMLInputElement;
    input.focus();
    input.select();
    await sendKeys({ type: 'javascript:alert(1)' });
    await waitUntil(() => input.getAttribute('aria-invalid') === 'true', 'the address was not marked invalid', {
      timeout: 2000,
    });
    const error = document.getElementById('feed-url-error')!;
    expect(error.hidden).to.equal(false);
    expect(error.textContent).to.include('not a web address');
    expect(input.getAttribute('aria-describedby')).to.include('feed-url-error');
    expect(snippet()).to.include('src="feed.json"').and.not.include('javascript');
    await expect(builder).to.be.accessible();

    input.select();
    await sendKeys({ type: '/tests/fixtures/valid-feed.json?a&b="2"' });
    await waitUntil(() => snippet().includes('valid-feed'), 'the new address never reached the code', {
      timeout: 2000,
    });
    expect(snippet()).to.include('src="/tests/fixtures/valid-feed.json?a&amp;b=&quot;2&quot;"');
    expect(document.querySelector('#preview lw-feed')!.getAttribute('src')).to.equal(
      '/tests/fixtures/valid-feed.json?a&b="2"',
    );
    expect(error.hidden).to.equal(true);
  });

  it('copies the code and says so in a polite status message', async () => {
    await focusAndPress('copy', 'Enter');
    await waitUntil(() => status() !== '', 'nothing was announced');
    expect(document.getElementById('copy-status')!.getAttribute('role')).to.equal('status');
    expect(document.activeElement).to.equal(document.getElementById('copy'));
    if (status() === 'Copied') {
      // Paste it, as the webmaster will.
      const pasteHere = document.createElement('textarea');
      document.body.append(pasteHere);
      pasteHere.focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'v' });
      await sendKeys({ up: 'Control' });
      expect(pasteHere.value).to.equal(snippet());
      pasteHere.remove();
    } else {
      // The browser refused (a window without focus may not write the clipboard): the code is selected instead.
      expect(status()).to.match(/^Could not copy automatically: the code is selected/);
      expect(getSelection()!.toString()).to.equal(snippet());
    }
  });

  it('is accessible', async () => {
    await expect(builder).to.be.accessible();
  });
});
