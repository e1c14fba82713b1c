//! What `secu status` prints, as text for people and as JSON for scripts; the row symbols
//! are shared with the terminal screen.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::{Texts, inert, profile_lines};
use crate::procedure::{Progress, Step, StepState, StepStatus, SubTask, Urgency};

/// The checkbox of a row: the state reads without colour.
pub fn checkbox(state: StepState) -> &'static str {
    match state {
        StepState::Done(_) => "[x]",
        StepState::Skipped => "[-]",
        StepState::Open => "[ ]",
    }
}

/// The urgency of an open step, if any, as a word-free symbol placed before its days left:
/// `!!` overdue, `!` due within a week.
pub fn urgency_mark(status: &StepStatus) -> &'static str {
    match status.days_left.map(|d| d.urgency()) {
        Some(Urgency::Overdue) => "!! ",
        Some(Urgency::Soon) => "! ",
        _ => "",
    }
}

/// The date part of a row: when it was done, or when it is due.
pub fn when(texts: &dyn Texts, status: &StepStatus) -> String {
    match (status.state, status.due) {
        (StepState::Done(on), _) => texts.done_on(on),
        (StepState::Skipped, _) => texts.skipped().to_owned(),
        (StepState::Open, Some(due)) => texts.due_on(due),
        (StepState::Open, None) => texts.no_fixed_date().to_owned(),
    }
}

/// Days left or late, with its urgency mark; empty for settled steps.
pub fn days(texts: &dyn Texts, status: &StepStatus) -> String {
    status
        .days_left
        .map(|d| format!("{}{}", urgency_mark(status), texts.days_left(d)))
        .unwrap_or_default()
}

/// The line that says what comes next, or that all is done.
pub fn next_line(texts: &dyn Texts, progress: &Progress, today: NaiveDate) -> String {
    match progress.next() {
        Some(step) => {
            let status = progress.status(step, today);
            texts.next_line(step, status.due, status.days_left)
        }
        None => texts.all_done().to_owned(),
    }
}

/// The number recorded on a step, masked unless `show` — never anywhere else whole.
fn number_text(progress: &Progress, step: Step, show: bool) -> Option<String> {
    progress
        .number(step)
        .map(|n| if show { n.revealed() } else { n.masked() })
}

/// The text of `secu status`; numbers are masked unless `show_numbers`.
pub fn status_text(
    texts: &dyn Texts,
    progress: &Progress,
    today: NaiveDate,
    show_numbers: bool,
) -> String {
    let mut out = String::new();
    let profile = progress.profile();
    let start = profile.contract_start_or_default(today);
    let _ = writeln!(out, "secu — {}", texts.app_title());
    for line in profile_lines(texts, profile, start) {
        let _ = writeln!(out, "  {line}");
    }
    out.push('\n');
    let title_width = Step::ALL
        .iter()
        .map(|&s| texts.step_title(s).chars().count())
        .max()
        .unwrap_or(0);
    let statuses = Step::ALL.map(|step| progress.status(step, today));
    let whens = statuses.map(|status| when(texts, &status));
    let when_width = whens.iter().map(|w| w.chars().count()).max().unwrap_or(0);
    for (status, when) in statuses.iter().zip(&whens) {
        let step = status.step;
        let last = number_text(progress, step, show_numbers)
            .map(|number| format!("{}: {number}", texts.number_label()))
            .unwrap_or_else(|| days(texts, status));
        let line = format!(
            "{} {:<11}  {:<title_width$}  {:<when_width$}  {last}",
            checkbox(status.state),
            step.id(),
            texts.step_title(step),
            when,
        );
        let _ = writeln!(out, "{}", line.trim_end());
        out.push_str(&proof_text(texts, progress, step));
    }
    out.push('\n');
    let _ = writeln!(out, "{}", next_line(texts, progress, today));
    out
}

/// The NIR's small tasks, one line each, as `status` shows them.
pub fn tasks_text(texts: &dyn Texts, progress: &Progress) -> String {
    SubTask::ALL
        .iter()
        .map(|&task| {
            let mark = if progress.task_done(task) {
                "[x]"
            } else {
                "[ ]"
            };
            format!("      {mark} {}\n", texts.task(task))
        })
        .collect()
}

/// What is kept as proof under a step in `status`: the NIR's tasks, the PDF sent, the note.
fn proof_text(texts: &dyn Texts, progress: &Progress, step: Step) -> String {
    let mut out = String::new();
    let record = progress.record(step);
    if step == Step::Nir {
        out.push_str(&tasks_text(texts, progress));
    }
    if let Some(pdf) = &record.pdf {
        let name = pdf.file_name().unwrap_or(pdf.as_os_str()).to_string_lossy();
        let _ = writeln!(out, "      {}: {}", texts.pdf_label(), inert(&name, 80));
    }
    if let Some(note) = &record.note {
        for (i, line) in note.lines().enumerate() {
            let label = if i == 0 { texts.note_label() } else { "" };
            let pad = if i == 0 { ": " } else { "  " };
            let indent = " ".repeat(
                texts
                    .note_label()
                    .chars()
                    .count()
                    .saturating_sub(label.chars().count()),
            );
            let _ = writeln!(out, "      {label}{indent}{pad}{}", inert(line, 200));
        }
    }
    out
}

#[derive(Serialize)]
struct StatusJson<'a> {
    today: NaiveDate,
    next: Option<NextJson>,
    steps: Vec<StepJson<'a>>,
}

#[derive(Serialize)]
struct NextJson {
    step: Step,
    due: Option<NaiveDate>,
    days_left: Option<i64>,
}

#[derive(Serialize)]
struct StepJson<'a> {
    step: Step,
    state: &'static str,
    done_on: Option<NaiveDate>,
    due: Option<NaiveDate>,
    days_left: Option<i64>,
    /// Present only when numbers were asked for: a number is personal data.
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<Option<&'a str>>,
}

/// The object of `secu status --json`, on one line; its fields are documented in the README.
/// Numbers are included, whole, only with `show_numbers`.
pub fn status_json(progress: &Progress, today: NaiveDate, show_numbers: bool) -> String {
    let steps: Vec<StepJson> = Step::ALL
        .into_iter()
        .map(|step| {
            let status = progress.status(step, today);
            StepJson {
                step,
                state: status.state.id(),
                done_on: progress.done_on(step),
                due: status.due,
                days_left: status.days_left.map(|d| d.0),
                number: show_numbers.then(|| progress.number(step).map(|n| n.full())),
            }
        })
        .collect();
    let next = progress.next().map(|step| {
        let status = progress.status(step, today);
        NextJson {
            step,
            due: status.due,
            days_left: status.days_left.map(|d| d.0),
        }
    });
    let json = StatusJson { today, next, steps };
    // Serialising plain structs of dates and numbers cannot fail.
    serde_json::to_string(&json).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::procedure::{Level, Profile};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();

    fn example() -> Progress {
        let mut p = Progress::new(Profile {
            level: Some(Level::Secondary),
            ..Profile::default()
        });
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        p.tick(Step::Nia, date(2026, 10, 20), TODAY).unwrap();
        p
    }

    #[test]
    fn json_is_the_documented_object() {
        let expected = concat!(
            r#"{"today":"2026-11-26","#,
            r#""next":{"step":"nir","due":"2027-01-02","days_left":37},"#,
            r#""steps":[{"step":"request","state":"done","done_on":"2026-10-02","due":"2026-10-15","days_left":null},"#,
            r#"{"step":"nia","state":"done","done_on":"2026-10-20","due":null,"days_left":null},"#,
            r#"{"step":"nir","state":"open","done_on":null,"due":"2027-01-02","days_left":37},"#,
            r#"{"step":"attestation","state":"open","done_on":null,"due":"2026-12-31","days_left":35},"#,
            r#"{"step":"ensap","state":"open","done_on":null,"due":"2027-01-31","days_left":66}]}"#
        );
        assert_eq!(status_json(&example(), TODAY, false), expected);
    }

    #[test]
    fn json_next_is_null_when_everything_is_settled() {
        let mut p = example();
        for step in [Step::Nir, Step::Attestation, Step::Ensap] {
            p.tick(step, TODAY, TODAY).unwrap();
        }
        assert!(status_json(&p, TODAY, false).contains(r#""next":null"#));
    }

    #[test]
    fn numbers_are_masked_unless_asked_for() {
        let mut p = example();
        let nia = crate::procedure::SocialSecurityNumber::parse("884058832102523").unwrap();
        p.set_number(Step::Nia, nia).unwrap();
        let texts = Lang::En.texts();
        let masked = status_text(texts, &p, TODAY, false);
        assert!(masked.contains("Number: 8 84 05 •• ••• ••• 23"), "{masked}");
        assert!(!masked.contains("88 321 025"), "{masked}");
        let shown = status_text(texts, &p, TODAY, true);
        assert!(shown.contains("Number: 8 84 05 88 321 025 23"), "{shown}");
        let json = status_json(&p, TODAY, false);
        assert!(!json.contains("number"), "{json}");
        let json = status_json(&p, TODAY, true);
        assert!(json.contains(r#""state":"done","done_on":"2026-10-20","due":null,"days_left":null,"number":"884058832102523"}"#), "{json}");
        assert!(json.contains(r#""days_left":37,"number":null}"#), "{json}");
    }

    #[test]
    fn text_marks_state_and_urgency_without_colour() {
        let text = status_text(Lang::En.texts(), &example(), date(2026, 12, 28), false);
        assert!(text.contains("[x] request"), "{text}");
        assert!(text.contains("! in 3 days"), "{text}");
        assert!(text.contains("Next: Definitive number (NIR) — due 2 January 2027 (in 5 days)"));
        let late = status_text(Lang::En.texts(), &example(), date(2027, 1, 4), false);
        assert!(late.contains("!! 2 days late"), "{late}");
    }
}
