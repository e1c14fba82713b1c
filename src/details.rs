//! What the details of a step say, row by row, most useful first: pure, so that the
//! checklist's details pane, `secu show` and the tests read the same rows.

use chrono::{Datelike, NaiveDate};

use crate::i18n::{Texts, sheet};
use crate::procedure::{Contact, Progress, Step, StepState, SubTask, links};
use crate::report;
use crate::text::{inert, inert_cut};

/// What a row of the details is, which decides how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// When the step is due or was done, and why then: coloured like its row.
    When,
    /// What to do now about a late step.
    Late,
    Number,
    Task {
        done: bool,
    },
    Plain,
    Note,
    /// A web address, drawn whole on its own lines.
    Link,
    /// The sheet's own French sentence.
    Sheet,
    Translation,
}

/// One row of the details: a label (empty to continue the one above), its text, its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetailField {
    pub label: &'static str,
    pub text: String,
    pub kind: FieldKind,
}

impl DetailField {
    fn new(label: &'static str, text: impl Into<String>, kind: FieldKind) -> DetailField {
        DetailField {
            label,
            text: text.into(),
            kind,
        }
    }
}

/// Rows under one label: the label on the first, continuation rows after it.
fn rows<I: IntoIterator<Item = String>>(
    label: &'static str,
    texts: I,
    kind: FieldKind,
) -> impl Iterator<Item = DetailField> {
    texts
        .into_iter()
        .enumerate()
        .map(move |(i, text)| DetailField::new(if i == 0 { label } else { "" }, text, kind))
}

/// What the details are made of: the words, the file, the day, and the step's number as it
/// is to be shown (masked unless the user asked to see it).
pub struct Source<'a> {
    pub texts: &'a dyn Texts,
    pub progress: &'a Progress,
    pub today: NaiveDate,
    pub number: Option<String>,
}

impl Source<'_> {
    fn texts(&self) -> &dyn Texts {
        self.texts
    }
}

/// The details of a step, most useful first: a short window shows the top, PageDown the
/// rest.
pub fn detail_fields(model: &Source, step: Step) -> Vec<DetailField> {
    let mut fields = timing(model, step);
    fields.extend(number_and_tasks(model, step));
    fields.extend(what_and_who(model, step));
    fields.extend(proof_and_links(model, step));
    fields.extend(the_sheet(model, step));
    fields
}

/// When a late step must be acted on, when it is due and why then, and the NIR's usual delay.
fn timing(model: &Source, step: Step) -> Vec<DetailField> {
    let texts = model.texts();
    let progress = &model.progress;
    let today = model.today;
    let status = progress.status(step, today);
    let rule = texts.deadline_rule(step, progress.deadline(step, today).as_ref());
    let state = match (status.state, status.due, status.days_left) {
        (StepState::Open, Some(due), Some(days)) => {
            format!("{} ({})", texts.due_on_date(due), texts.days_left(days))
        }
        (StepState::Open, _, _) => String::new(),
        _ => report::when(texts, &status),
    };
    let when = match (status.state, state.is_empty()) {
        (StepState::Skipped, _) => state,
        (_, true) => rule,
        (_, false) => format!("{state} — {rule}"),
    };
    let mut fields = Vec::new();
    // Late, what to do now comes first: the row already says how late.
    if let Some(late) = progress.late(step, today) {
        let advice = texts.late_advice(step, late, progress);
        fields.push(DetailField::new(
            texts.late_label(),
            advice,
            FieldKind::Late,
        ));
    }
    fields.push(DetailField::new(
        texts.deadline_label(),
        when,
        FieldKind::When,
    ));
    if step == Step::Nir && status.state == StepState::Open {
        let usual = texts.usual_nir_delay(progress, today);
        fields.push(DetailField::new(
            texts.usual_label(),
            usual,
            FieldKind::Plain,
        ));
    }
    fields
}

/// The step's number, and the sheet's two small tasks on the step that carries them.
fn number_and_tasks(model: &Source, step: Step) -> Vec<DetailField> {
    let texts = model.texts();
    let progress = &model.progress;
    let mut fields = Vec::new();
    if step.number_step().is_some() {
        let number = match &model.number {
            Some(number) => number.clone(),
            None => texts.no_number(step, progress).to_owned(),
        };
        fields.push(DetailField::new(
            texts.number_label(),
            number,
            FieldKind::Number,
        ));
    }
    if step == progress.tasks_step() {
        for (n, task) in SubTask::ALL.into_iter().enumerate() {
            let done = progress.task_done(task);
            let mark = if done { "[x]" } else { "[ ]" };
            let text = format!("{} {mark} {}", n + 1, texts.task(task));
            fields.push(DetailField::new("", text, FieldKind::Task { done }));
        }
    }
    fields
}

/// What to do, what to have at hand, who does it, and whom to contact.
fn what_and_who(model: &Source, step: Step) -> Vec<DetailField> {
    let texts = model.texts();
    let profile = model.progress.profile();
    let mut fields = vec![DetailField::new(
        texts.todo_label(),
        texts.step_todo(step, profile),
        FieldKind::Plain,
    )];
    let needs = texts.needs(step, profile).into_iter();
    fields.extend(rows(
        texts.needs_label(),
        needs.map(|need| format!("• {need}")),
        FieldKind::Plain,
    ));
    fields.push(DetailField::new(
        texts.who_label(),
        texts.step_who(step, profile),
        FieldKind::Plain,
    ));
    if let Some(contact) = Contact::for_profile(profile) {
        let contact = texts.contact(&contact);
        fields.push(DetailField::new(
            texts.contact_label(),
            contact,
            FieldKind::Plain,
        ));
    }
    fields
}

/// The PDF sent, the note, and the step's pages.
fn proof_and_links(model: &Source, step: Step) -> Vec<DetailField> {
    let texts = model.texts();
    let progress = &model.progress;
    let record = progress.record(step);
    let mut fields = Vec::new();
    if let Some(pdf) = &record.pdf {
        let name = pdf.file_name().unwrap_or(pdf.as_os_str()).to_string_lossy();
        let name = inert_cut(&name, 80);
        fields.push(DetailField::new(texts.pdf_label(), name, FieldKind::Plain));
    }
    if let Some(note) = &record.note {
        let lines = note.lines().map(|line| inert(line).into_owned());
        fields.extend(rows(texts.note_label(), lines, FieldKind::Note));
    }
    let addresses = links(step).iter().map(|site| site.address().to_owned());
    fields.extend(rows(texts.link_label(), addresses, FieldKind::Link));
    fields
}

/// The sheet's own French words for the step, and their translation.
fn the_sheet(model: &Source, step: Step) -> Vec<DetailField> {
    let texts = model.texts();
    let progress = &model.progress;
    let profile = progress.profile();
    let registered = profile.already_registered;
    let sentence = match (step, registered) {
        (Step::Attestation, true) => sheet::ALREADY_REGISTERED.to_owned(),
        _ => sheet::wording(step, profile.level),
    };
    let blank = sheet::blank(step)
        .map(|blank| format!("\u{a0}: {blank} …/…/…"))
        .unwrap_or_default();
    // Only the sheet's own words between its quotation marks; the deadline above is secu's
    // reading of them.
    let when = match sheet::when(step) {
        Some(when) if !registered => format!(" «\u{a0}{when}\u{a0}»"),
        _ => String::new(),
    };
    let mut fields = vec![DetailField::new(
        texts.sheet_label(),
        format!("«\u{a0}{sentence}\u{a0}»{when}{blank}"),
        FieldKind::Sheet,
    )];
    let start = profile.contract_start_or_default(model.today);
    if start.month() != 10 && !registered {
        fields.push(DetailField::new(
            "",
            texts.sheet_months_moved(texts.month_name(start)),
            FieldKind::Translation,
        ));
    }
    if let Some(translation) = texts.sheet_translation_of(step, profile.level, registered) {
        fields.push(DetailField::new("", translation, FieldKind::Translation));
    }
    fields
}
