//! Unicode text operations that the browser already knows: canonical decomposition and
//! case mapping. On the host they come from `unicode-normalization` and the standard
//! library; in WebAssembly from the browser's `normalize`, `toLowerCase` and `toUpperCase`,
//! so that the download carries no Unicode tables (the standard library's case tables
//! alone were 27 KB of the app). Both follow the Unicode standard, so the generator and
//! the browser agree.

/// Unicode canonical decomposition (NFD).
#[cfg(not(target_arch = "wasm32"))]
pub fn decompose(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd().collect()
}

/// Unicode canonical decomposition (NFD), by the browser.
#[cfg(target_arch = "wasm32")]
pub fn decompose(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFD").into()
}

/// Lower case, by Unicode's full case mapping.
pub fn lower(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(text).to_lower_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    text.to_lowercase()
}

/// Upper case, by Unicode's full case mapping.
pub fn upper(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(text).to_upper_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    text.to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mapping_is_unicodes_full_mapping() {
        assert_eq!(lower("ADÉBÁYỌ̀ Ɗanjuma"), "adébáyọ̀ ɗanjuma");
        assert_eq!(upper("ɗe"), "ƊE");
        // Full mappings change the length: what `toUpperCase` does too.
        assert_eq!(upper("ß"), "SS");
    }

    #[test]
    fn decomposition_separates_the_marks() {
        assert_eq!(decompose("é"), "e\u{301}");
        assert_eq!(decompose("ọ̀"), "o\u{323}\u{300}");
    }
}
