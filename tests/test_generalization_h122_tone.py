"""Round 77 (blind sets h122 and h123): the tone lines both the rules and TON113 missed, and TON107's false positive.

- TON108 `thanked-culprit`: thanks said to an unnamed culprit for their lapse ("thanks to whoever left the gate open
  again", «gracias a quien dejó la puerta abierta otra vez»); thanks to whoever helped, found or came pass.
- TON112 `effort-invoked`: the work done for the reader over a counted span ("the horses carried your group for six
  hours", «los mulos cargaron tu equipaje durante tres horas») pairs with others still waiting to be paid; the same
  work told alone is a trip report and passes.
- TON112 `bill-fares-worse`: the pity that the payment itself lags («lástima que la cuota todavía no se haya pagado»,
  «lástima que pagar a tiempo no tanto») beside praise; a regret about what the fee covers passes.
- TON109 `patience-admired`: the reader's patience admired in a reminder to pay ("we admire your patience",
  «admiramos su paciencia»); patience thanked while we fix something passes.
- TON107 `legal-action`: a legal word named by its field is a plain noun of that trade ("the fire marshal", "race
  marshals", "tennis court", «el juez de línea»); the officer of the law still counts ("the marshal will serve").
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Harbourside Marina: thanks to whoever left the fuel dock gate open again. Please close it after every use.", "en", "thanks to whoever left the fuel dock gate open"),
        ("Ridgeway Campsite: thank you to the campers who dumped their rubbish by the stream. Bins are at the main gate.", "en", "thank you to the campers who dumped"),
        ("Club Náutico Ría: gracias a quien dejó la puerta del pantalán abierta otra vez. Ciérrala al salir.", "es", "gracias a quien dejó la puerta del pantalán abierta"),
        ("Cine Club Faro: gracias a la persona que publicó el final de la película en redes. Guarda las sorpresas para ti.", "es", "gracias a la persona que publicó el final"),
    ],
)
def test_thanks_to_an_unnamed_culprit_for_a_lapse_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="service", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Harbourside Marina: thanks to whoever handed in the blue kayak paddle. It is at the office.", "en"),
        ("Harbourside Marina: thanks to everyone who came to the regatta on Saturday. Photos are online.", "en"),
        ("Harbourside Marina: thanks to the member who left a box of cakes in the clubhouse. They went fast.", "en"),
        ("Club Náutico Ría: gracias a quien devolvió el chaleco azul. Ya está en la oficina.", "es"),
        ("Club Náutico Ría: gracias a la persona que dejó una caja de pasteles en el club. Volaron.", "es"),
    ],
)
def test_thanks_for_help_or_a_gift_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="service", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("High Pass Treks: our horses carried your group for six hours on Friday, and they are still waiting for you to pay. The $380 is at https://highpass.example/pay.", "en", "carried your group for six hours on Friday, and they are still waiting"),
        ("Mulas del Valle: los mulos cargaron tu equipaje durante tres horas el viernes y siguen esperando tu pago. Paga en https://mulas.example/pagos.", "es", "cargaron tu equipaje durante tres horas el viernes y siguen esperando"),
    ],
)
def test_work_over_a_span_beside_others_waiting_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="collections", channel="whatsapp") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("High Pass Treks: our horses carried your group for six hours on Friday. The photos are at https://highpass.example/photos.", "en"),
        ("Mulas del Valle: los mulos cargaron tu equipaje durante tres horas el viernes. Las fotos están en https://mulas.example/fotos.", "es"),
    ],
)
def test_work_over_a_span_alone_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="collections", channel="whatsapp") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Blazeguard Alarms: unless the fire marshal asks for a second visit, the test fee is included in your plan.", "en"),
        ("Ridge Run: unless the race marshals close the course, the late fee applies to your entry.", "en"),
        ("Copa Sierra: salvo que el juez de línea anule el set, la cuota de la pista se cobra igual.", "es"),
    ],
)
def test_a_legal_word_named_by_its_field_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="whatsapp") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("City Lettings: unless the $900 is paid by Friday, the marshal will serve the eviction notice.", "en", "marshal"),
        ("Arriendos Centro: si no paga antes del viernes, el juez ordenará el desalojo.", "es", "juez"),
    ],
)
def test_the_officer_of_the_law_still_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="whatsapp") == [span]


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Cocinas Tamarindo: qué bien te quedó la isla de la cocina, ¿no? Lástima que la cuota de marzo todavía no se haya pagado. Paga en https://tamarindo.example/pagos.", "qué bien"),
        ("Vuelo Libre Andes: qué bien se te dan las térmicas; lástima que pagar la mensualidad no tanto. Paga en https://vuelolibre.example/pagos.", "qué bien se te dan las térmicas; lástima que pagar la mensualidad no tanto"),
    ],
)
def test_praise_then_a_pity_that_the_payment_lags_fires(registry: Registry, body: str, span: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale="es", category="collections", channel="sms") == [span]


def test_praise_then_a_pity_about_what_the_fee_covers_passes(registry: Registry) -> None:
    body = "Cocinas Tamarindo: qué bien te quedó la isla de la cocina. Lástima que la cuota no incluya la campana; pídela en la tienda."
    assert finding_texts(registry, "TON112", body=body, locale="es", category="collections", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Solar Ridge: we truly admire your patience. The March instalment of $310 is now 40 days late. Pay at https://solarridge.example/pay.", "en", "we truly admire your patience"),
        ("Paneles Cumbre: admiramos su paciencia. La cuota de marzo, de 310 €, lleva 40 días vencida. Pague en https://cumbre.example/pagos.", "es", "admiramos su paciencia"),
    ],
)
def test_the_readers_patience_admired_in_a_reminder_to_pay_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Solar Ridge: we appreciate your patience while we fix the billing error. Your March instalment is on hold.", "en"),
        ("Solar Ridge: we admire your patience while we fix the billing error. Your March instalment is on hold.", "en"),
        ("Paneles Cumbre: agradecemos su paciencia mientras corregimos el error de facturación.", "es"),
    ],
)
def test_patience_thanked_while_we_fix_something_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections", channel="sms") == []
