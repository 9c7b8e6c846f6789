//! The directory's state as it lives in the URL:
//! `?q=ada&skill=django,data-science&region=western-africa&open_to=mentoring`.
//! Parsing never fails: unknown parameters and values are dropped and reported so the page
//! can say what it ignored.

use super::basics::sort_and_dedup;
use super::profile::OpenTo;
use super::regions::{Continent, Subregion};
use super::skills::Skill;

/// A region filter value: a whole continent or one subregion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RegionFilter {
    Continent(Continent),
    Subregion(Subregion),
}

impl RegionFilter {
    pub fn slug(self) -> &'static str {
        match self {
            RegionFilter::Continent(c) => c.slug(),
            RegionFilter::Subregion(s) => s.slug(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<RegionFilter> {
        Continent::from_slug(slug)
            .map(RegionFilter::Continent)
            .or_else(|| Subregion::from_slug(slug).map(RegionFilter::Subregion))
    }

    /// Whether a member in `subregion` is within this filter.
    pub fn contains(self, subregion: Subregion) -> bool {
        match self {
            RegionFilter::Continent(c) => subregion.continent() == c,
            RegionFilter::Subregion(s) => subregion == s,
        }
    }
}

/// What the visitor asked for. Lists are kept sorted and free of duplicates, so equal
/// states have equal URLs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub skills: Vec<String>,
    pub regions: Vec<RegionFilter>,
    pub open_to: Vec<OpenTo>,
}

/// A parsed query and what was ignored in it (`"skill=knitting"`, `"colour=red"`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    pub query: Query,
    pub ignored: Vec<String>,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.skills.is_empty() && self.regions.is_empty() && self.open_to.is_empty()
    }

    /// Sorts and de-duplicates the lists, so that equal states have equal URLs.
    pub fn normalize(&mut self) {
        sort_and_dedup(&mut self.skills);
        sort_and_dedup(&mut self.regions);
        sort_and_dedup(&mut self.open_to);
    }

    /// The URL search string, `""` for the empty query, else starting with `?`.
    pub fn to_search(&self) -> String {
        let mut parts = Vec::new();
        if !self.text.trim().is_empty() {
            parts.push(format!(
                "{TEXT_KEY}={}",
                form_urlencoded::byte_serialize(self.text.as_bytes()).collect::<String>()
            ));
        }
        let join = |values: Vec<&str>| values.join(",");
        if !self.skills.is_empty() {
            parts.push(format!("{SKILL_KEY}={}", join(self.skills.iter().map(String::as_str).collect())));
        }
        if !self.regions.is_empty() {
            parts.push(format!("{REGION_KEY}={}", join(self.regions.iter().map(|r| r.slug()).collect())));
        }
        if !self.open_to.is_empty() {
            parts.push(format!("{OPEN_TO_KEY}={}", join(self.open_to.iter().map(|o| o.slug()).collect())));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// The directory's URL keys: the search text, and one per facet. The controls' `name`s,
/// the links that filter the directory (a profile's skills, the map's regions) and the
/// parser all use these.
pub const TEXT_KEY: &str = "q";
pub const SKILL_KEY: &str = "skill";
pub const REGION_KEY: &str = "region";
pub const OPEN_TO_KEY: &str = "open_to";

/// Adds `value` to `list`, or removes it if present: what a checkbox does to a selection.
pub fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    match list.iter().position(|x| *x == value) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(value),
    }
}

/// Parses a URL search string (with or without the leading `?`).
pub fn parse_query(search: &str, vocabulary: &[Skill]) -> ParsedQuery {
    let search = search.strip_prefix('?').unwrap_or(search);
    parse_pairs(form_urlencoded::parse(search.as_bytes()), vocabulary)
}

/// The query from decoded `(key, value)` pairs, as a router hands them over. A key may come
/// several times (a plain HTML form sends `skill=a&skill=b`) or hold a comma-separated list
/// (the app's own URLs: `skill=a,b`); both mean the same.
pub fn parse_pairs<K: AsRef<str>, V: AsRef<str>>(
    pairs: impl IntoIterator<Item = (K, V)>,
    vocabulary: &[Skill],
) -> ParsedQuery {
    let mut parsed = ParsedQuery::default();
    for (key, value) in pairs {
        let (key, value) = (key.as_ref(), value.as_ref());
        let values = || value.split(',').map(str::trim).filter(|v| !v.is_empty());
        match key {
            TEXT_KEY => parsed.query.text = value.chars().take(200).collect(),
            SKILL_KEY => {
                for v in values() {
                    if vocabulary.iter().any(|s| s.slug == v) {
                        parsed.query.skills.push(v.to_string());
                    } else {
                        parsed.ignored.push(format!("{SKILL_KEY}={v}"));
                    }
                }
            }
            REGION_KEY => {
                for v in values() {
                    match RegionFilter::from_slug(v) {
                        Some(r) => parsed.query.regions.push(r),
                        None => parsed.ignored.push(format!("{REGION_KEY}={v}")),
                    }
                }
            }
            OPEN_TO_KEY => {
                for v in values() {
                    match OpenTo::from_slug(v) {
                        Some(o) => parsed.query.open_to.push(o),
                        None => parsed.ignored.push(format!("{OPEN_TO_KEY}={v}")),
                    }
                }
            }
            other => parsed.ignored.push(other.chars().take(40).collect()),
        }
    }
    parsed.query.normalize();
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn vocabulary() -> Vec<Skill> {
        crate::directory::skills::shipped_vocabulary()
    }

    #[test]
    fn a_plain_forms_repeated_keys_mean_the_same_as_the_apps_lists() {
        let vocabulary = vocabulary();
        let (a, b) = (&vocabulary[0].slug, &vocabulary[1].slug);
        let from_form =
            parse_query(&format!("?q=ada&skill={a}&skill={b}&region=western-africa&open_to=mentoring"), &vocabulary);
        let from_app =
            parse_query(&format!("q=ada&skill={b},{a}&region=western-africa&open_to=mentoring"), &vocabulary);
        assert_eq!(from_form, from_app);
        assert_eq!(from_form.query.skills.len(), 2);
        assert!(from_form.ignored.is_empty());
        // A form with nothing ticked and no text sends `q=`: the whole directory.
        assert_eq!(parse_query("?q=", &vocabulary).query, Query::default());
    }

    #[test]
    fn parses_the_documented_example() {
        let parsed =
            parse_query("?q=ada&skill=django,data-science&region=western-africa&open_to=mentoring", &vocabulary());
        assert!(parsed.ignored.is_empty());
        let q = parsed.query;
        assert_eq!(q.text, "ada");
        assert_eq!(q.skills, vec!["data-science", "django"]);
        assert_eq!(q.regions, vec![RegionFilter::Subregion(Subregion::WesternAfrica)]);
        assert_eq!(q.open_to, vec![OpenTo::Mentoring]);
        assert_eq!(q.to_search(), "?q=ada&skill=data-science,django&region=western-africa&open_to=mentoring");
    }

    #[test]
    fn unknown_values_and_parameters_are_ignored_and_reported() {
        let parsed =
            parse_query("skill=django,knitting&region=atlantis,africa&open_to=hiring&colour=red&q=", &vocabulary());
        assert_eq!(parsed.query.skills, vec!["django"]);
        assert_eq!(parsed.query.regions, vec![RegionFilter::Continent(Continent::Africa)]);
        assert!(parsed.query.open_to.is_empty());
        assert_eq!(parsed.ignored, vec!["skill=knitting", "region=atlantis", "open_to=hiring", "colour"]);
        assert_eq!(parse_query("", &vocabulary()), ParsedQuery::default());
        assert_eq!(Query::default().to_search(), "");
    }

    #[test]
    fn text_is_percent_decoded_and_encoded() {
        let parsed = parse_query("q=Ad%C3%A9b%C3%A1y%E1%BB%8D%CC%80+%26+co", &vocabulary());
        assert_eq!(parsed.query.text, "Adébáyọ̀ & co");
        assert_eq!(parse_query(&parsed.query.to_search(), &vocabulary()).query, parsed.query);
    }

    #[test]
    fn toggle_adds_then_removes() {
        let mut list = vec![1, 2];
        toggle(&mut list, 3);
        assert_eq!(list, vec![1, 2, 3]);
        toggle(&mut list, 2);
        assert_eq!(list, vec![1, 3]);
    }

    #[test]
    fn a_continent_contains_its_subregions() {
        let africa = RegionFilter::Continent(Continent::Africa);
        assert!(africa.contains(Subregion::WesternAfrica));
        assert!(!africa.contains(Subregion::Caribbean));
        assert!(RegionFilter::Subregion(Subregion::Caribbean).contains(Subregion::Caribbean));
    }

    proptest! {
        #[test]
        fn sort_and_dedup_agrees_with_the_standard_sort(mut list in proptest::collection::vec(0u8..20, 0..200)) {
            let mut expected = list.clone();
            expected.sort();
            expected.dedup();
            sort_and_dedup(&mut list);
            prop_assert_eq!(list, expected);
        }

        #[test]
        fn any_query_round_trips_through_the_url(
            text in "\\PC{0,20}",
            skills in proptest::sample::subsequence(vocabulary().into_iter().map(|s| s.slug).collect::<Vec<_>>(), 0..4),
            regions in proptest::sample::subsequence(
                Subregion::all().map(RegionFilter::Subregion).chain(super::super::regions::CONTINENTS.into_iter().map(RegionFilter::Continent)).collect::<Vec<_>>(), 0..4),
            open_to in proptest::sample::subsequence(OpenTo::ALL.to_vec(), 0..3),
        ) {
            let mut query = Query { text: text.trim().to_string(), skills, regions, open_to };
            query.normalize();
            let parsed = parse_query(&query.to_search(), &vocabulary());
            prop_assert!(parsed.ignored.is_empty());
            prop_assert_eq!(parsed.query, query);
        }
    }
}
