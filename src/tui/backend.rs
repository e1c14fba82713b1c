//! The terminal backend: crossterm's, with the changed cells written straight as escape
//! codes instead of through `core::fmt`, which took an eighth of the instructions to the
//! first frame.
//!
//! The screen is the one `ratatui-crossterm` draws (a property test draws both on random
//! screens in a terminal emulator and compares them), in fewer bytes: where crossterm moves
//! the cursor to an absolute place over a gap in a row, this moves it forward, and the first
//! frame, mostly words with gaps between them, is an eighth shorter. Only a full-screen
//! viewport is drawn, so `append_lines`, for inline ones, keeps ratatui's default.

use std::io::{self, Write};

use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::execute;
use crossterm::terminal::{self, Clear};
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

use crate::text::printable;

/// A backend on `W` that does what `ratatui-crossterm`'s does, with the cells drawn by
/// [`write_cells`]. (Wrapping crossterm's backend would need its writer, which ratatui
/// keeps behind an unstable feature.)
pub struct Direct<W: Write> {
    writer: W,
}

impl<W: Write> Direct<W> {
    pub fn new(writer: W) -> Direct<W> {
        Direct { writer }
    }
}

impl<W: Write> Backend for Direct<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        write_cells(&mut self.writer, content)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        execute!(self.writer, Hide)
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        execute!(self.writer, Show)
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        crossterm::cursor::position().map(|(x, y)| Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        execute!(self.writer, MoveTo(x, y))
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        use crossterm::terminal::ClearType as Crossterm;
        let clear_type = match clear_type {
            ClearType::All => Crossterm::All,
            ClearType::AfterCursor => Crossterm::FromCursorDown,
            ClearType::BeforeCursor => Crossterm::FromCursorUp,
            ClearType::CurrentLine => Crossterm::CurrentLine,
            ClearType::UntilNewLine => Crossterm::UntilNewLine,
        };
        execute!(self.writer, Clear(clear_type))
    }

    /// Asked at every frame (ratatui follows the window's size): of the terminal the frame
    /// is written to, in one call, where crossterm opens and closes `/dev/tty` each time;
    /// crossterm's way where that terminal does not say.
    fn size(&self) -> io::Result<Size> {
        #[cfg(unix)]
        if let Ok(size) = rustix::termios::tcgetwinsize(io::stdout())
            && size.ws_col > 0
            && size.ws_row > 0
        {
            return Ok(Size {
                width: size.ws_col,
                height: size.ws_row,
            });
        }
        let (width, height) = terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let size = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: size.columns,
                height: size.rows,
            },
            pixels: Size {
                width: size.width,
                height: size.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// The cells of `next` that ratatui's diff yields against a blank screen of its size
/// (`Buffer::empty(next.area).diff(next)`), without that blank buffer: what the first frame
/// writes to the alternate screen, cleared as it is entered. Making that blank buffer (some
/// twenty pages of memory, each a page fault) and comparing every cell with it delayed the
/// first frame by 0.06–0.08 ms.
///
/// Ratatui's rules, with nothing before: a skipped cell is left out, a wide character covers
/// the cells after it, and where it is an emoji with a variation selector, those cells are
/// written too unless they are blank (some terminals leave a trace there otherwise).
pub fn on_blank(next: &Buffer) -> impl Iterator<Item = (u16, u16, &Cell)> {
    let cells = next.content.as_slice();
    let area = next.area;
    let width = usize::from(area.width.max(1));
    let at = move |index: usize| {
        let x = area
            .x
            .saturating_add(u16::try_from(index % width).unwrap_or(u16::MAX));
        let y = area
            .y
            .saturating_add(u16::try_from(index / width).unwrap_or(u16::MAX));
        (x, y)
    };
    let mut index = 0;
    // The cells an emoji with a variation selector covers: the next one to look at, the end.
    let mut covered: Option<(usize, usize)> = None;
    std::iter::from_fn(move || {
        if let Some((next_cell, end)) = &mut covered {
            while *next_cell < *end {
                let i = *next_cell;
                *next_cell += usize::from(cells[i].cell_width().max(1));
                *end = (*end).max(*next_cell).min(cells.len());
                if !skipped(&cells[i]) && cells[i].symbol() != " " {
                    let (x, y) = at(i);
                    return Some((x, y, &cells[i]));
                }
            }
            index = *end;
            covered = None;
        }
        while let Some(cell) = cells.get(index) {
            let i = index;
            index += 1;
            match cell.diff_option {
                CellDiffOption::Skip => {}
                _ if skipped(cell) => {}
                CellDiffOption::ForcedWidth(columns) => {
                    // Never blank: its option is not a blank cell's.
                    index += usize::from(columns.get()) - 1;
                    let (x, y) = at(i);
                    return Some((x, y, cell));
                }
                CellDiffOption::None | CellDiffOption::AlwaysUpdate => {
                    let symbol = cell.symbol();
                    if cell.diff_option == CellDiffOption::None && blank(cell, symbol) {
                        continue;
                    }
                    // A symbol of one byte is one column to ratatui, without a lookup.
                    let columns = match symbol.len() {
                        1 => 1,
                        _ => usize::from(cell.cell_width()),
                    };
                    if columns > 1 && symbol.contains('\u{FE0F}') {
                        covered = Some((i + 1, (i + columns).min(cells.len())));
                    } else {
                        index += columns.saturating_sub(1);
                    }
                    let (x, y) = at(i);
                    return Some((x, y, cell));
                }
            }
        }
        None
    })
}

/// Whether `cell`, showing `symbol`, is `Cell::EMPTY` as ratatui compares cells, for a cell
/// not [`skipped`]: field by field, the symbol first, since most cells are a letter and most
/// others a blank without a style (comparing whole cells was an eighth of the instructions
/// of writing the first frame).
fn blank(cell: &Cell, symbol: &str) -> bool {
    symbol == " "
        && cell.fg == Color::Reset
        && cell.bg == Color::Reset
        && cell.underline_color == Color::Reset
        && cell.modifier.is_empty()
        && cell.diff_option == CellDiffOption::None
}

/// Whether ratatui's diff leaves the cell out: its own option, or the flag that option
/// replaces, still honoured.
#[allow(deprecated)]
fn skipped(cell: &Cell) -> bool {
    cell.diff_option == CellDiffOption::Skip
        || (cell.skip && cell.diff_option == CellDiffOption::None)
}

/// Writes `content` as `ratatui-crossterm` does, but for the cursor moves ([`move_to`]): a
/// move where a cell does not follow the one before, the attributes and colours that
/// changed, the symbol; then everything reset.
pub fn write_cells<'a>(
    out: &mut impl Write,
    content: impl Iterator<Item = (u16, u16, &'a Cell)>,
) -> io::Result<()> {
    let mut fg = Color::Reset;
    let mut bg = Color::Reset;
    let mut underline = Color::Reset;
    let mut modifier = Modifier::empty();
    let mut last: Option<Written> = None;
    for (x, y, cell) in content {
        move_to(out, last, x, y)?;
        let symbol = cell.symbol();
        last = Some(Written {
            x,
            y,
            narrow: matches!(symbol.as_bytes(), &[byte] if printable(byte)),
        });
        if cell.modifier != modifier {
            modifiers(out, modifier, cell.modifier)?;
            modifier = cell.modifier;
        }
        if cell.fg != fg || cell.bg != bg {
            out.write_all(b"\x1b[")?;
            colour(out, Ground::Fore, cell.fg)?;
            out.write_all(b";")?;
            colour(out, Ground::Back, cell.bg)?;
            out.write_all(b"m")?;
            fg = cell.fg;
            bg = cell.bg;
        }
        if cell.underline_color != underline {
            out.write_all(b"\x1b[")?;
            colour(out, Ground::Underline, cell.underline_color)?;
            out.write_all(b"m")?;
            underline = cell.underline_color;
        }
        out.write_all(symbol.as_bytes())?;
    }
    out.write_all(b"\x1b[39m\x1b[49m\x1b[59m\x1b[0m")
}

/// The cell written last, and whether its symbol is one column wide in every terminal
/// (printable ASCII): then the cursor stands just after it for sure.
#[derive(Clone, Copy)]
struct Written {
    x: u16,
    y: u16,
    narrow: bool,
}

/// Takes the cursor to (`x`, `y`), from just after `last`: nowhere when the cell follows it
/// (as crossterm does), forward over a gap in the same row after printable ASCII (`CUF`,
/// three or four bytes where an absolute move takes seven to nine), to an absolute place
/// otherwise. After other symbols the place is always absolute, as crossterm's: a terminal
/// may count a character's width differently from ratatui (an ambiguous-width "•" in a CJK
/// locale), and an absolute move puts the rest of the row back in its place.
fn move_to(out: &mut impl Write, last: Option<Written>, x: u16, y: u16) -> io::Result<()> {
    match last {
        Some(last) if y == last.y && x == last.x.wrapping_add(1) => Ok(()),
        Some(last) if last.narrow && y == last.y && x > last.x => {
            out.write_all(b"\x1b[")?;
            let gap = x - last.x - 1;
            if gap > 1 {
                number(out, u32::from(gap))?;
            }
            out.write_all(b"C")
        }
        _ => {
            out.write_all(b"\x1b[")?;
            number(out, u32::from(y) + 1)?;
            // The first column is the default.
            if x > 0 {
                out.write_all(b";")?;
                number(out, u32::from(x) + 1)?;
            }
            out.write_all(b"H")
        }
    }
}

/// The SGR codes that take the screen from `from` to `to`, in crossterm's order: what is
/// removed first (bold and dim share one "normal intensity" code, so the one that stays is
/// set again), then what is added.
fn modifiers(out: &mut impl Write, from: Modifier, to: Modifier) -> io::Result<()> {
    let removed = from - to;
    let added = to - from;
    let mut sgr = |code: &[u8]| {
        out.write_all(b"\x1b[")?;
        out.write_all(code)?;
        out.write_all(b"m")
    };
    if removed.contains(Modifier::REVERSED) {
        sgr(b"27")?;
    }
    let reset_intensity = removed.intersects(Modifier::BOLD | Modifier::DIM);
    if reset_intensity {
        sgr(b"22")?;
        if to.contains(Modifier::DIM) {
            sgr(b"2")?;
        }
        if to.contains(Modifier::BOLD) {
            sgr(b"1")?;
        }
    }
    let off = [
        (Modifier::ITALIC, &b"23"[..]),
        (Modifier::UNDERLINED, b"24"),
        (Modifier::CROSSED_OUT, b"29"),
        (Modifier::HIDDEN, b"28"),
    ];
    for (modifier, code) in off {
        if removed.contains(modifier) {
            sgr(code)?;
        }
    }
    if removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK) {
        sgr(b"25")?;
    }
    let on = [
        (Modifier::REVERSED, &b"7"[..], true),
        (Modifier::BOLD, b"1", !reset_intensity),
        (Modifier::ITALIC, b"3", true),
        (Modifier::UNDERLINED, b"4", true),
        (Modifier::DIM, b"2", !reset_intensity),
        (Modifier::CROSSED_OUT, b"9", true),
        (Modifier::HIDDEN, b"8", true),
        (Modifier::SLOW_BLINK, b"5", true),
        (Modifier::RAPID_BLINK, b"6", true),
    ];
    for (modifier, code, wanted) in on {
        if wanted && added.contains(modifier) {
            sgr(code)?;
        }
    }
    Ok(())
}

#[derive(Clone, Copy)]
enum Ground {
    Fore,
    Back,
    Underline,
}

/// One colour's SGR parameters, as crossterm writes them: the 16 named colours as indexed
/// ones (`38;5;1`), the default as `39`, `49` or `59`.
fn colour(out: &mut impl Write, ground: Ground, colour: Color) -> io::Result<()> {
    let (reset, set): (&[u8], &[u8]) = match ground {
        Ground::Fore => (b"39", b"38;"),
        Ground::Back => (b"49", b"48;"),
        Ground::Underline => (b"59", b"58;"),
    };
    let index = match colour {
        Color::Reset => return out.write_all(reset),
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(index) => index,
        Color::Rgb(r, g, b) => {
            out.write_all(set)?;
            out.write_all(b"2;")?;
            number(out, u32::from(r))?;
            out.write_all(b";")?;
            number(out, u32::from(g))?;
            out.write_all(b";")?;
            return number(out, u32::from(b));
        }
    };
    out.write_all(set)?;
    out.write_all(b"5;")?;
    number(out, u32::from(index))
}

/// `n` in decimal, without going through `core::fmt`.
fn number(out: &mut impl Write, mut n: u32) -> io::Result<()> {
    let mut digits = [0u8; 10];
    let mut start = digits.len();
    loop {
        start -= 1;
        // A digit: `n % 10` is below 10.
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.write_all(&digits[start..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::backend::CrosstermBackend;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    fn colour() -> impl Strategy<Value = Color> {
        prop_oneof![
            Just(Color::Reset),
            (0u8..16).prop_map(|i| [
                Color::Black,
                Color::Red,
                Color::Green,
                Color::Yellow,
                Color::Blue,
                Color::Magenta,
                Color::Cyan,
                Color::Gray,
                Color::DarkGray,
                Color::LightRed,
                Color::LightGreen,
                Color::LightYellow,
                Color::LightBlue,
                Color::LightMagenta,
                Color::LightCyan,
                Color::White,
            ][usize::from(i)]),
            any::<u8>().prop_map(Color::Indexed),
            any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Color::Rgb(r, g, b)),
        ]
    }

    /// A cell's worth: text of every width, and any style.
    fn cell() -> impl Strategy<Value = (String, Style)> {
        let symbol = prop_oneof![
            Just(" ".to_owned()),
            "[a-z]",
            Just("é".to_owned()),
            Just("中".to_owned()),
            Just("👩‍💻".to_owned()),
            Just("\u{1b}]8;;https://ameli.fr\u{7}a".to_owned()),
        ];
        let style = (colour(), colour(), colour(), any::<u16>()).prop_map(|(f, b, u, m)| {
            Style::new()
                .fg(f)
                .bg(b)
                .underline_color(u)
                .add_modifier(Modifier::from_bits_truncate(m))
        });
        (symbol, style)
    }

    fn screen(cells: &[(String, Style)], width: u16, height: u16) -> Buffer {
        let mut buffer = Buffer::empty(Rect::new(0, 0, width, height));
        for (i, (symbol, style)) in cells.iter().enumerate() {
            let Ok(i) = u16::try_from(i) else { break };
            if i >= width * height {
                break;
            }
            buffer.set_string(i % width, i / width, symbol, *style);
        }
        buffer
    }

    /// What a terminal shows, row by row with every attribute, once it has been handed
    /// `writes` in turn.
    fn shown(width: u16, height: u16, writes: &[&[u8]]) -> Vec<String> {
        let size = |n| std::num::NonZeroU16::new(n).unwrap();
        let mut terminal = vt100::Parser::new(size(height), size(width), 0);
        for bytes in writes {
            terminal.process(bytes);
        }
        terminal.screen().rows_formatted(0, width).collect()
    }

    /// `changes` as crossterm's own backend writes them.
    fn crossterms(changes: &[(u16, u16, &Cell)]) -> Vec<u8> {
        let mut bytes = Vec::new();
        Backend::draw(
            &mut CrosstermBackend::new(&mut bytes),
            changes.iter().copied(),
        )
        .unwrap();
        bytes
    }

    /// What a cell of a screen may hold for ratatui's diff: text of every width (an emoji with
    /// a variation selector too), a style with each part set or not, so that a blank cell
    /// differs from an empty one by one part alone, and each of the diff's options.
    fn any_cell() -> impl Strategy<Value = (String, Style, u8)> {
        let symbol = prop_oneof![
            cell().prop_map(|(symbol, _)| symbol),
            Just("\u{2600}\u{fe0f}".to_owned()),
            Just("❤️".to_owned()),
        ];
        let part = |p| proptest::option::weighted(p, colour());
        let style = (
            part(0.2),
            part(0.2),
            part(0.2),
            proptest::option::weighted(0.2, 1u16..),
        )
            .prop_map(|(fg, bg, underline, modifier)| {
                let mut style = Style::new();
                style.fg = fg;
                style.bg = bg;
                style.underline_color = underline;
                style.add_modifier = Modifier::from_bits_truncate(modifier.unwrap_or(0));
                style
            });
        (symbol, style, 0u8..12)
    }

    proptest! {
        /// The first frame's cells are those ratatui's diff finds against a blank screen, in
        /// its order, whatever the screen: wide characters, emoji with a variation selector,
        /// blank cells with a style, cells skipped or with a forced width or always updated.
        #[test]
        fn cells_on_blank_are_ratatuis_diff_from_a_blank_screen(
            cells in proptest::collection::vec(any_cell(), 0..60),
            width in 1u16..12,
            height in 1u16..6,
        ) {
            let mut next = screen(
                &cells.iter().map(|(s, st, _)| (s.clone(), *st)).collect::<Vec<_>>(),
                width,
                height,
            );
            for ((_, _, option), cell) in cells.iter().zip(&mut next.content) {
                match option {
                    0 => cell.diff_option = CellDiffOption::Skip,
                    1 => cell.diff_option = CellDiffOption::AlwaysUpdate,
                    2 | 3 => {
                        let columns = std::num::NonZeroU16::new(u16::from(*option)).unwrap();
                        cell.diff_option = CellDiffOption::ForcedWidth(columns);
                    }
                    4 => cell.reset(),
                    #[allow(deprecated)]
                    5 => cell.skip = true,
                    _ => {}
                }
            }
            let ours: Vec<_> = on_blank(&next).collect();
            prop_assert_eq!(ours, Buffer::empty(next.area).diff(&next));
        }

        /// Any change from any screen to any other leaves the terminal showing what
        /// crossterm's own backend would have it show, in no more bytes. Some cells stay
        /// as they were (`None`), so that rows have gaps to cross.
        #[test]
        fn cells_are_shown_as_crossterm_shows_them(
            before in proptest::collection::vec(cell(), 0..40),
            changed in proptest::collection::vec(proptest::option::of(cell()), 0..40),
            width in 1u16..12,
            height in 1u16..5,
        ) {
            // Crossterm leaves colours out when `NO_COLOR` is set in the environment.
            crossterm::style::Colored::set_ansi_color_disabled(false);
            let blank = Buffer::empty(Rect::new(0, 0, width, height));
            let after: Vec<_> = changed
                .into_iter()
                .enumerate()
                .map(|(i, cell)| {
                    cell.or_else(|| before.get(i).cloned())
                        .unwrap_or_else(|| (" ".to_owned(), Style::new()))
                })
                .collect();
            let before = screen(&before, width, height);
            let after = screen(&after, width, height);
            let drawn = crossterms(&blank.diff(&before));
            let changes = before.diff(&after);
            let theirs = crossterms(&changes);
            let mut ours = Vec::new();
            Backend::draw(&mut Direct::new(&mut ours), changes.into_iter()).unwrap();
            prop_assert_eq!(
                shown(width, height, &[&drawn, &ours]),
                shown(width, height, &[&drawn, &theirs])
            );
            prop_assert!(ours.len() <= theirs.len());
        }
    }

    /// A gap in a row after a letter is crossed forward, in a few bytes; after a wider
    /// character, and onto another row, the move is absolute, as crossterm's.
    #[test]
    fn gaps_after_letters_are_crossed_forward() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 20, 2));
        buffer.set_string(0, 0, "a", Style::new());
        buffer.set_string(2, 0, "b", Style::new());
        buffer.set_string(15, 0, "c", Style::new());
        buffer.set_string(0, 1, "中", Style::new());
        buffer.set_string(3, 1, "d", Style::new());
        let changes = Buffer::empty(buffer.area).diff(&buffer);
        let mut ours = Vec::new();
        write_cells(&mut ours, changes.into_iter()).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            "\x1b[1Ha\x1b[Cb\x1b[12Cc\x1b[2H中\x1b[2;4Hd\x1b[39m\x1b[49m\x1b[59m\x1b[0m"
        );
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 99, 255, 1000, 65_536, u32::MAX] {
            let mut out = Vec::new();
            number(&mut out, n).unwrap();
            assert_eq!(out, n.to_string().into_bytes());
        }
    }
}
