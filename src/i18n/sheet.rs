//! The académie's sheet in its own French words, shown beside every translation so that the
//! assistant recognises them on letters and forms.

use crate::procedure::{Level, Step};

/// The sheet's sentence for a step, as printed.
pub fn wording(step: Step, level: Option<Level>) -> &'static str {
    match (step, level) {
        (Step::Request, Some(Level::Primary)) => {
            "Demande d’immatriculation en ligne pour ouverture de mes droits auprès de la CPAM : \
             par mon gestionnaire à la DSDEN (1er degré)"
        }
        (Step::Request, Some(Level::Secondary)) => {
            "Demande d’immatriculation en ligne pour ouverture de mes droits auprès de la CPAM : \
             par mon secrétariat (2nd degré)"
        }
        (Step::Request, None) => {
            "Demande d’immatriculation en ligne pour ouverture de mes droits auprès de la CPAM : \
             par mon gestionnaire à la DSDEN (1er degré), par mon secrétariat (2nd degré)"
        }
        (Step::Nia, _) => {
            "La CPAM notifie le numéro NIA (provisoire) : à indiquer impérativement pour le \
             remboursement de mes prestations"
        }
        (Step::Nir, _) => {
            "La CPAM notifie le numéro NIR (définitif) : je crée mon compte sur le site \
             AMELI.FR ; je télécharge mon attestation de droits"
        }
        (Step::Attestation, Some(Level::Primary)) => {
            "J’envoie la copie de mon attestation en PDF à mon/ma gestionnaire pour la mise à \
             jour de mon dossier : DSDEN (1er degré)"
        }
        (Step::Attestation, Some(Level::Secondary)) => {
            "J’envoie la copie de mon attestation en PDF à mon/ma gestionnaire pour la mise à \
             jour de mon dossier : assistants-langues@ac-aix-marseille.fr (2nd degré)"
        }
        (Step::Attestation, None) => {
            "J’envoie la copie de mon attestation en PDF à mon/ma gestionnaire pour la mise à \
             jour de mon dossier"
        }
        (Step::Ensap, _) => {
            "Je crée mon compte sur ensap.gouv.fr avec mon n° de sécurité sociale à 15 chiffres \
             et mon mot de passe choisi par moi-même"
        }
    }
}

/// The sheet's date column: when, and the blank to fill.
pub fn target(step: Step) -> &'static str {
    match step {
        Step::Request => "Début octobre : Effectuée le …/…/…",
        Step::Nia => "N° provisoire reçu le …/…/…",
        Step::Nir => "Dans les 3 mois suivant l’affiliation : Reçu le …/…/…",
        Step::Attestation => "En décembre : Transmis le …/…/…",
        Step::Ensap => "En janvier (si attestation transmise en décembre au gestionnaire)",
    }
}

/// Where secondary-school assistants send their attestation.
pub use crate::procedure::web::SECONDARY_EMAIL;
