"""What the blind sets h52 and h53 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: the vocabulary of trades and hobbies by field (corpora/<lang>/trade-words.txt: stained glass,
  letterpress, perfumery, bagpipes, falconry, bonsai, cider, sailing, mushrooms, pottery); (es) the administrative
  vocabulary of fines, tolls and vehicle offices of each country (corpora/es/wordlist.txt: "comparendo", "televía",
  "verificentro"); (both) a word of a listed Latin or legal phrase, inside its phrase only ("pro rata", "motu proprio");
  a sentence-opening name the other language's dictionary lists capitalised only, before a verb or an apposition.
- False negative, LNG102: (es) a singular auxiliary before a plural participle ("fue limpiadas"); "a" for "ha" after
  "no" or a subject pronoun; "hay mismo" for "ahí mismo"; an -ar future without its accent after the passive "se";
  causal "por que" before a subject and its verb; "esta" before a masculine adjective of state; "vera"/"sera" for the
  futures "verá"/"será". (en) a singular head and a parenthetical before "are"; an apostrophe in a plural before
  "are"; "it's best" after "look"; "can also effect the"; "where" for "were" after a relative or a plural subject.
"""

from __future__ import annotations

import pytest
from conftest import language_findings

from sendlint.registry import Registry


def _rule(registry: Registry, body: str, locale: str, rule: str) -> list[tuple[str, str]]:
    return [found for found in language_findings(registry, body, locale) if found[0] == rule]


# --- LNG101: false positives ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Your leadlight window is cut and leaded; we'll fit it on Tuesday.", "en-NZ"),
        ("Wedding cards ready: debossed monogram on cotton stock, two colours.", "en-US"),
        ("Gift set restocked: a shamama ittar, a kewra mist and bakhoor cones.", "en-IN"),
        ("Saturday workshop: jesses, bewits and the first flight of a tiercel.", "en-GB"),
        ("Repotting day: bring your shohin; we supply akadama and kanuma.", "en-AU"),
        ("Clase de iniciación: el punteiro se presta y las muiñeiras se ensayan en grupo.", "es-ES"),
        ("Curso de bonsái: trabajamos el nebari y un yamadori de pino.", "es-ES"),
        ("Llegaron gírgolas y enoki frescos a la feria del sábado.", "es-AR"),
    ],
)
def test_trade_vocabulary_by_field_passes(registry: Registry, body: str, locale: str) -> None:
    assert _rule(registry, body, locale, "LNG101") == []


@pytest.mark.parametrize(
    ("body", "locale", "typo"),
    [
        # "cames" (lead strips) was left out of the list: one edit from "games" and "cakes".
        ("Your leadlight panel needs new cames before we fit it.", "en-NZ", "cames"),
        ("Wedding cards ready: debossed monogram on cotton stok.", "en-US", "stok"),
        ("Curso de bonsái: trabajamos el nebari y la posisión de las raíces.", "es-ES", "posisión"),
    ],
)
def test_a_typo_beside_trade_words_is_still_reported(registry: Registry, body: str, locale: str, typo: str) -> None:
    assert ("LNG101", typo) in _rule(registry, body, locale, "LNG101")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Secretaría de Movilidad: tiene dos comparendos por estacionar en zona prohibida.", "es-CO"),
        ("Recuerde la revisión tecnomecánica antes del 30 de junio.", "es-CO"),
        ("Activa tu televía en la web y evita recargos en los pórticos.", "es-CL"),
        ("Tu turno en el verificentro es el jueves a las 8:00.", "es-MX"),
        ("El patentamiento de tu moto ya figura en el registro.", "es-AR"),
    ],
)
def test_administrative_vocabulary_of_a_country_passes(registry: Registry, body: str, locale: str) -> None:
    assert _rule(registry, body, locale, "LNG101") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Fees for a partial month are charged pro rata to the day.", "en-GB"),
        ("The same terms apply, mutatis mutandis, to the second account.", "en-ZA"),
        ("Both lenders rank pari passu on the security.", "en-AU"),
        ("La inscripción se hace de motu proprio y el cargo es ad honorem.", "es-AR"),
    ],
)
def test_a_word_of_a_listed_latin_phrase_passes_inside_it(registry: Registry, body: str, locale: str) -> None:
    assert _rule(registry, body, locale, "LNG101") == []


@pytest.mark.parametrize(
    ("body", "typo"),
    [
        ("The rata of your plan changes next month.", "rata"),
        ("Fees are charged pro ratta to the day.", "ratta"),
    ],
)
def test_a_phrase_word_alone_or_a_misspelt_phrase_is_reported(registry: Registry, body: str, typo: str) -> None:
    assert ("LNG101", typo) in _rule(registry, body, "en-GB", "LNG101")


@pytest.mark.parametrize(
    "body",
    [
        "Nola no abre los lunes; te esperamos el martes.",
        "Dolly, la yegua del club, ya tiene potrillo.",
    ],
)
def test_a_name_listed_by_the_other_language_passes_in_a_name_slot(registry: Registry, body: str) -> None:
    assert _rule(registry, body, "es-ES", "LNG101") == []


@pytest.mark.parametrize(
    ("body", "locale", "typo"),
    [
        # An untranslated word is listed in lower case by the other language: not a name.
        ("Sorry no abrimos hoy.", "es-ES", "Sorry"),
        ("Gracias for coming today.", "en-GB", "Gracias"),
    ],
)
def test_an_untranslated_word_opening_a_sentence_is_still_reported(
    registry: Registry, body: str, locale: str, typo: str
) -> None:
    assert ("LNG101", typo) in _rule(registry, body, locale, "LNG101")


# --- LNG102: false negatives ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ("Los marcos de roble fue barnizados ayer.", "fue"),
        ("Tu pedido ya ha sido enviados por mensajería.", "ha sido"),
        ("Si ella no a recibido el correo, escríbanos.", "a"),
        ("Pase por el mostrador y hay mismo le cambiamos la pieza.", "hay"),
        ("Por la huelga, las entregas se atrasaran tres días.", "atrasaran"),
        ("La visita se suspendió por que el técnico está de baja.", "por que"),
        ("No podemos abrir: el local esta lleno.", "esta"),
        ("Desde hoy usted vera el saldo actualizado en la app.", "vera"),
    ],
)
def test_spanish_agreement_and_homophone_slips(registry: Registry, body: str, wrong: str) -> None:
    assert ("LNG102", wrong) in _rule(registry, body, "es-CO", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Los marcos de roble fueron barnizados ayer.",
        "El premio fue helados para toda la clase.",
        "Dijimos no a cerrar el local los domingos.",
        "Hay mismo precio en tienda y en línea.",
        "Si las entregas se atrasaran tres días, te avisaríamos.",
        "Trabajamos por que todos tengan agua.",
        "Esta semana el local abre hasta tarde.",
        "Hay una cafetería a la vera del camino.",
    ],
)
def test_spanish_near_misses_pass(registry: Registry, body: str) -> None:
    assert _rule(registry, body, "es-CO", "LNG102") == []


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ("Reminder: the second payment for your loom (£120) are due on the 3rd.", "are"),
        ("Our pottery taster's are back this spring.", "taster's"),
        ("Oil the blade monthly to keep it looking it's best.", "it's"),
        ("Damp can also effect the glue in older frames.", "effect"),
        ("Sessions which where cancelled will be refunded.", "where"),
    ],
)
def test_english_agreement_and_homophone_slips(registry: Registry, body: str, wrong: str) -> None:
    assert ("LNG102", wrong) in _rule(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Reminder: the second payment for your loom (£120) is due on the 3rd.",
        "The kids (ages 5 to 9) are due at nine.",
        "Tesco's are open late on Fridays.",
        "My tickets are here and my sister's are at the desk.",
        "I think it's best to book early.",
        "We can also effect the transfer today.",
        "At the desk we'll show you where reserved seats are.",
        "We confirm that where needed, repairs are free.",
    ],
)
def test_english_near_misses_pass(registry: Registry, body: str) -> None:
    assert _rule(registry, body, "en-GB", "LNG102") == []
