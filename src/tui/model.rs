//! The state of the checklist screen: everything `view` draws and `update` changes.

use std::fmt;

use chrono::NaiveDate;

use crate::i18n::{Lang, Texts};
use crate::procedure::{
    Department, Level, Profile, Progress, SinceLastVisit, SocialSecurityNumber, Step, format_date,
};

/// The whole state of the screen.
#[derive(Debug, Clone)]
pub struct Model {
    pub progress: Progress,
    pub today: NaiveDate,
    pub lang: Lang,
    pub selected: Step,
    pub mode: Mode,
    /// The one-line message of the footer, until the next key.
    pub notice: Option<Notice>,
    /// Why the file cannot be read any more (damaged or replaced by another program): shown
    /// until it can be again, with what the screen last read.
    pub file_problem: Option<String>,
    /// Shown under the header for the whole session: it describes this opening.
    pub since_last_visit: Option<SinceLastVisit>,
    /// The selected step's number is shown in full, until the selection moves.
    pub revealed: bool,
    /// The timeline of the school year replaces the list and the details.
    pub timeline: bool,
    /// How far the details pane is scrolled, back to the top when the selection moves.
    pub details_scroll: u16,
    pub running: bool,
}

/// What the user is doing right now. Only one thing at a time, so that a key has one meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Checklist,
    /// The help overlay, scrolled down by `scroll` lines.
    Help {
        scroll: u16,
    },
    /// The date field opened by ticking a step.
    EnterDate {
        step: Step,
        field: TextField,
    },
    /// The number field: after the date when ticking `nia` or `nir` (`on` holds that date),
    /// or alone to correct the number of a done step (`on` is `None`).
    EnterNumber {
        step: Step,
        on: Option<NaiveDate>,
        field: TextField,
    },
    /// The glossary of French terms, scrolled down by `scroll` lines.
    Glossary {
        scroll: u16,
    },
    /// The e-mail to the gestionnaire, to open in a mail program or copy.
    Mail,
    /// The note of a step, several lines.
    EditNote {
        step: Step,
        field: TextField,
    },
    /// The path of the attestation's PDF.
    EnterPdf {
        field: TextField,
    },
    /// "Un-tick this step?", waiting for yes or no.
    ConfirmUntick {
        step: Step,
    },
    /// The step shows two pages: which one `o` opens.
    ChooseLink {
        step: Step,
    },
    /// Boxed: the form holds two profiles, far larger than every other mode.
    Setup(Box<Setup>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Info(String),
    /// Accepted, but worth a second look (a NIR that looks provisional).
    Warning(String),
    Error(String),
}

/// A one-line text field with the message of its last refusal under it. The cursor stays
/// at the end: dates and numbers are short enough to retype.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct TextField {
    pub text: String,
    pub error: Option<String>,
    /// Holds a social security number being typed: kept out of `Debug`.
    pub secret: bool,
}

impl TextField {
    pub fn with_text(text: String) -> TextField {
        TextField {
            text,
            ..TextField::default()
        }
    }

    /// An empty field for a social security number.
    pub fn secret() -> TextField {
        TextField {
            secret: true,
            ..TextField::default()
        }
    }
}

impl fmt::Debug for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = if self.secret { "(hidden)" } else { &self.text };
        f.debug_struct("TextField")
            .field("text", &text)
            .field("error", &self.error)
            .finish()
    }
}

/// The setup questions, one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    Language,
    Level,
    Department,
    Start,
    Registered,
    Name,
    School,
    GestionnaireName,
    GestionnaireEmail,
    /// The definitive number, for those who already have one.
    Number,
}

impl Question {
    /// Questions answered by typing, and optional: all but the language, the level, the
    /// département, the start date and the registered path.
    pub fn is_optional_text(self) -> bool {
        matches!(
            self,
            Question::Name
                | Question::School
                | Question::GestionnaireName
                | Question::GestionnaireEmail
        )
    }

    /// Whether the question may be left empty.
    pub fn is_optional(self) -> bool {
        self == Question::Number || self.is_optional_text()
    }

    /// Whether the answer is typed rather than chosen.
    pub fn is_text(self) -> bool {
        matches!(self, Question::Start | Question::Number) || self.is_optional_text()
    }
}

/// The setup form: the profile being answered and where the user is in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    pub question: Question,
    /// The profile as the form found it: the save applies only what changed from it.
    pub original: Profile,
    pub draft: Profile,
    /// The definitive number typed by someone who already has one; `None` keeps the file's.
    pub number: Option<SocialSecurityNumber>,
    /// The highlighted answer of a multiple-choice question.
    pub choice: usize,
    /// The field of the current typed question.
    pub field: TextField,
    /// On the very first run there is no checklist to go back to: cancelling quits.
    pub first_run: bool,
    /// Why the last answer or the save was refused.
    pub error: Option<String>,
}

impl Setup {
    /// The form, prefilled from `profile`; `lang` is the language spoken now, highlighted
    /// when the profile has none saved.
    pub fn new(profile: &Profile, today: NaiveDate, first_run: bool, lang: Lang) -> Setup {
        let start = profile.contract_start_or_default(today);
        let mut draft = profile.clone();
        if draft
            .language
            .as_deref()
            .and_then(|c| c.parse::<Lang>().ok())
            .is_none()
        {
            draft.language = Some(lang.code().to_owned());
        }
        let mut setup = Setup {
            question: Question::Language,
            original: profile.clone(),
            draft,
            number: None,
            choice: 0,
            field: TextField::with_text(format_date(start)),
            first_run,
            error: None,
        };
        setup.choice = setup.current_choice();
        setup
    }

    /// The questions asked for the current draft: the département only for primary schools.
    pub fn questions(&self) -> Vec<Question> {
        let mut questions = vec![Question::Language, Question::Level];
        if self.draft.level != Some(Level::Secondary) {
            questions.push(Question::Department);
        }
        questions.extend([Question::Start, Question::Registered]);
        if self.draft.already_registered {
            questions.push(Question::Number);
        }
        questions.extend([Question::Name, Question::School]);
        if self.draft.level != Some(Level::Secondary) {
            questions.extend([Question::GestionnaireName, Question::GestionnaireEmail]);
        }
        questions
    }

    /// 1-based position of the current question, and how many there are.
    pub fn position(&self) -> (usize, usize) {
        let questions = self.questions();
        let index = questions
            .iter()
            .position(|&q| q == self.question)
            .unwrap_or(0);
        (index + 1, questions.len())
    }

    /// What the draft holds for a typed question, to prefill its field.
    pub fn draft_text(&self, question: Question) -> Option<String> {
        match question {
            Question::Name => self.draft.name.clone(),
            Question::School => self.draft.school.clone(),
            Question::GestionnaireName => self.draft.gestionnaire_name.clone(),
            Question::GestionnaireEmail => self.draft.gestionnaire_email.clone(),
            _ => None,
        }
    }

    /// The answers offered by the current question; empty for typed ones.
    pub fn options(&self, texts: &dyn Texts) -> Vec<String> {
        match self.question {
            Question::Language => Lang::ALL.iter().map(|l| l.name().to_owned()).collect(),
            Question::Level => LEVELS.iter().map(|&l| texts.level(l).to_owned()).collect(),
            Question::Department => Department::ALL.iter().map(|d| d.to_string()).collect(),
            Question::Registered => vec![texts.no().to_owned(), texts.yes().to_owned()],
            // Typed answers.
            Question::Start
            | Question::Number
            | Question::Name
            | Question::School
            | Question::GestionnaireName
            | Question::GestionnaireEmail => Vec::new(),
        }
    }

    /// The answer the draft already holds for the current question, highlighted when it
    /// is shown again.
    pub fn current_choice(&self) -> usize {
        match self.question {
            Question::Language => Lang::ALL
                .iter()
                .position(|l| Some(l.code()) == self.draft.language.as_deref())
                .unwrap_or(0),
            Question::Level => LEVELS
                .iter()
                .position(|&l| Some(l) == self.draft.level)
                .unwrap_or(0),
            Question::Department => Department::ALL
                .iter()
                .position(|&d| Some(d) == self.draft.department)
                .unwrap_or(0),
            Question::Registered => usize::from(self.draft.already_registered),
            Question::Start
            | Question::Number
            | Question::Name
            | Question::School
            | Question::GestionnaireName
            | Question::GestionnaireEmail => 0,
        }
    }
}

/// The answers of the level question, in the order shown.
pub const LEVELS: [Level; 2] = [Level::Primary, Level::Secondary];

impl Model {
    pub fn new(
        progress: Progress,
        today: NaiveDate,
        lang: Lang,
        since_last_visit: Option<SinceLastVisit>,
    ) -> Model {
        let first_run = !progress.profile().is_set_up();
        let mode = if first_run {
            Mode::Setup(Box::new(Setup::new(progress.profile(), today, true, lang)))
        } else {
            Mode::Checklist
        };
        Model {
            selected: progress.next().unwrap_or(Step::ALL[Step::ALL.len() - 1]),
            progress,
            today,
            lang,
            mode,
            notice: None,
            file_problem: None,
            since_last_visit,
            revealed: false,
            timeline: false,
            details_scroll: 0,
            running: true,
        }
    }

    pub fn texts(&self) -> &'static dyn Texts {
        self.lang.texts()
    }
}
