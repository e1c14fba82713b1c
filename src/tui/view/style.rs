//! The screen's styles: foreground colours only, so that a light or a dark terminal keeps its
//! own background, and every colour repeats a symbol or a word for `NO_COLOR` and for
//! colour-blind readers.

use ratatui::style::{Color, Modifier, Style};

use crate::procedure::{StepState, StepStatus, Urgency};

pub const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
pub const DONE: Style = Style::new().fg(Color::Green);
pub const SKIPPED: Style = Style::new().fg(Color::DarkGray);
pub const SOON: Style = Style::new().fg(Color::Yellow);
pub const OVERDUE: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
/// The selection: reverse video, which `NO_COLOR` keeps.
pub const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
pub const LABEL: Style = Style::new().add_modifier(Modifier::BOLD);
pub const DIM: Style = Style::new().add_modifier(Modifier::DIM);
pub const ITALIC: Style = Style::new().add_modifier(Modifier::ITALIC);
pub const LINK: Style = Style::new().add_modifier(Modifier::UNDERLINED);
pub const ITALIC_DIM: Style = Style::new().add_modifier(Modifier::DIM.union(Modifier::ITALIC));
pub const ERROR: Style = Style::new().fg(Color::Red);
pub const KEY: Style = Style::new().add_modifier(Modifier::BOLD);

/// The colour of a step's row: green done, grey not needed, yellow soon, red late.
pub fn urgency(status: &StepStatus) -> Style {
    match (status.state, status.urgency()) {
        (StepState::Done(_), _) => DONE,
        (StepState::Skipped, _) => SKIPPED,
        (StepState::Open, urgency) => of_urgency(urgency),
    }
}

/// Red overdue, yellow soon, plain otherwise.
pub fn of_urgency(urgency: Option<Urgency>) -> Style {
    match urgency {
        Some(Urgency::Overdue) => OVERDUE,
        Some(Urgency::Soon) => SOON,
        _ => Style::new(),
    }
}
