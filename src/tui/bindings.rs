//! Every key, in one table: for each context of the screen, the keys, the action they
//! stand for, and whether the footer shows them. Key handling, the footer, the help overlay,
//! docs/keys.md's table and the key tests are all made from it, so they cannot drift.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use crate::action::Action;
use crate::i18n::Texts;

/// Where the user is: each context gives keys their own meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// The list of steps and the details of the selected one.
    List,
    /// The timeline of the contract's months, over the list.
    Timeline,
    /// The overlays that only show text: the help, the glossary, a whole message.
    Reading,
    /// The e-mail to the gestionnaire.
    Mail,
    /// A yes-or-no question: un-tick? discard what was typed?
    Confirm,
    /// A choice of two: which page to open, what to export.
    Choose,
    /// A one-line text field: a date, a number, a path.
    Field,
    /// The note editor, several lines.
    Note,
    /// The setup's answers as a list.
    Answers,
    /// A setup question with answers to choose from.
    Choice,
    /// A setup question answered by typing: Esc goes back a question.
    Question,
    /// The window is too small to draw anything: only leaving acts.
    TooSmall,
}

impl Context {
    /// Where this is, for the table of docs/keys.md (written in English, as the docs are).
    pub fn place(self) -> &'static str {
        match self {
            Context::List => "List",
            Context::Timeline => "Timeline",
            Context::Reading => "Help, glossary, message",
            Context::Mail => "E-mail",
            Context::Confirm => "Question",
            Context::Choose => "Choice of two",
            Context::Field => "Text field",
            Context::Note => "Note",
            Context::Answers => "Setup answers",
            Context::Choice => "Setup choice",
            Context::Question => "Setup question",
            Context::TooSmall => "Window too small",
        }
    }

    pub const ALL: [Context; 12] = [
        Context::List,
        Context::Timeline,
        Context::Reading,
        Context::Mail,
        Context::Confirm,
        Context::Choose,
        Context::Field,
        Context::Note,
        Context::Answers,
        Context::Choice,
        Context::Question,
        Context::TooSmall,
    ];
}

/// A key as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Enter,
    Esc,
    Backspace,
    Delete,
}

impl Key {
    /// The key of a terminal event, if the table can name it.
    pub fn from_event(event: &KeyEvent) -> Option<Key> {
        if event.modifiers.contains(KeyModifiers::CONTROL) {
            return match event.code {
                KeyCode::Char(c) => Some(Key::Ctrl(c.to_ascii_lowercase())),
                _ => None,
            };
        }
        Some(match event.code {
            KeyCode::Char(c) => Key::Char(c),
            KeyCode::Up => Key::Up,
            KeyCode::Down => Key::Down,
            KeyCode::Left => Key::Left,
            KeyCode::Right => Key::Right,
            KeyCode::Home => Key::Home,
            KeyCode::End => Key::End,
            KeyCode::PageUp => Key::PageUp,
            KeyCode::PageDown => Key::PageDown,
            KeyCode::Enter => Key::Enter,
            KeyCode::Esc => Key::Esc,
            KeyCode::Backspace => Key::Backspace,
            KeyCode::Delete => Key::Delete,
            _ => return None,
        })
    }

    /// The key as the user's language writes it on a keyboard.
    pub fn name(self, texts: &dyn Texts) -> String {
        let names = texts.key_names();
        match self {
            Key::Char(' ') => names.space.to_owned(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("{}-{}", names.ctrl, c.to_ascii_uppercase()),
            Key::Up => "↑".to_owned(),
            Key::Down => "↓".to_owned(),
            Key::Left => "←".to_owned(),
            Key::Right => "→".to_owned(),
            Key::Home => names.home.to_owned(),
            Key::End => names.end.to_owned(),
            Key::PageUp => names.page_up.to_owned(),
            Key::PageDown => names.page_down.to_owned(),
            Key::Enter => names.enter.to_owned(),
            Key::Esc => names.esc.to_owned(),
            Key::Backspace => names.backspace.to_owned(),
            Key::Delete => names.delete.to_owned(),
        }
    }
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
    pub action: Action,
    /// Shown in the footer (where it applies): the keys people look for.
    pub footer: bool,
}

const fn bind(context: Context, keys: &'static [Key], action: Action, footer: bool) -> Binding {
    Binding {
        context,
        keys,
        action,
        footer,
    }
}

use Action as A;
use Context as C;
use Key as K;

/// The keys that edit a text field, one line or several.
macro_rules! editing {
    ($context:expr) => {
        [
            bind($context, &[K::Left], A::Left, false),
            bind($context, &[K::Right], A::Right, false),
            bind($context, &[K::Home, K::Ctrl('a')], A::Home, false),
            bind($context, &[K::End, K::Ctrl('e')], A::End, false),
            bind($context, &[K::Backspace], A::Backspace, false),
            bind($context, &[K::Delete], A::Delete, false),
            bind($context, &[K::Ctrl('u')], A::DeleteToStart, true),
            bind($context, &[K::Ctrl('w')], A::DeleteWord, false),
            bind($context, &[K::Ctrl('c')], A::Interrupt, false),
            bind($context, &[K::Ctrl('z')], A::Suspend, false),
        ]
    };
}

const LIST: [Binding; 27] = [
    bind(C::List, &[K::Up, K::Char('k')], A::Up, true),
    bind(C::List, &[K::Down, K::Char('j')], A::Down, false),
    bind(C::List, &[K::Char(' '), K::Enter], A::Tick, true),
    bind(C::List, &[K::Char('d')], A::Redate, true),
    bind(C::List, &[K::Char('u')], A::Untick, true),
    bind(C::List, &[K::Char('n')], A::Number, true),
    bind(C::List, &[K::Char('r')], A::Reveal, true),
    bind(C::List, &[K::Char('y')], A::Copy, true),
    bind(C::List, &[K::Char('1')], A::Task1, true),
    bind(C::List, &[K::Char('2')], A::Task2, true),
    bind(C::List, &[K::Char('m')], A::Mail, true),
    bind(C::List, &[K::Char('p')], A::Pdf, true),
    bind(C::List, &[K::Char('e')], A::Note, true),
    bind(C::List, &[K::Char('o')], A::Open, true),
    bind(C::List, &[K::Char('t')], A::Timeline, true),
    bind(C::List, &[K::Char('x')], A::Export, true),
    bind(C::List, &[K::PageUp], A::ScrollUp, false),
    bind(C::List, &[K::PageDown], A::ScrollDown, false),
    bind(C::List, &[K::Char('s')], A::Setup, true),
    bind(C::List, &[K::Char('g')], A::Glossary, true),
    bind(C::List, &[K::Char('L')], A::Language, true),
    bind(C::List, &[K::Char('!')], A::WholeMessage, true),
    bind(C::List, &[K::Char('?')], A::Help, true),
    bind(C::List, &[K::Esc], A::Close, false),
    bind(C::List, &[K::Char('q')], A::Quit, true),
    bind(C::List, &[K::Ctrl('c')], A::Interrupt, false),
    bind(C::List, &[K::Ctrl('z')], A::Suspend, false),
];

const OTHERS: [Binding; 60] = [
    bind(C::Timeline, &[K::Up, K::Char('k')], A::Up, true),
    bind(C::Timeline, &[K::Down, K::Char('j')], A::Down, false),
    bind(C::Timeline, &[K::Char('t'), K::Esc], A::Close, true),
    bind(C::Timeline, &[K::Char('?')], A::Help, true),
    bind(C::Timeline, &[K::Char('q')], A::Quit, true),
    bind(C::Timeline, &[K::Ctrl('c')], A::Interrupt, false),
    bind(C::Timeline, &[K::Ctrl('z')], A::Suspend, false),
    bind(C::Reading, &[K::Up, K::Char('k')], A::Up, true),
    bind(C::Reading, &[K::Down, K::Char('j')], A::Down, false),
    bind(C::Reading, &[K::PageUp], A::ScrollUp, false),
    bind(C::Reading, &[K::PageDown], A::ScrollDown, false),
    bind(
        C::Reading,
        &[K::Esc, K::Char('q'), K::Char('?'), K::Char('g')],
        A::Close,
        true,
    ),
    bind(C::Reading, &[K::Ctrl('c')], A::Interrupt, false),
    bind(C::Reading, &[K::Ctrl('z')], A::Suspend, false),
    bind(C::Mail, &[K::Char('o')], A::Open, true),
    bind(C::Mail, &[K::Char('y')], A::Copy, true),
    bind(C::Mail, &[K::Up, K::Char('k')], A::Up, true),
    bind(C::Mail, &[K::Down, K::Char('j')], A::Down, false),
    bind(C::Mail, &[K::PageUp], A::ScrollUp, false),
    bind(C::Mail, &[K::PageDown], A::ScrollDown, false),
    bind(C::Mail, &[K::Esc, K::Char('q')], A::Close, true),
    bind(C::Mail, &[K::Ctrl('c')], A::Interrupt, false),
    bind(C::Mail, &[K::Ctrl('z')], A::Suspend, false),
    bind(
        C::Confirm,
        // "Yes" in every language spoken: y(es), o(ui), s(í, ì), j(a).
        &[K::Char('y'), K::Char('o'), K::Char('s'), K::Char('j')],
        A::Yes,
        true,
    ),
    bind(C::Confirm, &[K::Char('n'), K::Esc], A::No, true),
    bind(C::Confirm, &[K::Ctrl('c')], A::Interrupt, false),
    bind(C::Confirm, &[K::Ctrl('z')], A::Suspend, false),
    bind(C::Choose, &[K::Char('1')], A::First, true),
    bind(C::Choose, &[K::Char('2')], A::Second, true),
    bind(C::Choose, &[K::Char('3')], A::Third, false),
    bind(C::Choose, &[K::Char('4')], A::Fourth, false),
    bind(C::Choose, &[K::Esc, K::Char('q')], A::Close, true),
    bind(C::Choose, &[K::Ctrl('c')], A::Interrupt, false),
    bind(C::Choose, &[K::Ctrl('z')], A::Suspend, false),
    bind(C::Field, &[K::Enter], A::Submit, true),
    bind(C::Field, &[K::Esc], A::Close, true),
    bind(C::Note, &[K::Ctrl('s')], A::Save, true),
    bind(C::Note, &[K::Enter], A::NewLine, true),
    bind(C::Note, &[K::Esc], A::Close, true),
    bind(C::Note, &[K::Up], A::Up, false),
    bind(C::Note, &[K::Down], A::Down, false),
    bind(C::Answers, &[K::Up, K::Char('k')], A::Up, true),
    bind(C::Answers, &[K::Down, K::Char('j')], A::Down, false),
    bind(C::Answers, &[K::Enter], A::Submit, true),
    bind(C::Answers, &[K::Char('g')], A::Glossary, true),
    bind(C::Answers, &[K::Esc, K::Char('q')], A::Close, true),
    bind(C::Answers, &[K::Ctrl('c')], A::Interrupt, false),
    bind(C::Answers, &[K::Ctrl('z')], A::Suspend, false),
    bind(C::Choice, &[K::Up, K::Char('k')], A::Up, true),
    bind(C::Choice, &[K::Down, K::Char('j')], A::Down, false),
    bind(C::Choice, &[K::Enter, K::Char(' ')], A::Submit, true),
    bind(C::Choice, &[K::Char('g')], A::Glossary, true),
    bind(C::Choice, &[K::Esc], A::Back, true),
    bind(C::Choice, &[K::Ctrl('c')], A::Interrupt, false),
    bind(C::Choice, &[K::Ctrl('z')], A::Suspend, false),
    bind(C::Question, &[K::Enter], A::Submit, true),
    bind(C::Question, &[K::Ctrl('g')], A::Glossary, true),
    bind(C::Question, &[K::Esc], A::Back, true),
    bind(C::TooSmall, &[K::Char('q'), K::Ctrl('c')], A::Quit, true),
    bind(C::TooSmall, &[K::Ctrl('z')], A::Suspend, false),
];

const FIELD_EDITING: [Binding; 10] = editing!(C::Field);
const NOTE_EDITING: [Binding; 10] = editing!(C::Note);
const QUESTION_EDITING: [Binding; 10] = editing!(C::Question);

/// Every binding, context by context.
pub fn all() -> impl Iterator<Item = &'static Binding> {
    LIST.iter()
        .chain(OTHERS.iter())
        .chain(FIELD_EDITING.iter())
        .chain(NOTE_EDITING.iter())
        .chain(QUESTION_EDITING.iter())
}

/// The bindings of one context, in the table's order.
pub fn of(context: Context) -> impl Iterator<Item = &'static Binding> {
    all().filter(move |binding| binding.context == context)
}

/// The action a key stands for in a context.
pub fn action(context: Context, key: Key) -> Option<Action> {
    of(context)
        .find(|binding| binding.keys.contains(&key))
        .map(|binding| binding.action)
}

/// The first key that does `action` in a context: the one messages name.
pub fn key_for(context: Context, action: Action) -> Option<Key> {
    of(context)
        .find(|binding| binding.action == action)
        .and_then(|binding| binding.keys.first().copied())
}

/// The keys of a binding as the language writes them: "↑ k", "Space Enter".
pub fn keys_text(texts: &dyn Texts, keys: &[Key]) -> String {
    keys.iter()
        .map(|key| key.name(texts))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every key as a Markdown table, context by context: the table of docs/keys.md, which a test
/// keeps equal to this.
pub fn markdown_table(texts: &dyn Texts) -> String {
    let mut out = String::from("| Where | Keys | What they do |\n|---|---|---|\n");
    for context in Context::ALL {
        for binding in of(context) {
            let keys: Vec<String> = binding
                .keys
                .iter()
                .map(|key| format!("`{}`", key.name(texts)))
                .collect();
            let does = binding.action.describe(texts).1;
            out.push_str(&format!(
                "| {} | {} | {does} |\n",
                context.place(),
                keys.join(" ")
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use std::collections::HashSet;

    #[test]
    fn every_action_has_a_key() {
        for action in Action::ALL {
            assert!(
                all().any(|binding| binding.action == action),
                "{action:?} has no key"
            );
        }
    }

    #[test]
    fn no_key_means_two_things_in_one_context() {
        for context in Context::ALL {
            let mut seen = HashSet::new();
            for binding in of(context) {
                for key in binding.keys {
                    assert!(seen.insert(*key), "{key:?} twice in {context:?}");
                }
            }
        }
    }

    #[test]
    fn every_context_has_a_way_out() {
        for context in Context::ALL {
            let out = of(context).any(|b| {
                matches!(
                    b.action,
                    Action::Close | Action::Back | Action::No | Action::Quit | Action::Save
                )
            });
            assert!(out, "{context:?}");
            assert!(
                action(context, Key::Ctrl('c')).is_some(),
                "Ctrl-C does nothing in {context:?}"
            );
        }
    }

    #[test]
    fn esc_never_quits() {
        for context in Context::ALL {
            assert_ne!(action(context, Key::Esc), Some(Action::Quit), "{context:?}");
            assert_ne!(
                action(context, Key::Esc),
                Some(Action::Interrupt),
                "{context:?}"
            );
        }
    }

    #[test]
    fn every_action_is_described_in_every_language() {
        for lang in Lang::ALL {
            let texts = lang.texts();
            for action in Action::ALL {
                let (short, long) = action.describe(texts);
                assert!(!short.is_empty() && !long.is_empty(), "{lang}: {action:?}");
            }
            for binding in all() {
                for key in binding.keys {
                    assert!(!key.name(texts).is_empty(), "{lang}: {key:?}");
                }
            }
        }
    }
}
