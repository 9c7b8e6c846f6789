//! What the directory downloads. The build turns the member files into one compact index of
//! member cards (`/data/directory.json`: just what the list and the filters need, in rows
//! rather than objects) and one file per member (`/data/members/<id>.json`) that only the
//! profile page fetches. The browser validates both again: a bad row is skipped and
//! counted, never fatal.

use serde::{Deserialize, Serialize};
#[cfg(not(target_arch = "wasm32"))]
use serde_json::value::RawValue;

use crate::site::data::DataError;

use super::basics::sort_and_dedup;
use super::members::{validate, Member};
use super::profile::{OpenTo, Profile};
use super::skills::Skill;

/// The compact index, served beside the app.
pub const DIRECTORY_URL: &str = "/data/directory.json";

/// The full record of member `id`, fetched by the profile page.
pub fn member_url(id: &str) -> String {
    format!("/data/members/{id}.json")
}

/// One card: `[id, name, country, city, pronouns, [skill positions], open_to bits, avatar]`.
type Row = (String, String, String, Option<String>, Option<String>, Vec<u16>, u8, Option<String>);

#[derive(Serialize, Deserialize)]
struct File<R> {
    /// Member files the build skipped as invalid.
    skipped: usize,
    /// Skill slugs; rows refer to them by position.
    skills: Vec<String>,
    members: Vec<R>,
    /// Positions of the rows that are sample profiles. Left out when there are none, as in
    /// every production build, so that a row stays eight values long.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    samples: Vec<usize>,
    /// Positions of the rows whose profiles are stale (`Member::stale`), left out when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    stale: Vec<usize>,
    /// How many the community is (`community.json`), which the directory shows while it
    /// has no member: the one figure it needs, carried here rather than fetched apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    community: Option<u32>,
}

/// The members of the directory and how many entries were skipped on the way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Directory {
    pub members: Vec<Member>,
    pub skipped: usize,
    /// The community's size, where the index gives it.
    pub community: Option<u32>,
}

/// The compact index of `members` (already validated), listed in the order given, with the
/// community's size.
pub fn encode(members: &[Member], skipped: usize, community: Option<u32>, vocabulary: &[Skill]) -> String {
    let rows: Vec<Row> = members
        .iter()
        .map(|m| {
            let skills = m
                .skills
                .iter()
                .filter_map(|s| vocabulary.iter().position(|v| v.slug == *s))
                .map(|i| i as u16)
                .collect();
            let open_to = OpenTo::bits(&m.open_to);
            (
                m.id.clone(),
                m.name.clone(),
                m.country.clone(),
                m.city.clone(),
                m.pronouns.clone(),
                skills,
                open_to,
                m.avatar.clone(),
            )
        })
        .collect();
    let positions =
        |flag: fn(&Member) -> bool| members.iter().enumerate().filter(|(_, m)| flag(m)).map(|(i, _)| i).collect();
    let file = File {
        skipped,
        skills: vocabulary.iter().map(|s| s.slug.clone()).collect(),
        members: rows,
        samples: positions(|m| m.sample),
        stale: positions(|m| m.stale),
        community,
    };
    serde_json::to_string(&file).expect("the index serializes")
}

/// Reads the compact index. Malformed JSON is an error; a malformed or invalid row, or a
/// repeated id, is skipped and counted. Skills outside `vocabulary` are dropped.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(json: &str, vocabulary: &[Skill]) -> Result<Directory, DataError> {
    let file: File<Box<RawValue>> =
        serde_json::from_str(json).map_err(|e| DataError(format!("directory.json: {e}")))?;
    let rows = file.members.iter().map(|value| serde_json::from_str::<Row>(value.get()).ok());
    let mut directory = assemble(file.skipped, &file.skills, [&file.samples, &file.stale], rows, vocabulary);
    directory.community = file.community;
    Ok(directory)
}

/// Reads the compact index (see the host's `decode`), parsed by the browser's `JSON.parse`.
#[cfg(target_arch = "wasm32")]
pub fn decode(json: &str, vocabulary: &[Skill]) -> Result<Directory, DataError> {
    use crate::site::json::Value;
    let bad = |what: &str| DataError(format!("directory.json: {what}"));
    let file = Value::parse(json).map_err(|e| bad(&e))?;
    let skipped = file.field("skipped").number().ok_or_else(|| bad("`skipped` is not a count"))? as usize;
    let skills = file.field("skills").list_of(Value::string).ok_or_else(|| bad("`skills` is not a list of slugs"))?;
    let positions = |name: &str| {
        let list = file.field(name);
        match list.is_null() {
            true => Ok(Vec::new()),
            false => list
                .list_of(|v| v.number().map(|n| n as usize))
                .ok_or_else(|| bad(&format!("`{name}` is not a list of positions"))),
        }
    };
    let (samples, stale) = (positions("samples")?, positions("stale")?);
    let rows = file.field("members").list().ok_or_else(|| bad("`members` is not a list"))?;
    let mut directory = assemble(skipped, &skills, [&samples, &stale], rows.iter().map(row), vocabulary);
    directory.community = file.field("community").number().and_then(|n| u32::try_from(n).ok());
    Ok(directory)
}

/// One row of the index (see [`Row`]), or `None` if it is not one.
#[cfg(target_arch = "wasm32")]
fn row(value: &crate::site::json::Value) -> Option<Row> {
    let cells = value.list()?;
    let [id, name, country, city, pronouns, skills, bits, avatar] = cells.as_slice() else { return None };
    let optional = |v: &crate::site::json::Value| if v.is_null() { Some(None) } else { v.string().map(Some) };
    Some((
        id.string()?,
        name.string()?,
        country.string()?,
        optional(city)?,
        optional(pronouns)?,
        skills.list_of(|v| u16::try_from(v.number()?).ok())?,
        u8::try_from(bits.number()?).ok()?,
        optional(avatar)?,
    ))
}

/// The directory from the index's parts: each row a member, or `None` where it did not
/// read as a row.
fn assemble(
    skipped: usize,
    skills: &[String],
    [samples, stale]: [&[usize]; 2],
    rows: impl ExactSizeIterator<Item = Option<Row>>,
    vocabulary: &[Skill],
) -> Directory {
    let known: Vec<Option<&Skill>> = skills.iter().map(|slug| vocabulary.iter().find(|v| v.slug == *slug)).collect();
    let mut directory = Directory { members: Vec::with_capacity(rows.len()), skipped, community: None };
    let mut seen = std::collections::HashSet::new();
    for (position, row) in rows.enumerate() {
        let member = row.map(|(id, name, country, city, pronouns, skills, bits, avatar)| Member {
            id,
            github: None,
            sample: samples.contains(&position),
            stale: stale.contains(&position),
            profile: Profile {
                name,
                pronouns,
                country,
                city,
                skills: skills
                    .iter()
                    .filter_map(|&i| known.get(i as usize).copied().flatten())
                    .map(|s| s.slug.clone())
                    .collect(),
                open_to: OpenTo::from_bits(bits),
                avatar,
                ..Profile::default()
            },
        });
        match member {
            Some(m) if validate(&m).is_ok() && seen.insert(m.id.clone()) => directory.members.push(m),
            _ => directory.skipped += 1,
        }
    }
    directory
}

/// Reads one member's full record; skills outside `vocabulary` are dropped.
pub fn parse_member(json: &str, vocabulary: &[Skill]) -> Result<Member, DataError> {
    let mut member: Member = serde_json::from_str(json).map_err(|e| DataError(format!("member: {e}")))?;
    validate(&member).map_err(DataError)?;
    member.skills.retain(|s| vocabulary.iter().any(|v| v.slug == *s));
    sort_and_dedup(&mut member.open_to);
    Ok(member)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::skills::shipped_vocabulary;

    fn shipped() -> Vec<Member> {
        crate::directory::store::load_members(env!("CARGO_MANIFEST_DIR").as_ref(), true, &shipped_vocabulary())
            .unwrap()
            .members
    }

    /// A member as the directory sees it: the card fields only.
    fn card(m: &Member) -> Member {
        let p = &m.profile;
        let profile = Profile {
            name: p.name.clone(),
            pronouns: p.pronouns.clone(),
            country: p.country.clone(),
            city: p.city.clone(),
            skills: p.skills.clone(),
            open_to: p.open_to.clone(),
            avatar: p.avatar.clone(),
            ..Profile::default()
        };
        Member { github: None, profile, ..m.clone() }
    }

    #[test]
    fn the_index_round_trips_every_card_field() {
        let vocabulary = shipped_vocabulary();
        let mut members = shipped();
        members[0].avatar = Some("https://example.org/a.webp".into());
        members[1].sample = false;
        members[2].stale = true;
        let decoded = decode(&encode(&members, 3, Some(1230), &vocabulary), &vocabulary).unwrap();
        assert_eq!((decoded.skipped, decoded.community), (3, Some(1230)));
        assert_eq!(decoded.members, members.iter().map(card).collect::<Vec<_>>());
        assert!(decoded.members[0].sample && !decoded.members[1].sample);
        assert!(decoded.members[2].stale && !decoded.members[1].stale);
        // Without samples or stale profiles, the index has no trace of them.
        let real: Vec<Member> = members.iter().map(|m| Member { sample: false, stale: false, ..m.clone() }).collect();
        let index = encode(&real, 0, None, &vocabulary);
        for key in ["\"samples\"", "\"stale\"", "\"community\""] {
            assert!(!index.contains(key), "{key}");
        }
    }

    #[test]
    fn bad_rows_are_skipped_and_counted() {
        let vocabulary = shipped_vocabulary();
        let json = r#"{"skipped": 1, "skills": ["django", "knitting"], "samples": [0, 99], "members": [
            ["ada", "Ada Okafor", "NG", "Lagos", null, [0, 1, 7], 3, "https://example.org/ada.webp"],
            ["ada", "Twice", "NG", null, null, [], 0, null],
            ["bad id", "X", "NG", null, null, [], 0, null],
            ["aq", "X", "AQ", null, null, [], 0, null],
            ["js", "X", "NG", null, null, [], 0, "javascript:alert(1)"],
            ["short", "X"],
            42
        ]}"#;
        let decoded = decode(json, &vocabulary).unwrap();
        assert_eq!(decoded.members.len(), 1);
        assert_eq!(decoded.skipped, 7);
        assert_eq!(decoded.members[0].avatar.as_deref(), Some("https://example.org/ada.webp"));
        assert_eq!(decoded.members[0].skills, vec!["django"]);
        assert_eq!(decoded.members[0].open_to, vec![OpenTo::Mentoring, OpenTo::Speaking]);
        assert!(decoded.members[0].sample);
        assert!(decode("[1, 2]", &vocabulary).is_err());
        assert!(decode("{", &vocabulary).is_err());
    }

    #[test]
    fn a_member_file_is_validated() {
        let vocabulary = shipped_vocabulary();
        let ok = parse_member(
            r#"{"id": "x", "profile": {"name": "<b>X</b>", "country": "BR", "skills": ["django", "knitting"]}}"#,
            &vocabulary,
        )
        .unwrap();
        assert_eq!((ok.name.as_str(), ok.skills.clone()), ("<b>X</b>", vec!["django".to_string()]));
        let bad_link = r#"{"id": "x", "profile": {"name": "X", "country": "BR", "skills": [], "links": {"website": "javascript:alert(1)"}}}"#;
        assert!(parse_member(bad_link, &vocabulary).is_err());
        assert!(parse_member("[]", &vocabulary).is_err());
    }
}
