//! Directory benchmark helper (host only), driven by `./dev bench`.
//!
//! - `directory-bench generate N SITE`: writes N synthetic members (deterministic) into the
//!   built site folder SITE as the build would: the compact `data/directory.json` and one
//!   `data/members/<id>.json` per member. The directory pages
//!   are given the documents they would carry with this data: the prerendered list stays
//!   the sample's, and the app replaces it with the synthetic one when it takes over.
//! - `directory-bench filter SITE`: decodes SITE's `data/directory.json` as the browser does,
//!   builds the search index and prints the time per query for a fixed set of queries,
//!   including a typed-then-deleted word as the browser runs it, one keystroke at a time.

use std::time::Instant;

use std::path::Path;

use bpd_site::directory::compact::{decode, DIRECTORY_URL};
use bpd_site::directory::filter::Index;
use bpd_site::directory::members::Member;
use bpd_site::directory::profile::{OpenTo, Profile};
use bpd_site::directory::query::parse_query;
use bpd_site::directory::regions::Subregion;
use bpd_site::directory::skills::{parse_skills, Skill};
use bpd_site::site::locale::Locale;
use bpd_site::site::routes::{href, PageId, Route};
use bpd_site::sitegen::output::{directory_files, edit_carried, write_all};

const GIVEN: [&str; 24] = [
    "Adébáyọ̀",
    "Títílọ́pẹ́",
    "Chiamaka",
    "Ɗanjuma",
    "Kwame",
    "Akosua",
    "Aïcha",
    "Mamadou",
    "Wanjiru",
    "Otieno",
    "Nakato",
    "Neema",
    "Selam",
    "Thandiwe",
    "Tendai",
    "Grâce",
    "João",
    "Luíza",
    "Yolanda",
    "Shanice",
    "Nadège",
    "Jasmine",
    "Émile",
    "Makeda",
];
const FAMILY: [&str; 24] = [
    "Ògúnlẹ́yẹ̀",
    "Àkàndé",
    "Eze",
    "Bello",
    "Mensah",
    "Asante",
    "Diallo",
    "Ndiaye",
    "Kamau",
    "Ochieng",
    "Namutebi",
    "Mwakyusa",
    "Tesfaye",
    "Nkosi",
    "Moyo",
    "Ilunga",
    "Silva",
    "Conceição",
    "Mosquera",
    "Campbell",
    "Étienne",
    "Washington",
    "Kouassi",
    "Haile",
];
const CITIES: [&str; 12] = [
    "Lagos",
    "Accra",
    "Nairobi",
    "Kampala",
    "Dakar",
    "São Paulo",
    "Kingston",
    "Atlanta",
    "London",
    "Paris",
    "Johannesburg",
    "Addis Ababa",
];

/// A small deterministic generator (xorshift), so every run benchmarks the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn vocabulary() -> Vec<Skill> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/skills.json");
    parse_skills(&std::fs::read_to_string(path).expect("skills.json")).expect("valid vocabulary")
}

fn generate(n: usize, vocabulary: &[Skill]) -> Vec<Member> {
    let countries: Vec<&str> = Subregion::all().flat_map(|s| s.countries().iter().copied()).collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..n)
        .map(|i| {
            let name = format!("{} {}", GIVEN[rng.below(GIVEN.len())], FAMILY[rng.below(FAMILY.len())]);
            let skills = (0..1 + rng.below(4))
                .map(|_| vocabulary[rng.below(vocabulary.len())].slug.clone())
                .collect::<std::collections::BTreeSet<_>>();
            let open_to = OpenTo::ALL.into_iter().filter(|_| rng.below(3) == 0).collect();
            let city = CITIES[rng.below(CITIES.len())];
            Member {
                id: format!("member-{i}"),
                github: Some(format!("member{i}")),
                sample: false,
                stale: false,
                profile: Profile {
                    name,
                    country: countries[rng.below(countries.len())].to_string(),
                    city: Some(city.to_string()),
                    skills: skills.into_iter().collect(),
                    languages: vec!["en".into()],
                    bio: [("en".to_string(), format!("Python developer in {city}, member number {i}."))]
                        .into_iter()
                        .collect(),
                    open_to,
                    ..Profile::default()
                },
            }
        })
        .collect()
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    times[times.len() / 2]
}

fn filter(site: &Path, vocabulary: &[Skill]) {
    let json = std::fs::read_to_string(site.join("data/directory.json")).expect("data/directory.json");
    let started = Instant::now();
    let directory = decode(&json, vocabulary).expect("valid index");
    let parse_ms = started.elapsed().as_secs_f64() * 1e3;
    let started = Instant::now();
    let index = Index::new(&directory.members, vocabulary, Locale::DEFAULT);
    let index_ms = started.elapsed().as_secs_f64() * 1e3;
    println!("  host: {} members, decode {parse_ms:.1} ms, index {index_ms:.1} ms", index.len());
    let queries = [
        "",
        "q=a",
        "q=ade",
        "q=adebayo",
        "q=nairobi+django",
        "skill=django,data-science",
        "region=western-africa&open_to=mentoring",
        "q=ka&skill=python&region=africa",
    ];
    for query in queries {
        let q = parse_query(query, vocabulary).query;
        // A fresh index each run, so that no run is answered from remembered searches.
        let times = (0..10)
            .map(|_| {
                let index = Index::new(&directory.members, vocabulary, Locale::DEFAULT);
                let started = Instant::now();
                std::hint::black_box(index.search(&q).matching.len());
                started.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        let matches = index.search(&q).matching.len();
        println!(
            "  host filter {:<45} median {:>7.2} ms  ({matches} matches, cold)",
            format!("?{query}"),
            median(times)
        );
    }
    // Keystrokes as the browser sends them: each prefix of a word, then each deletion.
    let word = "adebayo";
    let typed: Vec<&str> =
        (1..=word.len()).map(|n| &word[..n]).chain((0..word.len()).rev().map(|n| &word[..n])).collect();
    let index = Index::new(&directory.members, vocabulary, Locale::DEFAULT);
    let times: Vec<f64> = typed
        .iter()
        .map(|text| {
            let q = parse_query(&format!("q={text}"), vocabulary).query;
            let started = Instant::now();
            std::hint::black_box(index.search(&q).matching.len());
            started.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    let worst = times.iter().cloned().fold(0.0, f64::max);
    println!(
        "  host filter typing and deleting \"{word}\" ({} keystrokes): median {:.2} ms, worst {worst:.2} ms",
        typed.len(),
        median(times)
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let vocabulary = vocabulary();
    match args.get(1).map(String::as_str) {
        Some("generate") if args.len() == 4 => {
            let n: usize = args[2].parse().expect("N");
            let site = Path::new(&args[3]);
            let members = generate(n, &vocabulary);
            let files = directory_files(&members, 0, None, &vocabulary);
            write_all(site, &files).expect("write");
            let directory =
                files.iter().find(|f| f.path == Path::new(DIRECTORY_URL.trim_start_matches('/'))).expect("the index");
            for locale in Locale::all() {
                let page =
                    site.join(href(locale, &Route::Page(PageId::Members)).trim_start_matches('/')).join("index.html");
                let html = std::fs::read_to_string(&page).expect("a prerendered directory page");
                let html = edit_carried(&html, |documents| {
                    // The new index replaces the sample's (carried only if within the limit).
                    documents.retain(|(url, _)| url != DIRECTORY_URL);
                    documents.push((DIRECTORY_URL.to_string(), directory.contents.clone()));
                })
                .expect("the page carries documents");
                std::fs::write(&page, html).expect("write");
            }
        }
        Some("filter") if args.len() == 3 => filter(Path::new(&args[2]), &vocabulary),
        _ => {
            eprintln!("usage: directory-bench generate N SITE | directory-bench filter SITE");
            std::process::exit(2);
        }
    }
}
