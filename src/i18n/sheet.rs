//! The académie's sheet in its own French words, shown beside every translation so that the
//! assistant recognises them on letters and forms, and filled in by `secu export sheet`.
//! Every sentence of the sheet is here once.

use chrono::{Datelike, Months};

use super::Lang;
use crate::procedure::{Deadline, DueRule, Level, Step, format_date};

/// Where secondary-school assistants send their attestation.
pub use crate::procedure::web::SECONDARY_EMAIL;

pub const HEADER: &str = "Assistants de langues étrangères — Académie d’Aix-Marseille";
pub const TITLE: &str = "Procédure d’affiliation à la Sécurité sociale française";
pub const BUREAU: &str = "DIPE — Bureau des assistants de langues";

/// The sheet's opening paragraph: why the number matters.
pub const INTRO: &str = "Durant votre séjour, vous bénéficiez d’une assurance maladie gérée \
                         par la Sécurité sociale. En tant qu’assistant de langue, vous devez \
                         impérativement être inscrit auprès de la CPAM afin d’obtenir un numéro \
                         de sécurité sociale définitif avant le mois de décembre. Celui-ci vous \
                         servira à demander vos remboursements de frais de santé, mais aussi à \
                         consulter vos bulletins de salaire sur l’Espace Numérique Sécurisé de \
                         l’Agent Public «\u{a0}ensap.gouv.fr\u{a0}».";

/// For those who already have a definitive number.
pub const ALREADY_REGISTERED: &str = "Si vous avez déjà un numéro définitif, vous devez \
                                      transmettre une copie de votre attestation de droits au \
                                      format PDF (à télécharger depuis ameli.fr) à votre \
                                      gestionnaire.";

pub const STEPS_HEADING: &str = "Démarches à effectuer dès mon installation";

/// The first line of a step on the sheet.
pub fn heading(step: Step) -> &'static str {
    match step {
        Step::Request => {
            "Demande d’immatriculation en ligne pour ouverture de mes droits auprès de la CPAM"
        }
        Step::Nia => "La CPAM notifie le numéro NIA (provisoire)",
        Step::Nir => "La CPAM notifie le numéro NIR (définitif)",
        Step::Attestation => {
            "J’envoie la copie de mon attestation en PDF à mon/ma gestionnaire pour la mise à \
             jour de mon dossier"
        }
        Step::Ensap => {
            "Je crée mon compte sur ensap.gouv.fr avec mon n° de sécurité sociale à 15 chiffres \
             et mon mot de passe choisi par moi-même"
        }
    }
}

/// The lines under a step's first line, those that concern this assistant: both levels
/// while the level is not known.
pub fn items(step: Step, level: Option<Level>) -> Vec<&'static str> {
    let (primary, secondary) = match step {
        Step::Request => (
            "par mon gestionnaire à la DSDEN (1er degré)",
            "par mon secrétariat (2nd degré)",
        ),
        Step::Attestation => (
            "DSDEN (1er degré)",
            "assistants-langues@ac-aix-marseille.fr (2nd degré)",
        ),
        Step::Nia => {
            return vec!["à indiquer impérativement pour le remboursement de mes prestations"];
        }
        Step::Nir => {
            return vec![
                "Je crée mon compte sur le site AMELI.FR",
                "Je télécharge mon attestation de droits",
            ];
        }
        Step::Ensap => {
            return vec!["Je me connecte et peux consulter et télécharger mes bulletins de paie"];
        }
    };
    match level {
        Some(Level::Primary) => vec![primary],
        Some(Level::Secondary) => vec![secondary],
        None => vec![primary, secondary],
    }
}

/// A step's sentence on one line, its items after a colon.
pub fn wording(step: Step, level: Option<Level>) -> String {
    format!(
        "{}\u{a0}: {}",
        heading(step),
        items(step, level).join("\u{a0}; ")
    )
}

/// The words before the sheet's blank, where the date goes.
pub fn blank(step: Step) -> Option<&'static str> {
    match step {
        Step::Request => Some("Effectuée le"),
        Step::Nia => Some("N° provisoire reçu le"),
        Step::Nir => Some("Reçu le"),
        Step::Attestation => Some("Transmis le"),
        Step::Ensap => None,
    }
}

/// The sheet's "when" column for a step, verbatim: the sheet has none for the NIA, and none
/// for the already registered, whose sentence stands above the steps.
pub fn when(step: Step) -> Option<&'static str> {
    match step {
        Step::Request => Some("Début octobre"),
        Step::Nia => None,
        Step::Nir => Some("Dans les 3 mois suivant l’affiliation"),
        Step::Attestation => Some("En décembre"),
        Step::Ensap => Some("En janvier (si attestation transmise en décembre au gestionnaire)"),
    }
}

/// « de décembre », « d’avril »: French elides « de » before a vowel.
fn of(month: &str) -> String {
    match month.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("d’{month}"),
        _ => format!("de {month}"),
    }
}

/// secu's reading of the sheet for this contract, in French, labelled as such wherever it is
/// shown: the months of the step's deadline, which the sheet writes for an October start, and
/// the last day allowed.
pub fn reading(step: Step, deadline: Option<&Deadline>) -> String {
    let month = |date| Lang::Fr.texts().month_name(date);
    let Some(deadline) = deadline else {
        return match step {
            Step::Nia => "à réception du courrier de la CPAM".to_owned(),
            _ => "sans objet".to_owned(),
        };
    };
    let due = deadline.due;
    let months = match deadline.rule {
        DueRule::TwoWeeksAfterStart { .. } if step == Step::Attestation => {
            "dès mon installation".to_owned()
        }
        DueRule::TwoWeeksAfterStart { .. } => format!("début {}", month(due)),
        DueRule::BeforeThirdMonth => {
            let next = due.checked_add_months(Months::new(1)).unwrap_or(due);
            format!("avant le mois {}", of(month(next)))
        }
        DueRule::InThirdMonth => format!("en {}", month(due)),
        DueRule::MonthAfterSent { .. } | DueRule::MonthAfterAttestation => {
            let before = due.with_day(1).and_then(|d| d.pred_opt()).unwrap_or(due);
            format!(
                "en {} (attestation transmise en {})",
                month(due),
                month(before)
            )
        }
    };
    format!("{months}, au plus tard le {}", format_date(due))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::{Profile, Progress};

    use crate::testing::date;

    #[test]
    fn the_reading_names_the_months_of_the_deadline_and_its_last_day() {
        let p = Progress::new(Profile::default());
        let today = date(2026, 11, 26);
        let words = Step::ALL.map(|step| reading(step, p.deadline(step, today).as_ref()));
        assert_eq!(
            words,
            [
                "début octobre, au plus tard le 15/10/2026",
                "à réception du courrier de la CPAM",
                "avant le mois de décembre, au plus tard le 30/11/2026",
                "en décembre, au plus tard le 31/12/2026",
                "en janvier (attestation transmise en décembre), au plus tard le 31/01/2027",
            ]
            .map(str::to_owned)
        );
    }

    #[test]
    fn a_november_contract_moves_the_reading_not_the_sheet() {
        let p = Progress::new(Profile {
            contract_start: Some(date(2026, 11, 2)),
            ..Profile::default()
        });
        let today = date(2026, 11, 26);
        let deadline = |step| p.deadline(step, today);
        assert_eq!(
            reading(Step::Attestation, deadline(Step::Attestation).as_ref()),
            "en janvier, au plus tard le 31/01/2027"
        );
        assert_eq!(
            reading(Step::Ensap, deadline(Step::Ensap).as_ref()),
            "en février (attestation transmise en janvier), au plus tard le 28/02/2027"
        );
        assert_eq!(when(Step::Attestation), Some("En décembre"));
        // « d’avril », never « de avril ».
        let february = Progress::new(Profile {
            contract_start: Some(date(2027, 2, 1)),
            ..Profile::default()
        });
        assert_eq!(
            reading(Step::Nir, february.deadline(Step::Nir, today).as_ref()),
            "avant le mois d’avril, au plus tard le 31/03/2027"
        );
    }

    #[test]
    fn every_line_of_the_sheet_is_here() {
        let seed = include_str!("../../tests/data/procedure-aix-marseille.txt");
        let flat = |text: &str| {
            text.replace(['\u{a0}', '\n'], " ")
                .replace('’', "'")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let mut ours = vec![
            HEADER,
            TITLE,
            BUREAU,
            INTRO,
            ALREADY_REGISTERED,
            STEPS_HEADING,
        ]
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
        for step in Step::ALL {
            ours.push(heading(step).to_owned());
            ours.extend(items(step, None).into_iter().map(str::to_owned));
            ours.extend(blank(step).map(str::to_owned));
            ours.extend(when(step).map(str::to_owned));
        }
        let ours = flat(&ours.join(" "));
        // Each sentence of the sheet, as printed (its columns cut lines in the middle).
        for sentence in [
            "vous devez impérativement être inscrit auprès de la CPAM afin d'obtenir un numéro de sécurité sociale définitif avant le mois de décembre",
            "Celui-ci vous servira à demander vos remboursements de frais de santé",
            "Si vous avez déjà un numéro définitif, vous devez transmettre une copie de votre attestation de droits",
            "à indiquer impérativement pour le remboursement",
            "Je me connecte et peux consulter et télécharger mes bulletins de paie",
            "Je crée mon compte sur le site AMELI.FR",
            "Je télécharge mon attestation de droits",
            "mot de passe choisi par moi-même",
            "Effectuée le",
            "N° provisoire reçu le",
            "Transmis le",
            "Début octobre",
            "Dans les 3 mois suivant l’affiliation",
            "En décembre",
            "En janvier",
            "(si attestation transmise en décembre au gestionnaire)",
        ] {
            assert!(ours.contains(&flat(sentence)), "missing: {sentence}");
            assert!(
                flat(seed).contains(&flat(sentence).replace("n° de", "n°de")),
                "not on the sheet: {sentence}"
            );
        }
    }
}
