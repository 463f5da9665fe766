"""What the blind sets h44 and h45 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, LNG101 (es): a misspelling read as a prefix and a known word through a letter shared at the joint
  ("pro" + "ovarla"), when a sound-alike spelling of the whole word is known ("probarla").
- False positive, LNG101 (es): a three-letter clipped word with its abbreviation period in a field in shorthand.
- False negative, LNG102 (es): "as"/"an" for "has"/"han" before a participle; "ahí" for "hay" after a place named by
  a preposition and a noun, and after a time word before a plural noun and its state.
- False negative, LNG102 (en): "there" for "their" after an infinitive; "were" for "we're" opening a clause; a plural
  subject with a prepositional complement and a singular verb of state.
"""

from __future__ import annotations

import pytest
from conftest import language_findings

from sendlint.registry import Registry


def _rule(registry: Registry, body: str, locale: str, rule: str) -> list[tuple[str, str]]:
    return [found for found in language_findings(registry, body, locale) if found[0] == rule]


# --- LNG101 ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "typo"),
    [
        ("Pasa a provar los nuevos helados de temporada.", "provar"),
        ("Te invitamos a provarlos en la tienda del centro.", "provarlos"),
    ],
)
def test_prefix_joint_does_not_hide_a_sound_alike_misspelling(
    registry: Registry, body: str, typo: str
) -> None:
    assert ("LNG101", typo) in language_findings(registry, body, "es-MX")


@pytest.mark.parametrize(
    "body",
    [
        # Prefix + a known word, with no known sound-alike spelling of the whole.
        "La autoevaluación y la prevalidación se hacen en línea.",
        "Abrimos un microcervecero artesanal junto a la plaza.",
        "Ya puedes probarla en cualquiera de nuestras sedes.",
    ],
)
def test_prefixed_words_still_pass(registry: Registry, body: str) -> None:
    assert _rule(registry, body, "es-MX", "LNG101") == []


def test_dotted_three_letter_clip_in_shorthand_passes(registry: Registry) -> None:
    body = "Tienda Sur: tu ped. #B-2210 en estado ENV-PND, entrega 24-48 h háb. s/ stock."
    assert ("LNG101", "ped") not in language_findings(registry, body, "es-AR")


@pytest.mark.parametrize(
    ("body", "typo"),
    [
        # Three letters that start no frequent word, period or not.
        ("Tienda Sur: tu pdi. #B-2210 en estado ENV-PND, entrega 24-48 h háb. s/ stock.", "pdi"),
        # A clip without its period is not marked as one.
        ("Tienda Sur: tu ped #B-2210 en estado ENV-PND, entrega 24-48 h háb. s/ stock.", "ped"),
    ],
)
def test_undotted_or_unclipped_short_words_in_shorthand_are_reported(
    registry: Registry, body: str, typo: str
) -> None:
    assert ("LNG101", typo) in language_findings(registry, body, "es-AR")


# --- LNG102: Spanish ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Vemos que todavía no as renovado tu suscripción anual.", "as"),
        ("Los repuestos ya an llegado al taller de la avenida.", "an"),
        ("Junto a la piscina del club ahí una cafetería nueva.", "ahí"),
        ("En el patio del colegio ahí unos juegos recién pintados.", "ahí"),
        ("Este verano ahí plazas disponibles en el curso de vela.", "ahí"),
        # Tuning-corpus classes of the round.
        ("Tus fotos de la boda ya está editadas y listas para descargar.", "está"),
        ("Las bicis para el paseo del domingo sigue fuera de servicio.", "sigue"),
        ("El año pasado hubieron más de cien inscritos en la carrera.", "hubieron"),
        ("Te agradecemos por a ver confiado en nosotros.", "a ver"),
        ("La cuota cubre no solo el material, si no también el seguro.", "si no"),
    ],
)
def test_spanish_slips_are_flagged(registry: Registry, body: str, span: str) -> None:
    assert ("LNG102", span) in language_findings(registry, body, "es")


@pytest.mark.parametrize(
    "body",
    [
        # The auxiliary with its "h"; "as" as a noun.
        "Todavía no has renovado tu suscripción anual.",
        "Es un as del volante y ganó la carrera.",
        # "ahí" as a place after its verb; how long something stays there.
        "Déjalo en la caja de la entrada, ahí un empleado lo recoge.",
        "Puedes dejar la bici en el patio ahí un rato mientras compras.",
        "Llegas al parque y ahí hay un mapa con los senderos.",
        # The existential "hay" written right.
        "Este verano hay plazas disponibles en el curso de vela.",
        # The verb agrees with the plural head; a singular head with its complement.
        "Tus fotos de la boda ya están editadas y listas para descargar.",
        "La foto de tus hijos ya está editada.",
        "Si no, también puedes pagar en la recepción.",
        "Vamos a ver cómo quedó el salón.",
        "Había más de cien inscritos en la carrera.",
    ],
)
def test_spanish_traps_pass(registry: Registry, body: str) -> None:
    assert _rule(registry, body, "es", "LNG102") == []


# --- LNG102: English ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Parents are asked to label there lunchboxes before the trip.", "there"),
        ("The crew will arrive early to unload there tools.", "there"),
        ("Drop your bike off by noon, were closing early for the holiday.", "were"),
        ("Thanks for your patience. Were sorry the kiosk was down.", "Were"),
        ("Reminder: the tickets for the spring concert is now available.", "is"),
        ("Your parking permits for this term has expired.", "has"),
        # Tuning-corpus classes of the round.
        ("Your deposit for the two lockers are still pending.", "are"),
        ("We will keep an eye on there bags for the afternoon.", "there"),
        ("There ready for collection at the counter.", "There"),
        ("The museum has added two knew dinosaurs to the hall.", "knew"),
        ("Good news: the gym has had it's changing rooms renovated.", "it's"),
        ("Your class ran long and you was charged for two hours.", "was"),
    ],
)
def test_english_slips_are_flagged(registry: Registry, body: str, span: str) -> None:
    assert ("LNG102", span) in language_findings(registry, body, "en")


@pytest.mark.parametrize(
    "body",
    [
        # "there" as a place after a verb of motion, or before a time word.
        "It takes about ten minutes to get there afterwards by bus.",
        "You will need to park there overnight, so bring your permit.",
        "Parents are asked to label their lunchboxes before the trip.",
        # "were" with its subject, and a question.
        "The shops were open late, so we stayed.",
        "Were you happy with the new stylist?",
        # A singular head, or a relative clause lending the verb its own subject.
        "Reminder: the total of your fees for the spring term is now due.",
        "Your tickets for the concert that is sold out were refunded.",
        "Reminder: the tickets for the spring concert are now available.",
        # A plural verb after a head of a quantity or a group, or after a plural head.
        "The rest of your items are now ready.",
        "The team at our clinic are happy to help.",
        "Your deposit for the two lockers is still pending.",
        # "there" as a place after a preposition or a verb; "knew" with its subject; "it's" as "it is".
        "The bus leaves from there twice a day.",
        "There are two lockers ready for collection.",
        "Our staff knew the answer.",
        "The gym has reopened and it's bigger than before.",
    ],
)
def test_english_traps_pass(registry: Registry, body: str) -> None:
    assert _rule(registry, body, "en", "LNG102") == []
