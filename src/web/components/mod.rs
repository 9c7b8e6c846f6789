//! View pieces shared by several pages: the page frame (header, footer), rendered prose,
//! notes from data, and the directory's controls and cards.

pub mod directory;
pub mod form;
pub mod layout;
pub mod notes;
pub mod prose;
