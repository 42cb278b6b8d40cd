// The per-tag reference pages, made from dist/custom-elements.json at build time (see rollup.config.mjs):
// dist/docs/<tag>.html for every tag in the manifest (its attributes, properties, methods, events, slots, parts
// and CSS properties with their defaults, and a live example reading the demo's sample feed), and
// dist/docs/index.html listing them. `npm start` builds first, so the demo serves them at /dist/docs/.
// They are for the demo site, not the package: package.json leaves dist/docs out of the tarball.
import { elementsOf } from './editor-data.mjs';

/** The demo's sample feed, from dist/docs/. */
const feed = '../../demo/feed.json';

/** What each page shows running; a tag not listed here gets `<tag>` inside an `<lw-feed>`. */
const examples = {
  'lw-feed': `<lw-feed src="${feed}">\n  <lw-resource-list layout="compact" heading-level="3"></lw-resource-list>\n</lw-feed>`,
  'lw-source': `<lw-feed>\n  <lw-source src="${feed}" format="linkwork"></lw-source>\n  <lw-resource-list layout="compact" heading-level="3"></lw-resource-list>\n</lw-feed>`,
  'lw-activity-search': `<lw-feed src="${feed}">\n  <lw-activity-search page-size="3"></lw-activity-search>\n</lw-feed>`,
  'lw-network-finder': `<lw-feed src="${feed}">\n  <lw-network-finder height="22rem"></lw-network-finder>\n</lw-feed>`,
  'lw-place-finder': `<lw-feed src="${feed}">\n  <lw-place-finder></lw-place-finder>\n  <lw-activity-search page-size="3"></lw-activity-search>\n</lw-feed>`,
  'lw-resource-list': `<lw-feed src="${feed}">\n  <lw-resource-list heading-level="3"></lw-resource-list>\n</lw-feed>`,
  'lw-shortlist': `<lw-feed src="${feed}">\n  <lw-activity-search page-size="3"></lw-activity-search>\n  <lw-shortlist></lw-shortlist>\n</lw-feed>`,
};

const escape = (text) =>
  String(text ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** The little Markdown the JSDoc uses: `code`, **bold**, [links](https://…) and blank lines between paragraphs. */
const inline = (text) =>
  escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
const paragraphs = (text) =>
  String(text ?? '')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => `<p>${inline(paragraph.replace(/\s*\n\s*/g, ' '))}</p>`)
    .join('\n');
const code = (text) => (text ? `<code>${escape(text)}</code>` : '');

const isPublic = (member) => !member.privacy && !member.static && !/^[#_]/.test(member.name);

/** One section: a heading and a table that scrolls sideways on a narrow screen (by keyboard too). */
function section(id, heading, columns, rows) {
  if (!rows.length) return undefined;
  const head = columns.map((column) => `<th scope="col">${column}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  const html = `<h2 id="${id}">${heading}</h2>
<div class="table" role="region" aria-labelledby="${id}" tabindex="0">
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>`;
  return { id, heading, html };
}

/** Links to the live example and to each table of a page. */
const contents = (sections) =>
  `<nav aria-label="On this page">
<ul>
<li><a href="#example">Live example</a></li>
${sections.map(({ id, heading }) => `<li><a href="#${id}">${heading}</a></li>`).join('\n')}
</ul>
</nav>`;

/** The tables of one element, as they appear on its page: `{ id, heading, html }` each. */
export function apiSections(element) {
  const members = (element.members ?? []).filter(isPublic);
  const fields = members.filter((member) => member.kind === 'field');
  const fieldFor = (attribute) => fields.find((field) => field.name === attribute.fieldName);
  const attributes = (element.attributes ?? []).map((attribute) => {
    const field = fieldFor(attribute);
    return [
      code(attribute.name),
      code(attribute.fieldName),
      code(attribute.type?.text ?? field?.type?.text),
      code(attribute.default ?? field?.default),
      inline(attribute.description ?? field?.description),
    ];
  });
  const properties = fields
    .filter((field) => !field.attribute)
    .map((field) => [
      code(field.name) + (field.readonly ? ' (read only)' : ''),
      code(field.type?.text),
      code(field.default),
      inline(field.description),
    ]);
  const methods = members
    .filter((member) => member.kind === 'method')
    .map((method) => [
      code(`${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
      code(method.return?.type?.text),
      inline(method.description),
    ]);
  const events = (element.events ?? []).map((event) => [
    code(event.name),
    code(event.type?.text),
    inline(event.description),
  ]);
  const slots = (element.slots ?? []).map((slot) => [
    slot.name ? code(slot.name) : '(default)',
    inline(slot.description),
  ]);
  const parts = (element.cssParts ?? []).map((part) => [code(part.name), inline(part.description)]);
  const cssProperties = (element.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    inline(property.description),
  ]);
  return [
    section('attributes', 'Attributes', ['Attribute', 'Property', 'Type', 'Default', 'What it does'], attributes),
    section('properties', 'Properties (JavaScript only)', ['Property', 'Type', 'Default', 'What it does'], properties),
    section('methods', 'Methods', ['Method', 'Returns', 'What it does'], methods),
    section('events', 'Events', ['Event', 'Class', 'When, and what it carries'], events),
    section('slots', 'Slots', ['Slot', 'What goes in it'], slots),
    section('parts', 'CSS parts', ['Part', 'What it is'], parts),
    section('css-properties', 'CSS custom properties', ['Property', 'Default', 'What it sets'], cssProperties),
  ].filter(Boolean);
}

const style = `main, header { max-width: 72rem; }
.skip { position: absolute; left: -999rem; }
.skip:focus { position: static; }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0; list-style: none; }
nav a { display: inline-block; padding-block: 0.25rem; }
nav code { font-size: 1rem; }
.summary { font-size: 1.125rem; }
.table { overflow-x: auto; margin-block: 1rem 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 0.5rem; border: 1px solid #8c959f; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td:first-child code { white-space: nowrap; }
.example { padding: 1rem; border: 1px dashed #6e7781; border-radius: 6px; }
`;

function page({ title, tags, current, body }) {
  const links = tags
    .map((tag) => {
      const here = tag === current ? ' aria-current="page"' : '';
      return `<li><a href="${tag}.html"${here}><code>&lt;${tag}&gt;</code></a></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escape(title)} · Linkwork reference</title>
<link rel="stylesheet" href="../../demo/demo.css" />
<link rel="stylesheet" href="docs.css" />
<script type="module" src="../cdn/linkwork.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to the reference</a>
<header>
<p><a href="index.html">Linkwork reference</a> · <a href="../../demo/index.html">Demo</a></p>
<nav aria-label="Elements">
<ul>
${links}
</ul>
</nav>
</header>
<main id="main">
${body}
</main>
</body>
</html>
`;
}

/** Every page, by file name under dist/docs/: one per tag, the index and their stylesheet. */
export function referencePages(manifest) {
  const elements = elementsOf(manifest);
  const tags = elements.map((element) => element.tagName);
  const files = { 'docs.css': style };
  for (const element of elements) {
    const example =
      examples[element.tagName] ?? `<lw-feed src="${feed}">\n  <${element.tagName}></${element.tagName}>\n</lw-feed>`;
    const sections = apiSections(element);
    const body = `<h1><code>&lt;${element.tagName}&gt;</code></h1>
<p class="summary">${inline(element.summary)}</p>
${paragraphs(element.description)}
${contents(sections)}
<h2 id="example">Live example</h2>
<p>This markup, running below with the demo's sample feed:</p>
<pre><code>${escape(example)}</code></pre>
<div class="example">
${example}
</div>
${sections.map(({ html }) => html).join('\n')}`;
    files[`${element.tagName}.html`] = page({ title: `<${element.tagName}>`, tags, current: element.tagName, body });
  }
  const list = elements
    .map(
      (element) =>
        `<li><a href="${element.tagName}.html"><code>&lt;${element.tagName}&gt;</code></a>: ${inline(element.summary)}</li>`,
    )
    .join('\n');
  files['index.html'] = page({
    title: 'Elements',
    tags,
    body: `<h1>Linkwork elements</h1>
<p>Each element's attributes, properties, events, parts and CSS custom properties with their defaults, made from
<code>custom-elements.json</code> when the package is built, with a live example.</p>
<ul>
${list}
</ul>`,
  });
  return files;
}
