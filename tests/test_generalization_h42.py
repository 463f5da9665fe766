"""What the blind sets h42 and h43 showed over- and under-firing in clarity and compliance, as classes of wording (tone
and language are other helpers'), and the lead's decision on CLR301 for push notifications.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CMP103: a street without its type and its number, closed by a town and the country.
- False positive, CMP406: the warning with its verb in a wrong form ("Do not shared it"); the advice to ignore the code
  after any verb of what the reader did not do ("If you didn't apply, ...ignore"). "Call us" or "lock your card" after
  it stays no warning (the lead's decision).
- False positive, CLR301: on push, an offer to take in the app, a feature the reader can now use and an
  invitation asked as a question (the lead's decision, measured on push); the sender's name as an imperative's object
  ("open Trailhead"); "separar" with any object.
- False negative, CMP403: Singapore's NRIC/FIN by its check letter.
- False negative, CMP209 (new): credit offered without looking at the reader's debts or income, or a bad record at a
  bureau dismissed.
- False negative, CLR403: the reader's residence ("como ahora reside en Madrid"); a video meeting of any purpose with a
  place abroad, the place in the possessive ("in Australia's Northern Territory").
- False negative, CLR503: a word hyphenated to its number is a code ("SOP-7"), not a shouted word.
- False negative, CLR302: actions offered in a list after "puedes"/"you can" where to act, and "no olvides"/"don't
  forget to" with its verb.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- compliance: CMP103 (false positive) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        (
            "Hola: este mes, 2x1 en talleres de cerámica. Baja: https://barro.cl/baja\nBarro Vivo, Pedro Montt 455, Puerto Varas, Chile.",
            [],
        ),
        (
            "Hola: llegó la cosecha de yerba. Baja: https://monte.com.py/baja\nMonte Alto, Mariscal López 2310, Encarnación, Paraguay",
            [],
        ),
        # Traps: a town and its country without a street and its number is no postal address.
        (
            "Hola: este mes, 2x1 en talleres de cerámica. Baja: https://barro.cl/baja\nBarro Vivo, Puerto Varas, Chile.",
            [""],
        ),
        (
            "Hola: este mes, 2x1 en talleres de cerámica. Baja: https://barro.cl/baja\nBarro Vivo, desde 1998 en Chile.",
            [""],
        ),
    ],
)
def test_a_street_number_town_and_country_is_a_postal_address(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry,
        "CMP103",
        body=body,
        locale="es-CL",
        channel="email",
        category="marketing",
        subject="Novedades",
    )
    assert texts == flagged


# --- compliance: CMP406 (false positive) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # The warning with its verb in a wrong form: LNG's finding, the warning is there.
        ("Tidewell: 318 204 is your code. Never shared it with anyone.", "en-PH", []),
        ("Tidewell: 318 204 is your code. Don't gave it to anyone.", "en-PH", []),
        # The advice to ignore the code after any verb of what the reader did not do.
        (
            "Tidewell: 318 204 is your code to add a payee. If you didn't add anyone, ignore this text.",
            "en-GB",
            [],
        ),
        (
            "Tidewell: 318 204 es tu código para el retiro. Si no retiraste dinero, ignora este mensaje.",
            "es-MX",
            [],
        ),
        (
            "Tidewell: 318 204 es su código. Si usted no está cambiando su clave, ignore este mensaje.",
            "es-CO",
            [],
        ),
        # Traps: "call us" or "lock your card" is no warning (the lead's decision); a code with no advice at all.
        (
            "Tidewell: 318 204 is your code to add a payee. If you didn't add anyone, call us on 0800 555 019.",
            "en-GB",
            [""],
        ),
        ("Tidewell: 318 204 es tu código. Si no fuiste tú, bloquea tu tarjeta en la app.", "es-MX", [""]),
        ("Tidewell: 318 204 is your code. It expires in 4 minutes.", "en-PH", [""]),
    ],
)
def test_a_misspelt_warning_and_any_advice_to_ignore_count(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert (
        finding_texts(registry, "CMP406", body=body, locale=locale, category="otp", channel="sms") == flagged
    )


# --- compliance: CMP403 (false negative) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Lumen Clinic: your check-up on 4 May is booked under S1234567D. Bring the card.",
            "en-SG",
            ["S1234567D"],
        ),
        ("Clínica Lumen: tu cita del 4 de mayo quedó a nombre del FIN F1234567N.", "es-ES", ["F1234567N"]),
        # Traps: a wrong check letter; a reference of the same shape in lower case; seven digits without the letter.
        ("Lumen Clinic: your check-up on 4 May is booked under S1234567A. Bring the card.", "en-SG", []),
        ("Lumen Clinic: your check-up on 4 May is booked under s1234567d.", "en-SG", []),
        ("Lumen Clinic: your check-up on 4 May is booked under T1234567.", "en-SG", []),
    ],
)
def test_singapore_nric_and_fin_by_their_check_letter(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert (
        finding_texts(registry, "CMP403", body=body, locale=locale, category="service", channel="sms")
        == flagged
    )


# --- compliance: CMP209 (false negative, new rule) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Plata Hoy: te adelantamos hasta $200.000 sin pedir tus liquidaciones de sueldo. Pide en https://platahoy.cl.",
            "es-CL",
            ["sin pedir tus liquidaciones de sueldo"],
        ),
        (
            "Plata Hoy: ¿Saliste en Infocorp? No hay problema: te prestamos hoy. Pide en https://platahoy.pe.",
            "es-PE",
            ["en Infocorp? No hay problema"],
        ),
        (
            "QuickPurse: take up to £500 today without checking your payslips. Apply at https://quickpurse.co.uk.",
            "en-GB",
            ["without checking your payslips"],
        ),
        (
            "QuickPurse: bad credit? No worries. Apply at https://quickpurse.co.uk.",
            "en-GB",
            ["bad credit? No worries"],
        ),
        # Traps: the offer says it looks; a check that is no credit; store credit with no questions.
        (
            "Plata Hoy: te adelantamos hasta $200.000 tras revisar tus ingresos. Pide en https://platahoy.cl.",
            "es-CL",
            [],
        ),
        (
            "Taller Sur: cambio de aceite en 20 minutos, sin revisar tu historial de servicio. Reserva en https://tallersur.cl.",
            "es-CL",
            [],
        ),
        (
            "QuickPurse: returns for store credit with no questions asked. Shop at https://quickpurse.co.uk.",
            "en-GB",
            [],
        ),
    ],
)
def test_credit_offered_without_checking_debts_or_income(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert (
        finding_texts(registry, "CMP209", body=body, locale=locale, category="marketing", channel="sms")
        == flagged
    )


# --- clarity: CLR301 on push (false positive, the lead's decision) -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "channel", "flagged"),
    [
        # An offer to take in the app: the app or the sender's name after "in"/"en".
        ("Your first two lessons are free in the Kanji Club app.", "en-US", "Kanji Club", "push", []),
        ("Spring seeds are 20% off in Sprout this week.", "en-AU", "Sprout", "push", []),
        ("Tu primer envío es gratis desde la app de Pulso.", "es-MX", "Pulso", "push", []),
        # A feature the reader can now use; an invitation asked as a question.
        ("Novedad en Rumbo: ya puedes compartir tu ruta con tu familia.", "es-AR", "Rumbo", "push", []),
        ("Big news at Rumbo: you can now share your route with family.", "en-US", "Rumbo", "push", []),
        ("Ten days of practice in a row! Ready for a harder piece?", "en-US", "Keyloop", "push", []),
        (
            "¡Diez días seguidos de práctica! ¿Lista para una pieza más difícil?",
            "es-ES",
            "Keyloop",
            "push",
            [],
        ),
        # Traps: news of what is new with no app still has no action, nor a thing merely in the app (the h6 and h28
        # decisions); a feature outside push.
        ("Your spring watering plan is in Sprout.", "en-AU", "Sprout", "push", [""]),
        ("Our autumn knitwear has landed. Merino, alpaca and cashmere.", "en-GB", "Loomhouse", "push", [""]),
        (
            "Nueva línea de termos en Cumbre. Acero, bambú y colores de temporada.",
            "es-CL",
            "Cumbre",
            "push",
            [""],
        ),
        (
            "Novedad en Rumbo: ya puedes compartir tu ruta con tu familia. Responde BAJA para no recibir más.",
            "es-AR",
            "Rumbo",
            "sms",
            [""],
        ),
    ],
)
def test_a_push_says_what_waits_in_the_app(
    registry: Registry, body: str, locale: str, brand: str, channel: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CLR301", body=body, locale=locale, brand=brand, category="marketing", channel=channel
    )
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "locale", "brand", "flagged"),
    [
        # The sender's name as the object of the imperative; "separar" with any object.
        (
            "The tide is low this weekend; open Shoreline to see the rock pools near you.",
            "en-NZ",
            "Shoreline",
            [],
        ),
        (
            "Las olas vienen bien este finde; abre Marea y mira el pronóstico de tu playa.",
            "es-CL",
            "Marea",
            [],
        ),
        (
            "Vuelve la feria del libro usado. Sepárala en tu agenda por WhatsApp al 955 555 210.",
            "es-PE",
            "Feria Lectora",
            [],
        ),
        ("Nuevo menú de almuerzo. Separa tus dos platos en la app.", "es-PE", "Sazón", []),
        # Traps: a verb that is a word of the sender's name, in the sender tag; news with no action.
        (
            "Recarga Kolibri: nuevo plan de datos con el doble de megas este mes.",
            "es-GT",
            "Recarga Kolibri",
            [""],
        ),
        ("The tide is low this weekend and the rock pools are full of life.", "en-NZ", "Shoreline", [""]),
    ],
)
def test_the_sender_as_object_and_separar_are_actions(
    registry: Registry, body: str, locale: str, brand: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CLR301", body=body, locale=locale, brand=brand, category="marketing", channel="push"
    )
    assert texts == flagged


# --- clarity: CLR403 (false negative) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Hola, {{nombre}}. Como ahora vive en Lisboa, su ejecutiva lo llamará el jueves 8 de abril a las 11:30.",
            "es-CO",
            ["11:30"],
        ),
        (
            "Hi {{first_name}}, as you now live in Toronto, your adviser will call you on Monday 12 April at 9:00.",
            "en-GB",
            ["9:00"],
        ),
        (
            "Hi {{first_name}}, thanks for joining our rafting week in New Zealand's South Island. The video check-in with your "
            "guide is on Tuesday 6 April at 7pm.",
            "en-US",
            ["7pm"],
        ),
        # Traps: the reader's residence in their own country's zone; a condition; a zone given.
        (
            "Hola, {{nombre}}. Como ahora vive en Medellín, su ejecutiva lo llamará el jueves 8 de abril a las 11:30.",
            "es-CO",
            [],
        ),
        (
            "Hi {{first_name}}, if you now live in Toronto, our King Street branch opens on Monday at 9:00.",
            "en-GB",
            [],
        ),
        (
            "Hi {{first_name}}, as you now live in Toronto, your adviser will call you on Monday 12 April at 9:00 UK time.",
            "en-GB",
            [],
        ),
    ],
)
def test_the_reader_living_abroad_and_a_video_meeting_with_a_place_abroad(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CLR403", body=body, locale=locale, category="service", channel="whatsapp"
    )
    assert [text.rstrip(".") for text in texts] == flagged


# --- clarity: CLR503 (false negative) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Boiler B fault per LOG-4 panel, KIT-2 swap pending, ETA TBC via FMS.", "en-AU", ["LOG-4"]),
        ("Caldera B: falla según panel LOG-4, cambio de KIT-2 pendiente vía GMF.", "es-CL", ["LOG-4"]),
        # Traps: a word hyphenated to a number alone, or with one other code, is no jargon; a known acronym with its number.
        ("Boiler B fault per LOG-4 panel; a technician comes on Monday.", "en-AU", []),
        ("COVID-19 rules changed: masks are optional from Monday in the KIT-2 area.", "en-AU", []),
    ],
)
def test_a_word_with_its_number_is_a_code(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert (
        finding_texts(registry, "CLR503", body=body, locale=locale, category="alert", channel="push")
        == flagged
    )


# --- clarity: CLR302 (false negative) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Hola: contrata la fibra de 1 Gb en https://ondanet.do. También puedes pedir una visita, cambiar tu módem o "
            "sumar una línea en https://ondanet.do/mas.",
            "es-DO",
            ["cambiar"],
        ),
        (
            "Hola: contrata la fibra de 1 Gb en https://ondanet.do o llámanos al 809 555 0144. Y no olvides actualizar tus "
            "datos en la web.",
            "es-DO",
            ["actualizar"],
        ),
        (
            "Hi: upgrade to 1 Gb fibre at https://ondanet.com or call us on 809 555 0144. And don't forget to renew your "
            "plan at https://ondanet.com/plan.",
            "en-US",
            ["renew"],
        ),
        (
            "Hi: upgrade to 1 Gb fibre at https://ondanet.com. You can also book a visit, order a router or call us at "
            "https://ondanet.com/more.",
            "en-US",
            ["call"],
        ),
        # Traps: a condition ("si no puedes venir") offers nothing; a list with no place to act.
        (
            "Hola: contrata la fibra en https://ondanet.do. Si no puedes esperar, pedir una visita o cambiar tu módem, "
            "llama al 809 555 0144.",
            "es-DO",
            [],
        ),
        (
            "Hola: contrata la fibra de 1 Gb en https://ondanet.do. También puedes pasar, mirar o preguntar cuando quieras.",
            "es-DO",
            [],
        ),
    ],
)
def test_offered_actions_and_reminders_compete(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert (
        finding_texts(
            registry,
            "CLR302",
            body=body,
            locale=locale,
            category="marketing",
            channel="email",
            subject="Novedades",
        )
        == flagged
    )
