//! Build script: turns the translation files under `locales/<code>/strings.toml` into Rust
//! tables (`$OUT_DIR/strings.rs`).
//!
//! The English file (the locale marked `default = true`) defines the set of keys; every key
//! becomes a variant of `Key`, so a typo in a key name is a compile error. Other locales
//! may lack keys: their slot is `None` and the app falls back to English, visibly. Adding a
//! locale is adding a folder; nothing here names a locale.
//!
//! Plural messages are keys that end in a CLDR plural category (`count_one`,
//! `count_other`…). The English `_other` key names the message (a variant of `Plural`);
//! each locale gives the categories its own language's rules use, which may be more or
//! fewer than English's (Spanish adds `_many`).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

#[derive(serde::Deserialize)]
struct Meta {
    /// The language's name in itself ("Kiswahili").
    name: String,
    /// The language's name in English ("Swahili").
    english_name: String,
    /// Position in the language menu; the default locale comes first.
    order: u32,
    #[serde(default)]
    default: bool,
    /// Text direction, "ltr" or "rtl".
    #[serde(default = "ltr")]
    dir: String,
    /// Open Graph locale, language_TERRITORY ("sw_KE").
    og_locale: String,
    /// Whether a native speaker has reviewed the translation.
    #[serde(default)]
    reviewed: bool,
}

/// CLDR plural categories, in the order of the generated tables.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// `("directory.count", 1)` for `"directory.count_one"`.
fn plural_part(key: &str) -> Option<(&str, usize)> {
    let (stem, category) = key.rsplit_once('_')?;
    Some((stem, CATEGORIES.iter().position(|c| *c == category)?))
}

fn ltr() -> String {
    "ltr".into()
}

struct LocaleFile {
    code: String,
    meta: Meta,
    strings: BTreeMap<String, String>,
}

fn flatten(prefix: &str, value: &toml::Value, out: &mut BTreeMap<String, String>, file: &Path) {
    match value {
        toml::Value::Table(table) => {
            for (k, v) in table {
                let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&key, v, out, file);
            }
        }
        toml::Value::String(s) => {
            out.insert(prefix.to_string(), s.clone());
        }
        other => panic!("{}: key `{prefix}` must be a string, found {other}", file.display()),
    }
}

fn variant_name(key: &str) -> String {
    key.split(['.', '_', '-'])
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            let first = chars.next().unwrap().to_ascii_uppercase();
            std::iter::once(first).chain(chars).collect::<String>()
        })
        .collect()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());

    let mut locales = Vec::new();
    for entry in std::fs::read_dir(&root).expect("locales/ folder") {
        let dir = entry.unwrap().path();
        let file = dir.join("strings.toml");
        if !file.is_file() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", file.display());
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            code.len() >= 2 && code.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "locale folder `{code}` must be a lower-case BCP 47 code"
        );
        let text = std::fs::read_to_string(&file).unwrap();
        let mut value: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let meta: Meta = value
            .remove("meta")
            .unwrap_or_else(|| panic!("{}: missing [meta]", file.display()))
            .try_into()
            .unwrap_or_else(|e| panic!("{}: [meta]: {e}", file.display()));
        let og = &meta.og_locale;
        assert!(
            og.len() == 5
                && og[..2].chars().all(|c| c.is_ascii_lowercase())
                && &og[2..3] == "_"
                && og[3..].chars().all(|c| c.is_ascii_uppercase()),
            "{}: [meta] og_locale must look like `sw_KE`",
            file.display()
        );
        let mut strings = BTreeMap::new();
        flatten("", &toml::Value::Table(value), &mut strings, &file);
        locales.push(LocaleFile { code, meta, strings });
    }
    locales.sort_by(|a, b| (!a.meta.default, a.meta.order, &a.code).cmp(&(!b.meta.default, b.meta.order, &b.code)));
    let defaults = locales.iter().filter(|l| l.meta.default).count();
    assert_eq!(defaults, 1, "exactly one locale must have `default = true` in its [meta]");

    // Plural messages: the stems of the default locale's `_other` keys.
    let plurals: Vec<String> = locales[0]
        .strings
        .keys()
        .filter_map(|k| plural_part(k).filter(|(_, c)| CATEGORIES[*c] == "other").map(|(stem, _)| stem.to_string()))
        .collect();
    let is_plural_form = |key: &str| plural_part(key).is_some_and(|(stem, _)| plurals.iter().any(|p| p == stem));
    let reference: Vec<&String> = locales[0].strings.keys().filter(|k| !is_plural_form(k)).collect();
    let mut out = String::new();
    out.push_str("// @generated by build.rs from locales/*/strings.toml. Do not edit.\n\n");
    out.push_str("/// One translatable message. Variants come from the default locale's keys.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n#[repr(u16)]\npub enum Key {\n");
    for key in &reference {
        writeln!(out, "    /// `{key}`\n    {},", variant_name(key)).unwrap();
    }
    out.push_str("}\n\n");
    writeln!(
        out,
        "/// Dotted names of the keys, indexed by `Key as usize`.\npub const KEY_NAMES: [&str; {}] = [",
        reference.len()
    )
    .unwrap();
    for key in &reference {
        writeln!(out, "    {key:?},").unwrap();
    }
    out.push_str("];\n\n");
    writeln!(out, "/// Every key, in table order.\npub const ALL_KEYS: [Key; {}] = [", reference.len()).unwrap();
    for key in &reference {
        writeln!(out, "    Key::{},", variant_name(key)).unwrap();
    }
    out.push_str("];\n\n");
    out.push_str("/// One plural message. Variants come from the default locale's `_other` keys.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n#[repr(u16)]\npub enum Plural {\n");
    for stem in &plurals {
        writeln!(out, "    /// `{stem}_*`\n    {},", variant_name(stem)).unwrap();
    }
    out.push_str("}\n\n");
    writeln!(out, "/// Dotted names of the plural messages, indexed by `Plural as usize`.\npub const PLURAL_NAMES: [&str; {}] = [", plurals.len()).unwrap();
    for stem in &plurals {
        writeln!(out, "    {stem:?},").unwrap();
    }
    out.push_str("];\n\n");
    writeln!(out, "/// Every plural message, in table order.\npub const ALL_PLURALS: [Plural; {}] = [", plurals.len())
        .unwrap();
    for stem in &plurals {
        writeln!(out, "    Plural::{},", variant_name(stem)).unwrap();
    }
    out.push_str("];\n\n");
    out.push_str("/// Static facts about one locale, read from its `[meta]` table.\n");
    out.push_str("pub struct LocaleInfo {\n    pub code: &'static str,\n    pub name: &'static str,\n    pub english_name: &'static str,\n    pub dir: &'static str,\n    pub og_locale: &'static str,\n    pub reviewed: bool,\n}\n\n");
    writeln!(out, "/// Every locale, the default first.\npub static LOCALES: [LocaleInfo; {}] = [", locales.len())
        .unwrap();
    for locale in &locales {
        writeln!(
            out,
            "    LocaleInfo {{ code: {:?}, name: {:?}, english_name: {:?}, dir: {:?}, og_locale: {:?}, reviewed: {} }},",
            locale.code,
            locale.meta.name,
            locale.meta.english_name,
            locale.meta.dir,
            locale.meta.og_locale,
            locale.meta.default || locale.meta.reviewed
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    // The strings themselves are left out of the browser build: a page the app runs on
    // carries its own locale's (`site::i18n::Carried`), so the download holds no other
    // language's text.
    out.push_str("/// One locale's strings.\n#[cfg(not(target_arch = \"wasm32\"))]\npub struct LocaleStrings {\n    pub strings: &'static [Option<&'static str>],\n    /// Each plural message's forms by CLDR category (zero, one, two, few, many, other).\n    pub plurals: &'static [[Option<&'static str>; 6]],\n    /// Keys in this locale's file that the default locale does not define.\n    pub unknown_keys: &'static [&'static str],\n}\n\n");
    writeln!(
        out,
        "/// Every locale's strings, in the order of `LOCALES`.\n#[cfg(not(target_arch = \"wasm32\"))]\npub static STRINGS: [LocaleStrings; {}] = [",
        locales.len()
    )
    .unwrap();
    for locale in &locales {
        out.push_str("    LocaleStrings { strings: &[\n");
        for key in &reference {
            match locale.strings.get(*key) {
                Some(s) => writeln!(out, "        Some({s:?}),").unwrap(),
                None => out.push_str("        None,\n"),
            }
        }
        out.push_str("    ], plurals: &[");
        for stem in &plurals {
            out.push('[');
            for category in CATEGORIES {
                match locale.strings.get(&format!("{stem}_{category}")) {
                    Some(s) => write!(out, "Some({s:?}), ").unwrap(),
                    None => out.push_str("None, "),
                }
            }
            out.push_str("], ");
        }
        out.push_str("], unknown_keys: &[");
        for key in locale.strings.keys().filter(|k| !reference.contains(k) && !is_plural_form(k)) {
            write!(out, "{key:?}, ").unwrap();
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");

    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("strings.rs");
    std::fs::write(dest, out).unwrap();
}
