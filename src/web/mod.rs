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

/// Renders the app at `path` (for example `/ha/about/`) to HTML, reading only preloaded
/// documents. Returns the HTML and the documents (URL, body) it read or recorded.
#[cfg(feature = "prerender")]
pub fn prerender(path: &str) -> (String, Vec<(String, String)>) {
    use leptos::prelude::*;
    take_used();
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(leptos_router::location::RequestUrl::new(path));
        view! { <App/> }.to_html()
    });
    (html, take_used())
}

#[cfg(all(test, feature = "prerender"))]
mod tests {
    use super::*;
    use crate::directory::compact::{encode, member_url, DIRECTORY_URL};
    use crate::directory::members::parse_members;
    use crate::directory::skills::parse_skills;

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
        let (html, used) = prerender("/members/");
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
        let (html, used) = prerender("/sw/members/mallory/");
        let used: Vec<String> = used.into_iter().map(|(url, _)| url).collect();
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Mallory</h1>"), "{html}");
        assert!(html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img"));
        assert!(!html.contains("<b>bold"));
        assert!(
            html.contains(r#"src="https://example.org/m&quot;allory.webp" alt="" width="72" height="72""#),
            "{html}"
        );
        assert_eq!(
            used,
            vec![member_url("mallory"), "/data/skills.json".to_string(), "intl:names/sw/region".to_string()]
        );
    }

    #[test]
    fn pages_carry_the_country_names_they_were_rendered_with() {
        preload_hostile();
        load_host_names(r#"{"names": {"ha": {"region": {"KE": "Kenya", "NG": "Najeriya"}}}, "collation": {}}"#)
            .unwrap();
        let (html, used) = prerender("/ha/members/");
        let names = used.iter().find(|(url, _)| url == "intl:names/ha/region");
        // Only the names the page used, so that the page carries no more than it needs.
        assert_eq!(names.map(|(_, body)| body.as_str()), Some(r#"{"KE":"Kenya"}"#), "{used:?}");
        assert!(html.contains("Kenya"), "{html}");
    }

    #[test]
    fn the_directory_carries_the_collation_order_it_was_rendered_with() {
        preload_hostile();
        load_host_names(r#"{"names": {}, "collation": {"es": ["<script>alert(1)</script> Mallory"]}}"#).unwrap();
        let (_, used) = prerender("/es/members/");
        let order = used.iter().find(|(url, _)| url.starts_with("intl:collation-order/es/"));
        assert_eq!(order.map(|(_, body)| body.as_str()), Some("[0]"), "{used:?}");
    }

    #[test]
    fn a_page_whose_documents_are_missing_prerenders_without_them() {
        preload(std::iter::empty());
        let (html, used) = prerender("/members/");
        assert!(html.contains("<h1"), "{html}");
        assert!(used.is_empty(), "{used:?}");
    }
}
