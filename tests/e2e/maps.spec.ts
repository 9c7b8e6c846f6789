// The maps, the new members' feed and fresh profiles (issue 20): the members map works as
// links before and without the app, follows the filters once the app runs, and every region
// can be reached by keyboard with a name and a count; the events map links each country to
// its events; the feed lists the newest joins; a profile says when it was last confirmed.
import { gzipSync } from 'node:zlib';
import { test, expect, Page } from '@playwright/test';
import { watchErrors, appReady, pageReady, followLink } from './helpers';

/// Each region link of the members map: its slug, its accessible name and its href.
async function regions(page: Page) {
  return page.locator('#members-map a[data-region]').evaluateAll((links) =>
    links.map((a) => ({
      slug: a.getAttribute('data-region')!,
      name: a.querySelector('title')!.textContent!,
      href: a.getAttribute('href'),
      shade: a.getAttribute('class')!,
    })),
  );
}

/// The Region filter's count for a subregion, as its checkbox label reads; 0 for a
/// subregion the filter does not list (no member lives there).
async function facetCount(page: Page, slug: string) {
  const input = page.locator(`input[name="region"][value="${slug}"]`);
  if ((await input.count()) === 0) return 0;
  return input.evaluate((el) => Number(el.closest('label')!.querySelector('.facet-count [aria-hidden]')!.textContent));
}

/// Each region of the members map names the count the Region filter gives it, and links to
/// `search` narrowed to it exactly when it has members.
async function expectRegionsAsFilter(page: Page, search: string) {
  for (const region of await regions(page)) {
    const count = await facetCount(page, region.slug);
    expect(Number(region.name.match(/\d+/)![0]), region.slug).toBe(count);
    expect(region.href === null, region.slug).toBe(count === 0);
    if (region.href) expect(region.href).toBe(`${search}&region=${region.slug}`);
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the members map is in the page, its regions are links to the directory filtered by them', async ({ page }) => {
    await page.goto('/ha/members/');
    const list = await regions(page);
    expect(list.length).toBe(22);
    const linked = list.filter((r) => r.href !== null);
    expect(linked.length).toBeGreaterThan(5);
    for (const region of list) {
      // "Yammacin Afirka: Membobi 9", with the same number as the Region filter.
      const count = Number(region.name.match(/\d+/)![0]);
      expect(region.href === null).toBe(count === 0);
      expect(region.shade === 'shade-0').toBe(count === 0);
    }
    const western = list.find((r) => r.slug === 'western-africa')!;
    expect(western.name).toMatch(/^Yammacin Afirka: /);
    expect(western.href).toBe('/ha/members/?region=western-africa');
    await page.locator('#members-map a[data-region="western-africa"]').click();
    await expect(page).toHaveURL('/ha/members/?region=western-africa');
    // The map's caption says what the shades mean and where the same numbers are as text.
    await expect(page.locator('#members-map figcaption')).toContainText('Yanki');
  });

  test('the events map links each country to its events, which are listed by country', async ({ page }) => {
    await page.goto('/events/');
    const places = page.locator('.events-map a.place');
    expect(await places.count()).toBeGreaterThanOrEqual(10);
    for (const href of await places.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      expect(href).toMatch(/^#events-in-[a-z]{2}$/);
      await expect(page.locator(href)).toHaveCount(1);
    }
    // By keyboard, as by pointer: the country's link goes to its events.
    await page.locator('.events-map a.place[href="#events-in-gh"]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#events-in-gh$/);
    await expect(page.locator('#events-in-gh')).toContainText('Ghana');
    await expect(page.locator('#events-in-gh')).toContainText('Django Girls');
  });
});

test('the members map follows the filters, keeps its links and is reachable by keyboard', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/members/');
  await appReady(page);
  // The app took over the map the page came with (one map, in the app's page).
  await expect(page.locator('#members-map')).toHaveCount(1);
  await page.getByRole('checkbox', { name: /^Python/ }).check();
  await expect(page).toHaveURL(/skill=python/);
  await expectRegionsAsFilter(page, '/members/?skill=python');
  // Keyboard: from the search box, Tab goes through the regions with members.
  await page.locator('#member-search').focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('#members-map a:focus');
  await expect(focused).toHaveCount(1);
  const slug = await focused.getAttribute('data-region');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/members/?skill=python&region=${slug}`);
  await expect(page.locator(`input[name="region"][value="${slug}"]`)).toBeChecked();
  const shown = await page.locator('.member').count();
  expect(shown).toBe(await facetCount(page, slug!));
  expect(errors).toEqual([]);
});

test('arriving on the join form, the directory the app then shows has the map of its own page, kept in step', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/ha/members/join/');
  await appReady(page);
  await expect(page.locator('#members-map')).toHaveCount(0);
  // Inside the app, without loading the page: a marker on the document survives.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await followLink(page, '/ha/members/');
  await expect(page.locator('#members-map')).toHaveCount(1);
  await expect(page.locator('#members-map figcaption')).toContainText('Membobi bisa yanki');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await page.getByRole('checkbox', { name: /^Python/ }).check();
  await expect(page).toHaveURL(/skill=python/);
  await expectRegionsAsFilter(page, '/ha/members/?skill=python');
  expect(errors).toEqual([]);
});

test('the new members feed is linked from the directory and lists the newest joins first', async ({ page, request }) => {
  await page.goto('/sw/members/');
  await pageReady(page);
  const link = page.locator('main a[href="/sw/members/feed.xml"]');
  await expect(link).toHaveText('Fuatilia wanachama wapya (mlisho wa Atom)');
  const response = await request.get('/sw/members/feed.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const published = [...xml.matchAll(/<published>([^<]+)<\/published>/g)].map((m) => m[1]);
  expect(published.length).toBeGreaterThan(10);
  expect([...published].sort().reverse()).toEqual(published);
  expect(xml).toContain('alijiunga na saraka ya wanachama');
  expect(xml).toContain('<id>https://blackpythondevs.com/sw/members/feed.xml</id>');
});

test('a profile says when it was last confirmed, and one not confirmed for a year says so first', async ({ page, request }) => {
  await page.goto('/members/danjuma-bello/');
  await pageReady(page);
  const file = await (await request.get('/data/members/danjuma-bello.json')).json();
  await expect(page.locator('.profile-facts time')).toHaveAttribute('datetime', file.profile.confirmed);
  // Aminata Koné's sample profile was last confirmed in 2025 or before.
  await page.goto('/es/members/aminata-kone/');
  await pageReady(page);
  const notice = page.getByRole('note').filter({ hasText: 'Nadie ha confirmado este perfil desde hace más de un año' });
  await expect(notice).toBeVisible();
  const box = await notice.boundingBox();
  const heading = await page.locator('main h1').boundingBox();
  expect(box!.y).toBeLessThan(heading!.y);
});

test('each map adds at most 25 KB gzip to its page', async ({ request }) => {
  for (const [path, pattern] of [
    ['/members/', /<figure[^>]*id="members-map".*?<\/figure>/s],
    ['/ha/events/', /<figure class="world-map events-map".*?<\/figure>/s],
  ] as const) {
    const html = await (await request.get(path)).text();
    const map = html.match(pattern)![0];
    // The page's part, and the shapes' file it uses (named by its contents, so cached for
    // good): the subregions through <use>, the land as a lazy picture.
    const files = [...new Set([...map.matchAll(/(?:<use href|<img src)="([^"#]+)/g)].map((m) => m[1]))];
    expect(files.length).toBe(1);
    const shapes = await request.get(files[0]);
    expect(shapes.headers()['content-type']).toContain('image/svg+xml');
    expect(shapes.headers()['cache-control']).toContain('immutable');
    const inPage = gzipSync(map, { level: 9 }).length;
    const inFile = gzipSync(await shapes.body(), { level: 9 }).length;
    console.log(`${path} map: ${inPage} bytes gzip in the page, ${inFile} in ${files[0]}`);
    expect(inPage + inFile, path).toBeLessThanOrEqual(25 * 1024);
  }
});
