//! Why a key cannot act on the selected step, and the names of keys as messages say them:
//! what the keys do (`update`) and what the footer offers (`view`) read the same reasons.

use super::bindings::{self, Action, Context};
use super::model::Model;
use crate::procedure::{Step, StepState, TransitionError};

/// The name of the key that does `action` in `context`, as the user's keyboard says it.
pub fn key_in(model: &Model, context: Context, action: Action) -> String {
    bindings::key_for(context, action)
        .map(|key| key.name(model.texts()))
        .unwrap_or_default()
}

/// The name of the key that does `action` on the list.
pub fn key(model: &Model, action: Action) -> String {
    key_in(model, Context::List, action)
}

/// Why `action` cannot act on the selected step; `None` when it can.
pub fn refusal(model: &Model, action: Action) -> Option<String> {
    let texts = model.texts();
    let progress = &model.progress;
    let step = model.selected;
    let k = || key(model, action);
    match action {
        Action::Tick => match progress.state(step) {
            StepState::Done(on) => Some(texts.already_ticked(
                &texts.quoted(step),
                &texts.date(on),
                &key(model, Action::Redate),
                &key(model, Action::Untick),
            )),
            _ => match progress.check_tick(step, model.today, model.today) {
                Err(
                    error
                    @ (TransitionError::Skipped { .. } | TransitionError::PreviousOpen { .. }),
                ) => Some(texts.transition_error(&error)),
                _ => None,
            },
        },
        Action::Redate => match progress.state(step) {
            StepState::Done(_) => None,
            _ => Some(texts.only_when_ticked(&k())),
        },
        Action::Untick => match progress.last_done() {
            Some(last) if last == step => None,
            Some(last) => Some(texts.untick_which(&k(), &texts.quoted(last))),
            None => Some(texts.nothing_ticked(&k())),
        },
        // `y` on a step without a number copies its page.
        Action::Copy if step.number_step().is_none() => None,
        Action::Number | Action::Reveal | Action::Copy => match step.number_step() {
            None => Some(texts.only_with_number(&k())),
            Some(owner) if action == Action::Number => (progress.state(owner) == StepState::Open)
                .then(|| texts.number_before_tick(&texts.quoted(owner))),
            Some(owner) => progress
                .number_for(step)
                .is_none()
                .then(|| texts.no_number_yet(&texts.quoted(owner))),
        },
        Action::Mail | Action::Pdf if step != Step::Attestation => {
            Some(texts.only_on(&k(), &texts.quoted(Step::Attestation)))
        }
        Action::Task1 | Action::Task2 if step != progress.tasks_step() => {
            Some(texts.only_on(&k(), &texts.quoted(progress.tasks_step())))
        }
        _ => None,
    }
}
