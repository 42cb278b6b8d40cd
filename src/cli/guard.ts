/**
 * What the harvester may fetch. Run in CI or on a server, it must not be turned against its own network:
 * addresses that resolve to loopback, link-local or private ranges are refused (each redirect too) unless
 * `--allow-private`. And a harvest is bounded: past `--max-bytes` nothing more is read.
 * A `file:` URL is a file the person running the command named: it is read from disk, as one page.
 */
import { lookup } from 'node:dns/promises';
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { FeedError } from '../feed/errors.js';

export interface GuardOptions {
  allowPrivate: boolean;
  maxBytes: number;
}

const maxRedirects = 5;

/** IPv4 ranges that are not the public internet: [first address, prefix length]. */
const privateV4: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
];

const v4Number = (address: string) => address.split('.').reduce((n, part) => n * 256 + Number(part), 0);

/** Whether an IP address is loopback, link-local, private, unspecified or multicast. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(ip) === 4) {
    const n = v4Number(ip);
    return privateV4.some(
      ([first, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4Number(first) / 2 ** (32 - bits)),
    );
  }
  if (isIP(ip) !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) return isPrivateAddress(mapped[1]!);
  return ip === '::' || ip === '::1' || /^f[cd]/.test(ip) || /^fe[89ab]/.test(ip) || /^ff/.test(ip);
}

export class Guard {
  readonly #options: GuardOptions;
  /** Bytes of every answer read so far in this harvest. */
  bytes = 0;

  constructor(options: GuardOptions) {
    this.#options = options;
  }

  /** A `fetch` for the feed loader: checks each address, follows redirects itself, counts what it reads. */
  readonly fetch: typeof fetch = async (input, init) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol === 'file:') return this.#counted(url, await fileAnswer(url));
    for (let redirects = 0; ; redirects++) {
      await this.check(url);
      const response = await fetch(url, { ...init, redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= maxRedirects)
          throw new FeedError('network', `${url.href} redirected more than ${maxRedirects} times.`);
        url = new URL(location, url);
        continue;
      }
      return this.#counted(url, response);
    }
  };

  /** Refuses an address the harvest must not fetch; says why in words the person running it can act on. */
  async check(url: URL): Promise<void> {
    if (!/^https?:$/.test(url.protocol)) throw new FeedError('invalid', `${url.href} is not an http(s) address.`);
    if (this.#options.allowPrivate) return;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const refuse = (address: string) =>
      new FeedError(
        'invalid',
        `${url.href} was not fetched: ${address === host ? 'it is' : `${host} resolves to ${address},`} a loopback, link-local or private address. Add --allow-private to harvest from your own network.`,
      );
    if (host === 'localhost' || host.endsWith('.localhost')) throw refuse(host);
    if (isIP(host)) {
      if (isPrivateAddress(host)) throw refuse(host);
      return;
    }
    let addresses: { address: string }[];
    try {
      addresses = await lookup(host, { all: true });
    } catch {
      return; // the fetch itself will say the host cannot be found
    }
    const inside = addresses.find(({ address }) => isPrivateAddress(address));
    if (inside) throw refuse(inside.address);
  }

  async #counted(url: URL, response: Response): Promise<Response> {
    const { maxBytes } = this.#options;
    const tooMuch = () =>
      new FeedError(
        'invalid',
        `reading ${url.href} took the harvest past --max-bytes ${formatBytes(maxBytes)}; nothing more was read. Give a larger --max-bytes to read more.`,
      );
    if (this.bytes >= maxBytes) {
      await response.body?.cancel();
      throw tooMuch();
    }
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    const reader = response.body?.getReader();
    for (;;) {
      const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
      if (chunk.done) break;
      this.bytes += chunk.value.byteLength;
      if (this.bytes > maxBytes) {
        await reader!.cancel();
        throw tooMuch();
      }
      chunks.push(chunk.value as Uint8Array<ArrayBuffer>);
    }
    return new Response(new Blob(chunks), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }
}

/**
 * A file as an HTTP answer. A file is one page: the pages of a paged API saved as files are named with
 * `{page}` in the path (`services-{page}.json`), so a later page asked as `?page=2` is not there.
 */
async function fileAnswer(url: URL): Promise<Response> {
  const page = url.searchParams.get('page');
  const path = fileURLToPath(new URL(url.pathname, url));
  if (page && page !== '1' && page !== '0')
    throw new FeedError(
      'invalid',
      `${path} says there are more pages; to read saved pages, put {page} where the number goes in the file name (such as services-{page}.json).`,
    );
  try {
    return new Response(new Uint8Array(await readFile(path)), { status: 200 });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const why = code === 'ENOENT' ? 'there is no such file' : (code ?? message);
    throw new FeedError('invalid', `${path} could not be read (${why}).`);
  }
}

/** `500 MB`, `1.5 GB`, `800 KB`. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}
