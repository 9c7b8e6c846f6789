//! The community as its data files describe it (`site::community`), rendered once for the
//! pages that show it: the leadership and the way in (About), the figures and the
//! sponsors (home), the foundational supporters (Support). Prerendered only: these are
//! reading pages.

use leptos::prelude::*;

use crate::site::community::{Figures, Leadership, Person, Role, SupporterYear};
use crate::site::data::pick_text;
use crate::site::i18n::{interpolate, t, Key, Plural};
use crate::site::locale::Locale;
use crate::site::number::{counted, format_count};
use crate::site::routes::{href, PageId, Route};
use crate::site::social::{CONTACT_EMAIL, SOCIAL_LINKS};

use crate::web::i18n::tr;

/// The url of the community's account on `platform` (`site::social`).
pub fn account(platform: &str) -> &'static str {
    SOCIAL_LINKS.iter().find(|l| l.platform == platform).map(|l| l.url).unwrap_or("#")
}

/// The three figures, as a list of large numbers with their names.
pub fn figures(locale: Locale, figures: Figures) -> impl IntoView {
    let item = |message: Plural, n: u64| {
        let text = counted(locale, message, n);
        let number = format_count(locale, n);
        let rest = text.replacen(&number, "", 1);
        view! { <li><strong class="figure">{number}</strong>" "<span>{rest.trim().to_string()}</span></li> }
    };
    view! {
        <section class="figures" aria-labelledby="figures-heading">
            <h2 id="figures-heading" class="visually-hidden">{tr(locale, Key::FiguresHeading)}</h2>
            <ul>
                {item(Plural::FiguresMembers, figures.members.into())}
                {item(Plural::FiguresSponsoredEvents, figures.sponsored_events as u64)}
                {item(Plural::FiguresCountries, figures.countries as u64)}
            </ul>
        </section>
    }
}

/// A name, linked to the post that announced it where there is one.
fn announced(locale: Locale, person: &Person) -> AnyView {
    match &person.post {
        Some(slug) => {
            view! { <a href=href(locale, &Route::BlogPost(slug.clone()))>{person.name.clone()}</a> }.into_any()
        }
        None => person.name.clone().into_any(),
    }
}

/// The corporate sponsors, each linked to the post announcing it, and the way to the
/// Corporate Sponsorships page.
pub fn sponsors(locale: Locale, sponsors: Vec<Person>) -> impl IntoView {
    view! {
        <section class="sponsors" aria-labelledby="sponsors-heading">
            <h2 id="sponsors-heading">{tr(locale, Key::SponsorsHeading)}</h2>
            <ul class="name-list">{sponsors.iter().map(|s| view! { <li>{announced(locale, s)}</li> }).collect_view()}</ul>
            <p><a href=href(locale, &Route::Page(PageId::CorporateSponsorships))>{tr(locale, Key::SponsorsMore)}" →"</a></p>
        </section>
    }
}

/// The two ways in the community's home page offers: Discord and the LinkedIn group.
pub fn join_buttons(locale: Locale) -> impl IntoView {
    view! {
        <p class="actions">
            <a class="button primary" href=account("Discord") rel="noopener">{tr(locale, Key::JoinUsDiscord)}</a>
            <a class="button" href=account("LinkedIn") rel="noopener">{tr(locale, Key::JoinUsLinkedinGroup)}</a>
        </p>
    }
}

/// "Join the community": where members meet, and ways to take part.
pub fn join_the_community(locale: Locale) -> impl IntoView {
    let link = |url: &'static str, key: Key| view! { <li><a href=url rel="noopener">{tr(locale, key)}</a></li> };
    let email = interpolate(t(locale, Key::JoinUsEmail), &[("email", CONTACT_EMAIL)]);
    view! {
        <section id="join-the-community" aria-labelledby="join-heading">
            <h2 id="join-heading">{tr(locale, Key::JoinUsHeading)}</h2>
            <p>{tr(locale, Key::JoinUsBody)}</p>
            <ul>
                {link(account("Discord"), Key::JoinUsDiscord)}
                {link(account("LinkedIn"), Key::JoinUsLinkedinGroup)}
                {link(crate::site::social::LINKEDIN_PAGE, Key::JoinUsLinkedinPage)}
                {link(account("X"), Key::JoinUsX)}
                {link(crate::site::social::INSTAGRAM, Key::JoinUsInstagram)}
                <li><a href=format!("mailto:{CONTACT_EMAIL}")>{email}</a></li>
            </ul>
            <h3>{tr(locale, Key::JoinUsInvolvedHeading)}</h3>
            <ul>
                <li>{tr(locale, Key::JoinUsInvolvedDiscuss)}</li>
                <li>{tr(locale, Key::JoinUsInvolvedShare)}</li>
                <li>{tr(locale, Key::JoinUsInvolvedContribute)}</li>
                <li>{tr(locale, Key::JoinUsInvolvedMeet)}</li>
            </ul>
        </section>
    }
}

/// People with their role (a region, a team), as a description list.
fn roles(locale: Locale, people: &[Role]) -> impl IntoView {
    view! {
        <ul class="people">
            {people
                .iter()
                .map(|person| {
                    let role = pick_text(&person.role, locale).map(|(lang, text, _)| (lang.to_string(), text.to_string()));
                    view! {
                        <li>
                            <strong>{person.name.clone()}</strong>
                            {role.map(|(lang, text)| view! { " · " <span lang=lang>{text}</span> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Names in a list, each linked to the post that announced it where there is one.
fn names(locale: Locale, people: &[Person]) -> impl IntoView {
    view! { <ul class="name-list">{people.iter().map(|p| view! { <li>{announced(locale, p)}</li> }).collect_view()}</ul> }
}

/// The leadership: Executors, team leads, advisors and the BPD Council.
pub fn leadership(locale: Locale, leadership: Leadership) -> impl IntoView {
    view! {
        <section id="leadership" aria-labelledby="leadership-heading">
            <h2 id="leadership-heading">{tr(locale, Key::LeadershipHeading)}</h2>
            <h3>{tr(locale, Key::LeadershipExecutors)}</h3>
            <p>{tr(locale, Key::LeadershipExecutorsBody)}</p>
            {roles(locale, &leadership.executors)}
            <h3>{tr(locale, Key::LeadershipTeamLeads)}</h3>
            {roles(locale, &leadership.team_leads)}
            <h3>{tr(locale, Key::LeadershipAdvisors)}</h3>
            {names(locale, &leadership.advisors)}
            <h3 id="council">{tr(locale, Key::LeadershipCouncil)}</h3>
            <p>{tr(locale, Key::LeadershipCouncilBody)}</p>
            {names(locale, &leadership.council)}
        </section>
    }
}

/// The foundational supporters, newest year first, each year a disclosure (the newest
/// open).
pub fn supporters(locale: Locale, years: Vec<SupporterYear>) -> impl IntoView {
    view! {
        <section id="supporters" aria-labelledby="supporters-heading">
            <h2 id="supporters-heading">{tr(locale, Key::SupportersHeading)}</h2>
            <p>{tr(locale, Key::SupportersBody)}</p>
            {years
                .into_iter()
                .enumerate()
                .map(|(i, year)| {
                    let label = interpolate(t(locale, Key::SupportersYear), &[("year", &year.year.to_string())]);
                    view! {
                        <details open=i == 0>
                            <summary>{label}</summary>
                            <ul class="name-list">{year.names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                        </details>
                    }
                })
                .collect_view()}
        </section>
    }
}
