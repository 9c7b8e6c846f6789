// Shared facts and helpers for the browser tests. The expectations here come from the
// issue (paths, English page names), not from the app's own tables.
import { expect, type Page } from '@playwright/test';

export const LOCALES = ['en', 'es', 'ha', 'sw'];

/** English path → English page name, as agreed in the issues. */
export const PAGES: Record<string, string> = {
  '/': 'Home',
  '/about/': 'About Us',
  '/blog/': 'Blog',
  '/events/': 'Events',
  '/members/': 'Members',
  '/support/': 'Support',
  '/student-ambassador-program/': 'Student Ambassadors',
  '/corporate-sponsorships/': 'Corporate Sponsorships',
  '/coc/': 'Code of Conduct',
  '/leadership-summit-2024/': 'Leadership Summit 2024',
  '/leadership-summit-2026/': 'Leadership Summit 2026',
  '/leadership-summit-2027/': 'Leadership Summit 2027',
  '/conferences/': 'Conferences',
  '/initiatives/': 'Initiatives',
  '/book-club/': 'Book Club',
  '/open-source-program/': 'Open Source Program',
};

/** The pages of the archive: they describe the community as of 2024. */
export const ARCHIVE = ['/conferences/', '/initiatives/', '/book-club/', '/open-source-program/'];

/** The pages the app runs on (the directory and the join form), in every locale. */
export const APP_PAGES = LOCALES.flatMap((l) => [localized(l, '/members/'), localized(l, '/members/join/')]);

/** Whether the app runs on the page at `url` (a path, or a full URL). */
export function isAppPage(url: string): boolean {
  return APP_PAGES.includes(new URL(url, 'http://localhost').pathname);
}

/** `/about/` in `locale`: English has no prefix, the others `/<code>`. */
export function localized(locale: string, path: string): string {
  return locale === 'en' ? path : `/${locale}${path}`;
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** Waits until the app has taken over the prerendered page and rendered a heading. */
export async function appReady(page: Page) {
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

/**
 * Waits until the page is complete: a reading page as served, a page the app runs on once
 * the app has taken it over.
 */
export async function pageReady(page: Page) {
  if (isAppPage(page.url())) await appReady(page);
  else await expect(page.locator('main h1').first()).toBeVisible();
}

/** Records the address of every request the page makes. */
export function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** The app's files among `urls`: its JavaScript and its WebAssembly. */
export const appFiles = (urls: string[]) => urls.filter((u) => /\/bpd-site-[0-9a-f]+(_bg\.wasm|\.js)$/.test(new URL(u).pathname));

/**
 * Follows a link to `path` inside the running app (a client-side navigation between the
 * pages it runs on), so that the page's documents are fetched rather than read from the
 * prerendered page.
 */
export async function followLink(page: Page, path: string) {
  await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    document.body.append(link);
    link.click();
    link.remove();
  }, path);
  await expect(page).toHaveURL(path);
}
