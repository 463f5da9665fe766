"""What the blind sets h118 and h119 showed in the language family, as classes of wording (the tone, clarity and
compliance classes are other helpers'; the other language misses of this pair are left, see the rows).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- LNG102, Spanish: "abra" (of abrir) for "habrá" before a bare noun of what a sender offers ("no abra suministro") and
  after a causal link ("puesto que abra"). Traps: "no abra enlaces", "abra la app", "abra paso", "para que abra".
- LNG102, English: a bare verb after a plain "is/are/was/were" ("is reschedule for"); "lead" after a passive auxiliary
  before "by"; "than" for "then" after a comma or "and"; "whether permitting"; "loved/little ones" before a noun and its
  verb; "there" between a verb of having or taking and one word that ends the clause. Traps: "all you need to do is
  confirm", "on a lead by the gate", "better late than never", "longer, than expected", "weather permitting", "your loved
  ones are welcome", "collect there tomorrow".
- LNG101: a closed compound of a frequent word and a frequent word with two letters swapped is typo-shaped
  ("kneegaurd", a warning), while far trade compounds stay info ("canicross"); in a Spanish line an English unit after a
  number ("30 yd") and a word of a work's title after a mid-sentence capitalised article ("La sonnambula") are info,
  while the same words elsewhere, a typo after such an article ("La factrua") and an accent slip after a number ("fué")
  keep their warning.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts, rule_findings

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- Spanish: "abra" for "habrá" ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Aguas del Sur: el sábado no abra suministro en el barrio Centro por obras.",
        "Gimnasio Roble: el lunes festivo no abra entrenamiento; volvemos el martes.",
        "Colegio Vega: recojan a los niños a las 12:00, puesto que abra obras en la entrada.",
    ],
)
def test_abra_for_the_future_of_haber_flags(registry: Registry, body: str) -> None:
    assert "abra" in _found(registry, body, "es-CO", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Banco Sol: no abra enlaces que le lleguen por SMS; nunca le pediremos su clave.",
        "Banco Sol: abra la app y confirme la operación antes de las 18:00.",
        "Grúas Norte: retire su coche para que abra paso a la grúa a las 7:00.",
        "Tienda Alba: esperamos a que abra la venta general el lunes.",
    ],
)
def test_abra_as_the_imperative_of_open_passes(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "es-CO", "LNG102") == []


# --- English: real words in the wrong place -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Bay Dental: your cleaning is reschedule for Friday 9 May at 10:00.", "reschedule"),
        ("Bay Dental: the refunds were process on Monday and reach you in 3 days.", "process"),
        ("Old Town Walks: all tours are lead by a local historian.", "lead"),
        ("Core Studio: warm up for ten minutes, than stretch on the mat.", "than"),
        ("Keyhouse Lets: pay the deposit and than we'll post the keys.", "than"),
        ("Lakeside Picnic: the concert runs on Sunday at 4 pm, whether permitting.", "whether"),
        ("Cedar Hospice: your loved ones belongings are ready to collect at reception.", "ones"),
        ("Maple School: pupils should keep there badge.", "there"),
        ("Maple School: parents can collect there voucher, then head to the hall.", "there"),
    ],
)
def test_an_english_word_read_wrong_by_its_neighbours_flags(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Bay Dental: all you need to do is confirm by Friday.",
        "Bay Dental: your cleaning is rescheduled for Friday 9 May at 10:00.",
        "Old Town Walks: keep your dog on a lead by the gate. We lead by example.",
        "Core Studio: better late than never. The class ran longer, than expected.",
        "Lakeside Picnic: the concert runs on Sunday at 4 pm, weather permitting. Let us know whether you can come.",
        "Cedar Hospice: your loved ones are welcome. The little ones who are under five go free.",
        "Maple School: you can collect there tomorrow, or bring it there first.",
    ],
)
def test_the_right_words_in_the_same_places_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "en-GB", "LNG102") == []


# --- LNG101: compounds with a swapped pair, units after a number, titles of works -----------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        # A frequent word joined to a frequent word with two letters swapped: typo-shaped though the compound is unknown.
        ("Judo Club: please pack your kneegaurd and a towel.", "en-GB", "kneegaurd"),
        # The same English unit or title word outside its shape keeps its warning.
        ("Club Norte: trae la cuerda yd para el sábado.", "es-MX", "yd"),
        ("Teatro Sur: vuelve sonnambula en mayo.", "es-ES", "sonnambula"),
        # A typo after a capitalised article, and an accent slip after a number, are no title and no unit.
        ("Teatro Sur: revisa La factrua antes del lunes.", "es-ES", "factrua"),
        ("Recargas Ya: tu recarga de RD$200 fué aplicada.", "es-DO", "fué"),
    ],
)
def test_a_typo_shaped_word_keeps_its_warning(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG101")


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Agility Club: our canicross morning starts at 8.", "en-GB", "canicross"),
        ("Club Norte: trae la cuerda de 30 yd para el sábado.", "es-MX", "yd"),
        ("Teatro Sur: este otoño vuelve La sonnambula con su elenco original.", "es-ES", "sonnambula"),
    ],
)
def test_a_far_compound_a_unit_or_a_title_word_is_info(registry: Registry, body: str, locale: str, word: str) -> None:
    assert rule_findings(registry, body, locale, "LNG101") == [(word, "info")]
