//! The member directory page. Its state is a [`DirectoryState`] (the query, the results
//! shown, when the URL is written), kept in step with the URL; this module wires that state
//! to the components and carries out what each change asks for (timers, URL writes).
//!
//! The controls form a plain GET form to the page itself, so that before (or without) the
//! app a search or a filter is submitted as `/members/?q=…&skill=…`, which the app applies
//! when it starts.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::directory::basics::sort_and_dedup;
use crate::directory::compact::{decode, DIRECTORY_URL};
use crate::directory::filter::{FacetCounts, Index};
use crate::directory::members::Member;
use crate::directory::profile::OpenTo;
use crate::directory::query::{parse_pairs, toggle, Query, RegionFilter, OPEN_TO_KEY, REGION_KEY, SKILL_KEY};
use crate::directory::regions::{Subregion, CONTINENTS};
use crate::directory::skills::{parse_skills, Skill};
use crate::directory::state::{Change, DirectoryState, UrlWrite, URL_UPDATE_DELAY_MS};
use crate::site::i18n::{interpolate, plural, t, Key, Plural};
use crate::site::locale::Locale;
use crate::site::number::{counted, format_count};
use crate::site::routes::{href, PageId, Route};
use crate::site::seo::{members_feed_path, page_head};

use crate::web::components::directory::{facet_checkbox, facet_group, member_card, search_box};
use crate::web::components::map::members_map;
use crate::web::components::notes::skipped_notice;
use crate::web::fetch::{fetch_text, FetchError};
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::intl::{collation_order, DisplayNames};
use crate::web::load::{load, loaded, Loaded};
use crate::web::router::{use_navigate, use_query_map, NavigateOptions};

/// The directory's members (card fields only) and the vocabulary, as loaded.
pub struct DirectoryData {
    pub members: Vec<Member>,
    pub skills: Vec<Skill>,
    pub skipped: usize,
    /// The community's size, shown while the directory is empty.
    pub community: Option<u32>,
}

/// Loads the skill vocabulary.
pub(crate) async fn load_skills() -> Result<Vec<Skill>, FetchError> {
    parse_skills(&fetch_text("/data/skills.json").await?).map_err(|e| FetchError::Invalid(e.0))
}

async fn load_directory() -> Result<Arc<DirectoryData>, FetchError> {
    let skills = load_skills().await?;
    let directory = decode(&fetch_text(DIRECTORY_URL).await?, &skills).map_err(|e| FetchError::Invalid(e.0))?;
    Ok(Arc::new(DirectoryData {
        members: directory.members,
        skills,
        skipped: directory.skipped,
        community: directory.community,
    }))
}

pub fn directory(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::Members));
    let data: Loaded<Arc<DirectoryData>> = load(load_directory);
    view! {
        <div class="page directory">
            <h1>{tr(locale, Key::PageMembersName)}</h1>
            {loaded(locale, data, move |data| {
                if data.members.is_empty() {
                    no_members_yet(locale, data.community).into_any()
                } else {
                    directory_view(locale, data).into_any()
                }
            })}
        </div>
    }
}

/// The directory before anyone has joined: how many the community is (which the index
/// carries), and an invitation to be among the first here.
fn no_members_yet(locale: Locale, community: Option<u32>) -> impl IntoView {
    let figure = community.map(|n| {
        let number = format_count(locale, n.into());
        let text = counted(locale, Plural::FiguresMembers, n.into());
        let rest = text.replacen(&number, "", 1).trim().to_string();
        view! { <p class="community-size"><strong class="figure">{number}</strong>" "<span>{rest}</span></p> }
    });
    view! {
        <div class="empty-directory">
            {figure}
            <p class="lead">{tr(locale, Key::DirectoryNoneYet)}</p>
            <p class="directory-actions">
                <a class="button primary" href=href(locale, &Route::MemberJoin)>{tr(locale, Key::JoinLink)}</a>
                " "{feed_link(locale)}
            </p>
        </div>
    }
}

/// The new members' Atom feed, which the page's head names too.
fn feed_link(locale: Locale) -> impl IntoView {
    view! { <a class="feed-link" href=members_feed_path(locale) type="application/atom+xml">{tr(locale, Key::DirectoryFeed)}</a> }
}

/// Moves the focus to the search box once the page has rendered the change.
fn focus_search() {
    #[cfg(target_arch = "wasm32")]
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        if let Some(input) =
            document().get_element_by_id("member-search").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = input.focus();
        }
    });
}

/// Runs `f` once the browser has painted (the next frame, then a task).
fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

/// Writes the directory's query into the URL as [`UrlWrite`] says: at once, or once typing
/// has paused, replacing the history entry.
/// The router's `navigate`.
type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

struct UrlWriter {
    base: String,
    navigate: Navigate,
    pending: Cell<Option<TimeoutHandle>>,
}

impl UrlWriter {
    /// The page's writer; it cancels a pending write when the page goes.
    fn new(locale: Locale) -> StoredValue<UrlWriter, LocalStorage> {
        let navigate = use_navigate();
        let writer = StoredValue::new_local(UrlWriter {
            base: href(locale, &Route::Page(PageId::Members)),
            navigate: Box::new(move |url, options| navigate(url, options)),
            pending: Cell::new(None),
        });
        on_cleanup(move || {
            writer.try_with_value(UrlWriter::cancel);
        });
        writer
    }

    fn cancel(&self) {
        if let Some(handle) = self.pending.take() {
            handle.clear();
        }
    }

    fn write(&self, search: &str, replace: bool) {
        (self.navigate)(
            &format!("{}{search}", self.base),
            NavigateOptions { replace, scroll: false, ..Default::default() },
        );
    }

    fn carry_out(this: StoredValue<UrlWriter, LocalStorage>, write: UrlWrite, state: RwSignal<DirectoryState>) {
        this.with_value(|writer| match write {
            UrlWrite::Keep => {}
            UrlWrite::Now(search) => {
                writer.cancel();
                writer.write(&search, false);
            }
            UrlWrite::AfterTyping => {
                writer.cancel();
                let later = move || {
                    let Some(search) = state.try_update(|s| {
                        let search = s.query.to_search();
                        s.wrote(search.clone());
                        search
                    }) else {
                        return;
                    };
                    this.try_with_value(|w| w.write(&search, true));
                };
                writer.pending.set(set_timeout_with_handle(later, Duration::from_millis(URL_UPDATE_DELAY_MS)).ok());
            }
        });
    }
}

fn directory_view(locale: Locale, data: Arc<DirectoryData>) -> impl IntoView {
    let mut index = Index::new(&data.members, &data.skills, locale);
    if let Some(order) = collation_order(data.members.iter().map(|m| m.name.as_str()), locale) {
        index.set_order(order);
    }
    let index = Arc::new(index);
    let query_map = use_query_map();
    let vocabulary = data.clone();
    let parsed = Memo::new(move |_| query_map.with(|map| parse_pairs(map, &vocabulary.skills)));
    let state = RwSignal::new(DirectoryState::new(parsed.with_untracked(|p| p.query.clone())));
    let query = Memo::new(move |_| state.with(|s| s.query.clone()));
    let whole_page = Memo::new(move |_| state.with(|s| s.whole_page));
    let results = Memo::new(move |_| query.with(|q| index.search(q)));

    let urls = UrlWriter::new(locale);
    let apply = move |change: Change| {
        UrlWriter::carry_out(urls, change.url, state);
        if let Some(generation) = change.rest_after_paint {
            after_paint(move || {
                state.try_update(|s| s.painted(generation));
            });
        }
    };
    // A new URL (a link, back, forward) sets the query.
    Effect::new({
        move |_| {
            let from_url = parsed.with(|p| p.query.clone());
            if let Some(change) = state.try_update(|s| s.follow_url(from_url)) {
                apply(change);
            }
        }
    });
    let change_filters = {
        move |edit: &dyn Fn(&mut Query)| apply(state.try_update(|s| s.change_filters(edit)).expect("the state lives"))
    };

    // The app's first render of a long list takes two tasks too; the prerendered page stays
    // until the whole page is rendered. (The count is read first: the state cannot be read
    // while it is being updated.)
    #[cfg(target_arch = "wasm32")]
    let matching = results.with_untracked(|r| r.matching.len());
    #[cfg(target_arch = "wasm32")]
    if let Some(generation) = state.try_update(|s| s.first_render(matching)).flatten() {
        let hold = crate::web::takeover::Hold::start();
        set_timeout(
            move || {
                state.try_update(|s| s.painted(generation));
                drop(hold);
            },
            Duration::ZERO,
        );
    }

    // The facets' counts follow with the rest of the page after a change, so that the first
    // cards reach the screen sooner.
    let counts = Memo::new(move |previous: Option<&FacetCounts>| match previous {
        Some(previous) if !whole_page.get() => previous.clone(),
        _ => results.with(|r| r.counts.clone()),
    });
    // Erased, so that the page's view type stays shallow enough for the host build.
    let facets = facets(locale, &data, counts, query, change_filters).into_any();

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

    // The map of members by region: prerendered, and kept in step by the app.
    let base = href(locale, &Route::Page(PageId::Members));
    let map =
        members_map(locale, base.clone(), &query.get_untracked(), &counts.with_untracked(|c| c.subregions.clone()));
    #[cfg(target_arch = "wasm32")]
    crate::web::components::map::keep_in_step(locale, base, query, counts);
    #[cfg(not(target_arch = "wasm32"))]
    drop(base);

    let text = Memo::new(move |_| query.with(|q| q.text.clone()));
    let search = search_box(locale, text, {
        move |text| apply(state.try_update(|s| s.type_text(text)).expect("the state lives"))
    });

    let shown = Memo::new(move |previous: Option<&Vec<usize>>| {
        results.with(|r| state.with(|s| s.shown(&r.matching, previous.map(Vec::as_slice))))
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
        .into_any()
    };
    let count_text = move || plural(locale, Plural::DirectoryCount, results.with(|r| r.matching.len()) as u64).0;
    let empty = move || {
        results.with(|r| r.matching.is_empty()).then(|| {
            view! {
                <div class="empty-result">
                    <p>{t(locale, Key::DirectoryEmpty)}</p>
                    <button type="button" class="button" on:click=move |_| {
                        change_filters(&|q| *q = Query::default());
                        // The button goes with the empty result: the focus goes on to the
                        // search box, where the visitor can start again.
                        focus_search();
                    }>
                        {t(locale, Key::DirectoryClear)}
                    </button>
                </div>
            }
        })
    };
    let more = move || {
        state.with(|s| s.has_more(results.with(|r| r.matching.len()))).then(|| {
            view! {
                <button type="button" class="button" on:click=move |_| state.update(DirectoryState::show_more)>
                    {t(locale, Key::DirectoryShowMore)}
                </button>
            }
        })
    };
    let active = Memo::new(move |_| state.with(DirectoryState::active_filters));

    // The fictional sample profiles (`./dev serve`, tests, benchmarks) say so.
    let samples = data.members.iter().any(|m| m.sample);
    view! {
        {samples.then(|| view! { <p class="notice sample-notice" role="note">{tr(locale, Key::DirectorySampleNotice)}</p> })}
        {skipped_notice(locale, Plural::DirectorySkipped, data.skipped)}
        {move || parsed.with(|p| (!p.ignored.is_empty()).then(|| {
            let values = p.ignored.join(", ");
            view! { <p class="notice" role="status">{interpolate(t(locale, Key::DirectoryIgnored), &[("values", &values)])}</p> }
        }))}
        <p class="directory-actions">
            <a class="button" href=href(locale, &Route::MemberJoin)>{tr(locale, Key::JoinLink)}</a>
            " "{feed_link(locale)}
        </p>
        <form class="directory-form" method="get" action=href(locale, &Route::Page(PageId::Members)) data-needs-app=""
            on:submit=|ev| ev.prevent_default()>
            {search}
            {map}
            <div class="directory-layout">
                <div class="filters">
                    <details id="directory-filters" class="filters-toggle">
                        <summary>
                            {tr(locale, Key::DirectoryFilters)}
                            {move || (active.get() > 0).then(|| view! { " " <span class="badge">{active}</span> })}
                        </summary>
                    </details>
                    <div class="facets">
                        <h2 class="visually-hidden">{tr(locale, Key::DirectoryFilters)}</h2>
                        {facets}
                        <button type="submit" class="button apply">{tr(locale, Key::DirectoryApply)}</button>
                    </div>
                </div>
                <section class="results" aria-labelledby="results-heading">
                    <h2 id="results-heading" class="visually-hidden">{tr(locale, Key::DirectoryResults)}</h2>
                    <p class="result-count" aria-live="polite">{count_text}</p>
                    {empty}
                    {list}
                    {more}
                </section>
            </div>
        </form>
    }
}

/// The three facet groups: skills, regions (each continent with its subregions present
/// among the members) and what members are open to.
fn facets(
    locale: Locale,
    data: &DirectoryData,
    counts: Memo<FacetCounts>,
    query: Memo<Query>,
    change_filters: impl Fn(&dyn Fn(&mut Query)) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let selected_skills = Memo::new(move |_| query.with(|q| q.skills.clone()));
    let selected_regions = Memo::new(move |_| query.with(|q| q.regions.clone()));
    let selected_open_to = Memo::new(move |_| query.with(|q| q.open_to.clone()));

    let skills = data
        .skills
        .iter()
        .enumerate()
        .map(|(i, skill)| {
            let (slug, checked_slug) = (skill.slug.clone(), skill.slug.clone());
            let change_filters = change_filters.clone();
            facet_checkbox(
                locale,
                SKILL_KEY,
                skill.slug.clone(),
                skill.name(locale).to_string(),
                Memo::new(move |_| counts.with(|c| c.skills[i])),
                Memo::new(move |_| selected_skills.with(|s| s.contains(&checked_slug))),
                move || change_filters(&|q| toggle(&mut q.skills, slug.clone())),
            )
        })
        .collect_view();

    let region_checkbox = |filter: RegionFilter, label: String, count: Memo<usize>| {
        let change_filters = change_filters.clone();
        facet_checkbox(
            locale,
            REGION_KEY,
            filter.slug().to_string(),
            label,
            count,
            Memo::new(move |_| selected_regions.with(|r| r.contains(&filter))),
            move || change_filters(&|q| toggle(&mut q.regions, filter)),
        )
    };
    let present: Vec<Subregion> = {
        let mut v: Vec<Subregion> = data.members.iter().map(Member::subregion).collect();
        sort_and_dedup(&mut v);
        v
    };
    let regions = CONTINENTS
        .iter()
        .enumerate()
        .filter(|(_, c)| present.iter().any(|s| s.continent() == **c))
        .map(|(ci, &continent)| {
            let subregions = present
                .iter()
                .filter(|s| s.continent() == continent)
                .map(|&sub| {
                    let count = Memo::new(move |_| counts.with(|c| c.subregions[sub as usize]));
                    region_checkbox(RegionFilter::Subregion(sub), sub.name(locale).to_string(), count)
                })
                .collect_view();
            let count = Memo::new(move |_| counts.with(|c| c.continents[ci]));
            view! {
                <li class="continent">
                    <ul class="facet-list">
                        {region_checkbox(RegionFilter::Continent(continent), continent.whole_name(locale).to_string(), count)}
                    </ul>
                    <ul class="facet-list nested">{subregions}</ul>
                </li>
            }
        })
        .collect_view();

    let open_to = OpenTo::ALL
        .iter()
        .enumerate()
        .map(|(i, &o)| {
            let change_filters = change_filters.clone();
            facet_checkbox(
                locale,
                OPEN_TO_KEY,
                o.slug().to_string(),
                t(locale, o.key()).to_string(),
                Memo::new(move |_| counts.with(|c| c.open_to[i])),
                Memo::new(move |_| selected_open_to.with(|s| s.contains(&o))),
                move || change_filters(&|q| toggle(&mut q.open_to, o)),
            )
        })
        .collect_view();

    view! {
        {facet_group(locale, Key::DirectorySkills, skills)}
        {facet_group(locale, Key::DirectoryRegion, regions)}
        {facet_group(locale, Key::DirectoryOpenTo, open_to)}
    }
}
