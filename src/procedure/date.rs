//! Dates as users type them (DD/MM/YYYY and friends) and as the sheet writes them.

use chrono::NaiveDate;

/// Why a typed date was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("no date given")]
    Empty,
    #[error("{0:?} is not a date: write it as DD/MM/YYYY")]
    Unreadable(String),
    /// Well-formed but not on the calendar, like 31/02/2027.
    #[error("{day:02}/{month:02}/{year} does not exist")]
    DoesNotExist { day: u32, month: u32, year: i32 },
    /// A year no step of a contract can be in: a slip of the keyboard, and a date that would
    /// not stay a four-digit year in the files and calendars it is written to.
    #[error("{year} is not a year secu takes: from 2000 to 2100")]
    OutOfRange { year: i32 },
}

/// The years a typed date may be in.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Reads a date as a user types it: `DD/MM/YYYY` or `D/M/YYYY` (also with `.` or `-` between
/// the parts, as many countries write them), ISO `YYYY-MM-DD`, or the word `today`.
///
/// A two-digit year is read as 20YY (`3/10/26` is 3 October 2026): the years `secu` takes
/// are 2000 to 2100, so no other century can be meant. The day always comes first.
pub fn parse_date(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    if ["today", "aujourd'hui", "aujourd’hui"]
        .iter()
        .any(|word| text.eq_ignore_ascii_case(word))
    {
        return Ok(today);
    }
    let unreadable = || DateError::Unreadable(text.to_owned());
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [a, b, c] = parts.as_slice() else {
        return Err(unreadable());
    };
    let number = |part: &str, max_len: usize| -> Result<u32, DateError> {
        if part.is_empty() || part.len() > max_len || !part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(unreadable());
        }
        part.parse().map_err(|_| unreadable())
    };
    let (day, month, year) = if a.len() == 4 {
        // ISO order; only with dashes, so that 2026/10/02 is not half-supported.
        if !text.contains('-') || c.len() > 2 {
            return Err(unreadable());
        }
        (number(c, 2)?, number(b, 2)?, number(a, 4)?)
    } else {
        let year = match c.len() {
            2 => 2000 + number(c, 2)?,
            4 => number(c, 4)?,
            _ => return Err(unreadable()),
        };
        (number(a, 2)?, number(b, 2)?, year)
    };
    let year = i32::try_from(year).map_err(|_| unreadable())?;
    if !YEARS.contains(&year) {
        return Err(DateError::OutOfRange { year });
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::DoesNotExist { day, month, year })
}

/// The sheet's way of writing a date: DD/MM/YYYY.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::testing::date;

    const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();

    #[test]
    fn reads_every_documented_form() {
        assert_eq!(parse_date("02/10/2026", TODAY), Ok(date(2026, 10, 2)));
        assert_eq!(parse_date("2/10/2026", TODAY), Ok(date(2026, 10, 2)));
        assert_eq!(parse_date(" 2/1/2027 ", TODAY), Ok(date(2027, 1, 2)));
        assert_eq!(parse_date("2026-10-02", TODAY), Ok(date(2026, 10, 2)));
        assert_eq!(parse_date("02.10.2026", TODAY), Ok(date(2026, 10, 2)));
        assert_eq!(parse_date("today", TODAY), Ok(TODAY));
        assert_eq!(parse_date("Today", TODAY), Ok(TODAY));
        assert_eq!(parse_date("3/10/26", TODAY), Ok(date(2026, 10, 3)));
        assert_eq!(parse_date("03.01.27", TODAY), Ok(date(2027, 1, 3)));
        assert_eq!(parse_date("1/1/00", TODAY), Ok(date(2000, 1, 1)));
        // ISO with a one-digit day or month, as people type it.
        assert_eq!(parse_date("2026-10-2", TODAY), Ok(date(2026, 10, 2)));
        assert_eq!(parse_date("2026-1-02", TODAY), Ok(date(2026, 1, 2)));
    }

    #[test]
    fn a_part_with_too_many_digits_is_refused() {
        for input in ["002/10/2026", "02/010/2026", "2026-010-02", "02/10/02026"] {
            assert!(
                matches!(parse_date(input, TODAY), Err(DateError::Unreadable(_))),
                "{input:?} should be unreadable"
            );
        }
    }

    #[test]
    fn refuses_impossible_dates_with_their_own_error() {
        assert_eq!(
            parse_date("31/02/2027", TODAY),
            Err(DateError::DoesNotExist {
                day: 31,
                month: 2,
                year: 2027
            })
        );
        assert!(matches!(
            parse_date("29/02/2027", TODAY),
            Err(DateError::DoesNotExist { .. })
        ));
        assert_eq!(parse_date("29/02/2028", TODAY), Ok(date(2028, 2, 29)));
        assert!(matches!(
            parse_date("01/13/2026", TODAY),
            Err(DateError::DoesNotExist { .. })
        ));
    }

    #[test]
    fn refuses_text_and_ambiguous_forms() {
        for input in [
            "tomorrow",
            "02/10/026",
            "02/10/6",
            "26-10-02x",
            "2026/10/02",
            "02/10",
            "a/b/cdef",
            "+2/10/2026",
            "02//2026",
            "2026-10-002",
            "١٢/١٠/٢٠٢٦",
        ] {
            assert!(
                matches!(parse_date(input, TODAY), Err(DateError::Unreadable(_))),
                "{input:?} should be unreadable"
            );
        }
        assert_eq!(parse_date("   ", TODAY), Err(DateError::Empty));
    }

    #[test]
    fn years_outside_2000_to_2100_are_refused() {
        assert_eq!(
            parse_date("01/10/9999", TODAY),
            Err(DateError::OutOfRange { year: 9999 })
        );
        assert_eq!(
            parse_date("1999-12-31", TODAY),
            Err(DateError::OutOfRange { year: 1999 })
        );
        assert_eq!(parse_date("31/12/2100", TODAY), Ok(date(2100, 12, 31)));
        assert_eq!(parse_date("01/01/2000", TODAY), Ok(date(2000, 1, 1)));
    }

    #[test]
    fn formats_like_the_sheet() {
        assert_eq!(format_date(date(2026, 1, 2)), "02/01/2026");
    }

    proptest! {
        #[test]
        fn never_panics(input in "\\PC*") {
            let _ = parse_date(&input, TODAY);
        }

        #[test]
        fn formatting_then_parsing_gives_the_date_back(days in 0i64..36_000) {
            let day = date(2000, 1, 1) + chrono::Duration::days(days);
            prop_assert_eq!(parse_date(&format_date(day), TODAY), Ok(day));
        }
    }
}
