//! Retold, not copied: no run of 12 or more words of the community's site (the copies in
//! `../shared/reference/`, both the 2024 one with its translations and the 2026 one) appears
//! in the site's content, outside the three things that may stay word for word:
//! - the seed's About text (`../shared/seeds/`), the community's own words for the site;
//! - the Code of Conduct's licence and attribution (its last section);
//! - lists of names or titles: a run most of whose words start with a capital letter.
//!
//! Words are compared in lower case, with Markdown links reduced to their text, addresses,
//! HTML tags and apostrophes left out, so that punctuation or a link cannot hide a copy.
//! `cargo test` runs the check when the reference folder is beside the repository.

use std::collections::HashSet;
use std::path::Path;

/// How many words make a run.
pub const RUN: usize = 12;

/// The words of `text` as they are compared (see the module's documentation), each with
/// whether it started with a capital letter.
pub fn words(text: &str) -> Vec<(String, bool)> {
    let text = strip_front_matter(text);
    let mut cleaned = String::with_capacity(text.len());
    let mut rest = text;
    // Links and images keep their text; their addresses go.
    while let Some(open) = rest.find("](") {
        let Some(close) = rest[open..].find(')') else { break };
        cleaned.push_str(&rest[..open]);
        cleaned.push(' ');
        rest = &rest[open + close + 1..];
    }
    cleaned.push_str(rest);
    let mut out = Vec::new();
    let mut in_tag = false;
    for token in cleaned.split(|c: char| c.is_whitespace()) {
        if token.starts_with("http://") || token.starts_with("https://") || token.starts_with("mailto:") {
            continue;
        }
        let mut word = String::new();
        let mut capital = None;
        let flush = |word: &mut String, capital: &mut Option<bool>, out: &mut Vec<(String, bool)>| {
            if !word.is_empty() {
                out.push((std::mem::take(word).to_lowercase(), capital.take().unwrap_or(false)));
            }
        };
        for c in token.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if in_tag => {}
                '\'' | '\u{2019}' => {}
                c if c.is_alphanumeric() || c == '_' => {
                    capital.get_or_insert(c.is_uppercase());
                    word.push(c);
                }
                _ => flush(&mut word, &mut capital, &mut out),
            }
        }
        flush(&mut word, &mut capital, &mut out);
    }
    out
}

fn strip_front_matter(text: &str) -> &str {
    for fence in ["+++", "---"] {
        if let Some(rest) = text.strip_prefix(fence) {
            if let Some(end) = rest.find(&format!("\n{fence}")) {
                return &rest[end + fence.len() + 1..];
            }
        }
    }
    text
}

/// Every run of [`RUN`] words of `text`, joined by spaces.
fn runs(words: &[(String, bool)]) -> impl Iterator<Item = String> + '_ {
    words.windows(RUN).map(|w| w.iter().map(|(word, _)| word.as_str()).collect::<Vec<_>>().join(" "))
}

/// The runs of every text file under `dir` (Markdown, HTML, JSON, YAML, TOML, text).
pub fn runs_under(dir: &Path) -> std::io::Result<HashSet<String>> {
    let mut all = HashSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|e| ["md", "html", "json", "yml", "yaml", "toml", "txt"].iter().any(|x| e == *x))
            {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    all.extend(runs(&words(&text)));
                }
            }
        }
    }
    Ok(all)
}

/// The runs of `text` (named `name`) found in `reference` and not in `allowed`, each
/// merged with the runs it overlaps into one passage, without the lists of names.
pub fn copied(name: &str, text: &str, reference: &HashSet<String>, allowed: &HashSet<String>) -> Vec<String> {
    let words = words(text);
    let hits: Vec<bool> = runs(&words).map(|run| reference.contains(&run) && !allowed.contains(&run)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        if !hits[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < hits.len() && hits[i + 1] {
            i += 1;
        }
        let passage = &words[start..i + RUN];
        let capitals = passage.iter().filter(|(_, capital)| *capital).count();
        if capitals * 2 <= passage.len() {
            let text: Vec<&str> = passage.iter().map(|(word, _)| word.as_str()).collect();
            out.push(format!("{name}: {}", text.join(" ")));
        }
        i += 1;
    }
    out
}

/// The Code of Conduct without its last section, its licence and attribution.
pub fn without_attribution(coc: &str) -> &str {
    coc.rfind("\n## ").map_or(coc, |at| &coc[..at])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    /// Every file of the site's own words: pages, posts and interface strings in every
    /// language, and the data files.
    fn our_texts() -> Vec<(String, String)> {
        let mut texts = Vec::new();
        let mut stack = vec![root().join("locales"), root().join("public/data")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "md" || e == "toml") {
                    let name = path.strip_prefix(root()).unwrap().display().to_string();
                    let text = std::fs::read_to_string(&path).unwrap();
                    let text =
                        if name.ends_with("pages/coc.md") { without_attribution(&text).to_string() } else { text };
                    texts.push((name, text));
                } else if path.extension().is_some_and(|e| e == "json") {
                    // A data file's text is its string values, each on its own (its field
                    // names and addresses are not prose).
                    let name = path.strip_prefix(root()).unwrap().display().to_string();
                    let value: serde_json::Value =
                        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                    let mut leaves = Vec::new();
                    string_leaves(&value, &mut leaves);
                    texts.extend(leaves.into_iter().map(|text| (name.clone(), text)));
                }
            }
        }
        texts
    }

    fn string_leaves(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) if !s.starts_with("https://") => out.push(s.clone()),
            serde_json::Value::Array(list) => list.iter().for_each(|v| string_leaves(v, out)),
            serde_json::Value::Object(map) => map.values().for_each(|v| string_leaves(v, out)),
            _ => {}
        }
    }

    #[test]
    fn no_run_of_twelve_words_is_copied_from_the_communitys_site() {
        let reference = root().join("../shared/reference");
        if !reference.is_dir() {
            eprintln!("skipped: no copy of the community's site at {}", reference.display());
            return;
        }
        let from_site = runs_under(&reference).unwrap();
        assert!(from_site.len() > 10_000, "the copies were read: {}", from_site.len());
        let seed = runs_under(&root().join("../shared/seeds")).unwrap();
        let copied: Vec<String> =
            our_texts().iter().flat_map(|(name, text)| copied(name, text, &from_site, &seed)).collect();
        assert!(copied.is_empty(), "retell these passages:\n{}", copied.join("\n"));
    }

    #[test]
    fn a_copy_is_found_through_case_punctuation_and_links_but_names_and_allowed_text_are_not() {
        let source = "We are proud to extend this opportunity to every student in Black Python Devs this year.";
        let reference: HashSet<String> = runs(&words(source)).collect();
        let none = HashSet::new();
        let copy = "We are PROUD to extend [this opportunity](https://x.org/) to every student, in Black Python Devs this year!";
        assert_eq!(copied("a.md", copy, &reference, &none).len(), 1);
        assert!(copied("a.md", "We are glad to offer students this chance.", &reference, &none).is_empty());
        assert!(copied("a.md", copy, &reference, &reference).is_empty(), "allowed text");
        let names = "Dawn Wages, Sarah Abderemane, Abigail Mesrenyame Dogbe, Velda Kiara, Kojo Idrissa and Aisha Bello";
        let list: HashSet<String> = runs(&words(names)).collect();
        assert!(copied("a.md", names, &list, &none).is_empty(), "a list of names");
        let front = "+++\ntitle = \"x\"\n+++\nWe are proud to extend this opportunity to every student in Black Python Devs this year.";
        assert_eq!(copied("a.md", front, &reference, &none).len(), 1);
    }

    #[test]
    fn the_code_of_conducts_attribution_is_its_last_section() {
        let coc = "## 1. Purpose\nText.\n## 11. License and attribution\nThis is a modified version.";
        assert_eq!(without_attribution(coc), "## 1. Purpose\nText.");
    }
}
