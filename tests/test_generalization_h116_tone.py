"""Round 74 (blind sets h116 and h117): tone lines the rules missed, and the rules' false positives, taken by class.
Each class was first counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and
on every non-tone line of the tuning corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `public-exposure`: the neighbours made to notice or wonder, beside a pity frame (3 earlier blind misses); the
  neighbours invited to see the lights pass.
- TON107 `exposure-held-back`: telling the reader's peers held back "yet", with the wish to keep it so, or exposure
  «por ahora» spared (two writers, 1 earlier blind miss); a safety record kept and privacy promised pass.
- TON109 `really-necessary-question`: the reader's past act asked as needless (three writers, 2 earlier blind
  misses); a help page's present question passes.
- TON109 `virtue-exclaimed-over-lapse`: a virtue exclaimed over the lapse in the same sentence (two writers); thanks
  for paying early passes.
- TON109 `some-customers-struggle`: the reader's own sum said, with stress, to be a lot of money for them, then the
  time granted; unstressed with a plan offered passes.
- TON112 `still-at-it-question` (with `others-complied` widened to "your neighbours have all ..."): "Still ...ing?"
  beside others who did it or a judgment (two writers); alone it is ad copy and passes.
- TON107 `home-or-work-visit`: the visit said in the present with its day («mañana vamos a su domicilio»); a
  service visit passes (the clue reads collections only).
- TON111 `taking-it-personally`: the reader's absence taken personally by us or our people (four writers, 2 earlier
  blind misses); telling the reader not to take it personally passes.
- False positives: TON101 passes repossessed stock for sale and a court order stated as existing; TON301 reads a
  tú form after «están» as a participle whose h was dropped.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "span"),
    [
        (
            "Your water bill is two months behind. We'd hate for your neighbours to notice the tanker skipping your house.",
            "We'd hate for",
        ),
        (
            "We would hate for your fellow tenants to start asking why the lift key stopped working.",
            "We would hate for",
        ),
    ],
)
def test_the_neighbours_made_to_notice_fires(registry: Registry, body: str, span: str) -> None:
    # round 79: "we'd hate for ..." is TON107's `hate-for` on its own, and TON112 stays silent after it
    spans = finding_texts(registry, "TON107", body=body, locale="en", category="collections")
    assert len(spans) == 1 and spans[0].startswith(span)


def test_the_neighbours_invited_to_see_pass(registry: Registry) -> None:
    body = "The street party is on Saturday: bring your lanterns for your neighbours to see the parade route lit up."
    assert finding_texts(registry, "TON112", body=body, locale="en", category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Your landlord hasn't heard from us about the missed rent yet, and we'd rather keep it that way.",
            "en",
            "collections",
            "yet, and we'd rather keep it that way",
        ),
        (
            "Aún no se lo hemos comentado al resto del equipo, y preferimos que siga así.",
            "es",
            "service",
            "y preferimos que siga así",
        ),
        (
            "No quisiéramos dejarle en evidencia ante la junta, así que de momento solo le escribimos a usted.",
            "es",
            "collections",
            "No quisiéramos dejarle en evidencia",
        ),
    ],
)
def test_exposure_held_back_fires(registry: Registry, body: str, locale: str, category: str, span: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category=category) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Not a single rider has been hurt on our trails yet, and we'd like to keep it that way: wear a helmet.", "en"),
        ("No queremos dejarte en evidencia: las notas de la prueba se envían a cada socio en privado.", "es"),
    ],
)
def test_a_kept_record_and_privacy_promised_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("¿En serio era necesario aparcar la moto sobre el césped del club?", "es", "En serio era necesario"),
        ("¿De verdad hace falta repetirte que la piscina cierra a las nueve?", "es", "De verdad hace falta repetirte"),
        ("Was it really necessary to leave the kayak on the jetty overnight?", "en", "Was it really necessary to"),
    ],
)
def test_the_past_act_asked_as_needless_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("¿De verdad hace falta imprimir la entrada? No: basta con enseñarla en el móvil.", "es"),
        ("Do you really need a car in the city? Try our e-bikes for a week.", "en"),
    ],
)
def test_a_help_page_question_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Qué disciplina la suya, otra vez con la mensualidad del gimnasio vencida.", "es", "Qué disciplina la suya"),
        ("What a memory you have: the third reminder about the locker fee, still unpaid.", "en", "What a memory you have"),
    ],
)
def test_a_virtue_exclaimed_over_the_lapse_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections") == [span]


def test_thanks_for_paying_early_passes(registry: Registry) -> None:
    body = "¡Qué puntualidad la tuya, gracias por adelantarte con la cuota de mayo!"
    assert finding_texts(registry, "TON109", body=body, locale="es", category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Comprendemos de sobra que 45 € sean demasiado para ti, por eso ya te esperamos un mes.",
            "es",
            "Comprendemos de sobra que 45 € sean demasiado para ti",
        ),
        (
            "We completely understand that $75 is a lot of money for you, so we've waited since March.",
            "en",
            "We completely understand that $75 is a lot of money for you",
        ),
    ],
)
def test_the_readers_sum_called_a_lot_for_them_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections") == [span]


def test_a_sum_that_may_be_a_lot_with_a_plan_passes(registry: Registry) -> None:
    body = "Entendemos que 60 € pueden ser mucho dinero para ti: si quieres, lo pagas en tres cuotas."
    assert finding_texts(registry, "TON109", body=body, locale="es", category="collections") == []


@pytest.mark.parametrize(
    ("body", "span"),
    [
        (
            "Most of our regulars have already switched to the annual pass. Still paying by the visit?",
            "Most of our regulars have already switched",
        ),
        (
            "Your neighbours on Elm Close have all fitted a water butt this spring. Still watering with the hose?",
            "Your neighbours on Elm Close have all fitted",
        ),
    ],
)
def test_still_at_it_beside_others_who_did_it_fires(registry: Registry, body: str, span: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale="en", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Still looking for a weekend class? Your first lesson is on us.", "en"),
        ("¿Sigues buscando compañero de escalada? Los martes hay grupo abierto.", "es"),
    ],
)
def test_still_at_it_alone_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="marketing") == []


def test_repossessed_stock_for_sale_passes(registry: Registry) -> None:
    body = "Our spring sale of repossessed caravans opens on Friday at the Leeds yard."
    assert finding_texts(registry, "TON101", body=body, locale="en", category="marketing") == []


def test_a_threatened_repossession_still_fires(registry: Registry) -> None:
    body = "Pay the arrears by Monday or we will repossess the caravan."
    assert finding_texts(registry, "TON101", body=body, locale="en", category="collections") == ["repossess"]


def test_a_court_order_stated_as_existing_passes(registry: Registry) -> None:
    body = "Le informamos que hay una orden de cobro judicial a su nombre. Llámenos para acordar un plan."
    assert finding_texts(registry, "TON101", body=body, locale="es", category="collections") == []


def test_a_threatened_court_collection_still_fires(registry: Registry) -> None:
    body = "Si no paga antes del lunes, pasaremos su cuenta a cobro judicial."
    assert finding_texts(registry, "TON101", body=body, locale="es", category="collections") == ["cobro judicial"]


def test_a_participle_missing_its_h_after_estar_is_no_tu_form(registry: Registry) -> None:
    body = "Le informamos que las llaves de su vivienda ya están echas. Puede recogerlas el lunes."
    assert finding_texts(registry, "TON301", body=body, locale="es", category="service") == []


def test_a_tu_verb_beside_usted_still_mixes(registry: Registry) -> None:
    body = "Le informamos que su pedido está listo. Echas un vistazo y nos dices."
    assert finding_texts(registry, "TON301", body=body, locale="es", category="service") != []


def test_a_visit_said_in_the_present_with_its_day_fires(registry: Registry) -> None:
    body = "El jueves pasamos a su casa con el receptor y retiramos los muebles embargables."
    assert finding_texts(registry, "TON107", body=body, locale="es", category="collections") == ["su casa"]


def test_a_service_visit_with_its_day_passes(registry: Registry) -> None:
    body = "Mañana pasamos a revisar el medidor de su casa entre las 9:00 y las 13:00."
    assert finding_texts(registry, "TON107", body=body, locale="es", category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Our bakers kept your favourite loaf aside all month and you never came. They're beginning to take it personally.",
            "en",
            "beginning to take it personally",
        ),
        (
            "Hace dos meses que no pasas por el taller y, la verdad, empezamos a tomarlo como algo personal.",
            "es",
            "empezamos a tomarlo como algo personal",
        ),
    ],
)
def test_an_absence_taken_personally_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON111", body=body, locale=locale, category="marketing") == [span]


def test_told_not_to_take_it_personally_passes(registry: Registry) -> None:
    body = "Don't take it personally if your name isn't drawn: the raffle is random and there's another in May."
    assert finding_texts(registry, "TON111", body=body, locale="en", category="marketing") == []
