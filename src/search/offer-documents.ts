/**
 * Offering documents to a search's scores: every document having the candidate terms of each query
 * word (all the words of a phrase, and close together), scored by match quality and field weight.
 */
import type { Built } from './index-building.js';

/**
 * Offers each document having the candidate terms of every word (one word, or all of a phrase's),
 * scored by `score(quality, weight)` (a phrase: the mean over its words), and notes the terms as matched.
 */
export function offerAll(
  built: Built,
  candidates: Map<number, number>[],
  matched: Set<string>,
  score: (quality: number, weight: number) => number,
  offer: (index: number, score: number) => void,
): void {
  const noteMatched = () => {
    for (const found of candidates) for (const position of found.keys()) matched.add(built.terms[position]);
  };
  if (candidates.length === 1) {
    noteMatched();
    const { starts, documents, weights } = built;
    for (const [position, quality] of candidates[0]) {
      for (let i = starts[position]; i < starts[position + 1]; i++) offer(documents[i], score(quality, weights[i]));
    }
    return;
  }
  // A phrase's words are matched only where they all are.
  if (offerTogether(built, candidates, score, offer) > 0) noteMatched();
}

/** Scratch arrays over the documents, reused by every phrase of every search (searches run one at a time). */
let scratch: { best: Float32Array; sum: Float64Array; words: Uint8Array } | undefined;

/**
 * Offers each document having one of the candidate terms of every word, with the mean over the
 * words of its best score for each; gives how many were offered. Typed arrays, not maps: a phrase of
 * common words ("coffee morning") can be in most documents.
 */
function offerTogether(
  built: Built,
  candidates: Map<number, number>[],
  score: (quality: number, weight: number) => number,
  offer: (index: number, score: number) => void,
): number {
  const { starts, documents, weights } = built;
  if (!scratch || scratch.best.length < built.size)
    scratch = {
      best: new Float32Array(built.size),
      sum: new Float64Array(built.size),
      words: new Uint8Array(built.size),
    };
  const { best, sum, words } = scratch;
  const touched: number[] = [];
  for (let w = 0; w < candidates.length; w++) {
    const having: number[] = [];
    for (const [position, quality] of candidates[w]) {
      for (let i = starts[position]; i < starts[position + 1]; i++) {
        const document = documents[i];
        // Only documents having every earlier word can still have the phrase.
        if (words[document] !== w) continue;
        const value = score(quality, weights[i]);
        if (best[document] === 0) having.push(document);
        if (value > best[document]) best[document] = value;
      }
    }
    for (const document of having) {
      if (w === 0) touched.push(document);
      sum[document] += best[document];
      words[document]++;
      best[document] = 0;
    }
  }
  let offered = 0;
  for (const document of touched) {
    if (words[document] === candidates.length) {
      offer(document, sum[document] / candidates.length);
      offered++;
    }
    sum[document] = 0;
    words[document] = 0;
  }
  return offered;
}
