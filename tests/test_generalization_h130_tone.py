"""Round 81 (blind sets h130 and h131): the tone family's false positive and the tone lines the hand-written rules missed,
taken by class. Each class was first counted on the rules' blind misses of earlier sets
(tools/tone_signals/h*_blind_misses.txt) and on every non-tone line of the tuning corpora and the neutral sets.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON107 `debt-shown-to-others`: the reader marked as not paid where the members see it: shown as unpaid on the board,
  kept on the list of who hasn't paid, an "unpaid" sticker by their picture (h131-en-066; h122-en-037 and h122-es-067
  earlier, h128-es-012 in the tuning corpora too). "Showing as unpaid on our system" and a list of orders waiting to ship
  pass.
- TON107 `we-tell-everyone`: the reader's non-payment told to the whole circle they belong to (the network, every team,
  the other guides of the area) under a condition of non-payment (h130-es-043; h128-es-068 and h124-es-075 earlier);
  the reader asked to tell the others, and news for every team with no condition, pass.
- TON107 `legal-action` (false positive): "further action" named only as the purpose of a referral to one of our own
  teams ("passed to our recoveries team for further action", h131-en-051; h113-en-065 earlier, both clarity lines) no
  longer reads as a threat; a referral to solicitors and "we will take further action" still fire.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Club de Remo Dársena: desde el lunes tu taquilla aparecerá como impagada en el tablero del vestuario. Paga los 30 € en la web.",
            "es",
            "aparecerá como impagada en el tablero",
        ),
        (
            "Huertos Las Eras: si no pagas este mes, seguirás en la lista de parcelas sin pagar que ponemos en la caseta.",
            "es",
            "seguirás en la lista de parcelas sin pagar",
        ),
        (
            "Coro Santa Cecilia: pondremos una etiqueta de impago junto a tu foto en el mural de la sala. Puedes pagar en secretaría.",
            "es",
            "etiqueta de impago junto a tu",
        ),
        (
            "Harbourside Rowing: your locker will appear as overdue on the clubhouse noticeboard from Monday. Pay the £30 online.",
            "en",
            "appear as overdue on the clubhouse noticeboard",
        ),
        (
            "Oakmere Allotments: next week we start putting an overdue sticker on every plot sign that hasn't paid. Your £18 is due.",
            "en",
            "overdue sticker on every",
        ),
    ],
)
def test_the_reader_marked_unpaid_where_others_see_it_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Huertos Las Eras: tu pedido de semillas figura en la lista de pendientes de envío. Te avisamos cuando salga.", "es"),
        ("Huertos Las Eras: tu cuota de 18 € aparece como pendiente en tu área de socio. Puedes pagarla en la web.", "es"),
        ("Oakmere Allotments: your £18 plot rent is showing as unpaid on our system. Reply if you have already paid.", "en"),
        ("Oakmere Allotments: the noticeboard by the gate lists the summer open day. Your £18 plot rent is due on 1 May.", "en"),
    ],
)
def test_unpaid_on_our_records_or_a_board_of_news_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Your mooring fee is three weeks late, so the account has been referred to our accounts team for further action. "
            "Call us on 0161 555 0100 to agree a plan.",
            "en",
        ),
        (
            "If the second instalment is not received by the 30th, the lease may be passed to our arrears team for further "
            "action; a payment plan can be set up online.",
            "en",
        ),
        (
            "Where the balance stays unpaid after the review date, the file is referred for further action under clause 9.",
            "en",
        ),
        (
            "Si la segunda cuota no llega antes del día 30, el contrato pasará a nuestro equipo de cobros para las acciones que "
            "correspondan; puede pedir un plan de pagos en la web.",
            "es",
        ),
    ],
)
def test_further_action_as_the_purpose_of_a_referral_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="email") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "If the mooring fee is not paid by Friday, the account will be passed to our solicitors for further action.",
            "en",
            "solicitors",
        ),
        ("If the mooring fee is not paid by Friday, we will take further action.", "en", "further action"),
        ("Failure to pay the storage fee will result in further action.", "en", "further action"),
        (
            "Si la cuota del amarre no se abona antes del viernes, tomaremos las medidas que correspondan.",
            "es",
            "las medidas que correspondan",
        ),
    ],
)
def test_further_action_held_over_the_reader_still_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="email") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Si el recibo no se abona antes del día 30, el expediente pasará a nuestros abogados para las acciones que correspondan.",
            "es",
            "abogados",
        ),
    ],
)
def test_a_referral_to_lawyers_for_further_action_still_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="email") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Liga Sabatina: si la inscripción no está pagada el jueves, lo comunicaremos a todos los clubes del torneo.",
            "es",
            "comunicaremos a todos los clubes",
        ),
        (
            "Coro Alameda: de no recibir la cuota antes del día 10, tendremos que informar a toda la federación de coros.",
            "es",
            "tendremos que informar a toda la federación",
        ),
        (
            "Downs Cycling League: unless the entry fee is paid by Thursday, we'll let every club in the league know why you were dropped.",
            "en",
            "we'll let every club",
        ),
        (
            "Riverside Five-a-Side: if you don't settle the pitch fee by Friday, we'll have to tell all the other teams in the league.",
            "en",
            "we'll have to tell all the other teams",
        ),
    ],
)
def test_non_payment_told_to_the_whole_circle_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Liga Sabatina: si no puedes venir el sábado, avisa a los demás capitanes por el grupo.", "es"),
        ("Liga Sabatina: informaremos a todos los equipos del nuevo calendario. Tu cuota de marzo está al día.", "es"),
        ("Downs Cycling League: we'll email all the clubs with the new race calendar. Your entry fee is paid, thanks.", "en"),
        ("Downs Cycling League: if you can't make Sunday, please tell the other riders in your team.", "en"),
    ],
)
def test_the_reader_asked_to_tell_or_news_for_everyone_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="sms") == []
