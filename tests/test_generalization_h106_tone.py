"""Round 69 (blind sets h106 and h107): tone lines the rules missed, taken by class. Each class was first counted on
the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every non-tone line of the
tuning corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON109 `impressed-by-lapse`: "impressive" as the first word of its sentence, a verdict on the reader's lapse (6
  earlier blind misses, h30..h104); "impressive" after a word (a view, the reader's progress), an exclamation, praise of a
  goal or a streak, and marketing pass.
- TON109 `congratulated-lapse`: the debt said not yet paid («aún no ha pagado», "still hasn't paid"); the lapse put
  right still passes, in the perfect too («ya has pagado», "you have paid").
- TON109 `age-blamed`: a difficulty put down to the reader's age, said as understanding; a price at an age and a plan
  suited to an age pass.
- TON112 `reader-singled-out` and `others-complied`: the reader still where they started, or the one left watching,
  beside the others who moved on; a share counted «N de cada 10» / "9 in 10"; the reader's place alone passes.
- TON101: "without further notice" in a deeming clause ("shall be deemed ... without further notice") is the
  contract's effect, not our step; our own step without notice still fires.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("Impressive: four reminders and the £60 locker fee is still unpaid.", "collections"),
        ("Hi Dana, impressive. The loan bike came back with both tyres flat again.", "service"),
        ("Truly a first for the club. Impressive, Sam: the trophy returned with a dent in it.", "transactional"),
    ],
)
def test_impressive_as_a_verdict_on_a_lapse_fires(registry: Registry, body: str, category: str) -> None:
    assert [t.lower() for t in finding_texts(registry, "TON109", body=body, locale="en", category=category)] == [
        "impressive"
    ]


@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("Your progress this term is impressive: keep it up.", "service"),
        ("The view from the ridge is an impressive sight at dawn; your guide meets you at 6.", "transactional"),
        ("Impressive! You've reached your savings goal for March.", "alert"),
        ("Impressive, right? Our new kayaks land on Friday.", "marketing"),
    ],
)
def test_impressive_as_a_description_or_praise_passes(registry: Registry, body: str, category: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale="en", category=category) == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Felicidades, eres la única familia del grupo que todavía no ha abonado la excursión.", "es", "Felicidades"),
        ("Congratulations: you're the last tenant who still hasn't paid the October service charge.", "en",
         "Congratulations"),
    ],
)
def test_congratulations_on_a_debt_not_yet_paid_fire(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("¡Felicidades! Ya has pagado todas las cuotas vencidas del curso.", "es"),
        ("Enhorabuena: tu cuota vencida de mayo queda saldada.", "es"),
        ("Congratulations, you have paid off the overdue balance in full.", "en"),
    ],
)
def test_congratulations_on_a_debt_put_right_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        ("Comprendemos que a tu edad cueste recordar las fechas, así que aquí va otra vez: la clase es el martes.", "es",
         "service", "a tu edad cueste recordar"),
        ("Entendemos que a su edad no es fácil usar la aplicación; puede pagar también en caja.", "es", "collections",
         "a su edad no es fácil usar"),
        ("We appreciate that at your age it's harder to keep up with the beginners' pace.", "en", "marketing",
         "at your age it's harder to keep"),
    ],
)
def test_a_difficulty_put_down_to_the_readers_age_fires(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category=category) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("A tu edad, el seguro de la moto cuesta 14 € al mes.", "es"),
        ("Te proponemos un plan de entrenamiento ajustado a tu edad y a tu forma física.", "es"),
        ("At your age, cover starts at £9 a month.", "en"),
    ],
)
def test_an_age_named_without_blame_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "expected"),
    [
        ("Tus compañeros de curso ya aprobaron el nivel 1 y tú sigues en el mismo punto.", "es", "marketing",
         ["Tus compañeros de curso ya aprobaron el nivel 1 y tú sigues en el mismo punto"]),
        ("8 de cada 10 vecinos de tu edificio ya renovaron su abono. Usted sigue en la lista de morosos.", "es",
         "collections", ["8 de cada 10 vecinos de tu edificio ya renovaron"]),
        ("Most of the climbers in your group have already led their first route, and you're still at the same level.",
         "en", "marketing",
         ["Most of the climbers in your group have already led their first route, and you're still at the same level"]),
        ("9 in 10 members have already renewed. Time to stop being the one on the sidelines.", "en", "marketing",
         ["9 in 10 members have already renewed"]),
    ],
)
def test_the_reader_left_where_they_were_beside_others_who_moved_on_fires(
    registry: Registry, body: str, locale: str, category: str, expected: list[str]
) -> None:
    assert texts(registry, body, locale, category) == expected


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Usted sigue en la lista de espera para el taller del sábado; le avisaremos si se libera un sitio.", "es",
         "service"),
        ("Tu pedido sigue en el mismo punto de recogida hasta el viernes.", "es", "transactional"),
        ("You're still at the same address? Confirm it before we post your card.", "en", "service"),
        ("8 de cada 10 clientes eligen la tarifa plana.", "es", "marketing"),
    ],
)
def test_the_readers_place_alone_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert texts(registry, body, locale, category) == []


def test_without_further_notice_in_a_deeming_clause_is_the_contracts_effect(registry: Registry) -> None:
    deeming = ("Failing payment by the due date, the hirer's licence shall be deemed revoked without further notice "
               "under clause 8.")
    assert finding_texts(registry, "TON101", body=deeming, locale="en", category="collections") == []
    our_step = "If the balance is not paid by Friday we will close the account without further notice."
    assert finding_texts(registry, "TON101", body=our_step, locale="en", category="collections") == [
        "without further notice"
    ]
