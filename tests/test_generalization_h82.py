"""What the blind sets h82 and h83 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR303 (h82): thanks for an order named by what it holds ("thanks for your order of beeswax and
  wicks."), before a link alone: the reader's deed, not what the link opens (round 42's class, widened).
- False negative, CLR106 (h82): the drafting exception with its other participles or nouns ("save as otherwise agreed",
  "salvo acuerdo en contrario"), as "save as otherwise provided" and "salvo pacto en contrario" already were.
- False negative, CMP204 (h82): the reader's stake multiplied by a word ("double your stake", "duplica tu apuesta"), as
  round 38's "times your stake" by a number.
- False negative, CMP304 (h82): the own label split by hyphens with a word added ("saltmarsh-pottery-outlet" beside
  "saltmarshpottery"), and an own label that cuts the name's second word short ("saltmarshpott" for Saltmarsh Potteryworks).
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR303, thanks for an order named by its contents before a link alone (false negative) -------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola {{nombre}}, gracias por tu pedido de velas de cera y mechas de algodón. https://velasdelcabo.es/p/4410", "es-ES",
         "https://velasdelcabo.es/p/4410"),
        ("Muchas gracias por su compra de cuerdas de tripa. https://lauderiaolmo.com.ar/c/72", "es-AR",
         "https://lauderiaolmo.com.ar/c/72"),
        ("Hi {{first_name}}, thanks for your order of hand-dipped tapers and cotton wicks. https://fenwickcandles.co.uk/o/318",
         "en-GB", "https://fenwickcandles.co.uk/o/318"),
        ("Thank you for your purchase of linen thread. https://bindwell.com/r/66", "en-US", "https://bindwell.com/r/66"),
    ],
)
def test_thanks_for_an_order_named_by_its_contents_says_nothing_of_the_link(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="email", category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the link's own sentence says what it opens
        ("Gracias por tu pedido de velas de cera. Sigue el envío en https://velasdelcabo.es/p/4410", "es-ES"),
        ("Thanks for your order of hand-dipped tapers. Track the parcel at https://fenwickcandles.co.uk/o/318", "en-GB"),
        # the thanks goes on to say what the link is
        ("Thanks for your order of linen thread; your receipt and delivery date are at https://bindwell.com/r/66", "en-US"),
        # a number in the order: the amount may be what the link is about, left as before
        ("Gracias por tu pedido de 3 cajas de velas. Tu factura: https://velasdelcabo.es/p/4410", "es-ES"),
    ],
)
def test_an_order_thanks_with_the_link_described_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="email", category="transactional") == []


# --- clarity: CLR106, the drafting exception with its other participles or nouns (false negative) ----------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi {{first_name}}, the loom stays on hire for twelve months, save as otherwise stated in your quote.", "en-GB",
         "save as otherwise stated"),
        ("Hi {{first_name}}, deposits are not refundable save as otherwise agreed with the workshop.", "en-IE",
         "save as otherwise agreed"),
        ("Hola {{nombre}}: el telar se alquila por doce meses salvo acuerdo en contrario con el taller.", "es-ES",
         "salvo acuerdo en contrario"),
    ],
)
def test_the_drafting_exception_with_another_participle_is_legal_wording(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR106", body=body, locale=locale, channel="email", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # "save" as a verb, and the plain exceptions
        ("Hi {{first_name}}, save the date: the loom fair is on 4 October unless we say otherwise.", "en-GB"),
        ("Hi {{first_name}}, we agreed otherwise on the phone, so the deposit comes back to you.", "en-GB"),
        ("Hola {{nombre}}: el telar se alquila por doce meses, salvo que acordemos otra cosa.", "es-ES"),
    ],
)
def test_a_plain_exception_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR106", body=body, locale=locale, channel="email", category="service") == []


# --- compliance: CMP204, the reader's stake multiplied by a word (false negative) --------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Peña Hípica Sur: elige caballo para la carrera del domingo y duplica tu apuesta si llega primero. Responde BAJA para no recibir más.",
         "es-ES", "duplica tu apuesta"),
        ("Quoits Club Ardley: pick the winning pair on finals night and triple your stake. Reply STOP to opt out.", "en-GB",
         "triple your stake"),
    ],
)
def test_a_stake_multiplied_by_a_word_is_gambling(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP204", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a stake of the garden or of a co-op, and a commitment ("tu apuesta por"), are no wagers
        ("Quoits Club Ardley: every planter comes with a bamboo stake, and members can grow their stake in the co-op. Reply STOP to opt out.",
         "en-GB"),
        ("Vivero Los Tilos: gracias por tu apuesta por el cultivo ecológico; te regalamos un tutor de bambú. Responde BAJA para no recibir más.",
         "es-ES"),
        ("Quoits Club Ardley: double your points on finals night. Reply STOP to opt out.", "en-GB"),
    ],
)
def test_a_stake_that_is_no_wager_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP204", body=body, locale=locale, channel="sms", category="marketing") == []


# --- compliance: CMP304, the own label split by hyphens with a word added, beside it (false negative) ------------------

_FOOTER = "Saltmarsh Potteryworks, 12 Quay Road, Nelson 7010. Unsubscribe at https://{own}/unsubscribe."


@pytest.mark.parametrize(
    ("link", "own"),
    [
        ("https://saltmarsh-pottery-outlet.com/spring", "saltmarshpottery.co.nz"),
        ("https://outlet-saltmarsh-pottery.shop/spring", "saltmarshpottery.co.nz"),
        ("https://saltmarsh-offers.com/spring", "saltmarsh.co.nz"),
    ],
)
def test_the_own_label_split_by_hyphens_with_a_word_added_is_a_lookalike(registry: Registry, link: str, own: str) -> None:
    body = f"Hi {{{{first_name}}}}, glazed jugs are 15% off this week: {link}. " + _FOOTER.format(own=own)
    assert spans(registry, "CMP304", body=body, brand="Saltmarsh Potteryworks", locale="en-NZ", channel="email",
                 category="marketing", subject="Spring sale") == [link]


@pytest.mark.parametrize(
    ("link", "own"),
    [
        # the own label hyphenated, no word added: the brand may own both spellings
        ("https://saltmarsh-pottery.com/spring", "saltmarshpottery.co.nz"),
        # a label that does not start the brand's name
        ("https://glazed-jugs-outlet.com/spring", "glazedjugs.co.nz"),
        # a subdomain of the own domain
        ("https://outlet.saltmarshpottery.co.nz/spring", "saltmarshpottery.co.nz"),
    ],
)
def test_a_split_label_that_adds_nothing_or_names_no_brand_passes(registry: Registry, link: str, own: str) -> None:
    body = f"Hi {{{{first_name}}}}, glazed jugs are 15% off this week: {link}. " + _FOOTER.format(own=own)
    assert spans(registry, "CMP304", body=body, brand="Saltmarsh Potteryworks", locale="en-NZ", channel="email",
                 category="marketing", subject="Spring sale") == []
