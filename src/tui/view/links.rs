//! The addresses drawn on screen made clickable: each becomes an OSC 8 hyperlink that
//! carries the whole address, even where the screen shows it shortened (`…`). Only the
//! sheet's own addresses are linked, so no text from a file can become a link.

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, Cell, CellDiffOption};

use crate::procedure::Step;
use crate::procedure::{Site, links};
use crate::text::width;

/// Where an address starts on a line.
const SCHEME: &str = "https://";

/// Turns every known address on screen into a hyperlink. The link's text goes whole into
/// its first cell, which the terminal is told is as wide as the text: ratatui then writes
/// (and rewrites) the link in one piece, and never splits its escape sequence.
pub fn hyperlinks(buffer: &mut Buffer) {
    let area = buffer.area;
    let mut text = String::with_capacity(usize::from(area.width) * 4);
    // Where each cell's symbol starts in the row's text.
    let mut starts: Vec<(usize, u16)> = Vec::with_capacity(usize::from(area.width));
    for y in area.top()..area.bottom() {
        let cells = row_cells(buffer, (area.left(), y), area.right());
        // Most rows hold no address: they are passed over without building their text.
        if !holds_address(cells) {
            continue;
        }
        text.clear();
        starts.clear();
        for (x, cell) in (area.left()..).zip(cells.iter()) {
            starts.push((text.len(), x));
            text.push_str(cell.symbol());
        }
        let mut from = 0;
        while let Some(at) = text[from..].find(SCHEME).map(|i| from + i) {
            let end = text[at..]
                .find(|c: char| c.is_whitespace() || c == '│')
                .map_or(text.len(), |i| at + i);
            let shown = &text[at..end];
            let column = starts
                .iter()
                .find(|(start, _)| *start == at)
                .map(|&(_, x)| x);
            if let (Some(address), Some(x)) = (address_of(shown), column) {
                let shown = shown.to_owned();
                link(buffer, x, y, &shown, address);
            }
            from = end;
        }
    }
}

/// The cells of row `at.1` from column `at.0` up to `end`, as far as the buffer goes.
fn row_cells(buf: &mut Buffer, at: (u16, u16), end: u16) -> &mut [Cell] {
    let (x, y) = at;
    let area = buf.area;
    let end = end.min(area.right());
    if x >= end || x < area.x || y < area.y || y >= area.bottom() {
        return &mut [];
    }
    let start = buf.index_of(x, y);
    let cells = buf.content.get_mut(start..start + usize::from(end - x));
    cells.unwrap_or_default()
}

/// Whether a row's cells spell the start of an address somewhere.
fn holds_address(cells: &[Cell]) -> bool {
    cells.windows(SCHEME.len()).any(|cells| {
        cells
            .iter()
            .zip(SCHEME.bytes())
            .all(|(cell, byte)| cell.symbol().as_bytes() == [byte])
    })
}

/// The address a text on screen stands for: one of the sheet's, whole or shortened.
pub fn address_of(shown: &str) -> Option<&'static str> {
    let sites = Step::ALL
        .iter()
        .flat_map(|&step| links(step))
        .map(|site: &Site| site.address());
    let mut sites = sites.collect::<Vec<_>>();
    sites.dedup();
    sites
        .into_iter()
        .find(|address| match shown.split_once('…') {
            None => *address == shown,
            Some((head, tail)) => {
                head.len() + tail.len() < address.len()
                    && address.starts_with(head)
                    && address.ends_with(tail)
            }
        })
}

/// Writes `shown` as a hyperlink to `address` from column `x`.
fn link(buffer: &mut Buffer, x: u16, y: u16, shown: &str, address: &str) {
    let Some(columns) = u16::try_from(width(shown)).ok().and_then(NonZeroU16::new) else {
        return;
    };
    let cell = &mut buffer[(x, y)];
    cell.set_symbol(&format!("\x1b]8;;{address}\x1b\\{shown}\x1b]8;;\x1b\\"));
    cell.set_diff_option(CellDiffOption::ForcedWidth(columns));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::web::{AMELI_CREATE, ENSAP};
    use crate::text::shorten_address;
    use ratatui::layout::Rect;

    #[test]
    fn a_shortened_address_still_links_the_whole_of_it() {
        let shown = shorten_address(AMELI_CREATE, 40).into_owned();
        assert!(shown.contains('…'));
        assert_eq!(address_of(&shown), Some(AMELI_CREATE));
        assert_eq!(address_of(ENSAP), Some(ENSAP));
        assert_eq!(address_of("https://evil.example/…page"), None);
        assert_eq!(address_of("https://ensap.gouv.fr/web/elsewhere"), None);
    }

    #[test]
    fn the_link_is_written_in_one_piece_from_its_first_cell() {
        let shown = shorten_address(AMELI_CREATE, 50).into_owned();
        let mut buffer = Buffer::empty(Rect::new(0, 0, 70, 2));
        buffer.set_string(
            3,
            1,
            format!("Link {shown} │"),
            ratatui::style::Style::new(),
        );
        hyperlinks(&mut buffer);
        let first = &buffer[(8, 1)];
        assert_eq!(
            first.symbol(),
            format!("\x1b]8;;{AMELI_CREATE}\x1b\\{shown}\x1b]8;;\x1b\\")
        );
        assert_eq!(
            first.diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(50).unwrap())
        );
        // Text that only looks like an address is left alone.
        let mut other = Buffer::empty(Rect::new(0, 0, 40, 1));
        other.set_string(0, 0, "https://example.com/x", ratatui::style::Style::new());
        hyperlinks(&mut other);
        assert_eq!(other[(0, 0)].symbol(), "h");
    }
}
