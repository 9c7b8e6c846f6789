//! The rules a profile obeys, in one place: [`check`]. The build (member files), the
//! compact index the browser decodes, the join page and the issue converter all call it,
//! and every problem names the field it is about ([`Field`], the issue forms' ids), so
//! that the converter can print `skills: unknown skill "pyhton" (did you mean "python"?)`
//! and the join page can mark the same field. Text in any form, member or listing, is
//! checked by the one [`check_text`].

use std::fmt;

use crate::site::data::is_https_url;

#[cfg(not(target_arch = "wasm32"))]
use super::basics::fold;
use super::profile::{Field, Profile};
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
    /// Control characters, separators or invisible characters in text (see [`check_text`]).
    ControlCharacters,
    /// Text made only of spaces and invisible characters.
    Invisible,
    NotHttps,
    UnknownCountry {
        given: String,
        suggestion: Option<String>,
    },
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

/// One problem, about one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: Field,
    pub kind: Kind,
}

impl Problem {
    pub fn new(field: Field, kind: Kind) -> Problem {
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
        write!(f, "{}: ", self.field.id())?;
        match &self.kind {
            Kind::Required => f.write_str("required"),
            Kind::TooLong { max } => write!(f, "too long (at most {max} characters)"),
            Kind::TooMany { max } => write!(f, "too many (at most {max})"),
            Kind::ControlCharacters => {
                f.write_str("contains control characters, line separators or invisible characters")
            }
            Kind::Invisible => f.write_str("has no visible character"),
            Kind::NotHttps => f.write_str("must be an https:// URL"),
            Kind::UnknownCountry { given, suggestion: None } => write!(
                f,
                "unknown country \"{given}\" (write its name, or its two-letter ISO 3166-1 code such as NG or BR)"
            ),
            Kind::UnknownCountry { given, suggestion } => {
                write!(f, "unknown country \"{given}\"")?;
                did_you_mean(f, suggestion)
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

/// The one login that cannot be a member id: `/members/join/` is the join page.
pub const RESERVED_ID: &str = "join";

/// A member id: a GitHub login in lower case (the member file's name) that is not a path
/// the site uses itself.
pub fn is_member_id(id: &str) -> bool {
    is_github_login(id) && !id.bytes().any(|b| b.is_ascii_uppercase()) && id != RESERVED_ID
}

/// Characters that show nothing and are no spelling: format characters (soft hyphen,
/// zero-width space, word joiner, byte-order mark, tags), the marks, embeddings, overrides
/// and isolates that reorder text on screen, and the fillers some fonts draw blank.
/// (Variation selectors and combining marks stay: they change how a visible character
/// looks.)
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180E}'
        | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
        | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{E0000}'..='\u{E007F}')
}

/// A zero-width joiner or non-joiner, which some scripts need inside a word.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// What is wrong with text shown on the site, if anything: control characters (a bio may
/// have line breaks), line and paragraph separators, invisible characters (joiners only
/// between two visible characters, as inside a word), or nothing visible at all.
fn text_problem(text: &str, newlines_allowed: bool) -> Option<Kind> {
    let chars: Vec<char> = text.chars().collect();
    let visible = |c: &char| !c.is_whitespace() && !c.is_control() && !is_invisible(*c) && !is_joiner(*c);
    let bad = chars.iter().enumerate().any(|(i, &c)| {
        (c.is_control() && !(newlines_allowed && c == '\n'))
            || matches!(c, '\u{2028}' | '\u{2029}')
            || is_invisible(c)
            || (is_joiner(c)
                && !(i > 0 && visible(&chars[i - 1]) && chars.get(i + 1).is_some_and(|n| visible(n) || is_joiner(*n))))
    });
    if !chars.iter().any(visible) {
        Some(Kind::Invisible)
    } else if bad {
        Some(Kind::ControlCharacters)
    } else {
        None
    }
}

/// Checks text shown on the site, in any form: at most `max` characters, with something
/// visible and nothing hidden (see [`text_problem`]); line breaks only where `multiline`.
/// Empty text is `required` only when `required`.
pub fn check_text(field: Field, text: &str, max: usize, required: bool, multiline: bool, out: &mut Vec<Problem>) {
    if text.is_empty() || (text.trim().is_empty() && !text.chars().any(|c| is_invisible(c) || is_joiner(c))) {
        if required {
            out.push(Problem::new(field, Kind::Required));
        }
    } else if let Some(kind) = text_problem(text, multiline) {
        out.push(Problem::new(field, kind));
    } else if text.chars().count() > max {
        out.push(Problem::new(field, Kind::TooLong { max }));
    }
}

/// `true` for a two-letter lower-case code, the shape of ISO 639-1.
pub fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Checks an optional link.
pub fn check_url(field: Field, url: Option<&str>, out: &mut Vec<Problem>) {
    let Some(url) = url else { return };
    if !is_https_url(url) {
        out.push(Problem::new(field, Kind::NotHttps));
    } else if url.len() > MAX_URL {
        out.push(Problem::new(field, Kind::TooLong { max: MAX_URL }));
    }
}

/// Checks a country code.
pub fn check_country(field: Field, country: &str, out: &mut Vec<Problem>) {
    if country.is_empty() {
        out.push(Problem::new(field, Kind::Required));
    } else if subregion_of(country).is_none() {
        out.push(Problem::new(field, Kind::UnknownCountry { given: country.to_string(), suggestion: None }));
    }
}

/// Checks a date written `YYYY-MM-DD`.
#[cfg(not(target_arch = "wasm32"))]
fn check_date(field: Field, date: Option<&str>, out: &mut Vec<Problem>) {
    if let Some(date) = date.filter(|d| crate::site::date::Date::parse(d).is_none()) {
        out.push(Problem::new(field, Kind::Other(format!("\"{date}\" is not a date written YYYY-MM-DD"))));
    }
}

/// Every problem of `profile`, in form order: the one check of a profile, wherever it
/// comes from (a member file, the compact index, the join page, an issue). With a
/// `vocabulary`, skills must be given and known (the join page and the converter); without
/// one, unknown skills are the caller's to judge (the build drops them from the record).
pub fn check(profile: &Profile, vocabulary: Option<&[Skill]>) -> Vec<Problem> {
    let mut out = Vec::new();
    check_text(Field::Name, &profile.name, MAX_NAME, true, false, &mut out);
    if let Some(pronouns) = &profile.pronouns {
        check_text(Field::Pronouns, pronouns, MAX_PRONOUNS, false, false, &mut out);
    }
    check_country(Field::Country, &profile.country, &mut out);
    if let Some(city) = &profile.city {
        check_text(Field::City, city, MAX_CITY, false, false, &mut out);
    }
    if let Some(vocabulary) = vocabulary {
        skill_problems(&profile.skills, vocabulary, &mut out);
    }
    if profile.skills.len() > MAX_SKILLS {
        out.push(Problem::new(Field::Skills, Kind::TooMany { max: MAX_SKILLS }));
    }
    if let Some(bad) = profile.languages.iter().find(|l| !is_language_code(l)) {
        out.push(Problem::new(Field::Languages, Kind::NotLanguageCode(bad.clone())));
    } else if profile.languages.len() > MAX_LANGUAGES {
        out.push(Problem::new(Field::Languages, Kind::TooMany { max: MAX_LANGUAGES }));
    }
    if let Some(bad) = profile.bio.keys().find(|l| !is_language_code(l)) {
        out.push(Problem::new(Field::BioLanguage, Kind::NotLanguageCode(bad.clone())));
    }
    for text in profile.bio.values() {
        check_text(Field::Bio, text, MAX_BIO, false, true, &mut out);
    }
    check_url(Field::Website, profile.links.website.as_deref(), &mut out);
    check_url(Field::Linkedin, profile.links.linkedin.as_deref(), &mut out);
    check_url(Field::Mastodon, profile.links.mastodon.as_deref(), &mut out);
    check_url(Field::Avatar, profile.avatar.as_deref(), &mut out);
    // The days the converter records. The browser's records (the compact index's cards)
    // never carry them, and leaving this out of the app saves it 0.3 KB gzip.
    #[cfg(not(target_arch = "wasm32"))]
    {
        check_date(Field::Body, profile.joined.as_deref(), &mut out);
        check_date(Field::Body, profile.confirmed.as_deref(), &mut out);
    }
    out
}

/// Problems with skills outside `vocabulary`, each with the nearest known slug.
fn skill_problems(skills: &[String], vocabulary: &[Skill], out: &mut Vec<Problem>) {
    if skills.is_empty() {
        out.push(Problem::new(Field::Skills, Kind::Required));
    }
    for skill in skills {
        if !vocabulary.iter().any(|v| v.slug == *skill) {
            // In the browser no suggestion: the join page offers only known skills, and
            // the edit distance would cost the app 0.5 KB gzip for a message never shown.
            #[cfg(not(target_arch = "wasm32"))]
            let suggestion = nearest(skill, vocabulary.iter().map(|v| v.slug.as_str()));
            #[cfg(target_arch = "wasm32")]
            let suggestion = None;
            out.push(Problem::new(Field::Skills, Kind::UnknownSkill { given: skill.clone(), suggestion }));
        }
    }
}

/// The candidate closest to `given` (ignoring case and diacritics), if it is close enough
/// to be a slip of the keyboard: at most one edit in four characters, and at most two.
#[cfg(not(target_arch = "wasm32"))]
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
#[cfg(not(target_arch = "wasm32"))]
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
        let profile = Profile {
            name: "Ada".into(),
            country: "NG".into(),
            skills: vec!["pyhton".into(), "python".into(), "knitting".into()],
            ..Profile::default()
        };
        let lines: Vec<String> = check(&profile, Some(&vocabulary)).iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            vec![
                r#"skills: unknown skill "pyhton" (did you mean "python"?)"#.to_string(),
                r#"skills: unknown skill "knitting""#.to_string()
            ]
        );
        assert_eq!(Problem::new(Field::Website, Kind::NotHttps).to_string(), "website: must be an https:// URL");
        assert_eq!(Problem::new(Field::Consent, Kind::Required).to_string(), "consent: required");
    }

    #[test]
    fn text_with_control_separator_invisible_or_direction_characters_is_refused() {
        for text in [
            "Ada\u{0}",
            "Ada\u{1b}[31m",
            "Ada\nOkafor",
            "\u{202E}rofakO adA",
            "Ada\u{2028}Okafor",
            "Ada\u{2029}",
            "Ada\u{200F}Okafor",
            "Ada\u{200E}",
            "Ada\u{200B}Okafor",
            "\u{FEFF}Ada",
            "Ada \u{200D}",
            "\u{200C}Ada",
            "Ada\u{E0041}",
        ] {
            let mut out = Vec::new();
            check_text(Field::Name, text, MAX_NAME, true, false, &mut out);
            assert_eq!(out, vec![Problem::new(Field::Name, Kind::ControlCharacters)], "{text:?}");
        }
        // Only spaces and invisible characters: nothing to show.
        for text in ["\u{3164}", "\u{3164}\u{3164}", "\u{115F}"] {
            let mut out = Vec::new();
            check_text(Field::Name, text, MAX_NAME, true, false, &mut out);
            assert_eq!(out.len(), 1, "{text:?}");
        }
        let mut out = Vec::new();
        check_text(Field::Name, "   ", MAX_NAME, true, false, &mut out);
        assert_eq!(out, vec![Problem::new(Field::Name, Kind::Required)]);
        let mut out = Vec::new();
        check_text(Field::Bio, "Two lines.\nSecond.", MAX_BIO, false, true, &mut out);
        check_text(Field::Name, "Adébáyọ̀ Ògúnlẹ́yẹ̀", MAX_NAME, true, false, &mut out);
        // Joiners inside a word are part of some scripts' spelling, and of emoji.
        check_text(Field::Name, "क्\u{200D}ष", MAX_NAME, true, false, &mut out);
        check_text(Field::Name, "می\u{200C}خواهم", MAX_NAME, true, false, &mut out);
        check_text(Field::Name, "Ada 👩\u{200D}💻", MAX_NAME, true, false, &mut out);
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
