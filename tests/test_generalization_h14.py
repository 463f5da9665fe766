"""What the fourteenth blind set (h14) showed over-firing or missing, as classes of message, and CLR106.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it.

- False positive, TON201: codes and unexplained abbreviations in capitals ("HIIT-45", "SYD-MEL", "STD", "PNR")
  are no shouting; words of the language in capitals still are.
- False positive, CLR502: a reference number after the code's letters ("tu póliza AX-20931") and a shouted
  sentence whose slot word is in capitals too ("SU PÓLIZA DE AUTO") are no state codes.
- False positive, CLR301: the app as the imperative's own object ("Abre la app y elige..."); "Turn it on" and
  "Enable it" as English calls to action.
- False positive, CMP103: an office given by its floor in a named tower or building.
- False positive, LNG101: plurals and cultures the dictionary lacks (burós, mochica).
- New rule CLR106 legal-boilerplate: one formula of legal drafting fires; one connector of plain language
  ("in accordance with", "en virtud de") does not; an e-mail's terms-and-conditions footer is not read.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- tone: codes in capitals are not shouting --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Ride booked: SPIN-30 / ZN3 / BPM 120. Bring SPD shoes. Check in T-15.", "en-GB", False),
        ("Tren AVE 2231 MAD-BCN: nuevo ETD 09:40, cierre de acceso ETD-20. Detalle en la app.", "es-ES", False),
        ("Flight QF 21 PER-ADL: new ETD 07:10, gate closes ETD-30. Details in the app.", "en-AU", False),
        # Words of the language in capitals still shout.
        ("Taller Ruiz: SU COCHE SIGUE SIN RECOGER. Pase hoy.", "es-ES", True),
        ("Ruiz Garage: YOUR CAR IS STILL WAITING. Collect it today.", "en-GB", True),
    ],
)
def test_codes_in_capitals_are_not_shouting(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "TON201", body=body, locale=locale, category="transactional", channel="push")) is fires


# --- clarity: CLR502 over-firing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Seguros Brisa: tu póliza HG-55810 quedó activa desde hoy.", "es-MX", False),
        ("Brisa Cover: your policy starts today under plan KT-7731.", "en-GB", False),
        ("Seguros Brisa: AVISO FINAL SOBRE SU PÓLIZA DE HOGAR. Pague hoy.", "es-CO", False),
        # A code in the slot is still one.
        ("Seguros Brisa: su póliza quedó en estado PRX-A. Le avisamos cuando avance.", "es-MX", True),
        ("Brisa Cover: your claim is now at stage QTR-B. We'll be in touch.", "en-GB", True),
    ],
)
def test_reference_numbers_and_shouted_slots_are_not_status_codes(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR502", body=body, locale=locale, category="service", channel="sms")) is fires


# --- clarity: CLR301 calls to action ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Pizzería Nápoles: postre gratis con tu pizza familiar este sábado. Abre la app y arma tu pedido. Responde BAJA para salir.", "es-CL", False),
        ("Lumo Music: lossless audio is now included in your plan. Turn it on in Settings > Sound. Reply STOP to opt out.", "en-US", False),
        ("Lumo Music: offline mode is free this month. Enable it in the app under Library. Reply STOP to opt out.", "en-CA", False),
        # News with no action still fires; "la tienda abre" is not an imperative.
        ("Pizzería Nápoles: la nueva sucursal abre el lunes con horno de leña. Responde BAJA para salir.", "es-CL", True),
        ("Lumo Music: lossless audio is now part of every plan. Reply STOP to opt out.", "en-US", True),
    ],
)
def test_opening_the_app_and_turning_a_feature_on_are_calls_to_action(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR301", body=body, locale=locale, category="marketing", channel="sms")) is fires


# --- compliance: CMP103 postal address on a floor of a named building ---------------------------------------


@pytest.mark.parametrize(
    ("footer", "locale", "fires"),
    [
        ("Viajes Ceiba · Edificio Los Próceres, piso 4, San Salvador, El Salvador", "es-SV", False),
        ("Ceiba Travel · Level 12, Harbourfront Centre, Singapore", "en-SG", False),
        ("Ceiba Travel · 21st Floor, Marina Tower, Lagos, Nigeria", "en-NG", False),
        # A building named without its floor, or a city alone, is no address.
        ("Viajes Ceiba · San Salvador, El Salvador", "es-SV", True),
        ("Ceiba Travel · Marina Tower, Lagos", "en-NG", True),
    ],
)
def test_a_floor_of_a_named_building_is_a_postal_address(registry: Registry, footer: str, locale: str, fires: bool) -> None:
    unsubscribe = "Baja: https://ceiba.travel/baja" if locale.startswith("es") else "Unsubscribe: https://ceiba.travel/unsubscribe"
    body = f"Hola / Hi,\n\nNuevas rutas / New routes: https://ceiba.travel/rutas\n\n{footer}\n{unsubscribe}"
    found = finding_texts(registry, "CMP103", body=body, locale=locale, category="marketing", channel="email", subject="Rutas")
    assert bool(found) is fires


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Financiera Roble: evita que tu deuda llegue a los burós de crédito. Paga en la app.", False),
        ("Museo del Valle: nueva sala de cerámica chimú y textiles chavín.", False),
        ("Financiera Roble: evita que tu deuda llegue a los burós de crédito. Paga en la app y evita la moraa.", True),
    ],
)
def test_h14_spanish_words_the_dictionary_lacks(registry: Registry, body: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG101", body=body, locale="es-PE", category="service", channel="sms")) is fires


# --- CLR106 legal-boilerplate -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Hola, Luis. De conformidad con lo dispuesto en tu contrato, el cambio de titular se hará tras la firma.", "es-AR", True),
        ("Hola, Luis. El alta del seguro queda supeditada a la revisión médica.", "es-CO", True),
        ("Hola, Luis: en virtud de la cláusula 4, y conforme a la póliza, la cobertura empieza el lunes.", "es-MX", True),
        ("Hi Nora, the tenant (hereinafter the occupant) must leave the keys at the office.", "en-GB", True),
        ("Hi Nora, notwithstanding your request, the gym membership renews on 1 June.", "en-IE", True),
        ("Hi Nora, your refund is in accordance with our policy and will reach you in due course.", "en-AU", True),
        # One connector of plain language in a plain message passes; "de acuerdo con" is agreement too.
        ("Hola, Luis. El precio sube en virtud de la nueva tasa municipal: son 300 pesos más.", "es-AR", False),
        ("Hola, Luis. Si no estás de acuerdo con el cambio, escríbenos y lo vemos.", "es-CO", False),
        ("Hola, Luis. Por medio de la presente le recordamos su cita del martes.", "es-MX", False),
        ("Hi Nora, your parking fee was set in accordance with the new city rates.", "en-US", False),
        ("Hi Nora, thanks for your visit. Here is your receipt.", "en-GB", False),
    ],
)
def test_legal_boilerplate(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR106", body=body, locale=locale, category="service", channel="whatsapp")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "channel", "fires"),
    [
        # The terms-and-conditions footer of an e-mail is legal text by design.
        ("Hola, Luis:\n\nTu reserva del hotel está confirmada.\n\nTérminos y condiciones: conforme a lo estipulado en la política de cancelación, el cargo no es reembolsable.", "es-ES", "email", False),
        ("Hi Nora,\n\nYour locker booking is confirmed.\n\n*Terms apply. The locker hire is subject to the conditions herein.", "en-GB", "email", False),
        # The same formula in the body, or in a WhatsApp message (no footer there), fires.
        ("Hola, Luis:\n\nConforme a lo estipulado en la política de cancelación, el cargo no es reembolsable.", "es-ES", "email", True),
        ("Hi Nora,\n\nYour locker booking is confirmed.\n\n*Terms apply. The locker hire is subject to the conditions herein.", "en-GB", "whatsapp", True),
    ],
)
def test_legal_boilerplate_skips_an_email_terms_footer(registry: Registry, body: str, locale: str, channel: str, fires: bool) -> None:
    subject = "Reserva" if channel == "email" else None
    found = finding_texts(registry, "CLR106", body=body, locale=locale, category="transactional", channel=channel, subject=subject)
    assert bool(found) is fires
