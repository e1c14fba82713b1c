//! The e-mail that sends the attestation de droits to the gestionnaire: always in French,
//! since the gestionnaire reads French.

use std::path::Path;

use crate::procedure::{Contact, Profile};
use crate::text::inert_cut;

/// An e-mail ready to be opened in a mail program or copied into a webmail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// `None` while a primary-school gestionnaire's address is unknown.
    pub to: Option<String>,
    pub subject: String,
    pub body: String,
}

impl Draft {
    /// The draft for a profile, with the assistant's name and school where given, and the
    /// name of the PDF to attach when its path was kept (a mail program cannot attach it
    /// from a `mailto:` address, so the body says which file it is).
    pub fn attestation(profile: &Profile, pdf: Option<&Path>) -> Draft {
        let to = Contact::for_profile(profile).and_then(|c| c.email().map(str::to_owned));
        let name = profile
            .name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty());
        let school = profile
            .school
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let mut subject = String::from("Attestation de droits");
        let mut about = Vec::new();
        if let Some(name) = name {
            about.push(name.to_owned());
        }
        about.push("assistant(e) de langue".to_owned());
        if let Some(school) = school {
            about.push(school.to_owned());
        }
        subject.push_str(" — ");
        subject.push_str(&about.join(", "));

        let greeting = match (
            &Contact::for_profile(profile),
            profile.gestionnaire_name.as_deref(),
        ) {
            (Some(Contact::Dsden { .. }), Some(name)) if !name.trim().is_empty() => {
                format!("Bonjour {},", name.trim())
            }
            _ => "Bonjour,".to_owned(),
        };
        let mut signature = Vec::new();
        if let Some(name) = name {
            signature.push(name.to_owned());
        }
        signature.push(match school {
            Some(school) => format!("Assistant(e) de langue — {school}"),
            None => "Assistant(e) de langue".to_owned(),
        });
        let file = pdf
            .and_then(Path::file_name)
            .map(|name| inert_cut(&name.to_string_lossy(), 120))
            .map_or_else(
                || "(PDF)".to_owned(),
                |name| format!("(fichier «\u{a0}{name}\u{a0}»)"),
            );
        let body = format!(
            "{greeting}\n\nVeuillez trouver ci-joint la copie de mon attestation de droits \
             {file}, téléchargée sur ameli.fr, pour la mise à jour de mon dossier.\n\n\
             Je vous remercie par avance.\n\nCordialement,\n{}\n",
            signature.join("\n")
        );
        Draft { to, subject, body }
    }

    /// A `mailto:` address (RFC 6068) that opens this draft in the user's mail program.
    pub fn mailto(&self) -> String {
        format!(
            "mailto:{}?subject={}&body={}",
            self.to.as_deref().map(percent_encode).unwrap_or_default(),
            percent_encode(&self.subject),
            percent_encode(&self.body.replace('\n', "\r\n")),
        )
    }
}

/// Percent-encodes every byte of the UTF-8 text but the unreserved characters of RFC 3986
/// (and `@`, harmless in a mailto address).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'@') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::{Department, Level};

    fn secondary() -> Profile {
        Profile {
            level: Some(Level::Secondary),
            name: Some("GARCÍA López María".to_owned()),
            school: Some("Lycée Thiers, Marseille".to_owned()),
            ..Profile::default()
        }
    }

    #[test]
    fn the_draft_names_the_assistant_and_the_school() {
        let draft = Draft::attestation(&secondary(), None);
        assert_eq!(
            draft.to.as_deref(),
            Some("assistants-langues@ac-aix-marseille.fr")
        );
        assert_eq!(
            draft.subject,
            "Attestation de droits — GARCÍA López María, assistant(e) de langue, Lycée Thiers, Marseille"
        );
        assert!(
            draft
                .body
                .starts_with("Bonjour,\n\nVeuillez trouver ci-joint")
        );
        assert!(
            draft.body.ends_with(
                "GARCÍA López María\nAssistant(e) de langue — Lycée Thiers, Marseille\n"
            )
        );
    }

    #[test]
    fn a_primary_gestionnaire_is_greeted_by_name_once_known() {
        let mut profile = Profile {
            level: Some(Level::Primary),
            department: Some(Department::BouchesDuRhone),
            ..Profile::default()
        };
        let draft = Draft::attestation(&profile, None);
        assert_eq!(draft.to, None);
        assert_eq!(
            draft.subject,
            "Attestation de droits — assistant(e) de langue"
        );
        profile.gestionnaire_name = Some("Mme Martin".to_owned());
        profile.gestionnaire_email = Some("m.martin@ac-aix-marseille.fr".to_owned());
        let draft = Draft::attestation(&profile, None);
        assert_eq!(draft.to.as_deref(), Some("m.martin@ac-aix-marseille.fr"));
        assert!(draft.body.starts_with("Bonjour Mme Martin,"));
        // A blank name (a hand-edited file) greets no one rather than "Bonjour   ,".
        profile.gestionnaire_name = Some("  ".to_owned());
        let draft = Draft::attestation(&profile, None);
        assert!(draft.body.starts_with("Bonjour,\n"), "{}", draft.body);
    }

    #[test]
    fn the_draft_names_the_pdf_kept_to_attach() {
        let pdf = Path::new("/home/ana/Téléchargements/attestation-droits.pdf");
        let draft = Draft::attestation(&secondary(), Some(pdf));
        assert!(
            draft.body.contains(
                "attestation de droits (fichier «\u{a0}attestation-droits.pdf\u{a0}»), téléchargée"
            ),
            "{}",
            draft.body
        );
        assert!(
            !draft.body.contains("Téléchargements"),
            "only the name, not the folders"
        );
        let without = Draft::attestation(&secondary(), None);
        assert!(
            without
                .body
                .contains("attestation de droits (PDF), téléchargée")
        );
    }

    #[test]
    fn mailto_encodes_accents_spaces_and_line_breaks() {
        assert_eq!(percent_encode("é à"), "%C3%A9%20%C3%A0");
        assert_eq!(percent_encode("a&b=c?d#e"), "a%26b%3Dc%3Fd%23e");
        let url = Draft::attestation(&secondary(), None).mailto();
        assert!(url.starts_with(
            "mailto:assistants-langues@ac-aix-marseille.fr?subject=Attestation%20de%20droits%20%E2%80%94%20GARC%C3%8DA%20"
        ), "{url}");
        assert!(
            url.contains("&body=Bonjour%2C%0D%0A%0D%0AVeuillez"),
            "{url}"
        );
        assert!(!url.contains(' ') && !url.contains('\n'), "{url}");
    }
}
