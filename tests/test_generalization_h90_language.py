"""What the blind sets h90 and h91 showed under- and over-firing in the language family, as classes of wording (the tone,
clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101 (es, en): a known word with its number prefix swapped for another (bi-, tri-, multi-...).
- False positive, LNG101 (es): a rare English word that French or Catalan knows too, an international name of a thing,
  in a Spanish line; frequent English words stay reported.
- False negative, LNG102 (es): "asta" before a number in words; "lo/la a" before a participle; "que" + subject +
  "este" before a state.
- False negative, LNG102 (en): "will of" before a participle; "you're" before a noun's possessive; "all/both" + a
  plural + a singular verb; "will be close" before a day or a span.
- False positive, LNG101 (es, en; the lead's, h88-es-070): a sector's message names several rare words with no known
  word within two edits; each is reported at info, as one alone was since round 43. Two unknown words side by side are
  a sentence of another language and stay warnings.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)
_reported = partial(flagged_texts, channel="sms")  # at any severity: a long typo with no near word is reported at info


# --- LNG101: a number prefix swapped --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Óptica Norte: tus lentes trifocales ya están en la tienda.", "es-MX", "trifocales"),
        ("Laboratorio Sur: la vacuna pentavalente de tu perro toca en mayo.", "es-CL", "pentavalente"),
        ("Vision Hub: your multifocal lenses are ready to collect.", "en-GB", "multifocal"),
        ("Bright Labs: the tetrachromatic lamp you ordered ships on Monday.", "en-US", "tetrachromatic"),
    ],
)
def test_number_prefix_swaps_pass(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word not in _reported(registry, body, locale, "LNG101")


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        # A typo in the rest is still a typo: the swapped word must be known as written.
        ("Óptica Norte: tus lentes trifocalles ya están en la tienda.", "es-MX", "trifocalles"),
        ("Laboratorio Sur: la vacuna pentavalnte de tu perro toca en mayo.", "es-CL", "pentavalnte"),
        ("Vision Hub: your multifocle lenses are ready to collect.", "en-GB", "multifocle"),
        # "poli/poly" are one edit apart and left out: a "y" typed as "i" is a typo.
        ("Bright Labs: your poliester cover ships on Monday.", "en-US", "poliester"),
    ],
)
def test_typos_with_a_number_prefix_are_still_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _reported(registry, body, locale, "LNG101")


# --- LNG101 (es): a rare English word French or Catalan knows ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Taberna Egea: el sábado hay bouzouki en vivo desde las nueve.", "bouzouki"),
        ("Escuela Coral: afinamos el harmonium antes del ensayo del jueves.", "harmonium"),
        ("Tienda Isla: el sarong de lino que pediste ya llegó a la tienda.", "sarong"),
    ],
)
def test_international_words_pass_in_spanish(registry: Registry, body: str, word: str) -> None:
    assert word not in _found(registry, body, "es-ES", "LNG101")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A frequent English word is English left in the copy, whatever French says.
        ("Paseos del Delta: tu weekend en el delta incluye dos paseos en barca.", "weekend"),
        # No third language knows it: reported as before.
        ("Escuela Sonora: la clase de zither empieza el jueves.", "zither"),
        # A typo of a Spanish word is still a typo.
        ("Paseos del Delta: el recorido sale del muelle a las diez.", "recorido"),
    ],
)
def test_english_and_typos_stay_reported_in_spanish(registry: Registry, body: str, word: str) -> None:
    assert word in _reported(registry, body, "es-ES", "LNG101")


# --- LNG102 (es) ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Clínica Veterinaria Sur: el gatito puede dormir asta veinte horas los primeros días.", "asta"),
        ("Ferretería Norte: el descuento sigue asta fin de mes.", "asta"),
        ("Librería Sol: si ya la a recogido, no hace falta que vuelva.", "a"),
        ("Tienda Norte: si ya los a enviado, le reintegramos el importe.", "a"),
        ("Clínica Veterinaria Sur: es normal que su gata este cansada tras la vacuna.", "este"),
        ("Clínica Veterinaria Sur: procure que el cachorro este tranquilo esta noche.", "este"),
        ("Clínica Veterinaria Sur: es habitual que el conejo este nervioso al llegar.", "este"),
    ],
)
def test_spanish_confusions_are_flagged(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Náutica Sur: el asta de la bandera mide doce metros; la cambiamos hasta el viernes.",
        "Librería Sol: la dejamos a cuidado de su vecina; los pedidos a domicilio salen hoy.",
        "Clínica Veterinaria Sur: sabemos que su esposo este sábado no puede; el gato está tranquilo.",
        "Clínica Veterinaria Sur: queremos que el perro esté tranquilo y que este tratamiento le sirva.",
    ],
)
def test_spanish_near_misses_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []


# --- LNG102 (en) ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Harbour Bakery: the driver will of dropped your loaf at the side gate.", "of"),
        ("Harbour Bakery: we'll of baked the rolls by noon.", "of"),
        ("Paws Vet: please keep you're rabbit's hutch warm tonight.", "you're"),
        ("Paws Vet: bring you're puppy's vaccination card.", "you're"),
        ("Hill Tennis Club: all courts has been resurfaced for the spring.", "has"),
        ("Hill Tennis Club: both lanes was booked by 9 am.", "was"),
        ("Town Pool: the pool will be close on Monday for cleaning.", "close"),
        ("Town Pool: the gym may be close until further notice.", "close"),
    ],
)
def test_english_confusions_are_flagged(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Civic Trust: the will of the members decided the vote; the will of many is clear.",
        "Paws Vet: you're everyone's favourite client, and you're Ana's guest on Friday.",
        "Paws Vet: you're today's winner; your rabbit's hutch is warm.",
        "Hill Tennis Club: all courts have been resurfaced; all news is posted online.",
        "Town Pool: the new pool will be close to the station; we will be closed on Monday.",
    ],
)
def test_english_near_misses_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []


# --- LNG101: several far words in one field (the lead's, round 61) -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "words"),
    [
        ("Ultramarinos Sal: llegan el obatzda y el liptauer para la tabla del viernes.", "es-ES", ["obatzda", "liptauer"]),
        ("Horno Norte: esta semana hay kanelbullar y también chokladbollar recién hechos.", "es-CL", ["kanelbullar", "chokladbollar"]),
        ("Fika Bakery: this week we bake kanelbullar, and the chokladbollar are back too.", "en-GB", ["kanelbullar", "chokladbollar"]),
    ],
)
def test_several_far_words_in_a_field_are_each_info(registry: Registry, body: str, locale: str, words: list[str]) -> None:
    assert not set(words) & set(_found(registry, body, locale, "LNG101"))  # not at warning ...
    assert [w for w in _reported(registry, body, locale, "LNG101") if w in words] == words  # ... but still at info


@pytest.mark.parametrize(
    ("body", "locale", "words"),
    [
        ("Horno Norte: esta semana hay kanelbullar chokladbollar recién hechos.", "es-ES", ["kanelbullar", "chokladbollar"]),
        ("Tide Books: Habari yako, karibuni dukani letu leo.", "en-KE", ["dukani", "letu"]),
    ],
)
def test_unknown_words_side_by_side_stay_warnings(registry: Registry, body: str, locale: str, words: list[str]) -> None:
    found = _found(registry, body, locale, "LNG101")
    assert all(word in found for word in words)
