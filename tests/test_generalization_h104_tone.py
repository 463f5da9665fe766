"""Round 68 (blind sets h104 and h105): tone lines the rules missed, taken by class. Each class was first counted on
the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every non-tone line of the
tuning corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON109 `congratulated-lapse`: congratulations whose object is the reader's lapse (an unpaid bill, a counted reminder,
  months without coming); a streak of the reader's own, plain congratulations, the lapse put right and marketing copy
  pass.
- TON109 `some-customers-struggle`: money said to be short for "some" people or households, waved off as fine
  ("and that's okay", «y no pasa nada»); sympathy said to the reader with no "some", and "some" with an offer of
  help instead of the wave-off, pass.
- TON112 `others-complied`: the others who "lograron/consiguieron" it in time, in the preterite, next to an irony
  marker; the others alone pass.
- TON112 `judging`: an obligation denied («no tendrías que hacer nada») is relief and no judging, even beside
  «otra vez»; the obligation itself beside «otra vez» still fires.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        ("Felicidades, Marta: ya son cuatro recibos impagos de la guardería. El enlace de pago está abajo.",
         "es", "collections", "Felicidades"),
        ("Enhorabuena: llevas dos meses sin venir al taller y la matrícula sigue corriendo.",
         "es", "service", "Enhorabuena"),
        ("Well done: your plan has now gone three months unpaid. Settle it in the app.",
         "en", "collections", "Well done"),
        ("Congrats on earning our fourth reminder about the locker key.",
         "en", "service", "Congrats"),
    ],
)
def test_congratulations_on_the_readers_lapse_fire(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert span in finding_texts(registry, "TON109", body=body, locale=locale, category=category)


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("¡Enhorabuena! Llevas siete días seguidos completando tu rutina de estiramientos.", "es", "alert"),
        ("Enhorabuena por tu nueva casa: el primer recibo vence el 3 de mayo.", "es", "transactional"),
        ("Congratulations on your new home! Your first payment is due on 3 May.", "en", "transactional"),
        ("Congrats, you're overdue for a treat: 20% off every pastry this weekend.", "en", "marketing"),
        ("Congratulations: your overdue balance is now cleared, thanks for sorting it.", "en", "collections"),
        ("¡Felicidades! Ya no tienes cuotas pendientes de pago: tu cuenta está al día.", "es", "collections"),
    ],
)
def test_congratulations_without_a_lapse_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category=category) == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Sabemos que a algunas familias les cuesta llegar a fin de mes, y no pasa nada. La cuota de 25 € vence el viernes.",
         "es", "Sabemos que a algunas familias les cuesta llegar a fin de mes"),
        ("We realise some members just can't afford the new rate, and that's okay. Your £30 is due on Monday.",
         "en", "We realise some members just can't afford"),
        ("We know a few households find budgeting a little harder, and that's fine. The $40 can be paid online.",
         "en", "We know a few households find budgeting a little harder"),
    ],
)
def test_money_short_for_some_waved_off_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert span in finding_texts(registry, "TON109", body=body, locale=locale, category="collections")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Sabemos que a algunas familias les cuesta llegar a fin de mes: si es tu caso, podemos fraccionar la cuota.", "es"),
        ("Sabemos que este mes puede ser difícil, y no pasa nada: responde PLAN y lo dividimos en tres pagos.", "es"),
        ("We know money can be tight right now, and that's okay: reply PLAN and we'll split the £30 into three.", "en"),
        ("We understand some members can't afford the new rate: reply HELP and we'll find a plan that works.", "en"),
    ],
)
def test_sympathy_without_the_wave_off_or_the_some_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections") == []


@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("Por lo visto, casi todos los inquilinos del edificio lograron pagar el agua en plazo.", "collections"),
        ("Por lo visto, la mayoría de los alumnos consiguieron entregar la ficha médica a tiempo.", "service"),
    ],
)
def test_others_who_managed_it_in_the_preterite_beside_irony_fire(registry: Registry, body: str, category: str) -> None:
    assert texts(registry, body, "es", category) == [body.rstrip(".")]


def test_others_who_managed_it_alone_pass(registry: Registry) -> None:
    body = "La mayoría de los socios consiguieron renovar a tiempo gracias al nuevo formulario."
    assert texts(registry, body, "es", "service") == []


def test_an_obligation_denied_is_no_judging(registry: Registry) -> None:
    relief = "Si ya pagaste, no tendrías que hacer nada más, salvo que el banco lo devuelva otra vez."
    assert texts(registry, relief, "es", "collections") == []
    judging = "Tendrías que revisar la conexión otra vez antes de escribirnos."
    assert texts(registry, judging, "es", "alert") == ["Tendrías que revisar la conexión otra vez"]
