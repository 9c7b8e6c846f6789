// Writes what prerendered pages need from Intl, made with Node's Intl (the CLDR data the
// browsers' Intl uses too), as JSON:
//   names:     {locale: {region: {code: name}, language: {code: name}}}
//   collation: {locale: [member names in Intl.Collator order]}
// Usage: node tools/intl-names.mjs [--members DIR]... LOCALE... > target/intl-names.json
// where each DIR holds member files (members/, samples/members/), one JSON file per member.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const memberDirs = args.flatMap((a, i) => (args[i - 1] === '--members' ? [a] : []));
const locales = args.filter((a, i) => a !== '--members' && args[i - 1] !== '--members');
const memberNames = memberDirs
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'member.schema.json').map((f) => join(dir, f)))
  .map((file) => { try { return JSON.parse(readFileSync(file, 'utf8')).name; } catch { return undefined; } })
  .filter((n) => typeof n === 'string');
const letters = (from) => Array.from({ length: 26 }, (_, i) => String.fromCharCode(from + i));
const pairs = (from) => letters(from).flatMap((a) => letters(from).map((b) => a + b));
const codes = { region: pairs(65), language: pairs(97) };

const names = {};
const collation = {};
for (const locale of locales) {
  names[locale] = {};
  for (const [kind, list] of Object.entries(codes)) {
    const display = new Intl.DisplayNames([locale, 'en'], { type: kind, fallback: 'none' });
    const entries = {};
    for (const code of list) {
      try {
        const name = display.of(code);
        if (name && name !== code) entries[code] = name;
      } catch { /* not a code Intl knows */ }
    }
    names[locale][kind] = entries;
  }
  // The same options as the app's collation (src/web/intl.rs).
  const collator = new Intl.Collator([locale, 'en'], { sensitivity: 'base', numeric: true });
  collation[locale] = [...memberNames].sort(collator.compare);
}
process.stdout.write(JSON.stringify({ names, collation }));
