//! The mouse, where people expect it: a click selects a step, a click on its box ticks it,
//! the wheel scrolls, a click outside a dialog closes it.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::super::bindings::Action;
use super::super::model::{Mode, Model};
use super::super::screen::{CHECKBOX_COLUMNS, Measure, Regions};
use super::{Effect, act};

pub fn mouse(model: &mut Model, event: MouseEvent, measure: Measure) -> Option<Effect> {
    if model.too_small() {
        return None;
    }
    let at = Position::new(event.column, event.row);
    let area = Rect::new(0, 0, model.size.0, model.size.1);
    let regions = measure(model, area);
    match event.kind {
        MouseEventKind::ScrollUp | MouseEventKind::ScrollDown => {
            let down = event.kind == MouseEventKind::ScrollDown;
            wheel(model, down, &regions, measure)
        }
        MouseEventKind::Down(MouseButton::Left) => {
            if let Some(dialog) = regions.dialog {
                // A click outside a dialog closes it, as Esc does.
                if !dialog.contains(at) {
                    return act(model, Action::Close, measure);
                }
                return None;
            }
            let Mode::Checklist = model.mode else {
                return None;
            };
            let (step, row) = regions.rows.iter().find(|(_, row)| row.contains(at))?;
            model.selected = *step;
            model.revealed = false;
            model.details_scroll = 0;
            // The box ticks, like Space.
            if at.x < row.x + CHECKBOX_COLUMNS {
                return act(model, Action::Tick, measure);
            }
            None
        }
        _ => None,
    }
}

/// The wheel scrolls what is open: the details on the list, never past their end as
/// `regions` measured them; the text of an overlay, as its keys do.
fn wheel(model: &mut Model, down: bool, regions: &Regions, measure: Measure) -> Option<Effect> {
    let action = match (&model.mode, down) {
        (Mode::Checklist, true) => {
            model.details_scroll = model
                .details_scroll
                .saturating_add(1)
                .min(regions.details_hidden);
            return None;
        }
        (Mode::Checklist, false) => {
            model.details_scroll = model.details_scroll.saturating_sub(1);
            return None;
        }
        (Mode::Reading { .. } | Mode::Mail { .. }, true) => Action::Down,
        (Mode::Reading { .. } | Mode::Mail { .. }, false) => Action::Up,
        _ => return None,
    };
    act(model, action, measure)
}
