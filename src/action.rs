//! What a key can ask the checklist to do: the actions of the key table, named once for the
//! table, the help and every language's words for them.

use crate::i18n::Texts;

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Up,
    Down,
    ScrollUp,
    ScrollDown,
    Tick,
    Redate,
    Untick,
    Number,
    Reveal,
    Copy,
    Open,
    Mail,
    Note,
    Pdf,
    Task1,
    Task2,
    Timeline,
    Export,
    Setup,
    Glossary,
    Language,
    Help,
    /// Show the whole footer message, when it had to be shortened.
    WholeMessage,
    /// Close what is open (Esc); never quits.
    Close,
    /// Back to the previous setup question (Esc in the setup).
    Back,
    /// Leave `secu` (q, from the list).
    Quit,
    /// Ctrl-C: leave from anywhere, after asking where typed text would be lost.
    Interrupt,
    /// Ctrl-Z: stop like any program in a shell (raw mode makes it a key), the terminal
    /// given back until `fg`; typed text stays where it was.
    Suspend,
    Yes,
    No,
    First,
    Second,
    Third,
    Fourth,
    /// Enter: confirm a field, a choice, an answer.
    Submit,
    /// Ctrl-S in the note editor.
    Save,
    NewLine,
    Left,
    Right,
    Home,
    End,
    Backspace,
    Delete,
    DeleteToStart,
    DeleteWord,
}

impl Action {
    pub const ALL: [Action; 45] = [
        Action::Up,
        Action::Down,
        Action::ScrollUp,
        Action::ScrollDown,
        Action::Tick,
        Action::Redate,
        Action::Untick,
        Action::Number,
        Action::Reveal,
        Action::Copy,
        Action::Open,
        Action::Mail,
        Action::Note,
        Action::Pdf,
        Action::Task1,
        Action::Task2,
        Action::Timeline,
        Action::Export,
        Action::Setup,
        Action::Glossary,
        Action::Language,
        Action::Help,
        Action::WholeMessage,
        Action::Close,
        Action::Back,
        Action::Quit,
        Action::Interrupt,
        Action::Suspend,
        Action::Yes,
        Action::No,
        Action::First,
        Action::Second,
        Action::Third,
        Action::Fourth,
        Action::Submit,
        Action::Save,
        Action::NewLine,
        Action::Left,
        Action::Right,
        Action::Home,
        Action::End,
        Action::Backspace,
        Action::Delete,
        Action::DeleteToStart,
        Action::DeleteWord,
    ];
}

impl Action {
    /// What the action does, short (the footer) and long (the help), in the user's language.
    pub fn describe(self, texts: &dyn Texts) -> (&'static str, &'static str) {
        texts.action(self)
    }
}
