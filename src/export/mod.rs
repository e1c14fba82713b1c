//! What `secu` writes for other programs and people: the e-mail to the gestionnaire, the
//! calendar of deadlines, the académie's sheet filled in. Pure text in, text out.

mod ics;
mod mail;
mod sheet;

pub use ics::{CalendarRecord, calendar, done_deadlines, next_record, open_deadlines};
pub use mail::{Draft, MailPart, percent_encode};
pub use sheet::filled_sheet;

/// The name the calendar is saved under in the Downloads folder (`-1`, `-2`… added rather
/// than overwrite), from the checklist's `x` as from `secu export ics`.
pub const CALENDAR_FILE: &str = "secu-calendar.ics";
/// The name the filled-in sheet is saved under in the Downloads folder.
pub const SHEET_FILE: &str = "secu-sheet.md";
