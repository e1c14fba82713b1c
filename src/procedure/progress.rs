//! The state machine: which steps are done, skipped or open, and every allowed transition.

use std::path::PathBuf;

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::date::YEARS;
use super::deadline::{
    self, DaysLeft, Deadline, Late, NIA_NUDGE_DAYS, USUAL_NIR_DELAY_MONTHS, Urgency,
};
use super::{
    Profile, ProfileEdit, SocialSecurityNumber, Step, default_contract_start, school_year,
};

/// The longest note kept on a step, in characters: a page of calls and references. A bound,
/// so that the file always stays far below the size `secu` agrees to read.
pub const MAX_NOTE_CHARS: usize = 5_000;
/// The longest text kept in a profile field (a name, a school, an e-mail address).
pub const MAX_PROFILE_TEXT_CHARS: usize = 200;
/// The longest path kept for the attestation's PDF, in bytes, as most systems allow.
pub const MAX_PATH_BYTES: usize = 4_096;

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    Open,
    Done(NaiveDate),
    /// Skipped by the "already registered" path: neither done nor owed.
    Skipped,
}

impl StepState {
    /// Done or skipped: the steps after it may go ahead.
    pub fn is_settled(self) -> bool {
        !matches!(self, StepState::Open)
    }

    /// The word used in `status --json`.
    pub fn id(self) -> &'static str {
        match self {
            StepState::Open => "open",
            StepState::Done(_) => "done",
            StepState::Skipped => "skipped",
        }
    }
}

/// What is recorded for one step.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRecord {
    /// The date written in the sheet's blank ("Effectuée le", "Reçu le", "Transmis le").
    #[serde(default)]
    pub done_on: Option<NaiveDate>,
    /// The number the CPAM's letter gave: the NIA on `nia`, the NIR on `nir`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<SocialSecurityNumber>,
    /// The user's own note, proof of what was done ("called the CPAM on 12/11, ref 4567").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// On `attestation`: the PDF that was sent, checked to be one when it was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pdf: Option<PathBuf>,
    /// On `nir`: the small tasks the sheet lists under it, those done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<SubTask>,
}

/// The tasks the sheet lists under the NIR: "Je crée mon compte sur le site AMELI.FR",
/// "Je télécharge mon attestation de droits".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SubTask {
    AmeliAccount,
    AttestationDownloaded,
}

impl SubTask {
    pub const ALL: [SubTask; 2] = [SubTask::AmeliAccount, SubTask::AttestationDownloaded];

    /// The name on the command line and in the file.
    pub fn id(self) -> &'static str {
        match self {
            SubTask::AmeliAccount => "ameli-account",
            SubTask::AttestationDownloaded => "attestation-downloaded",
        }
    }
}

impl std::str::FromStr for SubTask {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SubTask::ALL
            .into_iter()
            .find(|task| task.id() == s.trim())
            .ok_or_else(|| {
                format!("{s:?} is not a task: use ameli-account or attestation-downloaded")
            })
    }
}

/// The records of the five steps, by name, as they appear in the progress file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRecords {
    #[serde(default)]
    pub request: StepRecord,
    #[serde(default)]
    pub nia: StepRecord,
    #[serde(default)]
    pub nir: StepRecord,
    #[serde(default)]
    pub attestation: StepRecord,
    #[serde(default)]
    pub ensap: StepRecord,
}

impl StepRecords {
    pub fn get(&self, step: Step) -> &StepRecord {
        match step {
            Step::Request => &self.request,
            Step::Nia => &self.nia,
            Step::Nir => &self.nir,
            Step::Attestation => &self.attestation,
            Step::Ensap => &self.ensap,
        }
    }

    pub fn get_mut(&mut self, step: Step) -> &mut StepRecord {
        match step {
            Step::Request => &mut self.request,
            Step::Nia => &mut self.nia,
            Step::Nir => &mut self.nir,
            Step::Attestation => &mut self.attestation,
            Step::Ensap => &mut self.ensap,
        }
    }
}

/// A transition the rules refuse. Each says why, in terms a user can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("{step} is already done (on {on})")]
    AlreadyDone { step: Step, on: NaiveDate },
    #[error("{step} is skipped: you already have a definitive number")]
    Skipped { step: Step },
    #[error("{step} cannot be ticked before {previous} is done")]
    PreviousOpen { step: Step, previous: Step },
    #[error("{on} is in the future (today is {today})")]
    InFuture { on: NaiveDate, today: NaiveDate },
    #[error("{step} cannot be done on {on}, before {previous} (done on {previous_on})")]
    BeforePrevious {
        step: Step,
        on: NaiveDate,
        previous: Step,
        previous_on: NaiveDate,
    },
    #[error("{step} is not done")]
    NotDone { step: Step },
    #[error("{step} cannot be un-ticked while {later} is done: un-tick {later} first")]
    LaterStepDone { step: Step, later: Step },
    #[error("the attestation is already sent: un-tick it before changing the registered path")]
    AttestationDone,
    #[error("{step} has no number: only nia and nir do")]
    NoNumber { step: Step },
    #[error("{step} is not done: tick it before giving its number")]
    NumberBeforeTick { step: Step },
    #[error("{step} cannot be done on {on}, after {next} (done on {next_on})")]
    AfterNext {
        step: Step,
        on: NaiveDate,
        next: Step,
        next_on: NaiveDate,
    },
    #[error("a contract cannot start in {year}: only from 2000 to 2100")]
    StartOutOfRange { year: i32 },
    #[error("the note is longer than {max} characters")]
    NoteTooLong { max: usize },
    #[error("the text is longer than {max} characters")]
    TextTooLong { max: usize },
    #[error("the path is longer than {max} bytes")]
    PathTooLong { max: usize },
    /// Another `secu` saved this part of the file after the editor opened; `now` is what it
    /// holds now, for the user to see before choosing.
    #[error("changed by another secu meanwhile")]
    ChangedMeanwhile { now: Box<Seen> },
    /// ameli.fr takes only the definitive number: its tasks wait for the NIR.
    #[error("{task:?} waits for the definitive number")]
    TaskBeforeNumber { task: SubTask },
    /// The attestation is downloaded from the ameli.fr account.
    #[error("the attestation is downloaded from the ameli.fr account: tick that first")]
    TaskBeforeAccount,
    /// A new year starts in a later school year than the one under way.
    #[error("a new year must start after the {year} school year")]
    SameSchoolYear { year: i32 },
}

/// Something worth saying about a number that was accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberNote {
    /// A definitive number starting with 7 or 8: probably the NIA typed again.
    LooksProvisional,
    /// The NIR is the NIA: it happens (the provisional number can become the definitive
    /// one), but the user should know it was noticed.
    SameAsNia,
}

/// A file whose steps break the rules, as a hand edit can leave it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Inconsistency {
    #[error("{step} is done but {previous} before it is not")]
    DoneAfterOpen { step: Step, previous: Step },
    #[error("{step} is done on {on}, before {previous} (done on {previous_on})")]
    DatesOutOfOrder {
        step: Step,
        on: NaiveDate,
        previous: Step,
        previous_on: NaiveDate,
    },
    #[error("the contract start or a date of {step:?} is not between 2000 and 2100")]
    OutOfRange { step: Option<Step> },
    #[error("the note of {step} is longer than secu keeps")]
    TooLong { step: Step },
}

/// One change a user asks for. The TUI and the command line both go through
/// [`Progress::apply`], so the rules are checked in one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Tick a step, with the number its letter gave if any; no number keeps the one
    /// already recorded.
    Tick {
        step: Step,
        on: NaiveDate,
        number: Option<SocialSecurityNumber>,
    },
    Untick {
        step: Step,
    },
    /// Correct the date of a done step, without un-ticking what came after.
    Redate {
        step: Step,
        on: NaiveDate,
    },
    /// Give or correct the number of a done step.
    SetNumber {
        step: Step,
        number: SocialSecurityNumber,
    },
    /// Change some fields of the profile, leaving the others as the file has them.
    EditProfile(ProfileEdit),
    /// Replace a step's note; `None` or blank removes it.
    SetNote {
        step: Step,
        note: Option<String>,
    },
    /// Record the PDF sent with the attestation (checked at the edge, where files are).
    SetPdf(PathBuf),
    /// Tick or un-tick one of the NIR's small tasks.
    SetTask {
        task: SubTask,
        done: bool,
    },
    /// Every change in order, or none of them.
    All(Vec<Change>),
    /// `change`, made in an editor that opened on `seen`: saved only while the file still
    /// holds what the editor showed, so that a value saved meanwhile by another `secu` is
    /// never overwritten unseen (compare-and-swap, under the file's lock).
    IfUnchanged {
        seen: Seen,
        change: Box<Change>,
    },
}

impl Change {
    /// The change itself, without the condition an editor put on it.
    pub fn unguarded(&self) -> &Change {
        match self {
            Change::IfUnchanged { change, .. } => change.unguarded(),
            change => change,
        }
    }

    /// `self`, saved only while the file still holds `seen`.
    pub fn if_unchanged(self, seen: Seen) -> Change {
        Change::IfUnchanged {
            seen,
            change: Box::new(self),
        }
    }
}

/// What an editor showed when it opened: the part of the file its change replaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    Note {
        step: Step,
        note: Option<String>,
    },
    Number {
        step: Step,
        number: Option<SocialSecurityNumber>,
    },
    /// A step's date: `None` for a step being ticked.
    Date {
        step: Step,
        on: Option<NaiveDate>,
    },
    Pdf(Option<PathBuf>),
    /// The profile the setup's answers started from; only the fields the answers change are
    /// compared, so that another `secu`'s change to any other field does not stand in the way.
    Profile(Profile),
}

impl Seen {
    /// The same part of `progress`, as it is now.
    pub fn of(&self, progress: &Progress) -> Seen {
        let record = |step: Step| progress.record(step);
        match self {
            Seen::Note { step, .. } => Seen::Note {
                step: *step,
                note: record(*step).note.clone(),
            },
            Seen::Number { step, .. } => Seen::Number {
                step: *step,
                number: record(*step).number.clone(),
            },
            Seen::Date { step, .. } => Seen::Date {
                step: *step,
                on: record(*step).done_on,
            },
            Seen::Pdf(_) => Seen::Pdf(record(Step::Attestation).pdf.clone()),
            Seen::Profile(_) => Seen::Profile(progress.profile().clone()),
        }
    }

    /// Whether `progress` still holds what was seen, as far as `change` is concerned.
    fn holds_in(&self, progress: &Progress, change: &Change) -> bool {
        match (self, self.of(progress)) {
            (Seen::Profile(seen), Seen::Profile(now)) => {
                profile_edits(change).all(|edit| edit.agree_on(seen, &now))
            }
            (seen, now) => *seen == now,
        }
    }
}

/// The profile edits a change makes, however nested.
fn profile_edits(change: &Change) -> Box<dyn Iterator<Item = &ProfileEdit> + '_> {
    match change {
        Change::EditProfile(edit) => Box::new(std::iter::once(edit)),
        Change::All(changes) => Box::new(changes.iter().flat_map(profile_edits)),
        Change::IfUnchanged { change, .. } => profile_edits(change),
        _ => Box::new(std::iter::empty()),
    }
}

/// A step with everything the screens show about it on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepStatus {
    pub step: Step,
    pub state: StepState,
    pub due: Option<NaiveDate>,
    /// Only for open steps with a due date.
    pub days_left: Option<DaysLeft>,
    /// Whether the step needs acting on now, and why ([`Progress::late`]).
    pub late: Option<Late>,
}

impl StepStatus {
    /// How pressing an open step is: overdue when it is late by any rule (the NIA's four
    /// weeks included), so that every screen marks the same steps the same way.
    pub fn urgency(&self) -> Option<Urgency> {
        match (self.late, self.days_left) {
            (Some(_), _) => Some(Urgency::Overdue),
            (None, Some(days)) => Some(days.urgency()),
            (None, None) => None,
        }
    }
}

/// The whole procedure for one assistant.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    #[serde(default)]
    profile: Profile,
    #[serde(default)]
    steps: StepRecords,
}

impl Progress {
    pub fn new(profile: Profile) -> Progress {
        Progress {
            profile,
            steps: StepRecords::default(),
        }
    }

    /// A progress as read from a file; [`Progress::check`] says whether it follows the rules.
    pub fn from_parts(profile: Profile, steps: StepRecords) -> Progress {
        Progress { profile, steps }
    }

    pub fn records(&self) -> &StepRecords {
        &self.steps
    }

    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    pub fn record(&self, step: Step) -> &StepRecord {
        self.steps.get(step)
    }

    pub fn state(&self, step: Step) -> StepState {
        if self.profile.already_registered && step.skipped_when_registered() {
            return StepState::Skipped;
        }
        match self.steps.get(step).done_on {
            Some(on) => StepState::Done(on),
            None => StepState::Open,
        }
    }

    /// The date a step was done on, if it counts as done.
    pub fn done_on(&self, step: Step) -> Option<NaiveDate> {
        match self.state(step) {
            StepState::Done(on) => Some(on),
            _ => None,
        }
    }

    /// The first open step: what to do next.
    pub fn next(&self) -> Option<Step> {
        Step::ALL
            .into_iter()
            .find(|&step| self.state(step) == StepState::Open)
    }

    /// How many steps are done: skipped ones are not, they are not needed.
    pub fn done_count(&self) -> usize {
        Step::ALL
            .into_iter()
            .filter(|&step| matches!(self.state(step), StepState::Done(_)))
            .count()
    }

    /// How many steps this assistant has to do: all five, or two for those who already had
    /// a definitive number.
    pub fn owed_count(&self) -> usize {
        Step::ALL
            .into_iter()
            .filter(|&step| self.state(step) != StepState::Skipped)
            .count()
    }

    /// A step's deadline and the rule it comes from; skipped steps have none.
    pub fn deadline(&self, step: Step, today: NaiveDate) -> Option<Deadline> {
        match self.state(step) {
            StepState::Skipped => None,
            _ => deadline::rule_deadline(self, step, today),
        }
    }

    /// The due date of a step; skipped steps have none.
    pub fn due(&self, step: Step, today: NaiveDate) -> Option<NaiveDate> {
        self.deadline(step, today).map(|deadline| deadline.due)
    }

    /// The first deadline among the open steps: what the next step must be done by. It is
    /// the next step's own, except for the NIA, which has none and must come before the
    /// NIR's.
    pub fn next_due(&self, today: NaiveDate) -> Option<NaiveDate> {
        Step::ALL
            .into_iter()
            .filter(|&step| self.state(step) == StepState::Open)
            .filter_map(|step| self.due(step, today))
            .min()
    }

    /// When the CPAM usually sends the definitive number: three months after the request.
    /// A usual delay, not a deadline; `None` until the request is done.
    pub fn usual_nir_arrival(&self) -> Option<NaiveDate> {
        self.done_on(Step::Request)?
            .checked_add_months(Months::new(USUAL_NIR_DELAY_MONTHS))
    }

    /// Whether an open step needs the assistant to act now, and why: its deadline passed,
    /// or, for the NIA, four weeks went by since the request without its letter.
    pub fn late(&self, step: Step, today: NaiveDate) -> Option<Late> {
        if self.state(step) != StepState::Open {
            return None;
        }
        if step == Step::Nia {
            let days = (today - self.done_on(Step::Request)?).num_days();
            return (days >= NIA_NUDGE_DAYS).then_some(Late::NoLetterYet { days });
        }
        let days = DaysLeft::between(today, self.due(step, today)?);
        (days.0 < 0).then_some(Late::Overdue(days))
    }

    /// The step that carries the sheet's two small tasks (account created on ameli.fr,
    /// attestation downloaded): the NIR, or the attestation for those who already had a
    /// definitive number, since they do both before sending it.
    pub fn tasks_step(&self) -> Step {
        if self.profile.already_registered {
            Step::Attestation
        } else {
            Step::Nir
        }
    }

    pub fn status(&self, step: Step, today: NaiveDate) -> StepStatus {
        let state = self.state(step);
        let due = self.due(step, today);
        let days_left = match state {
            StepState::Open => due.map(|due| DaysLeft::between(today, due)),
            _ => None,
        };
        StepStatus {
            step,
            state,
            due,
            days_left,
            late: self.late(step, today),
        }
    }

    /// How pressing the next step is, counting what must come after it: the NIA has no date
    /// of its own, so a deadline passed behind it makes it overdue too.
    pub fn next_urgency(&self, today: NaiveDate) -> Option<Urgency> {
        let own = self.status(self.next()?, today).urgency();
        let behind = self
            .next_due(today)
            .map(|due| DaysLeft::between(today, due).urgency());
        own.into_iter().chain(behind).min()
    }

    /// The latest date recorded, when it is after `today`: the clock looks wrong.
    pub fn clock_behind(&self, today: NaiveDate) -> Option<NaiveDate> {
        Step::ALL
            .into_iter()
            .filter_map(|step| self.done_on(step))
            .max()
            .filter(|&latest| latest > today)
    }

    /// Writes the default contract start into the profile, once the checklist is set up or a
    /// step is ticked: the default follows the school year of `today`, and a checklist in
    /// progress must not move to next year's on 1 August.
    fn fix_contract_start(&mut self, today: NaiveDate) {
        if self.profile.contract_start.is_none() {
            self.profile.contract_start = Some(self.profile.contract_start_or_default(today));
        }
    }

    /// The contract's start, when `on` comes before it: possible (a school may send the
    /// request early) but unusual, so worth a word.
    pub fn before_start(&self, on: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
        let start = self.profile.contract_start_or_default(today);
        (on < start).then_some(start)
    }

    /// The open step that `step` waits for: the first open one before it, if any. A late
    /// step that waits says so rather than giving advice it cannot follow yet.
    pub fn waits_for(&self, step: Step) -> Option<Step> {
        Step::ALL[..step.index()]
            .iter()
            .copied()
            .find(|&before| self.state(before) == StepState::Open)
    }

    /// The nearest done step before `step`, with its date.
    fn previous_done(&self, step: Step) -> Option<(Step, NaiveDate)> {
        Step::ALL[..step.index()]
            .iter()
            .rev()
            .find_map(|&s| self.done_on(s).map(|on| (s, on)))
    }

    /// The nearest done step after `step`, with its date.
    fn next_done(&self, step: Step) -> Option<(Step, NaiveDate)> {
        Step::ALL[step.index() + 1..]
            .iter()
            .find_map(|&s| self.done_on(s).map(|on| (s, on)))
    }

    /// Checks that `step` may be dated `on`: not in the future, not before the step done
    /// before it.
    fn check_date(
        &self,
        step: Step,
        on: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), TransitionError> {
        // A clock set back (a laptop's battery, a wrong time zone) must not leave a state where
        // nothing can be ticked: dates up to the latest one recorded stay possible.
        let today = self.clock_behind(today).unwrap_or(today);
        if on > today {
            return Err(TransitionError::InFuture { on, today });
        }
        if let Some((previous, previous_on)) = self.previous_done(step)
            && on < previous_on
        {
            return Err(TransitionError::BeforePrevious {
                step,
                on,
                previous,
                previous_on,
            });
        }
        Ok(())
    }

    /// Corrects the date of a done step. The new date keeps the order: not before the step
    /// done before it, not after the one done after it, not in the future.
    pub fn redate(
        &mut self,
        step: Step,
        on: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), TransitionError> {
        match self.state(step) {
            StepState::Open => return Err(TransitionError::NotDone { step }),
            StepState::Skipped => return Err(TransitionError::Skipped { step }),
            StepState::Done(_) => {}
        }
        self.check_date(step, on, today)?;
        if let Some((next, next_on)) = self.next_done(step)
            && on > next_on
        {
            return Err(TransitionError::AfterNext {
                step,
                on,
                next,
                next_on,
            });
        }
        self.steps.get_mut(step).done_on = Some(on);
        Ok(())
    }

    /// The last done step: the only one that can be un-ticked.
    pub fn last_done(&self) -> Option<Step> {
        Step::ALL
            .into_iter()
            .rev()
            .find(|&step| matches!(self.state(step), StepState::Done(_)))
    }

    /// Marks `step` done on `on`.
    pub fn tick(
        &mut self,
        step: Step,
        on: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), TransitionError> {
        self.check_tick(step, on, today)?;
        self.steps.get_mut(step).done_on = Some(on);
        Ok(())
    }

    /// Why `step` could not be ticked done on `on`, changing nothing: what [`Progress::tick`]
    /// checks, for a screen that says in advance whether a key will act.
    pub fn check_tick(
        &self,
        step: Step,
        on: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), TransitionError> {
        match self.state(step) {
            StepState::Done(done) => return Err(TransitionError::AlreadyDone { step, on: done }),
            StepState::Skipped => return Err(TransitionError::Skipped { step }),
            StepState::Open => {}
        }
        if let Some(previous) = Step::ALL[..step.index()]
            .iter()
            .copied()
            .find(|&s| !self.state(s).is_settled())
        {
            return Err(TransitionError::PreviousOpen { step, previous });
        }
        self.check_date(step, on, today)
    }

    /// Marks the last done step open again.
    pub fn untick(&mut self, step: Step) -> Result<(), TransitionError> {
        match self.state(step) {
            StepState::Open => return Err(TransitionError::NotDone { step }),
            StepState::Skipped => return Err(TransitionError::Skipped { step }),
            StepState::Done(_) => {}
        }
        if let Some(later) = Step::ALL[step.index() + 1..]
            .iter()
            .copied()
            .find(|&s| matches!(self.state(s), StepState::Done(_)))
        {
            return Err(TransitionError::LaterStepDone { step, later });
        }
        self.steps.get_mut(step).done_on = None;
        Ok(())
    }

    /// Replaces the profile. Entering or leaving the "already registered" path changes which
    /// steps are owed, so it is refused once the attestation, which rests on it, is sent.
    ///
    /// Dates recorded on the skipped steps are kept, not erased: leaving the path again
    /// brings them back, so a mistaken answer loses nothing.
    pub fn set_profile(&mut self, profile: Profile) -> Result<(), TransitionError> {
        if profile.already_registered != self.profile.already_registered
            && self.steps.attestation.done_on.is_some()
        {
            return Err(TransitionError::AttestationDone);
        }
        if let Some(start) = profile.contract_start
            && !YEARS.contains(&start.year())
        {
            return Err(TransitionError::StartOutOfRange { year: start.year() });
        }
        for text in [
            &profile.name,
            &profile.school,
            &profile.gestionnaire_name,
            &profile.gestionnaire_email,
            &profile.language,
        ]
        .into_iter()
        .flatten()
        {
            if text.chars().count() > MAX_PROFILE_TEXT_CHARS {
                return Err(TransitionError::TextTooLong {
                    max: MAX_PROFILE_TEXT_CHARS,
                });
            }
        }
        self.profile = profile;
        Ok(())
    }

    /// Whether the contract of this file's school year has ended and a new school year has
    /// begun (from 1 August, when the default contract start moves on): the time to offer
    /// [`Progress::next_year`]. Only for a file that is set up.
    pub fn year_over(&self, today: NaiveDate) -> bool {
        self.profile.is_set_up()
            && school_year(default_contract_start(today))
                > school_year(self.profile.contract_start_or_default(today))
    }

    /// The next school year's progress, for an assistant who renews: the profile kept, with
    /// the contract starting on `start`. With a definitive number, the CPAM's steps are
    /// behind them: the already-registered path, the number and the ameli.fr account kept.
    /// Without one, the whole procedure starts again, as for a new assistant.
    pub fn next_year(
        &self,
        start: NaiveDate,
        today: NaiveDate,
    ) -> Result<Progress, TransitionError> {
        let year = school_year(self.profile.contract_start_or_default(today));
        if school_year(start) <= year {
            return Err(TransitionError::SameSchoolYear { year });
        }
        let number = self.definitive_number().cloned();
        let registered = self.profile.already_registered
            || number.is_some()
            || self.done_on(Step::Nir).is_some();
        let mut next = Progress::default();
        next.set_profile(Profile {
            contract_start: Some(start),
            already_registered: registered,
            ..self.profile.clone()
        })?;
        let nir = next.steps.get_mut(Step::Nir);
        if registered {
            nir.tasks = self
                .record(Step::Nir)
                .tasks
                .iter()
                .copied()
                .filter(|&task| task == SubTask::AmeliAccount)
                .collect();
        }
        nir.number = number;
        Ok(next)
    }

    /// Applies one change, or refuses it and changes nothing.
    pub fn apply(&mut self, change: &Change, today: NaiveDate) -> Result<(), TransitionError> {
        match change {
            Change::Tick { step, on, number } => {
                // Checked first, so that a refused number leaves the step unticked.
                if number.is_some() && !step.has_number() {
                    return Err(TransitionError::NoNumber { step: *step });
                }
                self.tick(*step, *on, today)?;
                if let Some(number) = number {
                    self.set_number(*step, number.clone())?;
                }
                self.fix_contract_start(today);
                Ok(())
            }
            Change::Untick { step } => self.untick(*step),
            Change::Redate { step, on } => self.redate(*step, *on, today),
            Change::SetNumber { step, number } => self.set_number(*step, number.clone()),
            Change::EditProfile(edit) => {
                self.set_profile(edit.applied_to(&self.profile))?;
                if self.profile.is_set_up() {
                    self.fix_contract_start(today);
                }
                Ok(())
            }
            Change::SetNote { step, note } => {
                let note = note
                    .as_deref()
                    .map(str::trim_end)
                    .filter(|n| !n.trim().is_empty());
                if note.is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS) {
                    return Err(TransitionError::NoteTooLong {
                        max: MAX_NOTE_CHARS,
                    });
                }
                self.steps.get_mut(*step).note = note.map(str::to_owned);
                Ok(())
            }
            Change::SetPdf(path) => {
                if path.as_os_str().len() > MAX_PATH_BYTES {
                    return Err(TransitionError::PathTooLong {
                        max: MAX_PATH_BYTES,
                    });
                }
                self.steps.attestation.pdf = Some(path.clone());
                Ok(())
            }
            Change::All(changes) => {
                // On a copy, so that a refusal half-way leaves nothing changed.
                let mut copy = self.clone();
                for change in changes {
                    copy.apply(change, today)?;
                }
                *self = copy;
                Ok(())
            }
            Change::IfUnchanged { seen, change } => {
                if !seen.holds_in(self, change) {
                    return Err(TransitionError::ChangedMeanwhile {
                        now: Box::new(seen.of(self)),
                    });
                }
                self.apply(change, today)
            }
            Change::SetTask { task, done } => {
                if *done && self.state(Step::Nir) == StepState::Open {
                    return Err(TransitionError::TaskBeforeNumber { task: *task });
                }
                if *done
                    && *task == SubTask::AttestationDownloaded
                    && !self.task_done(SubTask::AmeliAccount)
                {
                    return Err(TransitionError::TaskBeforeAccount);
                }
                let tasks = &mut self.steps.nir.tasks;
                tasks.retain(|t| t != task);
                if *done {
                    tasks.push(*task);
                    tasks.sort();
                }
                Ok(())
            }
        }
    }

    /// Whether one of the NIR's small tasks is done.
    pub fn task_done(&self, task: SubTask) -> bool {
        self.steps.nir.tasks.contains(&task)
    }

    /// The number recorded on a step's own letter.
    pub fn number(&self, step: Step) -> Option<&SocialSecurityNumber> {
        self.steps.get(step).number.as_ref()
    }

    /// The number a step shows and copies: the NIA on `nia`, the definitive number on `nir`
    /// and on `ensap`.
    pub fn number_for(&self, step: Step) -> Option<&SocialSecurityNumber> {
        self.number(step.number_step()?)
    }

    /// The definitive number where there is one: ENSAP and ameli.fr use it.
    pub fn definitive_number(&self) -> Option<&SocialSecurityNumber> {
        self.number(Step::Nir)
    }

    /// Records the number of a done step — or of a skipped `nir`: an assistant who already
    /// had a definitive number still needs it for ameli.fr and ENSAP.
    pub fn set_number(
        &mut self,
        step: Step,
        number: SocialSecurityNumber,
    ) -> Result<(), TransitionError> {
        if !step.has_number() {
            return Err(TransitionError::NoNumber { step });
        }
        if self.state(step) == StepState::Open {
            return Err(TransitionError::NumberBeforeTick { step });
        }
        self.steps.get_mut(step).number = Some(number);
        Ok(())
    }

    /// What to point out about the number recorded on `step`.
    pub fn number_notes(&self, step: Step) -> Vec<NumberNote> {
        let mut notes = Vec::new();
        // One note at most: a provisional-looking number is never "the NIA become definitive".
        if let (Step::Nir, Some(nir)) = (step, self.number(Step::Nir)) {
            if nir.looks_provisional() {
                notes.push(NumberNote::LooksProvisional);
            } else if self.number(Step::Nia) == Some(nir) {
                notes.push(NumberNote::SameAsNia);
            }
        }
        notes
    }

    /// Checks a progress read from a file against the rules that ticking enforces, since a
    /// hand-edited file can break them.
    pub fn check(&self) -> Result<(), Inconsistency> {
        let in_range = |date: NaiveDate| YEARS.contains(&date.year());
        if self
            .profile
            .contract_start
            .is_some_and(|start| !in_range(start))
        {
            return Err(Inconsistency::OutOfRange { step: None });
        }
        for step in Step::ALL {
            let record = self.steps.get(step);
            if record.done_on.is_some_and(|on| !in_range(on)) {
                return Err(Inconsistency::OutOfRange { step: Some(step) });
            }
            if record
                .note
                .as_deref()
                .is_some_and(|note| note.chars().count() > MAX_NOTE_CHARS)
            {
                return Err(Inconsistency::TooLong { step });
            }
        }
        let mut previous: Option<(Step, StepState)> = None;
        for step in Step::ALL {
            let state = self.state(step);
            if let (StepState::Done(on), Some((prev, prev_state))) = (state, previous) {
                match prev_state {
                    StepState::Open => {
                        return Err(Inconsistency::DoneAfterOpen {
                            step,
                            previous: prev,
                        });
                    }
                    StepState::Done(previous_on) if on < previous_on => {
                        return Err(Inconsistency::DatesOutOfOrder {
                            step,
                            on,
                            previous: prev,
                            previous_on,
                        });
                    }
                    _ => {}
                }
            }
            // Skipped steps sit between done ones without a date of their own.
            if state != StepState::Skipped || previous.is_none() {
                previous = Some((step, state));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::Level;

    use crate::testing::date;

    const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();

    fn fresh() -> Progress {
        Progress::new(Profile {
            level: Some(Level::Secondary),
            ..Profile::default()
        })
    }

    fn registered(progress: &mut Progress, yes: bool) -> Result<(), TransitionError> {
        let mut profile = progress.profile().clone();
        profile.already_registered = yes;
        progress.set_profile(profile)
    }

    /// An editor's change lands only while the file holds what the editor opened on; the
    /// setup's answers are compared field by field, so another field's change does not stop it.
    #[test]
    fn a_change_saves_only_over_what_its_editor_saw() {
        let text = |t: &str| Some(Some(t.to_owned()));
        let edit = |edit: ProfileEdit| Change::EditProfile(edit);
        let mut p = fresh();
        let seen = p.profile().clone();
        // Another secu gives the name.
        p.apply(
            &edit(ProfileEdit {
                name: text("A"),
                ..ProfileEdit::default()
            }),
            TODAY,
        )
        .unwrap();
        let school = edit(ProfileEdit {
            school: text("Lycée Thiers"),
            ..ProfileEdit::default()
        });
        p.apply(&school.if_unchanged(Seen::Profile(seen.clone())), TODAY)
            .unwrap();
        assert_eq!(p.profile().school.as_deref(), Some("Lycée Thiers"));
        let name = edit(ProfileEdit {
            name: text("B"),
            ..ProfileEdit::default()
        });
        let refused = p.apply(&name.if_unchanged(Seen::Profile(seen)), TODAY);
        assert!(
            matches!(&refused, Err(TransitionError::ChangedMeanwhile { now }) if **now == Seen::Profile(p.profile().clone())),
            "{refused:?}"
        );
        assert_eq!(p.profile().name.as_deref(), Some("A"));

        // A note, a date: the same.
        let note = |n: Option<&str>| Seen::Note {
            step: Step::Request,
            note: n.map(str::to_owned),
        };
        let set = Change::SetNote {
            step: Step::Request,
            note: Some("mine".to_owned()),
        };
        p.apply(&set.clone().if_unchanged(note(None)), TODAY)
            .unwrap();
        assert!(
            p.apply(&set.if_unchanged(note(Some("other"))), TODAY)
                .is_err()
        );
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        let redate = Change::Redate {
            step: Step::Request,
            on: date(2026, 10, 3),
        };
        let seen_on = |on| Seen::Date {
            step: Step::Request,
            on: Some(on),
        };
        assert!(
            p.apply(
                &redate.clone().if_unchanged(seen_on(date(2026, 10, 5))),
                TODAY
            )
            .is_err()
        );
        assert_eq!(p.done_on(Step::Request), Some(date(2026, 10, 2)));
        p.apply(&redate.if_unchanged(seen_on(date(2026, 10, 2))), TODAY)
            .unwrap();
        assert_eq!(p.done_on(Step::Request), Some(date(2026, 10, 3)));
    }

    #[test]
    fn a_fresh_checklist_starts_at_the_request() {
        let p = fresh();
        assert_eq!(p.next(), Some(Step::Request));
        assert_eq!((p.done_count(), p.owed_count()), (0, 5));
        assert!(Step::ALL.iter().all(|&s| p.state(s) == StepState::Open));
    }

    #[test]
    fn steps_are_ticked_in_order() {
        let mut p = fresh();
        assert_eq!(
            p.tick(Step::Nir, date(2026, 11, 1), TODAY),
            Err(TransitionError::PreviousOpen {
                step: Step::Nir,
                previous: Step::Request
            })
        );
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        assert_eq!(p.state(Step::Request), StepState::Done(date(2026, 10, 2)));
        assert_eq!(p.next(), Some(Step::Nia));
        assert_eq!(
            p.tick(Step::Nir, date(2026, 11, 1), TODAY),
            Err(TransitionError::PreviousOpen {
                step: Step::Nir,
                previous: Step::Nia
            })
        );
        assert_eq!(
            p.tick(Step::Request, date(2026, 10, 3), TODAY),
            Err(TransitionError::AlreadyDone {
                step: Step::Request,
                on: date(2026, 10, 2)
            })
        );
    }

    #[test]
    fn dates_are_neither_in_the_future_nor_before_the_previous_step() {
        let mut p = fresh();
        assert_eq!(
            p.tick(Step::Request, date(2026, 11, 27), TODAY),
            Err(TransitionError::InFuture {
                on: date(2026, 11, 27),
                today: TODAY
            })
        );
        p.tick(Step::Request, TODAY, TODAY).unwrap();
        p.untick(Step::Request).unwrap();
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        assert_eq!(
            p.tick(Step::Nia, date(2026, 10, 1), TODAY),
            Err(TransitionError::BeforePrevious {
                step: Step::Nia,
                on: date(2026, 10, 1),
                previous: Step::Request,
                previous_on: date(2026, 10, 2)
            })
        );
        // The same day as the previous step is fine.
        p.tick(Step::Nia, date(2026, 10, 2), TODAY).unwrap();
    }

    #[test]
    fn only_the_last_done_step_can_be_unticked() {
        let mut p = fresh();
        assert_eq!(
            p.untick(Step::Request),
            Err(TransitionError::NotDone {
                step: Step::Request
            })
        );
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        p.tick(Step::Nia, date(2026, 10, 20), TODAY).unwrap();
        assert_eq!(
            p.untick(Step::Request),
            Err(TransitionError::LaterStepDone {
                step: Step::Request,
                later: Step::Nia
            })
        );
        p.untick(Step::Nia).unwrap();
        assert_eq!(p.next(), Some(Step::Nia));
        p.untick(Step::Request).unwrap();
        assert_eq!(p, fresh());
    }

    #[test]
    fn a_refused_transition_changes_nothing() {
        let mut p = fresh();
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        let before = p.clone();
        assert!(p.tick(Step::Nia, date(2027, 1, 1), TODAY).is_err());
        assert!(p.untick(Step::Nia).is_err());
        assert!(p.tick(Step::Ensap, TODAY, TODAY).is_err());
        assert_eq!(p, before);
    }

    #[test]
    fn the_already_registered_path_starts_at_the_attestation() {
        let mut p = fresh();
        registered(&mut p, true).unwrap();
        for step in [Step::Request, Step::Nia, Step::Nir] {
            assert_eq!(p.state(step), StepState::Skipped);
            assert_eq!(
                p.tick(step, TODAY, TODAY),
                Err(TransitionError::Skipped { step })
            );
            assert_eq!(p.untick(step), Err(TransitionError::Skipped { step }));
        }
        assert_eq!(p.next(), Some(Step::Attestation));
        // Skipped steps are not done: they are not owed either.
        assert_eq!((p.done_count(), p.owed_count()), (0, 2));
        p.tick(Step::Attestation, date(2026, 10, 5), TODAY).unwrap();
        p.tick(Step::Ensap, date(2026, 10, 6), TODAY).unwrap();
        assert_eq!(p.next(), None);
    }

    #[test]
    fn the_already_registered_path_can_be_left_while_the_attestation_is_open() {
        let mut p = fresh();
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        registered(&mut p, true).unwrap();
        assert_eq!(p.state(Step::Request), StepState::Skipped);
        p.tick(Step::Attestation, date(2026, 10, 5), TODAY).unwrap();
        assert_eq!(
            registered(&mut p, false),
            Err(TransitionError::AttestationDone)
        );
        p.untick(Step::Attestation).unwrap();
        registered(&mut p, false).unwrap();
        // The request's date, typed before, comes back.
        assert_eq!(p.state(Step::Request), StepState::Done(date(2026, 10, 2)));
        assert_eq!(p.next(), Some(Step::Nia));
    }

    #[test]
    fn entering_the_registered_path_is_refused_once_the_attestation_is_sent() {
        let mut p = fresh();
        for (step, on) in [
            (Step::Request, date(2026, 10, 2)),
            (Step::Nia, date(2026, 10, 20)),
            (Step::Nir, date(2026, 11, 10)),
            (Step::Attestation, date(2026, 11, 12)),
        ] {
            p.tick(step, on, TODAY).unwrap();
        }
        assert_eq!(
            registered(&mut p, true),
            Err(TransitionError::AttestationDone)
        );
        // Other profile fields may still change.
        let mut profile = p.profile().clone();
        profile.contract_start = Some(date(2026, 10, 1));
        p.set_profile(profile).unwrap();
    }

    #[test]
    fn apply_routes_each_change() {
        let mut p = fresh();
        let on = date(2026, 10, 2);
        p.apply(
            &Change::Tick {
                step: Step::Request,
                on,
                number: None,
            },
            TODAY,
        )
        .unwrap();
        assert_eq!(p.done_on(Step::Request), Some(on));
        p.apply(
            &Change::Untick {
                step: Step::Request,
            },
            TODAY,
        )
        .unwrap();
        assert_eq!(p.done_on(Step::Request), None);
        p.apply(
            &Change::EditProfile(ProfileEdit {
                name: Some(Some("Ana".to_owned())),
                ..ProfileEdit::default()
            }),
            TODAY,
        )
        .unwrap();
        assert_eq!(p.profile().name.as_deref(), Some("Ana"));
        assert_eq!(p.profile().level, Some(Level::Secondary));
    }

    #[test]
    fn status_gives_days_left_for_open_steps_only() {
        let mut p = fresh();
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        let request = p.status(Step::Request, TODAY);
        assert_eq!(request.due, Some(date(2026, 10, 15)));
        assert_eq!(request.days_left, None);
        let nir = p.status(Step::Nir, TODAY);
        assert_eq!(nir.due, Some(date(2026, 11, 30)));
        assert_eq!(nir.days_left, Some(DaysLeft(4)));
        assert_eq!(p.status(Step::Nia, TODAY).days_left, None);
    }

    #[test]
    fn check_finds_hand_edited_inconsistencies() {
        let mut p = fresh();
        p.steps.nia.done_on = Some(date(2026, 10, 20));
        assert_eq!(
            p.check(),
            Err(Inconsistency::DoneAfterOpen {
                step: Step::Nia,
                previous: Step::Request
            })
        );
        p.steps.request.done_on = Some(date(2026, 10, 25));
        assert!(matches!(
            p.check(),
            Err(Inconsistency::DatesOutOfOrder {
                step: Step::Nia,
                ..
            })
        ));
        p.steps.request.done_on = Some(date(2026, 10, 2));
        assert_eq!(p.check(), Ok(()));
        // On the registered path, skipped steps may hold any old date.
        let mut r = fresh();
        r.steps.request.done_on = Some(date(2026, 11, 20));
        r.profile.already_registered = true;
        r.steps.attestation.done_on = Some(date(2026, 10, 5));
        assert_eq!(r.check(), Ok(()));
    }

    #[test]
    fn only_the_last_done_step_is_the_one_to_untick() {
        let mut p = fresh();
        assert_eq!(p.last_done(), None);
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        p.tick(Step::Nia, date(2026, 10, 20), TODAY).unwrap();
        assert_eq!(p.last_done(), Some(Step::Nia));
    }

    #[test]
    fn texts_and_paths_are_kept_up_to_their_limit_and_refused_past_it() {
        let mut p = fresh();
        let name = |n: usize| {
            Change::EditProfile(ProfileEdit {
                name: Some(Some("é".repeat(n))),
                ..ProfileEdit::default()
            })
        };
        p.apply(&name(MAX_PROFILE_TEXT_CHARS), TODAY).unwrap();
        for too_long in [MAX_PROFILE_TEXT_CHARS + 1, MAX_PROFILE_TEXT_CHARS + 10] {
            assert_eq!(
                p.apply(&name(too_long), TODAY),
                Err(TransitionError::TextTooLong {
                    max: MAX_PROFILE_TEXT_CHARS
                })
            );
        }
        let pdf = |n: usize| Change::SetPdf(std::path::PathBuf::from("/".repeat(n)));
        p.apply(&pdf(MAX_PATH_BYTES), TODAY).unwrap();
        for too_long in [MAX_PATH_BYTES + 1, MAX_PATH_BYTES + 10] {
            assert_eq!(
                p.apply(&pdf(too_long), TODAY),
                Err(TransitionError::PathTooLong {
                    max: MAX_PATH_BYTES
                })
            );
        }
    }

    #[test]
    fn the_gauge_counts_the_steps_done_of_those_owed() {
        let mut p = fresh();
        assert_eq!((p.done_count(), p.owed_count()), (0, 5));
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        p.tick(Step::Nia, date(2026, 10, 20), TODAY).unwrap();
        assert_eq!((p.done_count(), p.owed_count()), (2, 5));
        // Skipped steps are not done, nor owed.
        let mut r = fresh();
        registered(&mut r, true).unwrap();
        assert_eq!((r.done_count(), r.owed_count()), (0, 2));
    }

    #[test]
    fn a_date_is_corrected_between_its_neighbours_only() {
        let mut p = fresh();
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        p.tick(Step::Nia, date(2026, 10, 20), TODAY).unwrap();
        p.tick(Step::Nir, date(2026, 11, 20), TODAY).unwrap();
        // Later, but not past the next done step: the others stay ticked.
        p.redate(Step::Nia, date(2026, 10, 21), TODAY).unwrap();
        assert_eq!(p.done_on(Step::Nia), Some(date(2026, 10, 21)));
        // The same day as a neighbour is fine on either side.
        p.redate(Step::Nia, date(2026, 11, 20), TODAY).unwrap();
        p.redate(Step::Nia, date(2026, 10, 2), TODAY).unwrap();
        assert_eq!(p.done_on(Step::Nir), Some(date(2026, 11, 20)));
        assert!(matches!(
            p.redate(Step::Nia, date(2026, 11, 21), TODAY),
            Err(TransitionError::AfterNext {
                next: Step::Nir,
                ..
            })
        ));
        assert!(matches!(
            p.redate(Step::Nia, date(2026, 10, 1), TODAY),
            Err(TransitionError::BeforePrevious { .. })
        ));
        assert!(matches!(
            p.redate(Step::Nir, date(2026, 11, 27), TODAY),
            Err(TransitionError::InFuture { .. })
        ));
        assert!(matches!(
            p.redate(Step::Attestation, date(2026, 11, 25), TODAY),
            Err(TransitionError::NotDone { .. })
        ));
        // The last done step has no next one to stay before.
        p.redate(Step::Nir, date(2026, 11, 26), TODAY).unwrap();
        assert_eq!(p.done_on(Step::Nia), Some(date(2026, 10, 2)));
    }

    #[test]
    fn a_note_of_the_longest_length_is_kept_and_a_longer_one_refused() {
        let mut p = fresh();
        let note = |n: usize| Change::SetNote {
            step: Step::Nir,
            note: Some("é".repeat(n)),
        };
        p.apply(&note(MAX_NOTE_CHARS), TODAY).unwrap();
        assert_eq!(p.check(), Ok(()));
        for too_long in [MAX_NOTE_CHARS + 1, MAX_NOTE_CHARS + 10] {
            assert_eq!(
                p.apply(&note(too_long), TODAY),
                Err(TransitionError::NoteTooLong {
                    max: MAX_NOTE_CHARS
                })
            );
        }
        p.steps.nir.note = Some("é".repeat(MAX_NOTE_CHARS + 1));
        assert_eq!(p.check(), Err(Inconsistency::TooLong { step: Step::Nir }));
    }

    #[test]
    fn two_steps_done_the_same_day_are_in_order() {
        // The NIA's letter can come the day the request is made: the same date is not
        // "before" the previous one.
        let mut p = fresh();
        p.steps.request.done_on = Some(date(2026, 10, 20));
        p.steps.nia.done_on = Some(date(2026, 10, 20));
        assert_eq!(p.check(), Ok(()));
        p.steps.nia.done_on = Some(date(2026, 10, 19));
        assert!(p.check().is_err());
    }
}

#[cfg(test)]
mod number_tests {
    use super::*;
    use crate::procedure::Level;

    use crate::testing::date;

    const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    const NIA: &str = "8 84 05 88 321 025 23";
    const NIR: &str = "2 95 10 99 126 111 93";

    fn number(text: &str) -> SocialSecurityNumber {
        SocialSecurityNumber::parse(text).unwrap()
    }

    fn requested() -> Progress {
        let mut p = Progress::new(Profile {
            level: Some(Level::Secondary),
            contract_start: Some(date(2026, 10, 1)),
            ..Profile::default()
        });
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        p
    }

    fn tick(step: Step, number: Option<&str>) -> Change {
        Change::Tick {
            step,
            on: TODAY,
            number: number.map(self::number),
        }
    }

    #[test]
    fn each_step_shows_the_number_of_its_letter() {
        let mut p = requested();
        p.apply(&tick(Step::Nia, Some(NIA)), TODAY).unwrap();
        p.apply(&tick(Step::Nir, Some(NIR)), TODAY).unwrap();
        assert_eq!(p.number_for(Step::Nia), Some(&number(NIA)));
        assert_eq!(p.number_for(Step::Nir), Some(&number(NIR)));
        // ENSAP logs in with the definitive number.
        assert_eq!(p.number_for(Step::Ensap), Some(&number(NIR)));
        assert_eq!(p.number_for(Step::Request), None);
        assert_eq!(p.number_for(Step::Attestation), None);
    }

    #[test]
    fn ticking_with_a_number_records_both() {
        let mut p = requested();
        p.apply(&tick(Step::Nia, Some(NIA)), TODAY).unwrap();
        assert_eq!(p.number(Step::Nia), Some(&number(NIA)));
        p.apply(&tick(Step::Nir, None), TODAY).unwrap();
        assert_eq!(p.definitive_number(), None);
        p.apply(
            &Change::SetNumber {
                step: Step::Nir,
                number: number(NIR),
            },
            TODAY,
        )
        .unwrap();
        assert_eq!(p.definitive_number(), Some(&number(NIR)));
        assert!(p.number_notes(Step::Nir).is_empty());
    }

    #[test]
    fn a_clock_set_back_never_leaves_nothing_to_tick() {
        let mut p = requested();
        let december = date(2026, 12, 9);
        for (step, on) in [(Step::Nia, date(2026, 11, 1)), (Step::Nir, december)] {
            p.tick(step, on, december).unwrap();
        }
        // The machine now says 1 December: the attestation can still be ticked, up to the
        // 9th, and the clock is said to look wrong.
        let wrong = date(2026, 12, 1);
        assert_eq!(p.clock_behind(wrong), Some(december));
        assert!(p.check_tick(Step::Attestation, december, wrong).is_ok());
        assert_eq!(
            p.check_tick(Step::Attestation, date(2026, 12, 10), wrong),
            Err(TransitionError::InFuture {
                on: date(2026, 12, 10),
                today: december
            })
        );
        assert_eq!(p.clock_behind(december), None);
    }

    #[test]
    fn the_default_start_is_written_down_at_the_setup_or_the_first_tick() {
        let october = date(2026, 10, 20);
        let august = date(2027, 8, 1);
        // Set up without a start: the school year's default is written down at once.
        let mut set_up = Progress::default();
        set_up
            .apply(
                &Change::EditProfile(ProfileEdit {
                    level: Some(Level::Secondary),
                    ..ProfileEdit::default()
                }),
                october,
            )
            .unwrap();
        assert_eq!(set_up.profile().contract_start, Some(date(2026, 10, 1)));
        // A file from before: its first tick writes it down; on 1 August 2027 the NIR is still
        // last year's, 243 days late, not next year's.
        let mut old = Progress::new(Profile {
            level: Some(Level::Secondary),
            ..Profile::default()
        });
        let first = Change::Tick {
            step: Step::Request,
            on: october,
            number: None,
        };
        old.apply(&first, october).unwrap();
        assert_eq!(old.profile().contract_start, Some(date(2026, 10, 1)));
        assert_eq!(old.due(Step::Nir, august), Some(date(2026, 11, 30)));
        // Nothing done and nothing set up: the default still follows the school year.
        assert_eq!(
            Progress::default().due(Step::Request, august),
            Some(date(2027, 10, 15))
        );
    }

    #[test]
    fn only_nia_and_nir_carry_a_number_and_only_once_ticked() {
        let mut p = requested();
        let before = p.clone();
        assert_eq!(
            p.apply(&tick(Step::Nia, None), TODAY)
                .and(p.untick(Step::Nia)),
            Ok(())
        );
        assert_eq!(
            p.apply(
                &Change::SetNumber {
                    step: Step::Nia,
                    number: number(NIA)
                },
                TODAY
            ),
            Err(TransitionError::NumberBeforeTick { step: Step::Nia })
        );
        assert_eq!(
            p.apply(
                &Change::SetNumber {
                    step: Step::Request,
                    number: number(NIA)
                },
                TODAY
            ),
            Err(TransitionError::NoNumber {
                step: Step::Request
            })
        );
        let mut q = requested();
        q.untick(Step::Request).unwrap();
        assert_eq!(
            q.apply(&tick(Step::Request, Some(NIA)), TODAY),
            Err(TransitionError::NoNumber {
                step: Step::Request
            })
        );
        assert_eq!(q.state(Step::Request), StepState::Open);
        assert_eq!(p, before);
    }

    #[test]
    fn the_already_registered_give_their_number_on_the_skipped_nir() {
        let mut p = requested();
        let mut profile = p.profile().clone();
        profile.already_registered = true;
        p.set_profile(profile).unwrap();
        p.set_number(Step::Nir, number(NIR)).unwrap();
        assert_eq!(p.definitive_number(), Some(&number(NIR)));
    }

    /// The next year is offered from 1 August after the contract's school year, and only
    /// to a file that is set up.
    #[test]
    fn the_year_is_over_from_the_first_of_august() {
        let p = requested();
        assert!(!p.year_over(date(2027, 4, 30)));
        assert!(!p.year_over(date(2027, 7, 31)));
        assert!(p.year_over(date(2027, 8, 1)));
        assert!(!Progress::default().year_over(date(2027, 8, 1)));
    }

    /// With the definitive number, the next year is on the registered path with the number
    /// and the ameli.fr account kept; without it, the whole procedure again. The profile
    /// stays; nothing of the year's dates, notes or PDF does.
    #[test]
    fn the_next_year_keeps_the_number_and_the_profile() {
        let mut p = requested();
        p.apply(&tick(Step::Nia, Some(NIA)), TODAY).unwrap();
        let without = p.next_year(date(2027, 10, 1), date(2027, 9, 15)).unwrap();
        assert!(!without.profile().already_registered);
        assert_eq!(without.next(), Some(Step::Request));
        assert_eq!(without.number(Step::Nia), None);

        p.apply(&tick(Step::Nir, Some(NIR)), TODAY).unwrap();
        for task in SubTask::ALL {
            p.apply(&Change::SetTask { task, done: true }, TODAY)
                .unwrap();
        }
        p.apply(
            &Change::SetNote {
                step: Step::Nir,
                note: Some("letter of 20/11".to_owned()),
            },
            TODAY,
        )
        .unwrap();
        let next = p.next_year(date(2027, 10, 1), date(2027, 9, 15)).unwrap();
        assert!(next.profile().already_registered);
        assert_eq!(next.profile().level, Some(Level::Secondary));
        assert_eq!(next.profile().contract_start, Some(date(2027, 10, 1)));
        assert_eq!(next.definitive_number(), Some(&number(NIR)));
        assert_eq!(next.record(Step::Nir).tasks, [SubTask::AmeliAccount]);
        assert_eq!(next.record(Step::Nir).note, None);
        assert_eq!(next.next(), Some(Step::Attestation));
        assert_eq!(next.check(), Ok(()));

        assert_eq!(
            p.next_year(date(2027, 8, 31), date(2027, 9, 15)),
            Err(TransitionError::SameSchoolYear { year: 2026 })
        );
    }

    #[test]
    fn a_provisional_looking_nir_and_a_nir_equal_to_the_nia_are_noted() {
        let mut p = requested();
        p.apply(&tick(Step::Nia, Some(NIA)), TODAY).unwrap();
        p.apply(&tick(Step::Nir, Some(NIA)), TODAY).unwrap();
        // The NIA typed again: one note, not "it can happen" beside "check it".
        assert_eq!(p.number_notes(Step::Nir), [NumberNote::LooksProvisional]);
        assert!(p.number_notes(Step::Nia).is_empty());
        let mut same = requested();
        same.apply(&tick(Step::Nia, Some(NIR)), TODAY).unwrap();
        same.apply(&tick(Step::Nir, Some(NIR)), TODAY).unwrap();
        assert_eq!(same.number_notes(Step::Nir), [NumberNote::SameAsNia]);
    }

    #[test]
    fn a_debug_print_of_the_progress_holds_no_full_number() {
        let mut p = requested();
        p.apply(&tick(Step::Nia, Some(NIA)), TODAY).unwrap();
        p.apply(&tick(Step::Nir, Some(NIR)), TODAY).unwrap();
        let debug = format!("{p:?} {p:#?}");
        for full in [number(NIA), number(NIR)] {
            assert!(!debug.contains(full.full()), "{debug}");
            assert!(!debug.contains(full.ameli_login()), "{debug}");
            assert!(!debug.contains(&full.revealed()), "{debug}");
        }
        assert!(debug.contains("2 95 10 •• ••• ••• 93"), "{debug}");
    }
}

#[cfg(test)]
mod proof_tests {
    use super::*;

    #[test]
    fn notes_are_set_trimmed_and_removed_when_blank() {
        let mut p = Progress::default();
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let note = |text: Option<&str>| Change::SetNote {
            step: Step::Nia,
            note: text.map(str::to_owned),
        };
        p.apply(&note(Some("called the CPAM on 12/11\nref 4567\n\n")), today)
            .unwrap();
        assert_eq!(
            p.record(Step::Nia).note.as_deref(),
            Some("called the CPAM on 12/11\nref 4567")
        );
        p.apply(&note(Some("  \n ")), today).unwrap();
        assert_eq!(p.record(Step::Nia).note, None);
    }

    #[test]
    fn sub_tasks_wait_for_the_definitive_number_and_the_account() {
        let mut p = Progress::default();
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let set = |task, done| Change::SetTask { task, done };
        p.tick(Step::Request, today, today).unwrap();
        p.tick(Step::Nia, today, today).unwrap();
        assert_eq!(
            p.apply(&set(SubTask::AmeliAccount, true), today),
            Err(TransitionError::TaskBeforeNumber {
                task: SubTask::AmeliAccount
            })
        );
        p.tick(Step::Nir, today, today).unwrap();
        assert_eq!(
            p.apply(&set(SubTask::AttestationDownloaded, true), today),
            Err(TransitionError::TaskBeforeAccount)
        );
        assert!(p.record(Step::Nir).tasks.is_empty());
        // Un-ticking is never refused; on the registered path the NIR is skipped, not open.
        p.apply(&set(SubTask::AmeliAccount, false), today).unwrap();
        let mut registered = Progress::default();
        registered
            .apply(
                &Change::EditProfile(ProfileEdit {
                    already_registered: Some(true),
                    ..ProfileEdit::default()
                }),
                today,
            )
            .unwrap();
        registered
            .apply(&set(SubTask::AmeliAccount, true), today)
            .unwrap();
    }

    #[test]
    fn sub_tasks_toggle_and_stay_sorted() {
        let mut p = Progress::default();
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let set = |task, done| Change::SetTask { task, done };
        for step in [Step::Request, Step::Nia, Step::Nir] {
            p.tick(step, today, today).unwrap();
        }
        p.apply(&set(SubTask::AmeliAccount, true), today).unwrap();
        p.apply(&set(SubTask::AttestationDownloaded, true), today)
            .unwrap();
        p.apply(&set(SubTask::AmeliAccount, true), today).unwrap();
        assert_eq!(p.record(Step::Nir).tasks, SubTask::ALL);
        p.apply(&set(SubTask::AmeliAccount, false), today).unwrap();
        assert!(!p.task_done(SubTask::AmeliAccount));
        assert!(p.task_done(SubTask::AttestationDownloaded));
        assert_eq!("ameli-account".parse(), Ok(SubTask::AmeliAccount));
    }
}
