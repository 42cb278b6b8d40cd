import { html, nothing } from 'lit';

/**
 * A description as the feed layer gives it (paragraphs split by a blank line, lines by a line break) as
 * `<p>` elements with `<br>` between lines. Each line is bound as text (`line` may mark matched words).
 */
export function paragraphs(text: string, className?: string, line: (text: string) => unknown = (words) => words) {
  const lines = (paragraph: string) =>
    paragraph.split('\n').map((words, i) => (i ? html`<br />${line(words)}` : line(words)));
  // On one line: whitespace inside the <p> would be part of its text.
  // prettier-ignore
  return text.split(/\n{2,}/).map((paragraph) => html`<p class=${className ?? nothing}>${lines(paragraph)}</p>`);
}
