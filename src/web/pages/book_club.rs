//! The book club: what it is, then the books it has read (with members' reviews) and the
//! ones it will read.

use leptos::prelude::*;

use crate::site::data::{parse_books, Book, BookStatus};
use crate::site::i18n::{interpolate, t, Key};
use crate::site::locale::Locale;
use crate::site::routes::PageId;
use crate::site::seo::page_head;

use crate::web::components::cards::{data_cards, localized_note};
use crate::web::components::prose::{document, page_title};
use crate::web::head::use_head;
use crate::web::i18n::tr;
use crate::web::load::{load_data, loaded};

fn reviews(locale: Locale, book: &Book) -> Option<impl IntoView> {
    (!book.reviews.is_empty()).then(|| {
        let items = book
            .reviews
            .iter()
            .map(|r| {
                let text = interpolate(t(locale, Key::BooksReview), &[("title", &r.title), ("author", &r.author)]);
                view! { <li><a href=r.url.clone() rel="noopener">{text}</a></li> }
            })
            .collect_view();
        view! {
            <p class="card-meta">{tr(locale, Key::BooksReviews)}</p>
            <ul class="links">{items}</ul>
        }
    })
}

fn book_card(locale: Locale, book: Book) -> impl IntoView {
    let title = match book.url.clone() {
        Some(url) => view! { <a href=url rel="noopener">{book.title.clone()}</a> }.into_any(),
        None => book.title.clone().into_any(),
    };
    view! {
        <li class="card">
            <h3 lang="en">{title}</h3>
            <p class="card-meta">{interpolate(t(locale, Key::BooksBy), &[("authors", &book.authors.join(", "))])}</p>
            {localized_note(locale, &book.note)}
            {reviews(locale, &book)}
        </li>
    }
}

pub fn book_club(locale: Locale) -> impl IntoView {
    use_head(move || page_head(locale, PageId::BookClub));
    let data = load_data("/data/books.json", parse_books);
    view! {
        <div class="page">
            {page_title(locale, PageId::BookClub)}
            {document(locale, PageId::BookClub)}
            <h2>{tr(locale, Key::BooksHeading)}</h2>
            {loaded(locale, data, move |(list, skipped): (Vec<Book>, usize)| {
                let completed = list.into_iter().filter(|b| b.status == BookStatus::Completed).collect();
                data_cards(locale, (completed, skipped), book_card)
            })}
        </div>
    }
}
