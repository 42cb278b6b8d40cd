/**
 * Splits text into plain and matched pieces, for showing which words a search matched. The pieces
 * are text: render them with text bindings (e.g. `<mark>${piece.text}</mark>`), never as HTML.
 */
import { normalise } from './normalise.js';

export interface TextPiece {
  text: string;
  match: boolean;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

/** `text` in pieces, each word whose normalised form is in `matched` (see `SearchResults.matched`) marked. */
export function highlight(text: string, matched: ReadonlySet<string>): TextPiece[] {
  const pieces: TextPiece[] = [];
  let plainFrom = 0;
  if (matched.size > 0) {
    for (const found of text.matchAll(wordPattern)) {
      if (!matched.has(normalise(found[0]))) continue;
      if (found.index > plainFrom) pieces.push({ text: text.slice(plainFrom, found.index), match: false });
      pieces.push({ text: found[0], match: true });
      plainFrom = found.index + found[0].length;
    }
  }
  if (plainFrom < text.length) pieces.push({ text: text.slice(plainFrom), match: false });
  return pieces;
}
