//! Where members are kept: one JSON file per member, named by the member's GitHub login in
//! lower case. Real members live in `members/`, the fictional sample profiles (tests,
//! benchmarks, `./dev serve`) in `samples/members/`; both are read by the same code. Every
//! file names its JSON Schema (`members/member.schema.json`, generated from [`Profile`]
//! and published at `/data/member.schema.json`) in `"$schema"`, so that editors check it.
//! Host only: the build and the issue converter read and write these files.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::members::{Member, Parsed, Rejected};
use super::profile::Profile;
use super::regions::Subregion;
use super::rules::{self, is_member_id};
use super::skills::Skill;

/// Real members, relative to the repository root.
pub const MEMBERS_DIR: &str = "members";
/// The sample profiles, relative to the repository root.
pub const SAMPLES_DIR: &str = "samples/members";
/// The committed copy of the schema, relative to the repository root.
pub const SCHEMA_FILE: &str = "members/member.schema.json";
/// Where the build publishes the schema.
pub const SCHEMA_URL: &str = "/data/member.schema.json";
/// The largest member file read, in bytes; a real one is under 2 KB.
pub const MAX_FILE: u64 = 64 * 1024;

/// The member record of `login`'s file. A real member's profile links to their GitHub
/// account; a sample profile links to nobody's.
pub fn member_of(profile: Profile, login: &str, sample: bool) -> Member {
    Member { id: login.to_string(), github: (!sample).then(|| login.to_string()), sample, stale: false, profile }
}

/// The `"$schema"` of a file in `dir` (relative to the repository root): the schema's path
/// relative to it, which editors resolve.
pub fn schema_ref(dir: &str) -> String {
    match Path::new(SCHEMA_FILE).strip_prefix(dir) {
        Ok(beside) => beside.to_string_lossy().into_owned(),
        Err(_) => format!("{}{SCHEMA_FILE}", "../".repeat(Path::new(dir).components().count())),
    }
}

/// The member file of `login` in `dir`.
pub fn member_path(root: &Path, dir: &str, login: &str) -> PathBuf {
    root.join(dir).join(format!("{login}.json"))
}

/// Reads the member files in `root/dir` (sorted by name) into `parsed`: invalid files and
/// files whose name is not a lower-case login are skipped and recorded. A missing folder
/// holds no members.
pub fn load_dir(root: &Path, dir: &str, sample: bool, vocabulary: &[Skill], parsed: &mut Parsed) -> Result<(), String> {
    let path = root.join(dir);
    let entries = match std::fs::read_dir(&path) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json") && !p.ends_with("member.schema.json"))
        .collect();
    files.sort();
    for file in files {
        let name = format!("{dir}/{}", file.file_name().unwrap_or_default().to_string_lossy());
        let login = file.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        match read_member_file(&file) {
            Ok(_) if !is_member_id(&login) => parsed.rejected.push(Rejected {
                entry: name,
                reason: format!("`{login}` is not a GitHub login in lower case (or is reserved)"),
            }),
            Ok(profile) => parsed.add(name, member_of(profile, &login, sample), vocabulary),
            Err(reason) => parsed.rejected.push(Rejected { entry: name, reason }),
        }
    }
    Ok(())
}

/// Reads one member file.
pub fn read_member_file(path: &Path) -> Result<Profile, String> {
    let size = std::fs::metadata(path).map_err(|e| e.to_string())?.len();
    if size > MAX_FILE {
        return Err(format!("larger than {MAX_FILE} bytes"));
    }
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

/// The members a build publishes: the real ones, and the samples too when asked.
pub fn load_members(root: &Path, with_samples: bool, vocabulary: &[Skill]) -> Result<Parsed, String> {
    let mut parsed = Parsed::default();
    load_dir(root, MEMBERS_DIR, false, vocabulary, &mut parsed)?;
    if with_samples {
        load_dir(root, SAMPLES_DIR, true, vocabulary, &mut parsed)?;
    }
    Ok(parsed)
}

/// The JSON Schema of a member file: the shape from [`Profile`], the limits from
/// [`rules`], the countries from the region table and the skills from `vocabulary`, so that
/// an editor checks a file by the same rules as the build.
pub fn member_schema(vocabulary: &[Skill]) -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Profile)).expect("a schema is JSON");
    // Text shown on a profile: no control characters, separators or invisible characters
    // (the characters rules::check_text refuses, but for joiners, which it allows inside a
    // word); a bio may have line breaks.
    // Escapes rather than the characters themselves, so that the schema file shows no
    // invisible text; both JSON Schema's and Rust's regex syntax read `\uXXXX`.
    let invisible = r"\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufffb";
    let plain = format!(r"^[^\u0000-\u001f\u007f-\u009f{invisible}]*$");
    let bio_text = format!(r"^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f{invisible}]*$");
    let date = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    // The shape rules::is_https_url accepts.
    let url = r#"^https://[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z0-9.-]*[A-Za-z0-9](:[0-9]+)?([/?#][^\s\u0000-\u001f\u007f-\u009f<>`\\{}|^]*)?$"#;
    let language = "^[a-z]{2}$";
    let mut countries: Vec<&str> = Subregion::all().flat_map(|s| s.countries().iter().copied()).collect();
    countries.sort_unstable();
    let text = |max: usize| json!({"type": "string", "minLength": 1, "maxLength": max, "pattern": plain});
    let link = json!({"type": "string", "maxLength": rules::MAX_URL, "pattern": url});
    let object = schema.as_object_mut().expect("an object schema");
    object.insert("$id".into(), json!(format!("https://blackpythondevs.com{SCHEMA_URL}")));
    object.insert(
        "description".into(),
        json!("One member of the Black Python Devs directory: members/<GitHub login>.json. See docs/members.md."),
    );
    let properties = object.get_mut("properties").and_then(Value::as_object_mut).expect("properties");
    let mut merge = |name: &str, extra: Value| {
        let property = properties.get_mut(name).and_then(Value::as_object_mut).expect("a known property");
        // An optional property's type is ["string", "null"] with a null default: a file
        // leaves it out instead.
        property.remove("type");
        property.remove("default");
        property.extend(extra.as_object().expect("an object").clone());
    };
    merge("name", text(rules::MAX_NAME));
    merge("pronouns", text(rules::MAX_PRONOUNS));
    merge("city", text(rules::MAX_CITY));
    merge("country", json!({"type": "string", "enum": countries}));
    merge(
        "skills",
        json!({"type": "array", "minItems": 1, "maxItems": rules::MAX_SKILLS, "uniqueItems": true,
               "items": {"enum": vocabulary.iter().map(|s| s.slug.as_str()).collect::<Vec<_>>()}}),
    );
    merge(
        "languages",
        json!({"type": "array", "maxItems": rules::MAX_LANGUAGES, "uniqueItems": true,
               "items": {"type": "string", "pattern": language}}),
    );
    merge(
        "bio",
        json!({"type": "object", "propertyNames": {"pattern": language},
               "additionalProperties": {"type": "string", "maxLength": rules::MAX_BIO, "pattern": bio_text}}),
    );
    merge("open_to", json!({"type": "array", "uniqueItems": true}));
    merge("avatar", link.clone());
    merge("joined", json!({"type": "string", "pattern": date}));
    merge("confirmed", json!({"type": "string", "pattern": date}));
    merge("github_id", json!({"type": "integer", "minimum": 1}));
    let defs = object.get_mut("$defs").and_then(Value::as_object_mut).expect("$defs");
    let links = defs.get_mut("Links").and_then(|l| l.get_mut("properties")).and_then(Value::as_object_mut);
    for (_, property) in links.expect("the links' properties").iter_mut() {
        *property = link.clone();
    }
    schema
}

/// The schema as the committed file and the published document hold it.
pub fn schema_json(vocabulary: &[Skill]) -> String {
    serde_json::to_string_pretty(&member_schema(vocabulary)).expect("JSON") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::regions::Continent;
    use crate::directory::skills::shipped_vocabulary;
    use std::collections::BTreeSet;

    fn root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    fn samples() -> Parsed {
        let mut parsed = Parsed::default();
        load_dir(root(), SAMPLES_DIR, true, &shipped_vocabulary(), &mut parsed).unwrap();
        parsed
    }

    /// Every member file in the repository, real and sample, with its folder.
    fn member_files() -> Vec<(&'static str, PathBuf)> {
        let mut files = Vec::new();
        for dir in [MEMBERS_DIR, SAMPLES_DIR] {
            for entry in std::fs::read_dir(root().join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|x| x == "json") && !path.ends_with("member.schema.json") {
                    files.push((dir, path));
                }
            }
        }
        files.sort();
        files
    }

    fn compiled_schema() -> (boon::Schemas, boon::SchemaIndex) {
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        compiler.add_resource("member.schema.json", member_schema(&shipped_vocabulary())).unwrap();
        let index = compiler.compile("member.schema.json", &mut schemas).unwrap();
        (schemas, index)
    }

    #[test]
    fn every_member_file_real_and_sample_follows_the_schema_it_names() {
        let (schemas, index) = compiled_schema();
        let committed = std::fs::canonicalize(root().join(SCHEMA_FILE)).unwrap();
        let files = member_files();
        assert!(files.len() >= 60, "{files:?}");
        for (dir, path) in files {
            let value: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            if let Err(e) = schemas.validate(&value, index) {
                panic!("{}: {e:#}", path.display());
            }
            let named = value["$schema"].as_str().unwrap_or_else(|| panic!("{} names no $schema", path.display()));
            assert_eq!(named, schema_ref(dir), "{}", path.display());
            assert_eq!(std::fs::canonicalize(path.parent().unwrap().join(named)).unwrap(), committed);
        }
    }

    #[test]
    fn the_committed_schema_is_the_one_the_code_generates() {
        let committed = std::fs::read_to_string(root().join(SCHEMA_FILE)).unwrap_or_default();
        assert!(
            committed == schema_json(&shipped_vocabulary()),
            "{SCHEMA_FILE} is stale: run `cargo run --bin members -- schema` and commit it"
        );
    }

    #[test]
    fn the_schema_refuses_what_the_rules_refuse() {
        let (schemas, index) = compiled_schema();
        let valid = json!({"name": "Ada Okafor", "country": "NG", "skills": ["python"],
            "bio": {"yo": "Line one.\nLine two."}, "links": {"website": "https://ada.example.org/"}});
        assert!(schemas.validate(&valid, index).is_ok());
        let mut refused = 0;
        for (key, bad) in [
            ("country", json!("AQ")),
            ("country", json!("ng")),
            ("skills", json!(["pyhton"])),
            ("skills", json!([])),
            ("name", json!("")),
            ("name", json!("Ada\u{1b}[31m")),
            ("name", json!("x".repeat(rules::MAX_NAME + 1))),
            ("bio", json!({"english": "Hi"})),
            ("bio", json!({"en": "Hi\u{0}"})),
            ("languages", json!(["yoruba"])),
            ("links", json!({"website": "http://ada.example.org/"})),
            ("links", json!({"linkedin": "javascript:alert(1)"})),
            ("links", json!({"mastodon": "https://x.org/\"><script>"})),
            ("links", json!({"website": "https://x.org/<b>"})),
            ("links", json!({"github": "https://github.com/ada"})),
            ("open_to", json!(["hiring"])),
            ("id", json!("ada")),
        ] {
            let mut value = valid.clone();
            value[key] = bad.clone();
            assert!(schemas.validate(&value, index).is_err(), "{key}: {bad}");
            refused += 1;
        }
        assert_eq!(refused, 17);
    }

    #[test]
    fn the_schema_and_the_rules_agree_on_links() {
        let (schemas, index) = compiled_schema();
        for url in [
            "https://ada.example.org/",
            "https://www.linkedin.com/in/ada-okafor",
            "https://fosstodon.org/@ada",
            "https://x.org:8443/a?b=c#d",
            "http://ada.example.org/",
            "https://nohost/",
            "https://linkedin.com@evil.example/",
            "https://x.org/<b>",
            "https://x.org/\"quoted\"",
            "https://x.org/a b",
            "https://-x.org/",
            "javascript:alert(1)",
        ] {
            let by_schema = schemas
                .validate(&json!({"name": "A", "country": "NG", "skills": ["python"], "avatar": url}), index)
                .is_ok();
            assert_eq!(by_schema, crate::site::data::is_https_url(url), "{url}");
        }
    }

    #[test]
    fn every_sample_is_valid_with_known_skills_and_flagged_as_a_sample() {
        let parsed = samples();
        assert_eq!(parsed.rejected, vec![], "invalid sample files");
        assert_eq!(parsed.unknown_skills, vec![], "skills outside skills.json");
        assert!(parsed.members.iter().all(|m| m.sample && m.github.is_none()));
    }

    #[test]
    fn the_sample_is_broad_enough() {
        let members = samples().members;
        assert!(members.len() >= 60);
        let subregions: BTreeSet<Subregion> = members.iter().map(Member::subregion).collect();
        assert!(subregions.len() >= 10, "{subregions:?}");
        let continents: BTreeSet<Continent> = subregions.iter().map(|s| s.continent()).collect();
        assert!(continents.len() >= 4);
        let skills: BTreeSet<&String> = members.iter().flat_map(|m| &m.skills).collect();
        assert!(skills.len() >= 12);
        let with_diacritics = members.iter().filter(|m| !m.name.is_ascii()).count();
        assert!(with_diacritics >= 10, "only {with_diacritics} names with diacritics");
        assert!(members.iter().any(|m| m.open_to.is_empty()) && members.iter().any(|m| m.pronouns.is_none()));
    }

    #[test]
    fn a_production_set_has_no_sample_and_a_sample_set_has_both() {
        let vocabulary = shipped_vocabulary();
        let production = load_members(root(), false, &vocabulary).unwrap();
        assert!(production.members.iter().all(|m| !m.sample && m.github.as_deref() == Some(m.id.as_str())));
        assert_eq!(production.rejected, vec![]);
        let with_samples = load_members(root(), true, &vocabulary).unwrap();
        assert_eq!(with_samples.members.len(), production.members.len() + samples().members.len());
    }

    #[test]
    fn a_file_is_named_by_a_lower_case_login_and_holds_only_known_fields() {
        let dir = std::env::temp_dir().join(format!("bpd-store-{}", std::process::id()));
        let members = dir.join(MEMBERS_DIR);
        std::fs::create_dir_all(&members).unwrap();
        let ada = r#"{"name": "Ada", "country": "NG", "skills": ["python"]}"#;
        for (name, body) in [
            ("ada.json", ada),
            ("Bola.json", ada),
            ("join.json", ada),
            ("bad--name.json", ada),
            ("chidi.json", r#"{"name": "Chidi", "country": "NG", "skills": ["python"], "id": "someone-else"}"#),
            (
                "dayo.json",
                r#"{"name": "Dayo", "country": "NG", "skills": ["python"], "links": {"website": "http://x.org"}}"#,
            ),
            ("README.md", "not a member"),
        ] {
            std::fs::write(members.join(name), body).unwrap();
        }
        let parsed = load_members(&dir, false, &shipped_vocabulary()).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(parsed.members.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["ada"]);
        assert_eq!(parsed.members[0].github.as_deref(), Some("ada"));
        let rejected: Vec<&str> = parsed.rejected.iter().map(|r| r.entry.as_str()).collect();
        assert_eq!(
            rejected,
            [
                "members/Bola.json",
                "members/bad--name.json",
                "members/chidi.json",
                "members/dayo.json",
                "members/join.json"
            ]
        );
        assert!(parsed.rejected[2].reason.contains("unknown field `id`"), "{:?}", parsed.rejected[2]);
        assert_eq!(parsed.rejected[3].reason, "website: must be an https:// URL");
    }

    #[test]
    fn schema_references_are_relative_to_the_file() {
        assert_eq!(schema_ref(MEMBERS_DIR), "member.schema.json");
        assert_eq!(schema_ref(SAMPLES_DIR), "../../members/member.schema.json");
    }
}
