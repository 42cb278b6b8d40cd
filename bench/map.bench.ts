/**
 * The map (issue 4): first paint of `<lw-network-finder>` with the sample feed; the activities layer
 * at 10k and 100k points (cluster time, DOM nodes, re-cluster after a zoom) against 10k plain Leaflet
 * markers; and the gzip size of the map's chunk.
 */
import { map as createMap, layerGroup, marker, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import { ActivityLayer } from '../src/components/network-finder/activity-layer.js';
import { activityIcon } from '../src/components/network-finder/markers.js';
import { located } from '../src/feed/located.js';
import type { Activity } from '../src/feed/schema.js';
import { generateFeed } from './generate-feed.js';
import type { BenchReport } from './harness/report.js';

const words = { activity: (title: string) => title, cluster: (count: number) => `${count} activities`, count: String };
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Milliseconds from adding a finder inside a feed to its network markers on screen. */
async function firstPaint(): Promise<number> {
  const start = performance.now();
  const feed = document.createElement('lw-feed');
  feed.setAttribute('src', '/demo/feed.json');
  feed.setAttribute('no-cache', '');
  feed.innerHTML = '<lw-network-finder tile-url=""></lw-network-finder>';
  document.body.append(feed);
  const finder = feed.firstElementChild!;
  while ((finder.shadowRoot?.querySelectorAll('.network-marker').length ?? 0) < 5)
    await new Promise(requestAnimationFrame);
  await nextFrame();
  const elapsed = performance.now() - start;
  feed.remove();
  return elapsed;
}

function mapBox(): { box: HTMLElement; map: LeafletMap } {
  const box = document.createElement('div');
  box.style.cssText = 'width: 1000px; height: 700px; position: relative; overflow: hidden';
  document.body.append(box);
  const map = createMap(box, { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false }).setView(
    [53, -1.5],
    6,
  );
  return { box, map };
}

/** Re-draws after a zoom: alternate between two zoom levels, each a full re-cluster (or re-position). */
const zoomToggle = (map: LeafletMap, levels: [number, number]) => () =>
  map.setZoom(map.getZoom() === levels[0] ? levels[1] : levels[0], { animate: false });

async function clusters(report: BenchReport, activities: Activity[]) {
  const { box, map } = mapBox();
  let layer: ActivityLayer | undefined;
  const load = await report.time(
    () => {
      layer?.remove();
      layer = new ActivityLayer(map, words, { onActivity: () => {} });
      layer.show(activities);
    },
    { runs: activities.length > 50_000 ? 5 : 10, warmup: 1 },
  );
  await nextFrame();
  const nodes = box.querySelectorAll('*').length;
  const markers = box.querySelectorAll('.lw-marker').length;
  const zoom = await report.time(zoomToggle(map, [7, 8]), { runs: 10, warmup: 2 });
  map.remove();
  box.remove();
  return { load, nodes, markers, zoom };
}

async function plainMarkers(report: BenchReport, activities: Activity[]) {
  const { box, map } = mapBox();
  const placed = activities.flatMap((activity) => {
    const at = located(activity.location);
    return at ? [{ ...activity, location: at }] : [];
  });
  let group = layerGroup();
  const load = await report.time(
    () => {
      group.remove();
      group = layerGroup(
        placed.map((activity) =>
          marker([activity.location.lat, activity.location.lng], {
            icon: activityIcon(activity.title),
            keyboard: true,
          }),
        ),
      ).addTo(map);
    },
    { runs: 3, warmup: 1 },
  );
  await nextFrame();
  const nodes = box.querySelectorAll('*').length;
  const markers = box.querySelectorAll('.lw-marker').length;
  const zoom = await report.time(zoomToggle(map, [7, 8]), { runs: 5, warmup: 1 });
  map.remove();
  box.remove();
  return { load, nodes, markers, zoom };
}

/** The map chunk as the CDN script loads it, gzipped in the page (the Download sizes table above has gzip -9). */
async function mapChunkGzip(): Promise<{ file: string; bytes: number }> {
  const loader = await (await fetch('/dist/cdn/linkwork.js')).text();
  const file = /"lw-network-finder"\s*:\s*\(\)\s*=>\s*import\("\.\/([^"]+)"\)/.exec(loader)?.[1];
  if (!file) throw new Error('dist/cdn/linkwork.js has no loader for lw-network-finder: run npm run build');
  const body = (await fetch(`/dist/cdn/${file}`)).body!.pipeThrough(new CompressionStream('gzip'));
  return { file, bytes: (await new Response(body).arrayBuffer()).byteLength };
}

export default async function (report: BenchReport) {
  const script = Object.assign(document.createElement('script'), { type: 'module', src: '/dist/cdn/linkwork.js' });
  document.head.append(script);
  const cold = await firstPaint();
  const warm = [];
  for (let i = 0; i < 5; i++) warm.push(await firstPaint());
  warm.sort((a, b) => a - b);
  report.table(
    'First paint: <lw-feed src="/demo/feed.json"> with <lw-network-finder>, until the network markers are drawn (no tiles)',
    ['load', 'time'],
    [
      ['cold (the map chunk and Leaflet downloaded, the feed fetched and validated)', report.ms(cold)],
      ['warm (code cached; feed fetched and validated again), median of 5', report.ms(warm[2])],
    ],
  );

  const rows = [];
  for (const size of [10_000, 100_000]) {
    const activities = generateFeed({ activities: size }).activities;
    const result = await clusters(report, activities);
    rows.push([
      `clustered (supercluster), ${size.toLocaleString('en-GB')}`,
      report.ms(result.load.min),
      report.ms(result.load.median),
      result.markers,
      result.nodes,
      report.ms(result.zoom.median),
    ]);
    if (size === 10_000) {
      const plain = await plainMarkers(report, activities);
      rows.push([
        `plain Leaflet markers (baseline), ${size.toLocaleString('en-GB')}`,
        report.ms(plain.load.min),
        report.ms(plain.load.median),
        plain.markers,
        plain.nodes,
        report.ms(plain.zoom.median),
      ]);
    }
  }
  report.table(
    'Activities layer on a 1000×700 map of England at zoom 6',
    [
      'points',
      'load + cluster + draw, min',
      'median',
      'markers in the DOM',
      'DOM nodes in the map',
      're-draw after a zoom (7 ↔ 8), median',
    ],
    rows,
  );
  report.note(
    'Plain markers are one DOM element (with an SVG inside) per activity, drawn all at once; the clustered layer draws only what is in view.',
  );

  const chunk = await mapChunkGzip();
  report.table(
    'The map chunk (Leaflet, its CSS and the finder; without the shared Lit/store chunk)',
    ['file', 'gzip (browser default level)', 'target'],
    [[chunk.file, `${(chunk.bytes / 1024).toFixed(1)} KB`, `≤ 55 KB: ${chunk.bytes <= 55 * 1024 ? 'met' : 'NOT met'}`]],
  );
}
