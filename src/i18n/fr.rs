//! Français.

use pure_rust_locales::fr_FR as locale;

use super::{
    Action, Help, KeyNames, Lang, Level, Need, Plural, ProfileLabels, SheetTranslation, Step,
    SubTask, Texts,
};

pub struct Fr;

impl Texts for Fr {
    fn lang(&self) -> Lang {
        Lang::Fr
    }

    fn months(&self) -> &'static [&'static str] {
        locale::LC_TIME::MON
    }

    fn months_short(&self) -> &'static [&'static str] {
        locale::LC_TIME::ABMON
    }

    fn first_day(&self) -> &'static str {
        "1er"
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
        format!("«\u{a0}{text}\u{a0}»")
    }

    fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}\u{a0}: {value}")
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

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Primary => "École (1er degré)",
            Level::Secondary => "Collège ou lycée (2nd degré)",
        }
    }

    fn dsden_unknown(&self) -> &'static str {
        "DSDEN de votre département"
    }

    fn who_request_primary(&self, dsden: &str) -> String {
        format!("Votre gestionnaire à la {dsden}, en ligne. Vérifiez que c’est fait.")
    }

    fn who_request_secondary(&self) -> &'static str {
        "Le secrétariat de votre établissement, en ligne. Vérifiez que c’est fait."
    }

    fn who_request_either(&self) -> &'static str {
        "Votre gestionnaire à la DSDEN (1er degré) ou le secrétariat de votre établissement \
         (2nd degré)."
    }

    fn who_cpam(&self) -> &'static str {
        "La CPAM de Paris, qui gère le dossier de tous les assistants de langue, par courrier."
    }

    fn who_attestation_primary(&self, dsden: &str) -> String {
        format!("Vous\u{a0}: envoyez-la à votre gestionnaire à la {dsden}.")
    }

    fn who_attestation_secondary(&self, email: &str) -> String {
        format!("Vous\u{a0}: envoyez-la à {email} (bureau des assistants, DIPE).")
    }

    fn who_ensap(&self) -> &'static str {
        "Vous, avec votre numéro à 15 chiffres et un mot de passe choisi par vous."
    }

    fn todo_request(&self) -> &'static str {
        "Demandez si la demande d’immatriculation a été envoyée à la CPAM, puis cochez cette \
         étape avec la date où elle a été faite."
    }

    fn todo_nia(&self) -> &'static str {
        "Notez le numéro provisoire du courrier de la CPAM\u{a0}: il est à indiquer impérativement \
         pour chaque remboursement. Avec le seul NIA, pas encore de carte Vitale ni de compte \
         ameli\u{a0}; il sert pendant 9 mois."
    }

    fn todo_nir(&self) -> &'static str {
        "Créez votre compte sur ameli.fr (identifiant\u{a0}: les 13 premiers chiffres) et \
         téléchargez votre attestation de droits (PDF)."
    }

    fn todo_download_attestation(&self) -> &'static str {
        "Connectez-vous à ameli.fr avec les 13 premiers chiffres de votre numéro (créez le \
         compte si vous n’en avez pas) et téléchargez votre attestation de droits (PDF). \
         Vérifiez qu’elle montre des droits ouverts aujourd’hui\u{a0}; sinon, demandez à votre \
         gestionnaire\u{a0}: les droits d’un séjour précédent peuvent devoir être rouverts."
    }

    fn todo_attestation_primary(&self, dsden: &str) -> String {
        format!(
            "Envoyez le PDF de votre attestation de droits à votre gestionnaire à la {dsden}, \
             pour la mise à jour de votre dossier."
        )
    }

    fn todo_attestation_secondary(&self, email: &str) -> String {
        format!(
            "Envoyez le PDF de votre attestation de droits à {email}, pour la mise à jour de \
             votre dossier."
        )
    }

    fn todo_ensap(&self) -> &'static str {
        "Créez votre compte sur ensap.gouv.fr avec votre numéro à 15 chiffres et un mot de \
         passe choisi par vous\u{a0}; puis connectez-vous pour consulter et télécharger vos \
         bulletins de paie."
    }

    fn rule_two_weeks(&self, start: &str) -> String {
        format!("Deux semaines après le début du contrat (le {start}).")
    }

    fn rule_on_arrival(&self, start: &str) -> String {
        format!(
            "Dès votre installation\u{a0}: deux semaines après le début du contrat (le {start}), \
             puisque vous avez déjà un numéro définitif."
        )
    }

    fn rule_nia(&self) -> &'static str {
        "Pas de date fixe\u{a0}: il arrive avec le courrier de la CPAM."
    }

    fn rule_nir(&self, due: &str, month: &str) -> String {
        format!(
            "Au plus tard le {due}\u{a0}: la fiche demande le numéro définitif avant {month}, \
             troisième mois du contrat."
        )
    }

    fn rule_attestation(&self, month: &str) -> String {
        format!("En {month}, le troisième mois du contrat.")
    }

    fn rule_ensap_sent(&self, month: &str, sent: &str) -> String {
        format!("En {month}, le mois qui suit l’envoi de l’attestation (le {sent}).")
    }

    fn rule_ensap_open(&self, month: &str) -> String {
        format!(
            "En {month}, le mois qui suit l’échéance de l’attestation\u{a0}; une fois celle-ci \
             envoyée, le mois qui suit l’envoi."
        )
    }

    fn usual_delay(&self) -> &'static str {
        "La CPAM l’envoie en général dans les 3 mois qui suivent la demande."
    }

    fn usual_delay_dated(&self, by: &str) -> String {
        format!(
            "La CPAM l’envoie en général dans les 3 mois qui suivent la demande\u{a0}: d’ici le {by}."
        )
    }

    fn usual_delay_after_due(&self, by: &str, due: &str) -> String {
        format!(
            "La CPAM peut mettre jusqu’à 3 mois après la demande\u{a0}: il peut n’arriver que le \
             {by}, après la date de la fiche ({due}). S’il n’est pas arrivé le {due}, prévenez \
             votre gestionnaire et continuez à donner votre NIA pour vos remboursements."
        )
    }

    fn advice_request_primary(&self, dsden: &str) -> String {
        format!(
            "Demandez à votre gestionnaire à la {dsden} si la demande a été envoyée\u{a0}: rien ne \
             peut avancer avant."
        )
    }

    fn advice_request_secondary(&self) -> &'static str {
        "Demandez au secrétariat de votre établissement si la demande a été envoyée\u{a0}: rien ne \
         peut avancer avant."
    }

    fn advice_nia_primary(&self, days: i64, dsden: &str) -> String {
        format!(
            "Pas de courrier {days} jours après la demande\u{a0}: demandez à votre gestionnaire à la \
             {dsden} de vérifier auprès de la CPAM. D’ici là, gardez toutes vos feuilles de \
             soins pour vous faire rembourser plus tard."
        )
    }

    fn advice_nia_secondary(&self, days: i64) -> String {
        format!(
            "Pas de courrier {days} jours après la demande\u{a0}: demandez au secrétariat de votre \
             établissement de vérifier auprès de la CPAM. D’ici là, gardez toutes vos feuilles \
             de soins pour vous faire rembourser plus tard."
        )
    }

    fn advice_nir_primary(&self, dsden: &str) -> String {
        format!(
            "Fréquent\u{a0}: pour les personnes nées à l’étranger, cela peut prendre jusqu’à 9 mois. \
             Prévenez votre gestionnaire à la {dsden}, continuez d’indiquer votre NIA pour vos \
             remboursements, et vérifiez que la CPAM a bien votre acte de naissance. Sans NIR, \
             pas de compte ameli\u{a0}: l’attestation attend."
        )
    }

    fn advice_nir_secondary(&self, email: &str) -> String {
        format!(
            "Fréquent\u{a0}: pour les personnes nées à l’étranger, cela peut prendre jusqu’à 9 mois. \
             Prévenez le bureau des assistants ({email}), continuez d’indiquer votre NIA pour \
             vos remboursements, et vérifiez que la CPAM a bien votre acte de naissance. Sans \
             NIR, pas de compte ameli\u{a0}: l’attestation attend."
        )
    }

    fn advice_attestation(&self) -> &'static str {
        "Envoyez-la dès que vous l’avez\u{a0}: votre gestionnaire en a besoin pour mettre à jour votre \
         dossier, et vos bulletins de paie sur ENSAP en dépendent."
    }

    fn advice_ensap(&self) -> &'static str {
        "Créez-le maintenant\u{a0}: vos bulletins de paie ne sont disponibles que sur ENSAP."
    }

    fn advice_waits(&self, step: &str) -> String {
        format!(
            "Cette étape attend l’étape {step}, encore ouverte\u{a0}: voyez là-bas quoi faire \
             maintenant."
        )
    }

    fn need(&self, need: Need) -> &'static str {
        match need {
            Need::NominationOrder => "Votre arrêté de nomination, signé et tamponné.",
            Need::WorkContract => "Une copie de votre contrat de travail.",
            Need::FormS1106 => {
                "Le formulaire S1106 (demande d’ouverture des droits), sur ameli.fr."
            }
            Need::IdentityDocument => {
                "Une copie de votre passeport ou de votre carte d’identité\u{a0}; hors UE, EEE et Suisse, le passeport avec la page du visa."
            }
            Need::FullBirthCertificate => {
                "Une copie intégrale et certifiée de votre acte de naissance avec filiation (les noms de vos parents), avec cachet et signature\u{a0}; hors UE, EEE et Suisse, avec sa traduction officielle en français."
            }
            Need::MarriageCertificate => {
                "Si vous êtes marié ou mariée\u{a0}: votre acte de mariage (traduit lui aussi, hors UE, EEE et Suisse)."
            }
            Need::ProofOfResidence => "Un justificatif de domicile (une facture, un bail).",
            Need::FrenchBankDetails => "Le RIB (IBAN) de votre compte bancaire français.",
            Need::VisaOrPermit => {
                "Hors UE, EEE et Suisse\u{a0}: une copie de votre visa ou de votre titre de séjour."
            }
            Need::ChildrenForms => {
                "Si vous avez des enfants\u{a0}: le formulaire S3705, avec leurs actes de naissance et leurs passeports ou cartes d’identité."
            }
            Need::BirthCertificate => {
                "Vérifiez que la CPAM a votre acte de naissance\u{a0}: sans copie valide, complète et lisible, pas de numéro définitif."
            }
            Need::DefinitiveNumber => {
                "Votre numéro définitif\u{a0}: ameli.fr n’accepte pas de numéro provisoire (commençant par 7 \
         ou 8), et l’identifiant est fait de ses 13 premiers chiffres."
            }
            Need::AttestationPdf => {
                "Votre attestation de droits en PDF, téléchargée depuis votre compte ameli.fr."
            }
            Need::EnsapDetails => {
                "Votre numéro à 15 chiffres, votre date de naissance, une adresse e-mail, et les \
         coordonnées bancaires (RIB, IBAN) du compte où votre salaire est versé."
            }
        }
    }

    fn done_on(&self, date: &str) -> String {
        format!("fait le {date}")
    }

    fn not_needed(&self) -> &'static str {
        "sans objet"
    }

    fn due_on(&self, date: &str) -> String {
        format!("au plus tard le {date}")
    }

    fn no_fixed_date(&self) -> &'static str {
        "pas de date fixe"
    }

    fn due_today(&self) -> &'static str {
        "aujourd’hui"
    }

    fn in_days(&self) -> Plural {
        Plural {
            one: "dans {n} jour",
            other: "dans {n} jours",
        }
    }

    fn days_late(&self) -> Plural {
        Plural {
            one: "{n} jour de retard",
            other: "{n} jours de retard",
        }
    }

    fn no_letter_for(&self) -> Plural {
        Plural {
            one: "{n} jour sans courrier",
            other: "{n} jours sans courrier",
        }
    }

    fn next_dated(&self, step: &str, due: &str, days: &str) -> String {
        format!("À faire\u{a0}: {step} — au plus tard le {due} ({days})")
    }

    fn next_nia(&self, step: &str) -> String {
        format!("À faire\u{a0}: {step} — pas de date fixe, il arrive avec le courrier de la CPAM")
    }

    fn next_nia_then(&self, step: &str, then: &str, due: &str, days: &str) -> String {
        format!(
            "À faire\u{a0}: {step} — pas de date propre\u{a0}; étape «\u{a0}{then}\u{a0}» au plus tard le {due} ({days})"
        )
    }

    fn all_done(&self) -> &'static str {
        "Tout est fait\u{a0}: votre affiliation est complète."
    }

    fn days_ago(&self) -> Plural {
        Plural {
            one: "{n} jour",
            other: "{n} jours",
        }
    }

    fn deadlines_passed(&self) -> Plural {
        Plural {
            one: "{n} échéance dépassée depuis",
            other: "{n} échéances dépassées depuis",
        }
    }

    fn done_since(&self) -> Plural {
        Plural {
            one: "{n} étape faite depuis",
            other: "{n} étapes faites depuis",
        }
    }

    fn since_last_visit(&self, ago: &str, passed: &str) -> String {
        format!("Dernière visite sur cet ordinateur il y a {ago}\u{a0}; {passed}.")
    }

    fn profile_labels(&self) -> ProfileLabels {
        ProfileLabels {
            level: "Niveau\u{a0}:",
            department: "Département\u{a0}:",
            start: "Début du contrat\u{a0}:",
            registered: "Déjà un numéro définitif\u{a0}:",
            name: "Nom\u{a0}:",
            school: "Établissement\u{a0}:",
            gestionnaire: "Gestionnaire\u{a0}:",
            gestionnaire_email: "E-mail du gestionnaire\u{a0}:",
            title: "Vous signez\u{a0}:",
            civility: "Formule d’appel\u{a0}:",
            language: "Langue\u{a0}:",
            not_set: "non renseigné",
            default: "par défaut",
        }
    }

    fn not_set_up(&self, path: &str) -> String {
        format!(
            "Profil pas encore renseigné ({path})\u{a0}: lancez `secu` pour répondre aux questions, \
             ou `secu setup --level secondary`."
        )
    }

    fn yes(&self) -> &'static str {
        "oui"
    }

    fn no(&self) -> &'static str {
        "non"
    }

    fn progress_gauge(&self, done: usize, total: usize) -> String {
        if done <= 1 {
            format!("{done} étape sur {total} faite")
        } else {
            format!("{done} étapes sur {total} faites")
        }
    }

    fn digits_hidden(&self, start: &str, hidden: usize, end: &str) -> String {
        format!("{start}, {hidden} chiffres masqués, {end}")
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

    fn usual_label(&self) -> &'static str {
        "En général"
    }

    fn late_label(&self) -> &'static str {
        "En retard"
    }

    fn needs_label(&self) -> &'static str {
        "Il vous faut"
    }

    fn sheet_label(&self) -> &'static str {
        "Fiche"
    }

    fn sheet_translation(&self) -> Option<SheetTranslation> {
        // The sheet is in French: nothing to translate.
        None
    }

    fn glossary_title(&self) -> &'static str {
        "Les mots de vos courriers"
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "CPAM",
                "Caisse primaire d’assurance maladie\u{a0}: pour les assistants de langue, la CPAM de Paris les immatricule tous, où qu’ils travaillent.",
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
                "Le document qui prouve vos droits à l’assurance maladie, à télécharger en PDF sur ameli.fr.",
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
            (
                "Demande d’immatriculation",
                "La demande d’inscription à la Sécurité sociale, que votre établissement envoie à la CPAM.",
            ),
            (
                "Carte Vitale",
                "La carte d’assurance maladie\u{a0}; elle demande le numéro définitif.",
            ),
            (
                "Rectorat",
                "Les services centraux de l’académie\u{a0}; sa DIPE gère les assistants du second degré.",
            ),
            (
                "Académie",
                "L’administration de l’éducation d’une région\u{a0}: ici Aix-Marseille, avec quatre départements.",
            ),
            (
                "RIB",
                "Relevé d’identité bancaire\u{a0}: les coordonnées (IBAN) de votre compte en France, données par votre banque.",
            ),
            (
                "Arrêté de nomination",
                "Le document qui vous nomme assistant, signé par l’académie.",
            ),
            (
                "S1106",
                "Le formulaire de demande d’ouverture des droits à l’assurance maladie, sur ameli.fr.",
            ),
            (
                "Acte de naissance",
                "L’acte d’état civil de votre naissance\u{a0}: la CPAM en demande une copie intégrale, avec le nom de vos parents.",
            ),
            ("Bulletin de paie", "La fiche de paie de chaque mois."),
            (
                "Feuille de soins",
                "Le formulaire ou le reçu des soins payés\u{a0}: gardez-le pour vos remboursements.",
            ),
        ]
    }

    fn sheet_says(&self) -> &'static str {
        "Pourquoi c’est important, dans les mots de la fiche"
    }

    fn sheet_months_moved(&self, month: &str) -> String {
        format!(
            "Les mois de la fiche valent pour un contrat qui commence en octobre\u{a0}; le vôtre \
             commence en {month}, et l’échéance ci-dessus les décale d’autant."
        )
    }

    fn language_changed(&self) -> &'static str {
        "Français. Touche L pour une autre langue."
    }

    fn help_title(&self) -> &'static str {
        "Touches"
    }

    fn date_prompt(&self) -> &'static str {
        "Fait quel jour\u{a0}? (JJ/MM/AAAA)"
    }

    fn confirm_untick(&self, step: &str, date: &str) -> String {
        format!("Décocher l’étape {step} (faite le {date})\u{a0}?")
    }

    fn ticked(&self, step: &str, date: &str) -> String {
        format!("Étape {step} cochée le {date}.")
    }

    fn unticked(&self, step: &str) -> String {
        format!("Étape {step} décochée.")
    }

    fn profile_saved(&self) -> &'static str {
        "Profil enregistré."
    }

    fn too_small(&self) -> &'static str {
        "Fenêtre trop petite (40x12 minimum)"
    }

    fn changed_elsewhere(&self) -> &'static str {
        "Modifié par un autre secu\u{a0}: voici la dernière version."
    }

    fn setup_title(&self, number: usize, total: usize) -> String {
        format!("Profil — question {number} sur {total}")
    }

    fn welcome(&self) -> &'static str {
        "Bienvenue\u{a0}! Quelques questions pour dater votre liste\u{a0}; changez les réponses plus tard \
         avec s."
    }

    fn ask_language(&self) -> &'static str {
        "Dans quelle langue secu doit-il vous parler\u{a0}?"
    }

    fn ask_level(&self) -> &'static str {
        "Où enseignez-vous\u{a0}?"
    }

    fn ask_department(&self) -> &'static str {
        "Dans quel département est votre école\u{a0}?"
    }

    fn ask_start(&self) -> &'static str {
        "Quand commence votre contrat\u{a0}? (JJ/MM/AAAA)"
    }

    fn ask_registered(&self) -> &'static str {
        "Avez-vous déjà un numéro de sécurité sociale définitif à 15 chiffres\u{a0}?"
    }

    fn registered_hint(&self) -> &'static str {
        "Si oui, les étapes de la CPAM sont sans objet\u{a0}: vous commencez par l’attestation."
    }

    fn ask_number(&self) -> &'static str {
        "Votre numéro définitif (15 caractères), pour ameli.fr et ENSAP\u{a0}:"
    }

    fn ask_name(&self) -> &'static str {
        "Votre nom, comme sur votre contrat (pour l’e-mail à votre gestionnaire)\u{a0}:"
    }

    fn ask_school(&self) -> &'static str {
        "Votre établissement (nom et ville)\u{a0}:"
    }

    fn ask_title(&self) -> &'static str {
        "Dans l’e-mail à votre gestionnaire, vous êtes\u{a0}:"
    }

    fn ask_civility(&self) -> &'static str {
        "Comment l’e-mail doit-il saluer votre gestionnaire\u{a0}?"
    }

    fn leave_out(&self) -> &'static str {
        "Aucun des deux\u{a0}: ne pas l’écrire"
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

    fn number_label(&self) -> &'static str {
        "Numéro"
    }

    fn number_prompt_nia(&self) -> &'static str {
        "Votre numéro provisoire (NIA), sur le courrier de la CPAM\u{a0}:"
    }

    fn number_prompt_nir(&self) -> &'static str {
        "Votre numéro définitif (NIR), sur le courrier de la CPAM\u{a0}:"
    }

    fn no_number_asked_at_tick(&self) -> &'static str {
        "demandé quand vous cochez cette étape"
    }

    fn no_number_yet_press_n(&self) -> &'static str {
        "pas encore donné (touche n)"
    }

    fn no_number_give_nir(&self) -> &'static str {
        "pas encore\u{a0}: donnez votre NIR à l’étape 3 (n)"
    }

    fn no_number_registered(&self) -> &'static str {
        "pas encore\u{a0}: donnez le numéro définitif que vous avez avec n"
    }

    fn number_saved(&self, step: &str) -> String {
        format!("Numéro enregistré pour l’étape {step}.")
    }

    fn looks_provisional(&self) -> &'static str {
        "Ce numéro commence par 7 ou 8, comme un numéro provisoire\u{a0}: vérifiez que c’est bien le \
         numéro définitif (NIR) du courrier de la CPAM."
    }

    fn same_as_nia(&self) -> &'static str {
        "C’est le même numéro que votre NIA\u{a0}: cela arrive, le numéro provisoire peut devenir \
         définitif."
    }

    fn copied_nia(&self) -> &'static str {
        "Numéro provisoire (NIA) copié."
    }

    fn copied_ameli(&self) -> &'static str {
        "13 premiers chiffres copiés, pour ameli.fr."
    }

    fn copied_ensap(&self) -> &'static str {
        "15 chiffres copiés, pour ENSAP."
    }

    fn no_number_yet(&self, step: &str) -> String {
        format!("Pas encore de numéro\u{a0}: appuyez sur n sur l’étape {step}.")
    }

    fn copy_failed(&self) -> &'static str {
        "Le terminal n’a pas accepté la copie."
    }

    fn numbers_tightened(&self, path: &str) -> String {
        format!("{path} était lisible par d’autres\u{a0}; il n’est plus lisible que par vous.")
    }

    fn contact_label(&self) -> &'static str {
        "Contact"
    }

    fn contact_bureau(&self, email: &str) -> String {
        format!("Bureau des assistants (DIPE), rectorat\u{a0}: {email}")
    }

    fn dsden_office(&self, department: &str) -> String {
        format!("la DSDEN {department}")
    }

    fn dsden_office_unknown(&self) -> &'static str {
        "la DSDEN"
    }

    fn contact_unknown(&self, office: &str) -> String {
        format!("Votre gestionnaire à {office} (ajoutez son nom et son e-mail avec s)")
    }

    fn contact_named(&self, name: &str, office: &str) -> String {
        format!("{name}, {office}")
    }

    fn contact_someone(&self, office: &str) -> String {
        format!("Votre gestionnaire, {office}")
    }

    fn link_label(&self) -> &'static str {
        "Lien"
    }

    fn link_opened(&self) -> &'static str {
        "Ouvert dans votre navigateur."
    }

    fn note_label(&self) -> &'static str {
        "Note"
    }

    fn note_prompt(&self, step: &str) -> String {
        format!("Votre note sur l’étape {step} (appels, références, preuves)\u{a0}:")
    }

    fn note_saved(&self, step: &str) -> String {
        format!("Note enregistrée pour l’étape {step}.")
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

    fn pdf_not_found(&self) -> &'static str {
        "Il n’y a pas de fichier à cet emplacement."
    }

    fn pdf_folder(&self) -> &'static str {
        "C’est un dossier\u{a0}: indiquez le fichier PDF lui-même."
    }

    fn pdf_unreadable(&self, why: &str) -> String {
        format!("Ce fichier ne peut pas être lu ({why}).")
    }

    fn pdf_not_pdf(&self) -> &'static str {
        "Ce fichier n’est pas un PDF\u{a0}: téléchargez l’attestation en PDF sur ameli.fr."
    }

    fn task(&self, task: SubTask) -> &'static str {
        match task {
            SubTask::AmeliAccount => "Compte créé sur ameli.fr",
            SubTask::AttestationDownloaded => "Attestation de droits téléchargée",
        }
    }

    fn mail_title(&self) -> &'static str {
        "E-mail à votre gestionnaire"
    }

    fn mail_no_address(&self) -> &'static str {
        "L’e-mail de votre gestionnaire n’est pas encore connu\u{a0}: ajoutez-le avec s, ou copiez \
         le texte avec y."
    }

    fn mail_opened(&self) -> &'static str {
        "L’e-mail est ouvert dans votre messagerie."
    }

    fn mail_part_address(&self) -> &'static str {
        "l’adresse"
    }

    fn mail_part_subject(&self) -> &'static str {
        "l’objet"
    }

    fn mail_part_body(&self) -> &'static str {
        "le texte"
    }

    fn mail_part_all(&self) -> &'static str {
        "le tout, avec ses intitulés"
    }

    fn mail_part_copied(&self, part: &str) -> String {
        format!("{part}\u{a0}: copié, collez-le dans votre webmail.")
    }

    fn mail_attach(&self) -> &'static str {
        "Joignez vous-même le PDF de votre attestation\u{a0}: un e-mail ouvert ou copié d’ici ne peut pas le contenir."
    }

    fn mail_no_name(&self) -> &'static str {
        "Votre nom n’est pas renseigné\u{a0}: remplacez [NOM Prénom] avant d’envoyer."
    }

    fn timeline_title(&self) -> &'static str {
        "Année scolaire"
    }

    fn timeline_legend(&self) -> &'static str {
        "◆ échéance · ✓ fait · │ aujourd’hui"
    }

    fn ics_written(&self) -> Plural {
        Plural {
            one: "{n} échéance écrite dans {path}\u{a0}: importez le fichier dans votre agenda.",
            other: "{n} échéances écrites dans {path}\u{a0}: importez le fichier dans votre agenda.",
        }
    }

    fn overdue_since(&self, step: &str, due: &str) -> String {
        format!("{step} — en retard depuis le {due}")
    }

    fn sheet_written(&self, path: &str) -> String {
        format!("La fiche remplie est dans {path}.")
    }

    fn already_done(&self, step: &str, date: &str) -> String {
        format!("L’étape {step} est déjà cochée (faite le {date}).")
    }

    fn skipped_step(&self, step: &str) -> String {
        format!("L’étape {step} est sans objet\u{a0}: vous avez déjà un numéro définitif.")
    }

    fn previous_open(&self, previous: &str) -> String {
        format!("Cochez d’abord l’étape {previous}\u{a0}: les étapes se suivent dans l’ordre.")
    }

    fn in_future(&self, date: &str) -> String {
        format!("Le {date} est dans le futur\u{a0}: indiquez le jour où c’est arrivé.")
    }

    fn before_previous(&self, date: &str, previous: &str, previous_date: &str) -> String {
        format!(
            "Le {date} est avant l’étape {previous} (faite le {previous_date})\u{a0}: choisissez ce \
             jour-là ou un jour suivant."
        )
    }

    fn after_next(&self, date: &str, next: &str, next_date: &str) -> String {
        format!(
            "Le {date} est après l’étape {next} (faite le {next_date})\u{a0}: choisissez ce jour-là \
             ou un jour précédent."
        )
    }

    fn not_ticked(&self, step: &str) -> String {
        format!("L’étape {step} n’est pas cochée.")
    }

    fn later_done(&self, later: &str) -> String {
        format!(
            "Décochez d’abord l’étape {later}\u{a0}: seule la dernière étape cochée peut être décochée."
        )
    }

    fn has_no_number(&self, step: &str) -> String {
        format!("L’étape {step} n’a pas de numéro\u{a0}: seuls le NIA et le NIR en ont un.")
    }

    fn number_before_tick(&self, step: &str) -> String {
        format!("Cochez l’étape {step} avant de donner son numéro.")
    }

    fn attestation_done(&self) -> &'static str {
        "Votre attestation est déjà envoyée\u{a0}: décochez-la avant de changer votre réponse sur le \
         numéro définitif."
    }

    fn task_before_number(&self, task: &str, step: &str) -> String {
        format!(
            "{task} attend votre numéro définitif, le seul qu’accepte ameli.fr\u{a0}: cochez \
             l’étape {step} à l’arrivée de son courrier."
        )
    }

    fn task_before_account(&self, task: &str) -> String {
        format!(
            "L’attestation se télécharge depuis votre compte ameli.fr\u{a0}: cochez d’abord \
             {task}."
        )
    }

    fn start_out_of_range(&self, year: i32) -> String {
        format!(
            "Un contrat ne peut pas commencer en {year}\u{a0}: indiquez une date de 2000 à 2100."
        )
    }

    fn note_too_long(&self, max: usize) -> String {
        format!("La note est trop longue\u{a0}: {max} caractères au plus.")
    }

    fn note_count(&self, count: usize, max: usize) -> String {
        format!("{count}/{max} caractères\u{a0}: raccourcissez la note pour l’enregistrer.")
    }

    fn text_too_long(&self, max: usize) -> String {
        format!("C’est trop long\u{a0}: {max} caractères au plus.")
    }

    fn path_too_long(&self, max: usize) -> String {
        format!("Ce chemin est trop long\u{a0}: {max} octets au plus.")
    }

    fn number_empty(&self) -> &'static str {
        "Saisissez le numéro du courrier de la CPAM."
    }

    fn number_unexpected(&self, position: usize, character: &str) -> String {
        format!(
            "Le caractère {position} («\u{a0}{character}\u{a0}») ne peut pas faire partie d’un numéro\u{a0}: \
             saisissez les chiffres (espaces, points et tirets acceptés)."
        )
    }

    fn number_missing_key(&self) -> &'static str {
        "Seulement 13 caractères\u{a0}: il manque la clé à 2 chiffres. Saisissez les 15 du courrier."
    }

    fn number_length(&self, length: usize) -> String {
        format!(
            "{length} caractères\u{a0}: un numéro de sécurité sociale en a 15 (13 chiffres et une clé \
             à 2 chiffres)."
        )
    }

    fn number_letter(&self, position: usize, letter: char) -> String {
        format!(
            "Le caractère {position} est la lettre «\u{a0}{letter}\u{a0}» à la place d’un chiffre (seuls \
             2A ou 2B, pour la Corse, aux caractères 6–7)."
        )
    }

    fn number_sex(&self, digit: char) -> String {
        format!(
            "Le premier chiffre est {digit}\u{a0}: c’est 1 ou 2 (7 ou 8 pour un numéro provisoire)."
        )
    }

    fn number_month(&self, month: &str) -> String {
        format!(
            "Les caractères 4–5 ({month}) ne sont pas un mois de naissance\u{a0}: vérifiez-les."
        )
    }

    fn number_place(&self, place: &str) -> String {
        format!(
            "«\u{a0}{place}\u{a0}» n’est pas un lieu de naissance (caractères 6–7\u{a0}: un département, 2A, \
             2B, 97, 98, ou 99 pour l’étranger)."
        )
    }

    fn number_order(&self) -> &'static str {
        "Les caractères 11–13 ne peuvent pas être 000\u{a0}: vérifiez-les."
    }

    fn number_key(&self) -> &'static str {
        "La clé (les 2 derniers chiffres) ne correspond pas aux autres\u{a0}: un chiffre est sans \
         doute mal saisi. Comparez avec le courrier de la CPAM."
    }

    fn date_empty(&self) -> &'static str {
        "Saisissez une date, par exemple 02/10/2026."
    }

    fn date_unreadable(&self, text: &str) -> String {
        format!(
            "«\u{a0}{text}\u{a0}» n’est pas une date\u{a0}: écrivez-la JJ/MM/AAAA, par exemple 02/10/2026."
        )
    }

    fn date_does_not_exist(&self, date: &str) -> String {
        format!("Le {date} n’existe pas\u{a0}: vérifiez le jour et le mois.")
    }

    fn date_out_of_range(&self, year: i32) -> String {
        format!(
            "{year} n’est pas une année que secu accepte\u{a0}: indiquez une date de 2000 à 2100."
        )
    }

    fn no_config_dir(&self) -> &'static str {
        "Aucun dossier de configuration trouvé pour votre utilisateur\u{a0}: choisissez un fichier \
         avec --file CHEMIN."
    }

    fn cannot_read(&self, path: &str, why: &str) -> String {
        format!("Impossible de lire {path}\u{a0}: {why}.")
    }

    fn too_large(&self, path: &str, size: u64) -> String {
        format!("{path} fait {size} octets\u{a0}: trop gros pour un fichier de progression secu.")
    }

    fn damaged(&self, path: &str, line: usize, column: usize, what: &str) -> String {
        format!("{path} est endommagé à la ligne {line}, colonne {column} ({what}).")
    }

    fn not_json(&self) -> &'static str {
        "ce n’est pas du JSON valide"
    }

    fn bad_value(&self, field: &str) -> String {
        format!("la valeur de {field} ne peut pas être lue")
    }

    fn inconsistent(&self, path: &str, problem: &str) -> String {
        format!("{path} ne suit pas la procédure\u{a0}: {problem}.")
    }

    fn left_as_is(&self) -> &'static str {
        "Il n’a pas été modifié\u{a0}: `secu repair` le met de côté et garde ce qui peut être lu."
    }

    fn done_after_open(&self, step: &str, previous: &str) -> String {
        format!("l’étape {step} est faite mais pas l’étape {previous} avant elle")
    }

    fn dates_out_of_order(
        &self,
        step: &str,
        date: &str,
        previous: &str,
        previous_date: &str,
    ) -> String {
        format!("l’étape {step} est faite le {date}, avant l’étape {previous} ({previous_date})")
    }

    fn dates_out_of_range(&self) -> &'static str {
        "une date n’est pas comprise entre 2000 et 2100"
    }

    fn note_too_long_in_file(&self, step: &str) -> String {
        format!("la note de l’étape {step} est plus longue que ce que secu garde")
    }

    fn invalid_number_in_file(&self, step: &str, why: &str) -> String {
        format!("le numéro de l’étape {step} n’est pas valide. {why}")
    }

    fn newer_version(&self, path: &str, version: u32) -> String {
        format!(
            "{path} a été écrit par un secu plus récent (version {version})\u{a0}: mettez secu à jour \
             pour le modifier."
        )
    }

    fn cannot_write(&self, path: &str, why: &str) -> String {
        format!("Impossible d’écrire {path}\u{a0}: {why}. Rien n’a été modifié.")
    }

    fn locked(&self, path: &str) -> String {
        format!(
            "{path} est en cours de modification par un autre secu\u{a0}: rien n’a été modifié, \
             réessayez dans un instant."
        )
    }

    fn terminal_error(&self, why: &str) -> String {
        format!(
            "La liste a besoin d’un terminal ({why})\u{a0}; dans un script, utilisez `secu status` \
             ou `secu done`."
        )
    }

    fn repair_no_file(&self, path: &str) -> String {
        format!("Rien à réparer\u{a0}: il n’y a pas de fichier à {path}.")
    }

    fn repair_healthy(&self, path: &str) -> String {
        format!("Rien à réparer\u{a0}: {path} se lit correctement. Il n’a pas été modifié.")
    }

    fn repair_moved(&self, aside: &str) -> String {
        format!("Le fichier endommagé a été déplacé vers {aside} (rien n’a été supprimé).")
    }

    fn repair_new_file(&self, path: &str) -> String {
        format!("Un nouveau {path} contient ce qui a pu en être lu\u{a0}:")
    }

    fn repair_nothing_read(&self) -> &'static str {
        "rien n’a pu être lu\u{a0}; répondez de nouveau aux questions avec `secu`."
    }

    fn repair_kept(&self, what: &str) -> String {
        format!("gardé\u{a0}: {what}")
    }

    fn repair_dropped(&self, what: &str) -> String {
        format!("pas gardé\u{a0}: {what}")
    }

    fn kept_number(&self, step: &str) -> String {
        format!("le numéro de l’étape {step}")
    }

    fn kept_last_opened(&self) -> &'static str {
        "la date de la dernière visite"
    }

    fn dropped_unreadable(&self, field: &str) -> String {
        format!("{field}, illisible")
    }

    fn dropped_out_of_order(&self, step: &str) -> String {
        format!("la date de l’étape {step}, qui ne respectait pas l’ordre des étapes")
    }

    fn newer_read_only(&self, version: u32) -> String {
        format!(
            "Ce fichier a été écrit par un secu plus récent (version {version})\u{a0}: affiché autant \
             que celui-ci le comprend, et pas modifié. Mettez secu à jour pour le modifier."
        )
    }

    fn dropped_cut(&self, field: &str, max: usize) -> String {
        format!("{field} en partie\u{a0}: ses {max} premiers caractères")
    }

    fn cannot_keep(&self, path: &str) -> String {
        format!(
            "{path} contient des données trop imbriquées pour que secu les garde entières en enregistrant\u{a0}: rien n’a été modifié."
        )
    }

    fn no_deadline_passed(&self) -> &'static str {
        "aucune échéance dépassée depuis"
    }

    fn give_number_later(&self) -> &'static str {
        "Donnez le numéro définitif que vous avez avec `secu setup --number NUMÉRO` (ou n dans la liste)\u{a0}: ameli.fr et ENSAP le demandent."
    }

    fn broken_link(&self, link: &str, target: &str) -> String {
        format!(
            "{link} est un lien vers {target}, qui n’existe pas\u{a0}: créez ce dossier, ou supprimez le lien. Rien n’a été modifié."
        )
    }

    fn time_zone_set_aside(&self, tz: &str) -> String {
        format!(
            "TZ={tz} n’est pas un fichier de fuseau horaire\u{a0}: le fuseau horaire du système est utilisé à la place."
        )
    }

    fn output_lost(&self, why: &str) -> String {
        format!("Une partie de la sortie n’a pas pu être écrite\u{a0}: {why}.")
    }

    fn changed_meanwhile(&self, now: &str) -> String {
        format!(
            "Un autre secu a enregistré ceci pendant que vous écriviez\u{a0}; c’est maintenant\u{a0}: {now}. Enregistrez à nouveau pour mettre le vôtre à la place, ou Échap pour le garder."
        )
    }

    fn profile_changed_meanwhile(&self) -> &'static str {
        "Un autre secu a modifié ces réponses pendant que vous écriviez. Les vôtres sont toujours là\u{a0}: enregistrez à nouveau pour les mettre en place, ou Échap pour garder celles du fichier."
    }

    fn note_merged(&self) -> &'static str {
        "Un autre secu a enregistré une autre note pendant que vous écriviez\u{a0}: son texte est en premier, le vôtre après. Gardez ce que vous voulez et enregistrez à nouveau, ou Échap pour ne garder que l’autre."
    }

    fn meanwhile_nothing(&self) -> &'static str {
        "rien"
    }

    fn nothing_to_export(&self) -> &'static str {
        "Rien à exporter\u{a0}: aucune étape ouverte n’a d’échéance (toutes sont faites ou inutiles). Aucun fichier n’a été écrit."
    }

    fn calendar_stale(&self, how: &str) -> String {
        format!(
            "Votre agenda a encore le rappel de cette étape\u{a0}: exportez de nouveau l’agenda ({how}) et importez-le."
        )
    }

    fn ics_cancelled(&self) -> Plural {
        Plural {
            one: "L’étape faite y est aussi, annulée\u{a0}: un agenda qui l’avait importée retire son rappel.",
            other: "Les {n} étapes faites y sont aussi, annulées\u{a0}: un agenda qui les avait importées retire leurs rappels.",
        }
    }

    fn mail_no_address_cli(&self) -> &'static str {
        "L’e-mail de votre gestionnaire n’est pas encore connu\u{a0}: donnez-le avec secu setup --gestionnaire-email ADRESSE."
    }

    fn not_a_file(&self, path: &str) -> String {
        format!(
            "Impossible de lire {path}\u{a0}: ce n’est pas un fichier (un dossier, un périphérique ou un tube)\u{a0}; choisissez un fichier de progression avec --file CHEMIN."
        )
    }

    fn could_not_tighten(&self, path: &str, why: &str) -> String {
        format!(
            "{path} est lisible par d’autres et n’a pas pu être rendu privé ({why})\u{a0}: il contient vos numéros, déplacez-le là où personne d’autre ne peut le lire."
        )
    }

    fn redated(&self, step: &str, date: &str, was: &str) -> String {
        format!("Date de l’étape {step} corrigée\u{a0}: faite le {date} (au lieu du {was}).")
    }

    fn before_start(&self, start: &str) -> String {
        format!(
            "Ce jour est avant le début de votre contrat ({start})\u{a0}: un établissement peut agir en avance, mais vérifiez la date."
        )
    }

    fn start_written(&self, start: &str) -> String {
        format!(
            "Début du contrat enregistré\u{a0}: {start}, le 1er octobre de cette année scolaire. Si le vôtre est un autre jour, donnez-le avec secu setup --start DATE."
        )
    }

    fn same_school_year(&self, year: &str, from: &str) -> String {
        format!(
            "L’année scolaire {year} est toujours en cours\u{a0}: une nouvelle année peut commencer à partir du {from}, ou donnez avec --start DATE un début de contrat dans une année scolaire suivante."
        )
    }

    fn new_year_kept(&self, year: &str, path: &str, start: &str) -> String {
        format!(
            "L’année scolaire {year} est conservée dans {path}. La nouvelle commence le {start}."
        )
    }

    fn new_year_registered(&self) -> &'static str {
        "Votre numéro définitif est conservé\u{a0}: les étapes de la CPAM sont derrière vous, et viennent ensuite l’attestation et ENSAP."
    }

    fn new_year_again(&self) -> &'static str {
        "Aucun numéro définitif n’était enregistré\u{a0}: la procédure recommence à la demande d’immatriculation."
    }

    fn new_year_notice(&self, year: &str) -> String {
        format!(
            "Le contrat {year} est terminé\u{a0}: secu new-year met de côté le fichier de cette année et commence la suivante."
        )
    }

    fn clock_behind(&self, today: &str, latest: &str) -> String {
        format!(
            "L’horloge de cet ordinateur indique le {today}, avant une date déjà enregistrée ({latest})\u{a0}: vérifiez l’horloge. D’ici là, les dates jusqu’au {latest} sont acceptées."
        )
    }

    fn lang_invalid(&self, value: &str) -> String {
        format!(
            "SECU_LANG={value} n’est pas une langue que secu parle\u{a0}: utilisez en, fr, es, de ou it."
        )
    }

    fn export_over_progress(&self, path: &str) -> String {
        format!(
            "{path} est votre fichier de progression\u{a0}: écrivez l’export dans un autre fichier."
        )
    }

    #[allow(clippy::too_many_lines, reason = "a table: one line for each action")]
    fn action(&self, action: Action) -> (&'static str, &'static str) {
        match action {
            Action::Up => (
                "aller",
                "monter\u{a0}: l’étape au-dessus, la ligne au-dessus, ou le texte",
            ),
            Action::Down => (
                "descendre",
                "descendre\u{a0}: l’étape en dessous, la ligne en dessous, ou le texte",
            ),
            Action::ScrollUp => (
                "remonter",
                "faire remonter le détail ou le texte d’une page",
            ),
            Action::ScrollDown => ("défiler", "faire défiler le détail ou le texte d’une page"),
            Action::Tick => (
                "cocher",
                "cocher l’étape\u{a0}: un champ s’ouvre avec la date du jour",
            ),
            Action::Redate => (
                "corriger la date",
                "corriger la date d’une étape cochée, les autres restant cochées",
            ),
            Action::Untick => (
                "décocher",
                "décocher la dernière étape cochée, après une question",
            ),
            Action::Number => (
                "numéro",
                "donner ou corriger le numéro (NIA, NIR\u{a0}; sur ENSAP, le NIR)",
            ),
            Action::Reveal => (
                "afficher",
                "afficher le numéro en entier, jusqu’au déplacement",
            ),
            Action::Copy => (
                "copier",
                "copier le numéro comme le site de l’étape le demande, l’adresse de l’étape, ou le texte de l’e-mail",
            ),
            Action::Open => (
                "ouvrir",
                "ouvrir la page de l’étape, ou l’e-mail dans votre messagerie",
            ),
            Action::Mail => (
                "e-mail",
                "sur l’attestation\u{a0}: l’e-mail à votre gestionnaire",
            ),
            Action::Note => (
                "note",
                "écrire une note sur l’étape (appels, références, preuves)",
            ),
            Action::Pdf => (
                "PDF",
                "sur l’attestation\u{a0}: garder le chemin du PDF envoyé",
            ),
            Action::Task1 => (
                "tâche 1",
                "cocher la première petite tâche\u{a0}: compte créé sur ameli.fr",
            ),
            Action::Task2 => (
                "tâche 2",
                "cocher la seconde petite tâche\u{a0}: attestation téléchargée",
            ),
            Action::Timeline => ("frise", "la frise des mois de votre contrat"),
            Action::Export => (
                "exporter",
                "enregistrer l’agenda (.ics) ou la fiche remplie dans Téléchargements",
            ),
            Action::Setup => ("profil", "voir et changer les réponses du profil"),
            Action::Glossary => ("mots", "les mots de vos courriers, expliqués"),
            Action::Language => ("langue", "passer à la langue suivante (enregistré)"),
            Action::Help => ("aide", "cette aide"),
            Action::WholeMessage => (
                "message entier",
                "lire en entier le message du bas quand il a été raccourci",
            ),
            Action::Back => ("retour", "revenir à la question précédente"),
            Action::Close => (
                "fermer",
                "fermer ce qui est ouvert\u{a0}: une question, un champ, une vue (ne quitte jamais)",
            ),
            Action::Quit => ("quitter", "quitter (tout est déjà enregistré)"),
            Action::Interrupt => (
                "quitter",
                "quitter d’où que vous soyez (demande d’abord si un texte saisi serait perdu)",
            ),
            Action::Suspend => (
                "pause",
                "mettre secu en pause et revenir au shell ; fg le ramène tel quel",
            ),
            Action::Yes => ("oui", "répondre oui"),
            Action::No => ("non", "répondre non"),
            Action::First => ("premier", "choisir le premier"),
            Action::Second => ("second", "choisir le second"),
            Action::Third => ("troisième", "choisir le troisième"),
            Action::Fourth => ("quatrième", "choisir le quatrième"),
            Action::Submit => ("valider", "valider ce qui a été saisi ou choisi"),
            Action::Save => ("enregistrer", "enregistrer la note"),
            Action::NewLine => ("nouvelle ligne", "commencer une nouvelle ligne"),
            Action::Left => ("gauche", "déplacer le curseur à gauche"),
            Action::Right => ("droite", "déplacer le curseur à droite"),
            Action::Home => ("début", "au début de la ligne"),
            Action::End => ("fin", "à la fin de la ligne"),
            Action::Backspace => ("effacer", "effacer le caractère avant le curseur"),
            Action::Delete => ("supprimer", "supprimer le caractère sous le curseur"),
            Action::DeleteToStart => ("vider", "supprimer tout ce qui précède le curseur"),
            Action::DeleteWord => ("effacer le mot", "effacer le mot avant le curseur"),
        }
    }

    fn key_names(&self) -> KeyNames {
        KeyNames {
            space: "Espace",
            enter: "Entrée",
            esc: "Échap",
            backspace: "Retour arrière",
            delete: "Suppr",
            page_up: "PgPréc",
            page_down: "PgSuiv",
            home: "Début",
            end: "Fin",
            ctrl: "Ctrl",
        }
    }

    fn already_ticked(&self, step: &str, date: &str, redate: &str, untick: &str) -> String {
        format!(
            "L’étape {step} est déjà cochée ({date})\u{a0}: {redate} corrige la date, {untick} la décoche."
        )
    }

    fn only_when_ticked(&self, key: &str) -> String {
        format!("{key} corrige la date d’une étape cochée\u{a0}: celle-ci ne l’est pas.")
    }

    fn untick_which(&self, key: &str, last: &str) -> String {
        format!("{key} décoche la dernière étape cochée\u{a0}: {last}.")
    }

    fn nothing_ticked(&self, key: &str) -> String {
        format!("{key} décoche la dernière étape cochée\u{a0}: aucune ne l’est encore.")
    }

    fn only_with_number(&self, key: &str) -> String {
        format!("{key} agit sur un numéro\u{a0}: seulement sur les étapes NIA, NIR et ENSAP.")
    }

    fn only_on(&self, key: &str, step: &str) -> String {
        format!("{key}\u{a0}: seulement sur l’étape {step}.")
    }

    fn no_whole_message(&self, key: &str) -> String {
        format!(
            "{key} affiche en entier le dernier message quand il a été raccourci\u{a0}: il n’y en a pas."
        )
    }

    fn esc_in_list(&self, quit: &str) -> String {
        format!("Rien à fermer ici\u{a0}: {quit} pour quitter.")
    }

    fn timeline_inert(&self, key: &str, back: &str) -> String {
        format!("{key} agit sur la liste\u{a0}: {back} pour y revenir.")
    }

    fn nothing_here(&self, key: &str, help: &str) -> String {
        format!("{key} ne fait rien ici\u{a0}: {help} affiche les touches.")
    }

    fn esc_first_question(&self, quit: &str) -> String {
        format!("C’est la première question\u{a0}: {quit} quitte sans rien enregistrer.")
    }

    fn exported(&self, path: &str) -> String {
        format!("Enregistré dans {path}.")
    }

    fn confirm_discard(&self) -> &'static str {
        "Abandonner vos modifications\u{a0}?"
    }

    fn confirm_quit_discard(&self) -> &'static str {
        "Quitter et abandonner ce que vous avez tapé\u{a0}?"
    }

    fn redate_prompt(&self) -> &'static str {
        "La bonne date\u{a0}? (JJ/MM/AAAA) Les étapes suivantes restent cochées."
    }

    fn number_kept_hint(&self) -> &'static str {
        "Entrée garde le numéro affiché\u{a0}; tapez pour le remplacer."
    }

    fn number_later_hint(&self) -> &'static str {
        "Vide\u{a0}: Entrée coche l’étape, et le numéro pourra être donné plus tard."
    }

    fn answers_title(&self) -> &'static str {
        "Vos réponses"
    }

    fn export_title(&self) -> &'static str {
        "Exporter dans Téléchargements"
    }

    fn export_calendar(&self) -> &'static str {
        "le calendrier des échéances (.ics), pour votre téléphone"
    }

    fn export_sheet(&self) -> &'static str {
        "la fiche de l’académie, remplie (.md)"
    }

    fn more_below(&self) -> &'static str {
        "suite plus bas"
    }

    fn export_failed(&self, path: &str, why: &str) -> String {
        format!("Impossible d’enregistrer {path}\u{a0}: {why}. Rien n’a été écrit.")
    }

    fn help_headings(&self) -> [&'static str; 4] {
        [
            "Dans la liste",
            "Dans la frise",
            "Dans un champ de texte",
            "Dans la note",
        ]
    }

    fn no_downloads(&self) -> &'static str {
        "Aucun dossier Téléchargements ni dossier personnel trouvé\u{a0}: utilisez secu export ics -o FICHIER depuis un terminal."
    }

    fn nothing_here_close(&self, key: &str, close: &str) -> String {
        format!("{key} ne fait rien ici\u{a0}: {close} pour fermer.")
    }

    fn dumb_terminal(&self) -> &'static str {
        "Ce terminal (TERM=dumb) ne peut pas afficher la liste\u{a0}: utilisez secu status pour la voir et secu done ÉTAPE pour cocher une étape."
    }

    fn not_a_terminal(&self) -> &'static str {
        "Ce n’est pas un terminal (l’entrée ou la sortie standard est redirigée)\u{a0}: la liste en a besoin. secu status l’affiche."
    }

    fn pdf_not_text(&self, path: &str) -> String {
        format!(
            "{path}\u{a0}: ce chemin n’est pas du texte UTF-8 valide\u{a0}: le fichier de progression ne peut donc pas le garder. Renommez le fichier (ou son dossier) et donnez-le à nouveau."
        )
    }

    fn sent_to_terminal(&self) -> &'static str {
        "Envoyé au presse-papiers du terminal et affiché ci-dessus\u{a0}: si rien n’arrive, votre terminal ne le permet pas\u{a0}; sélectionnez-le à la souris (en tenant Maj pendant que secu utilise la souris)."
    }

    fn no_browser(&self) -> &'static str {
        "Aucun navigateur n’a été ouvert ici (connexion SSH, ou pas d’écran graphique)."
    }

    fn address_copied(&self) -> &'static str {
        "Aucun navigateur ne peut s’ouvrir ici\u{a0}: l’adresse est copiée."
    }

    fn address_copied_here(&self) -> &'static str {
        "L’adresse de l’étape est copiée."
    }

    fn mail_not_opened(&self, copy: &str) -> String {
        format!(
            "Aucun logiciel de messagerie ne peut s’ouvrir ici (en SSH, ou sans écran graphique)\u{a0}: {copy} copie le texte pour un webmail."
        )
    }

    fn calendar_hint(&self) -> &'static str {
        "Ouvrez-le, ou envoyez-le-vous par e-mail\u{a0}: les téléphones ajoutent les fichiers .ics à leur agenda."
    }

    fn exported_remote(&self, command: &str) -> String {
        format!(
            "Enregistré sur le serveur où vous êtes connecté\u{a0}; récupérez-le avec\u{a0}: {command}"
        )
    }

    #[allow(clippy::too_many_lines, reason = "a table: one line for each place")]
    fn help(&self, help: Help) -> &'static str {
        match help {
            Help::About => {
                "La liste Sécurité sociale des assistants de langue de l’académie d’Aix-Marseille."
            }
            Help::LongAbout => {
                "La liste Sécurité sociale des assistants de langue de l’académie d’Aix-Marseille.\n\nSans commande, ouvre la liste dans le terminal\u{a0}; la première fois, pose les questions du profil."
            }
            Help::Usage => "Utilisation\u{a0}:",
            Help::Options => "Options\u{a0}",
            Help::Arguments => "Arguments\u{a0}",
            Help::Commands => "Commandes\u{a0}",
            Help::Help => "Afficher l’aide",
            Help::Version => "Afficher la version",
            Help::ValueOptions => "OPTIONS",
            Help::ValueTitle => "TITRE",
            Help::ValueCivility => "CIVILITÉ",
            Help::ValueCommand => "COMMANDE",
            Help::ValueBool => "BOOLÉEN",
            Help::ValueCode => "CODE",
            Help::ValueDate => "DATE",
            Help::ValueEmail => "E-MAIL",
            Help::ValueFile => "FICHIER",
            Help::ValueLevel => "NIVEAU",
            Help::ValueName => "NOM",
            Help::ValueNumber => "NUMÉRO",
            Help::ValuePath => "CHEMIN",
            Help::ValueSchool => "ÉTABLISSEMENT",
            Help::ValueShell => "SHELL",
            Help::ValueStep => "ÉTAPE",
            Help::ValueTask => "TÂCHE",
            Help::ValueText => "TEXTE",
            Help::File => {
                "Le fichier de progression (env SECU_FILE) [par défaut\u{a0}: <dossier de config>/secu/progress.json]"
            }
            Help::Lang => {
                "Langue\u{a0}: en, fr, es, de ou it (env SECU_LANG) [par défaut\u{a0}: le choix enregistré, sinon la langue du système, sinon en]"
            }
            Help::Today => {
                "Prendre DATE pour aujourd’hui, pour voir les échéances à l’avance\u{a0}: JJ/MM/AAAA, AAAA-MM-JJ ou «\u{a0}today\u{a0}» (env SECU_TODAY)"
            }
            Help::Plain => {
                "Des mots plutôt que des symboles qui se lisent mal à voix haute, pour les lecteurs d’écran (env SECU_PLAIN)"
            }
            Help::Status => "Afficher les étapes, leurs dates et la suite",
            Help::StatusJson => "Afficher un objet JSON à la place (décrit dans le README)",
            Help::StatusShowNumbers | Help::ShowShowNumbers => {
                "Afficher les numéros de sécurité sociale en entier plutôt que masqués"
            }
            Help::Show => {
                "Afficher le détail d’une étape en lignes titrées\u{a0}: quand, quoi faire, les pièces, qui, les liens"
            }
            Help::ShowStep => "L’étape\u{a0}: request, nia, nir, attestation ou ensap",
            Help::Setup => "Modifier le profil\u{a0}; sans option, l’afficher",
            Help::SetupLevel => "primary (1er degré) ou secondary (2nd degré)",
            Help::SetupDepartment => "Le département de votre école\u{a0}: 04, 05, 13 ou 84",
            Help::SetupStart => "Le premier jour de votre contrat",
            Help::SetupAlreadyRegistered => {
                "Vous avez déjà un numéro définitif\u{a0}: les étapes de la CPAM sont sautées (--already-registered=false pour annuler)"
            }
            Help::SetupName => {
                "Votre nom, pour l’e-mail à votre gestionnaire (\"\" pour l’effacer)"
            }
            Help::SetupSchool => "Votre établissement, pour le même e-mail (\"\" pour l’effacer)",
            Help::SetupTitle => {
                "Comment l’e-mail vous nomme\u{a0}: assistant ou assistante (none pour ne pas l’écrire)"
            }
            Help::SetupGestionnaireCivility => {
                "Comment l’e-mail salue votre gestionnaire\u{a0}: madame ou monsieur (none\u{a0}: «\u{a0}Madame, Monsieur,\u{a0}»)"
            }
            Help::SetupGestionnaireName => {
                "Le nom de votre gestionnaire à la DSDEN (\"\" pour l’effacer)"
            }
            Help::SetupGestionnaireEmail => "L’e-mail de votre gestionnaire (\"\" pour l’effacer)",
            Help::SetupNumber => {
                "Le numéro définitif que vous avez déjà, pour ameli.fr et ENSAP (avec --already-registered)"
            }
            Help::Done => "Cocher une étape (sur une étape cochée\u{a0}: corriger sa date)",
            Help::DoneStep => "request, nia, nir, attestation ou ensap",
            Help::DoneOn => "Le jour où elle a été faite [par défaut\u{a0}: aujourd’hui]",
            Help::DoneNumber => "Le numéro du courrier de la CPAM, pour nia et nir",
            Help::Number => "Donner ou corriger le numéro d’une étape cochée (nia ou nir)",
            Help::NumberStep => "nia ou nir",
            Help::NumberNumber => {
                "Le numéro du courrier de la CPAM\u{a0}; espaces, points et tirets acceptés"
            }
            Help::Undo => "Décocher la dernière étape cochée",
            Help::UndoStep => "request, nia, nir, attestation ou ensap",
            Help::Repair => {
                "Mettre de côté un fichier de progression endommagé et garder ce qui peut en être lu"
            }
            Help::Note => "Écrire une note sur une étape (\"\" l’efface)",
            Help::NoteStep => "request, nia, nir, attestation ou ensap",
            Help::NoteText => "La note\u{a0}; plusieurs lignes sont possibles",
            Help::Pdf => "Garder le chemin du PDF de l’attestation envoyé (vérifié comme PDF)",
            Help::PdfPath => "Le fichier PDF",
            Help::Task => "Cocher une des petites tâches sous nir",
            Help::TaskTask => "ameli-account ou attestation-downloaded",
            Help::TaskUndo => "La décocher à la place",
            Help::Export => "Écrire les échéances dans un fichier d’agenda, ou la fiche remplie",
            Help::ExportIcs => {
                "Un fichier iCalendar (.ics) des échéances ouvertes, chacune avec un rappel 3 jours avant"
            }
            Help::ExportIcsOutput => {
                "Écrire dans FICHIER\u{a0}; sans, dans le dossier Téléchargements depuis un terminal, sur la sortie standard dans un tube"
            }
            Help::ExportSheet => {
                "La fiche de l’académie avec ses blancs remplis, en Markdown, en français"
            }
            Help::ExportSheetOutput => "Écrire dans FICHIER plutôt que sur la sortie standard",
            Help::ExportMail => {
                "L’e-mail à votre gestionnaire avec l’attestation, en français : destinataire, objet et texte, comme la liste le montre (m)"
            }
            Help::ExportMailMailto => {
                "L’afficher plutôt comme une adresse mailto:, à ouvrir dans un logiciel de messagerie"
            }
            Help::Remind => {
                "Une ligne quand une étape est due dans les 7 jours ou en retard, rien sinon\u{a0}: pour le fichier de démarrage d’un shell"
            }
            Help::Completions => "Afficher le script de complétion d’un shell",
            Help::CompletionsShell => "bash, zsh, fish, elvish ou powershell",
            Help::NewYear => {
                "Commencer l’année scolaire suivante\u{a0}: met de côté le fichier de cette année, garde le profil et le numéro définitif"
            }
            Help::NewYearStart => {
                "Le premier jour du nouveau contrat (par défaut\u{a0}: le 1er octobre de l’année scolaire en cours)"
            }
            Help::Man => "Afficher la page de manuel (roff)",
        }
    }

    fn cli_unexpected_value(&self, value: &str, help: &str) -> String {
        format!(
            "{value} n’était pas attendu ici\u{a0}: {help} montre ce que prend chaque commande."
        )
    }

    fn cli_unknown_argument(&self, argument: &str, help: &str) -> String {
        format!("L’option {argument} n’existe pas\u{a0}: {help} les liste.")
    }

    fn cli_unknown_command(&self, command: &str, help: &str) -> String {
        format!("La commande {command} n’existe pas\u{a0}: {help} les liste.")
    }

    fn cli_invalid_value(&self, value: &str, argument: &str, valid: &str) -> String {
        format!("{value} n’est pas une valeur possible pour {argument}\u{a0}: {valid}.")
    }

    fn cli_missing(&self, what: &str, help: &str) -> String {
        format!("Il manque\u{a0}: {what} ({help} en dit plus).")
    }

    fn cli_repeated(&self, argument: &str, help: &str) -> String {
        format!(
            "{argument} est donné plus d’une fois\u{a0}: n’en gardez qu’un ({help} liste les options)."
        )
    }

    fn too_small_unsaved(&self) -> &'static str {
        "Votre texte est gardé\u{a0}: agrandissez la fenêtre pour l’enregistrer ou l’abandonner."
    }
}
