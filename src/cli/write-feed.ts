/**
 * Writes a feed to a file a piece at a time, so a harvest of any size is written without ever making one
 * giant string (a 600 MB feed is past what one JavaScript string can hold). Writes beside the file, then
 * renames: a web server never serves half a feed. Makes the file's folder when it is missing.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Feed } from '../feed/schema.js';

const lists = ['categories', 'networks', 'activities', 'resources'] as const;
/** Records are joined into pieces of about this many characters before each write. */
const pieceSize = 1 << 20;

/** The feed's fields besides its lists. */
const headerOf = (feed: Feed) =>
  Object.fromEntries(Object.entries(feed).filter(([key]) => !(lists as readonly string[]).includes(key)));

/** The feed as pieces of JSON text, in order: exactly `JSON.stringify(feed)` and a newline when joined. */
export function* feedPieces(feed: Feed): Generator<string> {
  const headerText = JSON.stringify(headerOf(feed));
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

/**
 * The `updated` of the feed already at `path` when that file holds exactly `feed` but for its `updated`:
 * then nothing but the time of the run would change, and the file is better left as it is.
 */
export async function unchangedSince(path: string, feed: Feed): Promise<string | undefined> {
  const headerText = JSON.stringify(headerOf(feed));
  if (!headerText.includes('"updated":')) return undefined;
  const before = headerText.slice(0, headerText.indexOf('"updated":') + '"updated":'.length);
  let start: string;
  try {
    const file = await open(path);
    const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(before.length + 200) });
    await file.close();
    start = buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return undefined;
  }
  const stamp = start.startsWith(before) ? /^"(?:[^"\\]|\\.)*"/.exec(start.slice(before.length))?.[0] : undefined;
  if (!stamp) return undefined;
  const updated = JSON.parse(stamp) as string;
  const written = createHash('sha256');
  for await (const chunk of createReadStream(path)) written.update(chunk as Buffer);
  const wanted = createHash('sha256');
  for (const piece of feedPieces({ ...feed, updated })) wanted.update(piece);
  return written.digest('hex') === wanted.digest('hex') ? updated : undefined;
}

/** Writes the feed and says how many bytes it has. */
export async function writeFeed(path: string, feed: Feed): Promise<number> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw new CannotWrite(path, error);
  }
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
