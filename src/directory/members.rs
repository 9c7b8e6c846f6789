//! Member records (`public/data/members.json`) and their validation. An invalid entry is
//! skipped and counted, never fatal; unknown skill slugs are kept out of the record and
//! reported so that a test can catch them.

use serde::{Deserialize, Serialize};

use crate::site::data::{is_https_url, pick_text, DataError, LocalizedText};
use crate::site::locale::Locale;
use crate::site::routes::{is_slug, Route};
use crate::site::seo::{head_tags, HeadTags};

use super::query::sort_and_dedup;
use super::regions::{subregion_of, Subregion};
use super::skills::Skill;

/// What a member is open to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OpenTo {
    Mentoring,
    Speaking,
    Collaborating,
}

impl OpenTo {
    pub const ALL: [OpenTo; 3] = [OpenTo::Mentoring, OpenTo::Speaking, OpenTo::Collaborating];

    pub fn slug(self) -> &'static str {
        match self {
            OpenTo::Mentoring => "mentoring",
            OpenTo::Speaking => "speaking",
            OpenTo::Collaborating => "collaborating",
        }
    }

    pub fn from_slug(slug: &str) -> Option<OpenTo> {
        Self::ALL.into_iter().find(|o| o.slug() == slug)
    }

    /// `list` as one bit per position in [`OpenTo::ALL`]: how the compact index stores it
    /// and how the filter compares it.
    pub fn bits(list: &[OpenTo]) -> u8 {
        Self::ALL.iter().enumerate().filter(|(_, o)| list.contains(o)).map(|(bit, _)| 1u8 << bit).sum()
    }

    /// The values whose bits are set, in [`OpenTo::ALL`] order; the inverse of [`OpenTo::bits`].
    pub fn from_bits(bits: u8) -> Vec<OpenTo> {
        Self::ALL.iter().enumerate().filter(|(bit, _)| bits & (1 << bit) != 0).map(|(_, o)| *o).collect()
    }
}

/// A member's links elsewhere; https only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Links {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linkedin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mastodon: Option<String>,
}

/// One member of the directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// Unique, URL-safe slug: the profile lives at `/members/<id>/`.
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pronouns: Option<String>,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    pub skills: Vec<String>,
    /// ISO 639-1 codes of languages the member speaks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Plain text keyed by locale.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub bio: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub github: Option<String>,
    #[serde(default, skip_serializing_if = "is_default_links")]
    pub links: Links,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open_to: Vec<OpenTo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
}

fn is_default_links(links: &Links) -> bool {
    *links == Links::default()
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
        head_tags(locale, &Route::Member(self.id.clone()), &self.name, &description)
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
    /// The entry's position in the file.
    pub index: usize,
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

/// `/members/join/` is the join form, so no member may have this id.
pub const RESERVED_ID: &str = "join";

fn is_github_handle(handle: &str) -> bool {
    !handle.is_empty()
        && handle.len() <= 39
        && !handle.starts_with('-')
        && handle.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Checks one member; returns the reason it is invalid.
pub fn validate(member: &Member) -> Result<(), String> {
    if !is_slug(&member.id) {
        return Err(format!("id `{}` is not a URL-safe slug", member.id));
    }
    if member.id == RESERVED_ID {
        return Err(format!("id `{RESERVED_ID}` is reserved for the join form"));
    }
    if member.name.trim().is_empty() || member.name.chars().count() > 100 {
        return Err("name is empty or too long".into());
    }
    if subregion_of(&member.country).is_none() {
        return Err(format!("country `{}` is not an ISO 3166-1 code with a region", member.country));
    }
    if member.github.as_deref().is_some_and(|h| !is_github_handle(h)) {
        return Err("github is not a GitHub user name".into());
    }
    let links = [&member.links.website, &member.links.linkedin, &member.links.mastodon, &member.avatar];
    if links.iter().any(|l| l.as_deref().is_some_and(|url| !is_https_url(url))) {
        return Err("links and avatar must be https URLs".into());
    }
    if member.languages.iter().any(|l| l.len() != 2 || !l.bytes().all(|b| b.is_ascii_lowercase())) {
        return Err("languages must be ISO 639-1 codes".into());
    }
    Ok(())
}

/// Parses `members.json`. Malformed JSON (or anything but an array) is an error; invalid
/// entries and duplicate ids are skipped and counted.
pub fn parse_members(json: &str, vocabulary: &[Skill]) -> Result<Parsed, DataError> {
    let raw: Vec<serde_json::Value> =
        serde_json::from_str(json).map_err(|e| DataError(format!("members.json: {e}")))?;
    let mut parsed = Parsed::default();
    let mut seen = std::collections::HashSet::new();
    for (index, value) in raw.into_iter().enumerate() {
        let mut member: Member = match serde_json::from_value(value) {
            Ok(m) => m,
            Err(e) => {
                parsed.rejected.push(Rejected { index, reason: e.to_string() });
                continue;
            }
        };
        if let Err(reason) = validate(&member) {
            parsed.rejected.push(Rejected { index, reason });
            continue;
        }
        if !seen.insert(member.id.clone()) {
            parsed.rejected.push(Rejected { index, reason: format!("id `{}` is used twice", member.id) });
            continue;
        }
        let (known, unknown): (Vec<String>, Vec<String>) =
            member.skills.drain(..).partition(|s| vocabulary.iter().any(|v| v.slug == *s));
        parsed.unknown_skills.extend(unknown.into_iter().map(|s| (member.id.clone(), s)));
        member.skills = known;
        sort_and_dedup(&mut member.open_to);
        parsed.members.push(member);
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vec<Skill> {
        crate::directory::skills::shipped_vocabulary()
    }

    #[test]
    fn valid_entries_parse_and_bad_ones_are_skipped_and_counted() {
        let json = r#"[
            {"id": "ada-okafor", "name": "Ada Okafor", "country": "NG", "skills": ["django", "quantum-basket-weaving"], "open_to": ["speaking", "mentoring", "speaking"]},
            {"id": "Bad Id", "name": "X", "country": "NG", "skills": []},
            {"id": "no-country", "name": "X", "country": "AQ", "skills": []},
            {"id": "js-link", "name": "X", "country": "KE", "skills": [], "links": {"website": "javascript:alert(1)"}},
            {"id": "ada-okafor", "name": "Duplicate", "country": "GH", "skills": []},
            {"name": "Missing id"},
            42
        ]"#;
        let parsed = parse_members(json, &vocabulary()).unwrap();
        assert_eq!(parsed.members.len(), 1);
        assert_eq!(parsed.rejected.iter().map(|r| r.index).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5, 6]);
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
        let json = r#"[{"id": "x", "name": "<script>alert(1)</script>", "country": "BR", "skills": [], "bio": {"en": "<img src=x onerror=alert(1)>"}}]"#;
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
}

#[cfg(test)]
mod sample_data {
    use super::*;
    use crate::directory::regions::Continent;
    use crate::directory::skills::shipped_vocabulary;
    use std::collections::BTreeSet;

    fn shipped() -> Parsed {
        let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/members.json")).unwrap();
        parse_members(&json, &shipped_vocabulary()).unwrap()
    }

    #[test]
    fn every_shipped_member_is_valid_with_known_skills() {
        let parsed = shipped();
        assert_eq!(parsed.rejected, vec![], "invalid entries in members.json");
        assert_eq!(parsed.unknown_skills, vec![], "skills outside skills.json");
    }

    #[test]
    fn the_sample_is_broad_enough() {
        let members = shipped().members;
        assert!(members.len() >= 60);
        let subregions: BTreeSet<Subregion> = members.iter().map(Member::subregion).collect();
        assert!(subregions.len() >= 10, "{subregions:?}");
        let continents: BTreeSet<Continent> = subregions.iter().map(|s| s.continent()).collect();
        assert!(continents.len() >= 4);
        let skills: BTreeSet<&String> = members.iter().flat_map(|m| &m.skills).collect();
        assert!(skills.len() >= 12);
        let with_diacritics = members.iter().filter(|m| !m.name.is_ascii()).count();
        assert!(with_diacritics >= 10, "only {with_diacritics} names with diacritics");
        assert!(members.iter().any(|m| m.open_to.is_empty()) && members.iter().any(|m| m.pronouns.is_none()));
    }
}
