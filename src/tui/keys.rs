//! Keys to messages, in one place: what each key means in each mode.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::model::{Mode, Model};
use super::update::Message;
use crate::procedure::SubTask;

/// The message a key press stands for, if any. Releases and repeats are ignored: Windows
/// reports both a press and a release for every key.
pub fn handle_key(model: &Model, key: KeyEvent) -> Option<Message> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match (key.code, &model.mode) {
            (KeyCode::Char('c'), _) => Some(Message::Quit),
            (KeyCode::Char('s'), Mode::EditNote { .. }) => Some(Message::SaveNote),
            _ => None,
        };
    }
    match &model.mode {
        Mode::Checklist => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Message::MoveUp),
            KeyCode::Down | KeyCode::Char('j') => Some(Message::MoveDown),
            KeyCode::Char(' ') | KeyCode::Enter => Some(Message::Tick),
            KeyCode::Char('u') => Some(Message::Untick),
            KeyCode::Char('n') => Some(Message::EditNumber),
            KeyCode::Char('r') => Some(Message::Reveal),
            KeyCode::Char('y') => Some(Message::Copy),
            KeyCode::Char('s') => Some(Message::OpenSetup),
            KeyCode::Char('?') => Some(Message::ToggleHelp),
            KeyCode::Char('g') => Some(Message::ToggleGlossary),
            KeyCode::Char('L') => Some(Message::CycleLanguage),
            KeyCode::Char('o') => Some(Message::OpenLink),
            KeyCode::Char('m') => Some(Message::ShowMail),
            KeyCode::Char('e') => Some(Message::EditNote),
            KeyCode::Char('p') => Some(Message::EnterPdf),
            KeyCode::Char('1') => Some(Message::ToggleTask(SubTask::AmeliAccount)),
            KeyCode::Char('2') => Some(Message::ToggleTask(SubTask::AttestationDownloaded)),
            KeyCode::Char('t') => Some(Message::ToggleTimeline),
            KeyCode::PageDown => Some(Message::ScrollDetails(3)),
            KeyCode::PageUp => Some(Message::ScrollDetails(-3)),
            KeyCode::Char('q') | KeyCode::Esc => Some(Message::Quit),
            _ => None,
        },
        // The help and the glossary scroll; any other key closes them, so that nobody is
        // stuck in one.
        Mode::Help { .. } | Mode::Glossary { .. } => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Message::MoveUp),
            KeyCode::Down | KeyCode::Char('j') => Some(Message::MoveDown),
            _ => Some(Message::ToggleGlossary),
        },
        Mode::EnterDate { .. } | Mode::EnterNumber { .. } | Mode::EnterPdf { .. } => {
            text_field(key)
        }
        // Enter makes a new line in a note; Ctrl+S saves it (above).
        Mode::EditNote { .. } => match key.code {
            KeyCode::Enter => Some(Message::NewLine),
            _ => text_field(key),
        },
        Mode::Mail => match key.code {
            KeyCode::Char('o') => Some(Message::OpenLink),
            KeyCode::Char('y') => Some(Message::Copy),
            _ => Some(Message::Cancel),
        },
        Mode::ChooseLink { .. } => match key.code {
            KeyCode::Char('1') => Some(Message::ChooseLink(0)),
            KeyCode::Char('2') => Some(Message::ChooseLink(1)),
            _ => Some(Message::Cancel),
        },
        Mode::ConfirmUntick { .. } => match key.code {
            // "yes" in every language spoken: y(es), o(ui), s(í, ì), j(a).
            KeyCode::Char('y' | 'Y' | 'o' | 'O' | 's' | 'S' | 'j' | 'J') => {
                Some(Message::Answer(true))
            }
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Message::Answer(false)),
            _ => None,
        },
        Mode::Setup(setup) if setup.question.is_text() => text_field(key),
        Mode::Setup(_) => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Message::MoveUp),
            KeyCode::Down | KeyCode::Char('j') => Some(Message::MoveDown),
            KeyCode::Enter | KeyCode::Char(' ') => Some(Message::Submit),
            KeyCode::Esc => Some(Message::Cancel),
            _ => None,
        },
    }
}

fn text_field(key: KeyEvent) -> Option<Message> {
    match key.code {
        KeyCode::Char(c) => Some(Message::Type(c)),
        KeyCode::Backspace => Some(Message::Erase),
        KeyCode::Enter => Some(Message::Submit),
        KeyCode::Esc => Some(Message::Cancel),
        _ => None,
    }
}
