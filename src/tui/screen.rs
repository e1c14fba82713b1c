//! The parts of the screen as the view lays them out, for what reads them without drawing:
//! the mouse (a click lands on what is drawn there) and the keys that scroll (a page is what
//! shows). The view measures them (`view::layout::regions`); the runtime hands that measure
//! to `update`, which stands below the view.

use ratatui::layout::Rect;

use super::model::Model;
use crate::procedure::Step;

/// The columns of a row that tick it when clicked: the selection mark and the box, `› [ ]`.
pub const CHECKBOX_COLUMNS: u16 = 5;
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
    /// How many lines of the details do not fit (laid out for drawing, `Details::Shown`:
    /// how many of those below the window were wrapped, at least one when there are any).
    pub details_hidden: u16,
    /// How many lines of the details are shown.
    pub details_shown: u16,
    /// How many lines of the box's text are shown.
    pub dialog_shown: u16,
}

/// How the screen is measured for a model on a window of a given size.
pub type Measure = fn(&Model, Rect) -> Regions;
