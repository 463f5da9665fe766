"""What the fifteenth blind set (h15) showed over-firing or missing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it.

- False positive, LNG101: Central American voseo (es-SV, es-NI, es-HN, es-GT, es-CR) is correct Spanish there;
  the unit symbol "min", "callout" and the shortening "batt" (CLR501's, info) are no typos.
- False positive, CLR401: a number after "#" is a unit ("#07-15", Singapore floor-unit), not a date.
- False positive, CMP103: "Singapore" and its six-digit postal code is a postal address.
- False negative, CLR502: machine states whose parts are joined by underscores ("en estado BLOQ_AML3").
- False negative, LNG102 (es): "ha ver" for "a haber"/"a ver", "valla" after "que" and its subject before how
  things go, a plural determiner before a singular noun of the account ("tus boleta").
- False negative, LNG102 (en): "no later then", a modal before a verb in -s ("will gets"), "a hour", "there"
  before a test or form after a verb of finishing, "they're" before what is got after a verb of getting.
- False negative, CMP201/CMP202: "vapes"/"vaping" (inflections spaCy's lemma table lacks) and health claims that a
  product cures a named disease, cleared by a negation right before them.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- language: LNG101 false positives -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Librería Maya: ya llegó tu pedido. Pasá a retirarlo cuando quieras y avisanos si tenés dudas.", "es-GT", False),
        ("Farmacia Lempira: tu receta está lista. Si no podés venir, escribinos y te la llevamos.", "es-HN", False),
        ("Clínica Sabana: confirmá tu cita del jueves respondiendo SÍ.", "es-CR", False),
        # Voseo outside its regions is still reported, and a real typo is reported in Central America too.
        ("Librería Maya: ya llegó tu pedido. Pasá a retirarlo si tenés tiempo.", "es-MX", True),
        ("Librería Maya: ya llegó tu pedido. Pasá a retirarlo en la sucrusal.", "es-GT", True),
    ],
)
def test_central_american_voseo_is_spelled_right(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG101", body=body, locale=locale, category="service", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Taxi Sur: tu coche llega en 7 min a la puerta principal.", "es-CL", False),
        ("Volt Home: we've booked a callout for Tuesday morning; callouts are free under your plan.", "en-GB", False),
        ("Scoot Rides: low batt on your scooter. Park it at the next dock.", "en-AU", False),
        # A real misspelling next to them is still one.
        ("Taxi Sur: tu coche llega en 7 min a la puerta prinsipal.", "es-CL", True),
        ("Volt Home: we've booked a callout for Tuesday mornign.", "en-GB", True),
    ],
)
def test_units_callouts_and_shortenings_are_no_typos(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "LNG101", body=body, locale=locale, category="service", channel="sms")) is fires


# --- clarity: CLR401 and CLR502 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Your fitting is at our Orchard studio (14 Scotts Lane, #07-15) on Friday 9 July.", "en-SG", False),
        ("Tu prueba es en el local #02-11 del centro comercial el viernes 9 de julio.", "es-ES", False),
        # A bare day and month is still ambiguous.
        ("Your fitting is at our Orchard studio on 07-11.", "en-SG", True),
        ("Tu prueba es el 02/11 en el centro comercial.", "es-ES", True),
    ],
)
def test_a_number_after_a_hash_is_a_unit_not_a_date(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR401", body=body, locale=locale, category="service", channel="sms")) is fires


@pytest.mark.parametrize(
    ("body", "locale", "fires"),
    [
        ("Giros Alba: tu envío GA-88 quedó en estado BLOQ_AML3. Sube tu comprobante para seguir.", "es-MX", True),
        ("Alba Remit: transfer GA-88 is now in status HOLD_SRC2. Upload your proof to continue.", "en-GB", True),
        # A state in words, or a known acronym, is no code.
        ("Giros Alba: tu envío GA-88 quedó en estado pendiente. Sube tu comprobante para seguir.", "es-MX", False),
        ("Alba Remit: transfer GA-88 is now in status pending KYC review. Upload your proof to continue.", "en-GB", False),
    ],
)
def test_machine_states_joined_by_underscores_are_status_codes(registry: Registry, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, "CLR502", body=body, locale=locale, category="transactional", channel="push")) is fires


# --- compliance: CMP103 Singapore postal code ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("footer", "fires"),
    [
        ("Orchid Cooking School, 9 Telok Ayer Row #02-05, Singapore 068452", False),
        # The city alone, or a six-digit number without it, is no address.
        ("Orchid Cooking School, Singapore", True),
        ("Orchid Cooking School, ref 068452", True),
    ],
)
def test_singapore_and_its_postal_code_is_an_address(registry: Registry, footer: str, fires: bool) -> None:
    body = f"Hi,\n\nNew weekend classes: https://orchidcooking.sg/classes\n\n{footer}\nUnsubscribe: https://orchidcooking.sg/unsubscribe"
    found = finding_texts(registry, "CMP103", body=body, locale="en-SG", category="marketing", channel="email", subject="Classes")
    assert bool(found) is fires


# --- language: LNG102 Spanish ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "expected"),
    [
        ("Parque Solar: este verano va ha ver cortes programados en tu zona.", "es-MX", "ha ver"),
        ("Gimnasio Norte: ha ver si te animas con la clase de las siete.", "es-CL", "ha ver"),
        ("Agencia Rumbo: deseamos que tu viaje valla sin contratiempos.", "es-ES", "valla"),
        ("Club Andino: esperamos que todo valla según lo previsto en la excursión.", "es-AR", "valla"),
        ("Colegio Arce: tus boleta de matrícula vence el viernes.", "es-PE", "boleta"),
        ("Óptica Prisma: las mensualidad de tu plan se cobra el día 5.", "es-CO", "mensualidad"),
        # Correct uses pass: "ha de ver", a fence on wheels, a clitic "las" before a verb, agreeing plurals.
        ("Parque Solar: quien pague hoy ha de ver el descuento en su recibo.", "es-MX", None),
        ("Vallas Rueda: la valla sobre ruedas se alquila por semana.", "es-ES", None),
        ("Vallas Rueda: esperamos que la nueva valla sin problemas resista el invierno.", "es-ES", None),
        ("Óptica Prisma: si quieres dos monturas, Ana te las reserva hoy.", "es-CO", None),
        ("Colegio Arce: tus boletas de matrícula vencen el viernes.", "es-PE", None),
    ],
)
def test_h15_spanish_confusions(registry: Registry, body: str, locale: str, expected: str | None) -> None:
    found = finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms")
    assert found == ([expected] if expected else [])


# --- language: LNG102 English ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "expected"),
    [
        ("Tutor Hub: please send your essay no later then Thursday noon.", "en-GB", "then"),
        ("Tutor Hub: we can't take bookings later then 8pm.", "en-AU", "then"),
        ("Tutor Hub: your refund will reaches your card within a week.", "en-US", "reaches"),
        ("Tutor Hub: you can collects your books at the front desk.", "en-NZ", "collects"),
        ("Tutor Hub: the session lasts a hour and a half.", "en-IE", "a"),
        ("Tutor Hub: pupils who complete there enrolment form today get a free tote.", "en-GB", "there"),
        ("Tutor Hub: parents can download they're reports from the portal.", "en-ZA", "they're"),
        # Correct uses pass: "later, then", a noun "will"/"can", "may" (the month), "an hour", "there" as a place.
        ("Tutor Hub: see you later, then.", "en-GB", None),
        ("Tutor Hub: your will needs two witnesses; the can contains 500 ml.", "en-GB", None),
        ("Tutor Hub: from 3 May applies to every new course.", "en-GB", None),
        ("Tutor Hub: the session lasts an hour.", "en-IE", None),
        ("Tutor Hub: pupils who finish there can wait in the library. Check they're ready before you leave.", "en-GB", None),
    ],
)
def test_h15_english_confusions(registry: Registry, body: str, locale: str, expected: str | None) -> None:
    found = finding_texts(registry, "LNG102", body=body, locale=locale, category="service", channel="sms")
    assert found == ([expected] if expected else [])


# --- compliance: vaping inflections and health claims ----------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "fires"),
    [
        ("CMP201", "Smoke Cloud: new disposable vapes in stock, 2 for 20. Reply STOP to opt out.", "en-GB", True),
        ("CMP201", "Smoke Cloud: vaping kits from 15 this week. Reply STOP to opt out.", "en-GB", True),
        ("CMP201", "Smoke Cloud: new grinders in stock, 2 for 20. Reply STOP to opt out.", "en-GB", False),
        ("CMP202", "Herbal Dawn: our ginger drops cures asthma naturally. Reply STOP to opt out.", "en-US", True),
        ("CMP202", "Herbal Dawn: these gummies cure hair loss in 30 days. Reply STOP to opt out.", "en-US", True),
        ("CMP202", "Herbal Dawn: this balm doesn't cure arthritis, but it eases stiffness. Reply STOP to opt out.", "en-US", False),
        ("CMP202", "Botica Verde: nuestro jarabe cura el asma en una semana. Responde BAJA para salir.", "es-MX", True),
        ("CMP202", "Botica Verde: esta crema no cura la psoriasis, pero calma la picazón. Responde BAJA para salir.", "es-MX", False),
    ],
)
def test_vaping_inflections_and_cure_claims_are_restricted(registry: Registry, rule: str, body: str, locale: str, fires: bool) -> None:
    assert bool(finding_texts(registry, rule, body=body, locale=locale, category="marketing", channel="sms")) is fires
