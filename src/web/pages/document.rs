//! A page whose content is one Markdown document (About, Community, Leadership…).

use leptos::prelude::*;

use crate::site::locale::Locale;
use crate::site::routes::PageId;
use crate::site::seo::page_head;

use crate::web::components::prose::{document, page_title};
use crate::web::head::use_head;

pub fn document_page(locale: Locale, page: PageId) -> impl IntoView {
    use_head(move || page_head(locale, page));
    view! {
        <article class="page">
            {page_title(locale, page)}
            {document(locale, page)}
        </article>
    }
}
