"""What the blind sets h84 and h85 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (es): a word of seven letters or more that French or Catalan knows, whose Spanish neighbours one
  edit away are all rare words (a learned or trade word spelled another way), unless the neighbour is the word less an
  inflection's final letter.
- False positive, LNG101 (en): a word of open syllables with "l" (Hawaiian, Bantu, Māori shapes), five letters or more.
- False negative, LNG102 (es): "ahí" before "lugar" (room); "haber" after an imperative of coming or going.
- False negative, LNG102 (en): "then" after the other comparatives before a determiner; "their to" + verb after "be";
  "its" before an irregular participle and a preposition; "there next" before a noun that is no time; a sentence-opening
  "your/my/our" + singular noun before the bare form of a verb of wanting or sensing.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- LNG101 (es): a third language's word with rare neighbours only ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # Catalan knows it; "olivino" is the only Spanish word one edit away, and rare.
        ("Joyería Lava: tu colgante de olivina ya está pulido y engastado.", "olivina"),
    ],
)
def test_a_third_language_word_with_only_rare_neighbours_passes(registry: Registry, body: str, word: str) -> None:
    assert word not in _found(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # French or Catalan knows them; a frequent Spanish word one edit away ("aislante"), or the word less its final
        # "-s" ("consumiste"), is the typo's aim.
        ("Vivero Norte: el ailante del patio ya está podado.", "ailante"),
        ("Telefonía Sol: este mes consumistes todo el saldo de tu bono.", "consumistes"),
        # Under seven letters a rare neighbour ("freile") is the alphabet's accident: the word stays reported.
        ("Ebanistería Norte: la mesa de freixe sale del taller el viernes.", "freixe"),
    ],
)
def test_a_third_language_word_near_a_frequent_word_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG101")


# --- LNG101 (en): open syllables with "l" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Reef Weavers: your lauhala mat is dry and ready to ship.", "lauhala"),
        ("Kiln Yard: we fire the lobola pots on Friday.", "lobola"),
    ],
)
def test_an_open_syllable_loanword_with_l_passes(registry: Registry, body: str, word: str) -> None:
    assert word not in _found(registry, body, "en-GB", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A typo keeps a known word one edit away, or a consonant cluster the shape lacks.
        ("Reef Weavers: your parcel is on its way, as promised, via the usual curier.", "curier"),
        ("Reef Weavers: please choose a delivery slot for the tomatos.", "tomatos"),
        # A word of an untranslated sentence has foreign neighbours.
        ("Reef Weavers: e hele malalo o ka hale nui.", "malalo"),
    ],
)
def test_an_english_typo_or_foreign_sentence_is_still_reported(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG101")


# --- LNG102 (es): hay lugar; a ver after a verb of motion -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Teatro Sur: para la función del sábado todavía ahí lugar en la platea alta.", "ahí"),
        ("Vivero Sur: vengan haber las orquídeas que llegaron de Misiones.", "haber"),
        ("Museo del Tren: acercate haber la locomotora restaurada este domingo.", "haber"),
    ],
)
def test_a_spanish_homophone_in_its_context_is_flagged(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-AR", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Teatro Sur: dejá el abrigo ahí, en el lugar de siempre.",
        "Vivero Sur: vamos a haber terminado la poda antes del lunes.",
        "Vivero Sur: puede haber lugar para dos más; vení a ver las orquídeas.",
    ],
)
def test_the_spanish_near_misses_stay_quiet(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-AR", "LNG102") == []


# --- LNG102 (en): than, there, it's, their, agreement ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Harbour Baths: the early sessions are calmer then the evening ones.", "then"),
        ("Piano Movers: please make sure an adult is their to let us in.", "their"),
        ("Loom Co: the new throw is in, and its spun by hand in Harris.", "its"),
        ("Leisure Centre: members will see there next renewal on the May statement.", "there"),
        ("Catflap Co: Your cat need a warm bed this winter.", "need"),
    ],
)
def test_an_english_confusion_in_its_context_is_flagged(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Harbour Baths: swim two lengths, then the coach will time you.",
        "Piano Movers: their to-do list is on the van door.",
        "Loom Co: the throw keeps its spun silk edge after washing.",
        "Leisure Centre: we'll be there next week, and there next to the pool on Friday.",
        "Catflap Co: Your cats need a warm bed. Our team deserve a rest. Your cat and dog need a walk.",
    ],
)
def test_the_english_near_misses_stay_quiet(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []
