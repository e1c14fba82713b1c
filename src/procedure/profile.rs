//! Who the assistant is, as far as the procedure cares: school level, département, contract.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Primary ("1er degré") or secondary ("2nd degré") school: it decides who makes the CPAM
/// request and where the attestation goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Primary,
    Secondary,
}

impl Level {
    pub fn id(self) -> &'static str {
        match self {
            Level::Primary => "primary",
            Level::Secondary => "secondary",
        }
    }
}

impl FromStr for Level {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "primary" | "1" | "1er" => Ok(Level::Primary),
            "secondary" | "2" | "2nd" => Ok(Level::Secondary),
            _ => Err(format!("{s:?} is not a level: use primary or secondary")),
        }
    }
}

/// The départements of the académie d'Aix-Marseille, each with its DSDEN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Department {
    #[serde(rename = "04")]
    AlpesDeHauteProvence,
    #[serde(rename = "05")]
    HautesAlpes,
    #[serde(rename = "13")]
    BouchesDuRhone,
    #[serde(rename = "84")]
    Vaucluse,
}

impl Department {
    pub const ALL: [Department; 4] = [
        Department::AlpesDeHauteProvence,
        Department::HautesAlpes,
        Department::BouchesDuRhone,
        Department::Vaucluse,
    ];

    /// The two-digit code, as written on letters and number plates.
    pub fn code(self) -> &'static str {
        match self {
            Department::AlpesDeHauteProvence => "04",
            Department::HautesAlpes => "05",
            Department::BouchesDuRhone => "13",
            Department::Vaucluse => "84",
        }
    }

    /// The French name, which is also the name in every other language.
    pub fn name(self) -> &'static str {
        match self {
            Department::AlpesDeHauteProvence => "Alpes-de-Haute-Provence",
            Department::HautesAlpes => "Hautes-Alpes",
            Department::BouchesDuRhone => "Bouches-du-Rhône",
            Department::Vaucluse => "Vaucluse",
        }
    }
}

impl fmt::Display for Department {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code(), self.name())
    }
}

impl FromStr for Department {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim();
        Department::ALL
            .into_iter()
            .find(|d| d.code() == code || (code.len() == 1 && d.code() == format!("0{code}")))
            .ok_or_else(|| {
                format!("{s:?} is not a département of the académie: use 04, 05, 13 or 84")
            })
    }
}

/// How the assistant is named in the French e-mail: « assistant » or « assistante » de langue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Title {
    Assistant,
    Assistante,
}

/// How the e-mail greets the gestionnaire: « Bonjour Madame, », « Bonjour Monsieur, ».
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Civility {
    Madame,
    Monsieur,
}

impl Title {
    pub const ALL: [Title; 2] = [Title::Assistant, Title::Assistante];

    pub fn id(self) -> &'static str {
        match self {
            Title::Assistant => "assistant",
            Title::Assistante => "assistante",
        }
    }

    /// The words, as the e-mail writes them after a name: « assistante de langue ».
    pub fn words(self) -> &'static str {
        match self {
            Title::Assistant => "assistant de langue",
            Title::Assistante => "assistante de langue",
        }
    }
}

impl Civility {
    pub const ALL: [Civility; 2] = [Civility::Madame, Civility::Monsieur];

    pub fn id(self) -> &'static str {
        match self {
            Civility::Madame => "madame",
            Civility::Monsieur => "monsieur",
        }
    }

    /// The greeting of a French letter to this person.
    pub fn greeting(self) -> &'static str {
        match self {
            Civility::Madame => "Bonjour Madame,",
            Civility::Monsieur => "Bonjour Monsieur,",
        }
    }
}

/// The greeting when the gestionnaire's civility is not known.
pub const NEUTRAL_GREETING: &str = "Madame, Monsieur,";

impl FromStr for Title {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Title::ALL
            .into_iter()
            .find(|title| title.id() == s.trim().to_lowercase())
            .ok_or_else(|| format!("{s:?} is not a title: use assistant or assistante"))
    }
}

impl FromStr for Civility {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Civility::ALL
            .into_iter()
            .find(|civility| civility.id() == s.trim().to_lowercase())
            .ok_or_else(|| format!("{s:?} is not a civility: use madame or monsieur"))
    }
}

/// The profile the setup questions fill in. Every field may be missing on a fresh file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    #[serde(default)]
    pub level: Option<Level>,
    #[serde(default)]
    pub department: Option<Department>,
    /// First day of the contract; the school-year default when missing.
    #[serde(default)]
    pub contract_start: Option<NaiveDate>,
    /// "Si vous avez déjà un numéro définitif": the CPAM steps are skipped.
    #[serde(default)]
    pub already_registered: bool,
    /// The interface language the user chose, as a code such as `fr`; the procedure itself
    /// does not depend on it.
    #[serde(default)]
    pub language: Option<String>,
    /// The assistant's name, for the e-mail to the gestionnaire (optional).
    #[serde(default)]
    pub name: Option<String>,
    /// The school, for the same e-mail (optional).
    #[serde(default)]
    pub school: Option<String>,
    /// « assistant » or « assistante », for the e-mail (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Title>,
    /// The gestionnaire at the DSDEN, for primary schools (optional).
    #[serde(default)]
    pub gestionnaire_name: Option<String>,
    /// Madame or Monsieur, for the e-mail's greeting (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gestionnaire_civility: Option<Civility>,
    /// Checked with [`valid_email`] when it is typed.
    #[serde(default)]
    pub gestionnaire_email: Option<String>,
}

impl Profile {
    /// Whether the setup questions have been answered: a primary-school assistant also needs
    /// a département, since their gestionnaire sits at its DSDEN.
    pub fn is_set_up(&self) -> bool {
        match self.level {
            Some(Level::Primary) => self.department.is_some(),
            Some(Level::Secondary) => true,
            None => false,
        }
    }

    /// The contract start that deadlines count from.
    pub fn contract_start_or_default(&self, today: NaiveDate) -> NaiveDate {
        self.contract_start
            .unwrap_or_else(|| default_contract_start(today))
    }
}

/// The school year a date belongs to, by the year it starts in: September to August.
pub fn school_year(date: NaiveDate) -> i32 {
    if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    }
}

/// 1 October of the current school year: this year from August on, last year before August.
/// Contracts run from 1 October to 30 April, so in July an assistant is still in last
/// year's contract, and in August they are preparing this year's.
pub fn default_contract_start(today: NaiveDate) -> NaiveDate {
    let year = if today.month() >= 8 {
        today.year()
    } else {
        today.year() - 1
    };
    NaiveDate::from_ymd_opt(year, 10, 1).unwrap_or(today)
}

/// Some fields of a profile to change, leaving the others as they are: a form or a command
/// changes only what it asked about, so that a change made meanwhile by another `secu` is
/// not undone. `Some(None)` removes an optional text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileEdit {
    pub level: Option<Level>,
    pub department: Option<Department>,
    pub contract_start: Option<NaiveDate>,
    pub already_registered: Option<bool>,
    pub language: Option<String>,
    pub name: Option<Option<String>>,
    pub school: Option<Option<String>>,
    pub title: Option<Option<Title>>,
    pub gestionnaire_name: Option<Option<String>>,
    pub gestionnaire_civility: Option<Option<Civility>>,
    pub gestionnaire_email: Option<Option<String>>,
}

impl ProfileEdit {
    /// What changed from `before` to `after`, field by field.
    pub fn between(before: &Profile, after: &Profile) -> ProfileEdit {
        fn changed<T: Clone + PartialEq>(before: &T, after: &T) -> Option<T> {
            (before != after).then(|| after.clone())
        }
        ProfileEdit {
            level: changed(&before.level, &after.level).flatten(),
            department: changed(&before.department, &after.department).flatten(),
            contract_start: changed(&before.contract_start, &after.contract_start).flatten(),
            already_registered: changed(&before.already_registered, &after.already_registered),
            language: changed(&before.language, &after.language).flatten(),
            name: changed(&before.name, &after.name),
            school: changed(&before.school, &after.school),
            title: changed(&before.title, &after.title),
            gestionnaire_name: changed(&before.gestionnaire_name, &after.gestionnaire_name),
            gestionnaire_civility: changed(
                &before.gestionnaire_civility,
                &after.gestionnaire_civility,
            ),
            gestionnaire_email: changed(&before.gestionnaire_email, &after.gestionnaire_email),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == ProfileEdit::default()
    }

    /// Whether `a` and `b` agree on every field this edit changes.
    pub fn agree_on(&self, a: &Profile, b: &Profile) -> bool {
        (self.level.is_none() || a.level == b.level)
            && (self.department.is_none() || a.department == b.department)
            && (self.contract_start.is_none() || a.contract_start == b.contract_start)
            && (self.already_registered.is_none() || a.already_registered == b.already_registered)
            && (self.language.is_none() || a.language == b.language)
            && (self.name.is_none() || a.name == b.name)
            && (self.school.is_none() || a.school == b.school)
            && (self.title.is_none() || a.title == b.title)
            && (self.gestionnaire_civility.is_none()
                || a.gestionnaire_civility == b.gestionnaire_civility)
            && (self.gestionnaire_name.is_none() || a.gestionnaire_name == b.gestionnaire_name)
            && (self.gestionnaire_email.is_none() || a.gestionnaire_email == b.gestionnaire_email)
    }

    /// `profile` with these fields changed. Texts are kept trimmed; an empty one is removed.
    pub fn applied_to(&self, profile: &Profile) -> Profile {
        fn text(edit: &Option<Option<String>>, field: &mut Option<String>) {
            if let Some(value) = edit {
                *field = value
                    .as_deref()
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(str::to_owned);
            }
        }
        let mut profile = profile.clone();
        if let Some(level) = self.level {
            profile.level = Some(level);
        }
        if let Some(department) = self.department {
            profile.department = Some(department);
        }
        if let Some(start) = self.contract_start {
            profile.contract_start = Some(start);
        }
        if let Some(registered) = self.already_registered {
            profile.already_registered = registered;
        }
        if let Some(language) = &self.language {
            profile.language = Some(language.clone());
        }
        if let Some(title) = self.title {
            profile.title = title;
        }
        if let Some(civility) = self.gestionnaire_civility {
            profile.gestionnaire_civility = civility;
        }
        text(&self.name, &mut profile.name);
        text(&self.school, &mut profile.school);
        text(&self.gestionnaire_name, &mut profile.gestionnaire_name);
        text(&self.gestionnaire_email, &mut profile.gestionnaire_email);
        profile
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::date;

    #[test]
    fn levels_and_departements_are_read_as_people_write_them() {
        for text in ["primary", "1", "1er", " Primary "] {
            assert_eq!(text.parse::<Level>(), Ok(Level::Primary), "{text}");
        }
        for text in ["secondary", "2", "2nd"] {
            assert_eq!(text.parse::<Level>(), Ok(Level::Secondary), "{text}");
        }
        assert!("3".parse::<Level>().is_err());
        assert_eq!("05".parse::<Department>(), Ok(Department::HautesAlpes));
        assert_eq!("5".parse::<Department>(), Ok(Department::HautesAlpes));
        assert_eq!(
            "4".parse::<Department>(),
            Ok(Department::AlpesDeHauteProvence)
        );
        assert_eq!(" 84".parse::<Department>(), Ok(Department::Vaucluse));
        assert!("6".parse::<Department>().is_err());
        assert!("13 ".parse::<Department>().is_ok());
    }

    #[test]
    fn an_edit_is_empty_only_when_it_changes_nothing() {
        assert!(ProfileEdit::default().is_empty());
        let edit = ProfileEdit {
            name: Some(None),
            ..ProfileEdit::default()
        };
        assert!(!edit.is_empty());
    }

    #[test]
    fn levels_are_written_as_the_command_line_reads_them() {
        assert_eq!(Level::Primary.id(), "primary");
        assert_eq!(Level::Secondary.id(), "secondary");
    }

    #[test]
    fn an_edit_changes_only_its_fields() {
        let before = Profile {
            level: Some(Level::Primary),
            department: Some(Department::Vaucluse),
            name: Some("Jane".to_owned()),
            ..Profile::default()
        };
        let mut after = before.clone();
        after.school = Some("École".to_owned());
        after.name = None;
        let edit = ProfileEdit::between(&before, &after);
        assert_eq!(
            edit,
            ProfileEdit {
                name: Some(None),
                school: Some(Some("École".to_owned())),
                ..ProfileEdit::default()
            }
        );
        // Applied to a profile changed meanwhile elsewhere, it keeps that change.
        let elsewhere = Profile {
            gestionnaire_name: Some("Mme EXT".to_owned()),
            ..before.clone()
        };
        let merged = edit.applied_to(&elsewhere);
        assert_eq!(merged.gestionnaire_name.as_deref(), Some("Mme EXT"));
        assert_eq!(merged.school.as_deref(), Some("École"));
        assert_eq!(merged.name, None);
        assert!(ProfileEdit::between(&before, &before).is_empty());
    }

    #[test]
    fn school_years_run_from_september_to_august() {
        assert_eq!(school_year(date(2027, 1, 31)), 2026);
        assert_eq!(school_year(date(2026, 7, 31)), 2025);
        assert_eq!(school_year(date(2026, 8, 31)), 2025);
        assert_eq!(school_year(date(2026, 9, 1)), 2026);
    }

    #[test]
    fn default_start_switches_school_year_on_the_first_of_august() {
        assert_eq!(default_contract_start(date(2026, 7, 31)), date(2025, 10, 1));
        assert_eq!(default_contract_start(date(2026, 8, 1)), date(2026, 10, 1));
        assert_eq!(
            default_contract_start(date(2026, 11, 26)),
            date(2026, 10, 1)
        );
        assert_eq!(default_contract_start(date(2027, 1, 15)), date(2026, 10, 1));
        assert_eq!(default_contract_start(date(2027, 4, 30)), date(2026, 10, 1));
    }

    #[test]
    fn a_saved_start_wins_over_the_default() {
        let profile = Profile {
            contract_start: Some(date(2026, 10, 15)),
            ..Profile::default()
        };
        assert_eq!(
            profile.contract_start_or_default(date(2027, 9, 1)),
            date(2026, 10, 15)
        );
    }

    #[test]
    fn primary_needs_a_department_to_be_set_up() {
        let mut profile = Profile {
            level: Some(Level::Primary),
            ..Profile::default()
        };
        assert!(!profile.is_set_up());
        profile.department = Some(Department::Vaucluse);
        assert!(profile.is_set_up());
        profile.level = Some(Level::Secondary);
        profile.department = None;
        assert!(profile.is_set_up());
        assert!(!Profile::default().is_set_up());
    }

    #[test]
    fn departments_parse_from_their_codes() {
        assert_eq!("13".parse(), Ok(Department::BouchesDuRhone));
        assert_eq!("4".parse(), Ok(Department::AlpesDeHauteProvence));
        assert!("06".parse::<Department>().is_err());
        assert_eq!("2nd".parse(), Ok(Level::Secondary));
        assert!("college".parse::<Level>().is_err());
    }
}

/// Whether `text` looks like an e-mail address: one `@`, something before it, a domain with a
/// dot after it, no spaces. Deliberately loose: it catches typos, not every RFC 5322 corner.
pub fn valid_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let labels_ok = domain
        .split('.')
        .all(|label| !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-'));
    !local.is_empty()
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
        && !domain.contains('@')
        && domain.contains('.')
        && labels_ok
}

#[cfg(test)]
mod email_tests {
    use super::valid_email;

    #[test]
    fn e_mail_addresses_are_checked_loosely_but_usefully() {
        for good in [
            "assistants-langues@ac-aix-marseille.fr",
            "marie.dupont@ac-aix-marseille.fr",
            "a@b.co",
            "é@exemple.fr",
        ] {
            assert!(valid_email(good), "{good}");
        }
        for bad in [
            "",
            "marie",
            "marie@",
            "@ac.fr",
            "marie@ac",
            "marie@@ac.fr",
            "marie @ac.fr",
            "marie@ac..fr",
            "marie@.fr",
            "marie@ac.fr.",
        ] {
            assert!(!valid_email(bad), "{bad}");
        }
    }
}
