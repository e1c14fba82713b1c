//! Messages and how each one changes the model: the only place the screen's state moves.

use chrono::NaiveDate;

use super::model::{LEVELS, Mode, Model, Notice, Question, Setup, TextField};
use crate::i18n::Texts;
use crate::procedure::{
    Change, Department, Level, Progress, Step, StepState, TransitionError, format_date, parse_date,
};
use crate::store::UpdateError;

/// Something that happened: a key, understood, or the outcome of a save.
#[derive(Debug)]
pub enum Message {
    MoveUp,
    MoveDown,
    /// Tick the selected step: opens the date field.
    Tick,
    /// Un-tick the selected step: asks for confirmation.
    Untick,
    OpenSetup,
    ToggleHelp,
    Quit,
    Type(char),
    Erase,
    Submit,
    Cancel,
    Answer(bool),
    /// The result of an [`Effect::Apply`]: the progress as saved, or why nothing was saved.
    Applied(Result<Progress, UpdateError<TransitionError>>),
    /// The local date changed while the screen was open.
    NewDay(NaiveDate),
}

/// Work for the runtime: `update` stays pure and never touches the file itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Apply the change to the file (read afresh under its lock) and report back with
    /// [`Message::Applied`].
    Apply(Change),
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
        message => match &mut model.mode {
            Mode::Checklist => checklist(model, message),
            Mode::Help => {
                model.mode = Mode::Checklist;
                None
            }
            Mode::EnterDate { step, field } => {
                let step = *step;
                match message {
                    Message::Cancel => {
                        model.mode = Mode::Checklist;
                        None
                    }
                    message => edit_date(field, model.today, model.lang.texts(), message)
                        .map(|on| Effect::Apply(Change::Tick { step, on })),
                }
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
    let texts = model.lang.texts();
    match message {
        Message::MoveUp => {
            model.selected = model.selected.previous().unwrap_or(model.selected);
            model.notice = None;
        }
        Message::MoveDown => {
            model.selected = Step::from_index(model.selected.index() + 1).unwrap_or(model.selected);
            model.notice = None;
        }
        Message::Tick => {
            let step = model.selected;
            // Refuse at once what no date could fix, rather than after the date is typed.
            let mut trial = model.progress.clone();
            match trial.tick(step, model.today, model.today) {
                Err(
                    error @ (TransitionError::AlreadyDone { .. }
                    | TransitionError::Skipped { .. }
                    | TransitionError::PreviousOpen { .. }),
                ) => model.notice = Some(Notice::Error(texts.transition_error(&error))),
                _ => {
                    model.notice = None;
                    model.mode = Mode::EnterDate {
                        step,
                        field: TextField::with_text(format_date(model.today)),
                    };
                }
            }
        }
        Message::Untick => {
            let step = model.selected;
            let mut trial = model.progress.clone();
            match trial.untick(step) {
                Err(error) => model.notice = Some(Notice::Error(texts.transition_error(&error))),
                Ok(()) => {
                    model.notice = None;
                    model.mode = Mode::ConfirmUntick { step };
                }
            }
        }
        Message::OpenSetup => {
            model.notice = None;
            model.mode = Mode::Setup(Setup::new(model.progress.profile(), model.today, false));
        }
        Message::ToggleHelp => model.mode = Mode::Help,
        Message::Cancel => model.running = false,
        _ => {}
    }
    None
}

/// Edits the date field; returns the date once a valid one is submitted.
fn edit_date(
    field: &mut TextField,
    today: NaiveDate,
    texts: &dyn Texts,
    message: Message,
) -> Option<NaiveDate> {
    match message {
        Message::Type(c) if !c.is_control() => {
            field.text.push(c);
            field.error = None;
        }
        Message::Erase => {
            field.text.pop();
            field.error = None;
        }
        Message::Submit => match parse_date(&field.text, today) {
            Ok(on) => return Some(on),
            Err(error) => field.error = Some(texts.date_error(&error)),
        },
        _ => {}
    }
    None
}

fn setup(model: &mut Model, message: Message) -> Option<Effect> {
    let texts = model.lang.texts();
    let today = model.today;
    let Mode::Setup(form) = &mut model.mode else {
        return None;
    };
    let options = form.options(texts).len();
    match (form.question, message) {
        (Question::Start, Message::Type(c)) if !c.is_control() => {
            form.start.text.push(c);
            form.start.error = None;
        }
        (Question::Start, Message::Erase) => {
            form.start.text.pop();
            form.start.error = None;
        }
        (_, Message::MoveUp) => form.choice = form.choice.saturating_sub(1),
        (_, Message::MoveDown) if options > 0 => form.choice = (form.choice + 1).min(options - 1),
        (_, Message::Submit) => {
            form.error = None;
            match form.question {
                Question::Level => {
                    form.draft.level = LEVELS.get(form.choice).copied();
                    go_to(
                        form,
                        if form.draft.level == Some(Level::Primary) {
                            Question::Department
                        } else {
                            Question::Start
                        },
                    );
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
        (_, Message::Cancel) => {
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
    let texts = model.lang.texts();
    match result {
        Ok(progress) => {
            let info = match &model.mode {
                Mode::EnterDate { step, .. } => {
                    progress.done_on(*step).map(|on| texts.ticked(*step, on))
                }
                Mode::ConfirmUntick { step } => Some(texts.unticked(*step)),
                Mode::Setup(_) => Some(texts.profile_saved().to_owned()),
                _ => None,
            };
            let ticked = matches!(model.mode, Mode::EnterDate { .. });
            model.progress = progress;
            model.mode = Mode::Checklist;
            model.notice = info.map(Notice::Info);
            if ticked || model.progress.state(model.selected) == StepState::Skipped {
                // Move on to what comes next, which is what the user will look for.
                if let Some(next) = model.progress.next() {
                    model.selected = next;
                }
            }
        }
        Err(error) => {
            let text = match &error {
                UpdateError::Refused(error) => texts.transition_error(error),
                UpdateError::Store(error) => texts.store_error(error),
            };
            match &mut model.mode {
                Mode::EnterDate { field, .. } => field.error = Some(text),
                Mode::Setup(form) => form.error = Some(text),
                _ => {
                    model.mode = Mode::Checklist;
                    model.notice = Some(Notice::Error(text));
                }
            }
        }
    }
}
