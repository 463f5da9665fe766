"""What the eleventh blind set (h11) showed missing or over-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Nine of h11's 26 tone lines were indirect.
Each class has precision traps next to it: the same vocabulary where it is right must not be reported.

- False positives: "your fault report" is no blame (TON102); a "/rebajas" link is no opt-out link (CLR301);
  video- compounds, "ref.", "mamás" and "pro-rata" are words (LNG101).
- TON107: a workplace number or relative on file with reluctance to use it; the file on the legal team's pile;
  an agent who will be in the reader's street. TON108: sarcasm about a missed appointment. TON109: "por
  tercera vez" after the verb, a sneer at reading a whole email, a past no-show. TON111: a child left out,
  children left without presents.
- CLR105 (new): stacked negations. CLR502: error codes and product codes.
- LNG102: "ahora tu eliges", plural subject with singular perfect, "your booked in", "weather they", "we advice".
- CMP205: the asset between promise and return, money multiplied in a set time. CMP206 (new): vaping promoted by
  email. CMP403: a long label before an NI number. CMP408 (new): a sign-in code in marketing. CMP501: a link on a
  misspelling of the sender's name with a credential request. CMP702: a prize in any currency, a named draw.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- false positives -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Volta Power: we have logged your fault report for Mill Road. Reference 8812.", []),
        ("Volta Power: your fault ticket 8812 is closed.", []),
        ("Northbank: the missed payment was your fault, so the fee stays.", ["was your fault"]),
        ("Northbank: it's your own fault the card was blocked.", ["your own fault"]),
    ],
)
def test_your_fault_is_blame_only_as_a_predicate(registry: Registry, body: str, fires: list[str]) -> None:
    assert finding_texts(registry, "TON102", body=body, locale="en-GB", category="service") == fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Hola, Marta:\n\nEmpezaron las rebajas de verano.\n\nVer las rebajas: https://casaolmo.es/rebajas\n\nPara darte de baja: https://casaolmo.es/baja", "es-ES", False),
        ("Hi Tom,\n\nOur winter sale is on.\n\nBrowse: https://oakhome.com/rebajas-invierno\n\nUnsubscribe: https://oakhome.com/unsubscribe", "en-GB", False),
        # Only the opt-out link: no call to action.
        ("Hola, Marta:\n\nEmpezaron las rebajas de verano.\n\nPara darte de baja: https://casaolmo.es/darse-de-baja", "es-ES", True),
    ],
)
def test_sales_link_is_not_an_opt_out_link(registry: Registry, body: str, locale: str, fires: bool) -> None:
    found = finding_texts(registry, "CLR301", body=body, locale=locale, category="marketing", channel="email", subject="Rebajas")
    assert bool(found) is fires


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Clínica Sol: tu videoconsulta es el lunes; te enviamos el enlace de la videollamada.", "es-MX"),
        ("Banco Sol: tu transferencia, ref. AB-12, fue recibida.", "es-MX"),
        ("Colegio Sol: las mamás y los papás pueden recoger las notas el lunes.", "es-CL"),
        ("Volta Power: your pro-rata refund will reach you on Friday.", "en-AU"),
    ],
)
def test_h11_words_are_known(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="service") == []


def test_misspelled_video_compound_is_still_reported(registry: Registry) -> None:
    body = "Clínica Sol: te enviamos el enlace de la videollamda."
    assert finding_texts(registry, "LNG101", body=body, locale="es-MX", category="service") == ["videollamda"]


# --- tone ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "span"),
    [
        # A workplace number or a relative on file, with reluctance to use it.
        ("TON107", "Crédito Sur: tenemos el número de tu trabajo registrado y preferiríamos no tener que llamar.", "es-MX", "collections", "número de tu trabajo"),
        ("TON107", "Caja Sur: su hermano figura como referencia en su solicitud; sería una pena tener que contarle.", "es-PE", "collections", "su hermano figura como referencia"),
        ("TON107", "Fair Loans: we have your employer's phone number on file and we'd hate to have to use it.", "en-US", "collections", "your employer's phone number"),
        ("TON107", "Mint Loans: your sister is listed as a reference, and we would rather not have to call her.", "en-IN", "collections", "your sister is listed as a reference"),
        # The file on the legal team's pile or desk.
        ("TON107", "Caja Sur: su expediente ya está en la pila del área legal que revisa los lunes.", "es-ES", "collections", "pila del área legal"),
        ("TON107", "Oak Loans: your account is now in the queue our legal team reviews every week.", "en-GB", "collections", "queue our legal team"),
        # An agent who will be in the reader's street.
        ("TON107", "Crédito Sur: uno de nuestros gestores estará en su barrio el jueves. Los vecinos suelen notar estas visitas.", "es-CL", "collections", "su barrio"),
        ("TON107", "Veld Credit: one of our agents will be in your street this week.", "en-ZA", "collections", "your street"),
        # Sarcasm about a missed appointment.
        ("TON108", "Fibra Sol: el técnico fue a su casa a las 10:00. Seguramente tenía cosas más importantes que hacer.", "es-ES", "service", "Seguramente tenía cosas más importantes"),
        ("TON108", "Fibra Sol: imaginamos que tuviste algo más urgente. Agenda otra visita en la app.", "es-MX", "service", "imaginamos que tuviste algo más urgente"),
        ("TON108", "Wire Co: our engineer called at 10 am. No doubt you had something better to do.", "en-GB", "service", "No doubt you had something better to do"),
        # The count of reminders after the verb; a sneer at reading; a past no-show.
        ("TON109", "Fibra Sol: te recordamos, por segunda vez, que la visita es mañana.", "es-ES", "service", "te recordamos, por segunda vez"),
        ("TON109", "Banco Sol: entendemos que leer un correo entero puede llevar tiempo.", "es-MX", "service", "entendemos que leer un correo entero puede llevar"),
        ("TON109", "Cactus Bank: we understand that reading an entire email can take a while.", "en-US", "service", "we understand that reading an entire email can take"),
        ("TON109", "Clínica Sol: su cita es el jueves. La última vez faltó sin avisar, así que confirme un día antes.", "es-MX", "service", "La última vez faltó sin avisar"),
        ("TON109", "Mesa Clinic: last time you didn't show without letting us know, so please confirm.", "en-US", "service", "last time you didn't show without letting"),
        # A child left out, said as a pity; children without presents.
        ("TON111", "Escuela Sol: casi todos ya se inscribieron. Sería una pena que tu hija se quedara fuera.", "es-MX", "marketing", "Sería una pena que tu hija se quedara fuera"),
        ("TON111", "Swim Club: it'd be a shame for your daughter to be left out of the team photo.", "en-AU", "marketing", "it'd be a shame for your daughter to be left out"),
        ("TON111", "Juguetes Sol: no los dejes sin regalos esta Navidad. Compra en la app.", "es-AR", "marketing", "no los dejes sin regalos"),
        ("TON111", "Toy Box: don't let your kids go without presents this Christmas.", "en-GB", "marketing", "don't let your kids go without presents"),
    ],
)
def test_indirect_tone_h11_is_reported(registry: Registry, rule: str, body: str, locale: str, category: str, span: str) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category) == [span]


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category"),
    [
        # A number to update; a relative as a joint holder; legal advice on Mondays; an agent at the branch.
        ("TON107", "Crédito Sur: actualiza el teléfono de tu oficina en la app.", "es-MX", "collections"),
        ("TON107", "Fair Loans: please update your work phone number in the app. We'd hate for you to miss a reminder.", "en-US", "collections"),
        ("TON107", "Mint Loans: your sister is listed as a joint holder on the account.", "en-IN", "collections"),
        ("TON107", "Crédito Sur: nuestro estudio jurídico ofrece asesoría gratuita los lunes.", "es-AR", "collections"),
        ("TON107", "Oak Loans: one of our agents will be in the branch this week to help with payment plans.", "en-GB", "collections"),
        # The present tense of an ad line; a plain question.
        ("TON108", "Cine Sol: seguro que tienes algo mejor que hacer que hacer fila: compra en la app.", "es-MX", "service"),
        ("TON108", "Wire Co: we're sure you have questions. Call us any time.", "en-GB", "service"),
        # A courtesy about long texts; a second renewal; a past booking.
        ("TON109", "Cactus Bank: we know reading long emails can be tedious, so here is the short version.", "en-US", "service"),
        ("TON109", "Banco Sol: te recordamos que por segunda vez este año tu tarjeta se renueva.", "es-MX", "service"),
        ("TON109", "Mesa Clinic: last time you booked online; you can do the same now.", "en-US", "service"),
        # The reader, not a child; missing out said of the reader.
        ("TON111", "Juguetes Sol: no te quedes sin tu regalo de Navidad.", "es-AR", "marketing"),
        ("TON111", "Swim Club: it would be a shame to miss the summer sessions. Book now.", "en-AU", "marketing"),
    ],
)
def test_indirect_tone_h11_traps_pass(registry: Registry, rule: str, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category) == []


# --- clarity -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Cable Sol: no deje de evitar no desconectar el equipo, salvo que no se le indique lo contrario.", "es-HN", "no deje de evitar no"),
        ("Agua Sol: no olvides no pagar sin revisar, a menos que no tengas dudas.", "es-MX", "no olvides no pagar sin"),
        ("Linden: please don't forget not to come without your slip unless you haven't added it.", "en-GB", "n't forget not to come without"),
        ("Oak Bank: you can't pay without a card unless you don't have cash.", "en-US", "n't pay without a card unless you don't"),
    ],
)
def test_stacked_negations_are_reported(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "CLR105", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Banco Sol: no compartas tu código con nadie, ni siquiera con nosotros; nunca te lo pediremos.", "es-MX"),
        ("Oak Bank: never share your code. We will not ask for it without a reason, and no one else should.", "en-US"),
        ("Agua Sol: si no puedes pagar hoy, no pasa nada.", "es-MX"),
    ],
)
def test_stacked_negations_traps_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CLR105", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Recargas Sol: tu recarga falló (código de error TXN_TIMEOUT). Inténtalo otra vez.", "es-CO", "TXN_TIMEOUT"),
        ("Banco Sol: error E-204 al procesar tu pago. Llámanos.", "es-ES", "E-204"),
        ("Oak Bank: card declined, decline code DCL51. Try another card.", "en-GB", "DCL51"),
        ("Seguros Sol: tu póliza pasa a la modalidad XPR desde el lunes.", "es-ES", "XPR"),
        ("Fern Insurance: your KT policy renews on Monday.", "en-GB", "KT"),
        ("Fern Mobile: you move to the ZRT tier next month.", "en-GB", "ZRT"),
    ],
)
def test_error_and_product_codes_are_reported(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "CLR502", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Tienda Sol: usa el código VERANO20 en la app.", "es-ES"),
        ("Oak Web: error 404, the page was not found.", "en-US"),
        ("Banco Sol: error de conexión con tu banco. Inténtalo de nuevo.", "es-MX"),
        ("Móvil Sol: tu plan de 20 GB se renueva el lunes.", "es-MX"),
        ("Luz Sol: pasas a la tarifa PVPC desde el lunes.", "es-ES"),
        ("Oak Energy: your PAYG tariff ends Friday.", "en-GB"),
        ("Correos Sol: tu paquete CX-40218 llega mañana.", "es-MX"),
    ],
)
def test_error_and_product_code_traps_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CLR502", body=body, locale=locale, category="service") == []


# --- language ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Banco Sol: desde hoy tu decides cuándo pagar.", "es-MX", "tu"),
        ("Banco Sol: ahora tu eliges el día de corte.", "es-CO", "tu"),
        ("Banco Sol: las cuotas de tu préstamo ha sido recalculada.", "es-MX", "ha sido"),
        ("Hola. Los pagos del mes ha sido aplicado.", "es-AR", "ha sido"),
        ("Fern Dental: good news, your all booked for Friday.", "en-GB", "your"),
        ("Oak Bank: never share it, weather we call or you call us.", "en-US", "weather"),
        ("Oak Power: we would advice against using the lift.", "en-GB", "advice"),
        ("Oak Bank: the items in your cart has been saved.", "en-US", "has been"),
    ],
)
def test_real_word_errors_h11_are_reported(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Banco Sol: ahora tu elección cuenta.", "es-MX"),
        ("Banco Sol: los pagos del mes han sido aplicados.", "es-AR"),
        ("Banco Sol: el análisis de los datos ha sido enviado.", "es-ES"),
        ("Fern Dental: your booked appointment is on Monday.", "en-GB"),
        ("Oak Park: regardless of the weather, the match goes ahead.", "en-GB"),
        ("Oak Power: our advice to you: switch off the lift.", "en-GB"),
        ("Oak Bank: the status of the orders has been updated.", "en-US"),
    ],
)
def test_real_word_traps_h11_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service") == []


# --- compliance ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("CoinRio: double your $500 into $1,000 within 7 days. Join now.", "en-US", "double your $500 into $1,000 within 7 days"),
        ("Fx Star: our guaranteed forex profits start at sign-up.", "en-GB", "guaranteed forex profits"),
        ("CriptoYa: convierte $1.000 en $10.000 en 30 días.", "es-MX", "convierte $1.000 en $10.000 en 30 días"),
        ("CriptoYa: ganancias en trading garantizadas. Únete.", "es-ES", "ganancias en trading garantizadas"),
    ],
)
def test_get_rich_quick_is_reported(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "CMP205", body=body, locale=locale, category="marketing", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Oak Bank: turn 500 points into $5 in the app.", "en-US"),
        ("Oak Store: we guarantee returns within 30 days of purchase.", "en-US"),
        ("Banco Sol: convierte tus 500 puntos en millas en la app.", "es-MX"),
    ],
)
def test_get_rich_quick_traps_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CMP205", body=body, locale=locale, category="marketing", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "fires"),
    [
        ("Hi Ana,\n\nNew e-liquid flavours just landed.\n\nShop: https://mistvapor.co.uk/new", "en-GB", "marketing", ["e-liquid"]),
        ("Hola, Ana:\n\nLlegó el nuevo vapeador desechable.\n\nVer: https://nubevapor.es/nuevo", "es-ES", "marketing", ["vapeador"]),
        ("Hi Ana,\n\nNew iced tea flavours just landed.\n\nShop: https://misttea.co.uk/new", "en-GB", "marketing", []),
        # An order receipt is not a promotion.
        ("Hi Ana,\n\nYour order of one vape kit has shipped.", "en-GB", "transactional", []),
    ],
)
def test_vaping_promoted_by_email(registry: Registry, body: str, locale: str, category: str, fires: list[str]) -> None:
    assert finding_texts(registry, "CMP206", body=body, locale=locale, category=category, channel="email", subject="New") == fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Casa Lirio: tu código de acceso es 582914. Y ya que estás, 20% en cojines en la app.", "es-MX", ["tu código de acceso es 582914"]),
        ("Casa Lirio: tu código para ingresar a la app es 4417. Mira las ofertas.", "es-MX", ["tu código para ingresar a la app es 4417"]),
        ("Lotus Home: your one-time passcode is 4417. Browse our sale in the app.", "en-IN", ["your one-time passcode is 4417"]),
        ("Casa Lirio: tu código de descuento es 2025.", "es-MX", []),
        ("Lotus Home: your voucher code is 5829 for 20% off.", "en-IN", []),
    ],
)
def test_sign_in_code_in_marketing(registry: Registry, body: str, locale: str, fires: list[str]) -> None:
    assert finding_texts(registry, "CMP408", body=body, locale=locale, category="marketing", channel="sms") == fires


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Bramble: your National Insurance number as recorded: AB 12 34 56 C.", ["AB 12 34 56 C"]),
        ("Bramble: National Insurance contributions are due. Ref QQ 12 34 56 C.", []),
    ],
)
def test_long_label_before_an_ni_number(registry: Registry, body: str, fires: list[str]) -> None:
    assert finding_texts(registry, "CMP403", body=body, locale="en-GB", category="service") == fires


@pytest.mark.parametrize(
    ("body", "brand", "locale", "fires"),
    [
        ("Redwood Bank: please verify your account at https://redw00dbank.com/verify", "Redwood Bank", "en-US", ["https://redw00dbank.com/verify"]),
        ("Banco Ceibo: confirma tus datos en https://bancoceibbo.com/datos", "Banco Ceibo", "es-UY", ["https://bancoceibbo.com/datos"]),
        # The brand's own domain; a dropped plural; no credential request.
        ("Banco Ceibo: verifica tu cuenta en https://bancoceibo.com/verificar", "Banco Ceibo", "es-UY", []),
        ("Mint Loans: verify your account at https://mintloan.com", "Mint Loans", "en-IN", []),
        ("Redwood Bank: see our new rates at https://redwoodbanc.com", "Redwood Bank", "en-US", []),
    ],
)
def test_credential_request_on_a_misspelled_brand_domain(registry: Registry, body: str, brand: str, locale: str, fires: list[str]) -> None:
    assert finding_texts(registry, "CMP501", body=body, brand=brand, locale=locale, category="alert", channel="sms") == fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Tusker Mart: you've won ₦20,000 cash in our Christmas raffle. Claim it at https://tuskermart.ng/claim", "en-NG", True),
        ("Veld Bank: congratulations, you have won a R2,000 voucher in our summer draw. Claim it in the app.", "en-ZA", True),
        ("Tienda Sol: ganaste un bono de S/ 200 en nuestro último sorteo. Reclámalo en https://tiendasol.pe/premio", "es-PE", True),
        ("Oak Store: you have won 5 out of 6 quiz rounds. See the results at https://oak.com", "en-GB", False),
        ("Tienda Sol: has ganado 500 puntos en nuestro programa. Canjéalos en la app.", "es-ES", False),
    ],
)
def test_prize_in_any_currency(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP702", body=body, locale=locale, category="marketing", channel="sms")) is fires
