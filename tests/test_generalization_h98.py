"""What the blind sets h98 and h99 showed in clarity and compliance (round 65; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR304 (new; h98, h99): a request to handle something soon by a verb that names no way of doing it,
  in a message that names no way at all.
- False negative, CLR404 (h99): one debt given two sums written with the same digits in another order (a transposed
  figure), however far apart; a sum whose sign follows it ("46,00 €") is read before a space too.
- False negative, CLR303 (h98, h99): a teaser that holds the news back («tenemos algo que contarte», "a heads-up about
  Noah's booking") before a label that only points at the link («Lo tienes todo aquí:», «Míralo aquí:», "See it here:").
- False negative, CLR503 (h98): two clipped words paired by a slash («mens./seg.») count as shorthand.
- False positive, CMP103 (h98): a street named by a road's or a path's type («Ruta de la Nieve 55, Valle Escarcha»).
- False negative, CMP201 (h98): rum is a spirit, as whisky and vodka are.
- False negative, CMP304 (h99): the brand's name run together without its middle word, beside a payment word.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR304, a request with no way to act (false negatives) ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Vivero Las Dalias: su pedido de rosales tiene un pago pendiente. Por favor, tramite el pago a la brevedad.", "es-CL", "tramite el pago a la brevedad"),
        ("Talleres Cóndor: su camioneta necesita cambio de frenos. Agende la cita lo antes posible.", "es-MX", "Agende la cita lo antes posible"),
        ("Copperleaf Kennels: Bella's vaccination record is out of date. Please sort this out soon.", "en-GB", "sort this out soon"),
        ("Harlow Piano Tuning: your annual tuning is due. Please book it as soon as you can.", "en-US", "book it as soon as you can"),
    ],
)
def test_a_request_with_no_way_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="push", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the way is named: a link, the app, a reply, a number, a place
        ("Talleres Cóndor: su camioneta necesita cambio de frenos. Agende la cita lo antes posible en https://condor.mx/citas.", "es-MX"),
        ("Talleres Cóndor: su camioneta necesita cambio de frenos. Agende la cita en la app lo antes posible.", "es-MX"),
        ("Harlow Piano Tuning: your annual tuning is due. Please book it as soon as you can on 0161 555 0182.", "en-US"),
        ("Copperleaf Kennels: Bella's vaccination record is out of date. Please sort this out at reception soon.", "en-GB"),
        ("Harlow Piano Tuning: your annual tuning is due. Reply YES and we'll book it as soon as you can.", "en-US"),
        # a noun, not a request; a date instead of a vague hurry; a top-up, whose way is the balance itself
        ("Vivero Las Dalias: tu reserva de rosales llegará pronto.", "es-CL"),
        ("Harlow Piano Tuning: please book your annual tuning by Friday 14 May.", "en-US"),
        ("LunchBox: Sam's lunch balance is -£3.20. Top it up when you can.", "en-GB"),
    ],
)
def test_a_request_with_its_way_or_a_date_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="push", category="service") == []


# --- clarity: CLR404, a transposed figure (false negatives) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}: el saldo de tu taller de encuadernación es de 38,00 €. Abona los 83,00 € pendientes antes del lunes.", "es-ES", "83,00 €"),
        ("Hi {{first_name}}, your locker balance is £27. Please pay the £72 owed at https://kestrelstore.co.uk/pay by Monday.", "en-GB", "£72"),
    ],
)
def test_two_sums_with_transposed_digits_are_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="email", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # far apart and not transposed; transposed but related by a named fee
        ("Hola, {{nombre}}: el saldo de tu taller de encuadernación es de 38,00 €. Abona los 95,00 € pendientes antes del lunes.", "es-ES"),
        ("Hi {{first_name}}, your locker balance is £27, plus a £72 late fee. Please pay at https://kestrelstore.co.uk/pay by Monday.", "en-GB"),
        # a single digit each: too short to tell a transposition
        ("Hi {{first_name}}, your locker balance is £7. Please pay the £70 owed by Monday.", "en-GB"),
    ],
)
def test_unrelated_or_named_sums_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="email", category="collections") == []


# --- clarity: CLR303, news held back before a label that only points (false negatives) -------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Escuela Nubes y Cometas: tenemos algo importante que contarte sobre tu curso. Míralo aquí: https://nubesycometas.es/c", "es-ES", "https://nubesycometas.es/c"),
        ("Hola: algo cambia en tu próxima clase. Lo tienes todo aquí: https://nubesycometas.es/n", "es-ES", "https://nubesycometas.es/n"),
        ("Fernhill Riding School: we have something to tell you about your lessons. See it here: https://fernhill.co.uk/n", "en-GB", "https://fernhill.co.uk/n"),
        ("Fernhill Riding School: a quick heads-up about Ava's lesson! Details: https://fernhill.co.uk/l", "en-GB", "https://fernhill.co.uk/l"),
    ],
)
def test_news_held_back_before_a_pointing_label_leaves_the_link_bare(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Escuela Nubes y Cometas: tu curso pasa al aula 4 desde el lunes. Míralo aquí: https://nubesycometas.es/c", "es-ES"),
        ("Fernhill Riding School: your Saturday lesson moves to 10 am. See it here: https://fernhill.co.uk/n", "en-GB"),
        ("Fernhill Riding School: a heads-up: Ava's lesson moves to the indoor arena. Details: https://fernhill.co.uk/l", "en-GB"),
    ],
)
def test_real_news_before_a_pointing_label_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR503, clipped words paired by a slash (false negative) ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Gimnasio Roble: saldo por cuot. trim./sem. del plan B4 y rec. adm. pendiente.", ["cuot."]),
        ("Gimnasio Roble: saldo de la cuota trimestral o semestral del plan pendiente.", []),
    ],
)
def test_clipped_words_with_a_slash(registry: Registry, body: str, expected: list[str]) -> None:
    assert spans(registry, "CLR503", body=body, locale="es-CO", channel="sms", category="collections") == expected


# --- compliance: CMP103, a road's name as the street (false positive) -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Hola: nuevas salidas a caballo cada domingo. Reserva en https://caballoslenga.cl/salidas\n\nBaja: https://caballoslenga.cl/baja\nCaballos Lenga, Pasaje Los Coihues 14, Coyhaique", False),
        # a route with a number and no town after it is no address
        ("Hola: recorre la ruta de 5 días con guía y alojamiento. Reserva en https://caballoslenga.cl/ruta\n\nBaja: https://caballoslenga.cl/baja", True),
    ],
)
def test_a_road_named_street_counts_as_an_address(registry: Registry, body: str, flagged: bool) -> None:
    found = spans(registry, "CMP103", body=body, locale="es-CL", channel="email", category="marketing", subject="Salidas")
    assert bool(found) is flagged


# --- compliance: CMP201, rum (false negative) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "expected"),
    [
        ("Marea Club: this Friday, free rum punch for everyone on the deck. Book at https://mareaclub.ph. Reply STOP to opt out.", "en-PH", ["rum"]),
        ("Bar Alisio: el viernes, ron de la casa para todos en la terraza. Reserva en https://baralisio.mx. Responde BAJA para no recibir más.", "es-MX", ["ron"]),
        ("Crumb Bakery: our Christmas rum cake is back. Order at https://crumbbakery.co.uk. Reply STOP to opt out.", "en-GB", ["rum cake"]),
    ],
)
def test_rum_is_a_spirit(registry: Registry, body: str, locale: str, expected: list[str]) -> None:
    assert spans(registry, "CMP201", body=body, locale=locale, channel="sms", category="marketing") == expected


# --- compliance: CMP304, the name without its middle word beside a payment word (false negative) ---------------------


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://talleresnorte-pagos.com/saldo", ["https://talleresnorte-pagos.com/saldo"]),
        ("https://talleresmecanicosnorte.cl/pagos", []),
        ("https://talleres-norte.cl/saldo", []),
    ],
)
def test_a_name_without_its_middle_word_and_a_payment_word(registry: Registry, link: str, expected: list[str]) -> None:
    body = f"Talleres Mecánicos Norte: tiene un saldo de $45.000. Puede pagarlo aquí: {link}"
    found = spans(registry, "CMP304", body=body, locale="es-CL", channel="sms", category="collections", brand="Talleres Mecánicos Norte")
    assert found == expected
