// Prints every address the community's 2026 website serves, one per line, sorted, after a
// comment line: the second list the browser test tests/e2e/current-site.spec.ts requests
// from the new site, committed as tests/current-site-2026-urls.txt.
//
// Usage: node tools/current-site-2026-urls.mjs [SOURCE] > tests/current-site-2026-urls.txt
// SOURCE is a copy of the 2026 site's text files (default
// ../shared/reference/current-site-2026, next to the repository). No dependencies.
//
// The 2026 site is built by render-engine (its app.py is not in the copy); its addresses,
// as the copy's README describes them and its templates link them:
// - `/` (index.html); `support.md` at `/support.html`;
// - each page under `pages/` at `/<its title slugified>.html` (render-engine's slug: lower
//   case, accents dropped, every other run of characters a hyphen);
// - each event under `events/` at `/bpd-events/<its slug, else its title slugified>.html`;
// - each post under `_posts/` at `/blog/<its slug, else its title slugified>.html`, and the
//   blog's listing pages `/blog/blog1.html`, `/blog/blog2.html`, …: the copy does not say
//   how many posts a listing held, so every count up to one post per page is listed;
// - every address of the site that its templates (`_layouts/`) link to, without fragment;
// - the short addresses the README names as redirects: /students, /community,
//   /partnerships, /leadership and /pycon.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? join(repo, '..', 'shared', 'reference', 'current-site-2026');
const REDIRECTS = ['/students', '/community', '/partnerships', '/leadership', '/pycon'];

function fail(message) {
  console.error(`current-site-2026-urls: ${message}`);
  process.exit(1);
}
if (!existsSync(join(source, '_posts'))) fail(`no _posts/ in ${source}`);

/** A front matter's `title` and `slug` (plain scalars, continued on indented lines). */
function meta(path) {
  const text = readFileSync(path, 'utf8');
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (block === undefined) fail(`${path}: no front matter`);
  const field = (name) => {
    const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t]+.*)*)`, 'm').exec(block)?.[1];
    const value = match?.split(/\r?\n/).map((line) => line.trim()).join(' ').trim();
    return value?.replace(/^(["'])(.*)\1$/, '$2');
  };
  const title = field('title');
  if (!title) fail(`${path}: no title`);
  return { title, slug: field('slug') };
}

/** render-engine's slug of a title (python-slugify's defaults). */
const slugify = (title) =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const markdown = (dir) => (existsSync(join(source, dir)) ? readdirSync(join(source, dir)).filter((f) => f.endsWith('.md')) : []);
const addresses = new Set(['/', '/support.html', ...REDIRECTS]);
for (const file of markdown('pages')) addresses.add(`/${slugify(meta(join(source, 'pages', file)).title)}.html`);
for (const file of markdown('events')) {
  const { title, slug } = meta(join(source, 'events', file));
  addresses.add(`/bpd-events/${slug ?? slugify(title)}.html`);
}
const posts = markdown('_posts').filter((file) => file !== '2026-05-13-swag-at-pycon-us.md');
for (const file of posts) {
  const { title, slug } = meta(join(source, '_posts', file));
  addresses.add(`/blog/${slug ?? slugify(title)}.html`);
}
for (let n = 1; n <= posts.length; n++) addresses.add(`/blog/blog${n}.html`);
const templates = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? templates(join(dir, entry.name)) : [join(dir, entry.name)],
  );
for (const file of templates(join(source, '_layouts'))) {
  for (const [, href] of readFileSync(file, 'utf8').matchAll(/href="(\/[^"#]*)[^"]*"/g)) addresses.add(href);
}

const sorted = [...addresses].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
console.log(
  "# Every address the community's 2026 site serves, derived from a copy of its text files by " +
    'tools/current-site-2026-urls.mjs; regenerate: node tools/current-site-2026-urls.mjs > tests/current-site-2026-urls.txt',
);
for (const address of sorted) console.log(address);
