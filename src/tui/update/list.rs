//! What the keys do on the list of steps, and why a key cannot act on the selected step —
//! the same reasons the footer uses to show only the keys that act.

use super::super::bindings::{self, Action, Context, Key};
use super::super::model::{Choice, Mode, Model, Notice, Purpose, Reading, Setup, TextField};
use super::super::refusal::{key, key_in, refusal};
use super::{ClipboardText, Copying, Effect};
use crate::procedure::{Change, NumberForm, ProfileEdit, Seen, Step, SubTask, links};

/// A key on the list; PageUp and PageDown move the details by `page` lines.
pub fn act(model: &mut Model, action: Action, page: u16) -> Option<Effect> {
    if model.timeline {
        timeline(model, action);
        return None;
    }
    if let Some(why) = refusal(model, action) {
        model.notice = Some(Notice::Error(why));
        return None;
    }
    let step = model.selected;
    match action {
        Action::Up | Action::Down => select(model, action),
        Action::ScrollUp => model.details_scroll = model.details_scroll.saturating_sub(page),
        Action::ScrollDown => model.details_scroll = model.details_scroll.saturating_add(page),
        Action::Tick => open_date(model, Purpose::TickDate(step), model.today),
        Action::Redate => {
            let on = model.progress.done_on(step).unwrap_or(model.today);
            open_date(model, Purpose::Redate(step), on);
        }
        Action::Untick => model.mode = Mode::Confirm(super::Confirm::Untick(step)),
        Action::Number => {
            let owner = step.number_step().unwrap_or(step);
            model.mode = number_field(model, owner, None);
        }
        Action::Reveal => model.revealed = !model.revealed,
        Action::Copy => return copy(model),
        Action::Open => return open(model),
        Action::Mail => model.mode = Mode::Mail { scroll: 0 },
        Action::Note => {
            let seen = model.progress.record(step).note.clone();
            model.mode = Mode::Note {
                step,
                field: TextField::multiline(seen.clone().unwrap_or_default()),
                seen,
            };
        }
        Action::Pdf => {
            let seen = model.progress.record(Step::Attestation).pdf.clone();
            let text = seen.as_ref().map(|p| p.display().to_string());
            model.mode = Mode::Field {
                purpose: Purpose::Pdf,
                field: TextField::with_text(text.unwrap_or_default()),
                seen: Seen::Pdf(seen),
            };
        }
        Action::Task1 | Action::Task2 => {
            let task = SubTask::ALL[usize::from(action == Action::Task2)];
            let done = !model.progress.task_done(task);
            return Some(Effect::Apply(Change::SetTask { task, done }));
        }
        _ => return views(model, action),
    }
    None
}

/// The list's keys that open a view or leave.
fn views(model: &mut Model, action: Action) -> Option<Effect> {
    let texts = model.texts();
    match action {
        Action::Timeline => model.timeline = true,
        Action::Export => model.mode = Mode::Choose(Choice::Export),
        Action::Setup => {
            let setup = Setup::new(model.progress.profile(), false, model.lang, model.today);
            model.mode = Mode::Setup(Box::new(setup));
        }
        Action::Glossary => read(model, Reading::Glossary),
        Action::Help => read(model, Reading::Help),
        Action::WholeMessage => match model.dismissed.take() {
            Some(notice) => read(model, Reading::Message(notice.text().to_owned())),
            None => {
                let why = texts.no_whole_message(&key(model, Action::WholeMessage));
                model.notice = Some(Notice::Hint(why));
            }
        },
        Action::Language => {
            model.lang = model.lang.next();
            model.notice = Some(Notice::Info(model.texts().language_changed().to_owned()));
            return Some(Effect::Apply(Change::EditProfile(ProfileEdit {
                language: Some(model.lang.code().to_owned()),
                ..ProfileEdit::default()
            })));
        }
        // Esc closes what is open; on the list nothing is, and it never quits.
        Action::Close => {
            model.notice = Some(Notice::Hint(texts.esc_in_list(&key(model, Action::Quit))));
        }
        Action::Quit => model.running = false,
        _ => {}
    }
    None
}

fn read(model: &mut Model, what: Reading) {
    model.mode = Mode::Reading { what, scroll: 0 };
}

/// In the timeline the selection moves, visibly; the other list keys wait for the list.
fn timeline(model: &mut Model, action: Action) {
    match action {
        Action::Up | Action::Down => select(model, action),
        Action::Close | Action::Timeline => model.timeline = false,
        Action::Help => read(model, Reading::Help),
        Action::Quit => model.running = false,
        _ => {}
    }
}

fn select(model: &mut Model, action: Action) {
    let step = model.selected;
    let next = match action {
        Action::Up => step.previous(),
        _ => Step::from_index(step.index() + 1),
    };
    model.selected = next.unwrap_or(step);
    model.revealed = false;
    model.details_scroll = 0;
}

fn open_date(model: &mut Model, purpose: Purpose, on: chrono::NaiveDate) {
    let step = match purpose {
        Purpose::TickDate(step) | Purpose::Redate(step) | Purpose::Number { step, .. } => step,
        Purpose::Pdf => Step::Attestation,
    };
    model.mode = Mode::Field {
        purpose,
        field: TextField::with_text(model.texts().date_figures(on)),
        seen: Seen::Date {
            step,
            on: model.progress.done_on(step),
        },
    };
}

/// The number field of `step`: empty, or, when a number is already kept, showing it masked
/// (Enter keeps it).
pub fn number_field(model: &Model, step: Step, on: Option<chrono::NaiveDate>) -> Mode {
    let mut field = TextField::secret();
    let numbers = model.numbers(false);
    field.placeholder = (model.progress.number(step)).map(|n| numbers.show(model.texts(), n));
    Mode::Field {
        purpose: Purpose::Number { step, on },
        field,
        seen: Seen::Number {
            step,
            number: model.progress.number(step).cloned(),
        },
    }
}

/// `y`: the number in the form the step's site wants; on a step without a number, its page.
fn copy(model: &mut Model) -> Option<Effect> {
    let step = model.selected;
    if step.number_step().is_none() {
        let address = links(step).first()?.address().to_owned();
        let text = ClipboardText(address.clone());
        return Some(Effect::Copy {
            text,
            what: Copying::Address(address),
        });
    }
    let number = model.progress.number_for(step)?;
    let text = match step.number_form() {
        NumberForm::Whole => number.full(),
        NumberForm::AmeliLogin => number.ameli_login(),
    };
    Some(Effect::Copy {
        text: ClipboardText(text.to_owned()),
        what: Copying::Number(step),
    })
}

/// `o`: the step's page, or a choice of its two.
fn open(model: &mut Model) -> Option<Effect> {
    match links(model.selected) {
        [site] => Some(Effect::Open(site.address().to_owned())),
        _ => {
            model.mode = Mode::Choose(Choice::Link(model.selected));
            None
        }
    }
}

/// Says what a key that means nothing here is for, and where it works.
pub fn unbound(model: &mut Model, key: Key) {
    let texts = model.texts();
    let name = key.name(texts);
    let context = model.context();
    let on_the_list = bindings::action(Context::List, key).is_some();
    let text = match context {
        Context::Timeline if on_the_list => {
            texts.timeline_inert(&name, &key_in(model, Context::Timeline, Action::Close))
        }
        Context::List | Context::Timeline => {
            texts.nothing_here(&name, &key_in(model, Context::List, Action::Help))
        }
        // Typing goes into the field; too small a window shows only its line.
        Context::Field | Context::Note | Context::Question | Context::TooSmall => return,
        Context::Confirm => texts.nothing_here_close(&name, &key_in(model, context, Action::No)),
        context => texts.nothing_here_close(&name, &key_in(model, context, Action::Close)),
    };
    model.notice = Some(Notice::Hint(text));
}
