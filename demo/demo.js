// The demo page's feed panel: what <lw-feed> reports as it loads (counts, dropped records, errors).
// An external module, not an inline script, so the page also works under a strict Content-Security-Policy.
const status = document.getElementById('feed-status');
const counts = document.getElementById('feed-counts');
const problems = document.getElementById('feed-problems');
const problemList = problems.querySelector('ul');
const number = new Intl.NumberFormat('en-GB');
const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });
const records = (n) => `${number.format(n)} record${n === 1 ? '' : 's'}`;

function showCounts(values) {
  const rows = ['activities', 'networks', 'resources', 'categories'].map((name) => {
    const term = document.createElement('dt');
    term.textContent = name;
    const value = document.createElement('dd');
    value.textContent = number.format(values[name]);
    return [term, value];
  });
  counts.replaceChildren(...rows.flat());
  counts.hidden = false;
}

function showProblems(list) {
  problemList.replaceChildren(
    ...list.map((problem) => {
      const item = document.createElement('li');
      const where = problem.id ? `“${problem.id}”` : `number ${problem.index + 1}`;
      item.textContent = `${problem.collection} ${where}: ${problem.reason}`;
      return item;
    }),
  );
  problems.querySelector('summary').textContent = `${records(list.length)} dropped`;
  problems.hidden = list.length === 0;
}

document.addEventListener('lw-feed-load', (event) => {
  const stale = event.staleSince
    ? ` Loading failed, so this is the copy from ${date.format(new Date(event.staleSince))}.`
    : '';
  const dropped = event.problems.length
    ? ` ${records(event.problems.length)} dropped (details below).`
    : ' No problems.';
  status.textContent = `Feed loaded.${dropped}${stale}`;
  status.dataset.state = event.staleSince ? 'stale' : 'ready';
  showCounts(event.counts);
  showProblems(event.problems);
});

document.addEventListener('lw-feed-error', (event) => {
  const http = event.status ? ` (HTTP ${event.status})` : '';
  status.textContent = `The feed could not be loaded: ${event.reason}${http}. ${event.message}`;
  status.dataset.state = 'error';
  counts.hidden = true;
  problems.hidden = true;
});
