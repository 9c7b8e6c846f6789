//! The member directory's pieces: the search box, the facets (skills, regions, open to),
//! a member's card and avatar. They render what they are given and report what the visitor
//! does; the page (`pages::members`) holds the state. Every control is a plain form field
//! with a name, so that the prerendered page's form works before and without the app.
//! Member text is always rendered as text.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::directory::members::Member;
use crate::directory::query::TEXT_KEY;
use crate::directory::skills::Skill;
use crate::site::i18n::{plural, Key, Plural};
use crate::site::locale::Locale;
use crate::site::routes::{href, Route};

use crate::web::i18n::tr;

pub fn skill_name<'a>(skills: &'a [Skill], slug: &str, locale: Locale) -> &'a str {
    skills.iter().find(|s| s.slug == slug).map(|s| s.name(locale)).unwrap_or("")
}

/// The search box: a `q` field; `on_input` gets the text as the visitor types.
pub fn search_box(locale: Locale, text: Memo<String>, on_input: impl Fn(String) + 'static) -> impl IntoView {
    view! {
        <div class="search">
            <label for="member-search">{tr(locale, Key::DirectorySearchLabel)}</label>
            <input
                id="member-search"
                name=TEXT_KEY
                type="search"
                autocomplete="off"
                prop:value=text
                on:input=move |ev| on_input(event_target_value(&ev))
            />
        </div>
    }
}

/// One facet value: its checkbox (`name=value` in the form), label and live count, which
/// a screen reader hears with its noun ("Python, 18 members"). `count` and `checked` are
/// memos, so that the page touches a facet only when its own count or selection changes,
/// not on every keystroke.
pub fn facet_checkbox(
    locale: Locale,
    name: &'static str,
    value: String,
    label: String,
    count: Memo<usize>,
    checked: Memo<bool>,
    on_toggle: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <li>
            <label class="facet" class:zero=move || count.get() == 0>
                <input type="checkbox" name=name value=value prop:checked=checked on:change=move |_| on_toggle()/>
                <span>{label}</span>
                <span class="facet-count">
                    <span aria-hidden="true">{count}</span>
                    <span class="visually-hidden">{move || plural(locale, Plural::DirectoryCount, count.get() as u64).0}</span>
                </span>
            </label>
        </li>
    }
}

/// A group of facet values under its legend, which is the group's heading.
pub fn facet_group(locale: Locale, legend: Key, values: impl IntoView) -> impl IntoView {
    view! {
        <fieldset>
            <legend><h3>{tr(locale, legend)}</h3></legend>
            <ul class="facet-list">{values}</ul>
        </fieldset>
    }
}

/// A member's picture, sized so that nothing moves when it arrives, or their initials.
/// `large` on the profile (above the fold, so loaded at once); cards load it lazily, as
/// most are below the fold.
pub fn avatar(member: &Member, large: bool) -> impl IntoView {
    let (class, size) = if large { ("avatar large", "72") } else { ("avatar", "44") };
    match member.avatar.clone() {
        Some(src) if large => {
            view! { <img class=class src=src alt="" width=size height=size decoding="async"/> }.into_any()
        }
        Some(src) => view! {
            <img class=class src=src alt="" width=size height=size loading="lazy" decoding="async"/>
        }
        .into_any(),
        None => view! { <span class=class aria-hidden="true">{member.initials()}</span> }.into_any(),
    }
}

/// A member's card in the results. `places` names each country once for all cards
/// ("subregion · country").
pub fn member_card(
    locale: Locale,
    member: &Member,
    skills: &[Skill],
    places: &HashMap<String, String>,
) -> impl IntoView {
    let link = href(locale, &Route::Member(member.id.clone()));
    let place = places.get(&member.country).cloned().unwrap_or_default();
    view! {
        <li class="member" data-member-id=member.id.clone()>
            {avatar(member, false)}
            <div>
                <h3 class="member-name">
                    <a href=link>{member.name.clone()}</a>
                    {member.pronouns.clone().map(|p| view! { " " <span class="pronouns" lang=member.pronouns_lang()>"("{p}")"</span> })}
                </h3>
                <p class="member-meta">{place}</p>
                {member.stale.then(|| view! { <p class="member-stale">{tr(locale, Key::DirectoryStale)}</p> })}
                <ul class="tags">
                    {member.skills.iter().map(|s| view! { <li>{skill_name(skills, s, locale).to_string()}</li> }).collect_view()}
                </ul>
            </div>
        </li>
    }
}
