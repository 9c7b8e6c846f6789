//! Keeps `<html lang>`, `<title>`, the meta tags (description, Open Graph, Twitter), the
//! canonical link, the hreflang alternates and the feed link in step with the page shown.
//! The static HTML already carries the same tags (written by the generator from the same
//! [`HeadTags`]); this updates them in place on client-side navigation instead of appending
//! duplicates: from [`HeadTags`] for the pages the app renders ([`use_head`]), and from the
//! prerendered page itself for the static ones ([`adopt`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::site::seo::HeadTags;

/// The meta tags this module manages (the rest of the head is the same on every page).
const META_TAGS: &str = r#"meta[name=robots], meta[name=description], meta[property^="og:"], meta[name^="twitter:"]"#;

fn upsert(head: &web_sys::Element, selector: &str, tag: &str, attrs: &[(&str, &str)]) {
    let document = document();
    let element = match document.query_selector(selector).ok().flatten() {
        Some(el) => el,
        None => {
            let Ok(el) = document.create_element(tag) else { return };
            let _ = head.append_child(&el);
            el
        }
    };
    for (name, value) in attrs {
        let _ = element.set_attribute(name, value);
    }
}

fn remove_all(selector: &str) {
    if let Ok(list) = document().query_selector_all(selector) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                el.remove();
            }
        }
    }
}

/// Applies `tags` to the document head.
pub fn apply(tags: &HeadTags) {
    let document = document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", tags.lang);
        let _ = root.set_attribute("dir", tags.dir);
    }
    document.set_title(&tags.title);
    let Some(head) = document.head() else { return };
    let head: web_sys::Element = head.into();
    remove_all(META_TAGS);
    for tag in tags.meta_tags() {
        if let Ok(el) = document.create_element("meta") {
            let _ = el.set_attribute(tag.attribute, tag.key);
            let _ = el.set_attribute("content", &tag.content);
            let _ = head.append_child(&el);
        }
    }
    remove_all(r#"link[rel=alternate][type="application/atom+xml"]"#);
    for feed in &tags.feeds {
        if let Ok(el) = document.create_element("link") {
            for (name, value) in
                [("rel", "alternate"), ("type", "application/atom+xml"), ("title", &feed.title), ("href", &feed.href)]
            {
                let _ = el.set_attribute(name, value);
            }
            let _ = head.append_child(&el);
        }
    }
    remove_all("link[rel=alternate][hreflang]");
    if tags.alternates.is_empty() {
        remove_all("link[rel=canonical]");
        return;
    }
    upsert(&head, "link[rel=canonical]", "link", &[("rel", "canonical"), ("href", &tags.canonical)]);
    for alt in &tags.alternates {
        if let Ok(el) = document.create_element("link") {
            let _ = el.set_attribute("rel", "alternate");
            let _ = el.set_attribute("hreflang", &alt.hreflang);
            let _ = el.set_attribute("href", &alt.href);
            let _ = head.append_child(&el);
        }
    }
}

/// Applies the head tags computed by `tags` now and whenever the signals it reads change.
pub fn use_head(tags: impl Fn() -> HeadTags + 'static) {
    Effect::new(move |_| apply(&tags()));
}
