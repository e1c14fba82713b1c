//! What `secu status` prints, as text for people and as JSON for scripts; the row symbols
//! are shared with the terminal screen.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::{Texts, profile_lines};
use crate::procedure::{
    DaysLeft, Late, Progress, SocialSecurityNumber, Step, StepState, StepStatus, SubTask, Urgency,
};
use crate::text::{inert_cut, pad, width};

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
    mark(status.urgency())
}

/// `!!` overdue, `!` due within a week, nothing otherwise.
pub fn mark(urgency: Option<Urgency>) -> &'static str {
    match urgency {
        Some(Urgency::Overdue) => "!! ",
        Some(Urgency::Soon) => "! ",
        _ => "",
    }
}

/// The date part of a row: when it was done, or when it is due.
pub fn when(texts: &dyn Texts, status: &StepStatus) -> String {
    match (status.state, status.due) {
        (StepState::Done(on), _) => texts.done_on_date(on),
        (StepState::Skipped, _) => texts.not_needed().to_owned(),
        (StepState::Open, Some(due)) => texts.due_on_date(due),
        (StepState::Open, None) => texts.no_fixed_date().to_owned(),
    }
}

/// Days left or late, with its urgency mark, or how long the NIA's letter has been awaited
/// once that is late; empty for settled steps.
pub fn days(texts: &dyn Texts, status: &StepStatus) -> String {
    let text = match (status.days_left, status.late) {
        (Some(days), _) => texts.days_left(days),
        (None, Some(Late::NoLetterYet { days })) => texts.count(texts.no_letter_for(), days),
        _ => return String::new(),
    };
    format!("{}{text}", urgency_mark(status))
}

/// The line that says what comes next, or that all is done.
pub fn next_line(texts: &dyn Texts, progress: &Progress, today: NaiveDate) -> String {
    texts.next_line(progress, today)
}

/// How social security numbers are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbers {
    /// `2 95 10 •• ••• ••• 93`: the default, on screen and in output.
    Masked,
    /// `2 95 10, 8 digits hidden, 93`: masked in words, for a screen reader (`--plain`).
    Spoken,
    /// Whole, when the user asks to see them.
    Whole,
}

impl Numbers {
    /// Masked, in words with `plain`, whole with `show`.
    pub fn chosen(show: bool, plain: bool) -> Numbers {
        match (show, plain) {
            (true, _) => Numbers::Whole,
            (false, true) => Numbers::Spoken,
            (false, false) => Numbers::Masked,
        }
    }

    /// `number` as this says to show it.
    pub fn show(self, texts: &dyn Texts, number: &SocialSecurityNumber) -> String {
        match self {
            Numbers::Masked => number.masked(),
            Numbers::Spoken => {
                let (start, hidden, end) = number.masked_ends();
                texts.digits_hidden(&start, hidden, &end)
            }
            Numbers::Whole => number.revealed(),
        }
    }
}

/// The number shown for a step, masked unless asked — never anywhere else whole.
fn number_text(
    texts: &dyn Texts,
    progress: &Progress,
    step: Step,
    numbers: Numbers,
) -> Option<String> {
    progress.number(step).map(|n| numbers.show(texts, n))
}

/// The text of `secu status`; numbers shown as `numbers` says.
pub fn status_text(
    texts: &dyn Texts,
    progress: &Progress,
    today: NaiveDate,
    numbers: Numbers,
) -> String {
    // What comes next first: a screen reader reads it before anything else, and so does
    // whoever looks in a hurry.
    let mut out = format!("{}\n\n", next_line(texts, progress, today));
    let profile = progress.profile();
    let start = profile.contract_start_or_default(today);
    let gauge = texts.progress_gauge(progress.done_count(), progress.owed_count());
    let _ = writeln!(out, "secu — {} · {gauge}", texts.app_title());
    for line in profile_lines(texts, profile, start) {
        let _ = writeln!(out, "  {line}");
    }
    out.push('\n');
    let title_width = Step::ALL
        .iter()
        .map(|&s| width(texts.step_title(s)))
        .max()
        .unwrap_or(0);
    let statuses = Step::ALL.map(|step| progress.status(step, today));
    let whens = statuses.map(|status| when(texts, &status));
    let when_width = whens.iter().map(|w| width(w)).max().unwrap_or(0);
    for (status, when) in statuses.iter().zip(&whens) {
        let step = status.step;
        let last = number_text(texts, progress, step, numbers)
            .map(|number| texts.labelled(texts.number_label(), &number))
            .unwrap_or_else(|| days(texts, status));
        let line = format!(
            "{} {:<11}  {}  {}  {last}",
            checkbox(status.state),
            step.id(),
            pad(texts.step_title(step), title_width),
            pad(when, when_width),
        );
        let _ = writeln!(out, "{}", line.trim_end());
        if let Some(late) = progress.late(step, today) {
            let advice = texts.late_advice(step, late, progress);
            let _ = writeln!(
                out,
                "      ! {}",
                texts.labelled(texts.late_label(), &advice)
            );
        }
        out.push_str(&proof_text(texts, progress, step));
    }
    out
}

/// The small tasks of the sheet (account on ameli.fr, attestation downloaded), one line
/// each, as `status` shows them under the step that carries them.
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

/// What is kept as proof under a step in `status`: the small tasks, the PDF sent, the note.
fn proof_text(texts: &dyn Texts, progress: &Progress, step: Step) -> String {
    let mut out = String::new();
    let record = progress.record(step);
    if step == progress.tasks_step() {
        out.push_str(&tasks_text(texts, progress));
    }
    if let Some(pdf) = &record.pdf {
        let name = pdf.file_name().unwrap_or(pdf.as_os_str()).to_string_lossy();
        let name = inert_cut(&name, 80);
        let _ = writeln!(out, "      {}", texts.labelled(texts.pdf_label(), &name));
    }
    if let Some(note) = &record.note {
        let label = texts.note_label();
        let indent = " ".repeat(width(&texts.labelled(label, "")));
        for (i, line) in note.lines().enumerate() {
            let line = inert_cut(line, 200);
            if i == 0 {
                let _ = writeln!(out, "      {}", texts.labelled(label, &line));
            } else {
                let _ = writeln!(out, "      {indent}{line}");
            }
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
    /// Marked `!!` on every screen: its deadline, or one behind it, passed, or the NIA's
    /// letter is four weeks late.
    late: bool,
}

#[derive(Serialize)]
struct StepJson<'a> {
    step: Step,
    state: &'static str,
    done_on: Option<NaiveDate>,
    due: Option<NaiveDate>,
    days_left: Option<i64>,
    late: bool,
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
                late: status.late.is_some(),
                number: show_numbers.then(|| progress.number(step).map(|n| n.full())),
            }
        })
        .collect();
    // What the next step must be done by: its own deadline, or for the NIA, which has none,
    // the first deadline after it.
    let next = progress.next().map(|step| {
        let due = progress.next_due(today);
        NextJson {
            step,
            due,
            days_left: due.map(|due| DaysLeft::between(today, due).0),
            late: progress.next_urgency(today) == Some(Urgency::Overdue),
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
    use crate::procedure::{Change, Level, Profile, ProfileEdit};

    use crate::testing::date;

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
            r#""next":{"step":"nir","due":"2026-11-30","days_left":4,"late":false},"#,
            r#""steps":[{"step":"request","state":"done","done_on":"2026-10-02","due":"2026-10-15","days_left":null,"late":false},"#,
            r#"{"step":"nia","state":"done","done_on":"2026-10-20","due":null,"days_left":null,"late":false},"#,
            r#"{"step":"nir","state":"open","done_on":null,"due":"2026-11-30","days_left":4,"late":false},"#,
            r#"{"step":"attestation","state":"open","done_on":null,"due":"2026-12-31","days_left":35,"late":false},"#,
            r#"{"step":"ensap","state":"open","done_on":null,"due":"2027-01-31","days_left":66,"late":false}]}"#
        );
        assert_eq!(status_json(&example(), TODAY, false), expected);
    }

    #[test]
    fn json_next_of_the_nia_is_due_with_the_first_deadline_after_it() {
        let mut p = example();
        p.untick(Step::Nia).unwrap();
        let json = status_json(&p, TODAY, false);
        assert!(
            json.contains(r#""next":{"step":"nia","due":"2026-11-30","days_left":4,"late":true}"#),
            "{json}"
        );
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
        let masked = status_text(texts, &p, TODAY, Numbers::Masked);
        assert!(masked.contains("Number: 8 84 05 •• ••• ••• 23"), "{masked}");
        assert!(!masked.contains("88 321 025"), "{masked}");
        let shown = status_text(texts, &p, TODAY, Numbers::Whole);
        assert!(shown.contains("Number: 8 84 05 88 321 025 23"), "{shown}");
        let json = status_json(&p, TODAY, false);
        assert!(!json.contains("number"), "{json}");
        let json = status_json(&p, TODAY, true);
        assert!(json.contains(r#""state":"done","done_on":"2026-10-20","due":null,"days_left":null,"late":false,"number":"884058832102523"}"#), "{json}");
        assert!(
            json.contains(r#""days_left":4,"late":false,"number":null}"#),
            "{json}"
        );
    }

    #[test]
    fn text_marks_state_and_urgency_without_colour() {
        let text = status_text(
            Lang::En.texts(),
            &example(),
            date(2026, 11, 28),
            Numbers::Masked,
        );
        assert!(text.contains("[x] request"), "{text}");
        assert!(text.contains("! in 2 days"), "{text}");
        assert!(text.contains("Next: Definitive number (NIR) — due 30 November 2026 (in 2 days)"));
        let late = status_text(
            Lang::En.texts(),
            &example(),
            date(2026, 12, 2),
            Numbers::Masked,
        );
        assert!(late.contains("!! 2 days late"), "{late}");
    }

    #[test]
    fn a_late_step_says_what_to_do_under_it() {
        let late = status_text(
            Lang::En.texts(),
            &example(),
            date(2026, 12, 2),
            Numbers::Masked,
        );
        assert!(
            late.contains("      ! Late: Common: for people born abroad it can take up to 9 months. Tell the bureau des assistants"),
            "{late}"
        );
        let fr = status_text(
            Lang::Fr.texts(),
            &example(),
            date(2026, 12, 2),
            Numbers::Masked,
        );
        assert!(
            fr.contains(
                "      ! En retard\u{a0}: Fréquent\u{a0}: pour les personnes nées à l’étranger"
            ),
            "{fr}"
        );
        let on_time = status_text(Lang::En.texts(), &example(), TODAY, Numbers::Masked);
        assert!(!on_time.contains("Late:"), "{on_time}");
    }

    #[test]
    fn french_labels_take_a_no_break_space() {
        let mut p = example();
        p.apply(
            &Change::SetNote {
                step: Step::Nia,
                note: Some("appel le 12/11".to_owned()),
            },
            TODAY,
        )
        .unwrap();
        let nia = crate::procedure::SocialSecurityNumber::parse("884058832102523").unwrap();
        p.set_number(Step::Nia, nia).unwrap();
        let text = status_text(Lang::Fr.texts(), &p, TODAY, Numbers::Masked);
        assert!(text.contains("Numéro\u{a0}: 8 84 05"), "{text}");
        assert!(text.contains("Note\u{a0}: appel le 12/11"), "{text}");
    }

    #[test]
    fn the_registered_path_carries_the_tasks_on_the_attestation() {
        let mut p = example();
        p.apply(
            &Change::EditProfile(ProfileEdit {
                already_registered: Some(true),
                ..ProfileEdit::default()
            }),
            TODAY,
        )
        .unwrap();
        let text = status_text(Lang::En.texts(), &p, TODAY, Numbers::Masked);
        let attestation = text.find("[ ] attestation").unwrap();
        let task = text.find("Account created on ameli.fr").unwrap();
        assert!(task > attestation, "{text}");
        assert_eq!(text.matches("not needed").count(), 3, "{text}");
    }
}
