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
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Borders, Paragraph, Widget, Wrap};

pub use links::hyperlinks;
pub use timeline::Timeline;

use super::bindings::{self, Action, Context};
use super::model::{Mode, Model};
use crate::text::{Piece, grapheme_width, pad, pieces, shown, truncate, wrap, wrap_lines};

/// Draws the model on a frame of ratatui's `Terminal`.
pub fn view(model: &Model, frame: &mut Frame) {
    let mut canvas = Canvas::new(frame.buffer_mut());
    paint(model, &mut canvas);
    if let Some(position) = canvas.cursor {
        frame.set_cursor_position(position);
    }
}

/// What the view draws on: a buffer the size of the window, and where the cursor shows, if
/// anywhere (in a field being typed). Ratatui's `Frame` is this for a buffer its `Terminal`
/// keeps; this one can also be a buffer of its own, for the first frame, drawn before the
/// terminal's two buffers exist (see `tui::first_frame`).
pub struct Canvas<'a> {
    buffer: &'a mut Buffer,
    cursor: Option<Position>,
}

impl<'a> Canvas<'a> {
    pub fn new(buffer: &'a mut Buffer) -> Canvas<'a> {
        Canvas {
            buffer,
            cursor: None,
        }
    }

    /// The whole window.
    pub fn area(&self) -> Rect {
        self.buffer.area
    }

    pub fn render_widget(&mut self, widget: impl Widget, area: Rect) {
        widget.render(area, self.buffer);
    }

    pub fn set_cursor_position(&mut self, position: Position) {
        self.cursor = Some(position);
    }

    /// Where the cursor shows, if anywhere.
    pub fn cursor(&self) -> Option<Position> {
        self.cursor
    }
}

/// Draws the model on `frame`, a canvas.
pub fn paint(model: &Model, frame: &mut Canvas) {
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
            .style(style::ERROR)
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
    footer::render(frame, regions.footer, model);
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

/// One line of text at the top of `area`, as far as it fits: what a `Paragraph` of it
/// shows, without styling the blank cells beside it.
fn text_line(frame: &mut Canvas, area: Rect, text: String, style: Style) {
    frame.render_widget(Lines::new(&[Line::styled(text, style)]), area);
}

/// Lines already cut to their area's width (by [`wrap`], [`truncate`] or [`at_most`]),
/// drawn from the top, the first `scroll` of them left out: what a `Paragraph` draws of
/// them, without the reflow and the styling of its whole area that it does for text it has
/// to fit itself, which cost more than the rest of a first frame.
pub struct Lines<'a> {
    lines: &'a [Line<'a>],
    scroll: usize,
}

impl<'a> Lines<'a> {
    pub fn new(lines: &'a [Line<'a>]) -> Lines<'a> {
        Lines { lines, scroll: 0 }
    }

    /// With the first `lines` left out.
    pub fn scroll(self, lines: u16) -> Lines<'a> {
        Lines {
            scroll: usize::from(lines),
            ..self
        }
    }
}

impl Widget for Lines<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        for (line, row) in self.lines.iter().skip(self.scroll).zip(area.rows()) {
            let mut x = row.x;
            for span in line {
                x = put(
                    buf,
                    (x, row.y),
                    row.right(),
                    &span.content,
                    line.style.patch(span.style),
                );
            }
        }
    }
}

/// Writes `text` from `at` up to column `end`, as ratatui's `Buffer::set_line` does (what
/// does not fit whole is left out, a wide character blanks the cell it covers), a byte at a
/// time where [`pieces`] finds printable ASCII. Returns the column after it.
fn put(buf: &mut Buffer, at: (u16, u16), end: u16, text: &str, style: Style) -> u16 {
    let cells = row_cells(buf, at, end);
    let mut column = 0;
    for piece in pieces(text) {
        let room = &mut cells[column..];
        let cluster = match piece {
            Piece::Ascii(run) => {
                for (cell, &byte) in room.iter_mut().zip(run.as_bytes()) {
                    cell.set_char(char::from(byte)).set_style(style);
                }
                column += run.len().min(room.len());
                continue;
            }
            Piece::Cluster(cluster) => cluster,
        };
        let width = grapheme_width(cluster);
        if width == 0 {
            continue;
        }
        let Some((first, rest)) = room.get_mut(..width).and_then(<[_]>::split_first_mut) else {
            break;
        };
        first.set_symbol(cluster).set_style(style);
        rest.iter_mut().for_each(|cell| {
            cell.reset();
        });
        column += width;
    }
    at.0 + u16::try_from(column).unwrap_or(u16::MAX)
}

/// The cells of row `at.1` from column `at.0` up to `end`, as far as the buffer goes.
fn row_cells(buf: &mut Buffer, at: (u16, u16), end: u16) -> &mut [ratatui::buffer::Cell] {
    let (x, y) = at;
    let area = buf.area;
    let end = end.min(area.right());
    if x >= end || x < area.x || y < area.y || y >= area.bottom() {
        return &mut [];
    }
    let start = buf.index_of(x, y);
    let cells = buf.content.get_mut(start..start + usize::from(end - x));
    cells.unwrap_or_default()
}

/// A plain border on the given sides of an area, with an unstyled title at its top left:
/// what ratatui's `Block` draws of it, without first setting the default style on every
/// cell of the area, which changes nothing and was three quarters of what a box cost.
pub struct Boxed<'a> {
    borders: Borders,
    title: &'a str,
}

impl<'a> Boxed<'a> {
    /// A border on every side.
    pub fn bordered(title: &'a str) -> Boxed<'a> {
        Boxed {
            borders: Borders::ALL,
            title,
        }
    }

    /// A rule along the top.
    pub fn ruled(title: &'a str) -> Boxed<'a> {
        Boxed {
            borders: Borders::TOP,
            title,
        }
    }

    /// The area inside the border.
    pub fn inner(&self, area: Rect) -> Rect {
        let left = u16::from(self.borders.contains(Borders::LEFT));
        let top = u16::from(self.borders.contains(Borders::TOP));
        let right = u16::from(self.borders.contains(Borders::RIGHT));
        let bottom = u16::from(self.borders.contains(Borders::BOTTOM));
        let x = area.x.saturating_add(left).min(area.right());
        let y = area.y.saturating_add(top).min(area.bottom());
        Rect {
            x,
            y,
            width: area.right().saturating_sub(right).saturating_sub(x),
            height: area.bottom().saturating_sub(bottom).saturating_sub(y),
        }
    }
}

impl Widget for Boxed<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let (left, top) = (area.left(), area.top());
        let (right, bottom) = (area.right() - 1, area.bottom() - 1);
        let has = |side| self.borders.contains(side);
        for (side, y) in [(Borders::TOP, top), (Borders::BOTTOM, bottom)] {
            if has(side) {
                for cell in row_cells(buf, (left, y), area.right()) {
                    cell.set_symbol("─");
                }
            }
        }
        for (side, x) in [(Borders::LEFT, left), (Borders::RIGHT, right)] {
            if has(side) {
                (top..=bottom).for_each(|y| {
                    buf[(x, y)].set_symbol("│");
                });
            }
        }
        // In `Block`'s order, which decides the corner a box one cell wide or high shows.
        let corners = [
            (Borders::BOTTOM | Borders::RIGHT, "┘", (right, bottom)),
            (Borders::TOP | Borders::RIGHT, "┐", (right, top)),
            (Borders::BOTTOM | Borders::LEFT, "└", (left, bottom)),
            (Borders::TOP | Borders::LEFT, "┌", (left, top)),
        ];
        for (sides, symbol, cell) in corners {
            if has(sides) {
                buf[cell].set_symbol(symbol);
            }
        }
        let from = left + u16::from(has(Borders::LEFT));
        let to = area.right() - u16::from(has(Borders::RIGHT));
        put(buf, (from, top), to, self.title, Style::new());
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
            // Room for the `…` even when the line was full.
            let cut = truncate(&text, usize::from(width).saturating_sub(1)).into_owned();
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
// fixed height or width and the rest, and the constraint solver behind `Layout` cost more
// than drawing the whole list on a first frame, before its cache is warm.

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
    use ratatui::style::{Color, Modifier};

    fn any_style() -> impl Strategy<Value = Style> {
        prop_oneof![
            Just(Style::new()),
            Just(Style::new().fg(Color::Red)),
            Just(Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)),
        ]
    }

    fn any_line() -> impl Strategy<Value = Line<'static>> {
        let span = (
            "(\\PC|[a-z ]|山|👩\u{200d}🏫|e\u{301}|\u{301}|\\x07){0,12}",
            any_style(),
        )
            .prop_map(|(text, style)| Span::styled(text, style));
        (prop::collection::vec(span, 0..4), any_style())
            .prop_map(|(spans, style)| Line::from(spans).style(style))
    }

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

        /// `Boxed` draws what ratatui's own `Block` draws, border, title and inside. Titles
        /// are the catalogue's words: a lone combining mark at the start of one would be
        /// left out, as `Lines` leaves it out, where `Block` draws it in a cell of its own.
        #[test]
        fn boxes_draw_as_ratatui_does(
            title in "([a-zA-Z0-9 ·–]|[À-ÿ]|山|日本|👩\u{200d}🏫|e\u{301}){0,12}",
            ruled in any::<bool>(),
            (x, y, width, height) in (0u16..4, 0u16..4, 0u16..30, 0u16..6),
        ) {
            use ratatui::widgets::Block;
            let screen = Rect::new(0, 0, 32, 8);
            let area = Rect::new(x, y, width, height);
            let (ours, theirs) = if ruled {
                (Boxed::ruled(&title), Block::new().borders(Borders::TOP).title(title.as_str()))
            } else {
                (Boxed::bordered(&title), Block::bordered().title(title.as_str()))
            };
            prop_assert_eq!(ours.inner(area), theirs.inner(area));
            let old = Buffer::filled(screen, ratatui::buffer::Cell::new("x"));
            let (mut drawn, mut expected) = (old.clone(), old);
            ours.render(area, &mut drawn);
            theirs.render(area, &mut expected);
            prop_assert_eq!(drawn, expected);
        }

        /// `Lines` draws what ratatui's own `Buffer::set_line` draws, line for line.
        #[test]
        fn lines_draw_as_ratatui_does(
            lines in prop::collection::vec(any_line(), 0..6),
            scroll in 0u16..3,
            (x, y, width, height) in (0u16..4, 0u16..4, 0u16..30, 0u16..6),
        ) {
            let screen = Rect::new(0, 0, 32, 8);
            let area = Rect::new(x, y, width, height);
            // Drawn over an old screen, so that a cell left as it was shows.
            let old = Buffer::filled(screen, ratatui::buffer::Cell::new("x"));
            let mut ours = old.clone();
            Lines::new(&lines).scroll(scroll).render(area, &mut ours);
            let mut theirs = old;
            let area = area.intersection(screen);
            for (line, row) in lines.iter().skip(usize::from(scroll)).zip(area.rows()) {
                theirs.set_line(row.x, row.y, line, row.width);
            }
            prop_assert_eq!(ours, theirs);
        }
    }
}
