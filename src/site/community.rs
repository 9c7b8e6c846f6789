//! The community as its data files describe it (`public/data/`), so that a change of
//! leadership, a new sponsor or a new year of supporters is one data edit:
//!
//! - `leadership.json`: the Executors (global and regional), the team leads, the advisors
//!   and the BPD Council, each council member with the post that announced them where one
//!   did;
//! - `sponsors.json`: the corporate sponsors;
//! - `supporters.json`: the foundational supporters, by year;
//! - `community.json`: the member count;
//! - `sponsored-events.json`: the events the community sponsored, by year, each with its
//!   country (the region is derived from it, never stored);
//! - `community-events.json`: the community's own events, each with its page.
//!
//! Facts come from the community's site (see `../shared/reference/`); the figures on the
//! home page are counted from these files, never typed.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::data::{is_plain, parse_list, DataError, LocalizedText};
use super::date::Date;
use super::routes::{is_slug, PageId, PAGES};

/// A person in a role, the role's name given per locale (a region, a team).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub name: String,
    /// The region an Executor leads, or the team a lead leads.
    #[serde(alias = "region", alias = "team")]
    pub role: LocalizedText,
}

/// A person in a group, with the post that announced their appointment where there is one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    /// The slug of the blog post that announced them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<String>,
}

/// `leadership.json`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leadership {
    pub executors: Vec<Role>,
    pub team_leads: Vec<Role>,
    pub advisors: Vec<Person>,
    pub council: Vec<Person>,
}

/// One year of foundational supporters (`supporters.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupporterYear {
    pub year: u16,
    pub names: Vec<String>,
}

/// `community.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Community {
    /// The number of community members the community's site gives.
    pub members: u32,
}

/// An event the community sponsored (`sponsored-events.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SponsoredEvent {
    pub name: String,
    pub year: u16,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

/// One of the community's own events (`community-events.json`): its page says the rest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommunityEvent {
    /// The slug of the event's page in the route table.
    pub page: String,
    /// `YYYY-MM-DD`, its (first) day.
    pub date: String,
    pub venue: String,
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

fn has_english(text: &LocalizedText) -> bool {
    text.get("en").is_some_and(|t| is_plain(t)) && text.values().all(|t| is_plain(t))
}

fn is_person(p: &Person) -> bool {
    is_plain(&p.name) && p.post.as_deref().is_none_or(is_slug)
}

/// An ISO 3166-1 alpha-2 code's shape (the views find its region; the tests check that
/// every shipped code has one).
fn is_country(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Parses `leadership.json`. A person without a name, a role without its English name or a
/// post that is not a slug is an error: the file is the community's, and a mistake in it is
/// to be fixed, not skipped.
pub fn parse_leadership(json: &str) -> Result<Leadership, DataError> {
    let leadership: Leadership = serde_json::from_str(json).map_err(|e| DataError(e.to_string()))?;
    for role in leadership.executors.iter().chain(&leadership.team_leads) {
        if !is_plain(&role.name) || !has_english(&role.role) {
            return Err(DataError(format!("`{}` needs a name and an English role", role.name)));
        }
    }
    if let Some(bad) = leadership.advisors.iter().chain(&leadership.council).find(|p| !is_person(p)) {
        return Err(DataError(format!("`{}` needs a name, and a post slug if any", bad.name)));
    }
    Ok(leadership)
}

/// Parses `supporters.json`, newest year first.
pub fn parse_supporters(json: &str) -> Result<Vec<SupporterYear>, DataError> {
    let mut years: Vec<SupporterYear> = serde_json::from_str(json).map_err(|e| DataError(e.to_string()))?;
    if let Some(bad) = years.iter().find(|y| y.names.iter().any(|n| !is_plain(n))) {
        return Err(DataError(format!("{}: a supporter without a name", bad.year)));
    }
    years.sort_by_key(|y| std::cmp::Reverse(y.year));
    Ok(years)
}

/// Parses `community.json`.
pub fn parse_community(json: &str) -> Result<Community, DataError> {
    serde_json::from_str(json).map_err(|e| DataError(e.to_string()))
}

/// Parses `sponsors.json`, in the file's order; entries without a name or with a bad post
/// slug are skipped and counted.
pub fn parse_sponsors(json: &str) -> Result<(Vec<Person>, usize), DataError> {
    parse_list(json, is_person)
}

/// Parses `sponsored-events.json`, newest year first (the file's order within a year);
/// entries without a name or a known country are skipped and counted.
pub fn parse_sponsored_events(json: &str) -> Result<(Vec<SponsoredEvent>, usize), DataError> {
    let (mut list, skipped) = parse_list(json, |e: &SponsoredEvent| is_plain(&e.name) && is_country(&e.country))?;
    list.sort_by_key(|e| std::cmp::Reverse(e.year));
    Ok((list, skipped))
}

impl CommunityEvent {
    pub fn day(&self) -> Option<Date> {
        Date::parse(&self.date)
    }

    /// The page the event has in the route table.
    pub fn page_id(&self) -> Option<PageId> {
        PAGES.iter().find(|p| !p.slug.is_empty() && p.slug == self.page).map(|p| p.id)
    }
}

/// Parses `community-events.json`, in date order; entries without a date, a page of the
/// site or a known country are skipped and counted.
pub fn parse_community_events(json: &str) -> Result<(Vec<CommunityEvent>, usize), DataError> {
    let valid = |e: &CommunityEvent| {
        e.day().is_some() && e.page_id().is_some() && is_plain(&e.venue) && is_plain(&e.city) && is_country(&e.country)
    };
    let (mut list, skipped) = parse_list(json, valid)?;
    list.sort_by(|a, b| a.date.cmp(&b.date));
    Ok((list, skipped))
}

/// The figures the home page shows, counted from the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figures {
    pub members: u32,
    /// Distinct events the community has sponsored (an event sponsored two years counts once).
    pub sponsored_events: usize,
    /// Distinct countries where the community has run or sponsored an event.
    pub countries: usize,
}

impl Figures {
    pub fn count(community: Community, sponsored: &[SponsoredEvent], own: &[CommunityEvent]) -> Figures {
        let events: BTreeSet<&str> = sponsored.iter().map(|e| e.name.as_str()).collect();
        let countries: BTreeSet<&str> =
            sponsored.iter().map(|e| e.country.as_str()).chain(own.iter().map(|e| e.country.as_str())).collect();
        Figures { members: community.members, sponsored_events: events.len(), countries: countries.len() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::data::shipped;

    #[test]
    fn the_shipped_files_parse_whole() {
        let leadership = parse_leadership(&shipped("leadership.json")).unwrap();
        assert_eq!((leadership.executors.len(), leadership.team_leads.len(), leadership.advisors.len()), (7, 3, 6));
        assert_eq!(leadership.council.len(), 27, "the 25 of leadership.json and the two announced after it");
        assert_eq!(parse_sponsors(&shipped("sponsors.json")).unwrap().1, 0);
        assert_eq!(parse_sponsored_events(&shipped("sponsored-events.json")).unwrap().1, 0);
        assert_eq!(parse_community_events(&shipped("community-events.json")).unwrap().1, 0);
        let supporters = parse_supporters(&shipped("supporters.json")).unwrap();
        assert_eq!(supporters.iter().map(|y| y.year).collect::<Vec<_>>(), [2025, 2024]);
        assert_eq!(supporters.iter().map(|y| y.names.len()).sum::<usize>(), 46);
    }

    #[test]
    fn every_shipped_country_has_a_region() {
        let (sponsored, _) = parse_sponsored_events(&shipped("sponsored-events.json")).unwrap();
        let (own, _) = parse_community_events(&shipped("community-events.json")).unwrap();
        for code in sponsored.iter().map(|e| &e.country).chain(own.iter().map(|e| &e.country)) {
            assert!(crate::directory::regions::subregion_of(code).is_some(), "{code}");
        }
    }

    #[test]
    fn every_role_is_named_in_every_language() {
        let leadership = parse_leadership(&shipped("leadership.json")).unwrap();
        for role in leadership.executors.iter().chain(&leadership.team_leads) {
            for locale in crate::site::locale::Locale::all() {
                assert!(role.role.contains_key(locale.code()), "{} in {}", role.name, locale.code());
            }
        }
    }

    /// The figures of the community's 2026 site: 22 sponsored events in 12 countries.
    #[test]
    fn the_figures_are_counted_from_the_data() {
        let (sponsored, _) = parse_sponsored_events(&shipped("sponsored-events.json")).unwrap();
        let (own, _) = parse_community_events(&shipped("community-events.json")).unwrap();
        let community = parse_community(&shipped("community.json")).unwrap();
        assert_eq!(
            Figures::count(community, &sponsored, &own),
            Figures { members: 1230, sponsored_events: 22, countries: 12 }
        );
        // An event sponsored in two years is one event; a second country is counted.
        let twice = [
            SponsoredEvent { name: "A".into(), year: 2024, country: "GH".into() },
            SponsoredEvent { name: "A".into(), year: 2025, country: "KE".into() },
        ];
        assert_eq!(Figures::count(community, &twice, &[]).sponsored_events, 1);
        assert_eq!(Figures::count(community, &twice, &[]).countries, 2);
    }

    #[test]
    fn bad_entries_are_refused_or_skipped_with_a_reason() {
        assert!(parse_leadership(
            r#"{"executors": [{"name": "A", "region": {"es": "x"}}], "team_leads": [], "advisors": [], "council": []}"#
        )
        .unwrap_err()
        .0
        .contains("English"));
        assert!(parse_leadership(
            r#"{"executors": [], "team_leads": [], "advisors": [], "council": [{"name": "B", "post": "../x"}]}"#
        )
        .is_err());
        assert!(parse_leadership("{").is_err());
        let (list, skipped) = parse_sponsored_events(
            r#"[{"name": "Ok", "year": 2025, "country": "NG"}, {"name": "Bad", "year": 2025, "country": "ng"},
                {"name": "", "year": 2025, "country": "NG"}, {"name": "Late", "year": 2026, "country": "US"}]"#,
        )
        .unwrap();
        assert_eq!((list.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), skipped), (vec!["Late", "Ok"], 2));
        let (own, skipped) = parse_community_events(
            r#"[{"page": "no-such-page", "date": "2026-01-01", "venue": "V", "city": "C", "country": "US"},
                {"page": "leadership-summit-2026", "date": "2026-02-30", "venue": "V", "city": "C", "country": "US"}]"#,
        )
        .unwrap();
        assert_eq!((own.len(), skipped), (0, 2));
    }
}
