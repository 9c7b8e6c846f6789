// Navigation between pages (the browser's own between reading pages, the app's between
// the directory and the join form), language switching, footer, blog, data pages and the
// phone menu.
import { test, expect } from '@playwright/test';
import { watchErrors, appReady, followLink, pageReady, watchRequests, appFiles, ARCHIVE } from './helpers';

test('the language menu keeps the page and switches the language', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/about/');
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
  // The new page's menu is closed and names the language shown.
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

test('the header has the six sections of the community site and marks the one shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/es/blog/');
  const nav = page.getByRole('navigation', { name: 'Navegación principal' });
  await expect(nav.getByRole('link')).toHaveCount(6);
  expect(await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
    '/es/about/', '/es/blog/', '/es/events/', '/es/members/', '/es/support/', '/es/student-ambassador-program/',
  ]);
  await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', '/es/blog/');
  // A post belongs to the blog; the archive to no section.
  await page.locator('main .post-card a').first().click();
  await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', '/es/blog/');
  await page.goto('/es/book-club/');
  await expect(nav.locator('a[aria-current="page"]')).toHaveCount(0);
});

test('a page of the archive says it describes the community as of 2024, and the footer lists it', async ({ page }) => {
  for (const path of ARCHIVE) {
    await page.goto(path);
    await expect(page.getByRole('note').filter({ hasText: 'as it was in 2024' })).toBeVisible();
    await expect(page.locator('.footer-archive').locator(`a[href="${path}"]`)).toBeVisible();
    await expect(page.locator('#site-nav').locator(`a[href="${path}"]`)).toHaveCount(0);
  }
  await page.goto('/about/');
  await expect(page.getByRole('note').filter({ hasText: 'as it was in 2024' })).toHaveCount(0);
});

test('between the directory and the join form the app navigates without reloading, and the page around it follows', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/ha/members/');
  await appReady(page);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await page.locator('main').getByRole('link', { name: 'Shiga kundin' }).first().click();
  await expect(page).toHaveURL('/ha/members/join/');
  await expect(page.locator('main h1')).toHaveText(/Shiga kundin membobi/);
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  // As after a page load: the focus starts at the new content, the head and the language
  // links describe the new page, the section stays marked.
  await expect(page.locator('main')).toBeFocused();
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', 'https://blackpythondevs.com/ha/members/join/');
  await expect(page.locator('header a[hreflang="sw"]')).toHaveAttribute('href', '/sw/members/join/');
  await expect(page.locator('footer a[hreflang="en"]')).toHaveAttribute('href', '/members/join/');
  await expect(page.locator('#site-nav a[aria-current="page"]')).toHaveAttribute('href', '/ha/members/');
  await page.goBack();
  await expect(page).toHaveURL('/ha/members/');
  await expect(page.locator('[data-member-id]').first()).toBeVisible();
  await expect(page.locator('header a[hreflang="sw"]')).toHaveAttribute('href', '/sw/members/');
  await page.goForward();
  await expect(page).toHaveURL('/ha/members/join/');
  // A link to the page itself adds no history entry.
  const entries = await page.evaluate(() => history.length);
  await followLink(page, '/ha/members/join/');
  expect(await page.evaluate(() => history.length)).toBe(entries);
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  expect(errors).toEqual([]);
});

test('from the app, reading pages, other languages and files are loaded by the browser', async ({ page }) => {
  await page.goto('/members/');
  await appReady(page);
  for (const [path, heading] of [['/about/', 'About Us'], ['/es/members/', 'Miembros']] as const) {
    await page.evaluate(() => ((window as any).__sameDocument = true));
    await followLink(page, path);
    await expect(page.locator('main h1')).toHaveText(heading);
    expect(await page.evaluate(() => (window as any).__sameDocument), path).toBeUndefined();
    await page.goto('/members/');
    await appReady(page);
  }
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await followLink(page, '/feed.xml');
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBeUndefined();
});

test('the footer links to every platform by name, the footer pages and the archive', async ({ page }) => {
  await page.goto('/');
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
  await expect(footer.getByRole('link', { name: 'Corporate Sponsorships' })).toHaveAttribute('href', '/corporate-sponsorships/');
  await expect(footer).toContainText(`© ${new Date().getFullYear()}`);
});

test('the blog lists every post and opens one', async ({ page, request }) => {
  const errors = watchErrors(page);
  const index: { slug: string }[] = await (await request.get('/content/ha/blog/index.json')).json();
  expect(index.length).toBe(43);
  await page.goto('/ha/blog/');
  const posts = page.locator('.post-card');
  await expect(posts).toHaveCount(43);
  const first = posts.first().getByRole('link');
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page).toHaveTitle(`Black Python Devs | ${title}`);
  expect(page.url()).toMatch(/\/ha\/blog\/[a-z0-9-]+\/$/);
  await expect(page.locator('.prose p').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a council announcement links to the council, which names the new member', async ({ page }) => {
  await page.goto('/sw/blog/didas-mbarushimana-added-to-bpd-council/');
  await page.locator('.prose a[href="/sw/about/#council"]').click();
  await expect(page).toHaveURL('/sw/about/#council');
  await expect(page.locator('#council')).toBeInViewport();
  await expect(page.locator('#leadership')).toContainText('Didas Mbarushimana');
});

test('an unknown page is not found, in the language of its address', async ({ page }) => {
  const response = await page.goto('/blog/no-such-post/');
  expect(response!.status()).toBe(404);
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await page.goto('/sw/hakuna-ukurasa/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sw');
  await expect(page.locator('main h1')).toHaveText('Ukurasa haukupatikana');
  await expect(page.locator('main a.button')).toHaveAttribute('href', '/sw/');
});

test('conferences, books, projects and partner offers come from the JSON data, translated', async ({ page }) => {
  await page.goto('/sw/conferences/');
  const uganda = page.locator('.card', { hasText: 'PyCon Uganda' });
  await expect(uganda).toContainText('9–13 Oktoba 2024');
  await expect(uganda).toContainText('Kampala, Uganda');
  await expect(uganda.locator('.note')).toHaveAttribute('lang', 'sw');
  // A conference that is over is listed as past.
  await expect(page.locator('h2 + .cards .card', { hasText: 'PyHo' })).toBeVisible();
  await page.goto('/es/book-club/');
  const book = page.locator('.card', { hasText: 'Boost Your Django DX' });
  await expect(book).toContainText('Adam Johnson');
  await expect(book.getByRole('link', { name: /Velda Kiara/ })).toHaveAttribute('href', /^https:\/\/dev\.to\//);
  await page.goto('/ha/open-source-program/');
  await expect(page.locator('.card', { hasText: 'DAGWorks-Inc' }).getByRole('link', { name: 'Hamilton' })).toBeVisible();
  await page.goto('/support/');
  const partners = page.locator('#partnerships');
  await expect(partners.locator('.card', { hasText: 'Talk Python Training' })).toContainText('bpd-20pc-1c1da');
  await expect(partners.locator('.card', { hasText: 'Rodrigo' })).toContainText('BLACKPYTHONDEVS');
  await expect(partners.locator('.card', { hasText: 'LernerPython' })).toBeVisible();
});

test('the community as its data describes it: figures, sponsors, leadership, events, supporters', async ({ page }) => {
  await page.goto('/');
  const figures = page.locator('.figures li');
  await expect(figures).toHaveText(['1,230 community members', '22 sponsored events', '12 countries supported']);
  await expect(page.locator('.sponsors li')).toHaveText(['GNOME Foundation', 'Anaconda', 'JetBrains', 'Pydantic', 'REVSYS']);
  await page.goto('/about/');
  await expect(page.locator('#leadership')).toContainText('Jay Miller · Global');
  await expect(page.locator('#leadership')).toContainText('Doreen Nangira · Code of Conduct');
  await page.goto('/events/');
  const own = page.locator('#community-events');
  await expect(own.getByRole('link', { name: 'Leadership Summit 2024' })).toHaveAttribute('href', '/leadership-summit-2024/');
  await expect(own.getByRole('link', { name: 'Leadership Summit 2027' })).toBeVisible();
  const sponsored = page.locator('#sponsored-events');
  await expect(sponsored.locator('h3')).toHaveText(['2026', '2025', '2024']);
  await expect(sponsored).toContainText('PyTogo (Togo)');
  await expect(sponsored.locator('h4', { hasText: 'Western Africa' }).first()).toBeVisible();
  await page.goto('/ha/support/');
  await expect(page.locator('#supporters details')).toHaveCount(2);
  await expect(page.locator('#supporters details[open] li').first()).toBeVisible();
});

test('on a phone the menu button opens and closes the navigation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const menu = page.locator('.site-menu');
  const button = menu.locator('summary');
  const nav = page.locator('#site-nav');
  await expect(nav).toBeHidden();
  await expect(button).toHaveText('Menu');
  await button.click();
  await expect(nav).toBeVisible();
  await expect(menu).toHaveAttribute('open', '');
  // Its name stays "Menu": the open state is the summary's own (expanded or collapsed).
  await expect(button).toHaveText('Menu');
  await nav.getByRole('link', { name: 'Events' }).click();
  await expect(page).toHaveURL('/events/');
  await expect(nav).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('keyboard users can skip to the main content', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('pointing at a link to the directory fetches the app ahead, and the directory then needs no new download', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const requests = watchRequests(page);
  // Pointing long enough for the prefetch to finish: on a busy machine the 200 KB of wasm
  // can still be arriving when a click comes too soon, and the page then fetches it again.
  const finished: string[] = [];
  page.on('requestfinished', (request) => finished.push(request.url()));
  await page.goto('/blog/');
  await pageReady(page);
  await page.waitForTimeout(300);
  expect(appFiles(requests)).toEqual([]);
  await page.locator('#site-nav a[href="/members/"]').hover();
  await expect.poll(() => appFiles(requests).length).toBe(2);
  await expect.poll(() => appFiles(finished).length).toBe(2);
  const fetched = appFiles(requests).length;
  await page.locator('#site-nav a[href="/members/"]').click();
  await appReady(page);
  // The app's files came from the cache the prefetch filled: requested again, answered from
  // the cache (Playwright still reports the request).
  const loaded: [string, number][] = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r: any) => /\/bpd-site-[0-9a-f]+(_bg\.wasm|\.js)$/.test(new URL(r.name).pathname))
      .map((r: any) => [new URL(r.name).pathname, r.transferSize]),
  );
  expect(loaded.map(([path]) => path.endsWith('.wasm')).sort()).toEqual([false, true]);
  expect(loaded.map(([, size]) => size), JSON.stringify(loaded)).toEqual([0, 0]);
  expect(fetched).toBe(2);
});

test('reading pages carry speculation rules that never prerender the app', async ({ page }) => {
  await page.goto('/about/');
  const rules = JSON.parse((await page.locator('script[type="speculationrules"]').textContent())!);
  expect(await page.evaluate(() => HTMLScriptElement.supports('speculationrules'))).toBe(true);
  expect(JSON.stringify(rules.prerender)).toContain('/members/*');
  expect(rules.prerender[0].eagerness).toBe('conservative');
  expect(rules.prefetch[0].eagerness).toBe('moderate');
  // Hover prefetching applies where the pointer can hover (a desktop).
  await expect(page.locator('html')).toHaveClass(/\bhover\b/);
});
