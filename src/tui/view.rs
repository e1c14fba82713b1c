//! Drawing the model: header, steps, details, footer and the overlays. No side effects.

use chrono::{Datelike, Months, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Row, Table, TableState};

use super::details::{FieldKind, detail_fields, shown_number};
use super::model::{Mode, Model, Notice, Question, Setup, TextField};
use crate::export::Draft;
use crate::i18n::{KeyHelp, Texts, sheet};
use crate::procedure::{
    Progress, Step, StepState, StepStatus, Urgency, end_of_month, links, school_year,
};
use crate::report;
use crate::text::{inert_cut, pad, shown, width, wrap};

/// Below this the layout cannot be read: one line says so instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// Below this width, short step names and no date column.
const WIDE: u16 = 60;
/// Below this height, the list loses its border to leave room for the details.
const TALL: u16 = 20;

// Foreground colours only, so that a light or a dark terminal keeps its own background; every
// colour has a symbol or a word beside it for NO_COLOR and colour-blind readers.
const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
const DONE: Style = Style::new().fg(Color::Green);
const SKIPPED: Style = Style::new().fg(Color::DarkGray);
const SOON: Style = Style::new().fg(Color::Yellow);
const OVERDUE: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
const LABEL: Style = Style::new().add_modifier(Modifier::BOLD);
const DIM: Style = Style::new().add_modifier(Modifier::DIM);
const ITALIC: Style = Style::new().add_modifier(Modifier::ITALIC);
const LINK: Style = Style::new().add_modifier(Modifier::UNDERLINED);
const ITALIC_DIM: Style = Style::new().add_modifier(Modifier::DIM.union(Modifier::ITALIC));
const ERROR: Style = Style::new().fg(Color::Red);
const KEY: Style = Style::new().add_modifier(Modifier::BOLD);

pub fn view(model: &Model, frame: &mut Frame) {
    let area = frame.area();
    let texts = model.texts();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        frame.render_widget(Paragraph::new(texts.too_small()).style(ERROR), area);
        return;
    }
    match &model.mode {
        Mode::Setup(setup) => render_setup(frame, area, texts, setup),
        _ => render_checklist(frame, area, model),
    }
    match &model.mode {
        Mode::Help { scroll } => render_help(frame, area, texts, *scroll),
        Mode::Glossary { scroll } => render_glossary(frame, area, texts, *scroll),
        Mode::EnterDate { step, field } => render_field(
            frame,
            area,
            texts.step_title(*step),
            texts.date_prompt(),
            field,
            texts.date_field_keys(),
        ),
        Mode::EnterNumber { step, field, .. } => render_field(
            frame,
            area,
            texts.step_title(*step),
            texts.number_prompt(*step),
            field,
            texts.number_field_keys(),
        ),
        Mode::ConfirmUntick { step } => render_confirm(frame, area, model, *step),
        Mode::ChooseLink { step } => render_choose_link(frame, area, texts, *step),
        Mode::Mail => render_mail(frame, area, model),
        Mode::EditNote { step, field } => render_note(frame, area, texts, *step, field),
        Mode::EnterPdf { field } => render_field(
            frame,
            area,
            texts.pdf_label(),
            texts.pdf_prompt(),
            field,
            texts.date_field_keys(),
        ),
        Mode::Checklist | Mode::Setup(_) => {}
    }
}

fn urgency_style(status: &StepStatus) -> Style {
    match (status.state, status.days_left.map(|d| d.urgency())) {
        (StepState::Done(_), _) => DONE,
        (StepState::Skipped, _) => SKIPPED,
        (StepState::Open, Some(Urgency::Overdue)) => OVERDUE,
        (StepState::Open, Some(Urgency::Soon)) => SOON,
        (StepState::Open, _) => Style::new(),
    }
}

/// A text wrapped at `width` into styled lines: wrapping here rather than in the widget
/// gives the exact height to lay out.
fn wrapped(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(|line| Line::styled(shown(line).to_owned(), style))
        .collect()
}

/// The height of `lines`, for a layout constraint.
fn height_of(lines: &[Line]) -> u16 {
    u16::try_from(lines.len()).unwrap_or(u16::MAX)
}

fn render_checklist(frame: &mut Frame, area: Rect, model: &Model) {
    let texts = model.texts();
    let next_status = model
        .progress
        .next()
        .map(|step| model.progress.status(step, model.today));
    let (mark, next_style) = match &next_status {
        Some(status) => (report::urgency_mark(status), urgency_style(status)),
        None => ("", DONE),
    };
    let next = format!(
        "{mark}{}",
        report::next_line(texts, &model.progress, model.today)
    );
    let mut next_lines = wrapped(&next, area.width, next_style.add_modifier(Modifier::BOLD));
    // Never cut what is next: three lines at most, which the longest language needs at 40
    // columns.
    next_lines.truncate(3);
    // A file that cannot be read any more says so above all else, until it can.
    let mut since_lines = match &model.file_problem {
        Some(problem) => wrapped(&format!("✗ {problem}"), area.width, ERROR),
        None => model
            .since_last_visit
            .map(|s| wrapped(&texts.since_last(s), area.width, DIM))
            .unwrap_or_default(),
    };
    since_lines.truncate(2);
    let tall = area.height >= TALL;
    // One row a step, and the frame's two lines where the window is tall enough for it.
    let rows = u16::try_from(Step::ALL.len()).unwrap_or(u16::MAX);
    let list_height = if tall { rows + 2 } else { rows };
    let [
        title_area,
        next_area,
        since_area,
        list_area,
        details_area,
        footer_area,
    ] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(height_of(&next_lines)),
        Constraint::Length(height_of(&since_lines)),
        Constraint::Length(list_height),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);

    render_title(frame, title_area, model);
    frame.render_widget(Paragraph::new(next_lines), next_area);
    frame.render_widget(Paragraph::new(since_lines), since_area);
    if model.timeline {
        let area = Rect {
            height: list_area.height + details_area.height,
            ..list_area
        };
        render_timeline(frame, area, model);
    } else {
        render_steps(frame, list_area, model, tall);
        render_details(frame, details_area, model, tall);
    }
    render_footer(
        frame,
        footer_area,
        model.notice.as_ref(),
        texts.footer_keys(),
    );
}

/// The name at the top left: with the title where the width allows it.
fn app_title(texts: &dyn Texts, width: u16) -> String {
    if width >= WIDE {
        format!("secu · {}", texts.app_title())
    } else {
        "secu".to_owned()
    }
}

fn render_title(frame: &mut Frame, area: Rect, model: &Model) {
    let texts = model.texts();
    // Skipped steps are not done, they are not needed: "0/2 done" on the registered path.
    let done = model.progress.done_count();
    let total = model.progress.owed_count();
    let boxes: String = (0..total)
        .map(|i| if i < done { '■' } else { '□' })
        .collect();
    let gauge = format!("{} {boxes}", texts.progress_gauge(done, total));
    let gauge_width = u16::try_from(width(&gauge)).unwrap_or(0);
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(gauge_width)]).areas(area);
    let title = app_title(texts, area.width);
    frame.render_widget(Paragraph::new(title).style(TITLE), left);
    frame.render_widget(Paragraph::new(gauge).style(TITLE), right);
}

fn render_steps(frame: &mut Frame, area: Rect, model: &Model, tall: bool) {
    let texts = model.texts();
    let wide = area.width >= WIDE;
    let rows = Step::ALL.into_iter().map(|step| {
        let status = model.progress.status(step, model.today);
        let style = urgency_style(&status);
        let cells = if wide {
            let days_or_number = match shown_number(model, step) {
                Some(number) if step.has_number() => number,
                _ => report::days(texts, &status),
            };
            vec![
                report::checkbox(status.state).to_owned(),
                format!("{} {}", step.index() + 1, texts.step_title(step)),
                report::when(texts, &status),
                days_or_number,
            ]
        } else {
            // Narrow: the days left say more than the date, which the details line gives.
            let summary = match status.state {
                StepState::Done(on) => crate::procedure::format_date(on),
                StepState::Skipped => texts.not_needed().to_owned(),
                StepState::Open if status.days_left.is_some() => report::days(texts, &status),
                StepState::Open => texts.no_fixed_date().to_owned(),
            };
            vec![
                report::checkbox(status.state).to_owned(),
                texts.step_short(step).to_owned(),
                summary,
            ]
        };
        Row::new(cells).style(style)
    });
    let widths: Vec<Constraint> = if wide {
        let title_width = Step::ALL
            .iter()
            .map(|&s| texts.step_title(s).chars().count() + 2)
            .max()
            .unwrap_or(0);
        let when_width = Step::ALL
            .iter()
            .map(|&s| {
                report::when(texts, &model.progress.status(s, model.today))
                    .chars()
                    .count()
            })
            .max()
            .unwrap_or(0);
        vec![
            Constraint::Length(3),
            Constraint::Length(u16::try_from(title_width).unwrap_or(30)),
            Constraint::Length(u16::try_from(when_width).unwrap_or(20)),
            Constraint::Fill(1),
        ]
    } else {
        vec![
            Constraint::Length(3),
            Constraint::Length(12),
            Constraint::Fill(1),
        ]
    };
    let mut table = Table::new(rows, widths)
        .row_highlight_style(SELECTED)
        .highlight_symbol("› ");
    if tall {
        table = table.block(Block::bordered().title(texts.steps_title()));
    }
    let mut state = TableState::new().with_selected(Some(model.selected.index()));
    frame.render_stateful_widget(table, area, &mut state);
}

fn render_details(frame: &mut Frame, area: Rect, model: &Model, tall: bool) {
    if area.height == 0 {
        return;
    }
    let texts = model.texts();
    let step = model.selected;
    let status = model.progress.status(step, model.today);
    let fields = detail_fields(model, step);
    // The labels this step shows set the column: no room lost to one it does not.
    let label_width = fields
        .iter()
        .map(|field| width(field.label))
        .max()
        .unwrap_or(0)
        + 1;
    let lines: Vec<Line> = fields
        .iter()
        .flat_map(|field| {
            let style = match field.kind {
                FieldKind::When => urgency_style(&status),
                FieldKind::Late => OVERDUE,
                FieldKind::Number => LABEL,
                FieldKind::Task { done: true } => DONE,
                FieldKind::Note => ITALIC,
                FieldKind::Link => LINK,
                FieldKind::Keys | FieldKind::Sheet => DIM,
                FieldKind::Translation => ITALIC_DIM,
                FieldKind::Task { done: false } | FieldKind::Plain => Style::new(),
            };
            labelled(field.label, label_width, &field.text, style, area.width)
        })
        .collect();
    // The details take the rest of the screen: a title rule above them, no frame, so that
    // every line and column goes to the text.
    let block = if tall {
        Block::new().borders(Borders::TOP).title(format!(
            "{} {}",
            step.index() + 1,
            texts.step_title(step)
        ))
    } else {
        Block::new()
    };
    let inner = block.inner(area);
    let hidden = height_of(&lines).saturating_sub(inner.height);
    let scroll = model.details_scroll.min(hidden);
    frame.render_widget(
        Paragraph::new(Text::from(lines))
            .scroll((scroll, 0))
            .block(block),
        area,
    );
    // Say that there is more, on the last line, rather than cut silently.
    if scroll < hidden && inner.height > 0 {
        let more = Rect::new(inner.x, inner.bottom() - 1, inner.width, 1);
        frame.render_widget(Clear, more);
        frame.render_widget(
            Paragraph::new(format!(
                "{:>width$}",
                "… PgDn ↓",
                width = usize::from(inner.width)
            ))
            .style(DIM),
            more,
        );
    }
}

/// The contract's months drawn across the width: each step's deadline (◆) and done date
/// (✓), and today (│). The symbols carry the meaning; colours only repeat it.
fn render_timeline(frame: &mut Frame, area: Rect, model: &Model) {
    let texts = model.texts();
    let today = model.today;
    let start = model.progress.profile().contract_start_or_default(today);
    let year = school_year(start);
    let block = Block::new().borders(Borders::TOP).title(format!(
        "{} {}–{}",
        texts.timeline_title(),
        year,
        year + 1
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let label_width = Step::ALL
        .iter()
        .map(|&s| width(texts.step_short(s)))
        .max()
        .unwrap_or(0)
        + 1;
    let track = usize::from(inner.width).saturating_sub(label_width).max(1);
    let timeline = Timeline::new(&model.progress, today, track);

    let mut lines = vec![Line::styled(texts.timeline_legend(), DIM)];
    // Months, each written from its first day if there is room before the next.
    let mut header = vec![' '; track];
    for (month, next) in timeline.months() {
        let at = timeline.column(month);
        let next = next.map_or(track, |next| timeline.column(next));
        let short = texts.date_short(month);
        let name = short.split_whitespace().nth(1).unwrap_or_default();
        header[at] = '┊';
        for (i, c) in name.chars().enumerate().take(next.saturating_sub(at + 1)) {
            if let Some(cell) = header.get_mut(at + 1 + i) {
                *cell = c;
            }
        }
    }
    lines.push(Line::raw(format!(
        "{}{}",
        " ".repeat(label_width),
        header.into_iter().collect::<String>()
    )));
    for step in Step::ALL {
        let status = model.progress.status(step, today);
        let mut cells: Vec<(char, Style)> = vec![('·', DIM); track];
        if let Some(at) = timeline.today {
            cells[at] = ('│', TITLE);
        }
        if let Some(due) = status.due {
            cells[timeline.column(due)] = ('◆', urgency_style(&status));
        }
        if let StepState::Done(on) = status.state {
            cells[timeline.column(on)] = ('✓', DONE);
        }
        let mut spans = vec![Span::styled(
            pad(texts.step_short(step), label_width),
            urgency_style(&status),
        )];
        spans.extend(
            cells
                .into_iter()
                .map(|(c, style)| Span::styled(c.to_string(), style)),
        );
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Where the timeline puts each date: the months of the contract, seven from the month it
/// starts in (October to April for the usual contract), widened to every date it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeline {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// How many columns the track has.
    pub track: usize,
    /// Today's column, when today is inside the timeline.
    pub today: Option<usize>,
}

impl Timeline {
    /// The months a contract lasts: 1 October to 30 April.
    const CONTRACT_MONTHS: u32 = 7;

    pub fn new(progress: &Progress, today: NaiveDate, track: usize) -> Timeline {
        let start = progress.profile().contract_start_or_default(today);
        let shown = Step::ALL.into_iter().flat_map(|step| {
            let status = progress.status(step, today);
            [status.due, progress.done_on(step)]
        });
        let contract_end = end_of_month(start, Timeline::CONTRACT_MONTHS - 1).unwrap_or(start);
        let (mut first, mut last) = (start, contract_end);
        for date in shown.flatten() {
            first = first.min(date);
            last = last.max(date);
        }
        let from = first.with_day(1).unwrap_or(first);
        let to = end_of_month(last, 0).unwrap_or(last);
        let track = track.max(1);
        let mut timeline = Timeline {
            from,
            to,
            track,
            today: None,
        };
        timeline.today = (from..=to).contains(&today).then(|| timeline.column(today));
        timeline
    }

    /// The column of `date`: dates outside the timeline are drawn at its edge.
    pub fn column(&self, date: NaiveDate) -> usize {
        let span = (self.to - self.from).num_days().max(1);
        let days = (date - self.from).num_days().clamp(0, span);
        usize::try_from(days).unwrap_or(0) * (self.track - 1) / usize::try_from(span).unwrap_or(1)
    }

    /// The first day of each month shown, with the first day of the one after it.
    pub fn months(&self) -> Vec<(NaiveDate, Option<NaiveDate>)> {
        let mut months = Vec::new();
        let mut month = self.from;
        while month <= self.to {
            let next = month.checked_add_months(Months::new(1));
            months.push((month, next.filter(|&n| n <= self.to)));
            match next {
                Some(next) => month = next,
                None => break,
            }
        }
        months
    }
}

/// A label and its text, wrapped so that every line of the text starts in the same column.
fn labelled(
    label: &str,
    label_width: usize,
    text: &str,
    style: Style,
    width: u16,
) -> Vec<Line<'static>> {
    let text_width = usize::from(width).saturating_sub(label_width).max(10);
    wrap(text, text_width)
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| {
            let head = if i == 0 {
                Span::styled(pad(label, label_width), LABEL)
            } else {
                Span::raw(" ".repeat(label_width))
            };
            Line::from(vec![head, Span::styled(shown(chunk).to_owned(), style)])
        })
        .collect()
}

/// The footer: the notice if there is one, else the keys that fit, the way out first.
fn render_footer(frame: &mut Frame, area: Rect, notice: Option<&Notice>, keys: &[KeyHelp]) {
    let line = match notice {
        Some(Notice::Error(text)) => Line::styled(format!("✗ {text}"), ERROR),
        Some(Notice::Info(text)) => Line::styled(format!("✓ {text}"), DONE),
        Some(Notice::Warning(text)) => Line::styled(format!("! {text}"), SOON),
        None => key_hints(keys, area.width),
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// As many key hints as fit in `width`, keeping help and quit whatever the width.
fn key_hints(keys: &[KeyHelp], width: u16) -> Line<'static> {
    let cost = |(key, action): &KeyHelp| key.chars().count() + action.chars().count() + 4;
    let essential = |(key, _): &KeyHelp| *key == "?" || *key == "q";
    let mut budget = usize::from(width);
    let mut shown = vec![false; keys.len()];
    for pass_essential in [true, false] {
        for (i, hint) in keys.iter().enumerate() {
            if essential(hint) == pass_essential && !shown[i] && cost(hint) <= budget {
                shown[i] = true;
                budget -= cost(hint);
            }
        }
    }
    let mut spans = Vec::new();
    for (hint, _) in keys.iter().zip(&shown).filter(|(_, shown)| **shown) {
        if !spans.is_empty() {
            spans.push(Span::styled(" · ", DIM));
        }
        spans.push(Span::styled(hint.0, KEY));
        spans.push(Span::raw(format!(" {}", hint.1)));
    }
    Line::from(spans)
}

/// A box of `height` lines in the middle of `area`, as wide as `width` allows.
fn popup(area: Rect, width: u16, height: u16) -> Rect {
    area.centered(
        Constraint::Length(width.min(area.width)),
        Constraint::Length(height.min(area.height)),
    )
}

fn render_help(frame: &mut Frame, area: Rect, texts: &dyn Texts, scroll: u16) {
    let keys = texts.help_keys();
    let key_width = keys
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    let widest = keys
        .iter()
        .map(|(_, action)| key_width + action.chars().count())
        .chain([texts.help_close().chars().count()])
        .max()
        .unwrap_or(0);
    // As wide as the longest line, so that nothing wraps where there is room.
    let width = u16::try_from(widest + 2)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let action_width = usize::from(width.saturating_sub(2)).saturating_sub(key_width);
    let mut lines = Vec::new();
    for (key, action) in keys {
        for (i, part) in wrap(action, action_width)
            .into_iter()
            .map(shown)
            .enumerate()
        {
            let head = if i == 0 { *key } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!("{head:<key_width$}"), KEY),
                Span::raw(part),
            ]));
        }
    }
    let box_area = popup(area, width, height_of(&lines) + 3);
    render_scrolling(frame, box_area, texts, texts.help_title(), lines, scroll);
}

/// The French terms of the letters, each with what it is, over the whole screen.
fn render_glossary(frame: &mut Frame, area: Rect, texts: &dyn Texts, scroll: u16) {
    let width = area.width.saturating_sub(2);
    let mut lines: Vec<Line> = Vec::new();
    for (term, meaning) in texts.glossary() {
        lines.push(Line::styled(*term, KEY));
        for line in wrap(meaning, usize::from(width.saturating_sub(2)))
            .into_iter()
            .map(shown)
        {
            lines.push(Line::raw(format!("  {line}")));
        }
    }
    // Why all this matters, in the sheet's own words, and translated.
    lines.push(Line::default());
    lines.push(Line::styled(texts.sheet_says(), KEY));
    lines.extend(wrapped(sheet::INTRO, width, DIM));
    if let Some(translation) = texts.sheet_translation() {
        lines.extend(wrapped(translation.intro, width, ITALIC_DIM));
    }
    render_scrolling(frame, area, texts, texts.glossary_title(), lines, scroll);
}

/// An overlay of `lines` in a frame, scrolled by `scroll` lines, with a last line that says
/// how to scroll (when there is more than fits) and how to close.
fn render_scrolling(
    frame: &mut Frame,
    box_area: Rect,
    texts: &dyn Texts,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: u16,
) {
    let block = Block::bordered().title(title.to_owned());
    let [body, keys] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(block.inner(box_area));
    let hidden = height_of(&lines).saturating_sub(body.height);
    let footer = if hidden > 0 {
        format!("↑↓ · {}", texts.help_close())
    } else {
        texts.help_close().to_owned()
    };
    frame.render_widget(Clear, box_area);
    frame.render_widget(block, box_area);
    frame.render_widget(Paragraph::new(lines).scroll((scroll.min(hidden), 0)), body);
    frame.render_widget(Paragraph::new(footer).style(DIM), keys);
}

/// The lines of a text field: the text with the cursor after it, then its error if any,
/// wrapped at `width`. Returns the cursor offset in the first line.
fn field_lines(field: &TextField, width: u16) -> (Vec<Line<'static>>, u16) {
    let mut lines = vec![Line::from(vec![
        Span::styled("› ", KEY),
        Span::raw(field.text.clone()),
    ])];
    if let Some(error) = &field.error {
        lines.extend(wrapped(&format!("✗ {error}"), width, ERROR));
    }
    let cursor = u16::try_from(field.text.chars().count() + 2).unwrap_or(u16::MAX);
    (lines, cursor)
}

/// A text field in a box over the screen: a prompt, the field, its error, its keys.
fn render_field(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    prompt: &str,
    field: &TextField,
    keys: &str,
) {
    let width = 60.min(area.width);
    let inner_width = width.saturating_sub(2);
    let mut lines = wrapped(prompt, inner_width, LABEL);
    let field_row = height_of(&lines);
    let (field, cursor) = field_lines(field, inner_width);
    lines.extend(field);
    lines.extend(wrapped(keys, inner_width, DIM));
    let box_area = popup(area, width, height_of(&lines) + 2);
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title.to_owned())),
        box_area,
    );
    frame.set_cursor_position(Position::new(
        box_area.x + 1 + cursor.min(box_area.width.saturating_sub(3)),
        box_area.y + 1 + field_row,
    ));
}

/// The e-mail to the gestionnaire: to, subject, body, and the keys to send or copy it.
fn render_mail(frame: &mut Frame, area: Rect, model: &Model) {
    let texts = model.texts();
    let draft = Draft::attestation(model.progress.profile());
    let width = 76.min(area.width);
    let inner = width.saturating_sub(2);
    let mut lines = match &draft.to {
        Some(to) => wrapped(&format!("→ {}", inert_cut(to, 120)), inner, LABEL),
        None => wrapped(&format!("→ {}", texts.mail_no_address()), inner, SOON),
    };
    lines.extend(wrapped(&inert_cut(&draft.subject, 300), inner, LABEL));
    lines.push(Line::default());
    for line in draft.body.lines() {
        lines.extend(wrapped(&inert_cut(line, 300), inner, Style::new()));
    }
    lines.extend(wrapped(texts.mail_keys(), inner, DIM));
    let box_area = popup(area, width, height_of(&lines) + 2);
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(texts.mail_title())),
        box_area,
    );
}

/// The note being written: several lines, the cursor after the last.
fn render_note(frame: &mut Frame, area: Rect, texts: &dyn Texts, step: Step, field: &TextField) {
    let width = 70.min(area.width);
    let inner = width.saturating_sub(2);
    let mut lines = wrapped(&texts.note_prompt(&texts.quoted(step)), inner, LABEL);
    let text_lines: Vec<&str> = field.text.split('\n').collect();
    for line in &text_lines {
        lines.push(Line::raw(format!("› {line}")));
    }
    let cursor_row = height_of(&lines).saturating_sub(1);
    let cursor_col =
        u16::try_from(text_lines.last().map_or(0, |l| l.chars().count()) + 2).unwrap_or(u16::MAX);
    if let Some(error) = &field.error {
        lines.extend(wrapped(&format!("✗ {error}"), inner, ERROR));
    }
    lines.extend(wrapped(texts.note_keys(), inner, DIM));
    let box_area = popup(area, width, height_of(&lines) + 2);
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(texts.note_label())),
        box_area,
    );
    frame.set_cursor_position(Position::new(
        box_area.x + 1 + cursor_col.min(box_area.width.saturating_sub(3)),
        (box_area.y + 1 + cursor_row).min(box_area.bottom().saturating_sub(2)),
    ));
}

/// The pages of a step that shows two: which one `o` opens.
fn render_choose_link(frame: &mut Frame, area: Rect, texts: &dyn Texts, step: Step) {
    let width = 76.min(area.width);
    let inner = width.saturating_sub(2);
    let mut lines = Vec::new();
    for (n, site) in links(step).iter().enumerate() {
        lines.extend(wrapped(
            &format!("{} {}", n + 1, site.address()),
            inner,
            LINK,
        ));
    }
    lines.extend(wrapped(texts.choose_link_keys(), inner, DIM));
    let box_area = popup(area, width, height_of(&lines) + 2);
    frame.render_widget(Clear, box_area);
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(texts.link_label())),
        box_area,
    );
}

fn render_confirm(frame: &mut Frame, area: Rect, model: &Model, step: Step) {
    let texts = model.texts();
    let Some(on) = model.progress.done_on(step) else {
        return;
    };
    let width = 60.min(area.width);
    let inner_width = width.saturating_sub(2);
    let mut lines = wrapped(&texts.confirm_untick_step(step, on), inner_width, LABEL);
    lines.extend(wrapped(texts.confirm_keys(), inner_width, DIM));
    let box_area = popup(area, width, height_of(&lines) + 2);
    frame.render_widget(Clear, box_area);
    frame.render_widget(Paragraph::new(lines).block(Block::bordered()), box_area);
}

fn render_setup(frame: &mut Frame, area: Rect, texts: &dyn Texts, setup: &Setup) {
    let [title_area, form_area, footer_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let title = app_title(texts, area.width);
    frame.render_widget(Paragraph::new(title).style(TITLE), title_area);

    let question = match setup.question {
        Question::Language => texts.ask_language(),
        Question::Level => texts.ask_level(),
        Question::Department => texts.ask_department(),
        Question::Start => texts.ask_start(),
        Question::Registered => texts.ask_registered(),
        Question::Name => texts.ask_name(),
        Question::School => texts.ask_school(),
        Question::GestionnaireName => texts.ask_gestionnaire_name(),
        Question::GestionnaireEmail => texts.ask_gestionnaire_email(),
        Question::Number => texts.ask_number(),
    };
    let block = Block::bordered().title({
        let (number, total) = setup.position();
        texts.setup_title(number, total)
    });
    let inner = block.inner(form_area);
    // The welcome and the spacing give way to the answers on a short window.
    let tall = area.height >= TALL;
    let mut lines = Vec::new();
    if setup.first_run && tall {
        lines.extend(wrapped(texts.welcome(), inner.width, Style::new()));
        lines.push(Line::default());
    }
    lines.extend(wrapped(question, inner.width, LABEL));
    if tall {
        lines.push(Line::default());
    }
    let field_row = height_of(&lines);
    let mut cursor = None;
    if setup.question.is_text() {
        let (field, offset) = field_lines(&setup.field, inner.width);
        lines.extend(field);
        cursor = Some(offset);
        if setup.question.is_optional() {
            lines.extend(wrapped(texts.optional_hint(), inner.width, DIM));
        }
    } else {
        for (i, option) in setup.options(texts).into_iter().enumerate() {
            lines.push(if i == setup.choice {
                Line::styled(format!("› {option}"), SELECTED)
            } else {
                Line::raw(format!("  {option}"))
            });
        }
    }
    if setup.question == Question::Registered {
        lines.push(Line::default());
        lines.extend(wrapped(texts.registered_hint(), inner.width, DIM));
    }
    if let Some(error) = &setup.error {
        lines.push(Line::default());
        lines.extend(wrapped(&format!("✗ {error}"), inner.width, ERROR));
    }
    frame.render_widget(Paragraph::new(lines).block(block), form_area);
    if let Some(offset) = cursor {
        frame.set_cursor_position(Position::new(
            inner.x + offset.min(inner.width.saturating_sub(1)),
            inner.y + field_row,
        ));
    }
    let keys = if setup.question.is_text() {
        texts.date_field_keys()
    } else {
        texts.choice_keys()
    };
    frame.render_widget(Paragraph::new(keys).style(DIM), footer_area);
}
