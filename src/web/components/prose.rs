//! A page's title and its Markdown document, rendered at build time into HTML from the
//! project's own content (never from member or form data).

use leptos::prelude::*;

use crate::site::content::{page_doc_url, PageDoc};
use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;
use crate::site::routes::PageId;

use crate::web::i18n::tr;
use crate::web::load::{load_json, loaded, Loaded};

/// Says that what follows is shown in English because `locale` lacks it.
pub fn fallback_notice(locale: Locale) -> impl IntoView {
    view! {
        <p class="fallback-notice" role="note">
            {interpolate(t(locale, Key::SiteFallbackNotice), &[("language", locale.native_name())])}
        </p>
    }
}

/// Rendered Markdown, in the language it is written in.
pub fn prose(locale: Locale, doc: PageDoc) -> impl IntoView {
    view! {
        {doc.fallback.then(|| fallback_notice(locale))}
        <div class="prose" lang=doc.lang inner_html=doc.html></div>
    }
}

/// The page's heading; on a page of the archive, the notice that it describes the
/// community as of 2024.
pub fn page_title(locale: Locale, page: PageId) -> impl IntoView {
    view! {
        <h1>{tr(locale, page.def().name)}</h1>
        {page.def().is_archived().then(|| view! { <p class="notice archive-notice" role="note">{tr(locale, Key::ArchiveNotice)}</p> })}
    }
}

/// The page's Markdown document, loaded and rendered.
pub fn document(locale: Locale, page: PageId) -> impl IntoView {
    let name = page.def().document.expect("page has a document");
    let doc: Loaded<PageDoc> = load_json(page_doc_url(locale, name));
    view! { <div class="document">{loaded(locale, doc, move |doc| prose(locale, doc))}</div> }
}
