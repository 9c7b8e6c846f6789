//! The browser app: Leptos components on top of [`crate::site`]. Components stay thin: they
//! fetch documents, read the route and translations from `site`, and render.

mod app;
mod directory;
mod fetch;
mod head;
mod i18n;
mod intl;
mod join;
mod layout;
mod pages;

pub use app::App;

/// Mounts the app into `<body>`, replacing the static fallback content.
pub fn mount() {
    console_error_panic_hook::set_once();
    if let Some(fallback) = leptos::prelude::document().get_element_by_id("static-fallback") {
        fallback.remove();
    }
    leptos::mount::mount_to_body(App);
}
