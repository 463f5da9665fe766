"""Round 71 (blind sets h110 and h111): tone lines the rules missed, taken by class. Each class was first counted on
the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every non-tone line of the
tuning corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON109 `lacking-gift-waved-off`: a gift the reader lacks, waved off as fine («no pasa nada, no todo el mundo nace
  con...», "not everyone has the talent, and that's fine"; 2 earlier blind misses); a beginners' pitch with no
  consolation passes.
- TON109 `what-responsible-people-do`: the reader's choice set against what responsible people do (1 earlier blind
  miss); the same words in a sales line pass.
- TON109 `thought-it-optional`: the rule the reader broke called a thing they thought optional (1 earlier blind
  miss); a thing said to be optional passes.
- TON109 `congratulated-holdout`: congratulations on being one of the few, or the only one, who still has not done
  it; one of the few who already did passes.
- TON109 `reproach`: the ease trusted or assumed ("we trust this isn't too complicated"); a reassurance passes.
- TON108 `reproach`: "No exceptions." as a sentence of its own (with h96-en-077 blind); a rule's scope inside its
  sentence passes.
- TON111: the least we expected in return is that the debt be paid (Spanish; the English is TON112's); the least we
  can do passes.
- TON112 `others-complied`: a time among the words before «ya»; `public-exposure`: the unpaid sum mentioned to the
  reader's peers, beside a reluctance; a number mentioned to staff passes.
- TON112 `irony`: "looks like" before a thing is a diagnosis ("it looks like a burst pipe"), not irony (the
  h111-en-026 false positive); "looks like you ..." still counts.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Tu salida sigue siendo la más lenta del equipo. Tranquila, no todo el mundo nace con ritmo; el taller del sábado ayuda.",
            "es",
            "marketing",
            "no todo el mundo nace con ritmo",
        ),
        (
            "Sabemos que no todo el mundo tiene el oído para la armonía a tres voces. El ensayo es el jueves.",
            "es",
            "service",
            "no todo el mundo tiene el oído para",
        ),
        (
            "Your footwork still trails the group. Not everyone is born with rhythm, and that's fine.",
            "en",
            "service",
            "Not everyone is born with rhythm",
        ),
    ],
)
def test_a_gift_the_reader_lacks_waved_off_fires(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category=category) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("No todo el mundo nace con ritmo, por eso nuestro taller de salsa empieza desde cero.", "es"),
        ("We know not everyone has a car, so a shuttle leaves the station at 9:00.", "en"),
    ],
)
def test_a_beginners_pitch_or_means_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Keeping your boiler serviced is something sensible households do every year, not after it breaks.",
            "en",
            "is something sensible households do",
        ),
        (
            "Ahorrar para la matrícula es algo que hacen las familias responsables con tiempo, no la víspera.",
            "es",
            "es algo que hacen las familias responsables",
        ),
    ],
)
def test_what_responsible_people_do_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == [span]


def test_what_responsible_people_do_in_a_sales_line_passes(registry: Registry) -> None:
    body = "Planning ahead is what smart families do: our junior savings plan starts at $10 a month."
    assert finding_texts(registry, "TON109", body=body, locale="en", category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Thanks to the riders who wore helmets on Sunday. To those who seem to think the safety briefing is optional: it isn't.",
            "en",
            "seem to think the safety briefing is optional",
        ),
        (
            "Algunos socios parecen creer que la ducha previa es opcional. Recordad ducharos antes de entrar a la piscina.",
            "es",
            "parecen creer que la ducha previa es opcional",
        ),
    ],
)
def test_the_rule_called_a_thing_thought_optional_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("The wine pairing is optional: add it when you book.", "en"),
        ("La visita guiada es opcional y cuesta 5 €.", "es"),
    ],
)
def test_a_thing_said_to_be_optional_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="alert") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Felicidades por ser de los pocos socios que todavía no probaron la clase de fuerza; debes de estar en plena forma.",
            "es",
            "Felicidades por ser de los pocos socios que todavía no",
        ),
        (
            "Congrats on being one of the few members who still haven't tried the spin studio; you must be very fit already.",
            "en",
            "Congrats on being one of the few members who still haven't",
        ),
    ],
)
def test_congratulated_for_holding_out_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("¡Felicidades! Eres de los pocos socios que ya completaron el reto de marzo.", "es"),
        ("Congrats on being one of the few members who finished the 30-day challenge!", "en"),
    ],
)
def test_one_of_the_few_who_did_it_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Chalk goes in the bucket, not on the mats. We assume that isn't too difficult.",
            "en",
            "We assume that isn't too difficult",
        ),
        (
            "La tiza va en el cubo, no en las colchonetas. Confiamos en que no sea demasiado complicado.",
            "es",
            "Confiamos en que no sea demasiado complicado",
        ),
    ],
)
def test_ease_trusted_or_assumed_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == [span]


def test_reassurance_that_it_is_not_too_hard_passes(registry: Registry) -> None:
    body = "Setting up the app isn't too complicated: follow the three steps in the leaflet."
    assert finding_texts(registry, "TON109", body=body, locale="en", category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Lost property is kept for seven days, then donated. No exceptions.", "en", "No exceptions."),
        (
            "Spikes must be checked at the gate. No exceptions, don't even ask.",
            "en",
            "No exceptions, don't even ask.",
        ),
        (
            "Los cascos son obligatorios en la pista. Sin excepciones, sin excusas.",
            "es",
            "Sin excepciones, sin excusas.",
        ),
    ],
)
def test_no_exceptions_as_its_own_sentence_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Helmets are required for every rider, no exceptions.", "en"),
        ("El descuento se aplica a todos los cursos sin excepción en marzo.", "es"),
    ],
)
def test_no_exceptions_inside_a_rule_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Cuidamos de su jardín todo el invierno. Lo mínimo que esperábamos a cambio es que la factura de enero no quedara sin pagar.",
            "es",
            "Lo mínimo que esperábamos a cambio es que la factura de enero no quedara",
        ),
    ],
)
def test_the_least_we_expected_in_return_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON111", body=body, locale=locale, category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Lo mínimo que esperamos de este curso es que te diviertas.", "es"),
        ("Sorry for the delay: a free lesson is the least we can do.", "en"),
    ],
)
def test_the_least_we_can_do_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON111", body=body, locale=locale, category="collections") == []


def test_others_complied_with_a_time_among_the_words_meets_irony(registry: Registry) -> None:
    body = (
        "Casi todos los socios del turno de las 7:30 ya han pagado la cuota de abril. "
        "Seguro que tú también te pones al día pronto."
    )
    assert finding_texts(registry, "TON112", body=body, locale="es", category="collections") != []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "We'd rather not bring up the overdue £60 with your teammates at Sunday's match, so could you settle it?",
            "en",
        ),
        (
            "Preferiríamos no mencionar la cuota pendiente a tus compañeros en el entrenamiento del jueves.",
            "es",
        ),
    ],
)
def test_the_unpaid_sum_mentioned_to_peers_meets_reluctance(
    registry: Registry, body: str, locale: str
) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="collections") != []


def test_a_number_mentioned_to_staff_passes(registry: Registry) -> None:
    body = "We'd rather not keep you waiting: mention your membership number to the staff at the door."
    assert finding_texts(registry, "TON112", body=body, locale="en", category="collections") == []


@pytest.mark.parametrize(
    "body",
    [
        "It looks like a burst pipe under the sink, so we've shut the valve and will check it again on Monday.",
        "Looks like mould behind the panel; our team will come back again next week to treat it.",
    ],
)
def test_looks_like_as_a_diagnosis_is_no_irony(registry: Registry, body: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale="en", category="service") == []


def test_looks_like_said_of_the_reader_still_meets_repetition(registry: Registry) -> None:
    body = "Looks like you skipped the warm-up again, {{first_name}}."
    assert finding_texts(registry, "TON112", body=body, locale="en", category="service") != []
