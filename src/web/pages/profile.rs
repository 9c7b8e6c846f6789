//! A member's profile: everything their record says, rendered as text, with links to the
//! directory filtered by each of their skills.

use leptos::prelude::*;

use crate::directory::compact::{member_url, parse_member};
use crate::directory::join::{issue_form_url, LEAVE_FORM, UPDATE_FORM};
use crate::directory::members::Member;
use crate::directory::query::Query;
use crate::directory::skills::Skill;
use crate::site::data::pick_text;
use crate::site::i18n::{t, Key};
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::{not_found_head, page_head};

use crate::web::components::directory::{avatar, skill_name};
use crate::web::fetch::{fetch_text, FetchError};
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::intl::DisplayNames;
use crate::web::load::{error_alert, load, loading, Loaded};

use super::members::load_skills;
use super::not_found::not_found;

/// A member's full record and the vocabulary; `None` when there is no such member.
async fn load_profile(id: String) -> Result<Option<(Member, Vec<Skill>)>, FetchError> {
    let skills = load_skills().await?;
    match fetch_text(&member_url(&id)).await {
        Ok(json) => Ok(Some((parse_member(&json, &skills).map_err(|e| FetchError::Invalid(e.0))?, skills))),
        Err(FetchError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn profile(locale: Locale, id: String) -> impl IntoView {
    let data: Loaded<Option<(Member, Vec<Skill>)>> = load(move || load_profile(id.clone()));
    use_head(move || match data.get() {
        Some(Ok(Some((member, _)))) => member.head(locale),
        Some(Ok(None)) => not_found_head(locale),
        _ => page_head(locale, PageId::Members),
    });
    move || match data.get() {
        None => view! { <div class="page">{loading(locale)}</div> }.into_any(),
        Some(Err(error)) => {
            view! { <div class="page">{error_alert(locale, &error, move || data.refetch())}</div> }.into_any()
        }
        Some(Ok(None)) => not_found(locale).into_any(),
        Some(Ok(Some((member, skills)))) => profile_view(locale, member, &skills).into_any(),
    }
}

fn profile_view(locale: Locale, member: Member, skills: &[Skill]) -> impl IntoView {
    let countries = DisplayNames::new(locale, "region");
    let languages = DisplayNames::new(locale, "language");
    let directory = href(locale, &Route::Page(PageId::Members));
    let bio = pick_text(&member.bio, locale).map(|(lang, text, fallback)| {
        let (lang, text) = (lang.to_string(), text.to_string());
        view! {
            {fallback.then(|| view! { <p class="fallback-notice" role="note">{t(locale, Key::ProfileBioFallback)}</p> })}
            <p class="bio" lang=lang>{text}</p>
        }
    });
    let place =
        [member.city.clone(), Some(countries.of(&member.country)), Some(member.subregion().name(locale).to_string())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
    let mut links: Vec<(String, String)> = Vec::new();
    if let Some(url) = &member.links.website {
        links.push((t(locale, Key::ProfileWebsite).to_string(), url.clone()));
    }
    if let Some(handle) = &member.github {
        links.push(("GitHub".into(), format!("https://github.com/{handle}")));
    }
    if let Some(url) = &member.links.linkedin {
        links.push(("LinkedIn".into(), url.clone()));
    }
    if let Some(url) = &member.links.mastodon {
        links.push(("Mastodon".into(), url.clone()));
    }
    let confirmed = member.confirmed_on().map(|day| {
        view! {
            <dt>{tr(locale, Key::ProfileConfirmed)}</dt>
            <dd><time datetime=day.iso()>{day.display(locale)}</time></dd>
        }
    });
    view! {
        <article class="page profile">
            <p class="breadcrumb"><a href=directory.clone()>"← "{tr(locale, Key::ProfileBack)}</a></p>
            {member.sample.then(|| view! { <p class="notice sample-notice" role="note">{tr(locale, Key::ProfileSampleNotice)}</p> })}
            // A profile nobody has confirmed for a year says so first, with the way to fix it.
            {member.stale.then(|| view! {
                <div class="notice stale-notice" role="note">
                    <p>{tr(locale, Key::ProfileStaleNotice)}</p>
                    {(!member.sample).then(|| own_profile(locale))}
                </div>
            })}
            <div class="profile-head">
                {avatar(&member, true)}
                <div>
                    <h1>{member.name.clone()}</h1>
                    {member.pronouns.clone().map(|p| view! { <p class="pronouns" lang=member.pronouns_lang()>{p}</p> })}
                </div>
            </div>
            <dl class="profile-facts">
                <dt>{tr(locale, Key::ProfileLocation)}</dt>
                <dd>{place}</dd>
                {(!member.languages.is_empty()).then(|| view! {
                    <dt>{tr(locale, Key::ProfileLanguages)}</dt>
                    <dd>{member.languages.iter().map(|l| languages.of(l)).collect::<Vec<_>>().join(", ")}</dd>
                })}
                {(!member.open_to.is_empty()).then(|| view! {
                    <dt>{tr(locale, Key::DirectoryOpenTo)}</dt>
                    <dd>{member.open_to.iter().map(|o| t(locale, o.key())).collect::<Vec<_>>().join(", ")}</dd>
                })}
                {confirmed}
            </dl>
            {bio}
            <h2>{tr(locale, Key::ProfileSkills)}</h2>
            <ul class="tags">
                {member.skills.iter().map(|s| {
                    let q = Query { skills: vec![s.clone()], ..Default::default() };
                    view! { <li><a href=format!("{directory}{}", q.to_search())>{skill_name(skills, s, locale).to_string()}</a></li> }
                }).collect_view()}
            </ul>
            {(!links.is_empty()).then(|| view! {
                <h2>{tr(locale, Key::ProfileLinks)}</h2>
                <ul class="profile-links">
                    {links.into_iter().map(|(label, url)| view! { <li><a href=url rel="noopener nofollow">{label}</a></li> }).collect_view()}
                </ul>
            })}
            // A sample profile belongs to nobody.
            {(!member.stale && !member.sample).then(|| view! { <div class="profile-own">{own_profile(locale)}</div> })}
        </article>
    }
}

/// What the member can do with their profile: change or confirm it, or leave, on GitHub.
fn own_profile(locale: Locale) -> impl IntoView {
    view! {
        <p>{tr(locale, Key::ProfileOwn)}</p>
        <p class="profile-actions">
            <a class="button" href=issue_form_url(UPDATE_FORM)>{tr(locale, Key::JoinUpdateLink)}</a>
            " "
            <a href=issue_form_url(LEAVE_FORM)>{tr(locale, Key::JoinLeaveLink)}</a>
        </p>
    }
}
