"""Round 82 (blind sets h132 and h133): the tone lines the hand-written rules missed, taken by class. Each class was first
counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every non-tone line of the
tuning corpora and the neutral sets.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `bill-fares-worse`: the pity voiced over whatever the reader has not paid, however the thing is named ("Shame the
  cover for it is still unpaid", h133-en-074; h111-en-062 earlier), and the bill named and left elliptical after what the
  reader enjoys («La renta de marzo, no tanto.», h133-es-035, with «sigue funcionando perfectamente» now read as mock praise).
  A regret over our own refund, the praise with the bill stated plainly, and «la de junio, todavía no: vence el día 5» pass.
- TON109 `not-easy-for-everyone`: the task said not to be easy for everyone with the dative first («no a todos les resulta
  fácil organizarse», h133-es-038) or called a strength not everyone has ("isn't everyone's strong suit", h121-en-031 earlier);
  with a payment plan offered after it, it passes as before.
- TON109 `reminder-of-the-obvious`: a reminder justified by the reader's presumed ignorance or of what most people already
  know («te recordamos, por si no leíste las normas como el resto», h132-es-006; "as a reminder, since some people apparently
  never read the rules", h132-en-017; h102-es-003, h105-es-005, h111-es-033, h120-es-029, h121-en-069 earlier). A reminder of a
  date, of "the basic rules", or "since you asked" passes.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Ópticas Brisa: tus gafas nuevas siguen funcionando perfectamente. El pago de mayo, todavía no.",
            "es",
            "siguen funcionando perfectamente",
        ),
        (
            "Vivero Los Tilos: nos alegra que tus olivos sigan creciendo a la perfección. La factura de abril, no tanto.",
            "es",
            "nos alegra que",
        ),
        (
            "Brightwater Pools: congratulations on the grand reopening! Pity the filter service is still unpaid.",
            "en",
            "congratulations",
        ),
        (
            "Hollis Tailoring: your suit looks fantastic in the photos. Too bad the £140 for it hasn't been paid.",
            "en",
            "looks fantastic",
        ),
        (
            "Kettle Hill Roofing: your new roof looks lovely from the lane. The invoice for it, not so much.",
            "en",
            "looks lovely",
        ),
    ],
)
def test_the_unpaid_bill_set_against_what_the_reader_enjoys_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert finding_texts(
        registry, "TON112", body=body, locale=locale, category="collections", channel="sms"
    ) == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        (
            "Ópticas Brisa: tus gafas nuevas siguen funcionando perfectamente. Si notas algo raro, pásate por la tienda.",
            "es",
            "collections",
        ),
        (
            "Ópticas Brisa: la cuota de mayo ya está pagada. La de junio, todavía no: vence el día 5.",
            "es",
            "collections",
        ),
        ("¿Frío en la sierra? No tanto: esta semana rondamos los 20 grados.", "es", "marketing"),
        (
            "Brightwater Pools: congratulations on the grand reopening! Your filter service invoice is attached.",
            "en",
            "collections",
        ),
        (
            "Hollis Tailoring: it's a pity the refund for the jacket has not been paid yet; we have chased the bank today.",
            "en",
            "collections",
        ),
    ],
)
def test_praise_or_a_regret_with_no_bill_set_against_it_passes(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category=category, channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Academia Norte: entendemos que no a todos les resulta sencillo llevar las cuentas, así que te lo decimos claro: "
            "la matrícula vence el lunes.",
            "es",
            "no a todos les resulta sencillo",
        ),
        (
            "Harbour Storage: we know admin isn't everybody's strong suit, so here it is in short: your unit rent is overdue.",
            "en",
            "isn't everybody's strong suit",
        ),
        (
            "Harbour Storage: we understand not everyone finds it easy to keep track of dates. Your rent was due on Monday.",
            "en",
            "not everyone finds it easy to",
        ),
    ],
)
def test_a_task_said_not_to_come_easy_to_everyone_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert finding_texts(
        registry, "TON109", body=body, locale=locale, category="collections", channel="sms"
    ) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Academia Norte: sabemos que no a todos les resulta sencillo pagar de una vez, así que ofrecemos un plan de pagos en tres cuotas.",
            "es",
        ),
        ("Academia Norte: a todos les resulta sencillo pagar desde la app.", "es"),
        (
            "Harbour Storage: we know budgeting isn't everyone's strong suit, so we offer a free plan: reply PLAN.",
            "en",
        ),
    ],
)
def test_not_easy_for_everyone_with_help_offered_passes(registry: Registry, body: str, locale: str) -> None:
    assert (
        finding_texts(registry, "TON109", body=body, locale=locale, category="collections", channel="sms")
        == []
    )


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Piscina El Olmo: te recordamos algo que todo el mundo sabe: en la piscina se entra con gorro.",
            "es",
            "service",
            "algo que todo el mundo",
        ),
        (
            "Biblioteca Arco: le recordamos, por si no leyó el reglamento como el resto de socios, que los libros se devuelven en quince días.",
            "es",
            "service",
            "por si no leyó el reglamento como el resto",
        ),
        (
            "Club Hípico Sauce: suponemos que ya sabes que los caballos no comen pan, pero por si acaso te lo recordamos.",
            "es",
            "service",
            "suponemos que ya sabes que los caballos no comen pan, pero por si acaso",
        ),
        (
            "Fenwick Library: a reminder, since some members clearly don't read the notices, that books go back within two weeks.",
            "en",
            "service",
            "since some members clearly don't read",
        ),
        (
            "Marlow Pool: we'd like to remind you of something most swimmers learn as children: caps on in the water.",
            "en",
            "service",
            "something most swimmers learn",
        ),
        (
            "Marlow Pool: payment received. A reminder that showering first is the most basic rule here.",
            "en",
            "transactional",
            "the most basic",
        ),
    ],
)
def test_a_reminder_of_what_everyone_knows_fires(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category=category, channel="sms") == [
        span
    ]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Piscina El Olmo: te recordamos que el domingo abrimos a las 9. Por si no lo viste, hay clases nuevas.",
            "es",
        ),
        ("Piscina El Olmo: te recordamos las normas básicas de la piscina: gorro y ducha previa.", "es"),
        ("Marlow Pool: a reminder of the basic rules of the pool: caps on and shower first.", "en"),
        ("Fenwick Library: a reminder, since you asked last week, that the reading room opens at 9.", "en"),
    ],
)
def test_a_reminder_of_a_date_or_the_rules_passes(registry: Registry, body: str, locale: str) -> None:
    assert (
        finding_texts(registry, "TON109", body=body, locale=locale, category="service", channel="sms") == []
    )
