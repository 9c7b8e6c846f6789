// Browser tests: Debian Chromium against the release build in dist/, served by a plain
// static server that behaves like a CDN (no rewrites; 404.html for unknown paths).
// CHROMIUM names another Chromium or Chrome binary (CI sets it: GitHub's Ubuntu runners
// have no Debian Chromium package).
import { defineConfig } from '@playwright/test';

const port = 4173;
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // The list on the terminal; an HTML report in playwright-report/ that CI uploads when a
  // test fails (`npx playwright show-report` opens it locally).
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `python3 tests/static_server.py dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
