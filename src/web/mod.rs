//! The Leptos components on top of [`crate::site`]. Components stay thin: they load
//! documents, read the route and translations from `site`, and render.
//!
//! The same components run in two places: in the browser (feature `web`, [`mount`]) and on
//! the host at build time (feature `prerender`, [`prerender`]), where the generator renders
//! every route to static HTML.

// Infrastructure: the root component, loading, the router, head tags, Intl, takeover.
mod app;
#[cfg(feature = "web")]
mod carry_over;
mod fetch;
mod head;
mod i18n;
mod intl;
mod load;
mod router;
mod takeover;

// What the visitor sees: pages, one module per kind, over shared components.
mod components;
mod pages;

pub use app::App;
#[cfg(not(target_arch = "wasm32"))]
pub use fetch::take_missing;
pub use fetch::{preload, take_used};
#[cfg(not(target_arch = "wasm32"))]
pub use intl::load_host_names;

/// The id of the element that holds the app; the generator fills it with the prerendered
/// page and the app replaces it.
pub const APP_ROOT_ID: &str = "app";
/// The id of the `<script type="application/json">` that carries a page's preloaded
/// documents (`{url: body}`).
pub const PRELOADED_ID: &str = "preloaded";

/// Starts the app: reads the page's preloaded documents, renders the app into a new root
/// and swaps it for the prerendered one once it is complete (right after its first render
/// when the page carried every document it needs), so nothing flashes. The loader runs it
/// only once the prerendered page has painted, or when the visitor starts something that
/// needs it if the browser asks to save data (`pattern_script` in Trunk.toml).
#[cfg(feature = "web")]
pub fn mount() {
    use leptos::prelude::document;
    console_error_panic_hook::set_once();
    let document = document();
    if let Some(script) = document.get_element_by_id(PRELOADED_ID) {
        let documents: std::collections::HashMap<String, String> =
            script.text_content().and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default();
        preload(documents);
        script.remove();
    }
    let prerendered = document.get_element_by_id(APP_ROOT_ID).is_some_and(|root| root.child_element_count() > 0);
    if prerendered {
        if let Ok(pathname) = leptos::prelude::window().location().pathname() {
            pages::prerendered::keep_arrival(&document, &pathname);
        }
    }
    let root = document.create_element("div").expect("a div");
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), App);
    handle.forget();
    let take_over = move || {
        match document.get_element_by_id(APP_ROOT_ID) {
            Some(prerendered) => {
                // What the visitor typed, ticked, opened or focused before the app came.
                let snapshot = carry_over::Snapshot::take(&prerendered);
                let _ = prerendered.replace_with_with_node_1(&root);
                root.set_id(APP_ROOT_ID);
                snapshot.apply(&root);
            }
            None => {
                let _ = document.body().expect("a body").append_child(&root);
            }
        }
        root.set_id(APP_ROOT_ID);
        // Says the app runs (tests and styles may rely on it).
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-app", "ready");
        }
    };
    // A page that carried everything is replaced right after the first render; one that
    // did not (a document too large to carry) stays readable until the app has what it
    // needs. A bare shell (no prerendered content) shows the app's loading state at once.
    if prerendered {
        takeover::when_first_render_settled(take_over);
    } else {
        take_over();
    }
}

#[cfg(feature = "web")]
use wasm_bindgen::JsCast;

/// A page rendered at build time.
#[cfg(feature = "prerender")]
pub struct Prerendered {
    pub html: String,
    /// The documents (URL, body) the page must carry: those it read or recorded, for a route
    /// the app renders; none for a static route, whose page the app shows as it is.
    pub carried: Vec<(String, String)>,
    /// For a static route, the documents it asked for and was not given: the app shows such
    /// a page as it is, so it must not be published while it still says it is loading.
    pub missing: Vec<String>,
}

/// Renders the app at `path` (for example `/ha/about/`) to HTML, reading only preloaded
/// documents.
#[cfg(feature = "prerender")]
pub fn prerender(path: &str) -> Prerendered {
    use leptos::prelude::*;
    take_used();
    take_missing();
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(leptos_router::location::RequestUrl::new(path));
        view! { <App/> }.to_html()
    });
    let (used, missing) = (take_used(), take_missing());
    if crate::site::routes::resolve(path).route.is_rendered_by_app() {
        Prerendered { html, carried: used, missing: Vec::new() }
    } else {
        Prerendered { html, carried: Vec::new(), missing }
    }
}

#[cfg(all(test, feature = "prerender"))]
mod tests {
    use super::*;
    use crate::directory::compact::{encode, member_url, DIRECTORY_URL};
    use crate::directory::members::parse_members;
    use crate::directory::skills::parse_skills;
    use crate::site::locale::Locale;

    const SKILLS: &str = include_str!("../../public/data/skills.json");

    /// A member whose text is markup; the prerendered page must show it as text.
    const HOSTILE: &str = r#"[{"id": "mallory", "name": "<script>alert(1)</script> Mallory",
        "country": "KE", "city": "<img src=x onerror=alert(2)>", "skills": ["python"],
        "bio": {"en": "<b>bold</b> & <img src=x onerror=alert(3)>"},
        "avatar": "https://example.org/m\"allory.webp"}]"#;

    fn preload_hostile() {
        let skills = parse_skills(SKILLS).unwrap();
        let parsed = parse_members(HOSTILE, &skills).unwrap();
        let member = serde_json::to_string(&parsed.members[0]).unwrap();
        preload([
            ("/data/skills.json".to_string(), SKILLS.to_string()),
            (DIRECTORY_URL.to_string(), encode(&parsed.members, 0, &skills)),
            (member_url("mallory"), member),
        ]);
    }

    #[test]
    fn the_directory_prerenders_its_cards_with_member_text_escaped() {
        preload_hostile();
        let Prerendered { html, carried: used, .. } = prerender("/members/");
        let used: Vec<String> = used.into_iter().map(|(url, _)| url).collect();
        assert!(html.contains(r#"data-member-id="mallory""#), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Mallory"));
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img src=x"));
        assert!(
            used.contains(&DIRECTORY_URL.to_string()) && used.contains(&"/data/skills.json".to_string()),
            "{used:?}"
        );
    }

    #[test]
    fn a_profile_prerenders_its_name_as_the_heading_and_its_bio_as_text() {
        preload_hostile();
        let Prerendered { html, carried: used, .. } = prerender("/sw/members/mallory/");
        let used: Vec<String> = used.into_iter().map(|(url, _)| url).collect();
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Mallory</h1>"), "{html}");
        assert!(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img"));
        assert!(!html.contains("<b>bold"));
        assert!(
            html.contains(r#"src="https://example.org/m&quot;allory.webp" alt="" width="72" height="72""#),
            "{html}"
        );
        // A profile is a static page: the app shows it as prerendered, so it carries nothing.
        assert_eq!(used, Vec::<String>::new());
    }

    #[test]
    fn a_static_page_is_wrapped_for_the_app_and_carries_no_documents() {
        preload_hostile();
        for path in ["/", "/es/about/", "/ha/blog/", "/sw/events/", "/members/mallory/"] {
            let Prerendered { html, carried: used, .. } = prerender(path);
            assert!(html.contains(r#"<main id="main" tabindex="-1"><div class="page-content">"#), "{path}: {html}");
            assert!(used.is_empty(), "{path}: {used:?}");
        }
        for path in ["/members/", "/members/join/", "/no-such-page/"] {
            let html = prerender(path).html;
            assert!(!html.contains("page-content"), "{path}: {html}");
        }
    }

    #[test]
    fn pages_carry_the_country_names_they_were_rendered_with() {
        preload_hostile();
        load_host_names(r#"{"names": {"ha": {"region": {"KE": "Kenya", "NG": "Najeriya"}}}, "collation": {}}"#)
            .unwrap();
        let Prerendered { html, carried: used, .. } = prerender("/ha/members/");
        let names = used.iter().find(|(url, _)| url == "intl:names/ha/region");
        // Only the names the page used, so that the page carries no more than it needs.
        assert_eq!(names.map(|(_, body)| body.as_str()), Some(r#"{"KE":"Kenya"}"#), "{used:?}");
        assert!(html.contains("Kenya"), "{html}");
    }

    #[test]
    fn the_directory_carries_the_collation_order_it_was_rendered_with() {
        preload_hostile();
        load_host_names(r#"{"names": {}, "collation": {"es": ["<script>alert(1)</script> Mallory"]}}"#).unwrap();
        let used = prerender("/es/members/").carried;
        let order = used.iter().find(|(url, _)| url.starts_with("intl:collation-order/es/"));
        assert_eq!(order.map(|(_, body)| body.as_str()), Some("[0]"), "{used:?}");
    }

    /// The data pages are rendered only here (decision 0006): what a data file says is shown
    /// as text, and entries that are not whole are counted, not shown.
    #[test]
    fn a_data_page_prerenders_hostile_text_as_text_and_counts_what_it_skipped() {
        let books = r#"[
            {"title": "<img src=x onerror=alert(1)>", "authors": ["<script>alert(2)</script>"], "status": "completed",
             "url": "javascript:alert(3)", "note": {"en": "<b>bold?</b>"}},
            {"title": "Good book", "authors": ["A. Writer"], "status": "completed",
             "note": {"en": "<script>alert(4)</script>"}}
        ]"#;
        preload([("/data/books.json".to_string(), books.to_string())]);
        let html = prerender("/book-club/").html;
        assert!(html.contains("&lt;script&gt;alert(4)&lt;/script&gt;"), "{html}");
        assert!(html.contains("1 entry could not be shown because it was incomplete"), "{html}");
        for raw in ["<img src=x", "<script>alert", "<b>bold", "javascript:"] {
            assert!(!html.contains(raw), "{raw} in {html}");
        }
    }

    #[test]
    fn a_page_missing_in_a_language_prerenders_in_english_marked() {
        use crate::site::content::{page_doc_url, PageDoc};
        let english = PageDoc { html: "<p>Events in English.</p>".into(), lang: "en".into(), fallback: true };
        preload([(page_doc_url(Locale::from_code("ha").unwrap(), "events"), serde_json::to_string(&english).unwrap())]);
        let html = prerender("/ha/events/").html;
        assert!(html.contains("<h1>Taruka</h1>"), "{html}");
        assert!(html.contains(r#"<div lang="en" class="prose"><p>Events in English.</p></div>"#), "{html}");
        let note = crate::site::i18n::interpolate(
            crate::site::i18n::t(Locale::from_code("ha").unwrap(), crate::site::i18n::Key::SiteFallbackNotice),
            &[("language", "Hausa")],
        );
        assert!(html.contains(&format!(r#"<p role="note" class="fallback-notice">{note}</p>"#)), "{html}");
    }

    #[test]
    fn the_header_marks_the_section_being_shown_with_leptos_router_links() {
        let current = |path: &str| {
            let html = prerender(path).html;
            let nav = html.split(r#"id="site-nav""#).nth(1).unwrap().split("</nav>").next().unwrap().to_string();
            nav.split("<a ")
                .filter(|link| link.contains(r#"aria-current="page""#))
                .map(|link| link.split(r#"href=""#).nth(1).unwrap().split('"').next().unwrap().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(current("/es/leadership/"), ["/es/leadership/"]);
        assert_eq!(current("/blog/some-post/"), ["/blog/"]);
        assert_eq!(current("/ha/members/join/"), ["/ha/members/"]);
        assert_eq!(current("/"), Vec::<String>::new());
        assert_eq!(current("/sw/"), Vec::<String>::new());
    }

    #[test]
    fn a_static_page_names_the_documents_it_was_rendered_without() {
        preload([("/data/skills.json".to_string(), SKILLS.to_string())]);
        let page = prerender("/es/book-club/");
        assert!(page.missing.contains(&"/data/books.json".to_string()), "{:?}", page.missing);
        assert!(page.html.contains(r#"class="loading""#), "{}", page.html);
        // The app renders the directory itself, and fetches what the page did not carry.
        assert_eq!(prerender("/members/").missing, Vec::<String>::new());
        preload([("/data/books.json".to_string(), "[]".to_string())]);
        let page = prerender("/book-club/");
        assert!(!page.missing.contains(&"/data/books.json".to_string()), "{:?}", page.missing);
    }

    #[test]
    fn a_page_whose_documents_are_missing_prerenders_without_them() {
        preload(std::iter::empty());
        let Prerendered { html, carried: used, .. } = prerender("/members/");
        assert!(html.contains("<h1"), "{html}");
        assert!(used.is_empty(), "{used:?}");
    }
}
