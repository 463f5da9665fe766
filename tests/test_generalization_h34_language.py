"""What the blind sets h34 and h35 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: a Spanish adjective in -ante/-ente of a known verb ("drenante"); a Spanish noun in -ero/-era of
  a known noun ("hielera"); an English noun in -ing after a Spanish preposition ("en roaming"); a clipped
  word with its period in a field in shorthand ("p/ valid."); word-list entries (pádel, michi, washi, aburi).
- False negative, LNG102: "sí" for a conditional "si"; a plural determiner before a masculine singular noun; a plural
  subject, its "de" complement and a singular verb of state; "valla" after "cuando"; "could of" before a participle in
  -en/-wn; "we/they was"; "their" for "they're" before a verb of intending and "to"; a plural noun, "of" and an amount
  before "is".
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


def _lng101(registry: Registry, body: str, locale: str) -> list[str]:
    return finding_texts(registry, "LNG101", body=body, locale=locale, category="service")


def _lng102(registry: Registry, body: str, locale: str) -> list[str]:
    return finding_texts(registry, "LNG102", body=body, locale=locale, category="service")


# --- LNG101: Spanish derivations --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Prueba la mascarilla purificante y el tónico refrescante de la nueva línea.", []),
        ("Ya llegaron las cafeteras y las paneras de cerámica a la tienda del centro.", []),
        # Traps: an -ecer verb does not make "-cente"; a future without its accent; a plain typo before -ante.
        ("Tenemos talleres para convalecentes los martes.", ["convalecentes"]),
        ("Mañana comenderas con nosotros en el patio.", ["comenderas"]),
        ("Es muy imporatnte que confirmes tu cita.", ["imporatnte"]),
    ],
)
def test_spanish_adjective_in_ante_and_noun_in_ero(registry: Registry, body: str, flagged: list[str]) -> None:
    assert _lng101(registry, body, "es-ES") == flagged


# --- LNG101: English nouns in -ing used in Spanish ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Mira la final por streaming desde la app, sin coste adicional.", []),
        ("Tu oficina de coworking abre a las ocho y la clase de spinning a las nueve.", []),
    ],
)
def test_english_ing_noun_after_a_spanish_determiner(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    assert _lng101(registry, body, "es-ES") == flagged


def test_untranslated_english_ing_word_is_still_reported(registry: Registry) -> None:
    # Trap: an English phrase left untranslated has English words before the -ing word.
    assert "booking" in _lng101(registry, "Tu reserva está lista. Thanks for booking with us.", "es-ES")
    assert _lng101(registry, "Tu reserva está lista, checking pendiente.", "es-ES") == ["checking"]
    # Trap: after a Spanish determiner an English noun stands for a Spanish one (reserva).
    assert _lng101(registry, "El booking de tu hotel ya está listo.", "es-ES") == ["booking"]


# --- LNG101: a clipped word with its period amid shorthand ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Banco Río: PIN 4431 p/ renov. TRX ref QZ-17, vence en 90 s.", []),
        # Traps: the same clipped word in a field with no shorthand around it, and amid shorthand without its period.
        ("Te escribimos para renov. Gracias por elegirnos.", ["renov"]),
        ("Banco Río: PIN 4431 p/ renov TRX ref QZ-17, vence en 90 s.", ["renov"]),
    ],
)
def test_clipped_word_with_period_amid_shorthand(registry: Registry, body: str, flagged: list[str]) -> None:
    assert _lng101(registry, body, "es-VE") == flagged


# --- LNG101: word-list entries ----------------------------------------------------------------------------------------


def test_trade_words_in_the_word_lists(registry: Registry) -> None:
    assert _lng101(registry, "El torneo de pádel empieza el sábado; trae a tu michi al café.", "es-ES") == []
    assert _lng101(registry, "New washi rolls and an aburi platter are in this week.", "en-SG") == []


# --- LNG102: Spanish ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Tu factura vence el lunes. Sí necesita un plazo extra, escríbanos por la app.", ["Sí"]),
        ("Gracias por tu compra. Sí quieres cambiar la talla, puedes hacerlo en tienda.", ["Sí"]),
        # Traps: the conditional written right; the answer "sí" with its comma; an emphatic "sí" and no request after.
        ("Tu factura vence el lunes. Si necesita un plazo extra, escríbanos por la app.", []),
        ("¿Incluye envío? Sí, tiene envío gratis a todo el país.", []),
        ("Sí tiene cobertura en Lima, y además en Cusco.", []),
    ],
)
def test_yes_for_conditional_si(registry: Registry, body: str, flagged: list[str]) -> None:
    assert _lng102(registry, body, "es-PE") == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Ya puedes revisar tus pedido desde la app.", ["pedido"]),
        ("Los cupones de otoño ya está disponible en la web.", ["está"]),
        ("Mis zapatos de cuero todavía queda en el taller.", ["queda"]),
        ("Llámanos cuando valla la repartidora a tu casa.", ["valla"]),
        # Traps: plural agreement written right; a singular head with a plural complement; the fence with its article.
        ("Ya puedes revisar tus pedidos desde la app.", []),
        ("Los cupones de otoño ya están disponibles en la web.", []),
        ("La lista de regalos ya está disponible.", []),
        ("Te avisamos cuando la valla esté pintada.", []),
    ],
)
def test_spanish_agreement_and_valla(registry: Registry, body: str, flagged: list[str]) -> None:
    assert _lng102(registry, body, "es-AR") == flagged


# --- LNG102: English --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("You might of eaten already, but dinner is on us tonight.", ["of"]),
        ("They was unable to reach you at the number on file.", ["was"]),
        ("The crew is on site. Their planning to finish the roof by Friday.", ["Their"]),
        ("Please note your instalments of $75 is due on the 3rd.", ["is"]),
        # Traps: "of course" after a modal; "were"; a possessive before a noun in -ing; a singular head in -us.
        ("We could of course move the date if you prefer.", []),
        ("They were unable to reach you at the number on file.", []),
        ("Their planning meeting moved to Thursday.", []),
        ("Your bonus of $75 is now in your account.", []),
    ],
)
def test_english_agreement_and_modal_of(registry: Registry, body: str, flagged: list[str]) -> None:
    assert _lng102(registry, body, "en-GB") == flagged
