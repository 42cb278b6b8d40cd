import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { webLink } from '../../src/feed/schema.js';

// webLink skips the URL parser for plain links; it must accept and return exactly what zod's own
// http(s) URL check does, on ordinary links and on the ones that trip parsers up.
const zodWebLink = z.url({ protocol: /^https?$/ });

const links = [
  'https://example.org',
  'https://example.org/',
  'http://example.org/path/to/page.html?x=1&y=two#part',
  'HTTPS://Example.ORG/A',
  '  https://example.org/padded  ',
  'https://sub.domain.example.co.uk:8080/x',
  'https://example.org:65535/',
  'https://example.org:65536/',
  'https://example.org:99999/',
  'https://example.org:0/',
  'https://my-site.example.org/a b',
  'https://example.org/%zz',
  'https://example.org/ünïcode',
  'https://bücher.example/',
  'https://xn--a.example/',
  'https://xn--bcher-kva.example/',
  'https://-leading.example.org/',
  'https://a..b.example/',
  'https://exa\tmple.org/',
  'https://example.org/\nnext',
  'ht\ttps://example.org/',
  'https://user:secret@example.org/',
  'https://@example.org/',
  'https://[::1]/',
  'https://[::1/',
  'http://127.0.0.1/',
  'http://1.2.3.999/',
  'http://999/',
  'http://localhost/',
  'https://exa mple.org/',
  'https://exa%20mple.org/',
  'https://example.org\\path',
  'https:example.org',
  'https:/example.org',
  'https:///example.org',
  'https://',
  'http://.',
  'https://example.123/',
  'https://example.org./',
  'ftp://example.org/',
  'javascript:alert(1)',
  'JavaScript://example.org/%0Aalert(1)',
  'mailto:someone@example.org',
  'data:text/html,hi',
  '//example.org/',
  '/relative/path',
  'example.org',
  '',
  '   ',
];

describe('webLink', () => {
  for (const link of links) {
    it(`agrees with z.url on ${JSON.stringify(link)}`, () => {
      const ours = webLink.safeParse(link);
      const zods = zodWebLink.safeParse(link);
      expect(ours.success, 'accepted').to.equal(zods.success);
      if (zods.success) expect(ours.data).to.equal(zods.data);
    });
  }

  it('accepts ordinary links and refuses other schemes', () => {
    expect(webLink.safeParse('https://example.org/a').success).to.equal(true);
    expect(webLink.safeParse('javascript:alert(1)').success).to.equal(false);
    expect(webLink.safeParse(42).success).to.equal(false);
  });
});
