"""What the blind sets h68 and h69 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CMP201 (h68): a firearm named in a notice about the reader's own gun (a repair to collect, a workshop
  closed): info outside marketing, as alcohol in a notice is; a US recipient keeps the error, and marketing keeps the
  warning.
- False negative, CMP304 (h68, h69): the sender's name hyphenated to the customer's side of the business (a shop, a
  refund, the patients' or members' area, the appointments) on another domain.
- False negative, CMP207 (h69): a health product said to end a complaint for good ("ends ... for good", "acaba con ...
  para siempre").
- False negative, CMP205 (h69): the winning itself said to be sure, with a sum ("ganas seguro al menos $...", "you'll
  win at least £..., guaranteed").
- False negative, CLR403 (h69): money the reader sends, paid out at a place abroad ("our Lagos payout partner", "el giro
  a Quito ... en la agencia de destino"): the payout's hours are on that place's clock.
- False positive, CLR302 (h68): verbs after a comma that go on a series of infinitives ("to feed the lambs, watch the
  shearing and ...") are what the visit is for, not new calls to action.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans
from conftest import make_message

from sendlint.engine import evaluate
from sendlint.findings import Severity
from sendlint.registry import Registry

# --- compliance: CMP201, a firearm in a notice about the reader's own gun is info (false positive) ---------------------


def _cmp201(registry: Registry, body: str, locale: str, category: str, **fields: str) -> list[tuple[str, Severity]]:
    message = make_message(body=body, locale=locale, channel="sms", category=category, **fields)
    return [(body[f.start : f.end], f.severity) for f in evaluate(message, registry).findings if f.rule == "CMP201"]


@pytest.mark.parametrize(
    ("body", "locale", "category", "spans_"),
    [
        ("Armería Cerro Pardo: tu rifle ya tiene la mira calibrada. Puedes recogerlo el jueves con tu licencia.", "es-ES",
         "transactional", ["Armería", "rifle"]),
        ("Armería Cerro Pardo: el taller cierra el lunes 4 por obras; las entregas siguen el martes.", "es-MX", "alert",
         ["Armería"]),
        ("Fenwick Gunworks: the stock on your rifle has been refinished. Collect it any weekday with your certificate.",
         "en-GB", "service", ["rifle"]),
        ("Fenwick Gunworks: the repair invoice for your shotgun is still open. Pay it at the counter or by card.", "en-GB",
         "collections", ["shotgun"]),
    ],
)
def test_a_firearm_in_a_notice_about_the_readers_gun_is_info(
    registry: Registry, body: str, locale: str, category: str, spans_: list[str]
) -> None:
    assert _cmp201(registry, body, locale, category) == [(span, Severity.INFO) for span in spans_]


@pytest.mark.parametrize(
    ("body", "locale", "category", "fields", "span", "severity"),
    [
        # promotion in marketing stays restricted
        ("Armería Cerro Pardo: 15 % en escopetas de caza esta semana. Responde BAJA para no recibir más.", "es-ES",
         "marketing", {}, "escopetas", Severity.WARNING),
        ("Fenwick Gunworks: 10% off every rifle this weekend. Reply STOP to opt out.", "en-GB", "marketing", {}, "rifle",
         Severity.WARNING),
        # a US recipient keeps the carriers' error, notice or not
        ("Fenwick Gunworks: the stock on your rifle has been refinished. Collect it any weekday.", "en-US",
         "transactional", {"to": "+12025550143"}, "rifle", Severity.ERROR),
    ],
)
def test_firearms_in_marketing_or_to_the_us_keep_their_severity(
    registry: Registry, body: str, locale: str, category: str, fields: dict[str, str], span: str, severity: Severity
) -> None:
    assert (span, severity) in _cmp201(registry, body, locale, category, **fields)


def test_a_sale_without_a_background_check_stays_an_error_in_a_notice(registry: Registry) -> None:
    body = "Fenwick Gunworks: your order ships today, no background check needed."
    assert ("no background check", Severity.ERROR) in _cmp201(registry, body, "en-GB", "transactional")


# --- compliance: CMP304, the name with the customer's side of the business (false negative) ---------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Quesería Valdeorcas: tu pedido de curados está listo. Págalo en https://valdeorcas-tienda.com/p", "es-ES",
         "Quesería Valdeorcas", "https://valdeorcas-tienda.com/p"),
        ("Clínica Dental Albaluz: confirma tus datos en https://albaluz-pacientes.net antes de la cita.", "es-MX",
         "Clínica Dental Albaluz", "https://albaluz-pacientes.net"),
        ("Harrowgate Ferries: your refund is ready. Enter your bank details at https://harrowgate-refunds.net", "en-GB",
         "Harrowgate Ferries", "https://harrowgate-refunds.net"),
        ("Brindlecombe Rowing Club: renew at https://brindlecombe-members.org/renew before Friday.", "en-GB",
         "Brindlecombe Rowing Club", "https://brindlecombe-members.org/renew"),
    ],
)
def test_the_name_with_a_shop_refund_or_patients_word(registry: Registry, body: str, locale: str, brand: str, span: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the brand's own shop as a subdomain or a path
        ("Quesería Valdeorcas: tu pedido está listo. Págalo en https://tienda.valdeorcas.es/p", "es-ES", "Quesería Valdeorcas"),
        ("Clínica Dental Albaluz: confirma tus datos en https://albaluz.mx/pacientes antes de la cita.", "es-MX",
         "Clínica Dental Albaluz"),
        # a trade word beside the name is no lure
        ("Harrowgate Ferries: timetables at https://harrowgate-sailings.net", "en-GB", "Harrowgate Ferries"),
        # the lure word is the brand's own name
        ("Tienda Robledal: tu pedido está en https://tiendarobledal.com/p", "es-ES", "Tienda Robledal"),
    ],
)
def test_the_brands_own_shop_or_a_trade_word_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand, category="service") == []


# --- compliance: CMP207, a health product that ends a complaint for good (false negative) -----------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Herbolario Luna: nuestras cápsulas Sueñolibre acaban con el insomnio para siempre. Responde BAJA para salir.",
         "es-ES", "acaban con el insomnio para siempre"),
        ("Vitalmar: nuestro jarabe Respiramás elimina la tos de fumador de una vez por todas.", "es-MX",
         "elimina la tos de fumador de una vez por todas"),
        ("Greenleaf Naturals: our Quietnight drops stop snoring for good. Reply STOP to opt out.", "en-GB",
         "stop snoring for good"),
        ("Greenleaf Naturals: these capsules get rid of hay fever permanently. Reply STOP to opt out.", "en-GB",
         "get rid of hay fever permanently"),
    ],
)
def test_a_health_product_that_ends_a_complaint_for_good(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # no health product: a plan, a fee
        ("Banco Cierzo: nuestro plan de ahorro acaba con las comisiones para siempre.", "es-ES"),
        ("Roamly: our travel plan ends roaming fees for good. Reply STOP to opt out.", "en-GB"),
        # relief, not permanence
        ("Greenleaf Naturals: our Quietnight drops ease a blocked nose overnight. Reply STOP to opt out.", "en-GB"),
        # a negation before the verb
        ("Herbolario Luna: ningún suplemento acaba con el insomnio para siempre; consulta a tu médico.", "es-ES"),
        ("Greenleaf Naturals: no supplement will end hay fever for good; ask your GP.", "en-GB"),
    ],
)
def test_a_plan_relief_or_a_warning_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, category="marketing") == []


# --- compliance: CMP205, the winning said to be sure, with a sum (false negative) -------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Peña La Suertuda: con nuestras combinaciones ganarás seguro 300 € este trimestre. Responde BAJA para salir.",
         "es-ES", "ganarás seguro 300"),
        ("Quiniela Dorada: juega con nuestro sistema y ganas sí o sí al menos $200.000. Responde BAJA para salir.",
         "es-CO", "ganas sí o sí al menos $200.000"),
        ("Luckstone Syndicate: join today and you'll win at least £250 this season, guaranteed. Reply STOP to opt out.",
         "en-GB", "you'll win at least £250 this season, guaranteed"),
        ("Luckstone Syndicate: members are guaranteed to win $1,000 a year. Reply STOP to opt out.", "en-US",
         "guaranteed to win $1,000"),
    ],
)
def test_a_sure_win_with_a_sum(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a prize that is no sum
        ("Rasca y Gana Sol: con cada boleto ganas seguro un llavero. Responde BAJA para salir.", "es-ES"),
        # a sum off a price
        ("Luckstone Coffee: spin the wheel, you're guaranteed to win £2 off your next latte. Reply STOP to opt out.",
         "en-GB"),
        # a chance, not a promise
        ("Luckstone Syndicate: you could win £250 this season. Reply STOP to opt out.", "en-GB"),
    ],
)
def test_a_gift_a_discount_or_a_chance_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, category="marketing") == []


# --- clarity: CLR403, money paid out at a place abroad (false negative) -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Remesas Ceibo: el giro a Quito estará listo para cobrar el lunes desde las 9:00 en la agencia de destino.", "es-ES",
         "9:00"),
        ("SendHome: our Lagos payout partner is offline from 13:00 to 15:00 on Friday. Transfers will be paid out after.",
         "en-GB", "13:00"),
    ],
)
def test_a_payout_at_a_place_abroad(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the payout place is in the reader's country
        ("Remesas Ceibo: el giro a Sevilla estará listo para cobrar el lunes desde las 9:00 en la agencia de destino.",
         "es-ES"),
        # a parcel the reader collects there is read on its clock
        ("Alquilautos Brisa: tu coche está listo para recoger en Lisboa el lunes desde las 9:00.", "es-ES"),
        # a place abroad and a payout, but the partner is no place's
        ("SendHome: our payout partner is offline from 13:00 to 15:00 on Friday. Transfers will be paid out after.",
         "en-GB"),
    ],
)
def test_a_home_payout_or_a_pickup_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="alert") == []


# --- clarity: CLR302, a series of infinitives after "to" (false positive) ---------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Fernbrook Dairy: lambing has begun. Join a farm morning to feed the lambs, watch the shearing and taste our "
        "curds. Book at https://fernbrook.co.uk/farm. Reply STOP to opt out.",
        "Saltmarsh Kayaks: join a dawn paddle to spot the seals, explore the creeks and sample our flask coffee. Book at "
        "https://saltmarsh.co.uk/dawn. Reply STOP to opt out.",
    ],
)
def test_a_series_of_infinitives_is_one_offer(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR302", body=body, locale="en-GB", category="marketing") == []


@pytest.mark.parametrize(
    ("body", "span"),
    [
        # "to" before a place: the verb after the comma is a new imperative
        ("Fernbrook Dairy: come to the farm, watch the shearing and book a tasting. Shop at https://fernbrook.co.uk/farm. "
         "Reply STOP to opt out.", "Shop"),
        # a purpose clause that opens the sentence leaves the verbs after it imperatives
        ("Fernbrook Dairy: to taste the new curds, visit the farm shop and book a tasting. Call us on 01632 960 123. "
         "Reply STOP to opt out.", "Call"),
        # no series closed by "and": a new action
        ("Fernbrook Dairy: visit the farm to feed the lambs, call us for a tour. Shop at https://fernbrook.co.uk/farm. "
         "Reply STOP to opt out.", "Shop"),
    ],
)
def test_imperatives_after_a_place_or_without_a_series_still_compete(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CLR302", body=body, locale="en-GB", category="marketing") == [span]
