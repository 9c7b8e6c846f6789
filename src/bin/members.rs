//! Member and listing requests from GitHub issues, run by `.github/workflows/directory.yml`.
//!
//! - `members from-event FILE` reads the `issues` event GitHub gives a workflow (the file
//!   `$GITHUB_EVENT_PATH` names: the body, author, author's account id and labels)
//!   and changes the data files of the repository: a join writes `members/<login>.json`, an
//!   update changes the fields given (or only confirms the profile), a leave deletes the
//!   file, a conference or event adds an entry. The login is the author, never read
//!   from the body. On success it prints one line that says what changed (the pull
//!   request's title) and exits 0; on any problem it writes nothing, prints one line per
//!   problem on stderr (`skills: unknown skill "pyhton" (did you mean "python"?)`) and exits
//!   1; an issue whose labels name no request exits 3 with a line saying so (a bad
//!   command line exits 2).
//! - `members from-issue FILE --author LOGIN --kind join|update|leave|conference|event`
//!   does the same on an issue body saved to FILE, by hand.
//! - `members schema` writes `members/member.schema.json` from the profile's Rust type.
//! - `members regions` prints the region table (`{"subregion slug": ["NG", …]}`, in the
//!   order of their slugs) as JSON, which `tools/map.mjs` reads to draw the map by subregion.
//!
//! `--root DIR` works on another checkout than this one; `--names FILE` reads country names
//! (so that "Nigeria" or "Najeriya" is understood) from `tools/intl-names.mjs`'s output;
//! `--today YYYY-MM-DD` sets the day recorded (tests), else today in UTC.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bpd_site::directory::regions::Subregion;
use bpd_site::directory::skills::parse_skills;
use bpd_site::directory::store::{schema_json, SCHEMA_FILE};
use bpd_site::requests::countries::Countries;
use bpd_site::requests::{self, Context, Refusal, Request};
use bpd_site::site::date::Date;

const USAGE: &str = "usage: members from-event FILE [--names FILE] [--today YYYY-MM-DD] [--root DIR]
       members from-issue FILE --author LOGIN --kind join|update|leave|conference|event [--names FILE] [--today YYYY-MM-DD] [--root DIR]
       members schema [--root DIR]
       members regions";

/// The exit status of `from-event` on an issue that is no request.
const NOT_A_REQUEST: u8 = 3;

/// The command line, past the command.
struct Args {
    file: Option<PathBuf>,
    author: Option<String>,
    kind: Option<String>,
    names: Option<PathBuf>,
    today: Option<String>,
    root: PathBuf,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Option<Args> {
    let mut out = Args {
        file: None,
        author: None,
        kind: None,
        names: None,
        today: None,
        root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--author" => out.author = Some(args.next()?),
            "--kind" => out.kind = Some(args.next()?),
            "--names" => out.names = Some(PathBuf::from(args.next()?)),
            "--today" => out.today = Some(args.next()?),
            "--root" => out.root = PathBuf::from(args.next()?),
            _ if out.file.is_none() && !arg.starts_with("--") => out.file = Some(PathBuf::from(arg)),
            _ => return None,
        }
    }
    Some(out)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next();
    let Some(args) = parse_args(args) else { return usage() };
    match command.as_deref() {
        Some("from-event") => {
            let Some(file) = &args.file else { return usage() };
            match (countries(&args), today(&args)) {
                (Ok(countries), Ok(today)) => from_event(&args.root, file, countries, today),
                (Err(line), _) | (_, Err(line)) => fail(&line),
            }
        }
        Some("from-issue") => {
            let (Some(file), Some(author), Some(request)) =
                (&args.file, &args.author, args.kind.as_deref().and_then(Request::from_name))
            else {
                return usage();
            };
            let context = countries(&args).and_then(|countries| {
                let today = today(&args)?;
                Context::new(&args.root, countries, today).map_err(|p| p[0].to_string())
            });
            match context {
                Ok(context) => report(requests::run(&args.root, request, author, file, &context)),
                Err(line) => fail(&line),
            }
        }
        Some("schema") => schema(&args.root),
        Some("regions") => {
            let table: serde_json::Map<String, serde_json::Value> =
                Subregion::all().map(|s| (s.slug().to_string(), serde_json::json!(s.countries()))).collect();
            println!("{}", serde_json::Value::Object(table));
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}

/// The country names of `--names`, or codes only.
fn countries(args: &Args) -> Result<Countries, String> {
    match &args.names {
        None => Ok(Countries::default()),
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| format!("{}: {e}", path.display()))
            .and_then(|json| Countries::from_intl_names(&json)),
    }
}

fn today(args: &Args) -> Result<Date, String> {
    match &args.today {
        None => Ok(Date::today_utc()),
        Some(text) => Date::parse(text).ok_or_else(|| format!("--today: \"{text}\" is not a date written YYYY-MM-DD")),
    }
}

fn from_event(root: &Path, file: &Path, countries: Countries, today: Date) -> ExitCode {
    match requests::run_event(root, file, countries, today) {
        Ok(summary) => report(Ok(summary)),
        Err(Refusal::Problems(lines)) => report(Err(lines)),
        Err(Refusal::NotARequest(line)) => {
            eprintln!("{line}");
            ExitCode::from(NOT_A_REQUEST)
        }
    }
}

fn report(result: Result<String, Vec<String>>) -> ExitCode {
    match result {
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

fn schema(root: &Path) -> ExitCode {
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

fn fail(line: &str) -> ExitCode {
    eprintln!("{line}");
    ExitCode::FAILURE
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}
