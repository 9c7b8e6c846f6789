//! The "join the directory" form's logic: a draft as typed, validated field by field, turned
//! into the member's JSON entry and a prefilled GitHub issue. The draft is never cleared by
//! a validation error; errors only say what to fix.

use crate::site::data::is_https_url;
use crate::site::locale::Locale;
use crate::site::social::REPOSITORY_URL;

use super::filter::fold;
use super::members::{validate, Links, Member, OpenTo};
use super::query::sort_and_dedup;
use super::regions::subregion_of;
use super::skills::Skill;

/// The form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub name: String,
    pub pronouns: String,
    pub country: String,
    pub city: String,
    pub skills: Vec<String>,
    /// ISO 639-1 codes separated by commas or spaces.
    pub languages: String,
    pub bio: String,
    pub github: String,
    pub website: String,
    pub linkedin: String,
    pub mastodon: String,
    pub open_to: Vec<OpenTo>,
}

/// A form field, for attaching errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Country,
    Skills,
    Languages,
    Github,
    Website,
    Linkedin,
    Mastodon,
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    NotHttps,
    UnknownSkill,
    Invalid,
}

/// A URL-safe id from a name: "Adébáyọ̀ Ògúnlẹ́yẹ̀" → "adebayo-ogunleye".
pub fn slugify(name: &str) -> String {
    let folded = fold(name);
    let mut id = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    id.trim_end_matches('-').chars().take(60).collect::<String>().trim_end_matches('-').to_string()
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// Every problem in the draft, in form order.
pub fn check(draft: &Draft, vocabulary: &[Skill]) -> Vec<(Field, Problem)> {
    let mut problems = Vec::new();
    if draft.name.trim().is_empty() {
        problems.push((Field::Name, Problem::Required));
    } else if slugify(&draft.name).is_empty() {
        problems.push((Field::Name, Problem::Invalid));
    }
    if draft.country.is_empty() {
        problems.push((Field::Country, Problem::Required));
    } else if subregion_of(&draft.country).is_none() {
        problems.push((Field::Country, Problem::Invalid));
    }
    if draft.skills.is_empty() {
        problems.push((Field::Skills, Problem::Required));
    } else if draft.skills.iter().any(|s| !vocabulary.iter().any(|v| v.slug == *s)) {
        problems.push((Field::Skills, Problem::UnknownSkill));
    }
    if languages(draft).iter().any(|l| l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase())) {
        problems.push((Field::Languages, Problem::Invalid));
    }
    let github = draft.github.trim().trim_start_matches('@');
    if !github.is_empty() && !is_github_handle(github) {
        problems.push((Field::Github, Problem::Invalid));
    }
    for (field, url) in
        [(Field::Website, &draft.website), (Field::Linkedin, &draft.linkedin), (Field::Mastodon, &draft.mastodon)]
    {
        if !url.trim().is_empty() && !is_https_url(url.trim()) {
            problems.push((field, Problem::NotHttps));
        }
    }
    problems
}

/// GitHub's rule for user names: up to 39 letters, digits and hyphens, not starting with one.
fn is_github_handle(handle: &str) -> bool {
    handle.len() <= 39 && !handle.starts_with('-') && handle.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn languages(draft: &Draft) -> Vec<String> {
    draft.languages.split([',', ' ']).map(|l| l.trim().to_ascii_lowercase()).filter(|l| !l.is_empty()).collect()
}

/// The member entry, when the draft has no problems. The bio is stored under `locale`.
pub fn to_member(draft: &Draft, vocabulary: &[Skill], locale: Locale) -> Option<Member> {
    if !check(draft, vocabulary).is_empty() {
        return None;
    }
    let mut open_to = draft.open_to.clone();
    sort_and_dedup(&mut open_to);
    let member = Member {
        id: slugify(&draft.name),
        name: draft.name.trim().to_string(),
        pronouns: optional(&draft.pronouns),
        country: draft.country.clone(),
        city: optional(&draft.city),
        skills: vocabulary.iter().filter(|v| draft.skills.contains(&v.slug)).map(|v| v.slug.clone()).collect(),
        languages: languages(draft),
        bio: optional(&draft.bio).map(|b| [(locale.code().to_string(), b)].into_iter().collect()).unwrap_or_default(),
        github: optional(draft.github.trim_start_matches('@')),
        links: Links {
            website: optional(&draft.website),
            linkedin: optional(&draft.linkedin),
            mastodon: optional(&draft.mastodon),
        },
        open_to,
        avatar: None,
    };
    validate(&member).ok().map(|_| member)
}

/// The entry as it should be added to `members.json`.
pub fn entry_json(member: &Member) -> String {
    serde_json::to_string_pretty(member).expect("members serialize")
}

/// A link that opens a new issue in the site's repository with the entry filled in.
pub fn issue_url(member: &Member) -> String {
    let title = format!("Add {} to the member directory", member.name);
    let body = format!("Please add me to the member directory.\n\n```json\n{}\n```\n", entry_json(member));
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("title", &title)
        .append_pair("body", &body)
        .finish();
    format!("{REPOSITORY_URL}/issues/new?{query}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::members::parse_members;
    use crate::directory::skills::shipped_vocabulary;

    fn valid() -> Draft {
        Draft {
            name: "Adébáyọ̀ Ògúnlẹ́yẹ̀".into(),
            country: "NG".into(),
            city: "Ìbàdàn".into(),
            skills: vec!["django".into(), "python".into()],
            languages: "yo, en".into(),
            bio: "I build things.".into(),
            github: "@adebayo".into(),
            website: "https://adebayo.example.org/".into(),
            open_to: vec![OpenTo::Speaking, OpenTo::Mentoring, OpenTo::Speaking],
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_draft_becomes_an_entry_the_directory_accepts() {
        let vocabulary = shipped_vocabulary();
        let ha = Locale::from_code("ha").unwrap();
        let member = to_member(&valid(), &vocabulary, ha).expect("valid");
        assert_eq!(member.id, "adebayo-ogunleye");
        assert_eq!(member.skills, vec!["python", "django"]);
        assert_eq!(member.languages, vec!["yo", "en"]);
        assert_eq!(member.github.as_deref(), Some("adebayo"));
        assert_eq!(member.bio["ha"], "I build things.");
        assert_eq!(member.open_to, vec![OpenTo::Mentoring, OpenTo::Speaking]);
        let json = format!("[{}]", entry_json(&member));
        let parsed = parse_members(&json, &vocabulary).unwrap();
        assert_eq!(parsed.members, vec![member.clone()]);
        let url = issue_url(&member);
        assert!(url.starts_with(&format!("{REPOSITORY_URL}/issues/new?title=Add+")));
        assert!(url.contains("adebayo-ogunleye"));
    }

    #[test]
    fn each_problem_is_named_and_the_draft_is_kept() {
        let vocabulary = shipped_vocabulary();
        let empty = Draft::default();
        assert_eq!(
            check(&empty, &vocabulary),
            vec![
                (Field::Name, Problem::Required),
                (Field::Country, Problem::Required),
                (Field::Skills, Problem::Required)
            ]
        );
        let mut bad = valid();
        bad.country = "AQ".into();
        bad.skills.push("knitting".into());
        bad.languages = "yoruba".into();
        bad.github = "bad handle!".into();
        bad.website = "http://insecure.example.org".into();
        bad.mastodon = "javascript:alert(1)".into();
        let before = bad.clone();
        assert_eq!(
            check(&bad, &vocabulary),
            vec![
                (Field::Country, Problem::Invalid),
                (Field::Skills, Problem::UnknownSkill),
                (Field::Languages, Problem::Invalid),
                (Field::Github, Problem::Invalid),
                (Field::Website, Problem::NotHttps),
                (Field::Mastodon, Problem::NotHttps),
            ]
        );
        assert_eq!(to_member(&bad, &vocabulary, Locale::DEFAULT), None);
        assert_eq!(bad, before);
    }

    #[test]
    fn slugs_come_from_names() {
        assert_eq!(slugify("Ɗanjuma  Bello"), "danjuma-bello");
        assert_eq!(slugify("Jean-Baptiste Pierre-Louis"), "jean-baptiste-pierre-louis");
        assert_eq!(slugify("  !!  "), "");
        assert_eq!(slugify("<script>"), "script");
    }
}
