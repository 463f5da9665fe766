"""What the blind sets h46 and h47 showed under-firing in clarity (compliance had no miss; tone and language are other
helpers'), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at (and, for CLR503, which abbreviations it counted).

- False negative, CLR503: a clipped word before a semicolon ("por insp. obl.; el ..."); a letter and a bare slash before a
  lower-case word ("p/ retiro", "w/ dips"); a code of one capital and a digit ("C2", "T3") beside a candidate of another
  shape, unless a noun names what it numbers ("terminal T2", "gate C14"). An Irish Eircode ("T12 X5RC") is no code.
- False negative, CLR403: a competition, a ceremony or an open day held online ("online agility contest", "ceremonia de
  graduación en línea", "jornada de puertas abiertas virtual"); a product's free trial is no event.
"""

from __future__ import annotations

import pytest
from conftest import make_message

from sendlint.engine import evaluate
from sendlint.registry import Registry


def findings_of(
    registry: Registry, rule: str, body: str, locale: str, category: str = "service"
) -> list[tuple[str, str]]:
    """(flagged text, message) of each finding of ``rule`` on a WhatsApp message."""
    message = make_message(body=body, locale=locale, category=category, channel="whatsapp")
    return [
        (body[f.start : f.end], f.message) for f in evaluate(message, registry).findings if f.rule == rule
    ]


# --- clarity: CLR503 (false negatives) ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span", "counted"),
    [
        # A clipped word before a semicolon: its period ends no sentence.
        (
            "Club Náutico: muelle sur cerrado por insp. obl.; el PMR sigue operativo.",
            "es-AR",
            "insp.",
            "obl.",
        ),
        (
            "Harbour Gym: pool closed for maint. sched.; the DHW loop is back Monday.",
            "en-AU",
            "maint.",
            "sched.",
        ),
        # A letter and a bare slash before a lower-case word (para, con, with).
        ("Óptica Norte: lentes listos p/ retiro; pago c/ tarjeta en suc. centro.", "es-CL", "p/", "c/"),
        ("Deli Row: platters ready w/ dips; collect at the XKV desk by the ZKB till.", "en-GB", "w/", "w/"),
        # A code of one capital and a digit beside a candidate of another shape.
        (
            "Teleférico Andino: C2 detenida por viento; suben C1 y C3 con esp. prolongada.",
            "es-PE",
            "C2",
            "C3",
        ),
        (
            "Ridgeline Lifts: K3 on hold, ride K1 or K2 from the base per ops. upd. today.",
            "en-CA",
            "K3",
            "K2",
        ),
    ],
)
def test_new_abbreviation_shapes_count(
    registry: Registry, body: str, locale: str, span: str, counted: str
) -> None:
    found = findings_of(registry, "CLR503", body, locale)
    assert [text for text, _ in found] == [span]
    assert counted in found[0][1]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # An everyday abbreviation before a semicolon still passes.
        (
            "Club Náutico: muelle sur cerrado por insp. de rutina; lleven toallas, gorros, etc.; el PMR sigue operativo.",
            "es-AR",
        ),
        # A letter and a slash before a capital (a street) or a number (a currency) is not read.
        ("Óptica Norte: lentes listos en c/ Mayor 12; pago en suc. centro con el XKV.", "es-ES"),
        # One-letter codes after the noun that names them.
        ("Aeropuerto: tu vuelo sale de la terminal T2, puerta B7; el emb. cierra 20 min antes.", "es-MX"),
        (
            "Your flight leaves from terminal T2, gate C14; seat 21A. Take vitamin D3 w/ food on long trips.",
            "en-GB",
        ),
        # One-letter codes alone, with no candidate of another shape.
        ("Teleférico Andino: C2 detenida por viento; suben C1 y C3 con normalidad.", "es-PE"),
        # An Irish Eircode: routing key and identifier.
        (
            "Our clinic moved to Unit 4, Quay Road, Cork T12 X5RC. Parking is free for DPC members with a card.",
            "en-IE",
        ),
    ],
)
def test_abbreviation_traps_pass(registry: Registry, body: str, locale: str) -> None:
    assert findings_of(registry, "CLR503", body, locale) == []


# --- clarity: CLR403 (false negatives) ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Fernbrook Kennel Club: your entry in our online agility contest is confirmed. Your run starts at 14:20 on Sunday.",
            "en-GB",
            "14:20",
        ),
        (
            "Lumen Choir: the online carol competition opens on Saturday at 6 pm; send us your video link.",
            "en-NZ",
            "6 pm",
        ),
        (
            "Academia Lumbre: la ceremonia de graduación en línea empieza el viernes a las 19:00.",
            "es-CO",
            "19:00",
        ),
        (
            "Instituto Arce: la jornada de puertas abiertas virtual será el sábado a las 11:00.",
            "es-UY",
            "11:00",
        ),
    ],
)
def test_a_competition_or_ceremony_held_online_needs_a_zone(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert [text for text, _ in findings_of(registry, "CLR403", body, locale)] == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Your online free trial of Pixelpad ends on Friday at 11:59 pm.", "en-GB"),
        ("Your 30-day trial ends on Friday at 11:59 pm: keep your projects by choosing a plan.", "en-NZ"),
        ("Academia Lumbre: la ceremonia de graduación será en el auditorio el viernes a las 19:00.", "es-CO"),
        ("Estudia la carrera de Derecho en línea: la inscripción cierra el viernes a las 18:00.", "es-CO"),
        ("Lumen Choir: the carol competition in the town hall starts on Saturday at 6 pm.", "en-NZ"),
    ],
)
def test_a_trial_or_an_event_in_a_place_passes(registry: Registry, body: str, locale: str) -> None:
    assert findings_of(registry, "CLR403", body, locale) == []
