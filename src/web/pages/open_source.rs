//! The Open Source Program: the programme in prose, then the projects it works on, from
//! `open-source-program.json`.

use leptos::prelude::*;

use crate::site::data::{parse_program_projects, ProgramProject};
use crate::site::locale::Locale;
use crate::site::routes::PageId;
use crate::site::seo::page_head;

use crate::web::components::cards::{data_cards, localized_note};
use crate::web::components::prose::{document, page_title};
use crate::web::head::use_head;
use crate::web::load::{load_data, loaded};

fn project_card(locale: Locale, project: ProgramProject) -> impl IntoView {
    let repos = project
        .repos
        .into_iter()
        .map(|repo| {
            view! {
                <li>
                    <a href=repo.url rel="noopener">{repo.name}</a>
                    {localized_note(locale, &repo.description)}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="card">
            <h3><a href=project.org.url rel="noopener">{project.org.name}</a></h3>
            <ul class="links">{repos}</ul>
        </li>
    }
}

pub fn open_source_program(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::OpenSourceProgram));
    let data = load_data("/data/open-source-program.json", parse_program_projects);
    view! {
        <div class="page">
            {page_title(locale, PageId::OpenSourceProgram)}
            {document(locale, PageId::OpenSourceProgram)}
            {loaded(locale, data, move |data| data_cards(locale, data, project_card))}
        </div>
    }
}
