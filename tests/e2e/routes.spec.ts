// Every route in every locale is a real file on a static server, carries its head tags
// before any script runs, and shows its content without console errors; only the pages
// the app runs on fetch it.
import { test, expect } from '@playwright/test';
import { LOCALES, PAGES, appFiles, isAppPage, localized, pageReady, watchErrors, watchRequests } from './helpers';

/** The first capture of `re` in `html`, with HTML character references decoded. */
function attr(html: string, re: RegExp): string | undefined {
  const raw = html.match(re)?.[1];
  return raw
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

for (const locale of LOCALES) {
  test(`static HTML of every ${locale} page has lang, title, description, canonical and hreflang`, async ({ request }) => {
    const titles = new Set<string>();
    for (const [path, englishName] of Object.entries(PAGES)) {
      const url = localized(locale, path);
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(200);
      const html = await response.text();
      expect(attr(html, /<html lang="([^"]+)"/), url).toBe(locale);
      const title = attr(html, /<title>([^<]*)<\/title>/)!;
      expect(title, url).toMatch(/^Black Python Devs \| \S/);
      if (locale === 'en') expect(title).toBe(`Black Python Devs | ${englishName}`);
      titles.add(title);
      expect(attr(html, /<meta name="description" content="([^"]{20,})">/), url).toBeTruthy();
      expect(attr(html, /<link rel="canonical" href="([^"]+)">/), url).toBe(`https://blackpythondevs.com${url}`);
      for (const other of LOCALES) {
        expect(attr(html, new RegExp(`<link rel="alternate" hreflang="${other}" href="([^"]+)">`)), `${url} → ${other}`).toBe(
          `https://blackpythondevs.com${localized(other, path)}`,
        );
      }
    }
    expect(titles.size).toBe(Object.keys(PAGES).length);
  });

  test(`every ${locale} page shows its content without console errors, fetching the app only where it runs`, async ({ page }) => {
    const errors = watchErrors(page);
    for (const path of Object.keys(PAGES)) {
      const url = localized(locale, path);
      const staticTitle = attr(await (await page.request.get(url)).text(), /<title>([^<]*)<\/title>/);
      const requests = watchRequests(page);
      await page.goto(url);
      await pageReady(page);
      await expect(page.locator('html'), url).toHaveAttribute('lang', locale);
      await expect(page, url).toHaveTitle(staticTitle!);
      await expect(page.locator('[role=alert]'), url).toHaveCount(0);
      if (!isAppPage(url)) {
        // A reading page: nothing more arrives after a moment either.
        await page.waitForTimeout(200);
        expect(appFiles(requests), url).toEqual([]);
        await expect(page.locator('html[data-app]'), url).toHaveCount(0);
      } else {
        expect(appFiles(requests).length, url).toBe(2);
      }
      page.removeAllListeners('request');
    }
    expect(errors).toEqual([]);
  });
}

test('the not-found page answers 404 and speaks the locale of its path', async ({ page }) => {
  const errors = watchErrors(page);
  const response = await page.goto('/no-such-page/');
  expect(response!.status()).toBe(404);
  await pageReady(page);
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await expect(page).toHaveTitle('Black Python Devs | Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL('/');

  const hausa = await page.goto('/ha/babu-shafi/');
  expect(hausa!.status()).toBe(404);
  await pageReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ha');
  await expect(page.locator('main h1')).toHaveText('Ba a sami shafin ba');
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('the sitemap lists every page in every locale', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const locale of LOCALES) {
    for (const path of Object.keys(PAGES)) {
      expect(xml).toContain(`<loc>https://blackpythondevs.com${localized(locale, path)}</loc>`);
    }
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://blackpythondevs.com/sitemap.xml');
});
