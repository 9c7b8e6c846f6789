// Lists what the copies of the community's site have and this site lacks, so that the
// next catch-up is a list, not a hunt: posts (by date and title), leadership names,
// corporate sponsors, the community's own and sponsored events, foundational supporters,
// partnerships and the member count. Prints "nothing to catch up" when the site has it all.
//
// Usage: node tools/catch-up.mjs [REFERENCE]   (./dev catch-up)
// REFERENCE holds current-site/ (2024) and current-site-2026/ (default
// ../shared/reference, next to the repository). No dependencies. Reads this site's
// locales/en/blog/*.md front matter and public/data/*.json.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const reference = process.argv[2] ?? join(repo, '..', 'shared', 'reference');
const site2026 = join(reference, 'current-site-2026');
const site2024 = join(reference, 'current-site');
if (!existsSync(site2026)) {
  console.error(`catch-up: no copy of the 2026 site at ${site2026}`);
  process.exit(1);
}

/** Spellings that differ on purpose from a copy's data, with the reason. */
const KNOWN_SPELLINGS = {
  // Her own award post and every other mention in the copies spell it so; leadership.json
  // transposes two letters.
  'abigail mesyenrame dogbe': 'abigail mesrenyame dogbe',
};
const fold = (name) => {
  const folded = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return KNOWN_SPELLINGS[folded] ?? folded;
};
const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const slugify = (title) =>
  title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** A YAML front matter's one- or multi-line scalar field. */
function field(text, name) {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const value = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t]+.*)*)`, 'm').exec(block)?.[1];
  return value?.split(/\r?\n/).map((line) => line.trim()).join(' ').replace(/^(["'])(.*)\1$/, '$2').trim();
}

const lacking = [];
const lack = (what, items) => {
  if (items.length) lacking.push(`${what}:\n${items.map((item) => `  - ${item}`).join('\n')}`);
};

// Posts: every post of each copy has an English post here that keeps its address.
const ours = readdirSync(join(repo, 'locales/en/blog'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(repo, 'locales/en/blog', f), 'utf8'))
  .join('\n');
const posts = (dir, address) =>
  readdirSync(join(dir, '_posts'))
    .filter((f) => f.endsWith('.md') && f !== '2026-05-13-swag-at-pycon-us.md')
    .map((file) => {
      const text = readFileSync(join(dir, '_posts', file), 'utf8');
      const title = field(text, 'title');
      return { date: file.slice(0, 10), title, address: address(file, title, field(text, 'slug')) };
    })
    .filter((post) => !ours.includes(`"${post.address}"`));
lack('posts of the 2026 site', posts(site2026, (_, title, slug) => `/blog/${slug ?? slugify(title)}.html`).map((p) => `${p.date} ${p.title}`));
if (existsSync(site2024)) {
  lack('posts of the 2024 site', posts(site2024, (file) => `/${file.replace(/\.md$/, '')}/`).map((p) => `${p.date} ${p.title}`));
}

// Leadership: every name of the copy's leadership.json, and every council member a post
// announced, is in ours.
const leadership = json(join(repo, 'public/data/leadership.json'));
const ourNames = new Set(
  [...leadership.executors, ...leadership.team_leads, ...leadership.advisors, ...leadership.council].map((p) => fold(p.name)),
);
const theirs = json(join(site2026, '_data/leadership.json'));
const names = [...theirs.Executors.map((p) => p.name), ...theirs.Leaders.map((p) => p.name), ...theirs.Advisors, ...theirs.Council];
lack('leaders (leadership.json)', [...new Set(names)].filter((name) => !ourNames.has(fold(name))));
const councilPosts = readdirSync(join(site2026, '_posts'))
  .filter((f) => /added-to-bpd-council/.test(f))
  .map((f) => field(readFileSync(join(site2026, '_posts', f), 'utf8'), 'title').replace(/ Added to BPD Council$/i, ''));
const ourCouncil = leadership.council.map((p) => fold(p.name));
lack('council members announced in posts', councilPosts.filter((name) => !ourCouncil.some((n) => n.startsWith(fold(name)))));

// Corporate sponsors, as the sponsors grid shows them (a logo's alt text, or its file's
// name where two logos share one alt text).
const grid = readFileSync(join(site2026, '_layouts/_includes/sponsors.html'), 'utf8');
const logos = [...grid.matchAll(/<img src="[^"]*\/([^/".]+)\.[a-z]+" alt="([^"]+?) Logo"/g)].map(([, file, alt]) => ({ file, alt }));
const sponsors = logos.map(({ file, alt }) => (logos.filter((l) => l.alt === alt).length > 1 ? file.split(/[-_]/)[0] : alt));
const ourSponsors = json(join(repo, 'public/data/sponsors.json')).map((s) => fold(s.name));
lack('corporate sponsors', sponsors.filter((name) => !ourSponsors.some((ours) => ours.startsWith(fold(name)))));

// The community's own events (one page each) and the sponsored events, by year.
const ownEvents = readdirSync(join(site2026, 'events')).filter((f) => f.endsWith('.md'));
const ourEvents = json(join(repo, 'public/data/community-events.json')).map((e) => e.page);
lack('community events', ownEvents.filter((file) => !ourEvents.some((page) => file.includes(page.replace(/-\d{4}$/, '')) && file.includes(page.slice(-4)))));
const sponsored = json(join(site2026, '_data/sponsored_events.json')).sponsored;
const ourSponsored = new Set(json(join(repo, 'public/data/sponsored-events.json')).map((e) => `${e.year} ${e.name}`));
lack(
  'sponsored events',
  Object.entries(sponsored).flatMap(([year, regions]) =>
    Object.values(regions).flat().map((name) => `${year} ${name}`).filter((event) => !ourSponsored.has(event)),
  ),
);

// Foundational supporters by year, partnerships, and the member count.
const supporters = json(join(site2026, '_data/foundational_supporters.json'));
const ourSupporters = new Map(json(join(repo, 'public/data/supporters.json')).map((y) => [String(y.year), new Set(y.names.map(fold))]));
lack(
  'foundational supporters',
  Object.entries(supporters).flatMap(([year, list]) => list.filter((n) => !ourSupporters.get(year)?.has(fold(n))).map((n) => `${year} ${n}`)),
);
const ourPartners = json(join(repo, 'public/data/partners.json')).map((p) => `${fold(p.name)} ${p.url}`).join('\n');
lack(
  'partnerships',
  json(join(site2026, '_data/partnerships.json'))
    .filter((p) => !ourPartners.includes(p.url.replace(/^\//, '')) && !ourPartners.includes(fold(p.name).split(' ')[0]))
    .map((p) => p.name),
);
const count = json(join(site2026, '_data/member_count.json')).count;
if (json(join(repo, 'public/data/community.json')).members !== count) lacking.push(`member count: the copy says ${count}`);

console.log(lacking.length ? lacking.join('\n') : 'nothing to catch up');
