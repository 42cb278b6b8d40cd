import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';

/** The fenced code blocks of one README section, by language. */
function codeBlocks(readme: string, heading: string, language: string): string[] {
  const start = readme.indexOf(heading);
  const section = readme.slice(start, readme.indexOf('\n#', start + heading.length));
  return [...section.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]);
}

describe('README guides', () => {
  let readme: string;
  before(async () => {
    readme = await (await fetch('/README.md')).text();
  });

  it("publishers' complete example is a feed that loads with nothing dropped", () => {
    const [example] = codeBlocks(readme, '### Publishers: the feed', 'json');
    const { feed, problems } = parseFeed(JSON.parse(example));
    expect(problems).to.deep.equal([]);
    expect([feed.networks.length, feed.activities.length, feed.resources.length, feed.categories.length]).to.deep.equal(
      [2, 2, 1, 1],
    );
  });

  it("webmasters' policy is the one demo/csp.html is tested under, plus the CDN", async () => {
    const strictPolicy = (await fetch('/demo/csp.html')).headers.get('content-security-policy')!;
    const [policy] = codeBlocks(readme, '### Webmasters: paste this', 'text');
    expect(policy.trim()).to.equal(
      strictPolicy.replace("script-src 'self'", "script-src 'self' https://cdn.jsdelivr.net"),
    );
  });
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

describe('README opening and links', () => {
  let readme: string;
  before(async () => {
    readme = await (await fetch('/README.md')).text();
  });

  it('opens with what Linkwork is, the two set-up commands and the embed, and reaches the guides by line 80', () => {
    const lines = readme.split('\n');
    expect(lines[0]).to.equal('# Linkwork');
    expect(lines.slice(0, 10).join(' ')).to.include('embeddable web components for social prescribing');
    const commands = lines.findIndex((line) => line.startsWith('npm ci && npm start'));
    expect(lines[commands + 1]).to.match(/^npm ci && npm test /);
    expect(commands).to.be.below(20);
    expect(lines.indexOf('## Embed it')).to.be.above(commands);
    expect(lines.indexOf('## Five-minute guides')).to.be.within(1, 80);
    const embed = readme.slice(readme.indexOf('## Embed it'), readme.indexOf('## Where to read on'));
    expect(embed).to.include('dist/cdn/');
    expect(embed).to.include('integrity="sha384-');
    expect(embed).to.match(/once the package is published/i);
  });

  it('links only to files that are there and headings that exist', async () => {
    const headings = new Set([...readme.matchAll(/^#{2,4} (.+)$/gm)].map((match) => anchor(match[1]!)));
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
    expect(links.length).to.be.above(10);
    for (const link of links.filter((target) => target.startsWith('#')))
      expect(headings.has(link.slice(1)), link).to.equal(true);
    for (const link of links.filter((target) => !/^(#|https?:|mailto:)/.test(target))) {
      const response = await fetch(`/${link.split('#')[0]}`);
      expect(response.status, link).to.equal(200);
    }
  });
});
