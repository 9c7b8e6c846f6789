//! Member records as the app sees them, and their validation (the rules are in
//! [`super::rules`]). Members are stored one file per member (see [`super::store`]); the
//! build turns them into these records. An invalid entry is skipped and counted, never
//! fatal; unknown skill slugs are kept out of the record and reported so that a test can
//! catch them.

use serde::{Deserialize, Serialize};

use crate::site::data::{pick_text, DataError};
use crate::site::date::Date;
use crate::site::locale::Locale;
use crate::site::routes::Route;
use crate::site::seo::{head_tags, HeadTags};

use super::basics::sort_and_dedup;
use super::profile::{Field, Profile};
use super::regions::{subregion_of, Subregion};
use super::rules::{self, is_github_login, is_member_id, Kind, Problem};
use super::skills::Skill;

/// One member of the directory: their profile, and who they are on the site.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// The member's GitHub login in lower case (the name of their file); the profile lives
    /// at `/members/<id>/`.
    pub id: String,
    /// The GitHub account the profile links to: the member's login for real members, none
    /// for sample profiles (whose made-up logins may belong to real people).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub github: Option<String>,
    /// A fictional profile from the sample set (`samples/members/`): shown as such, never
    /// indexed, never in a production build.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    /// Not confirmed by its owner for over a year as of the build ([`mark_stale`]): marked,
    /// and listed after the fresh ones.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stale: bool,
    pub profile: Profile,
}

/// Marks the members whose profiles are stale on `today` (the build's day: the site is
/// rebuilt daily, so a mark is at most a day late).
pub fn mark_stale(members: &mut [Member], today: Date) {
    for member in members {
        member.stale = member.profile.is_stale(today);
    }
}

/// A member reads as their profile: `member.name`, `member.skills`.
impl std::ops::Deref for Member {
    type Target = Profile;

    fn deref(&self) -> &Profile {
        &self.profile
    }
}

impl std::ops::DerefMut for Member {
    fn deref_mut(&mut self) -> &mut Profile {
        &mut self.profile
    }
}

impl Member {
    /// The member's subregion, derived from the country.
    pub fn subregion(&self) -> Subregion {
        subregion_of(&self.country).expect("validated members have a mapped country")
    }

    /// Head tags of the member's profile in `locale`: titled with their name, described by
    /// their bio (or a line naming them). The generator and the app both use this.
    pub fn head(&self, locale: Locale) -> HeadTags {
        let description = pick_text(&self.bio, locale)
            .map(|(_, bio, _)| bio.to_string())
            .unwrap_or_else(|| format!("{} · Black Python Devs", self.name));
        let mut head = head_tags(locale, &Route::Member(self.id.clone()), &self.name, &description);
        if self.sample {
            head.robots = Some("noindex");
        }
        head
    }

    /// The language of the member's pronouns, where it can be told: `"en"` for English
    /// pronouns ("she/her", "they/them"), so that a screen reader on a page in another
    /// language reads them as English; `None` for anything else.
    pub fn pronouns_lang(&self) -> Option<&'static str> {
        const ENGLISH: [&str; 14] =
            ["she", "her", "hers", "he", "him", "his", "they", "them", "theirs", "xe", "xem", "ze", "zir", "any"];
        let pronouns = self.pronouns.as_deref()?;
        let mut words = pronouns.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).peekable();
        words.peek()?;
        words.all(|w| ENGLISH.contains(&w.to_ascii_lowercase().as_str())).then_some("en")
    }

    /// Up to two initials, for members without an avatar.
    pub fn initials(&self) -> String {
        let firsts: String = self.name.split_whitespace().filter_map(|w| w.chars().next()).take(2).collect();
        crate::site::text::upper(&firsts)
    }
}

/// Why one entry was skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// The entry: its position in a list, or its file name.
    pub entry: String,
    pub reason: String,
}

/// The valid members, what was skipped, and skill slugs outside the vocabulary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub members: Vec<Member>,
    pub rejected: Vec<Rejected>,
    /// `(member id, slug)` for every skill not in the vocabulary (dropped from the member).
    pub unknown_skills: Vec<(String, String)>,
}

impl Parsed {
    /// Adds `member` if it is valid and its id is new (else records why not), keeping
    /// unknown skills out of it.
    pub fn add(&mut self, entry: String, mut member: Member, vocabulary: &[Skill]) {
        if let Err(reason) = validate(&member) {
            self.rejected.push(Rejected { entry, reason });
            return;
        }
        if self.members.iter().any(|m| m.id == member.id) {
            self.rejected.push(Rejected { entry, reason: format!("id `{}` is used twice", member.id) });
            return;
        }
        let (known, unknown): (Vec<String>, Vec<String>) =
            member.skills.drain(..).partition(|s| vocabulary.iter().any(|v| v.slug == *s));
        self.unknown_skills.extend(unknown.into_iter().map(|s| (member.id.clone(), s)));
        member.skills = known;
        sort_and_dedup(&mut member.open_to);
        self.members.push(member);
    }
}

/// Every problem of a member record: its profile's (see [`check`]), its id's and its
/// GitHub login's.
pub fn member_problems(member: &Member) -> Vec<Problem> {
    let mut out = Vec::new();
    if !is_member_id(&member.id) {
        out.push(Problem::new(Field::Login, Kind::NotLogin(member.id.clone())));
    }
    out.extend(rules::check(&member.profile, None));
    if member.github.as_deref().is_some_and(|login| !is_github_login(login)) {
        out.push(Problem::new(Field::Login, Kind::NotLogin(member.github.clone().unwrap_or_default())));
    }
    out
}

/// Checks one member; returns its first problem (see [`super::rules`]).
pub fn validate(member: &Member) -> Result<(), String> {
    match member_problems(member).into_iter().next() {
        Some(problem) => Err(problem.to_string()),
        None => Ok(()),
    }
}

/// Parses a JSON list of member records (tests and the benchmark write members this way).
/// Malformed JSON (or anything but an array) is an error; invalid entries and duplicate
/// ids are skipped and counted.
pub fn parse_members(json: &str, vocabulary: &[Skill]) -> Result<Parsed, DataError> {
    let raw = crate::site::data::json_entries(json).map_err(|e| DataError(format!("member list: {e}")))?;
    let mut parsed = Parsed::default();
    for (index, value) in raw.iter().enumerate() {
        match serde_json::from_str::<Member>(value.get()) {
            Ok(member) => parsed.add(index.to_string(), member, vocabulary),
            Err(e) => parsed.rejected.push(Rejected { entry: index.to_string(), reason: e.to_string() }),
        }
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::profile::OpenTo;

    fn vocabulary() -> Vec<Skill> {
        crate::directory::skills::shipped_vocabulary()
    }

    #[test]
    fn valid_entries_parse_and_bad_ones_are_skipped_and_counted() {
        let json = r#"[
            {"id": "ada-okafor", "profile": {"name": "Ada Okafor", "country": "NG", "skills": ["django", "quantum-basket-weaving"], "open_to": ["speaking", "mentoring", "speaking"]}},
            {"id": "Bad Id", "profile": {"name": "X", "country": "NG", "skills": []}},
            {"id": "no-country", "profile": {"name": "X", "country": "AQ", "skills": []}},
            {"id": "js-link", "profile": {"name": "X", "country": "KE", "skills": [], "links": {"website": "javascript:alert(1)"}}},
            {"id": "ada-okafor", "profile": {"name": "Duplicate", "country": "GH", "skills": []}},
            {"id": "flat", "name": "Missing profile"},
            42
        ]"#;
        let parsed = parse_members(json, &vocabulary()).unwrap();
        assert_eq!(parsed.members.len(), 1);
        assert_eq!(
            parsed.rejected.iter().map(|r| r.entry.as_str()).collect::<Vec<_>>(),
            ["1", "2", "3", "4", "5", "6"]
        );
        assert_eq!(
            parsed.rejected[1].reason,
            r#"country: unknown country "AQ" (write its name, or its two-letter ISO 3166-1 code such as NG or BR)"#
        );
        assert_eq!(parsed.rejected[2].reason, "website: must be an https:// URL");
        let ada = &parsed.members[0];
        assert_eq!(ada.skills, vec!["django"]);
        assert_eq!(ada.open_to, vec![OpenTo::Mentoring, OpenTo::Speaking]);
        assert_eq!(ada.subregion(), Subregion::WesternAfrica);
        assert_eq!(ada.initials(), "AO");
        assert_eq!(parsed.unknown_skills, vec![("ada-okafor".to_string(), "quantum-basket-weaving".to_string())]);
    }

    #[test]
    fn malformed_json_is_an_error() {
        assert!(parse_members("[{", &vocabulary()).is_err());
        assert!(parse_members(r#"{"members": []}"#, &vocabulary()).is_err());
    }

    #[test]
    fn hostile_text_is_kept_as_plain_data() {
        let json = r#"[{"id": "x", "profile": {"name": "<script>alert(1)</script>", "country": "BR", "skills": [], "bio": {"en": "<img src=x onerror=alert(1)>"}}}]"#;
        let parsed = parse_members(json, &vocabulary()).unwrap();
        assert_eq!(parsed.members[0].name, "<script>alert(1)</script>");
        assert_eq!(parsed.members[0].bio["en"], "<img src=x onerror=alert(1)>");
    }

    #[test]
    fn open_to_slugs_round_trip() {
        for o in OpenTo::ALL {
            assert_eq!(OpenTo::from_slug(o.slug()), Some(o));
            assert_eq!(serde_json::to_string(&o).unwrap(), format!("\"{}\"", o.slug()));
        }
        assert_eq!(OpenTo::from_slug("hiring"), None);
    }

    #[test]
    fn open_to_values_are_found_by_slug_or_by_name_in_any_language_unambiguously() {
        for o in OpenTo::ALL {
            assert_eq!(OpenTo::find(&format!(" {} ", o.slug().to_uppercase())), Some(o));
            for locale in Locale::all() {
                assert_eq!(OpenTo::find(crate::site::i18n::t(locale, o.key())), Some(o), "{}", locale.code());
            }
        }
        assert_eq!(OpenTo::find("hiring"), None);
    }
}
