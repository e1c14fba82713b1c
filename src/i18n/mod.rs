//! Every text a user reads, in each language `secu` speaks; the French words of the sheet
//! live here too.
//!
//! A language file implements [`Texts`]: sentences and the arguments they take, and tables
//! (step names, the glossary), nothing else — a text missing in one language is a compile
//! error. Which sentence to say when (the `match` over a step, an error, a profile) is
//! decided once, here, in the methods of `dyn Texts`, so that a translator reads sentences
//! and a rule is written once for every language.

mod de;
mod en;
mod es;
mod fr;
mod help;
mod it;
pub mod sheet;

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

pub use crate::action::Action;
use crate::pdf::PdfError;
use crate::procedure::{
    Contact, DateError, DaysLeft, Deadline, DueRule, Inconsistency, Late, Level, MAX_NOTE_CHARS,
    Need, NumberError, NumberNote, Profile, Progress, Seen, SinceLastVisit, Step, StepState,
    SubTask, TransitionError, first_of_next_month, mask_numbers,
};
use crate::store::{Dropped, Kept, SalvageReport, StoreError};
use crate::text::{inert, pad, truncate, width};
pub use help::Help;

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
            .ok_or_else(|| {
                format!(
                    "{:?} is not a language secu speaks: use en, fr, es, de or it",
                    inert(s)
                )
            })
    }
}

/// The CLDR plural categories the five languages use for whole numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    One,
    Other,
}

/// The plural category of `n` in `lang`, by CLDR's rules for integers: French puts 0 and 1
/// in "one"; English, Spanish, German and Italian only 1. (CLDR's "many" of French, Spanish
/// and Italian starts at a million: no count here gets there.)
pub fn plural_category(lang: Lang, n: i64) -> PluralCategory {
    let one = match lang {
        Lang::Fr => n == 0 || n == 1,
        Lang::En | Lang::Es | Lang::De | Lang::It => n == 1,
    };
    if one {
        PluralCategory::One
    } else {
        PluralCategory::Other
    }
}

/// A sentence that counts something, in each plural category; `{n}` stands for the count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
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
    pub gestionnaire_email: &'static str,
    /// « assistant » or « assistante de langue », as the e-mail signs.
    pub title: &'static str,
    /// The e-mail's greeting of the gestionnaire.
    pub civility: &'static str,
    pub language: &'static str,
    /// In place of a level not chosen yet.
    pub not_set: &'static str,
    /// After a contract start that is the school-year default.
    pub default: &'static str,
}

/// The sheet's sentences in a language other than French, shown under the French so that
/// the assistant recognises them on paper.
pub struct SheetTranslation {
    /// Why the number matters: the sheet's opening paragraph.
    pub intro: &'static str,
    /// "Si vous avez déjà un numéro définitif…"
    pub already_registered: &'static str,
    pub request_primary: &'static str,
    pub request_secondary: &'static str,
    pub request_either: &'static str,
    pub nia: &'static str,
    pub nir: &'static str,
    pub attestation_primary: &'static str,
    pub attestation_secondary: &'static str,
    pub attestation_either: &'static str,
    pub ensap: &'static str,
}

/// The keys' names as the language's keyboards print them.
pub struct KeyNames {
    pub space: &'static str,
    pub enter: &'static str,
    pub esc: &'static str,
    pub backspace: &'static str,
    pub delete: &'static str,
    pub page_up: &'static str,
    pub page_down: &'static str,
    pub home: &'static str,
    pub end: &'static str,
    pub ctrl: &'static str,
}

/// The texts of one language: sentences, taking their arguments already written out.
pub trait Texts: Sync {
    // The language itself.
    fn lang(&self) -> Lang;
    /// Month names, January first (glibc's `MON`).
    fn months(&self) -> &'static [&'static str];
    /// Abbreviated month names (glibc's `ABMON`).
    fn months_short(&self) -> &'static [&'static str];
    /// How the first day of a month is written: "1", or "1er" in French.
    fn first_day(&self) -> &'static str;
    /// Between the day, the month and the year of a date in figures: 02/10/2026, 02.10.2026.
    fn date_separator(&self) -> char;
    /// A date in words: "2 October 2026", "2. Oktober 2026", "2 de octubre de 2026".
    fn date_words(&self, day: &str, month: &str, year: i32) -> String;
    /// The same with the month abbreviated, for a list's column.
    fn date_words_short(&self, day: &str, month: &str, year: i32) -> String;
    /// A name between the language's quotation marks.
    fn quote(&self, text: &str) -> String;
    /// A label and its value: "Number: …", or with a no-break space in French.
    fn labelled(&self, label: &str, value: &str) -> String;

    // The procedure.
    fn app_title(&self) -> &'static str;
    /// A step's name.
    fn step_title(&self, step: Step) -> &'static str;
    /// The same in at most 12 columns, for narrow windows.
    fn step_short(&self, step: Step) -> &'static str;
    fn level(&self, level: Level) -> &'static str;
    /// "the DSDEN of your département", for a gestionnaire whose département is not known.
    fn dsden_unknown(&self) -> &'static str;
    fn who_request_primary(&self, dsden: &str) -> String;
    fn who_request_secondary(&self) -> &'static str;
    fn who_request_either(&self) -> &'static str;
    fn who_cpam(&self) -> &'static str;
    fn who_attestation_primary(&self, dsden: &str) -> String;
    fn who_attestation_secondary(&self, email: &str) -> String;
    fn who_ensap(&self) -> &'static str;
    fn todo_request(&self) -> &'static str;
    fn todo_nia(&self) -> &'static str;
    fn todo_nir(&self) -> &'static str;
    /// For those who already had a definitive number: where the attestation comes from.
    fn todo_download_attestation(&self) -> &'static str;
    fn todo_attestation_primary(&self, dsden: &str) -> String;
    fn todo_attestation_secondary(&self, email: &str) -> String;
    fn todo_ensap(&self) -> &'static str;

    // When, and why then.
    fn rule_two_weeks(&self, start: &str) -> String;
    fn rule_on_arrival(&self, start: &str) -> String;
    fn rule_nia(&self) -> &'static str;
    /// `due` is the last day of the contract's second month, `month` the third month.
    fn rule_nir(&self, due: &str, month: &str) -> String;
    fn rule_attestation(&self, month: &str) -> String;
    fn rule_ensap_sent(&self, month: &str, sent: &str) -> String;
    fn rule_ensap_open(&self, month: &str) -> String;
    fn usual_delay(&self) -> &'static str;
    fn usual_delay_dated(&self, by: &str) -> String;
    /// The usual delay ends after the NIR's due date: say so, and what to do then.
    fn usual_delay_after_due(&self, by: &str, due: &str) -> String;

    // When a step is late: what to do now and whom to ask.
    fn advice_request_primary(&self, dsden: &str) -> String;
    fn advice_request_secondary(&self) -> &'static str;
    fn advice_nia_primary(&self, days: i64, dsden: &str) -> String;
    fn advice_nia_secondary(&self, days: i64) -> String;
    fn advice_nir_primary(&self, dsden: &str) -> String;
    fn advice_nir_secondary(&self, email: &str) -> String;
    fn advice_attestation(&self) -> &'static str;
    fn advice_ensap(&self) -> &'static str;
    /// A late step behind an open one: it waits for that one.
    fn advice_waits(&self, step: &str) -> String;

    // What to have at hand.
    fn need(&self, need: Need) -> &'static str;

    // Dates and deadlines.
    fn done_on(&self, date: &str) -> String;
    fn not_needed(&self) -> &'static str;
    fn due_on(&self, date: &str) -> String;
    fn no_fixed_date(&self) -> &'static str;
    fn due_today(&self) -> &'static str;
    fn in_days(&self) -> Plural;
    fn days_late(&self) -> Plural;
    /// The NIA four weeks after the request, in a row's days column.
    fn no_letter_for(&self) -> Plural;
    fn next_dated(&self, step: &str, due: &str, days: &str) -> String;
    fn next_nia(&self, step: &str) -> String;
    fn next_nia_then(&self, step: &str, then: &str, due: &str, days: &str) -> String;
    fn all_done(&self) -> &'static str;
    fn days_ago(&self) -> Plural;
    fn deadlines_passed(&self) -> Plural;
    /// Steps the file says were done after this computer's last visit.
    fn done_since(&self) -> Plural;
    fn since_last_visit(&self, ago: &str, passed: &str) -> String;

    // The profile.
    fn profile_labels(&self) -> ProfileLabels;
    fn not_set_up(&self, path: &str) -> String;
    fn yes(&self) -> &'static str;
    fn no(&self) -> &'static str;

    // The checklist screen.
    fn progress_gauge(&self, done: usize, total: usize) -> String;
    /// A masked number in words, for a screen reader: its start, how many digits are
    /// hidden, its end.
    fn digits_hidden(&self, start: &str, hidden: usize, end: &str) -> String;
    fn steps_title(&self) -> &'static str;
    fn who_label(&self) -> &'static str;
    fn todo_label(&self) -> &'static str;
    fn deadline_label(&self) -> &'static str;
    fn usual_label(&self) -> &'static str;
    fn late_label(&self) -> &'static str;
    fn needs_label(&self) -> &'static str;
    fn sheet_label(&self) -> &'static str;
    /// `None` in French, the sheet's own language.
    fn sheet_translation(&self) -> Option<SheetTranslation>;
    fn glossary_title(&self) -> &'static str;
    /// The French terms of the letters and forms, each with what it is in this language.
    fn glossary(&self) -> &'static [(&'static str, &'static str)];
    fn sheet_says(&self) -> &'static str;
    /// Under the sheet's words, for a contract that does not start in October.
    fn sheet_months_moved(&self, month: &str) -> String;
    fn language_changed(&self) -> &'static str;
    fn help_title(&self) -> &'static str;
    fn date_prompt(&self) -> &'static str;
    fn confirm_untick(&self, step: &str, date: &str) -> String;
    fn ticked(&self, step: &str, date: &str) -> String;
    fn unticked(&self, step: &str) -> String;
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
    fn ask_number(&self) -> &'static str;
    fn ask_name(&self) -> &'static str;
    fn ask_school(&self) -> &'static str;
    fn ask_title(&self) -> &'static str;
    fn ask_civility(&self) -> &'static str;
    /// The answer that leaves an optional choice out.
    fn leave_out(&self) -> &'static str;
    fn ask_gestionnaire_name(&self) -> &'static str;
    fn ask_gestionnaire_email(&self) -> &'static str;
    fn optional_hint(&self) -> &'static str;
    fn email_invalid(&self) -> &'static str;

    // Numbers.
    fn number_label(&self) -> &'static str;
    fn number_prompt_nia(&self) -> &'static str;
    fn number_prompt_nir(&self) -> &'static str;
    fn no_number_asked_at_tick(&self) -> &'static str;
    fn no_number_yet_press_n(&self) -> &'static str;
    fn no_number_give_nir(&self) -> &'static str;
    fn no_number_registered(&self) -> &'static str;
    fn number_saved(&self, step: &str) -> String;
    fn looks_provisional(&self) -> &'static str;
    fn same_as_nia(&self) -> &'static str;
    fn copied_nia(&self) -> &'static str;
    fn copied_ameli(&self) -> &'static str;
    fn copied_ensap(&self) -> &'static str;
    fn no_number_yet(&self, step: &str) -> String;
    fn copy_failed(&self) -> &'static str;
    fn numbers_tightened(&self, path: &str) -> String;

    // Contacts, links, proof, sub-tasks, the e-mail, the timeline, exports.
    fn contact_label(&self) -> &'static str;
    fn contact_bureau(&self, email: &str) -> String;
    /// `office` is "the DSDEN 13 Bouches-du-Rhône" or, unknown, "the DSDEN".
    fn dsden_office(&self, department: &str) -> String;
    fn dsden_office_unknown(&self) -> &'static str;
    fn contact_unknown(&self, office: &str) -> String;
    fn contact_named(&self, name: &str, office: &str) -> String;
    fn contact_someone(&self, office: &str) -> String;
    fn link_label(&self) -> &'static str;
    fn link_opened(&self) -> &'static str;
    fn note_label(&self) -> &'static str;
    fn note_prompt(&self, step: &str) -> String;
    fn note_saved(&self, step: &str) -> String;
    fn pdf_label(&self) -> &'static str;
    fn pdf_prompt(&self) -> &'static str;
    fn pdf_saved(&self, name: &str) -> String;
    fn pdf_not_found(&self) -> &'static str;
    fn pdf_folder(&self) -> &'static str;
    fn pdf_unreadable(&self, why: &str) -> String;
    fn pdf_not_pdf(&self) -> &'static str;
    /// One of the NIR's small tasks.
    fn task(&self, task: SubTask) -> &'static str;
    fn mail_title(&self) -> &'static str;
    fn mail_no_address(&self) -> &'static str;
    /// After `o` opened the e-mail in a mail program.
    fn mail_opened(&self) -> &'static str;
    /// The parts of the e-mail `y` offers to copy.
    fn mail_part_address(&self) -> &'static str;
    fn mail_part_subject(&self) -> &'static str;
    fn mail_part_body(&self) -> &'static str;
    fn mail_part_all(&self) -> &'static str;
    fn mail_part_copied(&self, part: &str) -> String;
    /// Said above the e-mail and after it is opened or copied: a `mailto:` carries no file.
    fn mail_attach(&self) -> &'static str;
    fn mail_no_name(&self) -> &'static str;
    fn timeline_title(&self) -> &'static str;
    fn timeline_legend(&self) -> &'static str;
    fn ics_written(&self) -> Plural;
    /// A calendar event for a deadline already passed, placed today.
    fn overdue_since(&self, step: &str, due: &str) -> String;
    fn sheet_written(&self, path: &str) -> String;

    // Refusals, one line each.
    fn already_done(&self, step: &str, date: &str) -> String;
    fn skipped_step(&self, step: &str) -> String;
    fn previous_open(&self, previous: &str) -> String;
    fn in_future(&self, date: &str) -> String;
    fn before_previous(&self, date: &str, previous: &str, previous_date: &str) -> String;
    fn after_next(&self, date: &str, next: &str, next_date: &str) -> String;
    fn not_ticked(&self, step: &str) -> String;
    fn later_done(&self, later: &str) -> String;
    fn has_no_number(&self, step: &str) -> String;
    fn number_before_tick(&self, step: &str) -> String;
    fn attestation_done(&self) -> &'static str;
    fn task_before_number(&self, task: &str, step: &str) -> String;
    fn task_before_account(&self, task: &str) -> String;
    fn start_out_of_range(&self, year: i32) -> String;
    fn note_too_long(&self, max: usize) -> String;
    /// Under a note typed past its limit.
    fn note_count(&self, count: usize, max: usize) -> String;
    fn text_too_long(&self, max: usize) -> String;
    fn path_too_long(&self, max: usize) -> String;

    // Numbers refused, one line each, never repeating the number.
    fn number_empty(&self) -> &'static str;
    fn number_unexpected(&self, position: usize, character: &str) -> String;
    fn number_missing_key(&self) -> &'static str;
    fn number_length(&self, length: usize) -> String;
    fn number_letter(&self, position: usize, letter: char) -> String;
    fn number_sex(&self, digit: char) -> String;
    fn number_month(&self, month: &str) -> String;
    fn number_place(&self, place: &str) -> String;
    fn number_order(&self) -> &'static str;
    fn number_key(&self) -> &'static str;

    // Dates refused.
    fn date_empty(&self) -> &'static str;
    fn date_unreadable(&self, text: &str) -> String;
    fn date_does_not_exist(&self, date: &str) -> String;
    fn date_out_of_range(&self, year: i32) -> String;

    // The progress file.
    fn no_config_dir(&self) -> &'static str;
    fn cannot_read(&self, path: &str, why: &str) -> String;
    fn too_large(&self, path: &str, size: u64) -> String;
    fn damaged(&self, path: &str, line: usize, column: usize, what: &str) -> String;
    fn not_json(&self) -> &'static str;
    fn bad_value(&self, field: &str) -> String;
    fn inconsistent(&self, path: &str, problem: &str) -> String;
    fn left_as_is(&self) -> &'static str;
    fn done_after_open(&self, step: &str, previous: &str) -> String;
    fn dates_out_of_order(
        &self,
        step: &str,
        date: &str,
        previous: &str,
        previous_date: &str,
    ) -> String;
    fn dates_out_of_range(&self) -> &'static str;
    fn note_too_long_in_file(&self, step: &str) -> String;
    fn invalid_number_in_file(&self, step: &str, why: &str) -> String;
    fn newer_version(&self, path: &str, version: u32) -> String;
    fn cannot_write(&self, path: &str, why: &str) -> String;
    fn locked(&self, path: &str) -> String;
    fn terminal_error(&self, why: &str) -> String;

    // Repairs and newer files.
    fn repair_no_file(&self, path: &str) -> String;
    fn repair_healthy(&self, path: &str) -> String;
    fn repair_moved(&self, aside: &str) -> String;
    fn repair_new_file(&self, path: &str) -> String;
    fn repair_nothing_read(&self) -> &'static str;
    fn repair_kept(&self, what: &str) -> String;
    fn repair_dropped(&self, what: &str) -> String;
    fn kept_number(&self, step: &str) -> String;
    fn kept_last_opened(&self) -> &'static str;
    fn dropped_unreadable(&self, field: &str) -> String;
    fn dropped_out_of_order(&self, step: &str) -> String;
    fn newer_read_only(&self, version: u32) -> String;
    fn dropped_cut(&self, field: &str, max: usize) -> String;
    fn cannot_keep(&self, path: &str) -> String;
    fn no_deadline_passed(&self) -> &'static str;
    fn give_number_later(&self) -> &'static str;
    /// A symbolic link on the way to the progress file points to nothing.
    fn broken_link(&self, link: &str, target: &str) -> String;
    /// `TZ` named a device, a pipe or a huge file, and was set aside.
    fn time_zone_set_aside(&self, tz: &str) -> String;
    /// The standard output (or error) could not be written, other than to a closed pipe.
    fn output_lost(&self, why: &str) -> String;
    /// An editor's value was saved by another `secu` meanwhile; `now` is what the file holds.
    fn changed_meanwhile(&self, now: &str) -> String;
    fn profile_changed_meanwhile(&self) -> &'static str;
    /// The note editor now holds the other `secu`'s note, then the user's.
    fn note_merged(&self) -> &'static str;
    /// What a value is when there is none ("it is now: nothing").
    fn meanwhile_nothing(&self) -> &'static str;
    /// The calendar would hold no event: nothing is written (RFC 5545 wants one at least).
    fn nothing_to_export(&self) -> &'static str;
    /// After a tick of a step a calendar exported while it was open: how to drop its reminder.
    fn calendar_stale(&self, how: &str) -> String;
    /// After a calendar's export: how many done steps it holds, cancelled.
    fn ics_cancelled(&self) -> Plural;
    /// `secu export mail` with no address for the gestionnaire.
    fn mail_no_address_cli(&self) -> &'static str;
    fn not_a_file(&self, path: &str) -> String;
    fn could_not_tighten(&self, path: &str, why: &str) -> String;
    fn redated(&self, step: &str, date: &str, was: &str) -> String;
    /// A date accepted but earlier than the contract's start: said, never silent.
    fn before_start(&self, start: &str) -> String;
    /// The school year's default contract start, written into the file so that it no longer
    /// moves with the calendar.
    fn start_written(&self, start: &str) -> String;
    /// A new year asked for within the school year under way.
    fn same_school_year(&self, year: &str, from: &str) -> String;
    /// `secu new-year` done: where the last school year is kept, and when the new one starts.
    fn new_year_kept(&self, year: &str, path: &str, start: &str) -> String;
    /// The new year, with the definitive number kept.
    fn new_year_registered(&self) -> &'static str;
    /// The new year, with the whole procedure again.
    fn new_year_again(&self) -> &'static str;
    /// On the checklist, once the contract is over and a new school year has begun.
    fn new_year_notice(&self, year: &str) -> String;
    /// A recorded date is after today: the clock looks wrong.
    fn clock_behind(&self, today: &str, latest: &str) -> String;
    fn lang_invalid(&self, value: &str) -> String;
    fn export_over_progress(&self, path: &str) -> String;

    // Keys.
    /// What an action of the key table does: short for the footer, long for the help.
    fn action(&self, action: Action) -> (&'static str, &'static str);
    fn key_names(&self) -> KeyNames;
    /// Space on a done step: how to correct its date or un-tick it.
    fn already_ticked(&self, step: &str, date: &str, redate: &str, untick: &str) -> String;
    fn only_when_ticked(&self, key: &str) -> String;
    /// `u` on a step that is not the last ticked one.
    fn untick_which(&self, key: &str, last: &str) -> String;
    fn nothing_ticked(&self, key: &str) -> String;
    fn only_with_number(&self, key: &str) -> String;
    /// A key that acts on one step only.
    fn only_on(&self, key: &str, step: &str) -> String;
    fn no_whole_message(&self, key: &str) -> String;
    /// Esc on the list, where nothing is open to close.
    fn esc_in_list(&self, quit: &str) -> String;
    /// A list key pressed in the timeline.
    fn timeline_inert(&self, key: &str, back: &str) -> String;
    fn nothing_here(&self, key: &str, help: &str) -> String;
    /// Esc on the first question of the first run: there is nothing before it.
    fn esc_first_question(&self, quit: &str) -> String;
    fn exported(&self, path: &str) -> String;
    fn confirm_discard(&self) -> &'static str;
    /// Ctrl-C over typed text: quitting throws it away.
    fn confirm_quit_discard(&self) -> &'static str;
    fn redate_prompt(&self) -> &'static str;
    /// Under a number field that opens on the number kept.
    fn number_kept_hint(&self) -> &'static str;
    /// Under an empty number field while ticking.
    fn number_later_hint(&self) -> &'static str;
    fn answers_title(&self) -> &'static str;
    fn export_title(&self) -> &'static str;
    fn export_calendar(&self) -> &'static str;
    fn export_sheet(&self) -> &'static str;
    /// Said when a view's text goes on below its last line.
    fn more_below(&self) -> &'static str;
    fn export_failed(&self, path: &str, why: &str) -> String;
    /// The help's sections: the list, the timeline, a text field, the note.
    fn help_headings(&self) -> [&'static str; 4];
    fn no_downloads(&self) -> &'static str;
    /// A key that does nothing in a box or a question: how to close it.
    fn nothing_here_close(&self, key: &str, close: &str) -> String;
    /// The checklist asked for in a terminal that cannot draw it.
    fn dumb_terminal(&self) -> &'static str;
    /// The checklist asked for with the standard input or output redirected.
    fn not_a_terminal(&self) -> &'static str;
    /// A PDF path with bytes that are not text: the progress file (JSON) cannot keep it.
    fn pdf_not_text(&self, path: &str) -> String;
    /// After a copy that could only go through the terminal (OSC 52), which may drop it.
    fn sent_to_terminal(&self) -> &'static str;
    /// `o` found no browser to open (SSH, no display).
    fn no_browser(&self) -> &'static str;
    /// No browser could be opened (SSH, no display): the address went to the clipboard.
    fn address_copied(&self) -> &'static str;
    /// The step's address, copied with y.
    fn address_copied_here(&self) -> &'static str;
    /// No mail program could be opened for the e-mail.
    fn mail_not_opened(&self, copy: &str) -> String;
    /// After a calendar is written: how to get it onto a phone.
    fn calendar_hint(&self) -> &'static str;
    /// After an export over SSH: the file is on the server, and the command that fetches it.
    fn exported_remote(&self, command: &str) -> String;
    /// The command line's help at one of its places.
    fn help(&self, help: Help) -> &'static str;
    /// A value given where the command takes none (one too many, or in the wrong place).
    fn cli_unexpected_value(&self, value: &str, help: &str) -> String;
    fn cli_unknown_argument(&self, argument: &str, help: &str) -> String;
    fn cli_unknown_command(&self, command: &str, help: &str) -> String;
    fn cli_invalid_value(&self, value: &str, argument: &str, valid: &str) -> String;
    fn cli_missing(&self, what: &str, help: &str) -> String;
    /// An option given twice, or two that cannot go together.
    fn cli_repeated(&self, argument: &str, help: &str) -> String;
    /// Under "Window too small", where typed text would be lost by quitting: why `q` waits.
    fn too_small_unsaved(&self) -> &'static str;
}

/// The decisions, written once for every language: which sentence to say, with what.
impl<'t> dyn Texts + 't {
    /// A date as this language writes it, month names from glibc's locale data.
    pub fn date(&self, date: NaiveDate) -> String {
        self.date_words(&self.day(date), self.month_name(date), date.year())
    }

    /// A date in figures, as this language writes it and as a date field takes it.
    pub fn date_figures(&self, date: NaiveDate) -> String {
        let sep = self.date_separator();
        format!(
            "{:02}{sep}{:02}{sep}{}",
            date.day(),
            date.month(),
            date.year()
        )
    }

    /// A date in a list's column: the month abbreviated.
    pub fn date_short(&self, date: NaiveDate) -> String {
        let month = pick(self.months_short(), date.month0());
        self.date_words_short(&self.day(date), month, date.year())
    }

    fn day(&self, date: NaiveDate) -> String {
        if date.day() == 1 {
            self.first_day().to_owned()
        } else {
            date.day().to_string()
        }
    }

    /// The month of `date`, as a word.
    pub fn month_name(&self, date: NaiveDate) -> &'static str {
        pick(self.months(), date.month0())
    }

    /// A counted sentence in the plural category of `n`.
    pub fn count(&self, plural: Plural, n: i64) -> String {
        let form = match plural_category(self.lang(), n) {
            PluralCategory::One => plural.one,
            PluralCategory::Other => plural.other,
        };
        form.replace("{n}", &n.to_string())
    }

    /// [`count`](Self::count) of a number of things.
    pub fn count_of(&self, plural: Plural, n: usize) -> String {
        self.count(plural, i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// A step's name between quotation marks, as messages name it.
    pub fn quoted(&self, step: Step) -> String {
        self.quote(self.step_title(step))
    }

    /// "DSDEN 13 (Bouches-du-Rhône)", or "the DSDEN of your département" while unknown.
    fn dsden(&self, profile: &Profile) -> String {
        match profile.department {
            Some(d) => format!("DSDEN {} ({})", d.code(), d.name()),
            None => self.dsden_unknown().to_owned(),
        }
    }

    /// Who does the step.
    pub fn step_who(&self, step: Step, profile: &Profile) -> String {
        let dsden = self.dsden(profile);
        match (step, profile.level) {
            (Step::Request, Some(Level::Primary)) => self.who_request_primary(&dsden),
            (Step::Request, Some(Level::Secondary)) => self.who_request_secondary().to_owned(),
            (Step::Request, None) => self.who_request_either().to_owned(),
            (Step::Nia | Step::Nir, _) => self.who_cpam().to_owned(),
            (Step::Attestation, Some(Level::Secondary)) => {
                self.who_attestation_secondary(sheet::SECONDARY_EMAIL)
            }
            (Step::Attestation, _) => self.who_attestation_primary(&dsden),
            (Step::Ensap, _) => self.who_ensap().to_owned(),
        }
    }

    /// What the assistant does for the step.
    pub fn step_todo(&self, step: Step, profile: &Profile) -> String {
        match step {
            Step::Request => self.todo_request().to_owned(),
            Step::Nia => self.todo_nia().to_owned(),
            Step::Nir => self.todo_nir().to_owned(),
            Step::Attestation => {
                let send = match profile.level {
                    Some(Level::Secondary) => {
                        self.todo_attestation_secondary(sheet::SECONDARY_EMAIL)
                    }
                    _ => self.todo_attestation_primary(&self.dsden(profile)),
                };
                if profile.already_registered {
                    format!("{} {send}", self.todo_download_attestation())
                } else {
                    send
                }
            }
            Step::Ensap => self.todo_ensap().to_owned(),
        }
    }

    /// Why a step is due when it is, in words that name the same months as its date.
    pub fn deadline_rule(&self, step: Step, deadline: Option<&Deadline>) -> String {
        let Some(deadline) = deadline else {
            return self.rule_nia().to_owned();
        };
        let month = self.month_name(deadline.due);
        match deadline.rule {
            DueRule::TwoWeeksAfterStart { start } if step == Step::Attestation => {
                self.rule_on_arrival(&self.date(start))
            }
            DueRule::TwoWeeksAfterStart { start } => self.rule_two_weeks(&self.date(start)),
            DueRule::BeforeThirdMonth => {
                let third = first_of_next_month(deadline.due).unwrap_or(deadline.due);
                self.rule_nir(&self.date(deadline.due), self.month_name(third))
            }
            DueRule::InThirdMonth => self.rule_attestation(month),
            DueRule::MonthAfterSent { sent } => self.rule_ensap_sent(month, &self.date(sent)),
            DueRule::MonthAfterAttestation => self.rule_ensap_open(month),
        }
    }

    /// The CPAM's usual delay for the definitive number, dated once the request is done, and
    /// what it means when it ends after the sheet's date.
    pub fn usual_nir_delay(&self, progress: &Progress, today: NaiveDate) -> String {
        let due = progress.due(Step::Nir, today);
        match (progress.usual_nir_arrival(), due) {
            (Some(by), Some(due)) if by > due => {
                self.usual_delay_after_due(&self.date(by), &self.date(due))
            }
            (Some(by), _) => self.usual_delay_dated(&self.date(by)),
            (None, _) => self.usual_delay().to_owned(),
        }
    }

    /// What to do now about a late step, and whom to ask; for a step that waits for an open
    /// one, which one.
    pub fn late_advice(&self, step: Step, late: Late, progress: &Progress) -> String {
        if let Some(before) = progress.waits_for(step) {
            return self.advice_waits(&self.quoted(before));
        }
        let profile = progress.profile();
        let dsden = self.dsden(profile);
        let secondary = profile.level == Some(Level::Secondary);
        match (step, late) {
            (Step::Request, _) if secondary => self.advice_request_secondary().to_owned(),
            (Step::Request, _) => self.advice_request_primary(&dsden),
            (Step::Nia, Late::NoLetterYet { days })
            | (Step::Nia, Late::Overdue(DaysLeft(days)))
                if secondary =>
            {
                self.advice_nia_secondary(days.abs())
            }
            (Step::Nia, Late::NoLetterYet { days })
            | (Step::Nia, Late::Overdue(DaysLeft(days))) => {
                self.advice_nia_primary(days.abs(), &dsden)
            }
            (Step::Nir, _) if secondary => self.advice_nir_secondary(sheet::SECONDARY_EMAIL),
            (Step::Nir, _) => self.advice_nir_primary(&dsden),
            (Step::Attestation, _) => self.advice_attestation().to_owned(),
            (Step::Ensap, _) => self.advice_ensap().to_owned(),
        }
    }

    /// What to have at hand for a step.
    pub fn needs(&self, step: Step, profile: &Profile) -> Vec<&'static str> {
        step.needs(profile.already_registered)
            .iter()
            .map(|&need| self.need(need))
            .collect()
    }

    /// The sheet's French sentence for a step, translated; `None` in French.
    pub fn sheet_translation_of(
        &self,
        step: Step,
        level: Option<Level>,
        registered: bool,
    ) -> Option<&'static str> {
        let t = self.sheet_translation()?;
        Some(match (step, level) {
            (Step::Request, Some(Level::Primary)) => t.request_primary,
            (Step::Request, Some(Level::Secondary)) => t.request_secondary,
            (Step::Request, None) => t.request_either,
            (Step::Nia, _) => t.nia,
            (Step::Nir, _) => t.nir,
            (Step::Attestation, _) if registered => t.already_registered,
            (Step::Attestation, Some(Level::Primary)) => t.attestation_primary,
            (Step::Attestation, Some(Level::Secondary)) => t.attestation_secondary,
            (Step::Attestation, None) => t.attestation_either,
            (Step::Ensap, _) => t.ensap,
        })
    }

    pub fn done_on_date(&self, on: NaiveDate) -> String {
        self.done_on(&self.date_short(on))
    }

    pub fn due_on_date(&self, due: NaiveDate) -> String {
        self.due_on(&self.date_short(due))
    }

    /// "in 3 days", "due today", "2 days late".
    pub fn days_left(&self, days: DaysLeft) -> String {
        match days.0 {
            0 => self.due_today().to_owned(),
            n if n < 0 => self.count(self.days_late(), -n),
            n => self.count(self.in_days(), n),
        }
    }

    /// The top line: what is next, by when.
    pub fn next_line(&self, progress: &Progress, today: NaiveDate) -> String {
        let Some(step) = progress.next() else {
            return self.all_done().to_owned();
        };
        let title = self.step_title(step);
        let due = progress.next_due(today);
        let when = |due: NaiveDate| {
            (
                self.date(due),
                self.days_left(DaysLeft::between(today, due)),
            )
        };
        match (progress.due(step, today), due) {
            (Some(_), Some(due)) => {
                let (due, days) = when(due);
                self.next_dated(title, &due, &days)
            }
            // The NIA has no date of its own; what must come after it has one.
            (None, Some(due)) => {
                let then = Step::ALL
                    .into_iter()
                    .find(|&s| progress.due(s, today) == Some(due))
                    .map_or("", |s| self.step_title(s));
                let (due, days) = when(due);
                self.next_nia_then(title, then, &due, &days)
            }
            (_, None) => self.next_nia(title),
        }
    }

    pub fn since_last(&self, since: SinceLastVisit) -> String {
        let ago = self.count(self.days_ago(), since.days);
        let mut passed = match since.deadlines_passed {
            0 => self.no_deadline_passed().to_owned(),
            n => self.count_of(self.deadlines_passed(), n),
        };
        if since.done_since > 0 {
            let done = self.count_of(self.done_since(), since.done_since);
            passed = format!("{passed}, {done}");
        }
        self.since_last_visit(&ago, &passed)
    }

    pub fn confirm_untick_step(&self, step: Step, on: NaiveDate) -> String {
        self.confirm_untick(&self.quoted(step), &self.date(on))
    }

    pub fn ticked_step(&self, step: Step, on: NaiveDate) -> String {
        self.ticked(&self.quoted(step), &self.date(on))
    }

    pub fn unticked_step(&self, step: Step) -> String {
        self.unticked(&self.quoted(step))
    }

    pub fn number_prompt(&self, step: Step) -> &'static str {
        match step {
            Step::Nir | Step::Ensap | Step::Attestation => self.number_prompt_nir(),
            Step::Nia | Step::Request => self.number_prompt_nia(),
        }
    }

    /// Where a step's number would be, when there is none.
    pub fn no_number(&self, step: Step, progress: &Progress) -> &'static str {
        match (step, progress.state(step)) {
            (Step::Ensap, _) if progress.profile().already_registered => {
                self.no_number_registered()
            }
            (Step::Ensap, _) => self.no_number_give_nir(),
            (_, StepState::Open) => self.no_number_asked_at_tick(),
            _ => self.no_number_yet_press_n(),
        }
    }

    pub fn number_note(&self, note: NumberNote) -> &'static str {
        match note {
            NumberNote::LooksProvisional => self.looks_provisional(),
            NumberNote::SameAsNia => self.same_as_nia(),
        }
    }

    /// What `y` put on the clipboard for this step.
    pub fn copied(&self, step: Step) -> &'static str {
        match step {
            Step::Nir => self.copied_ameli(),
            Step::Ensap => self.copied_ensap(),
            _ => self.copied_nia(),
        }
    }

    pub fn contact(&self, contact: &Contact) -> String {
        match contact {
            Contact::Bureau { email } => self.contact_bureau(email),
            Contact::Dsden {
                department,
                name,
                email,
            } => {
                let office = department.map_or_else(
                    || self.dsden_office_unknown().to_owned(),
                    |d| self.dsden_office(&d.to_string()),
                );
                let who = match name {
                    Some(name) => self.contact_named(&truncate(&inert(name), 60), &office),
                    None if email.is_some() => self.contact_someone(&office),
                    None => return self.contact_unknown(&office),
                };
                match email {
                    Some(email) => self.labelled(&who, &truncate(&inert(email), 80)),
                    None => who,
                }
            }
        }
    }

    pub fn pdf_error(&self, error: &PdfError) -> String {
        match error {
            PdfError::NotFound => self.pdf_not_found().to_owned(),
            PdfError::NotAFile => self.pdf_folder().to_owned(),
            PdfError::Unreadable(why) => self.pdf_unreadable(&inert(why)),
            PdfError::NotPdf => self.pdf_not_pdf().to_owned(),
            PdfError::NotText(path) => self.pdf_not_text(&shown_path(path)),
        }
    }

    pub fn new_year_notice_of(
        &self,
        progress: &crate::procedure::Progress,
        today: NaiveDate,
    ) -> String {
        let start = progress.profile().contract_start_or_default(today);
        self.new_year_notice(&school_years(crate::procedure::school_year(start)))
    }

    pub fn ics_cancelled_count(&self, events: usize) -> String {
        self.count_of(self.ics_cancelled(), events)
    }

    pub fn ics_written_to(&self, path: &str, events: usize) -> String {
        self.count_of(self.ics_written(), events)
            .replace("{path}", path)
    }

    pub fn transition_error(&self, error: &TransitionError) -> String {
        let q = |step: &Step| self.quoted(*step);
        match error {
            TransitionError::AlreadyDone { step, on } => {
                self.already_done(&q(step), &self.date(*on))
            }
            TransitionError::Skipped { step } => self.skipped_step(&q(step)),
            TransitionError::PreviousOpen { previous, .. } => self.previous_open(&q(previous)),
            TransitionError::InFuture { on, .. } => self.in_future(&self.date(*on)),
            TransitionError::BeforePrevious {
                on,
                previous,
                previous_on,
                ..
            } => self.before_previous(&self.date(*on), &q(previous), &self.date(*previous_on)),
            TransitionError::AfterNext {
                on, next, next_on, ..
            } => self.after_next(&self.date(*on), &q(next), &self.date(*next_on)),
            TransitionError::NotDone { step } => self.not_ticked(&q(step)),
            TransitionError::LaterStepDone { later, .. } => self.later_done(&q(later)),
            TransitionError::NoNumber { step } => self.has_no_number(&q(step)),
            TransitionError::NumberBeforeTick { step } => self.number_before_tick(&q(step)),
            TransitionError::AttestationDone => self.attestation_done().to_owned(),
            TransitionError::StartOutOfRange { year } => self.start_out_of_range(*year),
            TransitionError::NoteTooLong { max } => self.note_too_long(*max),
            TransitionError::TextTooLong { max } => self.text_too_long(*max),
            TransitionError::PathTooLong { max } => self.path_too_long(*max),
            TransitionError::ChangedMeanwhile { now } => self.changed_meanwhile_now(now),
            TransitionError::TaskBeforeNumber { task } => {
                self.task_before_number(&self.quote(self.task(*task)), &q(&Step::Nir))
            }
            TransitionError::TaskBeforeAccount => {
                self.task_before_account(&self.quote(self.task(SubTask::AmeliAccount)))
            }
            TransitionError::SameSchoolYear { year } => {
                // The new school year's default start moves on on 1 August.
                let from = NaiveDate::from_ymd_opt(year.saturating_add(1), 8, 1)
                    .map_or_else(String::new, |from| self.date(from));
                self.same_school_year(&school_years(*year), &from)
            }
        }
    }

    /// What another `secu` saved meanwhile, as the editor it concerns would show it.
    pub fn changed_meanwhile_now(&self, now: &Seen) -> String {
        let nothing = || self.meanwhile_nothing().to_owned();
        let value = match now {
            Seen::Profile(_) => return self.profile_changed_meanwhile().to_owned(),
            Seen::Note { .. } => return self.note_merged().to_owned(),
            Seen::Date { on, .. } => on.map_or_else(nothing, |on| self.done_on_date(on)),
            Seen::Number { number, .. } => number.as_ref().map_or_else(nothing, |n| n.masked()),
            Seen::Pdf(pdf) => pdf.as_ref().map_or_else(nothing, |path| {
                inert(&path.file_name().unwrap_or_default().to_string_lossy()).into_owned()
            }),
        };
        self.changed_meanwhile(&value)
    }

    pub fn number_error(&self, error: &NumberError) -> String {
        match error {
            NumberError::Empty => self.number_empty().to_owned(),
            NumberError::Unexpected {
                position,
                character,
            } => self.number_unexpected(*position, &inert(&character.to_string())),
            NumberError::MissingKey => self.number_missing_key().to_owned(),
            NumberError::Length { length } => self.number_length(*length),
            NumberError::Letter { position, letter } => self.number_letter(*position, *letter),
            NumberError::Sex { digit } => self.number_sex(*digit),
            NumberError::Month { month } => self.number_month(month),
            NumberError::Place { place } => self.number_place(place),
            NumberError::Order => self.number_order().to_owned(),
            NumberError::Key => self.number_key().to_owned(),
        }
    }

    pub fn date_error(&self, error: &DateError) -> String {
        match error {
            DateError::Empty => self.date_empty().to_owned(),
            DateError::Unreadable(text) => {
                self.date_unreadable(&truncate(&mask_numbers(&inert(text)), 40))
            }
            DateError::DoesNotExist { day, month, year } => {
                let sep = self.date_separator();
                self.date_does_not_exist(&format!("{day:02}{sep}{month:02}{sep}{year}"))
            }
            DateError::OutOfRange { year } => self.date_out_of_range(*year),
        }
    }

    fn inconsistency(&self, problem: &Inconsistency) -> String {
        match problem {
            Inconsistency::DoneAfterOpen { step, previous } => {
                self.done_after_open(&self.quoted(*step), &self.quoted(*previous))
            }
            Inconsistency::DatesOutOfOrder {
                step,
                on,
                previous,
                previous_on,
            } => self.dates_out_of_order(
                &self.quoted(*step),
                &self.date(*on),
                &self.quoted(*previous),
                &self.date(*previous_on),
            ),
            Inconsistency::OutOfRange { .. } => self.dates_out_of_range().to_owned(),
            Inconsistency::TooLong { step } => self.note_too_long_in_file(&self.quoted(*step)),
        }
    }

    pub fn store_error(&self, error: &StoreError) -> String {
        let damaged = |text: String| format!("{text} {}", self.left_as_is());
        match error {
            StoreError::NoConfigDir => self.no_config_dir().to_owned(),
            StoreError::Read { path, source } => {
                self.cannot_read(&shown_path(path), &inert(&source.to_string()))
            }
            StoreError::TooLarge { path, size } => {
                damaged(self.too_large(&shown_path(path), *size))
            }
            StoreError::NotAFile { path } => self.not_a_file(&shown_path(path)),
            StoreError::CannotKeep { path } => self.cannot_keep(&shown_path(path)),
            StoreError::Parse {
                path,
                line,
                column,
                field,
            } => {
                let what = match field {
                    Some(field) => self.bad_value(&inert(field)),
                    None => self.not_json().to_owned(),
                };
                damaged(self.damaged(&shown_path(path), *line, *column, &what))
            }
            StoreError::InvalidNumber { path, step, error } => damaged(self.inconsistent(
                &shown_path(path),
                &self.invalid_number_in_file(&self.quoted(*step), &self.number_error(error)),
            )),
            StoreError::Inconsistent { path, problem } => {
                damaged(self.inconsistent(&shown_path(path), &self.inconsistency(problem)))
            }
            StoreError::NewerVersion { path, version } => {
                self.newer_version(&shown_path(path), *version)
            }
            StoreError::Write { path, source } => {
                self.cannot_write(&shown_path(path), &inert(&source.to_string()))
            }
            StoreError::Locked { path } => self.locked(&shown_path(path)),
            StoreError::BrokenLink { path, target } => {
                self.broken_link(&shown_path(path), &shown_path(target))
            }
        }
    }

    pub fn terminal_failure(&self, error: &std::io::Error) -> String {
        self.terminal_error(&inert(&error.to_string()))
    }

    pub fn kept(&self, kept: &Kept) -> String {
        let what = match kept {
            Kept::Profile(field) => format!("profile.{field}"),
            Kept::StepDate(step, on) => {
                format!("{} {}", self.quoted(*step), self.done_on_date(*on))
            }
            Kept::Number(step) => self.kept_number(&self.quoted(*step)),
            Kept::LastOpened => self.kept_last_opened().to_owned(),
        };
        self.repair_kept(&what)
    }

    pub fn dropped(&self, dropped: &Dropped) -> String {
        let what = match dropped {
            Dropped::Field(field) => self.dropped_unreadable(&inert(field)),
            Dropped::OutOfOrder(step) => self.dropped_out_of_order(&self.quoted(*step)),
            Dropped::Cut(field) => self.dropped_cut(&inert(field), MAX_NOTE_CHARS),
        };
        self.repair_dropped(&what)
    }
}

fn pick(names: &[&'static str], index0: u32) -> &'static str {
    usize::try_from(index0)
        .ok()
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or_default()
}

/// A path as messages show it: inert, and short enough for one line.
pub fn shown_path(path: &std::path::Path) -> String {
    truncate(&inert(&path.display().to_string()), 200).into_owned()
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
    let optional = |value: &Option<String>, max| {
        value
            .as_deref()
            .map(|v| truncate(&inert(v), max).into_owned())
    };
    // The language by its own name, as the setup offers it.
    let language = profile
        .language
        .as_deref()
        .map(|code| match code.parse::<Lang>() {
            Ok(lang) => lang.name().to_owned(),
            Err(_) => truncate(&inert(code), 20).into_owned(),
        });
    let rows: [(&str, Option<String>); 11] = [
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
        (labels.title, profile.title.map(|t| t.words().to_owned())),
        (
            labels.gestionnaire,
            optional(&profile.gestionnaire_name, 80),
        ),
        (
            labels.civility,
            profile
                .gestionnaire_civility
                .map(|c| c.greeting().to_owned()),
        ),
        (
            labels.gestionnaire_email,
            optional(&profile.gestionnaire_email, 80),
        ),
        (labels.language, language),
    ];
    let column = rows
        .iter()
        .map(|(label, _)| width(label))
        .max()
        .unwrap_or(0)
        + 1;
    rows.into_iter()
        .filter_map(|(label, value)| value.map(|value| format!("{}{value}", pad(label, column))))
        .collect()
}

/// The lines `secu repair` prints: where the original went, what was kept, what was not.
pub fn repaired_lines(
    texts: &dyn Texts,
    path: &str,
    aside: &str,
    report: &SalvageReport,
) -> Vec<String> {
    let mut lines = vec![texts.repair_moved(aside), texts.repair_new_file(path)];
    if report.kept.is_empty() {
        lines.push(format!("  {}", texts.repair_nothing_read()));
    }
    lines.extend(report.kept.iter().map(|k| format!("  {}", texts.kept(k))));
    lines.extend(
        report
            .dropped
            .iter()
            .map(|d| format!("  {}", texts.dropped(d))),
    );
    lines
}

#[cfg(test)]
mod tests;

/// A school year by the year it starts in, as people write it: "2026–2027".
pub fn school_years(year: i32) -> String {
    format!("{year}–{}", year.saturating_add(1))
}

/// The French words the screens keep as they are, in every language, for lack of a true
/// equivalent: each has an entry in the glossary (`g`, also during the setup), which a test
/// checks.
pub const FRENCH_TERMS: [&str; 18] = [
    "CPAM",
    "NIA",
    "NIR",
    "attestation de droits",
    "ameli.fr",
    "DSDEN",
    "gestionnaire",
    "degré",
    "DIPE",
    "ENSAP",
    "demande d’immatriculation",
    "carte Vitale",
    "rectorat",
    "académie",
    "RIB",
    "arrêté de nomination",
    "S1106",
    "acte de naissance",
];
