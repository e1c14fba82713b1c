//! The screen's styles. Text keeps the terminal's own colours, bold or italic where it must
//! stand out; colour marks only symbols (`!`, `!!`, `✗`, a late step's box, the timeline's
//! diamonds), with the two colours that keep 3:1 against a black and a white background in
//! the usual default palettes (docs/accessibility.md has the measures). Nothing has a
//! background colour, and the selection is reverse video, so every theme reads.

use ratatui::style::{Color, Modifier, Style};

use crate::procedure::{StepState, StepStatus, Urgency};

pub const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
/// Text that must stand out: the next step, a late step.
pub const STRONG: Style = Style::new().add_modifier(Modifier::BOLD);
/// The selection: reverse video, which `NO_COLOR` keeps.
pub const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
pub const LABEL: Style = Style::new().add_modifier(Modifier::BOLD);
pub const ITALIC: Style = Style::new().add_modifier(Modifier::ITALIC);
pub const LINK: Style = Style::new().add_modifier(Modifier::UNDERLINED);
pub const KEY: Style = Style::new().add_modifier(Modifier::BOLD);
/// What is not text: separators, the timeline's track, a field's placeholder.
pub const FAINT: Style = Style::new().add_modifier(Modifier::DIM);

/// The mark of what is late or wrong: red (3.6:1 on black, 5.8:1 on white in xterm).
pub const MARK_LATE: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
/// The mark of what is soon, or worth a look: magenta (4.5:1 and 4.7:1), where yellow
/// would be 1.7:1 on white.
pub const MARK_SOON: Style = Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD);
/// The mark of what went well or is done: the text's own colour, which always reads (green
/// is 2.2:1 on white).
pub const MARK_DONE: Style = Style::new().add_modifier(Modifier::BOLD);

/// A step's text: bold when it is late, plain otherwise.
pub fn text(status: &StepStatus) -> Style {
    match (status.state, status.urgency()) {
        (StepState::Open, Some(Urgency::Overdue)) => STRONG,
        _ => Style::new(),
    }
}

/// A step's mark (its box, its diamond): red late, magenta soon, plain otherwise.
pub fn mark(status: &StepStatus) -> Style {
    match status.state {
        StepState::Open => of_urgency(status.urgency()),
        StepState::Done(_) | StepState::Skipped => MARK_DONE,
    }
}

/// The mark of an urgency: red overdue, magenta soon, plain otherwise.
pub fn of_urgency(urgency: Option<Urgency>) -> Style {
    match urgency {
        Some(Urgency::Overdue) => MARK_LATE,
        Some(Urgency::Soon) => MARK_SOON,
        _ => Style::new(),
    }
}
