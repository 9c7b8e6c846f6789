//! UN M49 geoscheme: the 22 subregions grouped into five continents, and each ISO 3166-1
//! alpha-2 country's subregion. A member's region is always derived from their country
//! through this table; it is never stored in member data.

/// A continent (M49 "region").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Continent {
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
}

/// An M49 subregion. Slugs are the English names in lower case with hyphens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subregion {
    NorthernAfrica,
    EasternAfrica,
    MiddleAfrica,
    SouthernAfrica,
    WesternAfrica,
    Caribbean,
    CentralAmerica,
    SouthAmerica,
    NorthernAmerica,
    CentralAsia,
    EasternAsia,
    SouthEasternAsia,
    SouthernAsia,
    WesternAsia,
    EasternEurope,
    NorthernEurope,
    SouthernEurope,
    WesternEurope,
    AustraliaAndNewZealand,
    Melanesia,
    Micronesia,
    Polynesia,
}

use Subregion::*;

use crate::site::i18n::{t, Key};
use crate::site::locale::Locale;

/// Every continent, in display order.
pub const CONTINENTS: [Continent; 5] =
    [Continent::Africa, Continent::Americas, Continent::Asia, Continent::Europe, Continent::Oceania];

/// Every subregion with its continent, slug and member countries (ISO 3166-1 alpha-2).
pub const SUBREGIONS: [(Subregion, Continent, &str, Key, &[&str]); 22] = [
    (
        NorthernAfrica,
        Continent::Africa,
        "northern-africa",
        Key::RegionNorthernAfrica,
        &["DZ", "EG", "EH", "LY", "MA", "SD", "TN"],
    ),
    (
        EasternAfrica,
        Continent::Africa,
        "eastern-africa",
        Key::RegionEasternAfrica,
        &[
            "BI", "DJ", "ER", "ET", "IO", "KE", "KM", "MG", "MU", "MW", "MZ", "RE", "RW", "SC", "SO", "SS", "TF", "TZ",
            "UG", "YT", "ZM", "ZW",
        ],
    ),
    (
        MiddleAfrica,
        Continent::Africa,
        "middle-africa",
        Key::RegionMiddleAfrica,
        &["AO", "CD", "CF", "CG", "CM", "GA", "GQ", "ST", "TD"],
    ),
    (SouthernAfrica, Continent::Africa, "southern-africa", Key::RegionSouthernAfrica, &["BW", "LS", "NA", "SZ", "ZA"]),
    (
        WesternAfrica,
        Continent::Africa,
        "western-africa",
        Key::RegionWesternAfrica,
        &["BF", "BJ", "CI", "CV", "GH", "GM", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SH", "SL", "SN", "TG"],
    ),
    (
        Caribbean,
        Continent::Americas,
        "caribbean",
        Key::RegionCaribbean,
        &[
            "AG", "AI", "AW", "BB", "BL", "BQ", "BS", "CU", "CW", "DM", "DO", "GD", "GP", "HT", "JM", "KN", "KY", "LC",
            "MF", "MQ", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI",
        ],
    ),
    (
        CentralAmerica,
        Continent::Americas,
        "central-america",
        Key::RegionCentralAmerica,
        &["BZ", "CR", "GT", "HN", "MX", "NI", "PA", "SV"],
    ),
    (
        SouthAmerica,
        Continent::Americas,
        "south-america",
        Key::RegionSouthAmerica,
        &["AR", "BO", "BR", "BV", "CL", "CO", "EC", "FK", "GF", "GS", "GY", "PE", "PY", "SR", "UY", "VE"],
    ),
    (
        NorthernAmerica,
        Continent::Americas,
        "northern-america",
        Key::RegionNorthernAmerica,
        &["BM", "CA", "GL", "PM", "US"],
    ),
    (CentralAsia, Continent::Asia, "central-asia", Key::RegionCentralAsia, &["KG", "KZ", "TJ", "TM", "UZ"]),
    (
        EasternAsia,
        Continent::Asia,
        "eastern-asia",
        Key::RegionEasternAsia,
        &["CN", "HK", "JP", "KP", "KR", "MN", "MO", "TW"],
    ),
    (
        SouthEasternAsia,
        Continent::Asia,
        "south-eastern-asia",
        Key::RegionSouthEasternAsia,
        &["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"],
    ),
    (
        SouthernAsia,
        Continent::Asia,
        "southern-asia",
        Key::RegionSouthernAsia,
        &["AF", "BD", "BT", "IN", "IR", "LK", "MV", "NP", "PK"],
    ),
    (
        WesternAsia,
        Continent::Asia,
        "western-asia",
        Key::RegionWesternAsia,
        &["AE", "AM", "AZ", "BH", "CY", "GE", "IL", "IQ", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "YE"],
    ),
    (
        EasternEurope,
        Continent::Europe,
        "eastern-europe",
        Key::RegionEasternEurope,
        &["BG", "BY", "CZ", "HU", "MD", "PL", "RO", "RU", "SK", "UA"],
    ),
    (
        NorthernEurope,
        Continent::Europe,
        "northern-europe",
        Key::RegionNorthernEurope,
        &["AX", "DK", "EE", "FI", "FO", "GB", "GG", "IE", "IM", "IS", "JE", "LT", "LV", "NO", "SE", "SJ"],
    ),
    (
        SouthernEurope,
        Continent::Europe,
        "southern-europe",
        Key::RegionSouthernEurope,
        &["AD", "AL", "BA", "ES", "GI", "GR", "HR", "IT", "ME", "MK", "MT", "PT", "RS", "SI", "SM", "VA"],
    ),
    (
        WesternEurope,
        Continent::Europe,
        "western-europe",
        Key::RegionWesternEurope,
        &["AT", "BE", "CH", "DE", "FR", "LI", "LU", "MC", "NL"],
    ),
    (
        AustraliaAndNewZealand,
        Continent::Oceania,
        "australia-and-new-zealand",
        Key::RegionAustraliaAndNewZealand,
        &["AU", "CC", "CX", "HM", "NF", "NZ"],
    ),
    (Melanesia, Continent::Oceania, "melanesia", Key::RegionMelanesia, &["FJ", "NC", "PG", "SB", "VU"]),
    (
        Micronesia,
        Continent::Oceania,
        "micronesia",
        Key::RegionMicronesia,
        &["FM", "GU", "KI", "MH", "MP", "NR", "PW", "UM"],
    ),
    (
        Polynesia,
        Continent::Oceania,
        "polynesia",
        Key::RegionPolynesia,
        &["AS", "CK", "NU", "PF", "PN", "TK", "TO", "TV", "WF", "WS"],
    ),
];

impl Subregion {
    fn entry(self) -> &'static (Subregion, Continent, &'static str, Key, &'static [&'static str]) {
        &SUBREGIONS[self as usize]
    }

    pub fn continent(self) -> Continent {
        self.entry().1
    }

    /// `"western-africa"`.
    pub fn slug(self) -> &'static str {
        self.entry().2
    }

    pub fn from_slug(slug: &str) -> Option<Subregion> {
        SUBREGIONS.iter().find(|e| e.2 == slug).map(|e| e.0)
    }

    pub fn all() -> impl Iterator<Item = Subregion> {
        SUBREGIONS.iter().map(|e| e.0)
    }

    /// Its countries' ISO 3166-1 alpha-2 codes.
    pub fn countries(self) -> &'static [&'static str] {
        self.entry().4
    }
}

impl Continent {
    /// `"africa"`.
    pub fn slug(self) -> &'static str {
        match self {
            Continent::Africa => "africa",
            Continent::Americas => "americas",
            Continent::Asia => "asia",
            Continent::Europe => "europe",
            Continent::Oceania => "oceania",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Continent> {
        CONTINENTS.into_iter().find(|c| c.slug() == slug)
    }

    pub fn subregions(self) -> impl Iterator<Item = Subregion> {
        Subregion::all().filter(move |s| s.continent() == self)
    }
}

impl Subregion {
    /// The subregion's translated name in `locale`.
    pub fn name(self, locale: Locale) -> &'static str {
        t(locale, self.entry().3)
    }
}

impl Continent {
    /// The continent's translated name in `locale`.
    pub fn name(self, locale: Locale) -> &'static str {
        t(locale, self.keys().0)
    }

    /// The label of the filter for the whole continent in `locale` ("All of the Americas").
    pub fn whole_name(self, locale: Locale) -> &'static str {
        t(locale, self.keys().1)
    }

    /// The keys of its name and of its filter's label.
    fn keys(self) -> (Key, Key) {
        match self {
            Continent::Africa => (Key::ContinentAfrica, Key::ContinentAllAfrica),
            Continent::Americas => (Key::ContinentAmericas, Key::ContinentAllAmericas),
            Continent::Asia => (Key::ContinentAsia, Key::ContinentAllAsia),
            Continent::Europe => (Key::ContinentEurope, Key::ContinentAllEurope),
            Continent::Oceania => (Key::ContinentOceania, Key::ContinentAllOceania),
        }
    }
}

/// The subregion of an ISO 3166-1 alpha-2 code (upper case). Antarctica (`AQ`) belongs to
/// no M49 subregion and returns `None`, as do unknown codes.
pub fn subregion_of(country: &str) -> Option<Subregion> {
    SUBREGIONS.iter().find(|e| e.4.contains(&country)).map(|e| e.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ISO 3166-1 alpha-2, all 249 officially assigned codes.
    const ISO_3166_1: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ \
        BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ \
        EC EE EG EH ER ES ET FI FJ FK FM FO FR \
        GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU \
        ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ \
        LA LB LC LI LK LR LS LT LU LV LY \
        MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ \
        NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA \
        RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ \
        TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ \
        VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    #[test]
    fn every_iso_country_but_antarctica_has_exactly_one_subregion() {
        let codes: Vec<&str> = ISO_3166_1.split_whitespace().collect();
        assert_eq!(codes.len(), 249);
        for code in &codes {
            let homes = SUBREGIONS.iter().filter(|e| e.4.contains(code)).count();
            let expected = usize::from(*code != "AQ");
            assert_eq!(homes, expected, "{code} is in {homes} subregions");
        }
        let mapped: usize = SUBREGIONS.iter().map(|e| e.4.len()).sum();
        assert_eq!(mapped, 248, "the table maps a code that is not in ISO 3166-1");
        assert_eq!(subregion_of("AQ"), None);
        assert_eq!(subregion_of("XX"), None);
        assert_eq!(subregion_of("ng"), None);
    }

    #[test]
    fn known_countries_map_to_their_subregion_and_continent() {
        let cases = [
            ("NG", WesternAfrica, Continent::Africa),
            ("KE", EasternAfrica, Continent::Africa),
            ("ZA", SouthernAfrica, Continent::Africa),
            ("JM", Caribbean, Continent::Americas),
            ("BR", SouthAmerica, Continent::Americas),
            ("US", NorthernAmerica, Continent::Americas),
            ("GB", NorthernEurope, Continent::Europe),
            ("FR", WesternEurope, Continent::Europe),
            ("PH", SouthEasternAsia, Continent::Asia),
            ("AU", AustraliaAndNewZealand, Continent::Oceania),
        ];
        for (code, subregion, continent) in cases {
            assert_eq!(subregion_of(code), Some(subregion), "{code}");
            assert_eq!(subregion.continent(), continent);
        }
    }

    #[test]
    fn every_region_and_continent_is_named_in_every_locale() {
        for locale in Locale::all() {
            let mut names: Vec<&str> = Subregion::all().map(|s| s.name(locale)).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), 22, "{}: subregion names must be distinct", locale.code());
            for continent in CONTINENTS {
                assert!(!continent.name(locale).is_empty());
            }
        }
        assert_eq!(WesternAfrica.name(Locale::DEFAULT), "Western Africa");
        assert_eq!(WesternAfrica.name(Locale::from_code("ha").unwrap()), "Yammacin Afirka");
        assert_eq!(Continent::Europe.name(Locale::from_code("sw").unwrap()), "Ulaya");
    }

    #[test]
    fn slugs_are_lower_case_english_names_and_round_trip() {
        assert_eq!(SouthEasternAsia.slug(), "south-eastern-asia");
        assert_eq!(WesternAfrica.slug(), "western-africa");
        for (i, entry) in SUBREGIONS.iter().enumerate() {
            assert_eq!(entry.0 as usize, i, "SUBREGIONS is in enum order");
            assert_eq!(Subregion::from_slug(entry.2), Some(entry.0));
            assert!(entry.2.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
        }
        for (i, continent) in CONTINENTS.into_iter().enumerate() {
            assert_eq!(continent as usize, i, "CONTINENTS is in enum order");
            assert_eq!(Continent::from_slug(continent.slug()), Some(continent));
            assert!(continent.subregions().count() >= 4);
        }
        assert_eq!(Subregion::all().count(), 22);
    }
}
