//! What the visitor did on the prerendered page before the app arrived survives the
//! takeover: text typed into fields (and the caret), ticked boxes and chosen options, open
//! `<details>` (the menus, the filters), the focus and the scroll position. The app renders
//! its own page beside the prerendered one; just before it replaces it, [`Snapshot::take`]
//! reads the prerendered page's state, and [`Snapshot::apply`] gives it to the app's page
//! the way the visitor would have: setting each value and sending the `input` or `change`
//! event the app listens to, so that the app acts on it (filters the directory, writes the
//! URL, checks the join form).
//!
//! Controls are matched by `id`, else by `name` (and `value`, for checkboxes and radio
//! buttons); `<details>` by `id`. Why not Leptos hydration, which keeps the prerendered DOM:
//! see docs/decisions (the hydration measurement).

use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, EventInit, HtmlDetailsElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
};

/// One form control's state.
struct Field {
    id: String,
    name: String,
    /// For checkboxes and radio buttons: which of several with the same name.
    value_key: Option<String>,
    value: String,
    checked: bool,
    /// Whether the visitor changed it from what the page was served with.
    changed: bool,
    focused: bool,
    selection: Option<(u32, u32)>,
}

/// The visitor's state on the prerendered page.
pub struct Snapshot {
    fields: Vec<Field>,
    open: Vec<(String, bool)>,
    scroll: (f64, f64),
}

fn is_checkable(input: &HtmlInputElement) -> bool {
    matches!(input.type_().as_str(), "checkbox" | "radio")
}

fn controls(root: &Element) -> Vec<Element> {
    let Ok(list) = root.query_selector_all("input, select, textarea") else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn details(root: &Element) -> Vec<HtmlDetailsElement> {
    let Ok(list) = root.query_selector_all("details[id]") else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlDetailsElement>().ok()).collect()
}

impl Field {
    fn read(element: &Element, active: Option<&Element>) -> Option<Field> {
        let focused = active == Some(element);
        let mut field = Field {
            id: element.id(),
            name: element.get_attribute("name").unwrap_or_default(),
            value_key: None,
            value: String::new(),
            checked: false,
            changed: false,
            focused,
            selection: None,
        };
        if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
            if is_checkable(input) {
                field.value_key = Some(input.value());
                field.checked = input.checked();
                field.changed = input.checked() != input.default_checked();
            } else {
                field.value = input.value();
                field.changed = input.value() != input.default_value();
                let start = input.selection_start().ok().flatten();
                let end = input.selection_end().ok().flatten();
                field.selection = start.zip(end);
            }
        } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
            field.value = area.value();
            field.changed = area.default_value().is_ok_and(|default| area.value() != default);
        } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
            field.value = select.value();
            let options = select.options();
            field.changed = (0..options.length())
                .filter_map(|i| options.item(i)?.dyn_into::<web_sys::HtmlOptionElement>().ok())
                .any(|o| o.selected() != o.default_selected());
        }
        // Only what the visitor did: the app's page already shows what the URL says.
        let named = !field.id.is_empty() || !field.name.is_empty();
        (named && (field.changed || field.focused)).then_some(field)
    }

    /// Whether `element` is this field on the app's page.
    fn is(&self, element: &Element) -> bool {
        if !self.id.is_empty() {
            return element.id() == self.id;
        }
        if element.get_attribute("name").as_deref() != Some(self.name.as_str()) {
            return false;
        }
        match (&self.value_key, element.dyn_ref::<HtmlInputElement>()) {
            (Some(key), Some(input)) => is_checkable(input) && input.value() == *key,
            (None, Some(input)) => !is_checkable(input),
            (None, None) => true,
            (Some(_), None) => false,
        }
    }

    /// Gives the app's `element` this state, as the visitor's own change would.
    fn apply(&self, element: &Element) {
        let changed_event = if !self.changed {
            None
        } else if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
            if is_checkable(input) {
                (input.checked() != self.checked).then(|| {
                    input.set_checked(self.checked);
                    "change"
                })
            } else {
                (input.value() != self.value).then(|| {
                    input.set_value(&self.value);
                    "input"
                })
            }
        } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
            (area.value() != self.value).then(|| {
                area.set_value(&self.value);
                "input"
            })
        } else if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
            (select.value() != self.value).then(|| {
                select.set_value(&self.value);
                "change"
            })
        } else {
            None
        };
        if let Some(kind) = changed_event {
            let init = EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = Event::new_with_event_init_dict(kind, &init) {
                let _ = element.dispatch_event(&event);
            }
        }
        if self.focused {
            if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
            if let (Some(input), Some((start, end))) = (element.dyn_ref::<HtmlInputElement>(), self.selection) {
                let _ = input.set_selection_range(start, end);
            }
        }
    }
}

impl Snapshot {
    /// The state of the prerendered page under `root`.
    pub fn take(root: &Element) -> Snapshot {
        let document = leptos::prelude::document();
        let active = document.active_element();
        let window = leptos::prelude::window();
        Snapshot {
            fields: controls(root).iter().filter_map(|c| Field::read(c, active.as_ref())).collect(),
            // Served closed: an open one was opened by the visitor.
            open: details(root).iter().filter(|d| d.open()).map(|d| (d.id(), true)).collect(),
            scroll: (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0)),
        }
    }

    /// Gives the app's page under `root`, now in the document, the same state.
    pub fn apply(&self, root: &Element) {
        for details in details(root) {
            if let Some((_, open)) = self.open.iter().find(|(id, _)| *id == details.id()) {
                if details.open() != *open {
                    details.set_open(*open);
                }
            }
        }
        let app_controls = controls(root);
        // Changes first, focus last, so that the focused field keeps the caret.
        let (focused, others): (Vec<&Field>, Vec<&Field>) = self.fields.iter().partition(|f| f.focused);
        for field in others.into_iter().chain(focused) {
            if let Some(element) = app_controls.iter().find(|e| field.is(e)) {
                field.apply(element);
            }
        }
        leptos::prelude::window().scroll_to_with_x_and_y(self.scroll.0, self.scroll.1);
    }
}

/// Moves what the app does not render itself from the prerendered page into the app's:
/// the children of each element marked `data-keep` (the directory's map) go into the
/// element with the same id on the app's page, as they are. Returns the element that had
/// the keyboard focus if it moved: moving loses the focus, which [`refocus`] gives back
/// once the app's page is in the document.
pub fn move_kept_parts(prerendered: &Element, root: &Element) -> Option<Element> {
    let kept = prerendered.query_selector_all("[data-keep][id]").ok()?;
    let active = leptos::prelude::document().active_element();
    for i in 0..kept.length() {
        let Some(from) = kept.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let Ok(Some(to)) = root.query_selector(&format!("#{}", from.id())) else { continue };
        if to.child_element_count() > 0 {
            continue;
        }
        while let Some(child) = from.first_child() {
            let _ = to.append_child(&child);
        }
    }
    active.filter(|a| root.contains(Some(a)))
}

/// Gives the focus back to `element` (an HTML or an SVG element).
pub fn refocus(element: &Element) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    } else if let Some(element) = element.dyn_ref::<web_sys::SvgElement>() {
        let _ = element.focus();
    }
}
