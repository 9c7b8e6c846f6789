//! One module per kind of page. Each page takes the locale (and slug) it shows, sets the
//! head tags, loads what it needs and renders it from the components.

pub mod blog;
pub mod book_club;
pub mod conferences;
pub mod document;
pub mod events;
pub mod home;
pub mod join;
pub mod members;
pub mod not_found;
pub mod open_source;
pub mod profile;
pub mod support;
