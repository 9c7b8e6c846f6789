//! The data pages' cards (book club, Open Source Program, support): a note in the
//! visitor's language (or marked as another), and a list of cards after a line saying how
//! many entries could not be shown.

use leptos::prelude::*;

use crate::site::data::{pick_text, LocalizedText};
use crate::site::i18n::{t, Key, Plural};
use crate::site::locale::Locale;

use super::notes::skipped_notice;

/// A note in the visitor's language if the data has one, else marked as another language.
pub fn localized_note(locale: Locale, text: &LocalizedText) -> Option<impl IntoView> {
    let (lang, note, fallback) = pick_text(text, locale)?;
    let (lang, note) = (lang.to_string(), note.to_string());
    Some(view! {
        <p class="note" lang=lang>
            {note}
            {fallback.then(|| view! { " " <span class="badge" lang=locale.code()>{t(locale, Key::SiteUntranslated)}</span> })}
        </p>
    })
}

/// The entries of a data file as cards (`card` renders one), after a line saying how many
/// could not be shown, if any.
pub fn data_cards<T, V: IntoView + 'static>(
    locale: Locale,
    (list, skipped): (Vec<T>, usize),
    card: impl Fn(Locale, T) -> V,
) -> impl IntoView {
    view! {
        {skipped_notice(locale, Plural::ErrorSkipped, skipped)}
        <ul class="cards">{list.into_iter().map(|entry| card(locale, entry)).collect_view()}</ul>
    }
}
