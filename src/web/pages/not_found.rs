//! The page for an address the site does not have, in the language its prefix names.

use leptos::prelude::*;

use crate::site::i18n::Key;
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::not_found_head;

use crate::web::head::use_head;
use crate::web::i18n::tr;

pub fn not_found(locale: Locale) -> impl IntoView {
    use_head(move || not_found_head(locale));
    view! {
        <div class="page not-found" data-not-found=locale.code()>
            <h1>{tr(locale, Key::NotFoundTitle)}</h1>
            <p class="lead">{tr(locale, Key::NotFoundBody)}</p>
            <p><a class="button primary" href=href(locale, &Route::Page(PageId::Home))>{tr(locale, Key::NotFoundHome)}</a></p>
        </div>
    }
}
