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

pub mod directory;
pub mod site;

#[cfg(feature = "components")]
pub mod web;

#[cfg(not(target_arch = "wasm32"))]
pub mod sitegen;
