//! Requests that arrive as GitHub issues from the repository's issue forms (join, update or
//! leave the member directory; add a conference or an event), turned into a change of the
//! data files that a pull request proposes. Host only: `src/bin/members.rs` runs it, and
//! `.github/workflows/directory.yml` runs that. On any problem nothing is written and every
//! problem is reported as one line starting with the field's id.

pub mod form;
pub mod listing;
pub mod member;

use std::path::Path;

use crate::directory::rules::{Kind, Problem};
use crate::directory::skills::parse_skills;

use form::Field;

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

    /// The form's fields, in order.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Request::Join | Request::Update => form::MEMBER_FIELDS,
            Request::Leave => form::LEAVE_FIELDS,
            Request::Conference => form::CONFERENCE_FIELDS,
            Request::Event => form::EVENT_FIELDS,
        }
    }
}

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

/// The change `request` asks for, by `author` (the author, from GitHub, never from
/// the body), given the repository at `root`; or every problem found. Reads, never writes.
pub fn convert(root: &Path, request: Request, author: &str, body: &str) -> Result<Vec<Change>, Vec<Problem>> {
    if body.len() > MAX_BODY {
        return Err(vec![Problem::new("body", Kind::Other(format!("larger than {MAX_BODY} bytes")))]);
    }
    let answers = form::parse(body, request.fields());
    let vocabulary = || {
        std::fs::read_to_string(root.join("public/data/skills.json"))
            .map_err(|e| e.to_string())
            .and_then(|json| parse_skills(&json).map_err(|e| e.0))
            .map_err(|e| vec![Problem::new("skills", Kind::Other(format!("the vocabulary cannot be read: {e}")))])
    };
    match request {
        Request::Join => member::join(root, author, &answers, &vocabulary()?),
        Request::Update => member::update(root, author, &answers, &vocabulary()?),
        Request::Leave => member::leave(root, author, &answers),
        Request::Conference => listing::conference(root, &answers),
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

/// What `members from-issue` does: reads the body from `body_file` (refusing a body of many
/// megabytes before reading it), converts it and writes the change. Returns the summary
/// line, or the problem lines; on a problem nothing is written.
pub fn run(root: &Path, request: Request, author: &str, body_file: &Path) -> Result<String, Vec<String>> {
    let too_large = || vec![format!("body: larger than {MAX_BODY} bytes")];
    match std::fs::metadata(body_file) {
        Ok(meta) if meta.len() > MAX_BODY as u64 => return Err(too_large()),
        Ok(_) => {}
        Err(e) => return Err(vec![format!("body: {}: {e}", body_file.display())]),
    }
    let bytes = std::fs::read(body_file).map_err(|e| vec![format!("body: {}: {e}", body_file.display())])?;
    let body = String::from_utf8(bytes).map_err(|_| vec!["body: not UTF-8 text".to_string()])?;
    let changes = convert(root, request, author, &body)
        .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    apply(root, &changes).map_err(|e| vec![format!("body: cannot write the change: {e}")])?;
    Ok(summary(request, author, &changes))
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
