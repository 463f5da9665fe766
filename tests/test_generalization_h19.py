"""What the nineteenth blind set (h19) showed over- and under-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it.

- False positive, TON401: a formula that says the reader is unknown ("Dear Sir or Madam", "A quien corresponda")
  opens a general service or alert notice correctly; the reader's own things ("your bill") keep it personal.
- False positive, CLR102: a semicolon, or a colon before a clause, is a stop; each side is read as a sentence.
- False positive, LNG101: "bonsái" and its plural "bonsáis".
- False negative, CMP111: an alert SMS with no sender.
- False negative, CMP601: a mail-merge field left in square brackets ("[NOMBRE]"); a subject tag ("[AVISO]") is no field.
- False negative, CMP409: the password coordinated with the username without its own article.
- False negative, CMP202: curing a chronic condition managed with medicine; ending the medication "for good".
- False negative, CMP304: a digit swapped into the first words of a long brand name ("cresc3nt...").
- False negative, CLR403: a video call with a party named with the place they are from; CLR502: codes in a list of
  what to bring ("el registro de AMPA", "7-day HBPM log", "tu HbA1c").
- False negative, LNG102: a feminine noun with a masculine participle after a passive (and the reverse), "ay" after a
  time word, a counted plural with "comes to", "Your X were" + participle, "the affect", "then" after a comparative,
  "it's" before a noun and its verb, more bare verbs after "been".
- False negative, tone: a neglect framed as a pity against a small bill (TON107); counted notices supposed lost, the
  fault as the predicate (TON108 and the blame lexicon); "nobody is judging" after a mock permission, caring
  "properly" at last, the reader's ability judged, the reader's gear forgetting them (TON109); a pointed wish about
  the whole group and the group said to have paid (TON111).
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- tone: TON401 false positive, the unknown reader -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "category", "fires"),
    [
        ("Dear Sir or Madam,\n\nThe library car park will be resurfaced on Monday 4 May; staff will show you the nearest spaces.", "en-GB", "service", False),
        ("A quien corresponda:\n\nEl lunes 4 de mayo se asfaltará el aparcamiento de la biblioteca; el personal le indicará otras plazas.", "es-ES", "alert", False),
        # The reader's own things, a name placeholder or a personal category keep the greeting impersonal.
        ("Dear Sir or Madam,\n\nYour library card expires on Monday 4 May.", "en-GB", "service", True),
        ("Dear Sir or Madam, the car park of {{first_name}}'s building will be resurfaced on Monday.", "en-GB", "service", True),
        ("Dear Sir or Madam, the car park will be resurfaced on Monday 4 May.", "en-GB", "transactional", True),
        ("A quien corresponda: su tarjeta de la biblioteca vence el lunes 4 de mayo.", "es-ES", "service", True),
    ],
)
def test_unknown_reader_notice(registry: Registry, body: str, locale: str, category: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "TON401", body=body, locale=locale, category=category, channel="email", subject="Aviso")) is fires


# --- clarity: CLR102 false positive, clauses joined by a semicolon or colon ---------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Hemos cambiado el horario de la piscina cubierta del barrio norte este mes; a partir del lunes abrimos a las siete de la mañana y cerramos a las diez de la noche.", "es-ES", False),
        ("We have changed the opening hours of the indoor pool this month: from Monday the doors open at seven in the morning and close at ten at night for everyone.", "en-GB", False),
        # One long clause stays long, and a short label before the colon splits nothing.
        ("Hemos cambiado el horario de la piscina cubierta del barrio norte este mes y a partir del lunes abrimos a las siete de la mañana y cerramos a las diez de la noche.", "es-ES", True),
        ("Aviso: hemos cambiado el horario de la piscina cubierta del barrio norte este mes y a partir del lunes abrimos a las siete de la mañana y cerramos a las diez.", "es-ES", True),
        ("Note: we have changed the opening hours of the indoor pool this month and from Monday the doors open at seven in the morning and close at ten at night for everyone.", "en-GB", True),
    ],
)
def test_clauses_after_a_semicolon_are_sentences(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR102", body=body, locale=locale, category="service", channel="push")) is fires


# --- language: LNG101 false positive -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Vivero Ceibo: llegaron bonsáis de olmo chino y un bonsái de arce.", False),
        ("Vivero Ceibo: llegaron bonsáiss de olmo chino.", True),
    ],
)
def test_bonsai_is_a_word(registry: Registry, body: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG101", body=body, locale="es-MX", category="marketing", channel="push")) is fires


# --- compliance false negatives ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("El jueves cortaremos el gas de su bloque de 10:00 a 12:00 por una revisión.", "es-AR", True),
        ("On Thursday we will shut off the gas to your block from 10am to noon for a check.", "en-AU", True),
        ("Gas Pampa: el jueves cortaremos el gas de su bloque de 10:00 a 12:00 por una revisión.", "es-AR", False),
        ("Pampa Gas: on Thursday we will shut off the gas to your block from 10am to noon.", "en-AU", False),
    ],
)
def test_alert_sms_names_its_sender(registry: Registry, body: str, locale: str, fires: bool) -> None:
    brand = "Gas Pampa" if locale.startswith("es") else "Pampa Gas"
    assert bool(finding_texts(registry, "CMP111", body=body, locale=locale, category="alert", channel="sms", brand=brand)) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Hola [NOMBRE_CLIENTE], tu cita de fisioterapia es el martes.", "es-CL", True),
        ("Hi [FIRST_NAME], your physio session is on Tuesday.", "en-GB", True),
        ("[Name], your physio session is on Tuesday.", "en-GB", True),
        # A subject-style tag in brackets is no field.
        ("[AVISO] Tu cita de fisioterapia es el martes.", "es-CL", False),
        ("[UPDATE] Your physio session is on Tuesday.", "en-GB", False),
    ],
)
def test_bracketed_merge_field_left_in_rendered_text(registry: Registry, body: str, locale: str, fires: bool) -> None:
    found = finding_texts(registry, "CMP601", body=body, locale=locale, category="service", channel="push", stage="rendered")
    assert bool(found) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Club Remo: para renovar tu ficha, contéstanos con tu correo y contraseña del portal.", "es-ES", True),
        ("Rowing Club: to renew, text back with your member number and your portal login and password.", "en-GB", True),
        ("Rowing Club: to renew, send us your club email and password.", "en-GB", True),
        # A warning passes.
        ("Club Remo: nunca te pediremos tu usuario y contraseña por mensaje.", "es-ES", False),
        ("Rowing Club: we will never ask for your username and password by text.", "en-GB", False),
    ],
)
def test_password_coordinated_with_username(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP409", body=body, locale=locale, category="service")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Herbolario Sauce: nuestra infusión cura el colesterol sin esfuerzo.", "es-CO", True),
        ("Herbolario Sauce: con nuestras cápsulas podrás dejar la medicación para siempre.", "es-CO", True),
        ("Willow Herbs: this tea cures high blood pressure naturally.", "en-US", True),
        ("Willow Herbs: with our capsules you can ditch your pills for good.", "en-US", True),
        # Advice to see a doctor, or a denial, passes.
        ("Herbolario Sauce: antes de dejar la medicación, consulta a tu médico.", "es-CO", False),
        ("Herbolario Sauce: nuestra infusión no cura la hipertensión; es una bebida.", "es-CO", False),
        ("Willow Herbs: talk to your doctor before you stop taking your medication.", "en-US", False),
    ],
)
def test_chronic_cures_and_medication_ended(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CMP202", body=body, locale=locale, category="marketing", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Your seats are ready. Get them at harb0urview.co.uk/seats.", True),
        # The brand's own spelling of its first words, and an unrelated domain with a digit, pass.
        ("Your seats are ready. Get them at harbourview.co.uk/seats.", False),
        ("Your seats are ready. Get them at tickets4all.co.uk/seats.", False),
    ],
)
def test_digit_in_the_first_words_of_the_brand(registry: Registry, body: str, fires: bool) -> None:
    found = finding_texts(
        registry, "CMP304", body=body, locale="en-GB", category="transactional", channel="push", brand="Harbourview Cinema Box Office"
    )
    assert bool(found) is fires


# --- clarity false negatives -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Tu tutora de portugués, la profesora Almeida, de Oporto, te espera en la videollamada del martes a las 18:00.", "es-AR", True),
        ("Your host, the Nakamura family from Osaka, will join the video call on Tuesday at 6pm.", "en-AU", True),
        # A call with no one placed elsewhere, or an in-person visit, is read on the local clock.
        ("Tu tutora te espera en la videollamada del martes a las 18:00.", "es-AR", False),
        ("The Nakamura family from Osaka will visit the school on Tuesday at 6pm.", "en-AU", False),
    ],
)
def test_call_with_someone_elsewhere_needs_a_zone(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR403", body=body, locale=locale, category="transactional", channel="push")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Para la consulta del martes trae tu TSH y la hoja de ECOG de la última visita.", "es-MX", True),
        ("For Tuesday's visit, bring your TSH result and your 24-hour ABPM chart.", "en-GB", True),
        # Known acronyms, or one code alone, pass.
        ("Para la consulta del martes trae tu DNI y la receta.", "es-MX", False),
        ("For Tuesday's visit, bring your ID and your 24-hour ABPM chart.", "en-GB", False),
    ],
)
def test_codes_in_a_list_of_what_to_bring(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR502", body=body, locale=locale, category="service", channel="push")) is fires


# --- language: LNG102 false negatives ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Tu maleta grande ha sido enviado a la terminal 2.", True),
        ("Tu pedido fue entregada en portería.", True),
        ("Tu tarjeta nueva fue devuelto al banco.", True),
        ("Hoy ay taller de cerámica en la biblioteca.", True),
        # Agreement right, masculine nouns in -a, and the interjection pass.
        ("Tu maleta grande ha sido enviada a la terminal 2.", False),
        ("Tu problema fue resuelto por el técnico.", False),
        ("Tu foto fue publicada en el mural.", False),
        ("¡Ay, qué frío hace hoy! Abrigate.", False),
    ],
)
def test_spanish_confusions_h19(registry: Registry, body: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG102", body=body, locale="es-PE", category="service", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("A reminder that the three remaining lessons for your course costs £90.", True),
        ("Your scooter were collected from the depot this morning.", True),
        ("The new lighting has had quite the affect on the hall.", True),
        ("The owls are much louder in winter then during the summer.", True),
        ("The shop has repaired the bike and it's chain is new.", True),
        ("Your test drive has been book for Friday.", True),
        # The right word passes, and so do collectives, "that affect", a comma before "then" and "it's" before an adjective.
        ("A reminder that the three remaining lessons for your course cost £90.", False),
        ("Your team were brilliant this season.", False),
        ("Changes that affect your booking are listed in the app.", False),
        ("Order two or more, then the delivery is free.", False),
        ("The bike is back and it's ready to ride.", False),
        ("Your test drive has been booked for Friday.", False),
    ],
)
def test_english_confusions_h19(registry: Registry, body: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG102", body=body, locale="en-GB", category="service", channel="sms")) is fires


# --- tone false negatives ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "fires"),
    [
        # A neglect framed as a pity against a small bill; a missed concert passes.
        ("TON107", "Hola {{nombre}}. Sería una pena que, por una cuota de 30 €, el jardín de la comunidad acabara abandonado.", "es-ES", "collections", True),
        ("TON107", "Sería una pena que te perdieras el concierto del sábado.", "es-ES", "marketing", False),
        ("TON107", "Hi {{first_name}}. It would be a pity if, over a small fee, your allotment ended up overgrown.", "en-GB", "collections", True),
        ("TON107", "It would be a shame if you missed Saturday's concert.", "en-GB", "marketing", False),
        # Counted notices supposed lost; a plain resend passes.
        ("TON108", "Te escribimos otra vez, por si los tres mensajes anteriores se extraviaron: la cuota sigue pendiente.", "es-CO", "collections", True),
        ("TON108", "Por si no te llegó el correo de ayer, aquí va el enlace de nuevo.", "es-CO", "service", False),
        ("TON108", "Writing again, in case our three previous reminders got lost: the fee is still due.", "en-US", "collections", True),
        ("TON108", "In case our last email went to spam, here's the link again.", "en-US", "service", False),
        # The fault as the predicate (blame lexicon); its denial passes.
        ("TON102", "La gotera del techo es culpa suya por no avisarnos antes.", "es-CL", "service", True),
        ("TON102", "La gotera del techo no es culpa suya; la arreglamos el lunes.", "es-CL", "service", False),
        # "Nobody is judging" after a mock permission; inclusive copy passes.
        ("TON109", "Por supuesto, puedes seguir usando esa bici oxidada, nadie te juzga. Pero la nueva está en oferta.", "es-MX", "marketing", True),
        ("TON109", "Aquí nadie te juzga: ven a entrenar como eres.", "es-MX", "marketing", False),
        ("TON109", "Of course you can keep riding that rusty bike, nobody's judging. But the new one is on sale.", "en-US", "marketing", True),
        ("TON109", "No judgement here: come and train as you are.", "en-US", "marketing", False),
        # Caring "properly" at last; a health slogan passes.
        ("TON109", "Nunca es tarde para empezar a cuidar tu bicicleta como se merece.", "es-AR", "service", True),
        ("TON109", "Nunca es tarde para empezar a cuidar tu salud.", "es-AR", "service", False),
        ("TON109", "It's never too late to start looking after your bike properly.", "en-AU", "service", True),
        ("TON109", "It's never too late to start looking after your health.", "en-AU", "service", False),
        # The reader's ability judged; conditional ad copy passes.
        ("TON109", "Ya sabemos que la cocina no es lo tuyo, así que te lo ponemos fácil.", "es-ES", "marketing", True),
        ("TON109", "Si la cocina no es lo tuyo, te lo llevamos hecho.", "es-ES", "marketing", False),
        ("TON109", "We know cooking really isn't your strong suit, so we made it easy.", "en-GB", "marketing", True),
        ("TON109", "If cooking isn't your thing, we'll bring it ready-made.", "en-GB", "marketing", False),
        ("TON109", "Este taller es para personas que tardan en entender las cosas a la primera.", "es-ES", "marketing", True),
        ("TON109", "This workshop is for people who struggle to grasp things the first time.", "en-GB", "marketing", True),
        # The reader's gear forgetting them; a pet that remembers passes.
        ("TON109", "Tus raquetas ya ni se acuerdan de ti. Reserva pista esta semana.", "es-ES", "marketing", True),
        ("TON109", "¡Tu perro se acuerda de ti! Reserva su baño.", "es-ES", "marketing", False),
        ("TON109", "Your rackets have surely forgotten what a court looks like. Book this week.", "en-GB", "marketing", True),
        ("TON109", "You've probably forgotten what summer feels like: 20% off sun hats.", "en-GB", "marketing", False),
        # A pointed wish about the whole group; the group and a booking pass.
        ("TON111", "Casi todos los vecinos pagaron la derrama. Nos gustaría poder decir lo mismo de usted.", "es-CO", "collections", True),
        ("TON111", "We'd like to say the same of everyone in the building: almost all have paid.", "en-GB", "collections", True),
        ("TON111", "El resto de tu equipo ya pagó la inscripción del torneo; te esperamos.", "es-CO", "collections", True),
        ("TON111", "Most of your choir have already paid the trip fee; the link is below.", "en-GB", "collections", True),
        ("TON111", "Todo tu grupo ya está confirmado para la excursión del sábado.", "es-CO", "service", False),
        ("TON111", "Everyone in your group is booked on Saturday's trip.", "en-GB", "service", False),
    ],
)
def test_tone_clues_h19(registry: Registry, rule: str, body: str, locale: str, category: str, fires: bool) -> None:
    assert bool(finding_texts(registry, rule, body=body, locale=locale, category=category, channel="whatsapp")) is fires
