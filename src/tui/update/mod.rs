//! Messages and how each one changes the model: the only place the screen's state moves.

mod dialogs;
mod list;
mod mouse;
mod setup;

use std::fmt;
use std::path::PathBuf;

use chrono::NaiveDate;
use crossterm::event::MouseEvent;

use ratatui::layout::Rect;

use super::bindings::{Action, Key};
use super::clipboard::Clipboard;
use super::model::{Confirm, Leave, Mode, Model, Notice};
use super::screen::{Measure, Regions};
use crate::export::MailPart;
use crate::i18n::Texts;
use crate::pdf::PdfError;
use crate::procedure::{
    Change, ProfileEdit, Progress, Seen, Step, StepState, TransitionError, since_last_visit,
};
use crate::store::{Document, StoreError, UpdateError};

/// Something that happened: a key understood, or the outcome of an effect.
#[derive(Debug)]
pub enum Message {
    /// A key of the table, by what it stands for here.
    Act(Action),
    /// Text typed or pasted into a field.
    Type(String),
    /// A key that means nothing here, to say so.
    Unbound(Key),
    Mouse(MouseEvent),
    Resized(u16, u16),
    /// The footer's message has been read: a key was pressed.
    Dismiss,
    /// The result of an [`Effect::Apply`]: the change asked for, and the progress as saved
    /// or why nothing was saved.
    Applied {
        change: Change,
        result: Result<Progress, UpdateError<TransitionError>>,
    },
    /// The file, read again because it changed on disk since the screen last saw it.
    Reloaded(Result<Option<Document>, StoreError>),
    /// The result of an [`Effect::Copy`]: what was copied, and where it went.
    Copied {
        what: Copying,
        /// What was copied, to show whole where the copy may not have arrived.
        text: ClipboardText,
        result: Result<Clipboard, String>,
    },
    /// The result of an [`Effect::Open`].
    Opened {
        address: String,
        opened: Opened,
    },
    /// The PDF given to [`Effect::AttachPdf`] was refused; nothing was saved.
    PdfRefused(PdfError),
    /// The local date changed while the screen was open.
    NewDay(NaiveDate),
    /// The result of an [`Effect::Export`]: where the file went, or why it did not.
    Exported(Result<PathBuf, String>),
    /// Back from [`Effect::Suspend`]: the screen is as it was.
    Suspended,
}

/// What to export from the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    Calendar,
    Sheet,
}

/// Work for the runtime: `update` stays pure and never touches the file or the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Apply the change to the file (read afresh under its lock) and report back with
    /// [`Message::Applied`].
    Apply(Change),
    /// Put the text on the clipboard and report back with [`Message::Copied`].
    Copy { text: ClipboardText, what: Copying },
    /// Open an address (a web page, a `mailto:`) with the system's default program where
    /// one can be opened; report back with [`Message::Opened`].
    Open(String),
    /// Check that the path is a PDF, then save it like [`Effect::Apply`] does, only while the
    /// file still holds the PDF the field opened on (`seen`).
    AttachPdf { path: PathBuf, seen: Seen },
    /// Write the calendar or the sheet to the Downloads folder; report back with
    /// [`Message::Exported`].
    Export(Export),
    /// Stop until the shell continues `secu` (Ctrl-Z); report back with
    /// [`Message::Suspended`].
    Suspend,
}

/// What became of an address to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    InBrowser,
    /// No program could be opened here (SSH, no display): nothing happened.
    NoBrowser,
}

/// What is being copied: it decides what the screen says, and shows, once it is done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Copying {
    /// A step's number, in the form its site wants.
    Number(Step),
    /// A web address, with `y`.
    Address(String),
    /// A web address that could not be opened (no browser here), copied instead.
    Unopened(String),
    /// A part of the e-mail, or all of it.
    Mail(MailPart),
}

/// Text for the clipboard: a social security number, so its `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct ClipboardText(pub String);

impl fmt::Debug for ClipboardText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ClipboardText({} characters)", self.0.chars().count())
    }
}

pub fn update(model: &mut Model, message: Message, measure: Measure) -> Option<Effect> {
    match message {
        Message::Act(Action::Interrupt) => interrupt(model),
        // Wherever the user is, as the shell's Ctrl-Z would: nothing on screen changes.
        Message::Act(Action::Suspend) => Some(Effect::Suspend),
        Message::Suspended => None,
        Message::Act(action) => act(model, action, measure),
        Message::Type(text) => {
            dialogs::type_text(model, &text);
            None
        }
        Message::Unbound(key) => {
            list::unbound(model, key);
            None
        }
        Message::Mouse(event) => mouse::mouse(model, event, measure),
        Message::Resized(width, height) => {
            model.size = (width, height);
            None
        }
        Message::Dismiss => {
            model.dismissed = model.notice.take();
            model.sent = None;
            None
        }
        Message::NewDay(today) => {
            model.today = today;
            refresh_since(model);
            None
        }
        Message::Applied { change, result } => {
            applied(model, &change, result);
            None
        }
        Message::Reloaded(result) => {
            reloaded(model, result);
            None
        }
        message => dialogs::outcome(model, message),
    }
}

/// A key's action, by what is open.
fn act(model: &mut Model, action: Action, measure: Measure) -> Option<Effect> {
    if model.too_small() {
        // Only leaving acts on a window too small to show what a key would do; and not
        // over typed text, since the question it asks first cannot be shown: the screen
        // says the text is kept until the window is larger.
        if action == Action::Quit && !model.unsaved_text() {
            model.running = false;
        }
        return None;
    }
    // Only what scrolls is measured, once, on the screen as drawn now: scrolling moves
    // text within its regions and never the regions themselves, so the same measure gives
    // the page and the end. Moving the selection starts its details at the top.
    let scrolls = matches!(
        (&model.mode, action),
        (_, Action::ScrollUp | Action::ScrollDown)
            | (Mode::Reading { .. } | Mode::Mail { .. }, Action::Down)
    );
    let screen = scrolls.then(|| measure(model, Rect::new(0, 0, model.size.0, model.size.1)));
    let pages = screen.as_ref().map(pages);
    let effect = match &model.mode {
        Mode::Checklist => list::act(model, action, pages.map_or(1, |p| p.details)),
        Mode::Setup(_) => setup::act(model, action),
        _ => dialogs::act(model, action, pages.map_or(1, |p| p.dialog)),
    };
    if let Some(screen) = &screen {
        clamp_scroll(model, screen);
    }
    effect
}

/// How far PageUp and PageDown move the details and the box open over them: the lines they
/// show, less one kept for context (the details' last line carries the "more below" mark
/// over its end), measured on the screen as drawn, so that no line is ever skipped, at
/// 40x12 as at 120x40.
fn pages(regions: &Regions) -> Pages {
    let page = |shown: u16| shown.saturating_sub(1).max(1);
    Pages {
        details: page(regions.details_shown),
        dialog: page(regions.dialog_shown),
    }
}

/// What PageUp and PageDown move by: see [`pages`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pages {
    details: u16,
    dialog: u16,
}

/// Keeps what scrolls from going past its end, as `regions` measured the screen: a key back
/// up then always moves the text.
fn clamp_scroll(model: &mut Model, regions: &Regions) {
    model.details_scroll = model.details_scroll.min(regions.details_hidden);
    if let Mode::Reading { scroll, .. } | Mode::Mail { scroll } = &mut model.mode {
        *scroll = (*scroll).min(regions.dialog_hidden);
    }
}

/// Ctrl-C: leaves from anywhere, after asking where typed text would be lost.
fn interrupt(model: &mut Model) -> Option<Effect> {
    if model.unsaved_text() {
        let editing = Box::new(std::mem::replace(&mut model.mode, Mode::Checklist));
        model.mode = Mode::Confirm(Confirm::Discard {
            editing,
            then: Leave::Quit,
        });
    } else {
        model.running = false;
    }
    None
}

fn reloaded(model: &mut Model, result: Result<Option<Document>, StoreError>) {
    let texts = model.texts();
    match result {
        Ok(document) => {
            model.file_problem = None;
            model.exported = document
                .as_ref()
                .map(Document::exported)
                .unwrap_or_default();
            let progress = document.map(|d| d.progress).unwrap_or_default();
            if progress != model.progress {
                model.progress = progress;
                model.notice = Some(Notice::Warning(texts.changed_elsewhere().to_owned()));
            }
        }
        // Shown for as long as it lasts, not as a notice the next key clears: every save
        // would refuse the same way, and nothing is overwritten.
        Err(error) => model.file_problem = Some(texts.store_error(&error)),
    }
}

/// "Since last time" as it is now: a day passed or a step ticked while the screen was open
/// changes what passed since the last visit.
fn refresh_since(model: &mut Model) {
    if model.last_visit.is_some() {
        model.since_last_visit = since_last_visit(&model.progress, model.last_visit, model.today);
    }
}

/// Takes the outcome of a save: the new progress, or the reason shown where the user is.
fn applied(
    model: &mut Model,
    change: &Change,
    result: Result<Progress, UpdateError<TransitionError>>,
) {
    let texts = model.texts();
    let change = change.unguarded();
    match result {
        Ok(progress) => {
            let notice = saved_notice(texts, change, &model.progress, &progress);
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
            let early = match change {
                Change::Tick { on, .. } | Change::Redate { on, .. } => {
                    progress.before_start(*on, model.today)
                }
                _ => None,
            };
            if !notes.is_empty() {
                model.notice = Some(Notice::Warning(notes.join(" ")));
            } else if let Some(start) = early {
                let warning = texts.before_start(&texts.date(start));
                let said = notice.map_or(warning.clone(), |notice| format!("{notice} {warning}"));
                model.notice = Some(Notice::Warning(said));
            } else if let Some(notice) = notice {
                model.notice = Some(Notice::Info(notice));
            }
            // A calendar imported while the step was open still rings for it.
            if matches!(change, Change::Tick { step, .. } if model.exported.contains(step)) {
                let stale = texts.calendar_stale(&calendar_keys(model));
                if let Some(Notice::Info(said) | Notice::Warning(said)) = &mut model.notice {
                    said.push(' ');
                    said.push_str(&stale);
                }
            }
            model.progress = progress;
            refresh_since(model);
            setup::saved(model);
            let ticked = matches!(change, Change::Tick { .. });
            if ticked || model.progress.state(model.selected) == StepState::Skipped {
                // Move on to what comes next, which is what the user will look for.
                if let Some(next) = model.progress.next() {
                    model.selected = next;
                    model.revealed = false;
                    model.details_scroll = 0;
                }
            }
        }
        Err(UpdateError::Refused(TransitionError::ChangedMeanwhile { now })) => {
            let text = texts.changed_meanwhile_now(&now);
            changed_meanwhile(model, *now, text);
        }
        Err(error) => {
            let text = match &error {
                UpdateError::Refused(error) => texts.transition_error(error),
                UpdateError::Store(error) => texts.store_error(error),
            };
            match &mut model.mode {
                Mode::Field { field, .. } | Mode::Note { field, .. } => field.error = Some(text),
                Mode::Setup(form) => form.error = Some(text),
                _ => {
                    model.mode = Mode::Checklist;
                    model.notice = Some(Notice::Error(text));
                }
            }
        }
    }
}

/// Another `secu` saved what the open editor replaces, after it opened: both are kept. The
/// editor stays open with the user's text and says what the file holds now, which becomes
/// what the next save replaces: saving again puts the user's in its place, Esc keeps the
/// other. A note holds both texts, the other first, for the user to merge.
fn changed_meanwhile(model: &mut Model, now: Seen, text: String) {
    match (&mut model.mode, now) {
        (Mode::Note { field, seen, .. }, Seen::Note { note, .. }) => {
            let theirs = note.as_deref().unwrap_or_default();
            if !theirs.trim().is_empty() && theirs.trim() != field.text().trim() {
                field.replace_text(&format!("{theirs}\n{}", field.text()));
            }
            field.error = Some(text);
            *seen = note;
        }
        (Mode::Field { field, seen, .. }, now) => {
            field.error = Some(text);
            *seen = now;
        }
        (Mode::Setup(form), Seen::Profile(now)) => {
            // The answers the user changed stay theirs; the others follow the file.
            let mine = ProfileEdit::between(&form.original, &form.draft);
            form.draft = mine.applied_to(&now);
            form.original = now;
            form.error = Some(text);
        }
        _ => {
            model.mode = Mode::Checklist;
            model.notice = Some(Notice::Error(text));
        }
    }
}

/// What the footer says once a change is saved; `None` when there is nothing to add.
/// `before` is the progress the change was made to, for what it replaced.
fn saved_notice(
    texts: &dyn Texts,
    change: &Change,
    before: &Progress,
    progress: &Progress,
) -> Option<String> {
    match change {
        Change::IfUnchanged { change, .. } => saved_notice(texts, change, before, progress),
        Change::Tick { step, .. } => progress
            .done_on(*step)
            .map(|on| texts.ticked_step(*step, on)),
        // As the command line says it: what the date is now, and what it was.
        Change::Redate { step, on } => Some(match before.done_on(*step) {
            Some(was) => texts.redated(&texts.quoted(*step), &texts.date(*on), &texts.date(was)),
            None => texts.ticked_step(*step, *on),
        }),
        Change::SetNumber { step, .. } => Some(texts.number_saved(&texts.quoted(*step))),
        Change::Untick { step } => Some(texts.unticked_step(*step)),
        Change::EditProfile(edit) if only_language(edit) => None,
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
fn only_language(edit: &ProfileEdit) -> bool {
    edit.language.is_some()
        && ProfileEdit {
            language: None,
            ..edit.clone()
        }
        .is_empty()
}

/// The keys that export the calendar, as the language names them: "x, 1".
fn calendar_keys(model: &Model) -> String {
    let texts = model.texts();
    let key = |context, action| {
        super::bindings::key_for(context, action).map_or_else(String::new, |key| key.name(texts))
    };
    format!(
        "{}, {}",
        key(super::bindings::Context::List, Action::Export),
        key(super::bindings::Context::Choose, Action::First)
    )
}
