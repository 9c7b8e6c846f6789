// Prerendered pages: readable and navigable with JavaScript disabled; the pages the app
// runs on are taken over without a flash, a layout shift or duplicated content.
import { test, expect, type Page } from '@playwright/test';
import { appReady, watchErrors } from './helpers';

/** One route of each kind, with the heading it must show. */
const ROUTES: [string, string][] = [
  ['/', 'Python developers'],
  ['/about/', 'About Us'],
  ['/ha/about/', 'Game da Mu'],
  ['/blog/', 'Blog'],
  ['/members/', 'Members'],
  ['/members/danjuma-bello/', 'Ɗanjuma Bello'],
  ['/sw/conferences/', 'Makongamano'],
  ['/es/book-club/', 'Club de lectura'],
  ['/members/join/', 'Join the member directory'],
  ['/support/', 'Support'],
  ['/ha/open-source-program/', 'Shirin Buɗaɗɗen Tushe'],
  ['/events/', 'Events'],
  ['/student-ambassador-program/', 'Student Ambassadors'],
  ['/leadership-summit-2026/', 'Leadership Summit 2026'],
];

/** The pages the app runs on, among them. */
const APP_ROUTES = ['/members/', '/members/join/', '/es/members/', '/ha/members/join/'];

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, heading] of ROUTES) {
    test(`${path} shows its content and working links`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response!.status()).toBe(200);
      await expect(page.locator('main h1')).toContainText(heading);
      await expect(page.locator('main')).not.toContainText('Loading');
      await expect(page.locator('main .loading')).toHaveCount(0);
      // Every page links to every page of the header, in its own language.
      await expect(page.locator('#site-nav a')).toHaveCount(6);
    });
  }

  test('a visitor can read a blog post and follow links between pages', async ({ page, request }) => {
    const posts: { slug: string; title: string }[] = await (await request.get('/content/en/blog/index.json')).json();
    await page.goto('/blog/');
    await page.locator('main').getByRole('link', { name: posts[0].title }).click();
    await expect(page).toHaveURL(`/blog/${posts[0].slug}/`);
    await expect(page.locator('main h1')).toHaveText(posts[0].title);
    await expect(page.locator('.prose p').first()).toBeVisible();
    await page.locator('#site-nav').getByRole('link', { name: 'Members' }).click();
    await expect(page.locator('[data-member-id]').first()).toBeVisible();
    expect(await page.locator('[data-member-id]').count()).toBeGreaterThanOrEqual(60);
    await page.locator('[data-member-id="danjuma-bello"] a').click();
    await expect(page.locator('main h1')).toHaveText('Ɗanjuma Bello');
    await expect(page.locator('main')).toContainText('Nigeria');
    await page.locator('footer').getByRole('link', { name: 'Hausa' }).click();
    await expect(page).toHaveURL('/ha/members/danjuma-bello/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ha');
  });

  test('the not-found page explains itself', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response!.status()).toBe(404);
    await expect(page.locator('main h1')).toHaveText('Page not found');
  });
});

/** The visible text of <main> as served (before any script runs) and as the running app shows it. */
async function mainTexts(page: Page, path: string): Promise<string[]> {
  const html = await (await page.request.get(path)).text();
  return page.evaluate((source) => {
    const served = new DOMParser().parseFromString(source, 'text/html');
    return [served, document].map((doc) => doc.querySelector('main')!.textContent!.replace(/\s+/g, ' ').trim());
  }, html);
}

test.describe('with JavaScript', () => {
  for (const path of APP_ROUTES) {
    test(`${path} is taken over without change, shift or duplicate`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.addInitScript(() => {
        (window as any).__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await appReady(page);
      await page.waitForTimeout(300);
      const [served, live] = await mainTexts(page, path);
      expect(live).toBe(served);
      await expect(page.locator('main')).toHaveCount(1);
      await expect(page.locator('header.site-header')).toHaveCount(1);
      await expect(page.locator('#preloaded')).toHaveCount(0);
      expect(await page.evaluate(() => (window as any).__shift)).toBeLessThan(0.001);
      expect(errors).toEqual([]);
    });
  }
});

test('a page without a document it needs stays on screen until the app has it', async ({ page }) => {
  const errors = watchErrors(page);
  // As the build does for a directory too large to carry: the page leaves the index out.
  await page.route('/members/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<script type="application\/json" id="preloaded">)(.*?)(<\/script>)/s,
      (_, open, json, close) => {
        const documents = JSON.parse(json);
        expect(documents).toHaveProperty(['/data/directory.json']);
        delete documents['/data/directory.json'];
        return open + JSON.stringify(documents).replace(/</g, '\\u003c') + close;
      },
    );
    await route.fulfill({ response, body: html });
  });
  let appBeforeIndex: string | undefined;
  await page.route('/data/directory.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    appBeforeIndex = await page.evaluate(() => document.documentElement.dataset.app);
    await route.continue();
  });
  await page.addInitScript(() => {
    (window as any).__sawLoading = false;
    new MutationObserver(() => {
      if (document.querySelector('.loading')) (window as any).__sawLoading = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/members/');
  await expect(page.locator('[data-member-id]').first()).toBeVisible();
  const served = await page.locator('[data-member-id]').count();
  await appReady(page);
  expect(appBeforeIndex).toBeUndefined();
  expect(await page.evaluate(() => (window as any).__sawLoading)).toBe(false);
  await expect(page.locator('[data-member-id]')).toHaveCount(served);
  await expect(page.locator('main')).toHaveCount(1);
  // The app is live: searching narrows the list.
  await page.locator('#member-search').fill('Ɗanjuma');
  await expect(page.locator('[data-member-id]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the app is downloaded only after the prerendered page has painted', async ({ page }) => {
  await page.goto('/members/');
  await appReady(page);
  const [paint, wasm] = await page.evaluate(() => [
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'))?.startTime,
  ]);
  expect(paint).toBeDefined();
  expect(wasm).toBeDefined();
  expect(wasm!).toBeGreaterThan(paint!);
  expect(await page.locator('link[rel="preload"][type="application/wasm"]').count()).toBe(0);
});

test('the app takes over with the names and order the page carries, building no Intl formatter', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const built: string[] = [];
    (window as any).__intlBuilt = built;
    for (const name of ['DisplayNames', 'Collator']) {
      (Intl as any)[name] = new Proxy((Intl as any)[name], {
        construct(target, args) {
          built.push(name);
          return Reflect.construct(target, args);
        },
      });
    }
  });
  await page.goto('/members/');
  await appReady(page);
  await expect(page.locator('[data-member-id="adebayo-ogunleye"] .member-meta')).toHaveText('Western Africa · Nigeria');
  expect(await page.evaluate(() => (window as any).__intlBuilt)).toEqual([]);
  // A profile is a reading page: its names were written by the generator, and nothing runs
  // to build a formatter.
  await page.locator('[data-member-id="adebayo-ogunleye"] a').click();
  await expect(page.locator('main h1')).toHaveText('Adébáyọ̀ Ògúnlẹ́yẹ̀');
  await expect(page.locator('main')).toContainText('Yoruba, English');
  expect(await page.evaluate(() => (window as any).__intlBuilt)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the app takes over the directory only once it has rendered every card the page shows', async ({ page }) => {
  // The app renders a long list in two tasks; the page it replaces must not lose cards.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.documentElement.dataset.app === 'ready' && (window as any).__cardsAtTakeover === undefined) {
        (window as any).__cardsAtTakeover = document.querySelectorAll('[data-member-id]').length;
      }
    }).observe(document, { attributes: true, attributeFilter: ['data-app'], subtree: true });
  });
  const html = await (await page.request.get('/members/')).text();
  const served = html.match(/<li[^>]* data-member-id=/g)!.length;
  expect(served).toBeGreaterThan(20);
  await page.goto('/members/');
  await appReady(page);
  expect(await page.evaluate(() => (window as any).__cardsAtTakeover)).toBe(served);
});
