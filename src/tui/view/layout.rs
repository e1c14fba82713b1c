//! Where each part of the screen goes, from the model and the window's size: drawing and the
//! mouse read the same regions, so that a click lands on what is drawn there.

use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{checklist, footer, height_of, overlays, split_last_rows, split_rows, timeline};
use crate::procedure::Step;
use crate::tui::model::{MIN_HEIGHT, MIN_WIDTH, Mode, Model};
pub use crate::tui::screen::{CHECKBOX_COLUMNS, Regions};

/// From this height, the list has a frame and the details a title rule.
pub const TALL: u16 = 20;
/// The fewest lines of details worth showing under the list.
const MIN_DETAILS: u16 = 2;

/// Whether a window is too small for anything but a line saying so.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Whether the window is tall enough for frames and spacing.
pub fn tall(area: Rect) -> bool {
    area.height >= TALL
}

/// The text of the checklist that the layout measures before placing it: built once a
/// frame, measured here, drawn by the view as it is.
#[derive(Debug, Default)]
pub struct Measured {
    /// What comes next, wrapped at the window's width.
    pub next: Vec<Line<'static>>,
    /// What happened since the last visit, or why the file cannot be read.
    pub since: Vec<Line<'static>>,
    /// The selected step's details, wrapped at their region's width.
    pub details: Vec<Line<'static>>,
}

/// How much of the selected step's details a layout wraps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Details {
    /// What the frame shows, and a line more to know that there is more: drawing needs no
    /// more, and a long step's text below the window is never wrapped only to be left out.
    Shown,
    /// All of them: scrolling needs to know how far it goes.
    Whole,
}

/// A frame laid out: where everything goes, the box open over the screen as they place it,
/// and the text that was measured to place them.
pub struct Laid {
    pub regions: Regions,
    pub overlay: Option<overlays::Overlay>,
    pub measured: Measured,
}

/// The regions of the screen for `model` in `area`, measured whole: for the mouse and the
/// scrolling.
pub fn regions(model: &Model, area: Rect) -> Regions {
    lay_out(model, area, Details::Whole).regions
}

/// Lays out a frame, once per frame: the view draws what it returns, and the mouse and the
/// scrolling read its regions.
pub fn lay_out(model: &Model, area: Rect, details: Details) -> Laid {
    let mut measured = Measured::default();
    if too_small(area) {
        return Laid {
            regions: Regions::default(),
            overlay: None,
            measured,
        };
    }
    let footer_height = footer::height(model, area.width);
    let [body, footer] = split_last_rows(area, footer_height);
    let overlay = overlays::overlay(model, body);
    let regions = place(
        model,
        (area, body, footer),
        overlay.as_ref(),
        details,
        &mut measured,
    );
    Laid {
        regions,
        overlay,
        measured,
    }
}

/// Where the parts under the box go.
fn place(
    model: &Model,
    (area, body, footer): (Rect, Rect, Rect),
    overlay: Option<&overlays::Overlay>,
    extent: Details,
    measured: &mut Measured,
) -> Regions {
    let mut regions = Regions {
        body,
        footer,
        dialog: overlay.map(|o| o.area),
        dialog_hidden: overlay.map_or(0, |o| o.hidden()),
        dialog_shown: overlay.map_or(0, |o| o.shown()),
        ..Regions::default()
    };
    let [title, rest] = split_rows(body, 1);
    regions.title = title;
    if let Mode::Setup(_) = model.beneath() {
        regions.main = rest;
        return regions;
    }
    let tall = tall(area);
    let steps = u16::try_from(Step::ALL.len()).unwrap_or(u16::MAX);
    let main_height = if model.timeline {
        timeline::height(tall)
    } else if tall {
        steps + 2
    } else {
        steps
    };
    let under = if model.timeline { 0 } else { MIN_DETAILS };
    (measured.next, measured.since) = checklist::header(model, area.width);
    let (next_height, since_height) =
        header_heights(model, measured, tall, rest.height, main_height + under);
    let [next, rest] = split_rows(rest, next_height);
    let [since, rest] = split_rows(rest, since_height);
    let [main, details] = split_rows(rest, main_height);
    regions.next = next;
    regions.since = since;
    if model.timeline {
        let main = Rect {
            height: main.height + details.height,
            ..main
        };
        regions.rows = timeline::rows(main, tall);
        regions.main = main;
    } else {
        regions.rows = checklist::rows(main, tall);
        regions.main = main;
        regions.details = details;
        let room = checklist::details_inner(details, tall).height;
        let enough = match extent {
            Details::Shown => usize::from(model.details_scroll) + usize::from(room) + 1,
            Details::Whole => usize::MAX,
        };
        measured.details = checklist::detail_lines(model, details, tall, enough);
        // Details longer than their room give their last row to the "more below" mark, so
        // that the mark never stands over text.
        let total = height_of(&measured.details);
        let shown = if total > room && room > 1 {
            room - 1
        } else {
            room
        };
        regions.details_hidden = total.saturating_sub(shown);
        regions.details_shown = shown;
    }
    regions
}

/// How many lines what comes next and what happened since take: all of it on a tall
/// window (three and two lines at most), less on a short one, so that the list and a few
/// lines of details always fit.
fn header_heights(
    model: &Model,
    measured: &Measured,
    tall: bool,
    room: u16,
    below: u16,
) -> (u16, u16) {
    let (next, since) = (&measured.next, &measured.since);
    let (mut next_max, mut since_max) = if tall { (3, 2) } else { (3, 1) };
    let mut next_height = height_of(next).min(next_max);
    let mut since_height = height_of(since).min(since_max);
    // Give way, the past first, down to one line of what comes next; a file that cannot be
    // read keeps its line whatever happens.
    let since_floor = u16::from(model.file_problem.is_some());
    while next_height + since_height + below > room && (since_max > since_floor || next_max > 1) {
        if since_max > since_floor {
            since_max -= 1;
        } else {
            next_max -= 1;
        }
        next_height = next_height.min(next_max);
        since_height = since_height.min(since_max);
    }
    (next_height, since_height)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::i18n::Lang;
    use crate::procedure::{Change, Level, Profile, Progress};

    /// Drawing wraps the details down to one line past the window, no further, and what it
    /// wraps, and whether it says there is more, are what the whole text gives.
    #[test]
    fn drawing_wraps_only_the_details_it_shows() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut progress = Progress::new(Profile {
            level: Some(Level::Secondary),
            contract_start: NaiveDate::from_ymd_opt(2026, 10, 1),
            ..Profile::default()
        });
        let words: Vec<String> = (1..=200).map(|n| format!("w{n:03}")).collect();
        let note = Change::SetNote {
            step: Step::Request,
            note: Some(words.join(" ")),
        };
        progress.apply(&note, today).unwrap();
        let mut model = Model::new(progress, today, Lang::En, None);
        model.selected = Step::Request;
        for (width, height) in [(40, 12), (60, 20), (80, 24)] {
            let area = Rect::new(0, 0, width, height);
            model.details_scroll = 0;
            let whole = lay_out(&model, area, Details::Whole);
            let end = whole.regions.details_hidden;
            assert!(end > 5, "the note does not overflow at {width}x{height}");
            for scroll in [0, 1, 5, end - 1, end, end + 3] {
                model.details_scroll = scroll;
                let drawn = lay_out(&model, area, Details::Shown);
                let lines = &drawn.measured.details;
                let seen = usize::from(scroll) + usize::from(drawn.regions.details_shown);
                // One line for the "more below" mark's row, one to know there is more.
                assert!(lines.len() <= seen + 2, "wrapped past the window");
                assert_eq!(lines[..], whole.measured.details[..lines.len()]);
                assert!(lines.len() > seen.min(whole.measured.details.len() - 1));
                assert_eq!(
                    scroll < drawn.regions.details_hidden,
                    scroll < whole.regions.details_hidden,
                    "more below at {width}x{height}, scrolled {scroll}"
                );
            }
        }
    }
}
