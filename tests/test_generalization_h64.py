"""What the blind sets h64 and h65 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR107 (h64): a possessive relative with its noun interrupted by another relative ("whose lid,
  which...", "cuya tapa, que..."), and a relative interrupted by a comment, a time or a reference ("which, as the
  letter that...", "que, una vez recibida la caja que...").
- False negative, CLR105 (h64): a negated exception followed by two more negations in its sentence, past its commas.
- False negative, CLR303 (h64): a link whose country suffix the word splitter does not know ("nipacrafts.ph/r/2231")
  is no words about itself.
- False negative, CLR403 (h65): the two ends of a call in two places on different clocks, both named, even in the
  reader's own country ("our Denver warehouse ... our Miami delivery team will call you at 8:00 AM").
- False positive, CMP103 (h64): a town and its four-digit postcode closing the address line ("Raglan 3225"), the
  street without a type; a year is no postcode.
- False negative, CMP304 (h64): the sender's name hyphenated to a quote or estimate word ("brightkiln-quotes.net").
- False negative, CMP409 (h65): the card named with its kind before the PIN ("tarjeta de débito y tu NIP"), and a tú
  imperative anywhere in its clause (its negation is another form: "no respondas").
- False positive, CLR301 (h65): recharging, reloading or refilling is the action of a prepaid offer.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR107, a possessive relative interrupted, and comment or time insertions (false negative) --------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Harbor Kilns: the teapot, whose lid, which we fired again because the clay, which came from a new pit, cracked "
         "in the kiln, now fits, is ready for you on Thursday.", "en-CA", "whose lid, which"),
        ("Huerto Lumbre: la cesta, cuya tapa, que cambiamos porque el mimbre que llegó de la otra cooperativa se partió, "
         "ya está cosida, te llega el jueves por la mañana.", "es-ES", "cuya tapa, que"),
        ("Harbor Kilns: the glaze fee, which, as the leaflet that we handed out at the spring fair explained to every "
         "member, went up in March, is now due with the kiln rent.", "en-GB", "which, as"),
        ("Huerto Lumbre: te avisamos de que, una vez revisada la caja que nos devolviste por el golpe del transporte y "
         "comprobado el estado de las frutas, te enviaremos otra nueva.", "es-MX", "que, una vez"),
    ],
)
def test_an_interrupted_relative_in_a_long_sentence(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Harbor Kilns: the teapot, whose lid we fired again, is ready on Thursday.", "en-CA"),
        ("Huerto Lumbre: la cesta, cuya tapa cambiamos, te llega el jueves.", "es-ES"),
        # "which, as you know," with no relative inside the insertion, in a long sentence
        ("Harbor Kilns: the hall, which, as you know, is being painted this month by the volunteers from the parish and "
         "the youth club, opens again on Friday 3 June for the evening classes.", "en-GB"),
    ],
)
def test_short_or_single_insertions_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- clarity: CLR105, a negated exception and two more negations in its sentence (false negative) ---------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Linden Tours: unless the tide does not turn before noon on Saturday, the harbour cruise will not leave the "
         "quay, unless the skipper calls you.", "en-NZ",
         "unless the tide does not turn before noon on Saturday, the harbour cruise will not leave the quay, unless"),
        ("Cable Sol: salvo que el técnico no confirme la visita antes del jueves por la tarde, el corte no se hará el "
         "viernes, salvo que te avisemos.", "es-CL",
         "salvo que el técnico no confirme la visita antes del jueves por la tarde, el corte no se hará el viernes, salvo que"),
    ],
)
def test_a_negated_exception_with_two_more_negations(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR105", body=body, locale=locale, category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Linden Tours: unless the tide turns before noon on Saturday, the harbour cruise will not leave the quay, unless "
         "the skipper calls you.", "en-NZ"),
        ("Linden Tours: unless you don't need the transfer, we won't cancel it.", "en-NZ"),
        ("Cable Sol: salvo que el técnico confirme la visita, el corte no se hará el viernes, salvo que te avisemos.", "es-CL"),
    ],
)
def test_a_plain_exception_or_three_negations_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR105", body=body, locale=locale, category="alert") == []


# --- clarity: CLR303, a link whose country suffix the word splitter lacks (false negative) -----------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Nipa Crafts: nipacrafts.ph/r/2231", "en-PH", "nipacrafts.ph/r/2231"),
        ("Chai Kettle: hi {{first_name}}. chaikettle.in/o/5521", "en-IN", "chaikettle.in/o/5521"),
        ("Taller Koi: tallerkoi.jp/p/31", "es-MX", "tallerkoi.jp/p/31"),
    ],
)
def test_a_link_on_a_country_suffix_alone_is_bare(registry: Registry, body: str, locale: str, span: str) -> None:
    brand = body.split(":", 1)[0]
    assert spans(registry, "CLR303", body=body, brand=brand, locale=locale, category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Nipa Crafts: your receipt is at nipacrafts.ph/r/2231", "en-PH"),
        ("Chai Kettle: track your order at chaikettle.in/o/5521", "en-IN"),
        ("Taller Koi: tu pedido está en camino, síguelo en tallerkoi.jp/p/31", "es-MX"),
    ],
)
def test_a_described_link_on_a_country_suffix_passes(registry: Registry, body: str, locale: str) -> None:
    brand = body.split(":", 1)[0]
    assert spans(registry, "CLR303", body=body, brand=brand, locale=locale, category="transactional") == []


# --- clarity: CLR403, the two ends of a call on two clocks (false negative) --------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi {{first_name}}, your sofa left our Denver warehouse today. Our Miami delivery team will call you at 8:00 AM "
         "on Monday, June 7 to book the slot.", "en-US", "8:00 AM"),
        ("Hola, {{nombre}}: tu mudanza salió de nuestra sucursal de Tijuana. Nuestro equipo de Mérida te llamará el lunes "
         "7 de junio a las 9:00 para acordar la entrega.", "es-MX", "9:00"),
    ],
)
def test_a_call_between_two_places_on_two_clocks_needs_a_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="email", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # two places on one clock
        ("Hi {{first_name}}, your sofa left our Boston warehouse today. Our Miami delivery team will call you at 8:00 AM "
         "on Monday, June 7 to book the slot.", "en-US"),
        # no call
        ("Hi {{first_name}}, your sofa left our Denver warehouse today and reaches your home in Miami on Monday, June 7 "
         "by 8:00 AM.", "en-US"),
        # a country of several clocks names none of them
        ("Hi {{first_name}}, your parcel left our Toronto depot. Our Canada support team will call you at 9am on "
         "Thursday, June 10.", "en-CA"),
    ],
)
def test_one_clock_no_call_or_a_country_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="email", category="service") == []


# --- clarity: CLR301, recharging a prepaid offer is its action (false positive) ---------------------------------------


def test_recharging_or_reloading_is_a_call_to_action(registry: Registry) -> None:
    for body in (
        "Pango Mobile: triple minutes on every prepaid bundle this weekend. Recharge in the Pango app today. Reply STOP to opt out.",
        "Metro Card: 10% bonus credit on every top-up in June. Reload your card at any station kiosk. Reply STOP to opt out.",
    ):
        assert spans(registry, "CLR301", body=body, locale="en-KE", category="marketing") == []


def test_refills_as_a_noun_are_no_action(registry: Registry) -> None:
    body = "Brew Lab: bottomless refills all weekend for $10 with any brunch plate. Reply STOP to opt out."
    assert spans(registry, "CLR301", body=body, locale="en-US", category="marketing") == [""]


# --- compliance: CMP103, a town and its four-digit postcode (false positive) ------------------------------------------


def _marketing_email(footer: str) -> dict[str, str]:
    body = f"Kia ora Ana, the spring wool has arrived. Browse it at kauricrafts.co.nz/wool.\n\n{footer}\nUnsubscribe: kauricrafts.co.nz/u"
    return {"body": body, "subject": "Spring wool", "locale": "en-NZ", "channel": "email", "category": "marketing"}


def test_a_town_and_its_postcode_is_an_address(registry: Registry) -> None:
    assert spans(registry, "CMP103", **_marketing_email("Kauri Crafts · 7 Village Green, Raglan 3225")) == []


@pytest.mark.parametrize("footer", ["Kauri Crafts, since 1998", "Kauri Crafts, season 2027"])
def test_a_year_is_no_postcode(registry: Registry, footer: str) -> None:
    fields = _marketing_email(footer)
    assert spans(registry, "CMP103", **fields) == [""]


# --- compliance: CMP304, the name with a quote or estimate word (false negative) --------------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "locale", "span"),
    [
        ("Bright Kiln Pottery: your quote is ready. Accept it at https://brightkiln-quotes.net/a", "Bright Kiln Pottery",
         "en-AU", "https://brightkiln-quotes.net/a"),
        ("Tejas Alarcón: tu presupuesto está listo. Acéptalo en https://tejasalarcon-presupuestos.com/a", "Tejas Alarcón",
         "es-ES", "https://tejasalarcon-presupuestos.com/a"),
    ],
)
def test_the_name_with_a_quote_word_is_a_lookalike(registry: Registry, body: str, brand: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP304", body=body, brand=brand, locale=locale, category="transactional") == [span]


def test_the_quote_as_a_page_of_the_name_passes(registry: Registry) -> None:
    body = "Tejas Alarcón: tu presupuesto está listo. Acéptalo en https://tejasalarcon.com/presupuestos/a"
    assert spans(registry, "CMP304", body=body, brand="Tejas Alarcón", locale="es-ES", category="transactional") == []


# --- compliance: CMP409, the card with its kind, a tú imperative inside its clause (false negative) -------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Óptica Lince: para renovar tu plan, contesta con el número de tu tarjeta de crédito y tu clave.",
         "contesta con el número de tu tarjeta de crédito y tu clave"),
        ("Óptica Lince: para activar tu cuenta hoy mismo respóndenos con tu usuario y tu contraseña.",
         "respóndenos con tu usuario y tu contraseña"),
    ],
)
def test_credentials_asked_by_reply_in_spanish(registry: Registry, body: str, span: str) -> None:
    assert [s.lstrip(", ") for s in spans(registry, "CMP409", body=body, locale="es-MX", category="service")] == [span]


@pytest.mark.parametrize(
    "body",
    [
        "Óptica Lince: para evitar fraudes nunca respondas a este mensaje con tu clave ni tu NIP.",
        "Óptica Lince: por seguridad no responda a este mensaje con su clave.",
        "Óptica Lince: para sumar puntos responde con el número de tu tarjeta de socio.",
    ],
)
def test_warnings_and_loyalty_cards_pass(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP409", body=body, locale="es-MX", category="service") == []
