// Navigation, language switching, footer, blog, data pages, error handling and the phone menu.
import { test, expect } from '@playwright/test';
import { watchErrors, appReady, followLink } from './helpers';

test('the language menu keeps the page and switches the language', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/about/');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('About Us');
  const menu = page.locator('header .language-menu');
  // Links to the same page in each language, closed until the visitor opens the menu.
  const links = menu.locator('a');
  await expect(links).toHaveText(['English', 'Español', 'Hausa', 'Kiswahili']);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('hreflang')))).toEqual(['en', 'es', 'ha', 'sw']);
  await expect(links.first()).toBeHidden();

  await menu.locator('summary').click();
  await menu.getByRole('link', { name: 'Hausa' }).click();
  await expect(page).toHaveURL('/ha/about/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ha');
  await expect(page.locator('main h1')).toHaveText('Game da Mu');
  await expect(page).toHaveTitle('Black Python Devs | Game da Mu');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', 'https://blackpythondevs.com/ha/about/');
  await expect(page.locator('.prose h3')).toHaveCount(4);
  // The menu closes with the page change and names the language shown.
  await expect(menu).not.toHaveAttribute('open');
  await expect(menu.locator('summary')).toContainText('Hausa');
  await expect(menu.locator('a[hreflang="ha"]')).toHaveAttribute('aria-current', 'true');

  await menu.locator('summary').click();
  await menu.getByRole('link', { name: 'Kiswahili' }).click();
  await expect(page).toHaveURL('/sw/about/');
  await expect(page.locator('main h1')).toHaveText('Kuhusu Sisi');
  await menu.locator('summary').click();
  await menu.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/about/');
  await expect(page.locator('main h1')).toHaveText('About Us');
  await expect(page.locator('link[rel=alternate][hreflang]')).toHaveCount(5);
  expect(errors).toEqual([]);
});

test('navigation links move between pages without reloading', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/es/');
  await appReady(page);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  const nav = page.getByRole('navigation', { name: 'Navegación principal' });
  await nav.getByRole('link', { name: 'Liderazgo' }).click();
  await expect(page).toHaveURL('/es/leadership/');
  await expect(page.locator('main h1')).toHaveText('Liderazgo');
  await expect(page.locator('main')).toContainText('Velda Kiara');
  await expect(nav.getByRole('link', { name: 'Liderazgo' })).toHaveAttribute('aria-current', 'page');
  // As after a page load, keyboard and screen-reader users continue in the new page.
  await expect(page.locator('main')).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL('/es/');
  await expect(page.locator('main h1')).toHaveText('Una comunidad para personas negras de todo el mundo que programan en Python');
  await page.goForward();
  await expect(page.locator('main h1')).toHaveText('Liderazgo');
  // A link to the page itself adds no history entry.
  const entries = await page.evaluate(() => history.length);
  await nav.getByRole('link', { name: 'Liderazgo' }).click();
  expect(await page.evaluate(() => history.length)).toBe(entries);
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
});

test('links to files and other sites are left to the browser', async ({ page }) => {
  await page.goto('/es/blog/');
  await appReady(page);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  // A link to the feed is a file, not a page of the app: the browser opens it.
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = '/es/feed.xml';
    link.textContent = 'feed';
    document.querySelector('main')!.append(link);
  });
  await page.getByRole('link', { name: 'feed' }).click();
  await expect(page).toHaveURL('/es/feed.xml');
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBeUndefined();
  // Back on the page, an in-page link scrolls without leaving it.
  await page.goto('/es/blog/');
  await appReady(page);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL('/es/blog/');
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
});

test('the footer links to every platform by name', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const footer = page.locator('footer');
  const expected: Record<string, RegExp> = {
    GitHub: /^https:\/\/github\.com\//,
    Discord: /^https:\/\/discord\./,
    LinkedIn: /^https:\/\/www\.linkedin\.com\//,
    Mastodon: /^https:\/\//,
    YouTube: /^https:\/\/www\.youtube\.com\//,
    X: /^https:\/\/x\.com\//,
    Email: /^mailto:contact@blackpythondevs\.com$/,
  };
  for (const [name, href] of Object.entries(expected)) {
    await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  await expect(footer.getByRole('link', { name: 'Code of Conduct' })).toHaveAttribute('href', '/coc/');
  await expect(footer).toContainText(`© ${new Date().getFullYear()}`);
});

test('the blog lists posts and opens one', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/ha/blog/');
  await appReady(page);
  const posts = page.locator('.post-card');
  expect(await posts.count()).toBeGreaterThanOrEqual(6);
  const first = posts.first().getByRole('link');
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page).toHaveTitle(`Black Python Devs | ${title}`);
  expect(page.url()).toMatch(/\/ha\/blog\/[a-z0-9-]+\/$/);
  await expect(page.locator('.prose p').first()).toBeVisible();

  // The same post as a deep link is a real file.
  const response = await page.goto(new URL(page.url()).pathname);
  expect(response!.status()).toBe(200);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText(title);
  expect(errors).toEqual([]);
});

test('an unknown blog post shows the not-found page', async ({ page }) => {
  const response = await page.goto('/blog/no-such-post/');
  expect(response!.status()).toBe(404);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Page not found');
});

test('conferences, books, projects and partner offers come from the JSON data, translated', async ({ page }) => {
  await page.goto('/sw/conferences/');
  await appReady(page);
  const uganda = page.locator('.card', { hasText: 'PyCon Uganda' });
  await expect(uganda).toContainText('9–13 Oktoba 2024');
  await expect(uganda).toContainText('Kampala, Uganda');
  await expect(uganda.locator('.note')).toHaveAttribute('lang', 'sw');
  // A conference that is over is listed as past.
  await expect(page.locator('h2 + .cards .card', { hasText: 'PyHo' })).toBeVisible();
  await page.goto('/es/book-club/');
  await appReady(page);
  const book = page.locator('.card', { hasText: 'Boost Your Django DX' });
  await expect(book).toContainText('Adam Johnson');
  await expect(book.getByRole('link', { name: /Velda Kiara/ })).toHaveAttribute('href', /^https:\/\/dev\.to\//);
  await page.goto('/ha/open-source-program/');
  await appReady(page);
  await expect(page.locator('.card', { hasText: 'DAGWorks-Inc' }).getByRole('link', { name: 'Hamilton' })).toBeVisible();
  await page.goto('/support/');
  await appReady(page);
  await expect(page.locator('.card', { hasText: 'Talk Python Training' })).toContainText('bpd-20pc-1c1da');
});

test('a page that fails to load shows an alert with a working Retry', async ({ page }) => {
  let fail = true;
  // The app shows a static page as the generator prerendered it, fetched like a link would.
  await page.route('**/conferences/', (route) =>
    fail && route.request().resourceType() === 'fetch' ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
  );
  await page.goto('/');
  await appReady(page);
  await followLink(page, '/conferences/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('(500)');
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.card', { hasText: 'PyCon Uganda' })).toBeVisible();
  await expect(page).toHaveTitle(/Conferences/);
});

test('a page that is not one of ours is reported, not shown, and its scripts never run', async ({ page }) => {
  const errors = watchErrors(page);
  const foreign = '<!doctype html><title>Elsewhere</title><main id="main"><p>Not a page of this site</p>'
    + '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script></main>';
  await page.route('**/book-club/', (route) =>
    route.request().resourceType() === 'fetch' ? route.fulfill({ status: 200, contentType: 'text/html', body: foreign }) : route.continue(),
  );
  await page.goto('/');
  await appReady(page);
  await followLink(page, '/book-club/');
  await expect(page.getByRole('alert')).toContainText('damaged');
  await expect(page.locator('main')).not.toContainText('Not a page of this site');
  await expect(page).not.toHaveTitle('Elsewhere');
  await page.unroute('**/book-club/');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.card', { hasText: 'Boost Your Django DX' })).toBeVisible();
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  // Chrome reports each inline handler the site's CSP refuses while the page is parsed, even
  // into an inert <template>; those reports are the only errors.
  expect(errors.filter((e) => !e.startsWith('Executing inline event handler violates'))).toEqual([]);
});

test('going to a static page takes its head, and going back needs no request', async ({ page }) => {
  await page.goto('/ha/');
  await appReady(page);
  const fetched: string[] = [];
  page.on('request', (request) => { if (request.resourceType() === 'fetch') fetched.push(new URL(request.url()).pathname); });
  await followLink(page, '/ha/events/');
  await expect(page.locator('main h1')).toHaveText('Taruka');
  await expect(page).toHaveTitle(/Taruka/);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/ha\/events\/$/);
  await expect(page.locator('link[rel=alternate][hreflang]')).toHaveCount(5);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/ha\/events\/$/);
  await page.goBack();
  await expect(page).toHaveURL('/ha/');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/ha\/$/);
  await page.goForward();
  await expect(page.locator('main h1')).toHaveText('Taruka');
  expect(fetched).toEqual(['/ha/events/']);
});

test('each navigation renders the new page once, loading what it needs once', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const fetched: Record<string, number> = {};
  page.on('request', (request) => {
    if (request.resourceType() !== 'fetch') return;
    const path = new URL(request.url()).pathname;
    fetched[path] = (fetched[path] ?? 0) + 1;
  });
  await followLink(page, '/members/');
  await expect(page.locator('[data-member-id]').first()).toBeVisible();
  await followLink(page, '/members/join/');
  await expect(page.locator('main h1')).toHaveText('Join the member directory');
  await followLink(page, '/about/');
  await expect(page.locator('main h1')).toHaveText('About Us');
  // From one unknown path to another, the not-found page follows the language of the path.
  await followLink(page, '/no-such-page/');
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await followLink(page, '/ha/no-such-page/');
  await expect(page.locator('main h1')).toHaveText('Ba a sami shafin ba');
  await followLink(page, '/members/');
  await expect(page.locator('[data-member-id]').first()).toBeVisible();
  await page.waitForTimeout(300);
  expect(fetched).toEqual({ '/data/skills.json': 3, '/data/directory.json': 2, '/about/': 1 });
});

test('on a phone the menu button opens and closes the navigation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await appReady(page);
  const menu = page.locator('.site-menu');
  const button = menu.locator('summary');
  const nav = page.locator('#site-nav');
  await expect(nav).toBeHidden();
  await expect(button).toContainText('Menu');
  await button.click();
  await expect(nav).toBeVisible();
  await expect(menu).toHaveAttribute('open', '');
  await expect(button).toContainText('Close menu');
  await nav.getByRole('link', { name: 'Events' }).click();
  await expect(page).toHaveURL('/events/');
  await expect(nav).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('keyboard users can skip to the main content', async ({ page }) => {
  await page.goto('/about/');
  await appReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
