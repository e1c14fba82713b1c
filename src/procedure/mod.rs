//! The affiliation procedure, pure: steps, transitions, deadlines, dates. No terminal, no
//! files, no clock: today is always a parameter.

mod date;
mod deadline;
mod links;
mod number;
mod profile;
mod progress;
mod step;

pub use date::{DateError, format_date, parse_date};
pub use deadline::{DaysLeft, SinceLastVisit, Urgency, since_last_visit};
pub use links::{Contact, link};
pub use number::{NumberError, SocialSecurityNumber};
pub mod web {
    //! The sheet's web and e-mail addresses.
    pub use super::links::{ACADEMIE, AMELI_CREATE, AMELI_LOGIN, ENSAP, SECONDARY_EMAIL};
}
pub use profile::{Department, Level, Profile, default_contract_start, valid_email};
pub use progress::{
    Change, Inconsistency, NumberNote, Progress, StepRecord, StepRecords, StepState, StepStatus,
    SubTask, TransitionError,
};
pub use step::{Step, UnknownStep};
