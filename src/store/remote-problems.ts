/** Tells the webmaster's console what the validation of a directory's answer dropped or mended, record by record. */
import type { Problem } from '../feed/parse.js';

/** `url` is the address that answered (a page of a search, or one service). */
export function reportRemoteProblems(problems: readonly Problem[], url: string): void {
  for (const problem of problems) {
    const record = `activities[${problem.index}]${problem.id ? ` "${problem.id}"` : ''}`;
    const what = problem.severity === 'field' ? `kept ${record}, changed ${problem.field}` : `dropped ${record}`;
    console.warn(`Linkwork: ${what} from ${url}: ${problem.reason}`);
  }
}
