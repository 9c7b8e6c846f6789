//! The static page around the app (header and footer, written by the generator) kept in
//! step with the app's page: after a client-side navigation between the directory and the
//! join form, the language links lead to the new page in each language, the translation
//! link names it, and an open header menu closes, as a page load would leave them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::site::locale::Locale;
use crate::site::routes::{href, Located};
use crate::site::social::improve_translation_url;

/// Follows every navigation after the first render.
pub fn follow_navigation(located: Memo<Located>) {
    Effect::new(move |previous: Option<Located>| {
        let now = located.get();
        if previous.is_some_and(|p| p != now) {
            update(&now);
        }
        now
    });
}

fn each(selector: &str, mut f: impl FnMut(web_sys::Element)) {
    let Ok(list) = document().query_selector_all(selector) else { return };
    for i in 0..list.length() {
        if let Some(element) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            f(element);
        }
    }
}

fn update(now: &Located) {
    each("a[hreflang]", |link| {
        if let Some(locale) = link.get_attribute("hreflang").as_deref().and_then(Locale::from_code) {
            let _ = link.set_attribute("href", &href(locale, &now.route));
        }
    });
    each(".improve-translation a", |link| {
        let _ = link.set_attribute("href", &improve_translation_url(now.locale, &href(now.locale, &now.route)));
    });
    each(".site-header details[open]", |menu| {
        let _ = menu.remove_attribute("open");
    });
}
