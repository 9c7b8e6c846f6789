//! The root components: the app that runs in the browser on the pages where the visitor
//! does something (the directory, the join form), and the whole page the generator writes
//! for every route.
//!
//! The page around the content (skip link, header, footer) is static HTML on every page:
//! its menus are `<details>` and its language choice plain links, so it needs no app.
//! The app renders only what is inside `<div id="app">` in `<main>`, and only on the routes
//! that need it (`Route::is_rendered_by_app`, decision 0007).

use leptos::prelude::*;

use crate::site::routes::{resolve, Located, PageId, Route};

use super::pages::{join, members};
use super::router::{
    focus_main_on_navigation, routes, use_location, FlatRoutes, FlatRoutesProps, RouteChildren, Router,
};

/// The current locale and route, derived from the URL; provided as context.
#[derive(Clone, Copy)]
pub struct Current(pub Memo<Located>);

pub fn use_current() -> Current {
    expect_context::<Current>()
}

/// Provides the route of the router's URL as [`Current`].
fn provide_current() -> Memo<Located> {
    let location = use_location();
    let located = Memo::new(move |_| resolve(&location.pathname.get()));
    provide_context(Current(located));
    located
}

/// The app, rendered into `#app`: the directory or the join form, with `leptos_router`
/// keeping the URL, the history and the links between them. In the browser the router
/// follows the window's URL; when prerendering, the caller provides the page's URL
/// (`leptos_router::location::RequestUrl`).
#[component]
pub fn App() -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    super::router::handle_special_links();
    view! { <Router><AppRoutes/></Router> }
}

#[component]
fn AppRoutes() -> impl IntoView {
    let located = provide_current();
    focus_main_on_navigation();
    #[cfg(target_arch = "wasm32")]
    super::shell::follow_navigation(located);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = located;
    flat_routes(true)
}

/// The router's routes: in the app only those it renders, when prerendering every page.
fn flat_routes(only_app: bool) -> impl IntoView {
    FlatRoutes(
        FlatRoutesProps::builder()
            .fallback(fallback_view)
            .children(RouteChildren::to_children(move || routes(route_view, only_app)))
            .build(),
    )
}

/// What a route of the router shows: the page for the current path. The router makes a new
/// view whenever the path matches another of its routes, so this one follows only what the
/// router keeps it for, a new slug under the same section; following every path change
/// would render each new page twice, once more in the view about to go.
fn route_view() -> impl IntoView {
    let located = use_current().0;
    let params = super::router::use_params_map();
    move || {
        params.track();
        page_view(located.get_untracked())
    }
}

/// What the router shows for a path none of its routes matches: not-found when
/// prerendering; in the app, a path it does not render (which it only meets if the history
/// leads there), loaded by the browser.
fn fallback_view() -> impl IntoView {
    let located = use_current().0;
    move || page_view(located.get())
}

/// The page for `located`, as the route table resolves it. Every route and the fallback
/// show it, so the route table alone decides what a path shows.
fn page_view(Located { locale, route }: Located) -> AnyView {
    match route {
        Route::Page(PageId::Members) => members::directory(locale).into_any(),
        Route::MemberJoin => join::join(locale).into_any(),
        #[cfg(feature = "prerender")]
        route => super::pages::static_page(locale, route),
        #[cfg(not(feature = "prerender"))]
        _ => {
            let _ = window().location().reload();
            ().into_any()
        }
    }
}

/// The whole page of a route, as the generator writes it: skip link, header, `<main>` with
/// the page inside `<div id="app">`, footer.
#[cfg(feature = "prerender")]
#[component]
pub fn Site() -> impl IntoView {
    view! { <Router><SiteShell/></Router> }
}

#[cfg(feature = "prerender")]
#[component]
fn SiteShell() -> impl IntoView {
    use super::components::layout::{Footer, Header};
    use crate::site::i18n::{t, Key};
    let located = provide_current();
    let locale = located.with_untracked(|l| l.locale);
    view! {
        <a class="skip-link" href="#main">{t(locale, Key::SiteSkipToContent)}</a>
        <Header/>
        <main id="main" tabindex="-1">
            <div id=super::APP_ROOT_ID>{flat_routes(false)}</div>
        </main>
        <Footer/>
    }
}
