//! Social security numbers (NIR, and the NIA built like one): parsed from what a user types,
//! checked field by field and by their key, and masked wherever they are printed.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A checked social security number, stored normalised: 15 characters, upper-case, no
/// separators. `Debug` and `Display` mask it; only [`SocialSecurityNumber::full`] and
/// serialisation give it whole.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SocialSecurityNumber([u8; 15]);

/// Why a typed number was refused. No variant holds more of the number than the field at
/// fault, so that a message can never leak it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("no number given")]
    Empty,
    /// Neither a digit, a letter nor a separator (an emoji, a slash…).
    #[error("character {position} ({character:?}) cannot be part of a number")]
    Unexpected { position: usize, character: char },
    /// 13 characters: the number without its 2-digit key.
    #[error("the 2-digit key at the end is missing")]
    MissingKey,
    #[error("{length} characters instead of 15")]
    Length { length: usize },
    /// A letter anywhere but the Corsican 2A/2B at positions 6–7.
    #[error("character {position} is the letter {letter:?} where a digit goes")]
    Letter { position: usize, letter: char },
    #[error("the first digit is {digit}: it is 1 or 2 (7 or 8 for a provisional number)")]
    Sex { digit: char },
    #[error("{month} is not a month of birth")]
    Month { month: String },
    #[error("{place} is not a place of birth")]
    Place { place: String },
    #[error("the order number cannot be 000")]
    Order,
    /// The key does not match the other 13 characters: a digit is probably mistyped.
    #[error("the key does not match the other digits")]
    Key,
}

impl SocialSecurityNumber {
    /// Reads a number as typed: spaces, dots and dashes are ignored, `2a`/`2b` accepted.
    pub fn parse(input: &str) -> Result<SocialSecurityNumber, NumberError> {
        let mut chars = Vec::with_capacity(15);
        for (index, character) in input.chars().enumerate() {
            match character {
                c if c.is_whitespace() || c == '.' || c == '-' => {}
                c if c.is_ascii_alphanumeric() => chars.push(c.to_ascii_uppercase() as u8),
                character => {
                    return Err(NumberError::Unexpected {
                        position: index + 1,
                        character,
                    });
                }
            }
        }
        let bytes: [u8; 15] = match chars.len() {
            0 => return Err(NumberError::Empty),
            13 => return Err(NumberError::MissingKey),
            15 => chars
                .try_into()
                .map_err(|_| NumberError::Length { length: 15 })?,
            length => return Err(NumberError::Length { length }),
        };
        let corsica = matches!(&bytes[5..7], b"2A" | b"2B");
        if let Some((index, &letter)) = bytes
            .iter()
            .enumerate()
            .find(|&(i, b)| b.is_ascii_alphabetic() && !(corsica && i == 6))
        {
            return Err(NumberError::Letter {
                position: index + 1,
                letter: char::from(letter),
            });
        }
        let number = SocialSecurityNumber(bytes);
        number.check_fields()?;
        if number.computed_key() != number.key() {
            return Err(NumberError::Key);
        }
        Ok(number)
    }

    fn field(&self, range: std::ops::Range<usize>) -> &str {
        // Only ASCII digits and letters are ever stored.
        std::str::from_utf8(&self.0[range]).unwrap_or_default()
    }

    fn two_digits(&self, at: usize) -> u32 {
        u32::from(self.0[at] - b'0') * 10 + u32::from(self.0[at + 1] - b'0')
    }

    fn check_fields(&self) -> Result<(), NumberError> {
        let sex = char::from(self.0[0]);
        if !matches!(sex, '1' | '2' | '3' | '4' | '7' | '8') {
            return Err(NumberError::Sex { digit: sex });
        }
        // INSEE gives a month of 20–42 or 50–99 to people whose month of birth is unknown
        // (20–30 and 50–99 fictitious, 31–42 pseudo-fictitious): people born abroad mostly,
        // that is most assistants.
        let month = self.two_digits(3);
        if !matches!(month, 1..=12 | 20..=42 | 50..=99) {
            return Err(NumberError::Month {
                month: self.field(3..5).to_owned(),
            });
        }
        let place_ok = match self.field(5..7) {
            "2A" | "2B" => true,
            // Overseas (97x, 98x) and abroad (99 + country) use the next digits as part of
            // the place: nothing more to check than that a country code is not 000.
            "97" | "98" => true,
            "99" => self.field(7..10) != "000",
            // Read as a number, so that only 2A and 2B above may hold a letter. 20 is Corsica
            // before 1976; 91–94 Algeria, 95 Morocco and 96 Tunisia before their independence.
            place => place.parse::<u32>().is_ok_and(|n| (1..=96).contains(&n)),
        };
        if !place_ok {
            let place = match self.field(5..7) {
                "99" => self.field(5..10),
                _ => self.field(5..7),
            };
            return Err(NumberError::Place {
                place: place.to_owned(),
            });
        }
        if self.field(10..13) == "000" {
            return Err(NumberError::Order);
        }
        Ok(())
    }

    /// 97 − (the first 13 characters mod 97), with 2A read as 19 and 2B as 18.
    fn computed_key(&self) -> u64 {
        let body = self.0[..13].iter().enumerate().fold(0u64, |acc, (i, &b)| {
            let digit = match (i, b) {
                (5, b'2') if self.0[6].is_ascii_alphabetic() => 1,
                (6, b'A') => 9,
                (6, b'B') => 8,
                (_, b) => u64::from(b - b'0'),
            };
            acc * 10 + digit
        });
        97 - body % 97
    }

    fn key(&self) -> u64 {
        u64::from(self.two_digits(13))
    }

    /// The whole number, 15 characters: what ENSAP asks for and what the file stores.
    pub fn full(&self) -> &str {
        self.field(0..15)
    }

    /// The first 13 characters: what ameli.fr logs in with.
    pub fn ameli_login(&self) -> &str {
        self.field(0..13)
    }

    /// A leading 7 or 8 marks a provisional number.
    pub fn looks_provisional(&self) -> bool {
        matches!(self.0[0], b'7' | b'8')
    }

    fn grouped(&self, hide_middle: bool) -> String {
        let groups = [0..1, 1..3, 3..5, 5..7, 7..10, 10..13, 13..15];
        groups
            .iter()
            .enumerate()
            .map(|(i, range)| {
                if hide_middle && (3..=5).contains(&i) {
                    "•".repeat(range.len())
                } else {
                    self.field(range.clone()).to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// `2 95 10 •• ••• ••• 93`: sex, year and month of birth and the key, enough to tell two
    /// numbers apart and to recognise one's own, not enough to use it.
    pub fn masked(&self) -> String {
        self.grouped(true)
    }

    /// What [`masked`](Self::masked) shows, and how many digits it hides between: `2 95 10`,
    /// 8, `93` — for a screen reader, which reads `••` as "bullet bullet".
    pub fn masked_ends(&self) -> (String, usize, String) {
        (
            format!(
                "{} {} {}",
                self.field(0..1),
                self.field(1..3),
                self.field(3..5)
            ),
            8,
            self.field(13..15).to_owned(),
        )
    }

    /// `2 95 10 99 126 111 93`, grouped as on the carte Vitale, for when the user asks to see it.
    pub fn revealed(&self) -> String {
        self.grouped(false)
    }
}

impl fmt::Debug for SocialSecurityNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SocialSecurityNumber")
            .field(&self.masked())
            .finish()
    }
}

impl fmt::Display for SocialSecurityNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl Serialize for SocialSecurityNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.full())
    }
}

impl<'de> Deserialize<'de> for SocialSecurityNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        SocialSecurityNumber::parse(&text).map_err(|error| {
            serde::de::Error::custom(format_args!("invalid social security number: {error}"))
        })
    }
}

/// The fewest digits that make a run of text look like a social security number: the 13 that
/// ameli logs in with.
const LOOKS_LIKE_A_NUMBER: usize = 13;

/// `text` with every run that looks like a social security number (13 digits or more, with
/// or without spaces, dots or dashes between them, `2A`/`2B` for Corsica) masked as the
/// screen masks one: for a value echoed back in a message, where a number typed in the wrong
/// place must not end up in a terminal's scrollback or a log.
pub fn mask_numbers(text: &str) -> Cow<'_, str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut masked = String::new();
    let mut copied = 0;
    let mut i = 0;
    while i < chars.len() {
        let Some((end, digits)) = number_run(&chars, i) else {
            i += 1;
            continue;
        };
        let (start, _) = chars[i];
        let stop = chars.get(end).map_or(text.len(), |&(at, _)| at);
        let run = &text[start..stop];
        masked.push_str(&text[copied..start]);
        match SocialSecurityNumber::parse(run) {
            Ok(number) => masked.push_str(&number.masked()),
            // Not a valid number, but as private: its sex, year and month, the rest hidden.
            Err(_) => masked.extend(
                digits
                    .chars()
                    .enumerate()
                    .map(|(n, c)| if n < 5 { c } else { '•' }),
            ),
        }
        copied = stop;
        i = end;
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    masked.push_str(&text[copied..]);
    Cow::Owned(masked)
}

/// The run of a number starting at `chars[start]`, if one that long starts there: where it
/// ends, and its digits (and Corsica's letter) without separators.
fn number_run(chars: &[(usize, char)], start: usize) -> Option<(usize, String)> {
    let is_digit = |i: usize| chars.get(i).is_some_and(|(_, c)| c.is_ascii_digit());
    if !is_digit(start) || (start > 0 && is_digit(start - 1)) {
        return None;
    }
    let mut digits = String::new();
    let mut i = start;
    while let Some(&(_, c)) = chars.get(i) {
        let corsica =
            digits.len() == 6 && digits.ends_with('2') && matches!(c, 'A' | 'B' | 'a' | 'b');
        if c.is_ascii_digit() || corsica {
            digits.push(c.to_ascii_uppercase());
            i += 1;
        } else if matches!(c, ' ' | '.' | '-') && is_digit(i + 1) {
            i += 1;
        } else {
            break;
        }
    }
    (digits.len() >= LOOKS_LIKE_A_NUMBER).then_some((i, digits))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(text: &str) -> Result<SocialSecurityNumber, NumberError> {
        SocialSecurityNumber::parse(text)
    }

    /// Valid numbers from public validators: python-stdnum (stdnum/fr/nir.py), stdnum-js
    /// (nir.spec.ts), the CNAM's NirValidatorSpec, and les-emplois' validate_nir.
    const VALID: [&str; 13] = [
        "2 95 10 99 126 111 93",
        "295109912611193",
        "253072B07300470",
        "253072A07300443",
        "186022A21532523",
        "255081416802538",
        "2 84 05 88 321 025 32",
        "2 84 05 2A 321 025 52",
        "2 84 05 2a 321 025 52",
        "2 84 05 2B 321 025 79",
        "141068078200557",
        "141062a78200555",
        "141208078200587",
    ];

    #[test]
    fn accepts_the_public_valid_vectors() {
        for text in VALID {
            assert!(parse(text).is_ok(), "{text}: {:?}", parse(text));
        }
        assert!(parse("141062B78200582").is_ok());
    }

    #[test]
    fn normalises_separators_and_case() {
        let number = parse(" 2.84.05-2a 321 025\u{a0}52 ").unwrap();
        assert_eq!(number.full(), "284052A32102552");
        assert_eq!(number.ameli_login(), "284052A321025");
        assert_eq!(number, parse("284052A32102552").unwrap());
    }

    #[test]
    fn refuses_the_public_invalid_vectors_for_the_right_reason() {
        assert_eq!(parse("295109912611199"), Err(NumberError::Key));
        assert_eq!(parse("2 55 08 14 168 025 00"), Err(NumberError::Key));
        assert_eq!(parse("141068078200520"), Err(NumberError::Key));
        // Month 20 is valid, but this key belongs to month 06.
        assert_eq!(parse("141208078200557"), Err(NumberError::Key));
        assert_eq!(parse("341208078200557"), Err(NumberError::Key));
        assert_eq!(
            parse("253072C07300443"),
            Err(NumberError::Letter {
                position: 7,
                letter: 'C'
            })
        );
        assert_eq!(
            parse("6546546546546703"),
            Err(NumberError::Length { length: 16 })
        );
        assert_eq!(parse("12345678"), Err(NumberError::Length { length: 8 }));
        assert_eq!(parse("123456789"), Err(NumberError::Length { length: 9 }));
        assert_eq!(
            parse("141068078200557123"),
            Err(NumberError::Length { length: 18 })
        );
        assert_eq!(
            parse("2 84 05 88 321 30"),
            Err(NumberError::Length { length: 12 })
        );
        assert_eq!(parse("2840588321025"), Err(NumberError::MissingKey));
    }

    #[test]
    fn each_field_has_its_own_error() {
        assert_eq!(parse(""), Err(NumberError::Empty));
        assert_eq!(parse(" . - "), Err(NumberError::Empty));
        assert_eq!(
            parse("2 95 10 99 126 111 9😀"),
            Err(NumberError::Unexpected {
                position: 21,
                character: '😀'
            })
        );
        assert_eq!(
            parse("2951x9912611193"),
            Err(NumberError::Letter {
                position: 5,
                letter: 'X'
            })
        );
        // 2A is a place, nowhere else.
        assert_eq!(
            parse("2A5109912611193"),
            Err(NumberError::Letter {
                position: 2,
                letter: 'A'
            })
        );
        assert_eq!(
            parse("2951099126112A"),
            Err(NumberError::Length { length: 14 })
        );
        assert_eq!(
            parse("595109912611193"),
            Err(NumberError::Sex { digit: '5' })
        );
        assert_eq!(
            parse("295139912611193"),
            Err(NumberError::Month {
                month: "13".to_owned()
            })
        );
        assert_eq!(
            parse("295100012611193"),
            Err(NumberError::Place {
                place: "00".to_owned()
            })
        );
        assert_eq!(
            parse("295109700011193"),
            Err(NumberError::Key),
            "97 is a place (overseas): only the key is wrong"
        );
        assert_eq!(
            parse("295109900011193"),
            Err(NumberError::Place {
                place: "99000".to_owned()
            })
        );
        assert_eq!(parse("295109912600093"), Err(NumberError::Order));
    }

    #[test]
    fn provisional_numbers_start_with_7_or_8() {
        // The CNAM's validator refuses this one as a NIR; its key is right: it is a NIA.
        let nia = parse("8 84 05 88 321 025 23").unwrap();
        assert!(nia.looks_provisional());
        assert!(!parse(VALID[0]).unwrap().looks_provisional());
    }

    #[test]
    fn a_place_in_the_twenties_is_read_as_digits_not_as_corsica() {
        // Doubs (25): only 2A and 2B are read as 19 and 18 for the key.
        assert!(parse("185052505601294").is_ok());
        assert!(parse("185052505601293").is_err());
    }

    #[test]
    fn a_number_born_in_corsica_is_read_with_its_letters() {
        // 2A counts as 19 in the key: born in Corse-du-Sud.
        assert!(parse("1 85 05 2A 004 012 70").is_ok());
        assert!(parse("1 85 05 2A 004 012 71").is_err());
    }

    #[test]
    fn display_is_the_masked_number() {
        let number = parse("2 95 10 99 126 111 93").unwrap();
        assert_eq!(number.to_string(), number.masked());
    }

    #[test]
    fn debug_display_and_errors_never_show_the_whole_number() {
        let number = parse("2 95 10 99 126 111 93").unwrap();
        assert_eq!(number.masked(), "2 95 10 •• ••• ••• 93");
        assert_eq!(number.revealed(), "2 95 10 99 126 111 93");
        for shown in [format!("{number:?}"), number.to_string()] {
            assert!(!shown.contains("99 126 111"), "{shown}");
            assert!(
                !shown.replace(' ', "").contains("295109912611193"),
                "{shown}"
            );
        }
        let error = parse("295109912611199").unwrap_err().to_string();
        assert!(!error.contains("2951099126111"), "{error}");
    }

    #[test]
    fn serialises_whole_and_checks_on_reading() {
        let number = parse("2 95 10 99 126 111 93").unwrap();
        let json = serde_json::to_string(&number).unwrap();
        assert_eq!(json, "\"295109912611193\"");
        assert_eq!(
            serde_json::from_str::<SocialSecurityNumber>(&json).unwrap(),
            number
        );
        let bad = serde_json::from_str::<SocialSecurityNumber>("\"295109912611199\"");
        let message = bad.unwrap_err().to_string();
        assert!(message.contains("key"), "{message}");
        assert!(!message.contains("2951099126111"), "{message}");
    }

    /// Valid numbers of every shape: mainland, Corsica, overseas, born abroad.
    fn valid_number() -> impl Strategy<Value = String> {
        (
            prop::sample::select(vec!['1', '2', '3', '4', '7', '8']),
            0u32..100,
            prop::sample::select(vec![1u32, 6, 12, 20, 25, 30, 31, 42, 50, 99]),
            prop::sample::select(vec![
                "01", "13", "20", "84", "95", "96", "2A", "2B", "97", "98", "99",
            ]),
            1u32..1000,
            1u32..1000,
        )
            .prop_map(|(sex, year, month, place, commune, order)| {
                let body = format!("{sex}{year:02}{month:02}{place}{commune:03}{order:03}");
                let digits = body.replace("2A", "19").replace("2B", "18");
                let value: u64 = digits.parse().unwrap_or(0);
                format!("{body}{:02}", 97 - value % 97)
            })
    }

    /// INSEE's description of the NIR (insee.fr, "Numéro d'inscription au répertoire";
    /// Service-Public F33078), written apart from the parser, field by field.
    fn insee_accepts(number: &str) -> bool {
        let b = number.as_bytes();
        if b.len() != 15 {
            return false;
        }
        let digits = |r: std::ops::Range<usize>| number[r].bytes().all(|c| c.is_ascii_digit());
        let value = |r: std::ops::Range<usize>| number[r].parse::<u32>().unwrap_or(u32::MAX);
        let sex = matches!(b[0], b'1' | b'2' | b'3' | b'4' | b'7' | b'8');
        let month = digits(3..5) && matches!(value(3..5), 1..=12 | 20..=42 | 50..=99);
        let place = match &number[5..7] {
            "2A" | "2B" | "97" | "98" => digits(7..10),
            "99" => digits(7..10) && value(7..10) != 0,
            _ => digits(5..7) && (1..=96).contains(&value(5..7)) && digits(7..10),
        };
        let order = digits(10..13) && value(10..13) != 0;
        digits(0..5) && sex && month && place && order && digits(13..15) && stdnum_accepts(number)
    }

    /// python-stdnum's `fr.nir.validate`: only the shape and the key.
    fn stdnum_accepts(number: &str) -> bool {
        let digits = |r: std::ops::Range<usize>| number[r].bytes().all(|c| c.is_ascii_digit());
        let department = &number[5..7];
        if number.len() != 15
            || !digits(0..5)
            || !digits(7..15)
            || !(digits(5..7) || department == "2A" || department == "2B")
        {
            return false;
        }
        let body = format!(
            "{}{}{}",
            &number[..5],
            match department {
                "2A" => "19",
                "2B" => "18",
                d => d,
            },
            &number[7..13]
        );
        let key = 97 - body.parse::<u64>().unwrap_or(0) % 97;
        format!("{key:02}") == number[13..]
    }

    /// Numbers with every field drawn from a wider range than the valid one, and a key that
    /// is right most of the time, so that each rule is exercised on both sides.
    fn any_number() -> impl Strategy<Value = String> {
        // Each field's edges often, the rest of its range sometimes.
        let edges = |edges: Vec<u32>, max: u32| prop_oneof![prop::sample::select(edges), 0..max];
        (
            edges(vec![0, 1, 2, 3, 4, 5, 7, 8, 9], 10),
            0u32..100,
            edges(
                vec![0, 1, 12, 13, 19, 20, 21, 29, 30, 31, 42, 43, 49, 50, 99],
                100,
            ),
            prop_oneof![
                edges(vec![0, 1, 19, 20, 21, 95, 96, 97, 98, 99], 100)
                    .prop_map(|p| format!("{p:02}")),
                prop::sample::select(vec!["2A", "2B", "2C"]).prop_map(str::to_owned),
            ],
            edges(vec![0, 1, 999], 1000),
            edges(vec![0, 1, 999], 1000),
            prop::option::weighted(0.8, Just(())),
            0u32..100,
        )
            .prop_map(|(sex, year, month, place, commune, order, right, key)| {
                let body = format!("{sex}{year:02}{month:02}{place}{commune:03}{order:03}");
                let digits = body.replace("2A", "19").replace("2B", "18");
                let key = match (right, digits.parse::<u64>()) {
                    (Some(()), Ok(value)) => 97 - value % 97,
                    _ => u64::from(key),
                };
                format!("{body}{key:02}")
            })
    }

    proptest! {
        #[test]
        fn every_generated_number_is_valid(text in valid_number()) {
            prop_assert!(parse(&text).is_ok(), "{}", text);
        }

        /// The key catches every single mistyped digit.
        #[test]
        fn every_single_digit_change_is_caught(text in valid_number(), at in 0usize..15, to in 0u8..10) {
            let mut bytes = text.into_bytes();
            prop_assume!(bytes[at].is_ascii_digit() && bytes[at] != b'0' + to);
            bytes[at] = b'0' + to;
            let changed = String::from_utf8(bytes).unwrap();
            prop_assert!(parse(&changed).is_err(), "{}", changed);
        }

        /// …and every swap of two different adjacent digits.
        #[test]
        fn every_adjacent_swap_is_caught(text in valid_number(), at in 0usize..14) {
            let mut bytes = text.into_bytes();
            prop_assume!(
                bytes[at].is_ascii_digit()
                    && bytes[at + 1].is_ascii_digit()
                    && bytes[at] != bytes[at + 1]
            );
            bytes.swap(at, at + 1);
            let swapped = String::from_utf8(bytes).unwrap();
            prop_assert!(parse(&swapped).is_err(), "{}", swapped);
        }

        /// The parser agrees with INSEE's rules written apart, and never accepts what
        /// python-stdnum refuses.
        #[test]
        fn agrees_with_insee_and_stdnum(text in any_number()) {
            let ours = parse(&text).is_ok();
            prop_assert_eq!(ours, insee_accepts(&text), "{}", text);
            prop_assert!(!ours || stdnum_accepts(&text), "{}", text);
        }

        #[test]
        fn never_panics(text in "\\PC*") {
            let _ = parse(&text);
        }
    }

    #[test]
    fn numbers_echoed_in_a_message_are_masked() {
        let valid = "There is no option 295109912611193";
        assert_eq!(
            mask_numbers(valid),
            format!(
                "There is no option {}",
                SocialSecurityNumber::parse("295109912611193")
                    .unwrap()
                    .masked()
            )
        );
        assert!(!mask_numbers(valid).contains("912611"));
        // Spaced, dotted, dashed; 13 digits (ameli's login); Corsica; invalid keys.
        for text in [
            "x 2 95 10 99 126 111 93 y",
            "2.95.10.99.126.111.93",
            "2-95-10-99-126-111",
            "1851099126111",
            "1 85 10 2A 126 111 42",
            "999999999999999999",
        ] {
            let masked = mask_numbers(text);
            assert!(masked.contains('•'), "{text} -> {masked}");
            assert!(!masked.contains("126 111"), "{text} -> {masked}");
            assert!(!masked.contains("126111"), "{text} -> {masked}");
        }
        // Dates, short numbers and paths are left as they are.
        for text in [
            "26/11/2026",
            "2026-11-26",
            "123456789012",
            "/tmp/a 12 34.json",
        ] {
            assert_eq!(mask_numbers(text), text);
        }
    }
}
