"""What the blind sets h76 and h77 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR502 (h76): a state label right after the case's noun or reference ("job 5531-K status QX-HLD").
- False negative, CLR106 (h77): an article of a law cited to the reader ("art. 42 LGT", "Article 6(1)(f) of the GDPR").
- False negative, CLR107 (h76): the relative inside the interruption takes its preposition ("in which case", "en cuyo caso").
- False negative, CLR403 (h76): a session joined by its video link is followed online.
- False negative, CMP207 (h77): a pregnancy promised as sure by a clinic ("embarazo asegurado", "guaranteed pregnancy").
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR502, a state label right after the case's reference (false negative) ----------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Brassworks: band instrument job 5531-K status QX-HLD, parts ordered.", "en-GB", "QX-HLD"),
        ("Talleres Morla: tu encargo 88-C estado PTE-ENV; te avisamos pronto.", "es-ES", "PTE-ENV"),
        ("Brassworks: repair ticket 7702 stage RWK2 until Friday.", "en-AU", "RWK2"),
    ],
)
def test_a_state_code_after_the_case_reference_is_a_status_code(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR502", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # an ordinal in roman numerals, a known acronym and a word in capitals
        ("Brassworks: the phase II works on your organ start Monday; we'll text you when they end.", "en-GB"),
        ("Brassworks: your repair ticket status OK was confirmed; collect the horn any day.", "en-GB"),
        # a code before its number is a reference
        ("Brassworks: your courier status DX 4471 shows the horn in transit.", "en-GB"),
        ("Talleres Morla: la fase III del taller termina el lunes y tu encargo sale el martes.", "es-ES"),
        # the state in words
        ("Talleres Morla: tu encargo 88-C está en estado pendiente de envío; te avisamos pronto.", "es-ES"),
    ],
)
def test_an_ordinal_a_known_code_or_a_state_in_words_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR502", body=body, locale=locale, category="service") == []


# --- clarity: CLR106, an article of a law cited to the reader (false negative) ----------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Gestoría Albar: antes de presentar tu renta dinos si aplicamos la reducción del art. 42 por alquiler.",
         "es-ES", "art. 42"),
        ("Gestoría Albar: el recargo se calcula según el artículo 27 de la Ley General Tributaria.", "es-ES",
         "artículo 27 de la Ley"),
        ("Hi Sam, we process your data under Article 6(1)(f) of the GDPR; ask us anything about it.", "en-GB",
         "Article 6(1)(f) of the GDPR"),
    ],
)
def test_a_cited_article_of_a_law_is_legal_wording(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR106", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # an item of an order, a shop's item number, an article to read and an art class
        ("Tienda Albar: el artículo 3 de tu pedido sale mañana; los otros dos ya van en camino.", "es-ES"),
        ("Tienda Albar: ya tenemos de nuevo el Art. 44718, la lámpara que pediste.", "es-ES"),
        ("Hi Sam, our article on winter tyres is up: read it in the app.", "en-GB"),
        ("Hi Sam, your art class moves to room 12 on Friday.", "en-GB"),
    ],
)
def test_an_item_an_article_to_read_or_an_art_class_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR106", body=body, locale=locale, category="service") == []


# --- clarity: CLR107, a relative cut by a condition whose own relative has a preposition (false negative) -----------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi Sam, the deposit, which we return only if the kayak, unless it was damaged by rocks, in which case our team "
         "decides, comes back clean, is paid within a week.", "en-GB",
         "which we return only if the kayak, unless it was damaged by rocks, in which"),
        ("Hola, Ana: la fianza, que devolvemos solo si el kayak, salvo que lo dañen las rocas, en cuyo caso decide nuestro "
         "equipo, vuelve limpio, se paga en una semana.", "es-ES",
         "que devolvemos solo si el kayak, salvo que lo dañen las rocas, en cuyo"),
    ],
)
def test_a_prepositional_relative_inside_the_interruption_nests_it(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # short: the reader keeps the thread
        ("Hi Sam, the deposit, which we return if the kayak, unless damaged, in which case we call, is fine.", "en-GB"),
        # a preposition before a noun, not a relative
        ("Hi Sam, the deposit, which we return only if the kayak comes back clean and dry, unless it was damaged by "
         "rocks, in the river or at the pier, is paid within a week of the trip.", "en-GB"),
    ],
)
def test_a_short_sentence_or_a_preposition_before_a_noun_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, category="service") == []


# --- clarity: CLR403, a session joined by its video link (false negative) ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi Sam, your live pottery session with our potters in Perth starts Friday at 6:30 pm. We'll email the video "
         "link the day before.", "en-CA", "6:30 pm."),
        ("Hola, Ana: tu clase de cerámica con nuestras alfareras empieza el viernes a las 18:30. Te mandamos el enlace de "
         "la videollamada una hora antes.", "es-MX", "18:30"),
    ],
)
def test_a_session_joined_by_its_video_link_is_followed_online(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="service") == [span]


def test_a_video_to_watch_is_no_session(registry: Registry) -> None:
    body = "Hi Sam, your desk arrives Friday at 9:00 am. Our video link on assembling it is in the app."
    assert spans(registry, "CLR403", body=body, locale="en-US", category="service") == []


# --- compliance: CMP207, a pregnancy promised as sure (false negative) ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Clínica Aurora: con nuestro tratamiento de FIV, embarazo asegurado o te devolvemos la cuota. Responde BAJA "
         "para no recibir más.", "es-ES", "embarazo asegurado"),
        ("Clínica Aurora: te garantizamos tu embarazo en el primer ciclo. Responde BAJA para no recibir más.", "es-MX",
         "garantizamos tu embarazo"),
        ("Harbour Fertility: our IVF plan means a guaranteed pregnancy or your money back. Reply STOP to opt out.", "en-GB",
         "guaranteed pregnancy"),
    ],
)
def test_a_pregnancy_promised_as_sure_is_a_cure_claim(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Clínica Aurora: la prueba de embarazo es gratis con tu primera visita. Responde BAJA para no recibir más.", "es-ES"),
        ("Harbour Fertility: no clinic can promise a pregnancy, but we guarantee a named nurse at every visit. Reply STOP "
         "to opt out.", "en-GB"),
        ("Harbour Fertility: our pregnancy yoga class has a guaranteed place for you. Reply STOP to opt out.", "en-GB"),
    ],
)
def test_a_pregnancy_test_or_a_guarantee_of_something_else_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, category="marketing") == []
