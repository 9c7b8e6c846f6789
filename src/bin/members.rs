//! Member and listing requests from GitHub issues, run by `.github/workflows/directory.yml`.
//!
//! - `members from-issue FILE --author LOGIN --kind join|update|leave|conference|event`
//!   reads an issue body (as GitHub renders an issue form) from FILE and changes the data
//!   files of the repository: a join writes `members/<login>.json`, an update changes the
//!   fields given, a leave deletes the file, a conference or event adds an entry. The login
//!   is the issue's author, given by GitHub, never read from the body. On success it prints
//!   one line that says what changed (the pull request's title); on any problem it writes
//!   nothing, prints one line per problem on stderr (`skills: unknown skill "pyhton" (did
//!   you mean "python"?)`) and exits with status 1.
//! - `members schema` writes `members/member.schema.json` from the member file's Rust type.
//!
//! `--root DIR` works on another checkout than this one.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bpd_site::directory::skills::parse_skills;
use bpd_site::directory::store::{schema_json, SCHEMA_FILE};
use bpd_site::requests::{self, Request};

const USAGE: &str =
    "usage: members from-issue FILE --author LOGIN --kind join|update|leave|conference|event [--root DIR]
       members schema [--root DIR]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next();
    let (mut file, mut author, mut kind, mut root) = (None, None, None, PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--author" => author = args.next(),
            "--kind" => kind = args.next(),
            "--root" => root = args.next().map(PathBuf::from).unwrap_or(root),
            _ if file.is_none() && !arg.starts_with("--") => file = Some(PathBuf::from(arg)),
            _ => return usage(),
        }
    }
    match command.as_deref() {
        Some("from-issue") => {
            let (Some(file), Some(author), Some(request)) =
                (file, author, kind.as_deref().and_then(Request::from_name))
            else {
                return usage();
            };
            from_issue(&root, &file, &author, request)
        }
        Some("schema") => {
            let skills = std::fs::read_to_string(root.join("public/data/skills.json")).map_err(|e| e.to_string());
            match skills.and_then(|json| parse_skills(&json).map_err(|e| e.0)) {
                Ok(vocabulary) => match std::fs::write(root.join(SCHEMA_FILE), schema_json(&vocabulary)) {
                    Ok(()) => {
                        println!("wrote {SCHEMA_FILE}");
                        ExitCode::SUCCESS
                    }
                    Err(e) => fail(&format!("{SCHEMA_FILE}: {e}")),
                },
                Err(e) => fail(&format!("public/data/skills.json: {e}")),
            }
        }
        _ => usage(),
    }
}

fn from_issue(root: &Path, file: &Path, author: &str, request: Request) -> ExitCode {
    match requests::run(root, request, author, file) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(lines) => {
            for line in lines {
                eprintln!("{line}");
            }
            ExitCode::FAILURE
        }
    }
}

fn fail(line: &str) -> ExitCode {
    eprintln!("{line}");
    ExitCode::FAILURE
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}
