//! The pages. Each takes the locale (and slug) it shows, sets the head tags, fetches what it
//! needs and renders it; loading, error-with-retry and not-found states are shared here.

use std::any::Any;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;

use crate::site::content::{blog_index_url, blog_post_url, page_doc_url, PageDoc, PostDoc, PostSummary};
use crate::site::data::{parse_books, parse_conferences, pick_text, Book, Conference, LocalizedText};
use crate::site::date::{display_range, Date};
use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::{head_tags, not_found_head, page_head};
use crate::site::social::SOCIAL_LINKS;

use super::fetch::{fetch_json, fetch_text, ready_now, FetchError};
use super::head::use_head;
use super::i18n::tr;
use super::intl::DisplayNames;
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

fn load_json<T: serde::de::DeserializeOwned + 'static>(url: String) -> Loaded<T> {
    load(move || {
        let url = url.clone();
        async move { fetch_json::<T>(&url).await }
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

/// Says that what follows is shown in English because `locale` lacks it.
fn fallback_notice(locale: Locale) -> impl IntoView {
    view! {
        <p class="fallback-notice" role="note">
            {interpolate(t(locale, Key::SiteFallbackNotice), &[("language", locale.native_name())])}
        </p>
    }
}

/// Rendered Markdown from the project's own content (never member data).
fn prose(locale: Locale, doc: PageDoc) -> impl IntoView {
    view! {
        {doc.fallback.then(|| fallback_notice(locale))}
        <div class="prose" lang=doc.lang inner_html=doc.html></div>
    }
}

fn page_title(locale: Locale, page: PageId) -> impl IntoView {
    view! { <h1>{tr(locale, page.def().name)}</h1> }
}

fn document(locale: Locale, page: PageId) -> impl IntoView {
    let name = page.def().document.expect("page has a document");
    let doc: Loaded<PageDoc> = load_json(page_doc_url(locale, name));
    view! { <div class="document">{loaded(locale, doc, move |doc| prose(locale, doc))}</div> }
}

/// A page whose content is one Markdown document.
pub fn document_page(locale: Locale, page: PageId) -> impl IntoView {
    use_head(move || page_head(locale, page));
    view! {
        <article class="page">
            {page_title(locale, page)}
            {document(locale, page)}
        </article>
    }
}

fn discord_url() -> &'static str {
    SOCIAL_LINKS.iter().find(|l| l.platform == "Discord").map(|l| l.url).unwrap_or("#")
}

pub fn home(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Home));
    let posts: Loaded<Vec<PostSummary>> = load_json(blog_index_url(locale));
    view! {
        <section class="hero">
            <div class="hero-inner">
                <h1>{tr(locale, Key::HomeHeroTitle)}</h1>
                <p class="lead">{tr(locale, Key::HomeHeroBody)}</p>
                <p class="actions">
                    <a class="button primary" href=discord_url() rel="noopener">{tr(locale, Key::HomeJoinDiscord)}</a>
                    <a class="button" href=href(locale, &Route::Page(PageId::About))>{tr(locale, Key::HomeLearnMore)}</a>
                </p>
            </div>
        </section>
        <div class="page">
            {document(locale, PageId::Home)}
            <section class="latest" aria-labelledby="latest-heading">
                <h2 id="latest-heading">{tr(locale, Key::HomeLatestPosts)}</h2>
                {loaded(locale, posts, move |posts| post_list(locale, posts.into_iter().take(3).collect(), true))}
                <p><a href=href(locale, &Route::Page(PageId::Blog))>{tr(locale, Key::HomeAllPosts)}" →"</a></p>
            </section>
        </div>
    }
}

fn post_meta(locale: Locale, post: &PostSummary) -> impl IntoView {
    let date = Date::parse(&post.date);
    view! {
        <p class="post-meta">
            <time datetime=post.date.clone()>{date.map(|d| d.display(locale)).unwrap_or_else(|| post.date.clone())}</time>
            " · "
            {interpolate(t(locale, Key::BlogBy), &[("author", &post.author)])}
            {post.fallback.then(|| view! { " · " <span class="badge">{t(locale, Key::SiteUntranslated)}</span> })}
        </p>
    }
}

/// The posts as cards; `under_section` when the list sits under an `h2` (so titles are
/// `h3`), else directly under the page's `h1` (titles are `h2`).
fn post_list(locale: Locale, posts: Vec<PostSummary>, under_section: bool) -> impl IntoView {
    if posts.is_empty() {
        return view! { <p class="empty">{t(locale, Key::BlogEmpty)}</p> }.into_any();
    }
    view! {
        <ul class="post-list">
            {posts
                .into_iter()
                .map(|post| {
                    let link = href(locale, &Route::BlogPost(post.slug.clone()));
                    let title = view! { <a href=link>{post.title.clone()}</a> };
                    let title =
                        if under_section { view! { <h3>{title}</h3> }.into_any() } else { view! { <h2>{title}</h2> }.into_any() };
                    view! {
                        <li class="post-card" lang=post.lang.clone()>
                            {title}
                            {post_meta(locale, &post)}
                            <p>{post.summary.clone()}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

pub fn blog_index(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Blog));
    let posts: Loaded<Vec<PostSummary>> = load_json(blog_index_url(locale));
    view! {
        <div class="page">
            {page_title(locale, PageId::Blog)}
            {loaded(locale, posts, move |posts| post_list(locale, posts, false))}
        </div>
    }
}

pub fn blog_post(locale: Locale, slug: String) -> impl IntoView {
    let post: Loaded<PostDoc> = load_json(blog_post_url(locale, &slug));
    let route = Route::BlogPost(slug);
    use_head(move || match post.get() {
        Some(Ok(post)) => head_tags(locale, &route, &post.meta.title, &post.meta.summary),
        Some(Err(FetchError::NotFound)) => not_found_head(locale),
        _ => page_head(locale, PageId::Blog),
    });
    move || match post.get() {
        None => view! { <div class="page">{loading(locale)}</div> }.into_any(),
        Some(Err(FetchError::NotFound)) => not_found(locale).into_any(),
        Some(Err(error)) => {
            view! { <div class="page">{error_alert(locale, &error, move || post.refetch())}</div> }.into_any()
        }
        Some(Ok(post)) => {
            let meta = post.meta.clone();
            view! {
                <article class="page post" lang=meta.lang.clone()>
                    <p class="breadcrumb"><a href=href(locale, &Route::Page(PageId::Blog)) lang=locale.code()>"← "{tr(locale, Key::BlogBack)}</a></p>
                    <h1>{meta.title.clone()}</h1>
                    <div lang=locale.code()>{post_meta(locale, &meta)}{meta.fallback.then(|| fallback_notice(locale))}</div>
                    <div class="prose" inner_html=post.html></div>
                </article>
            }
            .into_any()
        }
    }
}

/// A note in the visitor's language if the data has one, else marked as another language.
fn localized_note(locale: Locale, text: &LocalizedText) -> Option<impl IntoView> {
    let (lang, note, fallback) = pick_text(text, locale)?;
    let (lang, note) = (lang.to_string(), note.to_string());
    Some(view! {
        <p class="note" lang=lang>
            {note}
            {fallback.then(|| view! { " " <span class="badge" lang=locale.code()>{t(locale, Key::SiteUntranslated)}</span> })}
        </p>
    })
}

fn skipped_notice(locale: Locale, skipped: usize) -> Option<impl IntoView> {
    (skipped > 0).then(|| view! { <p class="notice" role="status">{interpolate(t(locale, Key::ErrorSkipped), &[("count", &skipped.to_string())])}</p> })
}

/// Today's date in the visitor's time zone (in the generator: the build's date, UTC).
fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        Date { year: now.get_full_year() as i32, month: now.get_month() as u8 + 1, day: now.get_date() as u8 }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Date::today_utc()
    }
}

fn load_data<T: Clone + 'static>(
    url: &'static str,
    parse: fn(&str) -> Result<T, crate::site::data::DataError>,
) -> Loaded<T> {
    load(move || async move {
        let text = fetch_text(url).await?;
        parse(&text).map_err(|e| FetchError::Invalid(e.to_string()))
    })
}

fn conference_card(locale: Locale, conference: Conference, countries: &DisplayNames) -> impl IntoView {
    let dates = conference.dates().map(|(start, end)| display_range(start, end, locale)).unwrap_or_default();
    view! {
        <li class="card">
            <h3><a href=conference.url.clone() rel="noopener">{conference.name.clone()}</a></h3>
            <p class="card-meta">
                <time datetime=conference.start.clone()>{dates}</time>
                " · "{conference.city.clone()}", "{countries.of(&conference.country)}
            </p>
            {localized_note(locale, &conference.note)}
        </li>
    }
}

pub fn conferences(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Conferences));
    let data = load_data("/data/conferences.json", parse_conferences);
    let render = move |(list, skipped): (Vec<Conference>, usize)| {
        let today = today();
        let countries = DisplayNames::new(locale, "region");
        let (upcoming, past): (Vec<_>, Vec<_>) =
            list.into_iter().partition(|c| c.dates().is_some_and(|(_, end)| end >= today));
        view! {
            {skipped_notice(locale, skipped)}
            <h2>{tr(locale, Key::ConferencesUpcoming)}</h2>
            {if upcoming.is_empty() {
                view! { <p class="empty">{t(locale, Key::ConferencesNoneUpcoming)}</p> }.into_any()
            } else {
                view! { <ul class="cards">{upcoming.into_iter().rev().map(|c| conference_card(locale, c, &countries)).collect_view()}</ul> }.into_any()
            }}
            <h2>{tr(locale, Key::ConferencesPast)}</h2>
            <ul class="cards">{past.into_iter().map(|c| conference_card(locale, c, &countries)).collect_view()}</ul>
        }
    };
    view! {
        <div class="page">
            {page_title(locale, PageId::Conferences)}
            {document(locale, PageId::Conferences)}
            {loaded(locale, data, render)}
        </div>
    }
}

fn book_card(locale: Locale, book: Book) -> impl IntoView {
    let month = Date::parse(&format!("{}-01", book.month))
        .map(|d| d.display_month(locale))
        .unwrap_or_else(|| book.month.clone());
    let title = match book.url.clone() {
        Some(url) => view! { <a href=url rel="noopener">{book.title.clone()}</a> }.into_any(),
        None => book.title.clone().into_any(),
    };
    view! {
        <li class="card" lang="en">
            <h3 lang="en">{title}</h3>
            <p class="card-meta" lang=locale.code()>
                {interpolate(t(locale, Key::BooksBy), &[("authors", &book.authors.join(", "))])}
                " · "
                {interpolate(t(locale, Key::BooksReadingIn), &[("month", &month)])}
            </p>
            {localized_note(locale, &book.note)}
        </li>
    }
}

pub fn book_club(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::BookClub));
    let data = load_data("/data/books.json", parse_books);
    view! {
        <div class="page">
            {page_title(locale, PageId::BookClub)}
            {document(locale, PageId::BookClub)}
            <h2>{tr(locale, Key::BooksHeading)}</h2>
            {loaded(locale, data, move |(list, skipped): (Vec<Book>, usize)| view! {
                {skipped_notice(locale, skipped)}
                <ul class="cards">{list.into_iter().map(|b| book_card(locale, b)).collect_view()}</ul>
            })}
        </div>
    }
}

pub fn not_found(locale: Locale) -> impl IntoView {
    use_head(move || not_found_head(locale));
    view! {
        <div class="page not-found">
            <h1>{tr(locale, Key::NotFoundTitle)}</h1>
            <p class="lead">{tr(locale, Key::NotFoundBody)}</p>
            <p><a class="button primary" href=href(locale, &Route::Page(PageId::Home))>{tr(locale, Key::NotFoundHome)}</a></p>
        </div>
    }
}
