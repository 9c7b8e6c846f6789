// The join form: validation as you type, nothing lost, and a usable entry at the end.
import { test, expect } from '@playwright/test';
import { watchErrors, appReady } from './helpers';

test('the join form validates as you type and produces an entry and a prefilled issue', async ({ page }) => {
  const errors = watchErrors(page);
  const response = await page.goto('/members/join/');
  expect(response!.status()).toBe(200);
  await appReady(page);
  await expect(page).toHaveTitle('Black Python Devs | Join the member directory');
  await expect(page.getByText('Fix the highlighted fields to get your entry.')).toBeVisible();

  const name = page.getByLabel('Name', { exact: true });
  await name.fill('Zoë Baptiste-Mensah');
  await name.fill('');
  await expect(page.locator('#join-name-error')).toHaveText('This field is required.');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('Zoë Baptiste-Mensah');
  await expect(page.locator('#join-name-error')).toHaveText('');

  await page.getByLabel('Country').selectOption('GH');
  await page.getByRole('checkbox', { name: 'Django' }).check();
  const website = page.getByLabel('Website (optional, https)');
  await website.fill('http://zoe.example.org');
  await expect(page.locator('#join-website-error')).toHaveText('Use a full link starting with https://.');
  await expect(page.locator('.entry')).toHaveCount(0);
  // Nothing typed is lost while a field is invalid.
  await expect(name).toHaveValue('Zoë Baptiste-Mensah');
  await website.fill('https://zoe.example.org/');
  await page.getByLabel('Short bio (optional)').fill('<script>alert(1)</script> I teach Python.');

  const entry = page.locator('.entry');
  await expect(entry).toBeVisible();
  const json = JSON.parse((await entry.textContent())!);
  expect(json).toMatchObject({
    id: 'zoe-baptiste-mensah',
    name: 'Zoë Baptiste-Mensah',
    country: 'GH',
    skills: ['django'],
    links: { website: 'https://zoe.example.org/' },
    bio: { en: '<script>alert(1)</script> I teach Python.' },
  });
  const issue = page.getByRole('link', { name: 'Open a prefilled issue on GitHub' });
  const href = new URL((await issue.getAttribute('href'))!);
  expect(href.origin + href.pathname).toBe('https://github.com/BlackPythonDevs/blackpythondevs.github.io/issues/new');
  expect(href.searchParams.get('title')).toBe('Add Zoë Baptiste-Mensah to the member directory');
  expect(href.searchParams.get('body')).toContain('"id": "zoe-baptiste-mensah"');
  await expect(page.locator('main script')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the join form is translated and reachable from the directory', async ({ page }) => {
  await page.goto('/sw/members/');
  await appReady(page);
  await page.getByRole('link', { name: 'Jiunge na saraka' }).click();
  await expect(page).toHaveURL('/sw/members/join/');
  await expect(page.locator('main h1')).toHaveText('Jiunge na saraka ya wanachama');
  await expect(page.getByLabel('Nchi')).toBeVisible();
});
