//! Issue forms as the converter sees them: each form's fields (id and heading), and the
//! body GitHub writes when someone submits one. GitHub renders every field as a `### Label`
//! heading followed by the answer: `_No response_` when it was left empty, `- [X] option`
//! for a ticked checkbox, and a multi-select dropdown's choices separated by commas. The
//! forms themselves are `.github/ISSUE_TEMPLATE/*.yml`; a test checks that these tables
//! name the same fields with the same headings.

use std::collections::HashMap;

/// One field of an issue form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// The form's `id`, also the query parameter that prefills it and the first word of
    /// every problem reported about it.
    pub id: &'static str,
    /// The form's `label`: the heading GitHub writes above the answer.
    pub label: &'static str,
    /// Whether the form requires it (the update form requires only consent).
    pub required: bool,
}

const fn field(id: &'static str, label: &'static str, required: bool) -> Field {
    Field { id, label, required }
}

/// The join form (`directory-join.yml`); the update form has the same fields, all optional
/// but consent.
pub const MEMBER_FIELDS: &[Field] = &[
    field("name", "Name", true),
    field("pronouns", "Pronouns", false),
    field("country", "Country", true),
    field("city", "City", false),
    field("skills", "Skills", true),
    field("languages", "Languages", false),
    field("bio", "Short bio", false),
    field("bio_language", "Language of the bio", false),
    field("website", "Website", false),
    field("linkedin", "LinkedIn", false),
    field("mastodon", "Mastodon", false),
    field("open_to", "Open to", false),
    field("consent", "Consent", true),
];

/// The leave form (`directory-leave.yml`).
pub const LEAVE_FIELDS: &[Field] = &[field("confirm", "Leave the directory", true)];

/// The conference form (`add-conference.yml`).
pub const CONFERENCE_FIELDS: &[Field] = &[
    field("conference_name", "Conference Name", true),
    field("conference_url", "URL", true),
    field("conference_start_date", "Conference Start Date", true),
    field("conference_end_date", "Conference End Date", true),
    field("conference_type", "Conference Type", true),
    field("conference_city", "City", true),
    field("conference_country", "Country", true),
    field("conference_venue", "Venue", false),
    field("conference_description", "Summary", false),
    field("terms", "Code of Conduct", true),
];

/// The event form (`add-event.yml`).
pub const EVENT_FIELDS: &[Field] = &[
    field("event_name", "Event Name", true),
    field("event_url", "URL", true),
    field("event_date", "Event Date", true),
    field("event_time", "Event start time & end time", false),
    field("event_type", "Event Type", true),
    field("event_location", "Event Location", false),
    field("event_description", "Summary", false),
    field("terms", "Code of Conduct", true),
];

/// What GitHub writes for a field left empty.
pub const NO_RESPONSE: &str = "_No response_";

/// The answers in an issue body, by field id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(HashMap<&'static str, String>);

impl Answers {
    /// The answer to `id`, trimmed; `None` when it was left empty (or is missing).
    pub fn get(&self, id: &str) -> Option<&str> {
        self.0.get(id).map(String::as_str).filter(|v| !v.is_empty())
    }

    /// Whether the checkbox `id` was ticked.
    pub fn ticked(&self, id: &str) -> bool {
        self.get(id).is_some_and(|v| {
            v.lines().any(|l| {
                let l = l.trim_start();
                l.starts_with("- [X]") || l.starts_with("- [x]")
            })
        })
    }

    /// Whether any field other than those in `except` has an answer.
    pub fn any_except(&self, except: &[&str]) -> bool {
        self.0.iter().any(|(id, v)| !v.is_empty() && !except.contains(id))
    }
}

/// Reads the answers to `fields` from an issue body. Headings are looked for in the form's
/// order, each after the previous one, so that an answer containing a line like `### Name`
/// cannot stand in for an earlier field.
pub fn parse(body: &str, fields: &[Field]) -> Answers {
    let body = body.replace("\r\n", "\n");
    let lines: Vec<&str> = body.split('\n').collect();
    let mut found: Vec<(&Field, usize)> = Vec::new();
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
        answers.insert(field.id, if value == NO_RESPONSE { String::new() } else { value.to_string() });
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
        assert_eq!(answers.get("name"), Some("Ada Okafor"));
        assert_eq!(answers.get("pronouns"), None);
        assert_eq!(answers.get("skills"), Some("Python, Django"));
        assert_eq!(answers.get("bio"), Some("First line.\n\n### Name\n\nStill the bio."));
        assert_eq!(answers.get("languages"), None, "a missing heading is an empty answer");
        assert!(answers.ticked("consent"));
        let unticked = parse("### Consent\r\n\r\n- [ ] Publish this on the website\r\n", MEMBER_FIELDS);
        assert!(!unticked.ticked("consent"));
    }
}
