//! The "join the directory" page. Every keystroke updates one draft; problems are shown for
//! fields the visitor has touched, by the same rules the converter applies, and the
//! "Continue on GitHub" link opens the repository's join issue form with the draft filled
//! in (in the visitor's language). Without JavaScript the page still shows the fields and
//! the link, which then opens the form empty. Nothing typed is ever cleared.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::directory::filter::fold;
use crate::directory::join::{check, issue_form_url, prefill_url, Draft, LEAVE_FORM, UPDATE_FORM};
use crate::directory::members::OpenTo;
use crate::directory::query::toggle;
use crate::directory::regions::SUBREGIONS;
use crate::directory::rules::Kind;
use crate::directory::skills::Skill;
use crate::site::i18n::{t, Key};
use crate::site::locale::Locale;
use crate::site::routes::Route;
use crate::site::seo::fixed_route_head;

use super::head::use_head;
use super::i18n::tr;
use super::intl::DisplayNames;
use super::load::{load, loaded, Loaded};
use super::pages::members::load_skills;

fn problem_key(problem: &Kind) -> Key {
    match problem {
        Kind::Required => Key::JoinRequired,
        Kind::NotHttps => Key::JoinNotHttps,
        Kind::UnknownSkill { .. } => Key::JoinUnknownSkill,
        _ => Key::JoinInvalid,
    }
}

pub fn join(locale: Locale) -> impl IntoView {
    use_head(move || fixed_route_head(locale, &Route::MemberJoin).expect("join has a head"));
    let skills: Loaded<Arc<Vec<Skill>>> = load(|| async { load_skills().await.map(Arc::new) });
    view! {
        <div class="page join">
            <h1>{tr(locale, Key::JoinTitle)}</h1>
            <p class="lead">{tr(locale, Key::JoinIntro)}</p>
            {loaded(locale, skills, move |skills| form(locale, skills))}
        </div>
    }
}

fn form(locale: Locale, vocabulary: Arc<Vec<Skill>>) -> impl IntoView {
    let draft = RwSignal::new(Draft::default());
    // Fields by issue-form id.
    let touched = RwSignal::new(HashSet::<&'static str>::new());
    let vocab = vocabulary.clone();
    let problems = Memo::new(move |_| draft.with(|d| check(d, &vocab)));
    let error_for = move |field: &'static str| {
        move || {
            let shown = touched.with(|t| t.contains(&field));
            problems.with(|p| p.iter().find(|p| p.field == field).map(|p| problem_key(&p.kind))).filter(|_| shown)
        }
    };

    // A text input bound to one draft field.
    let text_input = move |id: &'static str,
                           label: Key,
                           kind: &'static str,
                           field: Option<&'static str>,
                           get: fn(&Draft) -> &String,
                           set: fn(&mut Draft, String)| {
        let error = field.map(error_for);
        let error_view = error;
        view! {
            <div class="form-field">
                <label for=id>{tr(locale, label)}</label>
                <input
                    id=id
                    type=kind
                    prop:value=move || draft.with(|d| get(d).clone())
                    aria-invalid=move || error.as_ref().and_then(|e| e()).map(|_| "true")
                    aria-describedby=format!("{id}-error")
                    on:input=move |ev| {
                        draft.update(|d| set(d, event_target_value(&ev)));
                        if let Some(field) = field {
                            touched.update(|t| { t.insert(field); });
                        }
                    }
                    on:blur=move |_| if let Some(field) = field { touched.update(|t| { t.insert(field); }); }
                />
                <p class="field-error" id=format!("{id}-error")>
                    {move || error_view.as_ref().and_then(|e| e()).map(|key| t(locale, key))}
                </p>
            </div>
        }
    };

    let country_names = DisplayNames::new(locale, "region");
    let mut countries: Vec<(String, String)> =
        SUBREGIONS.iter().flat_map(|e| e.3.iter()).map(|code| (code.to_string(), country_names.of(code))).collect();
    countries.sort_by_key(|(_, name)| fold(name));
    let country_error = error_for("country");
    let country_error_view = country_error;
    let skills_error = error_for("skills");

    let output = {
        let vocabulary = vocabulary.clone();
        move || {
            let url = draft.with(|d| prefill_url(d, &vocabulary, locale));
            let fix_first = problems.with(|p| !p.is_empty());
            view! {
                {fix_first.then(|| view! { <p class="notice">{t(locale, Key::JoinFixFirst)}</p> })}
                <p class="actions">
                    <a class="button primary" href=url rel="noopener">{tr(locale, Key::JoinOpenIssue)}</a>
                </p>
            }
        }
    };

    view! {
        <form class="join-form" on:submit=|ev| ev.prevent_default() novalidate=true>
            {text_input("join-name", Key::JoinName, "text", Some("name"), |d| &d.name, |d, v| d.name = v)}
            {text_input("join-pronouns", Key::JoinPronouns, "text", None, |d| &d.pronouns, |d, v| d.pronouns = v)}
            <div class="form-field">
                <label for="join-country">{tr(locale, Key::JoinCountry)}</label>
                <select
                    id="join-country"
                    aria-describedby="join-country-error"
                    aria-invalid=move || country_error().map(|_| "true")
                    on:change=move |ev| {
                        draft.update(|d| d.country = event_target_value(&ev));
                        touched.update(|t| { t.insert("country"); });
                    }
                >
                    <option value="">{t(locale, Key::JoinChooseCountry)}</option>
                    {countries.into_iter().map(|(code, name)| view! { <option value=code>{name}</option> }).collect_view()}
                </select>
                <p class="field-error" id="join-country-error">{move || country_error_view().map(|key| t(locale, key))}</p>
            </div>
            {text_input("join-city", Key::JoinCity, "text", None, |d| &d.city, |d, v| d.city = v)}
            <fieldset class="form-field">
                <legend>{tr(locale, Key::JoinSkills)}</legend>
                <ul class="facet-list columns">
                    {vocabulary.iter().map(|skill| {
                        let slug = skill.slug.clone();
                        let slug_checked = slug.clone();
                        view! {
                            <li><label class="facet">
                                <input type="checkbox"
                                    prop:checked=move || draft.with(|d| d.skills.contains(&slug_checked))
                                    on:change=move |_| {
                                        let slug = slug.clone();
                                        draft.update(|d| toggle(&mut d.skills, slug));
                                        touched.update(|t| { t.insert("skills"); });
                                    }/>
                                <span>{skill.name(locale).to_string()}</span>
                            </label></li>
                        }
                    }).collect_view()}
                </ul>
                <p class="field-error">{move || skills_error().map(|key| t(locale, key))}</p>
            </fieldset>
            {text_input("join-languages", Key::JoinLanguages, "text", Some("languages"), |d| &d.languages, |d, v| d.languages = v)}
            <div class="form-field">
                <label for="join-bio">{tr(locale, Key::JoinBio)}</label>
                <textarea id="join-bio" rows="4" maxlength="600"
                    prop:value=move || draft.with(|d| d.bio.clone())
                    on:input=move |ev| draft.update(|d| d.bio = event_target_value(&ev))></textarea>
            </div>
            {text_input("join-website", Key::JoinWebsite, "url", Some("website"), |d| &d.website, |d, v| d.website = v)}
            {text_input("join-linkedin", Key::JoinLinkedin, "url", Some("linkedin"), |d| &d.linkedin, |d, v| d.linkedin = v)}
            {text_input("join-mastodon", Key::JoinMastodon, "url", Some("mastodon"), |d| &d.mastodon, |d, v| d.mastodon = v)}
            <fieldset class="form-field">
                <legend>{tr(locale, Key::JoinOpenTo)}</legend>
                <ul class="facet-list">
                    {OpenTo::ALL.iter().map(|&o| view! {
                        <li><label class="facet">
                            <input type="checkbox"
                                prop:checked=move || draft.with(|d| d.open_to.contains(&o))
                                on:change=move |_| draft.update(|d| toggle(&mut d.open_to, o))/>
                            <span>{t(locale, o.key())}</span>
                        </label></li>
                    }).collect_view()}
                </ul>
            </fieldset>
        </form>
        <section class="join-output" aria-live="polite">{output}</section>
        <noscript>
            <p class="notice">{tr(locale, Key::JoinNoScript)}</p>
        </noscript>
        <p class="join-manage">
            {tr(locale, Key::JoinManage)}" "
            <a href=issue_form_url(UPDATE_FORM) rel="noopener">{tr(locale, Key::JoinUpdateLink)}</a>
            " · "
            <a href=issue_form_url(LEAVE_FORM) rel="noopener">{tr(locale, Key::JoinLeaveLink)}</a>
        </p>
    }
}

#[cfg(all(test, feature = "prerender"))]
mod tests {
    use crate::directory::compact::{encode, member_url, DIRECTORY_URL};
    use crate::directory::members::Member;
    use crate::directory::skills::parse_skills;
    use crate::site::i18n::{t, Key};
    use crate::site::locale::Locale;
    use crate::web::{preload, prerender};

    const SKILLS: &str = include_str!("../../public/data/skills.json");

    fn member(id: &str, sample: bool) -> Member {
        serde_json::from_value(serde_json::json!({
            "id": id, "name": "Ada Okafor", "country": "NG", "skills": ["python"], "sample": sample
        }))
        .unwrap()
    }

    fn preload_directory(members: &[Member]) {
        let skills = parse_skills(SKILLS).unwrap();
        let mut documents = vec![
            ("/data/skills.json".to_string(), SKILLS.to_string()),
            (DIRECTORY_URL.to_string(), encode(members, 0, &skills)),
        ];
        documents.extend(members.iter().map(|m| (member_url(&m.id), serde_json::to_string(m).unwrap())));
        preload(documents);
    }

    #[test]
    fn without_javascript_the_join_page_shows_its_fields_and_a_link_to_the_join_form() {
        preload_directory(&[]);
        let (html, _) = prerender("/sw/members/join/");
        assert!(html.contains(r#"id="join-name""#) && html.contains(r#"id="join-country""#), "{html}");
        let link = format!(
            r#"href="{}/issues/new?template=directory-join.yml&amp;title="#,
            crate::site::social::REPOSITORY_URL
        );
        assert!(html.contains(&link), "{html}");
        assert!(html.contains("<noscript>"));
        assert!(html.contains("template=directory-update.yml") && html.contains("template=directory-leave.yml"));
        let sw = Locale::from_code("sw").unwrap();
        assert!(html.contains(t(sw, Key::JoinOpenIssue)));
    }

    #[test]
    fn an_empty_directory_invites_visitors_to_join() {
        preload_directory(&[]);
        let (html, _) = prerender("/members/");
        assert!(html.contains(t(Locale::DEFAULT, Key::DirectoryNoneYet)), "{html}");
        assert!(html.contains(r#"href="/members/join/""#));
        assert!(!html.contains(t(Locale::DEFAULT, Key::DirectorySampleNotice)));
    }

    #[test]
    fn sample_profiles_say_so_in_the_directory_and_on_their_page_and_real_ones_do_not() {
        preload_directory(&[member("ada", true), member("bola", false)]);
        let (html, _) = prerender("/members/");
        assert_eq!(html.matches(t(Locale::DEFAULT, Key::DirectorySampleNotice)).count(), 1, "{html}");
        let (html, _) = prerender("/members/ada/");
        assert!(html.contains(t(Locale::DEFAULT, Key::ProfileSampleNotice)), "{html}");
        let (html, _) = prerender("/members/bola/");
        assert!(!html.contains(t(Locale::DEFAULT, Key::ProfileSampleNotice)), "{html}");
        preload_directory(&[member("bola", false)]);
        let (html, _) = prerender("/members/");
        assert!(!html.contains(t(Locale::DEFAULT, Key::DirectorySampleNotice)));
    }
}
