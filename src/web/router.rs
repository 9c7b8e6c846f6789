//! Routing with `leptos_router`: its `Router` keeps the URL (path and query apart, so that a
//! new query string does not re-render the page around the directory), the history, back
//! and forward, and turns clicks on links between the app's pages into client-side
//! navigations. The routes are generated from the route table (`site::routes`): in the
//! app, the pages it runs on in every locale; when prerendering, every page. Each shows the
//! same page, which asks the table what the path shows.
//!
//! What the site adds on top:
//! - links to reading pages and to files (`/feed.xml`, images, data) stay with the browser,
//!   which loads them as pages of their own, with no app (decision 0007);
//! - a link to the page itself adds no history entry;
//! - after a navigation to another page the focus moves to `<main>`, as a page load resets
//!   it, so that keyboard and screen-reader users carry on in the new content.

use leptos::prelude::*;
use leptos::tachys::view::iterators::StaticVec;
use leptos_router::{MatchNestedRoutes, NestedRoute, ParamSegment, StaticSegment};

use crate::site::locale::Locale;
use crate::site::routes::{Route, PAGES, SLUG_SECTIONS};

pub use leptos_router::components::{FlatRoutes, FlatRoutesProps, RouteChildren, Router};
pub use leptos_router::hooks::{use_location, use_navigate, use_params_map, use_query_map};
pub use leptos_router::NavigateOptions;

/// The site's routes in `leptos_router`'s terms: for every locale, each page of the route
/// table (`/ha/about/`, `/members/join/`) and, unless `only_app`, each section of pages with
/// a slug (`/ha/blog/:slug/`); with `only_app`, only the pages the app runs on. Every route
/// shows `view`.
pub fn routes<V: IntoView + 'static>(
    view: fn() -> V,
    only_app: bool,
) -> impl MatchNestedRoutes + Clone + Send + 'static {
    let prefix = |locale: Locale| if locale.is_default() { "" } else { locale.code() };
    // Every fixed page is one or two static segments after the locale's prefix.
    let pages = PAGES.iter().map(|p| (Route::Page(p.id), p.slug, "")).chain([(Route::MemberJoin, "members", "join")]);
    let pages: Vec<_> = pages.filter(|(route, _, _)| !only_app || route.is_rendered_by_app()).collect();
    let fixed: Vec<_> = Locale::all()
        .flat_map(|locale| {
            pages.iter().map(move |(_, first, second)| {
                NestedRoute::new((StaticSegment(prefix(locale)), StaticSegment(*first), StaticSegment(*second)), view)
            })
        })
        .collect();
    let with_slug: Vec<_> = Locale::all()
        .filter(|_| !only_app)
        .flat_map(|locale| {
            SLUG_SECTIONS.iter().map(move |section| {
                NestedRoute::new((StaticSegment(prefix(locale)), StaticSegment(*section), ParamSegment("slug")), view)
            })
        })
        .collect();
    (StaticVec::from(fixed), StaticVec::from(with_slug))
}

/// Two kinds of link click that must not reach the router, handled in a listener that runs
/// before it (in the capture phase, on the window):
/// - a link to a page the app does not run on (a reading page, a file), or to a page in
///   another language, stays with the browser, which loads it;
/// - a link to the page being shown goes back to the page's top without a history entry,
///   as a browser does for a link to the page itself (`leptos_router` adds one when its own
///   record of the history has drifted from the browser's, after back and forward).
#[cfg(target_arch = "wasm32")]
pub fn handle_special_links() {
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlAnchorElement, MouseEvent};

    use crate::site::routes::resolve;

    let listener = wasm_bindgen::closure::Closure::<dyn Fn(MouseEvent)>::new(|ev: MouseEvent| {
        if ev.button() != 0 || ev.meta_key() || ev.alt_key() || ev.ctrl_key() || ev.shift_key() {
            return;
        }
        let Some(link) = ev
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten())
            .and_then(|element| element.dyn_into::<HtmlAnchorElement>().ok())
        else {
            return;
        };
        let location = window().location();
        if link.origin() != location.origin().unwrap_or_default() || !link.target().is_empty() {
            return;
        }
        let (to, here) = (resolve(&link.pathname()), resolve(&location.pathname().unwrap_or_default()));
        // The app holds one language's strings: another language is another page load.
        if !to.route.is_rendered_by_app() || to.locale != here.locale {
            ev.stop_propagation();
        } else if link.hash().is_empty()
            && link.pathname() == location.pathname().unwrap_or_default()
            && link.search() == location.search().unwrap_or_default()
        {
            ev.prevent_default();
            ev.stop_propagation();
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    let _ = window().add_event_listener_with_callback_and_bool("click", listener.as_ref().unchecked_ref(), true);
    listener.forget();
}

/// Moves the keyboard focus to `<main>` whenever the page (the path) changes after the
/// first render, as a page load would reset it.
pub fn focus_main_on_navigation() {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            focus_main();
        }
        path
    });
}

#[cfg(target_arch = "wasm32")]
fn focus_main() {
    use wasm_bindgen::JsCast;
    let Some(main) = document().get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = main.focus_with_options(&options);
}

#[cfg(not(target_arch = "wasm32"))]
fn focus_main() {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::routes::{all_page_routes, href, resolve};
    /// Whether a generated route matches `path`.
    fn matched(path: &str) -> bool {
        let defs = leptos_router::RouteDefs::new(routes(|| (), false));
        defs.match_route(path).is_some()
    }

    #[test]
    fn the_app_has_a_route_for_each_page_it_runs_on_and_no_other() {
        let defs = leptos_router::RouteDefs::new(routes(|| (), true));
        for (locale, route) in all_page_routes() {
            let path = href(locale, &route);
            assert_eq!(defs.match_route(&path).is_some(), route.is_rendered_by_app(), "{path}");
        }
        assert!(defs.match_route("/blog/a-post/").is_none());
        assert!(defs.match_route("/ha/members/ada/").is_none());
    }

    #[test]
    fn every_page_of_the_route_table_has_a_route_and_other_paths_have_none() {
        for (locale, route) in all_page_routes() {
            let path = href(locale, &route);
            assert!(matched(&path), "{path}");
        }
        for locale in Locale::all() {
            for (route, path) in [
                (Route::BlogPost("a-post".into()), href(locale, &Route::BlogPost("a-post".into()))),
                (Route::Member("ada".into()), href(locale, &Route::Member("ada".into()))),
            ] {
                assert!(matched(&path), "{path}");
                assert_eq!(resolve(&path).route, route);
            }
        }
        for path in ["/nope/", "/en/about/", "/about/extra/", "/ha/ha/", "/blog/a/b/"] {
            assert!(!matched(path), "{path}");
            assert_eq!(resolve(path).route, Route::NotFound, "{path}");
        }
    }
}
