//! Support: how to donate (prose), then the partners' offers from `partners.json` and the
//! foundational supporters from `supporters.json`.

use leptos::prelude::*;

use crate::site::community::parse_supporters;
use crate::site::data::{parse_partners, Partner};
use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::page_head;

use crate::web::components::cards::{data_cards, localized_note};
use crate::web::components::community::supporters;
use crate::web::components::prose::{document, page_title};
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::load::{load_data, loaded};

fn partner_card(locale: Locale, partner: Partner) -> impl IntoView {
    view! {
        <li class="card">
            <h3><a href=partner.url.clone() rel="noopener">{partner.name.clone()}</a></h3>
            {localized_note(locale, &partner.offer)}
            {partner.code.map(|code| view! {
                <p class="card-meta">{interpolate(t(locale, Key::PartnersCode), &[("code", &code)])}</p>
            })}
            {partner.post.map(|slug| view! {
                <p><a href=href(locale, &Route::BlogPost(slug))>{tr(locale, Key::PartnersAnnouncement)}</a></p>
            })}
        </li>
    }
}

pub fn support(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Support));
    let data = load_data("/data/partners.json", parse_partners);
    let years = load_data("/data/supporters.json", parse_supporters);
    view! {
        <div class="page">
            {page_title(locale, PageId::Support)}
            {document(locale, PageId::Support)}
            <section id="partnerships" aria-labelledby="partnerships-heading">
                <h2 id="partnerships-heading">{tr(locale, Key::PartnersHeading)}</h2>
                <p>{tr(locale, Key::PartnersBody)}</p>
                {loaded(locale, data, move |data| data_cards(locale, data, partner_card))}
            </section>
            {loaded(locale, years, move |years| supporters(locale, years))}
        </div>
    }
}
