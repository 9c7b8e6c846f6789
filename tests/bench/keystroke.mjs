// Measures, in Debian Chromium with 4x CPU throttling, the time from a keystroke in the
// directory's search box to the next paint after the list has been updated.
// Usage: node tests/bench/keystroke.mjs URL
import { chromium } from '@playwright/test';

const url = process.argv[2];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const loadStart = Date.now();
await page.goto(url);
await page.waitForSelector('[data-member-id]', { timeout: 120_000 });
console.log(`  browser: directory usable ${Date.now() - loadStart} ms after navigation (4x CPU throttling)`);

// Each keystroke records its start; the first change to the results after it records the
// time to the next animation frame plus one task, by which the frame has been painted.
await page.evaluate(() => {
  window.__times = [];
  let pending = null;
  document.addEventListener('keydown', () => { pending = performance.now(); }, { capture: true });
  new MutationObserver(() => {
    if (pending === null) return;
    const start = pending;
    pending = null;
    requestAnimationFrame(() => setTimeout(() => window.__times.push(performance.now() - start)));
  }).observe(document.querySelector('.results'), { childList: true, characterData: true, subtree: true });
});
const search = page.locator('#member-search');
await search.click();
const keys = [...'adebayo', ...Array(7).fill('Backspace'), ...'kamau', ...Array(5).fill('Backspace')];
for (const key of keys) {
  await search.press(key);
  await page.waitForTimeout(400);
}
const times = (await page.evaluate(() => window.__times)).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))];
console.log(`  browser: keystroke to repainted list over ${times.length} keystrokes: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
await browser.close();
