//! Country and language names from the browser's `Intl.DisplayNames`, in the visitor's
//! locale, so the site ships no name tables of its own. Falls back to the code.

use wasm_bindgen::prelude::*;

use crate::site::locale::Locale;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type JsDisplayNames;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DisplayNames", catch)]
    fn new(locales: &JsValue, options: &JsValue) -> Result<JsDisplayNames, JsValue>;

    #[wasm_bindgen(method, catch, js_name = of)]
    fn of(this: &JsDisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

/// Names of one kind (`"region"` or `"language"`) in one locale.
pub struct DisplayNames(Option<JsDisplayNames>);

impl DisplayNames {
    pub fn new(locale: Locale, kind: &str) -> DisplayNames {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"type".into(), &kind.into());
        let _ = js_sys::Reflect::set(&options, &"fallback".into(), &"code".into());
        let locales = js_sys::Array::of2(&locale.code().into(), &Locale::DEFAULT.code().into());
        DisplayNames(JsDisplayNames::new(&locales, &options).ok())
    }

    /// The name of `code`, or the code itself.
    pub fn of(&self, code: &str) -> String {
        self.0
            .as_ref()
            .and_then(|names| names.of(code).ok())
            .and_then(|name| name.as_string())
            .unwrap_or_else(|| code.to_string())
    }
}
