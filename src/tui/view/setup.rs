//! The setup over the whole screen: one question at a time (the first run walks through
//! them), or the answers as a list to pick one to change.

use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use super::checklist::app_title;
use super::layout::{Regions, tall};
use super::overlays::field_line;
use super::style::{LABEL, MARK_LATE, SELECTED, TITLE};
use ratatui::Frame;

use super::{height_of, marked, text_line, wrapped};
use crate::i18n::{Lang, Texts};
use crate::procedure::{Civility, NEUTRAL_GREETING, Step};
use crate::text::{inert_cut, pad, truncate, truncate_words, width};
use crate::tui::model::{Model, Question, Setup, SetupAt};

pub fn render(frame: &mut Frame, regions: &Regions, model: &Model, form: &Setup) {
    let texts = model.texts();
    text_line(
        frame,
        regions.title,
        app_title(texts, regions.title.width),
        TITLE,
    );
    match form.at {
        SetupAt::Answers { selected } => answers(frame, regions.main, model, form, selected),
        SetupAt::Asking { question, .. } => asking(frame, regions.main, model, form, question),
    }
}

/// What a question asks, in the user's language.
fn ask(texts: &dyn Texts, question: Question) -> &'static str {
    match question {
        Question::Language => texts.ask_language(),
        Question::Level => texts.ask_level(),
        Question::Department => texts.ask_department(),
        Question::Start => texts.ask_start(),
        Question::Registered => texts.ask_registered(),
        Question::Number => texts.ask_number(),
        Question::Name => texts.ask_name(),
        Question::School => texts.ask_school(),
        Question::Title => texts.ask_title(),
        Question::GestionnaireName => texts.ask_gestionnaire_name(),
        Question::Civility => texts.ask_civility(),
        Question::GestionnaireEmail => texts.ask_gestionnaire_email(),
    }
}

/// A question's label in the list of answers.
fn label(texts: &dyn Texts, question: Question) -> &'static str {
    let labels = texts.profile_labels();
    match question {
        Question::Language => labels.language,
        Question::Level => labels.level,
        Question::Department => labels.department,
        Question::Start => labels.start,
        Question::Registered => labels.registered,
        Question::Number => texts.number_label(),
        Question::Name => labels.name,
        Question::School => labels.school,
        Question::Title => labels.title,
        Question::GestionnaireName => labels.gestionnaire,
        Question::Civility => labels.civility,
        Question::GestionnaireEmail => labels.gestionnaire_email,
    }
}

/// The answer the draft holds, as the list shows it; the number masked.
fn answer(model: &Model, form: &Setup, question: Question) -> String {
    let texts = model.texts();
    let draft = &form.draft;
    let unset = || texts.profile_labels().not_set.to_owned();
    let text = |value: &Option<String>| value.as_deref().map_or_else(unset, |v| inert_cut(v, 80));
    match question {
        Question::Language => draft
            .language
            .as_deref()
            .and_then(|code| code.parse::<Lang>().ok())
            .unwrap_or(model.lang)
            .name()
            .to_owned(),
        Question::Level => draft
            .level
            .map_or_else(unset, |l| texts.level(l).to_owned()),
        Question::Department => draft.department.map_or_else(unset, |d| d.to_string()),
        Question::Start => draft.contract_start.map_or_else(unset, |d| texts.date(d)),
        Question::Registered => if draft.already_registered {
            texts.yes()
        } else {
            texts.no()
        }
        .to_owned(),
        Question::Number => form
            .number
            .as_ref()
            .or(model.progress.number(Step::Nir))
            .map_or_else(unset, |n| model.numbers(false).show(texts, n)),
        Question::Name => text(&draft.name),
        Question::School => text(&draft.school),
        Question::Title => draft
            .title
            .map_or_else(unset, |title| title.words().to_owned()),
        Question::GestionnaireName => text(&draft.gestionnaire_name),
        Question::Civility => draft
            .gestionnaire_civility
            .map_or(NEUTRAL_GREETING, Civility::greeting)
            .to_owned(),
        Question::GestionnaireEmail => text(&draft.gestionnaire_email),
    }
}

/// The answers as a list, the selected one highlighted: `Enter` changes it.
fn answers(frame: &mut Frame, area: Rect, model: &Model, form: &Setup, selected: usize) {
    let texts = model.texts();
    let block = Block::bordered().title(texts.answers_title());
    let inner = block.inner(area);
    let questions = form.questions();
    let label_width = questions
        .iter()
        .map(|&q| width(label(texts, q)))
        .max()
        .unwrap_or(0)
        + 1;
    let lines: Vec<Line> = questions
        .iter()
        .enumerate()
        .map(|(i, &question)| {
            let mark = if i == selected { "› " } else { "  " };
            // Where the line is too long, the label gives way first: the answer (a date, a
            // name) stays whole as long as it fits alone.
            let answer = answer(model, form, question);
            let room = usize::from(inner.width);
            let label_room = room.saturating_sub(width(mark) + width(&answer) + 1);
            let label = label(texts, question);
            let text = if width(mark) + label_width + width(&answer) <= room {
                format!("{mark}{}{answer}", pad(label, label_width))
            } else if label_room >= 4 {
                format!("{mark}{} {answer}", truncate_words(label, label_room))
            } else {
                format!("{mark}{}", truncate_words(&answer, room - width(mark)))
            };
            let text = pad(&truncate(&text, room), room);
            if i == selected {
                Line::styled(text, SELECTED)
            } else {
                Line::raw(text)
            }
        })
        .collect();
    let line = u16::try_from(selected).unwrap_or(0);
    let scroll = line.saturating_sub(inner.height.saturating_sub(1));
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)).block(block), area);
}

/// One question: the welcome on the first run, the question, its field or its answers, the
/// hints and why the last answer was refused.
fn asking(frame: &mut Frame, area: Rect, model: &Model, form: &Setup, question: Question) {
    let texts = model.texts();
    let (number, total) = form.position(question);
    let block = Block::bordered().title(texts.setup_title(number, total));
    let inner = block.inner(area);
    // The welcome and the spacing give way to the answers on a short window.
    let tall = tall(frame.area());
    let mut lines = Vec::new();
    if form.first_run && tall {
        lines.extend(wrapped(texts.welcome(), inner.width, Style::new()));
        lines.push(Line::default());
    }
    lines.extend(wrapped(ask(texts, question), inner.width, LABEL));
    if tall {
        lines.push(Line::default());
    }
    // The line to keep in view: the field's, or the highlighted answer's.
    let focus;
    let mut cursor = None;
    if question.is_text() {
        let (line, column) = field_line(&form.field, inner.width);
        focus = height_of(&lines);
        cursor = Some(column);
        lines.push(line);
        if question.is_optional() {
            lines.extend(wrapped(texts.optional_hint(), inner.width, Style::new()));
        }
    } else {
        focus = height_of(&lines) + u16::try_from(form.choice).unwrap_or(0);
        for (i, option) in form.options(question, texts).into_iter().enumerate() {
            lines.push(if i == form.choice {
                Line::styled(format!("› {option}"), SELECTED)
            } else {
                Line::raw(format!("  {option}"))
            });
        }
    }
    if question == Question::Registered {
        lines.push(Line::default());
        lines.extend(wrapped(texts.registered_hint(), inner.width, Style::new()));
    }
    for error in [&form.field.error, &form.error].into_iter().flatten() {
        lines.extend(marked("✗ ", MARK_LATE, error, inner.width, Style::new()));
    }
    let scroll = focus.saturating_sub(inner.height.saturating_sub(1));
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)).block(block), area);
    if let Some(column) = cursor {
        frame.set_cursor_position(Position::new(
            inner.x + column.min(inner.width.saturating_sub(1)),
            inner.y + focus - scroll,
        ));
    }
}
