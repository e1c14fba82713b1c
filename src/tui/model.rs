//! The state of the checklist screen: everything `view` draws and `update` changes.

use chrono::NaiveDate;

use super::bindings::Context;
pub use super::field::{Edit, TextField};
use crate::export::{Draft, MailPart};
use crate::i18n::{Lang, Texts};
use crate::procedure::{
    Civility, Department, Level, NEUTRAL_GREETING, Profile, Progress, Seen, SinceLastVisit,
    SocialSecurityNumber, Step, Title,
};

/// Below this the layout cannot be read: one line says so instead, and only leaving acts.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// The whole state of the screen.
#[derive(Debug, Clone)]
pub struct Model {
    pub progress: Progress,
    pub today: NaiveDate,
    pub lang: Lang,
    pub selected: Step,
    pub mode: Mode,
    /// The setup a text box (the glossary) was opened over, given back when it closes: the
    /// French words of its questions are explained without losing its answers.
    pub paused: Option<Box<Mode>>,
    /// The footer's message, until the next key.
    pub notice: Option<Notice>,
    /// The message the last key dismissed, for `!` to show whole.
    pub dismissed: Option<Notice>,
    /// Why the file cannot be read any more (damaged or replaced by another program): shown
    /// until it can be again, with what the screen last read.
    pub file_problem: Option<String>,
    /// Shown under the header for the whole session: it describes this opening.
    pub since_last_visit: Option<SinceLastVisit>,
    /// The selected step's number is shown in full, until the selection moves.
    pub revealed: bool,
    /// The timeline of the contract's months replaces the list and the details.
    pub timeline: bool,
    /// How far the details pane is scrolled, back to the top when the selection moves.
    pub details_scroll: u16,
    /// The window's size, as the last resize said: for the mouse, and "too small".
    pub size: (u16, u16),
    pub running: bool,
    /// Whether the screen draws colours (`NO_COLOR` says never).
    pub colour: Colour,
    /// Whether the terminal shows only ASCII: the drawn screen is put into it, cell by cell.
    pub ascii: bool,
    /// `--plain`: words where symbols read badly aloud (the gauge's boxes, a masked number).
    pub plain: bool,
    /// The steps a calendar exported from this file may hold as open (the file's calendar
    /// record): ticking one says to export the calendar again, or its reminder stays.
    pub exported: Vec<Step>,
    /// Text sent to the terminal's clipboard (OSC 52), which may not have arrived: shown
    /// whole, full width and without a border, for the mouse, until the next key.
    pub sent: Option<String>,
    /// The machine `secu` runs on, seen from the user's, when over SSH: where an export is.
    pub remote_host: Option<String>,
    /// The last visit before this one, which "since last time" counts from.
    pub last_visit: Option<NaiveDate>,
}

/// Whether the screen draws colours: `NO_COLOR` says never (reverse video and bold stay,
/// since they are not colours).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    Always,
    Never,
}

/// What is open on the screen. Only one thing at a time, so that a key has one meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Checklist,
    /// Text to read over the screen, scrolled down by `scroll` lines.
    Reading {
        what: Reading,
        scroll: u16,
    },
    /// The e-mail to the gestionnaire, to open in a mail program or copy.
    Mail {
        scroll: u16,
    },
    /// A yes-or-no question.
    Confirm(Confirm),
    /// A choice of two.
    Choose(Choice),
    /// A one-line text field; `seen` is what it replaces, as the file held it when the
    /// field opened: the save is refused if another `secu` changed it meanwhile.
    Field {
        purpose: Purpose,
        field: TextField,
        seen: Seen,
    },
    /// The note of a step, several lines; `seen` as for a field.
    Note {
        step: Step,
        field: TextField,
        seen: Option<String>,
    },
    Setup(Box<Setup>),
}

/// The texts an overlay shows to be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    Help,
    Glossary,
    /// A footer message too long for the footer, whole.
    Message(String),
}

/// What a yes-or-no question is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    Untick(Step),
    /// Text was typed and would be lost: "Discard your changes?". `No` goes back to it.
    Discard {
        editing: Box<Mode>,
        then: Leave,
    },
}

/// Where to go once typed text is discarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leave {
    /// Close the editor (Esc).
    Close,
    /// Quit `secu` (Ctrl-C).
    Quit,
}

/// What a choice of two is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Which of the step's two pages to open.
    Link(Step),
    /// What to export: the calendar or the filled-in sheet.
    Export,
    /// Which part of the e-mail to copy: the address, the subject, the text, or all.
    MailPart,
}

/// What a one-line field is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The date of a step being ticked.
    TickDate(Step),
    /// The corrected date of a done step.
    Redate(Step),
    /// The number of a step: after its date when ticking (`on`), or alone to correct it.
    Number { step: Step, on: Option<NaiveDate> },
    /// The path of the attestation's PDF.
    Pdf,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Done, and said so (✓).
    Info(String),
    /// Accepted, but worth a second look (a NIR that looks provisional).
    Warning(String),
    Error(String),
    /// Nothing was done and nothing went wrong: what a key is for, or how to leave. No mark:
    /// it is neither a success nor a failure.
    Hint(String),
}

impl Notice {
    pub fn text(&self) -> &str {
        match self {
            Notice::Info(text)
            | Notice::Warning(text)
            | Notice::Error(text)
            | Notice::Hint(text) => text,
        }
    }
}

/// The setup questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    Language,
    Level,
    Department,
    Start,
    Registered,
    /// The definitive number, for those who already have one.
    Number,
    Name,
    School,
    /// « assistant » or « assistante », for the e-mail.
    Title,
    GestionnaireName,
    /// Madame or Monsieur, for the e-mail's greeting.
    Civility,
    GestionnaireEmail,
}

impl Question {
    /// Questions answered by typing, and optional.
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

/// Where the user is in the setup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupAt {
    /// The answers as a list, one selected: `Enter` changes it.
    Answers { selected: usize },
    /// One question asked; `walking` goes on to the next one, as the first run does.
    Asking { question: Question, walking: bool },
}

/// The setup: the profile being answered and where the user is in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    pub at: SetupAt,
    /// The profile as the form found it: the save applies only what changed from it.
    pub original: Profile,
    pub draft: Profile,
    /// The definitive number typed by someone who already has one; `None` keeps the file's.
    pub number: Option<SocialSecurityNumber>,
    /// The highlighted answer of a multiple-choice question.
    pub choice: usize,
    /// The field of the current typed question.
    pub field: TextField,
    /// On the very first run there is nothing saved yet: the questions come one by one.
    pub first_run: bool,
    /// Why the last answer or the save was refused.
    pub error: Option<String>,
    /// The contract start offered when none is saved: 1 October of the school year.
    pub default_start: NaiveDate,
}

/// The answers of the level question, in the order shown.
pub const LEVELS: [Level; 2] = [Level::Primary, Level::Secondary];

impl Setup {
    /// The setup of a profile: the questions one by one on the first run, the answers as a
    /// list afterwards. `lang` is the language spoken now, chosen when none is saved; `today`
    /// dates the contract start offered.
    pub fn new(profile: &Profile, first_run: bool, lang: Lang, today: NaiveDate) -> Setup {
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
            at: SetupAt::Answers { selected: 0 },
            original: profile.clone(),
            draft,
            number: None,
            choice: 0,
            field: TextField::default(),
            first_run,
            error: None,
            default_start: profile.contract_start_or_default(today),
        };
        if first_run {
            setup.ask(Question::Language, true);
        }
        setup
    }

    /// The questions for the current draft: the département and the gestionnaire only for
    /// primary schools, the number only for those who already have one.
    pub fn questions(&self) -> Vec<Question> {
        let primary = self.draft.level != Some(Level::Secondary);
        let mut questions = vec![Question::Language, Question::Level];
        if primary {
            questions.push(Question::Department);
        }
        questions.extend([Question::Start, Question::Registered]);
        if self.draft.already_registered {
            questions.push(Question::Number);
        }
        questions.extend([Question::Name, Question::School, Question::Title]);
        if primary {
            questions.extend([
                Question::GestionnaireName,
                Question::Civility,
                Question::GestionnaireEmail,
            ]);
        }
        questions
    }

    /// The question asked now, if one is.
    pub fn question(&self) -> Option<Question> {
        match self.at {
            SetupAt::Asking { question, .. } => Some(question),
            SetupAt::Answers { .. } => None,
        }
    }

    /// Asks `question`, its field or choice prefilled from the draft.
    pub fn ask(&mut self, question: Question, walking: bool) {
        self.at = SetupAt::Asking { question, walking };
        self.error = None;
        self.choice = self.current_choice(question);
        self.field = match question {
            Question::Number => TextField::secret(),
            // In figures as the language chosen writes them (Setup::new always sets one).
            Question::Start => {
                let lang = self
                    .draft
                    .language
                    .as_deref()
                    .and_then(|code| code.parse::<Lang>().ok())
                    .unwrap_or(Lang::En);
                let start = self.draft.contract_start.unwrap_or(self.default_start);
                TextField::with_text(lang.texts().date_figures(start))
            }
            question => TextField::with_text(self.draft_text(question).unwrap_or_default()),
        };
    }

    /// 1-based position of a question, and how many there are.
    pub fn position(&self, question: Question) -> (usize, usize) {
        let questions = self.questions();
        let index = questions.iter().position(|&q| q == question).unwrap_or(0);
        (index + 1, questions.len())
    }

    /// What the draft holds for a typed question.
    pub fn draft_text(&self, question: Question) -> Option<String> {
        match question {
            Question::Name => self.draft.name.clone(),
            Question::School => self.draft.school.clone(),
            Question::GestionnaireName => self.draft.gestionnaire_name.clone(),
            Question::GestionnaireEmail => self.draft.gestionnaire_email.clone(),
            _ => None,
        }
    }

    /// The answers offered by a question; empty for typed ones.
    pub fn options(&self, question: Question, texts: &dyn Texts) -> Vec<String> {
        match question {
            Question::Language => Lang::ALL.iter().map(|l| l.name().to_owned()).collect(),
            Question::Level => LEVELS.iter().map(|&l| texts.level(l).to_owned()).collect(),
            Question::Department => Department::ALL.iter().map(|d| d.to_string()).collect(),
            Question::Registered => vec![texts.no().to_owned(), texts.yes().to_owned()],
            // The last answer of these two leaves the choice out.
            Question::Title => Title::ALL
                .iter()
                .map(|t| t.words().to_owned())
                .chain([texts.leave_out().to_owned()])
                .collect(),
            Question::Civility => Civility::ALL
                .iter()
                .map(|c| c.greeting().to_owned())
                .chain([NEUTRAL_GREETING.to_owned()])
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The answer the draft already holds for a question, highlighted when it is shown.
    fn current_choice(&self, question: Question) -> usize {
        match question {
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
            Question::Title => self
                .draft
                .title
                .and_then(|title| Title::ALL.iter().position(|&t| t == title))
                .unwrap_or(Title::ALL.len()),
            Question::Civility => self
                .draft
                .gestionnaire_civility
                .and_then(|civility| Civility::ALL.iter().position(|&c| c == civility))
                .unwrap_or(Civility::ALL.len()),
            _ => 0,
        }
    }
}

impl Model {
    /// The e-mail to the gestionnaire, for the mail overlay.
    pub fn draft(&self) -> Draft {
        let pdf = self.progress.record(Step::Attestation).pdf.as_deref();
        Draft::attestation(self.progress.profile(), pdf)
    }
}

impl Model {
    pub fn new(
        progress: Progress,
        today: NaiveDate,
        lang: Lang,
        since_last_visit: Option<SinceLastVisit>,
    ) -> Model {
        let first_run = !progress.profile().is_set_up();
        let mode = if first_run {
            Mode::Setup(Box::new(Setup::new(progress.profile(), true, lang, today)))
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
            dismissed: None,
            paused: None,
            file_problem: None,
            since_last_visit,
            revealed: false,
            timeline: false,
            details_scroll: 0,
            size: (80, 24),
            running: true,
            colour: Colour::Always,
            ascii: false,
            plain: false,
            exported: Vec::new(),
            sent: None,
            remote_host: None,
            last_visit: None,
        }
    }

    pub fn texts(&self) -> &'static dyn Texts {
        self.lang.texts()
    }

    /// Whether the window is too small to draw anything but a line saying so.
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    /// Whether leaving now would throw away text typed in the note editor or a setup
    /// answer: what quitting asks about first. A one-line field is retyped in seconds.
    pub fn unsaved_text(&self) -> bool {
        let mode = match (&self.mode, &self.paused) {
            (Mode::Reading { .. }, Some(paused)) => paused,
            (mode, _) => mode,
        };
        match mode {
            Mode::Note { field, .. } | Mode::Field { field, .. } => field.changed(),
            Mode::Setup(setup) => {
                setup.question().is_some_and(Question::is_text) && setup.field.changed()
            }
            _ => false,
        }
    }

    /// The context the keys are read in.
    pub fn context(&self) -> Context {
        if self.too_small() {
            return Context::TooSmall;
        }
        match &self.mode {
            Mode::Checklist if self.timeline => Context::Timeline,
            Mode::Checklist => Context::List,
            Mode::Reading { .. } => Context::Reading,
            Mode::Mail { .. } => Context::Mail,
            Mode::Confirm(_) => Context::Confirm,
            Mode::Choose(_) => Context::Choose,
            Mode::Field { .. } => Context::Field,
            Mode::Note { .. } => Context::Note,
            Mode::Setup(setup) => match setup.question() {
                None => Context::Answers,
                Some(question) if question.is_text() => Context::Question,
                Some(_) => Context::Choice,
            },
        }
    }

    /// What the screen shows under what is open: under a "discard your changes?" question,
    /// the editor it was asked from; under a text read during the setup, the setup.
    pub fn beneath(&self) -> &Mode {
        let mode = match &self.mode {
            Mode::Confirm(Confirm::Discard { editing, .. }) => editing,
            mode => mode,
        };
        match (mode, &self.paused) {
            (Mode::Reading { .. }, Some(paused)) => paused,
            (mode, _) => mode,
        }
    }

    /// The number shown for a step, masked unless the user revealed it: the NIA on `nia`,
    /// the NIR on `nir` and on `ensap`, which logs in with it.
    pub fn shown_number(&self, step: Step) -> Option<String> {
        let number = self.progress.number_for(step)?;
        let whole = self.revealed && self.selected == step;
        Some(self.numbers(whole).show(self.texts(), number))
    }

    /// How numbers are shown: whole with `whole`, else masked, in words under `--plain`.
    pub fn numbers(&self, whole: bool) -> crate::report::Numbers {
        crate::report::Numbers::chosen(whole, self.plain)
    }

    /// A step's details as the screen shows them.
    pub fn details(&self, step: Step) -> Vec<crate::details::DetailField> {
        let source = crate::details::Source {
            texts: self.texts(),
            progress: &self.progress,
            today: self.today,
            number: self.shown_number(step),
        };
        crate::details::detail_fields(&source, step)
    }

    /// Whether a text field is open, with the cursor where the next character goes.
    pub fn typing(&self) -> bool {
        match self.beneath() {
            Mode::Field { .. } | Mode::Note { .. } => true,
            Mode::Setup(setup) => setup.question().is_some_and(Question::is_text),
            _ => false,
        }
    }

    /// The field being typed in, if any.
    pub fn field_mut(&mut self) -> Option<&mut TextField> {
        match &mut self.mode {
            Mode::Field { field, .. } | Mode::Note { field, .. } => Some(field),
            Mode::Setup(setup) if setup.question().is_some_and(Question::is_text) => {
                Some(&mut setup.field)
            }
            _ => None,
        }
    }
}

/// A part of the e-mail, as the choice and the footer name it.
pub fn mail_part(texts: &dyn Texts, part: MailPart) -> &'static str {
    match part {
        MailPart::Address => texts.mail_part_address(),
        MailPart::Subject => texts.mail_part_subject(),
        MailPart::Body => texts.mail_part_body(),
        MailPart::All => texts.mail_part_all(),
    }
}
