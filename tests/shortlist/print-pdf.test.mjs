// The activity plan as a printer gets it: the built CDN script in Debian's Chromium, print media, an A4
// PDF. Three activities must fit on one or two pages. Runs in Node (puppeteer-core drives the browser).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path),
);

let server;
let origin;
let browser;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/cdn/linkwork.js')), 'run `npm run build` first');
  server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The number of pages of a PDF: the page tree's count. */
const pageCount = (pdf) =>
  Math.max(
    ...[
      ...Buffer.from(pdf)
        .toString('latin1')
        .matchAll(/\/Count (\d+)/g),
    ].map((m) => Number(m[1])),
  );

/** A page showing the shortlist with three activities and a note, "Print this list" pressed. */
async function printedPlan() {
  const page = await browser.newPage();
  const ids = ['befriending-durham-4', 'sport-exeter-7', 'arts-leeds-25'];
  await page.goto(`${origin}/tests/shortlist/plan.html?lw-list=${ids.join(',')}`);
  await page.waitForFunction(
    () => document.querySelector('lw-shortlist')?.shadowRoot?.querySelectorAll('.plan-activity').length === 3,
    { timeout: 15000 },
  );
  await page.evaluate(() => {
    const list = document.querySelector('lw-shortlist');
    const note = list.shadowRoot.querySelector('textarea');
    note.value =
      'Sam from the surgery will ring you on Monday to see how the first week went.\nTake a bottle of water.';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    note.dispatchEvent(new Event('change', { bubbles: true }));
    list.shadowRoot.querySelector('[part~="print"]').click();
  });
  await page.waitForFunction(() => document.querySelector('lw-shortlist').shadowRoot.querySelector('.plan .qr'));
  return page;
}

it('prints three activities, the note and the QR code on one or two A4 pages in 12pt type, with the whole page', async () => {
  const page = await printedPlan();
  await page.emulateMediaType('print');
  const sizes = await page.evaluate(() => {
    const plan = document.querySelector('lw-shortlist').shadowRoot.querySelector('.plan');
    return [...plan.querySelectorAll('p, td, th')].map((element) => parseFloat(getComputedStyle(element).fontSize));
  });
  assert.ok(Math.min(...sizes) >= 16, `the smallest text is ${Math.min(...sizes)}px, under 12pt`);
  // Chromium's own print margins: the host page sets none.
  const margin = { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' };
  const pages = pageCount(await page.pdf({ format: 'A4', margin }));
  assert.ok(pages >= 1 && pages <= 2, `three activities took ${pages} A4 pages`);
  await page.close();
});

it('prints the same on one or two pages from "Print this list" (the frame, with its own page margins)', async () => {
  const page = await printedPlan();
  // What the frame holds, laid out again on a page of its own: the frame itself cannot be printed to a PDF.
  const frame = await page.evaluate(() => {
    const printed = document
      .querySelector('lw-shortlist')
      .shadowRoot.querySelector('iframe.print-frame').contentDocument;
    return {
      lang: printed.documentElement.lang,
      css: printed.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
      body: printed.body.innerHTML,
      qr: printed.querySelector('svg.qr')?.getAttribute('aria-label'),
    };
  });
  assert.equal(frame.qr, 'QR code: link to this list');
  const copy = await browser.newPage();
  await copy.setContent(
    `<!doctype html><html lang="${frame.lang}"><head><style>${frame.css}</style></head><body>${frame.body}</body></html>`,
  );
  const pages = pageCount(await copy.pdf({ format: 'A4', preferCSSPageSize: true }));
  assert.ok(pages >= 1 && pages <= 2, `three activities took ${pages} A4 pages`);
  await copy.close();
  await page.close();
});
