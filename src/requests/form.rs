//! Issue forms as the converter sees them: each form's fields (id and heading), and the
//! body GitHub writes when someone submits one. GitHub renders every field as a `### Label`
//! heading followed by the answer: `_No response_` when it was left empty, `- [X] option`
//! for a ticked checkbox, and a multi-select dropdown's choices separated by commas. The
//! forms themselves are `.github/ISSUE_TEMPLATE/*.yml`; a test checks that these tables
//! name the same fields with the same headings.

use std::collections::HashMap;

use crate::directory::profile::Field;

/// One field of an issue form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormField {
    /// The field (its `id` in the form).
    pub field: Field,
    /// The form's `label`: the heading GitHub writes above the answer.
    pub label: &'static str,
    /// Whether the form requires it (the update form requires only consent).
    pub required: bool,
}

const fn field(field: Field, label: &'static str, required: bool) -> FormField {
    FormField { field, label, required }
}

/// The join form (`directory-join.yml`); the update form has the same fields, all optional
/// but consent.
pub const MEMBER_FIELDS: &[FormField] = &[
    field(Field::Name, "Name", true),
    field(Field::Pronouns, "Pronouns", false),
    field(Field::Country, "Country", true),
    field(Field::City, "City", false),
    field(Field::Skills, "Skills", true),
    field(Field::Languages, "Languages", false),
    field(Field::Bio, "Short bio", false),
    field(Field::BioLanguage, "Language of the bio", false),
    field(Field::Website, "Website", false),
    field(Field::Linkedin, "LinkedIn", false),
    field(Field::Mastodon, "Mastodon", false),
    field(Field::OpenTo, "Open to", false),
    field(Field::Consent, "Consent", true),
];

/// The leave form (`directory-leave.yml`).
pub const LEAVE_FIELDS: &[FormField] = &[field(Field::Confirm, "Leave the directory", true)];

/// The conference form (`add-conference.yml`).
pub const CONFERENCE_FIELDS: &[FormField] = &[
    field(Field::ConferenceName, "Conference Name", true),
    field(Field::ConferenceUrl, "URL", true),
    field(Field::ConferenceStartDate, "Conference Start Date", true),
    field(Field::ConferenceEndDate, "Conference End Date", true),
    field(Field::ConferenceType, "Conference Type", true),
    field(Field::ConferenceCity, "City", true),
    field(Field::ConferenceCountry, "Country", true),
    field(Field::ConferenceVenue, "Venue", false),
    field(Field::ConferenceDescription, "Summary", false),
    field(Field::Terms, "Code of Conduct", true),
];

/// The event form (`add-event.yml`).
pub const EVENT_FIELDS: &[FormField] = &[
    field(Field::EventName, "Event Name", true),
    field(Field::EventUrl, "URL", true),
    field(Field::EventDate, "Event Date", true),
    field(Field::EventTime, "Event start time & end time", false),
    field(Field::EventType, "Event Type", true),
    field(Field::EventLocation, "Event Location", false),
    field(Field::EventDescription, "Summary", false),
    field(Field::Terms, "Code of Conduct", true),
];

/// What GitHub writes for a field left empty.
pub const NO_RESPONSE: &str = "_No response_";

/// The answers in an issue body, by field id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(HashMap<Field, String>);

impl Answers {
    /// The answer to `field`, trimmed; `None` when it was left empty (or is missing).
    pub fn get(&self, field: Field) -> Option<&str> {
        self.0.get(&field).map(String::as_str).filter(|v| !v.is_empty())
    }

    /// Whether the checkbox `field` was ticked.
    pub fn ticked(&self, field: Field) -> bool {
        self.get(field).is_some_and(|v| {
            v.lines().any(|l| {
                let l = l.trim_start();
                l.starts_with("- [X]") || l.starts_with("- [x]")
            })
        })
    }

    /// Whether any field other than those in `except` has an answer.
    pub fn any_except(&self, except: &[Field]) -> bool {
        self.0.iter().any(|(field, v)| !v.is_empty() && !except.contains(field))
    }
}

/// Reads the answers to `fields` from an issue body. Headings are looked for in the form's
/// order, each after the previous one, so that an answer containing a line like `### Name`
/// cannot stand in for an earlier field.
pub fn parse(body: &str, fields: &[FormField]) -> Answers {
    let body = body.replace("\r\n", "\n");
    let lines: Vec<&str> = body.split('\n').collect();
    let mut found: Vec<(&FormField, usize)> = Vec::new();
    let mut from = 0;
    for field in fields {
        let heading = format!("### {}", field.label);
        if let Some(at) = lines[from..].iter().position(|l| l.trim_end() == heading) {
            found.push((field, from + at));
            from += at + 1;
        }
    }
    let mut answers = HashMap::new();
    for (i, (field, start)) in found.iter().enumerate() {
        let end = found.get(i + 1).map_or(lines.len(), |next| next.1);
        let value = lines[start + 1..end].join("\n");
        let value = value.trim();
        answers.insert(field.field, if value == NO_RESPONSE { String::new() } else { value.to_string() });
    }
    Answers(answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_read_under_their_headings() {
        let body = "### Name\n\nAda Okafor\n\n### Pronouns\n\n_No response_\n\n### Country\n\nNG\n\n### City\n\n\
                    _No response_\n\n### Skills\n\nPython, Django\n\n### Short bio\n\nFirst line.\n\n### Name\n\nStill the bio.\n\n\
                    ### Consent\n\n- [X] Publish this on the website";
        let answers = parse(body, MEMBER_FIELDS);
        assert_eq!(answers.get(Field::Name), Some("Ada Okafor"));
        assert_eq!(answers.get(Field::Pronouns), None);
        assert_eq!(answers.get(Field::Skills), Some("Python, Django"));
        assert_eq!(answers.get(Field::Bio), Some("First line.\n\n### Name\n\nStill the bio."));
        assert_eq!(answers.get(Field::Languages), None, "a missing heading is an empty answer");
        assert!(answers.ticked(Field::Consent));
        let unticked = parse("### Consent\r\n\r\n- [ ] Publish this on the website\r\n", MEMBER_FIELDS);
        assert!(!unticked.ticked(Field::Consent));
    }
}
