"""What the eighteenth blind set (h18) showed over- and under-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it.

- False positive, CMP404: a PIN given as the means to open something ("ábrelo con el PIN", "open it with PIN") is a
  one-off locker or door code; a PIN to log in is still an account secret.
- False positive, CMP204: "salsa casino" and "rueda de casino" name a dance; wagers and odds offered are gambling
  (also a false negative: "place your wagers", "odds up to").
- False positive, LNG101: a Spanish prefix before a word opening with r doubles it ("antirreflejos"), agent nouns in
  -dor of a known verb ("valuadores"), and curated vocabulary (mantención, propóleo, bachata; propolis).
- False positive, CLR301: "place", "bet" and "do" as English imperatives of a call to action.
- False positive, TON401: an English service or alert notice that never says "you" is not personal by its category.
- False positive, TON301: after a colon, a third-person verb after "y" continues no earlier voseo imperative.
- False negative, CMP409 (new rule): the password or PIN asked for by reply, with no link.
- False negative, CMP202: curing infections and a product offered in place of medicine.
- False negative, CLR403: a reader acting from abroad; CLR502: one letter and a number as a state ("estado F-03")
  and a code before "status" after "to".
- False negative, LNG102: gender and number disagreement after a verb of state, "ahí que" / "hay le", plural subjects
  with a singular verb (after a relative without "that", after "the", on a line after a greeting), a singular
  subject with "are", "if you loose", "you're May fee", "pay it threw".
- False negative, tone: a consequence the sender would rather not imagine (TON107); a choice called respectable and
  undercut, a lack of responsibility judged, sarcasm about an action taken at last (TON109); someone waiting while
  the reader keeps putting it off, the back of the group (TON111); "a free moment in your busy schedule" (TON108).
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- compliance: CMP404 false positives, access PINs ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Tu pedido está en la taquilla 12 del gimnasio. Ábrela con el PIN 7302 hasta el domingo.", "es-ES", False),
        ("Your order is in cubby 12 at the gym. Unlock it with PIN 7302 until Sunday.", "en-GB", False),
        # A PIN to log in, or given as the reader's PIN, is still a secret in clear.
        ("Inicia sesión con el PIN 7302 y cámbialo al entrar.", "es-ES", True),
        ("Log in with PIN 7302 and change it once you're in.", "en-GB", True),
        ("Your new card PIN is 7302.", "en-GB", True),
    ],
)
def test_access_pin_is_not_a_password(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP404", body=body, locale=locale, category="transactional", channel="push")) is fires


# --- compliance: CMP204 casino as a dance, wagers offered ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Estudio Clave: nuevo grupo de rueda de casino los viernes. Responde BAJA para salir.", "es-CU", False),
        ("Clave Studio: our salsa casino beginners start on Friday. Reply STOP to opt out.", "en-GB", False),
        ("Gran Casino Azul: fichas gratis este viernes. Responde BAJA para salir.", "es-MX", True),
        ("Pub Quiz Bar: place a wager on the darts final, odds up to 8 to 1. Reply STOP to opt out.", "en-GB", True),
        ("Pub Quiz Bar: place your order at the bar before the final. Reply STOP to opt out.", "en-GB", False),
    ],
)
def test_casino_dance_and_wagers(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP204", body=body, locale=locale, category="marketing", channel="sms")) is fires


# --- compliance: CMP409, credentials asked for by reply --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Club Puntos: migramos las cuentas. Envíanos por aquí tu usuario y la clave de acceso para no perder el saldo.", "es-CO", True),
        ("Points Club: we're moving accounts. Send us your username and the password here to keep your balance.", "en-ZA", True),
        # usted and voseo forms of the request ("envíenos", "mandanos" folded from "mandános").
        ("Club Puntos: para conservar su saldo, envíenos su usuario y su contraseña por este chat.", "es-MX", True),
        ("Club Puntos: para no perder tu saldo, mandanos tu usuario y tu clave por acá.", "es-AR", True),
        # A warning not to do it, or a reply keyword, is no request.
        ("Club Puntos: nunca envíes tu clave por chat, ni siquiera a nosotros.", "es-CO", False),
        ("Points Club: we will never ask you to text us your password.", "en-ZA", False),
        ("Club Puntos: responde SÍ para confirmar tu canje.", "es-CO", False),
    ],
)
def test_credentials_requested_by_reply(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP409", body=body, locale=locale, category="service")) is fires


# --- compliance: CMP202 health claims ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Herbolario Luna: nuestro jarabe de saúco cura las infecciones de garganta. Responde BAJA para salir.", "es-ES", True),
        ("Herbolario Luna: con estas cápsulas, adiós a los antibióticos. Responde BAJA para salir.", "es-ES", True),
        ("Moon Herbals: our elderberry syrup cures infections of the throat. Reply STOP to opt out.", "en-AU", True),
        ("Moon Herbals: say goodbye to antibiotics with our capsules. Reply STOP to opt out.", "en-AU", True),
        # A denial passes.
        ("Herbolario Luna: el jarabe de saúco no cura infecciones; consulta a tu médico. Responde BAJA para salir.", "es-ES", False),
        ("Moon Herbals: don't forget about antibiotics your doctor prescribed. Reply STOP to opt out.", "en-AU", False),
    ],
)
def test_cures_and_medicine_replaced(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP202", body=body, locale=locale, category="marketing", channel="sms")) is fires


# --- language: LNG101 false positives ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Taller Ruedas: tu bici lleva ahora un candado antirrobo y guardabarros nuevos.", "es-ES", False),
        ("Seguros Vega: nuestros cotizadores te llamarán mañana.", "es-MX", False),
        ("Edificio Sur: el martes hay mantención de la caldera.", "es-CL", False),
        ("Salsa Club: bachata for beginners on Thursday.", "en-US", False),
        ("Farmacia Sol: llegó el propóleo en gotas.", "es-AR", False),
        # Typos stay typos.
        ("Taller Ruedas: tu bici lleva ahora un candado antirrrobo.", "es-ES", True),
        ("Seguros Vega: nuestros cotizadors te llamarán mañana.", "es-MX", True),
    ],
)
def test_prefixes_agent_nouns_and_trade_words(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG101", body=body, locale=locale, category="service", channel="sms")) is fires


# --- clarity: CLR301 English imperatives, CLR403 abroad, CLR502 codes ------------------------------------------


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Harbour Deli: fresh bagels every morning. Place your order before 9. Reply STOP to opt out.", False),
        ("Harbour Deli: your cat can't queue for bagels, but you can: do it tomorrow at the counter. Reply STOP to opt out.", False),
        ("Harbour Deli: fresh bagels every morning. Place settings are included with catering. Reply STOP to opt out.", True),
    ],
)
def test_more_english_imperatives(registry: Registry, body: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR301", body=body, locale="en-GB", category="marketing", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Consulado Virtual: tu videollamada desde el exterior es el martes 4 de mayo a las 9:30.", "es-MX", True),
        ("Remote Registry: your video signing from overseas is on Tuesday, May 4 at 9:30 a.m.", "en-US", True),
        ("Consulado Virtual: tu cita presencial es el martes 4 de mayo a las 9:30.", "es-MX", False),
    ],
)
def test_reader_abroad_needs_a_zone(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR403", body=body, locale=locale, category="transactional", channel="push")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Cargador Norte: tu sesión quedó en estado E-07 por un fallo.", "es-CO", True),
        ("North Charge: your session has moved to HLD-Q4 status after a fault.", "en-GB", True),
        ("North Charge: your session has moved to PENDING status after a fault.", "en-GB", False),
        ("North Charge: your booking moved to Plan B because of the fault.", "en-GB", False),
    ],
)
def test_letter_number_states(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR502", body=body, locale=locale, category="alert", channel="push")) is fires


# --- language: LNG102 false negatives ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Veterinaria Lomas: hoy la recepción del local está cerrado por limpieza.", "es-PE", True),
        ("Veterinaria Lomas: ya el quirófano de guardia está lista para mañana.", "es-PE", True),
        ("Óptica Faro: tus lentillas nuevas ya está lista en la tienda.", "es-ES", True),
        ("Óptica Faro: tus lentillas nuevas ya están listas en la tienda.", "es-ES", False),
        ("Óptica Faro: los domingos está cerrado el local.", "es-ES", False),
        ("Tienda Ceiba: tu pedido en Súper La Palma está listo.", "es-HN", False),
        ("Fumigaciones Sur: ahí que ventilar la casa dos horas; hay te dejamos el folleto.", "es-CO", True),
        ("Fumigaciones Sur: hay que ventilar la casa dos horas; ahí te dejamos el folleto.", "es-CO", False),
    ],
)
def test_spanish_confusions_h18(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Hi {{first_name}},\nYour hearing aids is ready for fitting.", "en-GB", True),
        ("Frame Co: the prints you ordered has been framed.", "en-GB", True),
        ("Frame Co: the prints you ordered have been framed.", "en-GB", False),
        ("Kennel Co: the lobby is busy, so the cats is collected at the back door.", "en-AU", True),
        ("Kennel Co: the news is good, so the series was extended.", "en-AU", False),
        ("Kennel Co: our reception desk are closed on Sunday.", "en-AU", True),
        ("Kennel Co: our team are ready for Sunday.", "en-AU", False),
        ("Locker Hub: if we loose track of your key, we'll replace it.", "en-SG", True),
        ("Desk Hub: you're April bill is ready. Pay it threw the app.", "en-IN", True),
        ("Desk Hub: your April bill is ready. Pay it through the app.", "en-IN", False),
    ],
)
def test_english_confusions_h18(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms")) is fires


# --- tone: TON401, TON301 false positives ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "category", "fires"),
    [
        ("Dear customer,\nThe Dockside pickup point will be shut on Monday for repairs. Parcels go to Quay Street instead.", "service", False),
        ("Dear customer,\nThe Dockside pickup point will be shut on Monday. Your parcel goes to Quay Street.", "service", True),
        ("Dear customer,\nThe instalment on the account of Ann Lee is overdue.", "collections", True),
    ],
)
def test_notice_to_whom_it_concerns(registry: Registry, body: str, category: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "TON401", body=body, locale="en-GB", category=category, channel="email", subject="Notice")) is fires


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Probá nuestro té de jengibre: calma la tos, abre el apetito y alivia la garganta.", False),
        ("Tomá el té de jengibre y pide otro para llevar.", True),
        # After the colon, an imperative opening the clause still leads the "y" that follows it.
        ("Hacé esto: entrá a la app y pide tu té.", True),
    ],
)
def test_list_after_colon_is_no_imperative(registry: Registry, body: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "TON301", body=body, locale="es-AR", category="marketing")) is fires


# --- tone false negatives ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "fires"),
    [
        # A consequence the sender would rather not imagine; a cooking offer passes.
        ("TON107", "Guardamuebles Sol: el recibo sigue sin pagar. Prefiero no pensar en lo que pasaría con tus muebles si seguimos así.", "es-MX", "collections", True),
        ("TON107", "Cocina Sol: ¿prefieres no cocinar? Te llevamos la cena.", "es-MX", "marketing", False),
        ("TON107", "Sun Storage: the bill is still unpaid. I'd rather not imagine what might happen to your furniture if it stays that way.", "en-US", "collections", True),
        ("TON107", "Sun Kitchen: rather not cook tonight? We'll bring dinner.", "en-US", "marketing", False),
        # A choice called respectable, then undercut; a sincere recommendation passes.
        ("TON109", "Zapatería Roble: elegiste la suela lisa, una opción muy válida si no te importa resbalar con la lluvia.", "es-CL", "service", True),
        ("TON109", "Zapatería Roble: la suela lisa es una opción válida si caminas poco.", "es-CL", "service", False),
        ("TON109", "Oak Shoes: you chose the smooth sole, an entirely valid choice as long as you don't mind slipping in the rain.", "en-NZ", "service", True),
        ("TON109", "Oak Shoes: the smooth sole is a valid choice if you mostly walk indoors.", "en-NZ", "service", False),
        # The reader's lack of responsibility judged; a disclaimer passes.
        ("TON109", "Escuela Náutica: faltaste otra vez y, la verdad, tanta falta de seriedad nos sorprende.", "es-ES", "service", True),
        ("TON109", "Escuela Náutica: no nos hacemos responsables de la falta de material de los alumnos.", "es-ES", "service", False),
        ("TON109", "Sailing School: you missed it again, and frankly this lack of commitment surprises us.", "en-IE", "service", True),
        ("TON109", "Sailing School: we accept no responsibility for lost kit.", "en-IE", "service", False),
        # An action taken at last, its delay counted; a parcel that finally arrived passes.
        ("TON109", "Tintorería Nube: qué ilusión, por fin pasaste por tu abrigo, solo tres semanas más tarde.", "es-AR", "transactional", True),
        ("TON109", "Tintorería Nube: tu abrigo por fin llegó de la planta. Te esperamos.", "es-AR", "transactional", False),
        ("TON109", "Cloud Cleaners: what a treat, you finally picked up your coat, only three weeks later.", "en-CA", "transactional", True),
        ("TON109", "Cloud Cleaners: your coat has finally arrived from the plant. See you soon.", "en-CA", "transactional", False),
        # Someone waiting while the reader keeps putting it off; a plain reminder passes.
        ("TON111", "Taller Bici: tu bici espera la revisión mientras lo sigues aplazando.", "es-UY", "marketing", True),
        ("TON111", "Taller Bici: tu bici espera la revisión; resérvala cuando quieras.", "es-UY", "marketing", False),
        ("TON111", "Bike Shop: your bike is waiting for its service while you keep pushing it back.", "en-GB", "marketing", True),
        ("TON111", "Bike Shop: your bike is waiting for its service; book whenever suits you.", "en-GB", "marketing", False),
        # The back of the group; running out of seats passes.
        ("TON111", "Academia Nota: para que no te quedes rezagado de la clase, suma una tutoría.", "es-CO", "marketing", True),
        ("TON111", "Academia Nota: para que no te quedes sin plaza, inscríbete hoy.", "es-CO", "marketing", False),
        ("TON111", "Note Academy: so you don't fall behind on your payments, set up a direct debit.", "en-US", "marketing", False),
        ("TON111", "Note Academy: so you don't finish last in your cohort, add a tutorial.", "en-US", "marketing", True),
        # A free moment in the reader's busy schedule, in collections.
        ("TON108", "Gym Co: whenever you find a spare moment in your busy diary, the fee is in the app.", "en-GB", "collections", True),
    ],
)
def test_tone_clues_h18(registry: Registry, rule: str, body: str, locale: str, category: str, fires: bool) -> None:
    assert bool(finding_texts(registry, rule, body=body, locale=locale, category=category, channel="whatsapp")) is fires
