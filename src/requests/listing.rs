//! Conference and event requests: one entry appended to `public/data/conferences.json` or
//! `public/data/events.json`. A conference goes through the site's own `Conference` type
//! and its validation (`parse_conferences`), built from the answers as JSON so that fields
//! the type gains later are filled in when the form has them and refused when it lacks a
//! required one.

use std::path::Path;

use serde_json::{json, Map, Value};

use crate::directory::profile::Field;
use crate::directory::rules::{check_text, Kind, Problem};
use crate::site::data::{is_https_url, parse_conferences, Conference, Format};
use crate::site::date::Date;
use crate::site::events::{parse_events, Event};

use super::countries::Countries;
use super::form::Answers;
use super::Change;

pub const CONFERENCES_FILE: &str = "public/data/conferences.json";
pub const EVENTS_FILE: &str = "public/data/events.json";

/// Longest name or place.
const MAX_SHORT: usize = 150;
/// Longest summary.
const MAX_SUMMARY: usize = 1000;

fn required(answers: &Answers, id: Field, problems: &mut Vec<Problem>) -> String {
    let value = answers.get(id).unwrap_or_default();
    check_text(id, value, MAX_SHORT, true, false, problems);
    value.to_string()
}

fn url(answers: &Answers, id: Field, problems: &mut Vec<Problem>) -> String {
    match answers.get(id) {
        None => problems.push(Problem::new(id, Kind::Required)),
        Some(url) if !is_https_url(url) => problems.push(Problem::new(id, Kind::NotHttps)),
        Some(_) => {}
    }
    answers.get(id).unwrap_or_default().to_string()
}

fn date(answers: &Answers, id: Field, problems: &mut Vec<Problem>) -> String {
    let value = answers.get(id).unwrap_or_default();
    if value.is_empty() {
        problems.push(Problem::new(id, Kind::Required));
    } else if Date::parse(value).is_none() {
        problems.push(Problem::new(id, Kind::Other(format!("\"{value}\" is not a date written YYYY-MM-DD"))));
    }
    value.to_string()
}

fn format(answers: &Answers, id: Field, problems: &mut Vec<Problem>) -> String {
    let value = answers.get(id).unwrap_or_default().to_ascii_lowercase();
    if !Format::ALL.iter().any(|f| f.slug() == value) {
        problems.push(Problem::new(id, Kind::Other("choose in-person, online or hybrid".into())));
    }
    value
}

fn summary(answers: &Answers, id: Field, problems: &mut Vec<Problem>) -> Option<String> {
    let text = answers.get(id)?;
    check_text(id, text, MAX_SUMMARY, false, true, problems);
    Some(text.to_string())
}

fn code_of_conduct(answers: &Answers, problems: &mut Vec<Problem>) {
    if !answers.ticked(Field::Terms) {
        problems.push(Problem::new(Field::Terms, Kind::Required));
    }
}

/// `entry` (pretty JSON) appended to the JSON list `file`, leaving every other byte as it
/// was so that the pull request shows only the new entry.
pub fn append_entry(file: &str, entry: &str) -> Result<String, String> {
    let end = file.rfind(']').ok_or("the file is not a JSON list")?;
    let before = file[..end].trim_end();
    let indented: Vec<String> = entry.lines().map(|l| format!("  {l}")).collect();
    let separator = if before.ends_with('[') { "\n" } else { ",\n" };
    Ok(format!("{before}{separator}{}\n]\n", indented.join("\n")))
}

fn read(root: &Path, file: &str) -> Result<String, Vec<Problem>> {
    std::fs::read_to_string(root.join(file))
        .or_else(|e| if e.kind() == std::io::ErrorKind::NotFound { Ok("[]\n".into()) } else { Err(e) })
        .map_err(|e| vec![Problem::new(Field::Body, Kind::Other(format!("{file}: {e}")))])
}

fn appended(root: &Path, file: &str, entry: &str) -> Result<Vec<Change>, Vec<Problem>> {
    let contents = append_entry(&read(root, file)?, entry)
        .map_err(|e| vec![Problem::new(Field::Body, Kind::Other(format!("{file}: {e}")))])?;
    Ok(vec![Change::Write { path: file.to_string(), contents }])
}

/// A conference, checked by the `Conference` type and `parse_conferences`; its country
/// named by its code or by its name in any of the site's languages (`countries`).
pub fn conference(root: &Path, answers: &Answers, countries: &Countries) -> Result<Vec<Change>, Vec<Problem>> {
    let mut problems = Vec::new();
    let name = required(answers, Field::ConferenceName, &mut problems);
    let url = url(answers, Field::ConferenceUrl, &mut problems);
    let start = date(answers, Field::ConferenceStartDate, &mut problems);
    let end = date(answers, Field::ConferenceEndDate, &mut problems);
    let format = format(answers, Field::ConferenceType, &mut problems);
    let city = required(answers, Field::ConferenceCity, &mut problems);
    let country = countries.code(Field::ConferenceCountry, answers.get(Field::ConferenceCountry), &mut problems);
    let mut entry = Map::new();
    entry.insert("name".into(), json!(name));
    entry.insert("city".into(), json!(city));
    entry.insert("country".into(), json!(country));
    entry.insert("start".into(), json!(start));
    entry.insert("end".into(), json!(end));
    entry.insert("url".into(), json!(url));
    entry.insert("format".into(), json!(format));
    if let Some(venue) = answers.get(Field::ConferenceVenue) {
        check_text(Field::ConferenceVenue, venue, MAX_SHORT, false, false, &mut problems);
        entry.insert("venue".into(), json!(venue));
    }
    if let Some(note) = summary(answers, Field::ConferenceDescription, &mut problems) {
        entry.insert("note".into(), json!({ "en": note }));
    }
    code_of_conduct(answers, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let conference: Conference = serde_json::from_value(Value::Object(entry))
        .map_err(|e| vec![Problem::new(Field::Body, Kind::Other(format!("not a conference entry: {e}")))])?;
    if conference.dates().is_none() {
        return Err(vec![Problem::new(Field::ConferenceEndDate, Kind::Other("is before the start date".into()))]);
    }
    let entry = serde_json::to_string_pretty(&conference).expect("JSON");
    match parse_conferences(&format!("[{entry}]")) {
        Ok((_, 0)) => {}
        _ => return Err(vec![Problem::new(Field::Body, Kind::Other("the conference entry is not valid".into()))]),
    }
    let (listed, _) = parse_conferences(&read(root, CONFERENCES_FILE)?)
        .map_err(|e| vec![Problem::new(Field::Body, Kind::Other(format!("{CONFERENCES_FILE}: {e}")))])?;
    if listed.iter().any(|c| c.name.eq_ignore_ascii_case(&conference.name)) {
        return Err(vec![Problem::new(
            Field::ConferenceName,
            Kind::Other(format!("\"{}\" is already listed", conference.name)),
        )]);
    }
    appended(root, CONFERENCES_FILE, &entry)
}

/// An event, checked by the `Event` type.
pub fn event(root: &Path, answers: &Answers) -> Result<Vec<Change>, Vec<Problem>> {
    let mut problems = Vec::new();
    let name = required(answers, Field::EventName, &mut problems);
    let url = url(answers, Field::EventUrl, &mut problems);
    let date = date(answers, Field::EventDate, &mut problems);
    let format = format(answers, Field::EventType, &mut problems);
    let mut entry = json!({"name": name, "url": url, "date": date, "format": format});
    if let Some(time) = answers.get(Field::EventTime) {
        check_text(Field::EventTime, time, MAX_SHORT, false, false, &mut problems);
        entry["time"] = json!(time);
    }
    if let Some(location) = answers.get(Field::EventLocation) {
        check_text(Field::EventLocation, location, MAX_SHORT, false, false, &mut problems);
        entry["location"] = json!(location);
    }
    if let Some(text) = summary(answers, Field::EventDescription, &mut problems) {
        entry["summary"] = json!({ "en": text });
    }
    code_of_conduct(answers, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let event: Event = serde_json::from_value(entry)
        .map_err(|e| vec![Problem::new(Field::Body, Kind::Other(format!("not an event entry: {e}")))])?;
    if !event.is_valid() {
        return Err(vec![Problem::new(Field::Body, Kind::Other("the event entry is not valid".into()))]);
    }
    let (listed, _) = parse_events(&read(root, EVENTS_FILE)?)
        .map_err(|e| vec![Problem::new(Field::Body, Kind::Other(format!("{EVENTS_FILE}: {e}")))])?;
    if listed.iter().any(|e| e.name.eq_ignore_ascii_case(&event.name) && e.date == event.date) {
        return Err(vec![Problem::new(
            Field::EventName,
            Kind::Other(format!("\"{}\" on {} is already listed", event.name, event.date)),
        )]);
    }
    appended(root, EVENTS_FILE, &serde_json::to_string_pretty(&event).expect("JSON"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_appended_without_touching_the_rest_of_the_file() {
        let file = "[\n  {\n    \"a\": 1\n  }\n]\n";
        assert_eq!(
            append_entry(file, "{\n  \"b\": 2\n}").unwrap(),
            "[\n  {\n    \"a\": 1\n  },\n  {\n    \"b\": 2\n  }\n]\n"
        );
        assert_eq!(append_entry("[]\n", "{}").unwrap(), "[\n  {}\n]\n");
        assert!(append_entry("{}", "{}").is_err());
    }
}
