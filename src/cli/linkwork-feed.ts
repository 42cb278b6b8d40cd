#!/usr/bin/env node
/**
 * `npx linkwork-feed --from openreferral:URL --from openactive:URL --out feed.json`: harvests data
 * councils and activity providers already publish into one static Linkwork feed. See `--help`.
 */
import { FeedError } from '../feed/errors.js';
import { help, parseCommand, UsageError } from './arguments.js';
import { CannotWrite, harvest } from './harvest.js';
import { Progress } from './progress.js';
import { reportText } from './report.js';

const exitCodes = { complete: 0, incomplete: 1, empty: 1, partial: 3 } as const;

async function main(args: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`linkwork-feed: ${error.message}\nRun "npx linkwork-feed --help" for every option.\n`);
    return 2;
  }
  if (command.help) {
    process.stdout.write(help);
    return 0;
  }
  const progress = new Progress(
    process.stderr,
    command.sources.map((source) => source.url),
  );
  try {
    const result = await harvest(command, progress.page);
    progress.done();
    process.stdout.write(reportText(result, command.out));
    return exitCodes[result.outcome];
  } catch (error) {
    progress.done();
    if (!(error instanceof FeedError || error instanceof CannotWrite)) throw error;
    process.stderr.write(
      `linkwork-feed: ${error.message}\n${error instanceof FeedError ? `${command.out} was not written.\n` : ''}`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
