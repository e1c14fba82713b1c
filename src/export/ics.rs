//! The open deadlines as an iCalendar file (RFC 5545), to import into the calendar the
//! assistant already uses.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike};

use crate::i18n::Texts;
use crate::procedure::{Progress, Step, StepState, links};

/// The open steps that have a deadline, with it: what the calendar holds.
pub fn open_deadlines(progress: &Progress, today: NaiveDate) -> Vec<(Step, NaiveDate)> {
    Step::ALL
        .into_iter()
        .filter(|&step| progress.state(step) == StepState::Open)
        .filter_map(|step| progress.due(step, today).map(|due| (step, due)))
        .collect()
}

/// One all-day event per open step with a deadline, each with a reminder three days before.
///
/// UIDs are stable — the step and the contract's start — so that importing the file again
/// updates the events instead of adding copies. `now` stamps the events (DTSTAMP).
pub fn calendar(
    texts: &dyn Texts,
    progress: &Progress,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> String {
    let start = progress.profile().contract_start_or_default(today);
    let mut calendar = Calendar::new();
    calendar.name(&format!("secu — {}", texts.app_title()));
    for (step, due) in open_deadlines(progress, today) {
        let profile = progress.profile();
        let link = links(step).first().map_or("", |site| site.address());
        let description = format!(
            "{}\n\n{}\n\n{}",
            texts.step_todo(step, profile),
            texts.deadline_rule(step, progress.deadline(step, today).as_ref()),
            link
        );
        let summary = format!("secu: {}", texts.step_title(step));
        let event = Event::new()
            .uid(&format!(
                "secu-{}-{}@secu.invalid",
                step.id(),
                start.format("%Y%m%d")
            ))
            .timestamp(now)
            .summary(&summary)
            .description(&description)
            .url(link)
            .starts(due)
            .ends(due.succ_opt().unwrap_or(due))
            .alarm(Alarm::display(&summary, -Duration::days(3)))
            .done();
        calendar.push(event);
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::procedure::{Level, Profile};
    use icalendar::{CalendarComponent, DatePerhapsTime};
    use std::str::FromStr;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();

    fn progress() -> Progress {
        let mut p = Progress::new(Profile {
            level: Some(Level::Secondary),
            contract_start: Some(date(2026, 10, 1)),
            ..Profile::default()
        });
        p.tick(Step::Request, date(2026, 10, 2), TODAY).unwrap();
        p.tick(Step::Nia, date(2026, 10, 20), TODAY).unwrap();
        p
    }

    fn events(text: &str) -> Vec<Event> {
        Calendar::from_str(text)
            .unwrap()
            .components
            .into_iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn open_deadlines_parse_back_with_their_dates_and_reminders() {
        let now = Utc::now();
        let text = calendar(Lang::En.texts(), &progress(), TODAY, now);
        let events = events(&text);
        let found: Vec<(String, Option<DatePerhapsTime>)> = events
            .iter()
            .map(|e| {
                (
                    e.get_summary().unwrap_or_default().to_owned(),
                    e.get_start(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "secu: Definitive number (NIR)".to_owned(),
                    Some(DatePerhapsTime::Date(date(2026, 11, 30)))
                ),
                (
                    "secu: Attestation sent".to_owned(),
                    Some(DatePerhapsTime::Date(date(2026, 12, 31)))
                ),
                (
                    "secu: ENSAP account".to_owned(),
                    Some(DatePerhapsTime::Date(date(2027, 1, 31)))
                ),
            ]
        );
        assert_eq!(
            events[0].get_end(),
            Some(DatePerhapsTime::Date(date(2026, 12, 1)))
        );
        assert!(
            events[0]
                .get_description()
                .unwrap_or_default()
                .contains("ameli.fr")
        );
        assert_eq!(text.matches("BEGIN:VALARM").count(), 3);
        // Three days before the start: 3 × 86 400 s.
        assert_eq!(text.matches("TRIGGER:-PT259200S").count(), 3, "{text}");
        assert_eq!(text.matches("ACTION:DISPLAY").count(), 3, "{text}");
    }

    #[test]
    fn uids_are_stable_across_exports() {
        let a = calendar(Lang::En.texts(), &progress(), TODAY, Utc::now());
        let b = calendar(Lang::Fr.texts(), &progress(), date(2026, 12, 1), Utc::now());
        let uids = |text: &str| -> Vec<String> {
            events(text)
                .iter()
                .map(|e| e.get_uid().unwrap_or_default().to_owned())
                .collect()
        };
        assert_eq!(uids(&a), uids(&b));
        assert_eq!(uids(&a)[0], "secu-nir-20261001@secu.invalid");
    }
}
