//! The checklist: the title and its gauge, what comes next, the list of steps, and the
//! selected step's details (or the timeline in their place).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::layout::{Measured, Regions, tall};
use super::style::{self, FAINT, ITALIC, LABEL, LINK, MARK_LATE, STRONG, TITLE};
use super::{
    at_most, bordered, colour_part, labelled, marked, ruled, split_last_columns, text_line,
    text_lines, timeline, wrapped,
};
use crate::details::FieldKind;
use crate::i18n::Texts;
use crate::procedure::{Step, StepState};
use crate::report;
use crate::text::{pad, shorten_address, truncate, width};
use crate::tui::model::Model;

/// From this width the title says what `secu` is.
const WIDE_TITLE: u16 = 60;
/// Columns between two columns of the list: two where they fit, one before giving up the
/// wide layout (French needs it at 80 columns).
const GAPS: [usize; 2] = [2, 1];

pub fn render(frame: &mut Frame, regions: &Regions, model: &Model, measured: Measured) {
    render_title(frame, regions.title, model);
    let Measured {
        next,
        since,
        details,
    } = measured;
    let width = regions.next.width;
    let next = at_most(next, usize::from(regions.next.height), width);
    frame.render_widget(text_lines(&next, 0), regions.next);
    let since = at_most(since, usize::from(regions.since.height), width);
    frame.render_widget(text_lines(&since, 0), regions.since);
    let tall = tall(frame.area());
    if model.timeline {
        timeline::render(frame, regions.main, model, tall);
        return;
    }
    render_steps(frame, regions.main, model, tall);
    render_details(frame, regions, model, tall, details);
}

/// The name at the top left, with what it is where the width allows.
pub fn app_title(texts: &dyn Texts, width: u16) -> String {
    if width >= WIDE_TITLE {
        format!("secu · {}", texts.app_title())
    } else {
        "secu".to_owned()
    }
}

fn render_title(frame: &mut Frame, area: Rect, model: &Model) {
    let texts = model.texts();
    // Skipped steps are not done, they are not needed: "0 of 2 done" on the registered path.
    let done = model.progress.done_count();
    let total = model.progress.owed_count();
    let words = texts.progress_gauge(done, total);
    let boxes: String = (0..total)
        .map(|i| if i < done { '■' } else { '□' })
        .collect();
    let gauge = if model.plain {
        // Read aloud, the boxes are "black square, white square": the words say it all.
        words
    } else if model.ascii {
        // Put into ASCII with the rest of the frame they read as a rule (`##---`):
        // brackets make them a gauge.
        format!("{words} [{boxes}]")
    } else {
        format!("{words} {boxes}")
    };
    let gauge_width = u16::try_from(width(&gauge)).unwrap_or(0);
    let [left, right] = split_last_columns(area, gauge_width);
    text_line(frame, left, app_title(texts, area.width), TITLE);
    text_line(frame, right, gauge, TITLE);
}

/// What comes next, and what happened since the last visit (or why the file cannot be read
/// any more, above all else), wrapped at `width`.
pub fn header(model: &Model, width: u16) -> (Vec<Line<'static>>, Vec<Line<'static>>) {
    let texts = model.texts();
    let urgency = model
        .progress
        .next()
        .and_then(|_| model.progress.next_urgency(model.today));
    let next = marked(
        report::mark(urgency),
        style::of_urgency(urgency),
        &report::next_line(texts, &model.progress, model.today),
        width,
        STRONG,
    );
    let since = match &model.file_problem {
        Some(problem) => marked("✗ ", MARK_LATE, problem, width, Style::new()),
        None => model
            .since_last_visit
            .map(|s| wrapped(&texts.since_last(s), width, Style::new()))
            .unwrap_or_default(),
    };
    (next, since)
}

/// The inside of the list's area: framed on a tall window.
fn list_inner(area: Rect, tall: bool) -> Rect {
    if tall { bordered("").inner(area) } else { area }
}

/// Each step's row in the list.
pub fn rows(area: Rect, tall: bool) -> Vec<(Step, Rect)> {
    let inner = list_inner(area, tall);
    Step::ALL.into_iter().zip(inner.rows()).collect()
}

/// A row's cells, wide (number and title, when, days or number) or compact (short name,
/// days or date): the wide ones where they fit whole in this language, else the compact.
fn row_cells(model: &Model, step: Step, wide: bool) -> [String; 3] {
    let texts = model.texts();
    let status = model.progress.status(step, model.today);
    if wide {
        let days_or_number = match model.shown_number(step) {
            Some(number) if step.has_number() => number,
            _ => report::days(texts, &status),
        };
        [
            format!("{} {}", step.index() + 1, texts.step_title(step)),
            report::when(texts, &status),
            days_or_number,
        ]
    } else {
        // The days left say more than the date, which the details give.
        let summary = match status.state {
            StepState::Done(on) => texts.date_figures(on),
            StepState::Skipped => texts.not_needed().to_owned(),
            StepState::Open if status.days_left.is_some() || status.late.is_some() => {
                report::days(texts, &status)
            }
            StepState::Open => texts.no_fixed_date().to_owned(),
        };
        [texts.step_short(step).to_owned(), summary, String::new()]
    }
}

/// The width of each column: the widest cell of each.
fn column_widths(cells: &[[String; 3]]) -> [usize; 3] {
    let mut widths = [0; 3];
    for row in cells {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    widths
}

/// The columns a list of `widths` takes with `gap` between its cells: the mark and the box,
/// then the cells.
fn row_width(widths: &[usize; 3], gap: usize) -> usize {
    let used = widths.iter().filter(|&&w| w > 0).count();
    usize::from(super::layout::CHECKBOX_COLUMNS)
        + 1
        + widths.iter().sum::<usize>()
        + gap * used.saturating_sub(1)
}

fn render_steps(frame: &mut Frame, area: Rect, model: &Model, tall: bool) {
    let texts = model.texts();
    let inner = list_inner(area, tall);
    let wide_cells: Vec<[String; 3]> = Step::ALL
        .iter()
        .map(|&s| row_cells(model, s, true))
        .collect();
    let wide_widths = column_widths(&wide_cells);
    // The compact layout starts where the wide one would be cut, in this language.
    let room = usize::from(inner.width);
    let wide_gap = GAPS
        .into_iter()
        .find(|&gap| row_width(&wide_widths, gap) <= room);
    let (cells, widths, gap) = match wide_gap {
        Some(gap) => (wide_cells, wide_widths, gap),
        None => {
            let cells: Vec<[String; 3]> = Step::ALL
                .iter()
                .map(|&s| row_cells(model, s, false))
                .collect();
            let widths = column_widths(&cells);
            (cells, widths, GAPS[0])
        }
    };
    let lines: Vec<Line> = Step::ALL
        .iter()
        .zip(&cells)
        .map(|(&step, row)| {
            let status = model.progress.status(step, model.today);
            let selected = step == model.selected;
            let mut text = format!(
                "{}{} ",
                if selected { "› " } else { "  " },
                report::checkbox(status.state)
            );
            let last = row.iter().rposition(|cell| !cell.is_empty()).unwrap_or(0);
            for (i, (cell, &w)) in row.iter().zip(&widths).enumerate().take(last + 1) {
                if i == last {
                    text.push_str(cell);
                } else {
                    text.push_str(&pad(cell, w + gap));
                }
            }
            let text = truncate(&text, usize::from(inner.width)).into_owned();
            if selected {
                // The selection is a bar across the whole row, in reverse video only.
                Line::styled(pad(&text, usize::from(inner.width)), style::SELECTED)
            } else {
                // Only the box is coloured: it follows the two blank columns of the selection
                // mark.
                let mut line = Line::styled(text, style::text(&status));
                colour_part(&mut line, 2..5, style::mark(&status));
                line
            }
        })
        .collect();
    if tall {
        frame.render_widget(bordered(texts.steps_title()), area);
    }
    frame.render_widget(text_lines(&lines, 0), inner);
}

/// The details' title, over a rule on a tall window; none on a short one, so that every
/// line and column goes to the text.
fn details_title(model: &Model, tall: bool) -> Option<String> {
    let step = model.selected;
    tall.then(|| format!("{} {}", step.index() + 1, model.texts().step_title(step)))
}

/// Where the details' text goes in their `area`.
pub fn details_inner(area: Rect, tall: bool) -> Rect {
    if tall { ruled("").inner(area) } else { area }
}

/// The first `enough` lines of the selected step's details, wrapped for their `area`: the
/// text after them is not wrapped at all, not even the rest of a long field.
pub fn detail_lines(model: &Model, area: Rect, tall: bool, enough: usize) -> Vec<Line<'static>> {
    let width = details_inner(area, tall).width;
    let step = model.selected;
    let status = model.progress.status(step, model.today);
    let fields = model.details(step);
    // The labels this step shows set the column: no room lost to one it does not.
    let label_width = fields
        .iter()
        .map(|field| crate::text::width(field.label))
        .max()
        .unwrap_or(0)
        + 1;
    // Where a label would leave too little room for its text, labels go on their own line.
    let stacked = label_width + 20 > usize::from(width);
    fields
        .iter()
        .flat_map(|field| {
            let style = match field.kind {
                FieldKind::When => style::text(&status),
                FieldKind::Late => STRONG,
                FieldKind::Number => LABEL,
                FieldKind::Note | FieldKind::Translation => ITALIC,
                FieldKind::Link => LINK,
                FieldKind::Task { .. } | FieldKind::Sheet | FieldKind::Plain => Style::new(),
            };
            let (label, indent) = if stacked {
                ("", 2)
            } else {
                (field.label, label_width)
            };
            let own_line = (stacked && !field.label.is_empty())
                .then(|| Line::styled(field.label.to_owned(), LABEL));
            let link = field.kind == FieldKind::Link;
            // An address is never wrapped: a piece of it would be a broken link.
            let address = link.then(|| {
                let room = usize::from(width).saturating_sub(indent);
                Line::from(vec![
                    Span::styled(pad(label, indent), LABEL),
                    Span::styled(shorten_address(&field.text, room).into_owned(), style),
                ])
            });
            let text = (!link).then(|| labelled(label, indent, &field.text, style, width));
            own_line
                .into_iter()
                .chain(address)
                .chain(text.into_iter().flatten())
        })
        .take(enough)
        .collect()
}

fn render_details(
    frame: &mut Frame,
    regions: &Regions,
    model: &Model,
    tall: bool,
    lines: Vec<Line<'static>>,
) {
    let (area, hidden) = (regions.details, regions.details_hidden);
    if area.height == 0 {
        return;
    }
    let inner = details_inner(area, tall);
    let scroll = model.details_scroll.min(hidden);
    if let Some(title) = details_title(model, tall) {
        frame.render_widget(ruled(&title), area);
    }
    let text = Rect {
        height: regions.details_shown.min(inner.height),
        ..inner
    };
    frame.render_widget(text_lines(&lines, scroll), text);
    // Say that there is more, on a last line of its own, rather than cut silently.
    if scroll < hidden && inner.height > 0 {
        let texts = model.texts();
        let key = crate::tui::bindings::Key::PageDown.name(texts);
        // The words where there is room for them; the arrow and the key always.
        let more = if inner.width >= WIDE_TITLE {
            format!("↓ {} ({key})", texts.more_below())
        } else {
            format!("↓ {key}")
        };
        let more_width = u16::try_from(width(&more))
            .unwrap_or(u16::MAX)
            .min(inner.width);
        let at = Rect::new(
            inner.right() - more_width,
            inner.bottom() - 1,
            more_width,
            1,
        );
        frame.render_widget(ratatui::widgets::Clear, at);
        text_line(frame, at, more, FAINT);
    }
}
