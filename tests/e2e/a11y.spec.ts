// Accessibility: axe (all rules, including best practices such as heading order) finds no
// violation on any kind of page, in the running app and in the prerendered HTML.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PAGES, pageReady } from './helpers';

/** Every English page, plus each other kind of route and one page in each other locale. */
const ROUTES: string[] = [
  ...Object.keys(PAGES),
  '/blog/non-profit-announcement/',
  '/blog/edmond-makolle-added-to-bpd-council/',
  '/members/danjuma-bello/',
  '/no-such-page/',
  '/members/join/',
  '/members/?skill=django&region=africa',
  '/members/?q=zzzzzz',
  '/es/members/',
  '/ha/about/',
  '/sw/',
];

/** The violations axe reports on the page as it stands, one readable line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test.describe('with JavaScript', () => {
  for (const path of ROUTES) {
    test(`${path} has no accessibility violation`, async ({ page }) => {
      await page.goto(path);
      await pageReady(page);
      expect(await violations(page)).toEqual([]);
    });
  }
});

// The states a visitor brings a page into: open menus, no results, form errors, in every
// language.
test.describe('in the states a visitor brings about', () => {
  for (const locale of ['en', 'es', 'ha', 'sw']) {
    const prefix = locale === 'en' ? '' : `/${locale}`;
    test(`${locale}: menus open, a search with no result and a join form with errors have no violation`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${prefix}/about/`);
      await page.locator('.site-menu summary').click();
      await expect(page.locator('#site-nav')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.locator('.site-menu summary').click();
      await page.locator('.language-menu summary').click();
      expect(await violations(page)).toEqual([]);
      await page.goto(`${prefix}/members/?q=zzzzzz`);
      await pageReady(page);
      await expect(page.locator('.empty-result')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.goto(`${prefix}/members/join/`);
      await pageReady(page);
      await page.locator('.join-output a.button').click();
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});

// axe itself runs as script, so the app is kept out by refusing its files rather than by
// turning JavaScript off: the page stays as the build wrote it.
test.describe('without the app', () => {
  for (const path of ['/members/', '/members/join/', '/ha/members/']) {
    test(`the prerendered ${path} has no accessibility violation`, async ({ page }) => {
      await page.route(/\.(js|wasm)$/, (route) => route.abort());
      await page.goto(path);
      await expect(page.locator('html[data-app]')).toHaveCount(0);
      await expect(page.locator('main h1').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});
