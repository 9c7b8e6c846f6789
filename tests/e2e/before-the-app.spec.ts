// Every control works from the prerendered HTML alone, nothing the visitor did is lost when
// the app takes over, and a visit that asks to save data fetches no app until it is needed.
import { test, expect, type Page } from '@playwright/test';
import { appFiles, appReady, watchErrors, watchRequests } from './helpers';
import { sampleMembers } from './samples';

// Western Africa in the UN M49 geoscheme, written out here independently of the app.
const WESTERN_AFRICA = ['BF', 'BJ', 'CI', 'CV', 'GH', 'GM', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SH', 'SL', 'SN', 'TG'];

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the phone menu opens and its links lead on', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/ha/');
    const nav = page.locator('#site-nav');
    await expect(nav).toBeHidden();
    await page.locator('.site-menu summary').click();
    await expect(nav).toBeVisible();
    await nav.locator('a[href="/ha/about/"]').click();
    await expect(page).toHaveURL('/ha/about/');
    await expect(page.locator('main h1')).toHaveText('Game da Mu');
  });

  test('the language menu leads to the same page in another language', async ({ page }) => {
    await page.goto('/corporate-sponsorships/');
    const menu = page.locator('header .language-menu');
    await menu.locator('summary').click();
    const kiswahili = menu.locator('a[hreflang="sw"]');
    await expect(kiswahili).toBeVisible();
    await kiswahili.click();
    await expect(page).toHaveURL('/sw/corporate-sponsorships/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sw');
  });

  test('the directory search and filters submit as a plain form', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/members/');
    // On a wide screen the filters are on screen without the app.
    const django = page.getByRole('checkbox', { name: /^Django/ });
    await expect(django).toBeVisible();
    await django.check();
    await page.locator('#member-search').fill('ada');
    await page.locator('#member-search').press('Enter');
    await expect(page).toHaveURL('/members/?q=ada&skill=django');
  });

  test('on a phone the filters open without the app', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/members/');
    const django = page.getByRole('checkbox', { name: /^Django/ });
    await expect(django).toBeHidden();
    await page.locator('.filters-toggle > summary').click();
    await expect(django).toBeVisible();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL('/members/?q=');
  });
});

/** Holds every request for the app's WebAssembly until the returned function is called. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('text typed and filters ticked before the app arrives survive the takeover and apply', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  const release = await holdTheApp(page);
  await page.goto('/members/');
  const search = page.locator('#member-search');
  await search.pressSequentially('bello');
  await page.getByRole('checkbox', { name: /^Western Africa/ }).check();
  await search.focus();
  // The app is still held back: nothing has been filtered.
  expect(await page.locator('html[data-app="ready"]').count()).toBe(0);
  release();
  await appReady(page);

  await expect(search).toHaveValue('bello');
  await expect(search).toBeFocused();
  expect(await search.evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(5);
  await expect(page.getByRole('checkbox', { name: /^Western Africa/ })).toBeChecked();
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const expected = sampleMembers()
    .filter((m: any) => fold(`${m.name}\n${m.city ?? ''}`).includes('bello'))
    .filter((m: any) => WESTERN_AFRICA.includes(m.country))
    .map((m: any) => m.id)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  await expect(page.locator('[data-member-id]')).toHaveCount(expected.length);
  await expect(page).toHaveURL(/\/members\/\?q=bello&region=western-africa$/);
  expect(errors).toEqual([]);
});

test('an open menu stays open through the takeover', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await holdTheApp(page);
  await page.goto('/members/');
  await page.locator('.site-menu summary').click();
  await expect(page.locator('#site-nav')).toBeVisible();
  release();
  await appReady(page);
  await expect(page.locator('#site-nav')).toBeVisible();
  await expect(page.locator('.site-menu')).toHaveAttribute('open', '');
});

test.describe('when the browser asks to save data', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' }, configurable: true });
    });
  });

  test('the directory fetches no app until the visitor starts something, nor does pointing at its links', async ({ page }) => {
    const requests = watchRequests(page);
    await page.goto('/members/');
    await expect(page.locator('main h1')).toHaveText('Members');
    await page.locator('#site-nav a[href="/members/join/"], main a[href="/members/join/"]').first().hover();
    await page.waitForTimeout(1500);
    expect(appFiles(requests)).toEqual([]);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
    await page.goto('/about/');
    await page.locator('#site-nav a[href="/members/"]').hover();
    await page.waitForTimeout(500);
    expect(appFiles(requests)).toEqual([]);
  });

  test('starting to search fetches the app, and the search applies', async ({ page }) => {
    await page.goto('/members/');
    await page.waitForTimeout(500);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
    await page.locator('#member-search').pressSequentially('danjuma');
    await appReady(page);
    await expect(page.locator('#member-search')).toHaveValue('danjuma');
    await expect(page.locator('[data-member-id]')).toHaveCount(1);
  });
});
