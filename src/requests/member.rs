//! Join, update and leave requests: one member file each, `members/<author>.json`. The
//! login always comes from the author, never from its body, so that nobody can add,
//! change or remove someone else.

use std::path::Path;

use crate::directory::join::split_list;
use crate::directory::members::OpenTo;
use crate::directory::query::sort_and_dedup;
use crate::directory::rules::{self, is_github_login, nearest, Kind, Problem};
use crate::directory::skills::Skill;
use crate::directory::store::{member_path, read_member_file, schema_ref, MemberFile, MEMBERS_DIR};

use super::form::Answers;
use super::Change;

/// An answer that removes an optional field in an update.
pub const CLEAR: &str = "-";

/// The bio's language when the form does not say: the forms are in English.
pub const DEFAULT_BIO_LANGUAGE: &str = "en";

/// The member id of `author`: their login in lower case.
pub fn member_id(author: &str) -> Result<String, Problem> {
    let author = author.trim().trim_start_matches('@');
    if is_github_login(author) {
        Ok(author.to_ascii_lowercase())
    } else {
        Err(Problem::new("login", Kind::NotLogin(author.to_string())))
    }
}

fn relative(login: &str) -> String {
    format!("{MEMBERS_DIR}/{login}.json")
}

fn existing(root: &Path, login: &str) -> Result<Option<MemberFile>, Problem> {
    let path = member_path(root, MEMBERS_DIR, login);
    if !path.exists() {
        return Ok(None);
    }
    read_member_file(&path).map(Some).map_err(|e| {
        Problem::new("login", Kind::Other(format!("{} cannot be read ({e}); ask a maintainer", relative(login))))
    })
}

/// The skills named in `text` (slugs or names in any of the site's languages), or what is
/// wrong with them.
fn skills(text: &str, vocabulary: &[Skill], problems: &mut Vec<Problem>) -> Vec<String> {
    let mut slugs = Vec::new();
    for item in text.split([',', ';', '\n']).map(str::trim).filter(|s| !s.is_empty()) {
        match Skill::find(vocabulary, item) {
            Some(skill) => slugs.push(skill.slug.clone()),
            None => {
                let candidates = vocabulary.iter().map(|s| s.slug.as_str());
                let suggestion = nearest(
                    item,
                    candidates.chain(vocabulary.iter().flat_map(|s| s.name.values().map(String::as_str))),
                );
                problems.push(Problem::new("skills", Kind::UnknownSkill { given: item.to_string(), suggestion }));
            }
        }
    }
    // In the member's order (the first is the one they lead with), each once.
    let mut unique: Vec<String> = Vec::new();
    for slug in slugs {
        if !unique.contains(&slug) {
            unique.push(slug);
        }
    }
    unique
}

fn open_to(text: &str, problems: &mut Vec<Problem>) -> Vec<OpenTo> {
    let mut values = Vec::new();
    for item in text.split([',', ';', '\n']).map(str::trim).filter(|s| !s.is_empty()) {
        match OpenTo::find(item) {
            Some(o) => values.push(o),
            None => {
                let suggestion = nearest(item, OpenTo::ALL.iter().map(|o| o.slug()));
                problems.push(Problem::new("open_to", Kind::UnknownOpenTo { given: item.to_string(), suggestion }));
            }
        }
    }
    sort_and_dedup(&mut values);
    values
}

fn languages(text: &str, problems: &mut Vec<Problem>) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for code in split_list(text).map(str::to_ascii_lowercase) {
        if !rules::is_language_code(&code) {
            problems.push(Problem::new("languages", Kind::NotLanguageCode(code)));
        } else if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

fn bio_language(answers: &Answers, problems: &mut Vec<Problem>) -> String {
    let code = answers.get("bio_language").unwrap_or(DEFAULT_BIO_LANGUAGE).to_ascii_lowercase();
    if !rules::is_language_code(&code) {
        problems.push(Problem::new("bio_language", Kind::NotLanguageCode(code.clone())));
    }
    code
}

/// Sets an optional text field from its answer: `-` clears it (in an update), anything
/// else replaces it, no answer leaves it.
fn set_optional(target: &mut Option<String>, answer: Option<&str>) {
    match answer {
        Some(CLEAR) => *target = None,
        Some(value) => *target = Some(value.to_string()),
        None => {}
    }
}

/// Applies the answers to `file`: every answered field replaces what was there.
fn apply(file: &mut MemberFile, answers: &Answers, vocabulary: &[Skill], problems: &mut Vec<Problem>) {
    for required in ["name", "country", "skills"] {
        if answers.get(required) == Some(CLEAR) {
            problems.push(Problem::new(required, Kind::Required));
        }
    }
    if let Some(name) = answers.get("name").filter(|v| *v != CLEAR) {
        file.name = name.to_string();
    }
    set_optional(&mut file.pronouns, answers.get("pronouns"));
    if let Some(country) = answers.get("country").filter(|v| *v != CLEAR) {
        file.country = country.to_ascii_uppercase();
    }
    set_optional(&mut file.city, answers.get("city"));
    if let Some(text) = answers.get("skills").filter(|v| *v != CLEAR) {
        file.skills = skills(text, vocabulary, problems);
    }
    match answers.get("languages") {
        Some(CLEAR) => file.languages.clear(),
        Some(text) => file.languages = languages(text, problems),
        None => {}
    }
    let language = bio_language(answers, problems);
    match answers.get("bio") {
        Some(CLEAR) => {
            file.bio.remove(&language);
        }
        Some(bio) => {
            file.bio.insert(language, bio.to_string());
        }
        None if answers.get("bio_language").is_some() => {
            problems.push(Problem::new("bio_language", Kind::Other("given without a bio".into())));
        }
        None => {}
    }
    set_optional(&mut file.links.website, answers.get("website"));
    set_optional(&mut file.links.linkedin, answers.get("linkedin"));
    set_optional(&mut file.links.mastodon, answers.get("mastodon"));
    match answers.get("open_to") {
        Some(CLEAR) => file.open_to.clear(),
        Some(text) => file.open_to = open_to(text, problems),
        None => {}
    }
}

/// Problems of the finished file, by the member rules.
fn check(file: &MemberFile, login: &str, vocabulary: &[Skill], problems: &mut Vec<Problem>) {
    let member = file.clone().into_member(login, false);
    problems.extend(rules::member_problems(&member));
    if !problems.iter().any(|p| p.field == "skills") {
        rules::skill_problems(&member.skills, vocabulary, problems);
    }
}

fn write(file: &MemberFile, login: &str) -> Change {
    let file = MemberFile { schema: Some(schema_ref(MEMBERS_DIR)), ..file.clone() };
    Change::Write { path: relative(login), contents: file.to_json() }
}

/// The file written, once the answers had no problem and the whole file passes the rules;
/// else every problem, once each.
fn finish(
    file: &MemberFile,
    login: &str,
    vocabulary: &[Skill],
    mut problems: Vec<Problem>,
) -> Result<Vec<Change>, Vec<Problem>> {
    if problems.is_empty() {
        check(file, login, vocabulary, &mut problems);
    }
    if problems.is_empty() {
        Ok(vec![write(file, login)])
    } else {
        Err(dedup(problems))
    }
}

/// A join: a new file for the author.
pub fn join(root: &Path, author: &str, answers: &Answers, vocabulary: &[Skill]) -> Result<Vec<Change>, Vec<Problem>> {
    let login = member_id(author).map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    if existing(root, &login).map_err(|p| vec![p])?.is_some() {
        problems.push(Problem::new(
            "login",
            Kind::Other(format!("@{login} is already in the directory; use the update form to change your profile")),
        ));
    }
    if !answers.ticked("consent") {
        problems.push(Problem::new("consent", Kind::Required));
    }
    let mut file = MemberFile::default();
    apply(&mut file, answers, vocabulary, &mut problems);
    for required in ["name", "country", "skills"] {
        if answers.get(required).is_none() {
            problems.push(Problem::new(required, Kind::Required));
        }
    }
    finish(&file, &login, vocabulary, problems)
}

/// An update: the author's file with the answered fields changed.
pub fn update(root: &Path, author: &str, answers: &Answers, vocabulary: &[Skill]) -> Result<Vec<Change>, Vec<Problem>> {
    let login = member_id(author).map_err(|p| vec![p])?;
    let Some(mut file) = existing(root, &login).map_err(|p| vec![p])? else {
        return Err(vec![Problem::new(
            "login",
            Kind::Other(format!("@{login} is not in the directory; use the join form to add yourself")),
        )]);
    };
    let mut problems = Vec::new();
    if !answers.ticked("consent") {
        problems.push(Problem::new("consent", Kind::Required));
    }
    if !answers.any_except(&["consent"]) {
        problems.push(Problem::new("body", Kind::Other("no field is filled in, so nothing would change".into())));
    }
    apply(&mut file, answers, vocabulary, &mut problems);
    finish(&file, &login, vocabulary, problems)
}

/// A leave: the author's file removed.
pub fn leave(root: &Path, author: &str, answers: &Answers) -> Result<Vec<Change>, Vec<Problem>> {
    let login = member_id(author).map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    if !member_path(root, MEMBERS_DIR, &login).exists() {
        problems.push(Problem::new(
            "login",
            Kind::Other(format!("@{login} is not in the directory, so there is nothing to remove")),
        ));
    }
    if !answers.ticked("confirm") {
        problems.push(Problem::new("confirm", Kind::Required));
    }
    if problems.is_empty() {
        Ok(vec![Change::Delete { path: relative(&login) }])
    } else {
        Err(problems)
    }
}

/// Each problem once, in the order found.
fn dedup(problems: Vec<Problem>) -> Vec<Problem> {
    let mut out: Vec<Problem> = Vec::new();
    for p in problems {
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}
