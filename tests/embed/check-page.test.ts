import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openDemo } from '../helpers/demo-page.js';

const summary = () => document.getElementById('result-summary')!.textContent!;
const problems = () => [...document.querySelectorAll('#result-problems li')].map((item) => item.textContent);

/** Puts text in the box and presses the button by keyboard, as a publisher would. */
async function checkText(json: string) {
  (document.getElementById('feed-url') as HTMLInputElement).value = '';
  (document.getElementById('feed-json') as HTMLTextAreaElement).value = json;
  document.querySelector<HTMLButtonElement>('#check-form button')!.focus();
  await sendKeys({ press: 'Enter' });
}

async function brokenFeed(): Promise<string> {
  const feed = await (await fetch('/tests/fixtures/valid-feed.json')).json();
  feed.activities[0].url = 'javascript:alert(1)';
  delete feed.activities[1].id;
  feed.activities[2].contact = { email: 'info@example.org.' };
  return JSON.stringify(feed);
}

describe('the "Check your feed" page', () => {
  let main: HTMLElement;
  before(async () => {
    main = await openDemo('/demo/check.html');
    await import('/demo/check.js' as string);
  });

  it('is accessible before anything is checked', async () => {
    await expect(main).to.be.accessible();
  });

  it('lists each problem of a pasted feed in words, with counts, and previews the widgets', async () => {
    await checkText(await brokenFeed());
    await waitUntil(() => summary().startsWith('3 problems'), 'the problems are counted', { timeout: 10_000 });
    expect(summary()).to.equal(
      '3 problems: 1 record not shown, 2 fields mended or left out. It holds 3 activities, 2 networks, 2 resources and 3 categories.',
    );
    expect(problems()).to.deep.equal([
      'activity 1 "garden-club": url must be an http(s) link; the field was removed.',
      'activity 2: id is missing',
      'activity 3 "paint-online": contact.email "info@example.org." was mended to "info@example.org" (removed the trailing dot).',
    ]);
    expect(document.activeElement?.id).to.equal('result-heading', 'focus moves to the result');
    const search = document.querySelector('#preview lw-activity-search')!;
    expect(document.getElementById('preview')!.hidden).to.equal(false);
    await waitUntil(
      () => search.shadowRoot?.textContent?.includes('Community garden club'),
      'the preview shows the feed',
      {
        timeout: 10_000,
      },
    );
    await expect(main).to.be.accessible();
  });

  it('says when the text is not JSON, and hides the preview', async () => {
    await checkText('{ "version": 1, ');
    await waitUntil(() => summary().startsWith('This is not JSON'), 'the mistake is said', { timeout: 10_000 });
    expect(document.getElementById('preview')!.hidden).to.equal(true);
  });

  it('says why a feed cannot be shown at all', async () => {
    await checkText('{ "activities": [] }');
    await waitUntil(() => summary().startsWith('The feed cannot be shown'), 'the error is said', { timeout: 10_000 });
    expect(summary()).to.include('"version"');
  });

  it('checks a feed at an address, and says when it has no problem', async () => {
    (document.getElementById('feed-url') as HTMLInputElement).value = '/tests/fixtures/valid-feed.json';
    document.querySelector<HTMLButtonElement>('#check-form button')!.click();
    await waitUntil(() => summary().startsWith('No problems'), 'the clean feed is said to be clean', {
      timeout: 10_000,
    });
    expect(summary()).to.equal(
      'No problems: every record and every field is shown as written. It holds 4 activities, 2 networks, 2 resources and 3 categories.',
    );
    expect(problems()).to.deep.equal([]);
  });
});
