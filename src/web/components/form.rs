//! Form fields: a labelled text input, a select and a list of checkboxes, each with the
//! place for its error message. Every field has an `id` or a `name`, so that what a visitor
//! enters before the app arrives is carried into the app's page (`carry_over`).

use leptos::prelude::*;

use crate::site::i18n::{t, Key};
use crate::site::locale::Locale;

use crate::web::i18n::tr;

/// A field's error message, when it has one to show (`None` until the visitor has touched
/// the field, or when it is fine).
pub type ErrorFn = std::sync::Arc<dyn Fn() -> Option<Key> + Send + Sync>;

/// What a text input is: its `id`, its label, its `type` (`text`, `url`…) and whether it
/// must be filled in (marked beside the label, and `aria-required`).
#[derive(Clone, Copy)]
pub struct TextInput {
    pub id: &'static str,
    pub label: Key,
    pub kind: &'static str,
    pub required: bool,
}

/// A labelled `<input>`; `on_input` gets the text as the visitor types, `on_blur` when they
/// leave the field.
pub fn text_field(
    locale: Locale,
    TextInput { id, label, kind, required }: TextInput,
    value: impl Fn() -> String + Send + Sync + 'static,
    error: Option<ErrorFn>,
    on_input: impl Fn(String) + 'static,
    on_blur: impl Fn() + 'static,
) -> impl IntoView {
    let invalid = error.clone();
    view! {
        <div class="form-field">
            <label for=id>
                {tr(locale, label)}
                {required.then(|| view! { " " <span class="required-mark">"("{tr(locale, Key::JoinRequiredMark)}")"</span> })}
            </label>
            <input
                id=id
                type=kind
                aria-required=required.then_some("true")
                prop:value=value
                aria-invalid=move || invalid.as_ref().and_then(|e| e()).map(|_| "true")
                aria-describedby=format!("{id}-error")
                on:input=move |ev| on_input(event_target_value(&ev))
                on:blur=move |_| on_blur()
            />
            {field_error(locale, id, error)}
        </div>
    }
}

/// The place under a field where its error appears, announced by the field itself
/// (`aria-describedby`).
pub fn field_error(locale: Locale, id: &'static str, error: Option<ErrorFn>) -> impl IntoView {
    view! {
        <p class="field-error" id=format!("{id}-error")>
            {move || error.as_ref().and_then(|e| e()).map(|key| t(locale, key))}
        </p>
    }
}

/// One checkbox of a list (`name=value`), labelled, checked as `checked` says, and invalid
/// (`aria-invalid`) while `invalid` says so.
pub fn checkbox_item(
    name: &'static str,
    value: String,
    label: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    invalid: impl Fn() -> bool + Send + Sync + 'static,
    on_change: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <li><label class="facet">
            <input type="checkbox" name=name value=value prop:checked=checked
                aria-invalid=move || invalid().then_some("true") on:change=move |_| on_change()/>
            <span>{label}</span>
        </label></li>
    }
}
