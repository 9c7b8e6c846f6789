// No link breaks: every address the community's earlier sites served answers on the new one,
// either with the page itself (the same content, in the same language) or with a redirect
// page whose canonical link, refresh and visible link all lead to a page that answers.
// The lists are tests/current-site-urls.txt (the 2024 Jekyll site, derived from a copy of
// its source by tools/current-site-urls.mjs) and tests/current-site-2026-urls.txt (the
// 2026 site, by tools/current-site-2026-urls.mjs); where a copy is present, its list must be
// what the script derives from it today.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type APIRequestContext } from '@playwright/test';
import { LOCALES, PAGES } from './helpers';

const SITE = 'https://blackpythondevs.com';
const ROOT = join(__dirname, '..', '..');
/** The two sites: the committed list, the script that derives it, the copy it reads. */
const SITES = [
  { list: 'current-site-urls.txt', script: 'current-site-urls.mjs', copy: 'current-site' },
  { list: 'current-site-2026-urls.txt', script: 'current-site-2026-urls.mjs', copy: 'current-site-2026' },
].map(({ list, script, copy }) => ({
  list: join(ROOT, 'tests', list),
  script: join(ROOT, 'tools', script),
  copy: join(ROOT, '..', 'shared', 'reference', copy),
}));

/** A list's addresses (comment lines start with `#`). */
const read = (list: string) =>
  readFileSync(list, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
const [addresses2024, addresses2026] = SITES.map((site) => read(site.list));
const addresses = [...new Set([...addresses2024, ...addresses2026])];

/**
 * The English name of each page of the current site that the new site serves as a page, as
 * the issue names them (helpers.ts), and the pages that list leaves out.
 */
const ENGLISH_NAMES: Record<string, string> = { ...PAGES };

/** What each address that is a file rather than a page must hold. */
const FILES: Record<string, RegExp> = {
  '/feed.xml': /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/,
  '/sitemap.xml': /<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9"/,
  '/robots.txt': /^User-agent: \*$[\s\S]*^Sitemap: https:\/\/blackpythondevs\.com\/sitemap\.xml$/m,
  '/LICENSE': /^MIT License\s+Copyright \(c\) [\d-]+ Black Python Developers Community/,
};

/** The first capture of `re` in `html`, with the character references the generator writes decoded. */
function attr(html: string, re: RegExp): string | undefined {
  return html
    .match(re)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const canonicalOf = (html: string) => attr(html, /<link rel="canonical" href="([^"]+)">/);
const refreshOf = (html: string) => attr(html, /<meta http-equiv="refresh" content="([^"]+)">/);
const titleOf = (html: string) => attr(html, /<title>([^<]*)<\/title>/);

/** The locale an address is in: its first segment if that is a locale, else English. */
function localeOf(address: string): string {
  const first = address.split('/')[1];
  return LOCALES.includes(first) && first !== 'en' ? first : 'en';
}

/**
 * Checks that `address` is a page of the new site in its own right: it answers 200, names
 * itself as canonical, speaks its locale, redirects nowhere, and is the same page as the
 * English one the issue names (a translated page through its `hreflang="en"` alternate).
 * Returns its title.
 */
async function expectPage(request: APIRequestContext, address: string): Promise<string> {
  const response = await request.get(address, { maxRedirects: 0 });
  expect(response.status(), address).toBe(200);
  const html = await response.text();
  expect(refreshOf(html), `${address} redirects`).toBeUndefined();
  expect(canonicalOf(html), address).toBe(`${SITE}${address}`);
  const locale = localeOf(address);
  expect(attr(html, /<html lang="([^"]+)"/), address).toBe(locale);
  expect(html, `${address} is prerendered`).toMatch(/<div id="app">[\s\S]*<h1[ >]/);
  const title = titleOf(html)!;
  if (locale === 'en') {
    if (!address.startsWith('/blog/')) {
      const name = ENGLISH_NAMES[address];
      expect(name, `${address}: which page of the new site should this be?`).toBeTruthy();
      expect(title, address).toBe(`Black Python Devs | ${name}`);
    }
  } else {
    const english = attr(html, /<link rel="alternate" hreflang="en" href="([^"]+)">/)!;
    expect(english.startsWith(SITE), address).toBe(true);
    const englishPath = english.slice(SITE.length);
    expect(englishPath, `${address} is the translation of its English address`).toBe(address.slice(locale.length + 1));
    await expectPage(request, englishPath);
  }
  return title;
}

for (const site of SITES) {
  test(`the committed ${site.list.split('/').pop()} is what the script derives from the copy today`, () => {
    test.skip(!existsSync(site.copy), `no copy of the site at ${site.copy}`);
    const derived = execFileSync('node', [site.script, site.copy], { encoding: 'utf8' });
    expect(derived).toBe(readFileSync(site.list, 'utf8'));
  });
}

test('the 2024 list covers what the issue names: the 19 posts, the pages, the translations, the blog and the feed', () => {
  const posts = addresses2024.filter((a) => /^\/\d{4}-\d{2}-\d{2}-[^/]+\/$/.test(a));
  expect(posts).toHaveLength(19);
  expect(posts).toContain('/2024-05-17-non-profit-announcement/');
  for (const address of ['/', '/about/', '/events/', '/blog/', '/feed.xml', '/es/', '/ha/', '/sw/', '/es/about/', '/ha/events/']) {
    expect(addresses2024).toContain(address);
  }
  expect(new Set(addresses2024).size).toBe(addresses2024.length);
});

test('the 2026 list covers what the issue names: the 43 posts, the pages, the events, the listings and the short addresses', () => {
  const posts = addresses2026.filter((a) => /^\/blog\/(?!blog\d+\.html)[a-z0-9-]+\.html$/.test(a));
  expect(posts).toHaveLength(43);
  for (const address of [
    '/about.html', '/support.html', '/events.html', '/sponsored-events.html', '/partnerships.html', '/code-of-conduct.html',
    '/corporate-sponsorships.html', '/student-ambassador-program.html', '/bpd-events/', '/blog/blog1.html', '/blog/blog2.html',
    '/bpd-events/black-python-devs-leadership-summit-2026-ohio.html', '/students', '/community', '/partnerships', '/leadership', '/pycon',
  ]) {
    expect(addresses2026).toContain(address);
  }
});

for (const address of addresses) {
  test(`the earlier sites' ${address} answers`, async ({ page, request }) => {
    if (FILES[address] || /\.(?!html$)[a-z]+$/.test(address)) {
      const expected = FILES[address];
      expect(expected, `${address}: what should this file hold?`).toBeTruthy();
      const response = await request.get(address, { maxRedirects: 0 });
      expect(response.status(), address).toBe(200);
      expect(await response.text(), address).toMatch(expected);
      return;
    }
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(200);
    const html = await response.text();
    const refresh = refreshOf(html);
    if (refresh === undefined) {
      await expectPage(request, address);
      return;
    }
    // A redirect page: the canonical link, the refresh and the visible link agree, and lead
    // to a page that answers, with the same title (a fragment, such as #council, leads to a
    // part of the page: the canonical link names the page).
    const target = refresh.match(/^0; url=(\/\S*)$/)?.[1];
    expect(target, `${address}: refresh ${refresh}`).toBeTruthy();
    const [targetPage, fragment] = target!.split('#');
    expect(canonicalOf(html), address).toBe(`${SITE}${targetPage}`);
    const targetTitle = await expectPage(request, targetPage);
    if (fragment) expect(await (await request.get(targetPage)).text(), target).toContain(`id="${fragment}"`);
    const redirectTitle = titleOf(html)!;
    expect(targetTitle, `${address} → ${target}`).toBe(`Black Python Devs | ${redirectTitle}`);

    // In the browser: the refresh leads there at once …
    await page.goto(address);
    await expect(page).toHaveURL(target!);
    await expect(page).toHaveTitle(targetTitle);
    // … and, in a browser that ignores refresh, so does the visible link.
    await page.route(address, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: html.replace(/<meta http-equiv="refresh"[^>]*>/, '') }),
    );
    await page.goto(address);
    await expect(page).toHaveURL(address);
    const link = page.getByRole('link', { name: redirectTitle });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(target!);
    await expect(page).toHaveTitle(targetTitle);
  });
}
