//! Client-side navigation on top of the route table (`site::routes`): the current URL as
//! a signal, [`Location::navigate`] through the History API, back and forward, and clicks
//! on links to the site's own pages.
//!
//! This replaces `leptos_router`, of which the app used only these parts: which page a path
//! shows is the route table's job. Dropping it took about 35 KB gzip off the download.

use leptos::prelude::*;

use crate::site::routes::SiteUrl;

/// The URL the app shows. `pathname` and `search` change only when their part of the URL
/// does, so that a new query string does not re-render the page around the directory.
#[derive(Clone, Copy)]
pub struct Location {
    url: RwSignal<SiteUrl>,
    pub pathname: Memo<String>,
    pub search: Memo<String>,
}

/// How a navigation treats the history and the scroll position.
#[derive(Clone, Copy, Default)]
pub struct NavigateOptions {
    /// Replace the current history entry instead of adding one.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // no history on the host
    pub replace: bool,
    /// Stay where the visitor is on the page (a filter change), instead of going to the top.
    pub keep_scroll: bool,
}

pub fn use_location() -> Location {
    expect_context::<Location>()
}

impl Location {
    /// A location at `url` (a site-relative URL): the page being prerendered on the host.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn at(url: &str) -> Self {
        Self::showing(SiteUrl::parse(url))
    }

    fn showing(url: SiteUrl) -> Self {
        let url = RwSignal::new(url);
        Location {
            url,
            pathname: Memo::new(move |_| url.with(|u| u.path.clone())),
            search: Memo::new(move |_| url.with(|u| u.search.clone())),
        }
    }

    /// Shows `to` (a site-relative URL) without reloading the page.
    pub fn navigate(self, to: &str, options: NavigateOptions) {
        let url = SiteUrl::parse(to);
        #[cfg(target_arch = "wasm32")]
        {
            let history = window().history().expect("a history");
            let written = if options.replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to))
            };
            if written.is_err() {
                // The browser refused (too many entries, a sandbox): a page load still works.
                let _ = window().location().set_href(to);
                return;
            }
        }
        let hash = url.hash.clone();
        self.url.set(url);
        if !options.keep_scroll {
            scroll_to(&hash);
        }
    }
}

/// Scrolls to the element a fragment names, or to the top of the page.
fn scroll_to(hash: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let target = hash.strip_prefix('#').filter(|id| !id.is_empty()).and_then(|id| document().get_element_by_id(id));
        match target {
            Some(element) => element.scroll_into_view(),
            None => window().scroll_to_with_x_and_y(0.0, 0.0),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = hash;
}

/// Starts following the browser's URL: provides the [`Location`], handles back and
/// forward, and turns clicks on links to the site's pages into client-side navigations.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlAnchorElement, MouseEvent};

    use crate::site::routes::is_page_path;

    fn from_window() -> SiteUrl {
        let location = window().location();
        SiteUrl {
            path: location.pathname().unwrap_or_else(|_| "/".into()),
            search: location.search().unwrap_or_default(),
            hash: location.hash().unwrap_or_default(),
        }
    }

    let location = Location::showing(from_window());
    provide_context(location);

    // Back and forward: the browser has already changed the URL and restores the scroll.
    let _ = window_event_listener(leptos::ev::popstate, move |_| location.url.set(from_window()));

    let _ = window_event_listener(leptos::ev::click, move |ev: MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.shift_key()
        {
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
        let leaves_the_page = !matches!(link.target().as_str(), "" | "_self");
        let rel = link.rel();
        if leaves_the_page || link.has_attribute("download") || rel.split_ascii_whitespace().any(|r| r == "external") {
            return;
        }
        if link.origin() != window().location().origin().unwrap_or_default() || !is_page_path(&link.pathname()) {
            return;
        }
        let (path, search, hash) = (link.pathname(), link.search(), link.hash());
        let same_page = location.url.with_untracked(|u| u.path == path && u.search == search);
        if same_page && !hash.is_empty() {
            // A link within the page: the browser scrolls to it.
            return;
        }
        ev.prevent_default();
        // A link to the page itself goes back to its top without a second history entry,
        // as a browser does.
        location.navigate(&format!("{path}{search}{hash}"), NavigateOptions { replace: same_page, keep_scroll: false });
        if !same_page {
            focus_main();
        }
    });
}

/// Moves the keyboard focus to the new page's `<main>`, as a page load would reset it, so
/// that screen readers read on from there and Tab continues in the new content.
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
