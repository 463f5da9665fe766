"""What the blind sets h90 and h91 showed in compliance and clarity (round 61; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negatives, CMP204 (h90): the stake named as money with another preposition or in the other order ("apuestas
  por dinero real", "stake real money"), the class of h36 and h86 completed.
- False negative, CMP207 (h90): healing a disease ("heals arthritis"), and a health product said to heal, reverse or
  eliminate a complaint within days or weeks (also the earlier blind misses h24-en-025, h26-es-003, h26-en-050).
- False negatives, CLR403 (h91, and h89-es-003): the reader acting from a place ("your enquiry from Leeds", "compraste
  desde Sevilla") in a message with a call or an online opening, and the reader living out of the country.
- False positive, CLR301 (h90): "come" right before a verb of the action ("Come see", "come try"), the American
  "come and see".
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- compliance: CMP204, the stake named as money (false negatives) ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Peña El Tute: los jueves, partidas de mus con apuestas por dinero real. Apúntate en https://eltute.es. "
         "Responde BAJA para no recibir más.", "es-ES", "apuestas por dinero"),
        ("Club Carambola: apostamos en dinero real en cada mesa de billar este sábado. Responde BAJA para no recibir más.",
         "es-MX", "apostamos en dinero real"),
        ("Cue Corner: stake real money on every frame at Thursday's snooker night. Reply STOP to opt out.", "en-GB",
         "stake real money"),
        ("Pegboard Club: cribbage nights with wagers in cash at every table. Reply STOP to opt out.", "en-US",
         "wagers in cash"),
    ],
)
def test_a_stake_named_as_money_is_gambling(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP204", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # committing to something ("apostar por") with money nearby
        ("Almacén Río: apostamos por la calidad y por que tu dinero rinda más. Responde BAJA para no recibir más.", "es-AR"),
        # a garden stake sold in cash-and-carry packs, and an idiom of "bet"
        ("Greenrow: tomato stakes in cash-and-carry packs this week. Reply STOP to opt out.", "en-GB"),
        ("Ledgerly: our app is your best bet for cash flow this quarter. Reply STOP to opt out.", "en-US"),
    ],
)
def test_money_near_a_non_wager_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP204", body=body, locale=locale, channel="sms", category="marketing") == []


# --- compliance: CMP207, healing a disease; a complaint cured within days (false negative) ----------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Kiwi Balm: our kawakawa tea heals gastritis. Order at https://kiwibalm.co.nz.", "en-NZ", "heals gastritis"),
        ("Botica Andina: esta pomada sana la dermatitis. Pídela en https://boticaandina.pe.", "es-PE",
         "sana la dermatitis"),
        ("Clearview: our herbal eye drops reverse glaucoma damage in six weeks. Order at https://clearview.com.",
         "en-GB", "reverse glaucoma damage in six weeks"),
        ("Oído Fino: nuestras cápsulas eliminan el tinnitus en 20 días. Pídelas en https://oidofino.mx.", "es-MX",
         "eliminan el tinnitus en 20 días"),
        ("Ojo Claro: nuestras gotas de eufrasia revierten la presbicia en un mes. Pídelas en https://tosfuera.cl.", "es-CL",
         "revierten la presbicia en un mes"),
    ],
)
def test_healing_a_disease_or_curing_within_days_is_a_health_claim(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # no disease healed
        ("Kiwi Balm: our kawakawa oil heals cracked heels overnight. Order at https://kiwibalm.co.nz.", "en-NZ"),
        ("Botica Andina: este aceite sana las heridas pequeñas. Pídelo en https://boticaandina.pe.", "es-PE"),
        # beauty's promise in weeks, a cleaner's in hours, and no product
        ("Glowlab: our retinol drops reverse the signs of ageing in 28 days. Order at https://glowlab.com.", "en-GB"),
        ("Piel Nueva: nuestras cápsulas de colágeno eliminan las arrugas en 8 semanas. Pídelas en https://pielnueva.mx.",
         "es-MX"),
        ("Freshhound: our enzyme drops eliminate kennel odours in 2 hours. Order at https://freshhound.com.", "en-US"),
        ("Ledgerly: our plan eliminates overdraft fees in 30 days. Sign up at https://ledgerly.com.", "en-US"),
        # "suplemento" as a surcharge, across a colon from the verb
        ("Hostal Brisa: sin suplemento: tu tarifa elimina la comisión de cambio en un mes. Reserva en https://brisa.es.",
         "es-ES"),
    ],
)
def test_a_cosmetic_or_household_promise_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, channel="sms", category="marketing") == []


# --- clarity: CLR403, the reader acting from a place (false negatives) -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}. Como reservaste el curso desde Sevilla, tu profesora te llamará el lunes 8 de marzo a las "
         "17:30 para conocerte. Estudio Lirio", "es-ES", "17:30"),
        ("Hi {{first_name}}, thanks for your enquiry from the UK. Our ranger will video call you on Friday at 8:00 to "
         "plan the safari. Baobab Trails", "en-GB", "8:00"),
        ("Hola, {{nombre}}. Como vives fuera del país, tu gestora te llamará el martes 9 de marzo a las 11:00. "
         "Notaría Ceiba", "es-CO", "11:00"),
    ],
)
def test_a_reader_acting_from_afar_needs_the_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a seller named after "from", no place
        ("Hi {{first_name}}, thanks for your enquiry from Leeds Tile Supplies. Our team will call you on Friday at 8:00. "
         "Baobab Trails", "en-GB"),
        # the zone given
        ("Hola, {{nombre}}. Como reservaste el curso desde Sevilla, tu profesora te llamará el lunes 8 de marzo a las "
         "17:30, hora de Madrid. Estudio Lirio", "es-ES"),
        # no call, no online act: an appointment in person
        ("Hola, {{nombre}}. Como reservaste el curso desde Sevilla, te esperamos en el estudio el lunes 8 de marzo a "
         "las 17:30. Estudio Lirio", "es-ES"),
    ],
)
def test_a_seller_a_zone_or_a_visit_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- clarity: CLR301, "come" before a verb of the action (false positive) --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Lamplight Books: the signed first editions are in. Come see them at our Elm Street store this weekend.",
        "Harbor Kites: the new sport kites are here. Come try one on the beach by the pier on Saturday.",
    ],
)
def test_come_before_a_verb_is_a_call_to_action(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR301", body=body, locale="en-US", channel="push", category="marketing") == []


@pytest.mark.parametrize(
    "body",
    [
        "Lamplight Books: the signed first editions are in. Come rain or shine, our doors stay open this weekend.",
        "Harbor Kites: the new sport kites are here. Come Saturday, the pier hosts the regional kite festival.",
    ],
)
def test_come_before_no_verb_is_still_no_action(registry: Registry, body: str) -> None:
    assert len(spans(registry, "CLR301", body=body, locale="en-US", channel="push", category="marketing")) == 1
