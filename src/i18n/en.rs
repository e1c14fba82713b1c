//! English.

use chrono::{Datelike, NaiveDate};
use pure_rust_locales::en_GB as locale;

use super::{KeyHelp, ProfileLabels, Texts, capitalise, inert, month, plural, sheet, shown_path};
use crate::pdf::PdfError;
use crate::procedure::{
    Contact, DateError, DaysLeft, Inconsistency, Level, NumberError, NumberNote, Profile,
    SinceLastVisit, Step, SubTask, TransitionError,
};
use crate::store::{Dropped, Kept, StoreError};

pub struct En;

impl En {
    fn gestionnaire(profile: &Profile) -> String {
        match profile.department {
            Some(d) => format!("your gestionnaire at the DSDEN {} ({})", d.code(), d.name()),
            None => "your gestionnaire at the DSDEN of your département".to_owned(),
        }
    }

    fn quoted(step: Step) -> String {
        format!("“{}”", En.step_title(step))
    }
}

impl Texts for En {
    fn date(&self, date: NaiveDate) -> String {
        let (day, mon, year) = (date.day(), month(locale::LC_TIME::MON, date), date.year());
        format!("{day} {mon} {year}")
    }

    fn date_short(&self, date: NaiveDate) -> String {
        let (day, mon, year) = (date.day(), month(locale::LC_TIME::ABMON, date), date.year());
        format!("{day} {mon} {year}")
    }

    fn app_title(&self) -> &'static str {
        "Sécurité sociale checklist"
    }

    fn step_title(&self, step: Step) -> &'static str {
        match step {
            Step::Request => "Registration request",
            Step::Nia => "Provisional number (NIA)",
            Step::Nir => "Definitive number (NIR)",
            Step::Attestation => "Attestation sent",
            Step::Ensap => "ENSAP account",
        }
    }

    fn step_short(&self, step: Step) -> &'static str {
        match step {
            Step::Request => "Request",
            Step::Nia => "NIA",
            Step::Nir => "NIR",
            Step::Attestation => "Attestation",
            Step::Ensap => "ENSAP",
        }
    }

    fn step_who(&self, step: Step, profile: &Profile) -> String {
        match (step, profile.level) {
            (Step::Request, Some(Level::Primary)) => {
                format!(
                    "{}, online. Check that it is done.",
                    capitalise(&En::gestionnaire(profile))
                )
            }
            (Step::Request, Some(Level::Secondary)) => {
                "Your school’s secretariat, online. Check that it is done.".to_owned()
            }
            (Step::Request, None) => {
                "Your gestionnaire at the DSDEN (1er degré) or your school’s secretariat \
                 (2nd degré)."
                    .to_owned()
            }
            (Step::Nia | Step::Nir, _) => {
                "The CPAM (Caisse primaire d’assurance maladie), by letter.".to_owned()
            }
            (Step::Attestation, Some(Level::Secondary)) => format!(
                "You: send it to {} (bureau des assistants, DIPE).",
                sheet::SECONDARY_EMAIL
            ),
            (Step::Attestation, _) => format!("You: send it to {}.", En::gestionnaire(profile)),
            (Step::Ensap, _) => {
                "You, with your 15-digit number and a password of your own.".to_owned()
            }
        }
    }

    fn step_todo(&self, step: Step, profile: &Profile) -> String {
        match step {
            Step::Request => "Ask whether the “demande d’immatriculation” has been sent to the \
                              CPAM, and tick it with the date it was made."
                .to_owned(),
            Step::Nia => "Write down the provisional number from the CPAM’s letter: give it for \
                          every reimbursement."
                .to_owned(),
            Step::Nir => "Create your account on ameli.fr (it logs in with the first 13 digits) \
                          and download your attestation de droits (PDF)."
                .to_owned(),
            Step::Attestation => {
                let to = match profile.level {
                    Some(Level::Secondary) => sheet::SECONDARY_EMAIL.to_owned(),
                    _ => En::gestionnaire(profile),
                };
                format!(
                    "Send the PDF of your attestation de droits to {to}, so that your file is updated."
                )
            }
            Step::Ensap => "Create your account on ensap.gouv.fr with your 15-digit number, then \
                            read and download your payslips."
                .to_owned(),
        }
    }

    fn step_deadline_rule(&self, step: Step, profile: &Profile) -> String {
        match step {
            Step::Request => "Early October: two weeks after your contract starts.",
            Step::Nia => "No fixed date: it comes with the CPAM’s letter.",
            Step::Nir => {
                "Within 3 months of the request. The sheet wants your definitive number \
                          before December."
            }
            Step::Attestation if profile.already_registered => {
                "As soon as you arrive: two weeks after your contract starts."
            }
            Step::Attestation => "In December, by the 31st.",
            Step::Ensap => {
                "In January, once your file is updated: by the end of the month after \
                            the attestation was sent."
            }
        }
        .to_owned()
    }

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Primary => "Primary school (1er degré)",
            Level::Secondary => "Secondary school (2nd degré)",
        }
    }

    fn done_on(&self, on: NaiveDate) -> String {
        format!("done {}", self.date_short(on))
    }

    fn skipped(&self) -> &'static str {
        "skipped"
    }

    fn due_on(&self, due: NaiveDate) -> String {
        format!("due {}", self.date_short(due))
    }

    fn no_fixed_date(&self) -> &'static str {
        "no fixed date"
    }

    fn days_left(&self, days: DaysLeft) -> String {
        match days.0 {
            0 => "due today".to_owned(),
            n if n < 0 => format!("{} late", plural(-n, "day", "days")),
            n => format!("in {}", plural(n, "day", "days")),
        }
    }

    fn next_line(&self, step: Step, due: Option<NaiveDate>, days: Option<DaysLeft>) -> String {
        match (due, days) {
            (Some(due), Some(days)) => format!(
                "Next: {} — due {} ({})",
                self.step_title(step),
                self.date(due),
                self.days_left(days)
            ),
            _ => format!(
                "Next: {} — no fixed date, it comes with the CPAM’s letter",
                self.step_title(step)
            ),
        }
    }

    fn all_done(&self) -> &'static str {
        "All done: your affiliation is complete."
    }

    fn since_last_visit(&self, since: SinceLastVisit) -> String {
        let passed = match since.deadlines_passed {
            0 => "no deadline passed since".to_owned(),
            1 => "1 deadline passed since".to_owned(),
            n => format!("{n} deadlines passed since"),
        };
        format!(
            "Last opened {} ago; {passed}.",
            plural(since.days, "day", "days")
        )
    }

    fn profile_labels(&self) -> ProfileLabels {
        ProfileLabels {
            level: "School:",
            department: "Département:",
            start: "Contract start:",
            registered: "Already registered:",
            name: "Name:",
            school: "School name:",
            gestionnaire: "Gestionnaire:",
            language: "Language:",
            not_set: "not set",
            default: "default",
        }
    }

    fn not_set_up(&self, path: &str) -> String {
        format!(
            "Not set up yet ({path}): run `secu` to answer the setup questions, or \
             `secu setup --level secondary`."
        )
    }

    fn yes(&self) -> &'static str {
        "yes"
    }

    fn no(&self) -> &'static str {
        "no"
    }

    fn progress_gauge(&self, settled: usize, total: usize) -> String {
        format!("{settled}/{total} done")
    }

    fn steps_title(&self) -> &'static str {
        "Steps"
    }

    fn who_label(&self) -> &'static str {
        "Who"
    }

    fn todo_label(&self) -> &'static str {
        "To do"
    }

    fn deadline_label(&self) -> &'static str {
        "When"
    }

    fn sheet_label(&self) -> &'static str {
        "Sheet"
    }

    fn sheet_translation(&self, step: Step, level: Option<Level>) -> Option<String> {
        let text = match (step, level) {
            (Step::Request, Some(Level::Primary)) => {
                "Online registration request to open my rights with the CPAM: by my \
                 gestionnaire at the DSDEN (1er degré)"
            }
            (Step::Request, Some(Level::Secondary)) => {
                "Online registration request to open my rights with the CPAM: by my school’s \
                 secretariat (2nd degré)"
            }
            (Step::Request, None) => {
                "Online registration request to open my rights with the CPAM: by my \
                 gestionnaire at the DSDEN (1er degré), by my school’s secretariat (2nd degré)"
            }
            (Step::Nia, _) => {
                "The CPAM sends the NIA number (provisional): give it without fail to be \
                 reimbursed"
            }
            (Step::Nir, _) => {
                "The CPAM sends the NIR number (definitive): I create my account on AMELI.FR; \
                 I download my attestation de droits"
            }
            (Step::Attestation, _) => {
                "I send a PDF copy of my attestation to my gestionnaire so that my file is \
                 updated"
            }
            (Step::Ensap, _) => {
                "I create my account on ensap.gouv.fr with my 15-digit social security number \
                 and a password I choose myself"
            }
        };
        Some(text.to_owned())
    }

    fn glossary_title(&self) -> &'static str {
        "French words on your letters"
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "CPAM",
                "Caisse primaire d’assurance maladie: the local health insurance office that registers you and reimburses care.",
            ),
            (
                "NIA",
                "Numéro d’identification d’attente: your provisional number, until the definitive one arrives.",
            ),
            (
                "NIR",
                "Numéro d’inscription au répertoire: your definitive 15-digit social security number.",
            ),
            (
                "Attestation de droits",
                "The certificate that you are covered, downloaded from ameli.fr as a PDF.",
            ),
            (
                "ameli.fr",
                "The health insurance website: your account, your attestation, your reimbursements.",
            ),
            (
                "DSDEN",
                "Direction des services départementaux de l’éducation nationale: manages primary-school assistants.",
            ),
            (
                "Gestionnaire",
                "The person who manages your file and your pay.",
            ),
            (
                "1er degré / 2nd degré",
                "Primary school / secondary school (collège, lycée).",
            ),
            (
                "DIPE",
                "The rectorat’s division that manages secondary-school assistants.",
            ),
            (
                "ENSAP",
                "Espace numérique sécurisé de l’agent public: where you read your payslips.",
            ),
            ("Bulletin de paie", "Payslip."),
        ]
    }

    fn language_changed(&self) -> &'static str {
        "English. Press L for another language."
    }

    fn footer_keys(&self) -> &'static [KeyHelp] {
        &[
            ("↑↓", "move"),
            ("Space", "tick"),
            ("u", "untick"),
            ("s", "setup"),
            ("?", "help"),
            ("q", "quit"),
        ]
    }

    fn help_title(&self) -> &'static str {
        "Keys"
    }

    fn help_keys(&self) -> &'static [KeyHelp] {
        &[
            ("↑ ↓  j k", "move between steps"),
            ("Space Enter", "tick the step (today’s date, editable)"),
            ("u", "un-tick the last done step"),
            ("n", "give or correct the number (NIA, NIR)"),
            ("r", "show the number in full, until you move"),
            ("y", "copy the number as the step’s site wants it"),
            ("o", "open the step’s page (or copy its link)"),
            ("m", "on the attestation: the e-mail to your gestionnaire"),
            ("e", "write a note on the step (proof, references)"),
            ("p", "on the attestation: keep the PDF you sent"),
            ("1 2", "on the NIR: tick its small tasks"),
            ("t", "the timeline of the school year"),
            ("PgUp PgDn", "scroll the details"),
            ("s", "answer the setup questions again"),
            ("g", "the French words of your letters, explained"),
            ("L", "change the language (saved)"),
            ("?", "show or hide this help"),
            ("q Esc", "quit (every change is already saved)"),
            ("Enter / Esc", "in a question: confirm / cancel"),
        ]
    }

    fn help_close(&self) -> &'static str {
        "Press any key to close."
    }

    fn date_prompt(&self) -> &'static str {
        "Done on which day? (DD/MM/YYYY)"
    }

    fn date_field_keys(&self) -> &'static str {
        "Enter confirm · Esc cancel"
    }

    fn confirm_untick(&self, step: Step, on: NaiveDate) -> String {
        format!("Un-tick {} (done {})?", En::quoted(step), self.date(on))
    }

    fn confirm_keys(&self) -> &'static str {
        "y yes · n no"
    }

    fn ticked(&self, step: Step, on: NaiveDate) -> String {
        format!("{} ticked, done {}.", En::quoted(step), self.date(on))
    }

    fn unticked(&self, step: Step) -> String {
        format!("{} un-ticked.", En::quoted(step))
    }

    fn profile_saved(&self) -> &'static str {
        "Setup saved."
    }

    fn too_small(&self) -> &'static str {
        "Window too small (40x12 at least)"
    }

    fn changed_elsewhere(&self) -> &'static str {
        "Changed by another secu: showing the latest."
    }

    fn setup_title(&self, number: usize, total: usize) -> String {
        format!("Setup — question {number} of {total}")
    }

    fn welcome(&self) -> &'static str {
        "Welcome! A few questions to date your checklist; change the answers later with s."
    }

    fn ask_language(&self) -> &'static str {
        "Which language should secu speak?"
    }

    fn ask_level(&self) -> &'static str {
        "Where do you teach?"
    }

    fn ask_department(&self) -> &'static str {
        "In which département is your school?"
    }

    fn ask_start(&self) -> &'static str {
        "When does your contract start? (DD/MM/YYYY)"
    }

    fn ask_registered(&self) -> &'static str {
        "Do you already have a definitive 15-digit social security number?"
    }

    fn registered_hint(&self) -> &'static str {
        "If yes, the CPAM steps are skipped and you start with the attestation."
    }

    fn choice_keys(&self) -> &'static str {
        "↑↓ choose · Enter next · Esc back"
    }

    fn contact_label(&self) -> &'static str {
        "Contact"
    }

    fn contact(&self, contact: &Contact) -> String {
        match contact {
            Contact::Bureau { email } => format!("Bureau des assistants (DIPE), rectorat: {email}"),
            Contact::Dsden {
                department,
                name,
                email,
            } => {
                let office =
                    department.map_or("the DSDEN".to_owned(), |d| format!("the DSDEN {d}"));
                match (name, email) {
                    (None, None) => {
                        format!("Your gestionnaire at {office} (add their name and e-mail with s)")
                    }
                    (name, email) => format!(
                        "{} at {office}{}",
                        name.as_deref()
                            .map_or("Your gestionnaire".to_owned(), |n| inert(n, 60)),
                        email
                            .as_deref()
                            .map(|e| format!(": {}", inert(e, 80)))
                            .unwrap_or_default()
                    ),
                }
            }
        }
    }

    fn link_label(&self) -> &'static str {
        "Link"
    }

    fn link_opened(&self) -> &'static str {
        "Opened in your browser."
    }

    fn link_copied(&self) -> &'static str {
        "No browser here: the link is copied to the clipboard, and shown in full in the details."
    }

    fn note_label(&self) -> &'static str {
        "Note"
    }

    fn note_prompt(&self, step: Step) -> String {
        format!(
            "Your note on {} (calls, references, proof):",
            En::quoted(step)
        )
    }

    fn note_keys(&self) -> &'static str {
        "Ctrl+S save · Enter new line · Esc cancel"
    }

    fn note_saved(&self, step: Step) -> String {
        format!("Note saved on {}.", En::quoted(step))
    }

    fn pdf_label(&self) -> &'static str {
        "PDF sent"
    }

    fn pdf_prompt(&self) -> &'static str {
        "Path of the attestation PDF you sent:"
    }

    fn pdf_saved(&self, name: &str) -> String {
        format!("PDF kept: {name}.")
    }

    fn pdf_error(&self, error: &PdfError) -> String {
        match error {
            PdfError::NotFound => "There is no file at this path.".to_owned(),
            PdfError::NotAFile => "This is a folder: give the PDF file itself.".to_owned(),
            PdfError::Unreadable(why) => format!("This file cannot be read ({why})."),
            PdfError::NotPdf => {
                "This file is not a PDF: download the attestation from ameli.fr as a PDF."
                    .to_owned()
            }
        }
    }

    fn task(&self, task: SubTask) -> &'static str {
        match task {
            SubTask::AmeliAccount => "Account created on ameli.fr",
            SubTask::AttestationDownloaded => "Attestation de droits downloaded",
        }
    }

    fn detail_keys(&self, step: Step) -> &'static str {
        match step {
            Step::Nir => "1 2 tick a task · e note · o open the link",
            Step::Attestation => "m e-mail · p PDF · e note · o open the link",
            _ => "e note · o open the link",
        }
    }

    fn mail_title(&self) -> &'static str {
        "E-mail to your gestionnaire"
    }

    fn mail_keys(&self) -> &'static str {
        "o open in your mail program · y copy the text · any other key closes"
    }

    fn mail_no_address(&self) -> &'static str {
        "Your gestionnaire’s e-mail is not known yet: add it with s, or copy the text with y."
    }

    fn mail_copied(&self) -> &'static str {
        "The e-mail’s text is copied: paste it into your webmail."
    }

    fn timeline_title(&self) -> &'static str {
        "School year"
    }

    fn timeline_legend(&self) -> &'static str {
        "◆ due · ✓ done · │ today · t back to the details"
    }

    fn ask_name(&self) -> &'static str {
        "Your name, as on your contract (for the e-mail to your gestionnaire):"
    }

    fn ask_school(&self) -> &'static str {
        "Your school (name and town):"
    }

    fn ask_gestionnaire_name(&self) -> &'static str {
        "Your gestionnaire’s name at the DSDEN:"
    }

    fn ask_gestionnaire_email(&self) -> &'static str {
        "Your gestionnaire’s e-mail:"
    }

    fn optional_hint(&self) -> &'static str {
        "Optional: leave it empty and press Enter."
    }

    fn email_invalid(&self) -> &'static str {
        "That is not an e-mail address: it looks like name@ac-aix-marseille.fr."
    }

    fn ics_written(&self, path: &str, events: usize) -> String {
        match events {
            1 => format!("1 deadline written to {path}: import it into your calendar."),
            n => format!("{n} deadlines written to {path}: import it into your calendar."),
        }
    }

    fn sheet_written(&self, path: &str) -> String {
        format!("The filled-in sheet is in {path}.")
    }

    fn transition_error(&self, error: &TransitionError) -> String {
        match error {
            TransitionError::AlreadyDone { step, on } => {
                format!(
                    "{} is already ticked (done {}).",
                    En::quoted(*step),
                    self.date(*on)
                )
            }
            TransitionError::Skipped { step } => format!(
                "{} is skipped: you already have a definitive number.",
                En::quoted(*step)
            ),
            TransitionError::PreviousOpen { previous, .. } => {
                format!(
                    "Tick {} first: the steps go in order.",
                    En::quoted(*previous)
                )
            }
            TransitionError::InFuture { on, .. } => format!(
                "{} is in the future: give the day it actually happened.",
                self.date(*on)
            ),
            TransitionError::BeforePrevious {
                on,
                previous,
                previous_on,
                ..
            } => format!(
                "{} is before {} (done {}): pick that day or a later one.",
                self.date(*on),
                En::quoted(*previous),
                self.date(*previous_on)
            ),
            TransitionError::NotDone { step } => format!("{} is not ticked.", En::quoted(*step)),
            TransitionError::LaterStepDone { later, .. } => format!(
                "Un-tick {} first: only the last ticked step can be un-ticked.",
                En::quoted(*later)
            ),
            TransitionError::NoNumber { step } => format!(
                "{} has no number: only the NIA and the NIR do.",
                En::quoted(*step)
            ),
            TransitionError::NumberBeforeTick { step } => {
                format!("Tick {} before giving its number.", En::quoted(*step))
            }
            TransitionError::AttestationDone => "Your attestation is already sent: un-tick it \
                                                 before changing whether you already had a number."
                .to_owned(),
        }
    }

    fn number_label(&self) -> &'static str {
        "Number"
    }

    fn number_prompt(&self, step: Step) -> String {
        let which = match step {
            Step::Nir => "definitive number (NIR)",
            _ => "provisional number (NIA)",
        };
        format!("Your {which}, from the CPAM’s letter:")
    }

    fn number_field_keys(&self) -> &'static str {
        "Enter confirm (empty: add it later with n) · Esc cancel"
    }

    fn number_keys(&self) -> &'static str {
        "r show · y copy · n change"
    }

    fn no_number(&self, step: Step, open: bool) -> &'static str {
        match (step, open) {
            (Step::Ensap, _) => "none yet: give your NIR on step 3 (n)",
            (_, true) => "asked for when you tick this step",
            (_, false) => "none yet (press n to add it)",
        }
    }

    fn number_saved(&self, step: Step) -> String {
        format!("Number saved on {}.", En::quoted(step))
    }

    fn number_note(&self, note: NumberNote) -> &'static str {
        match note {
            NumberNote::LooksProvisional => {
                "This number starts with 7 or 8, like a provisional one: check it is the \
                 definitive number (NIR) on the CPAM’s letter."
            }
            NumberNote::SameAsNia => {
                "This is the same number as your NIA: that happens, the provisional number can \
                 become the definitive one."
            }
        }
    }

    fn copied(&self, step: Step) -> &'static str {
        match step {
            Step::Nir => "Copied the first 13 digits, for ameli.fr.",
            Step::Ensap => "Copied all 15 digits, for ENSAP.",
            _ => "Copied your provisional number (NIA).",
        }
    }

    fn nothing_to_copy(&self) -> &'static str {
        "This step has no number to copy."
    }

    fn no_number_yet(&self, step: Step) -> String {
        format!("No number saved yet: press n on {}.", En::quoted(step))
    }

    fn copy_failed(&self) -> &'static str {
        "The terminal did not take the copy."
    }

    fn numbers_tightened(&self, path: &str) -> String {
        format!("{path} was readable by others; it is now readable by you only.")
    }

    fn number_error(&self, error: &NumberError) -> String {
        match error {
            NumberError::Empty => "Type the number from the CPAM’s letter.".to_owned(),
            NumberError::Unexpected {
                position,
                character,
            } => format!(
                "Character {position} (“{character}”) cannot be part of a number: type the \
                 digits (spaces and dots are fine)."
            ),
            NumberError::MissingKey => "Only 13 characters: the 2-digit key at the end is \
                                        missing. Type all 15 from the letter."
                .to_owned(),
            NumberError::Length { length } => format!(
                "{length} characters: a social security number has 15 (13 digits and a 2-digit key)."
            ),
            NumberError::Letter { position, letter } => format!(
                "Character {position} is the letter “{letter}” where a digit goes (only 2A or 2B, \
                 for Corsica, at characters 6–7)."
            ),
            NumberError::Sex { digit } => format!(
                "The first digit is {digit}: it is 1 or 2 (7 or 8 for a provisional number)."
            ),
            NumberError::Month { month } => {
                format!("Characters 4–5 ({month}) are not a month of birth: check them.")
            }
            NumberError::Place { place } => format!(
                "“{place}” is not a place of birth (characters 6–7: a département, 2A, 2B, 97, 98, \
                 or 99 for abroad)."
            ),
            NumberError::Order => "Characters 11–13 cannot be 000: check them.".to_owned(),
            NumberError::Key => "The key (the last 2 digits) does not match the others: a digit \
                                 is probably mistyped. Compare with the CPAM’s letter."
                .to_owned(),
        }
    }

    fn date_error(&self, error: &DateError) -> String {
        match error {
            DateError::Empty => "Type a date, like 02/10/2026.".to_owned(),
            DateError::Unreadable(text) => {
                format!("“{text}” is not a date: write it as DD/MM/YYYY, like 02/10/2026.")
            }
            DateError::DoesNotExist { day, month, year } => {
                format!("{day:02}/{month:02}/{year} does not exist: check the day and the month.")
            }
        }
    }

    fn store_error(&self, error: &StoreError) -> String {
        match error {
            StoreError::NoConfigDir => {
                "No configuration folder found for your user: choose a file with --file PATH."
                    .to_owned()
            }
            StoreError::Read { path, source } => {
                format!("Cannot read {}: {source}.", shown_path(path))
            }
            StoreError::TooLarge { path, size } => format!(
                "{} is {size} bytes: too large to be a secu progress file. It was left as it is: \
                 `secu repair` sets it aside and keeps what can be read.",
                shown_path(path)
            ),
            StoreError::Parse {
                path,
                line,
                column,
                message,
            } => format!(
                "{} is damaged at line {line}, column {column} ({message}). It was left as it is: \
                 `secu repair` sets it aside and keeps what can be read.",
                shown_path(path)
            ),
            StoreError::Inconsistent { path, problem } => {
                let problem = match problem {
                    Inconsistency::DoneAfterOpen { step, previous } => format!(
                        "{} is done but {} before it is not",
                        En::quoted(*step),
                        En::quoted(*previous)
                    ),
                    Inconsistency::DatesOutOfOrder {
                        step,
                        on,
                        previous,
                        previous_on,
                    } => format!(
                        "{} is done {}, before {} ({})",
                        En::quoted(*step),
                        self.date(*on),
                        En::quoted(*previous),
                        self.date(*previous_on)
                    ),
                };
                format!(
                    "{} does not follow the procedure: {problem}. It was left as it is: \
                 `secu repair` sets it aside and keeps what can be read.",
                    shown_path(path)
                )
            }
            StoreError::NewerVersion { path, version } => format!(
                "{} was written by a newer secu (version {version}): update secu to change it.",
                shown_path(path)
            ),
            StoreError::Write { path, source } => {
                format!(
                    "Cannot write {}: {source}. Nothing was changed.",
                    shown_path(path)
                )
            }
            StoreError::Locked { path } => format!(
                "{} is being changed by another secu: nothing was changed, try again in a moment.",
                shown_path(path)
            ),
        }
    }

    fn terminal_error(&self, error: &std::io::Error) -> String {
        format!(
            "The checklist needs a terminal ({error}); in a script, use `secu status` or \
             `secu done`."
        )
    }

    fn repair_no_file(&self, path: &str) -> String {
        format!("Nothing to repair: there is no file at {path}.")
    }

    fn repair_healthy(&self, path: &str) -> String {
        format!("Nothing to repair: {path} reads fine. It was left as it is.")
    }

    fn repair_intro(&self, path: &str, aside: &str) -> [String; 2] {
        [
            format!("The damaged file was moved to {aside} (nothing was deleted)."),
            format!("A new {path} holds what could be read from it:"),
        ]
    }

    fn repair_nothing_read(&self) -> &'static str {
        "nothing could be read; answer the setup questions again with `secu`."
    }

    fn repair_kept(&self, kept: &Kept) -> String {
        let what = match kept {
            Kept::Profile(field) => format!("profile.{field}"),
            Kept::StepDate(step, on) => format!("{} {}", En::quoted(*step), self.done_on(*on)),
            Kept::Number(step) => format!("the number of {}", En::quoted(*step)),
            Kept::LastOpened => "the date of the last visit".to_owned(),
        };
        format!("kept: {what}")
    }

    fn repair_dropped(&self, dropped: &Dropped) -> String {
        let what = match dropped {
            Dropped::Field(field) => format!("{field}, which could not be read"),
            Dropped::OutOfOrder(step) => format!(
                "the date of {}, which broke the order of the steps",
                En::quoted(*step)
            ),
        };
        format!("not kept: {what}")
    }

    fn newer_read_only(&self, version: u32) -> String {
        format!(
            "This file was written by a newer secu (version {version}): shown as far as this \
             one understands it, and not changed. Update secu to change it."
        )
    }
}
