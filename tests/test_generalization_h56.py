"""What the blind sets h56 and h57 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR303: a teaser that names the reader's thing, whatever it is called, and perhaps its day ("cambio en
  tu clase del jueves", "update on your lesson"), without saying what changed, describes no link.
- False negative, CLR403 (h57): a departure from a place abroad ("tu vuelo de Lisboa a Lima sale a las 22:10" to a
  reader in Peru): the time is on the departure's clock, not the reader's; a trip home by sea and a route joined by a
  dash too (h32's miss). A departure from the reader's own country still passes.
- False negative, CLR403 (h56): the place as what the reader's contact is ("your Lisbon adviser will call you"); a
  place before a branch or a shop of the reader's own country passes.
- False negative, CLR106 (h56, h57): the formulas of a contract's exception (salvo pacto en contrario), of a notice's
  appeal (pudiendo interponer) and of its proof (requerimiento fehaciente).
- CLR303 and CLR102: a sender tag with an ampersand ("Reed & Rill:") is a label, not words of the sentence.
- False positive, CLR401 (h56): a fraction before a unit of measure ("a 3/4 inch bit") is no date.
- False negative, CMP304 (h56, h57): a delivery word beside the name ("cerezo-envios", "brand.parcel-update.net") and
  an ampersand spelled out ("oakandash-delivery" for Oak & Ash).
- False negative, CMP205 (h57): a bet's stake promised back ("te garantizamos recuperar lo apostado").
- False positive, CMP207 (h56): curing as a craft's wait ("needs two days to cure before"), not a cure.
- False negative, CMP209 (h57): a bad record dismissed as not mattering ("Poor credit? Doesn't matter.") and the checks
  waived after the lending verb ("we lend today, zero checks").
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR303 (false negative) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Escuela Cántaro: cambio en tu clase del jueves. https://cantaro.es/n/88", "es-ES", "https://cantaro.es/n/88"),
        ("Escuela Cántaro: novedades sobre tu torno. https://cantaro.es/n/88", "es-MX", "https://cantaro.es/n/88"),
        ("Reed & Rill: update on your lesson. https://reedrill.com/n/41", "en-GB", "https://reedrill.com/n/41"),
        ("Reed & Rill: changes to your Sunday workshop. https://reedrill.com/n/41", "en-US", "https://reedrill.com/n/41"),
    ],
)
def test_teaser_naming_any_of_the_readers_things_leaves_link_bare(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="push", category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # The sentence names what the link holds (what changed, said before a link alone, no longer does: round 58).
        ("Reed & Rill: your new lesson timetable: https://reedrill.com/n/41", "en-GB"),
    ],
)
def test_link_labelled_by_what_it_holds_is_not_bare(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="push", category="alert") == []


# --- clarity: CLR403 (false negative) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Aerolíneas Cumbre: tu vuelo de Lisboa a Lima cambió de hora y ahora sale a las 22:10.", "es-PE", "22:10"),
        ("Tidewing Air: your Singapore to Perth flight has a new departure time of 07:35.", "en-NZ", "07:35"),
        ("Tidewing Air: your flight from Denver to Dublin now departs at 18:20.", "en-IE", "18:20"),
        # h32 (an earlier set's miss): the trip home by sea, its route joined by a dash, its port after the place.
        ("Naviera Brisa: tu travesía de vuelta Casablanca Port–Málaga sale el sábado 3 de julio a las 17:30.", "es-ES", "17:30"),
        ("Cobble & Crest: your Lisbon adviser will call you on Monday 8 March at 6pm to plan your move.", "en-US", "6pm"),
    ],
)
def test_time_of_a_place_abroad_needs_its_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # A departure from the reader's own country, a zone given, and a place before a branch (no person).
        ("Aerolíneas Cumbre: tu vuelo de Lima a Lisboa cambió de hora y ahora sale a las 22:10.", "es-PE"),
        ("Aerolíneas Cumbre: tu vuelo de Lisboa a Lima sale a las 22:10, hora de Lisboa.", "es-PE"),
        ("Tidewing Air: your Auckland to Perth flight has a new departure time of 07:35.", "en-NZ"),
        ("Naviera Brisa: tu travesía de vuelta Málaga–Casablanca Port sale el sábado 3 de julio a las 17:30.", "es-ES"),
        ("Cobble & Crest: our Leeds branch opens at 9am on Monday.", "en-GB"),
    ],
)
def test_departure_at_home_or_zoned_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="alert") == []


# --- clarity: CLR106 (false negative) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Hola, Marta: el segundo pago se abona a la entrega del casco, salvo pacto en contrario. Paga en la app.", "salvo pacto en contrario"),
        ("Hola, Marta: se le notifica la sanción, pudiendo interponer reclamación en un mes.", "pudiendo interponer"),
        ("Hola, Marta: iniciamos el requerimiento fehaciente de tu recibo de mayo.", "requerimiento fehaciente"),
    ],
)
def test_legal_formulas_of_exception_appeal_and_proof(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CLR106", body=body, locale="es-ES", channel="email", category="collections", subject="Tu pago") == [span]


@pytest.mark.parametrize(
    "body",
    [
        "Hola, Marta: el segundo pago se abona a la entrega del casco, salvo que acordemos otra cosa. Paga en la app.",
        "Hola, Marta: si no estás de acuerdo con la sanción, puedes reclamar en un mes.",
        "Hola, Marta: te enviamos por escrito el aviso de tu recibo de mayo.",
    ],
)
def test_plain_wording_of_the_same_passes(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR106", body=body, locale="es-ES", channel="email", category="collections", subject="Tu pago") == []


# --- clarity: CLR401 (false positive) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Tallow Works: we drilled your wick holes with a 3/4 inch bit. Collect them from Tuesday.", "en-US"),
        ("Panadería Trigal: para la masa madre usa 1/4 de taza de agua tibia.", "es-MX"),
    ],
)
def test_fraction_before_a_unit_is_no_date(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR401", body=body, locale=locale, channel="whatsapp", category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Tallow Works: your wax order ships on 3/4 in the morning.", "en-US", "3/4"),
        ("Panadería Trigal: tu pedido llega el 1/2 por la tarde.", "es-MX", "1/2"),
    ],
)
def test_date_before_other_words_is_still_ambiguous(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR401", body=body, locale=locale, channel="whatsapp", category="service") == [span]


# --- compliance: CMP304 (false negative) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Cerámica Cerezo: confirma la entrega en https://ceramicacerezo-envios.com/confirmar", "es-MX", "Cerámica Cerezo", "https://ceramicacerezo-envios.com/confirmar"),
        ("Oak & Ash: confirm your address at https://oakandash-delivery.com/confirm", "en-GB", "Oak & Ash", "https://oakandash-delivery.com/confirm"),
        ("Brightfern: your parcel is waiting. Reschedule at https://brightfern.parcel-update.net", "en-US", "Brightfern", "https://brightfern.parcel-update.net"),
    ],
)
def test_name_with_a_delivery_word_is_a_lookalike(registry: Registry, body: str, locale: str, brand: str, span: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand, category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # The brand's own domain, a courier whose name carries the word, and a delivery page as a path.
        ("Cerámica Cerezo: sigue tu pedido en https://ceramicacerezo.com/envios", "es-MX", "Cerámica Cerezo"),
        ("Envíos Cerezo: sigue tu paquete en https://cerezo-envios.com/seguimiento", "es-MX", "Envíos Cerezo"),
        ("Oak & Ash: track your order at https://oakandash.com/delivery", "en-GB", "Oak & Ash"),
    ],
)
def test_own_delivery_pages_pass(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand, category="transactional") == []


# --- compliance: CMP205 (false negative) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Peña Trébol: con nuestro grupo te garantizamos recuperar lo apostado en dos jornadas.", "es-ES", "garantizamos recuperar lo apostado"),
        ("Lucky Clover: we guarantee you'll get back your stake by the third draw.", "en-GB", "guarantee you'll get back your stake"),
    ],
)
def test_stake_promised_back(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, channel="email", category="marketing", subject="Sorteo") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Cocinas Trébol: te garantizamos que recuperarás la fianza al terminar la obra.", "es-ES"),
        ("Lucky Clover: if your ticket matches one number, you get back the price of the ticket.", "en-GB"),
    ],
)
def test_other_money_back_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, channel="email", category="marketing", subject="Sorteo") == []


# --- compliance: CMP207 (false positive) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Tallow Works: the beeswax needs two days to cure before we pack your candles.",
        "Rustbelt Forge: let the oil finish cure until Friday, then wax it.",
    ],
)
def test_curing_as_a_crafts_wait(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP207", body=body, locale="en-GB", channel="sms", category="transactional") == []


def test_cure_claim_with_a_time_after_is_still_reported(registry: Registry) -> None:
    body = "Fenwood Tonics: our tincture cures gout before the weekend. Order at https://fenwood.com."
    assert spans(registry, "CMP207", body=body, locale="en-GB", channel="sms", category="marketing") == ["cures gout"]


# --- compliance: CMP209 (false negative) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Prenda Sol: ¿Mal historial? Da igual: te prestamos hoy sobre tu reloj. Responde BAJA para no recibir más.", "es-MX", "Mal historial? Da igual"),
        ("Ridgeway Pawn: poor credit? Doesn't matter. Bring in your guitar. Reply STOP to opt out", "en-GB", "poor credit? Doesn't matter"),
        ("Ridgeway Pawn: we lend on watches and bikes today, zero checks. Reply STOP to opt out", "en-GB", "lend on watches and bikes today, zero checks"),
    ],
)
def test_record_dismissed_or_checks_waived(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP209", body=body, locale=locale, channel="whatsapp", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Prenda Sol: te prestamos hoy sobre tu reloj tras revisar tus ingresos. Responde BAJA para no recibir más.", "es-MX"),
        ("Ridgeway Pawn: we lend on watches and bikes after an affordability check. Reply STOP to opt out", "en-GB"),
        ("Ridgeway Bank: our current account has zero fees and no checks to write. Reply STOP to opt out", "en-GB"),
    ],
)
def test_lending_with_its_checks_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP209", body=body, locale=locale, channel="whatsapp", category="marketing") == []
