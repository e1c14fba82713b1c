//! Where each part of the screen goes, from the model and the window's size: drawing and the
//! mouse read the same regions, so that a click lands on what is drawn there.

use ratatui::layout::{Constraint, Layout, Rect};

use super::{checklist, footer, height_of, overlays, timeline};
use crate::procedure::Step;
use crate::tui::model::{MIN_HEIGHT, MIN_WIDTH, Mode, Model};

/// From this height, the list has a frame and the details a title rule.
pub const TALL: u16 = 20;
/// The columns of a row that tick it when clicked: the selection mark and the box, `› [ ]`.
pub const CHECKBOX_COLUMNS: u16 = 5;
/// The fewest lines of details worth showing under the list.
const MIN_DETAILS: u16 = 2;

/// The parts of the screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Regions {
    /// Everything above the footer: where boxes open.
    pub body: Rect,
    pub title: Rect,
    /// What comes next, and how many of its lines fit.
    pub next: Rect,
    /// What happened since the last visit, or why the file cannot be read.
    pub since: Rect,
    /// The list of steps, the timeline in its place, or the setup's form.
    pub main: Rect,
    pub details: Rect,
    pub footer: Rect,
    /// Where each step's row is, in the list or the timeline: a click there selects it.
    pub rows: Vec<(Step, Rect)>,
    /// The box open over the screen, if any: a click outside it closes it.
    pub dialog: Option<Rect>,
    /// How many lines of the box's text do not fit: how far it scrolls.
    pub dialog_hidden: u16,
    /// How many lines of the details do not fit.
    pub details_hidden: u16,
}

/// Whether a window is too small for anything but a line saying so.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Whether the window is tall enough for frames and spacing.
pub fn tall(area: Rect) -> bool {
    area.height >= TALL
}

/// The regions of the screen for `model` in `area`.
pub fn regions(model: &Model, area: Rect) -> Regions {
    with_overlay(model, area).0
}

/// The regions, and the box open over the screen as they place it: built once a frame.
pub fn with_overlay(model: &Model, area: Rect) -> (Regions, Option<overlays::Overlay>) {
    if too_small(area) {
        return (Regions::default(), None);
    }
    let footer_height = footer::height(model, area.width);
    let [body, footer] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(footer_height)]).areas(area);
    let overlay = overlays::overlay(model, body);
    let regions = place(model, area, body, footer, overlay.as_ref());
    (regions, overlay)
}

/// Where the parts under the box go.
fn place(
    model: &Model,
    area: Rect,
    body: Rect,
    footer: Rect,
    overlay: Option<&overlays::Overlay>,
) -> Regions {
    let mut regions = Regions {
        body,
        footer,
        dialog: overlay.map(|o| o.area),
        dialog_hidden: overlay.map_or(0, |o| o.hidden()),
        ..Regions::default()
    };
    let [title, rest] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(body);
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
    let (next_height, since_height) =
        header_heights(model, area.width, tall, rest.height, main_height + under);
    let [next, since, main, details] = Layout::vertical([
        Constraint::Length(next_height),
        Constraint::Length(since_height),
        Constraint::Length(main_height),
        Constraint::Fill(1),
    ])
    .areas(rest);
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
        regions.details_hidden = checklist::details_hidden(model, details, tall);
    }
    regions
}

/// How many lines what comes next and what happened since take: all of it on a tall
/// window (three and two lines at most), less on a short one, so that the list and a few
/// lines of details always fit.
fn header_heights(model: &Model, width: u16, tall: bool, room: u16, below: u16) -> (u16, u16) {
    let (next, since) = checklist::header(model, width);
    let (mut next_max, mut since_max) = if tall { (3, 2) } else { (3, 1) };
    let mut next_height = height_of(&next).min(next_max);
    let mut since_height = height_of(&since).min(since_max);
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
