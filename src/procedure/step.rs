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
    fn only_the_cpam_steps_are_skipped_for_the_already_registered() {
        let skipped: Vec<Step> = Step::ALL
            .into_iter()
            .filter(|s| s.skipped_when_registered())
            .collect();
        assert_eq!(skipped, [Step::Request, Step::Nia, Step::Nir]);
    }
}
