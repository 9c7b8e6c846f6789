//! Pure site logic: everything here runs the same on the host and in WebAssembly.

pub mod community;
pub mod content;
pub mod data;
pub mod date;
pub mod events;
pub mod html;
pub mod i18n;
pub mod json;
pub mod locale;
pub mod map;
pub mod number;
pub mod plural;
pub mod redirects;
pub mod routes;
pub mod seo;
pub mod social;
pub mod text;
