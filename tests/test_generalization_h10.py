"""What the tenth blind set (h10) showed missing or over-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). About half of h10's tone lines were indirect.
Each class has precision traps next to it: the same vocabulary where it is right must not be reported.

- TON107: the reader's coworkers or office finding out, said as a pity ("sería una pena que tus colegas
  supieran...", "if your workmates found out about this"); the collector's zeal in reporting to the bureau
  ("reportamos puntualmente a las centrales de riesgo", "reports to credit reference bureaus promptly"); the
  legal step as what the reader can still avoid ("todavía estamos a tiempo de resolver esto sin abogados",
  "there's still time to settle this without our solicitors").
- TON108: the reader's leisure blamed for a missed payment ("con tantas salidas...", "all those getaways").
- TON109: "this time" after a missed try ("do try to remember ... this time", "a ver si esta vez te acuerdas").
- TON111: "we thought you actually cared" / "pensábamos que de verdad te importaban" (an intensifier).
- CLR301: "Finish checking out in the app" is a call to action. CLR403: an itinerary "A to B on <date>,
  departing/arriving". CLR502 (new): an internal code given as the state of a case ("en estado PVD").
- LNG102: "está hay" (ahí), "su sita" (cita), "let us no" (know), "at are branch" (our).
- LNG101: clothing loanwords of Latin America (sweaters), Philippine English food words (ube, pandesal).
- CMP501: "Pague en https://..." is a payment request, as "Pay at" is.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- tone ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "span"),
    [
        # Coworkers or the office finding out.
        ("TON107", "Crédito Ágil: sería incómodo que tus colegas supieran de este adeudo. Paga hoy.", "es-MX", "collections", "tus colegas"),
        ("TON107", "Caja Sur: no querrías que tus compañeras de oficina llegaran a saber de esta deuda.", "es-CL", "collections", "tus compañeras de oficina"),
        ("TON107", "Hill Credit: it would be awkward if your workmates found out about this balance.", "en-GB", "collections", "your workmates"),
        ("TON107", "Fair Loans: we'd hate for your coworkers to hear about this overdue amount.", "en-US", "collections", "your coworkers"),
        ("TON107", "Mint Loans: it would be a pity if your office got wind of this arrears.", "en-IN", "collections", "your office"),
        # The collector's zeal in reporting to the bureau.
        ("TON107", "Crédito Sur: te recordamos que reportamos sin falta a las centrales de riesgo. Tu cuota venció ayer.", "es-CO", "collections", "reportamos sin falta a las centrales de riesgo"),
        ("TON107", "Crédito Sur: reportamos a Datacrédito puntualmente. Tu cuota venció ayer.", "es-CO", "collections", "reportamos a Datacrédito puntualmente"),
        ("TON107", "Oak Loans: a reminder that we report every missed payment to the credit bureaus the same day.", "en-US", "collections", "report every missed payment to the credit bureaus the same day"),
        ("TON107", "Acacia Loans: we promptly report all arrears to the credit reference bureaus. Your instalment is late.", "en-KE", "collections", "promptly report all arrears to the credit reference bureaus"),
        # The legal step as what can still be avoided.
        ("TON107", "Crédito Sur: todavía hay tiempo para cerrar el tema antes de llegar al juzgado.", "es-PE", "collections", "antes de llegar al juzgado"),
        ("TON107", "Préstamos Río: aún estamos a tiempo de solucionarlo sin necesidad de abogados.", "es-ES", "collections", "sin necesidad de abogados"),
        ("TON107", "Hill Credit: there's still time to settle this without our solicitors. Pay today.", "en-GB", "collections", "without our solicitors"),
        ("TON107", "Fair Loans: there is still time to fix this before the bailiffs.", "en-AU", "collections", "before the bailiffs"),
        # Leisure blamed for a missed payment.
        ("TON108", "Tienda Sur: imaginamos que con tantos viajes de verano no te alcanzó para la cuota. Paga en la app.", "es-CL", "collections", "imaginamos que con tantos viajes"),
        ("TON108", "Móvil Ya: entre tantas cenas y conciertos se te olvidó la factura. Págala en la app.", "es-ES", "collections", "entre tantas cenas y conciertos se te olvidó"),
        ("TON108", "Birch Phones: we're assuming all those nights out made you forget this month's bill. Pay in the app.", "en-GB", "collections", "we're assuming all those nights out"),
        ("TON108", "Oak Loans: all those shopping sprees must have made you forget your payment. Pay in the app.", "en-US", "collections", "all those shopping sprees must have made you forget"),
        # "This time" after a missed try.
        ("TON109", "Óptica Sur: tus lentes están listos. A ver si esta vez te acuerdas de retirarlos.", "es-CL", "service", "A ver si esta vez te acuerdas"),
        ("TON109", "Taller Pérez: tu coche está listo. Intenta recogerlo esta vez, ya que la última vez no viniste.", "es-ES", "service", "Intenta recogerlo esta vez"),
        ("TON109", "Fern Dry Cleaners: your suit is ready. Hopefully you'll remember this time.", "en-GB", "service", "Hopefully you'll remember this time"),
        ("TON109", "Kiwi Post: your parcel is at the depot. Try and pick it up this time, as you missed the last slot.", "en-NZ", "transactional", "Try and pick it up this time"),
        # "We thought you actually cared".
        ("TON111", "Tienda Flor: tu carrito sigue esperando. Creíamos que realmente te gustaban esas botas.", "es-CO", "marketing", "Creíamos que realmente te gustaban"),
        ("TON111", "Casa Luz: pensábamos que en serio te interesaban estas ofertas.", "es-MX", "marketing", "pensábamos que en serio te interesaban"),
        ("TON111", "Shoe Hub: we thought you really wanted them. Your cart is waiting.", "en-AU", "marketing", "we thought you really wanted them"),
        ("TON111", "Book Nook: we thought you genuinely cared about finishing the series.", "en-US", "marketing", "we thought you genuinely cared"),
    ],
)
def test_indirect_tone_h10_is_reported(registry: Registry, rule: str, body: str, locale: str, category: str, span: str) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category) == [span]


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category"),
    [
        # Coworkers and the office without anyone finding out; the office as where to pay.
        ("TON107", "Crédito Ágil: si tus colegas también tienen crédito con nosotros, pueden pagar en la app.", "es-MX", "collections"),
        ("TON107", "Hill Credit: pay online from your office or home at any time.", "en-GB", "collections"),
        # Reporting as a credit-builder, without zeal; paying promptly.
        ("TON107", "Crédito Sur: reportamos tus pagos a las centrales de riesgo cada mes para que construyas tu historial.", "es-CO", "collections"),
        ("TON107", "Acacia Loans: paying promptly keeps your credit reference bureau record clean.", "en-KE", "collections"),
        # Legal help offered next to "still time"; "sin" governing something else.
        ("TON107", "Crédito Sur: si tienes dudas, nuestros abogados te explican tus derechos; aún estás a tiempo de elegir un plan.", "es-CO", "collections"),
        ("TON107", "Financiera Nopal: todavía estás a tiempo de pagar sin recargos; nuestros abogados no intervienen en tu caso.", "es-MX", "collections"),
        ("TON107", "Hill Credit: there's still time to join our free webinar with a solicitor on debt advice.", "en-GB", "collections"),
        # Leisure outside collections, or without blame.
        ("TON108", "Viajes Sol: con tantas escapadas de verano, te regalamos un 10% en tu próxima reserva.", "es-ES", "marketing"),
        ("TON108", "Oak Travel: with all your trips booked through us, your instalment of $40 is due on 5 May.", "en-US", "collections"),
        # "This time" in an offer; a plain pickup reminder.
        ("TON109", "Óptica Sur: esta vez, llévate dos monturas por el precio de una.", "es-CL", "marketing"),
        ("TON109", "Fern Dry Cleaners: your suit is ready. Pick it up any time this week.", "en-GB", "service"),
        ("TON109", "Kiwi Post: we missed you this time. Your parcel is at the depot until Friday.", "en-NZ", "transactional"),
        # What the shop thought about a product, not the reader.
        ("TON111", "Tienda Flor: pensábamos que las botas llegarían el lunes, pero llegan el martes.", "es-CO", "transactional"),
        ("TON111", "Shoe Hub: we thought you'd like to know your size is back in stock.", "en-AU", "marketing"),
    ],
)
def test_indirect_tone_h10_traps_pass(registry: Registry, rule: str, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category) == []


# --- clarity -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Seguros Sur: tu siniestro quedó en estado RVP. Te escribimos cuando avance.", "es-CL", "RVP"),
        ("Gestoría Norte: tu trámite pasó a etapa DCT-2. Te avisamos.", "es-MX", "DCT-2"),
        ("Banco Plata: tu solicitud está pendiente de una DPR. Te avisamos.", "es-AR", "DPR"),
        ("Fern Energy: your switch is awaiting a DCC. We'll email you.", "en-GB", "DCC"),
        ("Oak Bank: your card dispute is in CHB status.", "en-US", "CHB"),
        ("Kauri Insurance: your claim is now at stage PND-ASM. We'll let you know.", "en-NZ", "PND-ASM"),
    ],
)
def test_unexplained_status_code_is_reported(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "CLR502", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Banco Sol: tu cuenta quedó en estado OK y ya puedes usarla.", "es-MX"),
        ("Banco Sol: tu trámite está en estado ACTIVO.", "es-MX"),
        ("Seguros Sur: tu siniestro está en estado PVD (pendiente de visita del perito).", "es-CL"),
        ("Gestoría Sol: tu trámite está pendiente de tu RFC y tu CURP.", "es-MX"),
        ("Banco Sol: tu estado de cuenta de marzo ya está disponible.", "es-MX"),
        ("Oak Bank: your application is pending ID verification.", "en-US"),
        ("Oak Bank: your order is in PENDING status.", "en-US"),
        ("Sky Air: flight status UA 123 is on time.", "en-US"),
        ("Fern Clinic: your results are at stage 2 of 3.", "en-GB"),
    ],
)
def test_status_code_traps_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CLR502", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Teak Travel: your trip is booked. Delhi to Singapore on Friday 3 May, departing 23:10, arriving 07:20.", "en-IN", "23:10"),
        ("Viajes Ceiba: tu itinerario está listo: Bogotá a Lima el 3 de mayo, salida 08:10 y llegada 11:30.", "es-CO", "08:10"),
        ("Viajes Nopal: tu viaje: Cancún a Madrid el próximo lunes, con salida 18:00 y llegada 10:40.", "es-MX", "18:00"),
    ],
)
def test_itinerary_with_date_is_a_trip(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "CLR403", body=body, locale=locale, category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Iroko Travel: your bus from the Ikeja terminal on 12 May departs at 10:05.", "en-NG"),
        ("Fern Rail: welcome to Leeds! Your connecting bus leaves at 10:05 and arrives at 11:00.", "en-GB"),
    ],
)
def test_itinerary_traps_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CLR403", body=body, locale=locale, category="transactional") == []


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Pine Shoes: your cart is waiting. Finish checking out in the app.", False),
        ("Pine Shoes: your cart is waiting. Complete checking out in the app.", False),
        ("Pine Shoes: your cart is waiting. Finish your order at https://pineshoes.com/cart.", False),
        # "Finish" as a noun opens no object.
        ("Pine Shoes: finish lines are tough; our new running shoes help. Reply STOP to opt out.", True),
    ],
)
def test_finish_is_a_call_to_action(registry: Registry, body: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR301", body=body, locale="en-US", category="marketing", channel="push")) is fires


# --- language ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Taller Andes: tu moto quedó hay. Pasa por ella cuando quieras.", "es-CO", "hay"),
        ("Correo Sur: tu paquete ya está hay en la portería.", "es-AR", "hay"),
        ("Clínica Sol: tu próxima sita es el lunes 3 de mayo.", "es-MX", "sita"),
        ("Dental Sur: puedes reprogramar sitas desde la app.", "es-CL", "sitas"),
        ("Fern Clinic: if you need to cancel, let us no by Friday.", "en-GB", "no"),
        ("Oak Dental: questions? Just let me no.", "en-US", "no"),
        ("Bilby Bank: bring your ID to are nearest branch.", "en-AU", "are"),
    ],
)
def test_real_word_errors_h10_are_reported(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Envíos Cacao: tu paquete ya está ahí, en la sucursal de Coyoacán.", "es-MX"),
        ("Envíos Cacao: si el pago ya está, hay que esperar un día.", "es-MX"),
        ("Clínica Sol: ya no hay citas para el lunes.", "es-MX"),
        ("Inmobiliaria Sol: la finca sita en la calle Mayor ya está a la venta.", "es-ES"),
        ("Fern Clinic: let us no longer keep you waiting: book online.", "en-GB"),
        ("Fern Clinic: there are no fees. Staff at our Westlands branch are happy to help.", "en-GB"),
        ("Oak Dental: the items you are entitled to are listed in the app.", "en-US"),
    ],
)
def test_real_word_traps_h10_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Tejidos Sur: llegaron los sweaters de lana y los joggings de algodón.", "es-AR"),
        ("Moda Andina: poleras y polerones con 20% de descuento.", "es-CL"),
        ("Mango Loop Bakery: fresh ube pandesal and ensaymada every morning.", "en-PH"),
        ("Mango Loop Bakery: try our pancit and lumpia this weekend.", "en-PH"),
    ],
)
def test_h10_words_are_known(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="marketing") == []


def test_misspelled_loanword_is_still_reported(registry: Registry) -> None:
    body = "Tejidos Sur: llegaron los sweatters de lana."
    assert finding_texts(registry, "LNG101", body=body, locale="es-AR", category="marketing") == ["sweatters"]


# --- compliance ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "locale", "span"),
    [
        ("Envíos Rayo: tu paquete está retenido en aduana. Paga ahora en https://rayo-envios-tarifa.com para liberarlo.", "Envíos Rayo", "es-MX", "retenido"),
        ("Correo Andino: su envío fue retenido por dirección incorrecta. Abone en https://correoandino-redireccion.co el reenvío.", "Correo Andino", "es-CO", "retenido"),
    ],
)
def test_pay_at_a_look_alike_link_is_phishing_shape(registry: Registry, body: str, brand: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "CMP501", body=body, brand=brand, locale=locale, category="transactional", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "brand"),
    [
        # The brand's own domain; a payment at the counter with a link to opening hours.
        ("Iberlux: su paquete está retenido en aduana. Pague en https://iberlux.es/aduana.", "Iberlux"),
        ("Iberlux: su paquete llegó a la tienda. Pague en caja al recogerlo. Horario en https://iberlux-tiendas.com.", "Iberlux"),
    ],
)
def test_pay_at_traps_pass(registry: Registry, body: str, brand: str) -> None:
    assert finding_texts(registry, "CMP501", body=body, brand=brand, locale="es-ES", category="transactional", channel="sms") == []
