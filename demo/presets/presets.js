// ?preset=none shows the page without the Linkwork preset, to compare.
if (new URLSearchParams(location.search).get('preset') === 'none') document.getElementById('preset')?.remove();
