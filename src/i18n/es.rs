//! Español.

use chrono::{Datelike, NaiveDate};
use pure_rust_locales::es_ES as locale;

use super::{KeyHelp, ProfileLabels, Texts, capitalise, inert, month, plural, sheet, shown_path};
use crate::pdf::PdfError;
use crate::procedure::{
    Contact, DateError, DaysLeft, Inconsistency, Level, NumberError, NumberNote, Profile,
    SinceLastVisit, Step, SubTask, TransitionError,
};
use crate::store::{Dropped, Kept, StoreError};

pub struct Es;

impl Es {
    fn gestionnaire(profile: &Profile) -> String {
        match profile.department {
            Some(d) => format!("tu gestionnaire en la DSDEN {} ({})", d.code(), d.name()),
            None => "tu gestionnaire en la DSDEN de tu departamento".to_owned(),
        }
    }

    fn quoted(step: Step) -> String {
        format!("«{}»", Es.step_title(step))
    }
}

impl Texts for Es {
    fn date(&self, date: NaiveDate) -> String {
        let (day, mon, year) = (date.day(), month(locale::LC_TIME::MON, date), date.year());
        format!("{day} de {mon} de {year}")
    }

    fn date_short(&self, date: NaiveDate) -> String {
        let (day, mon, year) = (date.day(), month(locale::LC_TIME::ABMON, date), date.year());
        format!("{day} {mon} {year}")
    }

    fn app_title(&self) -> &'static str {
        "Trámites de la Sécurité sociale"
    }

    fn step_title(&self, step: Step) -> &'static str {
        match step {
            Step::Request => "Solicitud de afiliación",
            Step::Nia => "Número provisional (NIA)",
            Step::Nir => "Número definitivo (NIR)",
            Step::Attestation => "Attestation enviada",
            Step::Ensap => "Cuenta ENSAP",
        }
    }

    fn step_short(&self, step: Step) -> &'static str {
        match step {
            Step::Request => "Solicitud",
            Step::Nia => "NIA",
            Step::Nir => "NIR",
            Step::Attestation => "Attestation",
            Step::Ensap => "ENSAP",
        }
    }

    fn step_who(&self, step: Step, profile: &Profile) -> String {
        match (step, profile.level) {
            (Step::Request, Some(Level::Primary)) => format!(
                "{}, por internet. Comprueba que esté hecha.",
                capitalise(&Es::gestionnaire(profile))
            ),
            (Step::Request, Some(Level::Secondary)) => {
                "La secretaría de tu centro, por internet. Comprueba que esté hecha.".to_owned()
            }
            (Step::Request, None) => "Tu gestionnaire en la DSDEN (1er degré) o la secretaría de \
                                      tu centro (2nd degré)."
                .to_owned(),
            (Step::Nia | Step::Nir, _) => {
                "La CPAM (Caisse primaire d’assurance maladie), por carta.".to_owned()
            }
            (Step::Attestation, Some(Level::Secondary)) => format!(
                "Tú: envíala a {} (bureau des assistants, DIPE).",
                sheet::SECONDARY_EMAIL
            ),
            (Step::Attestation, _) => format!("Tú: envíala a {}.", Es::gestionnaire(profile)),
            (Step::Ensap, _) => {
                "Tú, con tu número de 15 cifras y una contraseña que elijas.".to_owned()
            }
        }
    }

    fn step_todo(&self, step: Step, profile: &Profile) -> String {
        match step {
            Step::Request => "Pregunta si la «demande d’immatriculation» se ha enviado a la CPAM \
                              y márcala con la fecha en que se hizo."
                .to_owned(),
            Step::Nia => "Apunta el número provisional de la carta de la CPAM: indícalo en cada \
                          reembolso."
                .to_owned(),
            Step::Nir => "Crea tu cuenta en ameli.fr (se entra con las 13 primeras cifras) y \
                          descarga tu attestation de droits (PDF)."
                .to_owned(),
            Step::Attestation => {
                let to = match profile.level {
                    Some(Level::Secondary) => sheet::SECONDARY_EMAIL.to_owned(),
                    _ => Es::gestionnaire(profile),
                };
                format!(
                    "Envía el PDF de tu attestation de droits a {to} para que actualicen tu \
                     expediente."
                )
            }
            Step::Ensap => "Crea tu cuenta en ensap.gouv.fr con tu número de 15 cifras; luego \
                            consulta y descarga tus nóminas."
                .to_owned(),
        }
    }

    fn step_deadline_rule(&self, step: Step, profile: &Profile) -> String {
        match step {
            Step::Request => {
                "A principios de octubre: dos semanas después del inicio del contrato."
            }
            Step::Nia => "Sin fecha fija: llega con la carta de la CPAM.",
            Step::Nir => {
                "En los 3 meses siguientes a la solicitud. La hoja pide el número definitivo \
                 antes de diciembre."
            }
            Step::Attestation if profile.already_registered => {
                "En cuanto llegues: dos semanas después del inicio del contrato."
            }
            Step::Attestation => "En diciembre, como tarde el 31.",
            Step::Ensap => {
                "En enero, cuando tu expediente esté actualizado: antes de que acabe el mes \
                 siguiente al envío de la attestation."
            }
        }
        .to_owned()
    }

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Primary => "Primaria (1er degré)",
            Level::Secondary => "Secundaria (2nd degré)",
        }
    }

    fn done_on(&self, on: NaiveDate) -> String {
        format!("hecho el {}", self.date_short(on))
    }

    fn skipped(&self) -> &'static str {
        "no aplica"
    }

    fn due_on(&self, due: NaiveDate) -> String {
        format!("antes del {}", self.date_short(due))
    }

    fn no_fixed_date(&self) -> &'static str {
        "sin fecha fija"
    }

    fn days_left(&self, days: DaysLeft) -> String {
        match days.0 {
            0 => "vence hoy".to_owned(),
            n if n < 0 => format!("{} de retraso", plural(-n, "día", "días")),
            n => format!("quedan {}", plural(n, "día", "días")),
        }
    }

    fn next_line(&self, step: Step, due: Option<NaiveDate>, days: Option<DaysLeft>) -> String {
        match (due, days) {
            (Some(due), Some(days)) => format!(
                "Siguiente: {} — antes del {} ({})",
                self.step_title(step),
                self.date(due),
                self.days_left(days)
            ),
            _ => format!(
                "Siguiente: {} — sin fecha fija, llega con la carta de la CPAM",
                self.step_title(step)
            ),
        }
    }

    fn all_done(&self) -> &'static str {
        "Todo hecho: tu afiliación está completa."
    }

    fn since_last_visit(&self, since: SinceLastVisit) -> String {
        let passed = match since.deadlines_passed {
            0 => "ningún plazo vencido desde entonces".to_owned(),
            1 => "1 plazo vencido desde entonces".to_owned(),
            n => format!("{n} plazos vencidos desde entonces"),
        };
        format!(
            "Última visita hace {}; {passed}.",
            plural(since.days, "día", "días")
        )
    }

    fn profile_labels(&self) -> ProfileLabels {
        ProfileLabels {
            level: "Centro:",
            department: "Departamento:",
            start: "Inicio del contrato:",
            registered: "Ya afiliado/a:",
            name: "Nombre:",
            school: "Nombre del centro:",
            gestionnaire: "Gestionnaire:",
            language: "Idioma:",
            not_set: "sin indicar",
            default: "por defecto",
        }
    }

    fn not_set_up(&self, path: &str) -> String {
        format!(
            "Aún sin configurar ({path}): ejecuta `secu` para responder a las preguntas, o \
             `secu setup --level secondary`."
        )
    }

    fn yes(&self) -> &'static str {
        "sí"
    }

    fn no(&self) -> &'static str {
        "no"
    }

    fn progress_gauge(&self, settled: usize, total: usize) -> String {
        format!("{settled}/{total} hechos")
    }

    fn steps_title(&self) -> &'static str {
        "Pasos"
    }

    fn who_label(&self) -> &'static str {
        "Quién"
    }

    fn todo_label(&self) -> &'static str {
        "Qué"
    }

    fn deadline_label(&self) -> &'static str {
        "Cuándo"
    }

    fn sheet_label(&self) -> &'static str {
        "Hoja"
    }

    fn sheet_translation(&self, step: Step, level: Option<Level>) -> Option<String> {
        let text = match (step, level) {
            (Step::Request, Some(Level::Primary)) => {
                "Solicitud de afiliación por internet para abrir mis derechos ante la CPAM: la \
                 hace mi gestionnaire en la DSDEN (1er degré)"
            }
            (Step::Request, Some(Level::Secondary)) => {
                "Solicitud de afiliación por internet para abrir mis derechos ante la CPAM: la \
                 hace la secretaría de mi centro (2nd degré)"
            }
            (Step::Request, None) => {
                "Solicitud de afiliación por internet para abrir mis derechos ante la CPAM: la \
                 hace mi gestionnaire en la DSDEN (1er degré) o la secretaría de mi centro \
                 (2nd degré)"
            }
            (Step::Nia, _) => {
                "La CPAM comunica el número NIA (provisional): hay que indicarlo sin falta para \
                 el reembolso de mis gastos"
            }
            (Step::Nir, _) => {
                "La CPAM comunica el número NIR (definitivo): creo mi cuenta en AMELI.FR; \
                 descargo mi attestation de droits"
            }
            (Step::Attestation, _) => {
                "Envío una copia en PDF de mi attestation a mi gestionnaire para que actualice \
                 mi expediente"
            }
            (Step::Ensap, _) => {
                "Creo mi cuenta en ensap.gouv.fr con mi número de la seguridad social de 15 \
                 cifras y una contraseña que elijo yo"
            }
        };
        Some(text.to_owned())
    }

    fn glossary_title(&self) -> &'static str {
        "Las palabras francesas de tus cartas"
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "CPAM",
                "Caisse primaire d’assurance maladie: la oficina del seguro de enfermedad que te afilia y te reembolsa.",
            ),
            (
                "NIA",
                "Numéro d’identification d’attente: tu número provisional, hasta que llegue el definitivo.",
            ),
            (
                "NIR",
                "Numéro d’inscription au répertoire: tu número de la seguridad social definitivo, de 15 cifras.",
            ),
            (
                "Attestation de droits",
                "El certificado de que tienes cobertura, en PDF desde ameli.fr.",
            ),
            (
                "ameli.fr",
                "La web del seguro de enfermedad: tu cuenta, tu attestation, tus reembolsos.",
            ),
            (
                "DSDEN",
                "Direction des services départementaux de l’éducation nationale: gestiona a los auxiliares de primaria.",
            ),
            (
                "Gestionnaire",
                "La persona que lleva tu expediente y tu nómina.",
            ),
            (
                "1er degré / 2nd degré",
                "Primaria / secundaria (collège, lycée).",
            ),
            (
                "DIPE",
                "La división del rectorat que gestiona a los auxiliares de secundaria.",
            ),
            (
                "ENSAP",
                "Espace numérique sécurisé de l’agent public: donde consultas tus nóminas.",
            ),
            ("Bulletin de paie", "La nómina de cada mes."),
        ]
    }

    fn language_changed(&self) -> &'static str {
        "Español. Pulsa L para otro idioma."
    }

    fn footer_keys(&self) -> &'static [KeyHelp] {
        &[
            ("↑↓", "mover"),
            ("Espacio", "marcar"),
            ("u", "desmarcar"),
            ("s", "perfil"),
            ("?", "ayuda"),
            ("q", "salir"),
        ]
    }

    fn help_title(&self) -> &'static str {
        "Teclas"
    }

    fn help_keys(&self) -> &'static [KeyHelp] {
        &[
            ("↑ ↓  j k", "pasar de un paso a otro"),
            ("Espacio Intro", "marcar el paso (fecha de hoy, editable)"),
            ("u", "desmarcar el último paso hecho"),
            ("n", "indicar o corregir el número (NIA, NIR)"),
            ("r", "mostrar el número entero, hasta que te muevas"),
            ("y", "copiar el número como lo pide la web del paso"),
            ("o", "abrir la página del paso (o copiar su enlace)"),
            ("m", "en la attestation: el e-mail a tu gestionnaire"),
            (
                "e",
                "escribir una nota sobre el paso (pruebas, referencias)",
            ),
            ("p", "en la attestation: guardar el PDF enviado"),
            ("1 2", "en el NIR: marcar sus pequeñas tareas"),
            ("t", "el calendario del curso escolar"),
            ("RePág AvPág", "desplazar los detalles"),
            ("s", "responder de nuevo a las preguntas"),
            ("g", "las palabras francesas de tus cartas, explicadas"),
            ("L", "cambiar de idioma (se guarda)"),
            ("?", "mostrar u ocultar esta ayuda"),
            ("q Esc", "salir (todo está ya guardado)"),
            ("Intro / Esc", "en una pregunta: confirmar / cancelar"),
        ]
    }

    fn help_close(&self) -> &'static str {
        "Pulsa cualquier tecla para cerrar."
    }

    fn date_prompt(&self) -> &'static str {
        "¿Qué día se hizo? (DD/MM/AAAA)"
    }

    fn date_field_keys(&self) -> &'static str {
        "Intro confirmar · Esc cancelar"
    }

    fn confirm_untick(&self, step: Step, on: NaiveDate) -> String {
        format!(
            "¿Desmarcar {} (hecho el {})?",
            Es::quoted(step),
            self.date(on)
        )
    }

    fn confirm_keys(&self) -> &'static str {
        "s sí · n no"
    }

    fn ticked(&self, step: Step, on: NaiveDate) -> String {
        format!("{} marcado, hecho el {}.", Es::quoted(step), self.date(on))
    }

    fn unticked(&self, step: Step) -> String {
        format!("{} desmarcado.", Es::quoted(step))
    }

    fn profile_saved(&self) -> &'static str {
        "Perfil guardado."
    }

    fn too_small(&self) -> &'static str {
        "Ventana demasiado pequeña (mínimo 40x12)"
    }

    fn changed_elsewhere(&self) -> &'static str {
        "Cambiado por otro secu: se muestra lo más reciente."
    }

    fn setup_title(&self, number: usize, total: usize) -> String {
        format!("Perfil — pregunta {number} de {total}")
    }

    fn welcome(&self) -> &'static str {
        "¡Bienvenido/a! Unas preguntas para fechar tu lista; puedes cambiarlas luego con s."
    }

    fn ask_language(&self) -> &'static str {
        "¿En qué idioma quieres usar secu?"
    }

    fn ask_level(&self) -> &'static str {
        "¿Dónde das clase?"
    }

    fn ask_department(&self) -> &'static str {
        "¿En qué departamento está tu colegio?"
    }

    fn ask_start(&self) -> &'static str {
        "¿Cuándo empieza tu contrato? (DD/MM/AAAA)"
    }

    fn ask_registered(&self) -> &'static str {
        "¿Tienes ya un número de la seguridad social francés definitivo, de 15 cifras?"
    }

    fn registered_hint(&self) -> &'static str {
        "Si es así, los pasos de la CPAM no aplican y empiezas por la attestation."
    }

    fn choice_keys(&self) -> &'static str {
        "↑↓ elegir · Intro siguiente · Esc atrás"
    }

    fn contact_label(&self) -> &'static str {
        "Contacto"
    }

    fn contact(&self, contact: &Contact) -> String {
        match contact {
            Contact::Bureau { email } => format!("Bureau des assistants (DIPE), rectorat: {email}"),
            Contact::Dsden {
                department,
                name,
                email,
            } => {
                let office = department.map_or("la DSDEN".to_owned(), |d| format!("la DSDEN {d}"));
                match (name, email) {
                    (None, None) => {
                        format!("Tu gestionnaire en {office} (añade su nombre y su e-mail con s)")
                    }
                    (name, email) => format!(
                        "{}, {office}{}",
                        name.as_deref()
                            .map_or("Tu gestionnaire".to_owned(), |n| inert(n, 60)),
                        email
                            .as_deref()
                            .map(|e| format!(": {}", inert(e, 80)))
                            .unwrap_or_default()
                    ),
                }
            }
        }
    }

    fn link_label(&self) -> &'static str {
        "Enlace"
    }

    fn link_opened(&self) -> &'static str {
        "Abierto en tu navegador."
    }

    fn link_copied(&self) -> &'static str {
        "No hay navegador aquí: el enlace está copiado en el portapapeles y se ve entero en los detalles."
    }

    fn note_label(&self) -> &'static str {
        "Nota"
    }

    fn note_prompt(&self, step: Step) -> String {
        format!(
            "Tu nota sobre {} (llamadas, referencias, pruebas):",
            Es::quoted(step)
        )
    }

    fn note_keys(&self) -> &'static str {
        "Ctrl+S guardar · Intro nueva línea · Esc cancelar"
    }

    fn note_saved(&self, step: Step) -> String {
        format!("Nota guardada en {}.", Es::quoted(step))
    }

    fn pdf_label(&self) -> &'static str {
        "PDF enviado"
    }

    fn pdf_prompt(&self) -> &'static str {
        "Ruta del PDF de la attestation que enviaste:"
    }

    fn pdf_saved(&self, name: &str) -> String {
        format!("PDF guardado: {name}.")
    }

    fn pdf_error(&self, error: &PdfError) -> String {
        match error {
            PdfError::NotFound => "No hay ningún archivo en esa ruta.".to_owned(),
            PdfError::NotAFile => "Es una carpeta: indica el propio archivo PDF.".to_owned(),
            PdfError::Unreadable(why) => format!("No se puede leer este archivo ({why})."),
            PdfError::NotPdf => {
                "Este archivo no es un PDF: descarga la attestation en PDF desde ameli.fr."
                    .to_owned()
            }
        }
    }

    fn task(&self, task: SubTask) -> &'static str {
        match task {
            SubTask::AmeliAccount => "Cuenta creada en ameli.fr",
            SubTask::AttestationDownloaded => "Attestation de droits descargada",
        }
    }

    fn detail_keys(&self, step: Step) -> &'static str {
        match step {
            Step::Nir => "1 2 marcar una tarea · e nota · o abrir el enlace",
            Step::Attestation => "m e-mail · p PDF · e nota · o abrir el enlace",
            _ => "e nota · o abrir el enlace",
        }
    }

    fn mail_title(&self) -> &'static str {
        "E-mail a tu gestionnaire"
    }

    fn mail_keys(&self) -> &'static str {
        "o abrir en tu programa de correo · y copiar el texto · otra tecla cierra"
    }

    fn mail_no_address(&self) -> &'static str {
        "Aún no se conoce el e-mail de tu gestionnaire: añádelo con s, o copia el texto con y."
    }

    fn mail_copied(&self) -> &'static str {
        "El texto del e-mail está copiado: pégalo en tu webmail."
    }

    fn timeline_title(&self) -> &'static str {
        "Curso escolar"
    }

    fn timeline_legend(&self) -> &'static str {
        "◆ plazo · ✓ hecho · │ hoy · t volver a los detalles"
    }

    fn ask_name(&self) -> &'static str {
        "Tu nombre, como en tu contrato (para el e-mail a tu gestionnaire):"
    }

    fn ask_school(&self) -> &'static str {
        "Tu centro (nombre y ciudad):"
    }

    fn ask_gestionnaire_name(&self) -> &'static str {
        "El nombre de tu gestionnaire en la DSDEN:"
    }

    fn ask_gestionnaire_email(&self) -> &'static str {
        "El e-mail de tu gestionnaire:"
    }

    fn optional_hint(&self) -> &'static str {
        "Opcional: déjalo vacío y pulsa Intro."
    }

    fn email_invalid(&self) -> &'static str {
        "Eso no es una dirección de e-mail: se parece a nombre@ac-aix-marseille.fr."
    }

    fn ics_written(&self, path: &str, events: usize) -> String {
        match events {
            1 => format!("1 plazo escrito en {path}: impórtalo en tu calendario."),
            n => format!("{n} plazos escritos en {path}: impórtalo en tu calendario."),
        }
    }

    fn sheet_written(&self, path: &str) -> String {
        format!("La hoja rellenada está en {path}.")
    }

    fn transition_error(&self, error: &TransitionError) -> String {
        match error {
            TransitionError::AlreadyDone { step, on } => format!(
                "{} ya está marcado (hecho el {}).",
                Es::quoted(*step),
                self.date(*on)
            ),
            TransitionError::Skipped { step } => format!(
                "{} no aplica: ya tienes un número definitivo.",
                Es::quoted(*step)
            ),
            TransitionError::PreviousOpen { previous, .. } => format!(
                "Marca antes {}: los pasos van en orden.",
                Es::quoted(*previous)
            ),
            TransitionError::InFuture { on, .. } => format!(
                "El {} es una fecha futura: indica el día en que ocurrió.",
                self.date(*on)
            ),
            TransitionError::BeforePrevious {
                on,
                previous,
                previous_on,
                ..
            } => format!(
                "El {} es anterior a {} (hecho el {}): elige ese día o uno posterior.",
                self.date(*on),
                Es::quoted(*previous),
                self.date(*previous_on)
            ),
            TransitionError::NotDone { step } => {
                format!("{} no está marcado.", Es::quoted(*step))
            }
            TransitionError::LaterStepDone { later, .. } => format!(
                "Desmarca antes {}: solo se puede desmarcar el último paso marcado.",
                Es::quoted(*later)
            ),
            TransitionError::NoNumber { step } => format!(
                "{} no tiene número: solo el NIA y el NIR.",
                Es::quoted(*step)
            ),
            TransitionError::NumberBeforeTick { step } => {
                format!("Marca {} antes de dar su número.", Es::quoted(*step))
            }
            TransitionError::AttestationDone => "Tu attestation ya está enviada: desmárcala antes \
                                                 de cambiar tu respuesta sobre el número \
                                                 definitivo."
                .to_owned(),
        }
    }

    fn number_label(&self) -> &'static str {
        "Número"
    }

    fn number_prompt(&self, step: Step) -> String {
        let which = match step {
            Step::Nir => "número definitivo (NIR)",
            _ => "número provisional (NIA)",
        };
        format!("Tu {which}, de la carta de la CPAM:")
    }

    fn number_field_keys(&self) -> &'static str {
        "Intro confirmar (vacío: añádelo luego con n) · Esc cancelar"
    }

    fn number_keys(&self) -> &'static str {
        "r mostrar · y copiar · n cambiar"
    }

    fn no_number(&self, step: Step, open: bool) -> &'static str {
        match (step, open) {
            (Step::Ensap, _) => "aún no: indica tu NIR en el paso 3 (n)",
            (_, true) => "se pide al marcar este paso",
            (_, false) => "aún no indicado (tecla n)",
        }
    }

    fn number_saved(&self, step: Step) -> String {
        format!("Número guardado en {}.", Es::quoted(step))
    }

    fn number_note(&self, note: NumberNote) -> &'static str {
        match note {
            NumberNote::LooksProvisional => {
                "Este número empieza por 7 u 8, como uno provisional: comprueba que sea el número \
                 definitivo (NIR) de la carta de la CPAM."
            }
            NumberNote::SameAsNia => {
                "Es el mismo número que tu NIA: puede pasar, el número provisional puede volverse \
                 definitivo."
            }
        }
    }

    fn copied(&self, step: Step) -> &'static str {
        match step {
            Step::Nir => "Copiadas las 13 primeras cifras, para ameli.fr.",
            Step::Ensap => "Copiadas las 15 cifras, para ENSAP.",
            _ => "Copiado tu número provisional (NIA).",
        }
    }

    fn nothing_to_copy(&self) -> &'static str {
        "Este paso no tiene número que copiar."
    }

    fn no_number_yet(&self, step: Step) -> String {
        format!("Aún no hay número: pulsa n en {}.", Es::quoted(step))
    }

    fn copy_failed(&self) -> &'static str {
        "El terminal no aceptó la copia."
    }

    fn numbers_tightened(&self, path: &str) -> String {
        format!("Otros podían leer {path}; ahora solo puedes leerlo tú.")
    }

    fn number_error(&self, error: &NumberError) -> String {
        match error {
            NumberError::Empty => "Escribe el número de la carta de la CPAM.".to_owned(),
            NumberError::Unexpected {
                position,
                character,
            } => format!(
                "El carácter {position} («{character}») no puede formar parte de un número: \
                 escribe las cifras (se admiten espacios y puntos)."
            ),
            NumberError::MissingKey => "Solo 13 caracteres: falta la clave de 2 cifras del final. \
                                        Escribe los 15 de la carta."
                .to_owned(),
            NumberError::Length { length } => format!(
                "{length} caracteres: un número de la seguridad social tiene 15 (13 cifras y una \
                 clave de 2)."
            ),
            NumberError::Letter { position, letter } => format!(
                "El carácter {position} es la letra «{letter}» donde va una cifra (solo 2A o 2B, \
                 para Córcega, en los caracteres 6–7)."
            ),
            NumberError::Sex { digit } => format!(
                "La primera cifra es {digit}: debe ser 1 o 2 (7 u 8 para un número provisional)."
            ),
            NumberError::Month { month } => {
                format!("Los caracteres 4–5 ({month}) no son un mes de nacimiento: revísalos.")
            }
            NumberError::Place { place } => format!(
                "«{place}» no es un lugar de nacimiento (caracteres 6–7: un departamento, 2A, 2B, \
                 97, 98, o 99 si naciste en el extranjero)."
            ),
            NumberError::Order => "Los caracteres 11–13 no pueden ser 000: revísalos.".to_owned(),
            NumberError::Key => "La clave (las 2 últimas cifras) no cuadra con las demás: \
                                 seguramente hay una cifra mal escrita. Compárala con la carta de \
                                 la CPAM."
                .to_owned(),
        }
    }

    fn date_error(&self, error: &DateError) -> String {
        match error {
            DateError::Empty => "Escribe una fecha, por ejemplo 02/10/2026.".to_owned(),
            DateError::Unreadable(text) => format!(
                "«{text}» no es una fecha: escríbela como DD/MM/AAAA, por ejemplo 02/10/2026."
            ),
            DateError::DoesNotExist { day, month, year } => {
                format!("El {day:02}/{month:02}/{year} no existe: revisa el día y el mes.")
            }
        }
    }

    fn store_error(&self, error: &StoreError) -> String {
        let untouched = "No se ha modificado: `secu repair` lo aparta y conserva lo que se pueda \
                         leer.";
        match error {
            StoreError::NoConfigDir => "No se encuentra la carpeta de configuración de tu \
                                        usuario: elige un archivo con --file RUTA."
                .to_owned(),
            StoreError::Read { path, source } => {
                format!("No se puede leer {}: {source}.", shown_path(path))
            }
            StoreError::TooLarge { path, size } => format!(
                "{} ocupa {size} bytes: demasiado para un archivo de progreso de secu. {untouched}",
                shown_path(path)
            ),
            StoreError::Parse {
                path,
                line,
                column,
                message,
            } => format!(
                "{} está dañado en la línea {line}, columna {column} ({message}). {untouched}",
                shown_path(path)
            ),
            StoreError::Inconsistent { path, problem } => {
                let problem = match problem {
                    Inconsistency::DoneAfterOpen { step, previous } => format!(
                        "{} está hecho, pero {}, que va antes, no",
                        Es::quoted(*step),
                        Es::quoted(*previous)
                    ),
                    Inconsistency::DatesOutOfOrder {
                        step,
                        on,
                        previous,
                        previous_on,
                    } => format!(
                        "{} está hecho el {}, antes que {} ({})",
                        Es::quoted(*step),
                        self.date(*on),
                        Es::quoted(*previous),
                        self.date(*previous_on)
                    ),
                };
                format!(
                    "{} no sigue el procedimiento: {problem}. {untouched}",
                    shown_path(path)
                )
            }
            StoreError::NewerVersion { path, version } => format!(
                "{} lo escribió un secu más reciente (versión {version}): actualiza secu para \
                 modificarlo.",
                shown_path(path)
            ),
            StoreError::Write { path, source } => format!(
                "No se puede escribir {}: {source}. No se ha cambiado nada.",
                shown_path(path)
            ),
            StoreError::Locked { path } => format!(
                "Otro secu está modificando {}: no se ha cambiado nada, inténtalo de nuevo en un \
                 momento.",
                shown_path(path)
            ),
        }
    }

    fn terminal_error(&self, error: &std::io::Error) -> String {
        format!(
            "La lista necesita un terminal ({error}); en un script, usa `secu status` o \
             `secu done`."
        )
    }

    fn repair_no_file(&self, path: &str) -> String {
        format!("Nada que reparar: no hay ningún archivo en {path}.")
    }

    fn repair_healthy(&self, path: &str) -> String {
        format!("Nada que reparar: {path} se lee bien. No se ha modificado.")
    }

    fn repair_intro(&self, path: &str, aside: &str) -> [String; 2] {
        [
            format!("El archivo dañado se ha movido a {aside} (no se ha borrado nada)."),
            format!("Un nuevo {path} contiene lo que se ha podido leer:"),
        ]
    }

    fn repair_nothing_read(&self) -> &'static str {
        "no se ha podido leer nada; responde de nuevo a las preguntas con `secu`."
    }

    fn repair_kept(&self, kept: &Kept) -> String {
        let what = match kept {
            Kept::Profile(field) => format!("profile.{field}"),
            Kept::StepDate(step, on) => {
                format!("{} {}", Es::quoted(*step), self.done_on(*on))
            }
            Kept::Number(step) => format!("el número de {}", Es::quoted(*step)),
            Kept::LastOpened => "la fecha de la última visita".to_owned(),
        };
        format!("conservado: {what}")
    }

    fn repair_dropped(&self, dropped: &Dropped) -> String {
        let what = match dropped {
            Dropped::Field(field) => format!("{field}, ilegible"),
            Dropped::OutOfOrder(step) => format!(
                "la fecha de {}, que rompía el orden de los pasos",
                Es::quoted(*step)
            ),
        };
        format!("no conservado: {what}")
    }

    fn newer_read_only(&self, version: u32) -> String {
        format!(
            "Este archivo lo escribió un secu más reciente (versión {version}): se muestra hasta \
             donde este lo entiende y no se modifica. Actualiza secu para modificarlo."
        )
    }
}
