//! Numbers as each locale writes them: "1,230" in English, "1230" in Spanish (which groups
//! only from five digits). From CLDR: with `icu_decimal` on the host, where most pages
//! that show large numbers are rendered, and the browser's `Intl` in the app.

use super::locale::Locale;

/// `n` with the locale's digit grouping.
#[cfg(not(target_arch = "wasm32"))]
pub fn format_count(locale: Locale, n: u64) -> String {
    use icu_decimal::input::Decimal;
    use icu_decimal::DecimalFormatter;
    let id: icu_locale_core::Locale = locale.code().parse().expect("a locale code");
    match DecimalFormatter::try_new(id.into(), Default::default()) {
        Ok(formatter) => formatter.format(&Decimal::from(n)).to_string(),
        Err(_) => n.to_string(),
    }
}

/// `n` with the locale's digit grouping, from the browser's `Intl` (the same CLDR data, and
/// no formatting data in the download).
#[cfg(target_arch = "wasm32")]
pub fn format_count(locale: Locale, n: u64) -> String {
    js_sys::Number::from(n as f64).to_locale_string(locale.code()).into()
}

/// A plural message with its number written as the locale writes numbers ("1,230
/// community members").
pub fn counted(locale: Locale, message: super::i18n::Plural, n: u64) -> String {
    super::i18n::plural(locale, message, n).0.replace(&n.to_string(), &format_count(locale, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_locale_groups_digits_its_own_way() {
        let code = |c: &str| Locale::from_code(c).unwrap();
        assert_eq!(format_count(Locale::DEFAULT, 1230), "1,230");
        assert_eq!(format_count(code("es"), 1230), "1230");
        assert_eq!(format_count(code("es"), 12300), "12.300");
        assert_eq!(format_count(Locale::DEFAULT, 22), "22");
    }
}
