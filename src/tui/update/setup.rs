//! The setup: on the first run the questions one by one; afterwards the answers as a list,
//! where `Enter` changes one answer and saves only that.

use super::super::bindings::{Action, Context};
use super::super::model::{LEVELS, Mode, Model, Notice, Question, Setup, SetupAt};
use super::Effect;
use super::dialogs::{discard, edit};
use crate::i18n::Lang;
use crate::procedure::{
    Change, Civility, Department, Level, MAX_PROFILE_TEXT_CHARS, ProfileEdit, Seen,
    SocialSecurityNumber, Step, Title, parse_date, valid_email,
};

pub fn act(model: &mut Model, action: Action) -> Option<Effect> {
    let Mode::Setup(setup) = &model.mode else {
        return None;
    };
    // The French words of the questions (CPAM, gestionnaire, DSDEN), explained over the
    // setup, which waits beneath with its answers.
    if action == Action::Glossary {
        let setup = std::mem::replace(
            &mut model.mode,
            Mode::Reading {
                what: super::super::model::Reading::Glossary,
                scroll: 0,
            },
        );
        model.paused = Some(Box::new(setup));
        return None;
    }
    match setup.at {
        SetupAt::Answers { selected } => {
            answers(model, action, selected);
            None
        }
        SetupAt::Asking { question, walking } => asking(model, action, question, walking),
    }
}

fn setup(model: &mut Model) -> Option<&mut Setup> {
    match &mut model.mode {
        Mode::Setup(setup) => Some(setup),
        _ => None,
    }
}

/// The answers as a list: ↑/↓ choose one, Enter asks it again, Esc goes back to the steps.
fn answers(model: &mut Model, action: Action, selected: usize) {
    let Some(form) = setup(model) else { return };
    let questions = form.questions();
    match action {
        Action::Up => {
            form.at = SetupAt::Answers {
                selected: selected.saturating_sub(1),
            }
        }
        Action::Down => {
            form.at = SetupAt::Answers {
                selected: (selected + 1).min(questions.len().saturating_sub(1)),
            }
        }
        Action::Submit => {
            if let Some(&question) = questions.get(selected) {
                form.ask(question, false);
            }
        }
        Action::Close => model.mode = Mode::Checklist,
        _ => {}
    }
}

fn asking(model: &mut Model, action: Action, question: Question, walking: bool) -> Option<Effect> {
    let texts = model.texts();
    let unsaved = model.unsaved_text();
    let form = setup(model)?;
    match action {
        Action::Submit => return answer(model, question, walking),
        Action::Back if unsaved => {
            let editing = std::mem::replace(&mut model.mode, Mode::Checklist);
            model.mode = discard(editing);
        }
        Action::Back => back(model, question, walking),
        Action::Up | Action::Down if !question.is_text() => {
            let options = form.options(question, texts).len();
            form.choice = match action {
                Action::Up => form.choice.saturating_sub(1),
                _ => (form.choice + 1).min(options.saturating_sub(1)),
            };
        }
        action => edit(&mut form.field, action),
    }
    None
}

/// Esc on a question: the one before on the first run, else back to the answers.
fn back(model: &mut Model, question: Question, walking: bool) {
    let texts = model.texts();
    let Some(form) = setup(model) else { return };
    let questions = form.questions();
    let index = questions.iter().position(|&q| q == question).unwrap_or(0);
    match (walking, index.checked_sub(1).and_then(|i| questions.get(i))) {
        (true, Some(&previous)) => form.ask(previous, true),
        // The first question of the first run: nothing to go back to, and Esc never quits.
        (true, None) => {
            let quit = super::super::refusal::key_in(model, Context::Choice, Action::Interrupt);
            model.notice = Some(Notice::Hint(texts.esc_first_question(&quit)));
        }
        (false, _) => form.at = SetupAt::Answers { selected: index },
    }
}

/// Enter on a question: checks the answer, keeps it in the draft, then asks the next
/// question (walking) or saves (one answer changed).
fn answer(model: &mut Model, question: Question, walking: bool) -> Option<Effect> {
    let texts = model.texts();
    let today = model.today;
    let spoken = model.lang;
    let nir_seen = model.progress.number(Step::Nir).cloned();
    let mut chosen = None;
    let form = setup(model)?;
    form.error = None;
    let text = form.field.text().trim().to_owned();
    match question {
        Question::Language => {
            let lang = Lang::ALL.get(form.choice).copied().unwrap_or(spoken);
            form.draft.language = Some(lang.code().to_owned());
            chosen = Some(lang);
        }
        Question::Level => form.draft.level = LEVELS.get(form.choice).copied(),
        Question::Department => form.draft.department = Department::ALL.get(form.choice).copied(),
        Question::Start => match parse_date(&text, today) {
            Ok(start) => form.draft.contract_start = Some(start),
            Err(error) => {
                form.field.error = Some(texts.date_error(&error));
                return None;
            }
        },
        Question::Registered => form.draft.already_registered = form.choice == 1,
        Question::Title => form.draft.title = Title::ALL.get(form.choice).copied(),
        Question::Civility => {
            form.draft.gestionnaire_civility = Civility::ALL.get(form.choice).copied();
        }
        Question::Number if text.is_empty() => form.number = None,
        Question::Number => match SocialSecurityNumber::parse(&text) {
            Ok(number) => form.number = Some(number),
            Err(error) => {
                form.field.error = Some(texts.number_error(&error));
                return None;
            }
        },
        // An answer left as it was keeps the draft's value, as the file holds it: the field
        // shows text from the file inert, and that is not what to write back.
        question if question.is_optional_text() && !form.field.changed() => {}
        // Checked here, on the question that holds it, not at the save.
        question
            if question.is_optional_text() && text.chars().count() > MAX_PROFILE_TEXT_CHARS =>
        {
            form.field.error = Some(texts.text_too_long(MAX_PROFILE_TEXT_CHARS));
            return None;
        }
        Question::GestionnaireEmail if !text.is_empty() && !valid_email(&text) => {
            form.field.error = Some(texts.email_invalid().to_owned());
            return None;
        }
        question => {
            let value = (!text.is_empty()).then_some(text);
            match question {
                Question::Name => form.draft.name = value,
                Question::School => form.draft.school = value,
                Question::GestionnaireName => form.draft.gestionnaire_name = value,
                _ => form.draft.gestionnaire_email = value,
            }
        }
    }
    let effect = next_or_save(form, question, walking, nir_seen);
    // The next questions already speak the chosen language.
    if let Some(lang) = chosen {
        model.lang = lang;
    }
    effect
}

/// The question to ask after `question`, or the save.
/// `nir_seen` is the definitive number the file holds, which a number typed here replaces.
fn next_or_save(
    form: &mut Setup,
    question: Question,
    walking: bool,
    nir_seen: Option<SocialSecurityNumber>,
) -> Option<Effect> {
    let questions = form.questions();
    let index = questions.iter().position(|&q| q == question).unwrap_or(0);
    let next = if walking {
        questions.get(index + 1).copied()
    } else {
        // One answer changed: ask only what it makes necessary.
        match question {
            Question::Level
                if form.draft.level == Some(Level::Primary) && form.draft.department.is_none() =>
            {
                Some(Question::Department)
            }
            Question::Registered if form.draft.already_registered && form.number.is_none() => {
                Some(Question::Number)
            }
            _ => None,
        }
    };
    if let Some(next) = next {
        form.ask(next, walking);
        return None;
    }
    // Only what the form changed: a field changed meanwhile by another secu stays.
    let edit = Change::EditProfile(ProfileEdit::between(&form.original, &form.draft));
    let change = match form.number.clone() {
        Some(number) if form.draft.already_registered => Change::All(vec![
            edit,
            Change::SetNumber {
                step: Step::Nir,
                number,
            }
            .if_unchanged(Seen::Number {
                step: Step::Nir,
                number: nir_seen,
            }),
        ]),
        _ => edit,
    };
    Some(Effect::Apply(
        change.if_unchanged(Seen::Profile(form.original.clone())),
    ))
}

/// After a save: the answers again (with what was saved as the new starting point), or the
/// checklist once the first run is over, or after any other change.
pub fn saved(model: &mut Model) {
    let profile = model.progress.profile().clone();
    match &mut model.mode {
        Mode::Setup(form) if !form.first_run => {
            let question = form.question();
            let selected = question
                .and_then(|q| form.questions().iter().position(|&x| x == q))
                .unwrap_or(0);
            form.original = profile.clone();
            form.draft = profile;
            form.number = None;
            form.at = SetupAt::Answers { selected };
        }
        _ => model.mode = Mode::Checklist,
    }
}
