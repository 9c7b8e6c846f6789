// Sample profiles: the test build includes the fictional sample set, which must say what it
// is wherever it appears and stay out of search engines.
import { test, expect } from '@playwright/test';
import { watchErrors, appReady } from './helpers';

const NOTICE = 'These are sample profiles of people who do not exist';

test('the directory and every sample profile say they are samples, and the profiles are noindex', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/members/');
  await appReady(page);
  await expect(page.getByRole('note').filter({ hasText: NOTICE })).toBeVisible();

  const response = await page.goto('/ha/members/danjuma-bello/');
  expect(await response!.text()).toContain('<meta name="robots" content="noindex">');
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('note').filter({ hasText: 'Wannan shafin misali ne' })).toBeVisible();
  // A sample profile links to nobody's GitHub account.
  await expect(page.locator('main a[href^="https://github.com/"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('sample profiles are left out of the sitemap, and the member schema is published', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/about/');
  expect(sitemap).not.toContain('/members/danjuma-bello/');
  const schema = await request.get('/data/member.schema.json');
  expect(schema.status()).toBe(200);
  expect((await schema.json()).$id).toBe('https://blackpythondevs.com/data/member.schema.json');
});
