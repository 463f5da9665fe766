"""Round 35 (h38, h39): the tone misses and the tone false positive taken outside TON112.

Every sentence is new wording (none comes from the evaluation corpora).

- TON206 ``shouted-phrase``: in a collections notice or an account alert a run of three words in capitals, one of
  them of three letters or more, shouts too ("SIGUE SIN PAGARSE", "NO TE PRESENTASTE"; h22, h34 and h39 had one,
  from three writers). Marketing and transactional notices keep four words: "ENVÍO GRATIS HOY" and a parcel "ON
  ITS WAY" are display copy.
- TON401 ``impersonal-greeting``: a pupil's parent addressed by role ("Dear Parent/Guardian", "Estimado padre de
  familia") in a personal notice; the plural to a whole year group passes.
- TON101 (the "blacklist" term): the reader's own state asked or granted in a loan offer ("even if you're
  blacklisted", "Are you blacklisted?") is no threat (the h39-en-064 false positive); "you'll be blacklisted"
  still is.
"""

from __future__ import annotations

import pytest
from conftest import tone_warnings as warnings

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule", "span"),
    [
        # TON206: a short shouted run in a personal notice
        (
            "Academia Sol: {{nombre}}, la matrícula de abril TODAVÍA NO LLEGA. Puedes pagarla en la app.",
            "es",
            "collections",
            "TON206",
            "TODAVÍA NO LLEGA",
        ),
        (
            "Hi {{first_name}}, your locker rent is STILL NOT PAID. You can pay it in the app.",
            "en",
            "collections",
            "TON206",
            "STILL NOT PAID",
        ),
        (
            "Hola {{nombre}}, el repartidor pasó y NADIE ABRIÓ LA PUERTA. Elige otro día en la app.",
            "es",
            "alert",
            "TON206",
            "NADIE ABRIÓ LA PUERTA",
        ),
        # TON401: a pupil's parent addressed by role
        (
            "Dear Parent/Guardian, the trip fee for {{student_name}} is due on Monday.",
            "en",
            "collections",
            "TON401",
            "Dear Parent",
        ),
        (
            "Estimado padre de familia: la pensión de {{alumno}} vence el lunes.",
            "es",
            "collections",
            "TON401",
            "Estimado padre de familia",
        ),
        # TON101: a listing we threaten still counts
        (
            "Settle the loan by Friday or you'll be blacklisted by every lender.",
            "en",
            "collections",
            "TON101",
            "blacklisted",
        ),
    ],
)
def test_round_35_wordings_fire(
    registry: Registry, body: str, locale: str, category: str, rule: str, span: str
) -> None:
    assert (rule, span) in warnings(registry, body, locale, category)


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule"),
    [
        # TON206: marketing keeps four words; a two-word run or a run of names and codes is no short run
        (
            "Mercado Norte: ENVÍO GRATIS HOY en pedidos desde 30 €. Compra en la app.",
            "es",
            "marketing",
            "TON206",
        ),
        (
            "Northside Market: FREE DELIVERY TODAY on orders over $30. Shop in the app.",
            "en",
            "marketing",
            "TON206",
        ),
        ("Hola {{nombre}}, tu pedido está EN CAMINO y llega el martes.", "es", "transactional", "TON206"),
        (
            "Hi {{first_name}}, your parcel is ON ITS WAY from DHL UK and arrives on Tuesday.",
            "en",
            "transactional",
            "TON206",
        ),
        (
            "Recibiste una transferencia de MARTA RUIZ GIL por $500 en tu cuenta de ahorro.",
            "es",
            "alert",
            "TON206",
        ),
        # TON401: the plural greets a whole group
        ("Dear parents, the Year 4 concert is on Friday at 2pm in the hall.", "en", "service", "TON401"),
        (
            "Estimados padres de familia: la reunión del curso es el viernes a las 18:00.",
            "es",
            "service",
            "TON401",
        ),
        # TON101: the reader's own state in a loan offer
        (
            "Quick loans up to $800, even if you're blacklisted. Apply in the app.",
            "en",
            "marketing",
            "TON101",
        ),
        (
            "Are you blacklisted? Our advisers can explain your credit report for free.",
            "en",
            "service",
            "TON101",
        ),
    ],
)
def test_round_35_traps_pass(registry: Registry, body: str, locale: str, category: str, rule: str) -> None:
    assert all(found != rule for found, _ in warnings(registry, body, locale, category))
