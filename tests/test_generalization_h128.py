"""What the blind sets h128 and h129 showed in clarity (round 80; the other families are analysed elsewhere), as
classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positives, CLR303 (h129): a payment page after paying or settling named as a noun ("settling the last $90 is
  high on your agenda") or after a sum said to be left or missing ("you're still ¥15,000 short", «le faltan 60 €») is
  described by them, as after an unpaid sum; the same sentences before a page that is not a payment page stay bare.
- False negative, CLR404 (h128): every currency sign (₡, ¥, ₲...) and the names of the currencies that are not pesos
  («colones») are sums, so two of them that disagree are read as two in euros are.
- False negatives, CLR304 (h128, h129): the closing request's object may be a bare noun ("Please arrange payment."), the
  sender may ask with «rogar que» and the subjunctive or "request that you", and the English "register" is read by the
  rule's trigger as the Spanish «registra» was. A weekday as the only deadline still passes (a standing decision).
- False negative, CLR403 (h128): in Spanish, the guide or host of a place abroad («el guía de Marrakech») places the
  other end of a video call there, as "your Marrakech guide" already did in English.
- False negative, CLR503 (h129): an initialism with a small word in lower case ("CoC", «CdC») is a code, not a name.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR303, a payment page after a sum left or missing, or after paying as a noun ----------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Sakura Stays: you're still ¥15,000 short on your stay. https://sakurastays.example/pay", "en-US"),
        ("Casa Rural Pinar: le faltan 60 € de la estancia de agosto. https://casapinar.example/pagos", "es-ES"),
        ("Fernbrook Plumbing: we trust settling the last $90 is high on your agenda. https://fernbrook.example/pay",
         "en-US"),
        ("Casa Rural Pinar: seguro que ya está pagando los 60 € restantes de agosto. https://casapinar.example/pagos",
         "es-ES"),
    ],
)
def test_a_payment_page_after_a_sum_left_or_missing_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        # the same sentence before a page that is no payment page: nothing says what it is
        ("Sakura Stays: you're still ¥15,000 short on your stay. https://sakurastays.example/s/88", "en-US",
         "https://sakurastays.example/s/88"),
        ("Casa Rural Pinar: le faltan 60 € de la estancia de agosto. https://casapinar.example/e/31", "es-ES",
         "https://casapinar.example/e/31"),
    ],
)
def test_the_same_sum_before_another_page_stays_bare(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == [span]


# --- clarity: CLR404, sums in any currency sign ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Tours Volcán Arenal: el saldo de tu tour es de ₡18.500. Por favor paga los ₡21.500 pendientes antes del sábado.",
         "es-CR", "₡21.500"),
        ("Sakura Stays: your balance is ¥42,000. Please pay the ¥47,000 outstanding by Friday at"
         " https://sakurastays.example/pay.", "en-US", "¥47,000"),
        ("Tours Volcán Arenal: el saldo de tu tour es de 18.500 colones. Paga los 21.500 colones pendientes antes del"
         " sábado.", "es-CR", "21.500 colones"),
    ],
)
def test_two_sums_in_another_currency_sign_fire(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Tours Volcán Arenal: recibimos tu adelanto de ₡10.000; el resto, ₡14.000, se paga el día del tour.", "es-CR"),
        ("Sakura Stays: thanks for your deposit of ¥12,000. The remaining ¥15,000 is due on arrival.", "en-US"),
    ],
)
def test_sums_in_another_currency_that_relate_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == []


# --- clarity: CLR304, a bare noun, «rogar que», "register" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        # a bare noun as the closing request's object
        ("Fernbrook Plumbing: the drain survey invoice is still open. Please arrange payment.", "en-GB", "arrange payment"),
        ("Club de Remo Ría: la regata del domingo necesita tripulantes. Confirma asistencia.", "es-ES",
         "Confirma asistencia"),
        # the sender's ask with the subjunctive
        ("Gestoría Olmo: falta la firma de su declaración. Le rogamos que la tramite a la brevedad.", "es-ES",
         "tramite a la brevedad"),
        ("Olmo Accountants: your return is missing a signature. We kindly request that you complete it as soon as"
         " possible.", "en-GB", "complete it as soon as possible"),
        # "register" is read by the trigger
        ("Quizmasters Club: the winter league starts soon. Please register your quiz team.", "en-GB",
         "register your quiz team"),
        ("Liga de Trivia: el torneo de invierno abre inscripciones. Regístrate.", "es-ES", "Regístrate"),
    ],
)
def test_a_request_with_no_way_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the way is named
        ("Fernbrook Plumbing: the drain survey invoice is still open. Please arrange payment on 0161 555 0199.", "en-GB"),
        # a weekday is a date (a standing decision: rounds 65 to 77), with a bare noun or a longer object
        ("Lakeside Choir: the concert seating plan is set. Please confirm attendance by Thursday.", "en-GB"),
        ("Coro del Lago: el plan de asientos está listo. Confirma tu asiento antes del jueves 9 de octubre.", "es-ES"),
        ("Gestoría Olmo: falta la firma de su declaración. Le rogamos que la tramite a la brevedad en el 915 555 012.",
         "es-ES"),
        ("Quizmasters Club: please register your quiz team at https://quizmasters.example/teams.", "en-GB"),
        # an adverb or a pronoun is no object
        ("Riverside Cycles: the spring rides are back. Book now.", "en-GB"),
        ("Club de Remo Ría: la regata del domingo vuelve. Reserva ya.", "es-ES"),
        # a day that says which seat
        ("Lakeside Choir: please confirm your seat for Saturday.", "en-GB"),
    ],
)
def test_a_request_with_its_way_or_no_closing_request_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR403, «el guía de» a place abroad -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Viajes Sahel: la videollamada con el guía de Marrakech es el jueves 3 de octubre a las 18:00.", "es-ES", "18:00"),
        ("Viajes Sahel: la videollamada con la anfitriona de Lisboa es el jueves 3 de octubre a las 18:00.", "es-CO",
         "18:00"),
        ("Sahel Journeys: the video call with your Marrakech guide is on Thursday 3 October at 18:00.", "en-GB", "18:00"),
    ],
)
def test_a_guide_of_a_place_abroad_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the zone is said
        ("Viajes Sahel: la videollamada con el guía de Marrakech es el jueves 3 de octubre a las 18:00, hora de España.",
         "es-ES"),
        ("Sahel Journeys: the video call with your Marrakech guide is on Thursday 3 October at 18:00 UK time.", "en-GB"),
        # a guide at home, and a teacher «de» a pupil's name
        ("Viajes Sahel: la videollamada con el guía de Toledo es el jueves 3 de octubre a las 18:00.", "es-ES"),
        ("Academia Sol: la videollamada con la profesora de Sofía es el jueves 3 de octubre a las 18:00.", "es-ES"),
    ],
)
def test_a_guide_at_home_or_a_zone_said_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- clarity: CLR503, an initialism with a small word in lower case -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Kestrel Metrology: your CoC is on hold until the o/s invoice is cleared.", "en-GB", "CoC"),
        ("Metrología Norte: el CdC de su equipo queda retenido p/ fra. pendiente.", "es-ES", "CdC"),
    ],
)
def test_a_mixed_initialism_counts_as_an_abbreviation(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Kestrel Metrology: your Certificate of Conformity (CoC) is on hold until the o/s invoice is cleared.", "en-GB"),
        ("Metrología Norte: el Certificado de Calibración (CdC) de su equipo queda retenido por la factura pendiente.",
         "es-ES"),
    ],
)
def test_a_mixed_initialism_in_brackets_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, channel="sms", category="collections") == []
