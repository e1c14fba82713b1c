//! Drawing the model: the checklist (or the setup), the box open over it, and the footer.
//! Pure functions of the model; [`layout::regions`] says where everything goes, for the
//! mouse as much as for drawing.

mod checklist;
mod footer;
pub mod layout;
mod links;
mod overlays;
mod setup;
mod style;
mod timeline;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub use links::hyperlinks;
pub use timeline::Timeline;

use super::bindings::{self, Action, Context};
use super::model::{Colour, Mode, Model};
use crate::text::{pad, shown, truncate_words, wrap, wrap_lines};

/// Draws the model on a frame of ratatui's `Terminal`, as the screen shows it: addresses made
/// links, colours taken out under `NO_COLOR`.
pub fn view(model: &Model, frame: &mut Frame) {
    paint(model, frame);
    hyperlinks(frame.buffer_mut());
    if model.colour == Colour::Never {
        without_colour(frame.buffer_mut());
    }
    if model.ascii {
        in_ascii(frame.buffer_mut());
    }
}

/// Puts a drawn screen into ASCII, cell by cell, for a terminal that can show nothing else:
/// borders become `+-|`, marks `+ x > #`, letters lose their accents. Done once on the
/// finished frame, so that no widget needs a second way of drawing.
pub fn in_ascii(buffer: &mut ratatui::buffer::Buffer) {
    for cell in &mut buffer.content {
        if let Some(plain) = crate::ascii::ascii_cell(cell.symbol()) {
            cell.set_char(plain);
        }
    }
}

/// Where the hidden cursor rests when no field shows it: at the start of the selection (the
/// step's row in the list or the timeline, the answer in the setup), which is drawn in
/// reverse video, where braille displays and screen readers (BRLTTY, Speakup) look for what
/// is current. `None` while a text field has the cursor, or where nothing is selected.
pub fn resting_cursor(
    model: &Model,
    drawn: &ratatui::buffer::Buffer,
) -> Option<ratatui::layout::Position> {
    if model.typing() {
        return None;
    }
    let at = drawn
        .content
        .iter()
        .position(|cell| cell.modifier.contains(ratatui::style::Modifier::REVERSED))?;
    Some(drawn.pos_of(at).into())
}

/// Draws the model's screens and boxes on `frame`.
fn paint(model: &Model, frame: &mut Frame) {
    let area = frame.area();
    if layout::too_small(area) {
        // What is wrong, and the one key that acts.
        let texts = model.texts();
        let quit = if model.unsaved_text() {
            texts.too_small_unsaved().to_owned()
        } else {
            bindings::key_for(Context::TooSmall, Action::Quit)
                .map(|key| format!("{} {}", key.name(texts), Action::Quit.describe(texts).0))
                .unwrap_or_default()
        };
        let text = format!("{}\n{quit}", texts.too_small());
        let line = Paragraph::new(text)
            .style(style::STRONG)
            .wrap(Wrap { trim: true });
        frame.render_widget(line, area);
        return;
    }
    let layout::Laid {
        regions,
        overlay,
        measured,
    } = layout::lay_out(model, area, layout::Details::Shown);
    match model.beneath() {
        Mode::Setup(form) => setup::render(frame, &regions, model, form),
        _ => checklist::render(frame, &regions, model, measured),
    }
    let boxes = [overlays::under(model, regions.body), overlay];
    for overlay in boxes.into_iter().flatten() {
        overlay.render(frame);
    }
    if let Some(sent) = &model.sent {
        render_sent(frame, regions.body, sent);
    }
    footer::render(frame, regions.footer, model);
}

/// The text sent to the terminal's clipboard, exactly, at the bottom of the body: full rows,
/// no border and no padding inside it, cut only at the window's edge, so that a mouse
/// selection takes nothing else.
fn render_sent(frame: &mut Frame, body: Rect, sent: &str) {
    let width = usize::from(body.width.max(1));
    let mut rows: Vec<String> = vec![String::new()];
    for grapheme in crate::text::graphemes(sent) {
        let last = rows.last_mut().map_or(0, |row| crate::text::width(row));
        if grapheme == "\n" || last + crate::text::width(grapheme) > width {
            rows.push(String::new());
        }
        if grapheme != "\n"
            && let Some(row) = rows.last_mut()
        {
            row.push_str(grapheme);
        }
    }
    let height = u16::try_from(rows.len())
        .unwrap_or(u16::MAX)
        .min(body.height);
    let area = Rect {
        y: body.bottom() - height,
        height,
        ..body
    };
    frame.render_widget(ratatui::widgets::Clear, area);
    let skip = rows.len().saturating_sub(usize::from(height));
    let lines: Vec<Line<'static>> = rows.into_iter().skip(skip).map(Line::raw).collect();
    frame.render_widget(text_lines(&lines, 0), area);
}

/// Takes the colours out of a drawn screen and keeps everything else (reverse video, bold):
/// the screen as `NO_COLOR` asks for it. Every colour already has a symbol or a word beside
/// it, so nothing is lost.
pub fn without_colour(buffer: &mut ratatui::buffer::Buffer) {
    for cell in &mut buffer.content {
        cell.set_fg(ratatui::style::Color::Reset);
        cell.set_bg(ratatui::style::Color::Reset);
    }
}

/// One line of text at the top of `area`, as far as it fits.
fn text_line(frame: &mut Frame, area: Rect, text: String, style: Style) {
    frame.render_widget(Line::styled(text, style), area);
}

/// Lines already cut to their area's width (by [`wrap`], [`truncate`] or [`at_most`]), drawn
/// from the top with the first `scroll` of them left out.
fn text_lines(lines: &[Line<'static>], scroll: u16) -> Paragraph<'static> {
    Paragraph::new(lines.to_vec()).scroll((scroll, 0))
}

/// A box with a border on every side and a title at its top left.
fn bordered(title: &str) -> Block<'_> {
    Block::bordered().title(title)
}

/// A rule along the top of an area, with a title at its left.
fn ruled(title: &str) -> Block<'_> {
    Block::new().borders(Borders::TOP).title(title)
}

/// A text wrapped at `width` into styled lines: wrapping here rather than in the widget
/// gives the exact height to lay out.
fn wrapped(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(|line| Line::styled(shown(line).to_owned(), style))
        .collect()
}

/// `mark` (a symbol and its space) then `text`, wrapped at `width` in `style`, with only the
/// mark in `colour`: a colour carries a symbol, never a sentence.
fn marked(mark: &str, colour: Style, text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    let mut lines = wrapped(&format!("{mark}{text}"), width, style);
    if let Some(first) = lines.first_mut() {
        colour_part(first, 0..mark.trim_end().len(), colour);
    }
    lines
}

/// Gives the bytes `part` of a line's first span the `colour`, on top of their style: a
/// symbol among the text.
fn colour_part(line: &mut Line<'static>, part: std::ops::Range<usize>, colour: Style) {
    let Some(first) = line.spans.first() else {
        return;
    };
    let text = &first.content;
    // `get` refuses a range outside the text or inside a character: nothing is coloured.
    let (Some(before), Some(mark), Some(after)) = (
        text.get(..part.start),
        text.get(part.clone()),
        text.get(part.end..),
    ) else {
        return;
    };
    if mark.is_empty() {
        return;
    }
    let style = first.style;
    let spans: Vec<Span<'static>> = [(before, style), (mark, style.patch(colour)), (after, style)]
        .into_iter()
        .filter(|(piece, _)| !piece.is_empty())
        .map(|(piece, style)| Span::styled(piece.to_owned(), style))
        .collect();
    line.spans.splice(0..1, spans);
}

/// A label and its text, wrapped so that every line of the text starts in the same column:
/// a line at a time, so that what is below the window need not be wrapped.
fn labelled<'a>(
    label: &'a str,
    label_width: usize,
    text: &'a str,
    style: Style,
    width: u16,
) -> impl Iterator<Item = Line<'static>> + 'a {
    let text_width = usize::from(width).saturating_sub(label_width).max(10);
    wrap_lines(text, text_width)
        .enumerate()
        .map(move |(i, chunk)| {
            let head = if i == 0 {
                Span::styled(pad(label, label_width), style::LABEL)
            } else {
                Span::raw(" ".repeat(label_width))
            };
            Line::from(vec![head, Span::styled(shown(chunk).to_owned(), style)])
        })
}

/// At most `max` lines of `lines`, the last one ending with `…` when some were left out.
fn at_most(mut lines: Vec<Line<'static>>, max: usize, width: u16) -> Vec<Line<'static>> {
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let text: String = last.spans.iter().map(|s| s.content.as_ref()).collect();
            let style = last.spans.first().map_or(last.style, |s| s.style);
            // Room for the `…` even when the line was full; cut between words, never inside a
            // date or a number.
            let cut = truncate_words(&text, usize::from(width).saturating_sub(1)).into_owned();
            let cut = if cut.ends_with('…') {
                cut
            } else {
                format!("{cut}…")
            };
            *last = Line::styled(cut, style);
        }
    }
    lines
}

/// The height of `lines`, for a layout constraint.
fn height_of(lines: &[Line]) -> u16 {
    u16::try_from(lines.len()).unwrap_or(u16::MAX)
}

/// The part of `area` below its first `rows` rows.
fn below(area: Rect, rows: u16) -> Rect {
    split_rows(area, rows)[1]
}

// The screen is cut with arithmetic rather than ratatui's `Layout`: every cut here is a
// fixed height or width and the rest, which a line says more plainly than constraints.

/// `area`'s first `rows` rows (as many as there are), and the rest below them.
fn split_rows(area: Rect, rows: u16) -> [Rect; 2] {
    let rows = rows.min(area.height);
    [
        Rect {
            height: rows,
            ..area
        },
        Rect {
            y: area.y + rows,
            height: area.height - rows,
            ..area
        },
    ]
}

/// `area` without its last `rows` rows, and those rows (as many as there are).
fn split_last_rows(area: Rect, rows: u16) -> [Rect; 2] {
    split_rows(area, area.height - rows.min(area.height))
}

/// `area` without its last `columns` columns, and those columns (as many as there are).
fn split_last_columns(area: Rect, columns: u16) -> [Rect; 2] {
    let left = area.width - columns.min(area.width);
    [
        Rect {
            width: left,
            ..area
        },
        Rect {
            x: area.x + left,
            width: area.width - left,
            ..area
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The two parts of a cut tile the area: nothing lost, nothing drawn twice, and the
        /// cut part as large as asked where there is room.
        #[test]
        fn cuts_tile_the_area(
            x in 0u16..50, y in 0u16..50, width in 0u16..200, height in 0u16..100, n in 0u16..300,
        ) {
            let area = Rect::new(x, y, width, height);
            let [top, rest] = split_rows(area, n);
            prop_assert_eq!(top.height, n.min(height));
            prop_assert_eq!((top.y, rest.y, top.height + rest.height), (y, y + top.height, height));
            prop_assert_eq!((top.width, rest.width), (width, width));
            let [rest, bottom] = split_last_rows(area, n);
            prop_assert_eq!(bottom.height, n.min(height));
            prop_assert_eq!((rest.y, bottom.bottom()), (y, area.bottom()));
            prop_assert_eq!(rest.bottom(), bottom.y);
            let [left, right] = split_last_columns(area, n);
            prop_assert_eq!(right.width, n.min(width));
            prop_assert_eq!((left.x, left.right(), right.right()), (x, right.x, area.right()));
            prop_assert_eq!((left.height, right.height), (height, height));
        }
    }
}
