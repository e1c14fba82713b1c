//! What `secu` writes for other programs and people: the e-mail to the gestionnaire, the
//! calendar of deadlines, the académie's sheet filled in. Pure text in, text out.

mod ics;
mod mail;
mod sheet;

pub use ics::{calendar, open_deadlines};
pub use mail::{Draft, percent_encode};
pub use sheet::filled_sheet;
