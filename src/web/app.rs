//! The root component: the router, the resolved route, and the page shell.

use leptos::prelude::*;

use crate::site::i18n::{t, Key};
use crate::site::locale::Locale;
use crate::site::routes::{resolve, Located, PageId, Route};

use super::components::layout::{Footer, Header};
use super::pages::{join, members, not_found, static_page};
use super::router::{
    focus_main_on_navigation, routes, use_location, use_params_map, FlatRoutes, FlatRoutesProps, RouteChildren, Router,
};

/// The current locale and route, derived from the URL; provided as context.
#[derive(Clone, Copy)]
pub struct Current(pub Memo<Located>);

impl Current {
    pub fn locale(self) -> Locale {
        self.0.with(|l| l.locale)
    }
}

pub fn use_current() -> Current {
    expect_context::<Current>()
}

/// The app. In the browser the router follows the window's URL; when prerendering, the
/// caller provides the page's URL (`leptos_router::location::RequestUrl`).
#[component]
pub fn App() -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    super::router::handle_special_links();
    view! { <Router><Shell/></Router> }
}

#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let located = Memo::new(move |_| resolve(&location.pathname.get()));
    provide_context(Current(located));
    focus_main_on_navigation();

    // Focus <main> ourselves, so that skipping adds no `#main` entry to the history.
    let skip_to_main = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {move || t(use_current().locale(), Key::SiteSkipToContent)}
        </a>
        <Header/>
        <main id="main" tabindex="-1">
            {FlatRoutes(FlatRoutesProps::builder().fallback(fallback_view).children(RouteChildren::to_children(|| routes(route_view))).build())}
        </main>
        <Footer/>
    }
}

/// What a route of the router shows: the page for the current path. The router makes a new
/// view whenever the path matches another of its routes, so this one follows only what the
/// router keeps it for, a new slug under the same section; following every path change
/// would render each new page twice, once more in the view about to go (and start its
/// loads twice: measured, two requests for the directory's index).
fn route_view() -> impl IntoView {
    let located = use_current().0;
    let params = use_params_map();
    move || {
        params.track();
        page_view(located.get_untracked())
    }
}

/// What the router shows for a path none of its routes matches (an unknown page, in the
/// language its prefix names). The router keeps the fallback from one unknown path to the
/// next, so it follows those; a path the router matches gets a new view from the router.
fn fallback_view() -> impl IntoView {
    let located = use_current().0;
    let shown = Memo::new(move |previous: Option<&Located>| {
        let now = located.get();
        match previous {
            Some(previous) if now.route != Route::NotFound => previous.clone(),
            _ => now,
        }
    });
    move || page_view(shown.get())
}

/// The page for `located`, as the route table resolves it. Every route and the fallback
/// show it, so the route table alone decides what a path shows.
fn page_view(Located { locale, route }: Located) -> AnyView {
    if !route.is_rendered_by_app() {
        return static_page(locale, route);
    }
    match route {
        Route::Page(PageId::Members) => members::directory(locale).into_any(),
        Route::MemberJoin => join::join(locale).into_any(),
        _ => not_found::not_found(locale).into_any(),
    }
}
