//! The five steps of the affiliation, in the order the académie's sheet gives them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// One step of the procedure. The order of the variants is the order of the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Step {
    /// The gestionnaire (1er degré) or the school secretariat (2nd degré) asks the CPAM to register
    /// the assistant.
    Request,
    /// The CPAM's letter with the provisional number.
    Nia,
    /// The CPAM's letter with the definitive 15-digit number.
    Nir,
    /// The assistant sends the attestation de droits (PDF) to their gestionnaire.
    Attestation,
    /// The assistant opens an ENSAP account to read their payslips.
    Ensap,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 5] = [
        Step::Request,
        Step::Nia,
        Step::Nir,
        Step::Attestation,
        Step::Ensap,
    ];

    /// The identifier used on the command line, in `status --json` and in the progress file.
    pub fn id(self) -> &'static str {
        match self {
            Step::Request => "request",
            Step::Nia => "nia",
            Step::Nir => "nir",
            Step::Attestation => "attestation",
            Step::Ensap => "ensap",
        }
    }

    /// Position in the procedure, from 0.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The step at `index`, if there is one.
    pub fn from_index(index: usize) -> Option<Step> {
        Step::ALL.get(index).copied()
    }

    /// The step just before this one.
    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).and_then(Step::from_index)
    }

    /// The steps that the "I already have a definitive number" path skips.
    pub fn skipped_when_registered(self) -> bool {
        matches!(self, Step::Request | Step::Nia | Step::Nir)
    }

    /// Whether the step's letter carries a number: the NIA's and the NIR's.
    pub fn has_number(self) -> bool {
        matches!(self, Step::Nia | Step::Nir)
    }

    /// The step whose number this step shows, copies and lets the user give: its own for
    /// the NIA and the NIR; the definitive one on ENSAP, which logs in with it.
    pub fn number_step(self) -> Option<Step> {
        match self {
            Step::Nia => Some(Step::Nia),
            Step::Nir | Step::Ensap => Some(Step::Nir),
            Step::Request | Step::Attestation => None,
        }
    }

    /// The form of the number a step's site wants: ameli.fr logs in with the first 13
    /// characters, ENSAP and the reimbursements take all 15.
    pub fn number_form(self) -> NumberForm {
        match self {
            Step::Nir => NumberForm::AmeliLogin,
            _ => NumberForm::Whole,
        }
    }

    /// What the assistant should have at hand for this step (facts and their sources in
    /// docs/design.md).
    pub fn needs(self, already_registered: bool) -> &'static [Need] {
        match self {
            Step::Request => &Need::CPAM_FILE,
            Step::Nia => &[],
            Step::Nir => &[Need::BirthCertificate, Need::DefinitiveNumber],
            Step::Attestation if already_registered => {
                &[Need::DefinitiveNumber, Need::AttestationPdf]
            }
            Step::Attestation => &[Need::AttestationPdf],
            Step::Ensap => &[Need::EnsapDetails],
        }
    }
}

/// How much of a number a site wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberForm {
    /// All 15 characters.
    Whole,
    /// The first 13: ameli.fr's login.
    AmeliLogin,
}

/// Something to have at hand for a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// The arrêté de nomination, signed and stamped.
    NominationOrder,
    WorkContract,
    /// Form S1106, the request to join the French health insurance.
    FormS1106,
    /// Passport or identity card; the passport's visa page outside the EU, EEA and Switzerland.
    IdentityDocument,
    /// A certified, complete copy with the parents' names; officially translated outside the
    /// EU, EEA and Switzerland.
    FullBirthCertificate,
    /// If married.
    MarriageCertificate,
    ProofOfResidence,
    /// The RIB (IBAN) of a French bank account.
    FrenchBankDetails,
    /// Outside the EU, EEA and Switzerland.
    VisaOrPermit,
    /// With children: form S3705 and their documents.
    ChildrenForms,
    /// The NIR waits on a valid, complete and legible birth certificate.
    BirthCertificate,
    /// The definitive number: ameli.fr refuses a provisional one (starting with 7 or 8).
    DefinitiveNumber,
    /// The attestation de droits as a PDF, downloaded from ameli.fr.
    AttestationPdf,
    /// ENSAP's first login: the 15-digit number, the date of birth, an e-mail address and the
    /// bank account the salary is paid into.
    EnsapDetails,
}

impl Need {
    /// The file the CPAM de Paris asks for, in the order of the Assurance Maladie's answer for
    /// assistants (sources in the README): the school or the DSDEN sends it with the request.
    pub const CPAM_FILE: [Need; 10] = [
        Need::NominationOrder,
        Need::WorkContract,
        Need::FormS1106,
        Need::IdentityDocument,
        Need::FullBirthCertificate,
        Need::MarriageCertificate,
        Need::ProofOfResidence,
        Need::FrenchBankDetails,
        Need::VisaOrPermit,
        Need::ChildrenForms,
    ];

    pub const ALL: [Need; 14] = [
        Need::NominationOrder,
        Need::WorkContract,
        Need::FormS1106,
        Need::IdentityDocument,
        Need::FullBirthCertificate,
        Need::MarriageCertificate,
        Need::ProofOfResidence,
        Need::FrenchBankDetails,
        Need::VisaOrPermit,
        Need::ChildrenForms,
        Need::BirthCertificate,
        Need::DefinitiveNumber,
        Need::AttestationPdf,
        Need::EnsapDetails,
    ];
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A step name that is not one of the five.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown step {0:?}: expected request, nia, nir, attestation or ensap")]
pub struct UnknownStep(pub String);

impl FromStr for Step {
    type Err = UnknownStep;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Step::ALL
            .into_iter()
            .find(|step| step.id() == wanted)
            .ok_or_else(|| UnknownStep(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_is_written_as_the_command_line_names_it() {
        let written: Vec<String> = Step::ALL.iter().map(Step::to_string).collect();
        assert_eq!(written, ["request", "nia", "nir", "attestation", "ensap"]);
    }

    #[test]
    fn ids_round_trip_through_from_str() {
        for step in Step::ALL {
            assert_eq!(step.id().parse::<Step>(), Ok(step));
        }
        assert_eq!(" NIR ".parse::<Step>(), Ok(Step::Nir));
        assert!("nirr".parse::<Step>().is_err());
    }

    #[test]
    fn previous_follows_the_sheet_order() {
        assert_eq!(Step::Request.previous(), None);
        assert_eq!(Step::Nia.previous(), Some(Step::Request));
        assert_eq!(Step::Ensap.previous(), Some(Step::Attestation));
        assert_eq!(Step::from_index(5), None);
    }

    #[test]
    fn the_nia_and_the_nir_carry_numbers_and_ensap_shows_the_nir_s() {
        let with: Vec<Step> = Step::ALL.into_iter().filter(|s| s.has_number()).collect();
        assert_eq!(with, [Step::Nia, Step::Nir]);
        assert_eq!(Step::Ensap.number_step(), Some(Step::Nir));
        assert_eq!(Step::Attestation.number_step(), None);
        assert_eq!(Step::Nir.number_form(), NumberForm::AmeliLogin);
        assert_eq!(Step::Ensap.number_form(), NumberForm::Whole);
    }

    #[test]
    fn the_registered_need_their_number_for_the_attestation() {
        assert!(
            !Step::Attestation
                .needs(false)
                .contains(&Need::DefinitiveNumber)
        );
        assert!(
            Step::Attestation
                .needs(true)
                .contains(&Need::DefinitiveNumber)
        );
        assert!(Step::Nir.needs(false).contains(&Need::BirthCertificate));
    }

    #[test]
    fn only_the_cpam_steps_are_skipped_for_the_already_registered() {
        let skipped: Vec<Step> = Step::ALL
            .into_iter()
            .filter(|s| s.skipped_when_registered())
            .collect();
        assert_eq!(skipped, [Step::Request, Step::Nia, Step::Nir]);
    }
}
