//! The rules a member record obeys, in one place. The build (member files), the compact
//! index the browser decodes, the join page and the issue converter all check members
//! here, and every problem names the field it is about by the issue form's field id, so
//! that the converter can print `skills: unknown skill "pyhton" (did you mean "python"?)`
//! and the join page can mark the same field.

use std::fmt;

use crate::site::data::is_https_url;

use super::filter::fold;
use super::members::{Member, RESERVED_ID};
use super::regions::subregion_of;
use super::skills::Skill;

/// Longest name, in characters.
pub const MAX_NAME: usize = 100;
/// Longest pronouns ("they/them" is 9).
pub const MAX_PRONOUNS: usize = 40;
/// Longest city name.
pub const MAX_CITY: usize = 100;
/// Longest bio in one language: a short paragraph, what a profile shows above the fold.
pub const MAX_BIO: usize = 600;
/// Most skills one member lists; a card shows them all.
pub const MAX_SKILLS: usize = 10;
/// Most languages one member lists.
pub const MAX_LANGUAGES: usize = 10;
/// Longest link.
pub const MAX_URL: usize = 300;

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Required,
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    /// Control characters (or invisible text-direction overrides) in text.
    ControlCharacters,
    NotHttps,
    UnknownCountry(String),
    UnknownSkill {
        given: String,
        suggestion: Option<String>,
    },
    UnknownOpenTo {
        given: String,
        suggestion: Option<String>,
    },
    NotLanguageCode(String),
    NotLogin(String),
    /// Anything else, said in English.
    Other(String),
}

/// One problem, about the field with this issue-form id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    pub kind: Kind,
}

impl Problem {
    pub fn new(field: &'static str, kind: Kind) -> Problem {
        Problem { field, kind }
    }
}

fn did_you_mean(f: &mut fmt::Formatter<'_>, suggestion: &Option<String>) -> fmt::Result {
    match suggestion {
        Some(s) => write!(f, " (did you mean \"{s}\"?)"),
        None => Ok(()),
    }
}

impl fmt::Display for Problem {
    /// One line, starting with the field id: `website: must be an https:// URL`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.field)?;
        match &self.kind {
            Kind::Required => f.write_str("required"),
            Kind::TooLong { max } => write!(f, "too long (at most {max} characters)"),
            Kind::TooMany { max } => write!(f, "too many (at most {max})"),
            Kind::ControlCharacters => f.write_str("contains control characters"),
            Kind::NotHttps => f.write_str("must be an https:// URL"),
            Kind::UnknownCountry(c) => {
                write!(f, "unknown country \"{c}\" (use the two-letter ISO 3166-1 code, such as NG or BR)")
            }
            Kind::UnknownSkill { given, suggestion } => {
                write!(f, "unknown skill \"{given}\"")?;
                did_you_mean(f, suggestion)
            }
            Kind::UnknownOpenTo { given, suggestion } => {
                write!(f, "unknown value \"{given}\" (use mentoring, speaking or collaborating)")?;
                did_you_mean(f, suggestion)
            }
            Kind::NotLanguageCode(code) => {
                write!(f, "\"{code}\" is not a two-letter ISO 639-1 language code (such as en, yo, sw)")
            }
            Kind::NotLogin(login) => write!(f, "\"{login}\" is not a GitHub login"),
            Kind::Other(message) => f.write_str(message),
        }
    }
}

/// GitHub's rule for logins: 1–39 characters, ASCII letters, digits and single hyphens,
/// neither starting nor ending with a hyphen.
pub fn is_github_login(login: &str) -> bool {
    !login.is_empty()
        && login.len() <= 39
        && !login.starts_with('-')
        && !login.ends_with('-')
        && !login.contains("--")
        && login.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A member id: a GitHub login in lower case (the member file's name) that is not a path
/// the site uses itself.
pub fn is_member_id(id: &str) -> bool {
    is_github_login(id) && !id.bytes().any(|b| b.is_ascii_uppercase()) && id != RESERVED_ID
}

/// Characters that have no place in text shown on a profile: control characters (a bio
/// may have line breaks) and the invisible overrides that reorder text on screen.
fn has_control(text: &str, newlines_allowed: bool) -> bool {
    text.chars().any(|c| {
        (c.is_control() && !(newlines_allowed && c == '\n'))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

/// Checks one line of text: at most `max` characters, no control characters. Empty text is
/// `required` only when `required`.
pub fn check_text(field: &'static str, text: &str, max: usize, required: bool, out: &mut Vec<Problem>) {
    if text.trim().is_empty() {
        if required {
            out.push(Problem::new(field, Kind::Required));
        }
    } else if has_control(text, false) {
        out.push(Problem::new(field, Kind::ControlCharacters));
    } else if text.chars().count() > max {
        out.push(Problem::new(field, Kind::TooLong { max }));
    }
}

/// Checks a bio: like a line of text, but line breaks are allowed.
pub fn check_bio(text: &str, out: &mut Vec<Problem>) {
    if has_control(text, true) {
        out.push(Problem::new("bio", Kind::ControlCharacters));
    } else if text.chars().count() > MAX_BIO {
        out.push(Problem::new("bio", Kind::TooLong { max: MAX_BIO }));
    }
}

/// `true` for a two-letter lower-case code, the shape of ISO 639-1.
pub fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Checks an optional link.
pub fn check_url(field: &'static str, url: Option<&str>, out: &mut Vec<Problem>) {
    let Some(url) = url else { return };
    if !is_https_url(url) {
        out.push(Problem::new(field, Kind::NotHttps));
    } else if url.len() > MAX_URL {
        out.push(Problem::new(field, Kind::TooLong { max: MAX_URL }));
    }
}

/// Checks a country code.
pub fn check_country(country: &str, out: &mut Vec<Problem>) {
    if country.is_empty() {
        out.push(Problem::new("country", Kind::Required));
    } else if subregion_of(country).is_none() {
        out.push(Problem::new("country", Kind::UnknownCountry(country.to_string())));
    }
}

/// Every problem of `member` that does not need the skill vocabulary, in form order:
/// what the compact index and the profile check again in the browser. Skills outside the
/// vocabulary are the caller's to judge (the build drops them, the converter refuses them).
pub fn member_problems(member: &Member) -> Vec<Problem> {
    let mut out = Vec::new();
    if !is_member_id(&member.id) {
        out.push(Problem::new("login", Kind::NotLogin(member.id.clone())));
    }
    check_text("name", &member.name, MAX_NAME, true, &mut out);
    if let Some(pronouns) = &member.pronouns {
        check_text("pronouns", pronouns, MAX_PRONOUNS, false, &mut out);
    }
    check_country(&member.country, &mut out);
    if let Some(city) = &member.city {
        check_text("city", city, MAX_CITY, false, &mut out);
    }
    if member.skills.len() > MAX_SKILLS {
        out.push(Problem::new("skills", Kind::TooMany { max: MAX_SKILLS }));
    }
    if member.languages.len() > MAX_LANGUAGES {
        out.push(Problem::new("languages", Kind::TooMany { max: MAX_LANGUAGES }));
    }
    if let Some(bad) = member.languages.iter().find(|l| !is_language_code(l)) {
        out.push(Problem::new("languages", Kind::NotLanguageCode(bad.clone())));
    }
    if let Some(bad) = member.bio.keys().find(|l| !is_language_code(l)) {
        out.push(Problem::new("bio_language", Kind::NotLanguageCode(bad.clone())));
    }
    for text in member.bio.values() {
        check_bio(text, &mut out);
    }
    if member.github.as_deref().is_some_and(|login| !is_github_login(login)) {
        out.push(Problem::new("login", Kind::NotLogin(member.github.clone().unwrap_or_default())));
    }
    check_url("website", member.links.website.as_deref(), &mut out);
    check_url("linkedin", member.links.linkedin.as_deref(), &mut out);
    check_url("mastodon", member.links.mastodon.as_deref(), &mut out);
    check_url("avatar", member.avatar.as_deref(), &mut out);
    out
}

/// Problems with skills outside `vocabulary`, each with the nearest known slug.
pub fn skill_problems(skills: &[String], vocabulary: &[Skill], out: &mut Vec<Problem>) {
    if skills.is_empty() {
        out.push(Problem::new("skills", Kind::Required));
    }
    for skill in skills {
        if !vocabulary.iter().any(|v| v.slug == *skill) {
            let suggestion = nearest(skill, vocabulary.iter().map(|v| v.slug.as_str()));
            out.push(Problem::new("skills", Kind::UnknownSkill { given: skill.clone(), suggestion }));
        }
    }
}

/// The candidate closest to `given` (ignoring case and diacritics), if it is close enough
/// to be a slip of the keyboard: at most one edit in four characters, and at most two.
pub fn nearest<'a>(given: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let given = fold(given);
    let limit = (given.chars().count() / 4).clamp(1, 2);
    candidates
        .map(|c| (edit_distance(&given, &fold(c)), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.to_string())
}

/// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`: "pyhton" is one
/// swap from "python".
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d: Vec<Vec<usize>> =
        (0..=a.len()).map(|i| (0..=b.len()).map(|j| if i == 0 { j } else { i }).collect()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::skills::shipped_vocabulary;

    #[test]
    fn github_logins_follow_github_rules() {
        for good in ["a", "octocat", "ada-okafor", "a1-b2-c3", &"x".repeat(39)] {
            assert!(is_github_login(good), "{good}");
        }
        for bad in ["", "-ada", "ada-", "ada--okafor", "ada_okafor", "ada.okafor", "adé", "a b", &"x".repeat(40)] {
            assert!(!is_github_login(bad), "{bad}");
        }
        assert!(is_github_login("OctoCat") && !is_member_id("OctoCat") && is_member_id("octocat"));
        assert!(!is_member_id(RESERVED_ID));
    }

    #[test]
    fn problems_read_as_one_line_starting_with_the_field_id() {
        let vocabulary = shipped_vocabulary();
        let mut out = Vec::new();
        skill_problems(&["pyhton".into(), "python".into(), "knitting".into()], &vocabulary, &mut out);
        let lines: Vec<String> = out.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            vec![
                r#"skills: unknown skill "pyhton" (did you mean "python"?)"#.to_string(),
                r#"skills: unknown skill "knitting""#.to_string()
            ]
        );
        assert_eq!(Problem::new("website", Kind::NotHttps).to_string(), "website: must be an https:// URL");
        assert_eq!(Problem::new("consent", Kind::Required).to_string(), "consent: required");
    }

    #[test]
    fn text_with_control_characters_or_direction_overrides_is_refused() {
        for text in ["Ada\u{0}", "Ada\u{1b}[31m", "Ada\nOkafor", "\u{202E}rofakO adA"] {
            let mut out = Vec::new();
            check_text("name", text, MAX_NAME, true, &mut out);
            assert_eq!(out, vec![Problem::new("name", Kind::ControlCharacters)], "{text:?}");
        }
        let mut out = Vec::new();
        check_bio("Two lines.\nSecond.", &mut out);
        check_text("name", "Adébáyọ̀ Ògúnlẹ́yẹ̀", MAX_NAME, true, &mut out);
        // Joiners are part of some scripts' spelling.
        check_text("name", "क्‍ष", MAX_NAME, true, &mut out);
        assert_eq!(out, vec![]);
    }

    #[test]
    fn near_misses_get_a_suggestion_and_far_ones_do_not() {
        let slugs = ["python", "django", "data-science", "web-development"];
        assert_eq!(nearest("Pyhton", slugs.into_iter()).as_deref(), Some("python"));
        assert_eq!(nearest("djnago", slugs.into_iter()).as_deref(), Some("django"));
        assert_eq!(nearest("data-sceince", slugs.into_iter()).as_deref(), Some("data-science"));
        assert_eq!(nearest("rust", slugs.into_iter()), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
