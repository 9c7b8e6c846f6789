// Discoverable and safe: feeds, sitemap, link-preview tags and the Content-Security-Policy,
// checked by parsing what the static server serves and by watching Chromium report
// policy violations.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { LOCALES, appReady, followLink, localized, pageReady, watchErrors } from './helpers';

const SITE = 'https://blackpythondevs.com';

/** The local path of one of the site's absolute URLs. */
function local(url: string): string {
  expect(url.startsWith(SITE)).toBe(true);
  return url.slice(SITE.length);
}

/** Parses XML in the page; fails on any well-formedness error. */
async function parseXml(page: Page, xml: string, query: string): Promise<{ root: string; values: string[] }> {
  return page.evaluate(
    ([source, selector]) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const error = doc.querySelector('parsererror');
      if (error) throw new Error(`not well-formed: ${error.textContent}`);
      return {
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        values: [...doc.querySelectorAll(selector)].map((n) => n.getAttribute('href') ?? n.textContent ?? ''),
      };
    },
    [xml, query] as const,
  );
}

test('every locale has a well-formed Atom feed of every post, each linking to its page', async ({ page, request }) => {
  await page.goto('/robots.txt');
  for (const locale of LOCALES) {
    const response = await request.get(localized(locale, '/feed.xml'));
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const feed = await parseXml(page, xml, 'entry > link[rel="alternate"]');
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    const posts: { slug: string }[] = await (await request.get(`/content/${locale}/blog/index.json`)).json();
    expect(feed.values).toEqual(posts.map((p) => `${SITE}${localized(locale, `/blog/${p.slug}/`)}`));
    for (const url of feed.values.slice(0, 2)) {
      expect((await request.get(local(url))).status()).toBe(200);
    }
  }
});

test('the sitemap is well-formed and every listed page exists, with its translations', async ({ page, request }) => {
  await page.goto('/robots.txt');
  const xml = await (await request.get('/sitemap.xml')).text();
  const sitemap = await parseXml(page, xml, 'url > loc');
  expect(sitemap.root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9 urlset');
  const alternates = await parseXml(page, xml, 'url > link');
  expect(alternates.values.length).toBe(sitemap.values.length * LOCALES.length);
  // Pages, posts and profiles: every one answers 200 from the static server.
  for (const url of sitemap.values) {
    const path = local(url);
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test('each page links its feed and describes itself for link previews', async ({ page, request }) => {
  const alts = new Map<string, string>();
  for (const path of ['/', '/ha/about/', '/blog/non-profit-announcement/', '/sw/members/danjuma-bello/', '/sw/members/']) {
    await page.goto(path);
    await pageReady(page);
    const locale = LOCALES.find((l) => path.startsWith(`/${l}/`)) ?? 'en';
    const feeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    // Every page: the blog's feed; the directory: its new members' too.
    const expected = [`${SITE}${localized(locale, '/feed.xml')}`];
    if (path.endsWith('/members/')) expected.push(`${SITE}${localized(locale, '/members/feed.xml')}`);
    await expect(feeds).toHaveCount(expected.length);
    expect(await feeds.evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toEqual(expected);
    const meta = (key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
    const title = await page.title();
    await expect(meta('og:title')).toHaveAttribute('content', title);
    await expect(meta('twitter:title')).toHaveAttribute('content', title);
    await expect(meta('og:url')).toHaveAttribute('content', `${SITE}${path}`);
    await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
    const description = await meta('description').getAttribute('content');
    expect(description!.length).toBeGreaterThan(20);
    await expect(meta('og:description')).toHaveAttribute('content', description!);
    await expect(meta('og:locale')).toHaveAttribute('content', new RegExp(`^${locale}_[A-Z]{2}$`));
    for (const key of ['og:title', 'og:image', 'og:locale', 'description']) await expect(meta(key)).toHaveCount(1);
    // The picture is the locale's own card (its tagline in its language), served as a PNG.
    const image = await meta('og:image').getAttribute('content');
    expect(image).toBe(`${SITE}/images/social-card-${locale}.png`);
    await expect(meta('twitter:image')).toHaveAttribute('content', image!);
    const picture = await request.get(local(image!));
    expect(picture.status()).toBe(200);
    expect(picture.headers()['content-type']).toBe('image/png');
    const alt = await meta('og:image:alt').getAttribute('content');
    await expect(meta('twitter:image:alt')).toHaveAttribute('content', alt!);
    alts.set(locale, alt!);
  }
  expect(new Set(alts.values()).size).toBe(alts.size);
  // Navigation in the app (from the directory to the join form) keeps one set of tags,
  // updated to the new page.
  await followLink(page, '/sw/members/join/');
  await expect(page).toHaveTitle(/Jiunge na saraka/);
  await expect(page.locator('head meta[property="og:title"]')).toHaveCount(1);
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', await page.title());
  await expect(page.locator('head meta[property="og:url"]')).toHaveAttribute('content', `${SITE}/sw/members/join/`);
  await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', `${SITE}/images/social-card-sw.png`);
});

test('a Hausa page shows the Hausa card in link previews', async ({ page, request }) => {
  const response = await request.get('/ha/about/');
  expect(response.status()).toBe(200);
  // What a preview service reads: the served HTML, no script run.
  const { image, alt } = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const content = (key: string) => doc.querySelector(`head meta[property="${key}"]`)?.getAttribute('content');
    return { image: content('og:image'), alt: content('og:image:alt') };
  }, await response.text());
  expect(image).toBe(`${SITE}/images/social-card-ha.png`);
  const picture = await request.get(local(image!));
  expect(picture.status()).toBe(200);
  expect(picture.headers()['content-type']).toBe('image/png');
  expect(alt).toMatch(/^Black Python Devs: Al'umma .*haɗuwa/);
  // And where the app runs, it keeps it after taking over.
  await page.goto('/ha/members/');
  await appReady(page);
  await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', image!);
});

/** Records the policy violations Chromium reports in a page, from before any script runs. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).__violations);

const ROUTES = [
  '/', '/about/', '/ha/about/', '/blog/', '/blog/non-profit-announcement/', '/events/', '/conferences/',
  '/es/book-club/', '/members/', '/sw/members/danjuma-bello/', '/members/join/', '/no/such/page/', '/ha/no/such/page/',
];

test.describe('the Content-Security-Policy', () => {
  test('is the one of _headers in every page, which allows by hash only its own inline scripts', async ({ page }) => {
    // The CDN reads _headers and does not serve it; the test server does the same.
    const headers = readFileSync('dist/_headers', 'utf8');
    const policy = headers.match(/^ {2}Content-Security-Policy: (.*)$/m)![1];
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+(;|$)/);
    expect((await page.request.get('/_headers')).status()).toBe(404);
    const directives = (p: string) => p.split('; ').filter((d) => !/^(script-src|frame-ancestors) /.test(d));
    const hashes = (p: string) => (p.match(/'sha256-[^']+'/g) ?? []).sort();
    for (const path of ROUTES) {
      const response = await page.goto(path);
      expect(response!.headers()['content-security-policy'], path).toBe(policy);
      const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))!;
      expect(directives(meta), path).toEqual(directives(policy).filter((d) => d !== "frame-ancestors 'none'"));
      expect(meta, path).not.toContain('frame-ancestors');
      const html = await response!.text();
      const own = [...html.matchAll(/<script(?: type="(?:module|speculationrules)")?>([\s\S]*?)<\/script>/g)].map(
        (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
      );
      expect(hashes(meta), path).toEqual([...new Set(own)].sort());
      for (const hash of hashes(meta)) expect(hashes(policy), path).toContain(hash);
    }
  });

  for (const path of ROUTES) {
    test(`reports no violation on ${path}`, async ({ page }) => {
      const errors = watchErrors(page);
      await watchViolations(page);
      await page.goto(path);
      await pageReady(page);
      // Use the page a little: navigation and, in the directory, a search.
      if (path === '/members/') {
        await page.getByRole('searchbox').fill('bello');
        await expect(page).toHaveURL(/q=bello/);
      }
      expect(await violations(page)).toEqual([]);
      expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    });
  }

  test('blocks an injected inline script and reports it', async ({ page }) => {
    await watchViolations(page);
    await page.goto('/about/');
    await pageReady(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
    });
    // Reported once per policy that blocks it: the header's and the meta tag's.
    await expect.poll(() => violations(page)).toEqual(['script-src-elem inline', 'script-src-elem inline']);
    expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined();
  });
});
