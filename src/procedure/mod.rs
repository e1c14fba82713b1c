//! The affiliation procedure, pure: steps, transitions, deadlines, dates. No terminal, no
//! files, no clock: today is always a parameter.

mod date;
mod deadline;
mod number;
mod profile;
mod progress;
mod step;

pub use date::{DateError, format_date, parse_date};
pub use deadline::{DaysLeft, SinceLastVisit, Urgency, since_last_visit};
pub use number::{NumberError, SocialSecurityNumber};
pub use profile::{Department, Level, Profile, default_contract_start};
pub use progress::{
    Change, Inconsistency, NumberNote, Progress, StepRecord, StepRecords, StepState, StepStatus,
    TransitionError,
};
pub use step::{Step, UnknownStep};
