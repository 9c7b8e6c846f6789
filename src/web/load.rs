//! Loading documents in views: at once from the page's preloaded documents when it can,
//! else in the background with a loading state, and an error alert with Retry when a load
//! fails. Every view loads through [`Loaded`].

use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;

use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;

use super::fetch::{ready_now, FetchError};
use super::takeover::Hold;

/// What a background load yields, whatever its type: every load shares one type, so that
/// the code that runs it is compiled once rather than once per document type.
type AnyLoaded = Result<Rc<dyn Any>, FetchError>;

/// Starts a background load.
type Start = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = AnyLoaded>>>>;

/// A load in the background: a signal that holds its result once it has one, and how to
/// start it again (Retry). A plain signal and a spawned task rather than Leptos'
/// `LocalResource`, whose async machinery cost the app 9.0 KB gzip for what the app does
/// with it: one fetch, then a value or an error (decision 0007).
#[derive(Clone, Copy)]
struct Background {
    result: RwSignal<Option<AnyLoaded>, LocalStorage>,
    start: StoredValue<Start, LocalStorage>,
}

impl Background {
    fn new(start: Start) -> Self {
        let background = Background { result: RwSignal::new_local(None), start: StoredValue::new_local(start) };
        background.run();
        background
    }

    /// Runs the load; the prerendered page stays until it has settled. (Prerendering reads
    /// only preloaded documents, so on the host there is nothing to wait for.)
    fn run(self) {
        let hold = Hold::start();
        let loading = self.start.with_value(|start| start());
        #[cfg(target_arch = "wasm32")]
        leptos::task::spawn_local(async move {
            let result = loading.await;
            self.result.try_set(Some(result));
            drop(hold);
        });
        #[cfg(not(target_arch = "wasm32"))]
        drop((hold, loading));
    }
}

/// A document being loaded: ready at once when it was preloaded (always so when the
/// generator prerenders a page), else fetched in the background and retried on demand.
pub(crate) struct Loaded<T: 'static> {
    ready: Option<StoredValue<T, LocalStorage>>,
    later: Option<Background>,
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
            (None, Some(later)) => later.result.get().map(|result| {
                result.map(|value| value.downcast_ref::<T>().expect("a load yields its own type").clone())
            }),
            (None, None) => None,
        }
    }

    pub fn refetch(&self) {
        if let Some(later) = self.later {
            later.result.set(None);
            later.run();
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
            Loaded { ready: None, later: Some(Background::new(Rc::new(start))) }
        }
    }
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
