//! Requests that arrive as GitHub issues from the repository's issue forms (join, update or
//! leave the member directory; add a conference or an event), turned into a change of the
//! data files that a pull request proposes. Host only: `src/bin/members.rs` runs it, and
//! `.github/workflows/directory.yml` runs that, on the event GitHub gives the workflow
//! (the issue's body, author, author's account id and labels). On any problem nothing is
//! written and every problem is reported as one line starting with the field's id.

pub mod countries;
pub mod form;
pub mod listing;
pub mod member;

use std::path::Path;

use serde::Deserialize;

use crate::directory::profile::Field;
use crate::directory::rules::{Kind, Problem};
use crate::directory::skills::{parse_skills, Skill};
use crate::site::date::Date;

use countries::Countries;
use form::FormField;

/// The largest issue body read. GitHub caps a body at 65,536 characters, which is at most
/// four times as many bytes.
pub const MAX_BODY: usize = 4 * 65_536;

/// What an issue asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    Join,
    Update,
    Leave,
    Conference,
    Event,
}

impl Request {
    pub const ALL: [Request; 5] = [Request::Join, Request::Update, Request::Leave, Request::Conference, Request::Event];

    /// The `--kind` that names it.
    pub fn name(self) -> &'static str {
        match self {
            Request::Join => "join",
            Request::Update => "update",
            Request::Leave => "leave",
            Request::Conference => "conference",
            Request::Event => "event",
        }
    }

    pub fn from_name(name: &str) -> Option<Request> {
        Self::ALL.into_iter().find(|r| r.name() == name)
    }

    /// The issue form's file under `.github/ISSUE_TEMPLATE/`.
    pub fn form_file(self) -> &'static str {
        match self {
            Request::Join => crate::directory::join::JOIN_FORM,
            Request::Update => crate::directory::join::UPDATE_FORM,
            Request::Leave => crate::directory::join::LEAVE_FORM,
            Request::Conference => "add-conference.yml",
            Request::Event => "add-event.yml",
        }
    }

    /// The label the issue form gives its issues, by which the workflow knows the request.
    pub fn label(self) -> &'static str {
        match self {
            Request::Join => "directory-join",
            Request::Update => "directory-update",
            Request::Leave => "directory-leave",
            Request::Conference => "conference",
            Request::Event => "event",
        }
    }

    /// The one request an issue's labels name; `Ok(None)` when they name none (not a
    /// request), a problem when they name more than one (which would be ambiguous).
    pub fn from_labels<S: AsRef<str>>(labels: &[S]) -> Result<Option<Request>, Problem> {
        let named: Vec<Request> =
            Self::ALL.into_iter().filter(|r| labels.iter().any(|l| l.as_ref() == r.label())).collect();
        match named.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(*one)),
            many => Err(Problem::new(
                Field::Body,
                Kind::Other(format!(
                    "the issue has the labels of {} requests ({}); keep only one",
                    many.len(),
                    many.iter().map(|r| r.label()).collect::<Vec<_>>().join(", ")
                )),
            )),
        }
    }

    /// The form's fields, in order.
    pub fn fields(self) -> &'static [FormField] {
        match self {
            Request::Join | Request::Update => form::MEMBER_FIELDS,
            Request::Leave => form::LEAVE_FIELDS,
            Request::Conference => form::CONFERENCE_FIELDS,
            Request::Event => form::EVENT_FIELDS,
        }
    }
}

/// The label a maintainer adds to an issue to approve its request (a leave needs none: it
/// can only remove the author's own file).
pub const APPROVAL_LABEL: &str = "directory-approved";

/// One file to write or remove, relative to the repository root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Write { path: String, contents: String },
    Delete { path: String },
}

impl Change {
    pub fn path(&self) -> &str {
        match self {
            Change::Write { path, .. } | Change::Delete { path } => path,
        }
    }
}

/// Who opened the issue, as GitHub says (never the body): their login, and their account's
/// numeric id where the event gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Author {
    pub login: String,
    pub id: Option<u64>,
}

/// What a conversion reads besides the issue: the skill vocabulary, the country names, and
/// the day (recorded as a member's joining or confirming day).
#[derive(Clone, Debug)]
pub struct Context {
    pub vocabulary: Vec<Skill>,
    pub countries: Countries,
    pub today: Date,
}

impl Context {
    /// The repository's vocabulary at `root`, with `countries`, on `today`.
    pub fn new(root: &Path, countries: Countries, today: Date) -> Result<Context, Vec<Problem>> {
        let vocabulary = std::fs::read_to_string(root.join("public/data/skills.json"))
            .map_err(|e| e.to_string())
            .and_then(|json| parse_skills(&json).map_err(|e| e.0))
            .map_err(|e| {
                vec![Problem::new(Field::Skills, Kind::Other(format!("the vocabulary cannot be read: {e}")))]
            })?;
        Ok(Context { vocabulary, countries, today })
    }
}

/// The change `request` asks for, by `author` (the issue's author, from GitHub, never from
/// the body), given the repository at `root`; or every problem found. Reads, never writes.
pub fn convert(
    root: &Path,
    request: Request,
    author: &Author,
    body: &str,
    context: &Context,
) -> Result<Vec<Change>, Vec<Problem>> {
    if body.len() > MAX_BODY {
        return Err(vec![Problem::new(Field::Body, Kind::Other(format!("larger than {MAX_BODY} bytes")))]);
    }
    let answers = form::parse(body, request.fields());
    match request {
        Request::Join => member::join(root, author, &answers, context),
        Request::Update => member::update(root, author, &answers, context),
        Request::Leave => member::leave(root, author, &answers),
        Request::Conference => listing::conference(root, &answers, &context.countries),
        Request::Event => listing::event(root, &answers),
    }
}

/// Writes `changes` under `root`.
pub fn apply(root: &Path, changes: &[Change]) -> std::io::Result<()> {
    for change in changes {
        let path = root.join(change.path());
        match change {
            Change::Write { contents, .. } => {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(&path, contents)?;
            }
            Change::Delete { .. } => std::fs::remove_file(&path)?,
        }
    }
    Ok(())
}

/// The largest event payload read: the issue's body at its largest, and the rest of the
/// issue around it.
pub const MAX_EVENT: u64 = 1024 * 1024;

/// The most lines, and the longest line (in characters), of a refusal: they are commented
/// on the issue in a code block.
pub const MAX_LINES: usize = 20;
pub const MAX_LINE: usize = 300;

/// An issue as the `issues` event GitHub gives a workflow describes it
/// (`$GITHUB_EVENT_PATH`): only what the converter reads.
#[derive(Deserialize)]
struct Event {
    issue: Issue,
}

#[derive(Deserialize)]
struct Issue {
    #[serde(default)]
    body: Option<String>,
    user: User,
    #[serde(default)]
    labels: Vec<Label>,
}

#[derive(Deserialize)]
struct User {
    login: String,
    id: u64,
}

#[derive(Deserialize)]
struct Label {
    name: String,
}

/// Why `members from-event` did nothing.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The issue is no request (none of its labels names one): nothing to say on it.
    NotARequest(String),
    /// The request cannot be carried out, one line per problem, to comment on the issue.
    Problems(Vec<String>),
}

/// What `members from-event` does: reads the issue from the event payload `event_file`
/// (refusing one of many megabytes before reading it), finds the request its labels name,
/// converts it and writes the change. Returns the summary line; on a problem nothing is
/// written.
pub fn run_event(root: &Path, event_file: &Path, countries: Countries, today: Date) -> Result<String, Refusal> {
    let problems = |lines: Vec<String>| Refusal::Problems(lines);
    match std::fs::metadata(event_file) {
        Ok(meta) if meta.len() > MAX_EVENT => {
            return Err(problems(vec![format!("body: the event is larger than {MAX_EVENT} bytes")]))
        }
        Ok(_) => {}
        Err(e) => return Err(problems(vec![format!("body: {}: {e}", event_file.display())])),
    }
    let text = std::fs::read_to_string(event_file).map_err(|e| problems(vec![format!("body: {e}")]))?;
    let event: Event =
        serde_json::from_str(&text).map_err(|e| problems(vec![format!("body: not an issue event ({e})")]))?;
    let issue = event.issue;
    let labels: Vec<String> = issue.labels.into_iter().map(|l| l.name).collect();
    let request = match Request::from_labels(&labels) {
        Ok(Some(request)) => request,
        Ok(None) => return Err(Refusal::NotARequest(format!("not a request (labels: {})", labels.join(", ")))),
        Err(problem) => return Err(problems(lines(&[problem]))),
    };
    let author = Author { login: issue.user.login, id: Some(issue.user.id) };
    let body = issue.body.unwrap_or_default();
    let context = Context::new(root, countries, today).map_err(|p| problems(lines(&p)))?;
    let changes = convert(root, request, &author, &body, &context).map_err(|p| problems(lines(&p)))?;
    apply(root, &changes).map_err(|e| problems(vec![format!("body: cannot write the change: {e}")]))?;
    Ok(summary(request, &author.login, &changes))
}

/// The refusal's lines as they are commented on the issue in a code block: at most
/// [`MAX_LINES`] of at most [`MAX_LINE`] characters (cut between characters, never inside
/// one), with no backtick (which could close the block) and no carriage return.
pub fn lines(problems: &[Problem]) -> Vec<String> {
    let mut out: Vec<String> = problems
        .iter()
        .take(MAX_LINES)
        .map(|p| {
            p.to_string()
                .chars()
                .filter(|c| *c != '`' && *c != '\r')
                .map(|c| if c == '\n' { ' ' } else { c })
                .take(MAX_LINE)
                .collect()
        })
        .collect();
    if problems.len() > MAX_LINES {
        out.pop();
        out.push(format!("… and {} more", problems.len() - MAX_LINES + 1));
    }
    out
}

/// What `members from-issue` does (by hand, on a body saved to `body_file`): converts it
/// for `author` and writes the change. Returns the summary line, or the problem lines; on a
/// problem nothing is written.
pub fn run(
    root: &Path,
    request: Request,
    author: &str,
    body_file: &Path,
    context: &Context,
) -> Result<String, Vec<String>> {
    let too_large = || vec![format!("body: larger than {MAX_BODY} bytes")];
    match std::fs::metadata(body_file) {
        Ok(meta) if meta.len() > MAX_BODY as u64 => return Err(too_large()),
        Ok(_) => {}
        Err(e) => return Err(vec![format!("body: {}: {e}", body_file.display())]),
    }
    let bytes = std::fs::read(body_file).map_err(|e| vec![format!("body: {}: {e}", body_file.display())])?;
    let body = String::from_utf8(bytes).map_err(|_| vec!["body: not UTF-8 text".to_string()])?;
    let author = Author { login: author.to_string(), id: None };
    let changes = convert(root, request, &author, &body, context).map_err(|problems| lines(&problems))?;
    apply(root, &changes).map_err(|e| vec![format!("body: cannot write the change: {e}")])?;
    Ok(summary(request, &author.login, &changes))
}

/// A line that says what the change does, for the pull request's title.
pub fn summary(request: Request, author: &str, changes: &[Change]) -> String {
    let login = author.trim_start_matches('@').to_ascii_lowercase();
    match request {
        Request::Join => format!("Add @{login} to the member directory"),
        Request::Update => format!("Update @{login}'s member profile"),
        Request::Leave => format!("Remove @{login} from the member directory"),
        Request::Conference | Request::Event => {
            format!("Add a {} to {}", request.name(), changes.first().map_or("", Change::path))
        }
    }
}

#[cfg(test)]
mod tests;
