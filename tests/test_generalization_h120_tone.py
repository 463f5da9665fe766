"""Round 76 (blind sets h120 and h121): the tone lines both the rules and TON113 missed, and TON113's false positives.

- TON112 `still-at-it-question` now pairs with `odd-choice`: a question on the reader's habit ("still using ...?",
  «¿sigues usando ...?») with the habit called an odd choice in the next sentence ("Bold choice.", «Decisión
  valiente.»). Praise of a choice beside the same question passes.
- TON112 `improve-yourself`: "try not to be late" / «intenta no llegar tarde» with the delay stated between the words
  ("20 minutes", «media hora»), beside "this time" / «esta vez»; telling the reader what to do if they will be late passes.
- TON112 `payment-asked`: the payment asked for "whenever you can" / «cuando puedas, paga», next to others who already
  paid; the same close with no comparison passes.
- TON109 `congratulated-lapse`: congratulations on being the slowest payer («el que más tarda en pagar», "the slowest
  to pay"); the fastest payer congratulated passes.
- TON113: in Spanish the function words (que, de, los, tu...) are read only in pairs (`PAIR_ONLY_BY_LANGUAGE`); in
  the rolling evaluation over h25..h121 the model so fitted adds more of the rules' blind misses with fewer false
  positives. English function words stay words.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry
from sendlint.tone_model import features


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Harbor Gym: still skipping leg day? Interesting choice. Book a session with a trainer in the app.", "en", "Interesting choice"),
        ("Claveria: ¿sigues usando la misma clave en todas partes? Decisión valiente. Mejora tu plan en la app.", "es", "Decisión valiente"),
    ],
)
def test_a_habit_question_then_an_odd_choice_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    found = finding_texts(registry, "TON112", body=body, locale=locale, category="marketing", channel="sms")
    assert found == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Harbor Gym: still deciding? Good choice to wait for the sale. Book a session in the app.", "en"),
        ("Claveria: ¿sigues dudando? Buena elección: mira los planes en la app.", "es"),
        ("Harbor Gym: an interesting choice of classes starts in June. Book in the app.", "en"),
    ],
)
def test_a_habit_question_with_praise_or_an_odd_choice_alone_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="marketing", channel="sms") == []


def test_spanish_function_words_count_only_in_pairs() -> None:
    found = features("Se avisó a todos los socios que la sala abre a las 9", "es")
    assert not {"que", "se", "a", "los", "la", "las"} & set(found)
    assert {"socios que", "que la", "se aviso", "todos los"} <= set(found)
    assert "todos" in found


def test_english_function_words_stay_words() -> None:
    found = features("Thanks to everyone who came", "en")
    assert {"to", "who", "everyone"} <= set(found)
    assert "the" in features("See the photos", "en")


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Sala Brisa: tu turno es el jueves. Esta vez intenta no llegar media hora tarde, que perdiste la clase.", "es", "Esta vez intenta no llegar media hora tarde"),
        ("Brisk Studio: your class is on Thursday. This time try not to be 20 minutes late.", "en", "This time try not to be 20 minutes late"),
    ],
)
def test_try_not_to_be_late_with_the_delay_stated_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="service", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Sala Brisa: tu turno es el jueves. Si vas a llegar 10 minutos tarde, avísanos y guardamos tu lugar.", "es"),
        ("Brisk Studio: your class is on Thursday. If you'll be 10 minutes late, text us and we'll hold your spot.", "en"),
    ],
)
def test_a_late_arrival_planned_for_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="service", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Coro Alameda: la cuota de marzo es de 20 €. Los demás integrantes del coro ya cumplieron. Cuando puedas, paga en https://coroalameda.es/cuotas.", "es", "Los demás integrantes del coro ya cumplieron"),
        ("Alder Choir: the other members have already paid March's fee. Whenever you can, pay at https://alderchoir.org/fees.", "en", "other members have already paid"),
    ],
)
def test_others_paid_then_pay_whenever_you_can_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Coro Alameda: la cuota de marzo es de 20 €. Cuando puedas, paga en https://coroalameda.es/cuotas. Gracias por cantar.", "es"),
        ("Alder Choir: March's fee is £20. Whenever you can, pay at https://alderchoir.org/fees. Thanks for singing with us.", "en"),
    ],
)
def test_pay_whenever_you_can_alone_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="collections", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Cobros Lince: felicidades, tu empresa es la que más tardó en pagar este trimestre. Paga en https://lince.pe/pagos.", "es", "felicidades"),
        ("Lynx Factoring: congratulations, your firm is the slowest to pay in our whole book. Pay at https://lynx.ca/pay.", "en", "congratulations"),
    ],
)
def test_congratulations_on_being_the_slowest_payer_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Cobros Lince: felicidades, tu empresa es la que más rápido pagó este trimestre. Gracias.", "es"),
        ("Lynx Factoring: congratulations, your firm is the fastest to pay in our whole book. Thank you.", "en"),
    ],
)
def test_congratulations_on_paying_fastest_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections", channel="sms") == []
