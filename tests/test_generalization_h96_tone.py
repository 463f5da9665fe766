"""Round 64 (blind sets h96 and h97): tone lines the rules missed, taken by class. Each class was first counted on the
rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every non-tone line of the tuning
corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `mock-praise` with `lapse-length`: a congratulation on the reader's absences in a row or on a fee paid late; a
  streak of good habits ("sin fumar", "without a single missed payment") passes.
- TON112 `ultimatum`: the choice handed to the reader as the last words after a countdown («La decisión es suya.», "The
  choice is yours."); the choice that goes on («usted decide cuándo», "your choice of plan") is an offer and passes.
- TON112 `reader-watched` with `others-who-fail`: the reader's lack of progress watched, then set among the people who
  find it harder; the people who find it harder without the reader watched pass.
- TON112 `busy-excuse`: the excuse supplied for the reader as a slip («un simple despiste», "a simple oversight") next to
  irony; the slip offered as a condition ("if this was an oversight") passes.
- TON112 `public-exposure`: the reader's own employees or staff finding out, next to a pity frame; "for your staff to
  find out more about our app" (no cue) passes.
- TON102 (lexicon, blame): the blame put on the reader as a predicate («la culpa fue suya», the twin of "it's your
  fault"); «la culpa no es tuya» passes.
- TON112 `small-sender`: "we" with bills too («nosotros también tenemos facturas», "we've got bills too") next to the
  lapse; our own bills as a schedule pass.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts, tone_warnings
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        ("Coro Voces del Sur: enhorabuena, cuatro ensayos consecutivos sin presentarte.", "es", "service", "enhorabuena"),
        ("Felicidades: otra mensualidad que logras abonar con retraso.", "es", "collections", "Felicidades"),
        ("Harbour Rowing: well done, four sessions running without a single reply from you.", "en", "service", "well done"),
        ("Congratulations, you've somehow paid the deposit late again.", "en", "collections", "Congratulations"),
    ],
)
def test_congratulations_on_the_readers_lapses_fire(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("¡Enhorabuena! Llevas tres semanas seguidas sin fumar.", "es"),
        ("Felicidades: cinco clases consecutivas sin faltar ni una.", "es"),
        ("Congratulations: twelve months in a row without a single missed payment!", "en"),
    ],
)
def test_congratulations_on_a_good_streak_pass(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Le quedan 2 horas para abonar el saldo del trastero. La decisión es suya.", "es", "La decisión es suya"),
        ("Tienes solo tres horas para pagar la cuota del taller. Tú decides.", "es", "Tú decides"),
        ("You have 3 hours to clear the balance on the storage unit. The choice is yours.", "en", "The choice is yours"),
    ],
)
def test_the_choice_handed_over_after_a_countdown_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Le quedan 2 horas para elegir su plan de pago: en una cuota o en tres, usted decide cuándo.", "es"),
        ("You have 3 hours left to pick a plan: pay in full or in three parts, your choice of plan.", "en"),
    ],
)
def test_a_choice_that_goes_on_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Academia Trazo: hemos notado que sigues sin terminar el primer cuaderno. Tranquilo, a algunas personas les "
            "cuesta más.",
            "es",
            "hemos notado que sigues",
        ),
        (
            "Scale Up Piano: we see you've tried the first étude eleven times now. Don't worry, plenty of people struggle "
            "with the basics.",
            "en",
            "we see you've tried",
        ),
    ],
)
def test_the_reader_watched_among_the_slow_ones_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, "service"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("A algunas personas les cuesta más el primer mes; tu profesora te ayudará el martes a las 18:00.", "es"),
        ("Plenty of people struggle with the basics at first, so your tutor will go over them on Tuesday.", "en"),
    ],
)
def test_the_slow_ones_without_the_reader_watched_pass(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Seguro que fue un simple despiste de su parte.", "es", "Seguro que"),
        (
            "Northgate Boat Storage: the trailer went back a month late. We're sure it was a simple oversight.",
            "en",
            "We're sure",
        ),
    ],
)
def test_a_slip_supplied_for_the_reader_with_irony_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Si se trata de un olvido, puede pagar la cuota de mayo en la web.", "es"),
        ("If this was an oversight, you can pay the May fee online.", "en"),
    ],
)
def test_a_slip_as_a_condition_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Tu cuota de junio sigue sin pagar. Nosotros también tenemos facturas que pagar.", "es", "Nosotros también"),
        ("Your June fee is still unpaid. We've got bills too, you know.", "en", "We've got bills too"),
    ],
)
def test_our_own_bills_next_to_the_lapse_fire(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, "collections"))


def test_our_own_bills_as_a_schedule_pass(registry: Registry) -> None:
    body = "Nosotros también tenemos facturas: te las enviamos el día 1 de cada mes."
    assert texts(registry, body, "es", "collections") == []


def test_the_blame_put_on_the_reader_as_a_predicate_fires(registry: Registry) -> None:
    body = "La caldera se paró porque no la purgó como le indicamos: la culpa fue suya y la visita se cobra entera."
    assert ("TON102", "la culpa fue suya") in tone_warnings(registry, body, "es", "service")


def test_the_blame_taken_off_the_reader_passes(registry: Registry) -> None:
    body = "Tranquila, la culpa no es tuya: el fallo fue de nuestro proveedor y ya está resuelto."
    assert not any(rule == "TON102" for rule, _ in tone_warnings(registry, body, "es", "service"))


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("No nos gustaría que tus empleados se enteraran de que la nómina se retrasó por esta factura.", "es", "No nos gustaría"),
    ],
)
def test_the_readers_staff_finding_out_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, "collections"))


def test_the_readers_staff_invited_to_find_out_passes(registry: Registry) -> None:
    body = "We'd love for your staff to find out more about our new payroll app: the demo is on Friday at 11."
    assert texts(registry, body, "en", "collections") == []


# round 79: "we'd hate for ..." is TON107's `hate-for` on its own (moved here from the TON112 cases above, where TON112 now
# stays silent after TON107 in the sentence)
@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("We'd hate for your staff to find out the payroll ran late because of this invoice.", "collections"),
    ],
)
def test_we_would_hate_for_is_reported_as_a_threat_pattern(registry: Registry, body: str, category: str) -> None:
    assert [span.lower() for span in finding_texts(registry, "TON107", body=body, locale="en", category=category)] == ["we'd hate for"]
