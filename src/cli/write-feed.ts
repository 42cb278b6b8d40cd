/**
 * Writes a feed to a file a piece at a time, so a harvest of any size is written without ever making one
 * giant string (a 600 MB feed is past what one JavaScript string can hold). Writes beside the file, then
 * renames: a web server never serves half a feed.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Feed } from '../feed/schema.js';

const lists = ['categories', 'networks', 'activities', 'resources'] as const;
/** Records are joined into pieces of about this many characters before each write. */
const pieceSize = 1 << 20;

/** The feed as pieces of JSON text, in order: exactly `JSON.stringify(feed)` and a newline when joined. */
export function* feedPieces(feed: Feed): Generator<string> {
  const header = Object.fromEntries(
    Object.entries(feed).filter(([key]) => !(lists as readonly string[]).includes(key)),
  );
  const headerText = JSON.stringify(header);
  let piece = headerText.slice(0, -1);
  let separator = headerText === '{}' ? '' : ',';
  for (const list of lists) {
    piece += `${separator}${JSON.stringify(list)}:[`;
    separator = ',';
    const records: readonly unknown[] = feed[list];
    for (let index = 0; index < records.length; index++) {
      piece += `${index ? ',' : ''}${JSON.stringify(records[index])}`;
      if (piece.length >= pieceSize) {
        yield piece;
        piece = '';
      }
    }
    piece += ']';
  }
  yield `${piece}}\n`;
}

/** Writes the feed and says how many bytes it has. */
export async function writeFeed(path: string, feed: Feed): Promise<number> {
  const temporary = `${path}.${process.pid}.tmp`;
  const file = createWriteStream(temporary);
  let bytes = 0;
  try {
    for (const piece of feedPieces(feed)) {
      bytes += Buffer.byteLength(piece);
      if (!file.write(piece))
        await Promise.race([once(file, 'drain'), once(file, 'error').then(([e]) => Promise.reject(e))]);
    }
    file.end();
    await once(file, 'finish');
    await rename(temporary, path);
    return bytes;
  } catch (error) {
    file.destroy();
    await rm(temporary, { force: true });
    throw new CannotWrite(path, error);
  }
}

export class CannotWrite extends Error {
  override readonly name = 'CannotWrite';

  constructor(path: string, cause: unknown) {
    super(`${path} could not be written (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}).`);
  }
}
