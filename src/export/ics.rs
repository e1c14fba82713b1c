//! The open deadlines as an iCalendar file (RFC 5545), to import into the calendar the
//! assistant already uses.

use std::hash::{BuildHasher, DefaultHasher, Hash, Hasher, RandomState};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, EventStatus};
use serde::{Deserialize, Serialize};

use crate::i18n::Texts;
use crate::procedure::{Progress, Step, StepState, links};

/// What the progress file keeps of the calendars it exported, so that the next export
/// updates what a calendar app imported instead of adding copies beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarRecord {
    /// Random, made at the first export: the events' UIDs are built from it alone, so that
    /// nothing corrected later — the contract's start included — changes them.
    pub id: String,
    /// The SEQUENCE of the last export's events. It rises whenever they change, and only
    /// then, so that a calendar app takes the new version over the one it holds.
    pub sequence: u32,
    /// A digest of the last export's events, their stamps, UIDs and sequence left out.
    pub digest: String,
    /// The steps exported while open, whose events a calendar app may hold: once done, they
    /// are exported cancelled, so that their reminders go.
    #[serde(default)]
    pub steps: Vec<Step>,
}

impl CalendarRecord {
    /// An id fit for a UID: the file is not trusted to hold one.
    fn has_valid_id(&self) -> bool {
        (1..=64).contains(&self.id.len())
            && self
                .id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    }
}

/// Sixty-four random bits, from the randomness the standard library seeds its hash maps
/// with: each `RandomState` differs from the last, and a crate for eight bytes would not pay.
fn fresh_id() -> String {
    format!("{:016x}", RandomState::new().hash_one(0u8))
}

/// The open steps that have a deadline, with it: what the calendar reminds of.
pub fn open_deadlines(progress: &Progress, today: NaiveDate) -> Vec<(Step, NaiveDate)> {
    Step::ALL
        .into_iter()
        .filter(|&step| progress.state(step) == StepState::Open)
        .filter_map(|step| progress.due(step, today).map(|due| (step, due)))
        .collect()
}

/// The done steps among those an earlier export held as open (`exported`), with their
/// deadlines: a calendar app that imported them keeps them, so they are exported again,
/// cancelled.
pub fn done_deadlines(
    progress: &Progress,
    today: NaiveDate,
    exported: &[Step],
) -> Vec<(Step, NaiveDate)> {
    Step::ALL
        .into_iter()
        .filter(|step| exported.contains(step) && progress.done_on(*step).is_some())
        .filter_map(|step| progress.due(step, today).map(|due| (step, due)))
        .collect()
}

/// The record of an export of `progress` today, after the one `previous` records: the same
/// id (a new one the first time, or when the file's is not fit for a UID), and a sequence
/// one higher when the events differ from the last export's.
pub fn next_record(
    texts: &dyn Texts,
    progress: &Progress,
    today: NaiveDate,
    previous: Option<&CalendarRecord>,
) -> CalendarRecord {
    let file = previous;
    let previous = previous.filter(|previous| previous.has_valid_id());
    // A new id makes new events: those exported under the old one are not this calendar's.
    let mut steps = previous.map_or_else(Vec::new, |previous| previous.steps.clone());
    steps.extend(
        open_deadlines(progress, today)
            .into_iter()
            .map(|(step, _)| step),
    );
    steps.sort();
    steps.dedup();
    let unnamed = CalendarRecord {
        id: String::new(),
        sequence: 0,
        digest: String::new(),
        steps,
    };
    let text = calendar(texts, progress, today, DateTime::UNIX_EPOCH, &unnamed);
    // Only compared with the last digest: a toolchain that hashes otherwise costs one extra
    // rise of the sequence, never a lost update.
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    let digest = format!("{:016x}", hasher.finish());
    let steps = unnamed.steps;
    match (previous, file) {
        (Some(previous), _) => CalendarRecord {
            id: previous.id.clone(),
            sequence: if previous.digest == digest {
                previous.sequence
            } else {
                previous.sequence.saturating_add(1)
            },
            digest,
            steps,
        },
        // Never below what the file held, even under a new id.
        (None, file) => CalendarRecord {
            id: fresh_id(),
            sequence: file.map_or(0, |file| file.sequence.saturating_add(1)),
            digest,
            steps,
        },
    }
}

/// One all-day event per open step with a deadline, each with a reminder three days before.
/// A deadline already passed gets its event today, named as overdue, with a reminder in the
/// morning: a calendar of past dates would never ring. The done steps a calendar may hold
/// (exported while open, as `record` says) are in it too, cancelled and silent.
///
/// UIDs come from `record`'s id and the step, so that importing the file again updates the
/// events instead of adding copies; its sequence tells which version is newer. `now` stamps
/// the events (DTSTAMP).
pub fn calendar(
    texts: &dyn Texts,
    progress: &Progress,
    today: NaiveDate,
    now: DateTime<Utc>,
    record: &CalendarRecord,
) -> String {
    let mut calendar = Calendar::new();
    calendar.name(&format!("secu — {}", texts.app_title()));
    for event in events(texts, progress, today, now, record) {
        calendar.push(event);
    }
    conform(&calendar.done().to_string())
}

/// The events of [`calendar`], in step order.
fn events(
    texts: &dyn Texts,
    progress: &Progress,
    today: NaiveDate,
    now: DateTime<Utc>,
    record: &CalendarRecord,
) -> Vec<Event> {
    let open = open_deadlines(progress, today);
    let done = done_deadlines(progress, today, &record.steps);
    let mut dated: Vec<(Step, NaiveDate)> = open.into_iter().chain(done).collect();
    dated.sort_by_key(|&(step, _)| step);
    let profile = progress.profile();
    dated
        .into_iter()
        .map(|(step, due)| {
            let link = links(step).first().map_or("", |site| site.address());
            let description = format!(
                "{}\n\n{}\n\n{}",
                texts.step_todo(step, profile),
                texts.deadline_rule(step, progress.deadline(step, today).as_ref()),
                link
            );
            let mut event = Event::new();
            event
                .uid(&format!("secu-{}-{}@secu.invalid", step.id(), record.id))
                .timestamp(now)
                .sequence(record.sequence)
                .description(&description)
                .url(link);
            let title = texts.step_title(step);
            if let Some(on) = progress.done_on(step) {
                let summary = format!("secu: {title} — {}", texts.done_on(&texts.date(on)));
                event
                    .summary(&summary)
                    .status(EventStatus::Cancelled)
                    .starts(due)
                    .ends(due.succ_opt().unwrap_or(due));
            } else {
                let (summary, day, alarm) = if due < today {
                    let title = texts.overdue_since(title, &texts.date(due));
                    (format!("secu: {title}"), today, Duration::hours(9))
                } else {
                    (format!("secu: {title}"), due, -Duration::days(3))
                };
                event
                    .summary(&summary)
                    .status(EventStatus::Confirmed)
                    .starts(day)
                    .ends(day.succ_opt().unwrap_or(day))
                    .alarm(Alarm::display(&summary, alarm));
            }
            event.done()
        })
        .collect()
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

    /// A calendar exported before: its id and sequence.
    const RECORD: CalendarRecord = CalendarRecord {
        id: String::new(),
        sequence: 0,
        digest: String::new(),
        steps: Vec::new(),
    };

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
        let text = calendar(Lang::En.texts(), &progress(), TODAY, now, &RECORD);
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
        let text = calendar(Lang::En.texts(), &progress(), december, Utc::now(), &RECORD);
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
            let text = calendar(lang.texts(), p, TODAY, Utc::now(), &RECORD);
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
        let first = calendar(Lang::De.texts(), &progress(), TODAY, Utc::now(), &RECORD);
        let later = Utc::now() + Duration::seconds(90);
        let second = calendar(Lang::De.texts(), &progress(), TODAY, later, &RECORD);
        assert_eq!(strip(first), strip(second));
    }

    fn uids(text: &str) -> Vec<String> {
        events(text)
            .iter()
            .map(|e| e.get_uid().unwrap_or_default().to_owned())
            .collect()
    }

    /// An export as the edge makes one: the record follows the file's, which it replaces.
    fn export(
        p: &Progress,
        today: NaiveDate,
        file: &mut Option<CalendarRecord>,
    ) -> (String, CalendarRecord) {
        let texts = Lang::En.texts();
        let record = next_record(texts, p, today, file.as_ref());
        let text = calendar(texts, p, today, Utc::now(), &record);
        *file = Some(record.clone());
        (text, record)
    }

    /// UIDs come from the file's calendar id and the step alone: a corrected contract start
    /// or another day gives the same ones.
    #[test]
    fn uids_follow_the_file_not_the_dates() {
        let mut file = None;
        let (first, record) = export(&progress(), TODAY, &mut file);
        assert_eq!(record.id.len(), 16);
        assert_eq!(
            uids(&first)[0],
            format!("secu-nir-{}@secu.invalid", record.id)
        );
        let mut moved = progress();
        moved
            .apply(
                &crate::procedure::Change::EditProfile(crate::procedure::ProfileEdit {
                    contract_start: Some(date(2026, 10, 2)),
                    ..Default::default()
                }),
                TODAY,
            )
            .unwrap();
        let (second, _) = export(&moved, date(2026, 11, 28), &mut file);
        assert_eq!(uids(&first), uids(&second));
        // Another file, another calendar: two assistants' events never replace each other.
        let (other, _) = export(&progress(), TODAY, &mut None);
        assert_ne!(uids(&first), uids(&other));
    }

    /// The sequence stays while the events do, and rises by one when they change.
    #[test]
    fn the_sequence_rises_when_the_events_change() {
        let mut file = None;
        let (_, first) = export(&progress(), TODAY, &mut file);
        assert_eq!(first.sequence, 0);
        let (_, again) = export(&progress(), TODAY, &mut file);
        assert_eq!(again, first);
        let mut ticked = progress();
        ticked.tick(Step::Nir, date(2026, 11, 20), TODAY).unwrap();
        let (text, after) = export(&ticked, TODAY, &mut file);
        assert_eq!((after.id.as_str(), after.sequence), (first.id.as_str(), 1));
        assert_eq!(text.matches("SEQUENCE:1\r\n").count(), 3, "{text}");
        assert_eq!(after.steps, [Step::Nir, Step::Attestation, Step::Ensap]);
    }

    /// After a first export, a step ticked since is in the next one, cancelled and silent,
    /// under the UID it had; once all is done, every event is cancelled.
    #[test]
    fn a_done_step_is_cancelled_without_its_reminder() {
        let mut file = None;
        let (before, _) = export(&progress(), TODAY, &mut file);
        let mut ticked = progress();
        ticked.tick(Step::Nir, date(2026, 11, 20), TODAY).unwrap();
        let (after, _) = export(&ticked, TODAY, &mut file);
        let nir = |text: &str| {
            events(text)
                .into_iter()
                .find(|e| e.get_uid().is_some_and(|uid| uid.starts_with("secu-nir-")))
                .unwrap()
        };
        assert_eq!(nir(&before).get_status(), Some(EventStatus::Confirmed));
        let done = nir(&after);
        assert_eq!(done.get_status(), Some(EventStatus::Cancelled));
        assert_eq!(done.get_uid(), nir(&before).get_uid());
        assert_eq!(
            done.get_summary(),
            Some("secu: Definitive number (NIR) — done 20 November 2026")
        );
        // Three events, two reminders: the NIR's is gone. The request was done before the
        // first export, which never held it: it is not in the second either.
        assert_eq!(events(&after).len(), 3, "{after}");
        assert_eq!(after.matches("BEGIN:VALARM").count(), 2, "{after}");
        assert_eq!(after.matches("STATUS:CANCELLED").count(), 1, "{after}");
        // Never exported before: no done step is in it.
        let (fresh, _) = export(&ticked, TODAY, &mut None);
        assert!(!fresh.contains("STATUS:CANCELLED"), "{fresh}");
    }

    /// A record the file holds unfit for a UID (a line break, a colon) is replaced, and the
    /// sequence still rises.
    #[test]
    fn a_hostile_calendar_id_is_replaced() {
        for id in ["", "a\r\nBEGIN:VEVENT", "x:y", &"a".repeat(65)] {
            let hostile = CalendarRecord {
                id: id.to_owned(),
                sequence: u32::MAX,
                digest: "?".to_owned(),
                steps: vec![Step::Nir],
            };
            let record = next_record(Lang::En.texts(), &progress(), TODAY, Some(&hostile));
            assert!(record.has_valid_id(), "{id:?}");
            assert_eq!(record.sequence, u32::MAX);
        }
    }

    proptest::proptest! {
        /// Over any sequence of ticks, date corrections, start corrections and exports,
        /// a step's UID never changes and the sequence never goes down; it rises whenever
        /// the events (stamps left out) change.
        #[test]
        fn uids_stay_and_the_sequence_never_goes_down(
            actions in proptest::collection::vec((0u8..4, 0usize..5, 0u64..60), 1..25),
        ) {
            let mut p = progress();
            let mut today = TODAY;
            let mut file = None;
            let mut seen: std::collections::HashMap<String, String> = Default::default();
            let mut last: Option<(u32, Vec<String>)> = None;
            for (what, step, days) in actions {
                let step = Step::ALL[step];
                let on = date(2026, 10, 3) + Duration::days(days as i64);
                match what {
                    0 => { let _ = p.tick(step, on, today); }
                    1 => { let _ = p.apply(&crate::procedure::Change::Redate { step, on }, today); }
                    2 => {
                        let _ = p.apply(
                            &crate::procedure::Change::EditProfile(crate::procedure::ProfileEdit {
                                contract_start: Some(date(2026, 9, 1) + Duration::days(days as i64)),
                                ..Default::default()
                            }),
                            today,
                        );
                    }
                    _ => today += Duration::days(days as i64),
                }
                let (text, record) = export(&p, today, &mut file);
                for uid in uids(&text) {
                    let step = uid.split('-').nth(1).unwrap_or_default().to_owned();
                    let earlier = seen.entry(step).or_insert_with(|| uid.clone());
                    proptest::prop_assert_eq!(&*earlier, &uid);
                }
                let body: Vec<String> = text
                    .lines()
                    .filter(|l| !l.starts_with("DTSTAMP") && !l.starts_with("SEQUENCE"))
                    .map(str::to_owned)
                    .collect();
                if let Some((sequence, earlier)) = &last {
                    proptest::prop_assert!(record.sequence >= *sequence);
                    if *earlier != body {
                        proptest::prop_assert!(record.sequence > *sequence);
                    }
                }
                last = Some((record.sequence, body));
            }
        }
    }
}
