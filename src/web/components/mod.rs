//! View pieces shared by several pages: the page frame (header, footer), the directory's
//! controls and cards, form fields and notes; and, for the static pages the generator
//! renders, prose and data cards.

#[cfg(feature = "prerender")]
pub mod cards;
#[cfg(feature = "prerender")]
pub mod community;
pub mod directory;
pub mod form;
#[cfg(feature = "prerender")]
pub mod layout;
pub mod map;
pub mod notes;
#[cfg(feature = "prerender")]
pub mod prose;
