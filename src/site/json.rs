//! Reading JSON into the site's types: with `serde_json` on the host, and in the browser
//! with the browser's own `JSON.parse`, read into the same types through serde
//! (`serde-wasm-bindgen`), so that no JSON parser is compiled into the download
//! (decision 0007 has the measurement).

use serde::de::DeserializeOwned;

/// Parses `json` as a `T`; the error says what was wrong.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_str<T: DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// Parses `json` as a `T`; the error says what was wrong.
#[cfg(target_arch = "wasm32")]
pub fn from_str<T: DeserializeOwned>(json: &str) -> Result<T, String> {
    from_value(parse(json)?)
}

/// Parses `json` into a JavaScript value.
#[cfg(target_arch = "wasm32")]
pub fn parse(json: &str) -> Result<wasm_bindgen::JsValue, String> {
    js_sys::JSON::parse(json).map_err(|_| "not valid JSON".to_string())
}

/// Reads a JavaScript value as a `T`.
#[cfg(target_arch = "wasm32")]
pub fn from_value<T: DeserializeOwned>(value: wasm_bindgen::JsValue) -> Result<T, String> {
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}
