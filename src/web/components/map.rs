//! The world maps (`site::map`): the directory's members by subregion, and the countries of
//! the community's events. Drawn by the generator from the geometry it loads
//! ([`load_host_map`]): the shapes go into two SVG files of their own ([`map_sprites`],
//! content-hashed, cached for good, fetched after the first paint like an image), and the
//! page holds only the small SVG that links, names and shades them (`<use>`). The app never
//! carries the geometry. On the directory the app finds the prerendered map (the takeover
//! moves it into the app's page, `carry_over`) and keeps its shades, links and labels in
//! step with the filters ([`keep_in_step`]).

use leptos::prelude::*;

#[cfg(target_arch = "wasm32")]
use crate::directory::filter::FacetCounts;
use crate::directory::query::Query;
use crate::directory::regions::Subregion;
use crate::site::i18n::{plural, Plural};
use crate::site::locale::Locale;

/// The id of the directory's map, and of the element the app keeps it in.
pub const MEMBERS_MAP_ID: &str = "members-map";
pub const MEMBERS_MAP_SLOT_ID: &str = "members-map-slot";

/// What a region says to a screen reader and in its tooltip: "Western Africa: 12 members".
pub fn region_label(locale: Locale, region: Subregion, count: usize) -> String {
    format!("{}: {}", region.name(locale), plural(locale, Plural::DirectoryCount, count as u64).0)
}

/// The directory filtered by `region`, keeping the rest of `query`.
pub fn region_search(query: &Query, region: Subregion) -> String {
    let query = Query { regions: vec![crate::directory::query::RegionFilter::Subregion(region)], ..query.clone() };
    query.to_search()
}

/// The geometry the generator draws from, and the addresses of the shape files it wrote.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
struct HostMap {
    geometry: crate::site::map::Geometry,
    /// The subregions' shapes, by slug, for `<use>`.
    regions: String,
    /// The land, as a picture of its own.
    land: String,
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static HOST_MAP: std::cell::RefCell<Option<HostMap>> = const { std::cell::RefCell::new(None) };
}

/// Loads the geometry the generator draws maps from (`tools/map.mjs`'s output).
#[cfg(not(target_arch = "wasm32"))]
pub fn load_host_map(json: &str) -> Result<(), String> {
    let geometry = crate::site::map::Geometry::parse(json)?;
    HOST_MAP.set(Some(HostMap { geometry, ..HostMap::default() }));
    Ok(())
}

/// The land's colour on the events map, drawn into its picture (a picture is not styled by
/// the page): the same as a region without members on the directory's map (`.shade-0`).
#[cfg(not(target_arch = "wasm32"))]
const LAND: &str = "#e9e4da";

/// The shape files the maps use, as `(file name, contents)`, each named after a hash of
/// its contents (so cached for good): the subregions, for the directory's `<use>`, and the
/// land as a picture, the events map's background, loaded lazily. The pages rendered
/// afterwards refer to them. Nothing without geometry.
#[cfg(not(target_arch = "wasm32"))]
pub fn map_sprites() -> Vec<(String, String)> {
    use sha2::{Digest, Sha256};
    let named = |stem: &str, svg: String| {
        let hash: String = Sha256::digest(svg.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect();
        (format!("{stem}-{hash}.svg"), svg)
    };
    HOST_MAP.with_borrow_mut(|map| {
        let Some(map) = map else { return Vec::new() };
        let g = &map.geometry;
        let paths: String = g.subregions.iter().map(|(id, d)| format!("<path id=\"{id}\" d=\"{d}\"/>")).collect();
        let regions = named("map-regions", format!("<svg xmlns=\"http://www.w3.org/2000/svg\">{paths}</svg>\n"));
        let land = named(
            "map-land",
            format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\"><path fill=\"{LAND}\" d=\"{}\"/></svg>\n",
                g.width, g.height, g.land
            ),
        );
        map.regions = format!("/{}", regions.0);
        map.land = format!("/{}", land.0);
        vec![regions, land]
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn with_map<T>(f: impl FnOnce(&HostMap) -> T) -> Option<T> {
    HOST_MAP.with_borrow(|m| m.as_ref().map(f))
}

/// The radius of a dot standing for a subregion too small to see, in map units: large
/// enough to click on a phone's map (about 3 px at 390 px wide).
#[cfg(not(target_arch = "wasm32"))]
const DOT: f64 = 7.0;

/// The radius of a dot marking a country on the events map: small enough that neighbours
/// (Ghana, Togo) stay apart.
#[cfg(not(target_arch = "wasm32"))]
const PLACE_DOT: f64 = 4.0;

/// The directory's map, as prerendered: each subregion shaded by `counts` (indexed like
/// `Subregion::all()`), a link to the directory filtered by it when it has members. In the
/// slot the app keeps it in; empty when the generator has no geometry.
pub fn members_map(locale: Locale, base: String, query: &Query, counts: &[usize]) -> impl IntoView {
    #[cfg(not(target_arch = "wasm32"))]
    let map = with_map(|map| {
        use crate::site::i18n::Key;
        use crate::web::i18n::tr;
        let geometry = &map.geometry;
        let max = counts.iter().copied().max().unwrap_or(0);
        let regions = Subregion::all()
            .zip(counts)
            .filter_map(|(region, &count)| {
                let shape = geometry.subregions.contains_key(region.slug()).then(|| format!("{}#{}", map.regions, region.slug()));
                let marker = geometry.markers.get(region.slug()).copied();
                if shape.is_none() && marker.is_none() {
                    return None;
                }
                let href = (count > 0).then(|| format!("{base}{}", region_search(query, region)));
                Some(view! {
                    <a href=href data-region=region.slug() class=format!("shade-{}", crate::site::map::shade(count, max))>
                        <title>{region_label(locale, region, count)}</title>
                        {shape.map(|href| view! { <use_ href=href></use_> })}
                        {marker.map(|[x, y]| view! { <circle cx=x cy=y r=DOT/> })}
                    </a>
                })
            })
            .collect_view();
        view! {
            // On a phone, behind a disclosure (see the style sheet), so that the results
            // come first.
            <details class="map-toggle" id="members-map-toggle">
                <summary>{tr(locale, Key::MapMembersToggle)}</summary>
            </details>
            <figure class="world-map" id=MEMBERS_MAP_ID>
                <svg viewBox=format!("0 0 {} {}", geometry.width, geometry.height) role="group" aria-labelledby="members-map-caption">
                    {regions}
                </svg>
                <figcaption id="members-map-caption">{tr(locale, Key::MapMembersCaption)}</figcaption>
            </figure>
        }
    });
    #[cfg(target_arch = "wasm32")]
    let map: Option<()> = {
        let _ = (locale, base, query, counts);
        None
    };
    view! { <div id=MEMBERS_MAP_SLOT_ID class="map-slot" data-keep="">{map}</div> }
}

/// Keeps the map in the page (the prerendered one until the takeover moves it into the
/// app's page) in step with the directory: each region's shade, label and link follow the
/// counts and the query.
///
/// The page keeps the map it came with when the visitor goes to the join form and back
/// within the app. Arriving on the join form, the directory the app then shows takes the
/// map from the directory's own page (its HTML, which the browser may have cached): the
/// app never carries the geometry nor draws the map.
#[cfg(target_arch = "wasm32")]
pub fn keep_in_step(locale: Locale, base: String, query: Memo<Query>, counts: Memo<FacetCounts>) {
    use wasm_bindgen::JsCast;
    thread_local! {
        static KEPT: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
    }
    on_cleanup(|| KEPT.set(document().get_element_by_id(MEMBERS_MAP_ID)));
    let fetched = RwSignal::new(false);
    if document().get_element_by_id(MEMBERS_MAP_ID).is_none() && KEPT.with_borrow(Option::is_none) {
        let page = base.clone();
        leptos::task::spawn_local(async move {
            if let Ok(html) = crate::web::fetch::fetch_text(&page).await {
                map_from_page(&html);
                let _ = fetched.try_set(true);
            }
        });
    }
    Effect::new(move |_| {
        fetched.track();
        let (query, counts) = (query.get(), counts.with(|c| c.subregions.clone()));
        if document().get_element_by_id(MEMBERS_MAP_ID).is_none() {
            if let (Some(map), Some(slot)) = (KEPT.take(), document().get_element_by_id(MEMBERS_MAP_SLOT_ID)) {
                let _ = slot.append_child(&map);
            }
        }
        let Some(map) = document().get_element_by_id(MEMBERS_MAP_ID) else { return };
        let Ok(links) = map.query_selector_all("a[data-region]") else { return };
        let max = counts.iter().copied().max().unwrap_or(0);
        for i in 0..links.length() {
            let Some(link) = links.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            let Some(region) = link.get_attribute("data-region").as_deref().and_then(Subregion::from_slug) else {
                continue;
            };
            let count = counts.get(region as usize).copied().unwrap_or(0);
            let _ = link.set_attribute("class", &format!("shade-{}", crate::site::map::shade(count, max)));
            let _ = match count {
                0 => link.remove_attribute("href"),
                _ => link.set_attribute("href", &format!("{base}{}", region_search(&query, region))),
            };
            if let Ok(Some(title)) = link.query_selector("title") {
                title.set_text_content(Some(&region_label(locale, region, count)));
            }
        }
    });
}

/// Moves the map of the directory's page `html` (parsed inert: a template runs no script)
/// into the empty slot on screen, as the takeover moves the prerendered one
/// (`carry_over::move_kept_parts`).
#[cfg(target_arch = "wasm32")]
fn map_from_page(html: &str) {
    use wasm_bindgen::JsCast;
    let Ok(template) = document().create_element("template") else { return };
    let Ok(template) = template.dyn_into::<web_sys::HtmlTemplateElement>() else { return };
    template.set_inner_html(html);
    let page = template.content().get_element_by_id(crate::web::APP_ROOT_ID);
    if let (Some(page), Some(root)) = (page, document().document_element()) {
        crate::web::carry_over::move_kept_parts(&page, &root);
    }
}

/// One country on the events map: its code, how it is named and where its link goes.
#[cfg(not(target_arch = "wasm32"))]
pub struct Place {
    pub country: String,
    pub label: String,
    pub href: String,
}

/// The events map: every subregion in the background, the countries of `places` marked,
/// each a link to its events. Nothing without geometry.
#[cfg(not(target_arch = "wasm32"))]
pub fn events_map(locale: Locale, places: Vec<Place>) -> impl IntoView {
    use crate::site::i18n::Key;
    use crate::web::i18n::tr;
    with_map(|map| {
        let geometry = &map.geometry;
        let places = places
            .into_iter()
            .filter_map(|place| {
                let shape = geometry.countries.get(&place.country).cloned();
                let point = geometry.points.get(&place.country).copied();
                if shape.is_none() && point.is_none() {
                    return None;
                }
                Some(view! {
                    <a href=place.href class="place">
                        <title>{place.label}</title>
                        {shape.map(|d| view! { <path d=d/> })}
                        {point.map(|[x, y]| view! { <circle cx=x cy=y r=PLACE_DOT/> })}
                    </a>
                })
            })
            .collect_view();
        // The land is a picture under the places, fetched only as it nears the screen (the
        // map is at the foot of the page), so that it never competes with the first paint.
        view! {
            <figure class="world-map events-map">
                <div class="map-canvas">
                    <img src=map.land.clone() alt="" width=geometry.width height=geometry.height loading="lazy" decoding="async"/>
                    <svg viewBox=format!("0 0 {} {}", geometry.width, geometry.height) role="group" aria-labelledby="events-map-caption">
                        {places}
                    </svg>
                </div>
                <figcaption id="events-map-caption">{tr(locale, Key::MapEventsCaption)}</figcaption>
            </figure>
        }
    })
}

#[cfg(all(test, feature = "prerender"))]
mod tests {
    use super::*;
    use crate::directory::query::RegionFilter;

    /// A map with two subregions drawn and one marked by a dot, as `tools/map.mjs` writes it.
    const GEOMETRY: &str = r#"{"source": "test", "width": 1000, "height": 442, "land": "M0 0L5 0L5 5Z",
        "subregions": {"western-africa": "M1 1L2 1L2 2Z", "eastern-africa": "M3 3L4 3L4 4Z"},
        "countries": {"GH": "M1 1L2 2L1 2Z", "KE": "M3 3L4 4L3 4Z"}, "points": {"GH": [1, 2], "TV": [900, 300]},
        "markers": {"polynesia": [54, 305]}}"#;

    fn render(view: impl IntoView) -> String {
        let owner = Owner::new();
        owner.with(|| view.to_html())
    }

    /// Loads the test geometry and writes its shape files: `(regions, land)`.
    fn load() -> ((String, String), (String, String)) {
        load_host_map(GEOMETRY).unwrap();
        let mut files = map_sprites().into_iter();
        (files.next().unwrap(), files.next().unwrap())
    }

    #[test]
    fn the_shapes_go_into_two_files_named_by_their_contents() {
        let ((regions, regions_svg), (land, land_svg)) = load();
        assert!(crate::sitegen::headers::is_hashed(&regions) && regions.starts_with("map-regions-"), "{regions}");
        assert!(crate::sitegen::headers::is_hashed(&land) && land.starts_with("map-land-"), "{land}");
        assert_eq!(
            regions_svg,
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><path id=\"eastern-africa\" d=\"M3 3L4 3L4 4Z\"/>\
             <path id=\"western-africa\" d=\"M1 1L2 1L2 2Z\"/></svg>\n"
        );
        assert_eq!(
            land_svg,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 442\"><path fill=\"#e9e4da\" d=\"M0 0L5 0L5 5Z\"/></svg>\n"
        );
        // Other shapes, other names.
        load_host_map(&GEOMETRY.replace("M3 3L4 3L4 4Z", "M3 3L5 3L5 5Z")).unwrap();
        assert_ne!(map_sprites()[0].0, regions);
    }

    #[test]
    fn each_drawn_region_is_shaded_named_and_linked_only_when_it_has_members() {
        let ((regions, _), _) = load();
        let mut counts = vec![0; 22];
        counts[Subregion::WesternAfrica as usize] = 8;
        counts[Subregion::Polynesia as usize] = 1;
        let query = Query { skills: vec!["python".into()], ..Query::default() };
        let html = render(members_map(Locale::DEFAULT, "/members/".into(), &query, &counts));
        // Two shapes and a dot: the regions the geometry has, and no other.
        assert_eq!(html.matches("<a ").count(), 3, "{html}");
        let western = format!(
            r#"<a href="/members/?skill=python&amp;region=western-africa" data-region="western-africa" class="shade-5"><title>Western Africa: 8 members</title><use href="/{regions}#western-africa"></use>"#
        );
        assert!(html.contains(&western), "{html}");
        assert!(
            html.contains(
                r#"<a data-region="eastern-africa" class="shade-0"><title>Eastern Africa: 0 members</title>"#
            ),
            "{html}"
        );
        assert!(html.contains(r#"data-region="polynesia" class="shade-1"><title>Polynesia: 1 member</title><!><circle cx="54" cy="305""#), "{html}");
        assert!(html.starts_with(r#"<div id="members-map-slot""#) && html.contains(r#"id="members-map""#));
        assert!(!html.contains(" d="), "the shapes are in their file, not the page: {html}");
        // The link is the query the Region filter would make.
        let filtered = Query { regions: vec![RegionFilter::Subregion(Subregion::WesternAfrica)], ..query };
        assert!(html.contains(&filtered.to_search().replace('&', "&amp;")));
    }

    #[test]
    fn without_geometry_there_is_an_empty_slot_and_no_map() {
        HOST_MAP.set(None);
        assert!(map_sprites().is_empty());
        let html = render(members_map(Locale::DEFAULT, "/members/".into(), &Query::default(), &[1; 22]));
        assert!(!html.contains("<svg") && html.contains("members-map-slot"), "{html}");
        let html = render(events_map(Locale::DEFAULT, vec![]));
        assert!(!html.contains("<svg"), "{html}");
    }

    #[test]
    fn the_events_map_draws_land_and_links_each_place_that_has_a_shape_or_a_point() {
        let (_, (land, _)) = load();
        let place = |country: &str| Place {
            country: country.into(),
            label: format!("{country}: 2 events"),
            href: format!("#events-in-{country}"),
        };
        let html = render(events_map(Locale::DEFAULT, vec![place("GH"), place("TV"), place("XX")]));
        assert!(
            html.contains(&format!(r#"<img src="/{land}" alt="" width="1000" height="442" loading="lazy""#)),
            "{html}"
        );
        assert!(html.contains(r##"<a href="#events-in-GH" class="place"><title>GH: 2 events</title><path d="M1 1L2 2L1 2Z"></path><circle"##), "{html}");
        assert!(html.contains(r##"<a href="#events-in-TV" class="place"><title>TV: 2 events</title><!><circle cx="900" cy="300" r="4""##), "{html}");
        assert!(!html.contains("events-in-XX"), "a place the map cannot draw is only in the list: {html}");
    }
}
