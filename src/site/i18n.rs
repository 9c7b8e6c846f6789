//! Translated interface strings: lookup with per-key fallback to the default locale, and
//! `{placeholder}` interpolation. The tables are generated from `locales/*/strings.toml`.

use super::locale::Locale;

pub(crate) mod generated {
    include!(concat!(env!("OUT_DIR"), "/strings.rs"));
}

pub use generated::{Key, Plural, ALL_KEYS, ALL_PLURALS};

use super::plural::{category, Category};

/// A translated string, and whether it had to fall back to the default locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message {
    pub text: &'static str,
    /// `true` when the requested locale lacks this key and `text` is the default locale's.
    pub fallback: bool,
}

impl Key {
    /// The key's dotted name in the translation files (`"nav.about"`).
    pub fn name(self) -> &'static str {
        generated::KEY_NAMES[self as usize]
    }

    /// The key with this dotted name, for vocabularies whose keys derive from slugs.
    pub fn from_name(name: &str) -> Option<Key> {
        generated::KEY_NAMES.iter().position(|k| *k == name).map(|i| ALL_KEYS[i])
    }
}

/// Looks `key` up in `locale`, falling back to the default locale for that key only.
#[cfg(not(target_arch = "wasm32"))]
pub fn lookup(locale: Locale, key: Key) -> Message {
    match generated::STRINGS[locale.index()].strings[key as usize] {
        Some(text) => Message { text, fallback: false },
        None => Message {
            text: generated::STRINGS[Locale::DEFAULT.index()].strings[key as usize]
                .expect("the default locale defines every key"),
            fallback: true,
        },
    }
}

/// Looks `key` up in the strings the page carried (the page's own locale, `locale`).
#[cfg(target_arch = "wasm32")]
pub fn lookup(_locale: Locale, key: Key) -> Message {
    carried::with(|c| match c.and_then(|c| Some((c.strings.get(key as usize)?, c.fallback.contains(&(key as u16))))) {
        Some((text, fallback)) => Message { text, fallback },
        None => Message { text: "", fallback: true },
    })
}

/// The text for `key` in `locale` (or its fallback), for places that cannot mark fallbacks.
pub fn t(locale: Locale, key: Key) -> &'static str {
    lookup(locale, key).text
}

impl Plural {
    /// The message's dotted name without its category (`"directory.count"`).
    pub fn name(self) -> &'static str {
        generated::PLURAL_NAMES[self as usize]
    }
}

/// The form of the plural message `plural` for the number `n` in `locale`, with `{count}`
/// filled in: the form of `n`'s CLDR category, or the `other` form if the locale lacks that
/// one; the default locale's (marked) if the locale lacks the message.
pub fn plural(locale: Locale, plural: Plural, n: u64) -> (String, bool) {
    let (forms, fallback) = plural_forms_or_default(locale, plural);
    let form = forms[category(locale, n) as usize].or(forms[Category::Other as usize]);
    (interpolate(form.unwrap_or_default(), &[("count", &n.to_string())]), fallback)
}

/// The forms of `plural` `locale` uses: its own, or the default locale's (`true`) if it
/// lacks the message.
#[cfg(not(target_arch = "wasm32"))]
fn plural_forms_or_default(locale: Locale, plural: Plural) -> ([Option<&'static str>; 6], bool) {
    let own = plural_forms(locale, plural);
    if own[Category::Other as usize].is_some() {
        (own, false)
    } else {
        (plural_forms(Locale::DEFAULT, plural), true)
    }
}

#[cfg(target_arch = "wasm32")]
fn plural_forms_or_default(_locale: Locale, plural: Plural) -> ([Option<&'static str>; 6], bool) {
    carried::with(|c| {
        c.and_then(|c| Some((*c.plurals.get(plural as usize)?, c.plural_fallback.contains(&(plural as u16)))))
            .unwrap_or(([None; 6], true))
    })
}

/// The forms (by category) `locale` defines for `plural`.
#[cfg(not(target_arch = "wasm32"))]
pub fn plural_forms(locale: Locale, plural: Plural) -> [Option<&'static str>; 6] {
    generated::STRINGS[locale.index()].plurals[plural as usize]
}

/// One locale's interface strings as a page the app runs on carries them, so that the
/// download holds no language's text (all four cost the app 7 KB of its gzip size):
/// each key's text and each plural message's forms, with the default locale's standing
/// in, marked, where the locale lacks one.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Carried {
    /// Indexed by `Key as usize`.
    pub strings: Vec<String>,
    /// The keys whose text is the default locale's.
    pub fallback: Vec<u16>,
    /// Indexed by `Plural as usize`, forms by CLDR category.
    pub plurals: Vec<[Option<String>; 6]>,
    /// The plural messages whose forms are the default locale's.
    pub plural_fallback: Vec<u16>,
}

impl Carried {
    /// Reads what a page carried (the browser's reader of the JSON the host writes with
    /// serde; `site::json` says why).
    #[cfg(target_arch = "wasm32")]
    pub fn read(value: &super::json::Value) -> Option<Carried> {
        use super::json::Value;
        let numbers = |v: &Value| v.list_of(|n| u16::try_from(n.number()?).ok());
        let form = |v: &Value| if v.is_null() { Some(None) } else { v.string().map(Some) };
        let forms = |v: &Value| v.list_of(form)?.try_into().ok();
        Some(Carried {
            strings: value.field("strings").list_of(Value::string)?,
            fallback: numbers(&value.field("fallback"))?,
            plurals: value.field("plurals").list_of(forms)?,
            plural_fallback: numbers(&value.field("plural_fallback"))?,
        })
    }
}

/// The name under which a page carries `locale`'s strings among its preloaded documents.
pub fn carried_url(locale: Locale) -> String {
    format!("intl:strings/{}", locale.code())
}

/// The sections of the strings (`section.key`) the app's code can show, so the only ones a
/// page it runs on carries; the others are the reading pages' own (home, leadership,
/// supporters, footer…) and go empty. Of the `page` section (every page's name and
/// description, 0.7 KB gzip) only the pages the app renders are carried ([`is_carried`]).
/// Measured on `/members/`: the carried strings drop from 3.5 to 2.0 KB gzip, off a page
/// that must fit one round trip. A test reads the app's source to keep this list complete
/// (`app_keys_are_carried_and_every_carried_section_is_the_apps`).
pub const APP_SECTIONS: &[&str] = &[
    "continent",
    "continent_all",
    "date",
    "directory",
    "error",
    "feed",
    "join",
    "map",
    "not_found",
    "profile",
    "region",
    "site",
];

/// Whether a page the app runs on carries `key`'s text: the app's sections, and the names
/// and descriptions of the pages it renders (the route table names every page's; the app
/// reads only those of its own, for their head tags).
pub fn is_carried(key: Key) -> bool {
    use super::routes::{Route, PAGES};
    match key.name().split('.').next().unwrap_or_default() {
        "page" => {
            PAGES.iter().any(|p| Route::Page(p.id).is_rendered_by_app() && (p.name == key || p.description == key))
        }
        section => APP_SECTIONS.contains(&section),
    }
}

/// What a page in `locale` carries: the app's strings ([`APP_SECTIONS`]), the others empty.
#[cfg(not(target_arch = "wasm32"))]
pub fn carried(locale: Locale) -> Carried {
    let mut out = Carried::default();
    for key in ALL_KEYS {
        let message = if is_carried(key) { lookup(locale, key) } else { Message { text: "", fallback: false } };
        out.strings.push(message.text.to_string());
        if message.fallback {
            out.fallback.push(key as u16);
        }
    }
    for plural in ALL_PLURALS {
        let (forms, fallback) = plural_forms_or_default(locale, plural);
        out.plurals.push(forms.map(|f| f.map(str::to_string)));
        if fallback {
            out.plural_fallback.push(plural as u16);
        }
    }
    out
}

/// The strings the page carried, in the browser.
#[cfg(target_arch = "wasm32")]
pub mod carried {
    use std::cell::Cell;

    /// `Carried` with its text made `'static`: read once per page and kept for its life.
    pub struct Table {
        pub strings: Vec<&'static str>,
        pub fallback: Vec<u16>,
        pub plurals: Vec<[Option<&'static str>; 6]>,
        pub plural_fallback: Vec<u16>,
    }

    thread_local! {
        static TABLE: Cell<Option<&'static Table>> = const { Cell::new(None) };
    }

    /// Takes the page's strings.
    pub fn load(carried: super::Carried) {
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        let table = Table {
            strings: carried.strings.into_iter().map(leak).collect(),
            fallback: carried.fallback,
            plurals: carried.plurals.into_iter().map(|forms| forms.map(|f| f.map(leak))).collect(),
            plural_fallback: carried.plural_fallback,
        };
        TABLE.set(Some(Box::leak(Box::new(table))));
    }

    pub fn with<T>(f: impl FnOnce(Option<&'static Table>) -> T) -> T {
        f(TABLE.get())
    }
}

/// Keys the locale's file lacks. Empty for a complete translation.
#[cfg(not(target_arch = "wasm32"))]
pub fn missing_keys(locale: Locale) -> Vec<&'static str> {
    ALL_KEYS
        .iter()
        .filter(|k| generated::STRINGS[locale.index()].strings[**k as usize].is_none())
        .map(|k| k.name())
        .collect()
}

/// Keys the locale's file defines but the default locale does not (typos, stale keys).
#[cfg(not(target_arch = "wasm32"))]
pub fn unknown_keys(locale: Locale) -> &'static [&'static str] {
    generated::STRINGS[locale.index()].unknown_keys
}

/// Replaces each `{name}` in `template` by its value in `args`. Unknown placeholders are
/// left as they are so that a translation mistake shows instead of vanishing.
pub fn interpolate(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Placeholders (`{name}`) used in a template, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        names.push(&after[..end]);
        rest = &after[end + 1..];
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_translates_every_key() {
        for locale in Locale::all() {
            assert_eq!(missing_keys(locale), Vec::<&str>::new(), "locale {} lacks keys", locale.code());
        }
    }

    #[test]
    fn no_locale_defines_keys_the_default_lacks() {
        for locale in Locale::all() {
            assert!(
                unknown_keys(locale).is_empty(),
                "locale {} has unknown keys {:?}",
                locale.code(),
                unknown_keys(locale)
            );
        }
    }

    #[test]
    fn every_locale_gives_each_plural_message_every_form_its_language_uses() {
        for locale in Locale::all() {
            for p in ALL_PLURALS {
                let forms = plural_forms(locale, p);
                for c in crate::site::plural::categories(locale) {
                    let form = forms[c as usize];
                    assert!(form.is_some(), "{} lacks {}_{}", locale.code(), p.name(), c.name());
                    assert_eq!(
                        placeholders(form.unwrap()),
                        vec!["count"],
                        "{} {}_{}",
                        locale.code(),
                        p.name(),
                        c.name()
                    );
                }
            }
        }
    }

    #[test]
    fn plural_messages_pick_the_form_of_the_numbers_category() {
        let en = Locale::DEFAULT;
        let p = ALL_PLURALS[0];
        let forms = plural_forms(en, p);
        assert_eq!(plural(en, p, 1).0, interpolate(forms[Category::One as usize].unwrap(), &[("count", "1")]));
        assert_eq!(plural(en, p, 3).0, interpolate(forms[Category::Other as usize].unwrap(), &[("count", "3")]));
        assert!(!plural(en, p, 3).1);
    }

    #[test]
    fn translations_keep_the_placeholders_of_the_default() {
        for key in ALL_KEYS {
            let mut reference = placeholders(t(Locale::DEFAULT, key));
            reference.sort();
            for locale in Locale::all() {
                let mut found = placeholders(t(locale, key));
                found.sort();
                assert_eq!(found, reference, "{} in {} has other placeholders", key.name(), locale.code());
            }
        }
    }

    #[test]
    fn translations_are_not_copies_of_english() {
        // Short labels may coincide (names, "Blog"), but most of a locale's strings must
        // differ from English, or it is English under another flag.
        let english: Vec<_> = ALL_KEYS.iter().map(|k| t(Locale::DEFAULT, *k)).collect();
        for locale in Locale::all().filter(|l| !l.is_default()) {
            let same = ALL_KEYS.iter().zip(&english).filter(|(k, en)| t(locale, **k) == **en && en.len() > 12).count();
            assert!(same * 10 < ALL_KEYS.len(), "{} keeps {same} long strings in English", locale.code());
        }
    }

    #[test]
    fn lookup_marks_fallbacks_only_when_the_key_is_missing() {
        let key = ALL_KEYS[0];
        assert!(!lookup(Locale::DEFAULT, key).fallback);
        for locale in Locale::all() {
            let message = lookup(locale, key);
            assert_eq!(message.fallback, missing_keys(locale).contains(&key.name()));
        }
    }

    #[test]
    fn interpolation_replaces_known_and_keeps_unknown_placeholders() {
        assert_eq!(interpolate("{n} members", &[("n", "23")]), "23 members");
        assert_eq!(interpolate("{a} and {b}", &[("b", "2"), ("a", "1")]), "1 and 2");
        assert_eq!(interpolate("{missing} x", &[]), "{missing} x");
        assert_eq!(interpolate("open { brace", &[]), "open { brace");
        assert_eq!(interpolate("", &[("a", "b")]), "");
    }

    #[test]
    fn keys_are_found_by_name() {
        for key in ALL_KEYS {
            assert_eq!(Key::from_name(key.name()), Some(key));
        }
        assert_eq!(Key::from_name("no.such.key"), None);
    }

    /// The source files compiled into the app, tests aside: `src/web`, `src/site` and
    /// `src/directory`, less the modules a `mod.rs` declares only for the generator
    /// (`prerender`) or the host (not `wasm32`).
    fn app_sources() -> Vec<(std::path::PathBuf, String)> {
        use std::path::Path;
        fn walk(dir: &Path, out: &mut Vec<(std::path::PathBuf, String)>) {
            let declared = std::fs::read_to_string(dir.join("mod.rs")).unwrap();
            let lines: Vec<&str> = declared.lines().map(str::trim).collect();
            let host_only: Vec<&str> = lines
                .windows(2)
                .filter(|w| {
                    w[0] == "#[cfg(feature = \"prerender\")]" || w[0] == "#[cfg(not(target_arch = \"wasm32\"))]"
                })
                .filter_map(|w| w[1].strip_prefix("pub mod ").or(w[1].strip_prefix("mod "))?.strip_suffix(';'))
                .collect();
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
                if host_only.contains(&stem.as_str()) {
                    continue;
                }
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).unwrap();
                    out.push((path, source.split("#[cfg(test)]").next().unwrap().to_string()));
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut out = Vec::new();
        for dir in ["web", "site", "directory"] {
            walk(&root.join(dir), &mut out);
        }
        out
    }

    #[test]
    fn app_keys_are_carried_and_every_carried_section_is_the_apps() {
        let by_variant: std::collections::HashMap<String, Key> =
            ALL_KEYS.iter().map(|k| (format!("{k:?}"), *k)).collect();
        let sources = app_sources();
        let files: Vec<String> = sources.iter().map(|(p, _)| p.to_string_lossy().replace('\\', "/")).collect();
        assert!(files.iter().any(|f| f.ends_with("src/web/pages/members.rs")), "{files:?}");
        assert!(!files.iter().any(|f| f.ends_with("src/web/pages/home.rs") || f.ends_with("layout.rs")), "{files:?}");
        let mut named = std::collections::BTreeSet::new();
        for (path, code) in &sources {
            for (at, _) in code.match_indices("Key::") {
                let variant: String =
                    code[at + 5..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if let Some(key) = by_variant.get(&variant) {
                    named.insert((key.name(), path.file_name().unwrap().to_string_lossy().into_owned()));
                }
            }
        }
        // The route table names every page's name and description; the app reads those of
        // its own pages only (checked below).
        let uncarried: Vec<_> = named
            .iter()
            .filter(|(name, file)| !(name.starts_with("page.") && file == "routes.rs"))
            .filter(|(name, _)| !is_carried(Key::from_name(name).unwrap()))
            .collect();
        assert!(
            uncarried.is_empty(),
            "the app shows strings its pages do not carry (add their sections to APP_SECTIONS): {uncarried:?}"
        );
        for section in APP_SECTIONS {
            assert!(
                named.iter().any(|(name, _)| name.split('.').next() == Some(section)),
                "APP_SECTIONS lists {section}, which the app never shows"
            );
        }
    }

    #[test]
    fn a_page_the_app_runs_on_carries_the_apps_strings_and_leaves_the_others_empty() {
        for locale in Locale::all() {
            let table = carried(locale);
            assert_eq!(table.strings.len(), ALL_KEYS.len());
            for key in ALL_KEYS {
                let expected = if is_carried(key) { t(locale, key) } else { "" };
                assert_eq!(table.strings[key as usize], expected, "{} in {}", key.name(), locale.code());
                assert_eq!(table.fallback.contains(&(key as u16)), is_carried(key) && lookup(locale, key).fallback);
            }
        }
        assert!(is_carried(Key::DirectoryShowMore) && is_carried(Key::PageMembersName));
        assert!(!is_carried(Key::FooterFollow) && !is_carried(Key::PageAboutName));
        // Every page the app renders has its name and description carried, and no other page.
        for page in crate::site::routes::PAGES {
            let app = crate::site::routes::Route::Page(page.id).is_rendered_by_app();
            assert_eq!(is_carried(page.name) && is_carried(page.description), app, "{:?}", page.id);
            assert_eq!(is_carried(page.name) || is_carried(page.description), app, "{:?}", page.id);
        }
    }

    #[test]
    fn key_names_are_dotted_paths() {
        for key in ALL_KEYS {
            assert!(key.name().contains('.'), "{} should be namespaced", key.name());
        }
    }
}
