//! The timeline of the contract's months: each step's deadline (◆) and done date (✓), and
//! today (│), the selected step's row highlighted. The symbols carry the meaning; colours
//! only repeat it.

use chrono::{Datelike, Months, NaiveDate};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::style::{self, FAINT, SELECTED, TITLE};
use ratatui::Frame;

use super::ruled;
use crate::procedure::{Progress, Step, StepState, end_of_month, school_year};
use crate::text::{pad, truncate_words, width};
use crate::tui::model::Model;

/// The lines above the steps' rows: the title rule and the legend on a tall window, one line
/// holding both on a short one; then the months.
fn head_lines(tall: bool) -> u16 {
    if tall { 3 } else { 2 }
}

/// The lines the timeline takes.
pub fn height(tall: bool) -> u16 {
    head_lines(tall) + u16::try_from(Step::ALL.len()).unwrap_or(u16::MAX)
}

/// Each step's row in the timeline.
pub fn rows(area: Rect, tall: bool) -> Vec<(Step, Rect)> {
    Step::ALL
        .into_iter()
        .zip(super::below(area, head_lines(tall)).rows())
        .collect()
}

pub fn render(frame: &mut Frame, area: Rect, model: &Model, tall: bool) {
    let texts = model.texts();
    let today = model.today;
    let start = model.progress.profile().contract_start_or_default(today);
    let year = school_year(start);
    let title = format!("{} {}–{}", texts.timeline_title(), year, year + 1);
    let mut lines = Vec::new();
    let inner = if tall {
        let block = ruled(&title);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        lines.push(Line::styled(texts.timeline_legend(), Style::new()));
        inner
    } else {
        // The years alone where the title leaves no room for the legend.
        let mut head = format!("{title} · {}", texts.timeline_legend());
        if width(&head) > usize::from(area.width) {
            head = format!("{}–{} · {}", year, year + 1, texts.timeline_legend());
        }
        lines.push(Line::styled(
            truncate_words(&head, usize::from(area.width)).into_owned(),
            Style::new(),
        ));
        area
    };
    // The selection mark, then the longest short name.
    let label_width = Step::ALL
        .iter()
        .map(|&s| width(texts.step_short(s)))
        .max()
        .unwrap_or(0)
        + 3;
    let track = usize::from(inner.width).saturating_sub(label_width).max(1);
    let timeline = Timeline::new(&model.progress, today, track);
    lines.push(Line::raw(format!(
        "{}{}",
        " ".repeat(label_width),
        month_header(model, &timeline)
    )));
    for step in Step::ALL {
        let status = model.progress.status(step, today);
        let mut cells: Vec<(char, Style)> = vec![('·', FAINT); track];
        if let Some(at) = timeline.today {
            cells[at] = ('│', TITLE);
        }
        if let Some(due) = status.due {
            cells[timeline.column(due)] = ('◆', style::mark(&status));
        }
        if let StepState::Done(on) = status.state {
            cells[timeline.column(on)] = ('✓', style::MARK_DONE);
        }
        let selected = step == model.selected;
        let (mark, label_style) = if selected {
            ("› ", SELECTED)
        } else {
            ("  ", style::text(&status))
        };
        let mut spans = vec![Span::styled(
            pad(&format!("{mark}{}", texts.step_short(step)), label_width),
            label_style,
        )];
        spans.extend(
            cells
                .into_iter()
                .map(|(c, style)| Span::styled(c.to_string(), style)),
        );
        lines.push(Line::from(spans));
    }
    frame.render_widget(super::text_lines(&lines, 0), inner);
}

/// The months across the track, each written from its first day if there is room before
/// the next.
fn month_header(model: &Model, timeline: &Timeline) -> String {
    let texts = model.texts();
    let track = timeline.track;
    let mut header = vec![' '; track];
    for (month, next) in timeline.months() {
        let at = timeline.column(month);
        let next = next.map_or(track, |next| timeline.column(next));
        let short = texts.date_short(month);
        let name = short.split_whitespace().nth(1).unwrap_or_default();
        header[at] = '┊';
        // A month's name whole, or not at all: "avri" reads as nothing.
        if name.chars().count() > next.saturating_sub(at + 1) {
            continue;
        }
        for (i, c) in name.chars().enumerate() {
            if let Some(cell) = header.get_mut(at + 1 + i) {
                *cell = c;
            }
        }
    }
    header.into_iter().collect()
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
