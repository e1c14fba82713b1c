//! Italiano.

use chrono::{Datelike, NaiveDate};
use pure_rust_locales::it_IT as locale;

use super::{KeyHelp, ProfileLabels, Texts, capitalise, inert, month, plural, sheet, shown_path};
use crate::pdf::PdfError;
use crate::procedure::{
    Contact, DateError, DaysLeft, Inconsistency, Level, NumberError, NumberNote, Profile,
    SinceLastVisit, Step, SubTask, TransitionError,
};
use crate::store::{Dropped, Kept, StoreError};

pub struct It;

impl It {
    fn gestionnaire(profile: &Profile) -> String {
        match profile.department {
            Some(d) => format!("il tuo gestionnaire alla DSDEN {} ({})", d.code(), d.name()),
            None => "il tuo gestionnaire alla DSDEN del tuo dipartimento".to_owned(),
        }
    }

    fn quoted(step: Step) -> String {
        format!("«{}»", It.step_title(step))
    }
}

impl Texts for It {
    fn date(&self, date: NaiveDate) -> String {
        let (day, mon, year) = (date.day(), month(locale::LC_TIME::MON, date), date.year());
        format!("{day} {mon} {year}")
    }

    fn date_short(&self, date: NaiveDate) -> String {
        let (day, mon, year) = (date.day(), month(locale::LC_TIME::ABMON, date), date.year());
        format!("{day} {mon} {year}")
    }

    fn app_title(&self) -> &'static str {
        "Pratiche della Sécurité sociale"
    }

    fn step_title(&self, step: Step) -> &'static str {
        match step {
            Step::Request => "Richiesta di iscrizione",
            Step::Nia => "Numero provvisorio (NIA)",
            Step::Nir => "Numero definitivo (NIR)",
            Step::Attestation => "Attestation inviata",
            Step::Ensap => "Account ENSAP",
        }
    }

    fn step_short(&self, step: Step) -> &'static str {
        match step {
            Step::Request => "Richiesta",
            Step::Nia => "NIA",
            Step::Nir => "NIR",
            Step::Attestation => "Attestation",
            Step::Ensap => "ENSAP",
        }
    }

    fn step_who(&self, step: Step, profile: &Profile) -> String {
        match (step, profile.level) {
            (Step::Request, Some(Level::Primary)) => format!(
                "{}, online. Verifica che sia fatta.",
                capitalise(&It::gestionnaire(profile))
            ),
            (Step::Request, Some(Level::Secondary)) => {
                "La segreteria della tua scuola, online. Verifica che sia fatta.".to_owned()
            }
            (Step::Request, None) => "Il tuo gestionnaire alla DSDEN (1er degré) o la segreteria \
                                      della tua scuola (2nd degré)."
                .to_owned(),
            (Step::Nia | Step::Nir, _) => {
                "La CPAM (Caisse primaire d’assurance maladie), per lettera.".to_owned()
            }
            (Step::Attestation, Some(Level::Secondary)) => format!(
                "Tu: inviala a {} (bureau des assistants, DIPE).",
                sheet::SECONDARY_EMAIL
            ),
            (Step::Attestation, _) => format!("Tu: inviala a {}.", It::gestionnaire(profile)),
            (Step::Ensap, _) => {
                "Tu, con il tuo numero di 15 cifre e una password scelta da te.".to_owned()
            }
        }
    }

    fn step_todo(&self, step: Step, profile: &Profile) -> String {
        match step {
            Step::Request => "Chiedi se la «demande d’immatriculation» è stata inviata alla CPAM \
                              e spuntala con la data in cui è stata fatta."
                .to_owned(),
            Step::Nia => "Annota il numero provvisorio della lettera della CPAM: va indicato per \
                          ogni rimborso."
                .to_owned(),
            Step::Nir => "Crea il tuo account su ameli.fr (si accede con le prime 13 cifre) e \
                          scarica la tua attestation de droits (PDF)."
                .to_owned(),
            Step::Attestation => {
                let to = match profile.level {
                    Some(Level::Secondary) => sheet::SECONDARY_EMAIL.to_owned(),
                    _ => It::gestionnaire(profile),
                };
                format!(
                    "Invia il PDF della tua attestation de droits a {to}, perché aggiornino la tua \
                     pratica."
                )
            }
            Step::Ensap => "Crea il tuo account su ensap.gouv.fr con il tuo numero di 15 cifre, \
                            poi consulta e scarica le tue buste paga."
                .to_owned(),
        }
    }

    fn step_deadline_rule(&self, step: Step, profile: &Profile) -> String {
        match step {
            Step::Request => "Inizio ottobre: due settimane dopo l’inizio del contratto.",
            Step::Nia => "Nessuna data fissa: arriva con la lettera della CPAM.",
            Step::Nir => {
                "Entro 3 mesi dalla richiesta. La scheda chiede il numero definitivo prima di \
                 dicembre."
            }
            Step::Attestation if profile.already_registered => {
                "Appena arrivi: due settimane dopo l’inizio del contratto."
            }
            Step::Attestation => "A dicembre, entro il 31.",
            Step::Ensap => {
                "A gennaio, quando la tua pratica è aggiornata: entro la fine del mese dopo \
                 l’invio dell’attestation."
            }
        }
        .to_owned()
    }

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Primary => "Scuola primaria (1er degré)",
            Level::Secondary => "Scuola secondaria (2nd degré)",
        }
    }

    fn done_on(&self, on: NaiveDate) -> String {
        format!("fatto il {}", self.date_short(on))
    }

    fn skipped(&self) -> &'static str {
        "non serve"
    }

    fn due_on(&self, due: NaiveDate) -> String {
        format!("entro il {}", self.date_short(due))
    }

    fn no_fixed_date(&self) -> &'static str {
        "nessuna data fissa"
    }

    fn days_left(&self, days: DaysLeft) -> String {
        match days.0 {
            0 => "scade oggi".to_owned(),
            n if n < 0 => format!("{} di ritardo", plural(-n, "giorno", "giorni")),
            n => format!("tra {}", plural(n, "giorno", "giorni")),
        }
    }

    fn next_line(&self, step: Step, due: Option<NaiveDate>, days: Option<DaysLeft>) -> String {
        match (due, days) {
            (Some(due), Some(days)) => format!(
                "Prossimo: {} — entro il {} ({})",
                self.step_title(step),
                self.date(due),
                self.days_left(days)
            ),
            _ => format!(
                "Prossimo: {} — nessuna data fissa, arriva con la lettera della CPAM",
                self.step_title(step)
            ),
        }
    }

    fn all_done(&self) -> &'static str {
        "Tutto fatto: la tua iscrizione è completa."
    }

    fn since_last_visit(&self, since: SinceLastVisit) -> String {
        let passed = match since.deadlines_passed {
            0 => "nessuna scadenza passata da allora".to_owned(),
            1 => "1 scadenza passata da allora".to_owned(),
            n => format!("{n} scadenze passate da allora"),
        };
        format!(
            "Ultima apertura {} fa; {passed}.",
            plural(since.days, "giorno", "giorni")
        )
    }

    fn profile_labels(&self) -> ProfileLabels {
        ProfileLabels {
            level: "Scuola:",
            department: "Dipartimento:",
            start: "Inizio contratto:",
            registered: "Già iscritto/a:",
            name: "Nome:",
            school: "Nome della scuola:",
            gestionnaire: "Gestionnaire:",
            language: "Lingua:",
            not_set: "non indicata",
            default: "predefinito",
        }
    }

    fn not_set_up(&self, path: &str) -> String {
        format!(
            "Non ancora configurato ({path}): avvia `secu` per rispondere alle domande, oppure \
             `secu setup --level secondary`."
        )
    }

    fn yes(&self) -> &'static str {
        "sì"
    }

    fn no(&self) -> &'static str {
        "no"
    }

    fn progress_gauge(&self, settled: usize, total: usize) -> String {
        format!("{settled}/{total} fatti")
    }

    fn steps_title(&self) -> &'static str {
        "Passi"
    }

    fn who_label(&self) -> &'static str {
        "Chi"
    }

    fn todo_label(&self) -> &'static str {
        "Cosa"
    }

    fn deadline_label(&self) -> &'static str {
        "Quando"
    }

    fn sheet_label(&self) -> &'static str {
        "Scheda"
    }

    fn sheet_translation(&self, step: Step, level: Option<Level>) -> Option<String> {
        let text = match (step, level) {
            (Step::Request, Some(Level::Primary)) => {
                "Richiesta di iscrizione online per aprire i miei diritti presso la CPAM: la fa il \
                 mio gestionnaire alla DSDEN (1er degré)"
            }
            (Step::Request, Some(Level::Secondary)) => {
                "Richiesta di iscrizione online per aprire i miei diritti presso la CPAM: la fa la \
                 segreteria della mia scuola (2nd degré)"
            }
            (Step::Request, None) => {
                "Richiesta di iscrizione online per aprire i miei diritti presso la CPAM: la fa il \
                 mio gestionnaire alla DSDEN (1er degré) o la segreteria della mia scuola \
                 (2nd degré)"
            }
            (Step::Nia, _) => {
                "La CPAM comunica il numero NIA (provvisorio): da indicare assolutamente per il \
                 rimborso delle mie spese"
            }
            (Step::Nir, _) => {
                "La CPAM comunica il numero NIR (definitivo): creo il mio account su AMELI.FR; \
                 scarico la mia attestation de droits"
            }
            (Step::Attestation, _) => {
                "Invio una copia in PDF della mia attestation al mio gestionnaire per \
                 l’aggiornamento della mia pratica"
            }
            (Step::Ensap, _) => {
                "Creo il mio account su ensap.gouv.fr con il mio numero di previdenza sociale di \
                 15 cifre e una password scelta da me"
            }
        };
        Some(text.to_owned())
    }

    fn glossary_title(&self) -> &'static str {
        "Le parole francesi delle tue lettere"
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "CPAM",
                "Caisse primaire d’assurance maladie: la cassa malattia locale che ti iscrive e ti rimborsa.",
            ),
            (
                "NIA",
                "Numéro d’identification d’attente: il tuo numero provvisorio, finché arriva quello definitivo.",
            ),
            (
                "NIR",
                "Numéro d’inscription au répertoire: il tuo numero di previdenza sociale definitivo, di 15 cifre.",
            ),
            (
                "Attestation de droits",
                "Il certificato che sei assicurato/a, da scaricare in PDF su ameli.fr.",
            ),
            (
                "ameli.fr",
                "Il sito dell’assicurazione malattia: il tuo account, l’attestation, i rimborsi.",
            ),
            (
                "DSDEN",
                "Direction des services départementaux de l’éducation nationale: gestisce gli assistenti della primaria.",
            ),
            (
                "Gestionnaire",
                "La persona che gestisce la tua pratica e il tuo stipendio.",
            ),
            (
                "1er degré / 2nd degré",
                "Scuola primaria / scuola secondaria (collège, lycée).",
            ),
            (
                "DIPE",
                "La divisione del rectorat che gestisce gli assistenti della secondaria.",
            ),
            (
                "ENSAP",
                "Espace numérique sécurisé de l’agent public: dove consulti le tue buste paga.",
            ),
            ("Bulletin de paie", "La busta paga di ogni mese."),
        ]
    }

    fn language_changed(&self) -> &'static str {
        "Italiano. Premi L per un’altra lingua."
    }

    fn footer_keys(&self) -> &'static [KeyHelp] {
        &[
            ("↑↓", "sposta"),
            ("Spazio", "spunta"),
            ("u", "togli"),
            ("s", "profilo"),
            ("?", "aiuto"),
            ("q", "esci"),
        ]
    }

    fn help_title(&self) -> &'static str {
        "Tasti"
    }

    fn help_keys(&self) -> &'static [KeyHelp] {
        &[
            ("↑ ↓  j k", "passare da un passo all’altro"),
            (
                "Spazio Invio",
                "spuntare il passo (data di oggi, modificabile)",
            ),
            ("u", "togliere la spunta all’ultimo passo fatto"),
            ("n", "indicare o correggere il numero (NIA, NIR)"),
            ("r", "mostrare il numero intero, finché non ti sposti"),
            ("y", "copiare il numero come lo vuole il sito del passo"),
            ("o", "aprire la pagina del passo (o copiarne il link)"),
            ("m", "sull’attestation: l’e-mail al tuo gestionnaire"),
            ("e", "scrivere una nota sul passo (prove, riferimenti)"),
            ("p", "sull’attestation: tenere il PDF inviato"),
            ("1 2", "sul NIR: spuntare i suoi piccoli compiti"),
            ("t", "la linea del tempo dell’anno scolastico"),
            ("PagSu PagGiù", "scorrere i dettagli"),
            ("s", "rispondere di nuovo alle domande"),
            ("g", "le parole francesi delle tue lettere, spiegate"),
            ("L", "cambiare lingua (viene salvata)"),
            ("?", "mostrare o nascondere questo aiuto"),
            ("q Esc", "uscire (tutto è già salvato)"),
            ("Invio / Esc", "in una domanda: conferma / annulla"),
        ]
    }

    fn help_close(&self) -> &'static str {
        "Premi un tasto qualsiasi per chiudere."
    }

    fn date_prompt(&self) -> &'static str {
        "Fatto in che giorno? (GG/MM/AAAA)"
    }

    fn date_field_keys(&self) -> &'static str {
        "Invio conferma · Esc annulla"
    }

    fn confirm_untick(&self, step: Step, on: NaiveDate) -> String {
        format!(
            "Togliere la spunta a {} (fatto il {})?",
            It::quoted(step),
            self.date(on)
        )
    }

    fn confirm_keys(&self) -> &'static str {
        "s sì · n no"
    }

    fn ticked(&self, step: Step, on: NaiveDate) -> String {
        format!("{} spuntato, fatto il {}.", It::quoted(step), self.date(on))
    }

    fn unticked(&self, step: Step) -> String {
        format!("Spunta tolta a {}.", It::quoted(step))
    }

    fn profile_saved(&self) -> &'static str {
        "Profilo salvato."
    }

    fn too_small(&self) -> &'static str {
        "Finestra troppo piccola (almeno 40x12)"
    }

    fn changed_elsewhere(&self) -> &'static str {
        "Modificato da un altro secu: ecco la versione più recente."
    }

    fn setup_title(&self, number: usize, total: usize) -> String {
        format!("Profilo — domanda {number} di {total}")
    }

    fn welcome(&self) -> &'static str {
        "Benvenuto/a! Qualche domanda per datare la tua lista; potrai cambiarla poi con s."
    }

    fn ask_language(&self) -> &'static str {
        "In che lingua vuoi usare secu?"
    }

    fn ask_level(&self) -> &'static str {
        "Dove insegni?"
    }

    fn ask_department(&self) -> &'static str {
        "In quale dipartimento si trova la tua scuola?"
    }

    fn ask_start(&self) -> &'static str {
        "Quando inizia il tuo contratto? (GG/MM/AAAA)"
    }

    fn ask_registered(&self) -> &'static str {
        "Hai già un numero di previdenza sociale francese definitivo, di 15 cifre?"
    }

    fn registered_hint(&self) -> &'static str {
        "Se sì, i passi della CPAM non servono e cominci dall’attestation."
    }

    fn choice_keys(&self) -> &'static str {
        "↑↓ scegli · Invio avanti · Esc indietro"
    }

    fn contact_label(&self) -> &'static str {
        "Contatto"
    }

    fn contact(&self, contact: &Contact) -> String {
        match contact {
            Contact::Bureau { email } => format!("Bureau des assistants (DIPE), rectorat: {email}"),
            Contact::Dsden {
                department,
                name,
                email,
            } => {
                let office = department.map_or("la DSDEN".to_owned(), |d| format!("la DSDEN {d}"));
                match (name, email) {
                    (None, None) => format!(
                        "Il tuo gestionnaire presso {office} (aggiungi nome ed e-mail con s)"
                    ),
                    (name, email) => format!(
                        "{}, {office}{}",
                        name.as_deref()
                            .map_or("Il tuo gestionnaire".to_owned(), |n| inert(n, 60)),
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
        "Aperto nel tuo browser."
    }

    fn link_copied(&self) -> &'static str {
        "Nessun browser qui: il link è copiato negli appunti ed è scritto per intero nei dettagli."
    }

    fn note_label(&self) -> &'static str {
        "Nota"
    }

    fn note_prompt(&self, step: Step) -> String {
        format!(
            "La tua nota su {} (telefonate, riferimenti, prove):",
            It::quoted(step)
        )
    }

    fn note_keys(&self) -> &'static str {
        "Ctrl+S salva · Invio nuova riga · Esc annulla"
    }

    fn note_saved(&self, step: Step) -> String {
        format!("Nota salvata per {}.", It::quoted(step))
    }

    fn pdf_label(&self) -> &'static str {
        "PDF inviato"
    }

    fn pdf_prompt(&self) -> &'static str {
        "Percorso del PDF dell’attestation che hai inviato:"
    }

    fn pdf_saved(&self, name: &str) -> String {
        format!("PDF salvato: {name}.")
    }

    fn pdf_error(&self, error: &PdfError) -> String {
        match error {
            PdfError::NotFound => "Non c’è nessun file in questo percorso.".to_owned(),
            PdfError::NotAFile => "È una cartella: indica il file PDF stesso.".to_owned(),
            PdfError::Unreadable(why) => format!("Questo file non si può leggere ({why})."),
            PdfError::NotPdf => {
                "Questo file non è un PDF: scarica l’attestation in PDF da ameli.fr.".to_owned()
            }
        }
    }

    fn task(&self, task: SubTask) -> &'static str {
        match task {
            SubTask::AmeliAccount => "Account creato su ameli.fr",
            SubTask::AttestationDownloaded => "Attestation de droits scaricata",
        }
    }

    fn detail_keys(&self, step: Step) -> &'static str {
        match step {
            Step::Nir => "1 2 spunta un compito · e nota · o apri il link",
            Step::Attestation => "m e-mail · p PDF · e nota · o apri il link",
            _ => "e nota · o apri il link",
        }
    }

    fn mail_title(&self) -> &'static str {
        "E-mail al tuo gestionnaire"
    }

    fn mail_keys(&self) -> &'static str {
        "o apri nel programma di posta · y copia il testo · altro tasto chiude"
    }

    fn mail_no_address(&self) -> &'static str {
        "L’e-mail del tuo gestionnaire non è ancora nota: aggiungila con s, o copia il testo con y."
    }

    fn mail_copied(&self) -> &'static str {
        "Il testo dell’e-mail è copiato: incollalo nella tua webmail."
    }

    fn timeline_title(&self) -> &'static str {
        "Anno scolastico"
    }

    fn timeline_legend(&self) -> &'static str {
        "◆ scadenza · ✓ fatto · │ oggi · t torna ai dettagli"
    }

    fn ask_name(&self) -> &'static str {
        "Il tuo nome, come sul contratto (per l’e-mail al tuo gestionnaire):"
    }

    fn ask_school(&self) -> &'static str {
        "La tua scuola (nome e città):"
    }

    fn ask_gestionnaire_name(&self) -> &'static str {
        "Il nome del tuo gestionnaire alla DSDEN:"
    }

    fn ask_gestionnaire_email(&self) -> &'static str {
        "L’e-mail del tuo gestionnaire:"
    }

    fn optional_hint(&self) -> &'static str {
        "Facoltativo: lascia vuoto e premi Invio."
    }

    fn email_invalid(&self) -> &'static str {
        "Questo non è un indirizzo e-mail: assomiglia a nome@ac-aix-marseille.fr."
    }

    fn ics_written(&self, path: &str, events: usize) -> String {
        match events {
            1 => format!("1 scadenza scritta in {path}: importala nel tuo calendario."),
            n => format!("{n} scadenze scritte in {path}: importale nel tuo calendario."),
        }
    }

    fn sheet_written(&self, path: &str) -> String {
        format!("La scheda compilata è in {path}.")
    }

    fn transition_error(&self, error: &TransitionError) -> String {
        match error {
            TransitionError::AlreadyDone { step, on } => format!(
                "{} è già spuntato (fatto il {}).",
                It::quoted(*step),
                self.date(*on)
            ),
            TransitionError::Skipped { step } => format!(
                "{} non serve: hai già un numero definitivo.",
                It::quoted(*step)
            ),
            TransitionError::PreviousOpen { previous, .. } => format!(
                "Spunta prima {}: i passi vanno in ordine.",
                It::quoted(*previous)
            ),
            TransitionError::InFuture { on, .. } => format!(
                "Il {} è nel futuro: indica il giorno in cui è successo.",
                self.date(*on)
            ),
            TransitionError::BeforePrevious {
                on,
                previous,
                previous_on,
                ..
            } => format!(
                "Il {} viene prima di {} (fatto il {}): scegli quel giorno o uno successivo.",
                self.date(*on),
                It::quoted(*previous),
                self.date(*previous_on)
            ),
            TransitionError::NotDone { step } => {
                format!("{} non è spuntato.", It::quoted(*step))
            }
            TransitionError::LaterStepDone { later, .. } => format!(
                "Togli prima la spunta a {}: si può togliere solo l’ultima spunta.",
                It::quoted(*later)
            ),
            TransitionError::NoNumber { step } => format!(
                "{} non ha un numero: solo il NIA e il NIR.",
                It::quoted(*step)
            ),
            TransitionError::NumberBeforeTick { step } => {
                format!("Spunta {} prima di indicarne il numero.", It::quoted(*step))
            }
            TransitionError::AttestationDone => {
                "La tua attestation è già inviata: togli la spunta \
                                                 prima di cambiare la risposta sul numero \
                                                 definitivo."
                    .to_owned()
            }
        }
    }

    fn number_label(&self) -> &'static str {
        "Numero"
    }

    fn number_prompt(&self, step: Step) -> String {
        let which = match step {
            Step::Nir => "numero definitivo (NIR)",
            _ => "numero provvisorio (NIA)",
        };
        format!("Il tuo {which}, dalla lettera della CPAM:")
    }

    fn number_field_keys(&self) -> &'static str {
        "Invio conferma (vuoto: aggiungilo poi con n) · Esc annulla"
    }

    fn number_keys(&self) -> &'static str {
        "r mostra · y copia · n cambia"
    }

    fn no_number(&self, step: Step, open: bool) -> &'static str {
        match (step, open) {
            (Step::Ensap, _) => "non ancora: indica il tuo NIR al passo 3 (n)",
            (_, true) => "chiesto quando spunti questo passo",
            (_, false) => "non ancora indicato (tasto n)",
        }
    }

    fn number_saved(&self, step: Step) -> String {
        format!("Numero salvato per {}.", It::quoted(step))
    }

    fn number_note(&self, note: NumberNote) -> &'static str {
        match note {
            NumberNote::LooksProvisional => {
                "Questo numero inizia con 7 o 8, come uno provvisorio: verifica che sia il numero \
                 definitivo (NIR) della lettera della CPAM."
            }
            NumberNote::SameAsNia => {
                "È lo stesso numero del tuo NIA: può succedere, il numero provvisorio può \
                 diventare definitivo."
            }
        }
    }

    fn copied(&self, step: Step) -> &'static str {
        match step {
            Step::Nir => "Copiate le prime 13 cifre, per ameli.fr.",
            Step::Ensap => "Copiate tutte e 15 le cifre, per ENSAP.",
            _ => "Copiato il tuo numero provvisorio (NIA).",
        }
    }

    fn nothing_to_copy(&self) -> &'static str {
        "Questo passo non ha un numero da copiare."
    }

    fn no_number_yet(&self, step: Step) -> String {
        format!("Nessun numero ancora: premi n su {}.", It::quoted(step))
    }

    fn copy_failed(&self) -> &'static str {
        "Il terminale non ha accettato la copia."
    }

    fn numbers_tightened(&self, path: &str) -> String {
        format!("{path} era leggibile da altri; ora puoi leggerlo solo tu.")
    }

    fn number_error(&self, error: &NumberError) -> String {
        match error {
            NumberError::Empty => "Scrivi il numero della lettera della CPAM.".to_owned(),
            NumberError::Unexpected {
                position,
                character,
            } => format!(
                "Il carattere {position} («{character}») non può far parte di un numero: scrivi \
                 le cifre (spazi e punti vanno bene)."
            ),
            NumberError::MissingKey => "Solo 13 caratteri: manca la chiave di 2 cifre alla fine. \
                                        Scrivi tutti e 15 quelli della lettera."
                .to_owned(),
            NumberError::Length { length } => format!(
                "{length} caratteri: un numero di previdenza sociale ne ha 15 (13 cifre e una \
                 chiave di 2)."
            ),
            NumberError::Letter { position, letter } => format!(
                "Il carattere {position} è la lettera «{letter}» dove va una cifra (solo 2A o 2B, \
                 per la Corsica, ai caratteri 6–7)."
            ),
            NumberError::Sex { digit } => format!(
                "La prima cifra è {digit}: deve essere 1 o 2 (7 o 8 per un numero provvisorio)."
            ),
            NumberError::Month { month } => {
                format!("I caratteri 4–5 ({month}) non sono un mese di nascita: controllali.")
            }
            NumberError::Place { place } => format!(
                "«{place}» non è un luogo di nascita (caratteri 6–7: un dipartimento, 2A, 2B, 97, \
                 98, o 99 se sei nato/a all’estero)."
            ),
            NumberError::Order => {
                "I caratteri 11–13 non possono essere 000: controllali.".to_owned()
            }
            NumberError::Key => "La chiave (le ultime 2 cifre) non corrisponde alle altre: \
                                 probabilmente una cifra è sbagliata. Confronta con la lettera \
                                 della CPAM."
                .to_owned(),
        }
    }

    fn date_error(&self, error: &DateError) -> String {
        match error {
            DateError::Empty => "Scrivi una data, per esempio 02/10/2026.".to_owned(),
            DateError::Unreadable(text) => format!(
                "«{text}» non è una data: scrivila come GG/MM/AAAA, per esempio 02/10/2026."
            ),
            DateError::DoesNotExist { day, month, year } => {
                format!("Il {day:02}/{month:02}/{year} non esiste: controlla il giorno e il mese.")
            }
        }
    }

    fn store_error(&self, error: &StoreError) -> String {
        let untouched = "Non è stato modificato: `secu repair` lo mette da parte e tiene ciò che \
                         si può leggere.";
        match error {
            StoreError::NoConfigDir => "Nessuna cartella di configurazione per il tuo utente: \
                                        scegli un file con --file PERCORSO."
                .to_owned(),
            StoreError::Read { path, source } => {
                format!("Impossibile leggere {}: {source}.", shown_path(path))
            }
            StoreError::TooLarge { path, size } => format!(
                "{} pesa {size} byte: troppo per un file di avanzamento di secu. {untouched}",
                shown_path(path)
            ),
            StoreError::Parse {
                path,
                line,
                column,
                message,
            } => format!(
                "{} è danneggiato alla riga {line}, colonna {column} ({message}). {untouched}",
                shown_path(path)
            ),
            StoreError::Inconsistent { path, problem } => {
                let problem = match problem {
                    Inconsistency::DoneAfterOpen { step, previous } => format!(
                        "{} è fatto, ma {}, che viene prima, no",
                        It::quoted(*step),
                        It::quoted(*previous)
                    ),
                    Inconsistency::DatesOutOfOrder {
                        step,
                        on,
                        previous,
                        previous_on,
                    } => format!(
                        "{} è fatto il {}, prima di {} ({})",
                        It::quoted(*step),
                        self.date(*on),
                        It::quoted(*previous),
                        self.date(*previous_on)
                    ),
                };
                format!(
                    "{} non segue la procedura: {problem}. {untouched}",
                    shown_path(path)
                )
            }
            StoreError::NewerVersion { path, version } => format!(
                "{} è stato scritto da un secu più recente (versione {version}): aggiorna secu per \
                 modificarlo.",
                shown_path(path)
            ),
            StoreError::Write { path, source } => format!(
                "Impossibile scrivere {}: {source}. Non è cambiato nulla.",
                shown_path(path)
            ),
            StoreError::Locked { path } => format!(
                "Un altro secu sta modificando {}: non è cambiato nulla, riprova tra un momento.",
                shown_path(path)
            ),
        }
    }

    fn terminal_error(&self, error: &std::io::Error) -> String {
        format!(
            "La lista ha bisogno di un terminale ({error}); in uno script, usa `secu status` o \
             `secu done`."
        )
    }

    fn repair_no_file(&self, path: &str) -> String {
        format!("Niente da riparare: non c’è nessun file in {path}.")
    }

    fn repair_healthy(&self, path: &str) -> String {
        format!("Niente da riparare: {path} si legge bene. Non è stato modificato.")
    }

    fn repair_intro(&self, path: &str, aside: &str) -> [String; 2] {
        [
            format!(
                "Il file danneggiato è stato spostato in {aside} (non è stato cancellato nulla)."
            ),
            format!("Un nuovo {path} contiene ciò che si è potuto leggere:"),
        ]
    }

    fn repair_nothing_read(&self) -> &'static str {
        "non si è potuto leggere nulla; rispondi di nuovo alle domande con `secu`."
    }

    fn repair_kept(&self, kept: &Kept) -> String {
        let what = match kept {
            Kept::Profile(field) => format!("profile.{field}"),
            Kept::StepDate(step, on) => {
                format!("{} {}", It::quoted(*step), self.done_on(*on))
            }
            Kept::Number(step) => format!("il numero di {}", It::quoted(*step)),
            Kept::LastOpened => "la data dell’ultima apertura".to_owned(),
        };
        format!("tenuto: {what}")
    }

    fn repair_dropped(&self, dropped: &Dropped) -> String {
        let what = match dropped {
            Dropped::Field(field) => format!("{field}, illeggibile"),
            Dropped::OutOfOrder(step) => format!(
                "la data di {}, che rompeva l’ordine dei passi",
                It::quoted(*step)
            ),
        };
        format!("non tenuto: {what}")
    }

    fn newer_read_only(&self, version: u32) -> String {
        format!(
            "Questo file è stato scritto da un secu più recente (versione {version}): mostrato per \
             quanto questo lo capisce, e non modificato. Aggiorna secu per modificarlo."
        )
    }
}
