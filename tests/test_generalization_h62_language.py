"""What the blind sets h62 and h63 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: a Spanish compound of a verb's third person and a plural noun ("sacacorchos"; measured in
  round 47: no planted typo of the tuning corpora has the shape); a hyphenated compound joining a word of the sender's
  name to a known word ("miso-making" from a brand with "Miso"); the other word of a listed phrase ("de tampico",
  "chile pasilla", "shiro miso"); trade words by field (miso, Mexican dried chillies) and "box" (DLE: a hospital
  cubicle, the Chilean consulting room).
- False negative, LNG102: (es) a plural subject with a relative clause of the reader's order before a singular verb of
  leaving or arriving ("los sellos que compraste ya fue enviado"), causal "por que" after a comma, "ha" for "a" before a
  demonstrative, "hay" for "ahí" before a future or a modal; (en) "everyone/nobody ... are".
"""

from __future__ import annotations

import pytest
from conftest import flagged_texts

from sendlint.registry import Registry

_found = flagged_texts


# --- LNG101: rare correct words -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Vinoteca Sur: con tu caja va de regalo un sacacorchos de camarero.", "es-AR", "sacacorchos"),
        ("Náutica Brea: los cubrecabos de lona que encargaste ya están cosidos.", "es-ES", "cubrecabos"),
        ("Ferretería Olmo: ya llegaron los tapajuntas de aluminio para tu puerta.", "es-MX", "tapajuntas"),
        ("Cepillos Vera: el cepillo de cerdas de tampico para tu parrilla ya salió.", "es-MX", "tampico"),
        ("Molcajete: esta semana el mole lleva chiles pasilla tostados.", "es-MX", "pasilla"),
        ("Clínica Los Andes: su control es el jueves a las 10:15 en el box 4 del segundo piso.", "es-CL", "box"),
        ("Hot Pot Lane: add a tub of aka miso and a bag of guajillo chillies to your order.", "en-US", "miso"),
        ("Hot Pot Lane: add a tub of aka miso and a bag of guajillo chillies to your order.", "en-US", "guajillo"),
        ("Hot Pot Lane: the shiro miso is back on the shelf.", "en-US", "shiro"),
    ],
)
def test_a_correct_trade_word_or_compound_is_not_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word not in _found(registry, body, locale, "LNG101")


def test_a_hyphenated_compound_of_a_brand_word_and_a_known_word_is_not_reported(registry: Registry) -> None:
    body = "Brakkel Row: our brakkel-making evening is back; bring a jar."
    assert "brakkel-making" not in _found(registry, body, "en-GB", "LNG101", brand="Brakkel Row")


@pytest.mark.parametrize(
    ("body", "locale", "word", "brand"),
    [
        # Two words run together, one of them a preposition or a determiner, are no verb + noun compound.
        ("Tienda Sol: hay descuentos paratodos los socios este mes.", "es-ES", "paratodos", None),
        ("Tienda Sol: visitanuestras tiendas del centro este sábado.", "es-ES", "visitanuestras", None),
        # The half of a listed phrase alone is still a finding ("tampoco", "pasillo" are what a typo aims at).
        ("Cepillos Vera: no abrimos el lunes, y el martes tampico.", "es-MX", "tampico", None),
        ("Hotel Mar: tu habitación está al fondo del pasilla.", "es-ES", "pasilla", None),
        ("Hot Pot Lane: the shiro is back on the shelf.", "en-US", "shiro", None),
        # A typo in the known part of a brand compound is still reported.
        ("Brakkel Row: our brakkel-makng evening is back; bring a jar.", "en-GB", "brakkel-makng", "Brakkel Row"),
        # Without the brand, its word is unknown and so is the compound.
        ("Our brakkel-making evening is back; bring a jar.", "en-GB", "brakkel-making", None),
    ],
)
def test_a_misspelling_or_a_phrase_half_is_still_reported(
    registry: Registry, body: str, locale: str, word: str, brand: str | None
) -> None:
    assert word in _found(registry, body, locale, "LNG101", brand=brand)


# --- LNG102: real-word errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Vivero Pino: las macetas que elegiste ya fue enviado a tu dirección.", "es-AR", "fue enviado"),
        ("Librería Sur: los libros que encargaste el lunes ya llegó a la tienda.", "es-MX", "llegó"),
        ("Taller Ruiz: tus zapatos que nos dejaste ya está listo para recoger.", "es-ES", "está listo"),
        ("Vidrios Sol: la entrega se retrasa un día, por que estamos sin camión.", "es-CO", "por que"),
        ("Vidrios Sol: para cambiar la cita, escribe ha esta dirección.", "es-CO", "ha"),
        ("Banca Sol: entra en la aplicación; hay verás el extracto del mes.", "es-PE", "hay"),
        ("Banca Sol: abre el menú de pagos, hay puedes descargar el recibo.", "es-PE", "hay"),
        ("Choir Hall: nobody are expected to bring music; we'll hand it out.", "en-GB", "are"),
        ("Choir Hall: the hall opens at six and everybody are invited to stay for tea.", "en-AU", "are"),
    ],
)
def test_a_real_word_error_is_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG102")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Vivero Pino: las macetas que elegiste ya fueron enviadas a tu dirección.", "es-AR"),
        ("Librería Sur: los libros que encargaste ya llegaron; el pedido que hiciste ayer salió hoy.", "es-MX"),
        ("Librería Sur: los lunes que abrimos, el reparto ya salió a las nueve.", "es-MX"),
        ("Librería Sur: los libros que nos dijiste que ya llegó el otro están apartados.", "es-MX"),
        ("Vidrios Sol: te contamos por qué estamos sin camión: se averió ayer.", "es-CO"),
        ("Vidrios Sol: el técnico ha estado en tu casa y ha dejado el presupuesto.", "es-CO"),
        ("Banca Sol: ahí verás el extracto del mes; hay catamarán los sábados.", "es-PE"),
        ("Banca Sol: hay tres recibos pendientes y hay que pagarlos antes del lunes.", "es-PE"),
        ("Choir Hall: everyone is welcome, and all singers are invited to stay for tea.", "en-GB"),
        ("Choir Hall: hi everyone, are you coming on Friday?", "en-GB"),
        ("Choir Hall: if everyone were to arrive at six we could start on time.", "en-GB"),
    ],
)
def test_the_right_word_in_the_same_context_passes(registry: Registry, body: str, locale: str) -> None:
    assert _found(registry, body, locale, "LNG102") == []
