// Shared facts and helpers for the browser tests. The expectations here come from the
// issue (paths, English page names), not from the app's own tables.
import { expect, type Page } from '@playwright/test';

export const LOCALES = ['en', 'es', 'ha', 'sw'];

/** English path → English page name, as agreed in the issue. */
export const PAGES: Record<string, string> = {
  '/': 'Home',
  '/about/': 'About Us',
  '/blog/': 'Blog',
  '/events/': 'Events',
  '/conferences/': 'Conferences',
  '/community/': 'Community',
  '/leadership/': 'Leadership',
  '/initiatives/': 'Initiatives',
  '/support/': 'Support',
  '/book-club/': 'Book Club',
  '/coc/': 'Code of Conduct',
  '/open-source-program/': 'Open Source Program',
  '/members/': 'Members',
};

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
 * Follows a link to `path` inside the running app (a client-side navigation), so that the
 * page's documents are fetched rather than read from the prerendered page.
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
