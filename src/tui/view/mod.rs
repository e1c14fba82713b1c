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
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

pub use links::hyperlinks;
pub use timeline::Timeline;

use super::bindings::{self, Action, Context};
use super::model::{Mode, Model};
use crate::text::{shown, truncate, wrap};

pub fn view(model: &Model, frame: &mut Frame) {
    let area = frame.area();
    if layout::too_small(area) {
        // What is wrong, and the one key that acts.
        let texts = model.texts();
        let quit = bindings::key_for(Context::TooSmall, Action::Quit)
            .map(|key| format!("{} {}", key.name(texts), Action::Quit.describe(texts).0))
            .unwrap_or_default();
        let text = format!("{}\n{quit}", texts.too_small());
        let line = Paragraph::new(text)
            .style(style::ERROR)
            .wrap(Wrap { trim: true });
        frame.render_widget(line, area);
        return;
    }
    let (regions, overlay) = layout::with_overlay(model, area);
    match model.beneath() {
        Mode::Setup(form) => setup::render(frame, &regions, model, form),
        _ => checklist::render(frame, &regions, model),
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

/// A text wrapped at `width` into styled lines: wrapping here rather than in the widget
/// gives the exact height to lay out.
fn wrapped(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(|line| Line::styled(shown(line).to_owned(), style))
        .collect()
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
    let rows = rows.min(area.height);
    Rect {
        y: area.y + rows,
        height: area.height - rows,
        ..area
    }
}
