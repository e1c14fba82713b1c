//! Where today comes from, and when it changes: the system clock, read again at every key
//! (a laptop that slept through midnight wakes up on the right day), and the next local
//! midnight, right on the days the clocks change.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Local, LocalResult, NaiveDate, NaiveTime, TimeZone};

use crate::procedure::parse_date;

/// The longest the screen waits without an event before reading the clock again: time a
/// laptop spends asleep does not count towards a timer, so the midnight timer alone could
/// wake up hours late.
const LONGEST_WAIT: Duration = Duration::from_secs(5 * 60);

/// Where today comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clock {
    /// The system clock, in the local time zone.
    System,
    /// A date fixed by `--today` or `SECU_TODAY`: it never changes.
    Fixed(NaiveDate),
    /// A date read from a file at every event (`SECU_TODAY_FILE`): a clock a test, or a
    /// demonstration, moves while the screen is open. The system clock where the file
    /// cannot be read.
    File(PathBuf),
}

impl Clock {
    /// Today, as this clock says now.
    pub fn today(&self) -> NaiveDate {
        let system = || Local::now().date_naive();
        match self {
            Clock::System => system(),
            Clock::Fixed(today) => *today,
            // Bounded: a device or a pipe named by mistake is never read, nor waited on.
            Clock::File(path) => crate::store::read_small(path, 256)
                .and_then(|text| parse_date(&text, system()).ok())
                .unwrap_or_else(system),
        }
    }

    /// How long to wait for an event before reading the clock again; `None` for a clock that
    /// never changes by itself.
    pub fn wait(&self) -> Option<Duration> {
        match self {
            Clock::Fixed(_) => None,
            Clock::File(_) => Some(Duration::from_secs(1)),
            Clock::System => {
                let now = Local::now();
                let until = (next_midnight(&now) - now).to_std().unwrap_or_default();
                // A second past midnight, so that the wake-up lands on the new day.
                Some((until + Duration::from_secs(1)).min(LONGEST_WAIT))
            }
        }
    }
}

/// The first instant of the day after `now`'s, in `now`'s time zone. Where the clocks jump
/// over midnight (Cuba, Chile in spring: 00:00 becomes 01:00) the new day starts at the
/// jump; where midnight happens twice (Cuba in autumn) it starts at the first.
pub fn next_midnight<Tz: TimeZone>(now: &DateTime<Tz>) -> DateTime<Tz> {
    let zone = now.timezone();
    let today = now.date_naive();
    let tomorrow = today.succ_opt().unwrap_or(today);
    let midnight = tomorrow.and_time(NaiveTime::MIN);
    match zone.from_local_datetime(&midnight) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => at,
        // Midnight does not exist: the day starts at the jump, the instant midnight would
        // have been at the offset before it.
        LocalResult::None => {
            let offset = chrono::Offset::fix(now.offset());
            zone.from_utc_datetime(&(midnight - offset))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration as Span, NaiveDate};
    use chrono_tz::Tz;

    /// Every evening of a year in `zone`: the next midnight is on the next day, and the
    /// instant before it is still today.
    fn check_zone(zone: Tz) {
        let mut day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        while day.year_ce().1 == 2026 {
            let evening = zone
                .from_local_datetime(&day.and_hms_opt(21, 30, 0).unwrap())
                .earliest()
                .unwrap();
            let midnight = next_midnight(&evening);
            let tomorrow = day.succ_opt().unwrap();
            assert_eq!(midnight.date_naive(), tomorrow, "{zone} {day}");
            let before = midnight - Span::seconds(1);
            assert_eq!(before.date_naive(), day, "{zone} {day}: {midnight}");
            assert!(midnight > evening);
            day = tomorrow;
        }
    }

    use chrono::Datelike;

    #[test]
    fn the_next_midnight_is_right_every_day_of_the_year() {
        // Paris changes at 02:00 and 03:00; Havana at midnight, skipping it in March and
        // living it twice in November; Santiago skips it in September.
        for zone in [
            chrono_tz::Europe::Paris,
            chrono_tz::America::Havana,
            chrono_tz::America::Santiago,
            chrono_tz::Australia::Sydney,
        ] {
            check_zone(zone);
        }
    }

    #[test]
    fn where_midnight_is_skipped_the_day_starts_at_the_jump() {
        // Cuba, 8 March 2026: 00:00 becomes 01:00.
        let havana = chrono_tz::America::Havana;
        let evening = havana.with_ymd_and_hms(2026, 3, 7, 22, 0, 0).unwrap();
        let midnight = next_midnight(&evening);
        assert_eq!(
            midnight.naive_local(),
            NaiveDate::from_ymd_opt(2026, 3, 8)
                .unwrap()
                .and_hms_opt(1, 0, 0)
                .unwrap()
        );
        assert_eq!(midnight - evening, Span::hours(2));
    }

    #[test]
    fn where_midnight_happens_twice_the_first_one_counts() {
        // Cuba, 1 November 2026: 01:00 becomes 00:00 again.
        let havana = chrono_tz::America::Havana;
        let evening = havana.with_ymd_and_hms(2026, 10, 31, 23, 0, 0).unwrap();
        assert_eq!(next_midnight(&evening) - evening, Span::hours(1));
    }

    #[test]
    fn a_fixed_clock_never_wakes_and_a_file_clock_reads_its_file() {
        assert_eq!(Clock::Fixed(NaiveDate::MIN).wait(), None);
        assert!(
            Clock::System
                .wait()
                .is_some_and(|wait| wait <= LONGEST_WAIT)
        );
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("today");
        std::fs::write(&file, "27/11/2026\n").unwrap();
        let clock = Clock::File(file.clone());
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
        );
        std::fs::write(&file, "28/11/2026").unwrap();
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
        );
    }
}
