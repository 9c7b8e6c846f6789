//! The skill vocabulary (`public/data/skills.json`): slugs with a name in every locale.

use serde::{Deserialize, Serialize};

use crate::site::data::{pick_text, DataError, LocalizedText};
use crate::site::locale::Locale;
use crate::site::routes::is_slug;

use super::basics::fold;

/// One skill a member can list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    pub slug: String,
    pub name: LocalizedText,
}

impl Skill {
    /// The skill's name in `locale`, else in English, else its slug.
    pub fn name(&self, locale: Locale) -> &str {
        pick_text(&self.name, locale).map(|(_, text, _)| text).unwrap_or(&self.slug)
    }

    /// The skill `text` names: its slug, or its name in any locale, ignoring case and
    /// diacritics ("Sayansi ya data" and "data-science" are the same skill).
    pub fn find<'a>(vocabulary: &'a [Skill], text: &str) -> Option<&'a Skill> {
        let folded = fold(text.trim());
        vocabulary.iter().find(|s| s.slug == folded || s.name.values().any(|name| fold(name) == folded))
    }
}

/// Parses the vocabulary, rejecting bad or duplicate slugs (the vocabulary is ours, so an
/// error here is a bug to fix, not an entry to skip).
pub fn parse_skills(json: &str) -> Result<Vec<Skill>, DataError> {
    #[cfg(not(target_arch = "wasm32"))]
    let skills: Vec<Skill> = crate::site::json::from_str(json).map_err(DataError)?;
    #[cfg(target_arch = "wasm32")]
    let skills: Vec<Skill> = {
        let read = |v: &crate::site::json::Value| {
            Some(Skill { slug: v.field("slug").string()?, name: v.field("name").strings()? })
        };
        let value = crate::site::json::Value::parse(json).map_err(DataError)?;
        value.list_of(read).ok_or_else(|| DataError("skills.json: a skill without a slug or names".into()))?
    };
    for (i, skill) in skills.iter().enumerate() {
        if !is_slug(&skill.slug) {
            return Err(DataError(format!("skill slug `{}` is not a slug", skill.slug)));
        }
        if skills[..i].iter().any(|s| s.slug == skill.slug) {
            return Err(DataError(format!("skill `{}` is listed twice", skill.slug)));
        }
    }
    Ok(skills)
}

/// The shipped vocabulary, for tests.
#[cfg(test)]
pub(crate) fn shipped_vocabulary() -> Vec<Skill> {
    parse_skills(&crate::site::data::shipped("skills.json")).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Vec<Skill> {
        shipped_vocabulary()
    }

    #[test]
    fn the_vocabulary_has_at_least_twelve_skills_named_in_every_locale() {
        let skills = shipped();
        assert!(skills.len() >= 12);
        for skill in &skills {
            for locale in Locale::all() {
                assert!(skill.name.contains_key(locale.code()), "{} has no {} name", skill.slug, locale.code());
            }
        }
        let data_science = skills.iter().find(|s| s.slug == "data-science").unwrap();
        assert_eq!(data_science.name(Locale::from_code("sw").unwrap()), "Sayansi ya data");
    }

    #[test]
    fn a_skill_is_found_by_slug_or_by_its_name_in_any_language_and_no_name_is_ambiguous() {
        let skills = shipped();
        assert_eq!(Skill::find(&skills, " Data-Science ").map(|s| s.slug.as_str()), Some("data-science"));
        assert_eq!(Skill::find(&skills, "sayansi ya data").map(|s| s.slug.as_str()), Some("data-science"));
        assert_eq!(Skill::find(&skills, "knitting"), None);
        for skill in &skills {
            for name in skill.name.values() {
                // Names are listed comma-separated in issue forms.
                assert!(!name.contains(','), "{name}");
                assert_eq!(Skill::find(&skills, name).map(|s| &s.slug), Some(&skill.slug), "{name}");
            }
        }
    }

    #[test]
    fn bad_vocabularies_are_rejected() {
        assert!(parse_skills(r#"[{"slug":"Bad Slug","name":{}}]"#).is_err());
        assert!(parse_skills(r#"[{"slug":"a","name":{}},{"slug":"a","name":{}}]"#).is_err());
        assert!(parse_skills("nope").is_err());
    }
}
