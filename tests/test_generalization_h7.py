"""What the seventh blind set (h7) showed over-firing or missing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to
it: the same vocabulary in a sentence where it is right must not be reported.

- LNG102: the affirmative "sí" offered as an answer (lower case only: "SI" is a reply keyword); the
  pronoun "él" before a clitic or a verb; "aún" (still) before a negation or closing a clause; "mas" for
  "más" between two words; the pronoun "tú" opening a clause or before a preterite in -aste/-iste (not
  "tu chiste"); "advise" for the noun "advice"; "more data then ever"; "its" + participle + preposition;
  "you'll loose them"; "have there tickets". A confusion may list words that clear it (``exclude``) and be
  limited to lower case (``lowercase_only``).
- LNG101: tiquete, pasadía, multivitamínico (es); kaya, kopi (en).
- TON107: "a shame for this to show up" as the context of the next mortgage application.
- TON108: "our patience isn't unlimited", "se te olvidó otra vez", "ya estamos acostumbrados".
- TON110: a timer in minutes and seconds ("expires in 04:59"), losing these prices forever.
- TON111: effort thrown away ("tirar a la basura todo tu esfuerzo"); "your goals haven't gone anywhere,
  but you have".
- CLR403: "live author Q&A", "watch it free in the app", "online information evening", "join from
  anywhere in Australia".
- CMP103: a Colombian "vereda" or a town and its department, a South African town and its province.
- CMP205: a guaranteed rate per day, week or month ("a guaranteed 15% every month").
- CMP403: an Aadhaar number after its label. CMP501: "Aboná la tasa" for a held parcel.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.detectors import Kind, find_national_ids
from sendlint.registry import Registry

# --- language: real-word errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Clínica Sur: ¿Asistirás a tu cita del lunes? Contesta si o no.", "es-PE", "si"),
        ("Clínica Sur: para confirmar tu cita, responde si.", "es-CO", "si"),
        ("Taxis Ya: tu taxi está afuera. El te espera frente a la entrada.", "es-MX", "El"),
        ("Taxis Ya: tu chofer llegó y el está en la puerta.", "es-MX", "el"),
        ("Banco Norte: aun no recibimos tu transferencia.", "es-CO", "aun"),
        ("Banco Norte: tu transferencia no llega aun.", "es-CO", "aun"),
        ("Farmacia Luz: compra mas productos y paga menos.", "es-AR", "mas"),
        ("Farmacia Luz: no te llegarán mas avisos.", "es-AR", "mas"),
        ("Banco Norte: tu enviaste un pago de $300 a Marta.", "es-DO", "tu"),
        ("Banco Norte: Tu tienes un saldo a favor de $50.", "es-DO", "Tu"),
        ("Dental Care: please take your dentist's advise before booking a cleaning.", "en-GB", "advise"),
        ("Dental Care: we offer free advise on braces for teens.", "en-US", "advise"),
        ("Volt Mobile: get more minutes then ever on the new plan.", "en-AU", "then"),
        ("Quick Fix: your phone is repaired. Its stored at the front counter.", "en-US", "Its"),
        ("Star Points: spend your points this month or you'll loose them.", "en-NZ", "loose"),
        ("Star Points: don't loose your rewards, redeem them today.", "en-NZ", "loose"),
        ("Rail North: riders should keep there tickets until the exit gate.", "en-GB", "there"),
    ],
)
def test_real_word_errors_in_new_wording_are_reported(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # "SI" in capitals is the reply keyword; "si" introducing a condition is right.
        ("Clínica Sur: ¿Asistirás a tu cita? Responde SI o NO.", "es-PE"),
        ("Clínica Sur: responde si quieres cambiar la hora de tu cita.", "es-PE"),
        ("Taxis Ya: el taxi te espera frente a la entrada.", "es-MX"),
        ("Banco Norte: el debe y el haber de tu cuenta están en la app.", "es-CO"),
        ("Banco Norte: aun así, puedes pagar en cualquier sucursal.", "es-CO"),
        ("Librería Sol: mañana, mas no hoy, abrimos a las 9:00.", "es-ES"),
        ("Librería Sol: gracias por tu compra, Sr. Mas.", "es-ES"),
        ("Club Risa: tu chiste ganó el concurso del mes.", "es-MX"),
        ("Banco Norte: Tu No. de cliente es 4432.", "es-MX"),
        ("Dental Care: we will advise you of the new time by text.", "en-GB"),
        ("Dental Care: please advise us if you need to reschedule.", "en-US"),
        ("Volt Mobile: get more minutes, then enjoy the new plan.", "en-AU"),
        ("Quick Fix: the shop and its updated app are open today.", "en-US"),
        ("Quick Fix: the hose came loose in the car wash; we fixed it.", "en-US"),
        ("Rail North: is there luggage space on the 9:10? Yes, in coach B.", "en-GB"),
    ],
)
def test_real_word_traps_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Viajes Sabana: tu tiquete a Cali y tu pasadía en la finca están confirmados.", "es-CO"),
        ("Droguería Sur: 15 % en multivitamínicos toda la semana.", "es-CO"),
        ("Lau Café: kaya toast and kopi for $4 all week.", "en-SG"),
    ],
)
def test_regional_words_are_not_typos(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="service") == []


# --- tone ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "span"),
    [
        ("TON107", "Hi Lee, it would be a pity for this to come up when you apply for a car loan.", "en-AU", "collections", "apply for a car loan"),
        ("TON108", "Hi Lee, we've been flexible, but our patience isn't unlimited.", "en-US", "collections", "our patience isn't unlimited"),
        ("TON108", "Hola Ana, nuestra paciencia no es infinita: paga hoy.", "es-MX", "collections", "nuestra paciencia no es infinita"),
        ("TON108", "Hola Ana, la cuota se te pasó de nuevo, ¿verdad?", "es-MX", "collections", "se te pasó de nuevo"),
        ("TON108", "Hola Ana, no te preocupes, ya estamos acostumbrados.", "es-MX", "collections", "ya estamos acostumbrados"),
        ("TON110", "Tienda Río: tu descuento expira en 09:59. ¡Compra ya!", "es-CL", "marketing", "expira en 09:59"),
        ("TON110", "Shop Now: check out today or lose these member prices forever.", "en-US", "marketing", "lose these member prices forever"),
        ("TON111", "Gym Sol: no tires por la ventana todo tu progreso de este año.", "es-ES", "marketing", "tires por la ventana todo tu progreso"),
        ("TON111", "Gym Sol: your classes haven't gone anywhere, but you have.", "en-GB", "marketing", "haven't gone anywhere, but you have"),
    ],
)
def test_pressure_in_new_wording_is_reported(registry: Registry, rule: str, body: str, locale: str, category: str, span: str) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category) == [span]


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category"),
    [
        ("TON107", "Hi Lee, it's a shame you missed the webinar; apply for a car loan in the app anytime.", "en-AU", "collections"),
        ("TON108", "Hi Lee, thanks for your patience while we fixed the app.", "en-US", "collections"),
        ("TON108", "Hola Ana, ya estamos listos para recibir tu pago.", "es-MX", "collections"),
        ("TON110", "Tienda Río: la tienda abre a las 09:59 y cierra a las 20:00.", "es-CL", "marketing"),
        ("TON110", "Shop Now: prices this low won't last; sale ends Sunday, May 3.", "en-US", "marketing"),
        ("TON111", "Eco Punto: no tires tu móvil viejo a la basura: recíclalo en tienda.", "es-ES", "marketing"),
        ("TON111", "Gym Sol: the gym hasn't gone anywhere: same street, new doors.", "en-GB", "marketing"),
    ],
)
def test_tone_traps_pass(registry: Registry, rule: str, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category) == []


# --- clarity ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Libros Mar: live cooking Q&A with Ana Ruiz on June 4 at 8 pm. Watch it free in the app.", "en-CA"),
        ("Uni North: our online open day starts on June 4 at 8 pm.", "en-AU"),
        ("Uni North: the session starts on June 4 at 8 pm. Join from anywhere in Australia.", "en-AU"),
    ],
)
def test_online_events_need_a_zone(registry: Registry, body: str, locale: str) -> None:
    assert len(finding_texts(registry, "CLR403", body=body, locale=locale, category="marketing", channel="push")) == 1


def test_an_event_in_a_place_needs_no_zone_across_zones(registry: Registry) -> None:
    body = "Libros Mar: author talk with Ana Ruiz at our King Street store on June 4 at 8 pm."
    assert finding_texts(registry, "CLR403", body=body, locale="en-CA", category="marketing", channel="push") == []


# --- compliance ---------------------------------------------------------------------------------------

_EMAIL = {"channel": "email", "category": "marketing", "subject": "Ofertas"}


@pytest.mark.parametrize(
    ("footer", "locale"),
    [
        ("Finca La Loma, Vereda El Salitre, Guasca, Cundinamarca.", "es-CO"),
        ("Café Alto, Vereda Buenos Aires, Salento, Quindío.", "es-CO"),
        ("Café Alto, Km 4 vía Filandia, Salento, Quindío", "es-CO"),
        ("Berg Lodge, R103, Nottingham Road, KwaZulu-Natal", "en-ZA"),
        ("Karoo Stay, Main Farm, Prince Albert, Western Cape 6930", "en-ZA"),
    ],
)
def test_rural_postal_addresses_are_addresses(registry: Registry, footer: str, locale: str) -> None:
    body = f"20 % en toda la tienda. Reserva en https://tienda.co/r.\n\n{footer}\nDarte de baja: https://tienda.co/baja"
    assert finding_texts(registry, "CMP103", body=body, locale=locale, **_EMAIL) == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola, 20 % en toda la tienda en Cundinamarca. Darte de baja: https://tienda.co/baja", "es-CO"),
        ("Hola, en la vereda del local tenemos 20 % en todo. Darte de baja: https://tienda.co/baja", "es-AR"),
        ("Hi, winter deals in the Western Cape. Unsubscribe: https://store.co.za/u", "en-ZA"),
    ],
)
def test_a_region_alone_is_no_postal_address(registry: Registry, body: str, locale: str) -> None:
    assert len(finding_texts(registry, "CMP103", body=body, locale=locale, **_EMAIL)) == 1


@pytest.mark.parametrize(
    ("body", "locale", "expected"),
    [
        ("Gold Fund: earn a guaranteed 3% a week on your savings in the app.", "en-GB", 1),
        ("Fondo Oro: te garantizamos un 4 % mensual sobre tu inversión.", "es-MX", 1),
        ("Fixed Saver: a guaranteed 4.1% a year for two years. See the terms in the app.", "en-GB", 0),
        ("Tienda Sol: garantizamos un 10 % de descuento cada mes en tu compra.", "es-MX", 0),
    ],
)
def test_a_guaranteed_rate_per_week_or_month_is_a_return(registry: Registry, body: str, locale: str, expected: int) -> None:
    assert len(finding_texts(registry, "CMP205", body=body, locale=locale, category="marketing", channel="push")) == expected


def test_an_aadhaar_number_after_its_label_is_reported() -> None:
    ids = find_national_ids("KYC done: Aadhaar no. 2345 6789 0123 linked to your SIM.")
    assert [d.kind for d in ids] == [Kind.IN_AADHAAR]
    assert find_national_ids("Your order 2345 6789 0123 has shipped.") == ()
    assert find_national_ids("Aadhaar number 1234 5678 9012 is not a valid number.") == ()


def test_aadhaar_in_a_message_is_cmp403(registry: Registry) -> None:
    body = "Hello Ravi, your Aadhaar 3456 7890 1234 is now linked to your Sun Telecom SIM."
    assert finding_texts(registry, "CMP403", body=body, locale="en-IN", category="transactional") == ["3456 7890 1234"]
    body_es = "Hola Ravi, tu número de Aadhaar 3456 7890 1234 quedó vinculado."
    assert finding_texts(registry, "CMP403", body=body_es, locale="es-US", category="transactional") == ["3456 7890 1234"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Envíos Sur: tu paquete está retenido. Aboná la tasa de $900 en https://envios-sur-pagos.com/p.", 1),
        ("Envíos Sur: tu paquete está retenido. Aboná la tasa de $900 en https://enviossur.com.ar/p.", 0),
    ],
)
def test_paying_a_fee_for_a_held_parcel_on_a_lookalike_is_phishing(registry: Registry, body: str, expected: int) -> None:
    assert len(finding_texts(registry, "CMP501", body=body, locale="es-AR", category="alert", channel="sms", brand="Envíos Sur")) == expected
