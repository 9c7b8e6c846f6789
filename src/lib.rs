//! Black Python Devs website.
//!
//! The crate is layered so that the folders show the architecture:
//! - [`directory`]: the member directory's pure logic (regions, skills, members, filtering).
//! - [`site`]: pure logic with no browser dependency (locales, translations, the route table,
//!   head tags, content and data models). Tested on the host with `cargo test`.
//! - `web` (feature `web`): the Leptos components that run in the browser, thin on top of `site`.
//! - `sitegen` (host only): the build-time generator that turns the route table and the
//!   Markdown content into static files a CDN can serve.

pub mod directory;
pub mod site;

#[cfg(feature = "web")]
pub mod web;

#[cfg(not(target_arch = "wasm32"))]
pub mod sitegen;
