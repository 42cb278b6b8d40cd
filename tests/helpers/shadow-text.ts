/** All text a visitor could read in a node, looking inside open shadow roots as well as at slotted children. */
export function shadowText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE') return '';
  const root = (node as Element).shadowRoot;
  const children = root ? [...root.childNodes, ...node.childNodes] : [...node.childNodes];
  return children.map(shadowText).join(' ').replace(/\s+/g, ' ');
}

/** The text of a paragraph as it reads when shown, even while hidden: each `<br>`, however deep, is a line break. */
export function textWithBreaks(node: Node): string {
  if (node.nodeName === 'BR') return '\n';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(textWithBreaks).join('');
}
