//! Deutsch.

use chrono::{Datelike, NaiveDate};
use pure_rust_locales::de_DE as locale;

use super::{KeyHelp, ProfileLabels, Texts, inert, month, sheet, shown_path};
use crate::pdf::PdfError;
use crate::procedure::{
    Contact, DateError, DaysLeft, Inconsistency, Level, NumberError, NumberNote, Profile,
    SinceLastVisit, Step, SubTask, TransitionError,
};
use crate::store::{Dropped, Kept, StoreError};

pub struct De;

impl De {
    fn gestionnaire(profile: &Profile) -> String {
        match profile.department {
            Some(d) => format!("Ihr Gestionnaire bei der DSDEN {} ({})", d.code(), d.name()),
            None => "Ihr Gestionnaire bei der DSDEN Ihres Départements".to_owned(),
        }
    }

    /// The same, in the dative: "an Ihren Gestionnaire …".
    fn to_gestionnaire(profile: &Profile) -> String {
        match profile.department {
            Some(d) => format!(
                "an Ihren Gestionnaire bei der DSDEN {} ({})",
                d.code(),
                d.name()
            ),
            None => "an Ihren Gestionnaire bei der DSDEN Ihres Départements".to_owned(),
        }
    }

    fn quoted(step: Step) -> String {
        format!("„{}“", De.step_title(step))
    }

    /// "1 Tag", "2 Tage"; after "in", the dative: "1 Tag", "2 Tagen".
    fn days(n: i64, dative: bool) -> String {
        match (n, dative) {
            (1, _) => "1 Tag".to_owned(),
            (n, true) => format!("{n} Tagen"),
            (n, false) => format!("{n} Tage"),
        }
    }
}

impl Texts for De {
    fn date(&self, date: NaiveDate) -> String {
        let (day, mon, year) = (date.day(), month(locale::LC_TIME::MON, date), date.year());
        format!("{day}. {mon} {year}")
    }

    fn date_short(&self, date: NaiveDate) -> String {
        let (day, mon, year) = (date.day(), month(locale::LC_TIME::ABMON, date), date.year());
        format!("{day}. {mon} {year}")
    }

    fn app_title(&self) -> &'static str {
        "Checkliste Sécurité sociale"
    }

    fn step_title(&self, step: Step) -> &'static str {
        match step {
            Step::Request => "Antrag auf Anmeldung",
            Step::Nia => "Vorläufige Nummer (NIA)",
            Step::Nir => "Endgültige Nummer (NIR)",
            Step::Attestation => "Attestation gesendet",
            Step::Ensap => "ENSAP-Konto",
        }
    }

    fn step_short(&self, step: Step) -> &'static str {
        match step {
            Step::Request => "Antrag",
            Step::Nia => "NIA",
            Step::Nir => "NIR",
            Step::Attestation => "Attestation",
            Step::Ensap => "ENSAP",
        }
    }

    fn step_who(&self, step: Step, profile: &Profile) -> String {
        match (step, profile.level) {
            (Step::Request, Some(Level::Primary)) => format!(
                "{}, online. Prüfen Sie, ob es erledigt ist.",
                De::gestionnaire(profile)
            ),
            (Step::Request, Some(Level::Secondary)) => {
                "Das Sekretariat Ihrer Schule, online. Prüfen Sie, ob es erledigt ist.".to_owned()
            }
            (Step::Request, None) => "Ihr Gestionnaire bei der DSDEN (1er degré) oder das \
                                      Sekretariat Ihrer Schule (2nd degré)."
                .to_owned(),
            (Step::Nia | Step::Nir, _) => {
                "Die CPAM (Caisse primaire d’assurance maladie), per Brief.".to_owned()
            }
            (Step::Attestation, Some(Level::Secondary)) => format!(
                "Sie: senden Sie sie an {} (bureau des assistants, DIPE).",
                sheet::SECONDARY_EMAIL
            ),
            (Step::Attestation, _) => {
                format!("Sie: senden Sie sie {}.", De::to_gestionnaire(profile))
            }
            (Step::Ensap, _) => {
                "Sie, mit Ihrer 15-stelligen Nummer und einem selbst gewählten Passwort.".to_owned()
            }
        }
    }

    fn step_todo(&self, step: Step, profile: &Profile) -> String {
        match step {
            Step::Request => "Fragen Sie nach, ob die „demande d’immatriculation“ an die CPAM \
                              geschickt wurde, und haken Sie sie mit dem Datum ab."
                .to_owned(),
            Step::Nia => {
                "Notieren Sie die vorläufige Nummer aus dem Brief der CPAM: Sie geben sie \
                          bei jeder Erstattung an."
                    .to_owned()
            }
            Step::Nir => "Legen Sie Ihr Konto auf ameli.fr an (Anmeldung mit den ersten 13 \
                          Ziffern) und laden Sie Ihre attestation de droits (PDF) herunter."
                .to_owned(),
            Step::Attestation => {
                let to = match profile.level {
                    Some(Level::Secondary) => format!("an {}", sheet::SECONDARY_EMAIL),
                    _ => De::to_gestionnaire(profile),
                };
                format!(
                    "Senden Sie das PDF Ihrer attestation de droits {to}, damit Ihre Akte \
                     aktualisiert wird."
                )
            }
            Step::Ensap => "Legen Sie Ihr Konto auf ensap.gouv.fr mit Ihrer 15-stelligen Nummer \
                            an; dort lesen und laden Sie Ihre Gehaltsabrechnungen."
                .to_owned(),
        }
    }

    fn step_deadline_rule(&self, step: Step, profile: &Profile) -> String {
        match step {
            Step::Request => "Anfang Oktober: zwei Wochen nach Vertragsbeginn.",
            Step::Nia => "Kein festes Datum: sie kommt mit dem Brief der CPAM.",
            Step::Nir => {
                "Innerhalb von 3 Monaten nach dem Antrag. Laut Merkblatt brauchen Sie die \
                 endgültige Nummer vor Dezember."
            }
            Step::Attestation if profile.already_registered => {
                "Sobald Sie angekommen sind: zwei Wochen nach Vertragsbeginn."
            }
            Step::Attestation => "Im Dezember, spätestens am 31.",
            Step::Ensap => {
                "Im Januar, sobald Ihre Akte aktualisiert ist: bis Ende des Monats nach dem \
                 Versand der Attestation."
            }
        }
        .to_owned()
    }

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Primary => "Grundschule (1er degré)",
            Level::Secondary => "Weiterführende Schule (2nd degré)",
        }
    }

    fn done_on(&self, on: NaiveDate) -> String {
        format!("erledigt am {}", self.date_short(on))
    }

    fn skipped(&self) -> &'static str {
        "entfällt"
    }

    fn due_on(&self, due: NaiveDate) -> String {
        format!("fällig am {}", self.date_short(due))
    }

    fn no_fixed_date(&self) -> &'static str {
        "kein festes Datum"
    }

    fn days_left(&self, days: DaysLeft) -> String {
        match days.0 {
            0 => "heute fällig".to_owned(),
            n if n < 0 => format!("{} überfällig", De::days(-n, false)),
            n => format!("in {}", De::days(n, true)),
        }
    }

    fn next_line(&self, step: Step, due: Option<NaiveDate>, days: Option<DaysLeft>) -> String {
        match (due, days) {
            (Some(due), Some(days)) => format!(
                "Als Nächstes: {} — fällig am {} ({})",
                self.step_title(step),
                self.date(due),
                self.days_left(days)
            ),
            _ => format!(
                "Als Nächstes: {} — kein festes Datum, sie kommt mit dem Brief der CPAM",
                self.step_title(step)
            ),
        }
    }

    fn all_done(&self) -> &'static str {
        "Alles erledigt: Ihre Anmeldung ist vollständig."
    }

    fn since_last_visit(&self, since: SinceLastVisit) -> String {
        let passed = match since.deadlines_passed {
            0 => "seitdem keine Frist abgelaufen".to_owned(),
            1 => "seitdem 1 Frist abgelaufen".to_owned(),
            n => format!("seitdem {n} Fristen abgelaufen"),
        };
        format!(
            "Zuletzt geöffnet vor {}; {passed}.",
            De::days(since.days, true)
        )
    }

    fn profile_labels(&self) -> ProfileLabels {
        ProfileLabels {
            level: "Schule:",
            department: "Département:",
            start: "Vertragsbeginn:",
            registered: "Schon angemeldet:",
            name: "Name:",
            school: "Name der Schule:",
            gestionnaire: "Gestionnaire:",
            language: "Sprache:",
            not_set: "nicht angegeben",
            default: "Standard",
        }
    }

    fn not_set_up(&self, path: &str) -> String {
        format!(
            "Noch nicht eingerichtet ({path}): starten Sie `secu`, um die Fragen zu beantworten, \
             oder `secu setup --level secondary`."
        )
    }

    fn yes(&self) -> &'static str {
        "ja"
    }

    fn no(&self) -> &'static str {
        "nein"
    }

    fn progress_gauge(&self, settled: usize, total: usize) -> String {
        format!("{settled}/{total} erledigt")
    }

    fn steps_title(&self) -> &'static str {
        "Schritte"
    }

    fn who_label(&self) -> &'static str {
        "Wer"
    }

    fn todo_label(&self) -> &'static str {
        "Was"
    }

    fn deadline_label(&self) -> &'static str {
        "Wann"
    }

    fn sheet_label(&self) -> &'static str {
        "Merkblatt"
    }

    fn sheet_translation(&self, step: Step, level: Option<Level>) -> Option<String> {
        let text = match (step, level) {
            (Step::Request, Some(Level::Primary)) => {
                "Online-Antrag auf Anmeldung bei der CPAM, um meine Ansprüche zu eröffnen: durch \
                 meinen Gestionnaire bei der DSDEN (1er degré)"
            }
            (Step::Request, Some(Level::Secondary)) => {
                "Online-Antrag auf Anmeldung bei der CPAM, um meine Ansprüche zu eröffnen: durch \
                 das Sekretariat meiner Schule (2nd degré)"
            }
            (Step::Request, None) => {
                "Online-Antrag auf Anmeldung bei der CPAM, um meine Ansprüche zu eröffnen: durch \
                 meinen Gestionnaire bei der DSDEN (1er degré) oder das Sekretariat meiner Schule \
                 (2nd degré)"
            }
            (Step::Nia, _) => {
                "Die CPAM teilt die NIA-Nummer mit (vorläufig): unbedingt für die Erstattung \
                 meiner Leistungen angeben"
            }
            (Step::Nir, _) => {
                "Die CPAM teilt die NIR-Nummer mit (endgültig): ich lege mein Konto auf AMELI.FR \
                 an; ich lade meine attestation de droits herunter"
            }
            (Step::Attestation, _) => {
                "Ich sende eine Kopie meiner Attestation als PDF an meinen Gestionnaire, damit \
                 meine Akte aktualisiert wird"
            }
            (Step::Ensap, _) => {
                "Ich lege mein Konto auf ensap.gouv.fr mit meiner 15-stelligen \
                 Sozialversicherungsnummer und einem selbst gewählten Passwort an"
            }
        };
        Some(text.to_owned())
    }

    fn glossary_title(&self) -> &'static str {
        "Die französischen Wörter Ihrer Briefe"
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "CPAM",
                "Caisse primaire d’assurance maladie: die örtliche Krankenkasse, die Sie anmeldet und Ihnen Kosten erstattet.",
            ),
            (
                "NIA",
                "Numéro d’identification d’attente: Ihre vorläufige Nummer, bis die endgültige kommt.",
            ),
            (
                "NIR",
                "Numéro d’inscription au répertoire: Ihre endgültige, 15-stellige Sozialversicherungsnummer.",
            ),
            (
                "Attestation de droits",
                "Die Bescheinigung Ihres Versicherungsschutzes, als PDF auf ameli.fr.",
            ),
            (
                "ameli.fr",
                "Die Website der Krankenversicherung: Ihr Konto, Ihre Attestation, Ihre Erstattungen.",
            ),
            (
                "DSDEN",
                "Direction des services départementaux de l’éducation nationale: betreut die Assistenten an Grundschulen.",
            ),
            (
                "Gestionnaire",
                "Die Person, die Ihre Akte und Ihr Gehalt verwaltet.",
            ),
            (
                "1er degré / 2nd degré",
                "Grundschule / weiterführende Schule (collège, lycée).",
            ),
            (
                "DIPE",
                "Die Abteilung des Rectorat, die die Assistenten an weiterführenden Schulen betreut.",
            ),
            (
                "ENSAP",
                "Espace numérique sécurisé de l’agent public: dort lesen Sie Ihre Gehaltsabrechnungen.",
            ),
            ("Bulletin de paie", "Die monatliche Gehaltsabrechnung."),
        ]
    }

    fn language_changed(&self) -> &'static str {
        "Deutsch. Taste L für eine andere Sprache."
    }

    fn footer_keys(&self) -> &'static [KeyHelp] {
        &[
            ("↑↓", "wählen"),
            ("Leertaste", "abhaken"),
            ("u", "zurück"),
            ("s", "Profil"),
            ("?", "Hilfe"),
            ("q", "Ende"),
        ]
    }

    fn help_title(&self) -> &'static str {
        "Tasten"
    }

    fn help_keys(&self) -> &'static [KeyHelp] {
        &[
            ("↑ ↓  j k", "zwischen den Schritten wechseln"),
            (
                "Leertaste Enter",
                "Schritt abhaken (heutiges Datum, änderbar)",
            ),
            ("u", "den zuletzt erledigten Schritt zurücknehmen"),
            ("n", "Nummer angeben oder korrigieren (NIA, NIR)"),
            ("r", "Nummer ganz zeigen, bis Sie weitergehen"),
            (
                "y",
                "Nummer so kopieren, wie die Website des Schritts sie will",
            ),
            (
                "o",
                "die Seite des Schritts öffnen (oder den Link kopieren)",
            ),
            ("m", "bei der Attestation: die E-Mail an Ihren Gestionnaire"),
            (
                "e",
                "eine Notiz zum Schritt schreiben (Belege, Aktenzeichen)",
            ),
            ("p", "bei der Attestation: das gesendete PDF festhalten"),
            ("1 2", "bei der NIR: die kleinen Aufgaben abhaken"),
            ("t", "der Zeitstrahl des Schuljahrs"),
            ("Bild↑ Bild↓", "die Details blättern"),
            ("s", "die Fragen neu beantworten"),
            ("g", "die französischen Wörter Ihrer Briefe, erklärt"),
            ("L", "Sprache wechseln (wird gespeichert)"),
            ("?", "diese Hilfe zeigen oder schließen"),
            ("q Esc", "beenden (alles ist schon gespeichert)"),
            ("Enter / Esc", "in einer Frage: bestätigen / abbrechen"),
        ]
    }

    fn help_close(&self) -> &'static str {
        "Eine beliebige Taste schließt."
    }

    fn date_prompt(&self) -> &'static str {
        "An welchem Tag erledigt? (TT.MM.JJJJ)"
    }

    fn date_field_keys(&self) -> &'static str {
        "Enter bestätigen · Esc abbrechen"
    }

    fn confirm_untick(&self, step: Step, on: NaiveDate) -> String {
        format!(
            "{} zurücknehmen (erledigt am {})?",
            De::quoted(step),
            self.date(on)
        )
    }

    fn confirm_keys(&self) -> &'static str {
        "j ja · n nein"
    }

    fn ticked(&self, step: Step, on: NaiveDate) -> String {
        format!(
            "{} abgehakt, erledigt am {}.",
            De::quoted(step),
            self.date(on)
        )
    }

    fn unticked(&self, step: Step) -> String {
        format!("{} zurückgenommen.", De::quoted(step))
    }

    fn profile_saved(&self) -> &'static str {
        "Profil gespeichert."
    }

    fn too_small(&self) -> &'static str {
        "Fenster zu klein (mindestens 40x12)"
    }

    fn changed_elsewhere(&self) -> &'static str {
        "Von einem anderen secu geändert: hier der neueste Stand."
    }

    fn setup_title(&self, number: usize, total: usize) -> String {
        format!("Profil — Frage {number} von {total}")
    }

    fn welcome(&self) -> &'static str {
        "Willkommen! Ein paar Fragen für Ihre Fristen; ändern können Sie sie später mit s."
    }

    fn ask_language(&self) -> &'static str {
        "In welcher Sprache soll secu mit Ihnen sprechen?"
    }

    fn ask_level(&self) -> &'static str {
        "Wo unterrichten Sie?"
    }

    fn ask_department(&self) -> &'static str {
        "In welchem Département liegt Ihre Schule?"
    }

    fn ask_start(&self) -> &'static str {
        "Wann beginnt Ihr Vertrag? (TT.MM.JJJJ)"
    }

    fn ask_registered(&self) -> &'static str {
        "Haben Sie schon eine endgültige, 15-stellige französische Sozialversicherungsnummer?"
    }

    fn registered_hint(&self) -> &'static str {
        "Wenn ja, entfallen die Schritte der CPAM, und Sie beginnen mit der Attestation."
    }

    fn choice_keys(&self) -> &'static str {
        "↑↓ wählen · Enter weiter · Esc zurück"
    }

    fn contact_label(&self) -> &'static str {
        "Kontakt"
    }

    fn contact(&self, contact: &Contact) -> String {
        match contact {
            Contact::Bureau { email } => format!("Bureau des assistants (DIPE), Rectorat: {email}"),
            Contact::Dsden {
                department,
                name,
                email,
            } => {
                let office =
                    department.map_or("der DSDEN".to_owned(), |d| format!("der DSDEN {d}"));
                match (name, email) {
                    (None, None) => {
                        format!("Ihr Gestionnaire bei {office} (Name und E-Mail mit s ergänzen)")
                    }
                    (name, email) => format!(
                        "{}, {office}{}",
                        name.as_deref()
                            .map_or("Ihr Gestionnaire".to_owned(), |n| inert(n, 60)),
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
        "Im Browser geöffnet."
    }

    fn link_copied(&self) -> &'static str {
        "Hier gibt es keinen Browser: der Link ist in der Zwischenablage und steht vollständig in den Details."
    }

    fn note_label(&self) -> &'static str {
        "Notiz"
    }

    fn note_prompt(&self, step: Step) -> String {
        format!(
            "Ihre Notiz zu {} (Anrufe, Aktenzeichen, Belege):",
            De::quoted(step)
        )
    }

    fn note_keys(&self) -> &'static str {
        "Strg+S speichern · Enter neue Zeile · Esc abbrechen"
    }

    fn note_saved(&self, step: Step) -> String {
        format!("Notiz zu {} gespeichert.", De::quoted(step))
    }

    fn pdf_label(&self) -> &'static str {
        "Gesendetes PDF"
    }

    fn pdf_prompt(&self) -> &'static str {
        "Pfad des gesendeten Attestation-PDF:"
    }

    fn pdf_saved(&self, name: &str) -> String {
        format!("PDF gespeichert: {name}.")
    }

    fn pdf_error(&self, error: &PdfError) -> String {
        match error {
            PdfError::NotFound => "Unter diesem Pfad gibt es keine Datei.".to_owned(),
            PdfError::NotAFile => {
                "Das ist ein Ordner: geben Sie die PDF-Datei selbst an.".to_owned()
            }
            PdfError::Unreadable(why) => format!("Diese Datei kann nicht gelesen werden ({why})."),
            PdfError::NotPdf => {
                "Diese Datei ist kein PDF: laden Sie die Attestation als PDF von ameli.fr herunter."
                    .to_owned()
            }
        }
    }

    fn task(&self, task: SubTask) -> &'static str {
        match task {
            SubTask::AmeliAccount => "Konto auf ameli.fr angelegt",
            SubTask::AttestationDownloaded => "Attestation de droits heruntergeladen",
        }
    }

    fn detail_keys(&self, step: Step) -> &'static str {
        match step {
            Step::Nir => "1 2 Aufgabe abhaken · e Notiz · o Link öffnen",
            Step::Attestation => "m E-Mail · p PDF · e Notiz · o Link öffnen",
            _ => "e Notiz · o Link öffnen",
        }
    }

    fn mail_title(&self) -> &'static str {
        "E-Mail an Ihren Gestionnaire"
    }

    fn mail_keys(&self) -> &'static str {
        "o im Mailprogramm öffnen · y Text kopieren · andere Taste schließt"
    }

    fn mail_no_address(&self) -> &'static str {
        "Die E-Mail Ihres Gestionnaire ist noch nicht bekannt: ergänzen Sie sie mit s, oder kopieren Sie den Text mit y."
    }

    fn mail_copied(&self) -> &'static str {
        "Der Text der E-Mail ist kopiert: fügen Sie ihn in Ihr Webmail ein."
    }

    fn timeline_title(&self) -> &'static str {
        "Schuljahr"
    }

    fn timeline_legend(&self) -> &'static str {
        "◆ fällig · ✓ erledigt · │ heute · t zurück zu den Details"
    }

    fn ask_name(&self) -> &'static str {
        "Ihr Name wie im Vertrag (für die E-Mail an Ihren Gestionnaire):"
    }

    fn ask_school(&self) -> &'static str {
        "Ihre Schule (Name und Ort):"
    }

    fn ask_gestionnaire_name(&self) -> &'static str {
        "Der Name Ihres Gestionnaire bei der DSDEN:"
    }

    fn ask_gestionnaire_email(&self) -> &'static str {
        "Die E-Mail Ihres Gestionnaire:"
    }

    fn optional_hint(&self) -> &'static str {
        "Freiwillig: leer lassen und Enter drücken."
    }

    fn email_invalid(&self) -> &'static str {
        "Das ist keine E-Mail-Adresse: sie sieht aus wie name@ac-aix-marseille.fr."
    }

    fn ics_written(&self, path: &str, events: usize) -> String {
        match events {
            1 => format!(
                "1 Frist in {path} geschrieben: importieren Sie die Datei in Ihren Kalender."
            ),
            n => format!(
                "{n} Fristen in {path} geschrieben: importieren Sie die Datei in Ihren Kalender."
            ),
        }
    }

    fn sheet_written(&self, path: &str) -> String {
        format!("Das ausgefüllte Merkblatt steht in {path}.")
    }

    fn transition_error(&self, error: &TransitionError) -> String {
        match error {
            TransitionError::AlreadyDone { step, on } => format!(
                "{} ist schon abgehakt (erledigt am {}).",
                De::quoted(*step),
                self.date(*on)
            ),
            TransitionError::Skipped { step } => format!(
                "{} entfällt: Sie haben schon eine endgültige Nummer.",
                De::quoted(*step)
            ),
            TransitionError::PreviousOpen { previous, .. } => format!(
                "Haken Sie zuerst {} ab: die Schritte folgen aufeinander.",
                De::quoted(*previous)
            ),
            TransitionError::InFuture { on, .. } => format!(
                "Der {} liegt in der Zukunft: geben Sie den Tag an, an dem es geschah.",
                self.date(*on)
            ),
            TransitionError::BeforePrevious {
                on,
                previous,
                previous_on,
                ..
            } => format!(
                "Der {} liegt vor {} (erledigt am {}): wählen Sie diesen oder einen späteren Tag.",
                self.date(*on),
                De::quoted(*previous),
                self.date(*previous_on)
            ),
            TransitionError::NotDone { step } => {
                format!("{} ist nicht abgehakt.", De::quoted(*step))
            }
            TransitionError::LaterStepDone { later, .. } => format!(
                "Nehmen Sie zuerst {} zurück: nur der zuletzt abgehakte Schritt lässt sich \
                 zurücknehmen.",
                De::quoted(*later)
            ),
            TransitionError::NoNumber { step } => format!(
                "{} hat keine Nummer: nur die NIA und die NIR.",
                De::quoted(*step)
            ),
            TransitionError::NumberBeforeTick { step } => format!(
                "Haken Sie {} ab, bevor Sie die Nummer angeben.",
                De::quoted(*step)
            ),
            TransitionError::AttestationDone => "Ihre Attestation ist schon gesendet: nehmen Sie \
                                                 sie zurück, bevor Sie Ihre Antwort zur \
                                                 endgültigen Nummer ändern."
                .to_owned(),
        }
    }

    fn number_label(&self) -> &'static str {
        "Nummer"
    }

    fn number_prompt(&self, step: Step) -> String {
        let which = match step {
            Step::Nir => "endgültige Nummer (NIR)",
            _ => "vorläufige Nummer (NIA)",
        };
        format!("Ihre {which} aus dem Brief der CPAM:")
    }

    fn number_field_keys(&self) -> &'static str {
        "Enter bestätigen (leer: später mit n) · Esc abbrechen"
    }

    fn number_keys(&self) -> &'static str {
        "r zeigen · y kopieren · n ändern"
    }

    fn no_number(&self, step: Step, open: bool) -> &'static str {
        match (step, open) {
            (Step::Ensap, _) => "noch keine: geben Sie Ihre NIR bei Schritt 3 an (n)",
            (_, true) => "wird beim Abhaken dieses Schritts erfragt",
            (_, false) => "noch keine (Taste n)",
        }
    }

    fn number_saved(&self, step: Step) -> String {
        format!("Nummer bei {} gespeichert.", De::quoted(step))
    }

    fn number_note(&self, note: NumberNote) -> &'static str {
        match note {
            NumberNote::LooksProvisional => {
                "Diese Nummer beginnt mit 7 oder 8 wie eine vorläufige: prüfen Sie, ob es die \
                 endgültige Nummer (NIR) aus dem Brief der CPAM ist."
            }
            NumberNote::SameAsNia => {
                "Das ist dieselbe Nummer wie Ihre NIA: das kommt vor, die vorläufige Nummer kann \
                 zur endgültigen werden."
            }
        }
    }

    fn copied(&self, step: Step) -> &'static str {
        match step {
            Step::Nir => "Die ersten 13 Ziffern kopiert, für ameli.fr.",
            Step::Ensap => "Alle 15 Ziffern kopiert, für ENSAP.",
            _ => "Ihre vorläufige Nummer (NIA) kopiert.",
        }
    }

    fn nothing_to_copy(&self) -> &'static str {
        "Dieser Schritt hat keine Nummer zum Kopieren."
    }

    fn no_number_yet(&self, step: Step) -> String {
        format!("Noch keine Nummer: drücken Sie n bei {}.", De::quoted(step))
    }

    fn copy_failed(&self) -> &'static str {
        "Das Terminal hat das Kopieren nicht angenommen."
    }

    fn numbers_tightened(&self, path: &str) -> String {
        format!("{path} war für andere lesbar; jetzt können nur noch Sie es lesen.")
    }

    fn number_error(&self, error: &NumberError) -> String {
        match error {
            NumberError::Empty => "Geben Sie die Nummer aus dem Brief der CPAM ein.".to_owned(),
            NumberError::Unexpected {
                position,
                character,
            } => format!(
                "Zeichen {position} („{character}“) kann nicht Teil einer Nummer sein: geben Sie \
                 die Ziffern ein (Leerzeichen und Punkte sind erlaubt)."
            ),
            NumberError::MissingKey => "Nur 13 Zeichen: der 2-stellige Schlüssel am Ende fehlt. \
                                        Geben Sie alle 15 aus dem Brief ein."
                .to_owned(),
            NumberError::Length { length } => format!(
                "{length} Zeichen: eine Sozialversicherungsnummer hat 15 (13 Ziffern und einen \
                 2-stelligen Schlüssel)."
            ),
            NumberError::Letter { position, letter } => format!(
                "Zeichen {position} ist der Buchstabe „{letter}“, wo eine Ziffer stehen muss (nur \
                 2A oder 2B, für Korsika, an Stelle 6–7)."
            ),
            NumberError::Sex { digit } => format!(
                "Die erste Ziffer ist {digit}: sie ist 1 oder 2 (7 oder 8 bei einer vorläufigen \
                 Nummer)."
            ),
            NumberError::Month { month } => {
                format!("Die Stellen 4–5 ({month}) sind kein Geburtsmonat: bitte prüfen.")
            }
            NumberError::Place { place } => format!(
                "„{place}“ ist kein Geburtsort (Stelle 6–7: ein Département, 2A, 2B, 97, 98 oder \
                 99 bei Geburt im Ausland)."
            ),
            NumberError::Order => {
                "Die Stellen 11–13 können nicht 000 sein: bitte prüfen.".to_owned()
            }
            NumberError::Key => "Der Schlüssel (die letzten 2 Ziffern) passt nicht zu den \
                                 anderen: wahrscheinlich ist eine Ziffer vertippt. Vergleichen Sie \
                                 mit dem Brief der CPAM."
                .to_owned(),
        }
    }

    fn date_error(&self, error: &DateError) -> String {
        match error {
            DateError::Empty => "Geben Sie ein Datum ein, etwa 02.10.2026.".to_owned(),
            DateError::Unreadable(text) => format!(
                "„{text}“ ist kein Datum: schreiben Sie es als TT.MM.JJJJ, etwa 02.10.2026."
            ),
            DateError::DoesNotExist { day, month, year } => {
                format!("Den {day:02}.{month:02}.{year} gibt es nicht: prüfen Sie Tag und Monat.")
            }
        }
    }

    fn store_error(&self, error: &StoreError) -> String {
        let untouched = "Die Datei wurde nicht verändert: `secu repair` legt sie beiseite und \
                         behält, was lesbar ist.";
        match error {
            StoreError::NoConfigDir => "Kein Konfigurationsordner für Ihren Benutzer gefunden: \
                                        wählen Sie eine Datei mit --file PFAD."
                .to_owned(),
            StoreError::Read { path, source } => {
                format!("{} kann nicht gelesen werden: {source}.", shown_path(path))
            }
            StoreError::TooLarge { path, size } => format!(
                "{} ist {size} Bytes groß: zu groß für eine secu-Fortschrittsdatei. {untouched}",
                shown_path(path)
            ),
            StoreError::Parse {
                path,
                line,
                column,
                message,
            } => format!(
                "{} ist beschädigt in Zeile {line}, Spalte {column} ({message}). {untouched}",
                shown_path(path)
            ),
            StoreError::Inconsistent { path, problem } => {
                let problem = match problem {
                    Inconsistency::DoneAfterOpen { step, previous } => format!(
                        "{} ist erledigt, {} davor aber nicht",
                        De::quoted(*step),
                        De::quoted(*previous)
                    ),
                    Inconsistency::DatesOutOfOrder {
                        step,
                        on,
                        previous,
                        previous_on,
                    } => format!(
                        "{} ist am {} erledigt, vor {} ({})",
                        De::quoted(*step),
                        self.date(*on),
                        De::quoted(*previous),
                        self.date(*previous_on)
                    ),
                };
                format!(
                    "{} folgt nicht dem Ablauf: {problem}. {untouched}",
                    shown_path(path)
                )
            }
            StoreError::NewerVersion { path, version } => format!(
                "{} wurde von einem neueren secu geschrieben (Version {version}): aktualisieren \
                 Sie secu, um sie zu ändern.",
                shown_path(path)
            ),
            StoreError::Write { path, source } => format!(
                "{} kann nicht geschrieben werden: {source}. Nichts wurde geändert.",
                shown_path(path)
            ),
            StoreError::Locked { path } => format!(
                "{} wird gerade von einem anderen secu geändert: nichts wurde geändert, versuchen \
                 Sie es gleich noch einmal.",
                shown_path(path)
            ),
        }
    }

    fn terminal_error(&self, error: &std::io::Error) -> String {
        format!(
            "Die Checkliste braucht ein Terminal ({error}); in einem Skript verwenden Sie \
             `secu status` oder `secu done`."
        )
    }

    fn repair_no_file(&self, path: &str) -> String {
        format!("Nichts zu reparieren: unter {path} gibt es keine Datei.")
    }

    fn repair_healthy(&self, path: &str) -> String {
        format!("Nichts zu reparieren: {path} ist lesbar und wurde nicht verändert.")
    }

    fn repair_intro(&self, path: &str, aside: &str) -> [String; 2] {
        [
            format!("Die beschädigte Datei wurde nach {aside} verschoben (nichts wurde gelöscht)."),
            format!("Eine neue {path} enthält, was daraus lesbar war:"),
        ]
    }

    fn repair_nothing_read(&self) -> &'static str {
        "nichts war lesbar; beantworten Sie die Fragen mit `secu` neu."
    }

    fn repair_kept(&self, kept: &Kept) -> String {
        let what = match kept {
            Kept::Profile(field) => format!("profile.{field}"),
            Kept::StepDate(step, on) => {
                format!("{} {}", De::quoted(*step), self.done_on(*on))
            }
            Kept::Number(step) => format!("die Nummer von {}", De::quoted(*step)),
            Kept::LastOpened => "das Datum des letzten Besuchs".to_owned(),
        };
        format!("behalten: {what}")
    }

    fn repair_dropped(&self, dropped: &Dropped) -> String {
        let what = match dropped {
            Dropped::Field(field) => format!("{field}, nicht lesbar"),
            Dropped::OutOfOrder(step) => format!(
                "das Datum von {}, das die Reihenfolge der Schritte brach",
                De::quoted(*step)
            ),
        };
        format!("nicht behalten: {what}")
    }

    fn newer_read_only(&self, version: u32) -> String {
        format!(
            "Diese Datei wurde von einem neueren secu geschrieben (Version {version}): angezeigt, \
             soweit dieses sie versteht, und nicht verändert. Aktualisieren Sie secu, um sie zu \
             ändern."
        )
    }
}
