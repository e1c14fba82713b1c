//! The e-mail that sends the attestation de droits to the gestionnaire: always in French,
//! since the gestionnaire reads French.

use std::path::Path;

use crate::procedure::{Contact, NEUTRAL_GREETING, Profile, Title};
use crate::text::inert_cut;

/// An e-mail ready to be opened in a mail program or copied into a webmail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// `None` while a primary-school gestionnaire's address is unknown.
    pub to: Option<String>,
    pub subject: String,
    pub body: String,
    /// The assistant's name is not known: the draft holds [`NAME_PLACEHOLDER`] in its place,
    /// for the user to replace before sending.
    pub missing_name: bool,
}

/// A part of the e-mail to copy on its own, for a webmail's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailPart {
    Address,
    Subject,
    Body,
    /// Everything, each part under its French label (« À », « Objet »).
    All,
}

impl MailPart {
    pub const ALL: [MailPart; 4] = [
        MailPart::Address,
        MailPart::Subject,
        MailPart::Body,
        MailPart::All,
    ];
}

/// Where the assistant's name goes when it is not known, as French forms write it.
pub const NAME_PLACEHOLDER: &str = "[NOM Prénom]";

impl Draft {
    /// The draft for a profile: the gestionnaire greeted as a French letter would, the
    /// assistant named and signing as they chose, and the name of the PDF to attach when its
    /// path was kept (a `mailto:` address cannot carry a file, so the body says which file it
    /// is, and the screens say to attach it).
    pub fn attestation(profile: &Profile, pdf: Option<&Path>) -> Draft {
        let contact = Contact::for_profile(profile);
        let to = contact.as_ref().and_then(|c| c.email().map(str::to_owned));
        let given = |text: &Option<String>| {
            text.as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
        };
        let name = given(&profile.name);
        let school = given(&profile.school);
        let missing_name = name.is_none();
        let name = name.unwrap_or_else(|| NAME_PLACEHOLDER.to_owned());
        let title = profile.title.map(Title::words);

        let mut about = vec![name.clone()];
        about.extend(title.map(str::to_owned));
        about.extend(school.clone());
        let subject = format!("Attestation de droits — {}", about.join(", "));

        // Only a primary-school gestionnaire is asked about; the bureau des assistants is a
        // team.
        let greeting = match (&contact, profile.gestionnaire_civility) {
            (Some(Contact::Dsden { .. }), Some(civility)) => civility.greeting(),
            _ => NEUTRAL_GREETING,
        };
        let mut signature = vec![name];
        match (title, school) {
            (Some(title), Some(school)) => signature.push(format!("{} — {school}", capital(title))),
            (Some(title), None) => signature.push(capital(title)),
            (None, Some(school)) => signature.push(school),
            (None, None) => {}
        }
        let file = pdf
            .and_then(Path::file_name)
            .map(|name| inert_cut(&name.to_string_lossy(), 120))
            .map_or_else(
                || "(PDF)".to_owned(),
                |name| format!("(fichier «\u{a0}{name}\u{a0}»)"),
            );
        let body = format!(
            "{greeting}\n\nVeuillez trouver ci-joint mon attestation de droits {file}, \
             téléchargée sur ameli.fr. Elle porte mon numéro de sécurité sociale définitif\u{a0}: \
             je vous la transmets pour la mise à jour de mon dossier.\n\n\
             Je vous remercie par avance.\n\nCordialement,\n{}\n",
            signature.join("\n")
        );
        Draft {
            to,
            subject,
            body,
            missing_name,
        }
    }

    /// One part of the draft, as it is copied.
    pub fn part(&self, part: MailPart) -> String {
        let to = self.to.as_deref().unwrap_or_default();
        match part {
            MailPart::Address => to.to_owned(),
            MailPart::Subject => self.subject.clone(),
            MailPart::Body => self.body.clone(),
            MailPart::All => format!(
                "À\u{a0}: {to}\nObjet\u{a0}: {}\n\n{}",
                self.subject, self.body
            ),
        }
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

/// « assistante de langue » at the head of a line.
fn capital(words: &str) -> String {
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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
        let mut profile = secondary();
        profile.title = Some(Title::Assistante);
        let draft = Draft::attestation(&profile, None);
        assert_eq!(
            draft.to.as_deref(),
            Some("assistants-langues@ac-aix-marseille.fr")
        );
        assert_eq!(
            draft.subject,
            "Attestation de droits — GARCÍA López María, assistante de langue, Lycée Thiers, Marseille"
        );
        assert!(
            draft
                .body
                .starts_with("Madame, Monsieur,\n\nVeuillez trouver ci-joint"),
            "{}",
            draft.body
        );
        assert!(
            draft
                .body
                .contains("Elle porte mon numéro de sécurité sociale définitif"),
            "{}",
            draft.body
        );
        assert!(
            draft
                .body
                .ends_with("GARCÍA López María\nAssistante de langue — Lycée Thiers, Marseille\n")
        );
        assert!(!draft.missing_name);
        // No title chosen: no « assistant(e) » left to fill in.
        let draft = Draft::attestation(&secondary(), None);
        assert!(!draft.subject.contains("assistant"), "{}", draft.subject);
        assert!(
            draft
                .body
                .ends_with("GARCÍA López María\nLycée Thiers, Marseille\n")
        );
    }

    #[test]
    fn a_missing_name_is_a_placeholder_the_screens_warn_about() {
        let draft = Draft::attestation(&Profile::default(), None);
        assert!(draft.missing_name);
        assert_eq!(draft.subject, "Attestation de droits — [NOM Prénom]");
        assert!(
            draft.body.ends_with("Cordialement,\n[NOM Prénom]\n"),
            "{}",
            draft.body
        );
    }

    #[test]
    fn a_primary_gestionnaire_is_greeted_by_civility_once_known() {
        let mut profile = Profile {
            level: Some(Level::Primary),
            department: Some(Department::BouchesDuRhone),
            ..Profile::default()
        };
        let draft = Draft::attestation(&profile, None);
        assert_eq!(draft.to, None);
        assert!(draft.body.starts_with("Madame, Monsieur,\n"));
        profile.gestionnaire_name = Some("Mme Martin".to_owned());
        profile.gestionnaire_email = Some("m.martin@ac-aix-marseille.fr".to_owned());
        profile.gestionnaire_civility = Some(crate::procedure::Civility::Madame);
        let draft = Draft::attestation(&profile, None);
        assert_eq!(draft.to.as_deref(), Some("m.martin@ac-aix-marseille.fr"));
        // The name field is never pasted into the greeting.
        assert!(
            draft.body.starts_with("Bonjour Madame,\n"),
            "{}",
            draft.body
        );
        assert!(!draft.body.contains("Mme Martin"));
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
            url.contains("&body=Madame%2C%20Monsieur%2C%0D%0A%0D%0AVeuillez"),
            "{url}"
        );
        assert!(!url.contains(' ') && !url.contains('\n'), "{url}");
    }
}
