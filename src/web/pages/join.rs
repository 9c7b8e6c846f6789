//! The "join the directory" page. Every keystroke updates one draft; problems are shown for
//! fields the visitor has touched, by the same rules the converter applies, and the
//! "Continue on GitHub" link opens the repository's join issue form with the draft filled
//! in (in the visitor's language). Pressed while a field has a problem, the link stays on
//! the page: every problem is shown, each tied to its field, and listed in a summary that
//! takes the focus and links to each field. Without JavaScript the page still shows the
//! fields and the link, which then opens the form empty; what is typed before the app
//! arrives is carried into it. Nothing typed is ever cleared.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::directory::basics::fold;
use crate::directory::join::{check, issue_form_url, prefill_url, Draft, LEAVE_FORM, UPDATE_FORM};
use crate::directory::profile::{Field, OpenTo};
use crate::directory::query::toggle;
use crate::directory::regions::Subregion;
use crate::directory::rules::{self, Kind, Problem};
use crate::directory::skills::Skill;
use crate::site::i18n::{t, Key};
use crate::site::locale::Locale;
use crate::site::routes::Route;
use crate::site::seo::fixed_route_head;

use crate::web::components::form::{checkbox_item, field_error, text_field, ErrorFn, TextInput};
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::intl::DisplayNames;
use crate::web::load::{load, loaded, Loaded};

use super::members::load_skills;

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

/// The draft, which fields the visitor has touched (by issue-form id), whether they have
/// tried to continue, and the problems.
#[derive(Clone, Copy)]
struct JoinState {
    draft: RwSignal<Draft>,
    touched: RwSignal<HashSet<Field>>,
    attempted: RwSignal<bool>,
    problems: Memo<Vec<Problem>>,
}

/// The page's element id and label of each field the rules check.
const FIELDS: [(Field, &str, Key); 10] = [
    (Field::Name, "join-name", Key::JoinName),
    (Field::Pronouns, "join-pronouns", Key::JoinPronouns),
    (Field::Country, "join-country", Key::JoinCountry),
    (Field::City, "join-city", Key::JoinCity),
    (Field::Skills, "join-skills", Key::JoinSkills),
    (Field::Languages, "join-languages", Key::JoinLanguages),
    (Field::Bio, "join-bio", Key::JoinBio),
    (Field::Website, "join-website", Key::JoinWebsite),
    (Field::Linkedin, "join-linkedin", Key::JoinLinkedin),
    (Field::Mastodon, "join-mastodon", Key::JoinMastodon),
];

/// The fields every member must fill in, marked so beside their label.
fn required_mark(locale: Locale) -> impl IntoView {
    view! { " " <span class="required-mark">"("{tr(locale, Key::JoinRequiredMark)}")"</span> }
}

impl JoinState {
    fn new(vocabulary: Arc<Vec<Skill>>, locale: Locale) -> Self {
        let draft = RwSignal::new(Draft::default());
        JoinState {
            draft,
            touched: RwSignal::new(HashSet::new()),
            attempted: RwSignal::new(false),
            problems: Memo::new(move |_| draft.with(|d| check(d, &vocabulary, locale))),
        }
    }

    fn touch(self, field: Field) {
        self.touched.update(|t| {
            t.insert(field);
        });
    }

    /// The error to show for `field`: its first problem, once the visitor has touched it or
    /// tried to continue.
    fn error(self, field: Field) -> ErrorFn {
        Arc::new(move || {
            let shown = self.attempted.get() || self.touched.with(|t| t.contains(&field));
            let problem = self.problems.with(|p| p.iter().find(|p| p.field == field).map(|p| problem_key(&p.kind)));
            problem.filter(|_| shown)
        })
    }

    /// A text field bound to one draft field; `field` is its issue-form id when the rules
    /// check it.
    fn text(
        self,
        locale: Locale,
        input: TextInput,
        field: Option<Field>,
        get: fn(&Draft) -> &String,
        set: fn(&mut Draft, String),
    ) -> impl IntoView {
        let draft = self.draft;
        text_field(
            locale,
            input,
            move || draft.with(|d| get(d).clone()),
            field.map(|f| self.error(f)),
            move |value| {
                draft.update(|d| set(d, value));
                if let Some(field) = field {
                    self.touch(field);
                }
            },
            move || {
                if let Some(field) = field {
                    self.touch(field);
                }
            },
        )
    }
}

/// The country list, named in the visitor's language and sorted by those names.
fn country_select(locale: Locale, state: JoinState) -> impl IntoView {
    let names = DisplayNames::new(locale, "region");
    let mut countries: Vec<(String, String)> =
        Subregion::all().flat_map(Subregion::countries).map(|code| (code.to_string(), names.of(code))).collect();
    countries.sort_by_key(|(_, name)| fold(name));
    let error = state.error(Field::Country);
    let invalid = error.clone();
    view! {
        <div class="form-field">
            <label for="join-country">{tr(locale, Key::JoinCountry)}{required_mark(locale)}</label>
            <select
                id="join-country"
                aria-required="true"
                aria-describedby="join-country-error"
                aria-invalid=move || invalid().map(|_| "true")
                on:change=move |ev| {
                    state.draft.update(|d| d.country = event_target_value(&ev));
                    state.touch(Field::Country);
                }
            >
                <option value="">{t(locale, Key::JoinChooseCountry)}</option>
                {countries.into_iter().map(|(code, name)| view! { <option value=code>{name}</option> }).collect_view()}
            </select>
            {field_error(locale, "join-country", Some(error))}
        </div>
    }
}

/// The skills, a group of checkboxes: its error is the group's description, and each box
/// says it is invalid while the group is.
fn skills_field(locale: Locale, state: JoinState, vocabulary: &[Skill]) -> impl IntoView {
    let error = state.error(Field::Skills);
    let items = vocabulary
        .iter()
        .map(|skill| {
            let (slug, checked_slug) = (skill.slug.clone(), skill.slug.clone());
            let invalid = error.clone();
            checkbox_item(
                Field::Skills.id(),
                skill.slug.clone(),
                skill.name(locale).to_string(),
                move || state.draft.with(|d| d.skills.contains(&checked_slug)),
                move || invalid().is_some(),
                move || {
                    state.draft.update(|d| toggle(&mut d.skills, slug.clone()));
                    state.touch(Field::Skills);
                },
            )
        })
        .collect_view();
    view! {
        <fieldset class="form-field" id="join-skills" aria-describedby="join-skills-error">
            <legend>{tr(locale, Key::JoinSkills)}{required_mark(locale)}</legend>
            <ul class="facet-list columns">{items}</ul>
            {field_error(locale, "join-skills", Some(error))}
        </fieldset>
    }
}

fn open_to_field(locale: Locale, state: JoinState) -> impl IntoView {
    let items = OpenTo::ALL
        .iter()
        .map(|&o| {
            checkbox_item(
                Field::OpenTo.id(),
                o.slug().to_string(),
                t(locale, o.key()).to_string(),
                move || state.draft.with(|d| d.open_to.contains(&o)),
                || false,
                move || state.draft.update(|d| toggle(&mut d.open_to, o)),
            )
        })
        .collect_view();
    view! {
        <fieldset class="form-field">
            <legend>{tr(locale, Key::JoinOpenTo)}</legend>
            <ul class="facet-list">{items}</ul>
        </fieldset>
    }
}

fn bio_field(locale: Locale, state: JoinState) -> impl IntoView {
    let draft = state.draft;
    let error = state.error(Field::Bio);
    let invalid = error.clone();
    view! {
        <div class="form-field">
            <label for="join-bio">{tr(locale, Key::JoinBio)}</label>
            <textarea id="join-bio" rows="4" maxlength=rules::MAX_BIO aria-describedby="join-bio-error"
                aria-invalid=move || invalid().map(|_| "true")
                prop:value=move || draft.with(|d| d.bio.clone())
                on:input=move |ev| {
                    draft.update(|d| d.bio = event_target_value(&ev));
                    state.touch(Field::Bio);
                }></textarea>
            {field_error(locale, "join-bio", Some(error))}
        </div>
    }
}

/// Moves the focus to the element with `id` (a field, or the first box of a group) once
/// the page has rendered what the last change asked for.
fn focus_later(id: String) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let target = document().get_element_by_id(&id).and_then(|e| {
            if e.tag_name() == "FIELDSET" {
                e.query_selector("input").ok().flatten()
            } else {
                Some(e)
            }
        });
        if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
}

/// Every problem of the draft, each a link to its field, under a heading that says what to
/// do: shown once the visitor has tried to continue, announced and focused then.
fn error_summary(locale: Locale, state: JoinState) -> impl IntoView {
    move || {
        let problems = state.problems.get();
        (state.attempted.get() && !problems.is_empty()).then(|| {
            let items = problems
                .iter()
                .filter_map(|p| {
                    FIELDS.iter().find(|(field, _, _)| *field == p.field).map(|f| (*f, problem_key(&p.kind)))
                })
                .map(|((_, id, label), problem)| {
                    view! {
                        <li>
                            <a href=format!("#{id}") on:click=move |ev| {
                                ev.prevent_default();
                                focus_later(id.to_string());
                            }>{tr(locale, label)}": "{t(locale, problem)}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div id="join-errors" class="error-summary" role="alert" tabindex="-1">
                    <p>{tr(locale, Key::JoinFixFirst)}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}

/// The way on: the prefilled join form on GitHub, once the draft has no problem; until
/// then, pressing it shows every problem and moves the focus to the summary of them.
fn continue_on_github(locale: Locale, state: JoinState, vocabulary: Arc<Vec<Skill>>) -> impl IntoView {
    let url = move || state.draft.with(|d| prefill_url(d, &vocabulary, locale));
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if state.problems.with_untracked(|p| !p.is_empty()) {
            ev.prevent_default();
            state.attempted.set(true);
            focus_later("join-errors".to_string());
        }
    };
    view! {
        {error_summary(locale, state)}
        <p class="actions">
            <a class="button primary" href=url rel="noopener" on:click=on_click>{tr(locale, Key::JoinOpenIssue)}</a>
        </p>
    }
}

fn form(locale: Locale, vocabulary: Arc<Vec<Skill>>) -> impl IntoView {
    let state = JoinState::new(vocabulary.clone(), locale);
    view! {
        <form class="join-form" on:submit=|ev| ev.prevent_default() novalidate=true data-needs-app="">
            {state.text(locale, TextInput { id: "join-name", label: Key::JoinName, kind: "text", required: true }, Some(Field::Name), |d| &d.name, |d, v| d.name = v)}
            {state.text(locale, TextInput { id: "join-pronouns", label: Key::JoinPronouns, kind: "text", required: false }, Some(Field::Pronouns), |d| &d.pronouns, |d, v| d.pronouns = v)}
            {country_select(locale, state)}
            {state.text(locale, TextInput { id: "join-city", label: Key::JoinCity, kind: "text", required: false }, Some(Field::City), |d| &d.city, |d, v| d.city = v)}
            {skills_field(locale, state, &vocabulary)}
            {state.text(locale, TextInput { id: "join-languages", label: Key::JoinLanguages, kind: "text", required: false }, Some(Field::Languages), |d| &d.languages, |d, v| d.languages = v)}
            {bio_field(locale, state)}
            {state.text(locale, TextInput { id: "join-website", label: Key::JoinWebsite, kind: "url", required: false }, Some(Field::Website), |d| &d.website, |d, v| d.website = v)}
            {state.text(locale, TextInput { id: "join-linkedin", label: Key::JoinLinkedin, kind: "url", required: false }, Some(Field::Linkedin), |d| &d.linkedin, |d, v| d.linkedin = v)}
            {state.text(locale, TextInput { id: "join-mastodon", label: Key::JoinMastodon, kind: "url", required: false }, Some(Field::Mastodon), |d| &d.mastodon, |d, v| d.mastodon = v)}
            {open_to_field(locale, state)}
        </form>
        <section class="join-output" aria-live="polite">{continue_on_github(locale, state, vocabulary)}</section>
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

    const SKILLS: &str = include_str!("../../../public/data/skills.json");

    fn member(id: &str, sample: bool) -> Member {
        serde_json::from_value(serde_json::json!({
            "id": id, "sample": sample, "profile": {"name": "Ada Okafor", "country": "NG", "skills": ["python"]}
        }))
        .unwrap()
    }

    fn preload_directory(members: &[Member]) {
        let skills = parse_skills(SKILLS).unwrap();
        let mut documents = vec![
            ("/data/skills.json".to_string(), SKILLS.to_string()),
            (DIRECTORY_URL.to_string(), encode(members, 0, None, &skills)),
        ];
        documents.extend(members.iter().map(|m| (member_url(&m.id), serde_json::to_string(m).unwrap())));
        preload(documents);
    }

    #[test]
    fn without_javascript_the_join_page_shows_its_fields_and_a_link_to_the_join_form() {
        preload_directory(&[]);
        let html = prerender("/sw/members/join/").html;
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
    fn an_empty_directory_says_how_large_the_community_is_and_invites_visitors_to_join() {
        let skills = parse_skills(SKILLS).unwrap();
        let empty = |community| {
            preload([
                ("/data/skills.json".to_string(), SKILLS.to_string()),
                (DIRECTORY_URL.to_string(), encode(&[], 0, community, &skills)),
            ])
        };
        empty(Some(1230));
        let html = prerender("/members/").html;
        assert!(html.contains(t(Locale::DEFAULT, Key::DirectoryNoneYet)), "{html}");
        assert!(html.contains(r#"<strong class="figure">1,230</strong>"#), "{html}");
        assert!(html.contains(r#"href="/members/join/""#));
        assert!(html.contains(r#"href="/members/feed.xml""#), "the new members' feed: {html}");
        assert!(!html.contains(t(Locale::DEFAULT, Key::DirectorySampleNotice)));
        // Spanish groups thousands only from five digits.
        let html = prerender("/es/members/").html;
        assert!(html.contains(r#"<strong class="figure">1230</strong>"#), "{html}");
        // Without the figure, the invitation stays.
        empty(None);
        let html = prerender("/members/").html;
        assert!(html.contains(t(Locale::DEFAULT, Key::DirectoryNoneYet)) && !html.contains("community-size"), "{html}");
    }

    #[test]
    fn a_stale_profile_is_marked_listed_last_and_leads_with_the_update_link() {
        let mut fresh = member("bola", false);
        fresh.profile.confirmed = Some("2026-11-02".into());
        let mut stale = member("ada", false);
        stale.stale = true;
        stale.profile.confirmed = Some("2024-03-09".into());
        preload_directory(&[stale.clone(), fresh.clone()]);
        let html = prerender("/members/").html;
        let mark = t(Locale::DEFAULT, Key::DirectoryStale);
        assert_eq!(html.matches(mark).count(), 1, "{html}");
        let (ada, bola) =
            (html.find(r#"data-member-id="ada""#).unwrap(), html.find(r#"data-member-id="bola""#).unwrap());
        assert!(bola < ada, "fresh before stale, whatever the names");
        assert!(html.find(mark).unwrap() > ada);

        let ha = Locale::from_code("ha").unwrap();
        let html = prerender("/ha/members/ada/").html;
        let notice = html.find(t(ha, Key::ProfileStaleNotice)).expect("the stale notice");
        let update = html.find("template=directory-update.yml").unwrap();
        assert!(notice < update && update < html.find("<h1").unwrap(), "the update link comes first: {html}");
        assert!(html.contains(r#"<time datetime="2024-03-09">"#), "{html}");
        let html = prerender("/ha/members/bola/").html;
        assert!(!html.contains(t(ha, Key::ProfileStaleNotice)));
        assert!(html.contains(t(ha, Key::ProfileConfirmed)) && html.contains(r#"<time datetime="2026-11-02">"#));
        assert!(html.find("template=directory-update.yml").unwrap() > html.find("<h1").unwrap(), "{html}");
    }

    #[test]
    fn sample_profiles_say_so_in_the_directory_and_on_their_page_and_real_ones_do_not() {
        preload_directory(&[member("ada", true), member("bola", false)]);
        let html = prerender("/members/").html;
        assert_eq!(html.matches(t(Locale::DEFAULT, Key::DirectorySampleNotice)).count(), 1, "{html}");
        let html = prerender("/members/ada/").html;
        assert!(html.contains(t(Locale::DEFAULT, Key::ProfileSampleNotice)), "{html}");
        let html = prerender("/members/bola/").html;
        assert!(!html.contains(t(Locale::DEFAULT, Key::ProfileSampleNotice)), "{html}");
        preload_directory(&[member("bola", false)]);
        let html = prerender("/members/").html;
        assert!(!html.contains(t(Locale::DEFAULT, Key::DirectorySampleNotice)));
    }
}
