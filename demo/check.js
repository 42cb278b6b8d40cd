// The "Check your feed" page: reads pasted JSON, a chosen or dropped file, or an address, gives it to
// <lw-feed> (the same reading the widgets do), and lists what lw-feed-load or lw-feed-error reports.
// Pasted and dropped feeds are given as an object (`feed.feed`): nothing is sent anywhere.
const form = document.getElementById('check-form');
const text = document.getElementById('feed-json');
const file = document.getElementById('feed-file');
const address = document.getElementById('feed-url');
const result = document.getElementById('result');
const heading = document.getElementById('result-heading');
const summary = document.getElementById('result-summary');
const list = document.getElementById('result-problems');
const preview = document.getElementById('preview');
const feed = preview.querySelector('lw-feed');

const number = new Intl.NumberFormat('en-GB');
const count = (n, one, many = `${one}s`) => `${number.format(n)} ${n === 1 ? one : many}`;
const singular = { categories: 'category', networks: 'network', activities: 'activity', resources: 'resource' };

/** "activity 2 "garden-club"", or "the feed" for its own fields. */
function where(problem) {
  if (problem.collection === 'feed') return 'the feed';
  const what = singular[problem.collection] ?? problem.collection;
  return `${what}${problem.index >= 0 ? ` ${problem.index + 1}` : ''}${problem.id ? ` "${problem.id}"` : ''}`;
}

function show(sentence, problems = []) {
  result.hidden = false;
  summary.textContent = sentence;
  list.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement('li');
      item.className = problem.severity;
      item.textContent = `${where(problem)}: ${problem.reason}`;
      return item;
    }),
  );
  heading.focus();
}

feed.addEventListener('lw-feed-load', (event) => {
  const { counts, problems, droppedRecords, changedFields } = event;
  const holds = `It holds ${count(counts.activities, 'activity', 'activities')}, ${count(counts.networks, 'network')}, ${count(counts.resources, 'resource')} and ${count(counts.categories, 'category', 'categories')}.`;
  show(
    problems.length
      ? `${count(problems.length, 'problem')}: ${count(droppedRecords, 'record')} not shown, ${count(changedFields, 'field')} mended or left out. ${holds}`
      : `No problems: every record and every field is shown as written. ${holds}`,
    problems,
  );
  preview.hidden = false;
});

feed.addEventListener('lw-feed-error', (event) => {
  show(`The feed cannot be shown: ${event.message}`);
  preview.hidden = true;
});

/** Reads the text as JSON and gives it to the widgets, or says why it is not JSON. */
function check(json) {
  let value;
  try {
    value = JSON.parse(json);
  } catch (error) {
    show(`This is not JSON: ${error.message}`);
    preview.hidden = true;
    return;
  }
  feed.removeAttribute('src');
  feed.feed = value;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (address.value.trim()) {
    feed.feed = undefined;
    feed.setAttribute('src', address.value.trim());
  } else if (text.value.trim()) {
    check(text.value);
  } else {
    show('Paste a feed, choose its file or give its address first.');
  }
});

// A chosen file is read into the box and checked, as a dropped one is.
file.addEventListener('change', async () => {
  if (!file.files?.length) return;
  text.value = await file.files[0].text();
  check(text.value);
});

text.addEventListener('dragover', (event) => {
  event.preventDefault();
  text.classList.add('dragging');
});
text.addEventListener('dragleave', () => text.classList.remove('dragging'));
text.addEventListener('drop', async (event) => {
  event.preventDefault();
  text.classList.remove('dragging');
  const dropped = event.dataTransfer?.files?.[0];
  if (!dropped) return;
  text.value = await dropped.text();
  check(text.value);
});
