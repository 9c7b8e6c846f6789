//! The member directory's pure logic: regions derived from countries (UN M49), the skill
//! vocabulary, member records, the URL query state and filtering with facet counts.
//! No browser dependency; the directory's components sit on top of this.

pub mod basics;
pub mod compact;
pub mod filter;
pub mod join;
pub mod members;
pub mod profile;
pub mod query;
pub mod regions;
pub mod rules;
pub mod skills;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod store;

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    /// Each module of `src/directory/` and the modules of it that its code (tests aside)
    /// imports, read from the source.
    fn imports() -> BTreeMap<String, BTreeSet<String>> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/directory");
        let mut graph = BTreeMap::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if name == "mod" {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            let code = source.split("#[cfg(test)]").next().unwrap();
            let mut used = BTreeSet::new();
            for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for prefix in ["super::", "crate::directory::"] {
                    for (at, _) in line.match_indices(prefix) {
                        let rest = &line[at + prefix.len()..];
                        let module: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                        if !module.is_empty() && module != name && module != "super" {
                            used.insert(module);
                        }
                    }
                }
            }
            graph.insert(name, used);
        }
        graph
    }

    #[test]
    fn the_directory_modules_import_one_way_with_basics_at_the_bottom() {
        let graph = imports();
        assert!(graph["basics"].is_empty(), "basics imports {:?}", graph["basics"]);
        // Peel off modules that import nothing left; a cycle is what remains.
        let mut left = graph.clone();
        while let Some(leaf) =
            left.iter().find(|(_, used)| used.iter().all(|u| !left.contains_key(u))).map(|(m, _)| m.clone())
        {
            left.remove(&leaf);
        }
        assert!(left.is_empty(), "these modules import each other in a circle: {left:?}");
        // And the check can see one: every module but `basics` and `regions` imports some.
        assert!(graph["rules"].contains("profile") && graph["members"].contains("rules"), "{graph:?}");
    }
}
