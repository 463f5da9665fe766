"""What the twenty-ninth blind set (h29) showed over- and under-firing in clarity, language and compliance, as classes
of wording (the tone classes are another helper's).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: the Spanish diminutive in -ín ("maletín"-like "cajetín"), "re" before a vowel-initial known
  word of 6+ letters ("reintento"), English -ered adjectives of a known -er noun ("heathered"), "-wise" compounds
  ("waterwise") and closed compounds whose only near suggestions are rare ("paybill": playbill, waybill).
- False positive, CLR301: a call to action left in the other language ("Get your tickets", "Compra tus boletos").
- False negative, CMP111: an unsigned one-time-code SMS.
- False negative, CMP409: a one-time code asked back by reply; a PIN named after its service ("your M-Pesa PIN").
- False negative, CMP304: the sender's name with one letter doubled or a double letter single.
- False negative, CMP203: "sin mirar / checar / chequear tu historial".
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- language: LNG101, Spanish derivations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Deja el paquete en el casetín de la portería, por favor.", []),
        ("Si el pago falla, haremos un reintento automático a las 18:00.", []),
        ("Tu bebé puede usar el cochecito chiquitín que dejaste en recepción.", []),
        ("La ruta de reubicación empieza el lunes.", []),
        # Traps: no accent on -ín, no known base, "re" before a short rest, a plain typo.
        ("Deja el paquete en el casetin de la portería.", ["casetin"]),
        ("Te esperamos en el zorbetín de la plaza.", ["zorbetín"]),
        ("El recerdo de tu visita.", ["recerdo"]),
        ("Haremos un reintetno mañana.", ["reintetno"]),
    ],
)
def test_spanish_diminutive_in_and_re_before_a_vowel(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale="es-ES", category="service") == flagged


# --- language: LNG101, English derivations and compounds -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The new throws come in three heathered greys.", []),
        ("Our timbered barn is open for the harvest supper.", []),
        ("Join our talk on moneywise habits for students.", []),
        ("Top up at any paybill number listed on the receipt.", []),
        # Traps: the -er noun is misspelt, a frequent word is one edit away, a typo that splits.
        ("The new saddles come in three lethered finishes.", ["lethered"]),
        ("Bring your own toothbrsh and a tootbrush case.", ["toothbrsh", "tootbrush"]),
        ("Your new pasword is on its way.", ["pasword"]),
        ("A wellcome pack is waiting.", ["wellcome"]),
    ],
)
def test_english_ered_adjectives_and_closed_compounds(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale="en-GB", category="service") == flagged


# --- clarity: CLR301, a call to action in the other language -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("¡La feria del libro llega al parque este sábado! Reserve your seat today en la web.", "es-MX", []),
        ("The book fair is in the park this Saturday. Reserva tu lugar en la web.", "en-US", []),
        # Traps: no action in either language; a word both languages share is no foreign action.
        ("¡La feria del libro llega al parque este sábado! Great news for readers.", "es-MX", [""]),
        ("The book fair is in the park this Saturday. Gran noticia para los lectores.", "en-US", [""]),
        ("The book fair is in the park this Saturday, a real fiesta con la banda local.", "en-US", [""]),
    ],
)
def test_call_to_action_in_the_other_language(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert (
        finding_texts(registry, "CLR301", body=body, locale=locale, category="marketing", channel="push")
        == flagged
    )


# --- compliance: CMP111, unsigned one-time-code SMS ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Tu clave temporal es 552 118. Caduca en 10 minutos. No la compartas.", "es-AR", ["T"]),
        ("Your sign-in code is 660 314. It expires in 10 minutes. Never share it.", "en-GB", ["Y"]),
        # Traps: the brand named as the sender, or inside the sentence.
        ("Lumbre Bicis: tu clave temporal es 552 118. No la compartas.", "es-AR", []),
        ("Your Lumbre Bicis sign-in code is 660 314. Never share it.", "en-GB", []),
    ],
)
def test_unsigned_one_time_code_sms(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(
        registry, "CMP111", body=body, locale=locale, category="otp", channel="sms", brand="Lumbre Bicis"
    )
    assert texts == flagged


# --- compliance: CMP409, a one-time code asked back ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Para activar tu tarjeta, contéstanos aquí con el código de verificación que te llegó.",
            "es-CO",
            [", contéstanos aquí con el código de verificación"],
        ),
        (
            "To finish the transfer, text us the 4-digit code from your banking app.",
            "en-US",
            [", text us the 4-digit code"],
        ),
        (
            "Account check: send us your Zeta-Wallet PIN by reply.",
            "en-GB",
            [": send us your Zeta-Wallet PIN"],
        ),
        # Traps: a code shown to the courier in person, a warning, a promo code, a booking code.
        ("Muestra el código de 4 dígitos al repartidor cuando llegue.", "es-CO", []),
        ("Share the 4-digit code with your driver at the door.", "en-US", []),
        ("Nunca respondas con el código de verificación: nadie de nosotros lo pide.", "es-CO", []),
        ("Reply with the code AUTUMN15 for 15% off.", "en-US", []),
    ],
)
def test_one_time_code_asked_back(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "CMP409", body=body, locale=locale, category="service") == flagged


# --- compliance: CMP304, one letter doubled or single ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "flagged"),
    [
        (
            "Renew at https://harbourlightt-payments.com today.",
            "Harbourlight Sailing",
            ["https://harbourlightt-payments.com"],
        ),
        ("Renew at https://harborlight.com/renew today.", "Harbourlight Sailing School", []),
        (
            "Renueva en https://colinaverde.com/renovar hoy.",
            "Colina Verdde",
            ["https://colinaverde.com/renovar"],
        ),
        # Traps: the brand's own spelling; a double letter across two words written once; a short name.
        ("Renew at https://harbourlightsailing.com/renew today.", "Harbourlight Sailing", []),
        ("Renueva en https://hotelola.com/renovar hoy.", "Hotel Lola", []),
        ("Reserva en https://cafessol.com hoy.", "Café Sol", []),
    ],
)
def test_brand_with_a_letter_doubled_or_single(
    registry: Registry, body: str, brand: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP304", body=body, locale="en-GB", category="service", channel="email", brand=brand
    )
    assert texts == flagged


# --- compliance: CMP203, lenders' verbs of looking ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Te damos hasta 5.000 pesos hoy, sin chequear tu historial.", ["sin chequear tu historial"]),
        ("Crédito en una hora sin checar buró.", ["sin checar buró"]),
        # Trap: looking at the reader's own history in the app.
        ("Puedes mirar tu historial de viajes en la app.", []),
    ],
)
def test_payday_loan_without_looking_at_the_record(registry: Registry, body: str, flagged: list[str]) -> None:
    assert finding_texts(registry, "CMP203", body=body, locale="es-MX", category="marketing") == flagged
