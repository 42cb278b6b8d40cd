// Lists every Content-Security-Policy violation on this page, so the page proves its own claim.
// A classic script in <head>: it runs before anything else can break the policy.
const violations = [];

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(
    `${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile || 'page'}:${event.lineNumber})`,
  );
  show();
});

function show() {
  const count = document.getElementById('violation-count');
  const list = document.getElementById('violations');
  if (!count || !list) return;
  count.textContent =
    violations.length === 0 ? 'No violations reported.' : `${violations.length} violation(s) reported:`;
  list.replaceChildren(...violations.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
}

document.addEventListener('DOMContentLoaded', () => {
  const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  document.getElementById('policy').textContent = policy.content.split('; ').join(';\n');
  show();
});
