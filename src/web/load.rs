//! Loading documents in views: at once from the page's preloaded documents when it can,
//! else in the background with a loading state, and an error alert with Retry when a load
//! fails. Every view loads through [`Loaded`].

use std::any::Any;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;

use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;

use super::fetch::{ready_now, FetchError};
use super::takeover::Hold;

/// What a background load yields, whatever its type: every load shares one resource type,
/// so that Leptos' async machinery is compiled once rather than once per document type
/// (about 9 KB of the gzip download).
type AnyLoaded = Result<Rc<dyn Any>, FetchError>;

/// A document being loaded: ready at once when it was preloaded (always so when the
/// generator prerenders a page), else fetched by a local resource that can be retried.
pub(crate) struct Loaded<T: 'static> {
    ready: Option<StoredValue<T, LocalStorage>>,
    later: Option<LocalResource<AnyLoaded>>,
}

impl<T> Clone for Loaded<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Loaded<T> {}

impl<T: Clone + 'static> Loaded<T> {
    /// `None` while loading.
    pub fn get(&self) -> Option<Result<T, FetchError>> {
        match (self.ready, self.later) {
            (Some(ready), _) => Some(Ok(ready.get_value())),
            (None, Some(later)) => later.get().map(|result| {
                result.map(|value| value.downcast_ref::<T>().expect("a load yields its own type").clone())
            }),
            (None, None) => None,
        }
    }

    pub fn refetch(&self) {
        if let Some(later) = self.later {
            later.refetch();
        }
    }
}

/// Loads with `load`: at once from preloaded documents if it can, else in the background.
pub(crate) fn load<T, F>(load: impl Fn() -> F + 'static) -> Loaded<T>
where
    T: 'static,
    F: Future<Output = Result<T, FetchError>> + 'static,
{
    match ready_now(load()) {
        Some(Ok(value)) => Loaded { ready: Some(StoredValue::new_local(value)), later: None },
        _ => {
            let start = move || -> Pin<Box<dyn Future<Output = AnyLoaded>>> {
                let loading = load();
                Box::pin(async move { loading.await.map(|value| Rc::new(value) as Rc<dyn Any>) })
            };
            Loaded { ready: None, later: Some(load_in_background(Rc::new(start))) }
        }
    }
}

/// The resource behind every background load. The prerendered page stays until the first
/// load has settled.
fn load_in_background(start: Rc<dyn Fn() -> Pin<Box<dyn Future<Output = AnyLoaded>>>>) -> LocalResource<AnyLoaded> {
    let hold = Rc::new(RefCell::new(Some(Hold::start())));
    LocalResource::new(move || {
        let loading = start();
        let hold = hold.clone();
        async move {
            let result = loading.await;
            hold.borrow_mut().take();
            result
        }
    })
}

/// Only the generator's components read JSON documents through serde; the app reads its
/// own few with parsers of their own (decision 0006).
#[cfg(feature = "prerender")]
pub(crate) fn load_json<T: serde::de::DeserializeOwned + 'static>(url: String) -> Loaded<T> {
    load(move || {
        let url = url.clone();
        async move { super::fetch::fetch_json::<T>(&url).await }
    })
}

fn error_message(locale: Locale, error: &FetchError) -> String {
    match error {
        FetchError::Network | FetchError::NotPreloaded => t(locale, Key::ErrorNetwork).to_string(),
        FetchError::NotFound => interpolate(t(locale, Key::ErrorStatus), &[("status", "404")]),
        FetchError::Status(code) => interpolate(t(locale, Key::ErrorStatus), &[("status", &code.to_string())]),
        FetchError::Invalid(detail) => interpolate(t(locale, Key::ErrorInvalid), &[("detail", detail)]),
    }
}

/// An alert saying what went wrong, with a button that runs `retry`.
pub(crate) fn error_alert(locale: Locale, error: &FetchError, retry: impl Fn() + 'static) -> impl IntoView {
    view! {
        <div class="alert" role="alert">
            <p>{error_message(locale, error)}</p>
            <button type="button" class="button" on:click=move |_| retry()>{t(locale, Key::SiteRetry)}</button>
        </div>
    }
}

pub(crate) fn loading(locale: Locale) -> impl IntoView {
    view! { <p class="loading" aria-live="polite"><span class="spinner" aria-hidden="true"></span>{t(locale, Key::SiteLoading)}</p> }
}

/// Renders `resource`: a loading line, then `render(value)` or an alert with Retry.
pub(crate) fn loaded<T, V>(
    locale: Locale,
    resource: Loaded<T>,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    move || match resource.get() {
        None => loading(locale).into_any(),
        Some(Ok(value)) => render(value).into_any(),
        Some(Err(error)) => error_alert(locale, &error, move || resource.refetch()).into_any(),
    }
}

/// Loads a data file and parses it with `parse`, which reports what is wrong with it.
#[cfg(feature = "prerender")]
pub(crate) fn load_data<T: Clone + 'static>(
    url: &'static str,
    parse: fn(&str) -> Result<T, crate::site::data::DataError>,
) -> Loaded<T> {
    load(move || async move {
        let text = super::fetch::fetch_text(url).await?;
        parse(&text).map_err(|e| FetchError::Invalid(e.to_string()))
    })
}
