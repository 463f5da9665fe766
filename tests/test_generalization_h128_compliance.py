"""What the blind sets h128 and h129 showed in compliance (round 80; tone, clarity and language are analysed elsewhere),
as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negatives, CMP304 (h128, h129): the brand's name hyphenated to an offer by another name (a bonus, a voucher, a
  coupon: "brand-bonus.com", «marca-bonos.es») or to the customer's account ("brand-accounts.co.za", «marca-cuenta.mx»),
  as a prize, a reward or the members' area already was: a brand's own offers or account page is a path or a subdomain
  of its domain.
- False negative, CMP201 (h128): a wine named by its kind, what it is made from or how it is served ("unlimited palm
  wine", "sparkling wine", «vino espumoso», «vino de palma»), is the drink on offer as "red wine" already was; a vinegar
  made from it is a food, and «Vino de Palma» with its capital is the verb and the city.
- False positives, CMP111 (h128, with h112): the brand's first word alone as the sender label names the sender even when
  it is an everyday word ("Shiver:" for Shiver Cold Plunge Club, «Barlovento:» for Barlovento Modelismo Naval), as a
  coined first word already did; a descriptor alone, a word that is not the name's first and a short word still do not.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import field_spans as spans
from conftest import make_message

from sendlint.registry import Registry

# --- CMP304: the name hyphenated to a bonus, a voucher, a coupon or the account -------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Quarry Lantern Tours: night walks are back. Claim your place at https://quarrylantern-bonus.com/walks. "
         "Reply STOP to opt out.", "en-GB", "Quarry Lantern Tours", "https://quarrylantern-bonus.com/walks"),
        ("Fenwick Pottery Studio: your spring class credit is waiting at https://fenwick-vouchers.co.uk/claim",
         "en-IE", "Fenwick Pottery Studio", "https://fenwick-vouchers.co.uk/claim"),
        ("Grainmoor Feed Supplies: your trade account is paused. Sign in at https://grainmoor-accounts.com/reopen",
         "en-AU", "Grainmoor Feed Supplies", "https://grainmoor-accounts.com/reopen"),
        ("Cumbre Ventisca: tus clases de escalada de abril te esperan en https://cumbreventisca-bonos.es/abril",
         "es-ES", "Cumbre Ventisca", "https://cumbreventisca-bonos.es/abril"),
        ("Ladrillos Tizonera: tu cuenta de obra está pausada. Reactívala en https://tizonera-cuenta.mx/obra",
         "es-MX", "Ladrillos Tizonera", "https://tizonera-cuenta.mx/obra"),
    ],
)
def test_the_name_hyphenated_to_a_bonus_or_the_account_imitates_the_brand(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand, category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the brand's own account or offers page is a path of its own domain
        ("Grainmoor Feed Supplies: your trade account is paused. Sign in at https://grainmoor.com/accounts",
         "en-AU", "Grainmoor Feed Supplies"),
        ("Ladrillos Tizonera: tu cuenta de obra está pausada. Entra en https://tizonera.mx/mi-cuenta",
         "es-MX", "Ladrillos Tizonera"),
        # the word is the name's own
        ("Brightwater Accounts: your tax return is filed. Details at https://brightwater-accounts.co.uk/return",
         "en-GB", "Brightwater Accounts"),
        ("Cuentas Claras Asesoría: tu declaración ya está presentada: https://cuentas-claras.es/renta",
         "es-ES", "Cuentas Claras Asesoría"),
        # a frequent word of the name alone names no one brand
        ("Harbour Lights Bakery: your loyalty stamps are at https://harbour-bonus.com/stamps",
         "en-NZ", "Harbour Lights Bakery"),
    ],
)
def test_the_own_domain_or_the_names_own_word_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand, category="transactional") == []


# --- CMP201: a wine named by its kind ------------------------------------------------------------------------------


def _alcohol(registry: Registry, body: str, locale: str, category: str = "marketing") -> list[tuple[str, str]]:
    """(flagged text, severity) of CMP201's findings on a WhatsApp message of ``category``."""
    from sendlint.engine import evaluate

    fields: dict[str, Any] = {"body": body, "locale": locale, "category": category, "channel": "whatsapp"}
    return [(body[f.start : f.end], f.severity.value) for f in evaluate(make_message(**fields), registry).findings
            if f.rule == "CMP201"]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Kestrel Lodge: Friday's long-table dinner starts with sparkling wine on the deck. Book at "
         "https://kestrellodge.com/friday. Reply STOP to opt out.", "en-GB", "sparkling wine"),
        ("Mangrove Table: all-night palm wine with every tasting menu this month. Reply STOP to opt out.",
         "en-NG", "palm wine"),
        ("Copperfold Inn: carols in the yard and mulled wine by the fire on Saturday. Reply STOP to opt out.",
         "en-IE", "mulled wine"),
        ("Mesa Ceiba: este sábado, cena de seis tiempos con vino espumoso de bienvenida. Reserva en "
         "https://mesaceiba.mx/sabado. Responde BAJA para no recibir más.", "es-MX", "vino espumoso"),
        ("Fogón Manglar: la cena del viernes trae vino de palma sin límite. Responde BAJA para no recibir más.",
         "es-CO", "vino de palma"),
    ],
)
def test_a_wine_named_by_its_kind_is_alcohol_on_offer(registry: Registry, body: str, locale: str, span: str) -> None:
    assert _alcohol(registry, body, locale) == [(span, "warning")]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a vinegar made from it is a food
        ("Tamarind Pantry: 20% off palm wine vinegar this week. Reply STOP to opt out.", "en-NG"),
        ("Despensa Tamarindo: 20 % en vinagre de vino de palma esta semana. Responde BAJA para no recibir más.", "es-CO"),
        # an ingredient, not a drink on offer
        ("Kestrel Lodge: this week's special is a risotto cooked in sparkling wine. Reply STOP to opt out.", "en-GB"),
        # «vino» the verb, from the city of Palma
        ("Mesa Ceiba: el chef invitado vino de Palma para la cena del sábado. Responde BAJA para no recibir más.", "es-ES"),
        # the wine's colour alone stays out
        ("Copperfold Inn: our new wine-red armchairs are in the snug. Reply STOP to opt out.", "en-IE"),
    ],
)
def test_a_vinegar_an_ingredient_or_the_verb_is_no_wine_on_offer(registry: Registry, body: str, locale: str) -> None:
    assert [hit for hit in _alcohol(registry, body, locale) if hit[1] != "info"] == []


def test_a_wine_named_by_its_kind_in_a_notice_is_info(registry: Registry) -> None:
    body = "Kestrel Lodge: your table for four is confirmed, with the sparkling wine you pre-ordered."
    assert _alcohol(registry, body, "en-GB", category="transactional") == [("sparkling wine", "info")]


# --- CMP111: the brand's first word alone, an everyday word, as the sender label ---------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        ("Lantern: your glass-fusing class moves to Thursday at 6 pm.", "en-GB", "Lantern Glass Fusing Studio"),
        ("Thunder: your drum lesson this week is at 5 pm.", "en-AU", "Thunder Drum School"),
        ("Tormenta: tu clase de tambor de esta semana es a las 17:00.", "es-ES", "Tormenta Escuela de Tambores"),
        ("Velero: tu curso de navegación empieza el sábado a las 10.", "es-MX", "Velero Escuela Náutica"),
        # before a gerund and a descriptor too (h78's trap until round 80)
        ("Tidewater: the regatta moves to Sunday morning.", "en-GB", "Tidewater Rowing Club"),
    ],
)
def test_the_brands_everyday_first_word_names_the_sender(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP111", body=body, locale=locale, channel="sms", category="transactional", brand=brand) == []


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # a word of the name that is not its first
        ("Drum: your lesson this week is at 5 pm.", "en-AU", "Thunder Drum School"),
        ("Tambores: tu clase de esta semana es a las 17:00.", "es-ES", "Tormenta Escuela de Tambores"),
        # a descriptor alone
        ("Club: your court is booked for Saturday at 9.", "en-GB", "Club Racquet Harbour"),
        ("Escuela: tu curso empieza el sábado a las 10.", "es-MX", "Escuela Velero Náutica"),
    ],
)
def test_other_one_word_labels_still_lack_the_sender(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert len(spans(registry, "CMP111", body=body, locale=locale, channel="sms", category="transactional",
                     brand=brand)) == 1
