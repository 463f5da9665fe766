"""What the blind sets h120 and h121 showed in the language family, as classes of wording (the tone, clarity and
compliance classes are other helpers'; the other language misses of this pair are left, see the rows).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- LNG102, Spanish: a sentence opening with a feminine determiner and a noun in -a, then "fue/ha sido" and a masculine
  participle ("su tarjeta de regalo fue enviado"); "por que" before the "hace" of the weather; "frio", "rio", "lio" with
  no accent after a word only a noun follows. Traps: "el envío de su tarjeta fue enviado" (the head is "envío"), "su
  problema fue resuelto", "se frio el huevo", "Crio Norte" (a name), "porque hace".
- LNG102, English: "there" before a noun and a verb of being or having; "there" before a plural possessive; "its all"
  before a word of a state; a noun with "'s" closing its sentence after a bare word. Traps: "there really is", "there
  is", "its all-new", "at the baker's.", "than last year's.", "someone else's.", "my brother's.".
- LNG101: in a Spanish line an English word right beside a lower-case word of the sender's name ("karaoke battle"
  from Karaoke Nube) is info, while the same words from a sender of another name, or beside the name in capitals, keep
  their warning.
- LNG101: a plural of a word of the sender's name ("Bosque Quishuar: ... entre quishuares", "Vivero Tarumán: ... los
  tarumanes", "Spurtle & Pot: the spurtles") passes, while the same word with a sender of another name, and a typo, keep
  their finding.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts, rule_findings

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- Spanish: a masculine participle after a feminine head noun ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "participle"),
    [
        ("Librería Sauce: su tarjeta de regalo fue enviado a tu correo esta mañana.", "enviado"),
        ("Clínica Mar: la cita del martes ha sido cancelado por el médico.", "cancelado"),
        ("Hola, Ana: tu membresía quedó renovado hasta marzo.", "renovado"),
    ],
)
def test_masculine_participle_after_a_feminine_head_flags(registry: Registry, body: str, participle: str) -> None:
    assert participle in _found(registry, body, "es-MX", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Librería Sauce: su tarjeta de regalo fue enviada a tu correo esta mañana.",
        "Librería Sauce: el envío de su tarjeta fue confirmado esta mañana.",
        "Soporte Nube: su problema de acceso fue resuelto; ya puede entrar.",
        "Clínica Mar: su dentista fue asignado por la recepción.",
    ],
)
def test_agreeing_or_masculine_heads_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "es-MX", "LNG102") == []


# --- Spanish: "por que hace", "frio" ------------------------------------------------------------------------------------


def test_por_que_before_the_hace_of_weather_flags(registry: Registry) -> None:
    body = "Camping Lomas: trae saco de dormir, por que hace bastante viento de noche."
    assert "por que" in _found(registry, body, "es-CL", "LNG102")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Camping Lomas: trae saco de dormir; en la sierra hace frio de noche.", "frio"),
        ("Kayak Sur: la salida por el rio empieza a las 9:00.", "rio"),
        ("Mudanzas Tejo: perdón por el lio con las cajas de ayer.", "lio"),
    ],
)
def test_unaccented_noun_after_a_noun_only_word_flags(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-CL", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Camping Lomas: trae saco de dormir porque hace frío de noche.",
        "Cocina Abierta: el cocinero frio el pescado y lo sirvió con limón.",
        "Spa Helado: reserva tu sesión en Crio Norte desde la app.",
    ],
)
def test_accented_nouns_verbs_and_names_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "es-CL", "LNG102") == []


# --- English: "there" for "their", "its all", a plural with "'s" at a sentence's end -----------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Fern Hall: the kids and there teacher are in room 4 today.", "there"),
        ("Oak Lane Vets: the owners and there puppy have a check-up at 10.", "there"),
        ("Chess Club: write down both players' moves and there rivals' times.", "there"),
        ("Window Co: your blinds are fitted. Its all done.", "Its"),
        ("Bike Hub: spring is tough on flat tyre's. Book a check today.", "tyre's"),
        ("Bike Hub: we now stock twenty helmet's.", "helmet's"),
    ],
)
def test_english_homophones_and_apostrophes_flag(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Fern Hall: there really is room for everyone in hall 4 today.",
        "Fern Hall: is there anything we can bring? There is parking on site.",
        "Car Co: meet its all-new interior at the showroom.",
        "Bread Co: pick up your loaf at the baker's. It's cheaper than last year's.",
        "Lost Property: the blue scarf is someone else's. The red one is my brother's.",
    ],
)
def test_their_homophone_and_possessive_traps_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "en-GB", "LNG102") == []


# --- LNG101: a plural of a word of the sender's name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "brand"),
    [
        ("Bosque Quishuar: paseo guiado entre quishuares y helechos el domingo 3 de octubre.", "Bosque Quishuar"),
        ("Vivero Tarumán: ya llegaron los tarumanes en maceta grande.", "Vivero Tarumán"),
    ],
)
def test_plural_of_a_sender_name_word_passes(registry: Registry, body: str, brand: str) -> None:
    assert flagged_texts(registry, body, "es-PY", "LNG101", channel="sms", brand=brand) == []


def test_plural_of_a_sender_name_word_passes_in_english(registry: Registry) -> None:
    body = "Spurtle & Pot: the spurtles you ordered are ready to collect on Friday."
    assert flagged_texts(registry, body, "en-GB", "LNG101", channel="sms", brand="Spurtle & Pot") == []


@pytest.mark.parametrize(
    ("body", "brand", "word"),
    [
        ("Vivero Sol: paseo guiado entre quishuares y helechos el domingo 3 de octubre.", "Vivero Sol", "quishuares"),
        ("Vivero Sol: tenemos plantitas y macetaes nuevas este domingo.", "Vivero Sol", "macetaes"),
    ],
)
def test_the_word_with_another_sender_or_a_typo_keeps_its_finding(
    registry: Registry, body: str, brand: str, word: str
) -> None:
    assert word in flagged_texts(registry, body, "es-PY", "LNG101", channel="sms", brand=brand)


# --- LNG101: an English word beside a lower-case word of the sender's name, in a Spanish line -------------------------


@pytest.mark.parametrize(
    ("body", "brand", "word"),
    [
        ("Karaoke Nube: el viernes 8 montamos una karaoke battle en la terraza. Entradas en la web.", "Karaoke Nube", "battle"),
        ("Toldos Brisa: le ofrecemos toldos blackout a medida, con instalación incluida.", "Toldos Brisa", "blackout"),
    ],
)
def test_english_word_beside_a_sender_noun_is_info(registry: Registry, body: str, brand: str, word: str) -> None:
    assert word in flagged_texts(registry, body, "es-ES", "LNG101", channel="sms", brand=brand, severities=("info",))
    assert word not in _found(registry, body, "es-ES", "LNG101", brand=brand)


@pytest.mark.parametrize(
    ("body", "brand", "word"),
    [
        ("Bar Nube: el viernes 8 montamos una karaoke battle en la terraza. Entradas en la web.", "Bar Nube", "battle"),
        ("Toldos Brisa: check los nuevos modelos de Toldos Brisa en la web.", "Toldos Brisa", "check"),
    ],
)
def test_english_word_away_from_a_sender_noun_keeps_its_warning(
    registry: Registry, body: str, brand: str, word: str
) -> None:
    assert word in _found(registry, body, "es-ES", "LNG101", brand=brand)
