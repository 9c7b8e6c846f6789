//! Black Python Devs website.
//!
//! The crate is layered so that the folders show the architecture:
//! - [`directory`]: the member directory's pure logic (regions, skills, members, filtering).
//! - [`site`]: pure logic with no browser dependency (locales, translations, the route table,
//!   head tags, content and data models). Tested on the host with `cargo test`.
//! - `web` (features `web` and `prerender`): the Leptos components, thin on top of `site`;
//!   rendered in the browser, and to static HTML at build time by the generator.
//! - `sitegen` (host only): the build-time generator that turns the route table and the
//!   Markdown content into static files a CDN can serve.
//! - `requests` (host only): GitHub issues from the repository's issue forms (join, update
//!   or leave the directory, add a conference or an event) turned into data-file changes.

pub mod directory;
pub mod site;

#[cfg(feature = "components")]
pub mod web;

#[cfg(not(target_arch = "wasm32"))]
pub mod requests;
#[cfg(not(target_arch = "wasm32"))]
pub mod sitegen;
