"""What the blind sets h64 and h65 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: a capitalised word opening a sentence (a subject line) that the same message writes
  capitalised inside a sentence, where it is read as a name ("Gamonéu"); Latin and legal set phrases ("mora interest",
  "in mora") and "arrear"; trade words by field (rice varieties and Asturian cheese colours as phrases, button nuts,
  saffron grades).
- False negative, LNG102: (es) a preterite without its accent after its subject ("el técnico reviso el motor") or
  after "si ya" ("si ya lo realizo"), "ahí" for "hay" after a time adverb before a bare noun ("ya ahí fecha para"),
  dequeísmo after recordar/comunicar/creer ("le recordamos de que"), "vallan" for "vayan" after a plural subject, a
  plural subject with a long complement of dates and amounts before a singular verb of state; (en) a plural noun with
  a singular verb after a greeting or a possessive name, a head with a two-word modifier and a complement before
  "has been", the bare "need" after a singular noun before a length of time, a mass noun with "are", "their" before a
  preposition after "and", "there all" + a state, "There" + a plural noun + a plural verb, "loosing" after "was",
  and "it's" after a verb of repair.
"""

from __future__ import annotations

import pytest
from conftest import flagged_texts

from sendlint.registry import Registry

_found = flagged_texts


# --- LNG101: correct words ------------------------------------------------------------------------------------------


def test_a_name_opening_the_subject_and_written_as_a_name_in_the_body_is_not_reported(registry: Registry) -> None:
    body = "Hola, Nuria: ya tenemos las primeras piezas de Tresviso curadas en cueva, con dos meses de afinado."
    assert "Tresviso" not in _found(registry, body, "es-ES", "LNG101", subject="Tresviso de cueva")


def test_the_same_word_only_at_sentence_starts_is_still_reported(registry: Registry) -> None:
    # Without the name inside a sentence, the subject's first word is read as a word, and a typo stays a typo.
    body = "Hola, Nuria: ya tenemos las primeras piezas curadas en cueva."
    assert "Quesso" in _found(registry, body, "es-ES", "LNG101", subject="Quesso de cueva")
    assert "Recivirás" in _found(registry, "Recivirás tu pedido el lunes y recivirás un aviso.", "es-ES", "LNG101")


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Lessor: rent not paid by the 7th attracts mora interest at the prescribed rate.", "en-ZA", "mora"),
        ("Lessor: a tenant in mora on two instalments loses the early-settlement rebate.", "en-ZA", "mora"),
        ("Lessor: the arrear levies on unit 4 were settled this morning.", "en-ZA", "arrear"),
        ("Notions Lane: the corozo toggles and tagua buttons are back in stock.", "en-GB", "corozo"),
        ("Notions Lane: the corozo toggles and tagua buttons are back in stock.", "en-GB", "tagua"),
        ("Kesar House: the mongra threads are packed in glass this season.", "en-IN", "mongra"),
        ("Molino Albufera: ya puedes pedir el saco de arroz senia de 5 kilos.", "es-ES", "senia"),
        ("Quesería Pría: esta semana hay Afuega'l Pitu blancu y ahumado.", "es-ES", "blancu"),
    ],
)
def test_a_legal_phrase_or_trade_word_is_not_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word not in _found(registry, body, locale, "LNG101")


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Lessor: please pay mora before Friday.", "en-ZA", "mora"),
        ("Inmobiliaria Sur: deja una senia de 500 pesos para reservar el depto.", "es-AR", "senia"),
    ],
)
def test_a_phrase_half_alone_is_still_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG101")


# --- LNG102: real-word errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Taller Ruedas: el mecánico ajusto los frenos de tu bici; ya puedes pasar.", "es-ES", "ajusto"),
        ("Cerrajería Sol: si ya lo pago, haga caso omiso de este aviso.", "es-MX", "pago"),
        ("Club Náutico: ya ahí turno para la regata del sábado; apúntate en recepción.", "es-ES", "ahí"),
        ("Seguros Cima: les comunicamos de que la póliza se renueva el 3 de junio.", "es-CO", "de que"),
        ("Mudanzas Río: te pedimos que los muebles vallan vacíos el día del traslado.", "es-CL", "vallan"),
        ("Gas Andino: tus facturas de enero y febrero por $2.400 todavía está pendiente.", "es-PE", "está"),
        ("Hi {{first_name}}, your reading glasses is ready at the front desk.", "en-GB", "is"),
        ("Vet Hub: {{first_name}}, Rex's dental cleanings is due next week.", "en-US", "is"),
        ("Tile Co: the terracotta floor tiles in your hallway has been sealed.", "en-AU", "has been"),
        ("Tile Co: the grout need three days to harden before you mop.", "en-AU", "need"),
        ("Bakehouse: our sourdough bread are back on Fridays.", "en-GB", "are"),
        ("Cobbler: your boots are resoled and their in the shop window.", "en-GB", "their"),
        ("Piano Doctor: we tuned the strings and there all holding pitch.", "en-GB", "there"),
        ("There lessons start at nine and finish at noon.", "en-US", "There"),
        ("Bike Barn: the chain was loosing links, so we fitted a new one.", "en-NZ", "loosing"),
        ("Boiler Care: we will be servicing it's burner on Monday.", "en-GB", "it's"),
    ],
)
def test_a_real_word_error_is_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG102")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Taller Ruedas: el mecánico ajustó los frenos de tu bici; ya puedes pasar.", "es-ES"),
        ("Taller Ruedas: el último pago el día 5 queda registrado.", "es-ES"),
        ("Cerrajería Sol: si ya lo pagó, haga caso omiso de este aviso.", "es-MX"),
        ("Club Náutico: ya ahí tienes para elegir dos horarios.", "es-ES"),
        ("Club Náutico: ya hay turno para la regata del sábado.", "es-ES"),
        ("Seguros Cima: le informamos de que la póliza se renueva el 3 de junio.", "es-CO"),
        ("Seguros Cima: ¿qué pensamos de que suban las tarifas? Te lo contamos en el blog.", "es-CO"),
        ("Mudanzas Río: te pedimos que los muebles vayan vacíos el día del traslado.", "es-CL"),
        ("Gas Andino: tus facturas de enero y febrero por $2.400 todavía están pendientes.", "es-PE"),
        ("Hi {{first_name}}, your reading glasses are ready at the front desk.", "en-GB"),
        ("Rob's Bikes is open late on Thursdays.", "en-GB"),
        ("Tile Co: the terracotta floor tiles in your hallway have been sealed.", "en-AU"),
        ("Tile Co: the grout needs three days to harden; the team need two days on site.", "en-AU"),
        ("Tile Co: our tiler will need two days on site.", "en-AU"),
        ("Bakehouse: our sourdough bread and rolls are back on Fridays.", "en-GB"),
        ("Cobbler: their in-store repairs take a day.", "en-GB"),
        ("Piano Doctor: we were there all morning tuning the strings.", "en-GB"),
        ("There sometimes are delays on Mondays.", "en-US"),
        ("Archery Club: members were loosing arrows at the far targets.", "en-NZ"),
        ("Boiler Care: please check it's switched off before we arrive.", "en-GB"),
    ],
)
def test_the_right_word_in_the_same_context_passes(registry: Registry, body: str, locale: str) -> None:
    assert _found(registry, body, locale, "LNG102") == []
