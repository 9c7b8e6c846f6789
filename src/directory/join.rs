//! The join page's logic: a draft as typed, checked field by field by the member rules
//! ([`super::rules`]), and the link that opens the repository's join issue form on GitHub
//! with the draft filled in. GitHub fills an issue form's text fields from query parameters
//! named by field id; the values are written in the visitor's language (skill and
//! "open to" names), which the converter reads in any of the site's languages.

use super::basics::split_list;
use crate::site::locale::Locale;
use crate::site::social::new_issue_url;

use super::profile::{Field, Links, OpenTo, Profile};
use super::rules::{self, Problem};
use super::skills::Skill;

/// The issue forms under `.github/ISSUE_TEMPLATE/`.
pub const JOIN_FORM: &str = "directory-join.yml";
pub const UPDATE_FORM: &str = "directory-update.yml";
pub const LEAVE_FORM: &str = "directory-leave.yml";

/// The page that opens a new issue with `template`, before any field is filled in.
pub fn issue_form_url(template: &str) -> String {
    new_issue_url(&format!("template={template}"))
}

/// The form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub name: String,
    pub pronouns: String,
    /// ISO 3166-1 alpha-2, chosen from a list.
    pub country: String,
    pub city: String,
    /// Slugs, ticked in a list.
    pub skills: Vec<String>,
    /// ISO 639-1 codes separated by commas or spaces.
    pub languages: String,
    pub bio: String,
    pub website: String,
    pub linkedin: String,
    pub mastodon: String,
    pub open_to: Vec<OpenTo>,
}

/// The language codes typed, in lower case.
pub fn languages(draft: &Draft) -> Vec<String> {
    split_list(&draft.languages).map(str::to_ascii_lowercase).collect()
}

fn optional(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

impl Draft {
    /// The profile the draft describes, its bio written in `locale`: what the converter
    /// will make of the issue the draft fills in.
    pub fn profile(&self, locale: Locale) -> Profile {
        let text = |t: &str| optional(t).map(str::to_string);
        let mut bio = crate::site::data::LocalizedText::new();
        if let Some(text) = optional(&self.bio) {
            bio.insert(locale.code().to_string(), text.to_string());
        }
        let mut codes: Vec<String> = Vec::new();
        for code in languages(self) {
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        Profile {
            name: self.name.clone(),
            pronouns: text(&self.pronouns),
            country: self.country.clone(),
            city: text(&self.city),
            skills: self.skills.clone(),
            languages: codes,
            bio,
            links: Links {
                website: text(&self.website),
                linkedin: text(&self.linkedin),
                mastodon: text(&self.mastodon),
            },
            open_to: self.open_to.clone(),
            ..Profile::default()
        }
    }
}

/// Every problem in the draft, in form order, by the rules every profile obeys.
pub fn check(draft: &Draft, vocabulary: &[Skill], locale: Locale) -> Vec<Problem> {
    rules::check(&draft.profile(locale), Some(vocabulary))
}

/// The join issue form with `draft` filled in: names of skills and of what the member is
/// open to in `locale`, the bio marked as written in `locale`. Empty fields are left out.
pub fn prefill_url(draft: &Draft, vocabulary: &[Skill], locale: Locale) -> String {
    // In the order the visitor ticked them.
    let skills: Vec<&str> = draft
        .skills
        .iter()
        .filter_map(|slug| vocabulary.iter().find(|s| s.slug == *slug))
        .map(|s| s.name(locale))
        .collect();
    let open_to: Vec<&str> = OpenTo::ALL
        .iter()
        .filter(|o| draft.open_to.contains(o))
        .map(|o| crate::site::i18n::t(locale, o.key()))
        .collect();
    let title = match optional(&draft.name) {
        Some(name) => format!("Join the member directory: {name}"),
        None => "Join the member directory".to_string(),
    };
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("template", JOIN_FORM).append_pair("title", &title);
    let fields = [
        (Field::Name, draft.name.trim().to_string()),
        (Field::Pronouns, draft.pronouns.trim().to_string()),
        (Field::Country, draft.country.clone()),
        (Field::City, draft.city.trim().to_string()),
        (Field::Skills, skills.join(", ")),
        (Field::Languages, languages(draft).join(", ")),
        (Field::Bio, draft.bio.trim().to_string()),
        (Field::BioLanguage, if draft.bio.trim().is_empty() { String::new() } else { locale.code().to_string() }),
        (Field::Website, draft.website.trim().to_string()),
        (Field::Linkedin, draft.linkedin.trim().to_string()),
        (Field::Mastodon, draft.mastodon.trim().to_string()),
        (Field::OpenTo, open_to.join(", ")),
    ];
    for (field, value) in fields {
        if !value.is_empty() {
            query.append_pair(field.id(), &value);
        }
    }
    new_issue_url(&query.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::skills::shipped_vocabulary;
    use crate::site::social::REPOSITORY_URL;

    fn valid() -> Draft {
        Draft {
            name: "Adébáyọ̀ Ògúnlẹ́yẹ̀".into(),
            country: "NG".into(),
            city: "Ìbàdàn".into(),
            skills: vec!["django".into(), "python".into()],
            languages: "yo, en".into(),
            bio: "I build things.".into(),
            website: "https://adebayo.example.org/".into(),
            open_to: vec![OpenTo::Speaking, OpenTo::Mentoring],
            ..Default::default()
        }
    }

    fn query(url: &str) -> Vec<(String, String)> {
        let query = url.split_once('?').unwrap().1;
        form_urlencoded::parse(query.as_bytes()).into_owned().collect()
    }

    #[test]
    fn a_valid_draft_opens_the_join_form_filled_in_the_visitor_language() {
        let vocabulary = shipped_vocabulary();
        assert_eq!(check(&valid(), &vocabulary, Locale::DEFAULT), vec![]);
        let sw = Locale::from_code("sw").unwrap();
        let url = prefill_url(&valid(), &vocabulary, sw);
        assert!(url.starts_with(&format!("{REPOSITORY_URL}/issues/new?template=directory-join.yml&")));
        let q = query(&url);
        let get = |k: &str| q.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
        assert_eq!(get("title"), Some("Join the member directory: Adébáyọ̀ Ògúnlẹ́yẹ̀"));
        assert_eq!(get("name"), Some("Adébáyọ̀ Ògúnlẹ́yẹ̀"));
        assert_eq!(get("skills"), Some("Django, Python"));
        assert_eq!(get("languages"), Some("yo, en"));
        assert_eq!(get("bio_language"), Some("sw"));
        assert_eq!(
            get("open_to"),
            Some(
                format!(
                    "{}, {}",
                    crate::site::i18n::t(sw, OpenTo::Mentoring.key()),
                    crate::site::i18n::t(sw, OpenTo::Speaking.key())
                )
                .as_str()
            )
        );
        assert_eq!(get("pronouns"), None, "empty fields are left out");
    }

    #[test]
    fn each_problem_names_its_issue_form_field_and_the_draft_is_kept() {
        let vocabulary = shipped_vocabulary();
        let fields =
            |d: &Draft| check(d, &vocabulary, Locale::DEFAULT).into_iter().map(|p| p.field.id()).collect::<Vec<_>>();
        assert_eq!(fields(&Draft::default()), ["name", "country", "skills"]);
        let mut bad = valid();
        bad.country = "AQ".into();
        bad.skills.push("knitting".into());
        bad.languages = "yoruba".into();
        bad.website = "http://insecure.example.org".into();
        bad.mastodon = "javascript:alert(1)".into();
        let before = bad.clone();
        assert_eq!(fields(&bad), ["country", "skills", "languages", "website", "mastodon"]);
        assert_eq!(bad, before);
    }
}
