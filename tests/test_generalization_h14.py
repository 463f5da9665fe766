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
from conftest import finding_texts, fired_tone_patterns

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


# --- round 14b: LNG102 real-word errors and agreement slips ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        # "a ver" for "haber" after a verb that takes an infinitive.
        ("Óptica Lumen: puede a ver un retraso en la entrega de tus lentes.", "es-CL", True),
        ("Óptica Lumen: tu pedido debería a ver llegado ayer; revisa el seguimiento.", "es-CL", True),
        ("Óptica Lumen: la diferencia se debe a ver aplicado otra tarifa.", "es-CL", False),
        ("Óptica Lumen: vamos a ver un desfile de monturas el sábado.", "es-CL", False),
        # "aya" for "haya" before a participle; the noun after a determiner passes.
        ("Óptica Lumen: te avisamos cuando se ayan cargado tus puntos.", "es-AR", True),
        ("Óptica Lumen: el aya contratada por la familia retira los lentes.", "es-AR", False),
        # A counted plural noun with a singular adjective of state; units of time pass.
        ("Óptica Lumen: tienes tres facturas vencida en tu cuenta.", "es-MX", True),
        ("Óptica Lumen: quedan 4 turnos disponible este sábado.", "es-MX", True),
        ("Óptica Lumen: tu factura lleva dos meses vencida.", "es-MX", False),
        ("Óptica Lumen: tu pedido lleva 3 días pendiente de envío.", "es-MX", False),
        ("Óptica Lumen: tienes 2 cuotas pendientes.", "es-MX", False),
        # Determiner and adjective of different gender; "cada" and place names pass.
        ("Óptica Lumen: nuestro nueva tienda abre el lunes.", "es-ES", True),
        ("Óptica Lumen: visita nuestra nueva tienda; cada nuevo cliente recibe un regalo.", "es-ES", False),
        ("Óptica Lumen: sorteamos un viaje a un nueva york navideño.", "es-ES", False),
        # "you" as a subject with "has/was/does"; "you" as an object passes.
        ("Lumen Optics: you has a new prescription waiting in the app.", "en-GB", True),
        ("Lumen Optics: if you was charged twice, reply HELP.", "en-GB", True),
        ("Lumen Optics: the code we sent you has expired; ask for a new one.", "en-GB", False),
        ("Lumen Optics: the price quoted to you is final.", "en-GB", False),
        # "there" for "their" before a plural noun after a verb of choosing or handling; adverbs and days pass.
        ("Lumen Optics: patients can now update there bookings online.", "en-AU", True),
        ("Lumen Optics: collect there Saturdays from 9am.", "en-AU", False),
        ("Lumen Optics: check there regularly for new frames.", "en-AU", False),
        # "effect" after a modal before a possessive or a pronoun; "effect change" passes.
        ("Lumen Optics: this update won't effect anyone's booking.", "en-US", True),
        ("Lumen Optics: the new board will effect change across our stores.", "en-US", False),
        # A plural noun after "our/your" opening a sentence with a singular verb.
        ("Lumen Optics: your new reward points is ready to use.", "en-US", True),
        ("Lumen Optics: our customer services team is available 24/7.", "en-US", False),
        ("Lumen Optics: your cost of repairs is £40.", "en-GB", False),
        ("Lumen Optics: your order status is now shipped.", "en-GB", False),
    ],
)
def test_h14_confused_words_and_agreement(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms")) is fires


# --- round 14b: tone clues ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule"),
    [
        # Harm to the reader's pet or thing hinted at as a pity (TON107).
        ("Seguros Trébol: sería una lástima que algo le pasara a tu bici sin seguro. Asegúrala en la app.", "es-AR", "marketing", "TON107"),
        ("Trefoil Cover: it'd be a pity if anything bad happened to your scooter while it's uninsured.", "en-GB", "service", "TON107"),
        # The reader's excuses judged; a denial of judging taken back (TON109).
        ("Gimnasio Roca: tus pretextos no pagan la cuota del mes.", "es-CL", "service", "TON109"),
        ("Rock Gym: your excuses won't lift the weights for you.", "en-US", "marketing", "TON109"),
        ("Pollos Doña Ana: no te juzgamos, bah, quizás un poquito. Hoy alitas 2x1.", "es-MX", "marketing", "TON109"),
        ("Wing Shack: no judgment... well, maybe a tiny bit. Wings are half price today.", "en-US", "marketing", "TON109"),
        # Reminded several times; the reader supposed to read it this time (TON109).
        ("Oak Lettings: as we've already reminded you twice, the deposit is still owed.", "en-GB", "collections", "TON109"),
        ("Oak Lettings: we're assuming you'll actually open this one. The deposit is still owed.", "en-GB", "collections", "TON109"),
        ("Arriendos Roble: asumimos que esta vez sí la abrirás. El depósito sigue pendiente.", "es-CL", "collections", "TON109"),
        # Others already did it, the reader not; the reader among the few who didn't; "you don't care" (TON111).
        ("Reciclar Juntos: la mayoría de tus vecinos ya se inscribió al programa; usted aún no.", "es-CO", "marketing", "TON111"),
        ("Green Streets: most of your neighbours have already signed up. You haven't yet.", "en-NZ", "marketing", "TON111"),
        ("Club Faro: la cuota de mayo ya está al día para casi todos. Tú eres de los pocos socios que no.", "es-ES", "collections", "TON111"),
        ("Lighthouse Club: we'd hate to think you don't care about your membership.", "en-GB", "collections", "TON111"),
    ],
)
def test_h14_tone_classes_fire(registry: Registry, body: str, locale: str, category: str, rule: str) -> None:
    assert rule in {r for r, _ in fired_tone_patterns(registry, body, locale, category)}


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Seguros Trébol: sería una pena que te quedaras sin cobertura este invierno. Renueva en la app.", "es-AR", "marketing"),
        ("Trefoil Cover: it would be a shame to miss our summer offer. Renew in the app.", "en-GB", "marketing"),
        ("Gimnasio Roca: sin excusas, tu clase de hoy está lista en la app.", "es-CL", "marketing"),
        ("Rock Gym: no more excuses, your class is ready in the app.", "en-US", "marketing"),
        ("Wing Shack: we're not judging: everyone deserves a treat. Wings are half price today.", "en-US", "marketing"),
        ("Pollos Doña Ana: no juzgamos a nadie, todos merecemos un gusto. Hoy alitas 2x1.", "es-MX", "marketing"),
        ("Reciclar Juntos: muchos vecinos ya se inscribieron. Si tú todavía no, hazlo en la app.", "es-CO", "marketing"),
        ("Green Streets: many members have already renewed. If you haven't yet, renew in the app.", "en-NZ", "marketing"),
        ("Grid North: good news, you're one of the few who didn't lose power last night.", "en-CA", "alert"),
        ("Lighthouse Club: we'd hate for you to miss the summer regatta.", "en-GB", "marketing"),
    ],
)
def test_h14_tone_classes_traps_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert fired_tone_patterns(registry, body, locale, category) == []


# --- round 14b: CMP304 a brand word respelled with look-alike letters ------------------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "fires"),
    [
        ("Kijani Pay: 3% back on bills this week. Join at https://kljani-pay.co.ke/offer. Reply STOP to opt out.", "Kijani Pay", True),
        ("Maple Bank: new savings rates at https://rnaplebank.com/rates. Reply STOP to opt out.", "Maple Bank", True),
        # The brand's own spelling, with or without hyphens or accents, and other words pass.
        ("Kijani Pay: 3% back on bills this week. Join at https://kijani-pay.co.ke/offer. Reply STOP to opt out.", "Kijani Pay", False),
        ("Café Olé: new menu at https://cafe-ole.com/menu. Reply STOP to opt out.", "Café Olé", False),
        ("Maple Bank: new savings rates at https://maplebank.com/rates. Reply STOP to opt out.", "Maple Bank", False),
        ("Mail Hub: new lockers at https://mall-lockers.com. Reply STOP to opt out.", "Mail Hub", False),
    ],
)
def test_a_brand_respelled_with_lookalike_letters(registry: Registry, body: str, brand: str, fires: bool) -> None:
    found = finding_texts(registry, "CMP304", body=body, brand=brand, locale="en-KE", category="marketing", channel="sms")
    assert bool(found) is fires
