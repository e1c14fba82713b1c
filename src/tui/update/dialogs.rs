//! What keys do in what opens over the list: texts to read, the e-mail, questions, choices,
//! the fields and the note editor; and what the effects they ask for report back.

use std::path::PathBuf;

use super::super::bindings::Action;
use super::super::bindings::Context;
use super::super::clipboard::Clipboard;
use super::super::model::{
    Choice, Confirm, Edit, Leave, Mode, Model, Notice, Purpose, TextField, mail_part,
};
use super::list::number_field;
use super::{ClipboardText, Copying, Effect, Export, Message, Opened};
use crate::export::MailPart;
use crate::pdf::normalize_path;
use crate::procedure::{Change, Seen, SocialSecurityNumber, links, parse_date};

/// A key in whatever is open over the list; PageUp and PageDown move a text by `page` lines.
pub fn act(model: &mut Model, action: Action, page: u16) -> Option<Effect> {
    let mode = std::mem::replace(&mut model.mode, Mode::Checklist);
    let (mode, effect) = match mode {
        Mode::Reading { what, scroll } => (
            match scroll_or_close(action, scroll, page) {
                Some(scroll) => Some(Mode::Reading { what, scroll }),
                // Back to the setup it was opened over, if any.
                None => model.paused.take().map(|paused| *paused),
            },
            None,
        ),
        Mode::Mail { scroll } => mail(model, action, scroll, page),
        Mode::Confirm(confirm) => confirm_answer(model, confirm, action),
        Mode::Choose(choice) => choose(model, choice, action),
        Mode::Field {
            purpose,
            mut field,
            seen,
        } => match action {
            Action::Submit => return submit(model, purpose, field, seen),
            Action::Close => (None, None),
            action => {
                edit(&mut field, action);
                let mode = Mode::Field {
                    purpose,
                    field,
                    seen,
                };
                (Some(mode), None)
            }
        },
        Mode::Note {
            step,
            mut field,
            seen,
        } => match action {
            // Nothing typed, nothing written: not even the note shown inert written back.
            Action::Save if !field.changed() => (None, None),
            Action::Save => {
                let note = Some(field.text().to_owned());
                let change = Change::SetNote { step, note }.if_unchanged(Seen::Note {
                    step,
                    note: seen.clone(),
                });
                let mode = Mode::Note { step, field, seen };
                (Some(mode), Some(Effect::Apply(change)))
            }
            Action::Close if field.changed() => {
                (Some(discard(Mode::Note { step, field, seen })), None)
            }
            Action::Close => (None, None),
            action => {
                edit(&mut field, action);
                (Some(Mode::Note { step, field, seen }), None)
            }
        },
        other => (Some(other), None),
    };
    model.mode = mode.unwrap_or(Mode::Checklist);
    effect
}

/// "Discard your changes?", over the editor they were typed in.
pub fn discard(editing: Mode) -> Mode {
    Mode::Confirm(Confirm::Discard {
        editing: Box::new(editing),
        then: Leave::Close,
    })
}

/// Scrolls a text, or closes it (`None`).
fn scroll_or_close(action: Action, scroll: u16, page: u16) -> Option<u16> {
    match action {
        Action::Up => Some(scroll.saturating_sub(1)),
        Action::Down => Some(scroll.saturating_add(1)),
        Action::ScrollUp => Some(scroll.saturating_sub(page)),
        Action::ScrollDown => Some(scroll.saturating_add(page)),
        _ => None,
    }
}

fn mail(
    model: &mut Model,
    action: Action,
    scroll: u16,
    page: u16,
) -> (Option<Mode>, Option<Effect>) {
    let draft = model.draft();
    let texts = model.texts();
    let stay = Some(Mode::Mail { scroll });
    match action {
        Action::Open => match &draft.to {
            Some(_) => (stay, Some(Effect::Open(draft.mailto()))),
            None => {
                model.notice = Some(Notice::Warning(texts.mail_no_address().to_owned()));
                (stay, None)
            }
        },
        // The parts one by one, for a webmail's fields, or all at once.
        Action::Copy => (Some(Mode::Choose(Choice::MailPart)), None),
        action => (
            scroll_or_close(action, scroll, page).map(|scroll| Mode::Mail { scroll }),
            None,
        ),
    }
}

fn confirm_answer(
    model: &mut Model,
    confirm: Confirm,
    action: Action,
) -> (Option<Mode>, Option<Effect>) {
    match (confirm, action) {
        (Confirm::Untick(step), Action::Yes) => (
            Some(Mode::Confirm(Confirm::Untick(step))),
            Some(Effect::Apply(Change::Untick { step })),
        ),
        (Confirm::Discard { then, .. }, Action::Yes) => {
            if then == Leave::Quit {
                model.running = false;
            }
            (None, None)
        }
        // No: back to what was being typed, as it was.
        (Confirm::Discard { editing, .. }, Action::No) => (Some(*editing), None),
        (Confirm::Untick(_), _) => (None, None),
        (confirm, _) => (Some(Mode::Confirm(confirm)), None),
    }
}

fn choose(model: &mut Model, choice: Choice, action: Action) -> (Option<Mode>, Option<Effect>) {
    let which = match action {
        Action::First => 0,
        Action::Second => 1,
        Action::Third => 2,
        Action::Fourth => 3,
        _ => return (None, None),
    };
    let effect = match choice {
        // Back to the e-mail after each part: the next one is a key away.
        Choice::MailPart => {
            let Some(&part) = MailPart::ALL.get(which) else {
                return no_such_choice(model, choice, action);
            };
            let text = ClipboardText(model.draft().part(part));
            let what = Copying::Mail(part);
            return (
                Some(Mode::Mail { scroll: 0 }),
                Some(Effect::Copy { text, what }),
            );
        }
        Choice::Link(step) => match links(step).get(which) {
            Some(site) => Some(Effect::Open(site.address().to_owned())),
            None => return no_such_choice(model, choice, action),
        },
        Choice::Export => Some(Effect::Export(match which {
            0 => Export::Calendar,
            1 => Export::Sheet,
            _ => return no_such_choice(model, choice, action),
        })),
    };
    (None, effect)
}

/// A number past the choice's last: the choice stays, and the footer says so.
fn no_such_choice(
    model: &mut Model,
    choice: Choice,
    action: Action,
) -> (Option<Mode>, Option<Effect>) {
    let key = super::super::refusal::key_in(model, Context::Choose, action);
    let close = super::super::refusal::key_in(model, Context::Choose, Action::Close);
    let said = model.texts().nothing_here_close(&key, &close);
    model.notice = Some(Notice::Hint(said));
    (Some(Mode::Choose(choice)), None)
}

/// Applies an editing key to a field.
pub fn edit(field: &mut TextField, action: Action) {
    let edit = match action {
        Action::Left => Edit::Left,
        Action::Right => Edit::Right,
        Action::Home => Edit::Home,
        Action::End => Edit::End,
        Action::Up => Edit::Up,
        Action::Down => Edit::Down,
        Action::Backspace => Edit::Backspace,
        Action::Delete => Edit::Delete,
        Action::DeleteToStart => Edit::DeleteToStart,
        Action::DeleteWord => Edit::DeleteWord,
        Action::NewLine => Edit::NewLine,
        _ => return,
    };
    field.edit(edit);
}

/// Text typed or pasted into the open field.
pub fn type_text(model: &mut Model, text: &str) {
    if let Some(field) = model.field_mut() {
        field.edit(Edit::Insert(text.to_owned()));
    }
}

/// Enter in a one-line field.
fn submit(model: &mut Model, purpose: Purpose, mut field: TextField, seen: Seen) -> Option<Effect> {
    let texts = model.texts();
    let today = model.today;
    let result = match purpose {
        Purpose::TickDate(step) => match parse_date(field.text(), today) {
            Err(error) => Err(texts.date_error(&error)),
            // A date the rules refuse is said here, before the number is asked for; the
            // save checks again against the file as it is then.
            Ok(on) => match model.progress.check_tick(step, on, today) {
                Err(error) => Err(texts.transition_error(&error)),
                // The letters of the NIA and of the NIR carry a number: ask for it next.
                Ok(()) if step.has_number() => {
                    model.mode = number_field(model, step, Some(on));
                    return None;
                }
                Ok(()) => Ok(Change::Tick {
                    step,
                    on,
                    number: None,
                }),
            },
        },
        Purpose::Redate(step) => parse_date(field.text(), today)
            .map(|on| Change::Redate { step, on })
            .map_err(|error| texts.date_error(&error)),
        Purpose::Number { step, on } => match field.text().trim() {
            // Nothing typed: the number kept stays as it is.
            "" => match on {
                Some(on) => Ok(Change::Tick {
                    step,
                    on,
                    number: None,
                }),
                None => {
                    model.mode = Mode::Checklist;
                    return None;
                }
            },
            text => SocialSecurityNumber::parse(text)
                .map(|number| match on {
                    Some(on) => Change::Tick {
                        step,
                        on,
                        number: Some(number),
                    },
                    None => Change::SetNumber { step, number },
                })
                .map_err(|error| texts.number_error(&error)),
        },
        Purpose::Pdf => {
            let path = normalize_path(field.text(), dirs_home().as_deref());
            model.mode = Mode::Field {
                purpose,
                field,
                seen: seen.clone(),
            };
            return match path {
                Some(path) => Some(Effect::AttachPdf { path, seen }),
                None => {
                    model.mode = Mode::Checklist;
                    None
                }
            };
        }
    };
    let effect = match result {
        Ok(change) => Some(Effect::Apply(change.if_unchanged(seen.clone()))),
        Err(error) => {
            field.error = Some(error);
            None
        }
    };
    model.mode = Mode::Field {
        purpose,
        field,
        seen,
    };
    effect
}

/// The user's home folder, for a path typed with `~`.
fn dirs_home() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf())
}

/// The outcome of a copy, an opening, a PDF check or an export.
pub fn outcome(model: &mut Model, message: Message) -> Option<Effect> {
    let texts = model.texts();
    match message {
        Message::Copied { what, text, result } => copied(model, what, text, result),
        Message::Opened { address, opened } => return opened_or_not(model, address, opened),
        Message::PdfRefused(error) => {
            let text = texts.pdf_error(&error);
            if let Some(field) = model.field_mut() {
                field.error = Some(text);
            }
        }
        Message::Exported(Ok(path)) => {
            let calendar = path.extension().is_some_and(|e| e == "ics");
            let mut text = texts.exported(&crate::i18n::shown_path(&path));
            // Over SSH the file is on this machine, not the one in front of the user: how to
            // fetch it matters more than what to do with it.
            if let Some(host) = &model.remote_host {
                let fetch = format!("scp {host}:{} .", path.display());
                text = texts.exported_remote(&fetch);
            } else if calendar {
                text = format!("{text} {}", texts.calendar_hint());
            }
            model.notice = Some(Notice::Info(text));
        }
        Message::Exported(Err(why)) => model.notice = Some(Notice::Error(why)),
        _ => {}
    }
    None
}

/// After a copy: "copied" only when the system clipboard took it; otherwise exactly the
/// text that was sent is shown whole, full width, for the mouse, and the footer says where it
/// went — and, for an address that could not be opened, that nothing was opened.
fn copied(
    model: &mut Model,
    what: Copying,
    text: ClipboardText,
    result: Result<Clipboard, String>,
) {
    let texts = model.texts();
    let done = match &what {
        Copying::Number(step) => texts.copied(*step).to_owned(),
        Copying::Address(_) => texts.address_copied_here().to_owned(),
        Copying::Unopened(_) => texts.address_copied().to_owned(),
        Copying::Mail(part) => format!(
            "{} {}",
            texts.mail_part_copied(mail_part(texts, *part)),
            texts.mail_attach()
        ),
    };
    let unopened = matches!(what, Copying::Unopened(_));
    let (notice, whole) = match result {
        Ok(Clipboard::System) => {
            // The whole e-mail copied: its box has done its job.
            if what == Copying::Mail(MailPart::All) {
                model.mode = Mode::Checklist;
            }
            (Notice::Info(done), false)
        }
        Ok(Clipboard::Terminal) if unopened => (
            Notice::Warning(format!(
                "{} {}",
                texts.no_browser(),
                texts.sent_to_terminal()
            )),
            true,
        ),
        Ok(Clipboard::Terminal) => (Notice::Warning(texts.sent_to_terminal().to_owned()), true),
        Err(_) if unopened => (
            Notice::Error(format!("{} {}", texts.no_browser(), texts.copy_failed())),
            true,
        ),
        Err(_) => (Notice::Error(texts.copy_failed().to_owned()), true),
    };
    model.notice = Some(notice);
    if whole {
        model.sent = Some(text.0);
    }
}

/// After asking to open an address: where nothing could open it, a web address is copied
/// instead and the e-mail stays on screen, with the footer saying why.
fn opened_or_not(model: &mut Model, address: String, opened: Opened) -> Option<Effect> {
    let texts = model.texts();
    if matches!(model.mode, Mode::Choose(_)) {
        model.mode = Mode::Checklist;
    }
    match opened {
        // The mail program opened on the draft: what it lacks is the file.
        Opened::InBrowser if matches!(model.mode, Mode::Mail { .. }) => {
            let said = format!("{} {}", texts.mail_opened(), texts.mail_attach());
            model.notice = Some(Notice::Warning(said));
            None
        }
        Opened::InBrowser => {
            model.notice = Some(Notice::Info(texts.link_opened().to_owned()));
            None
        }
        Opened::NoBrowser if matches!(model.mode, Mode::Mail { .. }) => {
            let copy = super::super::refusal::key_in(model, Context::Mail, Action::Copy);
            model.notice = Some(Notice::Warning(texts.mail_not_opened(&copy)));
            None
        }
        Opened::NoBrowser => Some(Effect::Copy {
            text: ClipboardText(address.clone()),
            what: Copying::Unopened(address),
        }),
    }
}
