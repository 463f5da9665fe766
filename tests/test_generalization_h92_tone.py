"""Round 62 (blind sets h92 and h93): tone lines the rules missed, and the one false positive, taken by class. Each
class was first counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on
every non-tone line of the tuning corpora (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON101 (lexicon): a credit bureau named as the place a check is made («ni consulta en centrales de riesgo»,
  «consultamos en Datacrédito») is the lender's check in a loan offer, not a report of the reader; the threat of a
  report still counts.
- TON109 `payment-less-popular`: the contrast said with "the same" whatever the bill's words ("shame the same care
  hasn't gone into paying", «lástima que no podamos decir lo mismo de tu cuota»), and the bill named by its amount
  said not to arrive ("shame the £8.50 for it never came through"). "Shame the payments aren't refundable" passes.
- TON109 `mock-honour`: the reader's presence thanked as a favour granted ("gracing us with your presence", «nos
  honras con tu presencia»), next to how seldom it came or the busy agenda; the favour alone passes.
- TON112 `blame-shift`: a conditional consequence («si no llegas a la boda, será ...») next to the reader's lapse
  («por no haber pagado»); the consequence with no lapse («será por tu banco») passes.
- TON110 `others-looking-now`: the watchers as a crowd («hay mucha gente mirándolas», "lots of people looking at
  them"), with the pronoun for the offer and "now"; the crowd looking at something else passes.
- TON111 `others-already-you-not`: others and the reader in one sentence joined by "and"/«y», the reader's side a
  lapse or a loss («y tú sigues pagando de más», "and you're still paying"); the reader's side a benefit passes.
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "category", "span"),
    [
        (
            "Prestafácil: crédito de libre inversión sin papeleo ni consulta en centrales de riesgo. Responde BAJA para no recibir más.",
            "marketing",
            None,
        ),
        (
            "Crédito Ya: consultamos en Datacrédito y te respondemos en diez minutos. Responde BAJA para no recibir más.",
            "marketing",
            None,
        ),
        (
            "Cobranzas Andes: si no pagas hoy, te vamos a reportar a centrales de riesgo.",
            "collections",
            "reportar a centrales de riesgo",
        ),
    ],
)
def test_credit_bureau_as_the_lenders_check_passes(
    registry: Registry, body: str, category: str, span: str | None
) -> None:
    found = texts(registry, body, "es", category, rule="TON101")
    if span is None:
        assert found == []
    else:
        assert any(span in text for text in found)


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Kiln & Co: we fired your vase with real patience. Shame the same patience hasn't gone into paying for it.",
            "en",
            "Shame the same patience hasn't gone into paying",
        ),
        (
            "Lakeside Sailing: your dinghy looks wonderful. Pity the £8.50 for the mooring never came through. Pay at x.com.",
            "en",
            "Pity the £8.50 for the mooring never came through",
        ),
        (
            "Vivero Sauce: tus bonsáis están preciosos. Lástima que no podamos decir lo mismo de tu mensualidad.",
            "es",
            "Lástima que no podamos decir lo mismo de tu mensualidad",
        ),
    ],
)
def test_bill_set_against_the_same_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, "collections", rule="TON109"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Shame the instalments aren't refundable, but you can pause them any time at x.com.", "en"),
        ("Shame the same colour isn't in stock; we've kept a similar one aside for you.", "en"),
        ("Lástima que el mismo modelo no esté disponible: te guardamos uno parecido.", "es"),
    ],
)
def test_shame_with_no_lapse_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "collections", rule="TON109") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Pottery Loft: we're honoured you graced us with your presence once since May. Wheel night is Friday.",
            "en",
            "graced us with your presence",
        ),
        (
            "Taller de Telar Ruca: qué ilusión que nos honres con tu presencia una vez al trimestre. El taller sigue los lunes.",
            "es",
            "nos honres con tu presencia",
        ),
    ],
)
def test_presence_as_a_favour_with_a_count_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, "service", rule="TON109"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Thank you for gracing us with your presence at the harvest dinner. Photos are on our page.", "en"),
        (
            "Gracias por honrarnos con su presencia en la cena de aniversario: las fotos ya están en la web.",
            "es",
        ),
    ],
)
def test_presence_as_a_favour_alone_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "service", rule="TON109") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Solaria: la mayoría de tus vecinas ya generan su propia luz, y tú sigues pagando la factura entera. Pide tu estudio.",
            "es",
            "y tú sigues pagando",
        ),
        (
            "Fibernest: thousands of homes on your street already upgraded, and you're still paying for the slow plan. Switch now.",
            "en",
            "and you're still paying",
        ),
    ],
)
def test_others_already_and_you_still_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, "marketing", rule="TON111"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Solaria: muchas socias ya renovaron, y tú sigues teniendo el precio de siempre hasta junio.", "es"),
        ("Fibernest: most homes renew online, and you're still welcome to call us instead.", "en"),
    ],
)
def test_others_already_and_you_still_with_a_benefit_passes(
    registry: Registry, body: str, locale: str
) -> None:
    assert texts(registry, body, locale, "marketing", rule="TON111") == []


def test_consequence_put_down_to_the_lapse_fires(registry: Registry) -> None:
    body = "Visados Rumbo: tu solicitud sigue parada. Si no llegas a la boda, será por no haber pagado la tasa a tiempo."
    assert any("será" in text for text in texts(registry, body, "es", "collections"))


@pytest.mark.parametrize(
    "body",
    [
        "Si ves un cargo doble, será por tu banco: escríbenos y lo revisamos.",
        "Si llueve el sábado, será una excursión distinta: traed chubasquero.",
    ],
)
def test_consequence_with_no_lapse_passes(registry: Registry, body: str) -> None:
    assert texts(registry, body, "es", "collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Cuevas del Cierzo: quedan 3 plazas para la travesía y hay muchísima gente mirándolas ahora mismo. Apúntate en cierzo.es.",
            "es",
            "hay muchísima gente mirándolas",
        ),
        (
            "Fell Runners: two places left and there are lots of people looking at them right now. Book at fellrun.uk.",
            "en",
            "there are lots of people looking at them",
        ),
    ],
)
def test_watchers_as_a_crowd_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, "marketing", rule="TON110"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Mirador del Cierzo: hay mucha gente mirando las estrellas ahora mismo. Sube esta noche, la entrada es libre.",
            "es",
        ),
        (
            "Fell Runners: there are lots of people looking at the new trail maps. Pick one up at the hut.",
            "en",
        ),
    ],
)
def test_watchers_as_a_crowd_without_the_offer_or_now_passes(
    registry: Registry, body: str, locale: str
) -> None:
    assert texts(registry, body, locale, "marketing", rule="TON110") == []
