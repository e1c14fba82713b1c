//! English.

use pure_rust_locales::en_GB as locale;

use super::{
    Action, Help, KeyNames, Lang, Level, Need, Plural, ProfileLabels, SheetTranslation, Step,
    SubTask, Texts,
};

pub struct En;

impl Texts for En {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn months(&self) -> &'static [&'static str] {
        locale::LC_TIME::MON
    }

    fn months_short(&self) -> &'static [&'static str] {
        locale::LC_TIME::ABMON
    }

    fn first_day(&self) -> &'static str {
        "1"
    }

    fn date_separator(&self) -> char {
        '/'
    }

    fn date_words(&self, day: &str, month: &str, year: i32) -> String {
        format!("{day} {month} {year}")
    }

    fn date_words_short(&self, day: &str, month: &str, year: i32) -> String {
        format!("{day} {month} {year}")
    }

    fn quote(&self, text: &str) -> String {
        format!("“{text}”")
    }

    fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}: {value}")
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

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Primary => "Primary school (1er degré)",
            Level::Secondary => "Secondary school (2nd degré)",
        }
    }

    fn dsden_unknown(&self) -> &'static str {
        "DSDEN of your département"
    }

    fn who_request_primary(&self, dsden: &str) -> String {
        format!("Your gestionnaire at the {dsden}, online. Check that it is done.")
    }

    fn who_request_secondary(&self) -> &'static str {
        "Your school’s secretariat, online. Check that it is done."
    }

    fn who_request_either(&self) -> &'static str {
        "Your gestionnaire at the DSDEN (1er degré) or your school’s secretariat (2nd degré)."
    }

    fn who_cpam(&self) -> &'static str {
        "The CPAM de Paris, which handles every language assistant’s file, by letter."
    }

    fn who_attestation_primary(&self, dsden: &str) -> String {
        format!("You: send it to your gestionnaire at the {dsden}.")
    }

    fn who_attestation_secondary(&self, email: &str) -> String {
        format!("You: send it to {email} (bureau des assistants, DIPE).")
    }

    fn who_ensap(&self) -> &'static str {
        "You, with your 15-digit number and a password of your own."
    }

    fn todo_request(&self) -> &'static str {
        "Ask whether the “demande d’immatriculation” has been sent to the CPAM, and tick it \
         with the date it was made."
    }

    fn todo_nia(&self) -> &'static str {
        "Write down the provisional number from the CPAM’s letter: give it without fail for \
         every reimbursement. With the NIA alone there is no carte Vitale and no ameli \
         account yet; it serves for 9 months."
    }

    fn todo_nir(&self) -> &'static str {
        "Create your account on ameli.fr (it logs in with the first 13 digits) and download \
         your attestation de droits (PDF)."
    }

    fn todo_download_attestation(&self) -> &'static str {
        "Log in to ameli.fr with the first 13 digits of your number (create the account if \
         you have none) and download your attestation de droits (PDF). Check that it shows \
         cover for now: if it does not, ask your gestionnaire, since rights from an earlier \
         stay may need reopening."
    }

    fn todo_attestation_primary(&self, dsden: &str) -> String {
        format!(
            "Send the PDF of your attestation de droits to your gestionnaire at the {dsden}, \
             so that your file is updated."
        )
    }

    fn todo_attestation_secondary(&self, email: &str) -> String {
        format!(
            "Send the PDF of your attestation de droits to {email}, so that your file is \
             updated."
        )
    }

    fn todo_ensap(&self) -> &'static str {
        "Create your account on ensap.gouv.fr with your 15-digit number and a password of \
         your own; then log in to read and download your payslips."
    }

    fn rule_two_weeks(&self, start: &str) -> String {
        format!("Two weeks after your contract starts ({start}).")
    }

    fn rule_on_arrival(&self, start: &str) -> String {
        format!(
            "As soon as you arrive: two weeks after your contract starts ({start}), since you \
             already have a definitive number."
        )
    }

    fn rule_nia(&self) -> &'static str {
        "No fixed date: it comes with the CPAM’s letter."
    }

    fn rule_nir(&self, due: &str, month: &str) -> String {
        format!(
            "By {due}: the sheet wants your definitive number before {month}, the third month of \
             your contract."
        )
    }

    fn rule_attestation(&self, month: &str) -> String {
        format!("In {month}, the third month of your contract.")
    }

    fn rule_ensap_sent(&self, month: &str, sent: &str) -> String {
        format!("In {month}, the month after you sent the attestation ({sent}).")
    }

    fn rule_ensap_open(&self, month: &str) -> String {
        format!(
            "In {month}, the month after the attestation is due; once you send it, the month \
             after you sent it."
        )
    }

    fn usual_delay(&self) -> &'static str {
        "The CPAM usually sends it within 3 months of the request."
    }

    fn usual_delay_dated(&self, by: &str) -> String {
        format!("The CPAM usually sends it within 3 months of the request: by {by}.")
    }

    fn usual_delay_after_due(&self, by: &str, due: &str) -> String {
        format!(
            "The CPAM can take up to 3 months from the request: it may come as late as {by}, \
             after the sheet’s date ({due}). If it has not come by {due}, tell your \
             gestionnaire and keep giving your NIA for reimbursements."
        )
    }

    fn advice_request_primary(&self, dsden: &str) -> String {
        format!(
            "Ask your gestionnaire at the {dsden} whether the request was sent: nothing can \
             move until it is."
        )
    }

    fn advice_request_secondary(&self) -> &'static str {
        "Ask your school’s secretariat whether the request was sent: nothing can move until \
         it is."
    }

    fn advice_nia_primary(&self, days: i64, dsden: &str) -> String {
        format!(
            "No letter {days} days after the request: ask your gestionnaire at the {dsden} to \
             check with the CPAM. Until then, keep every receipt (feuilles de soins) for later \
             claims."
        )
    }

    fn advice_nia_secondary(&self, days: i64) -> String {
        format!(
            "No letter {days} days after the request: ask your school’s secretariat to check \
             with the CPAM. Until then, keep every receipt (feuilles de soins) for later claims."
        )
    }

    fn advice_nir_primary(&self, dsden: &str) -> String {
        format!(
            "Common: for people born abroad it can take up to 9 months. Tell your gestionnaire \
             at the {dsden}, keep giving your NIA for reimbursements, and check that the CPAM \
             has your birth certificate. Without it there is no ameli account, so the \
             attestation waits."
        )
    }

    fn advice_nir_secondary(&self, email: &str) -> String {
        format!(
            "Common: for people born abroad it can take up to 9 months. Tell the bureau des \
             assistants ({email}), keep giving your NIA for reimbursements, and check that the \
             CPAM has your birth certificate. Without it there is no ameli account, so the \
             attestation waits."
        )
    }

    fn advice_attestation(&self) -> &'static str {
        "Send it as soon as you have it: your gestionnaire needs it to update your file, and \
         your payslips on ENSAP depend on it."
    }

    fn advice_ensap(&self) -> &'static str {
        "Create it now: your payslips are only there."
    }

    fn advice_waits(&self, step: &str) -> String {
        format!("This step waits for {step}, still open: see that step for what to do now.")
    }

    fn need(&self, need: Need) -> &'static str {
        match need {
            Need::NominationOrder => "Your arrêté de nomination, signed and stamped.",
            Need::WorkContract => "A copy of your work contract.",
            Need::FormS1106 => "Form S1106 (demande d’ouverture des droits), on ameli.fr.",
            Need::IdentityDocument => {
                "A copy of your passport or identity card; outside the EU, EEA and Switzerland, the passport with its visa page."
            }
            Need::FullBirthCertificate => {
                "A certified, complete copy of your birth certificate (acte de naissance) with your parents’ names, stamped and signed; outside the EU, EEA and Switzerland, with its official translation into French."
            }
            Need::MarriageCertificate => {
                "If you are married: your marriage certificate (translated too, outside the EU, EEA and Switzerland)."
            }
            Need::ProofOfResidence => "A proof of residence (a bill, a rental contract).",
            Need::FrenchBankDetails => "The RIB (IBAN) of your French bank account.",
            Need::VisaOrPermit => {
                "Outside the EU, EEA and Switzerland: a copy of your visa or residence permit."
            }
            Need::ChildrenForms => {
                "If you have children: form S3705, with their birth certificates and passports or identity cards."
            }
            Need::BirthCertificate => {
                "Check that the CPAM has your birth certificate (acte de naissance): without a valid, complete and legible copy there is no definitive number."
            }
            Need::DefinitiveNumber => {
                "Your definitive number: ameli.fr takes no provisional one (starting with 7 or 8), \
         and logs in with its first 13 digits."
            }
            Need::AttestationPdf => {
                "Your attestation de droits as a PDF, downloaded from your ameli.fr account."
            }
            Need::EnsapDetails => {
                "Your 15-digit number, your date of birth, an e-mail address, and the bank details \
         (RIB, IBAN) of the account your salary is paid into."
            }
        }
    }

    fn done_on(&self, date: &str) -> String {
        format!("done {date}")
    }

    fn not_needed(&self) -> &'static str {
        "not needed"
    }

    fn due_on(&self, date: &str) -> String {
        format!("due {date}")
    }

    fn no_fixed_date(&self) -> &'static str {
        "no fixed date"
    }

    fn due_today(&self) -> &'static str {
        "due today"
    }

    fn in_days(&self) -> Plural {
        Plural {
            one: "in {n} day",
            other: "in {n} days",
        }
    }

    fn days_late(&self) -> Plural {
        Plural {
            one: "{n} day late",
            other: "{n} days late",
        }
    }

    fn no_letter_for(&self) -> Plural {
        Plural {
            one: "{n} day, no letter",
            other: "{n} days, no letter",
        }
    }

    fn next_dated(&self, step: &str, due: &str, days: &str) -> String {
        format!("Next: {step} — due {due} ({days})")
    }

    fn next_nia(&self, step: &str) -> String {
        format!("Next: {step} — no fixed date, it comes with the CPAM’s letter")
    }

    fn next_nia_then(&self, step: &str, then: &str, due: &str, days: &str) -> String {
        format!("Next: {step} — no date of its own; {then} is due {due} ({days})")
    }

    fn all_done(&self) -> &'static str {
        "All done: you are registered with the French health insurance."
    }

    fn days_ago(&self) -> Plural {
        Plural {
            one: "{n} day",
            other: "{n} days",
        }
    }

    fn deadlines_passed(&self) -> Plural {
        Plural {
            one: "{n} deadline passed since",
            other: "{n} deadlines passed since",
        }
    }

    fn done_since(&self) -> Plural {
        Plural {
            one: "{n} step done since",
            other: "{n} steps done since",
        }
    }

    fn since_last_visit(&self, ago: &str, passed: &str) -> String {
        format!("Last opened on this computer {ago} ago; {passed}.")
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
            gestionnaire_email: "Gestionnaire’s e-mail:",
            title: "You sign as:",
            civility: "Greeting:",
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

    fn progress_gauge(&self, done: usize, total: usize) -> String {
        format!("{done} of {total} done")
    }

    fn digits_hidden(&self, start: &str, hidden: usize, end: &str) -> String {
        format!("{start}, {hidden} digits hidden, {end}")
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

    fn usual_label(&self) -> &'static str {
        "Usually"
    }

    fn late_label(&self) -> &'static str {
        "Late"
    }

    fn needs_label(&self) -> &'static str {
        "You need"
    }

    fn sheet_label(&self) -> &'static str {
        "Sheet"
    }

    fn sheet_translation(&self) -> Option<SheetTranslation> {
        Some(SheetTranslation {
            intro: "During your stay you are covered by a health insurance run by the Sécurité \
                    sociale. As a language assistant, you must without fail be registered with \
                    the CPAM to get a definitive social security number before December. You \
                    will use it to claim reimbursements of health costs, and also to read your \
                    payslips on the Espace Numérique Sécurisé de l’Agent Public, \
                    “ensap.gouv.fr”.",
            already_registered: "If you already have a definitive number, you must send a copy \
                                 of your attestation de droits as a PDF (downloaded from \
                                 ameli.fr) to your gestionnaire.",
            request_primary: "Online request to the CPAM to register me, so that my health costs \
                              are covered: by my gestionnaire at the DSDEN (1er degré)",
            request_secondary: "Online request to the CPAM to register me, so that my health \
                                costs are covered: by my school’s secretariat (2nd degré)",
            request_either: "Online request to the CPAM to register me, so that my health costs \
                             are covered: by my gestionnaire at the DSDEN (1er degré), by my school’s \
                             secretariat (2nd degré)",
            nia: "The CPAM sends the NIA number (provisional): to be given without fail to be \
                  reimbursed",
            nir: "The CPAM sends the NIR number (definitive): I create my account on AMELI.FR; \
                  I download my attestation de droits",
            attestation_primary: "I send a PDF copy of my attestation to my gestionnaire so \
                                  that my file is updated: the DSDEN (1er degré)",
            attestation_secondary: "I send a PDF copy of my attestation to my gestionnaire so \
                                    that my file is updated: \
                                    assistants-langues@ac-aix-marseille.fr (2nd degré)",
            attestation_either: "I send a PDF copy of my attestation to my gestionnaire so \
                                 that my file is updated",
            ensap: "I create my account on ensap.gouv.fr with my 15-digit social security \
                    number and a password I choose myself. I log in and can read and download \
                    my payslips",
        })
    }

    fn glossary_title(&self) -> &'static str {
        "French words on your letters"
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "CPAM",
                "Caisse primaire d’assurance maladie, the health insurance fund: for language assistants, the CPAM de Paris registers every one, wherever they work.",
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
            (
                "Demande d’immatriculation",
                "The request to register you with the Sécurité sociale, which your school sends to the CPAM.",
            ),
            (
                "Carte Vitale",
                "The health insurance card; it needs the definitive number.",
            ),
            (
                "Rectorat",
                "The académie’s head office; its DIPE manages secondary-school assistants.",
            ),
            (
                "Académie",
                "The education authority of a region: here Aix-Marseille, with four départements.",
            ),
            (
                "RIB",
                "Relevé d’identité bancaire: the details (IBAN) of your French bank account, from your bank.",
            ),
            (
                "Arrêté de nomination",
                "The document appointing you as an assistant, signed by the académie.",
            ),
            (
                "S1106",
                "The form asking the health insurance to open your cover (demande d’ouverture des droits), on ameli.fr.",
            ),
            (
                "Acte de naissance",
                "Your birth certificate: the CPAM needs a complete copy, with your parents’ names.",
            ),
            ("Bulletin de paie", "Payslip."),
            (
                "Feuille de soins",
                "The form or receipt for care you paid: keep it to be reimbursed.",
            ),
        ]
    }

    fn sheet_says(&self) -> &'static str {
        "Why it matters, in the sheet’s words"
    }

    fn sheet_months_moved(&self, month: &str) -> String {
        format!(
            "The sheet’s months are for a contract starting in October; yours starts in {month}, \
             and the deadline above moves them by as much."
        )
    }

    fn language_changed(&self) -> &'static str {
        "English. Press L for another language."
    }

    fn help_title(&self) -> &'static str {
        "Keys"
    }

    fn date_prompt(&self) -> &'static str {
        "Done on which day? (DD/MM/YYYY)"
    }

    fn confirm_untick(&self, step: &str, date: &str) -> String {
        format!("Un-tick {step} (done {date})?")
    }

    fn ticked(&self, step: &str, date: &str) -> String {
        format!("{step} ticked, done {date}.")
    }

    fn unticked(&self, step: &str) -> String {
        format!("{step} un-ticked.")
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
        "If yes, the CPAM steps are not needed and you start with the attestation."
    }

    fn ask_number(&self) -> &'static str {
        "Your definitive number (15 characters), for ameli.fr and ENSAP:"
    }

    fn ask_name(&self) -> &'static str {
        "Your name, as on your contract (for the e-mail to your gestionnaire):"
    }

    fn ask_school(&self) -> &'static str {
        "Your school (name and town):"
    }

    fn ask_title(&self) -> &'static str {
        "In the e-mail to your gestionnaire (in French), you are:"
    }

    fn ask_civility(&self) -> &'static str {
        "How should the e-mail greet your gestionnaire?"
    }

    fn leave_out(&self) -> &'static str {
        "Neither: leave it out"
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

    fn number_label(&self) -> &'static str {
        "Number"
    }

    fn number_prompt_nia(&self) -> &'static str {
        "Your provisional number (NIA), from the CPAM’s letter:"
    }

    fn number_prompt_nir(&self) -> &'static str {
        "Your definitive number (NIR), from the CPAM’s letter:"
    }

    fn no_number_asked_at_tick(&self) -> &'static str {
        "asked for when you tick this step"
    }

    fn no_number_yet_press_n(&self) -> &'static str {
        "none yet (press n to add it)"
    }

    fn no_number_give_nir(&self) -> &'static str {
        "none yet: give your NIR on step 3 (n)"
    }

    fn no_number_registered(&self) -> &'static str {
        "none yet: give the definitive number you have with n"
    }

    fn number_saved(&self, step: &str) -> String {
        format!("Number saved on {step}.")
    }

    fn looks_provisional(&self) -> &'static str {
        "This number starts with 7 or 8, like a provisional one: check it is the definitive \
         number (NIR) on the CPAM’s letter."
    }

    fn same_as_nia(&self) -> &'static str {
        "This is the same number as your NIA: that happens, the provisional number can become \
         the definitive one."
    }

    fn copied_nia(&self) -> &'static str {
        "Copied your provisional number (NIA)."
    }

    fn copied_ameli(&self) -> &'static str {
        "Copied the first 13 digits, for ameli.fr."
    }

    fn copied_ensap(&self) -> &'static str {
        "Copied all 15 digits, for ENSAP."
    }

    fn no_number_yet(&self, step: &str) -> String {
        format!("No number saved yet: press n on {step}.")
    }

    fn copy_failed(&self) -> &'static str {
        "The terminal did not take the copy."
    }

    fn numbers_tightened(&self, path: &str) -> String {
        format!("{path} was readable by others; it is now readable by you only.")
    }

    fn contact_label(&self) -> &'static str {
        "Contact"
    }

    fn contact_bureau(&self, email: &str) -> String {
        format!("Bureau des assistants (DIPE), rectorat: {email}")
    }

    fn dsden_office(&self, department: &str) -> String {
        format!("the DSDEN {department}")
    }

    fn dsden_office_unknown(&self) -> &'static str {
        "the DSDEN"
    }

    fn contact_unknown(&self, office: &str) -> String {
        format!("Your gestionnaire at {office} (add their name and e-mail with s)")
    }

    fn contact_named(&self, name: &str, office: &str) -> String {
        format!("{name} at {office}")
    }

    fn contact_someone(&self, office: &str) -> String {
        format!("Your gestionnaire at {office}")
    }

    fn link_label(&self) -> &'static str {
        "Link"
    }

    fn link_opened(&self) -> &'static str {
        "Opened in your browser."
    }

    fn note_label(&self) -> &'static str {
        "Note"
    }

    fn note_prompt(&self, step: &str) -> String {
        format!("Your note on {step} (calls, references, proof):")
    }

    fn note_saved(&self, step: &str) -> String {
        format!("Note saved on {step}.")
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

    fn pdf_not_found(&self) -> &'static str {
        "There is no file at this path."
    }

    fn pdf_folder(&self) -> &'static str {
        "This is a folder: give the PDF file itself."
    }

    fn pdf_unreadable(&self, why: &str) -> String {
        format!("This file cannot be read ({why}).")
    }

    fn pdf_not_pdf(&self) -> &'static str {
        "This file is not a PDF: download the attestation from ameli.fr as a PDF."
    }

    fn task(&self, task: SubTask) -> &'static str {
        match task {
            SubTask::AmeliAccount => "Account created on ameli.fr",
            SubTask::AttestationDownloaded => "Attestation de droits downloaded",
        }
    }

    fn mail_title(&self) -> &'static str {
        "E-mail to your gestionnaire"
    }

    fn mail_no_address(&self) -> &'static str {
        "Your gestionnaire’s e-mail is not known yet: add it with s, or copy the text with y."
    }

    fn mail_opened(&self) -> &'static str {
        "The e-mail is open in your mail program."
    }

    fn mail_part_address(&self) -> &'static str {
        "the address"
    }

    fn mail_part_subject(&self) -> &'static str {
        "the subject"
    }

    fn mail_part_body(&self) -> &'static str {
        "the text"
    }

    fn mail_part_all(&self) -> &'static str {
        "all of it, labelled"
    }

    fn mail_part_copied(&self, part: &str) -> String {
        format!("{part} copied: paste it into your webmail.")
    }

    fn mail_attach(&self) -> &'static str {
        "Attach the PDF of your attestation yourself: an e-mail opened or copied from here cannot carry it."
    }

    fn mail_no_name(&self) -> &'static str {
        "Your name is not set: replace [NOM Prénom] before sending."
    }

    fn timeline_title(&self) -> &'static str {
        "School year"
    }

    fn timeline_legend(&self) -> &'static str {
        "◆ due · ✓ done · │ today"
    }

    fn ics_written(&self) -> Plural {
        Plural {
            one: "{n} deadline written to {path}: import the file into your calendar.",
            other: "{n} deadlines written to {path}: import the file into your calendar.",
        }
    }

    fn overdue_since(&self, step: &str, due: &str) -> String {
        format!("{step} — overdue since {due}")
    }

    fn sheet_written(&self, path: &str) -> String {
        format!("The filled-in sheet is in {path}.")
    }

    fn already_done(&self, step: &str, date: &str) -> String {
        format!("{step} is already ticked (done {date}).")
    }

    fn skipped_step(&self, step: &str) -> String {
        format!("{step} is not needed: you already have a definitive number.")
    }

    fn previous_open(&self, previous: &str) -> String {
        format!("Tick {previous} first: the steps go in order.")
    }

    fn in_future(&self, date: &str) -> String {
        format!("{date} is in the future: give the day it actually happened.")
    }

    fn before_previous(&self, date: &str, previous: &str, previous_date: &str) -> String {
        format!("{date} is before {previous} (done {previous_date}): pick that day or a later one.")
    }

    fn after_next(&self, date: &str, next: &str, next_date: &str) -> String {
        format!("{date} is after {next} (done {next_date}): pick that day or an earlier one.")
    }

    fn not_ticked(&self, step: &str) -> String {
        format!("{step} is not ticked.")
    }

    fn later_done(&self, later: &str) -> String {
        format!("Un-tick {later} first: only the last ticked step can be un-ticked.")
    }

    fn has_no_number(&self, step: &str) -> String {
        format!("{step} has no number: only the NIA and the NIR do.")
    }

    fn number_before_tick(&self, step: &str) -> String {
        format!("Tick {step} before giving its number.")
    }

    fn attestation_done(&self) -> &'static str {
        "Your attestation is already sent: un-tick it before changing whether you already had \
         a number."
    }

    fn task_before_number(&self, task: &str, step: &str) -> String {
        format!(
            "{task} waits for your definitive number, the only one ameli.fr takes: tick {step} \
             when its letter comes."
        )
    }

    fn task_before_account(&self, task: &str) -> String {
        format!("The attestation is downloaded from your ameli.fr account: tick {task} first.")
    }

    fn start_out_of_range(&self, year: i32) -> String {
        format!("A contract cannot start in {year}: give a date from 2000 to 2100.")
    }

    fn note_too_long(&self, max: usize) -> String {
        format!("The note is too long: {max} characters at most.")
    }

    fn note_count(&self, count: usize, max: usize) -> String {
        format!("{count}/{max} characters: shorten the note to save it.")
    }

    fn text_too_long(&self, max: usize) -> String {
        format!("That is too long: {max} characters at most.")
    }

    fn path_too_long(&self, max: usize) -> String {
        format!("That path is too long: {max} bytes at most.")
    }

    fn number_empty(&self) -> &'static str {
        "Type the number from the CPAM’s letter."
    }

    fn number_unexpected(&self, position: usize, character: &str) -> String {
        format!(
            "Character {position} (“{character}”) cannot be part of a number: type the digits \
             (spaces, dots and dashes are fine)."
        )
    }

    fn number_missing_key(&self) -> &'static str {
        "Only 13 characters: the 2-digit key at the end is missing. Type all 15 from the \
         letter."
    }

    fn number_length(&self, length: usize) -> String {
        format!(
            "{length} characters: a social security number has 15 (13 digits and a 2-digit key)."
        )
    }

    fn number_letter(&self, position: usize, letter: char) -> String {
        format!(
            "Character {position} is the letter “{letter}” where a digit goes (only 2A or 2B, \
             for Corsica, at characters 6–7)."
        )
    }

    fn number_sex(&self, digit: char) -> String {
        format!("The first digit is {digit}: it is 1 or 2 (7 or 8 for a provisional number).")
    }

    fn number_month(&self, month: &str) -> String {
        format!("Characters 4–5 ({month}) are not a month of birth: check them.")
    }

    fn number_place(&self, place: &str) -> String {
        format!(
            "“{place}” is not a place of birth (characters 6–7: a département, 2A, 2B, 97, 98, \
             or 99 for abroad)."
        )
    }

    fn number_order(&self) -> &'static str {
        "Characters 11–13 cannot be 000: check them."
    }

    fn number_key(&self) -> &'static str {
        "The key (the last 2 digits) does not match the others: a digit is probably mistyped. \
         Compare with the CPAM’s letter."
    }

    fn date_empty(&self) -> &'static str {
        "Type a date, like 02/10/2026."
    }

    fn date_unreadable(&self, text: &str) -> String {
        format!("“{text}” is not a date: write it as DD/MM/YYYY, like 02/10/2026.")
    }

    fn date_does_not_exist(&self, date: &str) -> String {
        format!("{date} does not exist: check the day and the month.")
    }

    fn date_out_of_range(&self, year: i32) -> String {
        format!("{year} is not a year secu takes: give a date from 2000 to 2100.")
    }

    fn no_config_dir(&self) -> &'static str {
        "No configuration folder found for your user: choose a file with --file PATH."
    }

    fn cannot_read(&self, path: &str, why: &str) -> String {
        format!("Cannot read {path}: {why}.")
    }

    fn too_large(&self, path: &str, size: u64) -> String {
        format!("{path} is {size} bytes: too large to be a secu progress file.")
    }

    fn damaged(&self, path: &str, line: usize, column: usize, what: &str) -> String {
        format!("{path} is damaged at line {line}, column {column} ({what}).")
    }

    fn not_json(&self) -> &'static str {
        "this is not valid JSON"
    }

    fn bad_value(&self, field: &str) -> String {
        format!("the value of {field} cannot be read")
    }

    fn inconsistent(&self, path: &str, problem: &str) -> String {
        format!("{path} does not follow the procedure: {problem}.")
    }

    fn left_as_is(&self) -> &'static str {
        "It was left as it is: `secu repair` sets it aside and keeps what can be read."
    }

    fn done_after_open(&self, step: &str, previous: &str) -> String {
        format!("{step} is done but {previous} before it is not")
    }

    fn dates_out_of_order(
        &self,
        step: &str,
        date: &str,
        previous: &str,
        previous_date: &str,
    ) -> String {
        format!("{step} is done {date}, before {previous} ({previous_date})")
    }

    fn dates_out_of_range(&self) -> &'static str {
        "a date is not between 2000 and 2100"
    }

    fn note_too_long_in_file(&self, step: &str) -> String {
        format!("the note on {step} is longer than secu keeps")
    }

    fn invalid_number_in_file(&self, step: &str, why: &str) -> String {
        format!("the number on {step} is not valid. {why}")
    }

    fn newer_version(&self, path: &str, version: u32) -> String {
        format!("{path} was written by a newer secu (version {version}): update secu to change it.")
    }

    fn cannot_write(&self, path: &str, why: &str) -> String {
        format!("Cannot write {path}: {why}. Nothing was changed.")
    }

    fn locked(&self, path: &str) -> String {
        format!(
            "{path} is being changed by another secu: nothing was changed, try again in a moment."
        )
    }

    fn terminal_error(&self, why: &str) -> String {
        format!(
            "The checklist needs a terminal ({why}); in a script, use `secu status` or `secu \
             done`."
        )
    }

    fn repair_no_file(&self, path: &str) -> String {
        format!("Nothing to repair: there is no file at {path}.")
    }

    fn repair_healthy(&self, path: &str) -> String {
        format!("Nothing to repair: {path} reads fine. It was left as it is.")
    }

    fn repair_moved(&self, aside: &str) -> String {
        format!("The damaged file was moved to {aside} (nothing was deleted).")
    }

    fn repair_new_file(&self, path: &str) -> String {
        format!("A new {path} holds what could be read from it:")
    }

    fn repair_nothing_read(&self) -> &'static str {
        "nothing could be read; answer the setup questions again with `secu`."
    }

    fn repair_kept(&self, what: &str) -> String {
        format!("kept: {what}")
    }

    fn repair_dropped(&self, what: &str) -> String {
        format!("not kept: {what}")
    }

    fn kept_number(&self, step: &str) -> String {
        format!("the number of {step}")
    }

    fn kept_last_opened(&self) -> &'static str {
        "the date of the last visit"
    }

    fn dropped_unreadable(&self, field: &str) -> String {
        format!("{field}, which could not be read")
    }

    fn dropped_out_of_order(&self, step: &str) -> String {
        format!("the date of {step}, which broke the order of the steps")
    }

    fn newer_read_only(&self, version: u32) -> String {
        format!(
            "This file was written by a newer secu (version {version}): shown as far as this \
             one understands it, and not changed. Update secu to change it."
        )
    }

    fn dropped_cut(&self, field: &str, max: usize) -> String {
        format!("{field} in part: its first {max} characters")
    }

    fn cannot_keep(&self, path: &str) -> String {
        format!(
            "{path} holds data nested too deeply for secu to keep it whole when saving: nothing was changed."
        )
    }

    fn no_deadline_passed(&self) -> &'static str {
        "no deadline passed since"
    }

    fn give_number_later(&self) -> &'static str {
        "Give the definitive number you have with `secu setup --number NUMBER` (or n in the checklist): ameli.fr and ENSAP ask for it."
    }

    fn broken_link(&self, link: &str, target: &str) -> String {
        format!(
            "{link} is a link to {target}, which does not exist: create that folder, or remove the link. Nothing was changed."
        )
    }

    fn time_zone_set_aside(&self, tz: &str) -> String {
        format!("TZ={tz} is not a time zone file: the system’s time zone is used instead.")
    }

    fn output_lost(&self, why: &str) -> String {
        format!("Some of the output could not be written: {why}.")
    }

    fn changed_meanwhile(&self, now: &str) -> String {
        format!(
            "Another secu saved this while you were editing; it is now: {now}. Save again to put yours in its place, or Esc to keep it."
        )
    }

    fn profile_changed_meanwhile(&self) -> &'static str {
        "Another secu changed these answers while you were editing. Yours are still here: save again to put them in place, or Esc to keep the file’s."
    }

    fn note_merged(&self) -> &'static str {
        "Another secu saved a different note while you were editing: its text is first, yours after it. Keep what you want and save again, or Esc to keep only theirs."
    }

    fn meanwhile_nothing(&self) -> &'static str {
        "nothing"
    }

    fn nothing_to_export(&self) -> &'static str {
        "Nothing to export: no open step has a deadline (every one is done or not needed). No file was written."
    }

    fn calendar_stale(&self, how: &str) -> String {
        format!(
            "Your calendar still has this step’s reminder: export the calendar again ({how}) and import it."
        )
    }

    fn ics_cancelled(&self) -> Plural {
        Plural {
            one: "The done step is in it too, cancelled, so that a calendar that imported it before drops its reminder.",
            other: "The {n} done steps are in it too, cancelled, so that a calendar that imported them before drops their reminders.",
        }
    }

    fn mail_no_address_cli(&self) -> &'static str {
        "Your gestionnaire’s e-mail is not known yet: give it with secu setup --gestionnaire-email ADDRESS."
    }

    fn not_a_file(&self, path: &str) -> String {
        format!(
            "Cannot read {path}: it is not a file (a folder, a device or a pipe); choose a progress file with --file PATH."
        )
    }

    fn could_not_tighten(&self, path: &str, why: &str) -> String {
        format!(
            "{path} is readable by others and could not be made private ({why}): it holds your numbers, move it somewhere only you can read."
        )
    }

    fn redated(&self, step: &str, date: &str, was: &str) -> String {
        format!("Date of {step} corrected: done {date} (was {was}).")
    }

    fn before_start(&self, start: &str) -> String {
        format!(
            "That day is before your contract’s start ({start}): a school may act early, but check the date."
        )
    }

    fn start_written(&self, start: &str) -> String {
        format!(
            "Contract start written down: {start}, this school year’s 1 October. If yours is another day, give it with secu setup --start DATE."
        )
    }

    fn same_school_year(&self, year: &str, from: &str) -> String {
        format!(
            "The {year} school year is still under way: a new year can start from {from}, or give a contract start in a later school year with --start DATE."
        )
    }

    fn new_year_kept(&self, year: &str, path: &str, start: &str) -> String {
        format!("The {year} school year is kept in {path}. The new one starts on {start}.")
    }

    fn new_year_registered(&self) -> &'static str {
        "Your definitive number is kept: the CPAM’s steps are behind you, and the attestation and ENSAP come next."
    }

    fn new_year_again(&self) -> &'static str {
        "No definitive number was recorded: the procedure starts again from the request."
    }

    fn new_year_notice(&self, year: &str) -> String {
        format!(
            "The {year} contract is over: secu new-year keeps this year’s file aside and starts the next."
        )
    }

    fn clock_behind(&self, today: &str, latest: &str) -> String {
        format!(
            "This computer’s clock says {today}, before a date already recorded ({latest}): check the clock. Dates up to {latest} are accepted meanwhile."
        )
    }

    fn lang_invalid(&self, value: &str) -> String {
        format!("SECU_LANG={value} is not a language secu speaks: use en, fr, es, de or it.")
    }

    fn export_over_progress(&self, path: &str) -> String {
        format!("{path} is your progress file: write the export to another file.")
    }

    #[allow(clippy::too_many_lines, reason = "a table: one line for each action")]
    fn action(&self, action: Action) -> (&'static str, &'static str) {
        match action {
            Action::Up => (
                "move",
                "move up: the step above, the line above, or the text",
            ),
            Action::Down => (
                "down",
                "move down: the step below, the line below, or the text",
            ),
            Action::ScrollUp => ("scroll up", "scroll the details or the text up a page"),
            Action::ScrollDown => ("scroll down", "scroll the details or the text down a page"),
            Action::Tick => (
                "tick",
                "tick the step: a date field opens with today’s date",
            ),
            Action::Redate => (
                "correct date",
                "correct the date of a ticked step, the others staying ticked",
            ),
            Action::Untick => ("untick", "un-tick the last ticked step, after a question"),
            Action::Number => (
                "number",
                "give or correct the number (NIA, NIR; on ENSAP, the NIR)",
            ),
            Action::Reveal => ("show", "show the number in full, until you move"),
            Action::Copy => (
                "copy",
                "copy the number as the step’s site wants it, the step’s address, or the e-mail’s text",
            ),
            Action::Open => (
                "open",
                "open the step’s page, or the e-mail in your mail program",
            ),
            Action::Mail => (
                "e-mail",
                "on the attestation: the e-mail to your gestionnaire",
            ),
            Action::Note => (
                "note",
                "write a note on the step (calls, references, proof)",
            ),
            Action::Pdf => (
                "PDF",
                "on the attestation: keep the path of the PDF you sent",
            ),
            Action::Task1 => (
                "task 1",
                "tick the first small task: account created on ameli.fr",
            ),
            Action::Task2 => (
                "task 2",
                "tick the second small task: attestation downloaded",
            ),
            Action::Timeline => ("timeline", "the timeline of your contract’s months"),
            Action::Export => (
                "export",
                "save the calendar (.ics) or the filled-in sheet to Downloads",
            ),
            Action::Setup => ("setup", "see and change your setup answers"),
            Action::Glossary => ("words", "the French words of your letters, explained"),
            Action::Language => ("language", "speak the next language (saved)"),
            Action::Help => ("help", "this help"),
            Action::WholeMessage => (
                "whole message",
                "read the whole message of the footer when it was shortened",
            ),
            Action::Back => ("back", "back to the previous question"),
            Action::Close => (
                "close",
                "close what is open: a dialog, a field, a view (never quits)",
            ),
            Action::Quit => ("quit", "quit (every change is already saved)"),
            Action::Interrupt => (
                "quit",
                "quit from anywhere (asks first if typed text would be lost)",
            ),
            Action::Suspend => (
                "pause",
                "pause secu and go back to the shell; fg brings it back as it was",
            ),
            Action::Yes => ("yes", "answer yes"),
            Action::No => ("no", "answer no"),
            Action::First => ("first", "choose the first"),
            Action::Second => ("second", "choose the second"),
            Action::Third => ("third", "choose the third"),
            Action::Fourth => ("fourth", "choose the fourth"),
            Action::Submit => ("confirm", "confirm what was typed or chosen"),
            Action::Save => ("save", "save the note"),
            Action::NewLine => ("new line", "start a new line"),
            Action::Left => ("left", "move the cursor left"),
            Action::Right => ("right", "move the cursor right"),
            Action::Home => ("start", "to the start of the line"),
            Action::End => ("end", "to the end of the line"),
            Action::Backspace => ("erase", "erase the character before the cursor"),
            Action::Delete => ("delete", "delete the character under the cursor"),
            Action::DeleteToStart => ("clear", "delete everything before the cursor"),
            Action::DeleteWord => ("delete word", "delete the word before the cursor"),
        }
    }

    fn key_names(&self) -> KeyNames {
        KeyNames {
            space: "Space",
            enter: "Enter",
            esc: "Esc",
            backspace: "Backspace",
            delete: "Delete",
            page_up: "PgUp",
            page_down: "PgDn",
            home: "Home",
            end: "End",
            ctrl: "Ctrl",
        }
    }

    fn already_ticked(&self, step: &str, date: &str, redate: &str, untick: &str) -> String {
        format!(
            "{step} is already ticked ({date}): {redate} corrects the date, {untick} un-ticks it."
        )
    }

    fn only_when_ticked(&self, key: &str) -> String {
        format!("{key} corrects the date of a ticked step: this one is not ticked.")
    }

    fn untick_which(&self, key: &str, last: &str) -> String {
        format!("{key} un-ticks the last ticked step: {last}.")
    }

    fn nothing_ticked(&self, key: &str) -> String {
        format!("{key} un-ticks the last ticked step: none is ticked yet.")
    }

    fn only_with_number(&self, key: &str) -> String {
        format!("{key} acts on a number: only on the NIA, NIR and ENSAP steps.")
    }

    fn only_on(&self, key: &str, step: &str) -> String {
        format!("{key}: only on the step {step}.")
    }

    fn no_whole_message(&self, key: &str) -> String {
        format!("{key} shows the last message whole when it was shortened: there is none.")
    }

    fn esc_in_list(&self, quit: &str) -> String {
        format!("Nothing to close here: {quit} quits.")
    }

    fn timeline_inert(&self, key: &str, back: &str) -> String {
        format!("{key} acts on the list: {back} goes back to it.")
    }

    fn nothing_here(&self, key: &str, help: &str) -> String {
        format!("{key} does nothing here: {help} lists the keys.")
    }

    fn esc_first_question(&self, quit: &str) -> String {
        format!("This is the first question: {quit} quits without saving anything.")
    }

    fn exported(&self, path: &str) -> String {
        format!("Saved to {path}.")
    }

    fn confirm_discard(&self) -> &'static str {
        "Discard your changes?"
    }

    fn confirm_quit_discard(&self) -> &'static str {
        "Quit and discard what you typed?"
    }

    fn redate_prompt(&self) -> &'static str {
        "The correct date? (DD/MM/YYYY) The steps after it stay ticked."
    }

    fn number_kept_hint(&self) -> &'static str {
        "Enter keeps the number shown; type to replace it."
    }

    fn number_later_hint(&self) -> &'static str {
        "Empty: Enter ticks the step, and the number can be given later."
    }

    fn answers_title(&self) -> &'static str {
        "Your answers"
    }

    fn export_title(&self) -> &'static str {
        "Export to Downloads"
    }

    fn export_calendar(&self) -> &'static str {
        "the calendar of the deadlines (.ics), for your phone"
    }

    fn export_sheet(&self) -> &'static str {
        "the académie’s sheet, filled in (.md)"
    }

    fn more_below(&self) -> &'static str {
        "more below"
    }

    fn export_failed(&self, path: &str, why: &str) -> String {
        format!("Could not save {path}: {why}. Nothing was written.")
    }

    fn help_headings(&self) -> [&'static str; 4] {
        [
            "On the list",
            "In the timeline",
            "In a text field",
            "In the note",
        ]
    }

    fn no_downloads(&self) -> &'static str {
        "No Downloads or home folder found: use secu export ics -o FILE from a shell."
    }

    fn nothing_here_close(&self, key: &str, close: &str) -> String {
        format!("{key} does nothing here: {close} closes this.")
    }

    fn dumb_terminal(&self) -> &'static str {
        "This terminal (TERM=dumb) cannot draw the checklist: use secu status to see it and secu done STEP to tick a step."
    }

    fn not_a_terminal(&self) -> &'static str {
        "This is not a terminal (standard input or output is redirected): the checklist needs one. secu status prints it."
    }

    fn pdf_not_text(&self, path: &str) -> String {
        format!(
            "{path}: this path is not valid UTF-8 text, so the progress file cannot keep it. Rename the file (or its folder) and give it again."
        )
    }

    fn sent_to_terminal(&self) -> &'static str {
        "Sent to your terminal for its clipboard, and shown above: if nothing arrives, your terminal does not allow it; select it with the mouse (hold Shift while secu uses the mouse)."
    }

    fn no_browser(&self) -> &'static str {
        "No browser was opened here (over SSH, or without a display)."
    }

    fn address_copied(&self) -> &'static str {
        "No browser can be opened here: the address is copied."
    }

    fn address_copied_here(&self) -> &'static str {
        "The step’s address is copied."
    }

    fn mail_not_opened(&self, copy: &str) -> String {
        format!(
            "No mail program can be opened here (over SSH, or without a display): {copy} copies the text for a webmail."
        )
    }

    fn calendar_hint(&self) -> &'static str {
        "Open it, or e-mail it to yourself: phones add .ics files to their calendar."
    }

    fn exported_remote(&self, command: &str) -> String {
        format!("Saved on the server you are connected to; fetch it with: {command}")
    }

    #[allow(clippy::too_many_lines, reason = "a table: one line for each place")]
    fn help(&self, help: Help) -> &'static str {
        match help {
            Help::About => {
                "The Sécurité sociale checklist for language assistants in the académie d'Aix-Marseille."
            }
            Help::LongAbout => {
                "The Sécurité sociale checklist for language assistants in the académie d'Aix-Marseille.\n\nWith no command, opens the checklist in the terminal; the first run asks the setup questions."
            }
            Help::Usage => "Usage:",
            Help::Options => "Options",
            Help::Arguments => "Arguments",
            Help::Commands => "Commands",
            Help::Help => "Print help",
            Help::Version => "Print version",
            Help::ValueOptions => "OPTIONS",
            Help::ValueTitle => "TITLE",
            Help::ValueCivility => "CIVILITY",
            Help::ValueCommand => "COMMAND",
            Help::ValueBool => "BOOL",
            Help::ValueCode => "CODE",
            Help::ValueDate => "DATE",
            Help::ValueEmail => "EMAIL",
            Help::ValueFile => "FILE",
            Help::ValueLevel => "LEVEL",
            Help::ValueName => "NAME",
            Help::ValueNumber => "NUMBER",
            Help::ValuePath => "PATH",
            Help::ValueSchool => "SCHOOL",
            Help::ValueShell => "SHELL",
            Help::ValueStep => "STEP",
            Help::ValueTask => "TASK",
            Help::ValueText => "TEXT",
            Help::File => {
                "The progress file (env SECU_FILE) [default: <config dir>/secu/progress.json]"
            }
            Help::Lang => {
                "Language: en, fr, es, de or it (env SECU_LANG) [default: the saved choice, else the system locale, else en]"
            }
            Help::Today => {
                "Take DATE as today, to look ahead at deadlines: DD/MM/YYYY, YYYY-MM-DD or \"today\" (env SECU_TODAY)"
            }
            Help::Plain => {
                "Words instead of symbols that read badly aloud, for screen readers (env SECU_PLAIN)"
            }
            Help::Status => "Print the steps, their dates and what comes next",
            Help::StatusJson => "Print one JSON object instead (documented in the README)",
            Help::StatusShowNumbers | Help::ShowShowNumbers => {
                "Show social security numbers in full instead of masked"
            }
            Help::Show => {
                "Print a step’s details as labelled lines: when, what to do, what you need, who, links"
            }
            Help::ShowStep => "The step: request, nia, nir, attestation or ensap",
            Help::Setup => "Change the profile; with no flags, print it",
            Help::SetupLevel => "primary (1er degré) or secondary (2nd degré)",
            Help::SetupDepartment => "The département of your school: 04, 05, 13 or 84",
            Help::SetupStart => "The first day of your contract",
            Help::SetupAlreadyRegistered => {
                "You already have a definitive number: the CPAM steps are skipped (--already-registered=false to undo)"
            }
            Help::SetupName => "Your name, for the e-mail to your gestionnaire (\"\" to remove)",
            Help::SetupSchool => "Your school, for the same e-mail (\"\" to remove)",
            Help::SetupTitle => {
                "How the e-mail names you: assistant or assistante (none to leave it out)"
            }
            Help::SetupGestionnaireCivility => {
                "How the e-mail greets your gestionnaire: madame or monsieur (none: « Madame, Monsieur, »)"
            }
            Help::SetupGestionnaireName => "Your gestionnaire's name at the DSDEN (\"\" to remove)",
            Help::SetupGestionnaireEmail => "Your gestionnaire's e-mail (\"\" to remove)",
            Help::SetupNumber => {
                "The definitive number you already have, for ameli.fr and ENSAP (with --already-registered)"
            }
            Help::Done => "Tick a step (on a done step: correct its date)",
            Help::DoneStep => "request, nia, nir, attestation or ensap",
            Help::DoneOn => "The day it was done [default: today]",
            Help::DoneNumber => "The number on the CPAM's letter, for nia and nir",
            Help::Number => "Give or correct the number of a done step (nia or nir)",
            Help::NumberStep => "nia or nir",
            Help::NumberNumber => {
                "The number on the CPAM's letter; spaces, dots and dashes are fine"
            }
            Help::Undo => "Un-tick the last done step",
            Help::UndoStep => "request, nia, nir, attestation or ensap",
            Help::Repair => "Move a damaged progress file aside and keep what can be read from it",
            Help::Note => "Write a note on a step (\"\" removes it)",
            Help::NoteStep => "request, nia, nir, attestation or ensap",
            Help::NoteText => "The note; several lines are fine",
            Help::Pdf => {
                "Keep the path of the attestation's PDF that was sent (checked to be a PDF)"
            }
            Help::PdfPath => "The PDF file",
            Help::Task => "Tick one of the small tasks under nir",
            Help::TaskTask => "ameli-account or attestation-downloaded",
            Help::TaskUndo => "Un-tick it instead",
            Help::Export => "Write the deadlines to a calendar file, or the filled-in sheet",
            Help::ExportIcs => {
                "An iCalendar file (.ics) of the open deadlines, each with a reminder 3 days before"
            }
            Help::ExportIcsOutput => {
                "Write to FILE; without it, to the Downloads folder in a terminal, to the standard output when piped"
            }
            Help::ExportSheet => {
                "The académie's sheet with its blanks filled in, as Markdown, in French"
            }
            Help::ExportSheetOutput => "Write to FILE instead of the standard output",
            Help::ExportMail => {
                "The e-mail to your gestionnaire with the attestation, in French: recipient, subject and text, as the checklist shows it (m)"
            }
            Help::ExportMailMailto => {
                "Print it as a mailto: address instead, to open in a mail program"
            }
            Help::Remind => {
                "One line when a step is due within 7 days or late, nothing otherwise: for a shell's startup file"
            }
            Help::Completions => "Print the completion script of a shell",
            Help::CompletionsShell => "bash, zsh, fish, elvish or powershell",
            Help::NewYear => {
                "Start the next school year: keep this year’s file aside, and the profile and definitive number"
            }
            Help::NewYearStart => {
                "The new contract’s first day (default: 1 October of the current school year)"
            }
            Help::Man => "Print the manual page (roff)",
        }
    }

    fn cli_unexpected_value(&self, value: &str, help: &str) -> String {
        format!("{value} was not expected here: {help} shows what each command takes.")
    }

    fn cli_unknown_argument(&self, argument: &str, help: &str) -> String {
        format!("There is no option {argument}: {help} lists them.")
    }

    fn cli_unknown_command(&self, command: &str, help: &str) -> String {
        format!("There is no command {command}: {help} lists them.")
    }

    fn cli_invalid_value(&self, value: &str, argument: &str, valid: &str) -> String {
        format!("{value} is not a value {argument} takes: {valid}.")
    }

    fn cli_missing(&self, what: &str, help: &str) -> String {
        format!("Missing: {what} ({help} says more).")
    }

    fn cli_repeated(&self, argument: &str, help: &str) -> String {
        format!("{argument} is given more than once: keep one ({help} lists the options).")
    }

    fn too_small_unsaved(&self) -> &'static str {
        "Your typed text is kept: make the window larger to save it or throw it away."
    }
}
