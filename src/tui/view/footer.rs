//! The footer: the last message, wrapped onto a second line and shortened after that (the
//! whole of it one key away), or else the keys that act here, generated from the bindings
//! table and chosen by what they can do on the selected step.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::style::{FAINT, KEY, MARK_DONE, MARK_LATE, MARK_SOON};
use ratatui::Frame;

use super::{at_most, height_of, marked};
use crate::procedure::{MAX_NOTE_CHARS, Step};
use crate::text::width;
use crate::tui::bindings::{self, Action, Context, Key};
use crate::tui::model::{Mode, Model, Notice};
use crate::tui::refusal::refusal;

/// The most lines a message takes; a longer one ends with `…`.
const NOTICE_LINES: usize = 2;

/// Keys shown whatever the width: the one people need most, and the ways out.
const ESSENTIAL: [Action; 10] = [
    Action::Tick,
    Action::Help,
    Action::Quit,
    Action::Close,
    Action::Submit,
    Action::Save,
    Action::Yes,
    Action::No,
    Action::First,
    Action::Second,
];

/// How much a hint matters, 0 most: the ways in and out, then moving, then what the
/// selected step is for on the list (the e-mail on the attestation, the number on the NIA
/// and the NIR, the page elsewhere), then its other actions (the PDF, the small tasks), then
/// the rest.
fn importance(model: &Model, action: Action) -> u8 {
    if ESSENTIAL.contains(&action) {
        return 0;
    }
    if action == Action::Up {
        return 1;
    }
    if model.context() != Context::List {
        return 4;
    }
    let step = model.selected;
    let main = match step {
        Step::Attestation => Action::Mail,
        Step::Nia | Step::Nir => Action::Number,
        Step::Request | Step::Ensap => Action::Open,
    };
    let tasks =
        step == model.progress.tasks_step() && matches!(action, Action::Task1 | Action::Task2);
    if action == main {
        2
    } else if tasks || (step == Step::Attestation && action == Action::Pdf) {
        3
    } else {
        4
    }
}

/// A message's symbol, which says what kind it is without colour, and the symbol's colour.
fn notice_mark(notice: &Notice) -> (&'static str, Style, &str) {
    match notice {
        Notice::Error(text) => ("✗ ", MARK_LATE, text),
        Notice::Info(text) => ("✓ ", MARK_DONE, text),
        Notice::Warning(text) => ("! ", MARK_SOON, text),
        Notice::Hint(text) => ("", Style::new(), text),
    }
}

/// The lines of a message at `width`, all of them: its text in the terminal's colour.
fn notice_lines(notice: &Notice, width: u16) -> Vec<Line<'static>> {
    let (mark, colour, text) = notice_mark(notice);
    marked(mark, colour, text, width, Style::new())
}

/// Whether a message was too long for the footer and had to be shortened.
pub fn shortened(notice: &Notice, width: u16) -> bool {
    notice_lines(notice, width).len() > NOTICE_LINES
}

/// The footer's height: one line, two for a message that needs them.
pub fn height(model: &Model, width: u16) -> u16 {
    match &shown_notice(model) {
        Some(notice) => height_of(&notice_lines(notice, width)).clamp(1, NOTICE_LINES as u16),
        None => 1,
    }
}

pub fn render(frame: &mut Frame, area: Rect, model: &Model) {
    let lines = match &shown_notice(model) {
        Some(notice) => at_most(notice_lines(notice, area.width), NOTICE_LINES, area.width),
        None => vec![key_hints(model, area.width)],
    };
    frame.render_widget(super::text_lines(&lines, 0), area);
}

/// The message the footer shows: the model's, or a note past its limit, counted as it is
/// typed (the note's own box scrolls with its cursor, the footer stays in view).
fn shown_notice(model: &Model) -> Option<Notice> {
    if let Mode::Note { field, .. } = &model.mode {
        let count = field.text().chars().count();
        if count > MAX_NOTE_CHARS {
            return Some(Notice::Error(
                model.texts().note_count(count, MAX_NOTE_CHARS),
            ));
        }
    }
    model.notice.clone()
}

/// A key hint: the key as the keyboard writes it, and what it does in a word or two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub keys: String,
    pub does: &'static str,
    pub action: Action,
}

/// The hints of the current context, in the table's order: only the keys that act here.
pub fn hints(model: &Model) -> Vec<Hint> {
    let texts = model.texts();
    let context = model.context();
    bindings::of(context)
        .filter(|binding| binding.footer && acts(model, context, binding.action))
        .map(|binding| Hint {
            keys: hint_keys(model, context, binding.action, binding.keys),
            does: binding.action.describe(texts).0,
            action: binding.action,
        })
        .collect()
}

/// Whether a key does something here, for the footer to show it.
fn acts(model: &Model, context: Context, action: Action) -> bool {
    match (context, action) {
        // Only after a message that had to be shortened.
        (_, Action::WholeMessage) => model
            .dismissed
            .as_ref()
            .is_some_and(|notice| shortened(notice, model.size.0)),
        (Context::List, action) => refusal(model, action).is_none(),
        _ => true,
    }
}

/// How a hint writes its keys: the first one, the arrows together, and "yes" with the
/// letter of the user's language.
fn hint_keys(model: &Model, context: Context, action: Action, keys: &[Key]) -> String {
    let texts = model.texts();
    if action == Action::Up && bindings::action(context, Key::Down) == Some(Action::Down) {
        return "↑↓".to_owned();
    }
    let yes = texts.yes().chars().next().map(|c| c.to_ascii_lowercase());
    let key = match action {
        Action::Yes => keys
            .iter()
            .find(|key| Some(**key) == yes.map(Key::Char))
            .or(keys.first()),
        _ => keys.first(),
    };
    key.map(|key| key.name(texts)).unwrap_or_default()
}

/// As many hints as fit in `width`, the essential ones first whatever the width, then the
/// others in the table's order.
fn key_hints(model: &Model, width_: u16) -> Line<'static> {
    let hints = hints(model);
    let cost = |hint: &Hint| width(&hint.keys) + 1 + width(hint.does);
    let separator = 3;
    let mut budget = usize::from(width_);
    let mut shown = vec![false; hints.len()];
    // The ways in and out first, then what the selected step is for, then the rest, each in
    // the table's order: a narrow window or a longer language drops the least useful.
    for rank in 0..5 {
        for (i, hint) in hints.iter().enumerate() {
            let needed = cost(hint)
                + if budget < usize::from(width_) {
                    separator
                } else {
                    0
                };
            if importance(model, hint.action) == rank && !shown[i] && needed <= budget {
                shown[i] = true;
                budget -= needed;
            }
        }
    }
    let mut spans = Vec::new();
    for hint in hints
        .iter()
        .zip(&shown)
        .filter(|(_, shown)| **shown)
        .map(|(h, _)| h)
    {
        if !spans.is_empty() {
            spans.push(Span::styled(" · ", FAINT));
        }
        spans.push(Span::styled(hint.keys.clone(), KEY));
        spans.push(Span::raw(format!(" {}", hint.does)));
    }
    Line::from(spans)
}
