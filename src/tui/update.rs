//! Messages and how each one changes the model: the only place the screen's state moves.

use std::fmt;

use chrono::NaiveDate;

use super::model::{LEVELS, Mode, Model, Notice, Question, Setup, TextField};
use crate::i18n::Lang;
use crate::procedure::{
    Change, Department, Level, Progress, SocialSecurityNumber, Step, StepState, TransitionError,
    format_date, parse_date,
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
    /// Speak the next language, and save the choice.
    CycleLanguage,
    Quit,
    Type(char),
    Erase,
    Submit,
    Cancel,
    Answer(bool),
    /// The result of an [`Effect::Apply`]: the progress as saved, or why nothing was saved.
    Applied(Result<Progress, UpdateError<TransitionError>>),
    /// The file, read again because it changed on disk since the screen last saw it.
    Reloaded(Result<Option<Document>, StoreError>),
    /// The result of an [`Effect::Copy`].
    Copied(Result<(), String>),
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
        Message::NewDay(today) => {
            model.today = today;
            None
        }
        Message::Applied(result) => {
            applied(model, result);
            None
        }
        Message::Reloaded(result) => {
            let texts = model.texts();
            match result {
                Ok(document) => {
                    let progress = document.map(|d| d.progress).unwrap_or_default();
                    if progress != model.progress {
                        model.progress = progress;
                        model.notice = Some(Notice::Warning(texts.changed_elsewhere().to_owned()));
                    }
                }
                // Shown, not hidden: the next save will refuse the same way, and nothing is
                // overwritten.
                Err(error) => model.notice = Some(Notice::Error(texts.store_error(&error))),
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
            Mode::EnterNumber { .. } => enter_number(model, message),
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
            model.notice = None;
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
                    model.notice = None;
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
                model.notice = None;
                model.mode = Mode::ConfirmUntick { step };
            }
        },
        Message::EditNumber => {
            if !Progress::has_number(step) {
                refuse(model, TransitionError::NoNumber { step });
            } else if model.progress.state(step) == StepState::Open {
                refuse(model, TransitionError::NumberBeforeTick { step });
            } else {
                model.notice = None;
                model.mode = Mode::EnterNumber {
                    step,
                    on: None,
                    field: TextField::secret(),
                };
            }
        }
        Message::Reveal => model.revealed = !model.revealed,
        Message::Copy => {
            // Each site wants its own form: ameli.fr the first 13 digits, ENSAP all 15.
            let (number, text): (
                Option<&SocialSecurityNumber>,
                fn(&SocialSecurityNumber) -> &str,
            ) = match step {
                Step::Nia => (model.progress.number(Step::Nia), SocialSecurityNumber::full),
                Step::Nir => (
                    model.progress.number(Step::Nir),
                    SocialSecurityNumber::ameli_login,
                ),
                Step::Ensap => (
                    model.progress.definitive_number(),
                    SocialSecurityNumber::full,
                ),
                _ => {
                    model.notice = Some(Notice::Error(texts.nothing_to_copy().to_owned()));
                    return None;
                }
            };
            match number {
                Some(number) => {
                    let clip = ClipboardText(text(number).to_owned());
                    model.notice = Some(Notice::Info(texts.copied(step).to_owned()));
                    return Some(Effect::Copy(clip));
                }
                None => {
                    let owner = if step == Step::Nia {
                        Step::Nia
                    } else {
                        Step::Nir
                    };
                    model.notice = Some(Notice::Error(texts.no_number_yet(owner)));
                }
            }
        }
        Message::OpenSetup => {
            model.notice = None;
            model.mode = Mode::Setup(Setup::new(
                model.progress.profile(),
                model.today,
                false,
                model.lang,
            ));
        }
        Message::ToggleHelp => model.mode = Mode::Help { scroll: 0 },
        Message::ToggleGlossary => model.mode = Mode::Glossary { scroll: 0 },
        Message::CycleLanguage => {
            model.lang = model.lang.next();
            model.notice = Some(Notice::Info(model.texts().language_changed().to_owned()));
            let mut profile = model.progress.profile().clone();
            profile.language = Some(model.lang.code().to_owned());
            return Some(Effect::Apply(Change::SetProfile(profile)));
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
                Ok(()) if Progress::has_number(step) => {
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

fn setup(model: &mut Model, message: Message) -> Option<Effect> {
    let texts = model.texts();
    let today = model.today;
    let Mode::Setup(form) = &mut model.mode else {
        return None;
    };
    if form.question == Question::Start && edit(&mut form.start, &message) {
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
                Question::Start => match parse_date(&form.start.text, today) {
                    Ok(start) => {
                        form.draft.contract_start = Some(start);
                        go_to(form, Question::Registered);
                    }
                    Err(error) => form.start.error = Some(texts.date_error(&error)),
                },
                Question::Registered => {
                    form.draft.already_registered = form.choice == 1;
                    return Some(Effect::Apply(Change::SetProfile(form.draft.clone())));
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
}

/// Takes the outcome of a save: the new progress, or the reason shown where the user is.
fn applied(model: &mut Model, result: Result<Progress, UpdateError<TransitionError>>) {
    let texts = model.texts();
    match result {
        Ok(progress) => {
            let (notice, ticked) = match &model.mode {
                Mode::EnterDate { step, .. }
                | Mode::EnterNumber {
                    step, on: Some(_), ..
                } => (
                    progress.done_on(*step).map(|on| texts.ticked(*step, on)),
                    Some(*step),
                ),
                Mode::EnterNumber { step, on: None, .. } => (Some(texts.number_saved(*step)), None),
                Mode::ConfirmUntick { step } => (Some(texts.unticked(*step)), None),
                Mode::Setup(_) => (Some(texts.profile_saved().to_owned()), None),
                _ => (None, None),
            };
            // What the number looks like matters more than the confirmation: say it instead.
            let notes: Vec<&str> = match &model.mode {
                Mode::EnterNumber { step, .. } => progress
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
            if ticked.is_some() || model.progress.state(model.selected) == StepState::Skipped {
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
                Mode::EnterDate { field, .. } | Mode::EnterNumber { field, .. } => {
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
