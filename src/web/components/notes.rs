//! How many entries of a data file could not be shown.

use leptos::prelude::*;

use crate::site::i18n::Plural;
use crate::site::locale::Locale;

use crate::web::i18n::trp;

/// Says how many entries were skipped (`plural` names the kind), when any were.
pub fn skipped_notice(locale: Locale, plural: Plural, skipped: usize) -> Option<impl IntoView> {
    (skipped > 0).then(|| view! { <p class="notice" role="status">{trp(locale, plural, skipped)}</p> })
}
