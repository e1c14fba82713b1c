//! The promise of the dated checklist, as a property: whatever the contract start, the dates
//! ticked, the path and the day, the deadlines agree with each other and every place that
//! shows one names the same date as the list.

#![allow(clippy::unwrap_used)]

use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate, Utc};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use secu::export;
use secu::i18n::Lang;
use secu::procedure::{Change, Level, Profile, Progress, Step, StepState, format_date};
use secu::report;
use secu::tui::{FieldKind, Model, Timeline, regions, view};

/// A contract start from August to March of a year from 2000 to 2090, the already-registered
/// path or not, a valid run of done dates, and a day to look from.
fn case() -> impl Strategy<Value = (Progress, NaiveDate)> {
    (
        2000i32..=2090,
        prop::sample::select(vec![8u32, 9, 10, 11, 12, 1, 2, 3]),
        1u32..=28,
        any::<bool>(),
        0usize..=5,
        prop::collection::vec(0u64..70, 5),
        -40i64..120,
        0u64..400,
    )
        .prop_map(|(year, month, day, registered, done, gaps, first, after)| {
            let start = NaiveDate::from_ymd_opt(year, month, day).unwrap();
            let mut progress = Progress::new(Profile {
                level: Some(Level::Secondary),
                contract_start: Some(start),
                already_registered: registered,
                ..Profile::default()
            });
            let steps: Vec<Step> = Step::ALL
                .into_iter()
                .filter(|s| !(registered && s.skipped_when_registered()))
                .take(done)
                .collect();
            let mut on = start
                .checked_add_signed(chrono::Duration::days(first))
                .unwrap();
            let mut dates = Vec::new();
            for (step, gap) in steps.iter().zip(&gaps) {
                on = on.checked_add_days(Days::new(*gap)).unwrap();
                dates.push((*step, on));
            }
            let today = dates
                .last()
                .map_or(start, |&(_, on)| on)
                .checked_add_days(Days::new(after))
                .unwrap();
            for (step, on) in dates {
                progress
                    .apply(
                        &Change::Tick {
                            step,
                            on,
                            number: None,
                        },
                        today,
                    )
                    .unwrap();
            }
            (progress, today)
        })
}

/// The columns of the step rows of the timeline, read back from the drawn screen.
fn timeline_marks(model: &Model) -> Vec<(Step, Option<usize>)> {
    let area = ratatui::layout::Rect::new(0, 0, 80, 24);
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal.draw(|frame| view(model, frame)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    // Each step's row, where the screen says it is.
    regions(model, area)
        .rows
        .into_iter()
        .map(|(step, row)| {
            let column = (0..area.width).position(|x| buffer[(x, row.y)].symbol() == "◆");
            (step, column)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_deadlines_agree_everywhere((progress, today) in case()) {
        let texts = Lang::En.texts();
        let open: Vec<(Step, NaiveDate)> = Step::ALL
            .into_iter()
            .filter(|&s| progress.state(s) == StepState::Open)
            .filter_map(|s| progress.due(s, today).map(|due| (s, due)))
            .collect();

        // Open deadlines never decrease in the order of the steps…
        for pair in open.windows(2) {
            prop_assert!(pair[0].1 <= pair[1].1, "{:?}", open);
        }
        // …so the next step is the open step due first (the NIA, which has no date, comes
        // before the NIR, whose date it must beat).
        let next = progress.next();
        let first_due = open.first().map(|&(_, due)| due);
        prop_assert_eq!(progress.next_due(today), first_due);
        if let (Some(next), Some(&(first, _))) = (next, open.first()) {
            prop_assert!(next == first || (next == Step::Nia && first == Step::Nir));
        }
        // …and `status --json` says the same.
        let json: serde_json::Value =
            serde_json::from_str(&report::status_json(&progress, today, false)).unwrap();
        let json_due = json["next"]["due"].as_str().map(str::to_owned);
        prop_assert_eq!(json_due, first_due.map(|d| d.format("%Y-%m-%d").to_string()));
        for (i, step) in Step::ALL.into_iter().enumerate() {
            let due = json["steps"][i]["due"].as_str().map(str::to_owned);
            prop_assert_eq!(
                due,
                progress.due(step, today).map(|d| d.format("%Y-%m-%d").to_string())
            );
        }

        // Every label names the list's date.
        let mut model = Model::new(progress.clone(), today, Lang::En, None);
        let sheet = export::filled_sheet(&progress, today);
        let record = export::next_record(texts, &progress, today, None);
        let calendar = export::calendar(texts, &progress, today, Utc::now(), &record);
        let calendar = Calendar::from_str(&calendar).unwrap();
        for step in Step::ALL {
            let status = progress.status(step, today);
            let list = report::when(texts, &status);
            // The details' "when" line.
            let fields = model.details(step);
            let when = fields
                .iter()
                .find(|f| f.kind == FieldKind::When)
                .unwrap()
                .text
                .to_lowercase();
            prop_assert!(when.contains(&list.to_lowercase()), "{}: {:?} vs {:?}", step, when, list);
            let Some(due) = status.due else { continue };
            // The rule's words name the due date's own month, never another one.
            if step != Step::Request && step != Step::Nir {
                let deadline = progress.deadline(step, today);
                let rule = texts.deadline_rule(step, deadline.as_ref());
                let month = texts.month_name(due);
                prop_assert!(
                    rule.contains(month) || rule.contains("two weeks"),
                    "{}: {:?} does not name {}", step, rule, month
                );
            }
            // The filled sheet.
            let row = sheet.lines().find(|l| l.starts_with("| **") && l.contains(secu::i18n::sheet::heading(step))).unwrap();
            if status.state != StepState::Skipped {
                prop_assert!(row.contains(&format!("au plus tard le {}", format_date(due))), "{}", row);
            }
            // The calendar, for open steps.
            if status.state == StepState::Open {
                let event = calendar.components.iter().find_map(|c| match c {
                    CalendarComponent::Event(e) if e.get_uid().is_some_and(|u| u.contains(&format!("-{}-", step.id()))) => Some(e),
                    _ => None,
                });
                // A passed deadline rings today, named as overdue.
                let day = due.max(today);
                prop_assert_eq!(event.and_then(|e| e.get_start()), Some(DatePerhapsTime::Date(day)));
                let summary = event.and_then(|e| e.get_summary()).unwrap_or_default();
                prop_assert_eq!(summary.contains("overdue since"), due < today, "{}", summary);
            }
        }
        // The timeline: each ◆ in the column of its step's date.
        model.timeline = true;
        // The selection mark, the longest short name and a space.
        let label_width = Step::ALL.iter().map(|&s| texts.step_short(s).chars().count()).max().unwrap() + 3;
        let timeline = Timeline::new(&progress, today, 80 - label_width);
        for (step, column) in timeline_marks(&model) {
            let status = progress.status(step, today);
            let Some(due) = status.due else { continue };
            let hidden_by_tick = progress
                .done_on(step)
                .is_some_and(|on| timeline.column(on) == timeline.column(due));
            if !hidden_by_tick {
                prop_assert_eq!(column, Some(label_width + timeline.column(due)), "{}", step);
            }
        }
        // Every date is a four-digit year.
        prop_assert!(!json.to_string().contains("\"+"));
        prop_assert!(today.year() <= 2100);
    }
}
