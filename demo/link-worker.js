// Until result cards and the map have their own "Add to my list" button, choosing an activity (its name in the
// results, or on the map) saves it, through the store the widgets share. An external module, for a strict CSP.
const feed = document.querySelector('lw-feed');

feed.addEventListener('lw-select', (event) => {
  if (event.kind === 'activity') feed.store.save(event.id);
});
