// The byte budgets of a first visit (issue: "reading costs only the page"): every reading
// route, in every language, stays within 30 KB on the wire (HTML, CSS, images, everything
// it fetches without interaction), and the directory within 250 KB with the app. Bytes do
// not vary from run to run, so they are a test; timings are measured by `./dev budget` and
// `./dev bench`, which print them against their budgets.
import { test, expect, type Browser } from '@playwright/test';
import { LOCALES, PAGES, isAppPage, localized } from './helpers';

const KB = 1024;
const READING_BUDGET = 30 * KB;
const DIRECTORY_BUDGET = 250 * KB;

/** A reading page of each other kind: a post, a profile, not-found in English and in Hausa. */
const OTHERS = ['/blog/non-profit-announcement/', '/ha/blog/pycon-us-2026-recap/', '/members/danjuma-bello/', '/no-such-page/', '/ha/no-such-page/'];

/**
 * What a first visit to `path` transfers on a phone, in bytes of response bodies as sent
 * (the static server compresses like a CDN), by address, once the network has been idle.
 */
async function firstVisit(browser: Browser, baseURL: string, path: string): Promise<Map<string, number>> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, baseURL });
  const page = await context.newPage();
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) =>
    pending.push(request.sizes().then((s) => void sizes.set(request.url(), s.responseBodySize + s.responseHeadersSize))),
  );
  await page.goto(path, { waitUntil: 'networkidle' });
  if (isAppPage(path)) await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return sizes;
}

const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);
const listing = (sizes: Map<string, number>) =>
  [...sizes].map(([url, size]) => `${new URL(url).pathname} ${size}`).join(', ');

for (const locale of LOCALES) {
  test(`every ${locale} reading page costs at most 30 KB on a first visit, and fetches no app`, async ({ browser, baseURL }) => {
    const paths = Object.keys(PAGES)
      .map((path) => localized(locale, path))
      .filter((path) => !isAppPage(path));
    for (const path of locale === 'en' ? [...paths, ...OTHERS] : paths) {
      const sizes = await firstVisit(browser, baseURL!, path);
      expect(total(sizes), `${path}: ${listing(sizes)}`).toBeLessThanOrEqual(READING_BUDGET);
      expect([...sizes.keys()].filter((url) => /\.(wasm|js)$/.test(new URL(url).pathname)), path).toEqual([]);
    }
  });
}

test('the directory costs at most 250 KB on a first visit, the app included', async ({ browser, baseURL }) => {
  for (const path of ['/members/', '/ha/members/', '/members/join/']) {
    const sizes = await firstVisit(browser, baseURL!, path);
    expect([...sizes.keys()].some((url) => url.endsWith('.wasm')), path).toBe(true);
    expect(total(sizes), `${path}: ${listing(sizes)}`).toBeLessThanOrEqual(DIRECTORY_BUDGET);
  }
});
