//! When each step is due and why, how many days are left, when a step is late, and what
//! passed since the last visit.
//!
//! The sheet's months ("Début octobre", "avant le mois de décembre", "En décembre", "En
//! janvier") are written for a contract that starts in October. Each deadline is read as an
//! offset from the contract's first month, so that a contract starting in another month
//! gets the same shape and the deadlines always come in the order of the steps
//! (docs/design.md, "Deadlines").

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{Progress, Step, StepState};

/// Days between today and a due date, counted on whole local dates: 0 is due today,
/// negative is overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DaysLeft(pub i64);

/// How pressing a deadline is; it picks the colour and the symbol of a row.
/// Ordered from the most pressing, so that the smaller of two is the one to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    Overdue,
    /// Due within [`DaysLeft::SOON`] days, today included.
    Soon,
    Later,
}

impl DaysLeft {
    /// "Soon" is this many days or fewer.
    pub const SOON: i64 = 7;

    pub fn between(today: NaiveDate, due: NaiveDate) -> DaysLeft {
        DaysLeft((due - today).num_days())
    }

    pub fn urgency(self) -> Urgency {
        match self.0 {
            n if n < 0 => Urgency::Overdue,
            n if n <= Self::SOON => Urgency::Soon,
            _ => Urgency::Later,
        }
    }
}

/// The rule a due date comes from: what the words that explain it say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueRule {
    /// Two weeks after the contract starts: the request ("Début octobre"), and the
    /// attestation of those who already had a definitive number ("dès mon installation").
    TwoWeeksAfterStart { start: NaiveDate },
    /// The NIR: the last day of the contract's second month, so that the number is there
    /// before the third ("avant le mois de décembre").
    BeforeThirdMonth,
    /// The attestation: during the contract's third month ("En décembre").
    InThirdMonth,
    /// ENSAP: the month after the attestation was sent ("En janvier, si attestation
    /// transmise en décembre au gestionnaire").
    MonthAfterSent { sent: NaiveDate },
    /// ENSAP while the attestation is not sent: the month after the attestation's month.
    MonthAfterAttestation,
}

/// A step's due date and the rule it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub due: NaiveDate,
    pub rule: DueRule,
}

/// The CPAM usually sends the definitive number within this many months of the request: a
/// usual delay, not a deadline ("Dans les 3 mois suivant l'affiliation").
pub const USUAL_NIR_DELAY_MONTHS: u32 = 3;

/// After this many days without the NIA's letter, the assistant should ask.
pub const NIA_NUDGE_DAYS: i64 = 28;

/// The deadline of `step` by the rules, whatever its state. `None` for the NIA, which comes
/// with the CPAM's letter and has no date of its own.
pub(super) fn rule_deadline(progress: &Progress, step: Step, today: NaiveDate) -> Option<Deadline> {
    let profile = progress.profile();
    let start = profile.contract_start_or_default(today);
    let deadline = |due: Option<NaiveDate>, rule| due.map(|due| Deadline { due, rule });
    let two_weeks = || {
        deadline(
            start.checked_add_days(Days::new(14)),
            DueRule::TwoWeeksAfterStart { start },
        )
    };
    match step {
        Step::Request => two_weeks(),
        Step::Nia => None,
        Step::Nir => deadline(end_of_month(start, 1), DueRule::BeforeThirdMonth),
        Step::Attestation if profile.already_registered => two_weeks(),
        Step::Attestation => deadline(end_of_month(start, 2), DueRule::InThirdMonth),
        Step::Ensap => match progress.done_on(Step::Attestation) {
            Some(sent) => deadline(end_of_month(sent, 1), DueRule::MonthAfterSent { sent }),
            None => {
                let attestation = rule_deadline(progress, Step::Attestation, today)?.due;
                deadline(end_of_month(attestation, 1), DueRule::MonthAfterAttestation)
            }
        },
    }
}

/// The last day of the month `months` after the month of `date`.
pub fn end_of_month(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.with_day(1)?
        .checked_add_months(Months::new(months + 1))?
        .pred_opt()
}

/// The first day of the month after `date`'s: "before 1 December" for a date in November.
pub fn first_of_next_month(date: NaiveDate) -> Option<NaiveDate> {
    date.with_day(1)?.checked_add_months(Months::new(1))
}

/// Why a step needs the assistant to act now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Late {
    /// Its deadline has passed.
    Overdue(DaysLeft),
    /// The NIA has no deadline, but its letter has not come this long after the request.
    NoLetterYet { days: i64 },
}

/// What the top line says when the checklist is opened again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SinceLastVisit {
    pub days: i64,
    /// Deadlines of open steps that were not yet passed at the last visit and are now.
    pub deadlines_passed: usize,
    /// Steps the file says were done after that visit: ticked on another computer (a synced
    /// file) or from the command line.
    pub done_since: usize,
}

/// Compares today with the last visit; `None` on the first visit or the same day.
pub fn since_last_visit(
    progress: &Progress,
    last_visit: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<SinceLastVisit> {
    let last = last_visit?;
    let days = (today - last).num_days();
    if days <= 0 {
        return None;
    }
    let deadlines_passed = Step::ALL
        .into_iter()
        .filter(|&step| progress.state(step) == StepState::Open)
        .filter_map(|step| progress.due(step, today))
        .filter(|&due| last <= due && due < today)
        .count();
    let done_since = Step::ALL
        .into_iter()
        .filter_map(|step| progress.done_on(step))
        .filter(|&on| on > last)
        .count();
    Some(SinceLastVisit {
        days,
        deadlines_passed,
        done_since,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::{Change, Level, Profile, ProfileEdit};

    use crate::testing::date;

    const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();

    fn starting(start: Option<NaiveDate>) -> Progress {
        Progress::new(Profile {
            level: Some(Level::Secondary),
            contract_start: start,
            ..Profile::default()
        })
    }

    fn dues(p: &Progress, today: NaiveDate) -> [Option<NaiveDate>; 5] {
        Step::ALL.map(|step| p.due(step, today))
    }

    #[test]
    fn days_left_counts_whole_dates() {
        assert_eq!(DaysLeft::between(TODAY, TODAY), DaysLeft(0));
        assert_eq!(DaysLeft::between(TODAY, date(2026, 11, 25)), DaysLeft(-1));
        assert_eq!(DaysLeft::between(TODAY, date(2027, 1, 2)), DaysLeft(37));
        // Across the end of daylight saving time nothing changes: dates carry no time.
        assert_eq!(
            DaysLeft::between(date(2026, 10, 24), date(2026, 10, 26)),
            DaysLeft(2)
        );
    }

    #[test]
    fn urgency_thresholds() {
        assert_eq!(DaysLeft(-1).urgency(), Urgency::Overdue);
        assert_eq!(DaysLeft(0).urgency(), Urgency::Soon);
        assert_eq!(DaysLeft(7).urgency(), Urgency::Soon);
        assert_eq!(DaysLeft(8).urgency(), Urgency::Later);
    }

    #[test]
    fn the_default_start_gives_the_sheet_s_months() {
        let p = starting(None);
        assert_eq!(
            dues(&p, TODAY),
            [
                Some(date(2026, 10, 15)),
                None,
                Some(date(2026, 11, 30)),
                Some(date(2026, 12, 31)),
                Some(date(2027, 1, 31)),
            ]
        );
        assert_eq!(
            p.deadline(Step::Nir, TODAY).map(|d| d.rule),
            Some(DueRule::BeforeThirdMonth)
        );
    }

    #[test]
    fn a_november_start_moves_every_month_by_one() {
        let p = starting(Some(date(2026, 11, 3)));
        assert_eq!(
            dues(&p, TODAY),
            [
                Some(date(2026, 11, 17)),
                None,
                Some(date(2026, 12, 31)),
                Some(date(2027, 1, 31)),
                Some(date(2027, 2, 28)),
            ]
        );
    }

    #[test]
    fn a_january_start_lands_in_its_own_school_year() {
        let p = starting(Some(date(2027, 1, 31)));
        assert_eq!(
            dues(&p, TODAY),
            [
                Some(date(2027, 2, 14)),
                None,
                Some(date(2027, 2, 28)),
                Some(date(2027, 3, 31)),
                Some(date(2027, 4, 30)),
            ]
        );
    }

    #[test]
    fn the_default_start_before_august_is_last_year() {
        let p = starting(None);
        let july = date(2027, 7, 1);
        assert_eq!(p.due(Step::Request, july), Some(date(2026, 10, 15)));
        let august = date(2027, 8, 1);
        assert_eq!(p.due(Step::Request, august), Some(date(2027, 10, 15)));
    }

    #[test]
    fn the_nir_s_date_does_not_move_with_the_request() {
        let mut p = starting(None);
        p.tick(Step::Request, date(2026, 10, 29), TODAY).unwrap();
        assert_eq!(p.due(Step::Nir, TODAY), Some(date(2026, 11, 30)));
        // The CPAM's usual delay does, and it is only a delay.
        assert_eq!(p.usual_nir_arrival(), Some(date(2027, 1, 29)));
        assert_eq!(starting(None).usual_nir_arrival(), None);
    }

    #[test]
    fn ensap_follows_the_month_the_attestation_was_sent() {
        let mut p = starting(None);
        for (step, on) in [
            (Step::Request, date(2026, 10, 2)),
            (Step::Nia, date(2026, 10, 20)),
            (Step::Nir, date(2026, 11, 10)),
            (Step::Attestation, date(2026, 11, 12)),
        ] {
            p.tick(step, on, TODAY).unwrap();
        }
        let ensap = p.deadline(Step::Ensap, TODAY).unwrap();
        assert_eq!(ensap.due, date(2026, 12, 31));
        assert_eq!(
            ensap.rule,
            DueRule::MonthAfterSent {
                sent: date(2026, 11, 12)
            }
        );
        p.untick(Step::Attestation).unwrap();
        let january = date(2027, 1, 31);
        p.tick(Step::Attestation, date(2027, 1, 5), january)
            .unwrap();
        assert_eq!(p.due(Step::Ensap, january), Some(date(2027, 2, 28)));
        assert_eq!(end_of_month(date(2026, 12, 31), 1), Some(january));
        assert_eq!(
            first_of_next_month(date(2026, 11, 30)),
            Some(date(2026, 12, 1))
        );
    }

    #[test]
    fn the_already_registered_send_their_attestation_on_arrival() {
        let mut p = starting(None);
        p.apply(
            &Change::EditProfile(ProfileEdit {
                already_registered: Some(true),
                ..ProfileEdit::default()
            }),
            TODAY,
        )
        .unwrap();
        assert_eq!(
            dues(&p, TODAY),
            [
                None,
                None,
                None,
                Some(date(2026, 10, 15)),
                Some(date(2026, 11, 30)),
            ]
        );
    }

    #[test]
    fn since_the_last_visit_counts_the_steps_the_file_says_were_done_after_it() {
        let mut p = starting(None);
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        p.tick(Step::Nia, date(2026, 11, 20), TODAY).unwrap();
        // Seen on this computer on 10 November; the NIA was ticked elsewhere on the 20th.
        let since = since_last_visit(&p, Some(date(2026, 11, 10)), TODAY).unwrap();
        assert_eq!(since.done_since, 1);
        assert_eq!(since.days, 16);
    }

    #[test]
    fn the_nia_is_late_four_weeks_after_the_request() {
        let mut p = starting(None);
        assert_eq!(p.late(Step::Nia, TODAY), None);
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        assert_eq!(p.late(Step::Nia, date(2026, 10, 29)), None);
        assert_eq!(
            p.late(Step::Nia, date(2026, 10, 30)),
            Some(Late::NoLetterYet { days: 28 })
        );
        assert_eq!(
            p.late(Step::Request, TODAY),
            None,
            "a done step is never late"
        );
        assert_eq!(
            p.late(Step::Nir, date(2026, 12, 1)),
            Some(Late::Overdue(DaysLeft(-1)))
        );
        assert_eq!(p.late(Step::Nir, date(2026, 11, 30)), None);
    }

    #[test]
    fn since_last_visit_counts_newly_passed_deadlines() {
        let p = starting(None);
        // Request due 15/10, NIR 30/11, attestation 31/12.
        assert_eq!(since_last_visit(&p, None, TODAY), None);
        assert_eq!(since_last_visit(&p, Some(TODAY), TODAY), None);
        assert_eq!(
            since_last_visit(&p, Some(date(2026, 10, 10)), date(2026, 10, 22)),
            Some(SinceLastVisit {
                days: 12,
                deadlines_passed: 1,
                done_since: 0,
            })
        );
        // Already overdue at the last visit: not news.
        assert_eq!(
            since_last_visit(&p, Some(date(2026, 10, 20)), TODAY),
            Some(SinceLastVisit {
                days: 37,
                deadlines_passed: 0,
                done_since: 0,
            })
        );
        // Due on the day of the last visit, overdue now.
        assert_eq!(
            since_last_visit(&p, Some(date(2026, 10, 15)), date(2026, 10, 16))
                .map(|s| s.deadlines_passed),
            Some(1)
        );
        // Due today is not passed yet.
        assert_eq!(
            since_last_visit(&p, Some(date(2026, 10, 1)), date(2026, 10, 15))
                .map(|s| s.deadlines_passed),
            Some(0)
        );
        assert_eq!(
            since_last_visit(&p, Some(date(2026, 10, 1)), date(2027, 1, 5))
                .map(|s| s.deadlines_passed),
            Some(3)
        );
    }

    #[test]
    fn done_steps_do_not_count_as_passed() {
        let mut p = starting(None);
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        assert_eq!(
            since_last_visit(&p, Some(date(2026, 10, 10)), date(2026, 10, 22))
                .map(|s| s.deadlines_passed),
            Some(0)
        );
    }
}
