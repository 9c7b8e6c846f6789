//! The translation coverage report: for every locale, how much of the site it translates
//! (interface strings, plural messages, pages, posts, glossary terms) and whether a native
//! speaker has reviewed it. `sitegen` prints it at every build and writes it as
//! `translations.json`; every number is counted from the locale's files.

use serde::Serialize;

use crate::site::i18n::{missing_keys, plural_forms, ALL_KEYS, ALL_PLURALS};
use crate::site::locale::Locale;
use crate::site::plural::categories;
use crate::site::routes::PAGES;

use super::content::Content;
use super::glossary::Glossary;

/// `done` of `total`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Count {
    pub done: usize,
    pub total: usize,
}

impl Count {
    fn of(done: usize, total: usize) -> Self {
        Count { done, total }
    }
}

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.done, self.total)
    }
}

/// Where a locale's translation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    /// The default locale: the originals, the reference every translation follows.
    Source,
    /// `reviewed = true` in the locale's `[meta]`: a native speaker has reviewed it.
    Reviewed,
    /// Not reviewed by a native speaker yet: its pages invite readers to improve it.
    NotReviewed,
}

/// One locale's coverage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub locale: &'static str,
    /// Interface strings (`strings.toml` keys other than plural messages) it translates.
    pub strings: Count,
    /// Plural messages with a form for every CLDR category its language uses.
    pub plurals: Count,
    /// Page documents in its own language (`pages/`).
    pub pages: Count,
    /// Blog posts in its own language (`blog/`).
    pub posts: Count,
    /// Glossary terms its `glossary.toml` gives a rendering for.
    pub glossary: Count,
    pub review: Review,
}

impl Coverage {
    /// The report's line for this locale.
    pub fn line(&self) -> String {
        let review = match self.review {
            Review::Source => "the source language",
            Review::Reviewed => "reviewed by a native speaker",
            Review::NotReviewed => "not reviewed by a native speaker yet",
        };
        format!(
            "coverage: {}  strings {}  plurals {}  pages {}  posts {}  glossary {}  {review}",
            self.locale, self.strings, self.plurals, self.pages, self.posts, self.glossary
        )
    }
}

/// The coverage of every locale, the default first. `glossaries` gives each locale's
/// glossary (`None` where it has none yet), `english` the default locale's: its terms are
/// the ones every locale renders.
pub fn report(content: &Content, english: &Glossary, glossaries: &dyn Fn(Locale) -> Option<Glossary>) -> Vec<Coverage> {
    let missing = content.missing_translations();
    let pages = PAGES.iter().filter(|p| p.document.is_some()).count();
    let posts = content.post_slugs().len();
    Locale::all()
        .map(|locale| {
            let lacks =
                |prefix: &str| missing.iter().filter(|(l, doc)| *l == locale && doc.starts_with(prefix)).count();
            let needed = categories(locale);
            let complete = ALL_PLURALS
                .iter()
                .filter(|p| {
                    let forms = plural_forms(locale, **p);
                    needed.iter().all(|c| forms[*c as usize].is_some())
                })
                .count();
            let rendered = glossaries(locale).map_or(0, |local| {
                english.terms.keys().filter(|id| local.terms.get(*id).is_some_and(|t| !t.uses.is_empty())).count()
            });
            Coverage {
                locale: locale.code(),
                strings: Count::of(ALL_KEYS.len() - missing_keys(locale).len(), ALL_KEYS.len()),
                plurals: Count::of(complete, ALL_PLURALS.len()),
                pages: Count::of(pages - lacks("pages/"), pages),
                posts: Count::of(posts - lacks("blog/"), posts),
                glossary: Count::of(rendered, english.terms.len()),
                review: if locale.is_default() {
                    Review::Source
                } else if locale.is_reviewed() {
                    Review::Reviewed
                } else {
                    Review::NotReviewed
                },
            }
        })
        .collect()
}

/// The report as JSON, for `translations.json`.
pub fn json(report: &[Coverage]) -> String {
    serde_json::to_string_pretty(report).expect("the report serializes")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
    }

    fn shipped_report(content: &Content) -> Vec<Coverage> {
        let english = super::super::glossary::load(&root(), Locale::DEFAULT).unwrap();
        report(content, &english, &|l| super::super::glossary::load(&root(), l).ok())
    }

    #[test]
    fn the_shipped_locales_are_complete_and_say_whether_they_are_reviewed() {
        let content = super::super::content::load(&root()).unwrap();
        let report = shipped_report(&content);
        assert_eq!(report.len(), Locale::all().count());
        assert_eq!(report[0].review, Review::Source);
        for (coverage, locale) in report.iter().zip(Locale::all()) {
            assert_eq!(coverage.locale, locale.code());
            for count in [coverage.strings, coverage.plurals, coverage.pages, coverage.posts, coverage.glossary] {
                assert!(count.total > 0 && count.done == count.total, "{}", coverage.line());
            }
            assert_eq!(coverage.posts.total, content.post_slugs().len());
            assert_eq!(coverage.strings.total, ALL_KEYS.len());
            if !locale.is_default() {
                assert_eq!(coverage.review == Review::Reviewed, locale.is_reviewed(), "{}", coverage.line());
            }
        }
    }

    #[test]
    fn what_a_locale_lacks_is_counted() {
        let mut content = super::super::content::load(&root()).unwrap();
        let ha = Locale::from_code("ha").unwrap();
        content.pages.remove(&("ha".to_string(), "about".to_string()));
        let slug = content.post_slugs()[0].clone();
        content.posts.remove(&("ha".to_string(), slug));
        let english = super::super::glossary::load(&root(), Locale::DEFAULT).unwrap();
        let mut partial = super::super::glossary::load(&root(), ha).unwrap();
        let term = partial.terms.keys().next().unwrap().clone();
        partial.terms.remove(&term);
        let report = report(&content, &english, &|l| match l.code() {
            "ha" => Some(partial.clone()),
            "sw" => None,
            _ => super::super::glossary::load(&root(), l).ok(),
        });
        let line = |code: &str| report.iter().find(|c| c.locale == code).unwrap().clone();
        let (hausa, swahili) = (line("ha"), line("sw"));
        assert_eq!(hausa.pages, Count::of(hausa.pages.total - 1, hausa.pages.total));
        assert_eq!(hausa.posts, Count::of(hausa.posts.total - 1, hausa.posts.total));
        assert_eq!(hausa.glossary, Count::of(english.terms.len() - 1, english.terms.len()));
        assert_eq!(swahili.glossary.done, 0, "a locale without a glossary covers no term");
        assert_eq!(line("es").pages.done, line("es").pages.total, "other locales are unaffected");
        let text = hausa.line();
        assert!(text.starts_with("coverage: ha  strings "), "{text}");
        assert!(text.contains(&format!("pages {}/{}", hausa.pages.total - 1, hausa.pages.total)), "{text}");
        assert!(text.ends_with("not reviewed by a native speaker yet") || ha.is_reviewed(), "{text}");
        let json: Vec<serde_json::Value> = serde_json::from_str(&json(&report)).unwrap();
        assert_eq!(json[0]["review"], "source");
        let hausa_json = json.iter().find(|c| c["locale"] == "ha").unwrap();
        assert_eq!(hausa_json["posts"], serde_json::json!({ "done": hausa.posts.done, "total": hausa.posts.total }));
    }
}
