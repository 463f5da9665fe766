"""What the blind sets h132 and h133 showed in compliance (round 82; tone, clarity and language are analysed elsewhere),
as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CMP111 (h132): the brand's last word alone as the sender label names the sender when it is a coinage of
  its own and the words before it are ordinary words («Brisamar:» for Bicicletas Brisamar, "Wildhaven:" for Camp
  Wildhaven), the mirror of h80's coined first word. An everyday last word, a descriptor and one of two coinages do not.
- False positive, CMP102 (h132): the wish to get no more messages without the verb «recibir» ("Si no quieres más
  correos: https://...", "Don't want more emails? https://...") is an opt-out instruction, as "si no quieres recibir
  más" already was.
- False negative, CMP304 (h132): «seguros» after a plural payment word is the security adjective agreeing with it
  («marca-pagos-seguros», secure payments), as «seguras» after «reservas» was (h118); a name that carries «seguros»
  keeps it as its own word, and the insurance trade opening a label is no lure.
- False negative, CMP205 (h133): a guaranteed rate of any period or none in a sentence that also says there is no risk
  ("our guaranteed 11% growth plan with zero risk", «un 10 % garantizado y sin ningún riesgo»); a guaranteed discount
  with no risk, and a savings bond's guaranteed rate without the claim of no risk, pass.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- CMP111: the brand's coined last word alone as the sender label -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        ("Brisamar: tu bicicleta ya está reparada; puedes recogerla el jueves por la tarde.", "es-CL", "Bicicletas Brisamar"),
        ("Lunaria: tu sesión de fotos pasa al sábado a las 11.", "es-MX", "Estudio Lunaria"),
        ("Wildhaven: your cabin for the half-term trip is confirmed for Friday.", "en-GB", "Camp Wildhaven"),
        ("Kelpstone: your seaweed boxes ship on Monday morning.", "en-IE", "Harbour Farm Kelpstone"),
    ],
)
def test_the_brands_coined_last_word_names_the_sender(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP111", body=body, locale=locale, channel="sms", category="transactional", brand=brand) == []


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        # an everyday last word names no one business
        ("Norte: tus huevos de campo ya están listos.", "es-CL", "Granja Norte", "N"),
        ("Orchard: your cabin is confirmed for Friday.", "en-GB", "Camp Orchard", "O"),
        # one of two coinages
        ("Fenwyck: your cabin is confirmed for Friday.", "en-GB", "Quarrowby Fenwyck", "F"),
        ("Coralina: tu sesión pasa al sábado.", "es-MX", "Brisamar Coralina", "C"),
        # a descriptor alone
        ("Bicicletas: tu bicicleta ya está reparada.", "es-CL", "Bicicletas Brisamar", "B"),
    ],
)
def test_other_last_word_labels_still_lack_the_sender(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    assert spans(registry, "CMP111", body=body, locale=locale, channel="sms", category="transactional",
                 brand=brand) == [span]


# --- CMP102: the wish for no more messages without the verb of receiving -----------------------------------------------


_SIGNED_ES = " Vivero Altozano, Calle de los Almendros 12, 28004 Madrid."
_SIGNED_EN = " Ferncombe Nursery, 14 Mill Lane, Exeter EX1 2AB."


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola: llegan los rosales trepadores de temporada. Resérvalos en https://altozano.example/rosales."
         + _SIGNED_ES + " ¿No quieres más correos? https://altozano.example/baja", "es-ES"),
        ("Estimado cliente: abrimos el vivero los domingos de mayo. Si no desea más mensajes, entre en"
         " https://altozano.example/preferencias." + _SIGNED_ES, "es-ES"),
        ("Hi there, climbing roses are back in stock. Reserve yours at https://ferncombe.example/roses." + _SIGNED_EN
         + " Don't want more emails? https://ferncombe.example/leave", "en-GB"),
        ("Hello, we now open on Sundays in May." + _SIGNED_EN + " If you do not want any more messages, visit"
         " https://ferncombe.example/preferences", "en-GB"),
    ],
)
def test_the_wish_for_no_more_messages_is_an_opt_out(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP102", body=body, locale=locale, channel="email", category="marketing",
                 subject="Rosales") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # "más" and "more" without the kind of message: a question about the product, no way out
        ("Hola: ¿no quieres más rosales este año? Mira las hortensias en https://altozano.example/hortensias."
         + _SIGNED_ES, "es-ES"),
        ("Hi there, don't want more roses this year? See our hydrangeas at https://ferncombe.example/hydrangeas."
         + _SIGNED_EN, "en-GB"),
    ],
)
def test_the_wish_for_more_of_the_product_is_no_opt_out(registry: Registry, body: str, locale: str) -> None:
    assert len(spans(registry, "CMP102", body=body, locale=locale, channel="email", category="marketing",
                     subject="Rosales")) == 1


# --- CMP304: «seguros» agreeing with a plural payment word --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Mirador Quelital: confirma tu excursión y abona el resto en https://quelital-pagos-seguros.com/excursion",
         "es-PE", "Refugios Mirador Quelital", "https://quelital-pagos-seguros.com/excursion"),
        ("Tejidos Arunta: tu pedido sale hoy. Sigue el paquete en https://arunta-envios-seguros.com/rastreo",
         "es-AR", "Tejidos Arunta", "https://arunta-envios-seguros.com/rastreo"),
        # English writes the adjective without agreement, and was read already
        ("Quelital Lodges: confirm your trip and pay the rest at https://quelital-payments-secure.com/trip",
         "en-GB", "Quelital Lodges", "https://quelital-payments-secure.com/trip"),
    ],
)
def test_seguros_after_a_plural_payment_word_is_a_lure(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand, category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the name carries «seguros»: its own domain
        ("Pagos Seguros: tu comprobante de abril está en https://pagos-seguros.com/comprobantes", "es-MX", "Pagos Seguros"),
        # the brand's own domain, with the payment page as a path
        ("Mirador Quelital: abona el resto en https://quelital.com/pagos-seguros", "es-PE", "Refugios Mirador Quelital"),
        ("Quelital Lodges: pay the rest at https://quelital.com/secure-payments", "en-GB", "Quelital Lodges"),
    ],
)
def test_seguros_as_the_names_own_word_or_a_path_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand, category="transactional") == []


# --- CMP205: a guaranteed rate with no risk -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola {{nombre}}, pasa tus ahorros al plan Cumbrera: un 9 % garantizado cada año y sin ningún riesgo.",
         "es-CO", "9 % garantizado"),
        ("Hola {{nombre}}, te garantizamos un 14 % de crecimiento sin riesgo alguno. Escríbenos por WhatsApp.",
         "es-MX", "garantizamos un 14 % de"),
        ("Hi {{first_name}}, move your pension into our guaranteed 11% growth plan with zero risk.", "en-GB",
         "guaranteed 11% growth"),
        ("Hi {{first_name}}, the Heritage Note: 10% a year guaranteed, totally risk-free.", "en-AU",
         "10% a year guaranteed"),
    ],
)
def test_a_guaranteed_rate_with_no_risk_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, channel="whatsapp", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a discount, not a return
        ("Hola {{nombre}}, un 25 % de descuento garantizado en abrigos y sin riesgo: cambios gratis.", "es-CO"),
        ("Hi {{first_name}}, a guaranteed 25% off every coat, with no risk thanks to free returns.", "en-GB"),
        # a savings bond's guaranteed yearly rate, without the claim of no risk
        ("Hola {{nombre}}, nuestro depósito a dos años ofrece un 3 % garantizado al año.", "es-CO"),
        ("Hi {{first_name}}, our two-year bond offers a guaranteed 3% a year.", "en-GB"),
        # the risk named in another sentence
        ("Hi {{first_name}}, our bond offers a guaranteed 3% a year. No risk of missing out: apply by Friday.", "en-GB"),
    ],
)
def test_a_guaranteed_discount_or_a_plain_rate_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, channel="whatsapp", category="marketing") == []
