//! Where each step happens on the web, and whom the assistant writes to: the addresses of
//! the académie's sheet.

use super::{Department, Level, Profile, Step};

/// ameli.fr, to create the account (the sheet's first ameli address).
pub const AMELI_CREATE: &str = "https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure?_nfpb=true&_pageLabel=as_creation_immediate_page";
/// ameli.fr, to log in (and download the attestation de droits).
pub const AMELI_LOGIN: &str =
    "https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure?_somtc=true";
/// The académie's page for language assistants.
pub const ACADEMIE: &str =
    "https://www.ac-aix-marseille.fr/les-assistants-de-langue-121829#summary-item-4";
/// ENSAP, where payslips are read.
pub const ENSAP: &str = "https://ensap.gouv.fr/web/accueilnonconnecte";
/// The bureau des assistants (DIPE) at the rectorat, for secondary schools.
pub const SECONDARY_EMAIL: &str = "assistants-langues@ac-aix-marseille.fr";

/// A page of the sheet, by what it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Site {
    /// The académie's page for language assistants: contacts, the gestionnaires.
    Academie,
    /// ameli.fr, to create the account.
    AmeliCreate,
    /// ameli.fr, to log in and download the attestation de droits.
    AmeliLogin,
    /// ENSAP, where payslips are read.
    Ensap,
}

impl Site {
    pub fn address(self) -> &'static str {
        match self {
            Site::Academie => ACADEMIE,
            Site::AmeliCreate => AMELI_CREATE,
            Site::AmeliLogin => AMELI_LOGIN,
            Site::Ensap => ENSAP,
        }
    }
}

/// The pages a step's details show, the one `o` opens first. The attestation also links the
/// académie's page: that is where a primary-school assistant finds their gestionnaire.
pub fn links(step: Step) -> &'static [Site] {
    match step {
        Step::Request | Step::Nia => &[Site::Academie],
        Step::Nir => &[Site::AmeliCreate],
        Step::Attestation => &[Site::AmeliLogin, Site::Academie],
        Step::Ensap => &[Site::Ensap],
    }
}

/// Whom the assistant deals with about their file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contact {
    /// Secondary schools: the rectorat's bureau des assistants.
    Bureau { email: &'static str },
    /// Primary schools: the gestionnaire at the DSDEN, as far as the profile knows them.
    Dsden {
        department: Option<Department>,
        name: Option<String>,
        email: Option<String>,
    },
}

impl Contact {
    /// The contact for a profile; `None` before the school level is known.
    pub fn for_profile(profile: &Profile) -> Option<Contact> {
        match profile.level? {
            Level::Secondary => Some(Contact::Bureau {
                email: SECONDARY_EMAIL,
            }),
            Level::Primary => Some(Contact::Dsden {
                department: profile.department,
                name: profile.gestionnaire_name.clone(),
                email: profile.gestionnaire_email.clone(),
            }),
        }
    }

    /// Where to send e-mail, if known.
    pub fn email(&self) -> Option<&str> {
        match self {
            Contact::Bureau { email } => Some(email),
            Contact::Dsden { email, .. } => email.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_has_the_sheet_s_pages() {
        let first = |step| links(step).first().map(|site| site.address());
        assert_eq!(first(Step::Nir), Some(AMELI_CREATE));
        assert_eq!(first(Step::Attestation), Some(AMELI_LOGIN));
        assert_eq!(first(Step::Ensap), Some(ENSAP));
        assert_eq!(first(Step::Request), Some(ACADEMIE));
        assert_eq!(links(Step::Attestation), [Site::AmeliLogin, Site::Academie]);
        for step in Step::ALL {
            assert!(!links(step).is_empty(), "{step}");
        }
    }

    #[test]
    fn the_contact_follows_the_profile() {
        let mut profile = Profile::default();
        assert_eq!(Contact::for_profile(&profile), None);
        profile.level = Some(Level::Secondary);
        let bureau = Contact::for_profile(&profile).unwrap();
        assert_eq!(bureau.email(), Some(SECONDARY_EMAIL));
        profile.level = Some(Level::Primary);
        profile.department = Some(Department::Vaucluse);
        let dsden = Contact::for_profile(&profile).unwrap();
        assert_eq!(dsden.email(), None);
        profile.gestionnaire_email = Some("m.martin@ac-aix-marseille.fr".to_owned());
        profile.gestionnaire_name = Some("Mme Martin".to_owned());
        assert_eq!(
            Contact::for_profile(&profile),
            Some(Contact::Dsden {
                department: Some(Department::Vaucluse),
                name: Some("Mme Martin".to_owned()),
                email: Some("m.martin@ac-aix-marseille.fr".to_owned()),
            })
        );
    }
}
