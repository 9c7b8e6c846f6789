//! Countries as people write them in an issue form: by their code (`NG`) or by their name
//! in any of the site's languages ("Nigeria", "Najeriya", "Nigéria"), ignoring case and
//! diacritics. The names are those the browsers' `Intl` gives, written by
//! `tools/intl-names.mjs` (the same table the build uses for prerendered pages); without
//! it only codes are understood.

use std::collections::HashMap;

use serde::Deserialize;

use crate::directory::basics::fold;
use crate::directory::profile::Field;
use crate::directory::regions::subregion_of;
use crate::directory::rules::{nearest, Kind, Problem};

/// Every country's code by its folded name in each language.
#[derive(Clone, Debug, Default)]
pub struct Countries {
    by_name: HashMap<String, String>,
}

/// `tools/intl-names.mjs`'s output, of which only the country names are read.
#[derive(Deserialize)]
struct IntlNames {
    names: HashMap<String, HashMap<String, HashMap<String, String>>>,
}

impl Countries {
    /// The table in `json` (the output of `tools/intl-names.mjs`).
    pub fn from_intl_names(json: &str) -> Result<Countries, String> {
        let table: IntlNames = serde_json::from_str(json).map_err(|e| format!("country names: {e}"))?;
        let mut by_name = HashMap::new();
        for kinds in table.names.values() {
            for (code, name) in kinds.get("region").into_iter().flatten() {
                if subregion_of(code).is_some() {
                    by_name.insert(fold(name), code.clone());
                }
            }
        }
        Ok(Countries { by_name })
    }

    /// The country code `answer` names, or the problem with it (reported about `field`).
    /// An empty answer is `required`.
    pub fn code(&self, field: Field, answer: Option<&str>, problems: &mut Vec<Problem>) -> String {
        let Some(answer) = answer.map(str::trim).filter(|a| !a.is_empty()) else {
            problems.push(Problem::new(field, Kind::Required));
            return String::new();
        };
        let upper = answer.to_ascii_uppercase();
        if upper.len() == 2 && subregion_of(&upper).is_some() {
            return upper;
        }
        if let Some(code) = self.by_name.get(&fold(answer)) {
            return code.clone();
        }
        let suggestion = nearest(answer, self.by_name.keys().map(String::as_str))
            .and_then(|name| self.by_name.get(&name).map(|code| format!("{name} ({code})")));
        problems.push(Problem::new(field, Kind::UnknownCountry { given: answer.to_string(), suggestion }));
        upper
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &str = r#"{"names": {
        "en": {"region": {"NG": "Nigeria", "GH": "Ghana", "CI": "Côte d’Ivoire"}, "language": {"yo": "Yoruba"}},
        "ha": {"region": {"NG": "Najeriya", "GH": "Gana"}},
        "es": {"region": {"NG": "Nigeria", "CI": "Côte d’Ivoire"}}
    }, "collation": {}}"#;

    #[test]
    fn a_country_is_read_by_its_code_or_its_name_in_any_language() {
        let countries = Countries::from_intl_names(NAMES).unwrap();
        let mut problems = Vec::new();
        for (answer, code) in [
            ("NG", "NG"),
            ("ng", "NG"),
            ("Nigeria", "NG"),
            ("najeriya", "NG"),
            (" Gana ", "GH"),
            ("cote d’ivoire", "CI"),
        ] {
            assert_eq!(countries.code(Field::Country, Some(answer), &mut problems), code, "{answer}");
        }
        assert_eq!(problems, vec![]);
        countries.code(Field::Country, Some("Nigera"), &mut problems);
        countries.code(Field::Country, None, &mut problems);
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(lines[0], r#"country: unknown country "Nigera" (did you mean "nigeria (NG)"?)"#);
        assert_eq!(lines[1], "country: required");
        // Without the names, codes still work, and a name says how to write it.
        let codes_only = Countries::default();
        let mut problems = Vec::new();
        assert_eq!(codes_only.code(Field::Country, Some("gh"), &mut problems), "GH");
        codes_only.code(Field::Country, Some("Ghana"), &mut problems);
        assert!(problems[0].to_string().contains("unknown country \"Ghana\""), "{problems:?}");
    }
}
