//! Fetching the JSON documents served beside the app, with errors a visitor can act on.
//!
//! Documents can also be *preloaded*: the generator embeds the documents a page needs in
//! its HTML (`<script type="application/json" id="preloaded">`), and gives them all to the
//! components when it renders pages at build time. A preloaded document is answered at
//! once, so the first render of a prerendered page is complete, identical to its static
//! HTML, and the app takes over without a loading state.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashMap};
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

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
    /// Not preloaded, while only preloaded documents may be read (see [`ready_now`]).
    NotPreloaded,
}

thread_local! {
    static PRELOADED: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    /// URLs answered from the preloaded documents since [`take_used`] was last called.
    static USED: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
    static ONLY_PRELOADED: Cell<bool> = const { Cell::new(false) };
    /// URLs asked for while prerendering that were not preloaded, since [`take_missing`].
    #[cfg(not(target_arch = "wasm32"))]
    static MISSING: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// Adds documents (URL → body) to the preloaded set.
pub fn preload(documents: impl IntoIterator<Item = (String, String)>) {
    PRELOADED.with_borrow_mut(|p| p.extend(documents));
}

/// The documents (URL, body) answered from the preloaded set since the last call, by URL.
pub fn take_used() -> Vec<(String, String)> {
    let used = USED.with_borrow_mut(std::mem::take);
    PRELOADED.with_borrow(|p| {
        used.into_iter()
            .filter_map(|url| {
                let body = p.get(&url)?.clone();
                Some((url, body))
            })
            .collect()
    })
}

/// The documents asked for and not preloaded since the last call, by URL (prerendering).
#[cfg(not(target_arch = "wasm32"))]
pub fn take_missing() -> Vec<String> {
    MISSING.with_borrow_mut(std::mem::take).into_iter().collect()
}

/// Records a document the page computed while prerendering (not a file), so that the page
/// carries it and the app reads it instead of computing it again.
#[cfg(not(target_arch = "wasm32"))]
pub fn record(url: String, body: String) {
    USED.with_borrow_mut(|u| u.insert(url.clone()));
    PRELOADED.with_borrow_mut(|p| p.insert(url, body));
}

/// The body of a document recorded for the page being prerendered, if this page recorded it.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn recorded(url: &str) -> Option<String> {
    if !USED.with_borrow(|u| u.contains(url)) {
        return None;
    }
    PRELOADED.with_borrow(|p| p.get(url).cloned())
}

/// A preloaded document's body, noted as used.
pub(crate) fn preloaded(url: &str) -> Option<String> {
    let text = PRELOADED.with_borrow(|p| p.get(url).cloned())?;
    USED.with_borrow_mut(|u| u.insert(url.to_string()));
    Some(text)
}

/// Runs `future` once, reading preloaded documents only; its output if that was enough.
pub fn ready_now<T>(future: impl Future<Output = T>) -> Option<T> {
    ONLY_PRELOADED.set(true);
    let polled = pin!(future).as_mut().poll(&mut Context::from_waker(Waker::noop()));
    ONLY_PRELOADED.set(false);
    match polled {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

/// GETs `url` and parses its body as JSON.
#[cfg(feature = "prerender")]
pub async fn fetch_json<T: serde::de::DeserializeOwned>(url: &str) -> Result<T, FetchError> {
    let text = fetch_text(url).await?;
    serde_json::from_str(&text).map_err(|e| FetchError::Invalid(e.to_string()))
}

/// GETs `url` and returns its body. While prerendering, only preloaded documents answer;
/// the others are noted as missing.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    if let Some(text) = preloaded(url) {
        return Ok(text);
    }
    #[cfg(not(target_arch = "wasm32"))]
    MISSING.with_borrow_mut(|m| m.insert(url.to_string()));
    if ONLY_PRELOADED.get() || cfg!(not(target_arch = "wasm32")) {
        return Err(FetchError::NotPreloaded);
    }
    let response = gloo_net::http::Request::get(url).send().await.map_err(|_| FetchError::Network)?;
    match response.status() {
        200..=299 => response.text().await.map_err(|_| FetchError::Network),
        404 => Err(FetchError::NotFound),
        status => Err(FetchError::Status(status)),
    }
}
