// Renders each locale's link-preview picture, public/images/social-card-<code>.png: the
// logo, the site's name and the locale's tagline on the site's ink, 1200 × 630, the size
// src/site/seo.rs announces. One card per folder under locales/, so a new language, or a
// changed tagline, gets its card by running this again, from the repository root:
//   node tools/social-cards.mjs
// Needs Playwright (npm install), Chromium (as the browser tests do; CHROMIUM names another)
// and python3 to read the TOML. Text: the name from SITE_NAME in src/site/seo.rs (a proper
// name, never translated) and `[site] tagline` from the locale's strings.toml; `lang` and
// `dir` from its `[meta]`, so the fonts shape and order the text as the site does.
//
// Chromium's screenshots are truecolour PNGs. The design is flat (a few colours and their
// anti-aliased edges), so the cards are written as palette PNGs, half the size or less.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const WIDTH = 1200;
const HEIGHT = 630;

const siteName = readFileSync('src/site/seo.rs', 'utf8').match(/pub const SITE_NAME: &str = "([^"]+)";/)[1];
const logo = readFileSync('public/images/logo.svg', 'utf8');
const css = readFileSync('style/main.css', 'utf8');
const colour = (name) => css.match(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,6})`))[1];
const [ink, gold] = ['ink', 'gold'].map(colour);

const codes = readdirSync('locales', { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join('locales', e.name, 'strings.toml')))
  .map((e) => e.name)
  .sort();
const files = codes.map((code) => join('locales', code, 'strings.toml'));
const readToml = 'import json, sys, tomllib\nprint(json.dumps([tomllib.load(open(f, "rb")) for f in sys.argv[1:]]))';
const strings = JSON.parse(execFileSync('python3', ['-c', readToml, ...files], { encoding: 'utf8' }));

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The card's page: logo on the left, name and tagline on the right, a gold rule below. */
function card(code, { meta, site }) {
  return `<!doctype html>
<html lang="${escape(code)}" dir="${escape(meta.dir ?? 'ltr')}">
<meta charset="utf-8">
<style>
  html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
  body {
    background: ${ink}; color: #fff; box-shadow: inset 0 -18px ${gold}; box-sizing: border-box;
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif;
    display: flex; align-items: center; gap: 64px; padding-inline: 96px 80px;
  }
  svg { width: 220px; height: 220px; flex: none; }
  h1 { margin: 0; font-size: 84px; line-height: 1.04; font-weight: 700; letter-spacing: -1px; }
  p { margin: 30px 0 0; font-size: 34px; line-height: 1.38; color: ${gold}; max-width: 20em; }
</style>
<body>
  ${logo.replace('<svg ', '<svg aria-hidden="true" ')}
  <div><h1>${escape(siteName)}</h1><p>${escape(site.tagline)}</p></div>
</body>
</html>`;
}

// --- palette PNG ------------------------------------------------------------------------

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

const channels = (c) => [c >> 16, (c >> 8) & 0xff, c & 0xff];
const distance = (a, b) => {
  const [[ar, ag, ab], [br, bg, bb]] = [channels(a), channels(b)];
  return (ar - br) ** 2 + (ag - bg) ** 2 + (ab - bb) ** 2;
};

/**
 * An 8-bit palette PNG of `rgba` (opaque pixels, row by row). Up to 256 colours are kept
 * exactly. Past that, the palette is the 192 commonest colours, then, one at a time, the
 * colour that the palette so far renders worst (error times pixels); every other colour
 * (an anti-aliasing step) takes its nearest.
 */
function palettePng(rgba, width, height) {
  const counts = new Map();
  for (let i = 0; i < rgba.length; i += 4) {
    const key = (rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const colours = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a - b);
  const palette = colours.slice(0, colours.length > 256 ? 192 : 256);
  const rest = colours.slice(palette.length);
  const error = new Map(rest.map((c) => [c, Math.min(...palette.map((p) => distance(c, p)))]));
  while (palette.length < 256 && rest.length > 0) {
    const worst = rest.reduce((a, b) => (error.get(b) * counts.get(b) > error.get(a) * counts.get(a) ? b : a));
    palette.push(worst);
    rest.splice(rest.indexOf(worst), 1);
    for (const c of rest) error.set(c, Math.min(error.get(c), distance(c, worst)));
  }
  const index = new Map(palette.map((c, i) => [c, i]));
  const nearest = (c) => palette.reduce((best, p, i) => (distance(c, p) < distance(c, palette[best]) ? i : best), 0);
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0; // filter: none, the best for palette rows
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const key = (rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2];
      if (!index.has(key)) index.set(key, nearest(key));
      rows[y * (width + 1) + 1 + x] = index.get(key);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, no filter method, not interlaced
  return {
    colours: counts.size,
    png: Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('PLTE', Buffer.from(palette.flatMap(channels))),
      chunk('IDAT', deflateSync(rows, { level: 9, memLevel: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  };
}

// --- render -----------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
  for (const [i, code] of codes.entries()) {
    await page.setContent(card(code, strings[i]));
    await page.evaluate(() => document.fonts.ready);
    const shot = await page.screenshot({ type: 'png' });
    // The screenshot's pixels, decoded by the browser itself.
    const pixels = await page.evaluate(async (base64) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const bytes = context.getImageData(0, 0, image.width, image.height).data;
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    }, shot.toString('base64'));
    const { png, colours } = palettePng(Buffer.from(pixels, 'base64'), WIDTH, HEIGHT);
    const out = join('public', 'images', `social-card-${code}.png`);
    writeFileSync(out, png);
    console.log(`${out}: ${png.length} bytes (${colours} colours${colours > 256 ? ', reduced to 256' : ''})`);
  }
} finally {
  await browser.close();
}
