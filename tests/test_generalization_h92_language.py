"""What the blind sets h92 and h93 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, LNG102 (es): "a" for "ha" after any noun with a possessive or an article; "as" for "has" before a
  participle; "esta" before a superlative in -ísimo; "hay" for "ahí" before a verb of "estar", "tener" or "ir".
- False negative, LNG102 (en): "its" before an adjective of praise ending its clause; "it's" after a verb of following
  a thing's course; a plural with an apostrophe after a word of quantity; "Congratulation on"; "you done" + object.
- False positive, LNG102 (en): a superlative head ("the most popular were", "the best were") takes a plural verb.
- False positive, LNG101 (es): the learned prefix "aero" before a known word.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)
_reported = partial(flagged_texts, channel="sms")


# --- LNG102 (es): a/ha after a subject, as/has, esta/está, hay/ahí -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Liga Ajedrez Sur: tu adversaria a movido su alfil y te toca.", "es-AR", "a"),
        ("Vivero Norte: el jardinero a podado los rosales del patio.", "es-MX", "a"),
        ("Taller Telar: si ya lo as tejido, mándanos una foto.", "es-ES", "as"),
        ("Coro Norte: qué concierto, as cantado de maravilla.", "es-CL", "as"),
        ("Cafetería Lumbre: probá el nuevo tostado, esta riquísimo.", "es-UY", "esta"),
        ("Heladería Polo: el sabor de temporada esta carísimos hoy.", "es-CO", "esta"),
        ("Óptica Lince: si tienes preguntas, hay estaremos el sábado.", "es-PE", "hay"),
        ("Ferretería Roble: tu taladro llegó; hay tienes el comprobante.", "es-MX", "hay"),
    ],
)
def test_spanish_real_word_errors_are_found(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG102")


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        # A noun in -ado/-ido after the preposition ("pasar a estado", "huele a quemado") and a capitalised name.
        ("Banco Ceibo: tu solicitud pasa a estado aprobado mañana.", "es-AR", "a"),
        ("Parrilla Brasa: el patio huele a quemado por la leña; abrimos igual.", "es-UY", "a"),
        ("Museo Norte: la excursión a Prado sale a las 9.", "es-ES", "a"),
        ("Tostadores Alba: el aroma a tostado llena la tienda los lunes.", "es-CO", "a"),
        # The noun "as" takes its article.
        ("Club Naipe: el as ganado en la última mano vale doble.", "es-AR", "as"),
        # The demonstrative before a feminine superlative and its noun.
        ("Pastelería Miel: esta riquísima torta sale a las 5.", "es-CL", "esta"),
        # "hay" before a noun, and before "va"/"van" (a minivan).
        ("Transportes Cima: hay van disponibles para el paseo del sábado.", "es-MX", "hay"),
        ("Óptica Lince: hay estantes nuevos en la tienda.", "es-PE", "hay"),
    ],
)
def test_spanish_near_misses_stay_quiet(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word not in _found(registry, body, locale, "LNG102")


# --- LNG102 (en): its/it's, a stray apostrophe, congratulation, you done ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Pottery Barn Lane: try the new glaze, its gorgeous!", "en-GB", "its"),
        ("Hearth Radio: the new episode is up, its stunning.", "en-AU", "its"),
        ("Kite Co: follow it's journey on our map.", "en-US", "it's"),
        ("Seed Bank: monitor it's growth in the app.", "en-CA", "it's"),
        ("Gym North: members get free towel's and lockers.", "en-IE", "towel's"),
        ("Ferry Co: book now for 3 crossing's.", "en-GB", "crossing's"),
        ("Quiz Night: Congratulation on the win! Your prize is at the bar.", "en-NZ", "Congratulation"),
        ("Chess Hub: what a season, you seen a lot of openings this year.", "en-US", "seen"),
    ],
)
def test_english_real_word_errors_are_found(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG102")


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Pottery Barn Lane: the mould cost a fortune, and its handful of spares is gone.", "en-GB", "its"),
        ("Kite Co: follow its journey on our map.", "en-US", "it's"),
        ("Seed Bank: you'll see it's growing fast.", "en-CA", "it's"),
        ("Gym North: all members' lockers are free; no one's left out.", "en-IE", "one's"),
        ("Quiz Night: a card of congratulation is on the bar.", "en-NZ", "congratulation"),
        ("Chess Hub: have you seen a lot of openings this year?", "en-US", "seen"),
        ("Chess Hub: are you done? The board is free.", "en-US", "done"),
    ],
)
def test_english_near_misses_stay_quiet(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word not in _found(registry, body, locale, "LNG102")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Bakery Row: the best were gone by noon, and the rest were sold at four.", "en-GB"),
        ("Book Club: the most borrowed were thrillers this spring.", "en-US"),
        ("Film Club: the least watched were screened again in May.", "en-AU"),
    ],
)
def test_a_superlative_head_takes_were(registry: Registry, body: str, locale: str) -> None:
    assert "were" not in _found(registry, body, locale, "LNG102")


@pytest.mark.parametrize(
    "body",
    ["Bakery Row: the cake were ready at noon.", "Bakery Row: your last tray were gone by noon."],
)
def test_a_singular_head_before_were_is_still_found(registry: Registry, body: str) -> None:
    assert "were" in _found(registry, body, "en-GB", "LNG102")


# --- LNG101 (es): the prefix "aero" ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Clima Sur: revisamos tu equipo aerotérmico el jueves.", "aerotérmico"),
        ("Vuelo Libre: el curso de aeronavegación empieza en mayo.", "aeronavegación"),
    ],
)
def test_aero_compounds_pass(registry: Registry, body: str, word: str) -> None:
    assert word not in _reported(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A missing accent after the prefix is still the known word misspelled; a typo in the rest is a typo.
        ("Vuelo Libre: tu aerolinea confirmó el horario.", "aerolinea"),
        ("Clima Sur: revisamos tu equipo aerotérnico el jueves.", "aerotérnico"),
    ],
)
def test_typos_after_aero_are_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _reported(registry, body, "es-ES", "LNG101")


# --- LNG101: a dropped accent is no derivation (the lead's, round 62; h93-es-047 "credito") ----------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Banco Sur: tu credito de consumo ya está aprobado.", "credito"),
        ("Caja Norte: el limite de tu credito sube el lunes.", "credito"),
    ],
)
def test_a_word_one_accent_from_a_known_word_is_reported_even_when_it_looks_derived(
    registry: Registry, body: str, word: str
) -> None:
    assert word in _found(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize("body", ["Café Sol: un cafecito y un besito para empezar el lunes.", "Vivero Luz: las macetitas nuevas ya llegaron."])
def test_a_real_diminutive_still_passes(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG101") == []

