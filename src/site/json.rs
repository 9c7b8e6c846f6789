//! Reading JSON: with `serde_json` on the host; in the browser with the browser's own
//! `JSON.parse`, then field by field ([`Value`]), for the few documents the app reads (its
//! strings, the skill vocabulary, the directory's index, the names a page carries).
//!
//! Why not serde in the browser: decoding those documents through serde (with
//! `serde_json`, or with `serde-wasm-bindgen` over `JSON.parse`) compiled a visitor for each
//! type, serde's error messages and float formatting into the download. Measured on the
//! release build: 214,640 bytes of WebAssembly (gzip) with `serde-wasm-bindgen`, and
//! 203,383 with this reader (decision 0007). The host, where size does not matter, keeps
//! serde; the browser tests read the generator's documents, and malformed ones, through
//! this reader (the directory's index, the skills, the carried strings and names).

#[cfg(not(target_arch = "wasm32"))]
use serde::de::DeserializeOwned;

/// Parses `json` as a `T`; the error says what was wrong.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_str<T: DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// A JSON value in the browser, read field by field. A missing field or a value of another
/// kind reads as `None`, so that a document's reader says what it expected.
#[cfg(target_arch = "wasm32")]
pub struct Value(wasm_bindgen::JsValue);

#[cfg(target_arch = "wasm32")]
impl Value {
    /// Parses `json`; an error if it is not JSON.
    pub fn parse(json: &str) -> Result<Value, String> {
        js_sys::JSON::parse(json).map(Value).map_err(|_| "not valid JSON".to_string())
    }

    /// The field `name` of an object (`null` for anything else).
    pub fn field(&self, name: &str) -> Value {
        Value(js_sys::Reflect::get(&self.0, &name.into()).unwrap_or(wasm_bindgen::JsValue::NULL))
    }

    pub fn is_null(&self) -> bool {
        self.0.is_null() || self.0.is_undefined()
    }

    pub fn string(&self) -> Option<String> {
        self.0.as_string()
    }

    /// A whole number from 0 to 2^53.
    pub fn number(&self) -> Option<u64> {
        let n = self.0.as_f64()?;
        (n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_992.0).then_some(n as u64)
    }

    pub fn list(&self) -> Option<Vec<Value>> {
        js_sys::Array::is_array(&self.0).then(|| js_sys::Array::from(&self.0).iter().map(Value).collect())
    }

    /// A list in which every entry reads with `read`.
    pub fn list_of<T>(&self, read: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
        self.list()?.iter().map(read).collect()
    }

    /// The fields of a plain object, in order.
    pub fn entries(&self) -> Option<Vec<(String, Value)>> {
        if !self.0.is_object() || js_sys::Array::is_array(&self.0) {
            return None;
        }
        let entries = js_sys::Object::entries(self.0.unchecked_ref());
        entries
            .iter()
            .map(|pair| {
                let pair = js_sys::Array::from(&pair);
                Some((pair.get(0).as_string()?, Value(pair.get(1))))
            })
            .collect()
    }

    /// An object whose every field is a string.
    pub fn strings<M: FromIterator<(String, String)>>(&self) -> Option<M> {
        self.entries()?.into_iter().map(|(k, v)| Some((k, v.string()?))).collect()
    }
}

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;
