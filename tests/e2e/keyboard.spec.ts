// Keyboard and screen-reader use beyond what axe sees (WCAG 2.2 AA): the focused element is
// never hidden under the sticky header or off screen, the skip link lands below the header,
// the phone menu's links are all reachable at 200% zoom, the join form refuses to go on
// with missing answers and says why, clearing the filters keeps the focus, Escape closes a
// menu, the directory reads by headings, counts say what they count, and Back returns to
// the member the visitor opened.
import { test, expect, type Page } from '@playwright/test';
import { appReady, pageReady } from './helpers';

/** Where the focused element is, against the window and the header when it sticks. */
async function focusPlace(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const rect = element.getBoundingClientRect();
    const header = document.querySelector('.site-header') as HTMLElement;
    // The skip link is drawn over the header, which it belongs to.
    const sticky = getComputedStyle(header).position === 'sticky' && !header.contains(element) && !element.matches('.skip-link');
    const headerBottom = sticky ? header.getBoundingClientRect().bottom : 0;
    const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent || (element as HTMLInputElement).value || element.getAttribute('name') || '').trim().slice(0, 30)}"`;
    return { label, top: rect.top, bottom: rect.bottom, width: rect.width, headerBottom, innerHeight: window.innerHeight };
  });
}

/** Moves backwards through every stop of the page, from its last, checking each one. */
async function shiftTabThrough(page: Page) {
  await page.locator('footer a').last().focus();
  const hidden: string[] = [];
  for (let stops = 0; stops < 400; stops++) {
    const place = await focusPlace(page);
    if (!place) break;
    if (place.width > 0 && (place.top < place.headerBottom - 1 || place.bottom > place.innerHeight + 1 || place.top < -1)) {
      hidden.push(`${place.label} at ${Math.round(place.top)}–${Math.round(place.bottom)} (header to ${Math.round(place.headerBottom)}, window ${place.innerHeight})`);
    }
    if (place.label.startsWith('a "Skip to main content')) break;
    await page.keyboard.press('Shift+Tab');
  }
  return hidden;
}

for (const [width, height] of [[390, 844], [1280, 900]]) {
  for (const path of ['/members/', '/members/join/', '/blog/edmond-makolle-added-to-bpd-council/']) {
    test(`Shift+Tab through ${path} at ${width}×${height} never leaves the focus under the header or off screen`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      await pageReady(page);
      expect(await shiftTabThrough(page)).toEqual([]);
    });
  }
}

test('the skip link lands below the header, and the next stop is on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/blog/edmond-makolle-added-to-bpd-council/');
  await page.mouse.wheel(0, 600);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  const heading = await page.locator('main h1').boundingBox();
  const header = await page.locator('.site-header').boundingBox();
  expect(heading!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
  await page.keyboard.press('Tab');
  const next = await focusPlace(page);
  expect(next!.top).toBeGreaterThanOrEqual(next!.headerBottom);
  expect(next!.bottom).toBeLessThanOrEqual(next!.innerHeight);
});

test('at 200% zoom every link of the open phone menu is on screen when focused', async ({ page }) => {
  // 1280 × 900 at 200% zoom: a 640 × 450 window of CSS pixels.
  await page.setViewportSize({ width: 640, height: 450 });
  await page.goto('/ha/');
  await page.locator('.site-menu summary').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#site-nav')).toBeVisible();
  const links = await page.locator('#site-nav a').count();
  expect(links).toBe(6);
  for (let i = 0; i < links; i++) {
    await page.keyboard.press('Tab');
    const place = await focusPlace(page);
    expect(place!.label).toMatch(/^a /);
    expect(place!.top, place!.label).toBeGreaterThanOrEqual(0);
    expect(place!.bottom, place!.label).toBeLessThanOrEqual(place!.innerHeight);
  }
});

test('Escape closes an open menu and gives the focus back to its summary; leaving a menu closes it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/about/');
  const languages = page.locator('#language-menu');
  await languages.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(languages).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(languages.locator('a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(languages).not.toHaveAttribute('open', '');
  await expect(languages.locator('summary')).toBeFocused();
  // The focus leaving the open list closes it, so it covers nothing.
  await page.keyboard.press('Enter');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect(languages).not.toHaveAttribute('open', '');

  await page.setViewportSize({ width: 390, height: 844 });
  const menu = page.locator('#site-menu');
  await menu.locator('summary').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('#site-nav a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  await expect(menu.locator('summary')).toBeFocused();
  await expect(page.locator('#site-nav')).toBeHidden();
});

test('an empty join form stays on the site, focuses a summary of what is missing and ties each error to its field', async ({ page }) => {
  await page.goto('/members/join/');
  await appReady(page);
  // Nothing is called wrong before the visitor has done anything.
  await expect(page.getByText('Check the highlighted fields before you continue.')).toHaveCount(0);
  await expect(page.getByLabel(/^Name/)).toHaveAttribute('aria-required', 'true');
  await expect(page.getByLabel(/^Country/)).toHaveAttribute('aria-required', 'true');
  await expect(page.locator('label[for="join-name"]')).toContainText('(required)');

  const popups: string[] = [];
  page.on('popup', (popup) => popups.push(popup.url()));
  await page.getByRole('link', { name: 'Continue on GitHub' }).click();
  await expect(page).toHaveURL('/members/join/');
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Check the highlighted fields before you continue.');
  await expect(summary.getByRole('link')).toHaveText([
    'Name: This field is required.',
    'Country: This field is required.',
    'Skills (at least one): This field is required.',
  ]);
  expect(popups).toEqual([]);
  // Each error is its field's description.
  for (const id of ['join-name', 'join-country']) {
    const field = page.locator(`#${id}`);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription('This field is required.');
  }
  const skills = page.getByRole('group', { name: /Skills/ });
  await expect(skills).toHaveAccessibleDescription('This field is required.');
  await expect(skills.getByRole('checkbox').first()).toHaveAttribute('aria-invalid', 'true');
  // The summary's links lead to the fields.
  await summary.getByRole('link', { name: /^Country/ }).click();
  await expect(page.locator('#join-country')).toBeFocused();
  await summary.getByRole('link', { name: /^Skills/ }).click();
  await expect(skills.getByRole('checkbox').first()).toBeFocused();
  // Once answered, the link goes on to GitHub.
  await page.getByLabel(/^Name/).fill('Amara Okoye');
  await page.getByLabel(/^Country/).selectOption('NG');
  await skills.getByRole('checkbox', { name: 'Python' }).check();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Continue on GitHub' })).toHaveAttribute('href', /issues\/new\?template=directory-join\.yml/);
});

test('clearing the filters keeps the focus, on the search box', async ({ page }) => {
  await page.goto('/members/?q=zzzz-nobody');
  await appReady(page);
  const clear = page.getByRole('button', { name: 'Clear all filters' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#member-search')).toBeFocused();
  await expect(page).toHaveURL('/members/');
});

test('the directory reads by headings, and its counts say what they count', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/members/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Filters' })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 3, name: 'Skills' })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 3, name: 'Region' })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: 'Results' })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 3, name: /Ɗanjuma Bello/ })).toHaveCount(1);
  expect(await page.locator('.member-list > li h3').count()).toBe(await page.locator('.member-list > li').count());
  await expect(page.getByRole('checkbox', { name: /^Python \d+ members$/ })).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: /^Western Africa \d+ members?$/ })).toHaveCount(1);
});

test('English pronouns on a page in another language are marked as English', async ({ page }) => {
  await page.goto('/ha/members/');
  await appReady(page);
  const english = page.locator('.member .pronouns[lang="en"]');
  expect(await english.count()).toBeGreaterThan(0);
  const text = await english.first().textContent();
  expect(text).toMatch(/^\((she|he|they)\/(her|him|them)\)$/);
});

test('coming back from a profile, the focus is on the member the visitor opened', async ({ page }) => {
  await page.goto('/members/?skill=python');
  await appReady(page);
  const card = page.locator('[data-member-id]').nth(3);
  const id = await card.getAttribute('data-member-id');
  await card.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/members/${id}/`);
  await page.goBack();
  await expect(page).toHaveURL('/members/?skill=python');
  await expect(page.locator(`[data-member-id="${id}"] a`)).toBeFocused();
});

test('the focus ring on the dark header and footer stands out from them (3:1 at least)', async ({ page }) => {
  await page.goto('/');
  for (const selector of ['.site-header .logo', 'footer a[hreflang="es"]']) {
    await page.locator(selector).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ratio = await page.locator(selector).evaluate((element) => {
      const rgb = (color: string) => color.match(/\d+/g)!.slice(0, 3).map(Number);
      const luminance = ([r, g, b]: number[]) =>
        [r, g, b].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
      let background = element as HTMLElement | null;
      while (background && getComputedStyle(background).backgroundColor === 'rgba(0, 0, 0, 0)') background = background.parentElement;
      const [a, b] = [luminance(rgb(getComputedStyle(element).outlineColor)), luminance(rgb(getComputedStyle(background!).backgroundColor))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    expect(ratio, selector).toBeGreaterThanOrEqual(3);
  }
});
