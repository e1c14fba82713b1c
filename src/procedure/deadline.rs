//! When each step is due, how many days are left, and what passed since the last visit.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{Progress, Step, StepState};

/// Days between today and a due date, counted on whole local dates: 0 is due today,
/// negative is overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DaysLeft(pub i64);

/// How pressing a deadline is; it picks the colour and the symbol of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// The due date of `step` by the rules of design.md, whatever its state. `None` for the NIA,
/// which comes with the CPAM's letter and has no date of its own.
pub(super) fn rule_due(progress: &Progress, step: Step, today: NaiveDate) -> Option<NaiveDate> {
    let profile = progress.profile();
    let start = profile.contract_start_or_default(today);
    let two_weeks_after_start = start.checked_add_days(Days::new(14));
    match step {
        // "Début octobre".
        Step::Request => two_weeks_after_start,
        Step::Nia => None,
        // "Dans les 3 mois suivant l'affiliation", counted from the request once it is made.
        Step::Nir => progress
            .done_on(Step::Request)
            .unwrap_or(start)
            .checked_add_months(Months::new(3)),
        // "Dès mon installation" for those who already have a number, else "En décembre".
        Step::Attestation if profile.already_registered => two_weeks_after_start,
        Step::Attestation => NaiveDate::from_ymd_opt(start.year(), 12, 31),
        // The gestionnaire updates the file in the month after the attestation arrives.
        Step::Ensap => match progress.done_on(Step::Attestation) {
            Some(sent) => last_day_of_next_month(sent),
            None => NaiveDate::from_ymd_opt(start.year() + 1, 1, 31),
        },
    }
}

fn last_day_of_next_month(date: NaiveDate) -> Option<NaiveDate> {
    date.with_day(1)?
        .checked_add_months(Months::new(2))?
        .pred_opt()
}

/// What the top line says when the checklist is opened again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SinceLastVisit {
    pub days: i64,
    /// Deadlines of open steps that were not yet passed at the last visit and are now.
    pub deadlines_passed: usize,
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
    Some(SinceLastVisit {
        days,
        deadlines_passed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::{Level, Profile};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();

    fn secondary() -> Progress {
        Progress::new(Profile {
            level: Some(Level::Secondary),
            ..Profile::default()
        })
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
    fn default_deadlines_of_a_fresh_checklist() {
        let p = secondary();
        assert_eq!(p.due(Step::Request, TODAY), Some(date(2026, 10, 15)));
        assert_eq!(p.due(Step::Nia, TODAY), None);
        assert_eq!(p.due(Step::Nir, TODAY), Some(date(2027, 1, 1)));
        assert_eq!(p.due(Step::Attestation, TODAY), Some(date(2026, 12, 31)));
        assert_eq!(p.due(Step::Ensap, TODAY), Some(date(2027, 1, 31)));
    }

    #[test]
    fn deadlines_follow_the_saved_contract_start() {
        let p = Progress::new(Profile {
            level: Some(Level::Secondary),
            contract_start: Some(date(2025, 10, 1)),
            ..Profile::default()
        });
        assert_eq!(p.due(Step::Request, TODAY), Some(date(2025, 10, 15)));
        assert_eq!(p.due(Step::Attestation, TODAY), Some(date(2025, 12, 31)));
        assert_eq!(p.due(Step::Ensap, TODAY), Some(date(2026, 1, 31)));
    }

    #[test]
    fn default_start_before_august_is_last_year() {
        let p = secondary();
        let july = date(2027, 7, 1);
        assert_eq!(p.due(Step::Request, july), Some(date(2026, 10, 15)));
        let august = date(2027, 8, 1);
        assert_eq!(p.due(Step::Request, august), Some(date(2027, 10, 15)));
    }

    #[test]
    fn nir_follows_the_actual_request_date() {
        let mut p = secondary();
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        assert_eq!(p.due(Step::Nir, TODAY), Some(date(2027, 1, 2)));
        // A request on 30 November: three months later is the end of February.
        let mut late = secondary();
        late.tick(Step::Request, date(2026, 11, 30), date(2026, 12, 1))
            .unwrap();
        assert_eq!(late.due(Step::Nir, TODAY), Some(date(2027, 2, 28)));
    }

    #[test]
    fn ensap_follows_the_month_of_the_attestation() {
        let mut p = secondary();
        for (step, on) in [
            (Step::Request, date(2026, 10, 2)),
            (Step::Nia, date(2026, 10, 20)),
            (Step::Nir, date(2026, 11, 10)),
            (Step::Attestation, date(2026, 11, 12)),
        ] {
            p.tick(step, on, TODAY).unwrap();
        }
        assert_eq!(p.due(Step::Ensap, TODAY), Some(date(2026, 12, 31)));
        p.untick(Step::Attestation).unwrap();
        p.tick(Step::Attestation, date(2026, 11, 26), TODAY)
            .unwrap();
        assert_eq!(p.due(Step::Ensap, TODAY), Some(date(2026, 12, 31)));
        p.untick(Step::Attestation).unwrap();
        let january = date(2027, 1, 31);
        p.tick(Step::Attestation, date(2027, 1, 5), january)
            .unwrap();
        assert_eq!(p.due(Step::Ensap, january), Some(date(2027, 2, 28)));
        assert_eq!(last_day_of_next_month(date(2026, 12, 31)), Some(january));
    }

    #[test]
    fn already_registered_attestation_is_due_on_arrival() {
        let mut p = secondary();
        let mut profile = p.profile().clone();
        profile.already_registered = true;
        p.set_profile(profile).unwrap();
        assert_eq!(p.due(Step::Attestation, TODAY), Some(date(2026, 10, 15)));
        // Skipped steps have no deadline left to meet.
        assert_eq!(p.due(Step::Request, TODAY), None);
        assert_eq!(p.due(Step::Nir, TODAY), None);
        assert_eq!(p.due(Step::Ensap, TODAY), Some(date(2027, 1, 31)));
    }

    #[test]
    fn since_last_visit_counts_newly_passed_deadlines() {
        let p = secondary();
        // Request due 15/10, attestation 31/12, NIR 01/01.
        assert_eq!(since_last_visit(&p, None, TODAY), None);
        assert_eq!(since_last_visit(&p, Some(TODAY), TODAY), None);
        assert_eq!(
            since_last_visit(&p, Some(date(2026, 10, 10)), date(2026, 10, 22)),
            Some(SinceLastVisit {
                days: 12,
                deadlines_passed: 1
            })
        );
        // Already overdue at the last visit: not news.
        assert_eq!(
            since_last_visit(&p, Some(date(2026, 10, 20)), TODAY),
            Some(SinceLastVisit {
                days: 37,
                deadlines_passed: 0
            })
        );
        // Due on the day of the last visit, overdue now.
        assert_eq!(
            since_last_visit(&p, Some(date(2026, 10, 15)), date(2026, 10, 16))
                .map(|s| s.deadlines_passed),
            Some(1)
        );
        assert_eq!(
            since_last_visit(&p, Some(date(2026, 10, 1)), date(2027, 1, 5))
                .map(|s| s.deadlines_passed),
            Some(3)
        );
    }

    #[test]
    fn done_steps_do_not_count_as_passed() {
        let mut p = secondary();
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        assert_eq!(
            since_last_visit(&p, Some(date(2026, 10, 10)), date(2026, 10, 22))
                .map(|s| s.deadlines_passed),
            Some(0)
        );
    }
}
