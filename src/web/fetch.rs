//! Fetching the JSON documents served beside the app, with errors a visitor can act on.

use gloo_net::http::Request;
use serde::de::DeserializeOwned;

/// Why a document could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, DNS, CORS.
    Network,
    /// The server answered 404.
    NotFound,
    /// Any other non-success status.
    Status(u16),
    /// The body is not the JSON we expect.
    Invalid(String),
}

/// GETs `url` and parses its body as JSON.
pub async fn fetch_json<T: DeserializeOwned>(url: &str) -> Result<T, FetchError> {
    let text = fetch_text(url).await?;
    serde_json::from_str(&text).map_err(|e| FetchError::Invalid(e.to_string()))
}

/// GETs `url` and returns its body.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response = Request::get(url).send().await.map_err(|_| FetchError::Network)?;
    match response.status() {
        200..=299 => response.text().await.map_err(|_| FetchError::Network),
        404 => Err(FetchError::NotFound),
        status => Err(FetchError::Status(status)),
    }
}
