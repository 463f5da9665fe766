"""What the blind sets h40 and h41 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: the lemma of an entry of the lemma table ("acreditar" next to "acreditó"; the generated
  inflected-words list now holds the lemmas too); a trade noun in -ero/-era of a known noun in -e ("tanquero");
  word-list entries (laptop, kombucha, brie, chompa; toastie).
- False positive, LNG102: a feminine plural after "y" with a masculine predicate (one subject of both genders).
- False negative, LNG102: "echos" for "hechos"; "haz" for "has" before a participle; a plural subject with a passive
  "se" and a singular modal; "va a ver" before a show; "their for you"; "there" before a noun of people and a verb;
  a numbered plural subject with "was".
"""

from __future__ import annotations

import pytest
from conftest import language_findings

from sendlint.registry import Registry

# --- LNG101: lemmas of the lemma table, -ero nouns of -e nouns, trade words ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # Lemmas the lemma table lists only as the target of its forms.
        ("Mañana vamos a debitar la cuota de tu préstamo de tu cuenta de ahorros.", "es-EC"),
        ("La pagaduría de tu empresa nos informó el cambio de fecha de pago.", "es-CO"),
        ("Este sábado probamos un camembert de leche cruda en la tienda.", "es-MX"),
        # A trade noun in -ero/-era of a known noun in -e.
        ("Los tanqueros pasarán por tu calle de 9:00 a 12:00 con agua potable.", "es-EC"),
        # Word-list entries.
        ("Tu laptop nueva sale hoy del almacén y llega el jueves.", "es-MX"),
        ("Llegó la kombucha de frutos rojos: pídela en la tienda.", "es-CL"),
        ("Tu chompa de lana ya está lista para recoger en la tienda.", "es-PE"),
        ("Your ham and cheese toasties are ready at the counter.", "en-AU"),
    ],
)
def test_real_words_of_a_trade_are_not_misspellings(registry: Registry, body: str, locale: str) -> None:
    assert [found for found in language_findings(registry, body, locale) if found[0] == "LNG101"] == []


@pytest.mark.parametrize(
    ("body", "locale", "typo"),
    [
        # A typo of a lemma is no lemma: "debitarr" stays reported.
        ("Mañana vamos a debitarr la cuota de tu préstamo.", "es-EC", "debitarr"),
        # An -ero word whose stem leaves no known noun in -o, -a or -e stays reported.
        ("Los tanqerros pasarán por tu calle por la mañana.", "es-EC", "tanqerros"),
        # A future without its accent is still a typo, although its stem + "e" is a known verb form.
        ("Mañana comprendera todo el proceso de pago.", "es-MX", "comprendera"),
    ],
)
def test_typos_near_those_words_are_still_reported(
    registry: Registry, body: str, locale: str, typo: str
) -> None:
    assert ("LNG101", typo) in language_findings(registry, body, locale)


# --- LNG102: agreement with a subject of both genders -----------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Tus dos abrigos y las bufandas ya están lavados y planchados.",
        "Los platos y las tazas quedaron limpios después del servicio.",
    ],
)
def test_a_subject_of_both_genders_takes_the_masculine(registry: Registry, body: str) -> None:
    assert [found for found in language_findings(registry, body, "es") if found[0] == "LNG102"] == []


def test_feminine_plural_with_masculine_predicate_opening_a_sentence_is_still_flagged(
    registry: Registry,
) -> None:
    body = "Gracias por tu compra. Las camisas ya están planchados y listas para recoger."
    assert ("LNG102", "planchados") in language_findings(registry, body, "es")


# --- LNG102: new Spanish patterns -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Las mesas echos a la medida de tu cocina ya salieron del taller.", "echos"),
        ("Nuestros quesos echos en casa llegan este viernes a la feria.", "echos"),
        ("Te avisamos que haz olvidado tu paraguas en la sala de espera.", "haz"),
        ("Vimos que ya haz pagado la cuota de este mes, ¡gracias!", "haz"),
        ("Recuerde que las llaves se debe entregar en recepción antes de salir.", "debe"),
        ("Le informamos que los equipos se puede retirar desde el lunes.", "puede"),
        ("El domingo 4 va a ver una función de títeres en la plaza.", "ver"),
    ],
)
def test_spanish_grammar_slips_are_flagged(registry: Registry, body: str, span: str) -> None:
    assert ("LNG102", span) in language_findings(registry, body, "es")


@pytest.mark.parametrize(
    "body",
    [
        "Si extrañas el sabor de casa, te echo una mano con la receta.",
        "Los ecos de la fiesta siguen: gracias por venir.",
        "Haz helado casero con nuestra máquina nueva.",
        "Haz clic en el enlace para confirmar tu turno.",
        "Haz un pedido antes del viernes y recíbelo el lunes.",
        "Los lunes se debe reservar con un día de anticipación.",
        "A los clientes se les debe avisar con tiempo.",
        "En los meses de verano se puede regar dos veces al día.",
        "Las llaves se deben entregar en recepción antes de salir.",
        "Ana va a ver una función de títeres con sus hijos.",
    ],
)
def test_spanish_traps_pass(registry: Registry, body: str) -> None:
    assert [found for found in language_findings(registry, body, "es") if found[0] == "LNG102"] == []


# --- LNG102: new English patterns -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("We will park the spare van their for you until Monday.", "their"),
        ("The plumber called; there crew will arrive at 8am to start.", "there"),
        ("Our records show that your three invoices was paid late.", "was"),
        ("Sorry: the last two deliveries has been delayed by the storm.", "has been"),
    ],
)
def test_english_slips_are_flagged(registry: Registry, body: str, span: str) -> None:
    assert ("LNG102", span) in language_findings(registry, body, "en")


@pytest.mark.parametrize(
    "body",
    [
        "We made their favourite cake for them and kept some there for you.",
        "Is there a team member who can help? There is a driver on the way.",
        "One of your three invoices was paid late.",
        "Your last two invoices were paid on time.",
        "The status was updated this morning.",
    ],
)
def test_english_traps_pass(registry: Registry, body: str) -> None:
    assert [found for found in language_findings(registry, body, "en") if found[0] == "LNG102"] == []
