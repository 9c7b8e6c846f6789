//! The Leptos components on top of [`crate::site`]. Components stay thin: they load
//! documents, read the route and translations from `site`, and render.
//!
//! The same components run in two places: in the browser (feature `web`, [`mount`]) and on
//! the host at build time (feature `prerender`, [`prerender`]), where the generator renders
//! every route to static HTML.

// Infrastructure: the root components, loading, the router, head tags, Intl, takeover.
mod app;
#[cfg(feature = "web")]
mod carry_over;
mod fetch;
mod head;
mod i18n;
mod intl;
mod load;
mod router;
#[cfg(feature = "web")]
mod shell;
mod takeover;

// What the visitor sees: pages, one module per kind, over shared components.
mod components;
mod pages;

pub use app::App;
#[cfg(not(target_arch = "wasm32"))]
pub use components::map::{load_host_map, map_sprites};
#[cfg(not(target_arch = "wasm32"))]
pub use fetch::take_missing;
pub use fetch::{preload, take_used};
#[cfg(not(target_arch = "wasm32"))]
pub use intl::load_host_names;

/// The id of the element in `<main>` that holds the page's content; on the pages the app
/// runs on, the app replaces it.
pub const APP_ROOT_ID: &str = "app";
/// The id of the `<script type="application/json">` that carries a page's preloaded
/// documents (`{url: body}`).
pub const PRELOADED_ID: &str = "preloaded";

/// Starts the app on a page it runs on (the directory, the join form): reads the page's
/// preloaded documents, renders the app into a new root and swaps it for the prerendered
/// content of `#app` once it is complete (right after its first render when the page
/// carried every document it needs), so nothing flashes. The loader runs it only once the
/// prerendered page has painted, or when the visitor starts something that needs it if
/// the browser asks to save data (`pattern_script` in Trunk.toml); reading pages have no
/// loader (decision 0007).
#[cfg(feature = "web")]
pub fn mount() {
    use leptos::prelude::document;
    // A panic's message and place in the console while developing. The release build goes
    // without: the formatting behind it costs the download 1.5 KB gzip, and a panic there
    // still stops with an error in the console (decision 0007).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let document = document();
    if let Some(script) = document.get_element_by_id(PRELOADED_ID) {
        let documents: std::collections::HashMap<String, String> = script
            .text_content()
            .and_then(|json| crate::site::json::Value::parse(&json).ok()?.strings())
            .unwrap_or_default();
        preload(documents);
        script.remove();
    }
    let Some(prerendered) = document.get_element_by_id(APP_ROOT_ID) else { return };
    // The page's own locale's strings, which the page carries (`site::i18n::Carried`).
    let locale =
        crate::site::routes::resolve(&leptos::prelude::window().location().pathname().unwrap_or_default()).locale;
    if let Some(strings) = fetch::preloaded(&crate::site::i18n::carried_url(locale))
        .and_then(|json| crate::site::i18n::Carried::read(&crate::site::json::Value::parse(&json).ok()?))
    {
        crate::site::i18n::carried::load(strings);
    }
    let root = document.create_element("div").expect("a div");
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), App);
    handle.forget();
    let take_over = move || {
        // What the visitor typed, ticked, opened or focused before the app came.
        let snapshot = carry_over::Snapshot::take(&prerendered);
        let moved_focus = carry_over::move_kept_parts(&prerendered, &root);
        let _ = prerendered.replace_with_with_node_1(&root);
        root.set_id(APP_ROOT_ID);
        snapshot.apply(&root);
        if let Some(element) = moved_focus {
            carry_over::refocus(&element);
        }
        // Says the app runs (tests and styles may rely on it).
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-app", "ready");
        }
    };
    // A page that carried everything is replaced right after the first render; one that
    // did not (a document too large to carry) stays readable until the app has what it
    // needs.
    takeover::when_first_render_settled(take_over);
}

#[cfg(feature = "web")]
use wasm_bindgen::JsCast;

/// A page rendered at build time.
#[cfg(feature = "prerender")]
pub struct Prerendered {
    /// Skip link, header, `<main>` and footer.
    pub html: String,
    /// The documents (URL, body) the page must carry: those it read or recorded, for a route
    /// the app renders; none for a reading page.
    pub carried: Vec<(String, String)>,
    /// For a reading page, the documents it asked for and was not given: no app will come
    /// to finish it, so it must not be published while it still says it is loading.
    pub missing: Vec<String>,
}

/// Renders the whole page at `path` (for example `/ha/about/`) to HTML, reading only
/// preloaded documents.
#[cfg(feature = "prerender")]
pub fn prerender(path: &str) -> Prerendered {
    use leptos::prelude::*;
    take_used();
    take_missing();
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(leptos_router::location::RequestUrl::new(path));
        view! { <app::Site/> }.to_html()
    });
    let (mut used, missing) = (take_used(), take_missing());
    let located = crate::site::routes::resolve(path);
    if located.route.is_rendered_by_app() {
        let strings = crate::site::i18n::carried(located.locale);
        used.push((crate::site::i18n::carried_url(located.locale), serde_json::to_string(&strings).expect("JSON")));
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
    const HOSTILE: &str = r#"[{"id": "mallory", "profile": {"name": "<script>alert(1)</script> Mallory",
        "country": "KE", "city": "<img src=x onerror=alert(2)>", "skills": ["python"],
        "bio": {"en": "<b>bold</b> & <img src=x onerror=alert(3)>"},
        "avatar": "https://example.org/m\"allory.webp"}}]"#;

    fn preload_hostile() {
        let skills = parse_skills(SKILLS).unwrap();
        let parsed = parse_members(HOSTILE, &skills).unwrap();
        let member = serde_json::to_string(&parsed.members[0]).unwrap();
        preload([
            ("/data/skills.json".to_string(), SKILLS.to_string()),
            (DIRECTORY_URL.to_string(), encode(&parsed.members, 0, None, &skills)),
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
    fn every_page_has_its_content_in_main_and_only_the_apps_pages_carry_documents() {
        preload_hostile();
        for path in ["/", "/es/about/", "/ha/blog/", "/sw/events/", "/members/mallory/", "/no-such-page/"] {
            let Prerendered { html, carried: used, .. } = prerender(path);
            assert!(html.contains(r#"<main id="main" tabindex="-1"><div id="app">"#), "{path}: {html}");
            assert!(html.starts_with(r##"<a href="#main" class="skip-link">"##), "{path}: {html}");
            assert!(used.is_empty(), "{path}: {used:?}");
        }
        for path in ["/members/", "/ha/members/"] {
            assert!(!prerender(path).carried.is_empty(), "{path}");
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

    fn preload_shipped_data() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data");
        preload(std::fs::read_dir(dir).unwrap().map(|entry| {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            let json = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
            (format!("/data/{name}"), json)
        }));
    }

    /// The leadership is one data file, shown in every language with the council's anchor
    /// that council announcements link to.
    #[test]
    fn about_shows_the_leadership_from_its_data_file_in_every_language() {
        preload_shipped_data();
        for locale in Locale::all() {
            let page = prerender(&crate::site::routes::href(
                locale,
                &crate::site::routes::Route::Page(crate::site::routes::PageId::About),
            ));
            assert!(page.missing.iter().all(|url| !url.starts_with("/data/")), "{:?}", page.missing);
            for fact in [
                "Jay Miller",
                "Doreen Nangira",
                "Kojo Idrissa",
                "Didas Mbarushimana",
                r#"id="council""#,
                r#"id="join-the-community""#,
            ] {
                assert!(page.html.contains(fact), "{}: {fact}", locale.code());
            }
        }
        let english = prerender("/about/").html;
        assert!(english.contains("Brayan Kai</strong> · <span lang=\"en\">Eastern Africa</span>"), "{english}");
        assert!(english.contains(r#"<a href="/blog/didas-mbarushimana-added-to-bpd-council/">Didas Mbarushimana</a>"#));
    }

    /// The figures are counted from the data files, and written as the locale writes numbers.
    #[test]
    fn the_home_page_counts_its_figures_from_the_data() {
        preload_shipped_data();
        let english = prerender("/").html;
        assert!(
            english.contains(r#"<strong class="figure">1,230</strong> <span>community members</span>"#),
            "{english}"
        );
        assert!(english.contains(r#"<strong class="figure">22</strong> <span>sponsored events</span>"#), "{english}");
        assert!(
            english.contains(r#"<strong class="figure">12</strong> <span>countries supported</span>"#),
            "{english}"
        );
        assert!(prerender("/es/").html.contains(r#"<strong class="figure">1230</strong>"#));
        for sponsor in ["GNOME Foundation", "Anaconda", "JetBrains", "Pydantic", "REVSYS"] {
            assert!(english.contains(sponsor), "{sponsor}");
        }
        assert!(english.contains(r#"href="/corporate-sponsorships/""#));
    }

    #[test]
    fn the_header_marks_the_section_being_shown() {
        let current = |path: &str| {
            let html = prerender(path).html;
            let nav = html.split(r#"id="site-nav""#).nth(1).unwrap().split("</nav>").next().unwrap().to_string();
            nav.split("<a ")
                .filter(|link| link.contains(r#"aria-current="page""#))
                .map(|link| link.split(r#"href=""#).nth(1).unwrap().split('"').next().unwrap().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(current("/es/about/"), ["/es/about/"]);
        assert_eq!(current("/book-club/"), Vec::<String>::new(), "an archived page is in no section");
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
        // Only its own language's strings, which every page the app runs on carries.
        let urls: Vec<&str> = used.iter().map(|(url, _)| url.as_str()).collect();
        assert_eq!(urls, ["intl:strings/en"]);
    }

    #[test]
    fn a_page_the_app_runs_on_carries_its_own_languages_strings_only() {
        use crate::site::i18n::{carried, carried_url, t, Carried, Key};
        preload_hostile();
        let ha = Locale::from_code("ha").unwrap();
        let used = prerender("/ha/members/join/").carried;
        let strings: Vec<&(String, String)> = used.iter().filter(|(url, _)| url.starts_with("intl:strings/")).collect();
        assert_eq!(strings.len(), 1, "{used:?}");
        assert_eq!(strings[0].0, carried_url(ha));
        let table: Carried = serde_json::from_str(&strings[0].1).unwrap();
        assert_eq!(table, carried(ha));
        assert_eq!(table.strings[Key::JoinLink as usize], t(ha, Key::JoinLink));
        assert!(prerender("/ha/about/").carried.is_empty());
    }
}
