//! Deutsch.

use pure_rust_locales::de_DE as locale;

use super::{
    Action, Help, KeyNames, Lang, Level, Need, Plural, ProfileLabels, SheetTranslation, Step,
    SubTask, Texts,
};

pub struct De;

impl Texts for De {
    fn lang(&self) -> Lang {
        Lang::De
    }

    fn months(&self) -> &'static [&'static str] {
        locale::LC_TIME::MON
    }

    /// Duden's abbreviations, not glibc's ("Mär", "Okt" without a point): a short month
    /// keeps its point, and March, May, June and July are written whole.
    fn months_short(&self) -> &'static [&'static str] {
        &[
            "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
            "Dez.",
        ]
    }

    fn first_day(&self) -> &'static str {
        "1"
    }

    fn date_separator(&self) -> char {
        '.'
    }

    fn date_words(&self, day: &str, month: &str, year: i32) -> String {
        format!("{day}. {month} {year}")
    }

    fn date_words_short(&self, day: &str, month: &str, year: i32) -> String {
        format!("{day}. {month} {year}")
    }

    fn quote(&self, text: &str) -> String {
        format!("„{text}“")
    }

    fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}: {value}")
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

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Primary => "Grundschule (1er degré)",
            Level::Secondary => "Weiterführende Schule (2nd degré)",
        }
    }

    fn dsden_unknown(&self) -> &'static str {
        "DSDEN Ihres Départements"
    }

    fn who_request_primary(&self, dsden: &str) -> String {
        format!("Ihr Gestionnaire bei der {dsden}, online. Prüfen Sie, ob es erledigt ist.")
    }

    fn who_request_secondary(&self) -> &'static str {
        "Das Sekretariat Ihrer Schule, online. Prüfen Sie, ob es erledigt ist."
    }

    fn who_request_either(&self) -> &'static str {
        "Ihr Gestionnaire bei der DSDEN (1er degré) oder das Sekretariat Ihrer Schule \
         (2nd degré)."
    }

    fn who_cpam(&self) -> &'static str {
        "Die CPAM de Paris, die die Akte aller Fremdsprachenassistenten führt, per Brief."
    }

    fn who_attestation_primary(&self, dsden: &str) -> String {
        format!("Sie: Senden Sie sie an Ihren Gestionnaire bei der {dsden}.")
    }

    fn who_attestation_secondary(&self, email: &str) -> String {
        format!("Sie: Senden Sie sie an {email} (bureau des assistants, DIPE).")
    }

    fn who_ensap(&self) -> &'static str {
        "Sie, mit Ihrer 15-stelligen Nummer und einem selbst gewählten Passwort."
    }

    fn todo_request(&self) -> &'static str {
        "Fragen Sie nach, ob die „demande d’immatriculation“ an die CPAM geschickt wurde, und \
         haken Sie den Schritt mit dem Datum ab."
    }

    fn todo_nia(&self) -> &'static str {
        "Notieren Sie die vorläufige Nummer aus dem Brief der CPAM: Geben Sie sie bei jeder \
         Erstattung unbedingt an. Mit der NIA allein gibt es noch keine carte Vitale und kein \
         ameli-Konto; sie gilt 9 Monate."
    }

    fn todo_nir(&self) -> &'static str {
        "Legen Sie Ihr Konto auf ameli.fr an (Anmeldung mit den ersten 13 Ziffern) und laden \
         Sie Ihre attestation de droits (PDF) herunter."
    }

    fn todo_download_attestation(&self) -> &'static str {
        "Melden Sie sich auf ameli.fr mit den ersten 13 Ziffern Ihrer Nummer an (legen Sie das \
         Konto an, falls Sie keines haben) und laden Sie Ihre attestation de droits (PDF) \
         herunter. Prüfen Sie, ob sie einen heute gültigen Versicherungsschutz zeigt; wenn \
         nicht, fragen Sie Ihren Gestionnaire: Ansprüche aus einem früheren Aufenthalt müssen \
         vielleicht neu eröffnet werden."
    }

    fn todo_attestation_primary(&self, dsden: &str) -> String {
        format!(
            "Senden Sie das PDF Ihrer attestation de droits an Ihren Gestionnaire bei der \
             {dsden}, damit Ihre Akte aktualisiert wird."
        )
    }

    fn todo_attestation_secondary(&self, email: &str) -> String {
        format!(
            "Senden Sie das PDF Ihrer attestation de droits an {email}, damit Ihre Akte \
             aktualisiert wird."
        )
    }

    fn todo_ensap(&self) -> &'static str {
        "Legen Sie Ihr Konto auf ensap.gouv.fr mit Ihrer 15-stelligen Nummer und einem selbst \
         gewählten Passwort an; dann melden Sie sich an, lesen Ihre Gehaltsabrechnungen und \
         laden sie herunter."
    }

    fn rule_two_weeks(&self, start: &str) -> String {
        format!("Zwei Wochen nach Vertragsbeginn ({start}).")
    }

    fn rule_on_arrival(&self, start: &str) -> String {
        format!(
            "Sobald Sie angekommen sind: zwei Wochen nach Vertragsbeginn ({start}), da Sie schon \
             eine endgültige Nummer haben."
        )
    }

    fn rule_nia(&self) -> &'static str {
        "Kein festes Datum: Die Nummer kommt mit dem Brief der CPAM."
    }

    fn rule_nir(&self, due: &str, month: &str) -> String {
        format!(
            "Bis zum {due}: Laut Merkblatt brauchen Sie die endgültige Nummer vor {month}, dem \
             dritten Vertragsmonat."
        )
    }

    fn rule_attestation(&self, month: &str) -> String {
        format!("Im {month}, dem dritten Vertragsmonat.")
    }

    fn rule_ensap_sent(&self, month: &str, sent: &str) -> String {
        format!("Im {month}, dem Monat nach dem Versand der Attestation ({sent}).")
    }

    fn rule_ensap_open(&self, month: &str) -> String {
        format!(
            "Im {month}, dem Monat nach der Frist der Attestation; sobald Sie sie gesendet \
             haben, der Monat nach dem Versand."
        )
    }

    fn usual_delay(&self) -> &'static str {
        "Die CPAM schickt sie meist innerhalb von 3 Monaten nach dem Antrag."
    }

    fn usual_delay_dated(&self, by: &str) -> String {
        format!("Die CPAM schickt sie meist innerhalb von 3 Monaten nach dem Antrag: bis zum {by}.")
    }

    fn usual_delay_after_due(&self, by: &str, due: &str) -> String {
        format!(
            "Die CPAM kann bis zu 3 Monate nach dem Antrag brauchen: Die Nummer kann erst am \
             {by} kommen, nach dem Datum des Merkblatts ({due}). Ist sie am {due} nicht da, \
             sagen Sie es Ihrem Gestionnaire und geben Sie für Erstattungen weiter Ihre NIA an."
        )
    }

    fn advice_request_primary(&self, dsden: &str) -> String {
        format!(
            "Fragen Sie Ihren Gestionnaire bei der {dsden}, ob der Antrag gestellt wurde: Vorher \
             geht nichts weiter."
        )
    }

    fn advice_request_secondary(&self) -> &'static str {
        "Fragen Sie das Sekretariat Ihrer Schule, ob der Antrag gestellt wurde: Vorher geht \
         nichts weiter."
    }

    fn advice_nia_primary(&self, days: i64, dsden: &str) -> String {
        format!(
            "Kein Brief {days} Tage nach dem Antrag: Bitten Sie Ihren Gestionnaire bei der \
             {dsden}, bei der CPAM nachzufragen. Bis dahin heben Sie alle Belege (feuilles de \
             soins) für spätere Erstattungen auf."
        )
    }

    fn advice_nia_secondary(&self, days: i64) -> String {
        format!(
            "Kein Brief {days} Tage nach dem Antrag: Bitten Sie das Sekretariat Ihrer Schule, \
             bei der CPAM nachzufragen. Bis dahin heben Sie alle Belege (feuilles de soins) für \
             spätere Erstattungen auf."
        )
    }

    fn advice_nir_primary(&self, dsden: &str) -> String {
        format!(
            "Das kommt oft vor: Bei Geburt im Ausland kann es bis zu 9 Monate dauern. Sagen Sie \
             Ihrem Gestionnaire bei der {dsden} Bescheid, geben Sie für Erstattungen weiter Ihre \
             NIA an und prüfen Sie, ob die CPAM Ihre Geburtsurkunde hat. Ohne NIR gibt es kein \
             ameli-Konto, die Attestation muss warten."
        )
    }

    fn advice_nir_secondary(&self, email: &str) -> String {
        format!(
            "Das kommt oft vor: Bei Geburt im Ausland kann es bis zu 9 Monate dauern. Sagen Sie \
             dem bureau des assistants ({email}) Bescheid, geben Sie für Erstattungen weiter \
             Ihre NIA an und prüfen Sie, ob die CPAM Ihre Geburtsurkunde hat. Ohne NIR gibt es \
             kein ameli-Konto, die Attestation muss warten."
        )
    }

    fn advice_attestation(&self) -> &'static str {
        "Senden Sie sie, sobald Sie sie haben: Ihr Gestionnaire braucht sie für Ihre Akte, und \
         Ihre Gehaltsabrechnungen auf ENSAP hängen davon ab."
    }

    fn advice_ensap(&self) -> &'static str {
        "Legen Sie es jetzt an: Ihre Gehaltsabrechnungen gibt es nur dort."
    }

    fn advice_waits(&self, step: &str) -> String {
        format!("Dieser Schritt wartet auf {step}, noch offen: Was jetzt zu tun ist, steht dort.")
    }

    fn need(&self, need: Need) -> &'static str {
        match need {
            Need::NominationOrder => "Ihr arrêté de nomination, unterschrieben und gestempelt.",
            Need::WorkContract => "Eine Kopie Ihres Arbeitsvertrags.",
            Need::FormS1106 => "Das Formular S1106 (demande d’ouverture des droits), auf ameli.fr.",
            Need::IdentityDocument => {
                "Eine Kopie Ihres Reisepasses oder Personalausweises; außerhalb von EU, EWR und Schweiz den Reisepass mit der Visumseite."
            }
            Need::FullBirthCertificate => {
                "Eine beglaubigte, vollständige Kopie Ihrer Geburtsurkunde (acte de naissance) mit den Namen Ihrer Eltern, gestempelt und unterschrieben; außerhalb von EU, EWR und Schweiz mit amtlicher Übersetzung ins Französische."
            }
            Need::MarriageCertificate => {
                "Wenn Sie verheiratet sind: Ihre Heiratsurkunde (außerhalb von EU, EWR und Schweiz ebenfalls übersetzt)."
            }
            Need::ProofOfResidence => "Einen Wohnsitznachweis (eine Rechnung, einen Mietvertrag).",
            Need::FrenchBankDetails => "Den RIB (IBAN) Ihres französischen Bankkontos.",
            Need::VisaOrPermit => {
                "Außerhalb von EU, EWR und Schweiz: eine Kopie Ihres Visums oder Aufenthaltstitels."
            }
            Need::ChildrenForms => {
                "Wenn Sie Kinder haben: das Formular S3705, mit ihren Geburtsurkunden und Reisepässen oder Ausweisen."
            }
            Need::BirthCertificate => {
                "Prüfen Sie, ob die CPAM Ihre Geburtsurkunde (acte de naissance) hat: Ohne gültige, vollständige und lesbare Kopie gibt es keine endgültige Nummer."
            }
            Need::DefinitiveNumber => {
                "Ihre endgültige Nummer: ameli.fr nimmt keine vorläufige (mit 7 oder 8 am Anfang), und \
         die Anmeldung erfolgt mit ihren ersten 13 Ziffern."
            }
            Need::AttestationPdf => {
                "Ihre attestation de droits als PDF, aus Ihrem ameli.fr-Konto heruntergeladen."
            }
            Need::EnsapDetails => {
                "Ihre 15-stellige Nummer, Ihr Geburtsdatum, eine E-Mail-Adresse und die Bankdaten \
         (RIB, IBAN) des Kontos, auf das Ihr Gehalt gezahlt wird."
            }
        }
    }

    fn done_on(&self, date: &str) -> String {
        format!("erledigt am {date}")
    }

    fn not_needed(&self) -> &'static str {
        "nicht nötig"
    }

    fn due_on(&self, date: &str) -> String {
        format!("fällig am {date}")
    }

    fn no_fixed_date(&self) -> &'static str {
        "kein festes Datum"
    }

    fn due_today(&self) -> &'static str {
        "heute fällig"
    }

    fn in_days(&self) -> Plural {
        // After "in", the dative: "in 2 Tagen".
        Plural {
            one: "in {n} Tag",
            other: "in {n} Tagen",
        }
    }

    fn days_late(&self) -> Plural {
        Plural {
            one: "{n} Tag überfällig",
            other: "{n} Tage überfällig",
        }
    }

    fn no_letter_for(&self) -> Plural {
        Plural {
            one: "{n} Tag ohne Brief",
            other: "{n} Tage ohne Brief",
        }
    }

    fn next_dated(&self, step: &str, due: &str, days: &str) -> String {
        format!("Als Nächstes: {step} — fällig am {due} ({days})")
    }

    fn next_nia(&self, step: &str) -> String {
        format!("Als Nächstes: {step} — kein festes Datum, sie kommt mit dem Brief der CPAM")
    }

    fn next_nia_then(&self, step: &str, then: &str, due: &str, days: &str) -> String {
        format!("Als Nächstes: {step} — ohne eigenes Datum; „{then}“ ist am {due} fällig ({days})")
    }

    fn all_done(&self) -> &'static str {
        "Alles erledigt: Ihre Anmeldung ist vollständig."
    }

    fn days_ago(&self) -> Plural {
        // After "vor", the dative: "vor 12 Tagen".
        Plural {
            one: "{n} Tag",
            other: "{n} Tagen",
        }
    }

    fn deadlines_passed(&self) -> Plural {
        Plural {
            one: "seitdem {n} Frist abgelaufen",
            other: "seitdem {n} Fristen abgelaufen",
        }
    }

    fn done_since(&self) -> Plural {
        Plural {
            one: "{n} Schritt seitdem erledigt",
            other: "{n} Schritte seitdem erledigt",
        }
    }

    fn since_last_visit(&self, ago: &str, passed: &str) -> String {
        format!("Zuletzt auf diesem Computer geöffnet vor {ago}; {passed}.")
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
            gestionnaire_email: "E-Mail des Gestionnaire:",
            title: "Sie unterschreiben als:",
            civility: "Anrede:",
            language: "Sprache:",
            not_set: "nicht angegeben",
            default: "Standard",
        }
    }

    fn not_set_up(&self, path: &str) -> String {
        format!(
            "Noch nicht eingerichtet ({path}): Starten Sie `secu`, um die Fragen zu beantworten, \
             oder `secu setup --level secondary`."
        )
    }

    fn yes(&self) -> &'static str {
        "ja"
    }

    fn no(&self) -> &'static str {
        "nein"
    }

    fn progress_gauge(&self, done: usize, total: usize) -> String {
        format!("{done} von {total} erledigt")
    }

    fn digits_hidden(&self, start: &str, hidden: usize, end: &str) -> String {
        format!("{start}, {hidden} Ziffern verborgen, {end}")
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

    fn usual_label(&self) -> &'static str {
        "Meist"
    }

    fn late_label(&self) -> &'static str {
        "Verspätet"
    }

    fn needs_label(&self) -> &'static str {
        "Sie brauchen"
    }

    fn sheet_label(&self) -> &'static str {
        "Merkblatt"
    }

    fn sheet_translation(&self) -> Option<SheetTranslation> {
        Some(SheetTranslation {
            intro: "Während Ihres Aufenthalts sind Sie über die Sécurité sociale \
                    krankenversichert. Als Fremdsprachenassistent müssen Sie unbedingt bei der CPAM \
                    angemeldet sein, um vor Dezember eine endgültige Sozialversicherungsnummer \
                    zu erhalten. Sie brauchen sie für die Erstattung Ihrer Gesundheitskosten und \
                    um Ihre Gehaltsabrechnungen im Espace Numérique Sécurisé de l’Agent Public \
                    „ensap.gouv.fr“ zu lesen.",
            already_registered: "Wenn Sie schon eine endgültige Nummer haben, müssen Sie Ihrem \
                                 Gestionnaire eine Kopie Ihrer attestation de droits als PDF \
                                 (von ameli.fr heruntergeladen) senden.",
            request_primary: "Online-Antrag auf Anmeldung bei der CPAM, um meine Ansprüche zu \
                              eröffnen: durch meinen Gestionnaire bei der DSDEN (1er degré)",
            request_secondary: "Online-Antrag auf Anmeldung bei der CPAM, um meine Ansprüche zu \
                                eröffnen: durch das Sekretariat meiner Schule (2nd degré)",
            request_either: "Online-Antrag auf Anmeldung bei der CPAM, um meine Ansprüche zu \
                             eröffnen: durch meinen Gestionnaire bei der DSDEN (1er degré) oder \
                             das Sekretariat meiner Schule (2nd degré)",
            nia: "Die CPAM teilt die NIA-Nummer mit (vorläufig): unbedingt für die Erstattung \
                  meiner Leistungen angeben",
            nir: "Die CPAM teilt die NIR-Nummer mit (endgültig): Ich lege mein Konto auf \
                  AMELI.FR an; ich lade meine attestation de droits herunter",
            attestation_primary: "Ich sende eine Kopie meiner Attestation als PDF an meinen \
                                  Gestionnaire, damit meine Akte aktualisiert wird: die DSDEN \
                                  (1er degré)",
            attestation_secondary: "Ich sende eine Kopie meiner Attestation als PDF an meinen \
                                    Gestionnaire, damit meine Akte aktualisiert wird: \
                                    assistants-langues@ac-aix-marseille.fr (2nd degré)",
            attestation_either: "Ich sende eine Kopie meiner Attestation als PDF an meinen \
                                 Gestionnaire, damit meine Akte aktualisiert wird",
            ensap: "Ich lege mein Konto auf ensap.gouv.fr mit meiner 15-stelligen \
                    Sozialversicherungsnummer und einem selbst gewählten Passwort an. Ich melde \
                    mich an und kann meine Gehaltsabrechnungen lesen und herunterladen",
        })
    }

    fn glossary_title(&self) -> &'static str {
        "Die französischen Wörter Ihrer Briefe"
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "CPAM",
                "Caisse primaire d’assurance maladie, die Krankenkasse: Alle Fremdsprachenassistenten meldet die CPAM de Paris an, wo immer sie arbeiten.",
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
                "Direction des services départementaux de l’éducation nationale: betreut die Fremdsprachenassistenten an Grundschulen.",
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
                "Die Abteilung des Rectorats, die die Fremdsprachenassistenten an weiterführenden Schulen betreut.",
            ),
            (
                "ENSAP",
                "Espace numérique sécurisé de l’agent public: Dort lesen Sie Ihre Gehaltsabrechnungen.",
            ),
            (
                "Demande d’immatriculation",
                "Der Antrag auf Anmeldung bei der Sécurité sociale, den Ihre Schule an die CPAM schickt.",
            ),
            (
                "Carte Vitale",
                "Die Krankenversicherungskarte; sie setzt die endgültige Nummer voraus.",
            ),
            (
                "Rectorat",
                "Die Zentrale der académie; ihre DIPE betreut die Assistenten an weiterführenden Schulen.",
            ),
            (
                "Académie",
                "Die Schulbehörde einer Region: hier Aix-Marseille, mit vier Départements.",
            ),
            (
                "RIB",
                "Relevé d’identité bancaire: die Daten (IBAN) Ihres französischen Kontos, von Ihrer Bank.",
            ),
            (
                "Arrêté de nomination",
                "Das Schreiben, mit dem die académie Sie zur Assistenzkraft ernennt, von ihr unterzeichnet.",
            ),
            (
                "S1106",
                "Das Formular, mit dem die Krankenversicherung Ihren Schutz eröffnet (demande d’ouverture des droits), auf ameli.fr.",
            ),
            (
                "Acte de naissance",
                "Ihre Geburtsurkunde: Die CPAM braucht eine vollständige Abschrift mit den Namen Ihrer Eltern.",
            ),
            ("Bulletin de paie", "Die monatliche Gehaltsabrechnung."),
            (
                "Feuille de soins",
                "Das Formular oder der Beleg für bezahlte Behandlungen: aufheben, um erstattet zu werden.",
            ),
        ]
    }

    fn sheet_says(&self) -> &'static str {
        "Warum es wichtig ist, in den Worten des Merkblatts"
    }

    fn sheet_months_moved(&self, month: &str) -> String {
        format!(
            "Die Monate des Merkblatts gelten für einen Vertrag ab Oktober; Ihrer beginnt im \
             {month}, und die Frist oben verschiebt sie entsprechend."
        )
    }

    fn language_changed(&self) -> &'static str {
        "Deutsch. Taste L für eine andere Sprache."
    }

    fn help_title(&self) -> &'static str {
        "Tasten"
    }

    fn date_prompt(&self) -> &'static str {
        "An welchem Tag erledigt? (TT.MM.JJJJ)"
    }

    fn confirm_untick(&self, step: &str, date: &str) -> String {
        format!("Schritt {step} zurücknehmen (erledigt am {date})?")
    }

    fn ticked(&self, step: &str, date: &str) -> String {
        format!("Schritt {step} abgehakt, erledigt am {date}.")
    }

    fn unticked(&self, step: &str) -> String {
        format!("Schritt {step} zurückgenommen.")
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
        "Willkommen! Ein paar Fragen für Ihre Fristen; ändern können Sie die Antworten später \
         mit s."
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
        "Wenn ja, sind die Schritte der CPAM nicht nötig, und Sie beginnen mit der Attestation."
    }

    fn ask_number(&self) -> &'static str {
        "Ihre endgültige Nummer (15 Zeichen), für ameli.fr und ENSAP:"
    }

    fn ask_name(&self) -> &'static str {
        "Ihr Name wie im Vertrag (für die E-Mail an Ihren Gestionnaire):"
    }

    fn ask_school(&self) -> &'static str {
        "Ihre Schule (Name und Ort):"
    }

    fn ask_title(&self) -> &'static str {
        "In der E-Mail an Ihren Gestionnaire (auf Französisch) sind Sie:"
    }

    fn ask_civility(&self) -> &'static str {
        "Wie soll die E-Mail Ihren Gestionnaire anreden?"
    }

    fn leave_out(&self) -> &'static str {
        "Keines von beiden: weglassen"
    }

    fn ask_gestionnaire_name(&self) -> &'static str {
        "Der Name Ihres Gestionnaire bei der DSDEN:"
    }

    fn ask_gestionnaire_email(&self) -> &'static str {
        "Die E-Mail Ihres Gestionnaire:"
    }

    fn optional_hint(&self) -> &'static str {
        "Optional: Leer lassen und Enter drücken."
    }

    fn email_invalid(&self) -> &'static str {
        "Das ist keine E-Mail-Adresse: Eine Adresse sieht aus wie name@ac-aix-marseille.fr."
    }

    fn number_label(&self) -> &'static str {
        "Nummer"
    }

    fn number_prompt_nia(&self) -> &'static str {
        "Ihre vorläufige Nummer (NIA) aus dem Brief der CPAM:"
    }

    fn number_prompt_nir(&self) -> &'static str {
        "Ihre endgültige Nummer (NIR) aus dem Brief der CPAM:"
    }

    fn no_number_asked_at_tick(&self) -> &'static str {
        "wird beim Abhaken dieses Schritts erfragt"
    }

    fn no_number_yet_press_n(&self) -> &'static str {
        "noch keine (Taste n)"
    }

    fn no_number_give_nir(&self) -> &'static str {
        "noch keine: Geben Sie Ihre NIR bei Schritt 3 an (n)"
    }

    fn no_number_registered(&self) -> &'static str {
        "noch keine: Geben Sie Ihre endgültige Nummer mit n an"
    }

    fn number_saved(&self, step: &str) -> String {
        format!("Nummer bei Schritt {step} gespeichert.")
    }

    fn looks_provisional(&self) -> &'static str {
        "Diese Nummer beginnt mit 7 oder 8 wie eine vorläufige: Prüfen Sie, ob es die endgültige \
         Nummer (NIR) aus dem Brief der CPAM ist."
    }

    fn same_as_nia(&self) -> &'static str {
        "Das ist dieselbe Nummer wie Ihre NIA: Das kommt vor, die vorläufige Nummer kann zur \
         endgültigen werden."
    }

    fn copied_nia(&self) -> &'static str {
        "Ihre vorläufige Nummer (NIA) kopiert."
    }

    fn copied_ameli(&self) -> &'static str {
        "Die ersten 13 Ziffern kopiert, für ameli.fr."
    }

    fn copied_ensap(&self) -> &'static str {
        "Alle 15 Ziffern kopiert, für ENSAP."
    }

    fn no_number_yet(&self, step: &str) -> String {
        format!("Noch keine Nummer: Drücken Sie n bei Schritt {step}.")
    }

    fn copy_failed(&self) -> &'static str {
        "Das Terminal hat das Kopieren nicht angenommen."
    }

    fn numbers_tightened(&self, path: &str) -> String {
        format!("{path} war für andere lesbar; jetzt können nur noch Sie es lesen.")
    }

    fn contact_label(&self) -> &'static str {
        "Kontakt"
    }

    fn contact_bureau(&self, email: &str) -> String {
        format!("Bureau des assistants (DIPE), Rectorat: {email}")
    }

    fn dsden_office(&self, department: &str) -> String {
        format!("der DSDEN {department}")
    }

    fn dsden_office_unknown(&self) -> &'static str {
        "der DSDEN"
    }

    fn contact_unknown(&self, office: &str) -> String {
        format!("Ihr Gestionnaire bei {office} (Name und E-Mail mit s ergänzen)")
    }

    fn contact_named(&self, name: &str, office: &str) -> String {
        format!("{name}, {office}")
    }

    fn contact_someone(&self, office: &str) -> String {
        format!("Ihr Gestionnaire, {office}")
    }

    fn link_label(&self) -> &'static str {
        "Link"
    }

    fn link_opened(&self) -> &'static str {
        "Im Browser geöffnet."
    }

    fn note_label(&self) -> &'static str {
        "Notiz"
    }

    fn note_prompt(&self, step: &str) -> String {
        format!("Ihre Notiz zu Schritt {step} (Anrufe, Aktenzeichen, Belege):")
    }

    fn note_saved(&self, step: &str) -> String {
        format!("Notiz zu Schritt {step} gespeichert.")
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

    fn pdf_not_found(&self) -> &'static str {
        "Unter diesem Pfad gibt es keine Datei."
    }

    fn pdf_folder(&self) -> &'static str {
        "Das ist ein Ordner: Geben Sie die PDF-Datei selbst an."
    }

    fn pdf_unreadable(&self, why: &str) -> String {
        format!("Diese Datei kann nicht gelesen werden ({why}).")
    }

    fn pdf_not_pdf(&self) -> &'static str {
        "Diese Datei ist kein PDF: Laden Sie die Attestation als PDF von ameli.fr herunter."
    }

    fn task(&self, task: SubTask) -> &'static str {
        match task {
            SubTask::AmeliAccount => "Konto auf ameli.fr angelegt",
            SubTask::AttestationDownloaded => "Attestation de droits heruntergeladen",
        }
    }

    fn mail_title(&self) -> &'static str {
        "E-Mail an Ihren Gestionnaire"
    }

    fn mail_no_address(&self) -> &'static str {
        "Die E-Mail Ihres Gestionnaire ist noch nicht bekannt: Ergänzen Sie sie mit s, oder \
         kopieren Sie den Text mit y."
    }

    fn mail_opened(&self) -> &'static str {
        "Die E-Mail ist in Ihrem E-Mail-Programm geöffnet."
    }

    fn mail_part_address(&self) -> &'static str {
        "die Adresse"
    }

    fn mail_part_subject(&self) -> &'static str {
        "den Betreff"
    }

    fn mail_part_body(&self) -> &'static str {
        "den Text"
    }

    fn mail_part_all(&self) -> &'static str {
        "alles, beschriftet"
    }

    fn mail_part_copied(&self, part: &str) -> String {
        format!("{part} kopiert: Fügen Sie es in Ihr Webmail ein.")
    }

    fn mail_attach(&self) -> &'static str {
        "Hängen Sie das PDF Ihrer Attestation selbst an: Eine von hier geöffnete oder kopierte E-Mail kann es nicht mitnehmen."
    }

    fn mail_no_name(&self) -> &'static str {
        "Ihr Name fehlt: Ersetzen Sie [NOM Prénom] vor dem Senden."
    }

    fn timeline_title(&self) -> &'static str {
        "Schuljahr"
    }

    fn timeline_legend(&self) -> &'static str {
        "◆ fällig · ✓ erledigt · │ heute"
    }

    fn ics_written(&self) -> Plural {
        Plural {
            one: "{n} Frist in {path} geschrieben: Importieren Sie die Datei in Ihren Kalender.",
            other: "{n} Fristen in {path} geschrieben: Importieren Sie die Datei in Ihren Kalender.",
        }
    }

    fn overdue_since(&self, step: &str, due: &str) -> String {
        format!("{step} — überfällig seit dem {due}")
    }

    fn sheet_written(&self, path: &str) -> String {
        format!("Das ausgefüllte Merkblatt steht in {path}.")
    }

    fn already_done(&self, step: &str, date: &str) -> String {
        format!("Schritt {step} ist schon abgehakt (erledigt am {date}).")
    }

    fn skipped_step(&self, step: &str) -> String {
        format!("Schritt {step} ist nicht nötig: Sie haben schon eine endgültige Nummer.")
    }

    fn previous_open(&self, previous: &str) -> String {
        format!("Haken Sie zuerst Schritt {previous} ab: Die Schritte folgen aufeinander.")
    }

    fn in_future(&self, date: &str) -> String {
        format!("Der {date} liegt in der Zukunft: Geben Sie den Tag an, an dem es geschah.")
    }

    fn before_previous(&self, date: &str, previous: &str, previous_date: &str) -> String {
        format!(
            "Der {date} liegt vor Schritt {previous} (erledigt am {previous_date}): Wählen Sie \
             diesen oder einen späteren Tag."
        )
    }

    fn after_next(&self, date: &str, next: &str, next_date: &str) -> String {
        format!(
            "Der {date} liegt nach Schritt {next} (erledigt am {next_date}): Wählen Sie diesen \
             oder einen früheren Tag."
        )
    }

    fn not_ticked(&self, step: &str) -> String {
        format!("Schritt {step} ist nicht abgehakt.")
    }

    fn later_done(&self, later: &str) -> String {
        format!(
            "Nehmen Sie zuerst Schritt {later} zurück: Nur der zuletzt abgehakte Schritt lässt \
             sich zurücknehmen."
        )
    }

    fn has_no_number(&self, step: &str) -> String {
        format!("Schritt {step} hat keine Nummer: nur die NIA und die NIR.")
    }

    fn number_before_tick(&self, step: &str) -> String {
        format!("Haken Sie Schritt {step} ab, bevor Sie die Nummer angeben.")
    }

    fn attestation_done(&self) -> &'static str {
        "Ihre Attestation ist schon gesendet: Nehmen Sie sie zurück, bevor Sie Ihre Antwort zur \
         endgültigen Nummer ändern."
    }

    fn task_before_number(&self, task: &str, step: &str) -> String {
        format!(
            "{task} wartet auf Ihre endgültige Nummer, die einzige, die ameli.fr annimmt: Haken \
             Sie {step} ab, wenn der Brief kommt."
        )
    }

    fn task_before_account(&self, task: &str) -> String {
        format!(
            "Die Attestation laden Sie aus Ihrem ameli.fr-Konto herunter: Haken Sie zuerst \
             {task} ab."
        )
    }

    fn start_out_of_range(&self, year: i32) -> String {
        format!("Ein Vertrag kann nicht {year} beginnen: Geben Sie ein Datum von 2000 bis 2100 an.")
    }

    fn note_too_long(&self, max: usize) -> String {
        format!("Die Notiz ist zu lang: höchstens {max} Zeichen.")
    }

    fn note_count(&self, count: usize, max: usize) -> String {
        format!("{count}/{max} Zeichen: Kürzen Sie die Notiz, um sie zu speichern.")
    }

    fn text_too_long(&self, max: usize) -> String {
        format!("Das ist zu lang: höchstens {max} Zeichen.")
    }

    fn path_too_long(&self, max: usize) -> String {
        format!("Der Pfad ist zu lang: höchstens {max} Bytes.")
    }

    fn number_empty(&self) -> &'static str {
        "Geben Sie die Nummer aus dem Brief der CPAM ein."
    }

    fn number_unexpected(&self, position: usize, character: &str) -> String {
        format!(
            "Zeichen {position} („{character}“) kann nicht Teil einer Nummer sein: Geben Sie die \
             Ziffern ein (Leerzeichen, Punkte und Bindestriche sind erlaubt)."
        )
    }

    fn number_missing_key(&self) -> &'static str {
        "Nur 13 Zeichen: Der 2-stellige Schlüssel am Ende fehlt. Geben Sie alle 15 aus dem \
         Brief ein."
    }

    fn number_length(&self, length: usize) -> String {
        format!(
            "{length} Zeichen: Eine Sozialversicherungsnummer hat 15 (13 Ziffern und einen \
             2-stelligen Schlüssel)."
        )
    }

    fn number_letter(&self, position: usize, letter: char) -> String {
        format!(
            "Zeichen {position} ist der Buchstabe „{letter}“, wo eine Ziffer stehen muss (nur 2A \
             oder 2B, für Korsika, an Stelle 6–7)."
        )
    }

    fn number_sex(&self, digit: char) -> String {
        format!(
            "Die erste Ziffer ist {digit}: Erlaubt sind 1 oder 2 (7 oder 8 bei einer vorläufigen \
             Nummer)."
        )
    }

    fn number_month(&self, month: &str) -> String {
        format!("Die Stellen 4–5 ({month}) sind kein Geburtsmonat: Bitte prüfen.")
    }

    fn number_place(&self, place: &str) -> String {
        format!(
            "„{place}“ ist kein Geburtsort (Stelle 6–7: ein Département, 2A, 2B, 97, 98 oder 99 \
             bei Geburt im Ausland)."
        )
    }

    fn number_order(&self) -> &'static str {
        "Die Stellen 11–13 können nicht 000 sein: Bitte prüfen."
    }

    fn number_key(&self) -> &'static str {
        "Der Schlüssel (die letzten 2 Ziffern) passt nicht zu den anderen: Vermutlich ist eine \
         Ziffer vertippt. Vergleichen Sie mit dem Brief der CPAM."
    }

    fn date_empty(&self) -> &'static str {
        "Geben Sie ein Datum ein, etwa 02.10.2026."
    }

    fn date_unreadable(&self, text: &str) -> String {
        format!("„{text}“ ist kein Datum: Schreiben Sie es als TT.MM.JJJJ, etwa 02.10.2026.")
    }

    fn date_does_not_exist(&self, date: &str) -> String {
        format!("Den {date} gibt es nicht: Prüfen Sie Tag und Monat.")
    }

    fn date_out_of_range(&self, year: i32) -> String {
        format!("{year} ist kein Jahr, das secu annimmt: Geben Sie ein Datum von 2000 bis 2100 an.")
    }

    fn no_config_dir(&self) -> &'static str {
        "Kein Konfigurationsordner für Ihren Benutzer gefunden: Wählen Sie eine Datei mit \
         --file PFAD."
    }

    fn cannot_read(&self, path: &str, why: &str) -> String {
        format!("{path} kann nicht gelesen werden: {why}.")
    }

    fn too_large(&self, path: &str, size: u64) -> String {
        format!("{path} ist {size} Bytes groß: zu groß für eine secu-Fortschrittsdatei.")
    }

    fn damaged(&self, path: &str, line: usize, column: usize, what: &str) -> String {
        format!("{path} ist beschädigt in Zeile {line}, Spalte {column} ({what}).")
    }

    fn not_json(&self) -> &'static str {
        "das ist kein gültiges JSON"
    }

    fn bad_value(&self, field: &str) -> String {
        format!("der Wert von {field} ist nicht lesbar")
    }

    fn inconsistent(&self, path: &str, problem: &str) -> String {
        format!("{path} folgt nicht dem Ablauf: {problem}.")
    }

    fn left_as_is(&self) -> &'static str {
        "Die Datei wurde nicht verändert: `secu repair` legt sie beiseite und behält, was \
         lesbar ist."
    }

    fn done_after_open(&self, step: &str, previous: &str) -> String {
        format!("Schritt {step} ist erledigt, Schritt {previous} davor aber nicht")
    }

    fn dates_out_of_order(
        &self,
        step: &str,
        date: &str,
        previous: &str,
        previous_date: &str,
    ) -> String {
        format!("Schritt {step} ist am {date} erledigt, vor Schritt {previous} ({previous_date})")
    }

    fn dates_out_of_range(&self) -> &'static str {
        "ein Datum liegt nicht zwischen 2000 und 2100"
    }

    fn note_too_long_in_file(&self, step: &str) -> String {
        format!("die Notiz zu Schritt {step} ist länger, als secu behält")
    }

    fn invalid_number_in_file(&self, step: &str, why: &str) -> String {
        format!("die Nummer bei Schritt {step} ist ungültig. {why}")
    }

    fn newer_version(&self, path: &str, version: u32) -> String {
        format!(
            "{path} wurde von einem neueren secu geschrieben (Version {version}): Aktualisieren \
             Sie secu, um sie zu ändern."
        )
    }

    fn cannot_write(&self, path: &str, why: &str) -> String {
        format!("{path} kann nicht geschrieben werden: {why}. Nichts wurde geändert.")
    }

    fn locked(&self, path: &str) -> String {
        format!(
            "{path} wird gerade von einem anderen secu geändert: Nichts wurde geändert, \
             versuchen Sie es gleich noch einmal."
        )
    }

    fn terminal_error(&self, why: &str) -> String {
        format!(
            "Die Checkliste braucht ein Terminal ({why}); in einem Skript verwenden Sie `secu \
             status` oder `secu done`."
        )
    }

    fn repair_no_file(&self, path: &str) -> String {
        format!("Nichts zu reparieren: Unter {path} gibt es keine Datei.")
    }

    fn repair_healthy(&self, path: &str) -> String {
        format!("Nichts zu reparieren: {path} ist lesbar und wurde nicht verändert.")
    }

    fn repair_moved(&self, aside: &str) -> String {
        format!("Die beschädigte Datei wurde nach {aside} verschoben (nichts wurde gelöscht).")
    }

    fn repair_new_file(&self, path: &str) -> String {
        format!("Eine neue {path} enthält, was daraus lesbar war:")
    }

    fn repair_nothing_read(&self) -> &'static str {
        "nichts war lesbar; beantworten Sie die Fragen mit `secu` neu."
    }

    fn repair_kept(&self, what: &str) -> String {
        format!("behalten: {what}")
    }

    fn repair_dropped(&self, what: &str) -> String {
        format!("nicht behalten: {what}")
    }

    fn kept_number(&self, step: &str) -> String {
        format!("die Nummer von Schritt {step}")
    }

    fn kept_last_opened(&self) -> &'static str {
        "das Datum des letzten Besuchs"
    }

    fn dropped_unreadable(&self, field: &str) -> String {
        format!("{field}, nicht lesbar")
    }

    fn dropped_out_of_order(&self, step: &str) -> String {
        format!("das Datum von Schritt {step}, das die Reihenfolge der Schritte brach")
    }

    fn newer_read_only(&self, version: u32) -> String {
        format!(
            "Diese Datei wurde von einem neueren secu geschrieben (Version {version}): angezeigt, \
             soweit dieses sie versteht, und nicht verändert. Aktualisieren Sie secu, um sie zu \
             ändern."
        )
    }

    fn dropped_cut(&self, field: &str, max: usize) -> String {
        format!("{field} zum Teil: die ersten {max} Zeichen")
    }

    fn cannot_keep(&self, path: &str) -> String {
        format!(
            "{path} enthält zu tief verschachtelte Daten, als dass secu sie beim Speichern vollständig behalten könnte: Nichts wurde geändert."
        )
    }

    fn no_deadline_passed(&self) -> &'static str {
        "seitdem keine Frist abgelaufen"
    }

    fn give_number_later(&self) -> &'static str {
        "Geben Sie Ihre endgültige Nummer mit `secu setup --number NUMMER` an (oder n in der Checkliste): ameli.fr und ENSAP verlangen sie."
    }

    fn broken_link(&self, link: &str, target: &str) -> String {
        format!(
            "{link} ist ein Verweis auf {target}, das nicht existiert: Legen Sie diesen Ordner an oder entfernen Sie den Verweis. Nichts wurde geändert."
        )
    }

    fn time_zone_set_aside(&self, tz: &str) -> String {
        format!(
            "TZ={tz} ist keine Zeitzonendatei: Die Zeitzone des Systems wird stattdessen verwendet."
        )
    }

    fn output_lost(&self, why: &str) -> String {
        format!("Ein Teil der Ausgabe konnte nicht geschrieben werden: {why}.")
    }

    fn changed_meanwhile(&self, now: &str) -> String {
        format!(
            "Ein anderes secu hat dies während Ihrer Eingabe gespeichert; jetzt steht dort: {now}. Speichern Sie erneut, um Ihres an seine Stelle zu setzen, oder Esc, um es zu behalten."
        )
    }

    fn profile_changed_meanwhile(&self) -> &'static str {
        "Ein anderes secu hat diese Antworten während Ihrer Eingabe geändert. Ihre sind noch da: Speichern Sie erneut, um sie zu übernehmen, oder Esc, um die der Datei zu behalten."
    }

    fn note_merged(&self) -> &'static str {
        "Ein anderes secu hat während Ihrer Eingabe eine andere Notiz gespeichert: Deren Text steht zuerst, Ihrer danach. Behalten Sie, was Sie möchten, und speichern Sie erneut, oder Esc, um nur die andere zu behalten."
    }

    fn meanwhile_nothing(&self) -> &'static str {
        "nichts"
    }

    fn nothing_to_export(&self) -> &'static str {
        "Nichts zu exportieren: Kein offener Schritt hat eine Frist (alle sind erledigt oder nicht nötig). Es wurde keine Datei geschrieben."
    }

    fn calendar_stale(&self, how: &str) -> String {
        format!(
            "Ihr Kalender hat noch die Erinnerung an diesen Schritt: Exportieren Sie den Kalender erneut ({how}) und importieren Sie ihn."
        )
    }

    fn ics_cancelled(&self) -> Plural {
        Plural {
            one: "Der erledigte Schritt steht auch darin, abgesagt: Ein Kalender, der ihn schon importiert hat, entfernt seine Erinnerung.",
            other: "Die {n} erledigten Schritte stehen auch darin, abgesagt: Ein Kalender, der sie schon importiert hat, entfernt ihre Erinnerungen.",
        }
    }

    fn mail_no_address_cli(&self) -> &'static str {
        "Die E-Mail-Adresse Ihrer Ansprechperson (gestionnaire) ist noch nicht bekannt: Geben Sie sie mit secu setup --gestionnaire-email ADRESSE an."
    }

    fn not_a_file(&self, path: &str) -> String {
        format!(
            "{path} kann nicht gelesen werden: Es ist keine Datei (ein Ordner, ein Gerät oder eine Pipe); wählen Sie eine Fortschrittsdatei mit --file PFAD."
        )
    }

    fn could_not_tighten(&self, path: &str, why: &str) -> String {
        format!(
            "{path} ist für andere lesbar und konnte nicht geschützt werden ({why}): Die Datei enthält Ihre Nummern, verschieben Sie sie an einen Ort, den nur Sie lesen können."
        )
    }

    fn redated(&self, step: &str, date: &str, was: &str) -> String {
        format!("Datum von Schritt {step} korrigiert: erledigt am {date} (vorher {was}).")
    }

    fn before_start(&self, start: &str) -> String {
        format!(
            "Dieser Tag liegt vor Ihrem Vertragsbeginn ({start}): Eine Schule kann früher handeln, prüfen Sie aber das Datum."
        )
    }

    fn start_written(&self, start: &str) -> String {
        format!(
            "Vertragsbeginn festgehalten: {start}, der 1. Oktober dieses Schuljahres. Ist es bei Ihnen ein anderer Tag, geben Sie ihn mit secu setup --start DATUM an."
        )
    }

    fn same_school_year(&self, year: &str, from: &str) -> String {
        format!(
            "Das Schuljahr {year} läuft noch: Ein neues Jahr kann ab dem {from} beginnen, oder geben Sie mit --start DATUM einen Vertragsbeginn in einem späteren Schuljahr an."
        )
    }

    fn new_year_kept(&self, year: &str, path: &str, start: &str) -> String {
        format!("Das Schuljahr {year} ist in {path} aufbewahrt. Das neue beginnt am {start}.")
    }

    fn new_year_registered(&self) -> &'static str {
        "Ihre endgültige Nummer bleibt erhalten: Die Schritte bei der CPAM liegen hinter Ihnen, als Nächstes kommen die Attestation und ENSAP."
    }

    fn new_year_again(&self) -> &'static str {
        "Es war keine endgültige Nummer gespeichert: Das Verfahren beginnt wieder mit dem Antrag."
    }

    fn new_year_notice(&self, year: &str) -> String {
        format!(
            "Der Vertrag {year} ist zu Ende: secu new-year legt die Datei dieses Jahres beiseite und beginnt das nächste."
        )
    }

    fn clock_behind(&self, today: &str, latest: &str) -> String {
        format!(
            "Die Uhr dieses Computers zeigt den {today}, vor einem schon gespeicherten Datum ({latest}): Prüfen Sie die Uhr. Bis dahin werden Daten bis zum {latest} angenommen."
        )
    }

    fn lang_invalid(&self, value: &str) -> String {
        format!(
            "SECU_LANG={value} ist keine Sprache, die secu spricht: Verwenden Sie en, fr, es, de oder it."
        )
    }

    fn export_over_progress(&self, path: &str) -> String {
        format!("{path} ist Ihre Fortschrittsdatei: Schreiben Sie den Export in eine andere Datei.")
    }

    #[allow(clippy::too_many_lines, reason = "a table: one line for each action")]
    fn action(&self, action: Action) -> (&'static str, &'static str) {
        match action {
            Action::Up => (
                "wählen",
                "nach oben: der Schritt darüber, die Zeile darüber oder der Text",
            ),
            Action::Down => (
                "nach unten",
                "nach unten: der Schritt darunter, die Zeile darunter oder der Text",
            ),
            Action::ScrollUp => (
                "Seite hoch",
                "die Details oder den Text eine Seite nach oben blättern",
            ),
            Action::ScrollDown => (
                "Seite runter",
                "die Details oder den Text eine Seite nach unten blättern",
            ),
            Action::Tick => (
                "abhaken",
                "Schritt abhaken: ein Feld öffnet sich mit dem heutigen Datum",
            ),
            Action::Redate => (
                "Datum korrigieren",
                "das Datum eines abgehakten Schritts korrigieren, die anderen bleiben abgehakt",
            ),
            Action::Untick => (
                "zurück",
                "den zuletzt abgehakten Schritt zurücknehmen, nach einer Frage",
            ),
            Action::Number => (
                "Nummer",
                "Nummer angeben oder korrigieren (NIA, NIR; bei ENSAP die NIR)",
            ),
            Action::Reveal => ("zeigen", "Nummer ganz zeigen, bis Sie weitergehen"),
            Action::Copy => (
                "kopieren",
                "Nummer so kopieren, wie die Website des Schritts sie will, die Adresse des Schritts oder den Text der E-Mail",
            ),
            Action::Open => (
                "öffnen",
                "die Seite des Schritts öffnen, oder die E-Mail im Mailprogramm",
            ),
            Action::Mail => (
                "E-Mail",
                "bei der Attestation: die E-Mail an Ihren Gestionnaire",
            ),
            Action::Note => (
                "Notiz",
                "eine Notiz zum Schritt schreiben (Anrufe, Aktenzeichen, Belege)",
            ),
            Action::Pdf => (
                "PDF",
                "bei der Attestation: den Pfad des gesendeten PDF festhalten",
            ),
            Action::Task1 => (
                "Aufgabe 1",
                "die erste kleine Aufgabe abhaken: Konto auf ameli.fr angelegt",
            ),
            Action::Task2 => (
                "Aufgabe 2",
                "die zweite kleine Aufgabe abhaken: Attestation heruntergeladen",
            ),
            Action::Timeline => ("Zeitleiste", "die Zeitleiste der Monate Ihres Vertrags"),
            Action::Export => (
                "exportieren",
                "den Kalender (.ics) oder das ausgefüllte Merkblatt in Downloads speichern",
            ),
            Action::Setup => ("Profil", "Ihre Antworten ansehen und ändern"),
            Action::Glossary => ("Wörter", "die französischen Wörter Ihrer Briefe, erklärt"),
            Action::Language => (
                "Sprache",
                "zur nächsten Sprache wechseln (wird gespeichert)",
            ),
            Action::Help => ("Hilfe", "diese Hilfe"),
            Action::WholeMessage => (
                "ganze Meldung",
                "die Meldung unten ganz lesen, wenn sie gekürzt wurde",
            ),
            Action::Back => ("zurück", "zurück zur vorigen Frage"),
            Action::Close => (
                "schließen",
                "schließen, was offen ist: eine Frage, ein Feld, eine Ansicht (beendet nie)",
            ),
            Action::Quit => ("Ende", "beenden (alles ist schon gespeichert)"),
            Action::Interrupt => (
                "Ende",
                "von überall beenden (fragt zuerst, wenn getippter Text verloren ginge)",
            ),
            Action::Suspend => (
                "Pause",
                "secu anhalten und zur Shell zurückkehren; fg holt es unverändert zurück",
            ),
            Action::Yes => ("ja", "mit Ja antworten"),
            Action::No => ("nein", "mit Nein antworten"),
            Action::First => ("erste", "das Erste wählen"),
            Action::Second => ("zweite", "das Zweite wählen"),
            Action::Third => ("dritte", "das Dritte wählen"),
            Action::Fourth => ("vierte", "das Vierte wählen"),
            Action::Submit => ("bestätigen", "das Getippte oder Gewählte bestätigen"),
            Action::Save => ("speichern", "die Notiz speichern"),
            Action::NewLine => ("neue Zeile", "eine neue Zeile beginnen"),
            Action::Left => ("links", "den Cursor nach links"),
            Action::Right => ("rechts", "den Cursor nach rechts"),
            Action::Home => ("Anfang", "an den Anfang der Zeile"),
            Action::End => ("Ende", "an das Ende der Zeile"),
            Action::Backspace => ("löschen", "das Zeichen vor dem Cursor löschen"),
            Action::Delete => ("entfernen", "das Zeichen unter dem Cursor entfernen"),
            Action::DeleteToStart => ("leeren", "alles vor dem Cursor löschen"),
            Action::DeleteWord => ("Wort löschen", "das Wort vor dem Cursor löschen"),
        }
    }

    fn key_names(&self) -> KeyNames {
        KeyNames {
            space: "Leertaste",
            enter: "Enter",
            esc: "Esc",
            backspace: "Rücktaste",
            delete: "Entf",
            page_up: "Bild↑",
            page_down: "Bild↓",
            home: "Pos1",
            end: "Ende",
            ctrl: "Strg",
        }
    }

    fn already_ticked(&self, step: &str, date: &str, redate: &str, untick: &str) -> String {
        format!(
            "Schritt {step} ist schon abgehakt ({date}): {redate} korrigiert das Datum, {untick} nimmt ihn zurück."
        )
    }

    fn only_when_ticked(&self, key: &str) -> String {
        format!("{key} korrigiert das Datum eines abgehakten Schritts: Dieser ist nicht abgehakt.")
    }

    fn untick_which(&self, key: &str, last: &str) -> String {
        format!("{key} nimmt den zuletzt abgehakten Schritt zurück: {last}.")
    }

    fn nothing_ticked(&self, key: &str) -> String {
        format!("{key} nimmt den zuletzt abgehakten Schritt zurück: Noch ist keiner abgehakt.")
    }

    fn only_with_number(&self, key: &str) -> String {
        format!("{key} betrifft eine Nummer: nur bei den Schritten NIA, NIR und ENSAP.")
    }

    fn only_on(&self, key: &str, step: &str) -> String {
        format!("{key}: nur bei Schritt {step}.")
    }

    fn no_whole_message(&self, key: &str) -> String {
        format!("{key} zeigt die letzte Meldung ganz, wenn sie gekürzt wurde: Es gibt keine.")
    }

    fn esc_in_list(&self, quit: &str) -> String {
        format!("Hier ist nichts zu schließen: {quit} beendet.")
    }

    fn timeline_inert(&self, key: &str, back: &str) -> String {
        format!("{key} wirkt in der Liste: {back} führt zu ihr zurück.")
    }

    fn nothing_here(&self, key: &str, help: &str) -> String {
        format!("{key} bewirkt hier nichts: {help} zeigt die Tasten.")
    }

    fn esc_first_question(&self, quit: &str) -> String {
        format!("Das ist die erste Frage: {quit} beendet, ohne etwas zu speichern.")
    }

    fn exported(&self, path: &str) -> String {
        format!("Gespeichert unter {path}.")
    }

    fn confirm_discard(&self) -> &'static str {
        "Änderungen verwerfen?"
    }

    fn confirm_quit_discard(&self) -> &'static str {
        "Beenden und das Eingegebene verwerfen?"
    }

    fn redate_prompt(&self) -> &'static str {
        "Das richtige Datum? (TT.MM.JJJJ) Die folgenden Schritte bleiben abgehakt."
    }

    fn number_kept_hint(&self) -> &'static str {
        "Eingabe behält die angezeigte Nummer; tippen Sie, um sie zu ersetzen."
    }

    fn number_later_hint(&self) -> &'static str {
        "Leer: Eingabe hakt den Schritt ab, die Nummer kann später folgen."
    }

    fn answers_title(&self) -> &'static str {
        "Ihre Antworten"
    }

    fn export_title(&self) -> &'static str {
        "In Downloads exportieren"
    }

    fn export_calendar(&self) -> &'static str {
        "den Kalender der Fristen (.ics), für Ihr Telefon"
    }

    fn export_sheet(&self) -> &'static str {
        "das Blatt der Académie, ausgefüllt (.md)"
    }

    fn more_below(&self) -> &'static str {
        "weiter unten"
    }

    fn export_failed(&self, path: &str, why: &str) -> String {
        format!("{path} konnte nicht gespeichert werden: {why}. Nichts wurde geschrieben.")
    }

    fn help_headings(&self) -> [&'static str; 4] {
        [
            "In der Liste",
            "In der Zeitleiste",
            "In einem Textfeld",
            "In der Notiz",
        ]
    }

    fn no_downloads(&self) -> &'static str {
        "Kein Downloads- oder Home-Ordner gefunden: Verwenden Sie secu export ics -o DATEI in einem Terminal."
    }

    fn nothing_here_close(&self, key: &str, close: &str) -> String {
        format!("{key} bewirkt hier nichts: {close} schließt.")
    }

    fn dumb_terminal(&self) -> &'static str {
        "Dieses Terminal (TERM=dumb) kann die Checkliste nicht anzeigen: secu status zeigt sie, secu done SCHRITT hakt einen Schritt ab."
    }

    fn not_a_terminal(&self) -> &'static str {
        "Das ist kein Terminal (die Standardein- oder -ausgabe ist umgeleitet): Die Checkliste braucht eines. secu status gibt sie aus."
    }

    fn pdf_not_text(&self, path: &str) -> String {
        format!(
            "{path}: Dieser Pfad ist kein gültiger UTF-8-Text, daher kann die Fortschrittsdatei ihn nicht speichern. Benennen Sie die Datei (oder ihren Ordner) um und geben Sie sie erneut an."
        )
    }

    fn sent_to_terminal(&self) -> &'static str {
        "An die Zwischenablage des Terminals gesendet und oben angezeigt: Kommt nichts an, erlaubt Ihr Terminal es nicht; markieren Sie es mit der Maus (bei gedrückter Umschalttaste, solange secu die Maus nutzt)."
    }

    fn no_browser(&self) -> &'static str {
        "Hier wurde kein Browser geöffnet (über SSH oder ohne grafische Oberfläche)."
    }

    fn address_copied(&self) -> &'static str {
        "Hier lässt sich kein Browser öffnen: Die Adresse ist kopiert."
    }

    fn address_copied_here(&self) -> &'static str {
        "Die Adresse des Schritts ist kopiert."
    }

    fn mail_not_opened(&self, copy: &str) -> String {
        format!(
            "Hier lässt sich kein E-Mail-Programm öffnen (über SSH oder ohne grafische Oberfläche): {copy} kopiert den Text für ein Webmail."
        )
    }

    fn calendar_hint(&self) -> &'static str {
        "Öffnen Sie sie oder schicken Sie sie sich per E-Mail: Telefone übernehmen .ics-Dateien in ihren Kalender."
    }

    fn exported_remote(&self, command: &str) -> String {
        format!(
            "Auf dem Server gespeichert, mit dem Sie verbunden sind; holen Sie die Datei mit: {command}"
        )
    }

    #[allow(clippy::too_many_lines, reason = "a table: one line for each place")]
    fn help(&self, help: Help) -> &'static str {
        match help {
            Help::About => {
                "Die Sécurité-sociale-Checkliste für Fremdsprachenassistenten der Académie d’Aix-Marseille."
            }
            Help::LongAbout => {
                "Die Sécurité-sociale-Checkliste für Fremdsprachenassistenten der Académie d’Aix-Marseille.\n\nOhne Befehl öffnet sie die Checkliste im Terminal; beim ersten Mal stellt sie die Fragen zum Profil."
            }
            Help::Usage => "Aufruf:",
            Help::Options => "Optionen",
            Help::Arguments => "Argumente",
            Help::Commands => "Befehle",
            Help::Help => "Hilfe anzeigen",
            Help::Version => "Version anzeigen",
            Help::ValueOptions => "OPTIONEN",
            Help::ValueTitle => "TITEL",
            Help::ValueCivility => "ANREDE",
            Help::ValueCommand => "BEFEHL",
            Help::ValueBool => "WAHRHEITSWERT",
            Help::ValueCode => "CODE",
            Help::ValueDate => "DATUM",
            Help::ValueEmail => "E-MAIL",
            Help::ValueFile => "DATEI",
            Help::ValueLevel => "STUFE",
            Help::ValueName => "NAME",
            Help::ValueNumber => "NUMMER",
            Help::ValuePath => "PFAD",
            Help::ValueSchool => "SCHULE",
            Help::ValueShell => "SHELL",
            Help::ValueStep => "SCHRITT",
            Help::ValueTask => "AUFGABE",
            Help::ValueText => "TEXT",
            Help::File => {
                "Die Fortschrittsdatei (env SECU_FILE) [Standard: <Konfigurationsordner>/secu/progress.json]"
            }
            Help::Lang => {
                "Sprache: en, fr, es, de oder it (env SECU_LANG) [Standard: die gespeicherte Wahl, sonst die Systemsprache, sonst en]"
            }
            Help::Today => {
                "DATUM als heute nehmen, um Fristen vorauszusehen: TT.MM.JJJJ, JJJJ-MM-TT oder \"today\" (env SECU_TODAY)"
            }
            Help::Plain => {
                "Wörter statt Zeichen, die vorgelesen schlecht klingen, für Screenreader (env SECU_PLAIN)"
            }
            Help::Status => "Die Schritte, ihre Daten und das Nächste anzeigen",
            Help::StatusJson => "Stattdessen ein JSON-Objekt ausgeben (im README beschrieben)",
            Help::StatusShowNumbers | Help::ShowShowNumbers => {
                "Sozialversicherungsnummern vollständig statt verdeckt zeigen"
            }
            Help::Show => {
                "Die Einzelheiten eines Schritts als beschriftete Zeilen ausgeben: wann, was zu tun ist, Unterlagen, wer, Links"
            }
            Help::ShowStep => "Der Schritt: request, nia, nir, attestation oder ensap",
            Help::Setup => "Das Profil ändern; ohne Optionen anzeigen",
            Help::SetupLevel => "primary (1er degré) oder secondary (2nd degré)",
            Help::SetupDepartment => "Das Département Ihrer Schule: 04, 05, 13 oder 84",
            Help::SetupStart => "Der erste Tag Ihres Vertrags",
            Help::SetupAlreadyRegistered => {
                "Sie haben schon eine endgültige Nummer: Die Schritte der CPAM entfallen (--already-registered=false macht es rückgängig)"
            }
            Help::SetupName => "Ihr Name, für die E-Mail an Ihren Gestionnaire (\"\" zum Löschen)",
            Help::SetupSchool => "Ihre Schule, für dieselbe E-Mail (\"\" zum Löschen)",
            Help::SetupTitle => {
                "Wie die E-Mail Sie nennt: assistant oder assistante (none: weglassen)"
            }
            Help::SetupGestionnaireCivility => {
                "Wie die E-Mail Ihren Gestionnaire anredet: madame oder monsieur (none: „Madame, Monsieur,“)"
            }
            Help::SetupGestionnaireName => {
                "Der Name Ihres Gestionnaire bei der DSDEN (\"\" zum Löschen)"
            }
            Help::SetupGestionnaireEmail => "Die E-Mail Ihres Gestionnaire (\"\" zum Löschen)",
            Help::SetupNumber => {
                "Die endgültige Nummer, die Sie schon haben, für ameli.fr und ENSAP (mit --already-registered)"
            }
            Help::Done => {
                "Einen Schritt abhaken (bei einem abgehakten Schritt: sein Datum korrigieren)"
            }
            Help::DoneStep => "request, nia, nir, attestation oder ensap",
            Help::DoneOn => "Der Tag, an dem er erledigt wurde [Standard: heute]",
            Help::DoneNumber => "Die Nummer aus dem Brief der CPAM, für nia und nir",
            Help::Number => {
                "Die Nummer eines abgehakten Schritts angeben oder korrigieren (nia oder nir)"
            }
            Help::NumberStep => "nia oder nir",
            Help::NumberNumber => {
                "Die Nummer aus dem Brief der CPAM; Leerzeichen, Punkte und Bindestriche sind erlaubt"
            }
            Help::Undo => "Den zuletzt abgehakten Schritt zurücknehmen",
            Help::UndoStep => "request, nia, nir, attestation oder ensap",
            Help::Repair => {
                "Eine beschädigte Fortschrittsdatei beiseitelegen und behalten, was sich lesen lässt"
            }
            Help::Note => "Eine Notiz zu einem Schritt schreiben (\"\" löscht sie)",
            Help::NoteStep => "request, nia, nir, attestation oder ensap",
            Help::NoteText => "Die Notiz; mehrere Zeilen sind möglich",
            Help::Pdf => "Den Pfad des gesendeten PDF der Attestation behalten (als PDF geprüft)",
            Help::PdfPath => "Die PDF-Datei",
            Help::Task => "Eine der kleinen Aufgaben unter nir abhaken",
            Help::TaskTask => "ameli-account oder attestation-downloaded",
            Help::TaskUndo => "Stattdessen zurücknehmen",
            Help::Export => {
                "Die Fristen in eine Kalenderdatei schreiben, oder das ausgefüllte Blatt"
            }
            Help::ExportIcs => {
                "Eine iCalendar-Datei (.ics) der offenen Fristen, jede mit einer Erinnerung 3 Tage vorher"
            }
            Help::ExportIcsOutput => {
                "In DATEI schreiben; ohne in den Downloads-Ordner aus einem Terminal, auf die Standardausgabe in einer Pipe"
            }
            Help::ExportSheet => {
                "Das Blatt der Académie mit ausgefüllten Lücken, als Markdown, auf Französisch"
            }
            Help::ExportSheetOutput => "In DATEI statt auf die Standardausgabe schreiben",
            Help::ExportMail => {
                "Die E-Mail an Ihre Ansprechperson (gestionnaire) mit der attestation, auf Französisch: Empfänger, Betreff und Text, wie die Liste sie zeigt (m)"
            }
            Help::ExportMailMailto => {
                "Stattdessen als mailto:-Adresse ausgeben, zum Öffnen in einem E-Mail-Programm"
            }
            Help::Remind => {
                "Eine Zeile, wenn ein Schritt in 7 Tagen fällig oder überfällig ist, sonst nichts: für die Startdatei einer Shell"
            }
            Help::Completions => "Das Vervollständigungsskript einer Shell ausgeben",
            Help::CompletionsShell => "bash, zsh, fish, elvish oder powershell",
            Help::NewYear => {
                "Das nächste Schuljahr beginnen: die Datei dieses Jahres beiseitelegen, Profil und endgültige Nummer behalten"
            }
            Help::NewYearStart => {
                "Der erste Tag des neuen Vertrags (Standard: 1. Oktober des laufenden Schuljahres)"
            }
            Help::Man => "Die Handbuchseite ausgeben (roff)",
        }
    }

    fn cli_unexpected_value(&self, value: &str, help: &str) -> String {
        format!("{value} wurde hier nicht erwartet: {help} zeigt, was jeder Befehl annimmt.")
    }

    fn cli_unknown_argument(&self, argument: &str, help: &str) -> String {
        format!("Die Option {argument} gibt es nicht: {help} zeigt sie alle.")
    }

    fn cli_unknown_command(&self, command: &str, help: &str) -> String {
        format!("Den Befehl {command} gibt es nicht: {help} zeigt sie alle.")
    }

    fn cli_invalid_value(&self, value: &str, argument: &str, valid: &str) -> String {
        format!("{value} ist kein möglicher Wert für {argument}: {valid}.")
    }

    fn cli_missing(&self, what: &str, help: &str) -> String {
        format!("Es fehlt: {what} ({help} sagt mehr).")
    }

    fn cli_repeated(&self, argument: &str, help: &str) -> String {
        format!(
            "{argument} steht mehr als einmal da: Behalten Sie eines ({help} listet die Optionen)."
        )
    }

    fn too_small_unsaved(&self) -> &'static str {
        "Ihr Text bleibt erhalten: Vergrößern Sie das Fenster, um ihn zu speichern oder zu verwerfen."
    }
}
