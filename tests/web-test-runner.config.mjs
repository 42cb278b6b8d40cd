// Runs every tests/**/*.test.ts in headless Chromium. The test server also plays the outside
// world: each module in tests/server/ is a middleware (feeds that fail, stall or page; a fake geocoder).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { leafletCss, ukOutline } from '../rollup.config.mjs';
import { geolocationPlugin } from './plugins/geolocation.mjs';
import { mediaFeaturesPlugin } from './plugins/media.mjs';
import { storageQuotaPlugin } from './plugins/storage-quota.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    console.error(
      '\nNo Chromium or Chrome found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH to its executable.\n',
    );
    process.exit(1);
  }
  return found;
}

const middleware = await Promise.all(
  readdirSync(here('./server'))
    .filter((file) => file.endsWith('.mjs'))
    .sort()
    .map(async (file) => (await import(here(`./server/${file}`))).default),
);

export default {
  rootDir: here('..'),
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  middleware,
  // `npm test` runs with --coverage: the share of src/ the browser tests run (v8's counts), with a floor.
  // The command line runs in Node (tests/cli), so it is measured there, not here.
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/cli/**', 'src/**/*.d.ts'],
    reportDir: '.tmp/coverage',
    reporters: ['text-summary', 'lcovonly'],
    threshold: { statements: 97, branches: 92, functions: 94, lines: 97 },
  },
  // Files the build turns into JavaScript (rollup.config.mjs): served as modules, made the same way.
  mimeTypes: { '**/leaflet/dist/leaflet.css': 'js', '**/world-atlas/countries-50m.json': 'js' },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [
    geolocationPlugin(),
    mediaFeaturesPlugin(),
    storageQuotaPlugin(),
    fromRollup(leafletCss)(),
    fromRollup(ukOutline)(),
    esbuildPlugin({ ts: true, tsconfig: here('../tsconfig.json'), target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      // A window per test file: a background tab gets no animation frames, and fixtures wait for them.
      // Each page also acts as the focused window, so focus styles hold while another file's page has the keyboard.
      createPage: async ({ browser }) => {
        const page = await (await browser.createBrowserContext()).newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
