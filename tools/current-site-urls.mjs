// Prints every address the community's current website (a Jekyll site) serves, one per
// line, sorted, after a comment line: the list the browser test tests/e2e/current-site.spec.ts
// requests from the new site, committed as tests/current-site-urls.txt.
//
// Usage: node tools/current-site-urls.mjs [SOURCE] > tests/current-site-urls.txt
// SOURCE is a copy of the current site's source (default ../shared/reference/current-site,
// next to the repository). No dependencies: the few rules of Jekyll 4 the site relies on are
// written out below, so a change in the copy that they do not cover stops the script instead
// of giving a wrong list.
//
// What Jekyll makes of the source:
// - pages: files outside `_*` and `.*` folders that start with `---` front matter. Their
//   address is their front matter's `permalink`, else `/<folder>/` for an index file, else
//   `/<folder>/<name>/` (`_config.yml`'s `permalink` ends with a slash; other styles are
//   refused), else `/<folder>/<name><ext>` for a page that is not HTML;
// - collections: `_posts/` and every collection `_config.yml` marks `output: true`; a
//   document's address is its `permalink`, else its collection's (`:path` is the file's path
//   inside the collection folder without its extension: `/2024-05-17-non-profit-announcement/`);
// - static files: other files outside `_*` and `.*` folders and `exclude`, served as they are;
// - plugins: jekyll-feed writes `/feed.xml`, jekyll-sitemap `/sitemap.xml` and, when the site
//   has none, `/robots.txt`.
// Addresses are written as served: a folder with a trailing slash (`/es/`, not
// `/es/index.html`). The copy holds no images, stylesheets or theme files, so their
// addresses are not in the list.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? join(repo, '..', 'shared', 'reference', 'current-site');

function fail(message) {
  console.error(`current-site-urls: ${message}`);
  process.exit(1);
}

// --- A YAML subset: block maps and lists, quoted scalars, folded blocks, comments (flow
// collections are kept as text).

/** The line without a trailing comment (a `#` after a space, outside quotes). */
function withoutComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      return line.slice(0, i);
    }
  }
  return line;
}

function scalar(text) {
  const t = text.trim();
  if (/^"(.*)"$/.test(t) || /^'(.*)'$/.test(t)) return t.slice(1, -1);
  if (t === 'true') return true;
  if (t === 'false') return false;
  return t;
}

function parseYaml(text, file) {
  const lines = text
    .split(/\r?\n/)
    .map((raw) => ({ raw, line: withoutComment(raw).trimEnd() }))
    .map(({ raw, line }) => ({ raw, line, indent: line.length - line.trimStart().length }));
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i].line.trim() === '') i++;
  };
  function block(indent) {
    skipBlank();
    if (i >= lines.length) return null;
    return lines[i].line.trimStart().startsWith('- ') || lines[i].line.trim() === '-' ? list(indent) : map(indent);
  }
  function list(indent) {
    const out = [];
    for (skipBlank(); i < lines.length && lines[i].indent === indent && lines[i].line.trimStart().startsWith('-'); skipBlank()) {
      const item = lines[i].line.trimStart().slice(1);
      const column = indent + 1 + (item.length - item.trimStart().length);
      if (/^[^\s{["'][^:]*:(\s|$)/.test(item.trimStart())) {
        // `- key: value` starts a map whose keys line up with `key`.
        lines[i] = { ...lines[i], line: ' '.repeat(column) + item.trimStart(), indent: column };
        out.push(map(column));
      } else {
        out.push(scalar(item));
        i++;
      }
    }
    return out;
  }
  function map(indent) {
    const out = {};
    for (skipBlank(); i < lines.length && lines[i].indent === indent; skipBlank()) {
      const text = lines[i].line.trim();
      const match = /^([^:]+):(?:\s+(.*))?$/.exec(text);
      if (!match) fail(`${file}: cannot read line \`${text}\``);
      const [, key, value = ''] = match;
      i++;
      if (value === '>' || value === '|' || value === '>-' || value === '|-') {
        const parts = [];
        while (i < lines.length && (lines[i].raw.trim() === '' || lines[i].indent > indent)) parts.push(lines[i++].raw.trim());
        out[key.trim()] = parts.join(value.startsWith('>') ? ' ' : '\n').trim();
      } else if (value === '') {
        skipBlank();
        const next = lines[i];
        const nested = next && (next.indent > indent || (next.indent === indent && next.line.trimStart().startsWith('-')));
        out[key.trim()] = nested ? block(next.indent) : null;
      } else {
        out[key.trim()] = scalar(value);
      }
    }
    return out;
  }
  const value = block(0) ?? {};
  skipBlank();
  if (i < lines.length) fail(`${file}: cannot read line ${i + 1}: \`${lines[i].raw}\``);
  return value;
}

/** A file's front matter, or null when it has none (then Jekyll copies it as it is). */
function frontMatter(path) {
  const text = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)^---\s*$/m.exec(text);
  if (!text.startsWith('---') || !match || match.index !== 0) return null;
  return parseYaml(match[1], relative(source, path)) ?? {};
}

// --- Jekyll's addresses.

if (!existsSync(join(source, '_config.yml'))) fail(`no _config.yml in ${source}`);
const config = parseYaml(readFileSync(join(source, '_config.yml'), 'utf8'), '_config.yml');
const style = config.permalink ?? 'date';
if (typeof style !== 'string' || !style.startsWith('/') || !style.endsWith('/')) {
  fail(`permalink style \`${style}\`: only a custom style ending in a slash is implemented`);
}
if (config.include) fail('`include` is not implemented');
for (const { values } of config.defaults ?? []) {
  for (const key of ['permalink', 'published']) if (values && key in values) fail(`a default \`${key}\` is not implemented`);
}
// Jekyll's EntryFilter: a pattern excludes the path itself, what is under it, and what it
// matches as a glob (`Gemfile*`).
const patterns = (config.exclude ?? []).map((p) => String(p).replace(/\/+$/, ''));
const glob = (p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
const excluded = (path) => patterns.some((p) => path === p || path.startsWith(`${p}/`) || glob(p).test(path));
/** Jekyll reads nothing under a folder or file named `_…` or `.…`, or an excluded one. */
const skipped = (path) => path.split('/').some((part) => part.startsWith('_') || part.startsWith('.')) || excluded(path);
const plugins = config.plugins ?? [];
const known = new Set(['jekyll-feed', 'jekyll-sitemap']);
for (const plugin of plugins) if (!known.has(plugin)) fail(`plugin ${plugin} is not implemented`);

/** Every file under `dir`, as a path relative to the source with `/` separators. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(source, path).split(sep).join('/')];
  });
}

/** `/a//b/` → `/a/b/`; Jekyll's URL#sanitize_url. */
const clean = (url) => `/${url}`.replace(/\/{2,}/g, '/');

/** Fills `:name` placeholders from `values`, refusing one the script does not know. */
function fill(template, values, what) {
  return clean(
    template.replace(/:([a-z_]+)/g, (_, name) => {
      if (!(name in values)) fail(`${what}: the permalink placeholder :${name} is not implemented`);
      return values[name];
    }),
  );
}

/** The extension Jekyll's converters give a file (Markdown and HTML → `.html`, Sass → `.css`). */
function outputExt(ext) {
  if (['.md', '.markdown', '.html', '.htm'].includes(ext)) return '.html';
  if (['.scss', '.sass'].includes(ext)) return '.css';
  return ext;
}
const addresses = new Set();

for (const file of files(source)) {
  if (skipped(file)) continue;
  const meta = frontMatter(join(source, file));
  if (meta === null) {
    addresses.add(`/${file}`); // a static file
    continue;
  }
  if (meta.published === false) continue;
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const name = file.slice(folder ? folder.length + 1 : 0);
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
  const basename = name.slice(0, name.length - ext.length);
  const values = { path: folder, basename, output_ext: outputExt(ext) };
  let template;
  if (meta.permalink) template = meta.permalink;
  else if (outputExt(ext) !== '.html') template = '/:path/:basename:output_ext';
  else if (basename === 'index') template = '/:path/';
  else template = '/:path/:basename/';
  addresses.add(fill(template, values, file));
}

// Collections: posts always, the others when `output: true`.
const collections = { posts: { output: true, permalink: style }, ...(config.collections ?? {}) };
const POST_NAME = /^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.*)$/;
for (const [label, settings] of Object.entries(collections)) {
  if (!settings?.output || !existsSync(join(source, `_${label}`))) continue;
  for (const file of files(join(source, `_${label}`))) {
    const meta = frontMatter(join(source, file));
    if (meta === null) fail(`${file}: a collection file without front matter is not implemented`);
    if (meta.published === false) continue;
    const inside = file.slice(`_${label}/`.length);
    const ext = inside.includes('.') ? inside.slice(inside.lastIndexOf('.')) : '';
    const path = inside.slice(0, inside.length - ext.length);
    const name = path.split('/').pop();
    const values = { collection: label, path, name, output_ext: outputExt(ext) };
    if (label === 'posts') {
      const date = POST_NAME.exec(name);
      if (!date) continue; // Jekyll skips a post whose name has no date
      Object.assign(values, { year: date[1], month: date[2].padStart(2, '0'), day: date[3].padStart(2, '0') });
    }
    const template = meta.permalink ?? settings.permalink ?? `/:collection/:path${style.endsWith('/') ? '/' : ':output_ext'}`;
    addresses.add(fill(template, values, file));
  }
}

if (plugins.includes('jekyll-feed')) addresses.add(clean(config.feed?.path ?? 'feed.xml'));
if (plugins.includes('jekyll-sitemap')) {
  addresses.add('/sitemap.xml');
  addresses.add('/robots.txt'); // the plugin's, unless the site has its own (then it is listed already)
}

const sorted = [...addresses].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
console.log(
  '# Every address the current site serves, derived from a copy of its source by tools/current-site-urls.mjs; ' +
    'regenerate: node tools/current-site-urls.mjs > tests/current-site-urls.txt',
);
for (const address of sorted) console.log(address);
