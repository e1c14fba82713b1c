//! Terminal events to messages, in one place: a key means what the bindings table says it
//! means in the current context; text typed or pasted goes to the open field.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::bindings::{self, Context, Key};
use super::model::Model;
use super::update::Message;

/// The message a terminal event stands for, if any.
pub fn handle_event(model: &Model, event: &Event) -> Option<Message> {
    match event {
        Event::Key(key) => handle_key(model, *key),
        // Bracketed paste: a dragged file's path or a copied number arrives whole, not as
        // keys that would each act.
        Event::Paste(text) => typing(model.context()).then(|| Message::Type(text.clone())),
        Event::Mouse(mouse) => Some(Message::Mouse(*mouse)),
        Event::Resize(width, height) => Some(Message::Resized(*width, *height)),
        Event::FocusGained | Event::FocusLost => None,
    }
}

/// Whether keys without a binding type text in this context.
fn typing(context: Context) -> bool {
    matches!(context, Context::Field | Context::Note | Context::Question)
}

/// The message a key press stands for. Releases and repeats are ignored: Windows reports
/// both a press and a release for every key.
pub fn handle_key(model: &Model, key: KeyEvent) -> Option<Message> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let context = model.context();
    let named = Key::from_event(&key);
    if let Some(action) = named.and_then(|named| bindings::action(context, named)) {
        return Some(Message::Act(action));
    }
    if typing(context)
        && let KeyCode::Char(c) = key.code
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return Some(Message::Type(c.to_string()));
    }
    named.map(Message::Unbound)
}
