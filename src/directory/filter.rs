//! Filtering the directory: a compact index built once per locale, queried on every
//! keystroke. Within a facet values combine with OR, across facets with AND; the free text
//! matches name, city and skill names ignoring case and diacritics. Each facet value is
//! counted with the other facets applied, so a count says what choosing it would give.

use std::sync::{Arc, Mutex};

use super::basics::fold;
use crate::site::locale::Locale;

use super::members::Member;
use super::profile::OpenTo;
use super::query::Query;
use super::regions::{Subregion, CONTINENTS};
use super::skills::Skill;

/// One member, reduced to what filtering needs.
#[derive(Clone, Debug)]
struct Entry {
    /// Folded name and city, one per line.
    haystack: String,
    subregion: Subregion,
    /// Positions in the vocabulary.
    skills: Vec<u16>,
    /// Bit per `OpenTo::ALL` position.
    open_to: u8,
    /// Listed after the fresh profiles, whatever the order.
    stale: bool,
}

/// The result of a search: matching members (positions in the member list, in display
/// order) and the facet counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub matching: Vec<usize>,
    pub counts: FacetCounts,
}

/// How many members each facet value would give, with the other facets applied.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Indexed like the vocabulary.
    pub skills: Vec<usize>,
    /// Indexed like `Subregion::all()`.
    pub subregions: Vec<usize>,
    /// Indexed like `CONTINENTS` (which is in `Continent` order).
    pub continents: Vec<usize>,
    /// Indexed like `OpenTo::ALL`.
    pub open_to: Vec<usize>,
}

/// Members whose text matches a list of folded terms, in display order.
type TextMatches = Arc<Vec<u32>>;

/// How many recent text searches are remembered. Typing narrows a remembered set instead
/// of scanning everyone, and deleting a character finds its earlier set here.
const RECENT_TEXT_SEARCHES: usize = 32;

/// A search index over a member list for one locale.
pub struct Index {
    entries: Vec<Entry>,
    /// Member positions in display order (by folded name until `set_order`).
    order: Vec<u32>,
    vocabulary: Vec<String>,
    /// Each skill's folded names (in the locale and in English), searchable as text.
    skill_text: Vec<String>,
    recent: Mutex<Vec<(Vec<String>, TextMatches)>>,
}

/// Whether every set matching `wider` contains every member matching `narrower`: each
/// wider term is part of some narrower term.
fn narrows(narrower: &[String], wider: &[String]) -> bool {
    wider.iter().all(|w| narrower.iter().any(|n| n.contains(w.as_str())))
}

impl Index {
    /// Builds the index. Skill names are searchable in `locale` and in English.
    pub fn new(members: &[Member], vocabulary: &[Skill], locale: Locale) -> Index {
        // Fold each name once, and each skill's names once for the whole vocabulary.
        let names: Vec<String> = members.iter().map(|m| fold(&m.name)).collect();
        let entries: Vec<Entry> = members
            .iter()
            .zip(&names)
            .map(|(m, name)| {
                let skills: Vec<u16> = m
                    .skills
                    .iter()
                    .filter_map(|s| vocabulary.iter().position(|v| v.slug == *s))
                    .map(|i| i as u16)
                    .collect();
                let mut haystack = name.clone();
                if let Some(city) = &m.city {
                    haystack.push('\n');
                    haystack.push_str(&fold(city));
                }
                Entry { haystack, subregion: m.subregion(), skills, open_to: OpenTo::bits(&m.open_to), stale: m.stale }
            })
            .collect();
        let mut order: Vec<u32> = (0..members.len() as u32).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            (members[a].stale, &names[a], &members[a].name).cmp(&(members[b].stale, &names[b], &members[b].name))
        });
        Index {
            entries,
            order,
            vocabulary: vocabulary.iter().map(|s| s.slug.clone()).collect(),
            skill_text: vocabulary
                .iter()
                .map(|s| format!("{}\n{}", fold(s.name(locale)), fold(s.name(Locale::DEFAULT))))
                .collect(),
            recent: Mutex::new(Vec::new()),
        }
    }

    /// Replaces the display order, for example with the browser's locale-aware collation;
    /// stale profiles stay after the fresh ones, each in the order given. Ignored unless
    /// `order` lists every member exactly once.
    pub fn set_order(&mut self, order: Vec<usize>) {
        let mut seen = vec![false; self.entries.len()];
        if order.len() != seen.len() || !order.iter().all(|&i| i < seen.len() && !std::mem::replace(&mut seen[i], true))
        {
            return;
        }
        let (fresh, stale): (Vec<u32>, Vec<u32>) =
            order.into_iter().map(|i| i as u32).partition(|&i| !self.entries[i as usize].stale);
        self.order = fresh.into_iter().chain(stale).collect();
        self.recent.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Members whose name, city or skill names contain every term, in display order.
    fn text_matches(&self, terms: Vec<String>) -> TextMatches {
        let mut recent = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, found)) = recent.iter().find(|(t, _)| *t == terms) {
            return found.clone();
        }
        // Start from the smallest remembered set that is known to contain the answer.
        let candidates: Option<TextMatches> = recent
            .iter()
            .filter(|(wider, _)| narrows(&terms, wider))
            .map(|(_, set)| set.clone())
            .min_by_key(|set| set.len());
        let skill_hits: Vec<Vec<bool>> =
            terms.iter().map(|t| self.skill_text.iter().map(|s| s.contains(t.as_str())).collect()).collect();
        let matches_text = |i: u32| {
            let e = &self.entries[i as usize];
            terms
                .iter()
                .zip(&skill_hits)
                .all(|(t, hits)| e.haystack.contains(t.as_str()) || e.skills.iter().any(|&s| hits[s as usize]))
        };
        let found: TextMatches = Arc::new(match &candidates {
            Some(set) => set.iter().copied().filter(|&i| matches_text(i)).collect(),
            None => self.order.iter().copied().filter(|&i| matches_text(i)).collect(),
        });
        if recent.len() == RECENT_TEXT_SEARCHES {
            recent.remove(0);
        }
        recent.push((terms, found.clone()));
        found
    }

    /// Members matching `query`, in display order, with facet counts.
    pub fn search(&self, query: &Query) -> Results {
        let terms: Vec<String> = fold(&query.text).split_whitespace().map(str::to_string).collect();
        let wanted_skills: Vec<u16> =
            query.skills.iter().filter_map(|s| self.vocabulary.iter().position(|v| v == s)).map(|i| i as u16).collect();
        let wanted_open = OpenTo::bits(&query.open_to);
        let mut results = Results {
            matching: Vec::new(),
            counts: FacetCounts {
                skills: vec![0; self.vocabulary.len()],
                subregions: vec![0; 22],
                continents: vec![0; CONTINENTS.len()],
                open_to: vec![0; OpenTo::ALL.len()],
            },
        };
        for &i in self.text_matches(terms).iter() {
            let e = &self.entries[i as usize];
            let skill_ok = query.skills.is_empty() || e.skills.iter().any(|s| wanted_skills.contains(s));
            let region_ok = query.regions.is_empty() || query.regions.iter().any(|r| r.contains(e.subregion));
            let open_ok = query.open_to.is_empty() || e.open_to & wanted_open != 0;
            if region_ok && open_ok {
                for &s in &e.skills {
                    results.counts.skills[s as usize] += 1;
                }
            }
            if skill_ok && open_ok {
                results.counts.subregions[e.subregion as usize] += 1;
                results.counts.continents[e.subregion.continent() as usize] += 1;
            }
            if skill_ok && region_ok {
                for (bit, count) in results.counts.open_to.iter_mut().enumerate() {
                    if e.open_to & (1 << bit) != 0 {
                        *count += 1;
                    }
                }
                if open_ok {
                    results.matching.push(i as usize);
                }
            }
        }
        results
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::profile::Profile;
    use crate::directory::query::{parse_query, RegionFilter};
    use proptest::prelude::*;

    fn vocabulary() -> Vec<Skill> {
        crate::directory::skills::shipped_vocabulary()
    }

    fn member(id: &str, name: &str, country: &str, city: Option<&str>, skills: &[&str], open_to: &[OpenTo]) -> Member {
        Member {
            id: id.into(),
            github: None,
            sample: false,
            stale: false,
            profile: Profile {
                name: name.into(),
                country: country.into(),
                city: city.map(String::from),
                skills: skills.iter().map(|s| s.to_string()).collect(),
                open_to: open_to.to_vec(),
                ..Profile::default()
            },
        }
    }

    #[test]
    fn folding_ignores_case_and_diacritics() {
        assert_eq!(fold("Adébáyọ̀"), "adebayo");
        assert_eq!(fold("ƊANJUMA Ɓello"), "danjuma bello");
        assert_eq!(fold("São Paulo"), "sao paulo");
        assert_eq!(fold("Nkechi"), "nkechi");
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("ΟΔΥΣΣΕΥΣ"), fold("οδυσσευσ"));
    }

    #[test]
    fn search_text_matches_name_city_and_skill_names_in_two_languages() {
        let members = vec![
            member("a", "Adébáyọ̀ Ogunleye", "NG", Some("Ìbàdàn"), &["django"], &[]),
            member("b", "Wanjiru Kamau", "KE", Some("Nairobi"), &["data-science"], &[]),
        ];
        let index = Index::new(&members, &vocabulary(), Locale::from_code("sw").unwrap());
        let ids = |text: &str| {
            let q = Query { text: text.into(), ..Default::default() };
            index.search(&q).matching.iter().map(|&i| members[i].id.clone()).collect::<Vec<_>>()
        };
        assert_eq!(ids("adebayo"), vec!["a"]);
        assert_eq!(ids("IBADAN"), vec!["a"]);
        assert_eq!(ids("sayansi ya data"), vec!["b"]);
        assert_eq!(ids("data science"), vec!["b"]);
        assert_eq!(ids("ogunleye django"), vec!["a"]);
        assert!(ids("nobody").is_empty());
        assert_eq!(ids(""), vec!["a", "b"]);
    }

    #[test]
    fn facets_or_within_and_across_with_counts_excluding_their_own_facet() {
        let members = vec![
            member("a", "Ama", "GH", None, &["django"], &[OpenTo::Mentoring]),
            member("b", "Bola", "NG", None, &["data-science"], &[OpenTo::Speaking]),
            member("c", "Chidi", "JM", None, &["django", "data-science"], &[OpenTo::Mentoring]),
            member("d", "Dede", "KE", None, &["devops"], &[]),
        ];
        let vocabulary = vocabulary();
        let index = Index::new(&members, &vocabulary, Locale::DEFAULT);
        let q = parse_query("skill=django,data-science&region=africa", &vocabulary).query;
        let results = index.search(&q);
        assert_eq!(results.matching, vec![0, 1]);
        let pos = |slug: &str| vocabulary.iter().position(|s| s.slug == slug).unwrap();
        // Skill counts apply the region facet only: Ama, Bola, Dede are in Africa.
        assert_eq!(results.counts.skills[pos("django")], 1);
        assert_eq!(results.counts.skills[pos("devops")], 1);
        // Region counts apply the skill facet only: Chidi (Caribbean) counts there.
        assert_eq!(results.counts.subregions[Subregion::Caribbean as usize], 1);
        assert_eq!(results.counts.continents[0], 2);
        assert_eq!(results.counts.open_to, vec![1, 1, 0]);
        let only_mentoring = Query { open_to: vec![OpenTo::Mentoring], ..q };
        assert_eq!(index.search(&only_mentoring).matching, vec![0]);
        let caribbean = Query { regions: vec![RegionFilter::Subregion(Subregion::Caribbean)], ..Default::default() };
        assert_eq!(index.search(&caribbean).matching, vec![2]);
    }

    #[test]
    fn results_are_sorted_by_folded_name() {
        let members = vec![
            member("z", "Zainab", "NG", None, &[], &[]),
            member("e", "Émile", "FR", None, &[], &[]),
            member("a", "amara", "SN", None, &[], &[]),
        ];
        let index = Index::new(&members, &vocabulary(), Locale::DEFAULT);
        assert_eq!(index.search(&Query::default()).matching, vec![2, 1, 0]);
    }

    #[test]
    fn set_order_accepts_only_a_permutation() {
        let members = vec![
            member("z", "Zainab", "NG", None, &[], &[]),
            member("e", "Émile", "FR", None, &[], &[]),
            member("a", "amara", "SN", None, &[], &[]),
        ];
        let mut index = Index::new(&members, &vocabulary(), Locale::DEFAULT);
        index.set_order(vec![0, 0, 1]);
        index.set_order(vec![0, 1]);
        index.set_order(vec![0, 1, 3]);
        assert_eq!(index.search(&Query::default()).matching, vec![2, 1, 0]);
        index.set_order(vec![1, 0, 2]);
        assert_eq!(index.search(&Query::default()).matching, vec![1, 0, 2]);
    }

    #[test]
    fn stale_profiles_are_listed_after_the_fresh_ones_in_any_order() {
        let mut members = vec![
            member("a", "Amara", "SN", None, &["python"], &[]),
            member("b", "Bola", "NG", None, &["python"], &[]),
            member("c", "Chidi", "NG", None, &["django"], &[]),
        ];
        members[0].stale = true;
        let mut index = Index::new(&members, &vocabulary(), Locale::DEFAULT);
        assert_eq!(index.search(&Query::default()).matching, vec![1, 2, 0]);
        let python = Query { skills: vec!["python".into()], ..Query::default() };
        assert_eq!(index.search(&python).matching, vec![1, 0]);
        // The browser's collation reorders within each group, never across.
        index.set_order(vec![0, 2, 1]);
        assert_eq!(index.search(&Query::default()).matching, vec![2, 1, 0]);
    }

    /// The reference: the rules written as plainly as possible, member by member.
    fn reference_matches(m: &Member, q: &Query, vocabulary: &[Skill], locale: Locale, ignore: &str) -> bool {
        let mut fields = vec![m.name.clone()];
        fields.extend(m.city.clone());
        for s in &m.skills {
            let skill = vocabulary.iter().find(|v| v.slug == *s).unwrap();
            fields.push(skill.name(locale).to_string());
            fields.push(skill.name(Locale::DEFAULT).to_string());
        }
        let text_ok = fold(&q.text).split_whitespace().all(|t| fields.iter().any(|f| fold(f).contains(t)));
        let skill_ok = ignore == "skill" || q.skills.is_empty() || m.skills.iter().any(|s| q.skills.contains(s));
        let region_ok =
            ignore == "region" || q.regions.is_empty() || q.regions.iter().any(|r| r.contains(m.subregion()));
        let open_ok = ignore == "open_to" || q.open_to.is_empty() || m.open_to.iter().any(|o| q.open_to.contains(o));
        text_ok && skill_ok && region_ok && open_ok
    }

    const NAMES: [&str; 8] = [
        "Adébáyọ̀ Ogunleye",
        "Ɗanjuma Bello",
        "Wanjiru Kamau",
        "João Silva",
        "Aïcha Diallo",
        "Kwame Mensah",
        "Zoë Baptiste",
        "Nkechi Eze",
    ];
    const COUNTRIES: [&str; 8] = ["NG", "KE", "BR", "SN", "JM", "GB", "US", "PH"];

    fn arb_member() -> impl Strategy<Value = Member> {
        let slugs: Vec<String> = vocabulary().into_iter().map(|s| s.slug).collect();
        (
            0..NAMES.len(),
            0..COUNTRIES.len(),
            proptest::sample::subsequence(slugs, 0..4),
            proptest::sample::subsequence(OpenTo::ALL.to_vec(), 0..3),
            proptest::option::of("[A-Za-zé ]{1,8}"),
        )
            .prop_map(|(n, c, skills, open_to, city)| Member {
                id: "m".into(),
                github: None,
                sample: false,
                stale: false,
                profile: Profile {
                    name: NAMES[n].into(),
                    country: COUNTRIES[c].into(),
                    city,
                    skills,
                    open_to,
                    ..Profile::default()
                },
            })
    }

    fn arb_query() -> impl Strategy<Value = Query> {
        let slugs: Vec<String> = vocabulary().into_iter().map(|s| s.slug).collect();
        let regions: Vec<RegionFilter> = Subregion::all()
            .map(RegionFilter::Subregion)
            .chain(CONTINENTS.into_iter().map(RegionFilter::Continent))
            .collect();
        (
            prop_oneof![
                "",
                "a",
                "ad",
                "ade",
                "adeb",
                "DANJUMA",
                "dan",
                "joao silva",
                "jo",
                "data",
                "data s",
                "é",
                "zz",
                "o"
            ],
            proptest::sample::subsequence(slugs, 0..3),
            proptest::sample::subsequence(regions, 0..3),
            proptest::sample::subsequence(OpenTo::ALL.to_vec(), 0..2),
        )
            .prop_map(|(text, skills, regions, open_to)| Query {
                text: text.to_string(),
                skills,
                regions,
                open_to,
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn search_agrees_with_the_reference(members in proptest::collection::vec(arb_member(), 0..25), query in arb_query(), l in 0usize..4) {
            let vocabulary = vocabulary();
            let locale = Locale::all().nth(l).unwrap();
            let index = Index::new(&members, &vocabulary, locale);
            let results = index.search(&query);
            let mut expected: Vec<usize> = (0..members.len()).filter(|&i| reference_matches(&members[i], &query, &vocabulary, locale, "")).collect();
            let mut got = results.matching.clone();
            got.sort();
            expected.sort();
            prop_assert_eq!(got, expected);
            for (s, skill) in vocabulary.iter().enumerate() {
                let expected = members.iter().filter(|m| m.skills.contains(&skill.slug) && reference_matches(m, &query, &vocabulary, locale, "skill")).count();
                prop_assert_eq!(results.counts.skills[s], expected, "skill {}", skill.slug);
            }
            for sub in Subregion::all() {
                let expected = members.iter().filter(|m| m.subregion() == sub && reference_matches(m, &query, &vocabulary, locale, "region")).count();
                prop_assert_eq!(results.counts.subregions[sub as usize], expected);
            }
            for (o, open) in OpenTo::ALL.iter().enumerate() {
                let expected = members.iter().filter(|m| m.open_to.contains(open) && reference_matches(m, &query, &vocabulary, locale, "open_to")).count();
                prop_assert_eq!(results.counts.open_to[o], expected);
            }
        }

        /// Typing and deleting reuse remembered text matches; the answers must be those of
        /// an index that has never searched before.
        #[test]
        fn remembered_searches_give_fresh_answers(members in proptest::collection::vec(arb_member(), 0..25), queries in proptest::collection::vec(arb_query(), 1..12)) {
            let vocabulary = vocabulary();
            let index = Index::new(&members, &vocabulary, Locale::DEFAULT);
            for query in &queries {
                let fresh = Index::new(&members, &vocabulary, Locale::DEFAULT);
                prop_assert_eq!(index.search(query), fresh.search(query));
            }
        }
    }
}
