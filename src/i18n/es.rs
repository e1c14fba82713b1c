//! Español.

use pure_rust_locales::es_ES as locale;

use super::{
    Action, Help, KeyNames, Lang, Level, Need, Plural, ProfileLabels, SheetTranslation, Step,
    SubTask, Texts,
};

pub struct Es;

impl Texts for Es {
    fn lang(&self) -> Lang {
        Lang::Es
    }

    fn months(&self) -> &'static [&'static str] {
        locale::LC_TIME::MON
    }

    fn months_short(&self) -> &'static [&'static str] {
        locale::LC_TIME::ABMON
    }

    fn first_day(&self) -> &'static str {
        "1"
    }

    fn date_separator(&self) -> char {
        '/'
    }

    fn date_words(&self, day: &str, month: &str, year: i32) -> String {
        format!("{day} de {month} de {year}")
    }

    fn date_words_short(&self, day: &str, month: &str, year: i32) -> String {
        format!("{day} {month} {year}")
    }

    fn quote(&self, text: &str) -> String {
        format!("«{text}»")
    }

    fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}: {value}")
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

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::Primary => "Primaria (1er degré)",
            Level::Secondary => "Secundaria (2nd degré)",
        }
    }

    fn dsden_unknown(&self) -> &'static str {
        "DSDEN de tu departamento"
    }

    fn who_request_primary(&self, dsden: &str) -> String {
        format!("Tu gestionnaire en la {dsden}, por internet. Comprueba que esté hecha.")
    }

    fn who_request_secondary(&self) -> &'static str {
        "La secretaría de tu centro, por internet. Comprueba que esté hecha."
    }

    fn who_request_either(&self) -> &'static str {
        "Tu gestionnaire en la DSDEN (1er degré) o la secretaría de tu centro (2nd degré)."
    }

    fn who_cpam(&self) -> &'static str {
        "La CPAM de París, que lleva el expediente de todos los auxiliares de conversación, por carta."
    }

    fn who_attestation_primary(&self, dsden: &str) -> String {
        format!("Tú: envíala a tu gestionnaire en la {dsden}.")
    }

    fn who_attestation_secondary(&self, email: &str) -> String {
        format!("Tú: envíala a {email} (bureau des assistants, DIPE).")
    }

    fn who_ensap(&self) -> &'static str {
        "Tú, con tu número de 15 cifras y una contraseña que elijas."
    }

    fn todo_request(&self) -> &'static str {
        "Pregunta si la «demande d’immatriculation» se ha enviado a la CPAM y márcala con la \
         fecha en que se hizo."
    }

    fn todo_nia(&self) -> &'static str {
        "Apunta el número provisional de la carta de la CPAM: indícalo sin falta en cada \
         reembolso. Con el NIA solo, aún no hay carte Vitale ni cuenta ameli; sirve durante \
         9 meses."
    }

    fn todo_nir(&self) -> &'static str {
        "Crea tu cuenta en ameli.fr (se entra con las 13 primeras cifras) y descarga tu \
         attestation de droits (PDF)."
    }

    fn todo_download_attestation(&self) -> &'static str {
        "Entra en ameli.fr con las 13 primeras cifras de tu número (crea la cuenta si no la \
         tienes) y descarga tu attestation de droits (PDF). Comprueba que muestra derechos \
         abiertos hoy; si no, pregunta a tu gestionnaire: los derechos de una estancia \
         anterior pueden tener que reabrirse."
    }

    fn todo_attestation_primary(&self, dsden: &str) -> String {
        format!(
            "Envía el PDF de tu attestation de droits a tu gestionnaire en la {dsden} para que \
             actualicen tu expediente."
        )
    }

    fn todo_attestation_secondary(&self, email: &str) -> String {
        format!(
            "Envía el PDF de tu attestation de droits a {email} para que actualicen tu \
             expediente."
        )
    }

    fn todo_ensap(&self) -> &'static str {
        "Crea tu cuenta en ensap.gouv.fr con tu número de 15 cifras y una contraseña que \
         elijas; luego entra para consultar y descargar tus nóminas."
    }

    fn rule_two_weeks(&self, start: &str) -> String {
        format!("Dos semanas después del inicio del contrato ({start}).")
    }

    fn rule_on_arrival(&self, start: &str) -> String {
        format!(
            "En cuanto llegues: dos semanas después del inicio del contrato ({start}), ya que \
             tienes un número definitivo."
        )
    }

    fn rule_nia(&self) -> &'static str {
        "Sin fecha fija: llega con la carta de la CPAM."
    }

    fn rule_nir(&self, due: &str, month: &str) -> String {
        format!(
            "A más tardar el {due}: la hoja pide el número definitivo antes de {month}, el \
             tercer mes del contrato."
        )
    }

    fn rule_attestation(&self, month: &str) -> String {
        format!("En {month}, el tercer mes del contrato.")
    }

    fn rule_ensap_sent(&self, month: &str, sent: &str) -> String {
        format!("En {month}, el mes siguiente al envío de la attestation ({sent}).")
    }

    fn rule_ensap_open(&self, month: &str) -> String {
        format!(
            "En {month}, el mes siguiente al plazo de la attestation; cuando la envíes, el mes \
             siguiente al envío."
        )
    }

    fn usual_delay(&self) -> &'static str {
        "La CPAM suele enviarlo en los 3 meses siguientes a la solicitud."
    }

    fn usual_delay_dated(&self, by: &str) -> String {
        format!(
            "La CPAM suele enviarlo en los 3 meses siguientes a la solicitud, a más tardar el {by}."
        )
    }

    fn usual_delay_after_due(&self, by: &str, due: &str) -> String {
        format!(
            "La CPAM puede tardar hasta 3 meses desde la solicitud: puede llegar incluso el \
             {by}, después de la fecha de la hoja ({due}). Si el {due} no ha llegado, avisa a tu \
             gestionnaire y sigue dando tu NIA para los reembolsos."
        )
    }

    fn advice_request_primary(&self, dsden: &str) -> String {
        format!(
            "Pregunta a tu gestionnaire en la {dsden} si se envió la solicitud: nada puede \
             avanzar hasta entonces."
        )
    }

    fn advice_request_secondary(&self) -> &'static str {
        "Pregunta a la secretaría de tu centro si se envió la solicitud: nada puede avanzar \
         hasta entonces."
    }

    fn advice_nia_primary(&self, days: i64, dsden: &str) -> String {
        format!(
            "Sin carta {days} días después de la solicitud: pide a tu gestionnaire en la {dsden} \
             que lo compruebe con la CPAM. Mientras tanto, guarda todos tus justificantes \
             (feuilles de soins) para reclamarlos después."
        )
    }

    fn advice_nia_secondary(&self, days: i64) -> String {
        format!(
            "Sin carta {days} días después de la solicitud: pide a la secretaría de tu centro \
             que lo compruebe con la CPAM. Mientras tanto, guarda todos tus justificantes \
             (feuilles de soins) para reclamarlos después."
        )
    }

    fn advice_nir_primary(&self, dsden: &str) -> String {
        format!(
            "Es frecuente: para quien nació en el extranjero puede tardar hasta 9 meses. Avisa \
             a tu gestionnaire en la {dsden}, sigue indicando tu NIA en los reembolsos y \
             comprueba que la CPAM tiene tu partida de nacimiento. Sin NIR no hay cuenta ameli, \
             así que la attestation espera."
        )
    }

    fn advice_nir_secondary(&self, email: &str) -> String {
        format!(
            "Es frecuente: para quien nació en el extranjero puede tardar hasta 9 meses. Avisa \
             al bureau des assistants ({email}), sigue indicando tu NIA en los reembolsos y \
             comprueba que la CPAM tiene tu partida de nacimiento. Sin NIR no hay cuenta ameli, \
             así que la attestation espera."
        )
    }

    fn advice_attestation(&self) -> &'static str {
        "Envíala en cuanto la tengas: tu gestionnaire la necesita para actualizar tu expediente, \
         y tus nóminas en ENSAP dependen de ello."
    }

    fn advice_ensap(&self) -> &'static str {
        "Créala ahora: tus nóminas solo están allí."
    }

    fn advice_waits(&self, step: &str) -> String {
        format!("Este paso espera a {step}, aún abierto: mira allí qué hacer ahora.")
    }

    fn need(&self, need: Need) -> &'static str {
        match need {
            Need::NominationOrder => "Tu arrêté de nomination, firmado y sellado.",
            Need::WorkContract => "Una copia de tu contrato de trabajo.",
            Need::FormS1106 => "El formulario S1106 (demande d’ouverture des droits), en ameli.fr.",
            Need::IdentityDocument => {
                "Una copia de tu pasaporte o documento de identidad; fuera de la UE, el EEE y Suiza, el pasaporte con la página del visado."
            }
            Need::FullBirthCertificate => {
                "Una copia íntegra y certificada de tu partida de nacimiento (acte de naissance) con los nombres de tus padres, sellada y firmada; fuera de la UE, el EEE y Suiza, con su traducción oficial al francés."
            }
            Need::MarriageCertificate => {
                "Si estás casado o casada: tu certificado de matrimonio (también traducido, fuera de la UE, el EEE y Suiza)."
            }
            Need::ProofOfResidence => {
                "Un justificante de domicilio (una factura, un contrato de alquiler)."
            }
            Need::FrenchBankDetails => "El RIB (IBAN) de tu cuenta bancaria francesa.",
            Need::VisaOrPermit => {
                "Fuera de la UE, el EEE y Suiza: una copia de tu visado o permiso de residencia."
            }
            Need::ChildrenForms => {
                "Si tienes hijos: el formulario S3705, con sus partidas de nacimiento y sus pasaportes o documentos de identidad."
            }
            Need::BirthCertificate => {
                "Comprueba que la CPAM tiene tu partida de nacimiento (acte de naissance): sin una copia válida, completa y legible no hay número definitivo."
            }
            Need::DefinitiveNumber => {
                "Tu número definitivo: ameli.fr no acepta uno provisional (que empiece por 7 u 8) y se \
         entra con sus 13 primeras cifras."
            }
            Need::AttestationPdf => {
                "Tu attestation de droits en PDF, descargada de tu cuenta de ameli.fr."
            }
            Need::EnsapDetails => {
                "Tu número de 15 cifras, tu fecha de nacimiento, una dirección de e-mail y los datos \
         bancarios (RIB, IBAN) de la cuenta donde cobras tu sueldo."
            }
        }
    }

    fn done_on(&self, date: &str) -> String {
        format!("hecho el {date}")
    }

    fn not_needed(&self) -> &'static str {
        "no necesario"
    }

    fn due_on(&self, date: &str) -> String {
        format!("a más tardar el {date}")
    }

    fn no_fixed_date(&self) -> &'static str {
        "sin fecha fija"
    }

    fn due_today(&self) -> &'static str {
        "vence hoy"
    }

    fn in_days(&self) -> Plural {
        Plural {
            one: "queda {n} día",
            other: "quedan {n} días",
        }
    }

    fn days_late(&self) -> Plural {
        Plural {
            one: "{n} día de retraso",
            other: "{n} días de retraso",
        }
    }

    fn no_letter_for(&self) -> Plural {
        Plural {
            one: "{n} día sin carta",
            other: "{n} días sin carta",
        }
    }

    fn next_dated(&self, step: &str, due: &str, days: &str) -> String {
        format!("Siguiente: {step} — a más tardar el {due} ({days})")
    }

    fn next_nia(&self, step: &str) -> String {
        format!("Siguiente: {step} — sin fecha fija, llega con la carta de la CPAM")
    }

    fn next_nia_then(&self, step: &str, then: &str, due: &str, days: &str) -> String {
        format!("Siguiente: {step} — sin fecha propia; «{then}» vence el {due} ({days})")
    }

    fn all_done(&self) -> &'static str {
        "Todo hecho: tu afiliación está completa."
    }

    fn days_ago(&self) -> Plural {
        Plural {
            one: "{n} día",
            other: "{n} días",
        }
    }

    fn deadlines_passed(&self) -> Plural {
        Plural {
            one: "{n} plazo vencido desde entonces",
            other: "{n} plazos vencidos desde entonces",
        }
    }

    fn done_since(&self) -> Plural {
        Plural {
            one: "{n} paso hecho desde entonces",
            other: "{n} pasos hechos desde entonces",
        }
    }

    fn since_last_visit(&self, ago: &str, passed: &str) -> String {
        format!("Última visita en este ordenador hace {ago}; {passed}.")
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
            gestionnaire_email: "E-mail del gestionnaire:",
            title: "Firmas como:",
            civility: "Saludo:",
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

    fn progress_gauge(&self, done: usize, total: usize) -> String {
        format!("{done} de {total} hechos")
    }

    fn digits_hidden(&self, start: &str, hidden: usize, end: &str) -> String {
        format!("{start}, {hidden} cifras ocultas, {end}")
    }

    fn steps_title(&self) -> &'static str {
        "Pasos"
    }

    fn who_label(&self) -> &'static str {
        "Quién"
    }

    fn todo_label(&self) -> &'static str {
        "Qué hacer"
    }

    fn deadline_label(&self) -> &'static str {
        "Cuándo"
    }

    fn usual_label(&self) -> &'static str {
        "Normalmente"
    }

    fn late_label(&self) -> &'static str {
        "Retraso"
    }

    fn needs_label(&self) -> &'static str {
        "Necesitas"
    }

    fn sheet_label(&self) -> &'static str {
        "Hoja"
    }

    fn sheet_translation(&self) -> Option<SheetTranslation> {
        Some(SheetTranslation {
            intro: "Durante tu estancia tienes un seguro de enfermedad gestionado por la Sécurité \
                    sociale. Como auxiliar de conversación, tienes que estar inscrito/a sin falta \
                    en la CPAM para obtener un número de la seguridad social definitivo antes de \
                    diciembre. Te servirá para pedir el reembolso de tus gastos médicos y también \
                    para consultar tus nóminas en el Espace Numérique Sécurisé de l’Agent Public, \
                    «ensap.gouv.fr».",
            already_registered: "Si ya tienes un número definitivo, tienes que enviar una copia \
                                 de tu attestation de droits en PDF (descargada de ameli.fr) a tu \
                                 gestionnaire.",
            request_primary: "Solicitud de afiliación por internet para abrir mis derechos ante \
                              la CPAM: la hace mi gestionnaire en la DSDEN (1er degré)",
            request_secondary: "Solicitud de afiliación por internet para abrir mis derechos \
                                ante la CPAM: la hace la secretaría de mi centro (2nd degré)",
            request_either: "Solicitud de afiliación por internet para abrir mis derechos ante \
                             la CPAM: la hace mi gestionnaire en la DSDEN (1er degré) o la \
                             secretaría de mi centro (2nd degré)",
            nia: "La CPAM comunica el número NIA (provisional): hay que indicarlo sin falta para \
                  el reembolso de mis gastos",
            nir: "La CPAM comunica el número NIR (definitivo): creo mi cuenta en AMELI.FR; \
                  descargo mi attestation de droits",
            attestation_primary: "Envío una copia en PDF de mi attestation a mi gestionnaire \
                                  para que actualice mi expediente: la DSDEN (1er degré)",
            attestation_secondary: "Envío una copia en PDF de mi attestation a mi gestionnaire \
                                    para que actualice mi expediente: \
                                    assistants-langues@ac-aix-marseille.fr (2nd degré)",
            attestation_either: "Envío una copia en PDF de mi attestation a mi gestionnaire \
                                 para que actualice mi expediente",
            ensap: "Creo mi cuenta en ensap.gouv.fr con mi número de la seguridad social de 15 \
                    cifras y una contraseña que elijo yo. Entro y puedo consultar y descargar \
                    mis nóminas",
        })
    }

    fn glossary_title(&self) -> &'static str {
        "Las palabras francesas de tus cartas"
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &[
            (
                "CPAM",
                "Caisse primaire d’assurance maladie, la caja del seguro de enfermedad: la CPAM de París afilia a todos los auxiliares de conversación, trabajen donde trabajen.",
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
            (
                "Demande d’immatriculation",
                "La solicitud de alta en la Sécurité sociale, que tu centro envía a la CPAM.",
            ),
            (
                "Carte Vitale",
                "La tarjeta del seguro de enfermedad; necesita el número definitivo.",
            ),
            (
                "Rectorat",
                "La sede de la académie; su DIPE gestiona a los auxiliares de secundaria.",
            ),
            (
                "Académie",
                "La autoridad educativa de una región: aquí Aix-Marseille, con cuatro departamentos.",
            ),
            (
                "RIB",
                "Relevé d’identité bancaire: los datos (IBAN) de tu cuenta francesa, que da tu banco.",
            ),
            (
                "Arrêté de nomination",
                "El documento que te nombra auxiliar, firmado por la académie.",
            ),
            (
                "S1106",
                "El formulario para que el seguro de enfermedad abra tu cobertura (demande d’ouverture des droits), en ameli.fr.",
            ),
            (
                "Acte de naissance",
                "Tu partida de nacimiento: la CPAM pide una copia íntegra, con los nombres de tus padres.",
            ),
            ("Bulletin de paie", "La nómina de cada mes."),
            (
                "Feuille de soins",
                "El formulario o justificante de la atención que pagaste: guárdalo para que te lo reembolsen.",
            ),
        ]
    }

    fn sheet_says(&self) -> &'static str {
        "Por qué importa, con las palabras de la hoja"
    }

    fn sheet_months_moved(&self, month: &str) -> String {
        format!(
            "Los meses de la hoja valen para un contrato que empieza en octubre; el tuyo empieza \
             en {month}, y el plazo de arriba los desplaza lo mismo."
        )
    }

    fn language_changed(&self) -> &'static str {
        "Español. Pulsa L para otro idioma."
    }

    fn help_title(&self) -> &'static str {
        "Teclas"
    }

    fn date_prompt(&self) -> &'static str {
        "¿Qué día se hizo? (DD/MM/AAAA)"
    }

    fn confirm_untick(&self, step: &str, date: &str) -> String {
        format!("¿Desmarcar el paso {step} (hecho el {date})?")
    }

    fn ticked(&self, step: &str, date: &str) -> String {
        format!("Paso {step} marcado, hecho el {date}.")
    }

    fn unticked(&self, step: &str) -> String {
        format!("Paso {step} desmarcado.")
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
        "¡Bienvenido/a! Unas preguntas para fechar tu lista; puedes cambiar tus respuestas \
         luego con s."
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
        "Si es así, los pasos de la CPAM no son necesarios y empiezas por la attestation."
    }

    fn ask_number(&self) -> &'static str {
        "Tu número definitivo (15 caracteres), para ameli.fr y ENSAP:"
    }

    fn ask_name(&self) -> &'static str {
        "Tu nombre, como en tu contrato (para el e-mail a tu gestionnaire):"
    }

    fn ask_school(&self) -> &'static str {
        "Tu centro (nombre y ciudad):"
    }

    fn ask_title(&self) -> &'static str {
        "En el e-mail a tu gestionnaire (en francés), eres:"
    }

    fn ask_civility(&self) -> &'static str {
        "¿Cómo debe saludar el e-mail a tu gestionnaire?"
    }

    fn leave_out(&self) -> &'static str {
        "Ninguno: no ponerlo"
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

    fn number_label(&self) -> &'static str {
        "Número"
    }

    fn number_prompt_nia(&self) -> &'static str {
        "Tu número provisional (NIA), de la carta de la CPAM:"
    }

    fn number_prompt_nir(&self) -> &'static str {
        "Tu número definitivo (NIR), de la carta de la CPAM:"
    }

    fn no_number_asked_at_tick(&self) -> &'static str {
        "se pide al marcar este paso"
    }

    fn no_number_yet_press_n(&self) -> &'static str {
        "aún no indicado (tecla n)"
    }

    fn no_number_give_nir(&self) -> &'static str {
        "aún no: indica tu NIR en el paso 3 (n)"
    }

    fn no_number_registered(&self) -> &'static str {
        "aún no: indica el número definitivo que tienes con n"
    }

    fn number_saved(&self, step: &str) -> String {
        format!("Número guardado en el paso {step}.")
    }

    fn looks_provisional(&self) -> &'static str {
        "Este número empieza por 7 u 8, como uno provisional: comprueba que sea el número \
         definitivo (NIR) de la carta de la CPAM."
    }

    fn same_as_nia(&self) -> &'static str {
        "Es el mismo número que tu NIA: puede pasar, el número provisional puede volverse \
         definitivo."
    }

    fn copied_nia(&self) -> &'static str {
        "Copiado tu número provisional (NIA)."
    }

    fn copied_ameli(&self) -> &'static str {
        "Copiadas las 13 primeras cifras, para ameli.fr."
    }

    fn copied_ensap(&self) -> &'static str {
        "Copiadas las 15 cifras, para ENSAP."
    }

    fn no_number_yet(&self, step: &str) -> String {
        format!("Aún no hay número: pulsa n en el paso {step}.")
    }

    fn copy_failed(&self) -> &'static str {
        "La terminal no aceptó la copia."
    }

    fn numbers_tightened(&self, path: &str) -> String {
        format!("Otros podían leer {path}; ahora solo puedes leerlo tú.")
    }

    fn contact_label(&self) -> &'static str {
        "Contacto"
    }

    fn contact_bureau(&self, email: &str) -> String {
        format!("Bureau des assistants (DIPE), rectorat: {email}")
    }

    fn dsden_office(&self, department: &str) -> String {
        format!("la DSDEN {department}")
    }

    fn dsden_office_unknown(&self) -> &'static str {
        "la DSDEN"
    }

    fn contact_unknown(&self, office: &str) -> String {
        format!("Tu gestionnaire en {office} (añade su nombre y su e-mail con s)")
    }

    fn contact_named(&self, name: &str, office: &str) -> String {
        format!("{name}, {office}")
    }

    fn contact_someone(&self, office: &str) -> String {
        format!("Tu gestionnaire, {office}")
    }

    fn link_label(&self) -> &'static str {
        "Enlace"
    }

    fn link_opened(&self) -> &'static str {
        "Abierto en tu navegador."
    }

    fn note_label(&self) -> &'static str {
        "Nota"
    }

    fn note_prompt(&self, step: &str) -> String {
        format!("Tu nota sobre el paso {step} (llamadas, referencias, pruebas):")
    }

    fn note_saved(&self, step: &str) -> String {
        format!("Nota guardada en el paso {step}.")
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

    fn pdf_not_found(&self) -> &'static str {
        "No hay ningún archivo en esa ruta."
    }

    fn pdf_folder(&self) -> &'static str {
        "Es una carpeta: indica el propio archivo PDF."
    }

    fn pdf_unreadable(&self, why: &str) -> String {
        format!("No se puede leer este archivo ({why}).")
    }

    fn pdf_not_pdf(&self) -> &'static str {
        "Este archivo no es un PDF: descarga la attestation en PDF desde ameli.fr."
    }

    fn task(&self, task: SubTask) -> &'static str {
        match task {
            SubTask::AmeliAccount => "Cuenta creada en ameli.fr",
            SubTask::AttestationDownloaded => "Attestation de droits descargada",
        }
    }

    fn mail_title(&self) -> &'static str {
        "E-mail a tu gestionnaire"
    }

    fn mail_no_address(&self) -> &'static str {
        "Aún no se conoce el e-mail de tu gestionnaire: añádelo con s, o copia el texto con y."
    }

    fn mail_opened(&self) -> &'static str {
        "El e-mail está abierto en tu programa de correo."
    }

    fn mail_part_address(&self) -> &'static str {
        "la dirección"
    }

    fn mail_part_subject(&self) -> &'static str {
        "el asunto"
    }

    fn mail_part_body(&self) -> &'static str {
        "el texto"
    }

    fn mail_part_all(&self) -> &'static str {
        "todo, con sus títulos"
    }

    fn mail_part_copied(&self, part: &str) -> String {
        format!("{part}: copiado, pégalo en tu webmail.")
    }

    fn mail_attach(&self) -> &'static str {
        "Adjunta tú el PDF de tu attestation: un e-mail abierto o copiado desde aquí no puede llevarlo."
    }

    fn mail_no_name(&self) -> &'static str {
        "Tu nombre no está indicado: sustituye [NOM Prénom] antes de enviar."
    }

    fn timeline_title(&self) -> &'static str {
        "Curso escolar"
    }

    fn timeline_legend(&self) -> &'static str {
        "◆ plazo · ✓ hecho · │ hoy"
    }

    fn ics_written(&self) -> Plural {
        Plural {
            one: "{n} plazo escrito en {path}: importa el archivo en tu calendario.",
            other: "{n} plazos escritos en {path}: importa el archivo en tu calendario.",
        }
    }

    fn overdue_since(&self, step: &str, due: &str) -> String {
        format!("{step} — con retraso desde el {due}")
    }

    fn sheet_written(&self, path: &str) -> String {
        format!("La hoja rellenada está en {path}.")
    }

    fn already_done(&self, step: &str, date: &str) -> String {
        format!("El paso {step} ya está marcado (hecho el {date}).")
    }

    fn skipped_step(&self, step: &str) -> String {
        format!("El paso {step} no es necesario: ya tienes un número definitivo.")
    }

    fn previous_open(&self, previous: &str) -> String {
        format!("Marca antes el paso {previous}: los pasos van en orden.")
    }

    fn in_future(&self, date: &str) -> String {
        format!("El {date} es una fecha futura: indica el día en que ocurrió.")
    }

    fn before_previous(&self, date: &str, previous: &str, previous_date: &str) -> String {
        format!(
            "El {date} es anterior al paso {previous} (hecho el {previous_date}): elige ese día \
             o uno posterior."
        )
    }

    fn after_next(&self, date: &str, next: &str, next_date: &str) -> String {
        format!(
            "El {date} es posterior al paso {next} (hecho el {next_date}): elige ese día o uno \
             anterior."
        )
    }

    fn not_ticked(&self, step: &str) -> String {
        format!("El paso {step} no está marcado.")
    }

    fn later_done(&self, later: &str) -> String {
        format!("Desmarca antes el paso {later}: solo se puede desmarcar el último paso marcado.")
    }

    fn has_no_number(&self, step: &str) -> String {
        format!("El paso {step} no tiene número: solo el NIA y el NIR.")
    }

    fn number_before_tick(&self, step: &str) -> String {
        format!("Marca el paso {step} antes de dar su número.")
    }

    fn attestation_done(&self) -> &'static str {
        "Tu attestation ya está enviada: desmárcala antes de cambiar tu respuesta sobre el \
         número definitivo."
    }

    fn task_before_number(&self, task: &str, step: &str) -> String {
        format!(
            "{task} espera a tu número definitivo, el único que acepta ameli.fr: marca {step} \
             cuando llegue su carta."
        )
    }

    fn task_before_account(&self, task: &str) -> String {
        format!("La attestation se descarga desde tu cuenta de ameli.fr: marca antes {task}.")
    }

    fn start_out_of_range(&self, year: i32) -> String {
        format!("Un contrato no puede empezar en {year}: indica una fecha de 2000 a 2100.")
    }

    fn note_too_long(&self, max: usize) -> String {
        format!("La nota es demasiado larga: {max} caracteres como máximo.")
    }

    fn note_count(&self, count: usize, max: usize) -> String {
        format!("{count}/{max} caracteres: acorta la nota para guardarla.")
    }

    fn text_too_long(&self, max: usize) -> String {
        format!("Es demasiado largo: {max} caracteres como máximo.")
    }

    fn path_too_long(&self, max: usize) -> String {
        format!("La ruta es demasiado larga: {max} bytes como máximo.")
    }

    fn number_empty(&self) -> &'static str {
        "Escribe el número de la carta de la CPAM."
    }

    fn number_unexpected(&self, position: usize, character: &str) -> String {
        format!(
            "El carácter {position} («{character}») no puede formar parte de un número: escribe \
             las cifras (se admiten espacios, puntos y guiones)."
        )
    }

    fn number_missing_key(&self) -> &'static str {
        "Solo 13 caracteres: falta la clave de 2 cifras del final. Escribe los 15 de la carta."
    }

    fn number_length(&self, length: usize) -> String {
        format!(
            "{length} caracteres: un número de la seguridad social tiene 15 (13 cifras y una \
             clave de 2)."
        )
    }

    fn number_letter(&self, position: usize, letter: char) -> String {
        format!(
            "El carácter {position} es la letra «{letter}» donde va una cifra (solo 2A o 2B, \
             para Córcega, en los caracteres 6–7)."
        )
    }

    fn number_sex(&self, digit: char) -> String {
        format!("La primera cifra es {digit}: debe ser 1 o 2 (7 u 8 para un número provisional).")
    }

    fn number_month(&self, month: &str) -> String {
        format!("Los caracteres 4–5 ({month}) no son un mes de nacimiento: revísalos.")
    }

    fn number_place(&self, place: &str) -> String {
        format!(
            "«{place}» no es un lugar de nacimiento (caracteres 6–7: un departamento, 2A, 2B, \
             97, 98, o 99 si naciste en el extranjero)."
        )
    }

    fn number_order(&self) -> &'static str {
        "Los caracteres 11–13 no pueden ser 000: revísalos."
    }

    fn number_key(&self) -> &'static str {
        "La clave (las 2 últimas cifras) no cuadra con las demás: seguramente hay una cifra mal \
         escrita. Compara con la carta de la CPAM."
    }

    fn date_empty(&self) -> &'static str {
        "Escribe una fecha, por ejemplo 02/10/2026."
    }

    fn date_unreadable(&self, text: &str) -> String {
        format!("«{text}» no es una fecha: escríbela como DD/MM/AAAA, por ejemplo 02/10/2026.")
    }

    fn date_does_not_exist(&self, date: &str) -> String {
        format!("El {date} no existe: revisa el día y el mes.")
    }

    fn date_out_of_range(&self, year: i32) -> String {
        format!("{year} no es un año que secu acepte: indica una fecha de 2000 a 2100.")
    }

    fn no_config_dir(&self) -> &'static str {
        "No se encuentra la carpeta de configuración de tu usuario: elige un archivo con \
         --file RUTA."
    }

    fn cannot_read(&self, path: &str, why: &str) -> String {
        format!("No se puede leer {path}: {why}.")
    }

    fn too_large(&self, path: &str, size: u64) -> String {
        format!("{path} ocupa {size} bytes: demasiado para un archivo de progreso de secu.")
    }

    fn damaged(&self, path: &str, line: usize, column: usize, what: &str) -> String {
        format!("{path} está dañado en la línea {line}, columna {column} ({what}).")
    }

    fn not_json(&self) -> &'static str {
        "no es JSON válido"
    }

    fn bad_value(&self, field: &str) -> String {
        format!("no se puede leer el valor de {field}")
    }

    fn inconsistent(&self, path: &str, problem: &str) -> String {
        format!("{path} no sigue el procedimiento: {problem}.")
    }

    fn left_as_is(&self) -> &'static str {
        "No se ha modificado: `secu repair` lo aparta y conserva lo que se pueda leer."
    }

    fn done_after_open(&self, step: &str, previous: &str) -> String {
        format!("el paso {step} está hecho, pero el paso {previous}, que va antes, no")
    }

    fn dates_out_of_order(
        &self,
        step: &str,
        date: &str,
        previous: &str,
        previous_date: &str,
    ) -> String {
        format!(
            "el paso {step} está hecho el {date}, antes que el paso {previous} ({previous_date})"
        )
    }

    fn dates_out_of_range(&self) -> &'static str {
        "una fecha no está entre 2000 y 2100"
    }

    fn note_too_long_in_file(&self, step: &str) -> String {
        format!("la nota del paso {step} es más larga de lo que secu guarda")
    }

    fn invalid_number_in_file(&self, step: &str, why: &str) -> String {
        format!("el número del paso {step} no es válido. {why}")
    }

    fn newer_version(&self, path: &str, version: u32) -> String {
        format!(
            "{path} lo escribió un secu más reciente (versión {version}): actualiza secu para \
             modificarlo."
        )
    }

    fn cannot_write(&self, path: &str, why: &str) -> String {
        format!("No se puede escribir {path}: {why}. No se ha cambiado nada.")
    }

    fn locked(&self, path: &str) -> String {
        format!(
            "Otro secu está modificando {path}: no se ha cambiado nada, inténtalo de nuevo en un \
             momento."
        )
    }

    fn terminal_error(&self, why: &str) -> String {
        format!(
            "La lista necesita una terminal ({why}); en un script, usa `secu status` o `secu \
             done`."
        )
    }

    fn repair_no_file(&self, path: &str) -> String {
        format!("Nada que reparar: no hay ningún archivo en {path}.")
    }

    fn repair_healthy(&self, path: &str) -> String {
        format!("Nada que reparar: {path} se lee bien. No se ha modificado.")
    }

    fn repair_moved(&self, aside: &str) -> String {
        format!("El archivo dañado se ha movido a {aside} (no se ha borrado nada).")
    }

    fn repair_new_file(&self, path: &str) -> String {
        format!("Un nuevo {path} contiene lo que se ha podido leer:")
    }

    fn repair_nothing_read(&self) -> &'static str {
        "no se ha podido leer nada; responde de nuevo a las preguntas con `secu`."
    }

    fn repair_kept(&self, what: &str) -> String {
        format!("conservado: {what}")
    }

    fn repair_dropped(&self, what: &str) -> String {
        format!("no conservado: {what}")
    }

    fn kept_number(&self, step: &str) -> String {
        format!("el número del paso {step}")
    }

    fn kept_last_opened(&self) -> &'static str {
        "la fecha de la última visita"
    }

    fn dropped_unreadable(&self, field: &str) -> String {
        format!("{field}, ilegible")
    }

    fn dropped_out_of_order(&self, step: &str) -> String {
        format!("la fecha del paso {step}, que rompía el orden de los pasos")
    }

    fn newer_read_only(&self, version: u32) -> String {
        format!(
            "Este archivo lo escribió un secu más reciente (versión {version}): se muestra hasta \
             donde este lo entiende y no se modifica. Actualiza secu para modificarlo."
        )
    }

    fn dropped_cut(&self, field: &str, max: usize) -> String {
        format!("{field} en parte: sus {max} primeros caracteres")
    }

    fn cannot_keep(&self, path: &str) -> String {
        format!(
            "{path} contiene datos demasiado anidados para que secu los conserve enteros al guardar: no se ha cambiado nada."
        )
    }

    fn no_deadline_passed(&self) -> &'static str {
        "ningún plazo vencido desde entonces"
    }

    fn give_number_later(&self) -> &'static str {
        "Indica el número definitivo que tienes con `secu setup --number NÚMERO` (o n en la lista): ameli.fr y ENSAP lo piden."
    }

    fn broken_link(&self, link: &str, target: &str) -> String {
        format!(
            "{link} es un enlace a {target}, que no existe: crea esa carpeta o elimina el enlace. No se ha cambiado nada."
        )
    }

    fn time_zone_set_aside(&self, tz: &str) -> String {
        format!("TZ={tz} no es un archivo de zona horaria: se usa la zona horaria del sistema.")
    }

    fn output_lost(&self, why: &str) -> String {
        format!("No se ha podido escribir parte de la salida: {why}.")
    }

    fn changed_meanwhile(&self, now: &str) -> String {
        format!(
            "Otro secu guardó esto mientras escribías; ahora es: {now}. Guarda de nuevo para poner el tuyo en su lugar, o Esc para conservarlo."
        )
    }

    fn profile_changed_meanwhile(&self) -> &'static str {
        "Otro secu cambió estas respuestas mientras escribías. Las tuyas siguen aquí: guarda de nuevo para ponerlas en su lugar, o Esc para conservar las del archivo."
    }

    fn note_merged(&self) -> &'static str {
        "Otro secu guardó otra nota mientras escribías: su texto va primero y el tuyo después. Deja lo que quieras y guarda de nuevo, o Esc para quedarte solo con la otra."
    }

    fn meanwhile_nothing(&self) -> &'static str {
        "nada"
    }

    fn nothing_to_export(&self) -> &'static str {
        "Nada que exportar: ningún paso abierto tiene fecha límite (todos están hechos o no hacen falta). No se ha escrito ningún archivo."
    }

    fn calendar_stale(&self, how: &str) -> String {
        format!(
            "Tu calendario aún tiene el recordatorio de este paso: vuelve a exportar el calendario ({how}) e impórtalo."
        )
    }

    fn ics_cancelled(&self) -> Plural {
        Plural {
            one: "El paso hecho también está, cancelado: un calendario que ya lo había importado quita su recordatorio.",
            other: "Los {n} pasos hechos también están, cancelados: un calendario que ya los había importado quita sus recordatorios.",
        }
    }

    fn mail_no_address_cli(&self) -> &'static str {
        "Aún no se conoce el correo de tu gestionnaire: indícalo con secu setup --gestionnaire-email DIRECCIÓN."
    }

    fn not_a_file(&self, path: &str) -> String {
        format!(
            "No se puede leer {path}: no es un archivo (una carpeta, un dispositivo o una tubería); elige un archivo de progreso con --file RUTA."
        )
    }

    fn could_not_tighten(&self, path: &str, why: &str) -> String {
        format!(
            "Otros pueden leer {path} y no se ha podido hacer privado ({why}): contiene tus números, muévelo a un sitio que solo tú puedas leer."
        )
    }

    fn redated(&self, step: &str, date: &str, was: &str) -> String {
        format!("Fecha del paso {step} corregida: hecho el {date} (antes {was}).")
    }

    fn before_start(&self, start: &str) -> String {
        format!(
            "Ese día es anterior al inicio de tu contrato ({start}): un centro puede adelantarse, pero revisa la fecha."
        )
    }

    fn start_written(&self, start: &str) -> String {
        format!(
            "Inicio del contrato guardado: {start}, el 1 de octubre de este curso. Si el tuyo es otro día, indícalo con secu setup --start FECHA."
        )
    }

    fn same_school_year(&self, year: &str, from: &str) -> String {
        format!(
            "El curso {year} sigue en marcha: un año nuevo puede empezar a partir del {from}, o indica con --start FECHA un inicio de contrato en un curso posterior."
        )
    }

    fn new_year_kept(&self, year: &str, path: &str, start: &str) -> String {
        format!("El curso {year} queda guardado en {path}. El nuevo empieza el {start}.")
    }

    fn new_year_registered(&self) -> &'static str {
        "Tu número definitivo se conserva: los pasos de la CPAM ya están hechos, y ahora tocan la attestation y ENSAP."
    }

    fn new_year_again(&self) -> &'static str {
        "No había ningún número definitivo guardado: el procedimiento vuelve a empezar por la solicitud."
    }

    fn new_year_notice(&self, year: &str) -> String {
        format!(
            "El contrato {year} ha terminado: secu new-year aparta el archivo de este curso y empieza el siguiente."
        )
    }

    fn clock_behind(&self, today: &str, latest: &str) -> String {
        format!(
            "El reloj de este ordenador marca el {today}, antes de una fecha ya guardada ({latest}): revisa el reloj. Mientras tanto se aceptan fechas hasta el {latest}."
        )
    }

    fn lang_invalid(&self, value: &str) -> String {
        format!("SECU_LANG={value} no es un idioma que secu hable: usa en, fr, es, de o it.")
    }

    fn export_over_progress(&self, path: &str) -> String {
        format!("{path} es tu archivo de progreso: escribe la exportación en otro archivo.")
    }

    #[allow(clippy::too_many_lines, reason = "a table: one line for each action")]
    fn action(&self, action: Action) -> (&'static str, &'static str) {
        match action {
            Action::Up => (
                "mover",
                "subir: el paso de arriba, la línea de arriba o el texto",
            ),
            Action::Down => (
                "bajar",
                "bajar: el paso de abajo, la línea de abajo o el texto",
            ),
            Action::ScrollUp => ("subir página", "subir los detalles o el texto una página"),
            Action::ScrollDown => ("bajar página", "bajar los detalles o el texto una página"),
            Action::Tick => (
                "marcar",
                "marcar el paso: se abre un campo con la fecha de hoy",
            ),
            Action::Redate => (
                "corregir fecha",
                "corregir la fecha de un paso marcado, sin desmarcar los demás",
            ),
            Action::Untick => (
                "desmarcar",
                "desmarcar el último paso marcado, tras una pregunta",
            ),
            Action::Number => (
                "número",
                "indicar o corregir el número (NIA, NIR; en ENSAP, el NIR)",
            ),
            Action::Reveal => ("mostrar", "mostrar el número entero, hasta que te muevas"),
            Action::Copy => (
                "copiar",
                "copiar el número como lo pide la web del paso, la dirección del paso, o el texto del e-mail",
            ),
            Action::Open => (
                "abrir",
                "abrir la página del paso, o el e-mail en tu programa de correo",
            ),
            Action::Mail => ("e-mail", "en la attestation: el e-mail a tu gestionnaire"),
            Action::Note => (
                "nota",
                "escribir una nota sobre el paso (llamadas, referencias, pruebas)",
            ),
            Action::Pdf => ("PDF", "en la attestation: guardar la ruta del PDF enviado"),
            Action::Task1 => (
                "tarea 1",
                "marcar la primera tarea: cuenta creada en ameli.fr",
            ),
            Action::Task2 => ("tarea 2", "marcar la segunda tarea: attestation descargada"),
            Action::Timeline => ("cronología", "la cronología de los meses de tu contrato"),
            Action::Export => (
                "exportar",
                "guardar el calendario (.ics) o la hoja rellenada en Descargas",
            ),
            Action::Setup => ("perfil", "ver y cambiar tus respuestas"),
            Action::Glossary => (
                "palabras",
                "las palabras francesas de tus cartas, explicadas",
            ),
            Action::Language => ("idioma", "pasar al idioma siguiente (se guarda)"),
            Action::Help => ("ayuda", "esta ayuda"),
            Action::WholeMessage => (
                "mensaje entero",
                "leer entero el mensaje de abajo cuando se ha acortado",
            ),
            Action::Back => ("atrás", "volver a la pregunta anterior"),
            Action::Close => (
                "cerrar",
                "cerrar lo que está abierto: una pregunta, un campo, una vista (nunca sale)",
            ),
            Action::Quit => ("salir", "salir (todo está ya guardado)"),
            Action::Interrupt => (
                "salir",
                "salir desde cualquier sitio (pregunta antes si se perdería un texto escrito)",
            ),
            Action::Suspend => (
                "pausa",
                "pausar secu y volver al shell; fg lo devuelve tal como estaba",
            ),
            Action::Yes => ("sí", "responder sí"),
            Action::No => ("no", "responder no"),
            Action::First => ("primero", "elegir el primero"),
            Action::Second => ("segundo", "elegir el segundo"),
            Action::Third => ("tercero", "elegir el tercero"),
            Action::Fourth => ("cuarto", "elegir el cuarto"),
            Action::Submit => ("confirmar", "confirmar lo escrito o elegido"),
            Action::Save => ("guardar", "guardar la nota"),
            Action::NewLine => ("nueva línea", "empezar una línea nueva"),
            Action::Left => ("izquierda", "mover el cursor a la izquierda"),
            Action::Right => ("derecha", "mover el cursor a la derecha"),
            Action::Home => ("inicio", "al principio de la línea"),
            Action::End => ("fin", "al final de la línea"),
            Action::Backspace => ("borrar", "borrar el carácter antes del cursor"),
            Action::Delete => ("suprimir", "suprimir el carácter bajo el cursor"),
            Action::DeleteToStart => ("vaciar", "borrar todo lo que hay antes del cursor"),
            Action::DeleteWord => ("borrar palabra", "borrar la palabra antes del cursor"),
        }
    }

    fn key_names(&self) -> KeyNames {
        KeyNames {
            space: "Espacio",
            enter: "Intro",
            esc: "Esc",
            backspace: "Retroceso",
            delete: "Supr",
            page_up: "RePág",
            page_down: "AvPág",
            home: "Inicio",
            end: "Fin",
            ctrl: "Ctrl",
        }
    }

    fn already_ticked(&self, step: &str, date: &str, redate: &str, untick: &str) -> String {
        format!(
            "El paso {step} ya está marcado ({date}): {redate} corrige la fecha, {untick} lo desmarca."
        )
    }

    fn only_when_ticked(&self, key: &str) -> String {
        format!("{key} corrige la fecha de un paso marcado: este no lo está.")
    }

    fn untick_which(&self, key: &str, last: &str) -> String {
        format!("{key} desmarca el último paso marcado: {last}.")
    }

    fn nothing_ticked(&self, key: &str) -> String {
        format!("{key} desmarca el último paso marcado: aún no hay ninguno.")
    }

    fn only_with_number(&self, key: &str) -> String {
        format!("{key} actúa sobre un número: solo en los pasos NIA, NIR y ENSAP.")
    }

    fn only_on(&self, key: &str, step: &str) -> String {
        format!("{key}: solo en el paso {step}.")
    }

    fn no_whole_message(&self, key: &str) -> String {
        format!("{key} muestra entero el último mensaje cuando se acortó: no hay ninguno.")
    }

    fn esc_in_list(&self, quit: &str) -> String {
        format!("Nada que cerrar aquí: {quit} para salir.")
    }

    fn timeline_inert(&self, key: &str, back: &str) -> String {
        format!("{key} actúa sobre la lista: {back} para volver a ella.")
    }

    fn nothing_here(&self, key: &str, help: &str) -> String {
        format!("{key} no hace nada aquí: {help} muestra las teclas.")
    }

    fn esc_first_question(&self, quit: &str) -> String {
        format!("Es la primera pregunta: {quit} sale sin guardar nada.")
    }

    fn exported(&self, path: &str) -> String {
        format!("Guardado en {path}.")
    }

    fn confirm_discard(&self) -> &'static str {
        "¿Descartar los cambios?"
    }

    fn confirm_quit_discard(&self) -> &'static str {
        "¿Salir y descartar lo que has escrito?"
    }

    fn redate_prompt(&self) -> &'static str {
        "¿La fecha correcta? (DD/MM/AAAA) Los pasos siguientes siguen marcados."
    }

    fn number_kept_hint(&self) -> &'static str {
        "Intro conserva el número mostrado; escribe para sustituirlo."
    }

    fn number_later_hint(&self) -> &'static str {
        "Vacío: Intro marca este paso, y el número se podrá dar más tarde."
    }

    fn answers_title(&self) -> &'static str {
        "Tus respuestas"
    }

    fn export_title(&self) -> &'static str {
        "Exportar a Descargas"
    }

    fn export_calendar(&self) -> &'static str {
        "el calendario de los plazos (.ics), para tu móvil"
    }

    fn export_sheet(&self) -> &'static str {
        "la hoja de la académie, rellenada (.md)"
    }

    fn more_below(&self) -> &'static str {
        "sigue abajo"
    }

    fn export_failed(&self, path: &str, why: &str) -> String {
        format!("No se pudo guardar {path}: {why}. No se escribió nada.")
    }

    fn help_headings(&self) -> [&'static str; 4] {
        [
            "En la lista",
            "En la cronología",
            "En un campo de texto",
            "En la nota",
        ]
    }

    fn no_downloads(&self) -> &'static str {
        "No se encontró la carpeta Descargas ni la carpeta personal: usa secu export ics -o ARCHIVO desde una terminal."
    }

    fn nothing_here_close(&self, key: &str, close: &str) -> String {
        format!("{key} no hace nada aquí: {close} para cerrar.")
    }

    fn dumb_terminal(&self) -> &'static str {
        "Esta terminal (TERM=dumb) no puede mostrar la lista: usa secu status para verla y secu done PASO para marcar un paso."
    }

    fn not_a_terminal(&self) -> &'static str {
        "Esto no es una terminal (la entrada o la salida estándar está redirigida): la lista necesita una. secu status la muestra."
    }

    fn pdf_not_text(&self, path: &str) -> String {
        format!(
            "{path}: esta ruta no es texto UTF-8 válido, así que el archivo de progreso no puede guardarla. Cambia el nombre del archivo (o de su carpeta) y vuelve a darlo."
        )
    }

    fn sent_to_terminal(&self) -> &'static str {
        "Enviado al portapapeles de la terminal y mostrado arriba: si no llega nada, tu terminal no lo permite; selecciónalo con el ratón (manteniendo Mayús mientras secu usa el ratón)."
    }

    fn no_browser(&self) -> &'static str {
        "No se abrió ningún navegador aquí (por SSH, o sin pantalla gráfica)."
    }

    fn address_copied(&self) -> &'static str {
        "Aquí no se puede abrir ningún navegador: la dirección está copiada."
    }

    fn address_copied_here(&self) -> &'static str {
        "La dirección del paso está copiada."
    }

    fn mail_not_opened(&self, copy: &str) -> String {
        format!(
            "Aquí no se puede abrir ningún programa de correo (por SSH, o sin pantalla gráfica): {copy} copia el texto para un webmail."
        )
    }

    fn calendar_hint(&self) -> &'static str {
        "Ábrelo, o envíatelo por e-mail: los móviles añaden los archivos .ics a su calendario."
    }

    fn exported_remote(&self, command: &str) -> String {
        format!("Guardado en el servidor al que estás conectado; tráelo con: {command}")
    }

    #[allow(clippy::too_many_lines, reason = "a table: one line for each place")]
    fn help(&self, help: Help) -> &'static str {
        match help {
            Help::About => {
                "La lista de la Sécurité sociale para auxiliares de conversación de la académie d’Aix-Marseille."
            }
            Help::LongAbout => {
                "La lista de la Sécurité sociale para auxiliares de conversación de la académie d’Aix-Marseille.\n\nSin comando, abre la lista en la terminal; la primera vez hace las preguntas del perfil."
            }
            Help::Usage => "Uso:",
            Help::Options => "Opciones",
            Help::Arguments => "Argumentos",
            Help::Commands => "Comandos",
            Help::Help => "Mostrar la ayuda",
            Help::Version => "Mostrar la versión",
            Help::ValueOptions => "OPCIONES",
            Help::ValueTitle => "TÍTULO",
            Help::ValueCivility => "TRATAMIENTO",
            Help::ValueCommand => "COMANDO",
            Help::ValueBool => "BOOLEANO",
            Help::ValueCode => "CÓDIGO",
            Help::ValueDate => "FECHA",
            Help::ValueEmail => "E-MAIL",
            Help::ValueFile => "ARCHIVO",
            Help::ValueLevel => "NIVEL",
            Help::ValueName => "NOMBRE",
            Help::ValueNumber => "NÚMERO",
            Help::ValuePath => "RUTA",
            Help::ValueSchool => "CENTRO",
            Help::ValueShell => "SHELL",
            Help::ValueStep => "PASO",
            Help::ValueTask => "TAREA",
            Help::ValueText => "TEXTO",
            Help::File => {
                "El archivo de progreso (env SECU_FILE) [por defecto: <carpeta de config>/secu/progress.json]"
            }
            Help::Lang => {
                "Idioma: en, fr, es, de o it (env SECU_LANG) [por defecto: la elección guardada, si no el idioma del sistema, si no en]"
            }
            Help::Today => {
                "Tomar FECHA como hoy, para ver los plazos por adelantado: DD/MM/AAAA, AAAA-MM-DD o \"today\" (env SECU_TODAY)"
            }
            Help::Plain => {
                "Palabras en lugar de símbolos que se leen mal en voz alta, para lectores de pantalla (env SECU_PLAIN)"
            }
            Help::Status => "Mostrar los pasos, sus fechas y lo que sigue",
            Help::StatusJson => "Mostrar un objeto JSON en su lugar (descrito en el README)",
            Help::StatusShowNumbers | Help::ShowShowNumbers => {
                "Mostrar los números de la seguridad social enteros en vez de ocultos"
            }
            Help::Show => {
                "Mostrar el detalle de un paso en líneas con título: cuándo, qué hacer, qué necesitas, quién, enlaces"
            }
            Help::ShowStep => "El paso: request, nia, nir, attestation o ensap",
            Help::Setup => "Cambiar el perfil; sin opciones, mostrarlo",
            Help::SetupLevel => "primary (1er degré) o secondary (2nd degré)",
            Help::SetupDepartment => "El departamento de tu escuela: 04, 05, 13 o 84",
            Help::SetupStart => "El primer día de tu contrato",
            Help::SetupAlreadyRegistered => {
                "Ya tienes un número definitivo: los pasos de la CPAM se saltan (--already-registered=false para deshacerlo)"
            }
            Help::SetupName => "Tu nombre, para el e-mail a tu gestionnaire (\"\" para borrarlo)",
            Help::SetupSchool => "Tu centro, para el mismo e-mail (\"\" para borrarlo)",
            Help::SetupTitle => {
                "Cómo te nombra el e-mail: assistant o assistante (none para no ponerlo)"
            }
            Help::SetupGestionnaireCivility => {
                "Cómo saluda el e-mail a tu gestionnaire: madame o monsieur (none: «Madame, Monsieur,»)"
            }
            Help::SetupGestionnaireName => {
                "El nombre de tu gestionnaire en la DSDEN (\"\" para borrarlo)"
            }
            Help::SetupGestionnaireEmail => "El e-mail de tu gestionnaire (\"\" para borrarlo)",
            Help::SetupNumber => {
                "El número definitivo que ya tienes, para ameli.fr y ENSAP (con --already-registered)"
            }
            Help::Done => "Marcar un paso (en un paso marcado: corregir su fecha)",
            Help::DoneStep => "request, nia, nir, attestation o ensap",
            Help::DoneOn => "El día en que se hizo [por defecto: hoy]",
            Help::DoneNumber => "El número de la carta de la CPAM, para nia y nir",
            Help::Number => "Dar o corregir el número de un paso marcado (nia o nir)",
            Help::NumberStep => "nia o nir",
            Help::NumberNumber => {
                "El número de la carta de la CPAM; se admiten espacios, puntos y guiones"
            }
            Help::Undo => "Desmarcar el último paso marcado",
            Help::UndoStep => "request, nia, nir, attestation o ensap",
            Help::Repair => {
                "Apartar un archivo de progreso dañado y conservar lo que se pueda leer de él"
            }
            Help::Note => "Escribir una nota en un paso (\"\" la borra)",
            Help::NoteStep => "request, nia, nir, attestation o ensap",
            Help::NoteText => "La nota; puede tener varias líneas",
            Help::Pdf => {
                "Guardar la ruta del PDF de la attestation enviado (comprobado que es un PDF)"
            }
            Help::PdfPath => "El archivo PDF",
            Help::Task => "Marcar una de las pequeñas tareas bajo nir",
            Help::TaskTask => "ameli-account o attestation-downloaded",
            Help::TaskUndo => "Desmarcarla en su lugar",
            Help::Export => "Escribir los plazos en un archivo de calendario, o la hoja rellenada",
            Help::ExportIcs => {
                "Un archivo iCalendar (.ics) de los plazos abiertos, cada uno con un aviso 3 días antes"
            }
            Help::ExportIcsOutput => {
                "Escribir en ARCHIVO; sin él, en la carpeta Descargas desde una terminal, en la salida estándar en una tubería"
            }
            Help::ExportSheet => {
                "La hoja de la académie con sus espacios rellenados, en Markdown, en francés"
            }
            Help::ExportSheetOutput => "Escribir en ARCHIVO en vez de en la salida estándar",
            Help::ExportMail => {
                "El correo a tu gestionnaire con la attestation, en francés: destinatario, asunto y texto, como lo muestra la lista (m)"
            }
            Help::ExportMailMailto => {
                "Mostrarlo como una dirección mailto:, para abrirla en un programa de correo"
            }
            Help::Remind => {
                "Una línea cuando un paso vence en 7 días o menos o va con retraso, nada si no: para el archivo de inicio de un shell"
            }
            Help::Completions => "Mostrar el script de autocompletado de un shell",
            Help::CompletionsShell => "bash, zsh, fish, elvish o powershell",
            Help::NewYear => {
                "Empezar el curso siguiente: aparta el archivo de este curso y conserva el perfil y el número definitivo"
            }
            Help::NewYearStart => {
                "El primer día del nuevo contrato (por defecto: el 1 de octubre del curso actual)"
            }
            Help::Man => "Mostrar la página de manual (roff)",
        }
    }

    fn cli_unexpected_value(&self, value: &str, help: &str) -> String {
        format!("{value} no se esperaba aquí: {help} muestra lo que admite cada orden.")
    }

    fn cli_unknown_argument(&self, argument: &str, help: &str) -> String {
        format!("No existe la opción {argument}: {help} las muestra.")
    }

    fn cli_unknown_command(&self, command: &str, help: &str) -> String {
        format!("No existe el comando {command}: {help} los muestra.")
    }

    fn cli_invalid_value(&self, value: &str, argument: &str, valid: &str) -> String {
        format!("{value} no es un valor posible para {argument}: {valid}.")
    }

    fn cli_missing(&self, what: &str, help: &str) -> String {
        format!("Falta: {what} ({help} da más detalles).")
    }

    fn cli_repeated(&self, argument: &str, help: &str) -> String {
        format!("{argument} aparece más de una vez: deja solo uno ({help} lista las opciones).")
    }

    fn too_small_unsaved(&self) -> &'static str {
        "Tu texto se conserva: agranda la ventana para guardarlo o descartarlo."
    }
}
