//! Country and language names and name collation from the browser's `Intl`, in the
//! visitor's locale, so the site ships no name tables of its own. Falls back to the code.
//!
//! When the generator prerenders pages on the host there is no `Intl`: names and the
//! collation of member names come from a table it loads with [`load_host_names`], made at
//! build time by Node's `Intl` (`tools/intl-names.mjs`). A prerendered page carries the
//! names and the order it used, and the app reads them from there: its first render then
//! says exactly what the page said, without building an `Intl.DisplayNames` (about 30 ms on
//! a fast machine, four times that on a phone) or an `Intl.Collator`.

use crate::site::locale::Locale;

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
        pub type JsDisplayNames;

        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DisplayNames", catch)]
        pub fn new(locales: &JsValue, options: &JsValue) -> Result<JsDisplayNames, JsValue>;

        #[wasm_bindgen(method, catch, js_name = of)]
        pub fn of(this: &JsDisplayNames, code: &str) -> Result<JsValue, JsValue>;
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
        pub fn js_collation_order(names: &js_sys::Array, locale: &str) -> Result<Vec<u32>, JsValue>;
    }
}

/// Names of one kind (`"region"` or `"language"`) in one locale.
pub struct DisplayNames {
    locale: Locale,
    kind: String,
    /// The names the prerendered page carries (see [`names_document`]).
    #[cfg(target_arch = "wasm32")]
    carried: std::collections::HashMap<String, String>,
    /// The browser's `Intl.DisplayNames`, built on the first name the page did not carry.
    #[cfg(target_arch = "wasm32")]
    browser: std::cell::OnceCell<Option<browser::JsDisplayNames>>,
}

/// Where a prerendered page keeps the names of one kind it used (a document the page
/// carries, not a file): a JSON object from code to name.
fn names_document(locale: Locale, kind: &str) -> String {
    format!("intl:names/{}/{kind}", locale.code())
}

/// What the host knows of `Intl`, as written by `tools/intl-names.mjs`.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default, serde::Deserialize)]
struct HostIntl {
    /// `locale → kind → code → name`.
    names:
        std::collections::HashMap<String, std::collections::HashMap<String, std::collections::HashMap<String, String>>>,
    /// `locale → member names in collation order`.
    collation: std::collections::HashMap<String, Vec<String>>,
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static HOST_INTL: std::cell::RefCell<HostIntl> = Default::default();
}

/// Loads the host's `Intl` table (see [`HostIntl`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn load_host_names(json: &str) -> Result<(), String> {
    let table: HostIntl = serde_json::from_str(json).map_err(|e| e.to_string())?;
    HOST_INTL.set(table);
    Ok(())
}

impl DisplayNames {
    #[cfg(target_arch = "wasm32")]
    pub fn new(locale: Locale, kind: &str) -> DisplayNames {
        let carried = super::fetch::preloaded(&names_document(locale, kind))
            .and_then(|json| crate::site::json::Value::parse(&json).ok()?.strings())
            .unwrap_or_default();
        DisplayNames { locale, kind: kind.to_string(), carried, browser: std::cell::OnceCell::new() }
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn new(locale: Locale, kind: &str) -> DisplayNames {
        DisplayNames { locale, kind: kind.to_string() }
    }

    /// The name of `code`, or the code itself.
    #[cfg(target_arch = "wasm32")]
    pub fn of(&self, code: &str) -> String {
        if let Some(name) = self.carried.get(code) {
            return name.clone();
        }
        self.browser
            .get_or_init(|| {
                let options = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&options, &"type".into(), &self.kind.as_str().into());
                let _ = js_sys::Reflect::set(&options, &"fallback".into(), &"code".into());
                let locales = js_sys::Array::of2(&self.locale.code().into(), &Locale::DEFAULT.code().into());
                browser::JsDisplayNames::new(&locales, &options).ok()
            })
            .as_ref()
            .and_then(|names| names.of(code).ok())
            .and_then(|name| name.as_string())
            .unwrap_or_else(|| code.to_string())
    }

    /// The name of `code`, or the code itself; noted for the page to carry.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn of(&self, code: &str) -> String {
        let name = HOST_INTL
            .with_borrow(|t| {
                t.names.get(self.locale.code()).and_then(|k| k.get(&self.kind)).and_then(|c| c.get(code)).cloned()
            })
            .unwrap_or_else(|| code.to_string());
        let url = names_document(self.locale, &self.kind);
        let mut carried: std::collections::BTreeMap<String, String> =
            super::fetch::recorded(&url).and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default();
        if carried.get(code) != Some(&name) {
            carried.insert(code.to_string(), name.clone());
            super::fetch::record(url, serde_json::to_string(&carried).expect("JSON"));
        }
        name
    }
}

/// Where a prerendered page keeps the collation order it was rendered with (a document
/// the page carries, not a file): the app reuses it instead of asking `Intl.Collator`,
/// whose first use in a page costs tens of milliseconds on a phone.
fn collation_document(locale: Locale, count: usize) -> String {
    format!("intl:collation-order/{}/{count}", locale.code())
}

/// Positions of `names` sorted by the browser's collation for `locale` (`Intl.Collator`),
/// or `None` if it cannot say. Input already close to that order sorts in about linear time.
#[cfg(target_arch = "wasm32")]
pub fn collation_order<'a>(names: impl ExactSizeIterator<Item = &'a str>, locale: Locale) -> Option<Vec<usize>> {
    let prerendered = super::fetch::preloaded(&collation_document(locale, names.len()))
        .and_then(|json| crate::site::json::Value::parse(&json).ok()?.list_of(|v| v.number().map(|n| n as usize)));
    if let Some(order) = prerendered {
        return Some(order);
    }
    let array: js_sys::Array = names.map(wasm_bindgen::JsValue::from_str).collect();
    browser::js_collation_order(&array, locale.code()).ok().map(|order| order.into_iter().map(|i| i as usize).collect())
}

/// On the host: the order of the build's table (names it lacks keep their place at the
/// end), recorded for the page to carry.
#[cfg(not(target_arch = "wasm32"))]
pub fn collation_order<'a>(names: impl ExactSizeIterator<Item = &'a str>, locale: Locale) -> Option<Vec<usize>> {
    let order = HOST_INTL.with_borrow(|t| {
        let sorted = t.collation.get(locale.code())?;
        let rank: std::collections::HashMap<&str, usize> =
            sorted.iter().enumerate().rev().map(|(i, n)| (n.as_str(), i)).collect();
        let names: Vec<&str> = names.collect();
        let mut order: Vec<usize> = (0..names.len()).collect();
        order.sort_by_key(|&i| rank.get(names[i]).copied().unwrap_or(usize::MAX));
        Some(order)
    })?;
    super::fetch::record(collation_document(locale, order.len()), serde_json::to_string(&order).expect("JSON"));
    Some(order)
}
