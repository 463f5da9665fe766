"""What the twentieth blind set (h20) showed over- and under-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it.

- False positive, CLR102: a one-letter label of a place or option ("fila B.", "gate C.") ends a sentence; the splitter
  read it as a name's initial.
- False positive, CLR301: a call-to-action verb before "if/whether" ("See if you qualify"); keeping a place or seat
  ("save your child's place").
- False positive, LNG101: English "re-" before a known -ing/-ed form (retiling); holiday-hire vehicles (campervan);
  Spanish diagnoses of physiotherapy (hernia discal, ciática, lumbalgia).
- False negative, CMP601: a mail-merge field between angle brackets ("<nombre>"); an HTML tag is no field.
- False negative, CMP409: a password listed after the username with a comma.
- False negative, CMP202: curing a spinal or joint injury (hernia discal, sciatica).
- False negative, CLR502: a code after "tipo", "incidencia", a rejection "with code", letters run into digits ("tramo
  TB2"); a parenthesis made of more codes explains nothing. CLR501: card-processing shorthand (txn, auth).
- False negative, LNG102: "vaya" for "valla" after a determiner, "hubieron" before a plural noun of trouble, a plural
  verb of state with "adjunto"; the simple past in a perfect (has ate), "seen" as a past, a plural with a singular
  verb of running (the lessons begins), "each/every" + plural, a bare plural with "is" + a requirement, "the" + two
  adjectives + a plural with "is now open".
- False negative, tone: a veiled threat about next time or about faces remembered (TON107); the reader told to be more
  careful, their lapses counted, their choice waved off ("Tú sabrás;"), slowness praised with irony (TON109); the reader
  singled out among the few, "no pressure, of course", staff with "nowhere else to be", staff who kept working
  "regardless", "though you no longer think of us" (TON111).
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- clarity: CLR102 false positive, a one-letter label ends a sentence --------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Mercadillo Sur: el sábado, cuando vengas con tu mercadería, colocate en la zona C. En el patio cubierto ya no quedan mesas libres, así que te dimos una junto a la puerta; avisanos si te sirve.", "es-AR", False),
        ("Harbour Fair: on Saturday, when you arrive with your stock, please set up in hall D. The covered yard is already full, so we have put your table next to the loading door; tell us if that works.", "en-GB", False),
        # Without the label the same words make one long sentence; a name's initial ("Juan B. Ortega") splits nothing.
        ("Mercadillo Sur: el sábado, cuando vengas con tu mercadería, colocate en la zona del fondo y en el patio cubierto ya no quedan mesas libres, así que te dimos una junto a la puerta de carga.", "es-AR", True),
        ("Mercadillo Sur: el sábado, cuando vengas con tu mercadería, te atenderá Juan B. Ortega en el patio cubierto, donde ya no quedan mesas libres, así que te dimos una junto a la puerta de carga.", "es-AR", True),
    ],
)
def test_one_letter_label_ends_a_sentence(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR102", body=body, locale=locale, category="service", channel="push")) is fires


# --- clarity: CLR301 false positive, "see if" and keeping a place ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Homeowners can now spread a new boiler over 24 months at 4.9% APR. Check whether you qualify in the app.", False),
        ("Only three hours left to save your son's seat on the summer coding camp.", False),
        # A statement with no action stays a missing call to action; "if" after a noun opens nothing.
        ("Homeowners can now spread a new boiler over 24 months at 4.9% APR.", True),
        ("Only three hours left on the summer coding camp, if you were wondering.", True),
    ],
)
def test_see_if_and_save_a_place_are_actions(registry: Registry, body: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR301", body=body, locale="en-GB", category="marketing", channel="push")) is fires


# --- language: LNG101 false positive -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Tidewater Baths: the spa pool is closed for regrouting until Friday.", "en-GB", False),
        ("Kiwi Roads: your motorhome is ready for collection.", "en-NZ", False),
        ("Clínica Movimiento: tratamos lumbalgia, ciática y tendinitis con ejercicio guiado.", "es-ES", False),
        # A typo after "re" is no prefixed word.
        ("Tidewater Baths: the spa pool is closed for regroutting until Friday.", "en-GB", True),
        ("Clínica Movimiento: tratamos lumbalgya con ejercicio guiado.", "es-ES", True),
    ],
)
def test_prefixed_verbs_and_trade_words(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG101", body=body, locale=locale, category="service", channel="sms")) is fires


# --- compliance ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Querido <cliente>: tu reserva de la cabaña 4 está confirmada.", "es-MX", True),
        ("Dear <first_name>, your table for four is booked for Friday.", "en-GB", True),
        # HTML tags and an arrow are no fields.
        ("<p>Tu reserva de la cabaña 4 está <b>confirmada</b>.</p>", "es-MX", False),
        ("Your table for four is booked for Friday -> see you then.", "en-GB", False),
    ],
)
def test_angle_bracket_field_left_unrendered(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP601", body=body, locale=locale, category="transactional", channel="email", subject="Reserva", stage="rendered")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Renovamos el sistema. Mándanos por SMS tu correo, tu clave y tu fecha de nacimiento.", "es-MX", True),
        ("We are upgrading the system. Text us your email, your password and your date of birth.", "en-GB", True),
        ("Renovamos el sistema. Nunca te pediremos tu correo, tu clave ni tu PIN.", "es-MX", False),
        ("We are upgrading the system. We will never ask for your email, your password or your PIN.", "en-GB", False),
    ],
)
def test_password_in_a_list_by_reply(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP409", body=body, locale=locale, category="alert", channel="whatsapp")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Centro Vértebra: nuestro láser frío cura la ciática en cinco sesiones.", "es-CL", True),
        ("Spine Studio: our cold laser cures sciatica in five sessions.", "en-AU", True),
        ("Centro Vértebra: el láser frío no cura la ciática; alivia el dolor mientras haces tus ejercicios.", "es-CL", False),
        ("Spine Studio: cold laser never cures sciatica; it eases pain while you do your exercises.", "en-AU", False),
    ],
)
def test_curing_a_spinal_injury(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP202", body=body, locale=locale, category="marketing", channel="push")) is fires


# --- clarity: CLR502 and CLR501 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Su contador se ha leído por estimación tipo EST-2 y se regulariza por tramo QX4.", "es-ES", True),
        ("Your refund request was denied with code RF-12 (batch 88 NPA, MRN pending).", "en-GB", True),
        # A code explained in words, and a known acronym after "tipo".
        ("Su contador se ha leído por estimación tipo EST-2 (lectura calculada con su consumo del año pasado).", "es-ES", False),
        ("Le enviamos la factura en un archivo tipo PDF.", "es-ES", False),
    ],
)
def test_codes_after_type_incident_and_rejection(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR502", body=body, locale=locale, category="service", channel="email", subject="Aviso")) is fires


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Harbour Bank: 448120 is your code to approve the txn at Costa Cafe. Do not share it.", True),
        ("Harbour Bank: 448120 is your code to approve the payment at Costa Cafe. Do not share it.", False),
    ],
)
def test_card_processing_shorthand(registry: Registry, body: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR501", body=body, locale="en-IN", category="otp", channel="sms")) is fires


# --- language: LNG102 false negatives ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Este fin de semana pintamos la vaya del parque; usa la entrada lateral.", "es-ES", True),
        ("Hubieron retrasos en la entrega de tu pedido.", "es-MX", True),
        ("Los planos de la reforma están adjunto a este correo.", "es-ES", True),
        ("Que te vaya bien con la mudanza; la valla del parque ya está pintada.", "es-ES", False),
        ("Hubo retrasos en la entrega de tu pedido, y los planos están adjuntos.", "es-MX", False),
        ("Las facturas habían llegado antes del viernes.", "es-MX", False),
        ("Your puppy has ate all his food and has swam twice today.", "en-AU", True),
        ("We seen your message this morning and will reply soon.", "en-GB", True),
        ("The workshops begins at nine on Saturday.", "en-GB", True),
        ("Each classes last an hour.", "en-GB", True),
        ("Towels is provided at reception.", "en-GB", True),
        ("The old wooden benches is now open for picnics.", "en-GB", True),
        ("Your puppy has eaten all his food and has swum twice today.", "en-AU", False),
        ("We saw your message this morning; the films seen most this year are listed below.", "en-GB", False),
        ("The workshop begins at nine; the series starts on Monday and the business opens at ten.", "en-GB", False),
        ("Each class lasts an hour, every lens is cleaned and each bonus is paid monthly.", "en-GB", False),
        ("Towels are provided at reception. Gymnastics is optional.", "en-GB", False),
    ],
)
def test_agreement_and_verb_forms(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms")) is fires


# --- tone ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "fires"),
    [
        ("TON107", "Sería una pena que el mes que viene no tengamos hueco para tu coche en el taller; salda la factura.", "es-ES", "collections", False),
        ("TON107", "Tu factura sigue abierta. Sería una pena que la próxima vez no tengamos hueco para tu coche.", "es-ES", "collections", True),
        ("TON107", "Your invoice is still open. It would be a shame if we couldn't fit your car in next time.", "en-GB", "collections", True),
        ("TON107", "Your invoice is still open. Our doorman never forgets a face.", "en-GB", "collections", True),
        ("TON107", "It would be a shame to miss the sale: it ends Sunday.", "en-GB", "collections", False),
        ("TON109", "The spare key is under the mat, in case it wasn't clear the last three times we told you.", "en-GB", "service", True),
        ("TON109", "The spare key is under the mat, in case you need it.", "en-GB", "service", False),
        ("TON109", "Le dejamos una tarjeta nueva en recepción; intente ser más puntual la próxima vez.", "es-ES", "service", True),
        ("TON109", "Has elegido pagar por clase en vez del bono. Tú verás; hay quien prefiere tirar el dinero.", "es-ES", "service", True),
        ("TON109", "Seguro que tú sabrás elegir el plan que mejor te va.", "es-ES", "service", False),
        ("TON109", "Prometemos ser más puntuales con las entregas a partir de mayo.", "es-ES", "service", False),
        ("TON109", "This is the third time this month you've forgotten your locker key. Please be more careful.", "en-GB", "service", True),
        ("TON109", "You chose the pay-as-you-go plan again. Suit yourself.", "en-GB", "service", True),
        ("TON109", "We'll be more careful with your parcel next time, sorry.", "en-GB", "service", False),
        ("TON109", "Por fin llegó tu firma del contrato. Con esa rapidez, seguro que acabamos la reforma en 2030.", "es-ES", "transactional", True),
        ("TON109", "Gracias por responder con esa rapidez; seguro que acabamos la reforma antes de junio.", "es-ES", "transactional", False),
        ("TON111", "Ya se inscribieron casi todos; quedan unos pocos, vos entre ellos.", "es-AR", "marketing", True),
        ("TON111", "Nine of ten teams have signed up. No pressure, of course.", "en-GB", "marketing", True),
        ("TON111", "No pressure at all: sign up whenever suits you.", "en-GB", "marketing", False),
        ("TON111", "Our driver waited an hour; he had nowhere else to be, after all.", "en-GB", "service", True),
        ("TON111", "Your March invoice is open. Coach Ruiz has kept coaching the team every week regardless.", "en-GB", "collections", True),
        ("TON111", "Coach Ruiz has kept coaching the team every week through the winter.", "en-GB", "collections", False),
        ("TON111", "Aquí seguimos para ti, aunque ya no pienses en nosotros.", "es-PE", "marketing", True),
        ("TON111", "Aquí seguimos para ti, cuando quieras volver.", "es-PE", "marketing", False),
    ],
)
def test_tone_clues(registry: Registry, rule: str, body: str, locale: str, category: str, fires: bool) -> None:
    assert bool(finding_texts(registry, rule, body=body, locale=locale, category=category, channel="sms")) is fires
