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

/// The plural message `plural` for `n` in `locale` (see [`crate::site::i18n::plural`]),
/// marked like [`tr`] when it fell back to the default language.
pub fn trp(locale: Locale, plural: crate::site::i18n::Plural, n: usize) -> AnyView {
    let (text, fallback) = crate::site::i18n::plural(locale, plural, n as u64);
    if fallback {
        view! {
            <span class="untranslated" lang=Locale::DEFAULT.code() title=crate::site::i18n::t(locale, Key::SiteUntranslated)>
                {text}
            </span>
        }
        .into_any()
    } else {
        text.into_any()
    }
}
