"""What the blind sets h102 and h103 showed in clarity and compliance (round 67; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR404 (h102, h103; with h98 and h100): both sums named as the whole debt (a balance, an overdue or
  outstanding amount, a total), up to 1.6 apart, whatever relation word stands elsewhere.
- False negative, CLR304 (h102): the request put as the sender's need («necesitamos que confirmes ... cuanto antes»,
  "we need you to confirm ... as soon as you can").
- False negative, CLR403 (h102): the reader moved to a place («te mudaste a Madrid», "you moved to Madrid").
- False negative, CLR303 (h102): the thing held back as a surprise to believe or guess before a bare link.
- False negative, CLR502 (h103): a fault code the reader's equipment reports («reporta cód. E-114», "shows code F-07").
- False positive, CLR504 (h102): "DJ" is an everyday word in capitals in English, as TV and VIP are.
- False negative, CMP304 (h103): a coined one-word name with a security word and another word after it.
- False negative, CMP409 (h103): the card number asked back with a modifier ("your new card number").
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR404, the whole debt named twice ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Hi Jo, your locker balance is $60. Please pay the $80 outstanding at https://lockerhub.example/pay.",
            "en-AU",
            "$80",
        ),
        (
            "Hi Jo, your overdue rent is £410. To clear your account, pay the full overdue amount of £590 by Monday.",
            "en-GB",
            "£590",
        ),
        (
            "Hola, Ana: tu deuda pendiente es de $3.200. Para ponerte al día paga $2.600, que es el total de tu saldo.",
            "es-MX",
            "$2.600",
        ),
    ],
)
def test_the_whole_debt_named_twice_with_two_sums_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(
        registry, "CLR404", body=body, locale=locale, channel="whatsapp", category="collections"
    ) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hi Jo, your locker balance is $60, of which $45 is overdue. Pay at https://lockerhub.example/pay.",
            "en-AU",
        ),
        ("Hi Jo, your balance is £410. The minimum payment of £300 is due by Monday.", "en-GB"),
        (
            "Hola, Ana: tu saldo pendiente es de $3.200. Recibimos tu abono de $2.600; paga el resto en la app.",
            "es-MX",
        ),
        (
            "Hi Jo, your balance is $60. Please pay the $120 outstanding at https://lockerhub.example/pay.",
            "en-AU",
        ),
    ],
)
def test_a_part_of_the_debt_or_sums_far_apart_pass(registry: Registry, body: str, locale: str) -> None:
    assert (
        spans(registry, "CLR404", body=body, locale=locale, channel="whatsapp", category="collections") == []
    )


# --- clarity: CLR304, the request put as the sender's need ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Coro Brisas: para el concierto de junio necesitamos que reserves tu túnica lo antes posible.",
            "es-MX",
            "reserves tu túnica lo antes posible",
        ),
        (
            "Harbour Rowing: for the regatta we need you to confirm your seat as soon as you can.",
            "en-GB",
            "confirm your seat as soon as you can",
        ),
    ],
)
def test_a_need_to_act_soon_with_no_way_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Coro Brisas: necesitamos que reserves tu túnica lo antes posible en https://corobrisas.example/tunicas.",
            "es-MX",
        ),
        ("Harbour Rowing: we need you to confirm your seat as soon as you can by replying YES.", "en-GB"),
        ("Harbour Rowing: we need you to confirm your seat by Friday 4 June.", "en-GB"),
    ],
)
def test_a_need_with_its_way_or_a_date_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR403, the reader moved to a place ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Academia Lince: como te mudaste a Madrid, tu tutoría por videollamada será el jueves a las 10:00.",
            "es-MX",
            "10:00",
        ),
        (
            "Since you relocated to Toronto, your review call with our adviser is on Monday at 9:00.",
            "en-GB",
            "9:00",
        ),
    ],
)
def test_a_reader_who_moved_abroad_needs_a_zone(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Your sofa was moved to our Leeds store; collect it on Monday at 9:00.", "en-GB"),
        (
            "Academia Lince: tu clase se trasladó a nuestra sede de Puebla; empieza el jueves a las 10:00.",
            "es-MX",
        ),
        (
            "Since you relocated to Toronto, your review call with our adviser is on Monday at 9:00 Toronto time.",
            "en-GB",
        ),
    ],
)
def test_a_thing_moved_or_a_zone_given_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR303, a surprise held back before a bare link -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Tidewell Lido: guess who's back on the poolside this Friday? https://tidewell.example/f Reply STOP to opt out.",
            "en-GB",
            "https://tidewell.example/f",
        ),
        (
            "Café Ocelote: no vas a creer lo que llega a la barra el sábado. https://ocelote.example/s Responde BAJA para salir.",
            "es-MX",
            "https://ocelote.example/s",
        ),
    ],
)
def test_a_held_back_surprise_before_a_link_is_a_bare_link(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Tidewell Lido: you won't believe what's back: the wave machine, from Friday. Book at https://tidewell.example/f "
            "Reply STOP to opt out.",
            "en-GB",
        ),
        (
            "Café Ocelote: no vas a creer lo que llega el sábado: ¡churros rellenos a 30 pesos! https://ocelote.example/s "
            "Responde BAJA para salir.",
            "es-MX",
        ),
    ],
)
def test_a_surprise_said_before_the_link_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == []


# --- clarity: CLR502, a fault code the equipment reports ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Voltbay: tu cargador muestra el código E-47; apágalo y vuelve a encenderlo.", "es-MX", "E-47"),
        ("Voltbay: your wallbox shows code F-07. Switch it off and on again.", "en-GB", "F-07"),
    ],
)
def test_a_fault_code_the_equipment_reports_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR502", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Voltbay: la app muestra el código QR de tu entrada.", "es-MX"),
        ("Voltbay: your voucher shows code SAVE20 at checkout.", "en-GB"),
        ("Voltbay: your ticket shows the code 482913 at the gate.", "en-GB"),
    ],
)
def test_a_promo_ticket_or_qr_code_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR502", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR504, an everyday word in capitals -----------------------------------------------------------------------


def test_a_dj_among_rare_words_is_no_jargon(registry: Registry) -> None:
    body = "Tarnside Rink: roller disco is back on Saturdays, with a DJ rinkside and quad skates for hire. Book at the desk."
    assert spans(registry, "CLR504", body=body, locale="en-GB", channel="sms", category="service") == []


def test_an_unknown_code_among_trade_words_is_still_jargon(registry: Registry) -> None:
    body = "Iris Watches: your spindle was repivoted and the escapement rebushed to the BHX spec. Pick it up any time."
    assert len(spans(registry, "CLR504", body=body, locale="en-GB", channel="sms", category="service")) == 1


# --- compliance: CMP304, a coined name with a security word and another ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "host"),
    [
        (
            "Quillbrook: a new sign-in to your account. If this wasn't you, check it at https://quillbrook-secure-notices.com/c",
            "en-GB",
            "Quillbrook",
            "quillbrook-secure-notices.com",
        ),
        (
            "Zarzalia: detectamos un acceso nuevo. Si no fuiste tú, revísalo en https://zarzalia-seguridad-avisos.com/c",
            "es-ES",
            "Zarzalia",
            "zarzalia-seguridad-avisos.com",
        ),
    ],
)
def test_a_coined_name_with_a_security_word_and_another_is_a_lookalike(
    registry: Registry, body: str, locale: str, brand: str, host: str
) -> None:
    found = spans(registry, "CMP304", body=body, locale=locale, channel="sms", category="alert", brand=brand)
    assert len(found) == 1 and host in found[0]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        (
            "Quillbrook: a new sign-in to your account. If this wasn't you, check it at https://quillbrook-notices.com/c",
            "en-GB",
            "Quillbrook",
        ),
        (
            "Garden: a new sign-in to your account. If this wasn't you, check it at https://garden-secure-notices.com/c",
            "en-GB",
            "Garden",
        ),
    ],
)
def test_a_name_without_a_security_word_or_a_common_word_passes(
    registry: Registry, body: str, locale: str, brand: str
) -> None:
    assert (
        spans(registry, "CMP304", body=body, locale=locale, channel="sms", category="alert", brand=brand)
        == []
    )


# --- compliance: CMP409, the card asked back with a modifier ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "start"),
    [
        (
            "Lumo: your card was declined. Reply with your replacement card number and its expiry date.",
            "en-GB",
            ". Reply",
        ),
        (
            "Lumo: tu pago no se cobró. Respóndenos con el número de tu nueva tarjeta y la fecha de caducidad.",
            "es-ES",
            ". Respóndenos",
        ),
    ],
)
def test_the_new_card_asked_back_by_reply_is_flagged(
    registry: Registry, body: str, locale: str, start: str
) -> None:
    found = spans(registry, "CMP409", body=body, locale=locale, channel="sms", category="collections")
    assert len(found) == 1 and found[0].startswith(start)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Lumo: your new card number is active. Reply STOP to opt out.", "en-GB"),
        ("Lumo: to check it's you, reply with the last 4 digits of your new card.", "en-GB"),
        ("Lumo: nunca te pediremos el número de tu nueva tarjeta por mensaje.", "es-ES"),
    ],
)
def test_a_new_card_named_without_asking_for_it_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP409", body=body, locale=locale, channel="sms", category="collections") == []
