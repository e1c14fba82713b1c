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
/// A deadline already passed gets its event today, named as overdue, with a reminder in the
/// morning: a calendar of past dates would never ring.
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
        let overdue = due < today;
        let (summary, day, alarm) = if overdue {
            let title = texts.overdue_since(texts.step_title(step), &texts.date(due));
            (format!("secu: {title}"), today, Duration::hours(9))
        } else {
            let title = texts.step_title(step);
            (format!("secu: {title}"), due, -Duration::days(3))
        };
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
            .starts(day)
            .ends(day.succ_opt().unwrap_or(day))
            .alarm(Alarm::display(&summary, alarm))
            .done();
        calendar.push(event);
    }
    conform(&calendar.done().to_string())
}

/// The longest a content line may be, in octets, CRLF left out (RFC 5545, 3.1).
const LINE_OCTETS: usize = 75;

/// The calendar as RFC 5545 wants it, where icalendar writes it otherwise:
/// - its folding lets the last piece of a long line reach 76 octets (and measures in
///   characters what is counted in bytes): lines are unfolded and folded again here, at 75
///   octets, never inside a character;
/// - it gives every component a DTSTAMP and a random UID when it has none, alarms included:
///   DTSTAMP is not a VALARM property, and a random UID makes every export differ from the
///   last, so both are left out of alarms (an alarm belongs to its event, whose UID is
///   stable).
fn conform(calendar: &str) -> String {
    let unfolded = calendar.replace("\r\n ", "");
    let mut out = String::with_capacity(calendar.len() + calendar.len() / LINE_OCTETS * 3);
    let mut in_alarm = false;
    for line in unfolded.split_terminator("\r\n") {
        match line {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            _ if in_alarm && (line.starts_with("DTSTAMP:") || line.starts_with("UID:")) => {
                continue;
            }
            _ => {}
        }
        fold(line, &mut out);
    }
    out
}

/// Writes one content line, folded at [`LINE_OCTETS`] on character boundaries: each
/// continuation starts with a space, which counts.
fn fold(line: &str, out: &mut String) {
    let mut rest = line;
    let mut room = LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::procedure::{Level, Profile};
    use icalendar::{CalendarComponent, DatePerhapsTime};
    use std::str::FromStr;

    use crate::testing::date;

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
    fn a_passed_deadline_rings_today_named_as_overdue() {
        let december = date(2026, 12, 5);
        let text = calendar(Lang::En.texts(), &progress(), december, Utc::now());
        let events = events(&text);
        assert_eq!(
            events[0].get_summary(),
            Some("secu: Definitive number (NIR) — overdue since 30 November 2026")
        );
        assert_eq!(events[0].get_start(), Some(DatePerhapsTime::Date(december)));
        assert_eq!(
            events[1].get_start(),
            Some(DatePerhapsTime::Date(date(2026, 12, 31)))
        );
        // At 9 in the morning of the day, once; three days before for the others.
        assert_eq!(text.matches("TRIGGER:PT32400S").count(), 1, "{text}");
        assert_eq!(text.matches("TRIGGER:-PT259200S").count(), 2, "{text}");
    }

    /// Every line within 75 octets, whatever the language and the text, and each folded line
    /// unfolds to what it was; alarms carry neither DTSTAMP nor a UID of their own.
    #[test]
    fn lines_are_folded_at_75_octets_and_alarms_are_plain() {
        let mut p = progress();
        p.apply(
            &crate::procedure::Change::EditProfile(crate::procedure::ProfileEdit {
                name: Some(Some("Jürgen Müller-Lüdenscheidt 李小龍".to_owned())),
                ..Default::default()
            }),
            TODAY,
        )
        .unwrap();
        // The review's case: German, already registered, a November start.
        let registered = Progress::new(Profile {
            level: Some(Level::Primary),
            department: Some(crate::procedure::Department::ALL[2]),
            contract_start: Some(date(2026, 11, 1)),
            already_registered: true,
            ..Profile::default()
        });
        for (lang, p) in Lang::ALL
            .iter()
            .map(|&l| (l, &p))
            .chain([(Lang::De, &registered)])
        {
            let text = calendar(lang.texts(), p, TODAY, Utc::now());
            for line in text.split("\r\n") {
                assert!(line.len() <= LINE_OCTETS, "{} octets: {line}", line.len());
            }
            assert!(!text.contains("\n\n"));
            let alarms: Vec<&str> = text.split("BEGIN:VALARM").skip(1).collect();
            assert_eq!(alarms.len(), open_deadlines(p, TODAY).len());
            for alarm in &alarms {
                let alarm = &alarm[..alarm.find("END:VALARM").unwrap()];
                assert!(
                    !alarm.contains("DTSTAMP") && !alarm.contains("UID"),
                    "{alarm}"
                );
            }
            assert_eq!(events(&text).len(), alarms.len(), "{lang:?}");
        }
    }

    /// A line of 150 octets as icalendar folds it: the second piece, with its space, is 76.
    #[test]
    fn a_line_icalendar_folds_too_long_is_folded_again() {
        let line = format!("DESCRIPTION:x{}", "ü".repeat(68));
        assert_eq!(line.len(), 149);
        let line = format!("{line}y");
        let crates = format!("{}\r\n {}\r\n", &line[..75], &line[75..]);
        assert_eq!(crates.split("\r\n").map(str::len).max(), Some(76));
        let conformed = conform(&crates);
        assert!(
            conformed
                .split("\r\n")
                .all(|piece| piece.len() <= LINE_OCTETS)
        );
        assert_eq!(conformed.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    /// A line of exactly 75 octets, or of 75 and then 74, is folded no further.
    #[test]
    fn a_line_that_fits_is_not_folded() {
        for length in [75, 75 + 74] {
            let mut out = String::new();
            fold(&"x".repeat(length), &mut out);
            assert_eq!(
                out.matches("\r\n").count(),
                1 + usize::from(length > 75),
                "{out:?}"
            );
        }
    }

    proptest::proptest! {
        /// Folding never cuts a character, never passes 75 octets, and unfolds back.
        #[test]
        fn folding_keeps_the_text_and_the_limit(line in "[a-zé€😀ü ]{0,300}") {
            let mut out = String::new();
            fold(&line, &mut out);
            for piece in out.split("\r\n") {
                proptest::prop_assert!(piece.len() <= LINE_OCTETS);
            }
            // A line folds only when it must: no continuation is a lone space.
            proptest::prop_assert!(!out.contains("\r\n \r\n"), "{out:?}");
            let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
            proptest::prop_assert_eq!(unfolded, line);
        }
    }

    /// Two exports of the same progress differ only by their DTSTAMP: a calendar that imports
    /// the file again sees no change.
    #[test]
    fn two_exports_differ_only_by_their_stamp() {
        let strip = |text: String| -> Vec<String> {
            text.lines()
                .filter(|line| !line.starts_with("DTSTAMP"))
                .map(str::to_owned)
                .collect()
        };
        let first = calendar(Lang::De.texts(), &progress(), TODAY, Utc::now());
        let later = Utc::now() + Duration::seconds(90);
        let second = calendar(Lang::De.texts(), &progress(), TODAY, later);
        assert_eq!(strip(first), strip(second));
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
