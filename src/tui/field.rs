//! A text field that edits like a shell line: a cursor moved by whole characters (grapheme
//! clusters), Home and End, Backspace and Delete at the cursor, Ctrl-U and Ctrl-W, and
//! pasted text; several lines for a note.

use std::fmt;

use unicode_segmentation::UnicodeSegmentation;

use crate::text::{editable, is_unsafe, width};

/// One editing operation on a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Insert(String),
    Left,
    Right,
    /// To the start of the line.
    Home,
    /// To the end of the line.
    End,
    /// To the line above or below, in a field of several lines.
    Up,
    Down,
    /// The character before the cursor.
    Backspace,
    /// The character under the cursor.
    Delete,
    /// Everything before the cursor on its line (Ctrl-U).
    DeleteToStart,
    /// The word before the cursor (Ctrl-W).
    DeleteWord,
    /// A new line, in a field of several lines.
    NewLine,
}

/// A text field with a cursor and the message of its last refusal under it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct TextField {
    text: String,
    /// Byte offset of the cursor in `text`, always at a grapheme boundary.
    cursor: usize,
    /// The text the field opened with: leaving with other text asks first.
    initial: String,
    pub error: Option<String>,
    /// Holds a social security number being typed: kept out of `Debug`.
    pub secret: bool,
    /// Several lines (a note): Enter makes a new line, ↑/↓ move between them.
    pub multiline: bool,
    /// What an untouched field stands for without showing it (a number kept, masked):
    /// shown dimmed until the first edit.
    pub placeholder: Option<String>,
}

impl TextField {
    /// A field holding `text`, the cursor at its end. Text that came from the file (a note,
    /// a name, a path) is shown inert: a control character or a bidirectional override is
    /// written out (`\u{1b}`) rather than drawn raw or dropped unseen, as everywhere else
    /// on screen; what is typed into a field never holds one.
    pub fn with_text(text: impl Into<String>) -> TextField {
        TextField::prefilled(text.into(), false)
    }

    fn prefilled(text: String, multiline: bool) -> TextField {
        let text = editable(&text, multiline).into_owned();
        TextField {
            cursor: text.len(),
            initial: text.clone(),
            text,
            ..TextField::default()
        }
    }

    /// An empty field for a social security number.
    pub fn secret() -> TextField {
        TextField {
            secret: true,
            ..TextField::default()
        }
    }

    /// A field of several lines.
    pub fn multiline(text: impl Into<String>) -> TextField {
        TextField {
            multiline: true,
            ..TextField::prefilled(text.into(), true)
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Replaces the whole text, the cursor at its end; what the field opened with stays, so
    /// that leaving still asks first.
    pub fn replace_text(&mut self, text: &str) {
        self.text = editable(text, self.multiline).into_owned();
        self.cursor = self.text.len();
    }

    /// Whether the text differs from what the field opened with.
    pub fn changed(&self) -> bool {
        self.text != self.initial
    }

    /// Applies one edit; an edit clears the last refusal and the placeholder.
    pub fn edit(&mut self, edit: Edit) {
        match edit {
            Edit::Insert(text) => self.insert(&text),
            Edit::NewLine if self.multiline => self.insert("\n"),
            Edit::NewLine => {}
            Edit::Left => self.cursor = self.previous(self.cursor),
            Edit::Right => self.cursor = self.next(self.cursor),
            Edit::Home => self.cursor = self.line_start(),
            Edit::End => self.cursor = self.line_end(),
            Edit::Up => self.cursor = self.vertical(-1),
            Edit::Down => self.cursor = self.vertical(1),
            Edit::Backspace => self.erase_back_to(self.previous(self.cursor)),
            Edit::Delete => {
                let end = self.next(self.cursor);
                self.text.replace_range(self.cursor..end, "");
            }
            Edit::DeleteToStart => self.erase_back_to(self.line_start()),
            Edit::DeleteWord => self.erase_back_to(self.word_start()),
        }
        self.error = None;
        self.placeholder = None;
    }

    /// Erases the text from `start` to the cursor, which moves back to `start`.
    fn erase_back_to(&mut self, start: usize) {
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Inserts text at the cursor: control characters are left out, and a line break in a
    /// one-line field (a pasted path) becomes a space.
    fn insert(&mut self, text: &str) {
        let clean: String = text
            .chars()
            .filter_map(|c| match c {
                '\r' => None,
                '\n' | '\t' if !self.multiline => Some(' '),
                '\n' => Some('\n'),
                '\t' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect();
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
    }

    fn boundaries(&self) -> impl Iterator<Item = usize> + '_ {
        self.text
            .grapheme_indices(true)
            .map(|(i, _)| i)
            .chain([self.text.len()])
    }

    fn previous(&self, at: usize) -> usize {
        self.boundaries()
            .take_while(|&i| i < at)
            .last()
            .unwrap_or(0)
    }

    fn next(&self, at: usize) -> usize {
        self.boundaries()
            .find(|&i| i > at)
            .unwrap_or(self.text.len())
    }

    fn line_start(&self) -> usize {
        self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1)
    }

    fn line_end(&self) -> usize {
        self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i)
    }

    /// Where the word before the cursor starts: white space before it goes with it, as in
    /// a shell.
    fn word_start(&self) -> usize {
        let before = &self.text[self.line_start()..self.cursor];
        let trimmed = before.trim_end();
        let word = trimmed.rfind(char::is_whitespace).map_or(0, |i| {
            i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
        });
        self.line_start() + word
    }

    /// The cursor moved `by` lines, at the same column as far as the line allows.
    fn vertical(&self, by: i32) -> usize {
        if !self.multiline {
            return self.cursor;
        }
        let (line, column) = self.position();
        let lines: Vec<&str> = self.text.split('\n').collect();
        let Some(target) = line
            .checked_add_signed(by as isize)
            .filter(|&l| l < lines.len())
        else {
            return self.cursor;
        };
        let start: usize = lines[..target].iter().map(|l| l.len() + 1).sum();
        let mut used = 0;
        let mut at = start;
        for (i, grapheme) in lines[target].grapheme_indices(true) {
            let w = width(grapheme);
            if used + w > column {
                break;
            }
            used += w;
            at = start + i + grapheme.len();
        }
        at
    }

    /// The cursor's line (from 0) and column (in display columns) in the text.
    pub fn position(&self) -> (usize, usize) {
        let before = &self.text[..self.cursor];
        let line = before.matches('\n').count();
        let column = width(&before[before.rfind('\n').map_or(0, |i| i + 1)..]);
        (line, column)
    }
}

impl fmt::Debug for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = if self.secret { "(hidden)" } else { &self.text };
        f.debug_struct("TextField")
            .field("text", &text)
            .field("cursor", &self.cursor)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn field(text: &str) -> TextField {
        TextField::with_text(text)
    }

    fn apply(field: &mut TextField, edits: &[Edit]) {
        for edit in edits {
            field.edit(edit.clone());
        }
    }

    #[test]
    fn home_then_typing_edits_the_start() {
        let mut f = field("02/10/2026");
        apply(
            &mut f,
            &[
                Edit::Home,
                Edit::Delete,
                Edit::Delete,
                Edit::Insert("03".into()),
            ],
        );
        assert_eq!(f.text(), "03/10/2026");
        apply(
            &mut f,
            &[Edit::End, Edit::Backspace, Edit::Insert("7".into())],
        );
        assert_eq!(f.text(), "03/10/2027");
    }

    #[test]
    fn the_cursor_moves_by_whole_characters() {
        let mut f = field("e\u{301}山👩\u{200d}🏫");
        apply(&mut f, &[Edit::Left, Edit::Left]);
        assert_eq!(f.position(), (0, 1));
        apply(&mut f, &[Edit::Backspace]);
        assert_eq!(f.text(), "山👩\u{200d}🏫");
        apply(&mut f, &[Edit::Right, Edit::Delete]);
        assert_eq!(f.text(), "山");
    }

    #[test]
    fn ctrl_u_and_ctrl_w_delete_like_a_shell() {
        let mut f = field("called the CPAM  ");
        apply(&mut f, &[Edit::DeleteWord]);
        assert_eq!(f.text(), "called the ");
        apply(&mut f, &[Edit::DeleteWord]);
        assert_eq!(f.text(), "called ");
        apply(&mut f, &[Edit::DeleteToStart]);
        assert_eq!(f.text(), "");
    }

    #[test]
    fn a_paste_lands_whole_controls_left_out_and_one_line_kept() {
        let mut f = field("");
        f.edit(Edit::Insert("'/home/a/My\u{1b}[2J File.pdf'\n".into()));
        assert_eq!(f.text(), "'/home/a/My[2J File.pdf' ");
        let mut note = TextField::multiline("");
        note.edit(Edit::Insert("one\r\ntwo".into()));
        assert_eq!(note.text(), "one\ntwo");
    }

    #[test]
    fn up_and_down_move_between_the_lines_of_a_note() {
        let mut note = TextField::multiline("first line\nab\nthird");
        assert_eq!(note.position(), (2, 5));
        apply(&mut note, &[Edit::Up]);
        assert_eq!(note.position(), (1, 2));
        apply(&mut note, &[Edit::Up, Edit::End]);
        assert_eq!(note.position(), (0, 10));
        // Through the short line, the column shrinks to fit it.
        apply(&mut note, &[Edit::Down, Edit::Down, Edit::Down]);
        assert_eq!(note.position(), (2, 2));
        apply(&mut note, &[Edit::Home, Edit::Insert("3rd: ".into())]);
        assert_eq!(note.text(), "first line\nab\n3rd: third");
    }

    #[test]
    fn a_field_knows_when_its_text_changed() {
        let mut f = field("note");
        assert!(!f.changed());
        apply(&mut f, &[Edit::Insert("!".into())]);
        assert!(f.changed());
        apply(&mut f, &[Edit::Backspace]);
        assert!(!f.changed());
    }

    proptest! {
        #[test]
        fn the_cursor_stays_on_a_character_boundary(
            text in "[a-zé山👩\u{200d}\u{301} \n]{0,20}",
            edits in prop::collection::vec(0u8..11, 0..30),
        ) {
            let mut f = TextField::multiline(text);
            for edit in edits {
                f.edit(match edit {
                    0 => Edit::Left, 1 => Edit::Right, 2 => Edit::Home, 3 => Edit::End,
                    4 => Edit::Up, 5 => Edit::Down, 6 => Edit::Backspace, 7 => Edit::Delete,
                    8 => Edit::DeleteToStart, 9 => Edit::DeleteWord,
                    _ => Edit::Insert("x\u{301}".into()),
                });
                prop_assert!(f.text().is_char_boundary(f.cursor()));
                prop_assert!(f.cursor() <= f.text().len());
            }
        }
    }
}
