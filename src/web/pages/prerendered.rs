//! A static route's page in the browser: the page the generator prerendered for it, fetched
//! as HTML like any link would fetch it, its content shown in `<main>` and its head tags
//! taken over. The app carries no components or data decoders for these pages (decision
//! 0006); the prerendered page is the one source of what they show.
//!
//! Pages are parsed into a `<template>`, whose content is inert: nothing in it loads or runs
//! (a `DOMParser` document would still try the inline handlers of its images). The page the
//! visitor arrived on is kept at startup ([`keep_arrival`]), so that the app's first render
//! shows exactly what was on screen; every page fetched is kept for the visit, so going back
//! and forward needs no request.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::site::locale::Locale;
use crate::site::routes::{href, resolve, Route};

use crate::web::fetch::{fetch_text, FetchError};
use crate::web::head;
use crate::web::load::{error_alert, load, loading, Loaded};

use super::not_found::not_found;
use super::PAGE_CONTENT_CLASS;

/// Where a prerendered page holds its content.
const CONTENT_SELECTOR: &str = "#main > .page-content";

thread_local! {
    /// Prerendered pages by path (the route's own path, with its trailing slash).
    static PAGES: RefCell<HashMap<String, web_sys::DocumentFragment>> = RefCell::new(HashMap::new());
}

/// Keeps the page the visitor arrived on, if it is a static route's page, before the app
/// replaces it.
pub fn keep_arrival(document: &web_sys::Document, pathname: &str) {
    let located = resolve(pathname);
    if located.route.is_rendered_by_app() {
        return;
    }
    let Some(root) = document.document_element() else { return };
    // The not-found page answers any path the site lacks, and is not that path's page.
    if let Some(page) = parse(&root.outer_html()).filter(|page| content(page).is_some()) {
        PAGES.with_borrow_mut(|pages| pages.insert(href(located.locale, &located.route), page));
    }
}

fn parse(html: &str) -> Option<web_sys::DocumentFragment> {
    let template: web_sys::HtmlTemplateElement = document().create_element("template").ok()?.unchecked_into();
    template.set_inner_html(html);
    Some(template.content())
}

fn content(page: &web_sys::DocumentFragment) -> Option<String> {
    Some(page.query_selector(CONTENT_SELECTOR).ok()??.inner_html())
}

/// The prerendered page at `path`: kept, or fetched and parsed.
async fn page_at(path: String) -> Result<web_sys::DocumentFragment, FetchError> {
    if let Some(page) = PAGES.with_borrow(|pages| pages.get(&path).cloned()) {
        return Ok(page);
    }
    let text = fetch_text(&path).await?;
    let page = parse(&text).filter(|page| content(page).is_some());
    let page = page.ok_or_else(|| FetchError::Invalid(format!("{path} is not a page of this site")))?;
    PAGES.with_borrow_mut(|pages| pages.insert(path, page.clone()));
    Ok(page)
}

/// The static route's page: a loading line while it is fetched, then its content with its
/// head tags, the not-found page if the site has no such page, or an alert with Retry.
pub fn prerendered_page(locale: Locale, route: Route) -> impl IntoView {
    let path = href(locale, &route);
    let page: Loaded<web_sys::DocumentFragment> = load(move || page_at(path.clone()));
    Effect::new(move |_| {
        if let Some(Ok(page)) = page.get() {
            head::adopt(locale, &page);
        }
    });
    move || match page.get() {
        None => view! { <div class="page">{loading(locale)}</div> }.into_any(),
        Some(Ok(page)) => {
            let html = content(&page).unwrap_or_default();
            view! { <div class=PAGE_CONTENT_CLASS inner_html=html></div> }.into_any()
        }
        Some(Err(FetchError::NotFound)) => not_found(locale).into_any(),
        Some(Err(error)) => {
            view! { <div class="page">{error_alert(locale, &error, move || page.refetch())}</div> }.into_any()
        }
    }
}
