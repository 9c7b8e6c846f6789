// The member directory: URL-driven filters, search, history, profiles, faults, hostile data.
import { test, expect, type Page } from '@playwright/test';
import { watchErrors, appReady, followLink, pageReady } from './helpers';
import { sampleMembers } from './samples';

// Western Africa in the UN M49 geoscheme, written out here independently of the app.
const WESTERN_AFRICA = ['BF', 'BJ', 'CI', 'CV', 'GH', 'GM', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SH', 'SL', 'SN', 'TG'];

type Member = { id: string; name: string; country: string; skills: string[]; open_to?: string[] };

async function shownIds(page: Page): Promise<string[]> {
  return page.locator('[data-member-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-member-id')!));
}

test('a filtered URL shows exactly the matching members', async ({ page }) => {
  const errors = watchErrors(page);
  const members: Member[] = sampleMembers();
  const expected = members
    .filter((m) => m.skills.some((s) => ['django', 'data-science'].includes(s)))
    .filter((m) => WESTERN_AFRICA.includes(m.country))
    .map((m) => m.id)
    .sort();
  expect(expected.length).toBeGreaterThan(1);
  await page.goto('/members/?skill=django,data-science&region=western-africa');
  await appReady(page);
  expect((await shownIds(page)).sort()).toEqual(expected);
  await expect(page.locator('.result-count')).toHaveText(`${expected.length} members`);
  await expect(page.getByRole('checkbox', { name: /Django/ })).toBeChecked();

  const mentors = members
    .filter((m) => (m.open_to ?? []).includes('mentoring') && WESTERN_AFRICA.includes(m.country))
    .map((m) => m.id)
    .sort();
  await page.goto('/members/?open_to=mentoring&region=western-africa');
  await appReady(page);
  expect((await shownIds(page)).sort()).toEqual(mentors);
  expect(errors).toEqual([]);
});

test('filter controls update the list and the URL, and history restores them', async ({ page }) => {
  await page.goto('/members/');
  await appReady(page);
  const all = (await shownIds(page)).length;
  expect(all).toBeGreaterThanOrEqual(60);
  await page.getByRole('checkbox', { name: /Security/ }).check();
  await expect(page).toHaveURL(/\?skill=security$/);
  // The URL and the list change in the same task, but poll rather than rely on it.
  await expect.poll(async () => (await shownIds(page)).length).toBeLessThan(all);
  const security = (await shownIds(page)).length;
  await page.getByRole('checkbox', { name: /Eastern Africa/ }).check();
  await expect(page).toHaveURL(/\?skill=security&region=eastern-africa$/);
  await expect.poll(async () => (await shownIds(page)).length).toBeLessThan(security);
  const both = (await shownIds(page)).length;
  await page.goBack();
  await expect(page).toHaveURL(/\?skill=security$/);
  await expect(page.locator('[data-member-id]')).toHaveCount(security);
  await expect(page.getByRole('checkbox', { name: /Eastern Africa/ })).not.toBeChecked();
  await page.goForward();
  await expect(page.locator('[data-member-id]')).toHaveCount(both);
  await page.reload();
  await appReady(page);
  await expect(page.locator('[data-member-id]')).toHaveCount(both);
});

test('search ignores case and diacritics and does not add a history entry per keystroke', async ({ page }) => {
  await page.goto('/members/');
  await appReady(page);
  const before = await page.evaluate(() => history.length);
  const search = page.getByRole('searchbox', { name: 'Search by name, city or skill' });
  await search.pressSequentially('adebayo');
  await expect(page).toHaveURL(/\?q=adebayo$/);
  expect(await shownIds(page)).toEqual(['adebayo-ogunleye']);
  await expect(page.locator('.member-name a')).toHaveText('Adébáyọ̀ Ògúnlẹ́yẹ̀');
  expect(await page.evaluate(() => history.length)).toBe(before);
  await search.fill('zzzz-nobody');
  await expect(page.getByText('No members match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/members\/$/);
  expect((await shownIds(page)).length).toBeGreaterThanOrEqual(60);
});

test('facet counts follow the search text and the other facets', async ({ page, request }) => {
  const members: (Member & { city?: string })[] = sampleMembers();
  const skills: { slug: string; name: Record<string, string> }[] = await (await request.get('/data/skills.json')).json();
  // The search semantics, written out here: name, city and skill names, ignoring
  // case and diacritics.
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const skillName = (slug: string) => skills.find((s) => s.slug === slug)!.name.en;
  const matches = (m: Member & { city?: string }, text: string) =>
    fold([m.name, m.city ?? '', ...m.skills.map(skillName)].join('\n')).includes(fold(text));
  const found = members.filter((m) => matches(m, 'ade'));
  const count = (list: Member[], pred: (m: Member) => boolean) => String(list.filter(pred).length);
  const python = (m: Member) => m.skills.includes('python');
  const westernAfrica = (m: Member) => WESTERN_AFRICA.includes(m.country);
  expect(found.length).toBeGreaterThan(2);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/members/');
  await appReady(page);
  const facetCount = (name: RegExp) => page.locator('label.facet', { has: page.getByRole('checkbox', { name }) }).locator('.facet-count [aria-hidden]');
  await page.getByRole('searchbox', { name: 'Search by name, city or skill' }).fill('ade');
  await expect(page.locator('.result-count')).toHaveText(`${found.length} members`);
  await expect(facetCount(/^Python/)).toHaveText(count(found, python));
  await expect(facetCount(/^Western Africa/)).toHaveText(count(found, westernAfrica));
  // A region's count is counted with the skill facet applied, and the skill's without it.
  await page.getByRole('checkbox', { name: /^Python/ }).check();
  await expect(facetCount(/^Western Africa/)).toHaveText(count(found, (m) => python(m) && westernAfrica(m)));
  await expect(facetCount(/^Python/)).toHaveText(count(found, python));
  await expect(page.getByRole('checkbox', { name: /^Python/ })).toBeChecked();
});

test('results are sorted by name with the visitor language collation, profiles not confirmed for a year last', async ({ page }) => {
  await page.goto('/es/members/');
  await appReady(page);
  const cards = page.locator('.member');
  const names = await cards.locator('.member-name a').allTextContents();
  const stale = await cards.evaluateAll((list) => list.map((card) => card.querySelector('.member-stale') !== null));
  expect(names.length).toBeGreaterThanOrEqual(60);
  // Some sample profiles were last confirmed over a year ago: marked, and after the rest.
  const firstStale = stale.indexOf(true);
  expect(firstStale).toBeGreaterThanOrEqual(0);
  expect(stale.slice(firstStale).every(Boolean)).toBe(true);
  await expect(cards.filter({ has: page.locator('.member-stale') }).first()).toContainText('Sin confirmar desde hace más de un año');
  const collate = (list: string[]) =>
    page.evaluate((l) => [...l].sort(new Intl.Collator('es', { sensitivity: 'base' }).compare), list);
  expect(names.slice(0, firstStale)).toEqual(await collate(names.slice(0, firstStale)));
  expect(names.slice(firstStale)).toEqual(await collate(names.slice(firstStale)));
});

test('unknown filter values are ignored with a visible notice', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/members/?skill=knitting,django&region=atlantis&colour=red');
  await appReady(page);
  await expect(page.getByRole('status').filter({ hasText: 'not recognised' })).toContainText('skill=knitting');
  await expect(page.getByRole('status').filter({ hasText: 'not recognised' })).toContainText('region=atlantis');
  await expect(page.getByRole('checkbox', { name: /Django/ })).toBeChecked();
  expect(errors).toEqual([]);
});

test('a profile page exists as a file and speaks the visitor language', async ({ page }) => {
  const errors = watchErrors(page);
  const response = await page.goto('/members/danjuma-bello/');
  expect(response!.status()).toBe(200);
  await pageReady(page);
  await expect(page.locator('main h1')).toHaveText('Ɗanjuma Bello');
  await expect(page).toHaveTitle('Black Python Devs | Ɗanjuma Bello');
  await expect(page.locator('.bio')).toHaveAttribute('lang', 'en');

  await page.goto('/ha/members/danjuma-bello/');
  await pageReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ha');
  await expect(page.locator('.bio')).toHaveAttribute('lang', 'ha');
  await expect(page.locator('main')).toContainText('Yammacin Afirka');
  await page.getByRole('link', { name: 'Koyarwa da ilimi' }).click();
  await expect(page).toHaveURL('/ha/members/?skill=education');
  await expect(page.locator('[data-member-id="danjuma-bello"]')).toBeVisible();

  const missing = await page.goto('/members/no-such-member/');
  expect(missing!.status()).toBe(404);
  await pageReady(page);
  await expect(page.locator('main h1')).toHaveText('Page not found');
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('a failed member load shows an alert with a working Retry', async ({ page }) => {
  let fail = true;
  await page.route('**/data/directory.json', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
  // From the join form, which does not carry the directory's index: the app fetches it.
  await page.goto('/members/join/');
  await appReady(page);
  await followLink(page, '/members/');
  await expect(page.getByRole('alert')).toContainText('(503)');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The alert leaves as the retry starts; the cards arrive when the index has loaded.
  await expect.poll(async () => (await shownIds(page)).length).toBeGreaterThanOrEqual(60);
});

test('hostile member text is shown as text and invalid entries are counted', async ({ page }) => {
  const errors = watchErrors(page);
  const hostileName = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
  // The compact index: [id, name, country, city, pronouns, [skill positions], open_to bits, avatar].
  const index = {
    skipped: 1,
    skills: ['python'],
    members: [
      ['mallory', hostileName, 'NG', '<b>Lagos</b>', null, [0], 0, null],
      ['bad id', 'Bad Id', 'NG', null, null, [], 0, null],
      ['scripted', 'Scripted Avatar', 'NG', null, null, [], 0, 'javascript:window.__pwned=1'],
      ['no-name'],
    ],
  };
  await page.route('**/data/directory.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(index) }));
  // From the join form, which does not carry the directory's index: the app fetches it.
  await page.goto('/members/join/');
  await appReady(page);
  await followLink(page, '/members/');
  await expect(page.locator('[data-member-id]')).toHaveCount(1);
  await expect(page.locator('.member-name a')).toContainText('<script>window.__pwned=1</script>');
  await expect(page.getByRole('status').filter({ hasText: 'invalid' })).toContainText('4 member entries');
  // Profiles are static pages, built with the directory: a card the build did not make a
  // page for leads to the not-found page, and nothing of the hostile record runs.
  await page.locator('.member-name a').click();
  await expect(page).toHaveURL('/members/mallory/');
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('a card shows the member avatar, sized and lazily loaded, and initials without one', async ({ page }) => {
  const errors = watchErrors(page);
  const index = {
    skipped: 0,
    skills: ['python'],
    members: [
      ['ada-okafor', 'Ada Okafor', 'NG', 'Lagos', null, [0], 0, 'https://avatars.example.org/ada.png'],
      ['bola-ade', 'Bola Ade', 'NG', null, null, [0], 0, null],
    ],
  };
  // A 1 x 1 PNG standing in for the avatar host.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await page.route('https://avatars.example.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }));
  await page.route('**/data/directory.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(index) }));
  // From the join form, which does not carry the directory's index: the app fetches it.
  await page.goto('/members/join/');
  await appReady(page);
  await followLink(page, '/members/');
  const photo = page.locator('[data-member-id="ada-okafor"] img.avatar');
  await expect(photo).toHaveAttribute('src', 'https://avatars.example.org/ada.png');
  await expect(photo).toHaveAttribute('alt', '');
  await expect(photo).toHaveAttribute('loading', 'lazy');
  await expect(photo).toHaveAttribute('width', '44');
  await expect(photo).toHaveAttribute('height', '44');
  // The Content-Security-Policy lets the image in.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  await expect(page.locator('[data-member-id="bola-ade"] .avatar')).toHaveText('BA');
  await expect(page.locator('[data-member-id="bola-ade"] img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('on a phone the results come first and the filters open on demand', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/members/?skill=python');
  await appReady(page);
  const skill = page.getByRole('checkbox', { name: /Django/ });
  await expect(skill).toBeHidden();
  await expect(page.locator('[data-member-id]').first()).toBeInViewport();
  await page.locator('.filters-toggle > summary').click();
  await expect(skill).toBeVisible();
  await skill.check();
  await expect(page).toHaveURL(/\?skill=django,python$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
