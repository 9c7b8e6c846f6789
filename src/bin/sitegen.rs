//! Static-site generator, run by Trunk after each build (see `Trunk.toml`).
//!
//! Usage: `sitegen [OUTPUT_DIR]`. Without an argument it writes into `$TRUNK_STAGING_DIR`.
//! It reads Trunk's generated `index.html` from the output folder as the page template.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bpd_site::directory::{members::parse_members, skills::parse_skills};
use bpd_site::sitegen::{content, output};

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from));
    let Some(dir) = dir else {
        eprintln!("sitegen: give the output folder as an argument or in TRUNK_STAGING_DIR");
        return ExitCode::from(2);
    };
    match run(&dir) {
        Ok(count) => {
            println!("sitegen: wrote {count} files into {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("sitegen: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path) -> Result<usize, String> {
    let template_path = dir.join("index.html");
    let template = std::fs::read_to_string(&template_path).map_err(|e| format!("{}: {e}", template_path.display()))?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let content = content::load(&root)?;
    for (locale, doc) in content.missing_translations() {
        println!("sitegen: warning: {} lacks {doc}; English is shown, marked", locale.code());
    }
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
    let read = |name: &str| std::fs::read_to_string(data.join(name)).map_err(|e| format!("public/data/{name}: {e}"));
    let skills = parse_skills(&read("skills.json")?).map_err(|e| format!("skills.json: {e}"))?;
    let members = parse_members(&read("members.json")?, &skills).map_err(|e| e.to_string())?;
    for rejected in &members.rejected {
        println!("sitegen: warning: members.json entry {} skipped: {}", rejected.index, rejected.reason);
    }
    for (id, skill) in &members.unknown_skills {
        println!("sitegen: warning: member {id} lists unknown skill {skill}");
    }
    let mut files = output::site_files(&template, &content, &members.members)?;
    files.extend(output::directory_files(&members.members, members.rejected.len(), &skills));
    output::write_all(dir, &files).map_err(|e| e.to_string())?;
    Ok(files.len())
}
