"""What the twenty-sixth blind set (h26) showed over- and under-firing in clarity, language and compliance, as classes
of message (the tone classes are another helper's).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR403: a call with someone in a place abroad ("la videollamada con la escuela de Tarifa", "our
  Auckland team"), read from corpora/places.tsv (tools/gen_places.py); a zone named as "<place> time" after the time.
- False positive, LNG101: an action noun in -aje of a known -ar verb ("tiraje"); a drug named on an INN stem
  ("meloxicam"); a loanword shared by several languages ("kitesurf": attested-words.txt's foreign margin); a day or
  month name clipped in lower case ("fri"); short words amid shorthand ("pre-evt", "req'd", "inv"); "ok".
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- clarity: CLR403, a call with a place abroad ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Tu videollamada con el equipo de Lisboa es el jueves a las 17:30.", "es-CO", ["17:30"]),
        ("Te llamaremos desde nuestra oficina en Lisboa el lunes a las 11:00.", "es-AR", ["11:00"]),
        ("The team in Lisbon will call you on Monday at 4pm.", "en-US", ["4pm."]),
        ("Your video call with our Auckland team is on Friday at 8am.", "en-IE", ["8am."]),
        # A country's name, though towns elsewhere bear it ("Costa Rica" in Mexico and Brazil).
        ("Nuestra guía en Costa Rica te llamará el viernes a las 8:30.", "es-ES", ["8:30"]),
        # Traps: a place of the reader's own country, or one on the same clock (Montevideo for Buenos Aires); a US
        # state is a place in the US.
        ("Our team in Georgia will call you on Monday at 4pm.", "en-US", []),
        ("Tu videollamada con el equipo de Medellín es el jueves a las 17:30.", "es-CO", []),
        ("Te llamaremos desde nuestra oficina en Montevideo el lunes a las 11:00.", "es-AR", []),
        # Traps: a person, not a place ("con Lola"; "a Ramona" after a verb), and a name many countries share.
        ("Tu videollamada con Lola es el jueves a las 17:30.", "es-CO", []),
        ("Llamaremos a Ramona el jueves a las 17:30.", "es-CO", []),
        ("Tu videollamada con el equipo de Santiago es el jueves a las 17:30.", "es-ES", []),
        # Trap: a shop named after a city, part of a longer capitalised name.
        ("Your video call with Paris Bridal is on Friday at 8am.", "en-GB", []),
        # Trap: a place without a call: a transfer or check-in there is read on its clock.
        ("Your transfer from Lisbon airport is booked for Friday at 8am.", "en-GB", []),
        # Trap: the zone named after the time.
        ("The team in Lisbon will call you on Monday at 4pm Lisbon time.", "en-US", []),
    ],
)
def test_call_with_a_place_abroad_needs_a_zone(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "CLR403", body=body, locale=locale, category="service") == flagged


def test_a_place_abroad_without_a_time_is_not_reported(registry: Registry) -> None:
    body = "Te llamaremos desde nuestra oficina en Lisboa para confirmar tu reserva."
    assert finding_texts(registry, "CLR403", body=body, locale="es-MX", category="service") == []
    assert finding_texts(registry, "CLR402", body=body, locale="es-MX", category="service") == []


# --- language: LNG101 false positives ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # An action noun in -aje of a known -ar verb ("fletar" -> "fletaje"; "tapizar" -> "tapizaje").
        ("El presupuesto incluye el fletaje del camión y el tapizaje de las sillas.", "es-CL", []),
        # Trap: a typo ending in -aje whose stem is no verb stays reported.
        ("Te enviamos el mensage con el horario.", "es-CL", ["mensage"]),
        # A drug named on its INN stem.
        ("Dele a su gato el carprofeno con la comida y siga con el firocoxib.", "es-GT", []),
        ("Give Milo the carprofen twice a day and stop the robenacoxib on Friday.", "en-US", []),
        # Trap: a misspelling that happens to be long stays reported.
        ("Give Milo the medecine twice a day.", "en-GB", ["medecine"]),
    ],
)
def test_derived_and_drug_words_are_not_misspellings(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="service") == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # Shorthand: three shortenings CLR503 or CLR501 counts, and short unknown words among them.
        ("Bkg ref. TX-4410: dep. pre-chk at gate, bags req'd by 0600, pmt adj. on next stmt.", []),
        ("hi pls confirm u r ok 4 tues, thx", []),
        # Traps: a typo in plain prose, and a single abbreviation, do not make shorthand.
        ("Thanks for your order, teh parcel leaves tomorrow.", ["teh"]),
        ("Your pmt is due Monday; teh receipt follows.", ["teh"]),
    ],
)
def test_short_words_amid_shorthand_are_clarity_findings(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale="en-KE", category="service") == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Your slot is on wed or thurs, whichever suits; see you in sept.", []),
        ("All done, ok to collect.", []),
        # Trap: a misspelled day is still reported.
        ("Your slot is on thrusday.", ["thrusday"]),
    ],
)
def test_clipped_calendar_names_in_lower_case(registry: Registry, body: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale="en-ZA", category="service") == flagged


def test_shared_loanword_is_attested_but_english_word_is_not(registry: Registry) -> None:
    # "wakeboard" is about as frequent in French and German as in Spanish: an international loanword. "skincare" is far
    # more frequent in English, the contact language, and stays an English word in a Spanish message.
    assert (
        finding_texts(registry, "LNG101", body="Clases de wakeboard todos los sábados.", locale="es-ES") == []
    )
    assert finding_texts(
        registry, "LNG101", body="Descubre nuestra línea de skincare natural.", locale="es-ES"
    ) == ["skincare"]
