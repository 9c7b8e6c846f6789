//! One module per kind of page. Each page takes the locale (and slug) it shows, sets the
//! head tags, loads what it needs and renders it from the components.
//!
//! The app renders the directory, the join form and the not-found page itself. Every other
//! route is static (`Route::is_rendered_by_app`): its components run only in the generator,
//! and the app shows the page they prerendered ([`prerendered`], decision 0006).

use leptos::prelude::*;

use crate::site::locale::Locale;
use crate::site::routes::Route;

pub mod join;
pub mod members;
pub mod not_found;
#[cfg(feature = "web")]
pub mod prerendered;

#[cfg(feature = "prerender")]
pub mod blog;
#[cfg(feature = "prerender")]
pub mod book_club;
#[cfg(feature = "prerender")]
pub mod conferences;
#[cfg(feature = "prerender")]
pub mod document;
#[cfg(feature = "prerender")]
pub mod events;
#[cfg(feature = "prerender")]
pub mod home;
#[cfg(feature = "prerender")]
pub mod open_source;
#[cfg(feature = "prerender")]
pub mod profile;
#[cfg(feature = "prerender")]
pub mod support;

/// The class of the element that holds a static route's content, in the prerendered page
/// and in the app alike.
pub const PAGE_CONTENT_CLASS: &str = "page-content";

/// A static route's page, rendered by its components (in the generator).
#[cfg(feature = "prerender")]
pub fn static_page(locale: Locale, route: Route) -> AnyView {
    use crate::site::routes::PageId;
    let page = match route {
        Route::Page(PageId::Home) => home::home(locale).into_any(),
        Route::Page(PageId::Blog) => blog::blog_index(locale).into_any(),
        Route::Page(PageId::Events) => events::events(locale).into_any(),
        Route::Page(PageId::Conferences) => conferences::conferences(locale).into_any(),
        Route::Page(PageId::BookClub) => book_club::book_club(locale).into_any(),
        Route::Page(PageId::OpenSourceProgram) => open_source::open_source_program(locale).into_any(),
        Route::Page(PageId::Support) => support::support(locale).into_any(),
        Route::Page(page) => document::document_page(locale, page).into_any(),
        Route::BlogPost(slug) => blog::blog_post(locale, slug).into_any(),
        Route::Member(id) => profile::profile(locale, id).into_any(),
        Route::MemberJoin | Route::NotFound => unreachable!("the app renders {route:?} itself"),
    };
    view! { <div class=PAGE_CONTENT_CLASS>{page}</div> }.into_any()
}

/// A static route's page: the one the generator prerendered.
#[cfg(feature = "web")]
pub fn static_page(locale: Locale, route: Route) -> AnyView {
    prerendered::prerendered_page(locale, route).into_any()
}
