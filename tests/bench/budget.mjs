// Measures each route's first load against the performance budgets (decision 0007):
//   - bytes on first load, gzip -9 of each response (as a CDN would compress it), split
//     into HTML, CSS, JS, wasm, data and images, from a real page load in Chromium: a
//     reading page at most 30 KB and without the app, the directory at most 250 KB;
//   - the same first visit when the browser asks to save data (navigator.connection
//     saveData): the page alone, no app, as the loader in Trunk.toml decides;
//   - Lighthouse mobile scores (simulated slow 4G and 4x CPU), all 100, with FCP, LCP, TBT
//     and CLS: LCP within 150 ms of FCP.
// Prints every figure against its budget and, for each one missed, by how much; exits 1
// if any is missed. (The byte budgets are also a browser test, tests/e2e/budget.spec.ts.)
// Usage: node tests/bench/budget.mjs BASE_URL [ROUTE...]
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const base = process.argv[2];
const routes = process.argv.length > 3
  ? process.argv.slice(3)
  : ['/', '/about/', '/blog/', '/blog/non-profit-announcement/', '/events/', '/support/', '/members/danjuma-bello/', '/ha/about/', '/members/', '/members/join/'];
const KB = 1024;
const TARGETS = { firstRound: 14 * KB, reading: 30 * KB, app: 250 * KB, score: 100, lcpAfterFcp: 150 };
/** The pages the app runs on: the directory and the join form, in every language. */
const isApp = (route) => /^\/(?:[a-z]{2}\/)?members\/(?:join\/)?(?:\?.*)?$/.test(route);
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** What a response counts as. */
function kind(url, contentType) {
  const path = new URL(url).pathname;
  if (contentType.includes('text/html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (path.endsWith('.wasm')) return 'wasm';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('image/')) return 'images';
  return 'data';
}

/** Bytes per kind for a first load of `route`, until the app runs and the network is idle;
 * with `saveData`, as a browser that asks to save data loads it (the app is not expected). */
async function transfer(browser, route, saveData = false) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  if (saveData) {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' }, configurable: true });
    });
  }
  const bodies = [];
  page.on('response', (response) => bodies.push(
    response.body().then((body) => ({ url: response.url(), type: response.headers()['content-type'] ?? '', body }))
      .catch(() => null),
  ));
  await page.goto(base + route, { waitUntil: 'networkidle' });
  if (saveData || !isApp(route)) {
    await page.waitForTimeout(1500);
  } else {
    await page.waitForSelector('html[data-app="ready"]');
  }
  await page.waitForLoadState('networkidle');
  const sizes = { html: 0, css: 0, js: 0, wasm: 0, data: 0, images: 0, firstPaint: 0 };
  for (const item of await Promise.all(bodies)) {
    if (!item) continue;
    const type = kind(item.url, item.type);
    sizes[type] += gzipSync(item.body, { level: 9 }).length;
    // What the first paint needs: the HTML without the documents the app's pages carry at
    // the end of the body (after everything shown), and the CSS.
    if (type === 'html') {
      const shown = item.body.toString('utf8').replace(/<script type="application\/json" id="preloaded">[\s\S]*?<\/script>/, '');
      sizes.firstPaint += gzipSync(shown, { level: 9 }).length;
    } else if (type === 'css') {
      sizes.firstPaint += gzipSync(item.body, { level: 9 }).length;
    }
  }
  await context.close();
  return sizes;
}

async function scores(route, port) {
  const result = await lighthouse(base + route, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const { categories, audits } = result.lhr;
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    bestPractices: Math.round(categories['best-practices'].score * 100),
    seo: Math.round(categories.seo.score * 100),
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    failed: Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const sampleProfile = async (route) =>
  /^\/(?:[a-z]{2}\/)?members\/[a-z0-9-]+\/$/.test(route) && (await (await fetch(base + route)).text()).includes('<meta name="robots" content="noindex">');
const misses = [];
function check(route, what, value, limit, better, show) {
  const ok = better === 'lower' ? value <= limit : value >= limit;
  if (!ok) misses.push(`${route}: ${what} ${show(value)}, target ${better === 'lower' ? '≤' : '≥'} ${show(limit)} (${better === 'lower' ? 'over' : 'under'} by ${show(Math.abs(value - limit))})`);
}

const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROME_FLAGS.slice(1) });
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: CHROME_FLAGS });
try {
  const col = (text) => String(text).padStart(9);
  const types = ['html', 'css', 'js', 'wasm', 'data', 'images'];
  console.log(`budgets: first load ≤ ${kb(TARGETS.reading)} (reading page, no app) or ≤ ${kb(TARGETS.app)} (directory, join form); ` +
    `HTML + CSS to the first paint ≤ ${kb(TARGETS.firstRound)}; Lighthouse ${TARGETS.score} ×4; LCP ≤ FCP + ${TARGETS.lcpAfterFcp} ms`);
  console.log(`${'route'.padEnd(32)}${types.map(col).join('')} │ first load │ Save-Data │ perf a11y  bp  seo │  FCP ms  LCP ms  TBT ms    CLS`);
  for (const route of routes) {
    const s = await transfer(browser, route);
    const sum = (sizes) => types.reduce((a, type) => a + sizes[type], 0);
    const total = sum(s);
    const saving = await transfer(browser, route, true);
    const savingTotal = sum(saving);
    const lh = await scores(route, chrome.port);
    console.log(
      `${route.padEnd(32)}${types.map((type) => col(kb(s[type]))).join('')} │ ${kb(total).padStart(10)} │ ${kb(savingTotal).padStart(9)} │` +
      ` ${String(lh.performance).padStart(4)} ${String(lh.accessibility).padStart(4)} ${String(lh.bestPractices).padStart(3)} ${String(lh.seo).padStart(4)} │` +
      ` ${lh.fcp.toFixed(0).padStart(7)} ${lh.lcp.toFixed(0).padStart(7)} ${lh.tbt.toFixed(0).padStart(7)} ${lh.cls.toFixed(3).padStart(6)}`,
    );
    const budget = isApp(route) ? TARGETS.app : TARGETS.reading;
    check(route, 'HTML + CSS to the first paint', s.firstPaint, TARGETS.firstRound, 'lower', kb);
    check(route, 'first load', total, budget, 'lower', kb);
    check(route, 'first load with Save-Data', savingTotal, budget, 'lower', kb);
    if (saving.wasm > 0) misses.push(`${route}: a Save-Data visit fetched ${kb(saving.wasm)} of wasm`);
    if (!isApp(route) && s.wasm + s.js > 0) misses.push(`${route}: a reading page fetched ${kb(s.wasm + s.js)} of app`);
    for (const [name, value] of [['performance', lh.performance], ['accessibility', lh.accessibility], ['best practices', lh.bestPractices], ['SEO', lh.seo]]) {
      // A sample profile says `noindex` on purpose (samples are not to be found), which
      // Lighthouse's SEO score counts against it; a real member's profile does not.
      if (name === 'SEO' && lh.failed.join() === 'is-crawlable' && (await sampleProfile(route))) {
        console.log('  (a sample profile, noindex by design: its SEO score is not counted)');
        continue;
      }
      check(route, `Lighthouse ${name}`, value, TARGETS.score, 'higher', String);
    }
    check(route, 'LCP after FCP', lh.lcp - lh.fcp, TARGETS.lcpAfterFcp, 'lower', (ms) => `${ms.toFixed(0)} ms`);
    if (lh.failed.length) console.log(`  failed audits: ${lh.failed.join(', ')}`);
  }
} finally {
  await browser.close();
  await chrome.kill();
}
console.log(misses.length ? `\nBudgets missed:\n  ${misses.join('\n  ')}` : '\nEvery budget met.');
process.exitCode = misses.length ? 1 : 0;
