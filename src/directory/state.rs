//! The directory page's state and how it answers the visitor, apart from any view: the
//! query, how many results are shown, the two-step render of a change, and when the URL is
//! written. The page's components hold one [`DirectoryState`] and carry out what each
//! change returns; everything here is tested on the host.
//!
//! - Typing updates the results at once and writes the URL only once typing pauses
//!   ([`URL_UPDATE_DELAY_MS`]), replacing the history entry: one entry per search, not one
//!   per keystroke.
//! - A filter change writes the URL at once, as a new history entry, and cancels a pending
//!   write of the search text (the new URL carries it).
//! - A new URL (back, forward, a link) sets the query and writes nothing. A URL the page
//!   wrote itself only confirms what the state already says: it arrives a moment later, and
//!   the visitor may have typed meanwhile.
//! - Any change of the results first renders [`FIRST_CARDS`] cards, before the next paint,
//!   then the whole page right after it unless another change came first. Measured with
//!   `./dev bench`: 8 paints sooner at the 95th percentile than 20, for a slightly later
//!   whole page (docs/performance.md).

use super::query::Query;

/// How many results are shown before "Show more", and how many more it shows.
pub const PAGE_SIZE: usize = 100;

/// How many cards a change of the results renders before the next paint; a phone shows
/// three to six.
pub const FIRST_CARDS: usize = 8;

/// How long typing must pause before the search is written into the URL.
pub const URL_UPDATE_DELAY_MS: u64 = 300;

/// What the view does with the URL after a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlWrite {
    /// Nothing (the change came from the URL).
    Keep,
    /// Write this search string now, as a new history entry; cancel any pending write.
    Now(String),
    /// Replace the history entry with the query of the moment once typing has paused for
    /// [`URL_UPDATE_DELAY_MS`]; cancel any pending write first.
    AfterTyping,
}

/// What the view carries out after a change: the URL write, and the generation whose whole
/// page to render after the next paint (see [`DirectoryState::painted`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub url: UrlWrite,
    pub rest_after_paint: Option<u64>,
}

/// The directory page's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirectoryState {
    pub query: Query,
    /// How many results are shown.
    pub limit: usize,
    /// Whether the shown results are rendered whole, or only their first cards.
    pub whole_page: bool,
    /// Counts changes of the results, so that a paint completes only the latest one.
    generation: u64,
    /// Search strings the page has written into the URL and not yet seen come back.
    written: Vec<String>,
}

impl DirectoryState {
    pub fn new(query: Query) -> Self {
        DirectoryState { query, limit: PAGE_SIZE, whole_page: true, generation: 0, written: Vec::new() }
    }

    /// The visitor typed: the search text is now `text`.
    pub fn type_text(&mut self, text: String) -> Change {
        self.query.text = text;
        Change { url: UrlWrite::AfterTyping, rest_after_paint: Some(self.results_changed()) }
    }

    /// The visitor changed the filters (`change` edits the query; clearing is a change too).
    /// Nothing happens if the query stays the same.
    pub fn change_filters(&mut self, change: impl FnOnce(&mut Query)) -> Change {
        let mut query = self.query.clone();
        change(&mut query);
        query.normalize();
        if query == self.query {
            return Change { url: UrlWrite::Keep, rest_after_paint: None };
        }
        self.query = query;
        let generation = self.results_changed();
        let search = self.query.to_search();
        self.wrote(search.clone());
        Change { url: UrlWrite::Now(search), rest_after_paint: Some(generation) }
    }

    /// The page wrote `search` into the URL (after typing paused, or for a filter change).
    pub fn wrote(&mut self, search: String) {
        self.written.push(search);
    }

    /// The URL changed under the page (back, forward, a link): the query follows it.
    pub fn follow_url(&mut self, query: Query) -> Change {
        let search = query.to_search();
        if let Some(at) = self.written.iter().position(|w| *w == search) {
            // The page's own write: the state is already ahead of it.
            self.written.drain(..=at);
            return Change { url: UrlWrite::Keep, rest_after_paint: None };
        }
        if query == self.query {
            return Change { url: UrlWrite::Keep, rest_after_paint: None };
        }
        self.query = query;
        Change { url: UrlWrite::Keep, rest_after_paint: Some(self.results_changed()) }
    }

    /// The browser has painted the first cards of change `generation`: the whole page
    /// follows, unless a newer change has started its own first cards.
    pub fn painted(&mut self, generation: u64) {
        if generation == self.generation {
            self.whole_page = true;
        }
    }

    /// The app's first render of `matching` results: like a change, its first cards first
    /// and the rest in the next task, so that the app's start is two shorter tasks rather
    /// than one long one. `None` when the results fit in the first cards.
    pub fn first_render(&mut self, matching: usize) -> Option<u64> {
        (matching > FIRST_CARDS).then(|| {
            self.whole_page = false;
            self.generation += 1;
            self.generation
        })
    }

    /// "Show more": the next page of results.
    pub fn show_more(&mut self) {
        self.limit += PAGE_SIZE;
    }

    /// The results to render, from the `matching` ones: the shown page, or its first cards
    /// while the rest waits for a paint. `previous` is what is rendered now: a change that
    /// leaves the page as it was keeps it whole rather than removing cards to add them back.
    pub fn shown(&self, matching: &[usize], previous: Option<&[usize]>) -> Vec<usize> {
        let page = &matching[..matching.len().min(self.limit)];
        if self.whole_page || previous == Some(page) {
            page.to_vec()
        } else {
            page[..page.len().min(FIRST_CARDS)].to_vec()
        }
    }

    /// Whether "Show more" has more to show.
    pub fn has_more(&self, matching: usize) -> bool {
        matching > self.limit
    }

    /// How many filters are on (the badge on the phone's filter disclosure).
    pub fn active_filters(&self) -> usize {
        self.query.skills.len() + self.query.regions.len() + self.query.open_to.len()
    }

    fn results_changed(&mut self) -> u64 {
        self.limit = PAGE_SIZE;
        self.whole_page = false;
        self.generation += 1;
        self.generation
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::profile::OpenTo;
    use crate::directory::query::toggle;

    fn state() -> DirectoryState {
        DirectoryState::new(Query::default())
    }

    #[test]
    fn typing_filters_at_once_and_writes_the_url_when_typing_pauses() {
        let mut s = state();
        let change = s.type_text("ad".into());
        assert_eq!(change.url, UrlWrite::AfterTyping);
        assert_eq!(s.query.text, "ad");
        assert!(!s.whole_page, "the first cards come first");
        assert_eq!(change.rest_after_paint, Some(1));
    }

    #[test]
    fn a_filter_change_writes_a_new_history_entry_with_the_search_text() {
        let mut s = state();
        s.type_text("ada".into());
        let change = s.change_filters(|q| toggle(&mut q.open_to, OpenTo::Mentoring));
        assert_eq!(change.url, UrlWrite::Now("?q=ada&open_to=mentoring".into()));
        assert_eq!(s.active_filters(), 1);
        // The same change twice is no change at all.
        let again = s.change_filters(|q| q.open_to = vec![OpenTo::Mentoring]);
        assert_eq!(again, Change { url: UrlWrite::Keep, rest_after_paint: None });
    }

    #[test]
    fn the_url_sets_the_query_and_is_not_written_back() {
        let mut s = state();
        let query = Query { text: "kofi".into(), ..Default::default() };
        let change = s.follow_url(query.clone());
        assert_eq!(change.url, UrlWrite::Keep);
        assert!(change.rest_after_paint.is_some());
        assert_eq!(s.query, query);
        assert_eq!(s.follow_url(query).rest_after_paint, None, "the same URL again changes nothing");
    }

    #[test]
    fn a_url_the_page_wrote_itself_does_not_undo_what_was_typed_since() {
        let mut s = state();
        let change = s.change_filters(|q| toggle(&mut q.open_to, OpenTo::Mentoring));
        assert_eq!(change.url, UrlWrite::Now("?open_to=mentoring".into()));
        s.type_text("kofi".into());
        // The filter's URL arrives after the typing: it changes nothing.
        let echo = Query { open_to: vec![OpenTo::Mentoring], ..Default::default() };
        assert_eq!(s.follow_url(echo.clone()), Change { url: UrlWrite::Keep, rest_after_paint: None });
        assert_eq!(s.query.text, "kofi");
        // The same address later (back, forward) is the visitor's: it applies.
        assert!(s.follow_url(echo.clone()).rest_after_paint.is_some());
        assert_eq!(s.query, echo);
    }

    #[test]
    fn a_change_renders_its_first_cards_then_the_whole_page_unless_a_newer_change_came() {
        let matching: Vec<usize> = (0..250).collect();
        let mut s = state();
        assert_eq!(s.shown(&matching, None).len(), PAGE_SIZE);
        let first = s.type_text("a".into()).rest_after_paint.unwrap();
        assert_eq!(s.shown(&matching, None), (0..FIRST_CARDS).collect::<Vec<_>>());
        let second = s.type_text("ab".into()).rest_after_paint.unwrap();
        s.painted(first);
        assert!(!s.whole_page, "the paint of an older change does not complete a newer one");
        s.painted(second);
        assert_eq!(s.shown(&matching, None).len(), PAGE_SIZE);
        // A change that leaves the page as it was keeps it whole.
        let page: Vec<usize> = (0..PAGE_SIZE).collect();
        s.type_text("abc".into());
        assert_eq!(s.shown(&matching, Some(&page)).len(), PAGE_SIZE);
    }

    #[test]
    fn the_first_render_of_a_long_list_takes_two_steps() {
        let mut s = state();
        assert_eq!(s.first_render(FIRST_CARDS), None);
        assert!(s.whole_page);
        let generation = s.first_render(65).unwrap();
        assert!(!s.whole_page);
        s.painted(generation);
        assert!(s.whole_page);
    }

    #[test]
    fn show_more_adds_a_page_and_a_change_goes_back_to_the_first() {
        let matching: Vec<usize> = (0..250).collect();
        let mut s = state();
        assert!(s.has_more(matching.len()));
        s.show_more();
        assert_eq!(s.shown(&matching, None).len(), 2 * PAGE_SIZE);
        s.show_more();
        assert!(!s.has_more(matching.len()));
        assert_eq!(s.shown(&matching, None).len(), 250);
        s.change_filters(|q| toggle(&mut q.open_to, OpenTo::Speaking));
        assert_eq!(s.limit, PAGE_SIZE);
    }
}
