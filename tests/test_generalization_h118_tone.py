"""Round 75 (blind sets h118 and h119): tone lines the rules missed, and the rules' false positive, taken by class.
Each class was first counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and
on every non-tone line of the tuning corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON401 `relation-greeting`: a greeting by the reader's tie to a pupil ("Dear Parent", «Estimado apoderado») flags
  only in a message filled in for the family (a placeholder); a school's notice with none passes.
- TON109 `debt-pays-itself`: the debt said to pay itself, as the reader's belief or denied (5 earlier blind misses,
  two writers of this pair); an investment that pays for itself passes.
- TON109 `congratulated-lapse`: congratulations on being the first or only one to lapse (2 earlier blind misses); the
  only one never to miss passes.
- TON109 `virtue-exclaimed-over-lapse`: arriving late exclaimed as a kind touch («qué gran detalle»); the touch
  praised with no lapse passes.
- TON109 `lapses-counted-choice-waved-off`: «usted sabrá lo que ...» (4 earlier blind misses); a day to pick passes.
- TON109: the count of tellings closing its sentence ("We've reminded you three times."); a count that goes on passes.
- TON109 `lacking-gift-waved-off`: "not everyone is cut out for", «no todo el mundo tiene condiciones», with "don't
  lose heart" («no te desanimes»); a beginners' pitch passes.
- TON107 `unless-paid-we-act`: «si no pagas ..., mañana pasamos por ...» (2 earlier blind misses); «si no puedes
  pagar» passes. `pay-or-else`: the reader's file handed on ("or your account goes to", two writers).
- TON112 `others-complied`: the reader's peers "all paid", the sender's other clients, a share of the reader's street
  "has already", «mientras tus compañeros ya ...» (two writers); the comparison alone passes.
- TON112 `others-manage-easily`: "without being reminded" beside irony; alone it passes.
- TON112 `judging`: "want to actually ... this time" (three writers, 1 earlier blind miss); plain advice passes.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Dear Parent, the lab fee for {{pupil_name}} (R350) is due on Friday 6 June.", "en", "Dear Parent"),
        ("Estimado apoderado: la cuota del taller de {{alumno}} vence el viernes 13.", "es", "Estimado apoderado"),
    ],
)
def test_a_relation_greeting_in_a_filled_in_message_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    found = finding_texts(registry, "TON401", body=body, locale=locale, category="collections", channel="email")
    assert found == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Dear Parent, the lab fee of R350 is due on Friday 6 June. Pay at the school office or reply for a plan.", "en"),
        ("Estimado apoderado: la cuota del taller vence el viernes 13. Puede pagar en secretaría.", "es"),
    ],
)
def test_a_relation_greeting_with_no_placeholder_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON401", body=body, locale=locale, category="collections", channel="email") == []


def test_a_customer_greeting_with_no_placeholder_still_fires(registry: Registry) -> None:
    body = "Dear customer, your invoice of $40 for the lab fee is due on Friday 6 June."
    found = finding_texts(registry, "TON401", body=body, locale="en", category="collections", channel="email")
    assert found == ["Dear customer"]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Hi {{first_name}}, we admire your faith that the boat storage somehow pays for itself. $180 is open at the desk.",
            "en",
            "your faith that the boat storage somehow pays for itself",
        ),
        (
            "The locker rental still hasn't quite paid itself, so the $25 is on your account.",
            "en",
            "hasn't quite paid itself",
        ),
        ("Hola, {{nombre}}. ¿Pensabas que la matrícula del taller se pagaba sola? Son 60 €.", "es", "Pensabas que la matrícula del taller se pagaba sola"),
        ("Hola, {{nombre}}: el alquiler del local no se paga solo. Son 120 €.", "es", "no se paga solo"),
    ],
)
def test_the_debt_that_pays_itself_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("The new heat pump will pay for itself within two winters, and it pays for itself faster in a cold house.", "en", "service"),
        ("Our solar panels don't cost a cent upfront and pay for themselves in six years.", "en", "marketing"),
        ("Con lo que ahorra en gas, la caldera nueva se paga sola en dos inviernos.", "es", "service"),
    ],
)
def test_an_investment_that_pays_for_itself_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category=category) == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi {{first_name}}, congratulations on being the only rider this season to lose the locker key three times.", "en", "congratulations"),
        ("Felicidades: eres el único del grupo que se olvidó el arnés dos sábados seguidos.", "es", "Felicidades"),
    ],
)
def test_congratulations_on_being_the_first_to_lapse_fire(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Congratulations to Ana, the only member never to miss a session this year!", "en"),
        ("Felicidades a Marta, la única alumna que nunca faltó a clase este curso.", "es"),
    ],
)
def test_the_only_one_never_to_lapse_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Coro Alba: qué gran detalle llegar media hora tarde al ensayo general. El sábado empezamos a las 10:00.", "es", "qué gran detalle"),
        ("Alba Choir: what a thoughtful touch, turning up 30 minutes late to the dress rehearsal.", "en", "what a thoughtful touch"),
    ],
)
def test_arriving_late_called_a_kind_touch_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Coro Alba: qué bonito detalle el de tu cuerda, que trajo flores para la directora esta tarde.", "es"),
        ("Alba Choir: what a thoughtful touch, the flowers your section brought for the director.", "en"),
    ],
)
def test_a_kind_touch_with_no_lapse_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service", channel="sms") == []


def test_the_choice_waved_off_with_what_follows_fires(registry: Registry) -> None:
    body = "Club Ámbar: la cuota de marzo sigue pendiente. Usted sabrá lo que hace con su plaza."
    assert finding_texts(registry, "TON109", body=body, locale="es", category="collections") == ["Usted sabrá lo que"]


def test_a_day_left_to_the_reader_passes(registry: Registry) -> None:
    body = "Club Ámbar: tenemos turnos el lunes y el martes. Usted sabrá qué día le viene mejor."
    assert finding_texts(registry, "TON109", body=body, locale="es", category="service") == []


def test_the_count_of_tellings_closing_its_sentence_fires(registry: Registry) -> None:
    body = "Brightbay Parking: the $30 permit fee is overdue. We've reminded you three times."
    found = finding_texts(registry, "TON109", body=body, locale="en", category="collections", channel="sms")
    assert found == ["We've reminded you three times."]


def test_a_count_of_reminders_that_goes_on_passes(registry: Registry) -> None:
    body = "Brightbay Parking: we have reminded you twice about the permit form, so here is the link again: https://x.com/f"
    assert finding_texts(registry, "TON109", body=body, locale="en", category="collections", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Hola, {{nombre}}. No te desanimes: no todo el mundo tiene condiciones para bucear. Te esperamos el martes.",
            "es",
            "no todo el mundo tiene condiciones para",
        ),
        ("Hi {{first_name}}, don't lose heart: not everyone is cut out for sailing. See you on Tuesday.", "en", "not everyone is cut out for"),
    ],
)
def test_what_it_takes_waved_off_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == [span]


def test_a_beginners_pitch_passes(registry: Registry) -> None:
    body = "Not everyone is cut out for a marathon, so our 5K plan starts from zero."
    assert finding_texts(registry, "TON109", body=body, locale="en", category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Lavamax: si no pagas hoy los 420 MXN, mañana pasamos por el refrigerador.", "es", "si no pagas hoy los 420 MXN, mañana pasamos por"),
        ("Pay the £80 by Friday or your account goes to our recovery partner.", "en", "or your account goes to"),
        ("Abone hoy los 90 € o su expediente pasará a nuestro despacho.", "es", "o su expediente pasará a"),
    ],
)
def test_our_step_if_the_reader_does_not_pay_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    found = finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="sms")
    assert found == [span]


def test_help_if_the_reader_cannot_pay_passes(registry: Registry) -> None:
    body = "Lavamax: si no puedes pagar hoy los 420 MXN, mañana te llamamos para ver opciones."
    assert finding_texts(registry, "TON107", body=body, locale="es", category="collections", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Hi {{first_name}}, your teammates all paid for the tour weeks ago. You're the only one we're still waiting on.",
            "en",
            "collections",
            "your teammates all paid",
        ),
        (
            "Hi {{first_name}}, all our other customers in your building have paid for the window clean. Yours is the only one still open.",
            "en",
            "collections",
            "all our other customers in your building have paid",
        ),
        (
            "Most of your street has already signed up for the clean-up; are you really going to sit this one out?",
            "en",
            "marketing",
            "are you really",
        ),
        (
            "Hola, {{nombre}}: llevas todo el curso sin venir mientras tus compañeros ya preparan el examen.",
            "es",
            "service",
            "mientras tus compañeros ya preparan",
        ),
        (
            "Hi {{first_name}}, since it seems to need saying: coats go on the hooks. Most guests manage this without being reminded.",
            "en",
            "service",
            "it seems",
        ),
        (
            "Hi {{first_name}}, after last week's missed lesson, you may want to actually bring your music this time.",
            "en",
            "service",
            "want to actually",
        ),
    ],
)
def test_others_who_complied_and_advice_stressed_fire(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    found = finding_texts(registry, "TON112", body=body, locale=locale, category=category)
    assert any(span in text for text in found)


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Your classmates all paid for the trip, so the coach is booked for Friday.", "en", "service"),
        ("All our other customers in your building have paid by card, and you can too at the desk.", "en", "collections"),
        ("Mientras tus compañeros ya preparan el examen, tú puedes reservar tutoría en la app.", "es", "service"),
        ("Most guests manage this without being reminded, so we keep the signs short.", "en", "service"),
        ("The coast path is lovely in May; you might want to actually bring a jacket.", "en", "service"),
    ],
)
def test_others_who_complied_alone_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category=category) == []
