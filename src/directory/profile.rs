//! A member's profile: what they publish about themselves. One type for every place that
//! handles it: the member file (`members/<login>.json`, whose JSON Schema is generated from
//! this type), the directory's records, the join page (which turns what is typed into a
//! profile), and the converter that turns an issue into a member file. The rules a profile
//! obeys are in [`super::rules`]; the fields of the issue forms are named by [`Field`].

use serde::{Deserialize, Serialize};

use crate::site::data::LocalizedText;
use crate::site::date::Date;
use crate::site::i18n::Key;
use crate::site::locale::Locale;

use super::basics::fold;

/// A field of the repository's issue forms, by which a problem names what it is about
/// (`skills: unknown skill "pyhton"`), the join page marks a field, and the join page's
/// link prefills the form. The forms are `.github/ISSUE_TEMPLATE/*.yml`; a test checks
/// that they have exactly these ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    // The member forms (join, update).
    Name,
    Pronouns,
    Country,
    City,
    Skills,
    Languages,
    Bio,
    BioLanguage,
    Website,
    Linkedin,
    Mastodon,
    OpenTo,
    Consent,
    // The leave form.
    Confirm,
    // The conference form.
    ConferenceName,
    ConferenceUrl,
    ConferenceStartDate,
    ConferenceEndDate,
    ConferenceType,
    ConferenceCity,
    ConferenceCountry,
    ConferenceVenue,
    ConferenceDescription,
    // The event form.
    EventName,
    EventUrl,
    EventDate,
    EventTime,
    EventType,
    EventLocation,
    EventDescription,
    // Both listing forms' code of conduct.
    Terms,
    // Not a form field: the account behind the request, the issue as a whole, a picture
    // only a member file can set.
    Login,
    Body,
    Avatar,
}

impl Field {
    /// The form's `id`, the query parameter that prefills it, and the first word of every
    /// problem reported about it.
    pub const fn id(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Pronouns => "pronouns",
            Field::Country => "country",
            Field::City => "city",
            Field::Skills => "skills",
            Field::Languages => "languages",
            Field::Bio => "bio",
            Field::BioLanguage => "bio_language",
            Field::Website => "website",
            Field::Linkedin => "linkedin",
            Field::Mastodon => "mastodon",
            Field::OpenTo => "open_to",
            Field::Consent => "consent",
            Field::Confirm => "confirm",
            Field::ConferenceName => "conference_name",
            Field::ConferenceUrl => "conference_url",
            Field::ConferenceStartDate => "conference_start_date",
            Field::ConferenceEndDate => "conference_end_date",
            Field::ConferenceType => "conference_type",
            Field::ConferenceCity => "conference_city",
            Field::ConferenceCountry => "conference_country",
            Field::ConferenceVenue => "conference_venue",
            Field::ConferenceDescription => "conference_description",
            Field::EventName => "event_name",
            Field::EventUrl => "event_url",
            Field::EventDate => "event_date",
            Field::EventTime => "event_time",
            Field::EventType => "event_type",
            Field::EventLocation => "event_location",
            Field::EventDescription => "event_description",
            Field::Terms => "terms",
            Field::Login => "login",
            Field::Body => "body",
            Field::Avatar => "avatar",
        }
    }
}

/// What a member is open to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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

    /// The value `text` names: its slug or its name in any locale, ignoring case and
    /// diacritics.
    pub fn find(text: &str) -> Option<OpenTo> {
        let folded = fold(text.trim());
        Self::ALL
            .into_iter()
            .find(|o| o.slug() == folded || Locale::all().any(|l| fold(crate::site::i18n::t(l, o.key())) == folded))
    }

    /// The value's name in the translation files.
    pub fn key(self) -> Key {
        match self {
            OpenTo::Mentoring => Key::DirectoryOpenToMentoring,
            OpenTo::Speaking => Key::DirectoryOpenToSpeaking,
            OpenTo::Collaborating => Key::DirectoryOpenToCollaborating,
        }
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Links {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linkedin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mastodon: Option<String>,
}

impl Links {
    pub fn is_empty(&self) -> bool {
        *self == Links::default()
    }
}

/// One member's profile, as their file holds it: what they chose to publish. Their login is
/// the file's name, never a field, so that only the file's name (which the converter takes
/// from the author) says whose it is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(title = "Black Python Devs member"))]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The schema this file follows, as a path relative to the file.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The name shown on the card and profile.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pronouns: Option<String>,
    /// ISO 3166-1 alpha-2 country code, upper case; the region is derived from it.
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Skill slugs from the site's vocabulary (`public/data/skills.json`).
    pub skills: Vec<String>,
    /// ISO 639-1 codes of the languages the member speaks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// A short plain-text bio, keyed by the ISO 639-1 code of the language it is written in.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub bio: LocalizedText,
    #[serde(default, skip_serializing_if = "Links::is_empty")]
    pub links: Links,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open_to: Vec<OpenTo>,
    /// A picture of the member (https).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The day the member joined (`YYYY-MM-DD`), written by the converter on a join.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined: Option<String>,
    /// The last day the member confirmed the profile (`YYYY-MM-DD`), written by the
    /// converter on a join and on every update. A profile not confirmed for over a year is
    /// marked as such.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed: Option<String>,
    /// The numeric id of the GitHub account that joined, written by the converter on a
    /// join: a login can change hands, the id cannot, so an update or a leave from another
    /// account with the same login is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub github_id: Option<u64>,
}

/// How long a profile stays fresh after its owner last confirmed it.
pub const FRESH_FOR_YEARS: i32 = 1;

impl Profile {
    /// The last day the owner confirmed the profile, if the file records one.
    pub fn confirmed_on(&self) -> Option<Date> {
        self.confirmed.as_deref().and_then(Date::parse)
    }

    /// Whether nobody has confirmed the profile for over [`FRESH_FOR_YEARS`] on `today`. A
    /// file from before confirmation dates says nothing, and is not marked.
    pub fn is_stale(&self, today: Date) -> bool {
        self.confirmed_on().is_some_and(|day| day < today.years_before(FRESH_FOR_YEARS))
    }

    /// The file's contents: pretty JSON, two-space indents, a final newline.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("member files serialize") + "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_is_stale_once_unconfirmed_for_over_a_year() {
        let today = Date::parse("2026-12-04").unwrap();
        let confirmed = |day: &str| Profile { confirmed: Some(day.into()), ..Profile::default() };
        assert!(!confirmed("2026-12-04").is_stale(today));
        assert!(!confirmed("2025-12-04").is_stale(today), "exactly a year is not over a year");
        assert!(confirmed("2025-12-03").is_stale(today));
        assert!(!Profile::default().is_stale(today), "no date, no mark");
        assert!(!confirmed("someday").is_stale(today));
    }
}
