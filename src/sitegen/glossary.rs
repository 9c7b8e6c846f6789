//! The glossary check: every locale renders the community's key terms one way, and never
//! in the ways its translators ruled out. `locales/en/glossary.toml` names the terms and
//! their English forms; each other locale's `glossary.toml` gives its own (see the English
//! file's header for the rules). Run by `cargo test` over the shipped content.

use std::collections::BTreeMap;
use std::path::Path;

use pulldown_cmark::{Event, Parser};
use serde::Deserialize;

use crate::site::locale::Locale;

use super::content::Content;

/// One term as a locale renders it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    #[serde(rename = "use")]
    pub uses: Vec<String>,
    #[serde(default)]
    pub avoid: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A locale's glossary: term id → rendering.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: BTreeMap<String, Term>,
}

/// Reads `locales/<code>/glossary.toml`.
pub fn load(root: &Path, locale: Locale) -> Result<Glossary, String> {
    let path = root.join(locale.code()).join("glossary.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Where `form` occurs in `text` (both lower-cased) starting at a word boundary, and, when
/// `whole`, ending at one too.
fn occurs(text: &str, form: &str, whole: bool) -> bool {
    let (text, form) = (text.to_lowercase(), form.to_lowercase());
    if form.is_empty() {
        return false;
    }
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(&form).any(|(at, _)| {
        boundary(text[..at].chars().next_back()) && (!whole || boundary(text[at + form.len()..].chars().next()))
    })
}

/// The words of a Markdown document a reader sees: text and code, not link targets.
pub fn visible_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Every glossary problem of `locale`'s content, one line each, naming the document and the
/// term: a term the English uses and the translation does not, or an avoided rendering.
/// `strings` are the locale's interface strings (checked for avoided renderings only).
pub fn problems(
    english: &Glossary,
    local: &Glossary,
    content: &Content,
    locale: Locale,
    strings: &[(&str, &str)],
) -> Vec<String> {
    let mut out = Vec::new();
    for id in english.terms.keys() {
        match local.terms.get(id) {
            Some(t) if !t.uses.is_empty() => {}
            _ => out.push(format!("glossary: term `{id}` has no rendering")),
        }
    }
    for id in local.terms.keys().filter(|id| !english.terms.contains_key(*id)) {
        out.push(format!("glossary: term `{id}` is not in the English glossary"));
    }
    let code = locale.code().to_string();
    let en = Locale::DEFAULT.code().to_string();
    let mut documents: Vec<(String, String, String)> = Vec::new();
    for ((c, name), page) in &content.pages {
        if *c == code {
            let original = content.pages.get(&(en.clone(), name.clone())).map(|p| visible_text(&p.markdown));
            documents.push((format!("pages/{name}"), original.unwrap_or_default(), visible_text(&page.markdown)));
        }
    }
    for ((c, slug), post) in &content.posts {
        if *c == code {
            let text = |p: &super::content::Post| {
                format!("{} {} {}", p.summary.title, p.summary.summary, visible_text(&p.markdown))
            };
            let original = content.posts.get(&(en.clone(), slug.clone())).map(text);
            documents.push((format!("blog/{slug}"), original.unwrap_or_default(), text(post)));
        }
    }
    for (document, original, translated) in &documents {
        for (id, term) in &english.terms {
            let Some(local_term) = local.terms.get(id) else { continue };
            let used_in_english = term.uses.iter().any(|form| occurs(original, form, true));
            if used_in_english && !local_term.uses.iter().any(|form| occurs(translated, form, false)) {
                out.push(format!(
                    "{document}: the English uses `{id}` but the translation has none of {:?}",
                    local_term.uses
                ));
            }
        }
    }
    let strings = strings.iter().map(|(key, value)| (format!("strings.toml {key}"), value.to_string()));
    for (place, text) in documents.into_iter().map(|(d, _, t)| (d, t)).chain(strings) {
        for (id, term) in &local.terms {
            for form in term.avoid.iter().filter(|form| occurs(&text, form, true)) {
                out.push(format!("{place}: `{form}` is ruled out for `{id}` (use {:?})", term.uses));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::i18n::{lookup, ALL_KEYS};

    fn root() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
    }

    #[test]
    fn forms_match_at_word_starts_and_avoided_forms_only_as_whole_words() {
        assert!(occurs("Wanachama wetu", "wanachama", false));
        assert!(occurs("membobinmu sun zo", "membobi", false));
        assert!(!occurs("remembers", "member", false), "not inside a word");
        assert!(occurs("A Member.", "member", true));
        assert!(!occurs("members", "member", true));
        assert!(occurs("Ƙungiyar jagora ce", "jagora", true));
        assert!(!occurs("jagoranci", "jagora", true), "an avoided word does not rule out a longer one");
        assert!(occurs("open-source code", "open-source", true));
    }

    #[test]
    fn link_targets_are_not_text() {
        let text = visible_text("See [the form](https://github.com/x/issues/new) and `code`.");
        assert!(text.contains("the form") && text.contains("code"));
        assert!(!text.contains("issues"));
    }

    #[test]
    fn a_translation_that_drops_a_term_or_uses_an_avoided_one_is_reported() {
        let english: Glossary = toml::from_str("[terms.mentoring]\nuse = [\"mentor\"]\n").unwrap();
        let local: Glossary =
            toml::from_str("[terms.mentoring]\nuse = [\"mai ba da shawara\"]\navoid = [\"jagora\"]\n").unwrap();
        let ha = Locale::from_code("ha").unwrap();
        let mut content = Content::default();
        let page = |md: &str| super::super::content::Page { markdown: md.into(), sources: vec![] };
        content.pages.insert(("en".into(), "about".into()), page("Find a mentor."));
        content.pages.insert(("ha".into(), "about".into()), page("Nemo jagora."));
        let found = problems(&english, &local, &content, ha, &[("site.menu", "Jagora")]);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].starts_with("pages/about: the English uses `mentoring`"));
        assert!(found[1].starts_with("pages/about: `jagora` is ruled out"));
        assert!(found[2].starts_with("strings.toml site.menu: `jagora`"));
        content.pages.insert(("ha".into(), "about".into()), page("Nemo mai ba da shawara."));
        assert!(problems(&english, &local, &content, ha, &[]).is_empty());
    }

    #[test]
    fn every_locale_keeps_to_its_glossary() {
        let content = super::super::content::load(&root()).unwrap();
        let english = load(&root(), Locale::DEFAULT).unwrap();
        let mut all = Vec::new();
        for locale in Locale::all().filter(|l| !l.is_default()) {
            let local = load(&root(), locale).unwrap();
            let strings: Vec<(&str, &str)> = ALL_KEYS
                .iter()
                .map(|&key| (key, lookup(locale, key)))
                .filter(|(_, message)| !message.fallback)
                .map(|(key, message)| (key.name(), message.text))
                .collect();
            all.extend(
                problems(&english, &local, &content, locale, &strings)
                    .into_iter()
                    .map(|p| format!("{}: {p}", locale.code())),
            );
        }
        assert!(all.is_empty(), "{} glossary problems:\n{}", all.len(), all.join("\n"));
    }
}
