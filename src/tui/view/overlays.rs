//! What opens over the screen: the help and the glossary, a whole message, the e-mail, a
//! question, a choice, a text field and the note editor. Each is a box of lines that
//! scrolls, with a `↓` on its frame while there is more below.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::style::{FAINT, ITALIC, KEY, LABEL, LINK, MARK_LATE, MARK_SOON};
use ratatui::Frame;

use super::{height_of, labelled, marked, wrapped};
use crate::export::MailPart;
use crate::i18n::{Texts, sheet};
use crate::procedure::{Step, links};
use crate::text::{grapheme_width, graphemes, inert_cut, shorten_address, width, wrap};
use crate::tui::bindings::{self, Context};
use crate::tui::model::{
    Choice, Confirm, Leave, Mode, Model, Purpose, Reading, TextField, mail_part,
};

/// A box over the screen.
#[derive(Debug, Clone)]
pub struct Overlay {
    pub area: Rect,
    title: String,
    lines: Vec<Line<'static>>,
    /// The first line shown.
    scroll: u16,
    /// Where the cursor is, in `lines`: (column, line).
    cursor: Option<(u16, u16)>,
}

impl Overlay {
    /// A box `width` columns wide in the middle of `body`, as high as its lines (or `body`).
    /// With a cursor, the text scrolls to keep it in view.
    fn centered(
        body: Rect,
        width: u16,
        title: String,
        lines: Vec<Line<'static>>,
        scroll: u16,
        cursor: Option<(u16, u16)>,
    ) -> Overlay {
        let height = height_of(&lines).saturating_add(2);
        let area = body.centered(
            Constraint::Length(width.min(body.width)),
            Constraint::Length(height.min(body.height)),
        );
        let mut overlay = Overlay {
            area,
            title,
            lines,
            scroll,
            cursor,
        };
        if let Some((_, line)) = cursor {
            let visible = overlay.inner().height.max(1);
            overlay.scroll = overlay
                .scroll
                .min(line)
                .max(line.saturating_sub(visible - 1));
        }
        overlay
    }

    fn inner(&self) -> Rect {
        Block::bordered().inner(self.area)
    }

    /// How many lines of text the box shows at once.
    pub fn shown(&self) -> u16 {
        self.inner().height
    }

    /// How many lines do not fit: how far the box scrolls.
    pub fn hidden(&self) -> u16 {
        height_of(&self.lines).saturating_sub(self.inner().height)
    }

    pub fn render(self, frame: &mut Frame) {
        let hidden = self.hidden();
        let scroll = self.scroll.min(hidden);
        let inner = self.inner();
        let mut block = Block::bordered().title(self.title);
        if scroll < hidden {
            block = block.title_bottom(Line::styled(" ↓ ", KEY).right_aligned());
        }
        if scroll > 0 {
            block = block.title_top(Line::styled(" ↑ ", KEY).right_aligned());
        }
        frame.render_widget(Clear, self.area);
        cut_wide_characters_at(frame.buffer_mut(), self.area);
        frame.render_widget(block, self.area);
        frame.render_widget(Paragraph::new(self.lines).scroll((scroll, 0)), inner);
        if let Some((column, line)) = self.cursor
            && line >= scroll
            && line - scroll < inner.height
        {
            frame.set_cursor_position(Position::new(
                inner.x + column.min(inner.width.saturating_sub(1)),
                inner.y + line - scroll,
            ));
        }
    }
}

/// Blanks a wide character whose second half lies under the box's left border. ratatui clears
/// the cell under the border, but a terminal still draws the character from the cell before
/// it, across the border: the border would be lost on that row.
fn cut_wide_characters_at(buffer: &mut Buffer, area: Rect) {
    let Some(left) = area.x.checked_sub(1) else {
        return;
    };
    for y in area.top()..area.bottom() {
        if let Some(cell) = buffer.cell_mut((left, y))
            && crate::text::width(cell.symbol()) > 1
        {
            cell.set_symbol(" ");
        }
    }
}

/// The box open over the screen, if any: for a "discard?" question, the editor under it is
/// drawn first by [`under`].
pub fn overlay(model: &Model, body: Rect) -> Option<Overlay> {
    of_mode(model, &model.mode, body)
}

/// The editor a "discard your changes?" question is asked over.
pub fn under(model: &Model, body: Rect) -> Option<Overlay> {
    match &model.mode {
        Mode::Confirm(Confirm::Discard { editing, .. }) => of_mode(model, editing, body),
        _ => None,
    }
}

fn of_mode(model: &Model, mode: &Mode, body: Rect) -> Option<Overlay> {
    let texts = model.texts();
    // How wide each box is, what it is called, and how far it is scrolled.
    let (width, title, scroll) = match mode {
        Mode::Checklist | Mode::Setup(_) => return None,
        Mode::Reading { what, scroll } => match what {
            Reading::Help => (76, texts.help_title().to_owned(), *scroll),
            Reading::Glossary => (body.width, texts.glossary_title().to_owned(), *scroll),
            Reading::Message(_) => (70, String::new(), *scroll),
        },
        Mode::Mail { scroll } => (76, texts.mail_title().to_owned(), *scroll),
        Mode::Confirm(_) => (60, String::new(), 0),
        Mode::Choose(Choice::Link(_)) => (76, texts.link_label().to_owned(), 0),
        Mode::Choose(Choice::Export) => (76, texts.export_title().to_owned(), 0),
        Mode::Choose(Choice::MailPart) => (60, texts.mail_title().to_owned(), 0),
        Mode::Field { purpose, field, .. } => (60, field_texts(model, *purpose, field).0, 0),
        Mode::Note { .. } => (70, texts.note_label().to_owned(), 0),
    };
    let inner = width.min(body.width).saturating_sub(2);
    let (lines, cursor) = match mode {
        Mode::Checklist | Mode::Setup(_) => return None,
        Mode::Reading { what, .. } => (reading_lines(texts, what, inner), None),
        Mode::Mail { .. } => (mail_lines(model, inner), None),
        Mode::Confirm(confirm) => (confirm_lines(model, confirm, inner), None),
        Mode::Choose(choice) => (choice_lines(texts, *choice, inner), None),
        Mode::Field { purpose, field, .. } => {
            let (lines, cursor) = field_box(model, *purpose, field, inner);
            (lines, Some(cursor))
        }
        Mode::Note { step, field, .. } => {
            let (lines, cursor) = note_box(texts, *step, field, inner);
            (lines, Some(cursor))
        }
    };
    Some(Overlay::centered(body, width, title, lines, scroll, cursor))
}

/// The help, the glossary or a whole message.
fn reading_lines(texts: &dyn Texts, what: &Reading, width: u16) -> Vec<Line<'static>> {
    match what {
        Reading::Help => help_lines(texts, width),
        Reading::Glossary => glossary_lines(texts, width),
        Reading::Message(text) => wrapped(text, width, Style::new()),
    }
}

/// A yes-or-no question.
fn confirm_lines(model: &Model, confirm: &Confirm, width: u16) -> Vec<Line<'static>> {
    let texts = model.texts();
    let question = match confirm {
        Confirm::Untick(step) => match model.progress.done_on(*step) {
            Some(on) => texts.confirm_untick_step(*step, on),
            None => texts.unticked_step(*step),
        },
        Confirm::Discard {
            then: Leave::Quit, ..
        } => texts.confirm_quit_discard().to_owned(),
        Confirm::Discard { .. } => texts.confirm_discard().to_owned(),
    };
    wrapped(&question, width, LABEL)
}

/// A choice of two, numbered: a step's two pages, or what to export.
fn choice_lines(texts: &dyn Texts, choice: Choice, width: u16) -> Vec<Line<'static>> {
    let options: Vec<(String, Style)> = match choice {
        // An address on one line, shortened visibly rather than broken.
        Choice::Link(step) => links(step)
            .iter()
            .map(|site| {
                let room = usize::from(width).saturating_sub(2);
                (shorten_address(site.address(), room).into_owned(), LINK)
            })
            .collect(),
        Choice::Export => vec![
            (texts.export_calendar().to_owned(), Style::new()),
            (texts.export_sheet().to_owned(), Style::new()),
        ],
        Choice::MailPart => MailPart::ALL
            .map(|part| (mail_part(texts, part).to_owned(), Style::new()))
            .to_vec(),
    };
    options
        .iter()
        .enumerate()
        .flat_map(|(n, (option, style))| hanging(&format!("{} {option}", n + 1), 2, width, *style))
        .collect()
}

/// A one-line field: its prompt, the field, a hint, its refusal; and where its cursor is.
fn field_box(
    model: &Model,
    purpose: Purpose,
    field: &TextField,
    width: u16,
) -> (Vec<Line<'static>>, (u16, u16)) {
    let (_, prompt, hint) = field_texts(model, purpose, field);
    let mut lines = wrapped(&prompt, width, LABEL);
    let (line, column) = field_line(field, width);
    let cursor = (column, height_of(&lines));
    lines.push(line);
    if let Some(hint) = hint {
        lines.extend(wrapped(hint, width, Style::new()));
    }
    if let Some(error) = &field.error {
        lines.extend(marked("✗ ", MARK_LATE, error, width, Style::new()));
    }
    (lines, cursor)
}

/// The note editor: its prompt, its refusal above the text (where it stays in view while the
/// text scrolls), the text; and where its cursor is.
fn note_box(
    texts: &dyn Texts,
    step: Step,
    field: &TextField,
    width: u16,
) -> (Vec<Line<'static>>, (u16, u16)) {
    let mut lines = wrapped(&texts.note_prompt(&texts.quoted(step)), width, LABEL);
    if let Some(error) = &field.error {
        lines.extend(marked("✗ ", MARK_LATE, error, width, Style::new()));
    }
    let top = height_of(&lines);
    let (text, (column, line)) = note_lines(field, width);
    lines.extend(text);
    // Room to write: a note box is never only a line high.
    while lines.len() < usize::from(top) + 4 {
        lines.push(Line::default());
    }
    (lines, (column, top + line))
}

/// The title, the prompt and the hint under a one-line field.
fn field_texts(
    model: &Model,
    purpose: Purpose,
    field: &TextField,
) -> (String, String, Option<&'static str>) {
    let texts = model.texts();
    match purpose {
        Purpose::TickDate(step) => (
            texts.step_title(step).to_owned(),
            texts.date_prompt().to_owned(),
            None,
        ),
        Purpose::Redate(step) => (
            texts.step_title(step).to_owned(),
            texts.redate_prompt().to_owned(),
            None,
        ),
        Purpose::Number { step, on } => {
            let hint = match (&field.placeholder, on) {
                (Some(_), _) => Some(texts.number_kept_hint()),
                (None, Some(_)) => Some(texts.number_later_hint()),
                (None, None) => None,
            };
            (
                texts.step_title(step).to_owned(),
                texts.number_prompt(step).to_owned(),
                hint,
            )
        }
        Purpose::Pdf => (
            texts.pdf_label().to_owned(),
            texts.pdf_prompt().to_owned(),
            None,
        ),
    }
}

/// A one-line field at `width`: `› ` and the text, scrolled sideways to keep the cursor in
/// view; a placeholder dimmed while the field is untouched. Returns the line and the
/// cursor's column in it.
pub fn field_line(field: &TextField, width: u16) -> (Line<'static>, u16) {
    const PROMPT: &str = "› ";
    let room = usize::from(width).saturating_sub(2).max(1);
    if field.text().is_empty()
        && let Some(placeholder) = &field.placeholder
    {
        let line = Line::from(vec![
            Span::styled(PROMPT, KEY),
            Span::styled(inert_cut(placeholder, room), FAINT),
        ]);
        return (line, 2);
    }
    let before = width_before(field.text(), field.cursor());
    // The cursor stays on the line: the text starts as far right as it needs to.
    let from = (before + 1).saturating_sub(room);
    let shown = columns(field.text(), from, room);
    let column = u16::try_from(2 + before - from).unwrap_or(u16::MAX);
    let line = Line::from(vec![Span::styled(PROMPT, KEY), Span::raw(shown)]);
    (line, column)
}

/// The columns the text before byte `at` takes.
fn width_before(text: &str, at: usize) -> usize {
    width(text.get(..at).unwrap_or(text))
}

/// The part of `text` from column `from`, at most `room` columns: whole characters only.
fn columns(text: &str, from: usize, room: usize) -> String {
    let mut out = String::new();
    let mut at = 0;
    for grapheme in graphemes(text) {
        let w = grapheme_width(grapheme);
        if at >= from && at + w <= from + room {
            out.push_str(grapheme);
        }
        at += w;
    }
    out
}

/// The note's text wrapped at `width`, and where its cursor is: (column, line).
fn note_lines(field: &TextField, width: u16) -> (Vec<Line<'static>>, (u16, u16)) {
    let columns = usize::from(width).max(1);
    let text = field.text();
    let cursor = field.cursor();
    let mut lines = Vec::new();
    let mut at = (0, 0);
    let mut start = 0;
    for paragraph in text.split('\n') {
        let pieces = wrap(paragraph, columns);
        let count = pieces.len();
        let mut offset = start;
        for (i, piece) in pieces.into_iter().enumerate() {
            let end = offset + piece.len();
            // The cursor belongs to the piece it is inside, or to the last one at its end.
            if cursor >= offset && (cursor < end || (cursor == end && i + 1 == count)) {
                let column = width_before(piece, cursor - offset).min(columns - 1);
                at = (
                    u16::try_from(column).unwrap_or(0),
                    u16::try_from(lines.len()).unwrap_or(u16::MAX),
                );
            }
            lines.push(Line::raw(crate::text::shown(piece).to_owned()));
            offset = end;
        }
        start += paragraph.len() + 1;
    }
    (lines, at)
}

/// A text whose lines after the first start `indent` columns in.
fn hanging(text: &str, indent: usize, width: u16, style: Style) -> Vec<Line<'static>> {
    let room = usize::from(width).saturating_sub(indent).max(1);
    let mut lines = Vec::new();
    let first = wrap(text, usize::from(width).max(1));
    let Some(head) = first.first() else {
        return lines;
    };
    lines.push(Line::styled(crate::text::shown(head).to_owned(), style));
    let rest = &text[head.len()..];
    for piece in wrap(rest, room).into_iter().filter(|p| !p.is_empty()) {
        lines.push(Line::styled(
            format!("{}{}", " ".repeat(indent), crate::text::shown(piece)),
            style,
        ));
    }
    lines
}

/// The help: every key of the list, the timeline, a text field and the note, generated
/// from the bindings table.
fn help_lines(texts: &dyn Texts, columns: u16) -> Vec<Line<'static>> {
    let headings = texts.help_headings();
    let sections = [
        (headings[0], Context::List),
        (headings[1], Context::Timeline),
        (headings[2], Context::Field),
        (headings[3], Context::Note),
    ];
    let key_width = bindings::all()
        .map(|binding| width(&bindings::keys_text(texts, binding.keys)))
        .max()
        .unwrap_or(0)
        .min(16)
        + 2;
    let mut lines = Vec::new();
    for (heading, context) in sections {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(heading.to_owned(), LABEL));
        for binding in bindings::of(context) {
            // The note edits like a field: only what differs is listed again.
            if context == Context::Note
                && bindings::of(Context::Field).any(|other| other.action == binding.action)
            {
                continue;
            }
            let keys = bindings::keys_text(texts, binding.keys);
            let description = binding.action.describe(texts).1;
            // Keys too long for their column go on a line of their own.
            let head = if width(&keys) < key_width {
                keys.as_str()
            } else {
                lines.push(Line::styled(keys.clone(), KEY));
                ""
            };
            lines.extend(labelled(
                head,
                key_width,
                description,
                Style::new(),
                columns,
            ));
        }
    }
    lines
}

/// The French terms of the letters, each with what it is, and why all this matters in the
/// sheet's own words, translated.
fn glossary_lines(texts: &dyn Texts, width: u16) -> Vec<Line<'static>> {
    let mut lines: Vec<Line> = Vec::new();
    for (term, meaning) in texts.glossary() {
        lines.push(Line::styled(*term, KEY));
        lines.extend(labelled("", 2, meaning, Style::new(), width));
    }
    lines.push(Line::default());
    lines.push(Line::styled(texts.sheet_says(), KEY));
    lines.extend(wrapped(sheet::INTRO, width, Style::new()));
    if let Some(translation) = texts.sheet_translation() {
        lines.extend(wrapped(translation.intro, width, ITALIC));
    }
    lines
}

/// The e-mail to the gestionnaire: to, subject, body.
fn mail_lines(model: &Model, width: u16) -> Vec<Line<'static>> {
    let texts = model.texts();
    let draft = model.draft();
    // First what the e-mail cannot do by itself, in the user's language.
    let mut lines = marked("! ", MARK_SOON, texts.mail_attach(), width, Style::new());
    if draft.missing_name {
        lines.extend(marked(
            "! ",
            MARK_SOON,
            texts.mail_no_name(),
            width,
            Style::new(),
        ));
    }
    lines.push(Line::default());
    lines.extend(match &draft.to {
        Some(to) => wrapped(&format!("→ {}", inert_cut(to, 120)), width, LABEL),
        None => marked(
            "→ ",
            MARK_SOON,
            texts.mail_no_address(),
            width,
            Style::new(),
        ),
    });
    lines.extend(wrapped(&inert_cut(&draft.subject, 300), width, LABEL));
    lines.push(Line::default());
    for line in draft.body.lines() {
        lines.extend(wrapped(&inert_cut(line, 300), width, Style::new()));
    }
    lines
}
