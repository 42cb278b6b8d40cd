// @ts-check
// dist/feed.schema.json, checked with a standard validator (Ajv, draft 2020-12, strict mode): the sample
// feeds pass; each planted error fails the schema and is one `parseFeed` also reports, so a publisher's
// pipeline refuses what the widgets would drop or mend.
import { Ajv2020 } from 'ajv/dist/2020.js';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const read = async (/** @type {string} */ path) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
const schema = await read('../../dist/feed.schema.json');
// Imported by address, so the type check (which runs before the build) does not look for dist/.
const { parseFeed } = await import(new URL('../../dist/feed/index.js', import.meta.url).href);
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const sample = await read('../fixtures/valid-feed.json');

/**
 * The sample feed with one change made to a copy.
 * @param {(feed: any) => void} change
 */
function planted(change) {
  const feed = structuredClone(sample);
  change(feed);
  return feed;
}

/** @param {unknown} feed */
const schemaErrors = (feed) =>
  validate(feed) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('the feed JSON Schema', () => {
  it('says what it is: its $id, its draft and the feed version', () => {
    assert.equal(schema.$id, 'https://cdn.jsdelivr.net/npm/linkwork@0/dist/feed.schema.json');
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.title, 'Linkwork feed, version 1');
    assert.deepEqual(schema.properties.version, { type: 'number', const: 1 });
    assert.deepEqual(schema.required, ['version']);
  });

  it('accepts the sample feeds, which parseFeed reads without a problem', async () => {
    for (const path of ['../fixtures/valid-feed.json', '../../demo/feed.json', '../fixtures/search-feed.json']) {
      const feed = await read(path);
      assert.deepEqual(schemaErrors(feed), [], path);
      assert.deepEqual(parseFeed(feed).problems, [], path);
    }
  });

  /** @type {[string, (feed: any) => void, string][]} */
  const errors = [
    [
      'an activity without an id',
      (feed) => delete feed.activities[0].id,
      "/activities/0 must have required property 'id'",
    ],
    ['an id of spaces', (feed) => (feed.activities[0].id = '   '), '/activities/0/id must match pattern "\\S"'],
    ['a title of spaces', (feed) => (feed.activities[1].title = ' '), '/activities/1/title must match pattern "\\S"'],
    [
      'a javascript: link',
      (feed) => (feed.activities[0].url = 'javascript:alert(1)'),
      '/activities/0/url must match pattern "^\\s*[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+"',
    ],
    [
      'a data: link on a resource',
      (feed) => (feed.resources[0].url = 'data:text/html,<b>hi</b>'),
      '/resources/0/url must match pattern "^\\s*[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+"',
    ],
    [
      'a latitude without its longitude',
      (feed) => delete feed.activities[0].location.lng,
      '/activities/0/location must have property lng when property lat is present',
    ],
    [
      'a date that is not a day',
      (feed) => (feed.activities[0].schedule[0] = { days: ['tue'], frequency: 'once', date: '2026-02-30x' }),
      '/activities/0/schedule/0/date must match pattern "^\\s*\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])\\s*$"',
    ],
    [
      'a time past midnight',
      (feed) => (feed.activities[0].schedule[0].start = '25:00'),
      '/activities/0/schedule/0/start must match pattern "^([01][0-9]|2[0-3]):[0-5][0-9]$"',
    ],
    [
      'a phone number with tel:',
      (feed) => (feed.activities[0].contact = { phone: 'tel:01134960000' }),
      '/activities/0/contact/phone must match pattern "^(?!\\s*[Tt][Ee][Ll]:).*\\d(?:[\\s().-]*\\d){5}"',
    ],
    [
      'a radius without a location',
      (feed) => delete feed.networks[0].location,
      "/networks/0 must have required property 'location'",
    ],
    [
      'an unknown scope',
      (feed) => (feed.networks[0].scope = 'city'),
      '/networks/0/scope must be equal to one of the allowed values',
    ],
    ['a list that is not a list', (feed) => (feed.resources = {}), '/resources must be array'],
  ];
  for (const [what, change, message] of errors) {
    it(`refuses ${what}, as parseFeed reports it`, () => {
      const feed = planted(change);
      assert.ok(schemaErrors(feed).includes(message), `${message} in ${schemaErrors(feed).join('; ')}`);
      assert.notDeepEqual(parseFeed(feed).problems, [], 'parseFeed reports it too');
    });
  }

  it('refuses a feed of another version, or none', () => {
    assert.deepEqual(schemaErrors(planted((feed) => (feed.version = 2))), ['/version must be equal to constant']);
    assert.deepEqual(schemaErrors(planted((feed) => delete feed.version)), [" must have required property 'version'"]);
  });

  it('lets through fields it does not know, as the parser ignores them', () => {
    assert.deepEqual(schemaErrors(planted((feed) => (feed.activities[0].colour = 'green'))), []);
  });
});
