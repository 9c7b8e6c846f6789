//! The member directory and member profiles. The filter state lives in the URL: facet
//! clicks navigate to a new query string, back and forward restore it. Typing in the search
//! box updates the list at once and writes the URL shortly after the typing pauses, by
//! replacing the history entry. Member text is always rendered as text.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use leptos::prelude::*;

use crate::directory::compact::{decode, member_url, parse_member, DIRECTORY_URL};
use crate::directory::filter::{FacetCounts, Index};
use crate::directory::members::{Member, OpenTo};
use crate::directory::query::{parse_query, sort_and_dedup, toggle, Query, RegionFilter};
use crate::directory::regions::{Subregion, CONTINENTS};
use crate::directory::skills::{parse_skills, Skill};
use crate::site::data::pick_text;
use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::{not_found_head, page_head};

use super::fetch::{fetch_text, FetchError};
use super::head::use_head;
use super::i18n::tr;
use super::intl::{collation_order, DisplayNames};
use super::pages::{load, loaded, not_found, Loaded};
use super::router::{use_location, NavigateOptions};
#[cfg(target_arch = "wasm32")]
use super::takeover::Hold;

/// How many results are shown before "Show more".
const PAGE_SIZE: usize = 100;

/// How many cards a change of the results renders before the next paint; the rest of the
/// page follows right after it. A keystroke thus repaints what the visitor sees (a phone
/// shows five or six cards) without waiting for a hundred cards to be laid out, and a
/// keystroke that comes before the rest is rendered simply replaces it. Measured with
/// `./dev bench`: 8 paints sooner at the 95th percentile than 20, for a slightly later
/// whole page (see the README).
const FIRST_CARDS: usize = 8;

/// How long typing must pause before the search is written into the URL.
const URL_UPDATE_DELAY: Duration = Duration::from_millis(300);

/// The directory's members (card fields only) and the vocabulary, as loaded.
pub struct DirectoryData {
    pub members: Vec<Member>,
    pub skills: Vec<Skill>,
    pub skipped: usize,
}

/// Loads the skill vocabulary.
pub(crate) async fn load_skills() -> Result<Vec<Skill>, FetchError> {
    parse_skills(&fetch_text("/data/skills.json").await?).map_err(|e| FetchError::Invalid(e.0))
}

async fn load_directory() -> Result<Arc<DirectoryData>, FetchError> {
    let skills = load_skills().await?;
    let directory = decode(&fetch_text(DIRECTORY_URL).await?, &skills).map_err(|e| FetchError::Invalid(e.0))?;
    Ok(Arc::new(DirectoryData { members: directory.members, skills, skipped: directory.skipped }))
}

pub(crate) fn open_to_key(open_to: OpenTo) -> Key {
    match open_to {
        OpenTo::Mentoring => Key::DirectoryOpenToMentoring,
        OpenTo::Speaking => Key::DirectoryOpenToSpeaking,
        OpenTo::Collaborating => Key::DirectoryOpenToCollaborating,
    }
}

pub fn directory(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Members));
    let data: Loaded<Arc<DirectoryData>> = load(load_directory);
    view! {
        <div class="page directory">
            <h1>{tr(locale, Key::PageMembersName)}</h1>
            {loaded(locale, data, move |data| {
                if data.members.is_empty() {
                    no_members_yet(locale).into_any()
                } else {
                    directory_view(locale, data).into_any()
                }
            })}
        </div>
    }
}

/// The directory before anyone has joined: an invitation to be the first.
fn no_members_yet(locale: Locale) -> impl IntoView {
    view! {
        <div class="empty-directory">
            <p class="lead">{tr(locale, Key::DirectoryNoneYet)}</p>
            <p><a class="button primary" href=href(locale, &Route::MemberJoin)>{tr(locale, Key::JoinLink)}</a></p>
        </div>
    }
}

/// A facet value: its checkbox, label and live count. `count` and `checked` are memos, so
/// that the page touches a facet only when its own count or selection changes, not on
/// every keystroke.
fn checkbox(label: String, count: Memo<usize>, checked: Memo<bool>, on_toggle: impl Fn() + 'static) -> impl IntoView {
    view! {
        <li>
            <label class="facet" class:zero=move || count.get() == 0>
                <input type="checkbox" prop:checked=checked on:change=move |_| on_toggle()/>
                <span>{label}</span>
                <span class="facet-count">{count}</span>
            </label>
        </li>
    }
}

fn directory_view(locale: Locale, data: Arc<DirectoryData>) -> impl IntoView {
    let mut index = Index::new(&data.members, &data.skills, locale);
    if let Some(order) = collation_order(data.members.iter().map(|m| m.name.as_str()), locale) {
        index.set_order(order);
    }
    let index = Arc::new(index);
    let location = use_location();
    let skills_for_parse = data.clone();
    let parsed = Memo::new(move |_| parse_query(&location.search.get(), &skills_for_parse.skills));
    let query = RwSignal::new(parsed.with_untracked(|p| p.query.clone()));
    // A new URL (a facet click, back, forward) sets the query; the search box sets it first
    // and the URL follows.
    Effect::new(move |_| {
        let from_url = parsed.with(|p| p.query.clone());
        if query.with_untracked(|q| *q != from_url) {
            query.set(from_url);
        }
    });
    let results = Memo::new(move |_| query.with(|q| index.search(q)));
    let limit = RwSignal::new(PAGE_SIZE);
    Effect::new(move |_| {
        query.track();
        if limit.get_untracked() != PAGE_SIZE {
            limit.set(PAGE_SIZE);
        }
    });
    // Whether the results' first page is rendered whole (see FIRST_CARDS). A change made
    // here renders the first cards, then the rest after the next paint unless another
    // change came first (each change has its own generation).
    let whole_page = RwSignal::new(true);
    let generation = StoredValue::new(0u64);
    let render_in_two_steps = move || {
        generation.update_value(|g| *g += 1);
        let current = generation.get_value();
        whole_page.set(false);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if generation.try_get_value() == Some(current) {
                        whole_page.set(true);
                    }
                },
                Duration::ZERO,
            )
        });
    };

    // What the facets show. Their selections do not change as the visitor types. Their
    // counts do, but after a change they follow with the rest of the page (whole_page), so
    // that the first cards reach the screen sooner.
    let selected_skills = Memo::new(move |_| query.with(|q| q.skills.clone()));
    let selected_regions = Memo::new(move |_| query.with(|q| q.regions.clone()));
    let selected_open_to = Memo::new(move |_| query.with(|q| q.open_to.clone()));
    let counts = Memo::new(move |previous: Option<&FacetCounts>| match previous {
        Some(previous) if !whole_page.get() => previous.clone(),
        _ => results.with(|r| r.counts.clone()),
    });

    // The first render too: its first cards, then the rest in the next task, so that the
    // app's start is two shorter tasks rather than one long one. The prerendered page
    // stays until the whole page is rendered.
    #[cfg(target_arch = "wasm32")]
    if results.with_untracked(|r| r.matching.len()) > FIRST_CARDS {
        let hold = Hold::start();
        whole_page.set(false);
        set_timeout(
            move || {
                whole_page.set(true);
                drop(hold);
            },
            Duration::ZERO,
        );
    }

    let base = href(locale, &Route::Page(PageId::Members));
    let pending_url: Arc<Mutex<Option<TimeoutHandle>>> = Arc::default();
    let cancel_pending = {
        let pending_url = pending_url.clone();
        move || {
            if let Some(handle) = pending_url.lock().unwrap_or_else(|e| e.into_inner()).take() {
                handle.clear();
            }
        }
    };
    on_cleanup({
        let cancel_pending = cancel_pending.clone();
        move || cancel_pending()
    });
    let write_url = {
        let base = base.clone();
        move |q: &Query, replace: bool| {
            location.navigate(&format!("{base}{}", q.to_search()), NavigateOptions { replace, keep_scroll: true });
        }
    };
    let set_query = {
        let (write_url, cancel_pending) = (write_url.clone(), cancel_pending.clone());
        move |mut q: Query| {
            cancel_pending();
            q.normalize();
            render_in_two_steps();
            query.set(q.clone());
            write_url(&q, false);
        }
    };
    let update = Arc::new({
        let set_query = set_query.clone();
        move |change: &dyn Fn(&mut Query)| {
            let mut q = query.get_untracked();
            change(&mut q);
            set_query(q);
        }
    });

    // Each country's "subregion · country" line, named once rather than once per card.
    let places: Arc<HashMap<String, String>> = {
        let names = DisplayNames::new(locale, "region");
        let mut places = HashMap::new();
        for m in &data.members {
            places
                .entry(m.country.clone())
                .or_insert_with(|| format!("{} · {}", m.subregion().name(locale), names.of(&m.country)));
        }
        Arc::new(places)
    };

    let search_box = {
        let pending_url = pending_url.clone();
        view! {
            <div class="search">
                <label for="member-search">{tr(locale, Key::DirectorySearchLabel)}</label>
                <input
                    id="member-search"
                    type="search"
                    autocomplete="off"
                    prop:value=move || query.with(|q| q.text.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        render_in_two_steps();
                        query.update(|q| q.text = text);
                        // One history entry per search, not one per keystroke.
                        cancel_pending();
                        let write_url = write_url.clone();
                        let handle = set_timeout_with_handle(move || write_url(&query.get_untracked(), true), URL_UPDATE_DELAY);
                        *pending_url.lock().unwrap_or_else(|e| e.into_inner()) = handle.ok();
                    }
                />
            </div>
        }
    };

    let skill_facet = data
        .skills
        .iter()
        .enumerate()
        .map(|(i, skill)| {
            let slug = skill.slug.clone();
            let checked_slug = slug.clone();
            let update = update.clone();
            checkbox(
                skill.name(locale).to_string(),
                Memo::new(move |_| counts.with(|c| c.skills[i])),
                Memo::new(move |_| selected_skills.with(|s| s.contains(&checked_slug))),
                move || {
                    let slug = slug.clone();
                    update(&move |q: &mut Query| toggle(&mut q.skills, slug.clone()))
                },
            )
        })
        .collect_view();

    let present: Vec<Subregion> = {
        let mut v: Vec<Subregion> = data.members.iter().map(Member::subregion).collect();
        sort_and_dedup(&mut v);
        v
    };
    let region_facet = CONTINENTS
        .iter()
        .enumerate()
        .filter(|(_, c)| present.iter().any(|s| s.continent() == **c))
        .map(|(ci, &continent)| {
            let whole = RegionFilter::Continent(continent);
            let update_c = update.clone();
            let label = interpolate(t(locale, Key::DirectoryAllOf), &[("region", continent.name(locale))]);
            let subs = present
                .iter()
                .filter(|s| s.continent() == continent)
                .map(|&sub| {
                    let filter = RegionFilter::Subregion(sub);
                    let update = update.clone();
                    checkbox(
                        sub.name(locale).to_string(),
                        Memo::new(move |_| counts.with(|c| c.subregions[sub as usize])),
                        Memo::new(move |_| selected_regions.with(|r| r.contains(&filter))),
                        move || update(&move |q: &mut Query| toggle(&mut q.regions, filter)),
                    )
                })
                .collect_view();
            view! {
                <li class="continent">
                    <ul class="facet-list">
                        {checkbox(
                            label,
                            Memo::new(move |_| counts.with(|c| c.continents[ci])),
                            Memo::new(move |_| selected_regions.with(|r| r.contains(&whole))),
                            move || update_c(&move |q: &mut Query| toggle(&mut q.regions, whole)),
                        )}
                    </ul>
                    <ul class="facet-list nested">{subs}</ul>
                </li>
            }
        })
        .collect_view();

    let open_facet = OpenTo::ALL
        .iter()
        .enumerate()
        .map(|(i, &o)| {
            let update = update.clone();
            checkbox(
                t(locale, open_to_key(o)).to_string(),
                Memo::new(move |_| counts.with(|c| c.open_to[i])),
                Memo::new(move |_| selected_open_to.with(|s| s.contains(&o))),
                move || update(&move |q: &mut Query| toggle(&mut q.open_to, o)),
            )
        })
        .collect_view();

    let count_text = move || {
        let n = results.with(|r| r.matching.len());
        let key = if n == 1 { Key::DirectoryCountOne } else { Key::DirectoryCountOther };
        interpolate(t(locale, key), &[("count", &n.to_string())])
    };

    let shown = Memo::new(move |previous: Option<&Vec<usize>>| {
        let page: Vec<usize> = results.with(|r| r.matching.iter().take(limit.get()).copied().collect());
        if whole_page.get() || previous == Some(&page) {
            page
        } else {
            page.into_iter().take(FIRST_CARDS).collect()
        }
    });
    let list = {
        let data = data.clone();
        view! {
            <ul class="member-list">
                <For each=move || shown.get() key=|i| *i let:i>
                    {member_card(locale, &data.members[i], &data.skills, &places)}
                </For>
            </ul>
        }
    };
    let empty = move || {
        results.with(|r| r.matching.is_empty()).then(|| {
            let set_query = set_query.clone();
            view! {
                <div class="empty-result">
                    <p>{t(locale, Key::DirectoryEmpty)}</p>
                    <button type="button" class="button" on:click=move |_| set_query(Query::default())>
                        {t(locale, Key::DirectoryClear)}
                    </button>
                </div>
            }
        })
    };
    let more = move || {
        (results.with(|r| r.matching.len()) > limit.get()).then(|| {
            view! { <button type="button" class="button" on:click=move |_| limit.update(|l| *l += PAGE_SIZE)>{t(locale, Key::DirectoryShowMore)}</button> }
        })
    };

    let skipped = data.skipped;
    let samples = data.members.iter().any(|m| m.sample);
    view! {
        {samples.then(|| view! { <p class="notice sample-notice" role="note">{tr(locale, Key::DirectorySampleNotice)}</p> })}
        {(skipped > 0).then(|| view! {
            <p class="notice" role="status">{interpolate(t(locale, Key::DirectorySkipped), &[("count", &skipped.to_string())])}</p>
        })}
        {move || parsed.with(|p| (!p.ignored.is_empty()).then(|| {
            let values = p.ignored.join(", ");
            view! { <p class="notice" role="status">{interpolate(t(locale, Key::DirectoryIgnored), &[("values", &values)])}</p> }
        }))}
        <p><a class="button" href=href(locale, &Route::MemberJoin)>{tr(locale, Key::JoinLink)}</a></p>
        {search_box}
        <div class="directory-layout">
            <details class="filters" prop:open=wide_screen()>
                <summary>
                    {tr(locale, Key::DirectoryFilters)}
                    {move || {
                        let active = selected_skills.with(Vec::len) + selected_regions.with(Vec::len) + selected_open_to.with(Vec::len);
                        (active > 0).then(|| view! { " " <span class="badge">{active}</span> })
                    }}
                </summary>
                <fieldset><legend>{tr(locale, Key::DirectorySkills)}</legend><ul class="facet-list">{skill_facet}</ul></fieldset>
                <fieldset><legend>{tr(locale, Key::DirectoryRegion)}</legend><ul class="facet-list">{region_facet}</ul></fieldset>
                <fieldset><legend>{tr(locale, Key::DirectoryOpenTo)}</legend><ul class="facet-list">{open_facet}</ul></fieldset>
            </details>
            <section class="results">
                <p class="result-count" aria-live="polite">{count_text}</p>
                {empty}
                {list}
                {more}
            </section>
        </div>
    }
}

/// Prerendered pages start with the filters closed.
#[cfg(not(target_arch = "wasm32"))]
fn wide_screen() -> bool {
    false
}

/// Whether the screen is wide enough to show the filters beside the results.
#[cfg(target_arch = "wasm32")]
fn wide_screen() -> bool {
    window().match_media("(min-width: 52rem)").ok().flatten().is_some_and(|m| m.matches())
}

fn skill_name<'a>(skills: &'a [Skill], slug: &str, locale: Locale) -> &'a str {
    skills.iter().find(|s| s.slug == slug).map(|s| s.name(locale)).unwrap_or("")
}

fn member_card(locale: Locale, member: &Member, skills: &[Skill], places: &HashMap<String, String>) -> impl IntoView {
    let link = href(locale, &Route::Member(member.id.clone()));
    let place = places.get(&member.country).cloned().unwrap_or_default();
    view! {
        <li class="member" data-member-id=member.id.clone()>
            {match member.avatar.clone() {
                // Sized so that nothing moves when it arrives; most cards are below the fold.
                Some(src) => view! { <img class="avatar" src=src alt="" width="44" height="44" loading="lazy" decoding="async"/> }.into_any(),
                None => view! { <span class="avatar" aria-hidden="true">{member.initials()}</span> }.into_any(),
            }}
            <div>
                <p class="member-name">
                    <a href=link>{member.name.clone()}</a>
                    {member.pronouns.clone().map(|p| view! { " " <span class="pronouns">"("{p}")"</span> })}
                </p>
                <p class="member-meta">{place}</p>
                <ul class="tags">
                    {member.skills.iter().map(|s| view! { <li>{skill_name(skills, s, locale).to_string()}</li> }).collect_view()}
                </ul>
            </div>
        </li>
    }
}

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
        None => view! { <div class="page">{super::pages::loading(locale)}</div> }.into_any(),
        Some(Err(error)) => {
            view! { <div class="page">{super::pages::error_alert(locale, &error, move || data.refetch())}</div> }
                .into_any()
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
    view! {
        <article class="page profile">
            <p class="breadcrumb"><a href=directory.clone()>"← "{tr(locale, Key::ProfileBack)}</a></p>
            {member.sample.then(|| view! { <p class="notice sample-notice" role="note">{tr(locale, Key::ProfileSampleNotice)}</p> })}
            <div class="profile-head">
                {match member.avatar.clone() {
                    // Above the fold, so loaded at once; sized so that nothing moves when it arrives.
                    Some(src) => view! { <img class="avatar large" src=src alt="" width="72" height="72" decoding="async"/> }.into_any(),
                    None => view! { <span class="avatar large" aria-hidden="true">{member.initials()}</span> }.into_any(),
                }}
                <div>
                    <h1>{member.name.clone()}</h1>
                    {member.pronouns.clone().map(|p| view! { <p class="pronouns">{p}</p> })}
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
                    <dd>{member.open_to.iter().map(|o| t(locale, open_to_key(*o))).collect::<Vec<_>>().join(", ")}</dd>
                })}
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
        </article>
    }
}
