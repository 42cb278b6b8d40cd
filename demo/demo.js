// The demo page's feed panel: what <lw-feed> reports as it loads (counts, dropped records, mended or
// removed fields, errors).
// An external module, not an inline script, so the page also works under a strict Content-Security-Policy.
const status = document.getElementById('feed-status');
const counts = document.getElementById('feed-counts');
const problems = document.getElementById('feed-problems');
const problemList = problems.querySelector('ul');
const number = new Intl.NumberFormat('en-GB');
const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });
const records = (n) => `${number.format(n)} record${n === 1 ? '' : 's'}`;
const fields = (n) => `${number.format(n)} field${n === 1 ? '' : 's'}`;

/** "2 records dropped, 5 fields mended or removed"; empty when nothing happened. */
function summary(list) {
  const changed = list.filter((problem) => problem.severity === 'field').length;
  const dropped = list.length - changed;
  return [dropped ? `${records(dropped)} dropped` : '', changed ? `${fields(changed)} mended or removed` : '']
    .filter(Boolean)
    .join(', ');
}

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
      const where = problem.id ? `“${problem.id}”` : problem.index >= 0 ? `number ${problem.index + 1}` : '';
      const what = problem.severity === 'field' ? 'kept, a field mended or removed' : 'dropped';
      item.textContent = `${problem.collection} ${where} (${what}): ${problem.reason}`.replace('  ', ' ');
      return item;
    }),
  );
  problems.querySelector('summary').textContent = summary(list);
  problems.hidden = list.length === 0;
}

document.addEventListener('lw-feed-load', (event) => {
  const stale = event.staleSince
    ? ` Loading failed, so this is the copy from ${date.format(new Date(event.staleSince))}.`
    : '';
  const said = summary(event.problems);
  status.textContent = `Feed loaded.${said ? ` ${said} (details below).` : ' No problems.'}${stale}`;
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
