#!/usr/bin/env node
/**
 * `npx linkwork-feed --from openreferral:URL --from openactive:URL --out feed.json`: harvests data
 * councils and activity providers already publish into one static Linkwork feed;
 * `npx linkwork-feed check feed.json`: says what in a feed would be dropped or mended. See `--help`.
 */
import { readFileSync } from 'node:fs';
import { FeedError } from '../feed/errors.js';
import { help, parseCommand, UsageError, type Command } from './arguments.js';
import { check } from './check.js';
import { CannotWrite, harvest } from './harvest.js';
import { Progress } from './progress.js';
import { reportText } from './report.js';

const exitCodes = { complete: 0, incomplete: 1, empty: 1, partial: 3 } as const;

/** The package's version, from the package.json two folders up (dist/cli/ → the package). */
function version(): string {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return version;
}

async function run(command: Exclude<Command, { action: 'help' | 'version' }>): Promise<number> {
  if (command.action === 'check') {
    const { exitCode, text } = await check(command.request);
    process.stdout.write(text);
    return exitCode;
  }
  const { request } = command;
  const progress = new Progress(
    process.stderr,
    request.sources.map((source) => source.url),
  );
  let result;
  try {
    result = await harvest(request, progress.page);
  } finally {
    progress.done();
  }
  process.stdout.write(reportText(result, request.out));
  return exitCodes[result.outcome];
}

async function main(args: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`linkwork-feed: ${error.message}\nRun "npx linkwork-feed --help" for every option.\n`);
    return 2;
  }
  if (command.action === 'help') {
    process.stdout.write(help);
    return 0;
  }
  if (command.action === 'version') {
    process.stdout.write(`linkwork-feed ${version()}\n`);
    return 0;
  }
  try {
    return await run(command);
  } catch (error) {
    if (!(error instanceof FeedError || error instanceof CannotWrite)) throw error;
    const unwritten = error instanceof FeedError && command.action === 'harvest' ? command.request.out : undefined;
    process.stderr.write(`linkwork-feed: ${error.message}\n${unwritten ? `${unwritten} was not written.\n` : ''}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
