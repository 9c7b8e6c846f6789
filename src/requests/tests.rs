//! The converter on issue bodies rendered from the repository's own issue forms, the way
//! GitHub renders them: every field, empty fields, each refusal, and the round trip from a
//! member file through the join page's prefilled link back to the same file.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Deserialize;

use super::listing::{CONFERENCES_FILE, EVENTS_FILE};
use super::*;
use crate::directory::join::{self, prefill_url, Draft};
use crate::directory::members::Parsed;
use crate::directory::profile::{Links, OpenTo, Profile};
use crate::directory::skills::shipped_vocabulary;
use crate::directory::store::{load_dir, SAMPLES_DIR};
use crate::site::data::parse_conferences;
use crate::site::date::Date;
use crate::site::events::parse_events;
use crate::site::locale::Locale;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The day the tests' requests arrive.
const TODAY: &str = "2030-01-15";

/// Country names as `tools/intl-names.mjs` writes them, a few of each language.
const NAMES: &str = r#"{"names": {
    "en": {"region": {"NG": "Nigeria", "GH": "Ghana", "KE": "Kenya", "ZA": "South Africa"}},
    "es": {"region": {"NG": "Nigeria", "GH": "Ghana", "ZA": "Sudáfrica"}},
    "ha": {"region": {"NG": "Najeriya", "GH": "Gana", "KE": "Kenya"}},
    "sw": {"region": {"NG": "Nijeria", "GH": "Ghana", "ZA": "Afrika Kusini"}}
}, "collation": {}}"#;

fn context() -> Context {
    Context {
        vocabulary: shipped_vocabulary(),
        countries: countries::Countries::from_intl_names(NAMES).unwrap(),
        today: Date::parse(TODAY).unwrap(),
    }
}

/// An issue form as `.github/ISSUE_TEMPLATE/*.yml` defines it.
#[derive(Deserialize)]
struct Form {
    labels: Vec<String>,
    body: Vec<Element>,
}

#[derive(Deserialize)]
struct Element {
    #[serde(rename = "type")]
    kind: String,
    id: Option<String>,
    attributes: Attributes,
    #[serde(default)]
    validations: Validations,
}

#[derive(Deserialize, Default)]
struct Validations {
    #[serde(default)]
    required: bool,
}

#[derive(Deserialize)]
struct Attributes {
    label: Option<String>,
    description: Option<String>,
    #[serde(default)]
    options: Vec<Choice>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Choice {
    Dropdown(String),
    Checkbox {
        label: String,
        #[serde(default)]
        required: bool,
    },
}

fn form(request: Request) -> Form {
    let path = Path::new(ROOT).join(".github/ISSUE_TEMPLATE").join(request.form_file());
    serde_norway::from_str(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The body GitHub writes when `answers` (field id → what was typed or chosen) are
/// submitted with `request`'s form: each field under its label, `_No response_` for one
/// left empty, every checkbox option as `- [X]` or `- [ ]` (a checkbox field's answer says
/// whether all its options are ticked), a dropdown's choices separated by commas.
fn render(request: Request, answers: &[(&str, &str)]) -> String {
    let answer = |id: &str| answers.iter().find(|(k, _)| *k == id).map(|(_, v)| *v).filter(|v| !v.is_empty());
    let mut sections = Vec::new();
    for element in form(request).body.iter().filter(|e| e.kind != "markdown") {
        let id = element.id.as_deref().expect("every field has an id");
        let label = element.attributes.label.as_deref().expect("every field has a label");
        let value = match element.kind.as_str() {
            "checkboxes" => {
                let tick = if answer(id).is_some() { "X" } else { " " };
                element
                    .attributes
                    .options
                    .iter()
                    .map(|o| match o {
                        Choice::Checkbox { label, .. } => format!("- [{tick}] {label}"),
                        Choice::Dropdown(label) => panic!("a checkbox option without a label: {label}"),
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            "dropdown" => {
                let choices: Vec<&str> = answer(id).map(|a| a.split(", ").collect()).unwrap_or_default();
                for choice in &choices {
                    assert!(
                        element.attributes.options.iter().any(|o| matches!(o, Choice::Dropdown(d) if d == choice)),
                        "{id} has no option {choice}"
                    );
                }
                if choices.is_empty() {
                    form::NO_RESPONSE.to_string()
                } else {
                    choices.join(", ")
                }
            }
            _ => answer(id).unwrap_or(form::NO_RESPONSE).to_string(),
        };
        sections.push(format!("### {label}\n\n{value}"));
    }
    sections.join("\n\n")
}

/// A scratch copy of the repository's data, removed when dropped.
struct Repo(PathBuf);

impl Repo {
    fn new() -> Repo {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "bpd-requests-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(dir.join("public/data")).unwrap();
        std::fs::create_dir_all(dir.join("members")).unwrap();
        for name in ["skills.json", "conferences.json", "events.json"] {
            std::fs::copy(Path::new(ROOT).join("public/data").join(name), dir.join("public/data").join(name)).unwrap();
        }
        Repo(dir)
    }

    fn with_member(self, login: &str, json: &str) -> Repo {
        std::fs::write(self.0.join("members").join(format!("{login}.json")), json).unwrap();
        self
    }

    fn read(&self, path: &str) -> Option<String> {
        std::fs::read_to_string(self.0.join(path)).ok()
    }

    /// Every file under the repository with its contents, to show that nothing changed.
    fn snapshot(&self) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    out.push((path.clone(), std::fs::read(&path).unwrap()));
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.0, &mut out);
        out.sort();
        out
    }

    /// Runs the converter as `members from-issue` does, on `body` written to a file.
    fn run(&self, request: Request, author: &str, body: &str) -> Result<String, Vec<String>> {
        let file = self.0.join("issue-body.md");
        std::fs::write(&file, body).unwrap();
        let result = super::run(&self.0, request, author, &file, &context());
        std::fs::remove_file(&file).unwrap();
        result
    }

    /// The problem lines of a request that must be refused, after checking that nothing
    /// was written.
    fn refused(&self, request: Request, author: &str, body: &str) -> Vec<String> {
        let before = self.snapshot();
        let lines = self.run(request, author, body).expect_err("refused");
        assert_eq!(self.snapshot(), before, "a refused request wrote something");
        lines
    }

    /// Runs the converter as `members from-event` does, on the `issues` event GitHub would
    /// give the workflow for an issue with `labels`, `body`, by `login` with account `id`.
    fn run_event(&self, labels: &[&str], login: &str, id: u64, body: &str) -> Result<String, super::Refusal> {
        let event = serde_json::json!({
            "action": "opened",
            "issue": {
                "number": 7,
                "title": "A request",
                "body": body,
                "user": {"login": login, "id": id, "type": "User"},
                "labels": labels.iter().map(|l| serde_json::json!({"name": l, "color": "ededed"})).collect::<Vec<_>>(),
            },
            "repository": {"full_name": "BlackPythonDevs/blackpythondevs.github.io"},
        });
        let file = std::env::temp_dir().join(format!("{}-event.json", self.0.file_name().unwrap().to_string_lossy()));
        std::fs::write(&file, event.to_string()).unwrap();
        let result = super::run_event(&self.0, &file, context().countries, context().today);
        std::fs::remove_file(&file).unwrap();
        result
    }

    /// The lines of an event that must be refused, after checking that nothing was written.
    fn refused_event(&self, labels: &[&str], login: &str, id: u64, body: &str) -> Vec<String> {
        let before = self.snapshot();
        let refusal = self.run_event(labels, login, id, body).expect_err("refused");
        assert_eq!(self.snapshot(), before, "a refused request wrote something");
        match refusal {
            super::Refusal::Problems(lines) => lines,
            other => panic!("not a refusal with problems: {other:?}"),
        }
    }
}

impl Drop for Repo {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const EVERY_FIELD: &[(&str, &str)] = &[
    ("name", "Adébáyọ̀ Ògúnlẹ́yẹ̀"),
    ("pronouns", "he/him"),
    ("country", "ng"),
    ("city", "Ìbàdàn"),
    ("skills", "Django, python, Sayansi ya data"),
    ("languages", "yo, EN"),
    ("bio", "I build <b>things</b> in Python.\nAnd teach."),
    ("bio_language", "yo"),
    ("website", "https://adebayo.example.org/"),
    ("linkedin", "https://www.linkedin.com/in/adebayo-example"),
    ("mastodon", "https://fosstodon.org/@adebayo"),
    ("open_to", "Speaking, mentoring"),
    ("consent", "x"),
];

const ADA: &str = r#"{"name": "Ada Okafor", "pronouns": "she/her", "country": "NG", "city": "Lagos",
    "skills": ["python"], "bio": {"en": "Hello."}, "links": {"website": "https://ada.example.org/"}}"#;

fn answers(
    pairs: &[(&'static str, &'static str)],
    change: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<_> = pairs.iter().filter(|(k, _)| !change.iter().any(|(c, _)| c == k)).copied().collect();
    out.extend_from_slice(change);
    out
}

fn member_file(repo: &Repo, login: &str) -> Profile {
    serde_json::from_str(&repo.read(&format!("members/{login}.json")).expect("the member file")).unwrap()
}

#[test]
fn the_converter_reads_the_fields_the_repository_forms_define() {
    let vocabulary = shipped_vocabulary();
    for request in Request::ALL {
        let form = form(request);
        let fields: Vec<(String, String, bool)> = form
            .body
            .iter()
            .filter(|e| e.kind != "markdown")
            .map(|e| {
                // A checkbox field is required through its options.
                let required = e.validations.required
                    || e.attributes.options.iter().any(|o| matches!(o, Choice::Checkbox { required: true, .. }));
                (e.id.clone().unwrap(), e.attributes.label.clone().unwrap(), required)
            })
            .collect();
        let expected: Vec<(String, String, bool)> = request
            .fields()
            .iter()
            .map(|f| {
                // The update form changes only what is filled in; it requires only consent.
                let required = if request == Request::Update { f.field == Field::Consent } else { f.required };
                (f.field.id().to_string(), f.label.to_string(), required)
            })
            .collect();
        assert_eq!(fields, expected, "{}", request.form_file());
        assert_eq!(form.labels, vec![request.label().to_string()], "{}", request.form_file());
    }
    // The join and update forms list every skill the directory knows.
    for request in [Request::Join, Request::Update] {
        let form = form(request);
        let skills = form.body.iter().find(|e| e.id.as_deref() == Some("skills")).unwrap();
        let description = skills.attributes.description.as_deref().unwrap();
        for skill in &vocabulary {
            assert!(description.contains(&skill.slug), "{} does not list {}", request.form_file(), skill.slug);
        }
    }
}

#[test]
fn a_join_with_every_field_writes_the_author_file_as_plain_text() {
    let repo = Repo::new();
    let summary = repo.run(Request::Join, "Adebayo-Ogunleye", &render(Request::Join, EVERY_FIELD)).unwrap();
    assert_eq!(summary, "Add @adebayo-ogunleye to the member directory");
    let file = member_file(&repo, "adebayo-ogunleye");
    let expected = Profile {
        schema: Some("member.schema.json".into()),
        name: "Adébáyọ̀ Ògúnlẹ́yẹ̀".into(),
        pronouns: Some("he/him".into()),
        country: "NG".into(),
        city: Some("Ìbàdàn".into()),
        skills: vec!["django".into(), "python".into(), "data-science".into()],
        languages: vec!["yo".into(), "en".into()],
        bio: [("yo".to_string(), "I build <b>things</b> in Python.\nAnd teach.".to_string())].into_iter().collect(),
        links: Links {
            website: Some("https://adebayo.example.org/".into()),
            linkedin: Some("https://www.linkedin.com/in/adebayo-example".into()),
            mastodon: Some("https://fosstodon.org/@adebayo".into()),
        },
        open_to: vec![OpenTo::Mentoring, OpenTo::Speaking],
        avatar: None,
        joined: Some(TODAY.into()),
        confirmed: Some(TODAY.into()),
        // `from-issue` is run by hand, without the account behind the issue.
        github_id: None,
    };
    assert_eq!(file, expected);
    // What the build reads back is the same member, linked to the author's account.
    let mut parsed = Parsed::default();
    load_dir(&repo.0, "members", false, &shipped_vocabulary(), &mut parsed).unwrap();
    assert_eq!(parsed.rejected, vec![]);
    assert_eq!(parsed.members[0].github.as_deref(), Some("adebayo-ogunleye"));
}

#[test]
fn empty_optional_fields_are_left_out_of_the_file() {
    let repo = Repo::new();
    let body = render(Request::Join, &[("name", "Ada"), ("country", "GH"), ("skills", "python"), ("consent", "x")]);
    assert!(body.contains("### Pronouns\n\n_No response_\n\n### Country\n\nGH"), "{body}");
    repo.run(Request::Join, "ada", &body).unwrap();
    assert_eq!(
        repo.read("members/ada.json").unwrap(),
        "{\n  \"$schema\": \"member.schema.json\",\n  \"name\": \"Ada\",\n  \"country\": \"GH\",\n  \"skills\": [\n    \"python\"\n  ],\n  \"joined\": \"2030-01-15\",\n  \"confirmed\": \"2030-01-15\"\n}\n"
    );
}

#[test]
fn the_login_is_the_author_never_anything_in_the_body() {
    let repo = Repo::new();
    // A body that names someone else changes nothing about whose file it is.
    let body = format!("### Login\n\nsomeone-else\n\n{}", render(Request::Join, EVERY_FIELD))
        .replace("Ìbàdàn", "members/someone-else.json");
    repo.run(Request::Join, "@Ada", &body).unwrap();
    assert!(repo.read("members/ada.json").is_some());
    assert!(repo.read("members/someone-else.json").is_none());
    for author in ["../evil", "ada/../../x", "", "-ada", "a--b", "ada.json"] {
        let lines = repo.refused(Request::Join, author, &render(Request::Join, EVERY_FIELD));
        assert!(lines.len() == 1 && lines[0].starts_with("login: "), "{author}: {lines:?}");
    }
    let lines = repo.refused(Request::Leave, "someone-else", &render(Request::Leave, &[("confirm", "x")]));
    assert_eq!(lines, ["login: @someone-else is not in the directory, so there is nothing to remove"]);
}

/// What is refused, the request, its answers and the line expected.
type Refusal<'a> = (&'a str, Request, &'a [(&'a str, &'a str)], &'a str);

#[test]
fn each_refusal_is_one_line_naming_the_field_and_writes_nothing() {
    let cases: &[Refusal] = &[
        (
            "a second join",
            Request::Join,
            &[],
            "login: @ada is already in the directory; use the update form to change your profile",
        ),
        ("missing consent", Request::Update, &[("city", "Abuja")], "consent: required"),
        (
            "an unknown country",
            Request::Update,
            &[("country", "XX"), ("consent", "x")],
            r#"country: unknown country "XX" (write its name, or its two-letter ISO 3166-1 code such as NG or BR)"#,
        ),
        (
            "a misspelt country",
            Request::Update,
            &[("country", "Nigerai"), ("consent", "x")],
            r#"country: unknown country "Nigerai" (did you mean "nigeria (NG)"?)"#,
        ),
        (
            "HTML in a link",
            Request::Update,
            &[("website", r#"https://ada.example.org/"><script>alert(1)</script>"#), ("consent", "x")],
            "website: must be an https:// URL",
        ),
        (
            "a javascript: link",
            Request::Update,
            &[("linkedin", "javascript:alert(1)"), ("consent", "x")],
            "linkedin: must be an https:// URL",
        ),
        (
            "a link without https",
            Request::Update,
            &[("mastodon", "http://fosstodon.org/@ada"), ("consent", "x")],
            "mastodon: must be an https:// URL",
        ),
        (
            "control characters",
            Request::Update,
            &[("name", "Ada\u{7}\u{1b}[2J Okafor"), ("consent", "x")],
            "name: contains control characters, line separators or invisible characters",
        ),
        (
            "a direction override",
            Request::Update,
            &[("city", "\u{202e}sogaL"), ("consent", "x")],
            "city: contains control characters, line separators or invisible characters",
        ),
        (
            "a right-to-left mark",
            Request::Update,
            &[("name", "Ada\u{200f} Okafor"), ("consent", "x")],
            "name: contains control characters, line separators or invisible characters",
        ),
        (
            "a line separator",
            Request::Update,
            &[("pronouns", "she\u{2028}her"), ("consent", "x")],
            "pronouns: contains control characters, line separators or invisible characters",
        ),
        (
            "a paragraph separator in a bio",
            Request::Update,
            &[("bio", "Hello.\u{2029}Again."), ("consent", "x")],
            "bio: contains control characters, line separators or invisible characters",
        ),
        (
            "a name of zero-width spaces",
            Request::Update,
            &[("name", "\u{200b}\u{200b}"), ("consent", "x")],
            "name: has no visible character",
        ),
        (
            "a name of a Hangul filler",
            Request::Update,
            &[("name", "\u{3164}"), ("consent", "x")],
            "name: has no visible character",
        ),
        (
            "a joiner outside a word",
            Request::Update,
            &[("name", "\u{200d}Ada"), ("consent", "x")],
            "name: contains control characters, line separators or invisible characters",
        ),
        (
            "eleven languages",
            Request::Update,
            &[("languages", "en, fr, yo, ha, ig, sw, zu, xh, am, so, wo"), ("consent", "x")],
            "languages: too many (at most 10)",
        ),
        (
            "a misspelt skill",
            Request::Update,
            &[("skills", "pyhton, django"), ("consent", "x")],
            r#"skills: unknown skill "pyhton" (did you mean "python"?)"#,
        ),
        ("a required field cleared", Request::Update, &[("name", "-"), ("consent", "x")], "name: required"),
        (
            "an unknown offer",
            Request::Update,
            &[("open_to", "hiring"), ("consent", "x")],
            r#"open_to: unknown value "hiring" (use mentoring, speaking or collaborating)"#,
        ),
        (
            "a language name",
            Request::Update,
            &[("languages", "english"), ("consent", "x")],
            r#"languages: "english" is not a two-letter ISO 639-1 language code (such as en, yo, sw)"#,
        ),
        (
            "a long bio",
            Request::Update,
            &[("bio", &"a".repeat(601)), ("consent", "x")],
            "bio: too long (at most 600 characters)",
        ),
        ("a leave not confirmed", Request::Leave, &[], "confirm: required"),
    ];
    for (what, request, answers, line) in cases {
        let repo = Repo::new().with_member("ada", ADA);
        let answers: Vec<(&str, &str)> = match request {
            Request::Join => EVERY_FIELD.to_vec(),
            _ => answers.to_vec(),
        };
        let lines = repo.refused(*request, "ada", &render(*request, &answers));
        assert!(lines.contains(&line.to_string()), "{what}: {lines:?}");
        assert!(lines.iter().all(|l| l.split_once(": ").is_some_and(|(field, _)| !field.contains(' '))), "{lines:?}");
    }
    // Joining needs consent and the required fields.
    let repo = Repo::new();
    let lines = repo.refused(Request::Join, "ada", &render(Request::Join, &[]));
    assert_eq!(lines, ["consent: required", "name: required", "country: required", "skills: required"]);
    // An update for someone who is not a member.
    let lines = repo.refused(Request::Update, "ada", &render(Request::Update, &[("city", "Abuja"), ("consent", "x")]));
    assert_eq!(lines, ["login: @ada is not in the directory; use the join form to add yourself"]);
}

#[test]
fn a_body_of_many_megabytes_is_refused_before_it_is_read() {
    let repo = Repo::new();
    let body = render(Request::Join, EVERY_FIELD) + &"x".repeat(5 << 20);
    assert_eq!(repo.refused(Request::Join, "ada", &body), [format!("body: larger than {MAX_BODY} bytes")]);
    let author = Author { login: "ada".into(), id: None };
    let problems = convert(&repo.0, Request::Join, &author, &body, &context()).unwrap_err();
    assert_eq!(problems[0].field, Field::Body);
}

#[test]
fn an_update_changes_only_the_fields_given() {
    let repo = Repo::new().with_member("ada", ADA);
    let body = render(
        Request::Update,
        &[
            ("city", "Abuja"),
            ("pronouns", "-"),
            ("website", "-"),
            ("bio", "Sannu."),
            ("bio_language", "ha"),
            ("consent", "x"),
        ],
    );
    assert_eq!(repo.run(Request::Update, "ADA", &body).unwrap(), "Update @ada's member profile");
    let file = member_file(&repo, "ada");
    assert_eq!(file.name, "Ada Okafor");
    assert_eq!(file.country, "NG");
    assert_eq!(file.skills, ["python"]);
    assert_eq!(file.city.as_deref(), Some("Abuja"));
    assert_eq!(file.pronouns, None);
    assert_eq!(file.links, Links::default());
    assert_eq!(file.bio.get("en").map(String::as_str), Some("Hello."));
    assert_eq!(file.bio.get("ha").map(String::as_str), Some("Sannu."));
    assert_eq!(file.schema.as_deref(), Some("member.schema.json"));
    assert_eq!(file.confirmed.as_deref(), Some(TODAY), "an update confirms the profile");
}

#[test]
fn an_update_with_no_field_confirms_the_profile_and_one_that_changes_nothing_is_refused() {
    let repo = Repo::new().with_member("ada", ADA);
    let before = member_file(&repo, "ada");
    assert_eq!(
        repo.run(Request::Update, "ada", &render(Request::Update, &[("consent", "x")])).unwrap(),
        "Update @ada's member profile"
    );
    let after = member_file(&repo, "ada");
    assert_eq!(after, Profile { schema: Some("member.schema.json".into()), confirmed: Some(TODAY.into()), ..before });
    // Now confirmed today, the same request (or one repeating what the profile says) would
    // change nothing: the workflow would have no change to propose, so it is refused with a
    // line for the author instead.
    for answers in [&[("consent", "x")][..], &[("city", "Lagos"), ("consent", "x")]] {
        let lines = repo.refused(Request::Update, "ada", &render(Request::Update, answers));
        assert_eq!(lines, ["body: nothing would change: the profile already says this and was confirmed today"]);
    }
}

#[test]
fn a_join_records_the_account_id_and_another_account_with_the_same_login_is_refused() {
    let repo = Repo::new();
    let body =
        render(Request::Join, &[("name", "Ada"), ("country", "Najeriya"), ("skills", "python"), ("consent", "x")]);
    let summary = repo.run_event(&["directory-join"], "Ada", 583231, &body).unwrap();
    assert_eq!(summary, "Add @ada to the member directory");
    let file = member_file(&repo, "ada");
    assert_eq!((file.github_id, file.country.as_str()), (Some(583231), "NG"));
    assert_eq!((file.joined.as_deref(), file.confirmed.as_deref()), (Some(TODAY), Some(TODAY)));

    // The login "ada" now belongs to another account (renamed, deleted and taken again).
    let update = render(Request::Update, &[("city", "Abuja"), ("consent", "x")]);
    let line = "login: the profile @ada was created by another GitHub account (id 583231, not 999); ask a maintainer";
    assert_eq!(repo.refused_event(&["directory-update"], "ada", 999, &update), [line]);
    let leave = render(Request::Leave, &[("confirm", "x")]);
    assert_eq!(repo.refused_event(&["directory-leave"], "ada", 999, &leave), [line]);
    // The account that joined can.
    assert_eq!(repo.run_event(&["directory-update"], "ada", 583231, &update).unwrap(), "Update @ada's member profile");
    assert_eq!(
        repo.run_event(&["directory-leave"], "ada", 583231, &leave).unwrap(),
        "Remove @ada from the member directory"
    );
    assert!(repo.read("members/ada.json").is_none());
}

#[test]
fn a_profile_from_before_account_ids_takes_the_id_of_its_next_update() {
    let repo = Repo::new().with_member("ada", ADA);
    let update = render(Request::Update, &[("city", "Abuja"), ("consent", "x")]);
    repo.run_event(&["directory-update"], "ada", 42, &update).unwrap();
    assert_eq!(member_file(&repo, "ada").github_id, Some(42));
}

#[test]
fn the_event_names_the_request_by_one_label_and_anything_else_is_no_request() {
    let repo = Repo::new();
    let body = render(Request::Join, &[("name", "Ada"), ("country", "NG"), ("skills", "python"), ("consent", "x")]);
    // Two kinds of request on one issue: neither is guessed.
    let lines = repo.refused_event(&["directory-leave", "directory-join"], "ada", 1, &body);
    assert_eq!(
        lines,
        ["body: the issue has the labels of 2 requests (directory-join, directory-leave); keep only one"]
    );
    // Labels that name no request (a bug report, a `*` that a shell would expand).
    for labels in [&["bug"][..], &["*"], &[]] {
        let before = repo.snapshot();
        match repo.run_event(labels, "ada", 1, &body) {
            Err(super::Refusal::NotARequest(line)) => assert!(line.starts_with("not a request"), "{line}"),
            other => panic!("{labels:?}: {other:?}"),
        }
        assert_eq!(repo.snapshot(), before);
    }
    // Other labels beside the request's are fine.
    assert_eq!(
        repo.run_event(&["good first issue", "directory-join"], "ada", 1, &body).unwrap(),
        "Add @ada to the member directory"
    );
}

#[test]
fn an_event_that_is_not_an_issue_event_or_too_large_is_refused_by_name() {
    let repo = Repo::new();
    let file = repo.0.join("event.json");
    for (text, start) in [
        ("{\"pull_request\": {}}", "body: not an issue event"),
        ("not json", "body: not an issue event"),
        ("{\"issue\": {\"body\": \"x\", \"user\": {\"login\": \"ada\"}, \"labels\": []}}", "body: not an issue event"),
    ] {
        std::fs::write(&file, text).unwrap();
        match super::run_event(&repo.0, &file, context().countries, context().today) {
            Err(super::Refusal::Problems(lines)) => assert!(lines[0].starts_with(start), "{text}: {lines:?}"),
            other => panic!("{text}: {other:?}"),
        }
    }
    std::fs::write(&file, " ".repeat(MAX_EVENT as usize + 1)).unwrap();
    assert_eq!(
        super::run_event(&repo.0, &file, context().countries, context().today),
        Err(super::Refusal::Problems(vec![format!("body: the event is larger than {MAX_EVENT} bytes")]))
    );
}

#[test]
fn an_issue_body_of_128_kib_and_more_reaches_the_converter_through_the_event_file() {
    // Linux refuses an environment variable over 128 KiB (MAX_ARG_STRLEN), which is why
    // the body is read from the event file: a body of 200 KB arrives whole, and is judged
    // on what it says (here: a bio too long), not refused for its size.
    let repo = Repo::new();
    let bio = "é".repeat(100_000);
    let body = render(
        Request::Join,
        &[("name", "Ada"), ("country", "NG"), ("skills", "python"), ("bio", &bio), ("consent", "x")],
    );
    assert!(body.len() > 200_000);
    assert_eq!(repo.refused_event(&["directory-join"], "ada", 1, &body), ["bio: too long (at most 600 characters)"]);
}

#[test]
fn a_refusal_fits_a_comment_whatever_the_problems_say() {
    let problem = |text: &str| crate::directory::rules::Problem::new(Field::Name, Kind::Other(text.to_string()));
    let many: Vec<_> = (0..500).map(|i| problem(&format!("problem {i}"))).collect();
    let out = lines(&many);
    assert_eq!(out.len(), MAX_LINES);
    assert_eq!(out.last().unwrap(), &format!("… and {} more", 500 - MAX_LINES + 1));
    // A backtick could close the comment's code block; a line of multi-byte characters is
    // cut between characters.
    let out = lines(&[problem("```\r\n<img src=x onerror=alert(1)>"), problem(&"ẹ́".repeat(400))]);
    assert_eq!(out[0], "name:  <img src=x onerror=alert(1)>");
    assert_eq!(out[1].chars().count(), MAX_LINE);
    assert!(out[1].starts_with("name: ẹ"));
}

#[test]
fn the_join_page_and_the_converter_refuse_the_same_profiles() {
    // Each variation of a valid profile, typed into the join page and sent through the
    // issue form: both name the same fields.
    let vocabulary = shipped_vocabulary();
    let valid =
        Draft { name: "Ada Okafor".into(), country: "NG".into(), skills: vec!["python".into()], ..Draft::default() };
    let variations: Vec<(&str, Draft)> = vec![
        ("valid", valid.clone()),
        ("eleven languages", Draft { languages: "en fr yo ha ig sw zu xh am so wo".into(), ..valid.clone() }),
        ("ten languages", Draft { languages: "en fr yo ha ig sw zu xh am so".into(), ..valid.clone() }),
        ("a language name", Draft { languages: "english".into(), ..valid.clone() }),
        ("a long name", Draft { name: "a".repeat(101), ..valid.clone() }),
        ("an invisible name", Draft { name: "\u{200b}".into(), ..valid.clone() }),
        ("a bidi city", Draft { city: "\u{202e}sogaL".into(), ..valid.clone() }),
        ("a long bio", Draft { bio: "b".repeat(601), ..valid.clone() }),
        (
            "eleven skills",
            Draft { skills: vocabulary.iter().take(11).map(|s| s.slug.clone()).collect(), ..valid.clone() },
        ),
        ("a plain link", Draft { website: "http://ada.example.org/".into(), ..valid.clone() }),
        ("no skill", Draft { skills: vec![], ..valid.clone() }),
    ];
    for (what, draft) in variations {
        let page: Vec<&str> = join::check(&draft, &vocabulary, Locale::DEFAULT).iter().map(|p| p.field.id()).collect();
        let url = prefill_url(&draft, &vocabulary, Locale::DEFAULT);
        let query: Vec<(String, String)> =
            form_urlencoded::parse(url.split_once('?').unwrap().1.as_bytes()).into_owned().collect();
        let mut answers: Vec<(&str, &str)> = query.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        answers.push(("consent", "x"));
        let repo = Repo::new();
        let converter: Vec<String> = match repo.run(Request::Join, "ada", &render(Request::Join, &answers)) {
            Ok(_) => vec![],
            Err(lines) => lines.iter().map(|l| l.split_once(':').unwrap().0.to_string()).collect(),
        };
        assert_eq!(page, converter, "{what}");
        assert_eq!(page.is_empty(), what == "valid" || what == "ten languages", "{what}: {page:?}");
    }
}

#[test]
fn leaving_deletes_the_author_file_and_only_theirs() {
    let repo = Repo::new().with_member("ada", ADA).with_member("bola", ADA);
    let summary = repo.run(Request::Leave, "Ada", &render(Request::Leave, &[("confirm", "x")])).unwrap();
    assert_eq!(summary, "Remove @ada from the member directory");
    assert!(repo.read("members/ada.json").is_none());
    assert!(repo.read("members/bola.json").is_some());
}

/// A member's file as the join page would prefill it: the bio in the page's language only.
fn draft_of(file: &Profile, locale: Locale) -> Draft {
    Draft {
        name: file.name.clone(),
        pronouns: file.pronouns.clone().unwrap_or_default(),
        country: file.country.clone(),
        city: file.city.clone().unwrap_or_default(),
        skills: file.skills.clone(),
        languages: file.languages.join(", "),
        bio: file.bio.get(locale.code()).cloned().unwrap_or_default(),
        website: file.links.website.clone().unwrap_or_default(),
        linkedin: file.links.linkedin.clone().unwrap_or_default(),
        mastodon: file.links.mastodon.clone().unwrap_or_default(),
        open_to: file.open_to.clone(),
    }
}

#[test]
fn a_member_file_survives_the_join_page_the_issue_form_and_the_converter_in_every_language() {
    let vocabulary = shipped_vocabulary();
    let mut trips = 0;
    for entry in std::fs::read_dir(Path::new(ROOT).join(SAMPLES_DIR)).unwrap() {
        let path = entry.unwrap().path();
        let original: Profile = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for locale in Locale::all() {
            let mut expected = original.clone();
            expected.schema = Some("member.schema.json".into());
            expected.bio.retain(|language, _| language == locale.code());
            // A join is recorded as of the day it arrives, whatever the sample says.
            (expected.joined, expected.confirmed) = (Some(TODAY.into()), Some(TODAY.into()));
            let url = prefill_url(&draft_of(&original, locale), &vocabulary, locale);
            let query: Vec<(String, String)> =
                form_urlencoded::parse(url.split_once('?').unwrap().1.as_bytes()).into_owned().collect();
            let mut answers: Vec<(&str, &str)> = query.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            // The one thing the visitor does on GitHub: tick the consent box.
            answers.push(("consent", "x"));
            let repo = Repo::new();
            let body = render(Request::Join, &answers);
            repo.run(Request::Join, "sample-member", &body)
                .unwrap_or_else(|e| panic!("{}: {e:?}\n{body}", path.display()));
            assert_eq!(member_file(&repo, "sample-member"), expected, "{} in {}", path.display(), locale.code());
            trips += 1;
        }
    }
    assert!(trips >= 60 * 4);
}

#[test]
fn a_conference_is_appended_through_the_conference_type() {
    let repo = Repo::new();
    let before = repo.read(CONFERENCES_FILE).unwrap();
    let answers = [
        ("conference_name", "PyCon Africa 2030"),
        ("conference_url", "https://africa.pycon.org/"),
        ("conference_start_date", "2030-10-08"),
        ("conference_end_date", "2030-10-12"),
        ("conference_type", "hybrid"),
        ("conference_city", "Johannesburg"),
        ("conference_country", "za"),
        ("conference_venue", "Wits University"),
        ("conference_description", "Members give talks."),
        ("terms", "x"),
    ];
    let summary = repo.run(Request::Conference, "ada", &render(Request::Conference, &answers)).unwrap();
    assert_eq!(summary, "Add a conference to public/data/conferences.json");
    let after = repo.read(CONFERENCES_FILE).unwrap();
    assert!(after.starts_with(before.trim_end().trim_end_matches(']').trim_end()), "the rest is untouched");
    let (list, skipped) = parse_conferences(&after).unwrap();
    assert_eq!(skipped, 0);
    let added = list.iter().find(|c| c.name == "PyCon Africa 2030").unwrap();
    assert_eq!(
        (added.city.as_str(), added.country.as_str(), added.start.as_str()),
        ("Johannesburg", "ZA", "2030-10-08")
    );
    assert_eq!(added.note.get("en").map(String::as_str), Some("Members give talks."));

    // A country by its name in any of the site's languages.
    let repo = Repo::new();
    let by_name = self::answers(&answers, &[("conference_country", "Afrika Kusini")]);
    repo.run(Request::Conference, "ada", &render(Request::Conference, &by_name)).unwrap();
    let (list, _) = parse_conferences(&repo.read(CONFERENCES_FILE).unwrap()).unwrap();
    assert_eq!(list.iter().find(|c| c.name == "PyCon Africa 2030").map(|c| c.country.as_str()), Some("ZA"));

    let refusals: &[(&[(&str, &str)], &str)] = &[
        (&[("conference_url", "http://africa.pycon.org/")], "conference_url: must be an https:// URL"),
        (
            &[("conference_start_date", "08/10/2030")],
            r#"conference_start_date: "08/10/2030" is not a date written YYYY-MM-DD"#,
        ),
        (&[("conference_end_date", "2030-10-01")], "conference_end_date: is before the start date"),
        (
            &[("conference_country", "Wakanda")],
            r#"conference_country: unknown country "Wakanda" (write its name, or its two-letter ISO 3166-1 code such as NG or BR)"#,
        ),
        (&[("conference_name", "PyCon Uganda")], r#"conference_name: "PyCon Uganda" is already listed"#),
        (&[("terms", "")], "terms: required"),
    ];
    for (change, line) in refusals {
        let repo = Repo::new();
        let lines =
            repo.refused(Request::Conference, "ada", &render(Request::Conference, &self::answers(&answers, change)));
        assert_eq!(lines, [line.to_string()]);
    }
}

#[test]
fn an_event_is_appended_to_the_events_file() {
    let repo = Repo::new();
    let answers = [
        ("event_name", "Coffee and Code"),
        ("event_url", "https://blackpythondevs.com/events/"),
        ("event_date", "2030-03-07"),
        ("event_time", "17:00 to 18:00 GMT"),
        ("event_type", "online"),
        ("terms", "x"),
    ];
    repo.run(Request::Event, "ada", &render(Request::Event, &answers)).unwrap();
    let (list, skipped) = parse_events(&repo.read(EVENTS_FILE).unwrap()).unwrap();
    assert_eq!((list.len(), skipped), (1, 0));
    assert_eq!(list[0].time.as_deref(), Some("17:00 to 18:00 GMT"));
    assert_eq!(list[0].location, None);
    // The same event twice, or a format the form does not offer (typed into an edited body).
    let lines = repo.refused(Request::Event, "ada", &render(Request::Event, &answers));
    assert_eq!(lines, [r#"event_name: "Coffee and Code" on 2030-03-07 is already listed"#]);
    // Listing text obeys the same text rule as a profile: no direction overrides or
    // invisible characters, something visible.
    for (field, text, line) in [
        (
            "event_name",
            "Coffee \u{202e}edoC",
            "event_name: contains control characters, line separators or invisible characters",
        ),
        ("event_location", "\u{200b}", "event_location: has no visible character"),
        (
            "event_description",
            "One\u{2028}Two",
            "event_description: contains control characters, line separators or invisible characters",
        ),
    ] {
        let repo = Repo::new();
        let lines =
            repo.refused(Request::Event, "ada", &render(Request::Event, &self::answers(&answers, &[(field, text)])));
        assert_eq!(lines, [line], "{field}");
    }
    let edited = render(Request::Event, &answers).replace("\nonline\n", "\nphysical\n");
    assert_eq!(repo.refused(Request::Event, "ada", &edited), ["event_type: choose in-person, online or hybrid"]);
}

#[test]
fn every_label_the_forms_and_the_workflow_use_is_created_and_the_workflow_acts_on_each_request() {
    let list = std::fs::read_to_string(Path::new(ROOT).join(".github/labels.tsv")).unwrap();
    let created: Vec<&str> = list
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let columns: Vec<&str> = l.split('\t').collect();
            assert_eq!(columns.len(), 3, "{l}");
            columns[0]
        })
        .collect();
    let mut expected: Vec<&str> = Request::ALL.iter().map(|r| r.label()).collect();
    expected.push(APPROVAL_LABEL);
    assert_eq!(created, expected);
    let workflow = std::fs::read_to_string(Path::new(ROOT).join(".github/workflows/directory.yml")).unwrap();
    for request in Request::ALL {
        assert!(
            workflow.contains(&format!("contains(github.event.issue.labels.*.name, '{}')", request.label())),
            "directory.yml does not act on {}",
            request.label()
        );
    }
    assert!(workflow.contains(&format!("github.event.label.name == '{APPROVAL_LABEL}'")));
}
