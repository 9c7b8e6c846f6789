//! Rendering translated strings, marking those that fell back to the default language.

use leptos::prelude::*;

use crate::site::i18n::{lookup, Key};
use crate::site::locale::Locale;

/// The text of `key` in `locale`. A fallback is wrapped in a `<span lang="en">` with a
/// dotted underline and a tooltip saying it is not yet translated.
pub fn tr(locale: Locale, key: Key) -> AnyView {
    let message = lookup(locale, key);
    if message.fallback {
        view! {
            <span class="untranslated" lang=Locale::DEFAULT.code() title=crate::site::i18n::t(locale, Key::SiteUntranslated)>
                {message.text}
            </span>
        }
        .into_any()
    } else {
        message.text.into_any()
    }
}
