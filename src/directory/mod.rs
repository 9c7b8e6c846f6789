//! The member directory's pure logic: regions derived from countries (UN M49), the skill
//! vocabulary, member records, the URL query state and filtering with facet counts.
//! No browser dependency; the directory's components sit on top of this.

pub mod compact;
pub mod filter;
pub mod join;
pub mod members;
pub mod query;
pub mod regions;
pub mod rules;
pub mod skills;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod store;
