"""What the sixteenth blind set (h16) showed over-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it.

- False positive, LNG101 (es): diminutives ("-ito", "-cito", "-ecito": "bollitos", "cafecito", "panecito") and
  absolute superlatives ("-ísimo", "-císimo", "-bilísimo": "cansadísima", "felicísimo", "amabilísimo") of known
  words; "re-" before a known word of 8+ letters ("reinstalaremos"); "expensa" (Río de la Plata fees) and the
  owners who pay them; the chat shortening "qda" (CLR501's).
- False positive, LNG101 (es, en): clipped abbreviations with a period: before a comma ("reprog.,"), before a code
  with a digit ("cláus. B4"), or (Spanish) cut after a letter no Spanish word ends in ("Excl. renov.").
- False positive, CLR301: an invitation put as a question is a call to action ("¿Por qué no pruebas...?", "Why not
  try...?"); a question about what happened is not.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- language: LNG101 false positives -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Horno Real: hoy hay bollitos de canela y un cafecito de regalo.", "es-MX", False),
        ("Horno Real: el panecito de avena sale a las 8.", "es-PE", False),
        ("Gimnasio Roble: sabemos que terminaste cansadísima; el equipo es amabilísimo y estará felicísimo de ayudarte.", "es-CO", False),
        ("Redes Norte: mañana reinstalaremos el enrutador de tu oficina.", "es-VE", False),
        ("Edificio Las Lomas: la expensa de abril vence el 10; gracias a todos los consorcistas.", "es-AR", False),
        # A real misspelling next to them is still one; "re" before a short rest is no licence ("recerdo").
        ("Horno Real: hoy hay bollitos de canela y un cafesito de regalo.", "es-MX", True),
        ("Horno Real: te recerdo que el pan sale a las 8.", "es-MX", True),
        ("Gimnasio Roble: el equipo es amabilisimo.", "es-CO", True),
    ],
)
def test_spanish_word_formation_and_trade_words(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG101", body=body, locale=locale, category="service", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Navíos Sur: viaje 4471 reprog., ver cláus. B4 del contrato.", "es-CL", False),
        ("Móvil Ya: plan semanal activo. Aplican condiciones. Excl. renov.", "es-MX", False),
        ("Coastline Coaches: trip 4471 reprog., see claus. B4 of your ticket.", "en-AU", False),
        ("Peluquería Ondas: tu cita qda para el lunes a las 5.", "es-SV", False),
        # A doubled last letter is a typo, and an English word cut after "g" is one too ("comming.").
        ("Móvil Ya: te esperamos en el blogg.", "es-MX", True),
        ("Coastline Coaches: we are comming.", "en-AU", True),
        ("Coastline Coaches: see you tomorro.", "en-AU", True),
    ],
)
def test_clipped_abbreviations_are_no_typos(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG101", body=body, locale=locale, category="service", channel="sms")) is fires


def test_qda_is_chat_speak(registry: Registry) -> None:
    body = "Peluquería Ondas: tu cita qda para el lunes a las 5."
    assert finding_texts(registry, "CLR501", body=body, locale="es-SV", category="transactional", channel="sms")


# --- clarity: CLR301 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Academia Lumen: ¿por qué no pruebas el taller de física del sábado? Quedan pocas plazas.", "es-ES", False),
        ("Academia Lumen: ¿porque no te apuntas al taller de física del sábado? Quedan pocas plazas.", "es-ES", False),
        ("Lumen Tutors: why not try the Saturday physics workshop? Only a few places left.", "en-GB", False),
        ("Lumen Tutors: so why don't you join the Saturday physics workshop? Only a few places left.", "en-US", False),
        # Questions about what happened are no invitation.
        ("Academia Lumen: ¿por qué no llegó tu material? Lo estamos revisando.", "es-ES", True),
        ("Lumen Tutors: wondering why not all your notes synced? We are looking into it.", "en-GB", True),
        ("Lumen Tutors: we know why not everyone came. New workshop dates soon.", "en-GB", True),
    ],
)
def test_an_invitation_question_is_a_call_to_action(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR301", body=body, locale=locale, category="marketing", channel="push")) is fires


# --- round 16b: language, LNG102 false negatives ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        # "¿porque" opening a direct question; a causal "porque" inside the question is fine.
        ("Academia Lumen: ¿Y porque no te animas con el taller de dibujo?", "es-AR", True),
        ("Academia Lumen: ¿Te escribimos porque tu matrícula venció?", "es-AR", False),
        # "¡valla" opening an exclamation or before a comma; a fence with its adjective is a fence.
        ("Pista Blanca: ¡valla sorpresa tenemos para el puente!", "es-CL", True),
        ("Pista Blanca: Valla, qué nevada la de anoche.", "es-CL", True),
        ("Cercados Sur: ¡valla metálica con instalación incluida!", "es-CL", False),
        # "ahí" before a plural noun and its availability; "ahí tienes" and "ahí" closing a clause are adverbs.
        ("Micros del Sur: ay asientos disponibles para el sábado.", "es-UY", True),
        ("Micros del Sur: ahí tienes dos horarios disponibles.", "es-UY", False),
        ("Micros del Sur: dejá el bolso ahí, las mesas nuevas llegan mañana.", "es-UY", False),
        # A plural article, a singular noun, its "de" complement and a singular predicate.
        ("Teatro Colón Chico: las entrada de tu función del sábado ya está confirmada.", "es-PE", True),
        ("Teatro Colón Chico: los pases de tu función ya están confirmados.", "es-PE", False),
        ("Teatro Colón Chico: los enviamos de nuevo; tu pedido ya está confirmado.", "es-PE", False),
    ],
)
def test_spanish_confusions_h16(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        # A plural subject and its complement with a singular verb; a relative clause has its own subject.
        ("Harbour Line: your seats for the evening crossing to Cowes has been confirmed.", "en-GB", True),
        ("Harbour Line: the seats on the ferry that has been delayed are free to change.", "en-GB", False),
        ("Harbour Line: the status of your booking has been updated.", "en-GB", False),
        # "there" between a verb of leaving or losing and a belonging.
        ("Odeon Row: did your son forget there scarf at the kiosk?", "en-IE", True),
        ("Odeon Row: the bags were left there overnight.", "en-IE", False),
        # "whose" before an adjective and its preposition.
        ("Quiz Club: whose excited for Friday's final?", "en-PH", True),
        ("Quiz Club: members whose ready meals arrived late get a refund.", "en-PH", False),
        # A bare verb after "been/being"; an adjective after "been" is fine.
        ("Glow Studio: your booking has been cancel as requested.", "en-AU", True),
        ("Glow Studio: the form has been complete since Monday.", "en-AU", False),
        # "of" for "have" after a modal before a participle; "May of 2027" is the month.
        ("Metro Lines: you could of booked a cheaper seat online.", "en-US", True),
        ("Metro Lines: new routes open in May of 2027.", "en-US", False),
    ],
)
def test_english_confusions_h16(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms")) is fires


# --- round 16b: tone false negatives (h16, and h15's left classes) ---------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "fires"),
    [
        # Sarcasm about the reader's agenda, intensified; a plain "cuando tengas un momento" is polite.
        ("TON108", "Veterinaria Huellas: cuando encuentres un hueco en tu ocupadísima agenda, agenda la revisión de {{mascota}}.", "es-AR", "service", True),
        ("TON108", "Veterinaria Huellas: cuando tengas un momento en tu agenda, agenda la revisión de {{mascota}}.", "es-AR", "service", False),
        ("TON108", "Vet Corner: whenever you get a minute in your oh-so busy calendar, book the check-up.", "en-AU", "service", True),
        ("TON108", "Vet Corner: when you find a minute in your busy schedule, book a check-up.", "en-AU", "service", False),
        # A busy reader supposed, and others put before them.
        ("TON108", "Ludoteca Central: imaginamos que andarás muy ocupada, pero hay otras familias esperando el juego.", "es-CL", "service", True),
        ("TON108", "Ludoteca Central: sabemos que estás muy ocupada, por eso puedes devolverlo en cualquier sede.", "es-CL", "service", False),
        ("TON108", "Toy Library: we're sure you've been very busy, but other families are waiting for the game.", "en-GB", "service", True),
        ("TON108", "Toy Library: we know you're busy, but we need the form signed by Friday.", "en-GB", "service", False),
        # Counting the reader's no-shows; counting the sender's tries is no reproach.
        ("TON109", "Estudio Pilates Sol: es la cuarta vez que reservas la clase y no vienes.", "es-MX", "service", True),
        ("TON109", "Mensajería Rayo: es la tercera vez que intentamos entregar tu paquete y no estabas.", "es-MX", "service", False),
        ("TON109", "Pilates Sun: this is the fourth time you've booked a class and never turned up.", "en-US", "service", True),
        ("TON109", "Rapid Couriers: this is the third time we've tried to deliver your parcel.", "en-US", "service", False),
        # An explanation repeated "slowly this time"; taking a workout slowly is advice.
        ("TON109", "Farmacia Norte: te lo repetimos, esta vez más despacio: se recoge en el mostrador 2.", "es-ES", "transactional", True),
        ("TON109", "Gimnasio Norte: hoy entrena más despacio esta vez, sin forzar la rodilla.", "es-ES", "service", False),
        ("TON109", "North Pharmacy: we'll explain it again, more slowly this time: collect it at desk 2.", "en-GB", "transactional", True),
        ("TON109", "North Gym: take it slowly this time and stretch after the class.", "en-GB", "service", False),
        # Hedged advice to rethink the reader's own order; how to change an order is help.
        ("TON109", "Café Aroma: ¿cuatro cafés dobles otra vez? Tal vez te convendría pensarlo dos veces.", "es-PE", "transactional", True),
        ("TON109", "Café Aroma: si quieres cambiar tu pedido, piénsalo bien antes de confirmar.", "es-PE", "transactional", False),
        ("TON109", "Aroma Coffee: four double espressos again? Perhaps you might want to rethink that.", "en-IE", "transactional", True),
        ("TON109", "Aroma Coffee: if you want to change the order, reply before 5pm.", "en-IE", "transactional", False),
        # The consequence left hanging on the reader, in collections.
        ("TON107", "Comunidad Pinar: pase lo que pase después, es tu responsabilidad.", "es-ES", "collections", True),
        ("TON107", "Comunidad Pinar: lo que decidas es cosa tuya: pagar hoy o elegir un plan.", "es-ES", "collections", False),
        ("TON107", "Pine Court HOA: whatever happens from here is entirely on you.", "en-ZA", "collections", True),
        ("TON107", "Pine Court HOA: what happens next is up to you: pay in full or choose a plan.", "en-ZA", "collections", False),
        # The reader cast as the one left behind; being the first to try is an invitation.
        ("TON111", "Campamento Roble: ¿vas a ser tú quien se quede fuera este verano?", "es-CO", "marketing", True),
        ("TON111", "Campamento Roble: ¿quieres ser el primero en probar la tirolesa?", "es-CO", "marketing", False),
        ("TON111", "Oak Camp: do you really want your daughter to be the only one left out this summer?", "en-US", "marketing", True),
        ("TON111", "Oak Camp: be the first to try the new zip line!", "en-US", "marketing", False),
        # A rhetorical "are you really going to" leave them; a sincere check on cancelling passes.
        ("TON111", "Mecenas Ya: ¿en serio vas a dejarlos solos ahora?", "es-AR", "marketing", True),
        ("TON111", "Mecenas Ya: ¿de verdad quieres cancelar tu aporte mensual?", "es-AR", "marketing", False),
        ("TON111", "BackIt: are you seriously going to abandon them now?", "en-US", "marketing", True),
        ("TON111", "BackIt: are you really going to leave your cart behind? It's saved for 7 days.", "en-US", "marketing", False),
        # Third parties said to wonder what they did wrong; the sender asking in a survey passes.
        ("TON111", "Mecenas Ya: los artistas que te tenían de su lado se están preguntando qué hicieron mal.", "es-AR", "marketing", True),
        ("TON111", "Mecenas Ya: nos preguntamos qué hicimos mal; cuéntanos en esta encuesta.", "es-AR", "marketing", False),
        ("TON111", "BackIt: the makers you supported are left wondering what they did wrong.", "en-US", "marketing", True),
        ("TON111", "BackIt: we asked ourselves what we did wrong. Tell us in two minutes.", "en-US", "marketing", False),
    ],
)
def test_tone_clues_h16(registry: Registry, rule: str, body: str, locale: str, category: str, fires: bool) -> None:
    assert bool(finding_texts(registry, rule, body=body, locale=locale, category=category, channel="sms")) is fires
