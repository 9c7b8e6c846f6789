//! Join, update and leave requests: one member file each, `members/<author>.json`. The
//! login always comes from the author, never from its body, so that nobody can add,
//! change or remove someone else; and once a profile records its GitHub account's numeric
//! id, a request from another account is refused even if it now has the same login (a
//! login can change hands, an id cannot).

use std::path::Path;

use crate::directory::basics::{sort_and_dedup, split_list};
use crate::directory::profile::{Field, OpenTo, Profile};
use crate::directory::rules::{self, is_github_login, nearest, Kind, Problem};
use crate::directory::skills::Skill;
use crate::directory::store::{member_path, read_member_file, schema_ref, MEMBERS_DIR};

use super::form::Answers;
use super::{Author, Change, Context};

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
        Err(Problem::new(Field::Login, Kind::NotLogin(author.to_string())))
    }
}

fn relative(login: &str) -> String {
    format!("{MEMBERS_DIR}/{login}.json")
}

fn existing(root: &Path, login: &str) -> Result<Option<Profile>, Problem> {
    let path = member_path(root, MEMBERS_DIR, login);
    if !path.exists() {
        return Ok(None);
    }
    read_member_file(&path).map(Some).map_err(|e| {
        Problem::new(Field::Login, Kind::Other(format!("{} cannot be read ({e}); ask a maintainer", relative(login))))
    })
}

/// Refuses a request for `profile` from another account than the one that joined.
fn same_account(profile: &Profile, author: &Author, login: &str) -> Result<(), Problem> {
    match (profile.github_id, author.id) {
        (Some(owner), Some(id)) if owner != id => Err(Problem::new(
            Field::Login,
            Kind::Other(format!(
                "the profile @{login} was created by another GitHub account (id {owner}, not {id}); ask a maintainer"
            )),
        )),
        _ => Ok(()),
    }
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
                problems.push(Problem::new(Field::Skills, Kind::UnknownSkill { given: item.to_string(), suggestion }));
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
                problems.push(Problem::new(Field::OpenTo, Kind::UnknownOpenTo { given: item.to_string(), suggestion }));
            }
        }
    }
    sort_and_dedup(&mut values);
    values
}

/// The language codes listed, each once; a bad one is left for the rules to name.
fn languages(text: &str) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for code in split_list(text).map(str::to_ascii_lowercase) {
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

fn bio_language(answers: &Answers, problems: &mut Vec<Problem>) -> String {
    let code = answers.get(Field::BioLanguage).unwrap_or(DEFAULT_BIO_LANGUAGE).to_ascii_lowercase();
    if !rules::is_language_code(&code) {
        problems.push(Problem::new(Field::BioLanguage, Kind::NotLanguageCode(code.clone())));
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

/// Applies the answers to `profile`: every answered field replaces what was there.
fn apply(profile: &mut Profile, answers: &Answers, context: &Context, problems: &mut Vec<Problem>) {
    for required in [Field::Name, Field::Country, Field::Skills] {
        if answers.get(required) == Some(CLEAR) {
            problems.push(Problem::new(required, Kind::Required));
        }
    }
    if let Some(name) = answers.get(Field::Name).filter(|v| *v != CLEAR) {
        profile.name = name.to_string();
    }
    set_optional(&mut profile.pronouns, answers.get(Field::Pronouns));
    if let Some(country) = answers.get(Field::Country).filter(|v| *v != CLEAR) {
        profile.country = context.countries.code(Field::Country, Some(country), problems);
    }
    set_optional(&mut profile.city, answers.get(Field::City));
    if let Some(text) = answers.get(Field::Skills).filter(|v| *v != CLEAR) {
        profile.skills = skills(text, &context.vocabulary, problems);
    }
    match answers.get(Field::Languages) {
        Some(CLEAR) => profile.languages.clear(),
        Some(text) => profile.languages = languages(text),
        None => {}
    }
    let language = bio_language(answers, problems);
    match answers.get(Field::Bio) {
        Some(CLEAR) => {
            profile.bio.remove(&language);
        }
        Some(bio) => {
            profile.bio.insert(language, bio.to_string());
        }
        None if answers.get(Field::BioLanguage).is_some() => {
            problems.push(Problem::new(Field::BioLanguage, Kind::Other("given without a bio".into())));
        }
        None => {}
    }
    set_optional(&mut profile.links.website, answers.get(Field::Website));
    set_optional(&mut profile.links.linkedin, answers.get(Field::Linkedin));
    set_optional(&mut profile.links.mastodon, answers.get(Field::Mastodon));
    match answers.get(Field::OpenTo) {
        Some(CLEAR) => profile.open_to.clear(),
        Some(text) => profile.open_to = open_to(text, problems),
        None => {}
    }
}

/// The file written, once the answers had no problem and the whole profile passes the
/// rules (the same rules the join page applies); else every problem, once each.
fn finish(
    profile: &Profile,
    login: &str,
    context: &Context,
    mut problems: Vec<Problem>,
) -> Result<Change, Vec<Problem>> {
    if problems.is_empty() {
        problems.extend(rules::check(profile, Some(&context.vocabulary)));
    }
    if problems.is_empty() {
        let file = Profile { schema: Some(schema_ref(MEMBERS_DIR)), ..profile.clone() };
        Ok(Change::Write { path: relative(login), contents: file.to_json() })
    } else {
        Err(dedup(problems))
    }
}

/// A join: a new file for the author, recording the day and the author's account id.
pub fn join(root: &Path, author: &Author, answers: &Answers, context: &Context) -> Result<Vec<Change>, Vec<Problem>> {
    let login = member_id(&author.login).map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    if existing(root, &login).map_err(|p| vec![p])?.is_some() {
        problems.push(Problem::new(
            Field::Login,
            Kind::Other(format!("@{login} is already in the directory; use the update form to change your profile")),
        ));
    }
    if !answers.ticked(Field::Consent) {
        problems.push(Problem::new(Field::Consent, Kind::Required));
    }
    let today = context.today.iso();
    let mut profile =
        Profile { joined: Some(today.clone()), confirmed: Some(today), github_id: author.id, ..Profile::default() };
    apply(&mut profile, answers, context, &mut problems);
    for required in [Field::Name, Field::Country, Field::Skills] {
        if answers.get(required).is_none() {
            problems.push(Problem::new(required, Kind::Required));
        }
    }
    finish(&profile, &login, context, problems).map(|change| vec![change])
}

/// An update: the author's file with the answered fields changed, confirmed today. With
/// no field answered it only confirms the profile as it is; one that would leave the file
/// exactly as it was is refused, since nothing would change.
pub fn update(root: &Path, author: &Author, answers: &Answers, context: &Context) -> Result<Vec<Change>, Vec<Problem>> {
    let login = member_id(&author.login).map_err(|p| vec![p])?;
    let Some(before) = existing(root, &login).map_err(|p| vec![p])? else {
        return Err(vec![Problem::new(
            Field::Login,
            Kind::Other(format!("@{login} is not in the directory; use the join form to add yourself")),
        )]);
    };
    same_account(&before, author, &login).map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    if !answers.ticked(Field::Consent) {
        problems.push(Problem::new(Field::Consent, Kind::Required));
    }
    let mut profile = before.clone();
    apply(&mut profile, answers, context, &mut problems);
    profile.confirmed = Some(context.today.iso());
    if profile.github_id.is_none() {
        profile.github_id = author.id;
    }
    let change = finish(&profile, &login, context, problems)?;
    let unchanged = Profile { schema: Some(schema_ref(MEMBERS_DIR)), ..before }.to_json();
    if matches!(&change, Change::Write { contents, .. } if *contents == unchanged) {
        return Err(vec![Problem::new(
            Field::Body,
            Kind::Other("nothing would change: the profile already says this and was confirmed today".into()),
        )]);
    }
    Ok(vec![change])
}

/// A leave: the author's file removed.
pub fn leave(root: &Path, author: &Author, answers: &Answers) -> Result<Vec<Change>, Vec<Problem>> {
    let login = member_id(&author.login).map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    match existing(root, &login).map_err(|p| vec![p])? {
        None => problems.push(Problem::new(
            Field::Login,
            Kind::Other(format!("@{login} is not in the directory, so there is nothing to remove")),
        )),
        Some(profile) => problems.extend(same_account(&profile, author, &login).err()),
    }
    if !answers.ticked(Field::Confirm) {
        problems.push(Problem::new(Field::Confirm, Kind::Required));
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
