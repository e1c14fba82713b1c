//! Why a command stopped, already in the user's words, and the exit status it earns.

use crate::i18n::Texts;
use crate::procedure::TransitionError;
use crate::store::{StoreError, UpdateError};

/// The kinds of failure the command-line contract tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The progress file cannot be read, parsed or written.
    File,
    /// Bad input, or a step that cannot be ticked now.
    Input,
    /// No terminal the checklist can draw on (a pipe, a script, `TERM=dumb`).
    NoTerminal,
    /// The terminal failed while the checklist was drawn.
    Terminal,
}

impl ErrorKind {
    /// The exit status of the command-line contract: 1 for the file, 2 for the input.
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::File | ErrorKind::Terminal => 1,
            ErrorKind::Input | ErrorKind::NoTerminal => 2,
        }
    }
}

/// A failed command: what kind of failure, and the one line that says it.
#[derive(Debug)]
pub struct CommandError {
    pub kind: ErrorKind,
    pub message: String,
}

impl CommandError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> CommandError {
        CommandError {
            kind,
            message: message.into(),
        }
    }

    pub fn input(message: impl Into<String>) -> CommandError {
        CommandError::new(ErrorKind::Input, message)
    }

    pub fn file(texts: &dyn Texts, error: &StoreError) -> CommandError {
        CommandError::new(ErrorKind::File, texts.store_error(error))
    }

    pub fn update(texts: &dyn Texts, error: &UpdateError<TransitionError>) -> CommandError {
        match error {
            UpdateError::Store(error) => CommandError::file(texts, error),
            UpdateError::Refused(error) => CommandError::input(texts.transition_error(error)),
        }
    }
}
