//! Community events (`public/data/events.json`), added through the "Add Event" issue form.
//! Like conferences, text is plain and links are https only; an invalid entry is skipped
//! and counted.

use serde::{Deserialize, Serialize};

use super::data::{is_https_url, parse_list, DataError, Format, LocalizedText};
use super::date::Date;

/// One event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub name: String,
    /// https only.
    pub url: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Start and end time with the time zone, as the organisers wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    pub format: Format,
    /// Place, city and country; none for an online event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// What happens there, keyed by locale.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub summary: LocalizedText,
}

impl Event {
    /// Whether the entry can be shown: a name, a real date, an https link.
    pub fn is_valid(&self) -> bool {
        !self.name.trim().is_empty() && Date::parse(&self.date).is_some() && is_https_url(&self.url)
    }
}

/// Parses `events.json`; invalid entries are dropped and counted. Sorted by date, soonest
/// first.
pub fn parse_events(json: &str) -> Result<(Vec<Event>, usize), DataError> {
    let (mut list, skipped) = parse_list(json, Event::is_valid)?;
    list.sort_by(|a, b| a.date.cmp(&b.date));
    Ok((list, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_events_parse_completely() {
        let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/events.json")).unwrap();
        assert_eq!(parse_events(&json).unwrap().1, 0);
    }

    #[test]
    fn bad_events_are_skipped_and_counted() {
        let json = r#"[
            {"name": "Coffee and Code", "url": "https://blackpythondevs.com/events/", "date": "2025-03-07", "format": "online"},
            {"name": "Bad date", "url": "https://x.org/", "date": "7 Mar 2025", "format": "online"},
            {"name": "Script", "url": "javascript:alert(1)", "date": "2025-03-07", "format": "online"},
            {"name": "Odd format", "url": "https://x.org/", "date": "2025-03-07", "format": "physical"}
        ]"#;
        let (list, skipped) = parse_events(json).unwrap();
        assert_eq!((list.len(), skipped), (1, 3));
        assert!(parse_events("{").is_err());
    }
}
