//! When the app may replace the prerendered page: once every load its first render had to
//! start (documents the page did not carry) has settled. Until then the visitor keeps
//! reading the prerendered page instead of seeing a loading state flash in its place.
//!
//! A load that cannot be answered at once holds a [`Hold`]; the takeover waits for all
//! holds to be released, then for one more task so that the app has rendered what arrived.

use std::cell::{Cell, RefCell};

thread_local! {
    static HOLDS: Cell<usize> = const { Cell::new(0) };
    static WAITING: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
}

/// Keeps the takeover waiting while it lives.
#[must_use]
pub struct Hold(());

impl Hold {
    pub fn start() -> Self {
        HOLDS.set(HOLDS.get() + 1);
        Hold(())
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        HOLDS.set(HOLDS.get() - 1);
        if HOLDS.get() == 0 {
            after_current_task(release);
        }
    }
}

/// Runs `take_over` once the app's first render is complete: after the current task (the
/// router renders the page in microtasks, where its loads start), and once every load that
/// render started has settled.
#[cfg_attr(not(feature = "web"), allow(dead_code))] // only the browser app takes over
pub fn when_first_render_settled(take_over: impl FnOnce() + 'static) {
    after_current_task(move || when_settled(take_over));
}

/// Runs `callback` now if nothing holds the takeover, else once everything has let go.
#[cfg_attr(not(feature = "web"), allow(dead_code))]
fn when_settled(callback: impl FnOnce() + 'static) {
    if HOLDS.get() == 0 {
        callback();
    } else {
        WAITING.with_borrow_mut(|w| w.push(Box::new(callback)));
    }
}

/// Runs the waiting callbacks if nothing took a new hold in the meantime.
fn release() {
    if HOLDS.get() > 0 {
        return;
    }
    for callback in WAITING.with_borrow_mut(std::mem::take) {
        callback();
    }
}

/// In the browser, after the current task and its microtasks (where the app renders what a
/// settled load returned); on the host, at once.
fn after_current_task(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
    #[cfg(not(target_arch = "wasm32"))]
    f();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn the_takeover_waits_for_every_hold() {
        let ran = Rc::new(Cell::new(0));
        let first = Hold::start();
        let second = Hold::start();
        let counter = ran.clone();
        when_settled(move || counter.set(counter.get() + 1));
        drop(first);
        assert_eq!(ran.get(), 0, "one load still pending");
        drop(second);
        assert_eq!(ran.get(), 1);
        // Nothing pending: at once, and only once for the earlier callback.
        let counter = ran.clone();
        when_settled(move || counter.set(counter.get() + 10));
        assert_eq!(ran.get(), 11);
    }
}
