//! Messages and how each one changes the model: the only place the screen's state moves.

use std::fmt;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::model::{LEVELS, Mode, Model, Notice, Question, Setup, TextField};
use crate::export::Draft;
use crate::i18n::{Lang, Texts};
use crate::pdf::PdfError;
use crate::procedure::{
    Change, Department, Level, NumberForm, ProfileEdit, Progress, SocialSecurityNumber, Step,
    StepState, SubTask, TransitionError, format_date, links, parse_date, valid_email,
};
use crate::store::{Document, StoreError, UpdateError};

/// Something that happened: a key, understood, or the outcome of an effect.
#[derive(Debug)]
pub enum Message {
    MoveUp,
    MoveDown,
    /// Tick the selected step: opens the date field.
    Tick,
    /// Un-tick the selected step: asks for confirmation.
    Untick,
    /// Give or correct the number of the selected step.
    EditNumber,
    /// Show the selected step's number in full, until the selection moves.
    Reveal,
    /// Copy the selected step's number in the form its site wants.
    Copy,
    OpenSetup,
    ToggleHelp,
    ToggleGlossary,
    ToggleTimeline,
    /// Open the selected step's page in a browser (or copy its address).
    OpenLink,
    /// Show the e-mail to the gestionnaire (on the attestation).
    ShowMail,
    EditNote,
    EnterPdf,
    ToggleTask(SubTask),
    /// Scroll the details pane.
    ScrollDetails(i16),
    /// A new line in the note being written.
    NewLine,
    /// Save the note being written.
    SaveNote,
    /// Speak the next language, and save the choice.
    CycleLanguage,
    Quit,
    /// The footer's message has been read: a key was pressed.
    Dismiss,
    Type(char),
    Erase,
    Submit,
    Cancel,
    Answer(bool),
    /// The result of an [`Effect::Apply`]: the change asked for, and the progress as saved
    /// or why nothing was saved.
    Applied {
        change: Change,
        result: Result<Progress, UpdateError<TransitionError>>,
    },
    /// Choose the first or the second link of the step.
    ChooseLink(usize),
    /// The file, read again because it changed on disk since the screen last saw it.
    Reloaded(Result<Option<Document>, StoreError>),
    /// The result of an [`Effect::Copy`].
    Copied(Result<(), String>),
    /// The result of an [`Effect::Open`].
    Opened(Opened),
    /// The PDF given to [`Effect::AttachPdf`] was refused; nothing was saved.
    PdfRefused(PdfError),
    /// The local date changed while the screen was open.
    NewDay(NaiveDate),
}

/// Work for the runtime: `update` stays pure and never touches the file or the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Apply the change to the file (read afresh under its lock) and report back with
    /// [`Message::Applied`].
    Apply(Change),
    /// Put the text on the clipboard (OSC 52) and report back with [`Message::Copied`].
    Copy(ClipboardText),
    /// Open an address (a web page, a `mailto:`) with the system's default program, or copy
    /// it where none can be opened; report back with [`Message::Opened`].
    Open(String),
    /// Check that the path is a PDF, then save it like [`Effect::Apply`] does.
    AttachPdf(PathBuf),
}

/// What became of an address to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    InBrowser,
    /// No browser could be opened here (SSH, no display): the address went to the
    /// clipboard.
    Copied,
}

/// Text for the clipboard: a social security number, so its `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct ClipboardText(pub String);

impl fmt::Debug for ClipboardText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ClipboardText({} characters)", self.0.chars().count())
    }
}

pub fn update(model: &mut Model, message: Message) -> Option<Effect> {
    match message {
        Message::Quit => {
            model.running = false;
            None
        }
        Message::Dismiss => {
            model.notice = None;
            None
        }
        Message::NewDay(today) => {
            model.today = today;
            None
        }
        Message::Applied { change, result } => {
            applied(model, &change, result);
            None
        }
        Message::Reloaded(result) => {
            let texts = model.texts();
            match result {
                Ok(document) => {
                    model.file_problem = None;
                    let progress = document.map(|d| d.progress).unwrap_or_default();
                    if progress != model.progress {
                        model.progress = progress;
                        model.notice = Some(Notice::Warning(texts.changed_elsewhere().to_owned()));
                    }
                }
                // Shown for as long as it lasts, not as a notice the next key clears: every
                // save would refuse the same way, and nothing is overwritten.
                Err(error) => model.file_problem = Some(texts.store_error(&error)),
            }
            None
        }
        Message::Opened(opened) => {
            let texts = model.texts();
            model.notice = Some(Notice::Info(
                match opened {
                    Opened::InBrowser => texts.link_opened(),
                    Opened::Copied => texts.link_copied(),
                }
                .to_owned(),
            ));
            if matches!(model.mode, Mode::Mail | Mode::ChooseLink { .. }) {
                model.mode = Mode::Checklist;
            }
            None
        }
        Message::PdfRefused(error) => {
            let text = model.texts().pdf_error(&error);
            if let Mode::EnterPdf { field } = &mut model.mode {
                field.error = Some(text);
            }
            None
        }
        Message::Copied(result) => {
            if result.is_err() {
                model.notice = Some(Notice::Error(model.texts().copy_failed().to_owned()));
            }
            None
        }
        message => match &model.mode {
            Mode::Checklist => checklist(model, message),
            Mode::Help { scroll } | Mode::Glossary { scroll } => {
                let scroll = match message {
                    Message::MoveDown => Some(scroll.saturating_add(1)),
                    Message::MoveUp => Some(scroll.saturating_sub(1)),
                    _ => None,
                };
                // Scrolling keeps the overlay; any other key closes it.
                model.mode = match (scroll, &model.mode) {
                    (Some(scroll), Mode::Help { .. }) => Mode::Help { scroll },
                    (Some(scroll), _) => Mode::Glossary { scroll },
                    (None, _) => Mode::Checklist,
                };
                None
            }
            Mode::EnterDate { .. } => enter_date(model, message),
            Mode::Mail => mail(model, message),
            Mode::EditNote { .. } => edit_note(model, message),
            Mode::EnterPdf { .. } => enter_pdf(model, message),
            Mode::EnterNumber { .. } => enter_number(model, message),
            Mode::ChooseLink { step } => {
                let step = *step;
                match message {
                    Message::ChooseLink(i) => {
                        let site = links(step).get(i).copied();
                        model.mode = Mode::Checklist;
                        return site.map(|site| Effect::Open(site.address().to_owned()));
                    }
                    _ => model.mode = Mode::Checklist,
                }
                None
            }
            Mode::ConfirmUntick { step } => {
                let step = *step;
                match message {
                    Message::Answer(true) => Some(Effect::Apply(Change::Untick { step })),
                    Message::Answer(false) | Message::Cancel => {
                        model.mode = Mode::Checklist;
                        None
                    }
                    _ => None,
                }
            }
            Mode::Setup(_) => setup(model, message),
        },
    }
}

fn checklist(model: &mut Model, message: Message) -> Option<Effect> {
    let texts = model.texts();
    let step = model.selected;
    let refuse = |model: &mut Model, error: TransitionError| {
        model.notice = Some(Notice::Error(texts.transition_error(&error)));
    };
    match message {
        Message::MoveUp | Message::MoveDown => {
            let next = match message {
                Message::MoveUp => step.previous(),
                _ => Step::from_index(step.index() + 1),
            };
            model.selected = next.unwrap_or(step);
            model.revealed = false;
            model.details_scroll = 0;
        }
        Message::ScrollDetails(by) => {
            model.details_scroll = model.details_scroll.saturating_add_signed(by);
        }
        Message::ToggleTimeline => model.timeline = !model.timeline,
        Message::OpenLink => match links(step) {
            [site] => return Some(Effect::Open(site.address().to_owned())),
            // Two pages: say which.
            _ => model.mode = Mode::ChooseLink { step },
        },
        Message::ShowMail if step == Step::Attestation => {
            model.mode = Mode::Mail;
        }
        Message::EditNote => {
            let note = model.progress.record(step).note.clone().unwrap_or_default();
            model.mode = Mode::EditNote {
                step,
                field: TextField::with_text(note),
            };
        }
        Message::EnterPdf if step == Step::Attestation => {
            let path = model.progress.record(step).pdf.as_ref();
            let text = path.map(|p| p.display().to_string()).unwrap_or_default();
            model.mode = Mode::EnterPdf {
                field: TextField::with_text(text),
            };
        }
        Message::ToggleTask(task) if step == model.progress.tasks_step() => {
            let done = !model.progress.task_done(task);
            return Some(Effect::Apply(Change::SetTask { task, done }));
        }
        Message::Tick => {
            // Refuse at once what no date could fix, rather than after the date is typed.
            let mut trial = model.progress.clone();
            match trial.tick(step, model.today, model.today) {
                Err(
                    error @ (TransitionError::AlreadyDone { .. }
                    | TransitionError::Skipped { .. }
                    | TransitionError::PreviousOpen { .. }),
                ) => refuse(model, error),
                _ => {
                    model.mode = Mode::EnterDate {
                        step,
                        field: TextField::with_text(format_date(model.today)),
                    };
                }
            }
        }
        Message::Untick => match model.progress.clone().untick(step) {
            Err(error) => refuse(model, error),
            Ok(()) => {
                model.mode = Mode::ConfirmUntick { step };
            }
        },
        Message::EditNumber => match step.number_step() {
            None => refuse(model, TransitionError::NoNumber { step }),
            Some(owner) if model.progress.state(owner) == StepState::Open => {
                refuse(model, TransitionError::NumberBeforeTick { step: owner });
            }
            Some(owner) => {
                model.mode = Mode::EnterNumber {
                    step: owner,
                    on: None,
                    field: TextField::secret(),
                };
            }
        },
        Message::Reveal => model.revealed = !model.revealed,
        Message::Copy => {
            let Some(owner) = step.number_step() else {
                model.notice = Some(Notice::Error(texts.nothing_to_copy().to_owned()));
                return None;
            };
            match model.progress.number_for(step) {
                // Each site wants its own form: ameli.fr the first 13 digits, ENSAP all 15.
                Some(number) => {
                    let text = match step.number_form() {
                        NumberForm::Whole => number.full(),
                        NumberForm::AmeliLogin => number.ameli_login(),
                    };
                    model.notice = Some(Notice::Info(texts.copied(step).to_owned()));
                    return Some(Effect::Copy(ClipboardText(text.to_owned())));
                }
                None => {
                    model.notice = Some(Notice::Error(texts.no_number_yet(&texts.quoted(owner))))
                }
            }
        }
        Message::OpenSetup => {
            model.mode = Mode::Setup(Box::new(Setup::new(
                model.progress.profile(),
                model.today,
                false,
                model.lang,
            )));
        }
        Message::ToggleHelp => model.mode = Mode::Help { scroll: 0 },
        Message::ToggleGlossary => model.mode = Mode::Glossary { scroll: 0 },
        Message::CycleLanguage => {
            model.lang = model.lang.next();
            model.notice = Some(Notice::Info(model.texts().language_changed().to_owned()));
            return Some(Effect::Apply(Change::EditProfile(ProfileEdit {
                language: Some(model.lang.code().to_owned()),
                ..ProfileEdit::default()
            })));
        }
        Message::Cancel => model.running = false,
        _ => {}
    }
    None
}

/// Types into a field; returns whether the message was an edit.
fn edit(field: &mut TextField, message: &Message) -> bool {
    match message {
        Message::Type(c) if !c.is_control() => field.text.push(*c),
        Message::Erase => {
            field.text.pop();
        }
        _ => return false,
    }
    field.error = None;
    true
}

fn enter_date(model: &mut Model, message: Message) -> Option<Effect> {
    let texts = model.texts();
    let today = model.today;
    let Mode::EnterDate { step, field } = &mut model.mode else {
        return None;
    };
    let step = *step;
    if edit(field, &message) {
        return None;
    }
    match message {
        Message::Cancel => model.mode = Mode::Checklist,
        Message::Submit => match parse_date(&field.text, today) {
            Err(error) => field.error = Some(texts.date_error(&error)),
            // A date the rules refuse is said here, before the number is asked for; the save
            // checks again against the file as it is then.
            Ok(on) => match model.progress.clone().tick(step, on, today) {
                Err(error) => field.error = Some(texts.transition_error(&error)),
                // The letters of the NIA and of the NIR carry a number: ask for it next.
                Ok(()) if step.has_number() => {
                    model.mode = Mode::EnterNumber {
                        step,
                        on: Some(on),
                        field: TextField::secret(),
                    };
                }
                Ok(()) => {
                    return Some(Effect::Apply(Change::Tick {
                        step,
                        on,
                        number: None,
                    }));
                }
            },
        },
        _ => {}
    }
    None
}

fn enter_number(model: &mut Model, message: Message) -> Option<Effect> {
    let texts = model.texts();
    let Mode::EnterNumber { step, on, field } = &mut model.mode else {
        return None;
    };
    let (step, on) = (*step, *on);
    if edit(field, &message) {
        return None;
    }
    match message {
        Message::Cancel => model.mode = Mode::Checklist,
        Message::Submit => {
            let number = if field.text.trim().is_empty() {
                None
            } else {
                match SocialSecurityNumber::parse(&field.text) {
                    Ok(number) => Some(number),
                    Err(error) => {
                        field.error = Some(texts.number_error(&error));
                        return None;
                    }
                }
            };
            return match (on, number) {
                (Some(on), number) => Some(Effect::Apply(Change::Tick { step, on, number })),
                (None, Some(number)) => Some(Effect::Apply(Change::SetNumber { step, number })),
                // Nothing typed when correcting: nothing to change.
                (None, None) => {
                    model.mode = Mode::Checklist;
                    None
                }
            };
        }
        _ => {}
    }
    None
}

fn mail(model: &mut Model, message: Message) -> Option<Effect> {
    let draft = Draft::attestation(model.progress.profile());
    let texts = model.texts();
    match message {
        Message::OpenLink => {
            if draft.to.is_none() {
                model.notice = Some(Notice::Warning(texts.mail_no_address().to_owned()));
                return None;
            }
            return Some(Effect::Open(draft.mailto()));
        }
        Message::Copy => {
            model.notice = Some(Notice::Info(texts.mail_copied().to_owned()));
            model.mode = Mode::Checklist;
            let text = format!("{}\n\n{}", draft.subject, draft.body);
            return Some(Effect::Copy(ClipboardText(text)));
        }
        _ => model.mode = Mode::Checklist,
    }
    None
}

fn edit_note(model: &mut Model, message: Message) -> Option<Effect> {
    let Mode::EditNote { step, field } = &mut model.mode else {
        return None;
    };
    let step = *step;
    if edit(field, &message) {
        return None;
    }
    match message {
        Message::NewLine => field.text.push('\n'),
        Message::SaveNote => {
            let note = Some(field.text.clone());
            return Some(Effect::Apply(Change::SetNote { step, note }));
        }
        Message::Cancel => model.mode = Mode::Checklist,
        _ => {}
    }
    None
}

fn enter_pdf(model: &mut Model, message: Message) -> Option<Effect> {
    let Mode::EnterPdf { field } = &mut model.mode else {
        return None;
    };
    if edit(field, &message) {
        return None;
    }
    match message {
        Message::Submit => {
            let path = field.text.trim();
            if path.is_empty() {
                model.mode = Mode::Checklist;
            } else {
                return Some(Effect::AttachPdf(PathBuf::from(path)));
            }
        }
        Message::Cancel => model.mode = Mode::Checklist,
        _ => {}
    }
    None
}

fn setup(model: &mut Model, message: Message) -> Option<Effect> {
    let texts = model.texts();
    let today = model.today;
    let Mode::Setup(form) = &mut model.mode else {
        return None;
    };
    if form.question.is_text() && edit(&mut form.field, &message) {
        return None;
    }
    let options = form.options(texts).len();
    match message {
        Message::MoveUp => form.choice = form.choice.saturating_sub(1),
        Message::MoveDown if options > 0 => form.choice = (form.choice + 1).min(options - 1),
        Message::Submit => {
            form.error = None;
            match form.question {
                Question::Language => {
                    let lang = Lang::ALL.get(form.choice).copied().unwrap_or(model.lang);
                    form.draft.language = Some(lang.code().to_owned());
                    go_to(form, Question::Level);
                    // The next questions already speak the chosen language.
                    model.lang = lang;
                }
                Question::Level => {
                    form.draft.level = LEVELS.get(form.choice).copied();
                    let next = if form.draft.level == Some(Level::Primary) {
                        Question::Department
                    } else {
                        Question::Start
                    };
                    go_to(form, next);
                }
                Question::Department => {
                    form.draft.department = Department::ALL.get(form.choice).copied();
                    go_to(form, Question::Start);
                }
                Question::Start => match parse_date(&form.field.text, today) {
                    Ok(start) => {
                        form.draft.contract_start = Some(start);
                        go_to(form, Question::Registered);
                    }
                    Err(error) => form.field.error = Some(texts.date_error(&error)),
                },
                Question::Registered => {
                    form.draft.already_registered = form.choice == 1;
                    return next_or_save(form);
                }
                // Optional: empty keeps the number the file has, if any.
                Question::Number => {
                    let text = form.field.text.trim();
                    if text.is_empty() {
                        form.number = None;
                    } else {
                        match SocialSecurityNumber::parse(text) {
                            Ok(number) => form.number = Some(number),
                            Err(error) => {
                                form.field.error = Some(texts.number_error(&error));
                                return None;
                            }
                        }
                    }
                    return next_or_save(form);
                }
                question => {
                    let text = form.field.text.trim();
                    if question == Question::GestionnaireEmail
                        && !text.is_empty()
                        && !valid_email(text)
                    {
                        form.field.error = Some(texts.email_invalid().to_owned());
                        return None;
                    }
                    let value = (!text.is_empty()).then(|| text.to_owned());
                    match question {
                        Question::Name => form.draft.name = value,
                        Question::School => form.draft.school = value,
                        Question::GestionnaireName => form.draft.gestionnaire_name = value,
                        _ => form.draft.gestionnaire_email = value,
                    }
                    return next_or_save(form);
                }
            }
        }
        Message::Cancel => {
            form.error = None;
            let questions = form.questions();
            let index = questions
                .iter()
                .position(|&q| q == form.question)
                .unwrap_or(0);
            match index.checked_sub(1).and_then(|i| questions.get(i)) {
                Some(&previous) => go_to(form, previous),
                None if form.first_run => model.running = false,
                None => model.mode = Mode::Checklist,
            }
        }
        _ => {}
    }
    None
}

fn go_to(form: &mut Setup, question: Question) {
    form.question = question;
    form.choice = form.current_choice();
    if question == Question::Number {
        form.field = TextField::secret();
    } else if question.is_optional_text() {
        form.field = TextField::with_text(form.draft_text(question).unwrap_or_default());
    } else if question == Question::Start
        && let Some(start) = form.draft.contract_start
    {
        form.field = TextField::with_text(format_date(start));
    }
}

/// Moves to the question after the current one, or saves the profile after the last.
fn next_or_save(form: &mut Setup) -> Option<Effect> {
    let questions = form.questions();
    let index = questions
        .iter()
        .position(|&q| q == form.question)
        .unwrap_or(0);
    match questions.get(index + 1) {
        Some(&next) => {
            go_to(form, next);
            None
        }
        None => {
            // Only what the form changed: a field changed meanwhile by another secu stays.
            let edit = Change::EditProfile(ProfileEdit::between(&form.original, &form.draft));
            Some(Effect::Apply(match form.number.clone() {
                Some(number) if form.draft.already_registered => Change::All(vec![
                    edit,
                    Change::SetNumber {
                        step: Step::Nir,
                        number,
                    },
                ]),
                _ => edit,
            }))
        }
    }
}

/// Takes the outcome of a save: the new progress, or the reason shown where the user is.
fn applied(
    model: &mut Model,
    change: &Change,
    result: Result<Progress, UpdateError<TransitionError>>,
) {
    let texts = model.texts();
    match result {
        Ok(progress) => {
            let notice = saved_notice(texts, change, &progress);
            // What the number looks like matters more than the confirmation: say it instead.
            let notes: Vec<&str> = match change {
                Change::Tick {
                    step,
                    number: Some(_),
                    ..
                }
                | Change::SetNumber { step, .. } => progress
                    .number_notes(*step)
                    .into_iter()
                    .map(|note| texts.number_note(note))
                    .collect(),
                _ => Vec::new(),
            };
            // A change with nothing to say (a language switch) keeps the notice already shown.
            if !notes.is_empty() {
                model.notice = Some(Notice::Warning(notes.join(" ")));
            } else if let Some(notice) = notice {
                model.notice = Some(Notice::Info(notice));
            }
            model.progress = progress;
            model.mode = Mode::Checklist;
            let ticked = matches!(change, Change::Tick { .. });
            if ticked || model.progress.state(model.selected) == StepState::Skipped {
                // Move on to what comes next, which is what the user will look for.
                if let Some(next) = model.progress.next() {
                    model.selected = next;
                    model.revealed = false;
                }
            }
        }
        Err(error) => {
            let text = match &error {
                UpdateError::Refused(error) => texts.transition_error(error),
                UpdateError::Store(error) => texts.store_error(error),
            };
            match &mut model.mode {
                Mode::EnterDate { field, .. }
                | Mode::EnterNumber { field, .. }
                | Mode::EditNote { field, .. }
                | Mode::EnterPdf { field } => {
                    field.error = Some(text);
                }
                Mode::Setup(form) => form.error = Some(text),
                _ => {
                    model.mode = Mode::Checklist;
                    model.notice = Some(Notice::Error(text));
                }
            }
        }
    }
}

/// What the footer says once a change is saved; `None` when there is nothing to add.
fn saved_notice(texts: &dyn Texts, change: &Change, progress: &Progress) -> Option<String> {
    match change {
        Change::Tick { step, .. } | Change::Redate { step, .. } => progress
            .done_on(*step)
            .map(|on| texts.ticked_step(*step, on)),
        Change::SetNumber { step, .. } => Some(texts.number_saved(&texts.quoted(*step))),
        Change::Untick { step } => Some(texts.unticked_step(*step)),
        Change::EditProfile(edit) if edit.language.is_some() && edit_only_language(edit) => None,
        Change::EditProfile(_) | Change::All(_) => Some(texts.profile_saved().to_owned()),
        Change::SetNote { step, .. } => Some(texts.note_saved(&texts.quoted(*step))),
        Change::SetPdf(_) => progress.record(Step::Attestation).pdf.as_ref().map(|p| {
            texts.pdf_saved(&crate::text::inert(
                &p.file_name().unwrap_or_default().to_string_lossy(),
            ))
        }),
        Change::SetTask { .. } => None,
    }
}

/// A language switch (`L`) says its own word before it is saved.
fn edit_only_language(edit: &ProfileEdit) -> bool {
    ProfileEdit {
        language: None,
        ..edit.clone()
    }
    .is_empty()
}
