//! Numbers as each locale writes them: "1,230" in English, "1230" in Spanish (which groups
//! only from five digits). From CLDR, with `icu_decimal` on the host, where the pages that
//! show large numbers are rendered.

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
