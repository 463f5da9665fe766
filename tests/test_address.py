"""Forms of address (tú / vos / usted) in Spanish messages: sendlint.address."""

from __future__ import annotations

import time
import unicodedata
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.address import (
    FORMS_TABLE,
    Form,
    address_cues,
    cues_against_voice,
    forms_of_address,
    mix_kind,
    mixed_address,
)


def verb_cues(text: str) -> list[tuple[str, str, str]]:
    """(text, form, strength) of the verb cues of ``text``."""
    return [(c.text, c.form, c.strength) for c in address_cues(text) if c.kind == "verb"]


def summary(text: str) -> list[tuple[str, str, str, str]]:
    """(text, form, kind, strength) of every cue, shared cues marked with a trailing '*' on the form."""
    return [(c.text, c.form + ("*" if c.shared else ""), c.kind, c.strength) for c in address_cues(text)]


def pair_texts(text: str) -> tuple[str, str] | None:
    pair = mixed_address(text)
    return None if pair is None else (pair[0].text, pair[1].text)


# --- conjugations: present, imperative and preterite for tú, vos and usted -----------------------------

# verb: tú present, vos present, usted present, tú imperative, vos imperative, usted imperative,
# tú/vos preterite (one spelling), usted preterite. None where the verb has no such imperative in use.
CONJUGATIONS: dict[str, tuple[str, str, str, str | None, str | None, str | None, str, str]] = {
    "pagar": ("pagas", "pagás", "paga", "Paga", "Pagá", "Pague", "pagaste", "pagó"),
    "recordar": (
        "recuerdas",
        "recordás",
        "recuerda",
        "Recuerda",
        "Recordá",
        "Recuerde",
        "recordaste",
        "recordó",
    ),
    "responder": (
        "respondes",
        "respondés",
        "responde",
        "Responde",
        "Respondé",
        "Responda",
        "respondiste",
        "respondió",
    ),
    "escribir": (
        "escribes",
        "escribís",
        "escribe",
        "Escribe",
        "Escribí",
        "Escriba",
        "escribiste",
        "escribió",
    ),
    "tener": ("tienes", "tenés", "tiene", "Ten", "Tené", "Tenga", "tuviste", "tuvo"),
    "hacer": ("haces", "hacés", "hace", "Haz", "Hacé", "Haga", "hiciste", "hizo"),
    "poder": ("puedes", "podés", "puede", None, None, None, "pudiste", "pudo"),
    "venir": ("vienes", "venís", "viene", "Ven", "Vení", "Venga", "viniste", "vino"),
    "ir": ("vas", "vas", "va", "Ve", "Andá", "Vaya", "fuiste", "fue"),
    "ser": ("eres", "sos", "es", "Sé", "Sé", "Sea", "fuiste", "fue"),
    "decir": ("dices", "decís", "dice", "Di", "Decí", "Diga", "dijiste", "dijo"),
    "salir": ("sales", "salís", "sale", None, "Salí", "Salga", "saliste", "salió"),
}


@pytest.mark.parametrize("lemma", sorted(CONJUGATIONS))
def test_present_tense_tells_tu_from_vos_and_usted_only_after_si(lemma: str) -> None:
    tu, vos, usted, *_ = CONJUGATIONS[lemma]
    # ir: "vas" is both the tú and the vos present, a shared cue (resolved to tú here).
    assert verb_cues(f"Si no {tu} a tiempo, avísanos.")[0] == (tu, "tu", "strong")
    assert address_cues(f"Si no {tu} a tiempo, avísanos.")[0].shared is (tu == vos)
    assert verb_cues(f"Si no {vos} a tiempo, avisanos.")[0] == (vos, "vos", "strong")
    # A usted present is a third-person present too: only a weak cue, and only after "si".
    assert verb_cues(f"Si no {usted} a tiempo, le avisamos.") == [(usted, "usted", "weak")]
    assert verb_cues(f"El cliente {usted} a tiempo.") == []


# A realistic continuation for each verb's imperative (tú / vos / usted share it).
IMPERATIVE_OBJECTS = {
    "pagar": "la cuota pendiente antes del viernes.",
    "recordar": "que mañana cerramos a las 14:00.",
    "responder": "a este SMS con un SÍ.",
    "escribir": "a nuestro equipo de soporte.",
    "tener": "a mano el DNI.",
    "hacer": "clic en el enlace.",
    "venir": "a nuestra tienda de Gran Vía.",
    "ir": "a la sucursal más cercana.",
    "ser": "el primero en enterarte.",
    "decir": "que sí a la factura electrónica.",
    "salir": "a disfrutar del verano.",
}
IMPERATIVE_CASES = [
    (f"{CONJUGATIONS[lemma][column]} {IMPERATIVE_OBJECTS[lemma]}", CONJUGATIONS[lemma][column], form)
    for lemma in sorted(IMPERATIVE_OBJECTS)
    for column, form in ((3, "tu"), (4, "vos"), (5, "usted"))
    if CONJUGATIONS[lemma][column] is not None
]


@pytest.mark.parametrize(("text", "imperative", "form"), IMPERATIVE_CASES)
def test_imperative_at_sentence_start_is_a_strong_cue(text: str, imperative: str, form: str) -> None:
    cues = verb_cues(text)
    assert [(cue_text, strength) for cue_text, _, strength in cues] == [(imperative, "strong")]
    # sé is both the tú and the vos imperative of ser: a shared cue, resolved to tú when alone.
    assert cues[0][1] == ("tu" if imperative == "Sé" else form)


@pytest.mark.parametrize("lemma", sorted(CONJUGATIONS))
def test_preterite_is_shared_by_tu_and_vos_and_silent_for_usted(lemma: str) -> None:
    *_, informal, usted = CONJUGATIONS[lemma]
    assert summary(f"¿Ya {informal} el formulario?") == [(informal, "tu*", "verb", "strong")]
    assert summary(f"¿Ya {informal} el formulario? Contanos.") == [
        (informal, "vos*", "verb", "strong"),
        ("Contanos", "vos", "verb", "strong"),
    ]
    # "pagó" is usted or él/ella: never a cue by itself.
    assert verb_cues(f"¿Ya {usted} el formulario?") == []
    assert forms_of_address(f"¿Usted ya {usted} el formulario?") == {"usted"}


def test_voseo_negative_imperative_accented_is_vos_and_plain_is_shared() -> None:
    assert summary("No pagués de más.") == [("pagués", "vos", "verb", "strong")]
    assert summary("No pagues de más.") == [("pagues", "tu*", "verb", "strong")]
    assert summary("No pague de más.") == [("pague", "usted", "verb", "strong")]


def test_ambiguous_imperative_needs_clause_start() -> None:
    assert verb_cues("Paga tu factura hoy.") == [("Paga", "tu", "strong")]
    assert verb_cues("El cliente paga su factura.") == []
    assert verb_cues("Hoy paga menos.") == []
    assert verb_cues("Paga.") == []


def test_usted_imperative_outside_imperative_position_is_weak() -> None:
    assert verb_cues("Cuando pague la factura, recibirá un SMS.") == [("pague", "usted", "weak")]
    assert verb_cues("Por favor confirme la cita.") == [("confirme", "usted", "strong")]
    assert verb_cues("Llame ya y obtenga un 20 % de descuento.") == [
        ("Llame", "usted", "strong"),
        ("obtenga", "usted", "strong"),
    ]
    assert verb_cues("No dude en llamarnos.") == [("dude", "usted", "strong")]


# --- enclitic imperatives --------------------------------------------------------------------------------

ENCLITICS = [
    ("Págala", "tu"),
    ("Pagala", "vos"),
    ("Páguela", "usted"),
    ("Recuérdalo", "tu"),
    ("Recordalo", "vos"),
    ("Recuérdelo", "usted"),
    ("Contáctanos", "tu"),
    ("Contactanos", "vos"),
    ("Contáctenos", "usted"),
    ("Escríbenos", "tu"),
    ("Escribinos", "vos"),
    ("Escríbanos", "usted"),
    ("Acércate", "tu"),
    ("Acercate", "vos"),
    ("Acérquese", "usted"),
    ("Comuníquese", "usted"),
    ("Hacelo", "vos"),
    ("Hazlo", "tu"),
    ("Decime", "vos"),
    ("Dime", "tu"),
    ("Envíanos", "tu"),
    ("Pagámelo", "vos"),
    ("Págamelo", "tu"),
    ("Regístrese", "usted"),
    ("Suscribite", "vos"),
]


@pytest.mark.parametrize(("word", "form"), ENCLITICS)
def test_enclitic_imperative_is_a_strong_verb_cue_anywhere(word: str, form: str) -> None:
    text = f"Si lo prefiere, {word.lower()} cuando quiera."
    cue = next(c for c in address_cues(text) if c.kind == "verb" and c.text == word.lower())
    assert (cue.form, cue.strength) == (form, "strong")
    assert summary(f"{word}.") == [(word, form, "verb", "strong")]


def test_pronoun_attached_to_infinitive_or_gerund_is_a_clitic_cue_on_the_pronoun_only() -> None:
    text = "Queremos recordarte que estamos ayudándote."
    cues = address_cues(text)
    assert [(c.text, c.kind, c.strength, c.start) for c in cues] == [
        ("te", "clitic", "strong", text.index("te que")),
        ("te", "clitic", "strong", text.index("te.")),
    ]
    assert summary("Queremos recordarle su cita.") == [
        ("le", "usted", "clitic", "weak"),
        ("su", "usted", "possessive", "weak"),
    ]
    # The cue is on the modal, not on "-la"; a clause-initial modal before an infinitive with an object
    # pronoun addresses the reader (strong), a bare one stays weak ("Puede tardar").
    assert summary("Puede pagarla en la web.") == [("Puede", "usted", "verb", "strong")]
    assert summary("Puede tardar unos días.") == [("Puede", "usted", "verb", "weak")]
    assert summary("Esperamos verle y verte pronto.") == [
        ("le", "usted", "clitic", "weak"),
        ("te", "tu*", "clitic", "strong"),
    ]


# --- pronouns, possessives, clitics ----------------------------------------------------------------------


def test_pronouns() -> None:
    assert summary("Esto es para ti.") == [("ti", "tu*", "pronoun", "strong")]
    assert summary("Esto es para vos.") == [("vos", "vos", "pronoun", "strong")]
    assert summary("Esto es para usted.") == [("usted", "usted", "pronoun", "strong")]
    assert summary("Esto es para Ud. y su familia.") == [
        ("Ud.", "usted", "pronoun", "strong"),
        ("su", "usted", "possessive", "weak"),
    ]
    assert summary("Contamos contigo.") == [("contigo", "tu*", "pronoun", "strong")]
    assert summary("Tú eliges.") == [("Tú", "tu", "pronoun", "strong"), ("eliges", "tu", "verb", "strong")]
    # ustedes is also the plural of tú in Latin America: weak.
    assert summary("Gracias a ustedes.") == [("ustedes", "usted", "pronoun", "weak")]


def test_possessives_and_clitics() -> None:
    assert summary("Tu pedido y tus facturas.") == [
        ("Tu", "tu*", "possessive", "strong"),
        ("tus", "tu*", "possessive", "strong"),
    ]
    assert summary("Esta tarjeta es tuya.") == [("tuya", "tu*", "possessive", "strong")]
    assert summary("Te esperamos.") == [("Te", "tu*", "clitic", "strong")]
    assert summary("Hemos enviado su pedido. Le esperamos.") == [
        ("su", "usted", "possessive", "weak"),
        ("Le", "usted", "clitic", "weak"),
    ]


def test_su_or_le_opening_a_message_can_only_mean_the_reader() -> None:
    assert summary("Su pedido ha sido enviado.") == [("Su", "usted", "possessive", "strong")]
    assert summary("Caja Sierra: su cuota vence el día 10.") == [("su", "usted", "possessive", "strong")]
    assert summary("Hola, Jorge. Le recordamos su cita.") == [
        ("Le", "usted", "clitic", "strong"),
        ("su", "usted", "possessive", "weak"),
    ]
    # Something before it could be what "su" refers to: the order, the técnico.
    assert summary("Tu pedido llegó. Su número de envío es 123.")[1] == ("Su", "usted", "possessive", "weak")
    assert summary("El técnico llegará mañana. Su nombre es Juan.") == [("Su", "usted", "possessive", "weak")]
    assert summary("Pedido 123: su estado es enviado.") == [("su", "usted", "possessive", "weak")]


def test_subjunctive_after_a_request_to_le_is_usted() -> None:
    text = "Mañana no habrá agua en tu colonia. Le pedimos que almacene agua y revise su toma."
    assert verb_cues(text) == [("almacene", "usted", "strong"), ("revise", "usted", "strong")]
    # Since h9 the clause-initial "Le" before "pedimos" is a strong usted cue itself, so the mix is found there.
    assert pair_texts(text) == ("tu", "Le")


def test_words_that_only_look_like_cues_are_not_cues() -> None:
    assert address_cues("Llámenos al teléfono de atención: gente que te entiende.")[0].text == "Llámenos"
    assert [c.text for c in address_cues("Consulte la tienda online: tutoriales y vosotros")] == ["Consulte"]
    assert address_cues("Hola {{tu nombre}}, {{ tu_apellido }} {usted}") == ()
    assert address_cues("Más info en https://tu.banco.com/usted o en usted@banco.es y tu.banco.es") == ()
    assert address_cues("Your order ships Tu-Th. Thank you for your purchase!") == ()
    assert summary("Open Mo-Fr 9-18, Tu 10-14.") == [("Tu", "tu*", "possessive", "weak")]
    assert summary("¡Listo! Tus 2 boletos están confirmados.") == [("Tus", "tu*", "possessive", "strong")]
    assert address_cues('El cliente nos dijo: "usted me salvó la vida".') == ()
    assert address_cues("Envío: 5 €/ud. o 12 ud. por caja") == ()
    assert address_cues("Un te verde y un café.") == ()
    assert address_cues("Oferta en te y café.") == ()


def test_short_capitals_are_acronyms_unless_the_message_shouts() -> None:
    assert summary("Oferta válida en la TU Delft.") == [("TU", "tu*", "possessive", "weak")]
    assert summary("TU PEDIDO HA SIDO ENVIADO") == [("TU", "tu*", "possessive", "strong")]
    assert summary("Envía SOS al 112.") == [("Envía", "tu", "verb", "strong"), ("SOS", "vos", "verb", "weak")]


def test_capitalised_word_in_mid_clause_is_a_name_not_a_verb() -> None:
    assert forms_of_address("Hola Tomás, gracias por tu compra.") == {"tu"}
    assert verb_cues("Hola Tomás, gracias por tu compra.") == []


def test_keyword_in_capitals_is_the_object_of_a_call_to_action() -> None:
    assert verb_cues("Para no recibir más mensajes, responde BAJA.") == [("responde", "tu", "strong")]
    assert verb_cues("Para no recibir más mensajes, responda BAJA.") == [("responda", "usted", "strong")]


def test_url_does_not_swallow_the_end_of_its_sentence() -> None:
    assert verb_cues("Nueva colección en https://tiendasalba.es. Descubre los nuevos vestidos.") == [
        ("Descubre", "tu", "strong")
    ]


def test_noun_homographs_need_a_verb_context() -> None:
    assert verb_cues("¿Tiene dudas sobre sus compras?") == [("Tiene", "usted", "weak")]
    assert verb_cues("Si compras hoy, te regalamos el envío.") == [("compras", "tu", "strong")]
    assert verb_cues("Reserva confirmada para el viernes.") == []
    assert verb_cues("Reserva tu mesa para el viernes.") == [("Reserva", "tu", "strong")]
    assert verb_cues("Consulta de saldo: 25 €.") == []
    assert verb_cues("Descarga la app.") == [("Descarga", "tu", "strong")]


# --- messages --------------------------------------------------------------------------------------------

# (message, expected forms, expected mixed pair or None)
MESSAGES: list[tuple[str, set[str], tuple[str, str] | None]] = [
    # from the brief
    (
        "Hola {{nombre}}, tu pedido llegó. Por favor, confirme su dirección.",
        {"tu", "usted"},
        ("tu", "confirme"),
    ),
    ("Recordá que tu factura vence mañana. Pagala desde la app.", {"vos"}, None),
    (
        "Estimado cliente, le recordamos que su factura vence mañana. Puede pagarla en www.x.com",
        {"usted"},
        None,
    ),
    ("¿Tienes dudas? Llámanos al 900 123 456.", {"tu"}, None),
    ("Si usted tiene dudas, llámenos.", {"usted"}, None),
    # es-ES
    ("¡Hola, Marta! Tu pedido #4521 ya está en camino. Sigue el envío en tu.tienda.es", {"tu"}, None),
    ("Te recordamos que tu cita es mañana a las 10:00. Si no puedes venir, responde NO.", {"tu"}, None),
    ("Tu código de verificación es 482913. No lo compartas con nadie.", {"tu"}, None),
    ("Descarga la app y paga tu factura en segundos.", {"tu"}, None),
    ("Estimado cliente: su póliza vence el 30/06. Para renovarla, llame al 900 100 200.", {"usted"}, None),
    (
        "Por favor, no responda a este mensaje. Para cualquier consulta, contacte con nosotros.",
        {"usted"},
        None,
    ),
    ("Sr. García, su cita ha sido confirmada. Recuerde traer su DNI.", {"usted"}, None),
    ("Le esperamos en nuestra tienda. Presente este SMS y obtenga un 10 % de descuento.", {"usted"}, None),
    ("Gracias por tu compra. Te avisaremos cuando salga tu pedido.", {"tu"}, None),
    ("No te olvides de renovar tu suscripción.", {"tu"}, None),
    ("Gracias por elegirnos. Queremos recordarte que tu plan se renueva el 1 de julio.", {"tu"}, None),
    # es-MX
    ("¡Hola! Tu pago de $350 MXN fue recibido. Gracias por tu preferencia.", {"tu"}, None),
    ("Estimado usuario, su recibo de luz vence el 15/07. Evite cortes pagando a tiempo.", {"usted"}, None),
    ("Activa tu tarjeta llamando al 55 1234 5678 o desde la app.", {"tu"}, None),
    ("¿Necesita ayuda? Escríbanos a soporte@empresa.com", {"usted"}, None),
    # es-AR
    ("¡Hola! Ya podés retirar tu pedido en la sucursal. Traé tu DNI.", {"vos"}, None),
    ("Tenés una factura pendiente. Pagala desde la app o acercate a una sucursal.", {"vos"}, None),
    ("Si tenés dudas, escribinos por WhatsApp.", {"vos"}, None),
    ("Si querés darte de baja, respondé BAJA.", {"vos"}, None),
    ("Vení a conocer nuestro nuevo local. Te esperamos.", {"vos"}, None),
    # mixed
    ("Ingrese a tu cuenta para ver el detalle.", {"tu", "usted"}, ("Ingrese", "tu")),
    ("Gracias por su compra, {{nombre}}. Te enviaremos la factura por e-mail.", {"tu"}, None),
    ("Tu factura está lista. Descárgala y pague antes del día 5.", {"tu", "usted"}, ("Tu", "pague")),
    (
        "Hola, te recordamos su cita de mañana. Si no puede venir, llámenos.",
        {"tu", "usted"},
        ("te", "llámenos"),
    ),
    ("Tenés un descuento del 20 %. Aproveche antes del domingo.", {"vos", "usted"}, ("Tenés", "Aproveche")),
    ("Recuerda que podés pagar online.", {"tu", "vos"}, ("Recuerda", "podés")),
]

# Messages that must NOT be flagged as mixed because their only "other" cues are ambiguous spellings.
NOT_MIXED: list[tuple[str, set[str]]] = [
    ("Tu pedido llegó. Su número de seguimiento es 12345.", {"tu"}),  # su = the order's
    ("Reserva confirmada para el 12/05. Le esperamos.", set()),  # Reserva is a noun here; one weak cue
    ("Vence el plazo de pago el día 5. Consulte las condiciones.", {"usted"}),  # vence: third person
    ("Recibe el importe en su cuenta en 48 horas. Gracias por confiar en nosotros.", set()),
    ("Cuando llegue el técnico, tenga preparado su contrato.", {"usted"}),  # llegue: the técnico
    ("Gracias por tu compra. Te avisaremos cuando salga tu pedido.", {"tu"}),  # salga: the order
    ("Hola Tomás, tu paquete está listo.", {"tu"}),  # Tomás: a name, not vos "tomás"
    ("¡Venga, aprovecha! Solo hoy, 2x1. Pide ya en la app.", {"tu"}),  # ¡Venga!: interjection
    ("Entre sus ventajas: envío gratis. Te lo enviamos mañana.", {"tu"}),  # entre: preposition
    ("Sobre tu consulta: te contestamos en breve.", {"tu"}),  # sobre: preposition
    ("Una oferta para ti: descarga la app.", {"tu"}),  # una: article
    ("Cuenta con nosotros para lo que necesites.", {"tu"}),  # cuenta / necesites
    ("Si paga antes del día 5, te regalamos el envío.", {"tu"}),  # si paga: weak
    ("Si usted paga antes del día 5, ahorra un 10 %.", {"usted"}),  # ahorra: usted present here
    ('Tu opinión cuenta: "Usted me ayudó mucho", dijo María.', {"tu"}),  # quoted usted
    ("Mi pedido tarda. ¿Tu pedido llegó? Sale hoy del almacén.", {"tu"}),  # Sale: third person
    ("Precio: 5 €/ud. Pide el tuyo en la web.", {"tu"}),  # ud. = unidad
    ("Caja Sierra: su cuota vence el 10. Valla a una agencia.", {"usted"}),  # Valla: no val+la
]


@pytest.mark.parametrize(("text", "forms", "pair"), MESSAGES)
def test_realistic_messages(text: str, forms: set[str], pair: tuple[str, str] | None) -> None:
    assert forms_of_address(text) == forms
    assert pair_texts(text) == pair


@pytest.mark.parametrize(("text", "forms"), NOT_MIXED)
def test_ambiguous_forms_do_not_make_a_message_mixed(text: str, forms: set[str]) -> None:
    assert mixed_address(text) is None
    assert forms_of_address(text) == forms


def test_mixed_pair_points_at_both_cues_and_tells_its_kind() -> None:
    text = "Hola {{nombre}}, tu pedido llegó. Por favor, confirme su dirección."
    pair = mixed_address(text)
    assert pair is not None
    first, second = pair
    assert (first.start, first.end, first.form) == (17, 19, "tu")
    assert (second.start, second.end, second.form) == (45, 53, "usted")
    assert text[second.start : second.end] == "confirme"
    assert mix_kind(pair) == "formality"
    voseo = mixed_address("Recuerda que podés pagar online.")
    assert voseo is not None and mix_kind(voseo) == "voseo"


def test_formality_conflict_wins_over_an_earlier_voseo_conflict() -> None:
    assert pair_texts("Recuerda que podés pagar online. Llame al 900.") == ("Recuerda", "Llame")


def test_shared_cues_take_the_message_informal_form() -> None:
    assert [c.form for c in address_cues("Gracias por tu compra.")] == ["tu"]
    assert [c.form for c in address_cues("Gracias por tu compra. Contanos qué te pareció.")] == ["vos"] * 3
    assert forms_of_address("Gracias por tu compra. Contanos qué te pareció.") == {"vos"}


def test_weak_cues_count_only_when_two_agree_and_none_disagree() -> None:
    assert forms_of_address("Hemos enviado su pedido.") == frozenset()
    assert forms_of_address("Hemos enviado su pedido. Le llegará mañana.") == {"usted"}
    assert forms_of_address("Hemos enviado su pedido. Le llegará mañana a TU Delft.") == frozenset()
    assert forms_of_address("Tu pedido ha sido enviado. Le llegará a su casa mañana.") == {"tu"}


def test_brand_voice() -> None:
    assert [c.text for c in cues_against_voice("Gracias por tu compra.", "vos")] == []
    assert [c.text for c in cues_against_voice("Gracias por tu compra.", "usted")] == ["tu"]
    assert [c.text for c in cues_against_voice("Recuerda que podés pagar online.", "vos")] == ["Recuerda"]
    assert [c.text for c in cues_against_voice("Recuerda que podés pagar online.", "tu")] == ["podés"]
    assert [c.text for c in cues_against_voice("Le recordamos que su cita es mañana.", "tu")] == ["Le"]
    assert [c.text for c in cues_against_voice("Hoy le recordamos que su cita es mañana.", "tu")] == [
        "le",
        "su",
    ]
    assert [c.text for c in cues_against_voice("Le recordamos que su cita es mañana.", "usted")] == []


def test_decomposed_accents_and_growing_lowercase_keep_spans_exact() -> None:
    decomposed = unicodedata.normalize("NFD", "Si querés, pagá tu factura.")
    assert [(c.text, c.form) for c in address_cues(decomposed)] == [
        (unicodedata.normalize("NFD", "querés"), "vos"),
        (unicodedata.normalize("NFD", "pagá"), "vos"),
        ("tu", "vos"),
    ]
    text = "İSTANBUL: tu pedido llegó. Confirme su dirección."  # "İ".lower() is two code points
    assert [(c.text, c.start) for c in address_cues(text) if c.strength == "strong"] == [
        ("tu", 10),
        ("Confirme", 27),
    ]


# --- properties ------------------------------------------------------------------------------------------

SPANISH_BITS = st.sampled_from(
    [
        "tu",
        "tú",
        "Tu",
        "TU",
        "te",
        "ti",
        "vos",
        "usted",
        "Ud.",
        "ustedes",
        "su",
        "le",
        "paga",
        "Pagala",
        "págala",
        "pague",
        "pagues",
        "pagués",
        "recordarte",
        "Recordá",
        ",",
        ".",
        "¿",
        "?",
        "¡",
        "!",
        "{{nombre}}",
        "www.x.com",
        "«",
        "»",
        '"',
        "no",
        "por",
        "favor",
        "y",
        "que",
        "si",
        "el",
        "la",
        "un",
    ]
)


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_never_crashes_and_spans_are_exact_on_any_text(text: str) -> None:
    check_invariants(text)


@given(st.lists(st.one_of(SPANISH_BITS, st.text(max_size=3)), max_size=30).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_invariants_on_spanish_like_text(text: str) -> None:
    check_invariants(text)


def check_invariants(text: str) -> None:
    cues = address_cues(text)
    previous_start = -1
    for cue in cues:
        assert 0 <= cue.start < cue.end <= len(text)
        assert text[cue.start : cue.end] == cue.text
        assert cue.start >= previous_start
        previous_start = cue.start
    forms = forms_of_address(text)
    assert forms <= {"tu", "vos", "usted"}
    pair = mixed_address(text)
    if pair is not None:
        assert all(c.strength == "strong" and c in cues for c in pair)
        assert pair[0].start < pair[1].start
        assert {pair[0].form, pair[1].form} <= forms
    voice: Form
    for voice in ("tu", "vos", "usted"):
        assert set(cues_against_voice(text, voice)) <= set(cues)


# --- data and speed --------------------------------------------------------------------------------------


def test_shipped_table_says_where_it_comes_from_and_is_well_formed() -> None:
    text = files("sendlint.corpora").joinpath(FORMS_TABLE).read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("tools/gen_address_forms.py" in line and "verbecc 2.0.3" in line for line in header)
    assert any("LGPL-3.0" in line for line in header)
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["form", "lemma", "person", "tense", "ambiguous", "flags"]
    assert len(rows) > 15_000
    assert {row[2] for row in rows[1:]} == {"tu", "vos", "usted", "ustedes", "other"}
    assert ["pagués", "pagar", "vos", "subj.pres", "0", ""] in rows
    assert ["paga", "pagar", "tu", "imp.aff", "1", "imp=full"] in rows


def test_a_160_character_message_takes_well_under_a_millisecond() -> None:
    text = (
        "Hola {{nombre}}, tu pedido llegó. Por favor, confirme su dirección en www.tienda.es o "
        "llámenos al 900 123 456. Recordá que podés pagarlo desde la app. ¡Gracias!"
    )[:160]
    address_cues(text)  # loads the table
    runs = 2000
    started = time.perf_counter()
    for _ in range(runs):
        address_cues(text)
    per_call = (time.perf_counter() - started) / runs
    assert per_call < 1e-3  # measured ~60 µs; the bound only catches a regression by an order of magnitude
