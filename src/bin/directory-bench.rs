//! Directory benchmark helper (host only), driven by `./dev bench`.
//!
//! - `directory-bench generate N FILE`: writes N synthetic members (deterministic) to FILE.
//! - `directory-bench filter FILE`: builds the search index over FILE and prints the time
//!   per query for a fixed set of queries, as the browser would run them on a keystroke.

use std::time::Instant;

use bpd_site::directory::filter::Index;
use bpd_site::directory::members::{parse_members, Member, OpenTo};
use bpd_site::directory::query::parse_query;
use bpd_site::directory::regions::SUBREGIONS;
use bpd_site::directory::skills::{parse_skills, Skill};
use bpd_site::site::locale::Locale;

const GIVEN: [&str; 24] = [
    "Adébáyọ̀", "Títílọ́pẹ́", "Chiamaka", "Ɗanjuma", "Kwame", "Akosua", "Aïcha", "Mamadou", "Wanjiru", "Otieno", "Nakato", "Neema",
    "Selam", "Thandiwe", "Tendai", "Grâce", "João", "Luíza", "Yolanda", "Shanice", "Nadège", "Jasmine", "Émile", "Makeda",
];
const FAMILY: [&str; 24] = [
    "Ògúnlẹ́yẹ̀", "Àkàndé", "Eze", "Bello", "Mensah", "Asante", "Diallo", "Ndiaye", "Kamau", "Ochieng", "Namutebi", "Mwakyusa",
    "Tesfaye", "Nkosi", "Moyo", "Ilunga", "Silva", "Conceição", "Mosquera", "Campbell", "Étienne", "Washington", "Kouassi", "Haile",
];
const CITIES: [&str; 12] = ["Lagos", "Accra", "Nairobi", "Kampala", "Dakar", "São Paulo", "Kingston", "Atlanta", "London", "Paris", "Johannesburg", "Addis Ababa"];

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
    let countries: Vec<&str> = SUBREGIONS.iter().flat_map(|e| e.3.iter().copied()).collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..n)
        .map(|i| {
            let name = format!("{} {}", GIVEN[rng.below(GIVEN.len())], FAMILY[rng.below(FAMILY.len())]);
            let skills = (0..1 + rng.below(4)).map(|_| vocabulary[rng.below(vocabulary.len())].slug.clone()).collect::<std::collections::BTreeSet<_>>();
            let open_to = OpenTo::ALL.into_iter().filter(|_| rng.below(3) == 0).collect();
            let city = CITIES[rng.below(CITIES.len())];
            Member {
                id: format!("member-{i}"),
                name,
                pronouns: None,
                country: countries[rng.below(countries.len())].to_string(),
                city: Some(city.to_string()),
                skills: skills.into_iter().collect(),
                languages: vec!["en".into()],
                bio: [("en".to_string(), format!("Python developer in {city}, member number {i}."))].into_iter().collect(),
                github: Some(format!("member{i}")),
                links: Default::default(),
                open_to,
                avatar: None,
            }
        })
        .collect()
}

fn filter(path: &str, vocabulary: &[Skill]) {
    let json = std::fs::read_to_string(path).expect("members file");
    let started = Instant::now();
    let parsed = parse_members(&json, vocabulary).expect("valid members");
    let parse_ms = started.elapsed().as_secs_f64() * 1e3;
    let started = Instant::now();
    let index = Index::new(&parsed.members, vocabulary, Locale::DEFAULT);
    let index_ms = started.elapsed().as_secs_f64() * 1e3;
    println!("  host: {} members, parse {parse_ms:.1} ms, index {index_ms:.1} ms", index.len());
    let queries = ["", "q=a", "q=ade", "q=adebayo", "q=nairobi+django", "skill=django,data-science", "region=western-africa&open_to=mentoring", "q=ka&skill=python&region=africa"];
    for query in queries {
        let q = parse_query(query, vocabulary).query;
        let runs = 20;
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let started = Instant::now();
                let results = index.search(&q);
                std::hint::black_box(results.matching.len());
                started.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        times.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let matches = index.search(&q).matching.len();
        println!("  host filter {:<45} median {:>7.2} ms  ({matches} matches)", format!("?{query}"), times[runs / 2]);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let vocabulary = vocabulary();
    match args.get(1).map(String::as_str) {
        Some("generate") if args.len() == 4 => {
            let n: usize = args[2].parse().expect("N");
            let members = generate(n, &vocabulary);
            std::fs::write(&args[3], serde_json::to_string(&members).unwrap()).expect("write");
        }
        Some("filter") if args.len() == 3 => filter(&args[2], &vocabulary),
        _ => {
            eprintln!("usage: directory-bench generate N FILE | directory-bench filter FILE");
            std::process::exit(2);
        }
    }
}
