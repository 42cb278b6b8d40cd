// The embed builder: turns the form into the snippet a webmaster pastes, and shows it live.
// Every value reaches the page through the DOM API (setAttribute, textContent), never as HTML.
const cdnScript = 'https://cdn.jsdelivr.net/npm/linkwork@0/dist/cdn/linkwork.js';

const form = document.getElementById('embed-options');
const feedInput = document.getElementById('feed-url');
const feedError = document.getElementById('feed-url-error');
const snippet = document.getElementById('snippet');
const preview = document.getElementById('preview');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');

/** The feed address if a browser could fetch it safely: http(s), or a path on the same site. */
function feedAddress(text) {
  const value = text.trim();
  if (!value) return { error: 'Enter the web address of your feed.' };
  try {
    const url = new URL(value, location.href);
    if (url.protocol === 'https:' || url.protocol === 'http:') return { value };
  } catch {
    // Not a URL at all: said below.
  }
  return { error: 'That is not a web address: start it with https://, or give a path such as /data/activities.json.' };
}

let lastGoodFeed = feedInput.value;

/** What the form asks for: the tags, each with its attributes in order. */
function chosenEmbed() {
  const data = new FormData(form);
  const address = feedAddress(feedInput.value);
  feedInput.setAttribute('aria-invalid', String(Boolean(address.error)));
  feedError.hidden = !address.error;
  feedError.textContent = address.error ? `${address.error} The code below still uses the last good address.` : '';
  if (!address.error) lastGoodFeed = address.value;

  const feed = { tag: 'lw-feed', attributes: [['src', lastGoodFeed]], children: [] };
  if (data.get('lang')) feed.attributes.push(['lang', data.get('lang')]);
  if (data.get('no-cache')) feed.attributes.push(['no-cache', '']);
  for (const tag of data.getAll('widget')) {
    const attributes = [];
    if (tag === 'lw-resource-list') {
      if (data.get('audience')) attributes.push(['audience', data.get('audience')]);
      if (data.get('layout') !== 'cards') attributes.push(['layout', data.get('layout')]);
    }
    feed.children.push({ tag, attributes, children: [] });
  }
  return feed;
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function markup(element, indent = '') {
  const attributes = element.attributes
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const inner = element.children.map((child) => `\n${markup(child, `${indent}  `)}`).join('');
  return `${indent}<${element.tag}${attributes}>${inner}${inner ? `\n${indent}` : ''}</${element.tag}>`;
}

function build(element) {
  const node = document.createElement(element.tag);
  for (const [name, value] of element.attributes) node.setAttribute(name, value);
  node.append(...element.children.map(build));
  return node;
}

let shownMarkup = '';

function update() {
  const embed = chosenEmbed();
  const code = `<script type="module" blocking="render" src="${cdnScript}"></script>\n${markup(embed)}`;
  if (code === shownMarkup) return;
  shownMarkup = code;
  snippet.textContent = code;
  copyStatus.textContent = '';
  preview.replaceChildren(build(embed));
}

let typing;
form.addEventListener('input', (event) => {
  clearTimeout(typing);
  // Wait for a pause in typing before fetching a half-written address.
  if (event.target === feedInput) typing = setTimeout(update, 400);
  else update();
});
form.addEventListener('submit', (event) => event.preventDefault());

/** Says something in the status line, clearing it first so saying the same again is announced again. */
function announce(message) {
  copyStatus.textContent = '';
  setTimeout(() => (copyStatus.textContent = message), 100);
}

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    announce('Copied');
  } catch {
    getSelection().selectAllChildren(snippet);
    announce('Could not copy automatically: the code is selected, press Ctrl+C (or ⌘+C) to copy it.');
  }
});

update();
