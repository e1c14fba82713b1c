//! Français.

use chrono::{Datelike, NaiveDate};
use pure_rust_locales::fr_FR as locale;

use super::{KeyHelp, ProfileLabels, Texts, inert, month, sheet, shown_path};
use crate::pdf::PdfError;
use crate::procedure::{
    Contact, DateError, DaysLeft, Inconsistency, Level, NumberError, NumberNote, Profile,
    SinceLastVisit, Step, SubTask, TransitionError,
};
use crate::store::{Dropped, Kept, StoreError};

pub struct Fr;

/// French counts 0 and 1 as singular: « 0 jour », « 1 jour », « 2 jours ».
fn plural(n: i64, one: &str, many: &str) -> String {
    if n.abs() <= 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

impl Fr {
    fn gestionnaire(profile: &Profile) -> String {
        match profile.department {
            Some(d) => format!("votre gestionnaire à la DSDEN {} ({})", d.code(), d.name()),
            None => "votre gestionnaire à la DSDEN de votre département".to_owned(),
        }
    }

    fn quoted(step: Step) -> String {
        format!("« {} »", Fr.step_title(step))
    }
}

impl Texts for Fr {
    fn date(&self, date: NaiveDate) -> String {
        let (day, mon, year) = (date.day(), month(locale::LC_TIME::MON, date), date.year());
        format!("{day} {mon} {year}")
    }

    fn date_short(&self, date: NaiveDate) -> String {
        let (day, mon, year) = (date.day(), month(locale::LC_TIME::ABMON, date), date.year());
        format!("{day} {mon} {year}")
    }

    fn app_title(&self) -> &'static str {
        "Affiliation à la Sécurité sociale"
    }

    fn step_title(&self, step: Step) -> &'static str {
        match step {
            Step::Request => "Demande d’immatriculation",
            Step::Nia => "Numéro provisoire (NIA)",
            Step::Nir => "Numéro définitif (NIR)",
            Step::Attestation => "Attestation envoyée",
            Step::Ensap => "Compte ENSAP",
        }
    }

    fn step_short(&self, step: Step) -> &'static str {
        match step {
            Step::Request => "Demande",
            Step::Nia => "NIA",
            Step::Nir => "NIR",
            Step::Attestation => "Attestation",
            Step::Ensap => "ENSAP",
        }
    }

    fn step_who(&self, step: Step, profile: &Profile) -> String {
        match (step, profile.level) {
            (Step::Request, Some(Level::Primary)) => format!(
                "Votre gestionnaire à la DSDEN{}, en ligne. Vérifiez que c’est fait.",
                profile
                    .department
                    .map(|d| format!(" {} ({})", d.code(), d.name()))
                    .unwrap_or_default()
            ),
            (Step::Request, Some(Level::Secondary)) => {
                "Le secrétariat de votre établissement, en ligne. Vérifiez que c’est fait."
                    .to_owned()
            }
            (Step::Request, None) => "Votre gestionnaire à la DSDEN (1er degré) ou le secrétariat \
                                      de votre établissement (2nd degré)."
                .to_owned(),
            (Step::Nia | Step::Nir, _) => {
                "La CPAM (Caisse primaire d’assurance maladie), par courrier.".to_owned()
            }
            (Step::Attestation, Some(Level::Secondary)) => format!(
                "Vous : envoyez-la à {} (bureau des assistants, DIPE).",
                sheet::SECONDARY_EMAIL
            ),
            (Step::Attestation, _) => {
                format!("Vous : envoyez-la à {}.", Fr::gestionnaire(profile))
            }
            (Step::Ensap, _) => {
                "Vous, avec votre numéro à 15 chiffres et un mot de passe choisi par vous."
                    .to_owned()
            }
        }
    }

    fn step_todo(&self, step: Step, profile: &Profile) -> String {
        match step {
            Step::Request => "Demandez si la demande d’immatriculation a été envoyée à la CPAM, \
                              puis cochez-la avec la date où elle a été faite."
                .to_owned(),
            Step::Nia => "Notez le numéro provisoire du courrier de la CPAM : il est à indiquer \
                          pour chaque remboursement."
                .to_owned(),
            Step::Nir => "Créez votre compte sur ameli.fr (identifiant : les 13 premiers \
                          chiffres) et téléchargez votre attestation de droits (PDF)."
                .to_owned(),
            Step::Attestation => {
                let to = match profile.level {
                    Some(Level::Secondary) => sheet::SECONDARY_EMAIL.to_owned(),
                    _ => Fr::gestionnaire(profile),
                };
                format!(
                    "Envoyez le PDF de votre attestation de droits à {to}, pour la mise à jour de \
                     votre dossier."
                )
            }
            Step::Ensap => "Créez votre compte sur ensap.gouv.fr avec votre numéro à 15 chiffres, \
                            puis consultez et téléchargez vos bulletins de paie."
                .to_owned(),
        }
    }

    fn step_deadline_rule(&self, step: Step, profile: &Profile) -> String {
        match step {
            Step::Request => "Début octobre : deux semaines après le début du contrat.",
            Step::Nia => "Pas de date fixe : il arrive avec le courrier de la CPAM.",
            Step::Nir => {
                "Dans les 3 mois suivant la demande. La fiche demande le numéro \
                          définitif avant le mois de décembre."
            }
            Step::Attestation if profile.already_registered => {
                "Dès votre installation : deux semaines après le début du contrat."
            }
            Step::Attestation => "En décembre, au plus tard le 31.",
            Step::Ensap => {
                "En janvier, une fois le dossier mis à jour : avant la fin du mois qui \
                            suit l’envoi de l’attestation."
            }
        }
        .to_owned()
    }

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Primary => "École (1er degré)",
            Level::Secondary => "Collège ou lycée (2nd degré)",
        }
    }

    fn done_on(&self, on: NaiveDate) -> String {
        format!("fait le {}", self.date_short(on))
    }

    fn skipped(&self) -> &'static str {
        "sans objet"
    }

    fn due_on(&self, due: NaiveDate) -> String {
        format!("avant le {}", self.date_short(due))
    }

    fn no_fixed_date(&self) -> &'static str {
        "pas de date fixe"
    }

    fn days_left(&self, days: DaysLeft) -> String {
        match days.0 {
            0 => "aujourd’hui".to_owned(),
            n if n < 0 => format!("{} de retard", plural(-n, "jour", "jours")),
            n => format!("dans {}", plural(n, "jour", "jours")),
        }
    }

    fn next_line(&self, step: Step, due: Option<NaiveDate>, days: Option<DaysLeft>) -> String {
        match (due, days) {
            (Some(due), Some(days)) => format!(
                "À faire : {} — avant le {} ({})",
                self.step_title(step),
                self.date(due),
                self.days_left(days)
            ),
            _ => format!(
                "À faire : {} — pas de date fixe, il arrive avec le courrier de la CPAM",
                self.step_title(step)
            ),
        }
    }

    fn all_done(&self) -> &'static str {
        "Tout est fait : votre affiliation est complète."
    }

    fn since_last_visit(&self, since: SinceLastVisit) -> String {
        let passed = match since.deadlines_passed {
            0 => "aucune échéance dépassée depuis".to_owned(),
            1 => "1 échéance dépassée depuis".to_owned(),
            n => format!("{n} échéances dépassées depuis"),
        };
        format!(
            "Dernière visite il y a {} ; {passed}.",
            plural(since.days, "jour", "jours")
        )
    }

    fn profile_labels(&self) -> ProfileLabels {
        ProfileLabels {
            level: "Établissement\u{a0}:",
            department: "Département\u{a0}:",
            start: "Début du contrat\u{a0}:",
            registered: "Déjà immatriculé·e\u{a0}:",
            name: "Nom\u{a0}:",
            school: "Nom de l’école\u{a0}:",
            gestionnaire: "Gestionnaire\u{a0}:",
            language: "Langue\u{a0}:",
            not_set: "non renseigné",
            default: "par défaut",
        }
    }

    fn not_set_up(&self, path: &str) -> String {
        format!(
            "Profil pas encore renseigné ({path}) : lancez `secu` pour répondre aux questions, \
             ou `secu setup --level secondary`."
        )
    }

    fn yes(&self) -> &'static str {
        "oui"
    }

    fn no(&self) -> &'static str {
        "non"
    }

    fn progress_gauge(&self, settled: usize, total: usize) -> String {
        format!("{settled}/{total} faites")
    }

    fn steps_title(&self) -> &'static str {
        "Étapes"
    }

    fn who_label(&self) -> &'static str {
        "Qui"
    }

    fn todo_label(&self) -> &'static str {
        "À faire"
    }

    fn deadline_label(&self) -> &'static str {
        "Quand"
    }

    fn sheet_label(&self) -> &'static str {
        "Fiche"
    }

    fn sheet_translation(&self, _step: Step, _level: Option<Level>) -> Option<String> {
        None
    }

    fn glossary_title(&self) -> &'static str {
        "Les mots de vos courriers"
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "CPAM",
                "Caisse primaire d’assurance maladie\u{a0}: vous immatricule et rembourse vos soins.",
            ),
            (
                "NIA",
                "Numéro d’identification d’attente\u{a0}: votre numéro provisoire, en attendant le définitif.",
            ),
            (
                "NIR",
                "Numéro d’inscription au répertoire\u{a0}: votre numéro de sécurité sociale définitif, à 15 chiffres.",
            ),
            (
                "Attestation de droits",
                "Le document qui prouve que vous êtes couvert·e, à télécharger en PDF sur ameli.fr.",
            ),
            (
                "ameli.fr",
                "Le site de l’Assurance maladie\u{a0}: votre compte, votre attestation, vos remboursements.",
            ),
            (
                "DSDEN",
                "Direction des services départementaux de l’éducation nationale\u{a0}: gère les assistants du 1er degré.",
            ),
            (
                "Gestionnaire",
                "La personne qui gère votre dossier et votre paie.",
            ),
            (
                "1er degré / 2nd degré",
                "École primaire / collège et lycée.",
            ),
            (
                "DIPE",
                "La division du rectorat qui gère les assistants du 2nd degré.",
            ),
            (
                "ENSAP",
                "Espace numérique sécurisé de l’agent public\u{a0}: vos bulletins de paie en ligne.",
            ),
            ("Bulletin de paie", "La fiche de paie de chaque mois."),
        ]
    }

    fn language_changed(&self) -> &'static str {
        "Français. Touche L pour une autre langue."
    }

    fn footer_keys(&self) -> &'static [KeyHelp] {
        &[
            ("↑↓", "aller"),
            ("Espace", "cocher"),
            ("u", "décocher"),
            ("s", "profil"),
            ("?", "aide"),
            ("q", "quitter"),
        ]
    }

    fn help_title(&self) -> &'static str {
        "Touches"
    }

    fn help_keys(&self) -> &'static [KeyHelp] {
        &[
            ("↑ ↓  j k", "passer d’une étape à l’autre"),
            ("Espace Entrée", "cocher l’étape (date du jour, modifiable)"),
            ("u", "décocher la dernière étape faite"),
            ("n", "donner ou corriger le numéro (NIA, NIR)"),
            ("r", "afficher le numéro en entier, jusqu’au déplacement"),
            ("y", "copier le numéro comme le site de l’étape le demande"),
            ("o", "ouvrir la page de l’étape (ou copier son lien)"),
            (
                "m",
                "sur l’attestation\u{a0}: l’e-mail à votre gestionnaire",
            ),
            ("e", "écrire une note sur l’étape (preuves, références)"),
            ("p", "sur l’attestation\u{a0}: garder le PDF envoyé"),
            ("1 2", "sur le NIR\u{a0}: cocher ses petites tâches"),
            ("t", "le calendrier de l’année scolaire"),
            ("PgPréc PgSuiv", "faire défiler le détail"),
            ("s", "répondre de nouveau aux questions"),
            ("g", "les mots de vos courriers, expliqués"),
            ("L", "changer de langue (enregistré)"),
            ("?", "afficher ou masquer cette aide"),
            ("q Échap", "quitter (tout est déjà enregistré)"),
            ("Entrée / Échap", "dans une question : valider / annuler"),
        ]
    }

    fn help_close(&self) -> &'static str {
        "Appuyez sur une touche pour fermer."
    }

    fn date_prompt(&self) -> &'static str {
        "Fait quel jour ? (JJ/MM/AAAA)"
    }

    fn date_field_keys(&self) -> &'static str {
        "Entrée valider · Échap annuler"
    }

    fn confirm_untick(&self, step: Step, on: NaiveDate) -> String {
        format!(
            "Décocher {} (fait le {}) ?",
            Fr::quoted(step),
            self.date(on)
        )
    }

    fn confirm_keys(&self) -> &'static str {
        "o oui · n non"
    }

    fn ticked(&self, step: Step, on: NaiveDate) -> String {
        format!("{} cochée, faite le {}.", Fr::quoted(step), self.date(on))
    }

    fn unticked(&self, step: Step) -> String {
        format!("{} décochée.", Fr::quoted(step))
    }

    fn profile_saved(&self) -> &'static str {
        "Profil enregistré."
    }

    fn too_small(&self) -> &'static str {
        "Fenêtre trop petite (40x12 minimum)"
    }

    fn changed_elsewhere(&self) -> &'static str {
        "Modifié par un autre secu : voici la dernière version."
    }

    fn setup_title(&self, number: usize, total: usize) -> String {
        format!("Profil — question {number} sur {total}")
    }

    fn welcome(&self) -> &'static str {
        "Bienvenue ! Quelques questions pour dater votre liste ; changez les réponses plus tard \
         avec s."
    }

    fn ask_language(&self) -> &'static str {
        "Dans quelle langue secu doit-il vous parler\u{a0}?"
    }

    fn ask_level(&self) -> &'static str {
        "Où enseignez-vous ?"
    }

    fn ask_department(&self) -> &'static str {
        "Dans quel département est votre école ?"
    }

    fn ask_start(&self) -> &'static str {
        "Quand commence votre contrat ? (JJ/MM/AAAA)"
    }

    fn ask_registered(&self) -> &'static str {
        "Avez-vous déjà un numéro de sécurité sociale définitif à 15 chiffres ?"
    }

    fn registered_hint(&self) -> &'static str {
        "Si oui, les étapes de la CPAM sont sans objet : vous commencez par l’attestation."
    }

    fn choice_keys(&self) -> &'static str {
        "↑↓ choisir · Entrée suivant · Échap retour"
    }

    fn contact_label(&self) -> &'static str {
        "Contact"
    }

    fn contact(&self, contact: &Contact) -> String {
        match contact {
            Contact::Bureau { email } => {
                format!("Bureau des assistants (DIPE), rectorat\u{a0}: {email}")
            }
            Contact::Dsden {
                department,
                name,
                email,
            } => {
                let office = department.map_or("la DSDEN".to_owned(), |d| format!("la DSDEN {d}"));
                match (name, email) {
                    (None, None) => format!(
                        "Votre gestionnaire à {office} (ajoutez son nom et son e-mail avec s)"
                    ),
                    (name, email) => format!(
                        "{}, {office}{}",
                        name.as_deref()
                            .map_or("Votre gestionnaire".to_owned(), |n| inert(n, 60)),
                        email
                            .as_deref()
                            .map(|e| format!("\u{a0}: {}", inert(e, 80)))
                            .unwrap_or_default()
                    ),
                }
            }
        }
    }

    fn link_label(&self) -> &'static str {
        "Lien"
    }

    fn link_opened(&self) -> &'static str {
        "Ouvert dans votre navigateur."
    }

    fn link_copied(&self) -> &'static str {
        "Pas de navigateur ici\u{a0}: le lien est copié dans le presse-papiers, et affiché en entier dans le détail."
    }

    fn note_label(&self) -> &'static str {
        "Note"
    }

    fn note_prompt(&self, step: Step) -> String {
        format!(
            "Votre note sur {} (appels, références, preuves)\u{a0}:",
            Fr::quoted(step)
        )
    }

    fn note_keys(&self) -> &'static str {
        "Ctrl+S enregistrer · Entrée nouvelle ligne · Échap annuler"
    }

    fn note_saved(&self, step: Step) -> String {
        format!("Note enregistrée pour {}.", Fr::quoted(step))
    }

    fn pdf_label(&self) -> &'static str {
        "PDF envoyé"
    }

    fn pdf_prompt(&self) -> &'static str {
        "Chemin du PDF de l’attestation envoyé\u{a0}:"
    }

    fn pdf_saved(&self, name: &str) -> String {
        format!("PDF conservé\u{a0}: {name}.")
    }

    fn pdf_error(&self, error: &PdfError) -> String {
        match error {
            PdfError::NotFound => "Il n’y a pas de fichier à cet emplacement.".to_owned(),
            PdfError::NotAFile => {
                "C’est un dossier\u{a0}: indiquez le fichier PDF lui-même.".to_owned()
            }
            PdfError::Unreadable(why) => format!("Ce fichier ne peut pas être lu ({why})."),
            PdfError::NotPdf => {
                "Ce fichier n’est pas un PDF\u{a0}: téléchargez l’attestation en PDF sur ameli.fr."
                    .to_owned()
            }
        }
    }

    fn task(&self, task: SubTask) -> &'static str {
        match task {
            SubTask::AmeliAccount => "Compte créé sur ameli.fr",
            SubTask::AttestationDownloaded => "Attestation de droits téléchargée",
        }
    }

    fn detail_keys(&self, step: Step) -> &'static str {
        match step {
            Step::Nir => "1 2 cocher une tâche · e note · o ouvrir le lien",
            Step::Attestation => "m e-mail · p PDF · e note · o ouvrir le lien",
            _ => "e note · o ouvrir le lien",
        }
    }

    fn mail_title(&self) -> &'static str {
        "E-mail à votre gestionnaire"
    }

    fn mail_keys(&self) -> &'static str {
        "o ouvrir dans votre messagerie · y copier le texte · autre touche\u{a0}: fermer"
    }

    fn mail_no_address(&self) -> &'static str {
        "L’e-mail de votre gestionnaire n’est pas encore connu\u{a0}: ajoutez-le avec s, ou copiez le texte avec y."
    }

    fn mail_copied(&self) -> &'static str {
        "Le texte de l’e-mail est copié\u{a0}: collez-le dans votre webmail."
    }

    fn timeline_title(&self) -> &'static str {
        "Année scolaire"
    }

    fn timeline_legend(&self) -> &'static str {
        "◆ échéance · ✓ fait · │ aujourd’hui · t retour au détail"
    }

    fn ask_name(&self) -> &'static str {
        "Votre nom, comme sur votre contrat (pour l’e-mail à votre gestionnaire)\u{a0}:"
    }

    fn ask_school(&self) -> &'static str {
        "Votre établissement (nom et ville)\u{a0}:"
    }

    fn ask_gestionnaire_name(&self) -> &'static str {
        "Le nom de votre gestionnaire à la DSDEN\u{a0}:"
    }

    fn ask_gestionnaire_email(&self) -> &'static str {
        "L’e-mail de votre gestionnaire\u{a0}:"
    }

    fn optional_hint(&self) -> &'static str {
        "Facultatif\u{a0}: laissez vide et appuyez sur Entrée."
    }

    fn email_invalid(&self) -> &'static str {
        "Ce n’est pas une adresse e-mail\u{a0}: elle ressemble à nom@ac-aix-marseille.fr."
    }

    fn ics_written(&self, path: &str, events: usize) -> String {
        match events {
            0 | 1 => format!(
                "{events} échéance écrite dans {path}\u{a0}: importez-la dans votre agenda."
            ),
            n => {
                format!("{n} échéances écrites dans {path}\u{a0}: importez-les dans votre agenda.")
            }
        }
    }

    fn sheet_written(&self, path: &str) -> String {
        format!("La fiche remplie est dans {path}.")
    }

    fn transition_error(&self, error: &TransitionError) -> String {
        match error {
            TransitionError::AlreadyDone { step, on } => format!(
                "{} est déjà cochée (faite le {}).",
                Fr::quoted(*step),
                self.date(*on)
            ),
            TransitionError::Skipped { step } => format!(
                "{} est sans objet : vous avez déjà un numéro définitif.",
                Fr::quoted(*step)
            ),
            TransitionError::PreviousOpen { previous, .. } => format!(
                "Cochez d’abord {} : les étapes se suivent dans l’ordre.",
                Fr::quoted(*previous)
            ),
            TransitionError::InFuture { on, .. } => format!(
                "Le {} est dans le futur : indiquez le jour où c’est arrivé.",
                self.date(*on)
            ),
            TransitionError::BeforePrevious {
                on,
                previous,
                previous_on,
                ..
            } => format!(
                "Le {} est avant {} (faite le {}) : choisissez ce jour-là ou un jour suivant.",
                self.date(*on),
                Fr::quoted(*previous),
                self.date(*previous_on)
            ),
            TransitionError::NotDone { step } => {
                format!("{} n’est pas cochée.", Fr::quoted(*step))
            }
            TransitionError::LaterStepDone { later, .. } => format!(
                "Décochez d’abord {} : seule la dernière étape cochée peut être décochée.",
                Fr::quoted(*later)
            ),
            TransitionError::NoNumber { step } => format!(
                "{} n’a pas de numéro\u{a0}: seuls le NIA et le NIR en ont un.",
                Fr::quoted(*step)
            ),
            TransitionError::NumberBeforeTick { step } => {
                format!("Cochez {} avant de donner son numéro.", Fr::quoted(*step))
            }
            TransitionError::AttestationDone => "Votre attestation est déjà envoyée : décochez-la \
                                                 avant de changer votre réponse sur le numéro \
                                                 définitif."
                .to_owned(),
        }
    }

    fn number_label(&self) -> &'static str {
        "Numéro"
    }

    fn number_prompt(&self, step: Step) -> String {
        let which = match step {
            Step::Nir => "numéro définitif (NIR)",
            _ => "numéro provisoire (NIA)",
        };
        format!("Votre {which}, sur le courrier de la CPAM\u{a0}:")
    }

    fn number_field_keys(&self) -> &'static str {
        "Entrée valider (vide\u{a0}: plus tard avec n) · Échap annuler"
    }

    fn number_keys(&self) -> &'static str {
        "r afficher · y copier · n modifier"
    }

    fn no_number(&self, step: Step, open: bool) -> &'static str {
        match (step, open) {
            (Step::Ensap, _) => "pas encore\u{a0}: donnez votre NIR à l’étape 3 (n)",
            (_, true) => "demandé quand vous cochez cette étape",
            (_, false) => "pas encore donné (touche n)",
        }
    }

    fn number_saved(&self, step: Step) -> String {
        format!("Numéro enregistré pour {}.", Fr::quoted(step))
    }

    fn number_note(&self, note: NumberNote) -> &'static str {
        match note {
            NumberNote::LooksProvisional => {
                "Ce numéro commence par 7 ou 8, comme un numéro provisoire\u{a0}: vérifiez que \
                 c’est bien le numéro définitif (NIR) du courrier de la CPAM."
            }
            NumberNote::SameAsNia => {
                "C’est le même numéro que votre NIA\u{a0}: cela arrive, le numéro provisoire peut \
                 devenir définitif."
            }
        }
    }

    fn copied(&self, step: Step) -> &'static str {
        match step {
            Step::Nir => "13 premiers chiffres copiés, pour ameli.fr.",
            Step::Ensap => "15 chiffres copiés, pour ENSAP.",
            _ => "Numéro provisoire (NIA) copié.",
        }
    }

    fn nothing_to_copy(&self) -> &'static str {
        "Cette étape n’a pas de numéro à copier."
    }

    fn no_number_yet(&self, step: Step) -> String {
        format!(
            "Pas encore de numéro\u{a0}: appuyez sur n sur {}.",
            Fr::quoted(step)
        )
    }

    fn copy_failed(&self) -> &'static str {
        "Le terminal n’a pas accepté la copie."
    }

    fn numbers_tightened(&self, path: &str) -> String {
        format!("{path} était lisible par d’autres\u{a0}; il n’est plus lisible que par vous.")
    }

    fn number_error(&self, error: &NumberError) -> String {
        match error {
            NumberError::Empty => "Saisissez le numéro du courrier de la CPAM.".to_owned(),
            NumberError::Unexpected {
                position,
                character,
            } => format!(
                "Le caractère {position} («\u{a0}{character}\u{a0}») ne peut pas faire partie \
                 d’un numéro\u{a0}: saisissez les chiffres (espaces et points acceptés)."
            ),
            NumberError::MissingKey => "Seulement 13 caractères\u{a0}: il manque la clé à 2 \
                                        chiffres. Saisissez les 15 du courrier."
                .to_owned(),
            NumberError::Length { length } => format!(
                "{length} caractères\u{a0}: un numéro de sécurité sociale en a 15 (13 chiffres et \
                 une clé à 2 chiffres)."
            ),
            NumberError::Letter { position, letter } => format!(
                "Le caractère {position} est la lettre «\u{a0}{letter}\u{a0}» à la place d’un \
                 chiffre (seuls 2A ou 2B, pour la Corse, aux caractères 6–7)."
            ),
            NumberError::Sex { digit } => format!(
                "Le premier chiffre est {digit}\u{a0}: c’est 1 ou 2 (7 ou 8 pour un numéro \
                 provisoire)."
            ),
            NumberError::Month { month } => format!(
                "Les caractères 4–5 ({month}) ne sont pas un mois de naissance\u{a0}: vérifiez-les."
            ),
            NumberError::Place { place } => format!(
                "«\u{a0}{place}\u{a0}» n’est pas un lieu de naissance (caractères 6–7\u{a0}: un \
                 département, 2A, 2B, 97, 98, ou 99 pour l’étranger)."
            ),
            NumberError::Order => {
                "Les caractères 11–13 ne peuvent pas être 000\u{a0}: vérifiez-les.".to_owned()
            }
            NumberError::Key => {
                "La clé (les 2 derniers chiffres) ne correspond pas aux autres\u{a0}: \
                                 un chiffre est sans doute mal saisi. Comparez avec le courrier de \
                                 la CPAM."
                    .to_owned()
            }
        }
    }

    fn date_error(&self, error: &DateError) -> String {
        match error {
            DateError::Empty => "Saisissez une date, par exemple 02/10/2026.".to_owned(),
            DateError::Unreadable(text) => format!(
                "« {text} » n’est pas une date : écrivez-la JJ/MM/AAAA, par exemple 02/10/2026."
            ),
            DateError::DoesNotExist { day, month, year } => {
                format!("Le {day:02}/{month:02}/{year} n’existe pas : vérifiez le jour et le mois.")
            }
        }
    }

    fn store_error(&self, error: &StoreError) -> String {
        match error {
            StoreError::NoConfigDir => "Aucun dossier de configuration trouvé pour votre \
                                        utilisateur : choisissez un fichier avec --file CHEMIN."
                .to_owned(),
            StoreError::Read { path, source } => {
                format!("Impossible de lire {} : {source}.", shown_path(path))
            }
            StoreError::TooLarge { path, size } => format!(
                "{} fait {size} octets : trop gros pour un fichier de progression secu. Il n’a pas été modifié : \
                 `secu repair` le met de côté et garde ce qui peut être lu.",
                shown_path(path)
            ),
            StoreError::Parse {
                path,
                line,
                column,
                message,
            } => format!(
                "{} est endommagé à la ligne {line}, colonne {column} ({message}). Il n’a pas été modifié : \
                 `secu repair` le met de côté et garde ce qui peut être lu.",
                shown_path(path)
            ),
            StoreError::Inconsistent { path, problem } => {
                let problem = match problem {
                    Inconsistency::DoneAfterOpen { step, previous } => format!(
                        "{} est faite mais pas {} avant elle",
                        Fr::quoted(*step),
                        Fr::quoted(*previous)
                    ),
                    Inconsistency::DatesOutOfOrder {
                        step,
                        on,
                        previous,
                        previous_on,
                    } => format!(
                        "{} est faite le {}, avant {} ({})",
                        Fr::quoted(*step),
                        self.date(*on),
                        Fr::quoted(*previous),
                        self.date(*previous_on)
                    ),
                };
                format!(
                    "{} ne suit pas la procédure : {problem}. Il n’a pas été modifié : \
                 `secu repair` le met de côté et garde ce qui peut être lu.",
                    shown_path(path)
                )
            }
            StoreError::NewerVersion { path, version } => format!(
                "{} a été écrit par un secu plus récent (version {version}) : mettez secu à jour \
                 pour le modifier.",
                shown_path(path)
            ),
            StoreError::Write { path, source } => format!(
                "Impossible d’écrire {} : {source}. Rien n’a été modifié.",
                shown_path(path)
            ),
            StoreError::Locked { path } => format!(
                "{} est en cours de modification par un autre secu : rien n’a été modifié, \
                 réessayez dans un instant.",
                shown_path(path)
            ),
        }
    }

    fn terminal_error(&self, error: &std::io::Error) -> String {
        format!(
            "La liste a besoin d’un terminal ({error}) ; dans un script, utilisez \
             `secu status` ou `secu done`."
        )
    }

    fn repair_no_file(&self, path: &str) -> String {
        format!("Rien à réparer\u{a0}: il n’y a pas de fichier à {path}.")
    }

    fn repair_healthy(&self, path: &str) -> String {
        format!("Rien à réparer\u{a0}: {path} se lit correctement. Il n’a pas été modifié.")
    }

    fn repair_intro(&self, path: &str, aside: &str) -> [String; 2] {
        [
            format!("Le fichier endommagé a été déplacé vers {aside} (rien n’a été supprimé)."),
            format!("Un nouveau {path} contient ce qui a pu en être lu\u{a0}:"),
        ]
    }

    fn repair_nothing_read(&self) -> &'static str {
        "rien n’a pu être lu\u{a0}; répondez de nouveau aux questions avec `secu`."
    }

    fn repair_kept(&self, kept: &Kept) -> String {
        let what = match kept {
            Kept::Profile(field) => format!("profile.{field}"),
            Kept::StepDate(step, on) => format!("{} {}", Fr::quoted(*step), self.done_on(*on)),
            Kept::Number(step) => format!("le numéro de {}", Fr::quoted(*step)),
            Kept::LastOpened => "la date de la dernière visite".to_owned(),
        };
        format!("gardé\u{a0}: {what}")
    }

    fn repair_dropped(&self, dropped: &Dropped) -> String {
        let what = match dropped {
            Dropped::Field(field) => format!("{field}, illisible"),
            Dropped::OutOfOrder(step) => format!(
                "la date de {}, qui ne respectait pas l’ordre des étapes",
                Fr::quoted(*step)
            ),
        };
        format!("pas gardé\u{a0}: {what}")
    }

    fn newer_read_only(&self, version: u32) -> String {
        format!(
            "Ce fichier a été écrit par un secu plus récent (version {version})\u{a0}: affiché \
             autant que celui-ci le comprend, et pas modifié. Mettez secu à jour pour le modifier."
        )
    }
}
