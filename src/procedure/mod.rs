//! The affiliation procedure, pure: steps, transitions, deadlines, dates. No terminal, no
//! files, no clock: today is always a parameter.

mod date;
mod deadline;
mod links;
mod number;
mod profile;
mod progress;
mod step;

pub use date::{DateError, YEARS, format_date, parse_date};
pub use deadline::{
    DaysLeft, Deadline, DueRule, Late, NIA_NUDGE_DAYS, SinceLastVisit, USUAL_NIR_DELAY_MONTHS,
    Urgency, end_of_month, first_of_next_month, since_last_visit,
};
pub use links::{Contact, Site, links};
pub use number::{NumberError, SocialSecurityNumber, mask_numbers};
pub mod web {
    //! The sheet's web and e-mail addresses.
    pub use super::links::{ACADEMIE, AMELI_CREATE, AMELI_LOGIN, ENSAP, SECONDARY_EMAIL};
}
pub use profile::{
    Civility, Department, Level, NEUTRAL_GREETING, Profile, ProfileEdit, Title,
    default_contract_start, school_year, valid_email,
};
pub use progress::{
    Change, Inconsistency, MAX_NOTE_CHARS, MAX_PATH_BYTES, MAX_PROFILE_TEXT_CHARS, NumberNote,
    Progress, Seen, StepRecord, StepRecords, StepState, StepStatus, SubTask, TransitionError,
};
pub use step::{Need, NumberForm, Step, UnknownStep};
