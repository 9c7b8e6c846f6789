// Joining: the join page checks as you type and continues to the repository's join issue
// form with the answers filled in, in the visitor's language; without JavaScript it still
// shows its fields and links to the form; an empty directory invites visitors to join.
import { test, expect } from '@playwright/test';
import { watchErrors, appReady, followLink } from './helpers';

const NEW_ISSUE = 'https://github.com/BlackPythonDevs/blackpythondevs.github.io/issues/new';

test('the join page checks as you type and continues to the join issue form filled in', async ({ page }) => {
  const errors = watchErrors(page);
  const response = await page.goto('/members/join/');
  expect(response!.status()).toBe(200);
  await appReady(page);
  await expect(page).toHaveTitle('Black Python Devs | Join the member directory');

  const name = page.getByLabel(/^Name/);
  await name.fill('Zoë Baptiste-Mensah');
  await name.fill('');
  await expect(page.locator('#join-name-error')).toHaveText('This field is required.');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('Zoë Baptiste-Mensah');
  await expect(page.locator('#join-name-error')).toHaveText('');

  await page.getByLabel(/^Country/).selectOption('GH');
  await page.getByRole('checkbox', { name: 'Django' }).check();
  await page.getByRole('checkbox', { name: 'Python' }).check();
  const website = page.getByLabel('Website (optional, https)');
  await website.fill('http://zoe.example.org');
  await expect(page.locator('#join-website-error')).toHaveText('Use a full link starting with https://.');
  // Nothing typed is lost while a field is invalid.
  await expect(name).toHaveValue('Zoë Baptiste-Mensah');
  await website.fill('https://zoe.example.org/');
  await page.getByLabel('Short bio (optional)').fill('<script>alert(1)</script> I teach Python.');
  await page.getByRole('checkbox', { name: 'Mentoring' }).check();
  await expect(page.getByText('Check the highlighted fields before you continue.')).toHaveCount(0);

  const link = new URL((await page.getByRole('link', { name: 'Continue on GitHub' }).getAttribute('href'))!);
  expect(link.origin + link.pathname).toBe(NEW_ISSUE);
  const q = link.searchParams;
  expect(q.get('template')).toBe('directory-join.yml');
  expect(q.get('title')).toBe('Join the member directory: Zoë Baptiste-Mensah');
  expect(q.get('name')).toBe('Zoë Baptiste-Mensah');
  expect(q.get('country')).toBe('GH');
  // In the order they were ticked.
  expect(q.get('skills')).toBe('Django, Python');
  expect(q.get('website')).toBe('https://zoe.example.org/');
  expect(q.get('bio')).toBe('<script>alert(1)</script> I teach Python.');
  expect(q.get('bio_language')).toBe('en');
  expect(q.get('open_to')).toBe('Mentoring');
  expect(q.has('pronouns')).toBe(false);
  await expect(page.locator('main script')).toHaveCount(0);
  // Members already listed find the update and leave forms here too.
  await expect(page.getByRole('link', { name: 'Update your profile' })).toHaveAttribute('href', `${NEW_ISSUE}?template=directory-update.yml`);
  await expect(page.getByRole('link', { name: 'Leave the directory' })).toHaveAttribute('href', `${NEW_ISSUE}?template=directory-leave.yml`);
  expect(errors).toEqual([]);
});

test('the join page speaks the visitor language and fills the form in it', async ({ page }) => {
  await page.goto('/sw/members/');
  await appReady(page);
  await page.getByRole('link', { name: 'Jiunge na saraka' }).first().click();
  await expect(page).toHaveURL('/sw/members/join/');
  await expect(page.locator('main h1')).toHaveText('Jiunge na saraka ya wanachama');
  await page.getByLabel(/^Jina/).fill('Neema Mwakyusa');
  await page.getByLabel(/^Nchi/).selectOption('TZ');
  await page.getByRole('checkbox', { name: 'Sayansi ya data' }).check();
  await page.getByLabel('Wasifu mfupi (si lazima)').fill('Ninafundisha Python.');
  const link = new URL((await page.getByRole('link', { name: 'Endelea kwenye GitHub' }).getAttribute('href'))!);
  // The form's labels are English, the answers the visitor's.
  expect(link.searchParams.get('skills')).toBe('Sayansi ya data');
  expect(link.searchParams.get('bio')).toBe('Ninafundisha Python.');
  expect(link.searchParams.get('bio_language')).toBe('sw');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the join page shows its fields and links to the join form', async ({ page }) => {
    const response = await page.goto('/members/join/');
    expect(response!.status()).toBe(200);
    await expect(page.getByLabel(/^Name/)).toBeVisible();
    await expect(page.getByLabel(/^Country/)).toBeVisible();
    // Playwright turns scripts off after parsing is set up, so Chromium still treats
    // <noscript> as text here; a browser without JavaScript shows it. Check the markup.
    expect(await response!.text()).toContain('<noscript><p class="notice">Without JavaScript the answers above are not sent');
    const href = await page.getByRole('link', { name: 'Continue on GitHub' }).getAttribute('href');
    expect(href).toBe(`${NEW_ISSUE}?template=directory-join.yml&title=Join+the+member+directory`);
  });
});

test('an empty directory says how large the community is and invites visitors to join', async ({ page }) => {
  const errors = watchErrors(page);
  // The community's size is public/data/community.json's, which the index carries.
  const members = (await (await page.request.get('/data/community.json')).json()).members as number;
  expect((await (await page.request.get('/data/directory.json')).json()).community).toBe(members);
  const empty = { skipped: 0, skills: ['python'], members: [], community: members };
  await page.route('**/data/directory.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(empty) }));
  await page.goto('/members/join/');
  await appReady(page);
  await followLink(page, '/members/');
  await expect(page.getByText('No one has joined the directory yet: add yourself and be among the first to be found here.')).toBeVisible();
  // Written the English way.
  await expect(page.locator('.community-size')).toHaveText(`${members.toLocaleString('en')} community members`);
  await expect(page.locator('main a[href="/members/feed.xml"]')).toBeVisible();
  await expect(page.getByText('These are sample profiles')).toHaveCount(0);
  await page.locator('main').getByRole('link', { name: 'Join the directory' }).click();
  await expect(page).toHaveURL('/members/join/');
  expect(errors).toEqual([]);
});
