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
