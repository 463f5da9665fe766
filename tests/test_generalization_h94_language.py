"""What the blind sets h94 and h95 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (es): the diminutive in -ito/-ita of a frequent noun of three letters ("osito" from oso); an
  abbreviation by contraction with its period ("Pte.") in a field already written in shorthand.
- False positive, LNG102 (en): an adjective between "your" and its noun ("your approved rate") is the possessive's.
- False negative, LNG102 (es): "esta" before a gerund; "quedo" after a noun subject; a plural subject before "se" and a
  singular verb; a masculine participle before a feminine object after dejar, mantener or tener.
- False negative, LNG102 (en): "its" before "to"/"too" and a word; "its" before a predicative adjective of state and its
  complement; a plural noun right before "has" or "needs".
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)
_reported = partial(flagged_texts, channel="sms")


# --- LNG101 (es): the diminutive of a frequent noun of three letters -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Juguetería Nube: tu ojito de cristal para el muñeco ya llegó.", "ojito"),
        ("Pollería Brasa: hoy las alitas salen con papas y salsa.", "alitas"),
        ("Frutería Sol: las uvitas de la caja vienen sin semilla.", "uvitas"),
    ],
)
def test_the_diminutive_of_a_three_letter_noun_passes(registry: Registry, body: str, word: str) -> None:
    assert word not in _reported(registry, body, "es-CL", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A dropped accent is the known word misspelled, a determiner is no noun, a rare base is a typo's accident.
        ("Juguetería Nube: el exito de la feria fue tu muñeco.", "exito"),
        ("Juguetería Nube: te guardamos unito de cada color.", "unito"),
        ("Juguetería Nube: el ovito de lana sale mañana.", "ovito"),
    ],
)
def test_words_shaped_like_a_short_diminutive_are_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _reported(registry, body, "es-CL", "LNG101")


# --- LNG101 (es): an abbreviation by contraction in a field written in shorthand --------------------------------------------


def test_a_contraction_with_its_period_passes_in_a_shorthand_field(registry: Registry) -> None:
    body = "Taller Norte: OT 4410 lista. Cte. ATN + ppto. pintura puerta B. Ver en la app."
    assert "Cte" not in _reported(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # Outside shorthand a typo with a period is a typo; in shorthand a letter-swapped word is no contraction.
        ("Taller Norte: tu coche está listo. Grcas.", "Grcas"),
        ("Taller Norte: OT 4410 lista. Xqe. ATN + ppto. pintura puerta B.", "Xqe"),
    ],
)
def test_a_typo_with_a_period_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _reported(registry, body, "es-ES", "LNG101")


# --- LNG102 (en): an adjective between "your" and its noun ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Lakeside Credit: your approved limit rises to £900 on Monday.",
        "Harbour Gym: pick up your welcome pack at the front desk.",
        "Bramble Hall: your invited guests can park at the east gate.",
    ],
)
def test_an_attributive_adjective_after_your_passes(registry: Registry, body: str) -> None:
    assert not _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Lakeside Credit: good news, your approved for the larger limit.",
        "Harbour Gym: your welcome to bring a friend on Friday.",
        "Bramble Hall: your all set.",
    ],
)
def test_your_before_a_complement_is_still_found(registry: Registry, body: str) -> None:
    assert "your" in [word.lower() for word in _found(registry, body, "en-GB", "LNG102")]


# --- LNG102 (es): esta + gerund, quedo, plural passive "se", dejar + participle ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Vivero Sauce: tu bonsái ya esta brotando; pásate a verlo.", "es-ES", "esta"),
        ("Pastelería Miel: el horno esta calentando, tu torta sale a las 5.", "es-MX", "esta"),
        ("Tapicería Roble: el sillón de tu abuela quedo como nuevo.", "es-AR", "quedo"),
        ("Óptica Lince: tu montura ya quedo ajustada; retírala cuando quieras.", "es-CL", "quedo"),
        ("Club Remo: los chalecos se presta en el muelle de 8:00 a 12:00.", "es-UY", "presta"),
        ("Imprenta Sol: tus tarjetas se entrega el jueves en la tienda.", "es-PE", "entrega"),
        ("Hogar Claro: al salir, deja encendido la alarma del garaje.", "es-CO", "encendido"),
        ("Clínica Norte: ten preparada tu tarjeta y ten firmado la autorización.", "es-ES", "firmado"),
    ],
)
def test_spanish_agreement_and_accent_errors_are_found(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG102")


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        # The demonstrative before its noun; the writer's own "quedo" (time nouns, a clitic).
        ("Vivero Sauce: esta temporada traemos bonsáis de olivo.", "es-ES", "esta"),
        ("Tapicería Roble: esta semana quedo libre por las tardes.", "es-AR", "quedo"),
        ("Tapicería Roble: cualquier duda, me quedo atento.", "es-AR", "quedo"),
        # A day or a time noun, a plural after a preposition, a capitalised name.
        ("Club Remo: los domingos se abre a las 9.", "es-UY", "abre"),
        ("Club Remo: en los próximos días se publica el calendario.", "es-UY", "publica"),
        ("Club Remo: el club Los Pinos se presenta el lunes.", "es-UY", "presenta"),
        # "cuidado" is a noun here; a masculine object agrees.
        ("Hogar Claro: ten cuidado la primera vez que la uses.", "es-CO", "cuidado"),
        ("Hogar Claro: deja encendido el router toda la noche.", "es-CO", "encendido"),
    ],
)
def test_spanish_near_misses_stay_quiet(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word not in _found(registry, body, locale, "LNG102")


# --- LNG102 (en): its/it's before to/too and a predicative adjective; a plural before has/needs -----------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Kiln Co: we checked your vase and its too wet to fire yet.", "en-GB", "its"),
        ("Kiln Co: the glaze is mixed and its to thick, so we thinned it.", "en-AU", "its"),
        ("Bike Hub: your wheel is trued and its done by noon.", "en-US", "its"),
        ("Bike Hub: your invoice is sent and its due on Friday 9 July.", "en-GB", "its"),
        ("Bike Hub: the new inner tubes has come in.", "en-GB", "has"),
        ("Orchard Co: we noticed that the apple trees needs pruning.", "en-NZ", "needs"),
    ],
)
def test_english_real_word_errors_are_found(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG102")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A hyphen after "to" (a noun), an attributive adjective.
        ("Kiln Co: the studio and its to-do board are on the wall.", "its"),
        ("Deli Row: the shop and its ready meals open at 8.", "its"),
        # Singular nouns in -s, an adverb ending the subject, a name.
        ("Bike Hub: the series has a new race on Sunday.", "has"),
        ("Bike Hub: the workshop upstairs has a new stand.", "has"),
        ("Bike Hub: the Hendricks has booked a fitting.", "has"),
    ],
)
def test_english_near_misses_stay_quiet(registry: Registry, body: str, word: str) -> None:
    assert word not in _found(registry, body, "en-GB", "LNG102")
