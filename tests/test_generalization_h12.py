"""What the twelfth blind set (h12) showed missing or over-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it.

- False positives: "if you didn't request it, ignore this" is the OTP's safety advice (CMP406); less common street
  types (Calzada, Circuito, Quay, Terrace) are postal addresses (CMP103); regional trade words (gasfitería),
  clipped nouns (refurb) and abbreviations (nvo. aviso, e-svcs) are no misspellings (LNG101).
- CMP304: the brand's name spelled with digits for letters. CMP501: the brand plus a hyphenated security word with
  a verification request. CMP408: two modifiers before "code". CMP702: a won phone or tablet.
- LNG102: "Sino" opening a sentence before any present verb, "va a ver" for "va a haber", "los corte de agua
  afectará", "will effect bus routes", "tomorrow's outages affects".
- TON107 veiled-measures; TON108 body-as-is; TON109 peer-comparison and the this-time sneer; TON111
  someone-else-lost (another patient, a doubted donation, a family going without while you read).
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- false positives -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Red Sur: tu código es 481220. Vence en 5 minutos. Si no lo solicitaste, ignora este mensaje.", "es-CL", False),
        ("Red Sur: tu código para activar la línea es 481220. Si no has pedido este código, ignóralo.", "es-ES", False),
        ("Kestrel Mobile: your code is 481220. If you did not request it, please ignore this text.", "en-GB", False),
        ("Kestrel Mobile: your code is 481220. If you haven't asked for this code, just ignore it.", "en-ZA", False),
        # The advice must be to ignore it: a call-us line is not the warning.
        ("Red Sur: tu código es 481220. Si no lo solicitaste, llámanos.", "es-CL", True),
        ("Kestrel Mobile: your code is 481220. If you didn't request it, call us.", "en-GB", True),
    ],
)
def test_ignore_if_not_requested_is_the_otp_warning(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP406", body=body, locale=locale, category="otp", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Hola: 20% en pijamas. Baja: https://casaluna.mx/baja\n\nCasa Luna, Calzada Independencia 880, Guadalajara.", "es-MX", False),
        ("Hola: 20% en pijamas. Baja: https://casaluna.mx/baja\n\nCasa Luna, Circuito Interior 455, Ciudad de México.", "es-MX", False),
        ("Hi: 20% off pyjamas. Unsubscribe: https://moonhouse.nz/u\n\nMoon House, 40 Customhouse Quay, Wellington 6011.", "en-NZ", False),
        ("Hi: 20% off pyjamas. Unsubscribe: https://moonhouse.co.uk/u\n\nMoon House, 7 Royal Crescent, Bath.", "en-GB", False),
        ("Hola: 20% en pijamas. Baja: https://casaluna.mx/baja", "es-MX", True),
        ("Hi: 20% off pyjamas. Unsubscribe: https://moonhouse.nz/u", "en-NZ", True),
    ],
)
def test_less_common_street_types_are_addresses(registry: Registry, body: str, locale: str, fires: bool) -> None:
    found = finding_texts(registry, "CMP103", body=body, locale=locale, category="marketing", channel="email", subject="Pijamas")
    assert bool(found) is fires


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Seguros Andes: tu plan incluye un gasfíter a domicilio y asistencia de gasfitería.", "es-CL"),
        ("Municipalidad: atención cerrada hasta nvo. aviso; trámites en sede elec. o por teléfono.", "es-ES"),
        ("Harbour Library: closed for a refurb until Monday; renew online.", "en-IE"),
        ("Harbour Library: closed until Monday. Use our e-svcs to renew.", "en-IE"),
    ],
)
def test_h12_words_and_abbreviations_are_not_misspellings(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "typo"),
    [
        ("Municipalidad: la oficina cierra hasta nuevo avisso. Gracias.", "es-ES", "avisso"),
        ("Harbour Library: the branch is closed for refurbishmnet. Thanks.", "en-IE", "refurbishmnet"),
    ],
)
def test_typos_next_to_abbreviations_are_still_reported(registry: Registry, body: str, locale: str, typo: str) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="service") == [typo]


# --- compliance ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "fires"),
    [
        ("Pago Ñandú: registramos un cargo de $9.000. Revisalo en https://pagonandu.com.ar/mov", "es-AR", "Pago Ñandu", []),
        ("Pago Ñandú: registramos un cargo de $9.000. Revisalo en https://pag0nandu.com.ar/mov", "es-AR", "Pago Ñandu", ["https://pag0nandu.com.ar/mov"]),
        ("Fern Wallet: a payment of $90 was made. Review it at https://fernwa1let.com/activity", "en-US", "Fern Wallet", ["https://fernwa1let.com/activity"]),
        ("Fern Wallet: a payment of $90 was made. Review it at https://fern24.com/activity", "en-US", "Fern Wallet", []),
    ],
)
def test_brand_spelled_with_digits_is_a_lookalike(registry: Registry, body: str, locale: str, brand: str, fires: list[str]) -> None:
    assert finding_texts(registry, "CMP304", body=body, locale=locale, category="alert", channel="sms", brand=brand) == fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Kopje Bank: we need to check your details. Verify your account at https://kopjebank-secure.com/login.", "en-ZA", True),
        ("Banco Quillay: necesitamos validar tus datos. Verifica tu cuenta en https://bancoquillay-seguridad.cl/ingreso.", "es-CL", True),
        # The brand's own domain, and a hyphenated word that is no lure, pass.
        ("Kopje Bank: verify your account in the app or at https://kopjebank.com/verify.", "en-ZA", False),
        ("Kopje Bank: verify your account at https://kopjebank-ventures.com/start.", "en-ZA", False),
    ],
)
def test_brand_with_a_security_word_is_the_phishing_lure(registry: Registry, body: str, locale: str, fires: bool) -> None:
    brand = "Kopje Bank" if locale.startswith("en") else "Banco Quillay"
    assert bool(finding_texts(registry, "CMP501", body=body, locale=locale, category="alert", channel="sms", brand=brand)) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Your one-time login code is 730115. And get 15% off your next Lumo ride.", "en-US", ["Your one-time login code is 730115"]),
        ("Your promo code is RIDE15. Get 15% off your next Lumo ride.", "en-US", []),
    ],
)
def test_two_modifiers_before_a_sign_in_code(registry: Registry, body: str, locale: str, fires: list[str]) -> None:
    assert finding_texts(registry, "CMP408", body=body, locale=locale, category="marketing", channel="push") == fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Movil Sur: ¡felicidades, ganaste un teléfono nuevo! Reclámalo en https://movilsur.mx/premio", "es-MX", True),
        ("Movil Sur: has ganado una nueva tablet. Reclámala en https://movilsur.mx/premio", "es-MX", True),
        ("Kite Mobile: congratulations, you've won a brand-new tablet! Collect it at https://kitemobile.ph/prize", "en-PH", True),
        ("Kite Mobile: you have won a new laptop. Claim it at https://kitemobile.ph/prize", "en-PH", True),
        ("Kite Mobile: our new phone has won a design award. See it at https://kitemobile.ph/x", "en-PH", False),
        ("Movil Sur: nuestro teléfono nuevo ganó un premio de diseño. Míralo en https://movilsur.mx/x", "es-MX", False),
    ],
)
def test_a_won_device_is_a_prize_claim(registry: Registry, body: str, locale: str, fires: bool) -> None:
    found = finding_texts(registry, "CMP702", body=body, locale=locale, category="marketing", channel="whatsapp")
    assert bool(found) is fires


# --- language --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Municipio: la recolección es el martes. Sino pasa, escribinos por la app.", "es-UY", ["Sino"]),
        ("Ayuntamiento: cortamos la calle el lunes. Sino llueve, las obras acaban el viernes.", "es-ES", ["Sino"]),
        ("Escuela Sol: no es una multa. Sino también, una ayuda.", "es-ES", []),
        ("Metro Sur: mañana va a ver retrasos en la línea 2.", "es-ES", ["ver"]),
        ("Club Ola: va a ver cambios en el horario del gimnasio.", "es-AR", ["ver"]),
        ("Club Ola: Ana va a ver la piscina nueva el lunes.", "es-AR", []),
        ("Aguas Sur: mañana los corte de agua afectará a dos comunas.", "es-CL", ["los"]),
        ("Aguas Sur: las obra del puente durará dos semanas.", "es-CL", ["las"]),
        ("Aguas Sur: los cortes de agua afectarán a dos comunas.", "es-CL", []),
        ("Aguas Sur: los cambio de lugar si nos avisas.", "es-CL", []),
        ("City Council: the closure will effect bus routes on Elm Street.", "en-NZ", ["effect"]),
        ("City Council: the works may effect bin collections this week.", "en-GB", ["effect"]),
        ("City Council: the new board will effect change across the district.", "en-GB", []),
        ("Coast Water: tomorrow's water outages affects two suburbs.", "en-AU", ["affects"]),
        ("Coast Water: Monday's planned repairs causes delays on Elm Street.", "en-AU", ["causes"]),
        ("Coast Water: tomorrow's news is good, and Monday's class is at 9.", "en-AU", []),
        ("Coast Water: tomorrow's outages affect two suburbs.", "en-AU", []),
    ],
)
def test_h12_confused_words(registry: Registry, body: str, locale: str, fires: list[str]) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms") == fires


# --- tone ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "span"),
    [
        ("TON107", "Tu cuota de marzo sigue pendiente. No quisiéramos tener que adoptar otras medidas; está en tus manos.", "es-MX", "collections", "adoptar otras medidas"),
        ("TON107", "Your March instalment is still unpaid. We'd rather not take further action, but it's up to you.", "en-GB", "collections", "take further action"),
        ("TON108", "Gimnasio Roble: llega el verano. Tú sabrás si quieres verte así en la playa.", "es-AR", "marketing", "Tú sabrás si quieres verte así"),
        ("TON108", "Oak Gym: beach season is here. We'll let you decide whether you want to turn up like that.", "en-AU", "marketing", "We'll let you decide whether you want to turn up like that"),
        ("TON109", "Condominio Alerce: casi todos ya pagaron el gasto común. Solo quedan unos pocos, y su departamento es uno de ellos.", "es-CL", "collections", "y su departamento es uno de ellos"),
        ("TON109", "Wattle Strata: almost all owners have paid. Only a few lots are outstanding, and your unit is one of them.", "en-AU", "collections", "and your unit is one of them"),
        ("TON109", "Gas Norte: tu boleta venció el lunes. Seguro que esta vez sí te acuerdas de pagarla.", "es-CL", "collections", "Seguro que esta vez sí te acuerdas"),
        ("TON109", "Tyne Gas: your bill was due on Monday. I'm sure you will remember to pay it this time.", "en-GB", "collections", "I'm sure you will remember to pay it this time"),
        ("TON111", "Centro Dental Luz: faltó a su turno sin avisar. Otra persona podría haber tomado ese horario.", "es-AR", "service", "Otra persona podría haber tomado"),
        ("TON111", "Bright Dental: you missed your slot without calling. Another customer could have taken that time.", "en-US", "service", "Another customer could have taken"),
        ("TON111", "Mientras lee esto, un niño pasa hambre. Done hoy en la app de Comedor Sol.", "es-ES", "marketing", "Mientras lee esto, un niño pasa hambre"),
        ("TON111", "Could you really not give €3? Donate today in the Harbour Aid app.", "en-IE", "marketing", "Could you really not give"),
    ],
)
def test_h12_tone_clues(registry: Registry, rule: str, body: str, locale: str, category: str, span: str) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category, channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Si no puedes pagar, podemos tomar otras medidas contigo: un plan en cuotas. Escríbenos.", "es-MX", "collections"),
        ("If you can't pay, we can take other steps together, such as a payment plan.", "en-GB", "collections"),
        ("Gimnasio Roble: llega el verano. Si quieres verte así de bien, apúntate hoy.", "es-AR", "marketing"),
        ("Casi todos los vecinos ya recibieron la nueva llave. Pasa a buscar la tuya a conserjería.", "es-CL", "service"),
        ("Nearly every owner has voted. Yours is one of the last ballots we need; vote in the app.", "en-AU", "service"),
        ("Tyne Gas: we're sure you'll love the new app. Try it this week.", "en-GB", "marketing"),
        ("Bright Dental: another appointment is available on Friday at 10.", "en-US", "service"),
        ("Mientras lees esto, tu pedido ya va en camino.", "es-ES", "transactional"),
    ],
)
def test_h12_tone_near_misses_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    for rule in ("TON107", "TON108", "TON109", "TON111"):
        assert finding_texts(registry, rule, body=body, locale=locale, category=category, channel="sms") == []
