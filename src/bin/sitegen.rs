//! Static-site generator, run by Trunk after each build (see `Trunk.toml`). It renders every
//! route with the app's own components (feature `prerender`) into static HTML.
//!
//! Usage: `sitegen [OUTPUT_DIR] [--samples]`. Without a folder it writes into
//! `$TRUNK_STAGING_DIR`. It reads Trunk's generated `index.html` from the output folder as
//! the page template. The directory lists the real members (`members/`); with `--samples`
//! (or `BPD_SAMPLES=1`, which is how `./dev build --samples` reaches this Trunk hook) the
//! fictional sample profiles (`samples/members/`) too.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bpd_site::directory::members::mark_stale;
use bpd_site::directory::{skills::parse_skills, store};
use bpd_site::site::community::parse_community;
use bpd_site::site::data::DATA_FILES;
use bpd_site::site::date::Date;
use bpd_site::site::locale::Locale;
use bpd_site::sitegen::{content, coverage, glossary, headers, output};
use bpd_site::web;

fn main() -> ExitCode {
    let (flags, folders): (Vec<String>, Vec<String>) = std::env::args().skip(1).partition(|a| a.starts_with("--"));
    let samples = flags.iter().any(|f| f == "--samples") || std::env::var("BPD_SAMPLES").is_ok_and(|v| v == "1");
    let dir = folders.first().map(PathBuf::from).or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from));
    let Some(dir) = dir else {
        eprintln!("sitegen: give the output folder as an argument or in TRUNK_STAGING_DIR");
        return ExitCode::from(2);
    };
    match run(&dir, samples) {
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

fn run(dir: &Path, samples: bool) -> Result<usize, String> {
    let template_path = dir.join("index.html");
    let template = std::fs::read_to_string(&template_path).map_err(|e| format!("{}: {e}", template_path.display()))?;
    // Trunk's loader must be ours (`pattern_script` in Trunk.toml): it fetches the app after
    // the first paint, or on demand when the browser asks to save data. Reading pages go
    // without it (decision 0007).
    if template.contains("rel=\"preload\" href=\"/bpd-site") {
        return Err(format!("{}: the template preloads the app", template_path.display()));
    }
    let templates = output::Templates::new(&template).map_err(|e| format!("{}: {e}", template_path.display()))?;
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = content::load(&manifest.join("locales"))?;
    for (locale, doc) in content.missing_translations() {
        println!("sitegen: warning: {} lacks {doc}; English is shown, marked", locale.code());
    }
    let translations = translation_coverage(&manifest.join("locales"), &content);
    // Every data file, read once: checked here, and given to the pages that show one.
    let data = read_data_files(&manifest.join("public/data"))?;
    let read = |name: &str| data.get(name).ok_or_else(|| format!("public/data/{name}: missing"));
    let skills = parse_skills(read("skills.json")?).map_err(|e| format!("skills.json: {e}"))?;
    for (name, check) in DATA_FILES {
        match check(read(name)?) {
            Err(e) => return Err(format!("public/data/{name}: {e}")),
            Ok(0) => {}
            Ok(skipped) => println!("sitegen: warning: public/data/{name}: {skipped} entries skipped as incomplete"),
        }
    }
    let mut members = store::load_members(manifest, samples, &skills)?;
    // Profiles not confirmed for over a year, as of today: the site is rebuilt daily.
    mark_stale(&mut members.members, Date::today_utc());
    for rejected in &members.rejected {
        println!("sitegen: warning: {} skipped: {}", rejected.entry, rejected.reason);
    }
    let sample_count = members.members.iter().filter(|m| m.sample).count();
    println!("sitegen: {} members, {sample_count} of them sample profiles", members.members.len());
    for (id, skill) in &members.unknown_skills {
        println!("sitegen: warning: member {id} lists unknown skill {skill}");
    }

    // Country and language names for prerendering, made by `tools/intl-names.mjs`.
    let names = std::env::var_os("BPD_INTL_NAMES")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("target/intl-names.json"));
    match std::fs::read_to_string(&names) {
        Ok(json) => web::load_host_names(&json).map_err(|e| format!("{}: {e}", names.display()))?,
        Err(_) => println!("sitegen: warning: no {}; prerendered pages show country codes", names.display()),
    }
    // The maps' geometry, made by `tools/map.mjs`.
    let map = std::env::var_os("BPD_MAP").map(PathBuf::from).unwrap_or_else(|| manifest.join("target/map.json"));
    match std::fs::read_to_string(&map) {
        Ok(json) => web::load_host_map(&json).map_err(|e| format!("{}: {e}", map.display()))?,
        Err(_) => println!("sitegen: warning: no {}; the pages have no maps", map.display()),
    }
    // The maps' shapes, in files of their own: the subregions, and the land.
    let sprites: Vec<output::OutputFile> = web::map_sprites()
        .into_iter()
        .map(|(name, svg)| output::OutputFile { path: name.into(), contents: svg })
        .collect();

    // Every document the pages load, so that prerendering reads them without a server.
    let mut files = output::content_files(&content)?;
    files.extend(sprites);
    // The community's size, which the directory shows while no member has joined.
    let community = parse_community(read("community.json")?).map_err(|e| format!("community.json: {e}"))?;
    files.extend(output::directory_files(&members.members, members.rejected.len(), Some(community.members), &skills));
    files.push(output::member_schema_file(&skills));
    let mut documents: HashMap<String, String> =
        files.iter().map(|f| (format!("/{}", f.path.to_string_lossy()), f.contents.clone())).collect();
    documents.extend(data.iter().map(|(name, json)| (format!("/data/{name}"), json.clone())));
    web::preload(documents);

    // A static page is shown as prerendered, by the app too (decision 0006): one rendered
    // without a document it needs still says it is loading, and is not published.
    let mut unfinished = Vec::new();
    let mut prerender = |path: &str| {
        let page = web::prerender(path);
        if !page.missing.is_empty() {
            unfinished.push(format!("{path} (without {})", page.missing.join(", ")));
        }
        output::Body { html: page.html, preloaded: page.carried }
    };
    files.extend(output::page_files(&templates, &content, &members.members, &mut prerender)?);
    if !unfinished.is_empty() {
        return Err(format!("pages rendered without a document they need: {}", unfinished.join("; ")));
    }
    // The previous site's post addresses keep working.
    files.extend(output::redirect_files(&content)?);
    files.push(output::OutputFile { path: "translations.json".into(), contents: coverage::json(&translations) });
    output::write_all(dir, &files).map_err(|e| e.to_string())?;

    // Security headers and cache lifetimes for every URL the build serves, Trunk's hashed
    // assets included.
    let mut urls = Vec::new();
    served_urls(dir, dir, &mut urls).map_err(|e| format!("{}: {e}", dir.display()))?;
    let headers = headers::headers_file(templates.policy(), &urls);
    std::fs::write(dir.join("_headers"), headers).map_err(|e| format!("_headers: {e}"))?;
    Ok(files.len() + 1)
}

/// The `.json` files of `public/data/`, by name.
fn read_data_files(dir: &Path) -> Result<HashMap<String, String>, String> {
    let mut files = HashMap::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("public/data: {e}"))? {
        let name = entry.map_err(|e| e.to_string())?.file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") {
            let json = std::fs::read_to_string(dir.join(&name)).map_err(|e| format!("public/data/{name}: {e}"))?;
            files.insert(name, json);
        }
    }
    Ok(files)
}

/// Prints the translation coverage report, one line per locale, and returns it.
fn translation_coverage(root: &Path, content: &content::Content) -> Vec<coverage::Coverage> {
    let glossary = |locale: Locale| match glossary::load(root, locale) {
        Ok(glossary) => Some(glossary),
        Err(e) => {
            println!("sitegen: warning: no glossary: {e}");
            None
        }
    };
    let english = glossary(Locale::DEFAULT).unwrap_or_default();
    let report = coverage::report(content, &english, &|locale| {
        if locale.is_default() {
            Some(english.clone())
        } else {
            glossary(locale)
        }
    });
    for line in &report {
        println!("{}", line.line());
    }
    report
}

/// The URL of every file under `dir` (`about/index.html` is served as `/about/`).
fn served_urls(root: &Path, dir: &Path, urls: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            served_urls(root, &path, urls)?;
            continue;
        }
        let relative = path.strip_prefix(root).expect("under the root").to_string_lossy().replace('\\', "/");
        urls.push(match relative.strip_suffix("index.html") {
            Some(folder) => format!("/{folder}"),
            None => format!("/{relative}"),
        });
    }
    Ok(())
}
