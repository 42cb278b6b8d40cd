/** How long the feed layer takes to validate feeds of growing size (issue 2: ≤ 100 ms at 10k). */
import { parseFeed } from '../src/feed/parse.js';
import { generateFeed } from './generate-feed.js';
import type { BenchReport } from './harness/report.js';

const sizes = [1_000, 10_000, 100_000];

export default async function (report: BenchReport) {
  const rows = [];
  for (const activities of sizes) {
    const text = JSON.stringify(generateFeed({ activities }));
    const json = JSON.parse(text);
    const runs = activities >= 100_000 ? 5 : 15;
    const jsonParse = await report.time(() => JSON.parse(text), { runs });
    const validate = await report.time(() => parseFeed(json), { runs });
    const { feed, problems } = parseFeed(json);
    if (feed.activities.length !== activities || problems.length)
      throw new Error(`the generated feed lost records: ${JSON.stringify(problems.slice(0, 3))}`);
    rows.push([
      activities.toLocaleString('en-GB'),
      `${(text.length / 2 ** 20).toFixed(1)} MB`,
      report.ms(jsonParse.median),
      report.ms(validate.min),
      report.ms(validate.median),
      runs,
    ]);
  }
  report.table(
    'parseFeed (validate every record) on generated feeds',
    ['activities', 'JSON size', 'JSON.parse median', 'parseFeed min', 'parseFeed median', 'runs'],
    rows,
  );
  report.note(
    'Target (issue 2): parseFeed ≤ 100 ms for 10,000 activities. JSON.parse is shown for scale; `<lw-feed>` pays both.',
  );
}
