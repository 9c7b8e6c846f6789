//! CLDR plural categories: which form of a plural message a number takes in a language
//! (English: one/other; Spanish: one/many/other; Arabic has six). The rules come from a
//! maintained source on each side: the browser's `Intl.PluralRules` in WebAssembly (no rule
//! data in the download) and ICU4X's `icu_plurals` on the host (prerendering and the
//! translation checks), both built from the same Unicode CLDR data.

use super::locale::Locale;

/// A CLDR plural category; the order of the generated form tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub const ALL: [Category; 6] =
        [Category::Zero, Category::One, Category::Two, Category::Few, Category::Many, Category::Other];

    /// The CLDR name, as in translation keys (`count_one`).
    pub fn name(self) -> &'static str {
        ["zero", "one", "two", "few", "many", "other"][self as usize]
    }

    pub fn from_name(name: &str) -> Option<Category> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// The category of the cardinal number `n` in `locale`.
#[cfg(target_arch = "wasm32")]
pub fn category(locale: Locale, n: u64) -> Category {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        // Building an Intl.PluralRules is the slow part; one per locale is enough.
        static RULES: RefCell<HashMap<Locale, js_sys::Intl::PluralRules>> = RefCell::new(HashMap::new());
    }
    let name = RULES.with_borrow_mut(|rules| {
        let rule = rules.entry(locale).or_insert_with(|| {
            let locales = js_sys::Array::of1(&js_sys::JsString::from(locale.code()));
            js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
        });
        rule.select(n as f64).as_string()
    });
    name.as_deref().and_then(Category::from_name).unwrap_or(Category::Other)
}

/// The category of the cardinal number `n` in `locale`.
#[cfg(not(target_arch = "wasm32"))]
pub fn category(locale: Locale, n: u64) -> Category {
    from_icu(rules(locale).category_for(n))
}

#[cfg(not(target_arch = "wasm32"))]
fn rules(locale: Locale) -> icu_plurals::PluralRules {
    let id = icu_locale_core::Locale::try_from_str(locale.code()).expect("locale codes are BCP 47");
    icu_plurals::PluralRules::try_new_cardinal(id.into()).expect("ICU4X has plural rules for every language")
}

#[cfg(not(target_arch = "wasm32"))]
fn from_icu(category: icu_plurals::PluralCategory) -> Category {
    use icu_plurals::PluralCategory as P;
    match category {
        P::Zero => Category::Zero,
        P::One => Category::One,
        P::Two => Category::Two,
        P::Few => Category::Few,
        P::Many => Category::Many,
        P::Other => Category::Other,
    }
}

/// Every category `locale`'s cardinal rules use: the forms each plural message needs.
#[cfg(not(target_arch = "wasm32"))]
pub fn categories(locale: Locale) -> Vec<Category> {
    let rules = rules(locale);
    rules.categories().map(from_icu).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(code: &str) -> Locale {
        Locale::from_code(code).unwrap()
    }

    #[test]
    fn the_launch_languages_follow_their_cldr_rules() {
        assert_eq!((category(locale("en"), 1), category(locale("en"), 0)), (Category::One, Category::Other));
        assert_eq!((category(locale("ha"), 1), category(locale("ha"), 2)), (Category::One, Category::Other));
        assert_eq!((category(locale("sw"), 1), category(locale("sw"), 21)), (Category::One, Category::Other));
        assert_eq!(category(locale("es"), 1), Category::One);
        assert_eq!(category(locale("es"), 1_000_000), Category::Many, "un millón de miembros");
        assert_eq!(category(locale("es"), 7), Category::Other);
    }

    #[test]
    fn every_category_a_locale_uses_is_one_of_its_listed_categories() {
        for l in Locale::all() {
            let listed = categories(l);
            assert!(listed.contains(&Category::Other), "{}", l.code());
            for n in (0..=1_000).chain([1_000_000, 2_000_000]) {
                assert!(listed.contains(&category(l, n)), "{} {n}", l.code());
            }
        }
    }

    #[test]
    fn names_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::from_name(c.name()), Some(c));
        }
    }
}
