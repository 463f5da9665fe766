"""What the blind sets h88 and h89 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (es): "hipo" before a known word, the counterpart of "hiper" in clinical words.
- False positive, LNG101 (en): a word of Australian English in a New Zealand message (no New Zealand dictionary: the
  Australian one is asked).
- False negative, LNG102 (es): a singular "está"/"queda" right before a plural predicative; "a/hasta/desde que hora"
  without the interrogative accent.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)
_reported = partial(flagged_texts, channel="sms")  # at any severity: a long typo with no near word is reported at info


# --- LNG101 (es): "hipo" + a known word -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Neumología Sur: el estudio descartó hipoventilación nocturna; te esperamos el jueves.", "hipoventilación"),
        ("Nutrición Vital: esta semana sumamos recetas hipocalóricas al plan de tu hija.", "hipocalóricas"),
    ],
)
def test_spanish_hipo_compounds_pass(registry: Registry, body: str, word: str) -> None:
    assert word not in _found(registry, body, "es-AR", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # The rest must be a known word with its accent: a typo after the prefix is still a typo.
        ("Neumología Sur: el estudio descartó hipoventilacion nocturna.", "hipoventilacion"),
        ("Neumología Sur: el estudio descartó hipoventilasión nocturna.", "hipoventilasión"),
        ("Inmobiliaria Sur: tu cuota hipotecaira vence el lunes.", "hipotecaira"),
    ],
)
def test_spanish_typos_after_hipo_are_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _reported(registry, body, "es-AR", "LNG101")


# --- LNG101 (en): Australian words in a New Zealand message -----------------------------------------------------------------


def test_australian_words_pass_in_new_zealand_messages(registry: Registry) -> None:
    body = "Kowhai Panel & Paint: your ute is ready this arvo; the chilly bin you left is on the back seat."
    assert _found(registry, body, "en-NZ", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        # A typo is still one in New Zealand.
        ("Kowhai Panel & Paint: your vehical is ready this afternoon.", "en-NZ", "vehical"),
        ("Kowhai Panel & Paint: your utte is ready this afternoon.", "en-NZ", "utte"),
        # The Australian dictionary is asked for Australia and New Zealand only.
        ("Maple Panel & Paint: your ute is ready this afternoon.", "en-US", "ute"),
    ],
)
def test_typos_and_other_regions_are_still_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG101")


# --- LNG102 (es): "está" + plural predicative; "a que hora" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Zapatería Norte: tus botas de cuero marrón nuevas ya está listas para retirar.", "está"),
        ("Salón Sol: las sillas plegables blancas queda reservadas a tu nombre.", "queda"),
        ("Taller Sur: avísanos hasta que hora podemos dejarte la bici.", "que"),
        ("Taller Sur: ¿A que hora te queda bien pasar?", "que"),
    ],
)
def test_spanish_confusions_are_flagged(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-AR", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Zapatería Norte: tu bota está lista; las plantillas están disponibles en la tienda.",
        "Salón Sol: queda pendiente el pago de las dos cuotas; ya está, listos para la fiesta.",
        "Taller Sur: avísanos a qué hora pasás; abrimos una hora antes desde que empezó el horario de verano.",
        "Taller Sur: esperá a que horneemos el pan; falta una hora.",
    ],
)
def test_spanish_near_misses_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-AR", "LNG102") == []
