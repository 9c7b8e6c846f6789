//! One module per kind of page. Each page takes the locale (and slug) it shows, sets the
//! head tags, loads what it needs and renders it from the components.
//!
//! The app renders the directory and the join form (`Route::is_rendered_by_app`). Every
//! other page is a reading page: its components run only in the generator, whose HTML is
//! the whole page (decision 0007).

pub mod join;
pub mod members;

#[cfg(feature = "prerender")]
pub mod about;
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
pub mod not_found;
#[cfg(feature = "prerender")]
pub mod open_source;
#[cfg(feature = "prerender")]
pub mod profile;
#[cfg(feature = "prerender")]
pub mod support;

/// A reading page, rendered by its components (in the generator).
#[cfg(feature = "prerender")]
pub fn static_page(locale: crate::site::locale::Locale, route: crate::site::routes::Route) -> leptos::prelude::AnyView {
    use crate::site::routes::{PageId, Route};
    use leptos::prelude::IntoAny;
    match route {
        Route::Page(PageId::Home) => home::home(locale).into_any(),
        Route::Page(PageId::About) => about::about(locale).into_any(),
        Route::Page(PageId::Blog) => blog::blog_index(locale).into_any(),
        Route::Page(PageId::Events) => events::events(locale).into_any(),
        Route::Page(PageId::Conferences) => conferences::conferences(locale).into_any(),
        Route::Page(PageId::BookClub) => book_club::book_club(locale).into_any(),
        Route::Page(PageId::OpenSourceProgram) => open_source::open_source_program(locale).into_any(),
        Route::Page(PageId::Support) => support::support(locale).into_any(),
        Route::Page(page) => document::document_page(locale, page).into_any(),
        Route::BlogPost(slug) => blog::blog_post(locale, slug).into_any(),
        Route::Member(id) => profile::profile(locale, id).into_any(),
        Route::NotFound => not_found::not_found(locale).into_any(),
        Route::MemberJoin => unreachable!("the app renders {route:?} itself"),
    }
}
