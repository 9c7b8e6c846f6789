//! The locale list. It is generated from the folders under `locales/` (see `build.rs`), so
//! adding a language is adding a folder; no code names a particular locale.

use super::i18n::generated::LOCALES;

/// One of the site's languages; a cheap index into the generated locale table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(u8);

impl Locale {
    /// The default locale (English): served without a path prefix.
    pub const DEFAULT: Locale = Locale(0);

    /// Every locale, the default first, then in menu order.
    pub fn all() -> impl Iterator<Item = Locale> + Clone {
        (0..LOCALES.len() as u8).map(Locale)
    }

    /// The locale with this code (`"ha"`), if the site has it.
    pub fn from_code(code: &str) -> Option<Locale> {
        LOCALES.iter().position(|l| l.code == code).map(|i| Locale(i as u8))
    }

    /// BCP 47 code, used in paths, `lang` attributes and file names.
    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The language's name in itself, as shown in the language menu.
    pub fn native_name(self) -> &'static str {
        self.info().name
    }

    /// The language's name in English.
    pub fn english_name(self) -> &'static str {
        self.info().english_name
    }

    /// Open Graph locale, language_TERRITORY (`"ha_NG"`), for link previews.
    pub fn og_locale(self) -> &'static str {
        self.info().og_locale
    }

    /// Text direction: `"ltr"` or `"rtl"`.
    pub fn dir(self) -> &'static str {
        self.info().dir
    }

    /// Whether a native speaker has reviewed this locale's translation (`reviewed` in its
    /// `[meta]`; the default locale is its own reference).
    pub fn is_reviewed(self) -> bool {
        self.info().reviewed
    }

    pub fn is_default(self) -> bool {
        self == Self::DEFAULT
    }

    /// The path prefix of this locale's pages: `""` for the default, `"/ha"` otherwise.
    pub fn path_prefix(self) -> String {
        if self.is_default() {
            String::new()
        } else {
            format!("/{}", self.code())
        }
    }

    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }

    fn info(self) -> &'static super::i18n::generated::LocaleInfo {
        &LOCALES[self.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_locale_is_english_and_first() {
        assert_eq!(Locale::DEFAULT.code(), "en");
        assert_eq!(Locale::all().next(), Some(Locale::DEFAULT));
        assert!(Locale::DEFAULT.path_prefix().is_empty());
    }

    #[test]
    fn the_four_launch_languages_are_present() {
        let codes: Vec<_> = Locale::all().map(Locale::code).collect();
        for code in ["en", "es", "ha", "sw"] {
            assert!(codes.contains(&code), "missing locale {code}: {codes:?}");
        }
    }

    #[test]
    fn codes_round_trip_and_unknown_codes_are_rejected() {
        for locale in Locale::all() {
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
            assert_eq!(locale.path_prefix().is_empty(), locale.is_default());
        }
        assert_eq!(Locale::from_code("xx"), None);
        assert_eq!(Locale::from_code(""), None);
        assert_eq!(Locale::from_code("EN"), None);
    }

    #[test]
    fn native_names_are_distinct() {
        let mut names: Vec<_> = Locale::all().map(Locale::native_name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Locale::all().count());
    }
}
