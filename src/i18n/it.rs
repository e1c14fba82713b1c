//! Italiano.

use pure_rust_locales::it_IT as locale;

use super::{
    Action, Help, KeyNames, Lang, Level, Need, Plural, ProfileLabels, SheetTranslation, Step,
    SubTask, Texts,
};

pub struct It;

impl Texts for It {
    fn lang(&self) -> Lang {
        Lang::It
    }

    fn months(&self) -> &'static [&'static str] {
        locale::LC_TIME::MON
    }

    fn months_short(&self) -> &'static [&'static str] {
        locale::LC_TIME::ABMON
    }

    fn first_day(&self) -> &'static str {
        "1º"
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
        format!("«{text}»")
    }

    fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}: {value}")
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

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Primary => "Scuola primaria (1er degré)",
            Level::Secondary => "Scuola secondaria (2nd degré)",
        }
    }

    fn dsden_unknown(&self) -> &'static str {
        "DSDEN del tuo dipartimento"
    }

    fn who_request_primary(&self, dsden: &str) -> String {
        format!("Il tuo gestionnaire presso la {dsden}, online. Verifica che sia fatta.")
    }

    fn who_request_secondary(&self) -> &'static str {
        "La segreteria della tua scuola, online. Verifica che sia fatta."
    }

    fn who_request_either(&self) -> &'static str {
        "Il tuo gestionnaire presso la DSDEN (1er degré) o la segreteria della tua scuola \
         (2nd degré)."
    }

    fn who_cpam(&self) -> &'static str {
        "La CPAM di Parigi, che gestisce la pratica di tutti gli assistenti di lingua, per lettera."
    }

    fn who_attestation_primary(&self, dsden: &str) -> String {
        format!("Tu: inviala al tuo gestionnaire presso la {dsden}.")
    }

    fn who_attestation_secondary(&self, email: &str) -> String {
        format!("Tu: inviala ad {email} (bureau des assistants, DIPE).")
    }

    fn who_ensap(&self) -> &'static str {
        "Tu, con il tuo numero di 15 cifre e una password scelta da te."
    }

    fn todo_request(&self) -> &'static str {
        "Chiedi se la «demande d’immatriculation» è stata inviata alla CPAM e spunta questo \
         passo con la data in cui è stata fatta."
    }

    fn todo_nia(&self) -> &'static str {
        "Annota il numero provvisorio indicato nella lettera della CPAM: va indicato \
         assolutamente per ogni rimborso. Con il solo NIA non c’è ancora la carte Vitale né \
         l’account ameli; vale 9 mesi."
    }

    fn todo_nir(&self) -> &'static str {
        "Crea il tuo account su ameli.fr (si accede con le prime 13 cifre) e scarica la tua \
         attestation de droits (PDF)."
    }

    fn todo_download_attestation(&self) -> &'static str {
        "Accedi ad ameli.fr con le prime 13 cifre del tuo numero (crea l’account se non ce \
         l’hai) e scarica la tua attestation de droits (PDF). Controlla che mostri una \
         copertura valida oggi; altrimenti chiedi al tuo gestionnaire: i diritti di un \
         soggiorno precedente potrebbero dover essere riaperti."
    }

    fn todo_attestation_primary(&self, dsden: &str) -> String {
        format!(
            "Invia il PDF della tua attestation de droits al tuo gestionnaire presso la {dsden}, \
             perché aggiornino la tua pratica."
        )
    }

    fn todo_attestation_secondary(&self, email: &str) -> String {
        format!(
            "Invia il PDF della tua attestation de droits ad {email}, perché aggiornino la tua \
             pratica."
        )
    }

    fn todo_ensap(&self) -> &'static str {
        "Crea il tuo account su ensap.gouv.fr con il tuo numero di 15 cifre e una password \
         scelta da te; poi accedi per consultare e scaricare le tue buste paga."
    }

    fn rule_two_weeks(&self, start: &str) -> String {
        format!("Due settimane dopo l’inizio del contratto ({start}).")
    }

    fn rule_on_arrival(&self, start: &str) -> String {
        format!(
            "Appena arrivi: due settimane dopo l’inizio del contratto ({start}), perché hai già \
             un numero definitivo."
        )
    }

    fn rule_nia(&self) -> &'static str {
        "Nessuna data fissa: arriva con la lettera della CPAM."
    }

    fn rule_nir(&self, due: &str, month: &str) -> String {
        format!(
            "Entro il {due}: la scheda chiede il numero definitivo prima di {month}, il terzo \
             mese del contratto."
        )
    }

    fn rule_attestation(&self, month: &str) -> String {
        format!("A {month}, il terzo mese del contratto.")
    }

    fn rule_ensap_sent(&self, month: &str, sent: &str) -> String {
        format!("A {month}, il mese dopo l’invio dell’attestation ({sent}).")
    }

    fn rule_ensap_open(&self, month: &str) -> String {
        format!(
            "A {month}, il mese dopo la scadenza dell’attestation; una volta inviata, il mese \
             dopo l’invio."
        )
    }

    fn usual_delay(&self) -> &'static str {
        "Di solito la CPAM lo invia entro 3 mesi dalla richiesta."
    }

    fn usual_delay_dated(&self, by: &str) -> String {
        format!("Di solito la CPAM lo invia entro 3 mesi dalla richiesta: entro il {by}.")
    }

    fn usual_delay_after_due(&self, by: &str, due: &str) -> String {
        format!(
            "La CPAM può metterci fino a 3 mesi dalla richiesta: il numero può arrivare anche il \
             {by}, dopo la data della scheda ({due}). Se il {due} non è arrivato, avvisa il tuo \
             gestionnaire e continua a dare il NIA per i rimborsi."
        )
    }

    fn advice_request_primary(&self, dsden: &str) -> String {
        format!(
            "Chiedi al tuo gestionnaire presso la {dsden} se la richiesta è stata inviata: prima non \
             si può andare avanti."
        )
    }

    fn advice_request_secondary(&self) -> &'static str {
        "Chiedi alla segreteria della tua scuola se la richiesta è stata inviata: prima non si \
         può andare avanti."
    }

    fn advice_nia_primary(&self, days: i64, dsden: &str) -> String {
        format!(
            "Nessuna lettera {days} giorni dopo la richiesta: chiedi al tuo gestionnaire presso la \
             {dsden} di verificare con la CPAM. Nel frattempo conserva tutte le ricevute \
             (feuilles de soins) per chiedere i rimborsi più tardi."
        )
    }

    fn advice_nia_secondary(&self, days: i64) -> String {
        format!(
            "Nessuna lettera {days} giorni dopo la richiesta: chiedi alla segreteria della tua \
             scuola di verificare con la CPAM. Nel frattempo conserva tutte le ricevute \
             (feuilles de soins) per chiedere i rimborsi più tardi."
        )
    }

    fn advice_nir_primary(&self, dsden: &str) -> String {
        format!(
            "Succede spesso: per chi è nato all’estero possono volerci fino a 9 mesi. Avvisa il \
             tuo gestionnaire presso la {dsden}, continua a indicare il tuo NIA per i rimborsi e \
             verifica che la CPAM abbia il tuo atto di nascita. Senza NIR non c’è l’account \
             ameli, quindi l’attestation aspetta."
        )
    }

    fn advice_nir_secondary(&self, email: &str) -> String {
        format!(
            "Succede spesso: per chi è nato all’estero possono volerci fino a 9 mesi. Avvisa il \
             bureau des assistants ({email}), continua a indicare il tuo NIA per i rimborsi e \
             verifica che la CPAM abbia il tuo atto di nascita. Senza NIR non c’è l’account \
             ameli, quindi l’attestation aspetta."
        )
    }

    fn advice_attestation(&self) -> &'static str {
        "Inviala appena ce l’hai: il tuo gestionnaire ne ha bisogno per aggiornare la tua \
         pratica, e le tue buste paga su ENSAP ne dipendono."
    }

    fn advice_ensap(&self) -> &'static str {
        "Crealo ora: le tue buste paga sono solo lì."
    }

    fn advice_waits(&self, step: &str) -> String {
        format!("Questo passo aspetta {step}, ancora aperto: lì trovi cosa fare ora.")
    }

    fn need(&self, need: Need) -> &'static str {
        match need {
            Need::NominationOrder => "Il tuo arrêté de nomination, firmato e timbrato.",
            Need::WorkContract => "Una copia del contratto di lavoro.",
            Need::FormS1106 => "Il modulo S1106 (demande d’ouverture des droits), su ameli.fr.",
            Need::IdentityDocument => {
                "Una copia del passaporto o della carta d’identità; fuori da UE, SEE e Svizzera, il passaporto con la pagina del visto."
            }
            Need::FullBirthCertificate => {
                "Una copia integrale e certificata del tuo atto di nascita (acte de naissance) con i nomi dei genitori, timbrata e firmata; fuori da UE, SEE e Svizzera, con la traduzione ufficiale in francese."
            }
            Need::MarriageCertificate => {
                "Se sei sposato o sposata: il certificato di matrimonio (anch’esso tradotto, fuori da UE, SEE e Svizzera)."
            }
            Need::ProofOfResidence => {
                "Un documento che attesti la residenza (una bolletta, un contratto d’affitto)."
            }
            Need::FrenchBankDetails => "Il RIB (IBAN) del tuo conto bancario francese.",
            Need::VisaOrPermit => {
                "Fuori da UE, SEE e Svizzera: una copia del visto o del permesso di soggiorno."
            }
            Need::ChildrenForms => {
                "Se hai figli: il modulo S3705, con i loro atti di nascita e i passaporti o le carte d’identità."
            }
            Need::BirthCertificate => {
                "Verifica che la CPAM abbia il tuo atto di nascita (acte de naissance): senza una copia valida, completa e leggibile non c’è numero definitivo."
            }
            Need::DefinitiveNumber => {
                "Il tuo numero definitivo: ameli.fr non accetta quello provvisorio (che inizia con 7 o \
         8) e si accede con le sue prime 13 cifre."
            }
            Need::AttestationPdf => {
                "La tua attestation de droits in PDF, scaricata dal tuo account ameli.fr."
            }
            Need::EnsapDetails => {
                "Il tuo numero di 15 cifre, la data di nascita, un indirizzo e-mail e le coordinate \
         bancarie (RIB, IBAN) del conto su cui ricevi lo stipendio."
            }
        }
    }

    fn done_on(&self, date: &str) -> String {
        format!("fatto il {date}")
    }

    fn not_needed(&self) -> &'static str {
        "non serve"
    }

    fn due_on(&self, date: &str) -> String {
        format!("entro il {date}")
    }

    fn no_fixed_date(&self) -> &'static str {
        "nessuna data fissa"
    }

    fn due_today(&self) -> &'static str {
        "scade oggi"
    }

    fn in_days(&self) -> Plural {
        Plural {
            one: "tra {n} giorno",
            other: "tra {n} giorni",
        }
    }

    fn days_late(&self) -> Plural {
        Plural {
            one: "{n} giorno di ritardo",
            other: "{n} giorni di ritardo",
        }
    }

    fn no_letter_for(&self) -> Plural {
        Plural {
            one: "{n} giorno senza lettera",
            other: "{n} giorni senza lettera",
        }
    }

    fn next_dated(&self, step: &str, due: &str, days: &str) -> String {
        format!("Prossimo: {step} — entro il {due} ({days})")
    }

    fn next_nia(&self, step: &str) -> String {
        format!("Prossimo: {step} — nessuna data fissa, arriva con la lettera della CPAM")
    }

    fn next_nia_then(&self, step: &str, then: &str, due: &str, days: &str) -> String {
        format!("Prossimo: {step} — senza data propria; «{then}» scade il {due} ({days})")
    }

    fn all_done(&self) -> &'static str {
        "Tutto fatto: la tua iscrizione è completa."
    }

    fn days_ago(&self) -> Plural {
        Plural {
            one: "{n} giorno",
            other: "{n} giorni",
        }
    }

    fn deadlines_passed(&self) -> Plural {
        Plural {
            one: "{n} scadenza passata da allora",
            other: "{n} scadenze passate da allora",
        }
    }

    fn done_since(&self) -> Plural {
        Plural {
            one: "{n} passo fatto da allora",
            other: "{n} passi fatti da allora",
        }
    }

    fn since_last_visit(&self, ago: &str, passed: &str) -> String {
        format!("Ultima apertura su questo computer {ago} fa; {passed}.")
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
            gestionnaire_email: "E-mail del gestionnaire:",
            title: "Firmi come:",
            civility: "Saluto:",
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

    fn progress_gauge(&self, done: usize, total: usize) -> String {
        format!("{done} di {total} fatti")
    }

    fn digits_hidden(&self, start: &str, hidden: usize, end: &str) -> String {
        format!("{start}, {hidden} cifre nascoste, {end}")
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

    fn usual_label(&self) -> &'static str {
        "Di solito"
    }

    fn late_label(&self) -> &'static str {
        "In ritardo"
    }

    fn needs_label(&self) -> &'static str {
        "Ti serve"
    }

    fn sheet_label(&self) -> &'static str {
        "Scheda"
    }

    fn sheet_translation(&self) -> Option<SheetTranslation> {
        Some(SheetTranslation {
            intro: "Durante il soggiorno hai un’assicurazione malattia gestita dalla Sécurité \
                    sociale. Come assistente di lingua devi assolutamente essere iscritto/a alla \
                    CPAM per ottenere un numero di previdenza sociale definitivo prima di \
                    dicembre. Ti servirà per chiedere il rimborso delle spese sanitarie e anche \
                    per consultare le tue buste paga sull’Espace Numérique Sécurisé de l’Agent \
                    Public, «ensap.gouv.fr».",
            already_registered: "Se hai già un numero definitivo, devi inviare al tuo \
                                 gestionnaire una copia della tua attestation de droits in PDF \
                                 (da scaricare da ameli.fr).",
            request_primary: "Richiesta di iscrizione online per aprire i miei diritti presso la \
                              CPAM: la fa il mio gestionnaire presso la DSDEN (1er degré)",
            request_secondary: "Richiesta di iscrizione online per aprire i miei diritti presso \
                                la CPAM: la fa la segreteria della mia scuola (2nd degré)",
            request_either: "Richiesta di iscrizione online per aprire i miei diritti presso la \
                             CPAM: la fa il mio gestionnaire presso la DSDEN (1er degré) o la \
                             segreteria della mia scuola (2nd degré)",
            nia: "La CPAM comunica il numero NIA (provvisorio): da indicare assolutamente per il \
                  rimborso delle mie spese",
            nir: "La CPAM comunica il numero NIR (definitivo): creo il mio account su AMELI.FR; \
                  scarico la mia attestation de droits",
            attestation_primary: "Invio una copia in PDF della mia attestation al mio \
                                  gestionnaire per l’aggiornamento della mia pratica: la DSDEN \
                                  (1er degré)",
            attestation_secondary: "Invio una copia in PDF della mia attestation al mio \
                                    gestionnaire per l’aggiornamento della mia pratica: \
                                    assistants-langues@ac-aix-marseille.fr (2nd degré)",
            attestation_either: "Invio una copia in PDF della mia attestation al mio \
                                 gestionnaire per l’aggiornamento della mia pratica",
            ensap: "Creo il mio account su ensap.gouv.fr con il mio numero di previdenza sociale \
                    di 15 cifre e una password scelta da me. Accedo e posso consultare e \
                    scaricare le mie buste paga",
        })
    }

    fn glossary_title(&self) -> &'static str {
        "Le parole francesi delle tue lettere"
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "CPAM",
                "Caisse primaire d’assurance maladie, la cassa malattia: la CPAM di Parigi iscrive tutti gli assistenti di lingua, ovunque lavorino.",
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
            (
                "Demande d’immatriculation",
                "La domanda di iscrizione alla Sécurité sociale, che la tua scuola invia alla CPAM.",
            ),
            (
                "Carte Vitale",
                "La tessera dell’assicurazione malattia; richiede il numero definitivo.",
            ),
            (
                "Rectorat",
                "La sede dell’académie; la sua DIPE gestisce gli assistenti delle scuole secondarie.",
            ),
            (
                "Académie",
                "L’autorità scolastica di una regione: qui Aix-Marseille, con quattro dipartimenti.",
            ),
            (
                "RIB",
                "Relevé d’identité bancaire: i dati (IBAN) del tuo conto francese, forniti dalla banca.",
            ),
            (
                "Arrêté de nomination",
                "Il documento che ti nomina assistente, firmato dall’académie.",
            ),
            (
                "S1106",
                "Il modulo perché l’assicurazione malattia apra la tua copertura (demande d’ouverture des droits), su ameli.fr.",
            ),
            (
                "Acte de naissance",
                "Il tuo atto di nascita: la CPAM chiede una copia integrale, con i nomi dei genitori.",
            ),
            ("Bulletin de paie", "La busta paga di ogni mese."),
            (
                "Feuille de soins",
                "Il modulo o la ricevuta delle cure pagate: conservalo per essere rimborsato/a.",
            ),
        ]
    }

    fn sheet_says(&self) -> &'static str {
        "Perché è importante, con le parole della scheda"
    }

    fn sheet_months_moved(&self, month: &str) -> String {
        format!(
            "I mesi della scheda valgono per un contratto che inizia a ottobre; il tuo inizia a \
             {month}, e la scadenza qui sopra li sposta di altrettanto."
        )
    }

    fn language_changed(&self) -> &'static str {
        "Italiano. Premi L per un’altra lingua."
    }

    fn help_title(&self) -> &'static str {
        "Tasti"
    }

    fn date_prompt(&self) -> &'static str {
        "Fatto in che giorno? (GG/MM/AAAA)"
    }

    fn confirm_untick(&self, step: &str, date: &str) -> String {
        format!("Togliere la spunta al passo {step} (fatto il {date})?")
    }

    fn ticked(&self, step: &str, date: &str) -> String {
        format!("Passo {step} spuntato, fatto il {date}.")
    }

    fn unticked(&self, step: &str) -> String {
        format!("Spunta tolta al passo {step}.")
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
        "Benvenuto/a! Qualche domanda per datare la tua lista; potrai cambiare le risposte poi \
         con s."
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

    fn ask_number(&self) -> &'static str {
        "Il tuo numero definitivo (15 caratteri), per ameli.fr ed ENSAP:"
    }

    fn ask_name(&self) -> &'static str {
        "Il tuo nome, come sul contratto (per l’e-mail al tuo gestionnaire):"
    }

    fn ask_school(&self) -> &'static str {
        "La tua scuola (nome e città):"
    }

    fn ask_title(&self) -> &'static str {
        "Nell’e-mail al tuo gestionnaire (in francese), sei:"
    }

    fn ask_civility(&self) -> &'static str {
        "Come deve salutare l’e-mail il tuo gestionnaire?"
    }

    fn leave_out(&self) -> &'static str {
        "Nessuno dei due: non scriverlo"
    }

    fn ask_gestionnaire_name(&self) -> &'static str {
        "Il nome del tuo gestionnaire presso la DSDEN:"
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

    fn number_label(&self) -> &'static str {
        "Numero"
    }

    fn number_prompt_nia(&self) -> &'static str {
        "Il tuo numero provvisorio (NIA), indicato nella lettera della CPAM:"
    }

    fn number_prompt_nir(&self) -> &'static str {
        "Il tuo numero definitivo (NIR), indicato nella lettera della CPAM:"
    }

    fn no_number_asked_at_tick(&self) -> &'static str {
        "chiesto quando spunti questo passo"
    }

    fn no_number_yet_press_n(&self) -> &'static str {
        "non ancora indicato (tasto n)"
    }

    fn no_number_give_nir(&self) -> &'static str {
        "non ancora: indica il tuo NIR al passo 3 (n)"
    }

    fn no_number_registered(&self) -> &'static str {
        "non ancora: indica il numero definitivo che hai con n"
    }

    fn number_saved(&self, step: &str) -> String {
        format!("Numero salvato per il passo {step}.")
    }

    fn looks_provisional(&self) -> &'static str {
        "Questo numero inizia con 7 o 8, come uno provvisorio: verifica che sia il numero \
         definitivo (NIR) indicato nella lettera della CPAM."
    }

    fn same_as_nia(&self) -> &'static str {
        "È lo stesso numero del tuo NIA: può succedere, il numero provvisorio può diventare \
         definitivo."
    }

    fn copied_nia(&self) -> &'static str {
        "Copiato il tuo numero provvisorio (NIA)."
    }

    fn copied_ameli(&self) -> &'static str {
        "Copiate le prime 13 cifre, per ameli.fr."
    }

    fn copied_ensap(&self) -> &'static str {
        "Copiate tutte e 15 le cifre, per ENSAP."
    }

    fn no_number_yet(&self, step: &str) -> String {
        format!("Nessun numero ancora: premi n sul passo {step}.")
    }

    fn copy_failed(&self) -> &'static str {
        "Il terminale non ha accettato la copia."
    }

    fn numbers_tightened(&self, path: &str) -> String {
        format!("{path} era leggibile da altri; ora puoi leggerlo solo tu.")
    }

    fn contact_label(&self) -> &'static str {
        "Contatto"
    }

    fn contact_bureau(&self, email: &str) -> String {
        format!("Bureau des assistants (DIPE), rectorat: {email}")
    }

    fn dsden_office(&self, department: &str) -> String {
        format!("la DSDEN {department}")
    }

    fn dsden_office_unknown(&self) -> &'static str {
        "la DSDEN"
    }

    fn contact_unknown(&self, office: &str) -> String {
        format!("Il tuo gestionnaire presso {office} (aggiungi nome ed e-mail con s)")
    }

    fn contact_named(&self, name: &str, office: &str) -> String {
        format!("{name}, {office}")
    }

    fn contact_someone(&self, office: &str) -> String {
        format!("Il tuo gestionnaire, {office}")
    }

    fn link_label(&self) -> &'static str {
        "Link"
    }

    fn link_opened(&self) -> &'static str {
        "Aperto nel tuo browser."
    }

    fn note_label(&self) -> &'static str {
        "Nota"
    }

    fn note_prompt(&self, step: &str) -> String {
        format!("La tua nota sul passo {step} (telefonate, riferimenti, prove):")
    }

    fn note_saved(&self, step: &str) -> String {
        format!("Nota salvata per il passo {step}.")
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

    fn pdf_not_found(&self) -> &'static str {
        "Non c’è nessun file in questo percorso."
    }

    fn pdf_folder(&self) -> &'static str {
        "È una cartella: indica il file PDF stesso."
    }

    fn pdf_unreadable(&self, why: &str) -> String {
        format!("Questo file non si può leggere ({why}).")
    }

    fn pdf_not_pdf(&self) -> &'static str {
        "Questo file non è un PDF: scarica l’attestation in PDF da ameli.fr."
    }

    fn task(&self, task: SubTask) -> &'static str {
        match task {
            SubTask::AmeliAccount => "Account creato su ameli.fr",
            SubTask::AttestationDownloaded => "Attestation de droits scaricata",
        }
    }

    fn mail_title(&self) -> &'static str {
        "E-mail al tuo gestionnaire"
    }

    fn mail_no_address(&self) -> &'static str {
        "L’e-mail del tuo gestionnaire non è ancora nota: aggiungila con s, o copia il testo \
         con y."
    }

    fn mail_opened(&self) -> &'static str {
        "L’e-mail è aperta nel tuo programma di posta."
    }

    fn mail_part_address(&self) -> &'static str {
        "l’indirizzo"
    }

    fn mail_part_subject(&self) -> &'static str {
        "l’oggetto"
    }

    fn mail_part_body(&self) -> &'static str {
        "il testo"
    }

    fn mail_part_all(&self) -> &'static str {
        "tutto, con le etichette"
    }

    fn mail_part_copied(&self, part: &str) -> String {
        format!("{part}: copiato, incollalo nella tua webmail.")
    }

    fn mail_attach(&self) -> &'static str {
        "Allega tu il PDF dell’attestation: un’e-mail aperta o copiata da qui non può contenerlo."
    }

    fn mail_no_name(&self) -> &'static str {
        "Il tuo nome non è indicato: sostituisci [NOM Prénom] prima di inviare."
    }

    fn timeline_title(&self) -> &'static str {
        "Anno scolastico"
    }

    fn timeline_legend(&self) -> &'static str {
        "◆ scadenza · ✓ fatto · │ oggi"
    }

    fn ics_written(&self) -> Plural {
        Plural {
            one: "{n} scadenza scritta in {path}: importa il file nel tuo calendario.",
            other: "{n} scadenze scritte in {path}: importa il file nel tuo calendario.",
        }
    }

    fn overdue_since(&self, step: &str, due: &str) -> String {
        format!("{step} — in ritardo dal {due}")
    }

    fn sheet_written(&self, path: &str) -> String {
        format!("La scheda compilata è in {path}.")
    }

    fn already_done(&self, step: &str, date: &str) -> String {
        format!("Il passo {step} è già spuntato (fatto il {date}).")
    }

    fn skipped_step(&self, step: &str) -> String {
        format!("Il passo {step} non serve: hai già un numero definitivo.")
    }

    fn previous_open(&self, previous: &str) -> String {
        format!("Spunta prima il passo {previous}: i passi vanno in ordine.")
    }

    fn in_future(&self, date: &str) -> String {
        format!("Il {date} è nel futuro: indica il giorno in cui è successo.")
    }

    fn before_previous(&self, date: &str, previous: &str, previous_date: &str) -> String {
        format!(
            "Il {date} viene prima del passo {previous} (fatto il {previous_date}): scegli quel \
             giorno o uno successivo."
        )
    }

    fn after_next(&self, date: &str, next: &str, next_date: &str) -> String {
        format!(
            "Il {date} viene dopo il passo {next} (fatto il {next_date}): scegli quel giorno o \
             uno precedente."
        )
    }

    fn not_ticked(&self, step: &str) -> String {
        format!("Il passo {step} non è spuntato.")
    }

    fn later_done(&self, later: &str) -> String {
        format!("Togli prima la spunta al passo {later}: si può togliere solo l’ultima spunta.")
    }

    fn has_no_number(&self, step: &str) -> String {
        format!("Il passo {step} non ha un numero: solo il NIA e il NIR.")
    }

    fn number_before_tick(&self, step: &str) -> String {
        format!("Spunta il passo {step} prima di indicarne il numero.")
    }

    fn attestation_done(&self) -> &'static str {
        "La tua attestation è già inviata: togli la spunta prima di cambiare la risposta sul \
         numero definitivo."
    }

    fn task_before_number(&self, task: &str, step: &str) -> String {
        format!(
            "{task} aspetta il numero definitivo, l’unico che ameli.fr accetta: spunta {step} \
             quando arriva la lettera."
        )
    }

    fn task_before_account(&self, task: &str) -> String {
        format!("L’attestation si scarica dal tuo account ameli.fr: spunta prima {task}.")
    }

    fn start_out_of_range(&self, year: i32) -> String {
        format!("Un contratto non può iniziare nel {year}: indica una data dal 2000 al 2100.")
    }

    fn note_too_long(&self, max: usize) -> String {
        format!("La nota è troppo lunga: al massimo {max} caratteri.")
    }

    fn note_count(&self, count: usize, max: usize) -> String {
        format!("{count}/{max} caratteri: accorcia la nota per salvarla.")
    }

    fn text_too_long(&self, max: usize) -> String {
        format!("È troppo lungo: al massimo {max} caratteri.")
    }

    fn path_too_long(&self, max: usize) -> String {
        format!("Il percorso è troppo lungo: al massimo {max} byte.")
    }

    fn number_empty(&self) -> &'static str {
        "Scrivi il numero indicato nella lettera della CPAM."
    }

    fn number_unexpected(&self, position: usize, character: &str) -> String {
        format!(
            "Il carattere {position} («{character}») non può far parte di un numero: scrivi le \
             cifre (spazi, punti e trattini vanno bene)."
        )
    }

    fn number_missing_key(&self) -> &'static str {
        "Solo 13 caratteri: manca la chiave di 2 cifre alla fine. Scrivi tutti e 15 quelli \
         indicati nella lettera."
    }

    fn number_length(&self, length: usize) -> String {
        format!(
            "{length} caratteri: un numero di previdenza sociale ne ha 15 (13 cifre e una chiave \
             di 2)."
        )
    }

    fn number_letter(&self, position: usize, letter: char) -> String {
        format!(
            "Il carattere {position} è la lettera «{letter}» dove va una cifra (solo 2A o 2B, per \
             la Corsica, ai caratteri 6–7)."
        )
    }

    fn number_sex(&self, digit: char) -> String {
        format!("La prima cifra è {digit}: deve essere 1 o 2 (7 o 8 per un numero provvisorio).")
    }

    fn number_month(&self, month: &str) -> String {
        format!("I caratteri 4–5 ({month}) non sono un mese di nascita: controllali.")
    }

    fn number_place(&self, place: &str) -> String {
        format!(
            "«{place}» non è un luogo di nascita (caratteri 6–7: un dipartimento, 2A, 2B, 97, \
             98, o 99 se sei nato/a all’estero)."
        )
    }

    fn number_order(&self) -> &'static str {
        "I caratteri 11–13 non possono essere 000: controllali."
    }

    fn number_key(&self) -> &'static str {
        "La chiave (le ultime 2 cifre) non corrisponde alle altre: probabilmente una cifra è \
         sbagliata. Confronta con la lettera della CPAM."
    }

    fn date_empty(&self) -> &'static str {
        "Scrivi una data, per esempio 02/10/2026."
    }

    fn date_unreadable(&self, text: &str) -> String {
        format!("«{text}» non è una data: scrivila come GG/MM/AAAA, per esempio 02/10/2026.")
    }

    fn date_does_not_exist(&self, date: &str) -> String {
        format!("Il {date} non esiste: controlla il giorno e il mese.")
    }

    fn date_out_of_range(&self, year: i32) -> String {
        format!("Il {year} non è un anno che secu accetta: indica una data dal 2000 al 2100.")
    }

    fn no_config_dir(&self) -> &'static str {
        "Nessuna cartella di configurazione per il tuo utente: scegli un file con --file \
         PERCORSO."
    }

    fn cannot_read(&self, path: &str, why: &str) -> String {
        format!("Impossibile leggere {path}: {why}.")
    }

    fn too_large(&self, path: &str, size: u64) -> String {
        format!("{path} pesa {size} byte: troppo per un file di avanzamento di secu.")
    }

    fn damaged(&self, path: &str, line: usize, column: usize, what: &str) -> String {
        format!("{path} è danneggiato alla riga {line}, colonna {column} ({what}).")
    }

    fn not_json(&self) -> &'static str {
        "non è JSON valido"
    }

    fn bad_value(&self, field: &str) -> String {
        format!("il valore di {field} non si può leggere")
    }

    fn inconsistent(&self, path: &str, problem: &str) -> String {
        format!("{path} non segue la procedura: {problem}.")
    }

    fn left_as_is(&self) -> &'static str {
        "Non è stato modificato: `secu repair` lo mette da parte e tiene ciò che si può leggere."
    }

    fn done_after_open(&self, step: &str, previous: &str) -> String {
        format!("il passo {step} è fatto, ma il passo {previous}, che viene prima, no")
    }

    fn dates_out_of_order(
        &self,
        step: &str,
        date: &str,
        previous: &str,
        previous_date: &str,
    ) -> String {
        format!("il passo {step} è fatto il {date}, prima del passo {previous} ({previous_date})")
    }

    fn dates_out_of_range(&self) -> &'static str {
        "una data non è compresa tra il 2000 e il 2100"
    }

    fn note_too_long_in_file(&self, step: &str) -> String {
        format!("la nota del passo {step} è più lunga di quanto secu conserva")
    }

    fn invalid_number_in_file(&self, step: &str, why: &str) -> String {
        format!("il numero del passo {step} non è valido. {why}")
    }

    fn newer_version(&self, path: &str, version: u32) -> String {
        format!(
            "{path} è stato scritto da un secu più recente (versione {version}): aggiorna secu \
             per modificarlo."
        )
    }

    fn cannot_write(&self, path: &str, why: &str) -> String {
        format!("Impossibile scrivere {path}: {why}. Non è cambiato nulla.")
    }

    fn locked(&self, path: &str) -> String {
        format!(
            "Un altro secu sta modificando {path}: non è cambiato nulla, riprova tra un momento."
        )
    }

    fn terminal_error(&self, why: &str) -> String {
        format!(
            "La lista ha bisogno di un terminale ({why}); in uno script, usa `secu status` o \
             `secu done`."
        )
    }

    fn repair_no_file(&self, path: &str) -> String {
        format!("Niente da riparare: non c’è nessun file in {path}.")
    }

    fn repair_healthy(&self, path: &str) -> String {
        format!("Niente da riparare: {path} si legge bene. Non è stato modificato.")
    }

    fn repair_moved(&self, aside: &str) -> String {
        format!("Il file danneggiato è stato spostato in {aside} (non è stato cancellato nulla).")
    }

    fn repair_new_file(&self, path: &str) -> String {
        format!("Un nuovo {path} contiene ciò che si è potuto leggere:")
    }

    fn repair_nothing_read(&self) -> &'static str {
        "non si è potuto leggere nulla; rispondi di nuovo alle domande con `secu`."
    }

    fn repair_kept(&self, what: &str) -> String {
        format!("tenuto: {what}")
    }

    fn repair_dropped(&self, what: &str) -> String {
        format!("non tenuto: {what}")
    }

    fn kept_number(&self, step: &str) -> String {
        format!("il numero del passo {step}")
    }

    fn kept_last_opened(&self) -> &'static str {
        "la data dell’ultima apertura"
    }

    fn dropped_unreadable(&self, field: &str) -> String {
        format!("{field}, illeggibile")
    }

    fn dropped_out_of_order(&self, step: &str) -> String {
        format!("la data del passo {step}, che rompeva l’ordine dei passi")
    }

    fn newer_read_only(&self, version: u32) -> String {
        format!(
            "Questo file è stato scritto da un secu più recente (versione {version}): mostrato \
             per quanto questo lo capisce, e non modificato. Aggiorna secu per modificarlo."
        )
    }

    fn dropped_cut(&self, field: &str, max: usize) -> String {
        format!("{field} in parte: i primi {max} caratteri")
    }

    fn cannot_keep(&self, path: &str) -> String {
        format!(
            "{path} contiene dati troppo annidati perché secu li conservi interi salvando: non è cambiato nulla."
        )
    }

    fn no_deadline_passed(&self) -> &'static str {
        "nessuna scadenza passata da allora"
    }

    fn give_number_later(&self) -> &'static str {
        "Indica il numero definitivo che hai con `secu setup --number NUMERO` (o n nella lista): ameli.fr ed ENSAP lo chiedono."
    }

    fn broken_link(&self, link: &str, target: &str) -> String {
        format!(
            "{link} è un collegamento a {target}, che non esiste: crea quella cartella o elimina il collegamento. Non è cambiato nulla."
        )
    }

    fn time_zone_set_aside(&self, tz: &str) -> String {
        format!("TZ={tz} non è un file di fuso orario: si usa il fuso orario del sistema.")
    }

    fn output_lost(&self, why: &str) -> String {
        format!("Non è stato possibile scrivere parte dell’output: {why}.")
    }

    fn changed_meanwhile(&self, now: &str) -> String {
        format!(
            "Un altro secu ha salvato questo mentre scrivevi; ora è: {now}. Salva di nuovo per mettere il tuo al suo posto, o Esc per tenerlo."
        )
    }

    fn profile_changed_meanwhile(&self) -> &'static str {
        "Un altro secu ha cambiato queste risposte mentre scrivevi. Le tue sono ancora qui: salva di nuovo per applicarle, o Esc per tenere quelle del file."
    }

    fn note_merged(&self) -> &'static str {
        "Un altro secu ha salvato una nota diversa mentre scrivevi: il suo testo è per primo, il tuo dopo. Tieni ciò che vuoi e salva di nuovo, o Esc per tenere solo l’altra."
    }

    fn meanwhile_nothing(&self) -> &'static str {
        "niente"
    }

    fn nothing_to_export(&self) -> &'static str {
        "Niente da esportare: nessun passo aperto ha una scadenza (sono tutti fatti o non necessari). Nessun file è stato scritto."
    }

    fn calendar_stale(&self, how: &str) -> String {
        format!(
            "Il tuo calendario ha ancora il promemoria di questo passo: esporta di nuovo il calendario ({how}) e importalo."
        )
    }

    fn ics_cancelled(&self) -> Plural {
        Plural {
            one: "Anche il passo fatto è nel file, annullato: un calendario che lo aveva già importato ne toglie il promemoria.",
            other: "Anche i {n} passi fatti sono nel file, annullati: un calendario che li aveva già importati ne toglie i promemoria.",
        }
    }

    fn mail_no_address_cli(&self) -> &'static str {
        "L’e-mail del tuo gestionnaire non è ancora nota: indicala con secu setup --gestionnaire-email INDIRIZZO."
    }

    fn not_a_file(&self, path: &str) -> String {
        format!(
            "Impossibile leggere {path}: non è un file (una cartella, un dispositivo o una pipe); scegli un file di avanzamento con --file PERCORSO."
        )
    }

    fn could_not_tighten(&self, path: &str, why: &str) -> String {
        format!(
            "{path} è leggibile da altri e non si è potuto renderlo privato ({why}): contiene i tuoi numeri, spostalo dove solo tu puoi leggerlo."
        )
    }

    fn redated(&self, step: &str, date: &str, was: &str) -> String {
        format!("Data del passo {step} corretta: fatto il {date} (prima {was}).")
    }

    fn before_start(&self, start: &str) -> String {
        format!(
            "Quel giorno è prima dell’inizio del contratto ({start}): una scuola può muoversi in anticipo, ma controlla la data."
        )
    }

    fn start_written(&self, start: &str) -> String {
        format!(
            "Inizio del contratto registrato: {start}, il 1º ottobre di quest’anno scolastico. Se il tuo è un altro giorno, indicalo con secu setup --start DATA."
        )
    }

    fn same_school_year(&self, year: &str, from: &str) -> String {
        format!(
            "L’anno scolastico {year} è ancora in corso: un nuovo anno può iniziare dal {from}, oppure indica con --start DATA un inizio di contratto in un anno scolastico successivo."
        )
    }

    fn new_year_kept(&self, year: &str, path: &str, start: &str) -> String {
        format!("L’anno scolastico {year} è conservato in {path}. Il nuovo inizia il {start}.")
    }

    fn new_year_registered(&self) -> &'static str {
        "Il tuo numero definitivo è conservato: i passi presso la CPAM sono alle spalle, e ora vengono l’attestation ed ENSAP."
    }

    fn new_year_again(&self) -> &'static str {
        "Nessun numero definitivo era registrato: la procedura ricomincia dalla richiesta."
    }

    fn new_year_notice(&self, year: &str) -> String {
        format!(
            "Il contratto {year} è finito: secu new-year mette da parte il file di quest’anno e inizia il successivo."
        )
    }

    fn clock_behind(&self, today: &str, latest: &str) -> String {
        format!(
            "L’orologio di questo computer indica il {today}, prima di una data già registrata ({latest}): controlla l’orologio. Nel frattempo sono accettate date fino al {latest}."
        )
    }

    fn lang_invalid(&self, value: &str) -> String {
        format!("SECU_LANG={value} non è una lingua che secu parla: usa en, fr, es, de o it.")
    }

    fn export_over_progress(&self, path: &str) -> String {
        format!("{path} è il tuo file di avanzamento: scrivi l’esportazione in un altro file.")
    }

    #[allow(clippy::too_many_lines, reason = "a table: one line for each action")]
    fn action(&self, action: Action) -> (&'static str, &'static str) {
        match action {
            Action::Up => ("sposta", "su: il passo sopra, la riga sopra o il testo"),
            Action::Down => ("giù", "giù: il passo sotto, la riga sotto o il testo"),
            Action::ScrollUp => (
                "pagina su",
                "scorrere i dettagli o il testo di una pagina in su",
            ),
            Action::ScrollDown => (
                "pagina giù",
                "scorrere i dettagli o il testo di una pagina in giù",
            ),
            Action::Tick => (
                "spunta",
                "spuntare il passo: si apre un campo con la data di oggi",
            ),
            Action::Redate => (
                "correggi data",
                "correggere la data di un passo spuntato, gli altri restano spuntati",
            ),
            Action::Untick => (
                "togli",
                "togliere la spunta all’ultimo passo spuntato, dopo una domanda",
            ),
            Action::Number => (
                "numero",
                "indicare o correggere il numero (NIA, NIR; su ENSAP, il NIR)",
            ),
            Action::Reveal => ("mostra", "mostrare il numero intero, finché non ti sposti"),
            Action::Copy => (
                "copia",
                "copiare il numero come lo vuole il sito del passo, l’indirizzo del passo, o il testo dell’e-mail",
            ),
            Action::Open => (
                "apri",
                "aprire la pagina del passo, o l’e-mail nel programma di posta",
            ),
            Action::Mail => ("e-mail", "sull’attestation: l’e-mail al tuo gestionnaire"),
            Action::Note => (
                "nota",
                "scrivere una nota sul passo (telefonate, riferimenti, prove)",
            ),
            Action::Pdf => (
                "PDF",
                "sull’attestation: tenere il percorso del PDF inviato",
            ),
            Action::Task1 => (
                "compito 1",
                "spuntare il primo piccolo compito: account creato su ameli.fr",
            ),
            Action::Task2 => (
                "compito 2",
                "spuntare il secondo piccolo compito: attestation scaricata",
            ),
            Action::Timeline => (
                "linea del tempo",
                "la linea del tempo dei mesi del tuo contratto",
            ),
            Action::Export => (
                "esporta",
                "salvare il calendario (.ics) o la scheda compilata in Download",
            ),
            Action::Setup => ("profilo", "vedere e cambiare le tue risposte"),
            Action::Glossary => ("parole", "le parole francesi delle tue lettere, spiegate"),
            Action::Language => ("lingua", "passare alla lingua successiva (viene salvata)"),
            Action::Help => ("aiuto", "questo aiuto"),
            Action::WholeMessage => (
                "messaggio intero",
                "leggere per intero il messaggio in basso quando è stato accorciato",
            ),
            Action::Back => ("indietro", "tornare alla domanda precedente"),
            Action::Close => (
                "chiudi",
                "chiudere ciò che è aperto: una domanda, un campo, una vista (non esce mai)",
            ),
            Action::Quit => ("esci", "uscire (tutto è già salvato)"),
            Action::Interrupt => (
                "esci",
                "uscire da qualsiasi punto (chiede prima se un testo scritto andrebbe perso)",
            ),
            Action::Suspend => (
                "pausa",
                "mettere secu in pausa e tornare alla shell; fg lo riporta com’era",
            ),
            Action::Yes => ("sì", "rispondere sì"),
            Action::No => ("no", "rispondere no"),
            Action::First => ("primo", "scegliere il primo"),
            Action::Second => ("secondo", "scegliere il secondo"),
            Action::Third => ("terzo", "scegliere il terzo"),
            Action::Fourth => ("quarto", "scegliere il quarto"),
            Action::Submit => ("conferma", "confermare ciò che è stato scritto o scelto"),
            Action::Save => ("salva", "salvare la nota"),
            Action::NewLine => ("nuova riga", "cominciare una nuova riga"),
            Action::Left => ("sinistra", "spostare il cursore a sinistra"),
            Action::Right => ("destra", "spostare il cursore a destra"),
            Action::Home => ("inizio", "all’inizio della riga"),
            Action::End => ("fine", "alla fine della riga"),
            Action::Backspace => ("cancella", "cancellare il carattere prima del cursore"),
            Action::Delete => ("elimina", "eliminare il carattere sotto il cursore"),
            Action::DeleteToStart => ("svuota", "cancellare tutto ciò che precede il cursore"),
            Action::DeleteWord => ("cancella parola", "cancellare la parola prima del cursore"),
        }
    }

    fn key_names(&self) -> KeyNames {
        KeyNames {
            space: "Spazio",
            enter: "Invio",
            esc: "Esc",
            backspace: "Backspace",
            delete: "Canc",
            page_up: "PagSu",
            page_down: "PagGiù",
            home: "Inizio",
            end: "Fine",
            ctrl: "Ctrl",
        }
    }

    fn already_ticked(&self, step: &str, date: &str, redate: &str, untick: &str) -> String {
        format!(
            "Il passo {step} è già spuntato ({date}): {redate} corregge la data, {untick} toglie la spunta."
        )
    }

    fn only_when_ticked(&self, key: &str) -> String {
        format!("{key} corregge la data di un passo spuntato: questo non lo è.")
    }

    fn untick_which(&self, key: &str, last: &str) -> String {
        format!("{key} toglie la spunta all’ultimo passo spuntato: {last}.")
    }

    fn nothing_ticked(&self, key: &str) -> String {
        format!("{key} toglie l’ultima spunta: nessun passo è ancora spuntato.")
    }

    fn only_with_number(&self, key: &str) -> String {
        format!("{key} agisce su un numero: solo sui passi NIA, NIR ed ENSAP.")
    }

    fn only_on(&self, key: &str, step: &str) -> String {
        format!("{key}: solo sul passo {step}.")
    }

    fn no_whole_message(&self, key: &str) -> String {
        format!("{key} mostra intero l’ultimo messaggio quando è stato accorciato: non ce n’è.")
    }

    fn esc_in_list(&self, quit: &str) -> String {
        format!("Niente da chiudere qui: {quit} per uscire.")
    }

    fn timeline_inert(&self, key: &str, back: &str) -> String {
        format!("{key} agisce sulla lista: {back} per tornarci.")
    }

    fn nothing_here(&self, key: &str, help: &str) -> String {
        format!("{key} qui non fa nulla: {help} mostra i tasti.")
    }

    fn esc_first_question(&self, quit: &str) -> String {
        format!("È la prima domanda: {quit} esce senza salvare nulla.")
    }

    fn exported(&self, path: &str) -> String {
        format!("Salvato in {path}.")
    }

    fn confirm_discard(&self) -> &'static str {
        "Scartare le modifiche?"
    }

    fn confirm_quit_discard(&self) -> &'static str {
        "Uscire e scartare ciò che hai scritto?"
    }

    fn redate_prompt(&self) -> &'static str {
        "La data giusta? (GG/MM/AAAA) I passi seguenti restano spuntati."
    }

    fn number_kept_hint(&self) -> &'static str {
        "Invio tiene il numero mostrato; scrivi per sostituirlo."
    }

    fn number_later_hint(&self) -> &'static str {
        "Vuoto: Invio spunta il passo, e il numero si potrà dare più tardi."
    }

    fn answers_title(&self) -> &'static str {
        "Le tue risposte"
    }

    fn export_title(&self) -> &'static str {
        "Esporta in Download"
    }

    fn export_calendar(&self) -> &'static str {
        "il calendario delle scadenze (.ics), per il telefono"
    }

    fn export_sheet(&self) -> &'static str {
        "la scheda dell’académie, compilata (.md)"
    }

    fn more_below(&self) -> &'static str {
        "continua sotto"
    }

    fn export_failed(&self, path: &str, why: &str) -> String {
        format!("Impossibile salvare {path}: {why}. Non è stato scritto nulla.")
    }

    fn help_headings(&self) -> [&'static str; 4] {
        [
            "Nella lista",
            "Nella linea del tempo",
            "In un campo di testo",
            "Nella nota",
        ]
    }

    fn no_downloads(&self) -> &'static str {
        "Nessuna cartella Download né cartella personale trovata: usa secu export ics -o FILE da un terminale."
    }

    fn nothing_here_close(&self, key: &str, close: &str) -> String {
        format!("{key} qui non fa nulla: {close} per chiudere.")
    }

    fn dumb_terminal(&self) -> &'static str {
        "Questo terminale (TERM=dumb) non può mostrare la lista: usa secu status per vederla e secu done PASSO per spuntare un passo."
    }

    fn not_a_terminal(&self) -> &'static str {
        "Questo non è un terminale (l’input o l’output standard è rediretto): la lista ne ha bisogno. secu status la stampa."
    }

    fn pdf_not_text(&self, path: &str) -> String {
        format!(
            "{path}: questo percorso non è testo UTF-8 valido, quindi il file di avanzamento non può conservarlo. Rinomina il file (o la sua cartella) e indicalo di nuovo."
        )
    }

    fn sent_to_terminal(&self) -> &'static str {
        "Inviato agli appunti del terminale e mostrato qui sopra: se non arriva nulla, il terminale non lo consente; selezionalo con il mouse (tenendo Maiusc mentre secu usa il mouse)."
    }

    fn no_browser(&self) -> &'static str {
        "Qui non è stato aperto nessun browser (via SSH, o senza schermo grafico)."
    }

    fn address_copied(&self) -> &'static str {
        "Qui non si può aprire nessun browser: l’indirizzo è copiato."
    }

    fn address_copied_here(&self) -> &'static str {
        "L’indirizzo del passo è copiato."
    }

    fn mail_not_opened(&self, copy: &str) -> String {
        format!(
            "Qui non si può aprire nessun programma di posta (via SSH, o senza schermo grafico): {copy} copia il testo per una webmail."
        )
    }

    fn calendar_hint(&self) -> &'static str {
        "Aprilo, o invialo a te stesso per e-mail: i telefoni aggiungono i file .ics al calendario."
    }

    fn exported_remote(&self, command: &str) -> String {
        format!("Salvato sul server a cui sei collegato; recuperalo con: {command}")
    }

    #[allow(clippy::too_many_lines, reason = "a table: one line for each place")]
    fn help(&self, help: Help) -> &'static str {
        match help {
            Help::About => {
                "La lista della Sécurité sociale per gli assistenti di lingua dell’académie d’Aix-Marseille."
            }
            Help::LongAbout => {
                "La lista della Sécurité sociale per gli assistenti di lingua dell’académie d’Aix-Marseille.\n\nSenza comando apre la lista nel terminale; la prima volta fa le domande del profilo."
            }
            Help::Usage => "Uso:",
            Help::Options => "Opzioni",
            Help::Arguments => "Argomenti",
            Help::Commands => "Comandi",
            Help::Help => "Mostra l’aiuto",
            Help::Version => "Mostra la versione",
            Help::ValueOptions => "OPZIONI",
            Help::ValueTitle => "TITOLO",
            Help::ValueCivility => "APPELLATIVO",
            Help::ValueCommand => "COMANDO",
            Help::ValueBool => "BOOLEANO",
            Help::ValueCode => "CODICE",
            Help::ValueDate => "DATA",
            Help::ValueEmail => "E-MAIL",
            Help::ValueFile => "FILE",
            Help::ValueLevel => "LIVELLO",
            Help::ValueName => "NOME",
            Help::ValueNumber => "NUMERO",
            Help::ValuePath => "PERCORSO",
            Help::ValueSchool => "SCUOLA",
            Help::ValueShell => "SHELL",
            Help::ValueStep => "PASSO",
            Help::ValueTask => "COMPITO",
            Help::ValueText => "TESTO",
            Help::File => {
                "Il file di avanzamento (env SECU_FILE) [predefinito: <cartella di config>/secu/progress.json]"
            }
            Help::Lang => {
                "Lingua: en, fr, es, de o it (env SECU_LANG) [predefinito: la scelta salvata, altrimenti la lingua del sistema, altrimenti en]"
            }
            Help::Today => {
                "Prendere DATA come oggi, per vedere le scadenze in anticipo: GG/MM/AAAA, AAAA-MM-GG o \"today\" (env SECU_TODAY)"
            }
            Help::Plain => {
                "Parole invece di simboli che si leggono male ad alta voce, per i lettori di schermo (env SECU_PLAIN)"
            }
            Help::Status => "Mostra i passi, le loro date e cosa viene dopo",
            Help::StatusJson => "Stampa invece un oggetto JSON (descritto nel README)",
            Help::StatusShowNumbers | Help::ShowShowNumbers => {
                "Mostra i numeri di previdenza sociale per intero invece che mascherati"
            }
            Help::Show => {
                "Mostrare i dettagli di un passo in righe con etichetta: quando, cosa fare, cosa serve, chi, link"
            }
            Help::ShowStep => "Il passo: request, nia, nir, attestation o ensap",
            Help::Setup => "Cambia il profilo; senza opzioni, lo mostra",
            Help::SetupLevel => "primary (1er degré) o secondary (2nd degré)",
            Help::SetupDepartment => "Il dipartimento della tua scuola: 04, 05, 13 o 84",
            Help::SetupStart => "Il primo giorno del tuo contratto",
            Help::SetupAlreadyRegistered => {
                "Hai già un numero definitivo: i passi della CPAM sono saltati (--already-registered=false per annullare)"
            }
            Help::SetupName => {
                "Il tuo nome, per l’e-mail al tuo gestionnaire (\"\" per cancellarlo)"
            }
            Help::SetupSchool => "La tua scuola, per la stessa e-mail (\"\" per cancellarla)",
            Help::SetupTitle => {
                "Come ti chiama l’e-mail: assistant o assistante (none per non scriverlo)"
            }
            Help::SetupGestionnaireCivility => {
                "Come l’e-mail saluta il tuo gestionnaire: madame o monsieur (none: «Madame, Monsieur,»)"
            }
            Help::SetupGestionnaireName => {
                "Il nome del tuo gestionnaire presso la DSDEN (\"\" per cancellarlo)"
            }
            Help::SetupGestionnaireEmail => "L’e-mail del tuo gestionnaire (\"\" per cancellarla)",
            Help::SetupNumber => {
                "Il numero definitivo che hai già, per ameli.fr ed ENSAP (con --already-registered)"
            }
            Help::Done => "Spunta un passo (su un passo spuntato: ne corregge la data)",
            Help::DoneStep => "request, nia, nir, attestation o ensap",
            Help::DoneOn => "Il giorno in cui è stato fatto [predefinito: oggi]",
            Help::DoneNumber => "Il numero sulla lettera della CPAM, per nia e nir",
            Help::Number => "Indica o correggi il numero di un passo spuntato (nia o nir)",
            Help::NumberStep => "nia o nir",
            Help::NumberNumber => {
                "Il numero sulla lettera della CPAM; spazi, punti e trattini vanno bene"
            }
            Help::Undo => "Togli la spunta all’ultimo passo spuntato",
            Help::UndoStep => "request, nia, nir, attestation o ensap",
            Help::Repair => {
                "Metti da parte un file di avanzamento danneggiato e conserva ciò che se ne può leggere"
            }
            Help::Note => "Scrivi una nota su un passo (\"\" la cancella)",
            Help::NoteStep => "request, nia, nir, attestation o ensap",
            Help::NoteText => "La nota; può avere più righe",
            Help::Pdf => {
                "Conserva il percorso del PDF dell’attestation inviato (verificato come PDF)"
            }
            Help::PdfPath => "Il file PDF",
            Help::Task => "Spunta uno dei piccoli compiti sotto nir",
            Help::TaskTask => "ameli-account o attestation-downloaded",
            Help::TaskUndo => "Togli la spunta invece",
            Help::Export => "Scrivi le scadenze in un file di calendario, o la scheda compilata",
            Help::ExportIcs => {
                "Un file iCalendar (.ics) delle scadenze aperte, ognuna con un promemoria 3 giorni prima"
            }
            Help::ExportIcsOutput => {
                "Scrivi in FILE; senza, nella cartella Download da un terminale, sull’uscita standard in una pipe"
            }
            Help::ExportSheet => {
                "La scheda dell’académie con gli spazi compilati, in Markdown, in francese"
            }
            Help::ExportSheetOutput => "Scrivi in FILE invece che sull’uscita standard",
            Help::ExportMail => {
                "L’e-mail al tuo gestionnaire con l’attestation, in francese: destinatario, oggetto e testo, come li mostra la lista (m)"
            }
            Help::ExportMailMailto => {
                "Stampala invece come indirizzo mailto:, da aprire in un programma di posta"
            }
            Help::Remind => {
                "Una riga quando un passo scade entro 7 giorni o è in ritardo, niente altrimenti: per il file di avvio di una shell"
            }
            Help::Completions => "Stampa lo script di completamento di una shell",
            Help::CompletionsShell => "bash, zsh, fish, elvish o powershell",
            Help::NewYear => {
                "Iniziare l’anno scolastico successivo: mette da parte il file di quest’anno, conserva profilo e numero definitivo"
            }
            Help::NewYearStart => {
                "Il primo giorno del nuovo contratto (predefinito: il 1° ottobre dell’anno scolastico in corso)"
            }
            Help::Man => "Stampa la pagina di manuale (roff)",
        }
    }

    fn cli_unexpected_value(&self, value: &str, help: &str) -> String {
        format!("{value} non era previsto qui: {help} mostra cosa accetta ogni comando.")
    }

    fn cli_unknown_argument(&self, argument: &str, help: &str) -> String {
        format!("L’opzione {argument} non esiste: {help} le elenca.")
    }

    fn cli_unknown_command(&self, command: &str, help: &str) -> String {
        format!("Il comando {command} non esiste: {help} li elenca.")
    }

    fn cli_invalid_value(&self, value: &str, argument: &str, valid: &str) -> String {
        format!("{value} non è un valore possibile per {argument}: {valid}.")
    }

    fn cli_missing(&self, what: &str, help: &str) -> String {
        format!("Manca: {what} ({help} dice di più).")
    }

    fn cli_repeated(&self, argument: &str, help: &str) -> String {
        format!("{argument} compare più di una volta: tienine uno solo ({help} elenca le opzioni).")
    }

    fn too_small_unsaved(&self) -> &'static str {
        "Il tuo testo è conservato: ingrandisci la finestra per salvarlo o scartarlo."
    }
}
