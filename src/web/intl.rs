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

#[wasm_bindgen(inline_js = "
export function collation_order(names, locale) {
  const collator = new Intl.Collator([locale, 'en'], { sensitivity: 'base', numeric: true });
  const order = names.map((_, i) => i);
  order.sort((a, b) => collator.compare(names[a], names[b]));
  return Uint32Array.from(order);
}")]
extern "C" {
    #[wasm_bindgen(catch, js_name = collation_order)]
    fn js_collation_order(names: &js_sys::Array, locale: &str) -> Result<Vec<u32>, JsValue>;
}

/// Positions of `names` sorted by the browser's collation for `locale` (`Intl.Collator`),
/// or `None` if the browser cannot say. Input already close to that order sorts in about
/// linear time.
pub fn collation_order<'a>(names: impl Iterator<Item = &'a str>, locale: Locale) -> Option<Vec<usize>> {
    let array: js_sys::Array = names.map(JsValue::from_str).collect();
    js_collation_order(&array, locale.code()).ok().map(|order| order.into_iter().map(|i| i as usize).collect())
}
