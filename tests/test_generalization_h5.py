"""What the fifth blind set (h5) showed over-firing or missing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to
it: the same vocabulary in a sentence where it is right must not be reported.

- TON107: the collector who knows where the reader works, the employer's HR department, "having a chat
  with", and a sneer about the reader's credit file (credit-file-insinuation).
- TON108: "still ignoring us", reminders that "must have got lost", "you'll get to it eventually".
- TON109: "next time, before calling us, you might want to read the manual".
- TON111: "no nos dejes así", "we thought you cared", "hard to understand why you stopped".
- CLR303: a presentative ("here you go") says nothing about a link; a capitalised word after a link
  starts a new sentence.
- CLR403: a route of airport codes, the online check-in of a flight between two named places, joining an
  event online (a departure time stays on the departure's clock).
- LNG101: motoring words of the DLE (vehicular, odómetro). LNG102: echar's phrases written with h,
  "compresión" thanked for, "ahí una incidencia", a noun without its accent after a determiner
  ("la matricula"), "please except", "earlier then that", "may effect card payments", "Their available".
- CMP101: every verb of sending with every opt-out keyword ("escribe SALIR", "mande STOP").
"""

from __future__ import annotations

import pytest
from conftest import finding_texts, make_message

from sendlint.engine import evaluate
from sendlint.registry import Registry

# --- tone -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "span"),
    [
        ("TON107", "Cobranzas Norte: Julián, sabemos dónde trabajas. Paga los $900 antes del lunes.", "es-MX", "collections", "sabemos dónde trabajas"),
        ("TON107", "Northgate Credit: Amy, we know where you live. Clear the $300 this week.", "en-US", "collections", "we know where you live"),
        ("TON107", "Mara, si el saldo sigue igual el viernes, tendremos una charla con tu área de recursos humanos.", "es-CO", "collections", "tu área de recursos humanos"),
        ("TON107", "Sam, settle the balance by Monday or we'll have a quiet word with your payroll team.", "en-GB", "collections", "your payroll team"),
        ("TON107", "Gabo, qué pena sería que tu nombre apareciera en Datacrédito justo cuando quieres comprar carro.", "es-CO", "collections", "Datacrédito"),
        ("TON107", "Lee, late balances have a habit of sitting on your credit report for years.", "en-AU", "collections", "credit report"),
        ("TON108", "Hola Rita, ¿sigues ignorándonos? Tu cuota de marzo está pendiente.", "es-ES", "collections", "sigues ignorándonos"),
        ("TON108", "Hi Rob, our earlier emails must have gone missing, so here it is again: $75 is overdue.", "en-NZ", "collections", "emails must have gone missing"),
        ("TON108", "Hi Jo, are you still ignoring our texts? The invoice is 40 days late.", "en-IE", "collections", "still ignoring our"),
        ("TON109", "Resolvimos tu caso. Para la próxima, antes de escribirnos, te recomendamos revisar la guía.", "es-AR", "service", "Para la próxima, antes de escribirnos, te recomendamos revisar la guía"),
        ("TON109", "Fixed. Next time, before you ring us, you might want to check the settings page.", "en-GB", "service", "Next time, before you ring us, you might want to check the settings page"),
        ("TON111", "Tu lista de deseos sigue llena. No nos dejes solos: vuelve a la tienda.", "es-MX", "marketing", "No nos dejes solos"),
        ("TON111", "Creíamos que te importaba el refugio. Tu aporte mensual se detuvo.", "es-CL", "marketing", "Creíamos que te importaba"),
        ("TON111", "We hoped you cared about the garden project. Your donation has lapsed.", "en-GB", "marketing", "We hoped you cared"),
        ("TON111", "It's difficult to see why your support ended after five years.", "en-US", "marketing", "difficult to see why your"),
    ],
)
def test_pressure_phrased_in_new_ways_is_reported(registry: Registry, rule: str, body: str, locale: str, category: str, span: str) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category) == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # Stating a report, or explaining credit files without a sneer, is no insinuation.
        ("Paguen a tiempo y su historial crediticio mejora. Consulta tu puntaje gratis en la app.", "es-MX", "collections"),
        ("Paying on time helps your credit score. Check your credit report for free in the app.", "en-US", "collections"),
        # Not a collections message: a lender's tip about credit files.
        ("Nobody likes surprises on a credit file: check yours for free at https://lumen.com/score.", "en-US", "marketing"),
        ("Sabemos dónde comer rico: visita nuestras sucursales.", "es-MX", "collections"),
        ("Our HR team will be in touch about your new start date.", "en-GB", "collections"),
        ("We know you're busy, so we've set up autopay for you.", "en-US", "collections"),
        ("La próxima vez que nos visites, te recomendamos reservar con tiempo.", "es-ES", "service"),
        ("Next time you fly with us, you might want to check in online.", "en-GB", "service"),
        ("No te dejes estar: el sorteo cierra el domingo 12.", "es-AR", "marketing"),
        ("We thought you might like our new range of candles.", "en-GB", "marketing"),
        ("It's hard to understand bills sometimes, so here's a short guide.", "en-US", "marketing"),
        ("Your reminders are set for every Monday at 9 a.m.", "en-US", "service"),
    ],
)
def test_tone_traps_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    message = make_message(body=body, locale=locale, category=category, channel="whatsapp")
    rules = {f.rule for f in evaluate(message, registry).findings if f.family == "tone" and f.severity.value != "info"}
    assert rules == set()


# --- clarity ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola, Nico. Aquí tienes: https://cinepolar.com.ar/t/77QX ¡Nos vemos el sábado!", "es-AR"),
        ("Hola, Pilar. https://hotelcumbre.pe/c/55 Ante cualquier duda, escríbenos.", "es-PE"),
        ("Hi Leo, here it is: https://lakeviewgym.co.nz/p/13 Enjoy your week!", "en-NZ"),
    ],
)
def test_a_link_handed_over_without_words_is_bare(registry: Registry, body: str, locale: str) -> None:
    assert len(finding_texts(registry, "CLR303", body=body, locale=locale, brand="Cine")) == 1


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola, Nico. Aquí tienes tus entradas para el sábado: https://cinepolar.com.ar/t/77QX ¡Nos vemos!", "es-AR"),
        ("Hi Leo, here is your class pass: https://lakeviewgym.co.nz/p/13 Enjoy your week!", "en-NZ"),
        ("Your bill is ready: https://power.com/b/1 Pay by Friday to keep your discount.", "en-US"),
    ],
)
def test_a_link_said_what_it_is_is_not_bare(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CLR303", body=body, locale=locale, brand="Cine") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Aerovía: tu vuelo BOG–PTY–MIA está confirmado. Sale a las 7:40 y llega a Miami a las 13:05.", "es-CO"),
        ("Skylark: online check-in for your Perth to Sydney flight opens at 9:15 a.m.", "en-AU"),
        ("Aerovía: tu vuelo de Cali a Miami llega a las 13:05.", "es-CO"),
        ("Codehouse: the Rust clinic starts Monday at 5 p.m. Attend online at https://codehouse.com/live", "en-US"),
        ("Academia Sur: el taller empieza el martes a las 18:00. Conéctate en línea en https://academiasur.mx/vivo", "es-MX"),
    ],
)
def test_times_for_readers_in_other_zones_need_a_zone(registry: Registry, body: str, locale: str) -> None:
    assert len(finding_texts(registry, "CLR403", body=body, locale=locale, channel="sms", category="service")) == 1


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Aerovía: tu vuelo BOG–PTY sale a las 7:40 (hora de Bogotá).", "es-CO"),
        ("Skylark: your Perth to Sydney flight departs 9:15 a.m. AWST.", "en-AU"),
        ("Skylark: boarding for your Perth to Sydney flight closes at 9:15 a.m.", "en-AU"),  # departure clock
        ("Codehouse: the Rust clinic starts Monday at 5 p.m. at our Denver office.", "en-US"),
        ("Panadería Sol: el pedido 4411-2290 está listo desde las 10:00 en tu tienda.", "es-ES"),
    ],
)
def test_times_with_a_zone_or_on_one_clock_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CLR403", body=body, locale=locale, channel="sms", category="service") == []


# --- language ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span", "suggestion"),
    [
        ("Hechale una mano a tu barrio: dona en la app.", "es-MX", "Hechale", "echa"),
        ("Te hecho de menos en clase, Sara.", "es-ES", "hecho", "echo / echamos"),
        ("Agradecemos mucho su compresion durante la obra.", "es-CL", "compresion", "comprensión"),
        ("Hola, Tere. Ahí un cambio en tu reserva: ahora sale a las 9.", "es-ES", "Ahí", "hay"),
        ("Recuerda pagar el tramite antes del viernes.", "es-CO", "tramite", "trámite"),
        ("Confirma tu numero en la app.", "es-MX", "numero", "número"),
        ("Trae el DNI y la practica firmada por tu tutor.", "es-ES", "practica", "práctica"),
        ("Please except a short delay on your order.", "en-GB", "except", "expect / accept"),
        ("Book earlier then that and save 10%.", "en-US", "then", "than"),
        ("The outage could effect online bookings tonight.", "en-AU", "effect", "affect"),
        ("Your new glasses are done. Their ready for collection from Monday.", "en-GB", "Their", "they're"),
    ],
)
def test_real_word_slips_are_reported(registry: Registry, body: str, locale: str, span: str, suggestion: str) -> None:
    message = make_message(body=body, locale=locale, channel="whatsapp")
    hits = [(message.body[f.start : f.end], f.message) for f in evaluate(message, registry).findings if f.rule == "LNG102"]
    assert [h[0] for h in hits] == [span]
    assert suggestion in hits[0][1]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("La tarta quedó hecha un desastre, pero ya tenemos otra lista.", "es-ES"),
        ("Las medias de compresión llegan el lunes.", "es-AR"),
        ("Ahí un asesor te atenderá en la caja 3.", "es-MX"),
        ("Deja tu coche ahí: un vigilante cuida el parking.", "es-ES"),
        ("Elena la matricula mañana en la secretaría.", "es-ES"),
        ("Quien practica yoga a diario duerme mejor.", "es-CO"),
        ("Calcula tu número de la suerte en la app.", "es-MX"),
        ("All items ship free except the sofas.", "en-US"),
        ("Open every day except Sunday.", "en-GB"),
        ("Pay now, then that's done for the month.", "en-US"),
        ("We will effect delivery on Monday.", "en-GB"),
        ("Check their available slots in the app.", "en-US"),
        ("Your kids will love their new bikes; their ready-to-ride kits arrive today.", "en-AU"),
    ],
)
def test_real_word_traps_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale) == []


def test_motoring_words_of_the_dle_are_not_typos(registry: Registry) -> None:
    body = "Seguros Ceiba: para renovar tu póliza envía la lectura del odómetro y la constancia vehicular."
    assert finding_texts(registry, "LNG101", body=body, locale="es-MX", brand="Seguros Ceiba") == []
    assert finding_texts(registry, "LNG101", body="Seguros Ceiba: envía la lectura del odometor.", locale="es-MX", brand="Seguros Ceiba") == ["odometor"]


# --- compliance -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola, Ana. 2x1 en helados este fin de semana en https://heladosol.cl. Si no quieres promociones, escribe SALIR.", "es-CL"),
        ("Hola, Beto. Nuevos colchones con 15 % en https://dormibien.mx. Para no recibir más, mande STOP.", "es-MX"),
    ],
)
def test_every_verb_of_sending_with_every_keyword_is_an_opt_out(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CMP101", body=body, locale=locale, category="marketing") == []


def test_a_keyword_without_a_verb_of_sending_is_no_opt_out(registry: Registry) -> None:
    body = "Hola, Ana. 2x1 en helados este fin de semana en https://heladosol.cl. ¡No te lo pierdas!"
    assert len(finding_texts(registry, "CMP101", body=body, locale="es-CL", category="marketing")) == 1
