//! The build-time static-site generator (host only). It reads the Markdown content under
//! `locales/`, renders it, and writes into Trunk's output everything a static CDN needs:
//! one `index.html` per route and locale with its head already filled in, the content
//! documents the app fetches, `404.html`, `sitemap.xml` and `robots.txt`; and it reports
//! how far each locale's translation has come (`coverage`).

pub mod content;
pub mod coverage;
pub mod csp;
pub mod feed;
pub mod glossary;
pub mod headers;
pub mod markdown;
pub mod output;
pub mod retold;
pub mod scripts;
pub mod sitemap;
