"""What the blind sets h104 and h105 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (es): the masculine singular of an adjective in -és whose other forms are listed ("balinés");
  a privative "des" verb of a known noun ("destoconado", from tocón).
- False negative, LNG102 (es): "esta sin" + an infinitive (está); "tú" after a preposition before its noun (tu); "haz"
  after a question word before a participle (has); a future without its accent after a subject with an adjective or a
  name in apposition ("la doctora nueva, Elena Ruiz, te contactara mañana").
- False negative, LNG102 (en): "a/each/every" + a noun + "who" + a bare verb; "our ... are back" after a greeting;
  "need a brake" (break); "children under 12 goes"; a month name in -s before a noun (April's).
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)
_reported = partial(flagged_texts, channel="sms")


# --- LNG101 (es): forms the lists lack ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Casa Bali: este sábado hay taller de tallado balinés en la sala grande.", "balinés"),
        ("Vivero Sur: el desmusgado del césped del patio termina el jueves.", "desmusgado"),
        ("Forestal Sur: ya terminamos de destoconar la parcela del fondo.", "destoconar"),
    ],
)
def test_an_es_adjective_singular_or_a_privative_verb_passes(registry: Registry, body: str, word: str) -> None:
    assert word not in _reported(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A verb's -esa/-eses forms make no -és adjective, and a dropped letter or a sound-alike swap stays reported.
        ("Casa Bali: el grupo ingrés a la sala a las ocho.", "ingrés"),
        ("Forestal Sur: el descortesado de los alcornoques termina el jueves.", "descortesado"),
        ("Forestal Sur: el desbloquado de la pista termina el jueves.", "desbloquado"),
    ],
)
def test_a_verb_form_or_a_typo_in_a_derivation_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG101")


# --- LNG102 (es): está, tu, has --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Clínica Norte: la cuota de abril esta sin cobrar; puedes pagarla en la web.", "esta"),
        ("Clínica Norte: te escribimos sobre tú cita del lunes; confírmala en la web.", "tú"),
        ("Clínica Norte: mira en la app cuántos puntos haz sumado este año.", "haz"),
        ("Clínica Norte: la doctora nueva, Elena Ruiz, te contactara mañana para la consulta.", "contactara"),
    ],
)
def test_an_es_accent_or_homophone_slip_is_found(registry: Registry, body: str, text: str) -> None:
    assert text in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Clínica Norte: esta sin duda es la mejor época para la revisión.",
        "Clínica Norte: te hablamos de tú a tú, y sin tú saber nada te guiamos.",
        "Clínica Norte: según tú, ¿qué día te va mejor?",
        "Clínica Norte: haz clic en el enlace y dinos qué helado prefieres.",
        "Clínica Norte: si la doctora nueva, Elena Ruiz, te contactara mañana, avísanos.",
    ],
)
def test_es_near_misses_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []


# --- LNG102 (en): agreement, break, possessive months -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Kiln Club: each newcomer is matched with a senior potter who show the wheel basics.", "show"),
        ("Hi {{first_name}}, our open studio are back on Sunday with tea and cake.", "are"),
        ("Kiln Club: the studio is quiet if you need a brake.", "brake"),
        ("Kiln Club: kids under 10 gets a free clay tile.", "gets"),
        ("Kiln Club: thanks for paying for Junes classes.", "Junes"),
    ],
)
def test_an_en_agreement_or_homophone_slip_is_found(registry: Registry, body: str, text: str) -> None:
    assert text in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Kiln Club: each newcomer is matched with a senior potter who shows the wheel basics.",
        "Kiln Club: a couple who live nearby donated the kiln; each of you who want a slot, reply YES.",
        "Kiln Club: a potter who can help is on site on Sunday.",
        "Hi {{first_name}}, our open studios are back on Sunday with tea and cake.",
        "Kiln Club: your van needs a brake check before the fair; take a break if you need one.",
        "Kiln Club: a family pass for 2 adults and 3 kids is £30.",
        "Kiln Club: June's classes are full; book for July now.",
    ],
)
def test_en_near_misses_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []
