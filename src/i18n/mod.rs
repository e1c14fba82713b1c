//! Every text a user reads, in each language `secu` speaks; the French words of the sheet
//! live here too.
//!
//! Each language implements [`Texts`]: a text missing in one language is a compile error, never
//! an empty string at run time.

mod de;
mod en;
mod es;
mod fr;
mod it;
pub mod sheet;

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use crate::pdf::PdfError;
use crate::procedure::{
    Contact, DateError, DaysLeft, Level, NumberError, NumberNote, Profile, SinceLastVisit, Step,
    SubTask, TransitionError,
};
use crate::store::{Dropped, Kept, SalvageReport, StoreError};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
    Es,
    De,
    It,
}

impl Lang {
    /// In the order `L` cycles through them and the setup lists them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::Es, Lang::De, Lang::It];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::It => "it",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
            Lang::It => "Italiano",
        }
    }

    /// The next language, for `L`.
    pub fn next(self) -> Lang {
        let index = Lang::ALL.iter().position(|&l| l == self).unwrap_or(0);
        Lang::ALL[(index + 1) % Lang::ALL.len()]
    }

    pub fn texts(self) -> &'static dyn Texts {
        match self {
            Lang::En => &en::En,
            Lang::Fr => &fr::Fr,
            Lang::Es => &es::Es,
            Lang::De => &de::De,
            Lang::It => &it::It,
        }
    }

    /// Reads a POSIX locale such as `fr_FR.UTF-8`, `fr`, or `en_GB@euro`; `C` and `POSIX`
    /// say nothing about a language.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        language.parse().ok()
    }

    /// The language to speak: the command line (or `SECU_LANG`) first, then the saved choice,
    /// then the system locale in POSIX order of precedence, then English.
    pub fn choose(
        asked: Option<Lang>,
        saved: Option<&str>,
        locale_vars: &[Option<String>],
    ) -> Lang {
        asked
            .or_else(|| saved.and_then(|code| code.parse().ok()))
            .or_else(|| {
                // The first variable that is set decides, as with gettext: LC_ALL=C means
                // "no language", not "look further".
                locale_vars
                    .iter()
                    .flatten()
                    .find(|value| !value.is_empty())
                    .and_then(|value| Lang::from_locale(value))
            })
            .unwrap_or(Lang::En)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim().to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code() == code)
            .ok_or_else(|| format!("{s:?} is not a language secu speaks: use en, fr, es, de or it"))
    }
}

/// Text read from a file or the command line, made safe to print: control characters
/// (escape sequences included) are shown as `\u{1b}`-style escapes instead of acting on the
/// terminal, and the text is cut at `max` characters with an ellipsis.
pub fn inert(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count == max {
            out.push('…');
            break;
        }
        if c.is_control()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// The name of `date`'s month in a locale's list of twelve (glibc's `MON` or `ABMON`).
fn month(names: &[&'static str], date: NaiveDate) -> &'static str {
    usize::try_from(date.month0())
        .ok()
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or_default()
}

/// "1 day", "2 days", "0 days": the plural rule of English, Spanish, Italian and German
/// nominatives, where only 1 is singular.
fn plural(n: i64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Upper-cases the first letter, for a phrase that starts a sentence.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A path as messages show it: inert, and short enough for one line.
pub fn shown_path(path: &std::path::Path) -> String {
    inert(&path.display().to_string(), 200)
}

/// The labels of the profile as `secu setup` and `status` print it, each with its colon as the
/// language writes it.
pub struct ProfileLabels {
    pub level: &'static str,
    pub department: &'static str,
    pub start: &'static str,
    pub registered: &'static str,
    pub name: &'static str,
    pub school: &'static str,
    pub gestionnaire: &'static str,
    pub language: &'static str,
    /// In place of a level not chosen yet.
    pub not_set: &'static str,
    /// After a contract start that is the school-year default.
    pub default: &'static str,
}

/// The profile, one labelled line a field, values aligned; optional fields only when given.
pub fn profile_lines(texts: &dyn Texts, profile: &Profile, start: NaiveDate) -> Vec<String> {
    let labels = texts.profile_labels();
    let start = match profile.contract_start {
        Some(_) => texts.date(start),
        None => format!("{} ({})", texts.date(start), labels.default),
    };
    let registered = if profile.already_registered {
        texts.yes()
    } else {
        texts.no()
    };
    let optional = |value: &Option<String>, max| value.as_deref().map(|v| inert(v, max));
    let rows: [(&str, Option<String>); 9] = [
        (
            labels.level,
            Some(
                profile
                    .level
                    .map_or(labels.not_set, |l| texts.level(l))
                    .to_owned(),
            ),
        ),
        (labels.department, profile.department.map(|d| d.to_string())),
        (labels.start, Some(start)),
        (labels.registered, Some(registered.to_owned())),
        (labels.name, optional(&profile.name, 80)),
        (labels.school, optional(&profile.school, 80)),
        (
            labels.gestionnaire,
            optional(&profile.gestionnaire_name, 80),
        ),
        (
            labels.gestionnaire,
            optional(&profile.gestionnaire_email, 80),
        ),
        (labels.language, optional(&profile.language, 20)),
    ];
    let width = rows
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    rows.into_iter()
        .filter_map(|(label, value)| value.map(|value| format!("{label:<width$}{value}")))
        .collect()
}

/// The lines `secu repair` prints: where the original went, what was kept, what was not.
pub fn repaired_lines(
    texts: &dyn Texts,
    path: &str,
    aside: &str,
    report: &SalvageReport,
) -> Vec<String> {
    let mut lines = texts.repair_intro(path, aside).to_vec();
    if report.kept.is_empty() {
        lines.push(format!("  {}", texts.repair_nothing_read()));
    }
    lines.extend(
        report
            .kept
            .iter()
            .map(|k| format!("  {}", texts.repair_kept(k))),
    );
    lines.extend(
        report
            .dropped
            .iter()
            .map(|d| format!("  {}", texts.repair_dropped(d))),
    );
    lines
}

/// One action of the key help: the key as printed, and what it does.
pub type KeyHelp = (&'static str, &'static str);

/// The texts of one language.
pub trait Texts: Sync {
    /// A date as this language writes it, month names from glibc's locale data.
    fn date(&self, date: NaiveDate) -> String;
    /// A date in a list's column: the month abbreviated, as this language abbreviates it.
    fn date_short(&self, date: NaiveDate) -> String;

    // The procedure.
    fn app_title(&self) -> &'static str;
    fn step_title(&self, step: Step) -> &'static str;
    /// At most 12 characters, for narrow windows.
    fn step_short(&self, step: Step) -> &'static str;
    fn step_who(&self, step: Step, profile: &Profile) -> String;
    fn step_todo(&self, step: Step, profile: &Profile) -> String;
    fn step_deadline_rule(&self, step: Step, profile: &Profile) -> String;
    fn level(&self, level: Level) -> &'static str;

    // Dates and deadlines.
    fn done_on(&self, on: NaiveDate) -> String;
    fn skipped(&self) -> &'static str;
    fn due_on(&self, due: NaiveDate) -> String;
    fn no_fixed_date(&self) -> &'static str;
    fn days_left(&self, days: DaysLeft) -> String;
    /// The top line: what is next, by when.
    fn next_line(&self, step: Step, due: Option<NaiveDate>, days: Option<DaysLeft>) -> String;
    fn all_done(&self) -> &'static str;
    fn since_last_visit(&self, since: SinceLastVisit) -> String;

    // The profile.
    fn profile_labels(&self) -> ProfileLabels;
    fn not_set_up(&self, path: &str) -> String;
    fn yes(&self) -> &'static str;
    fn no(&self) -> &'static str;

    // The checklist screen.
    fn progress_gauge(&self, settled: usize, total: usize) -> String;
    fn steps_title(&self) -> &'static str;
    fn who_label(&self) -> &'static str;
    fn todo_label(&self) -> &'static str;
    fn deadline_label(&self) -> &'static str;
    fn sheet_label(&self) -> &'static str;
    /// The sheet's French sentence for a step, translated; `None` in French.
    fn sheet_translation(&self, step: Step, level: Option<Level>) -> Option<String>;
    fn glossary_title(&self) -> &'static str;
    /// The French terms of the letters and forms, each with what it is in this language.
    fn glossary(&self) -> &'static [(&'static str, &'static str)];
    fn language_changed(&self) -> &'static str;
    fn footer_keys(&self) -> &'static [KeyHelp];
    fn help_title(&self) -> &'static str;
    fn help_keys(&self) -> &'static [KeyHelp];
    fn help_close(&self) -> &'static str;
    fn date_prompt(&self) -> &'static str;
    fn date_field_keys(&self) -> &'static str;
    fn confirm_untick(&self, step: Step, on: NaiveDate) -> String;
    fn confirm_keys(&self) -> &'static str;
    fn ticked(&self, step: Step, on: NaiveDate) -> String;
    fn unticked(&self, step: Step) -> String;
    fn profile_saved(&self) -> &'static str;
    fn too_small(&self) -> &'static str;
    fn changed_elsewhere(&self) -> &'static str;

    // The setup questions.
    fn setup_title(&self, number: usize, total: usize) -> String;
    fn welcome(&self) -> &'static str;
    fn ask_language(&self) -> &'static str;
    fn ask_level(&self) -> &'static str;
    fn ask_department(&self) -> &'static str;
    fn ask_start(&self) -> &'static str;
    fn ask_registered(&self) -> &'static str;
    fn registered_hint(&self) -> &'static str;
    fn choice_keys(&self) -> &'static str;

    // Numbers.
    fn number_label(&self) -> &'static str;
    fn number_prompt(&self, step: Step) -> String;
    fn number_field_keys(&self) -> &'static str;
    /// The keys that act on a number, shown beside it.
    fn number_keys(&self) -> &'static str;
    /// Where a step's number would be, when there is none: `open` while the step is not
    /// ticked.
    fn no_number(&self, step: Step, open: bool) -> &'static str;
    fn number_saved(&self, step: Step) -> String;
    fn number_note(&self, note: NumberNote) -> &'static str;
    /// What `y` put on the clipboard for this step.
    fn copied(&self, step: Step) -> &'static str;
    fn nothing_to_copy(&self) -> &'static str;
    fn no_number_yet(&self, step: Step) -> String;
    fn copy_failed(&self) -> &'static str;
    fn numbers_tightened(&self, path: &str) -> String;

    // Contacts, links, proof, sub-tasks, the e-mail, the timeline, exports.
    fn contact_label(&self) -> &'static str;
    fn contact(&self, contact: &Contact) -> String;
    fn link_label(&self) -> &'static str;
    fn link_opened(&self) -> &'static str;
    /// No browser could be opened: the link went to the clipboard instead.
    fn link_copied(&self) -> &'static str;
    fn note_label(&self) -> &'static str;
    fn note_prompt(&self, step: Step) -> String;
    fn note_keys(&self) -> &'static str;
    fn note_saved(&self, step: Step) -> String;
    fn pdf_label(&self) -> &'static str;
    fn pdf_prompt(&self) -> &'static str;
    fn pdf_saved(&self, name: &str) -> String;
    fn pdf_error(&self, error: &PdfError) -> String;
    fn task(&self, task: SubTask) -> &'static str;
    /// The keys shown beside the details' own actions: tasks, note, PDF, e-mail, link.
    fn detail_keys(&self, step: Step) -> &'static str;
    fn mail_title(&self) -> &'static str;
    fn mail_keys(&self) -> &'static str;
    fn mail_no_address(&self) -> &'static str;
    fn mail_copied(&self) -> &'static str;
    fn timeline_title(&self) -> &'static str;
    fn timeline_legend(&self) -> &'static str;
    fn ask_name(&self) -> &'static str;
    fn ask_school(&self) -> &'static str;
    fn ask_gestionnaire_name(&self) -> &'static str;
    fn ask_gestionnaire_email(&self) -> &'static str;
    fn optional_hint(&self) -> &'static str;
    fn email_invalid(&self) -> &'static str;
    fn ics_written(&self, path: &str, events: usize) -> String;
    fn sheet_written(&self, path: &str) -> String;

    // Errors, one line each.
    fn number_error(&self, error: &NumberError) -> String;
    fn transition_error(&self, error: &TransitionError) -> String;
    fn date_error(&self, error: &DateError) -> String;
    fn store_error(&self, error: &StoreError) -> String;
    fn terminal_error(&self, error: &std::io::Error) -> String;

    // Repairs and newer files.
    fn repair_no_file(&self, path: &str) -> String;
    fn repair_healthy(&self, path: &str) -> String;
    /// Where the damaged file went, and what the new one holds.
    fn repair_intro(&self, path: &str, aside: &str) -> [String; 2];
    fn repair_nothing_read(&self) -> &'static str;
    fn repair_kept(&self, kept: &Kept) -> String;
    fn repair_dropped(&self, dropped: &Dropped) -> String;
    fn newer_read_only(&self, version: u32) -> String;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::{Department, Inconsistency};
    use std::path::PathBuf;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn inert_text_cannot_drive_the_terminal() {
        assert_eq!(inert("fr", 10), "fr");
        assert_eq!(inert("\u{1b}[2Jgone", 100), "\\u{1b}[2Jgone");
        assert_eq!(inert("a\nb\u{7}", 100), "a\\u{a}b\\u{7}");
        assert_eq!(inert("right\u{202e}left", 100), "right\\u{202e}left");
        assert_eq!(inert("abcdef", 3), "abc…");
        assert!(!inert(&"\u{1b}".repeat(10_000), 50).contains('\u{1b}'));
    }

    #[test]
    fn locales_are_read_like_gettext() {
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("en_GB@euro"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C"), None);
        assert_eq!(Lang::from_locale("POSIX"), None);
        assert_eq!(Lang::from_locale("de_AT.UTF-8"), Some(Lang::De));
        assert_eq!(Lang::from_locale("es_419.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::from_locale("it_CH"), Some(Lang::It));
        assert_eq!(Lang::from_locale("pt_BR.UTF-8"), None);
    }

    #[test]
    fn choice_order_is_flag_then_file_then_locale_then_english() {
        let fr = || Some("fr_FR.UTF-8".to_owned());
        assert_eq!(Lang::choose(Some(Lang::En), Some("fr"), &[fr()]), Lang::En);
        assert_eq!(Lang::choose(None, Some("fr"), &[None]), Lang::Fr);
        assert_eq!(Lang::choose(None, Some("xx"), &[fr()]), Lang::Fr);
        assert_eq!(Lang::choose(None, None, &[None, fr()]), Lang::Fr);
        // LC_ALL=C wins over LANG=fr: the first variable set decides.
        assert_eq!(
            Lang::choose(None, None, &[Some("C".to_owned()), fr()]),
            Lang::En
        );
        assert_eq!(
            Lang::choose(None, None, &[Some(String::new()), fr()]),
            Lang::Fr
        );
        assert_eq!(Lang::choose(None, None, &[]), Lang::En);
    }

    #[test]
    fn plurals_in_english_and_french() {
        let en = Lang::En.texts();
        assert_eq!(en.days_left(DaysLeft(1)), "in 1 day");
        assert_eq!(en.days_left(DaysLeft(2)), "in 2 days");
        assert_eq!(en.days_left(DaysLeft(0)), "due today");
        assert_eq!(en.days_left(DaysLeft(-1)), "1 day late");
        assert_eq!(en.days_left(DaysLeft(-3)), "3 days late");
        let fr = Lang::Fr.texts();
        assert_eq!(fr.days_left(DaysLeft(1)), "dans 1 jour");
        assert_eq!(fr.days_left(DaysLeft(2)), "dans 2 jours");
        assert_eq!(fr.days_left(DaysLeft(0)), "aujourd’hui");
        assert_eq!(fr.days_left(DaysLeft(-1)), "1 jour de retard");
        assert_eq!(fr.days_left(DaysLeft(-2)), "2 jours de retard");
    }

    #[test]
    fn plurals_in_spanish_german_and_italian() {
        let cases: [(Lang, [&str; 5]); 3] = [
            (
                Lang::Es,
                [
                    "quedan 1 día",
                    "quedan 2 días",
                    "vence hoy",
                    "1 día de retraso",
                    "3 días de retraso",
                ],
            ),
            (
                Lang::De,
                [
                    "in 1 Tag",
                    "in 2 Tagen",
                    "heute fällig",
                    "1 Tag überfällig",
                    "3 Tage überfällig",
                ],
            ),
            (
                Lang::It,
                [
                    "tra 1 giorno",
                    "tra 2 giorni",
                    "scade oggi",
                    "1 giorno di ritardo",
                    "3 giorni di ritardo",
                ],
            ),
        ];
        for (lang, expected) in cases {
            let t = lang.texts();
            let got = [1, 2, 0, -1, -3].map(|n| t.days_left(DaysLeft(n)));
            assert_eq!(got, expected.map(str::to_owned), "{lang}");
        }
        let since = |lang: Lang, days| {
            lang.texts().since_last_visit(SinceLastVisit {
                days,
                deadlines_passed: 1,
            })
        };
        assert_eq!(
            since(Lang::De, 1),
            "Zuletzt geöffnet vor 1 Tag; seitdem 1 Frist abgelaufen."
        );
        assert_eq!(
            since(Lang::De, 12),
            "Zuletzt geöffnet vor 12 Tagen; seitdem 1 Frist abgelaufen."
        );
        assert_eq!(
            since(Lang::Fr, 1),
            "Dernière visite il y a 1 jour\u{a0}; 1 échéance dépassée depuis."
        );
        assert_eq!(
            since(Lang::It, 1),
            "Ultima apertura 1 giorno fa; 1 scadenza passata da allora."
        );
    }

    #[test]
    fn dates_are_written_the_way_each_language_writes_them() {
        let day = date(2026, 10, 2);
        let long = Lang::ALL.map(|l| l.texts().date(day));
        assert_eq!(
            long,
            [
                "2 October 2026",
                "2 octobre 2026",
                "2 de octubre de 2026",
                "2. Oktober 2026",
                "2 ottobre 2026"
            ]
            .map(str::to_owned)
        );
        let short = Lang::ALL.map(|l| l.texts().date_short(date(2026, 12, 31)));
        assert_eq!(
            short,
            [
                "31 Dec 2026",
                "31 déc. 2026",
                "31 dic 2026",
                "31. Dez 2026",
                "31 dic 2026"
            ]
            .map(str::to_owned)
        );
    }

    #[test]
    fn every_glossary_explains_the_same_french_terms() {
        let terms =
            |lang: Lang| -> Vec<&str> { lang.texts().glossary().iter().map(|(t, _)| *t).collect() };
        for lang in Lang::ALL {
            assert_eq!(terms(lang), terms(Lang::Fr), "{lang}");
            for (term, meaning) in lang.texts().glossary() {
                assert!(!meaning.is_empty(), "{lang}: {term}");
            }
        }
        for term in [
            "CPAM",
            "NIA",
            "NIR",
            "Attestation de droits",
            "DSDEN",
            "Gestionnaire",
            "ENSAP",
            "ameli.fr",
            "1er degré / 2nd degré",
        ] {
            assert!(terms(Lang::En).contains(&term), "{term}");
        }
    }

    #[test]
    fn the_sheet_is_translated_in_every_language_but_its_own() {
        for lang in Lang::ALL {
            for step in Step::ALL {
                let translation = lang.texts().sheet_translation(step, Some(Level::Secondary));
                assert_eq!(translation.is_none(), lang == Lang::Fr, "{lang} {step}");
            }
        }
    }

    #[test]
    fn l_cycles_through_every_language_once() {
        let mut lang = Lang::En;
        let mut seen = Vec::new();
        for _ in Lang::ALL {
            seen.push(lang);
            lang = lang.next();
        }
        assert_eq!(lang, Lang::En);
        assert_eq!(seen, Lang::ALL);
    }

    #[test]
    fn every_text_is_there_in_every_language() {
        let primary = Profile {
            level: Some(Level::Primary),
            department: Some(Department::Vaucluse),
            ..Profile::default()
        };
        let errors = [
            TransitionError::AlreadyDone {
                step: Step::Nia,
                on: date(2026, 10, 2),
            },
            TransitionError::Skipped { step: Step::Nia },
            TransitionError::PreviousOpen {
                step: Step::Nir,
                previous: Step::Nia,
            },
            TransitionError::InFuture {
                on: date(2027, 1, 1),
                today: date(2026, 11, 26),
            },
            TransitionError::BeforePrevious {
                step: Step::Nia,
                on: date(2026, 10, 1),
                previous: Step::Request,
                previous_on: date(2026, 10, 2),
            },
            TransitionError::NotDone { step: Step::Nia },
            TransitionError::LaterStepDone {
                step: Step::Request,
                later: Step::Nia,
            },
            TransitionError::AttestationDone,
            TransitionError::NoNumber {
                step: Step::Request,
            },
            TransitionError::NumberBeforeTick { step: Step::Nir },
        ];
        let number_errors = [
            NumberError::Empty,
            NumberError::Unexpected {
                position: 3,
                character: '/',
            },
            NumberError::MissingKey,
            NumberError::Length { length: 14 },
            NumberError::Letter {
                position: 2,
                letter: 'A',
            },
            NumberError::Sex { digit: '5' },
            NumberError::Month {
                month: "13".to_owned(),
            },
            NumberError::Place {
                place: "96".to_owned(),
            },
            NumberError::Order,
            NumberError::Key,
        ];
        let store_error = StoreError::Inconsistent {
            path: PathBuf::from("/p.json"),
            problem: Inconsistency::DoneAfterOpen {
                step: Step::Nia,
                previous: Step::Request,
            },
        };
        for lang in Lang::ALL {
            let t = lang.texts();
            for step in Step::ALL {
                assert!(!t.step_title(step).is_empty());
                assert!(t.step_short(step).chars().count() <= 12, "{lang}: {step}");
                for profile in [&primary, &Profile::default()] {
                    assert!(!t.step_who(step, profile).is_empty());
                    assert!(!t.step_todo(step, profile).is_empty());
                    assert!(!t.step_deadline_rule(step, profile).is_empty());
                }
            }
            for error in &errors {
                let text = t.transition_error(error);
                assert!(!text.is_empty() && !text.contains('\n'), "{lang}: {text}");
            }
            assert!(t.store_error(&store_error).contains("/p.json"));
            for error in &number_errors {
                let text = t.number_error(error);
                assert!(!text.is_empty() && !text.contains('\n'), "{lang}: {text}");
            }
            for note in [NumberNote::LooksProvisional, NumberNote::SameAsNia] {
                assert!(!t.number_note(note).is_empty());
            }
            let labels = t.profile_labels();
            for label in [
                labels.level,
                labels.department,
                labels.start,
                labels.registered,
                labels.name,
                labels.school,
                labels.gestionnaire,
                labels.language,
                labels.not_set,
                labels.default,
            ] {
                assert!(!label.is_empty(), "{lang}");
            }
            let report = SalvageReport {
                kept: vec![
                    Kept::Profile("level"),
                    Kept::StepDate(Step::Nia, date(2026, 10, 2)),
                    Kept::Number(Step::Nia),
                    Kept::LastOpened,
                ],
                dropped: vec![
                    Dropped::Field("steps.nia.number".to_owned()),
                    Dropped::OutOfOrder(Step::Nir),
                ],
            };
            let lines = repaired_lines(t, "/p.json", "/p.json.broken-1", &report);
            assert_eq!(lines.len(), 8, "{lang}: {lines:?}");
            assert!(
                lines[0].contains("/p.json.broken-1") && lines[1].contains("/p.json"),
                "{lang}"
            );
            assert!(
                lines
                    .iter()
                    .all(|l| !l.trim().is_empty() && !l.contains('\n')),
                "{lang}"
            );
            for contact in [
                Contact::Bureau { email: "a@b.fr" },
                Contact::Dsden {
                    department: Some(Department::Vaucluse),
                    name: None,
                    email: None,
                },
                Contact::Dsden {
                    department: None,
                    name: Some("Mme Martin".to_owned()),
                    email: Some("m@a.fr".to_owned()),
                },
            ] {
                assert!(!t.contact(&contact).is_empty(), "{lang}");
            }
            for error in [
                PdfError::NotFound,
                PdfError::NotAFile,
                PdfError::NotPdf,
                PdfError::Unreadable("x".to_owned()),
            ] {
                assert!(!t.pdf_error(&error).is_empty(), "{lang}");
            }
            for step in Step::ALL {
                assert!(!t.detail_keys(step).is_empty() && !t.note_prompt(step).is_empty());
            }
            for task in SubTask::ALL {
                assert!(!t.task(task).is_empty());
            }
            for (key, action) in t.help_keys().iter().chain(t.footer_keys()) {
                assert!(!key.is_empty() && !action.is_empty());
            }
        }
    }
}
