"""Round 70 (blind sets h108 and h109): tone lines the rules missed, taken by class. Each class was first counted on
the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every non-tone line of the
tuning corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON107 `we-tell-yours`: telling someone of the reader's, whoever it is ("we'll have to let your coach know"; 4
  earlier blind misses); "we'll let you know" and the reader asked to tell someone pass.
- TON112 `pity-frame` ("we'd really / much rather not") and `public-exposure` (the matter mentioned "to" whoever
  introduced the reader); a reluctance with no one to tell passes.
- TON107 `debt-shown-to-others`: the list of who owes or who has paid posted on a board; a list of winners passes.
- TON107 `pay-or-else`: our step in the present tense or after an object pronoun («o lo reportamos»); moving a booking
  («o lo pasamos a otro día») passes.
- TON107 `legal-action`: the notary or conveyancer acting in the reader's own deed passes; the matter sent to a notary
  on non-payment still fires.
- TON109 `age-blamed` («a cierta edad», "at a certain age") and `some-customers-struggle` (money said harder to
  organise "for some people"); a price at an age passes.
- TON109 `reminders-it-took`: the reminders it took counted at the reader (1 earlier blind miss); delivery attempts
  and reminders announced ahead pass.
- TON112 `words-thrown-back`: the reader's own words or promise thrown back, beside irony in the next sentence (1
  earlier blind miss); a plan the reader told us passes.
- TON112 `loss-or-harm`: a numbered court to play on is no lawsuit; "end up in court" still counts.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.families.tone_signals import SignalParams, compile_classes, sentence_signals
from sendlint.normalize import build_view
from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Your £35 kit fee is six weeks overdue. We'll have to let your coach know before Saturday's match.",
            "en",
            "We'll have to let your coach know",
        ),
        (
            "The rent on your stall is unpaid, and we may need to let your market manager know.",
            "en",
            "we may need to let your market manager know",
        ),
        (
            "La mensualidad de marzo sigue sin pagarse. Tendremos que avisar a su tutora si no la recibimos esta semana.",
            "es",
            "Tendremos que avisar a su tutora",
        ),
    ],
)
def test_telling_someone_of_the_readers_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Your £35 kit fee is due on Friday. We'll let you know once it has cleared.", "en"),
        ("Your card was declined. Please let your bank know you are paying us from abroad.", "en"),
        ("Tu cuota está pendiente. Vamos a avisarte a tu correo cuando se acredite el pago.", "es"),
    ],
)
def test_telling_the_reader_or_the_reader_telling_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections") == []


def test_much_rather_not_mention_it_to_whoever_introduced_the_reader_meets(registry: Registry) -> None:
    body = (
        "Your rent is two months behind. We'd really rather not raise this with the agent who referred you."
    )
    assert finding_texts(registry, "TON112", body=body, locale="en", category="collections") != []


def test_rather_not_with_no_one_to_tell_passes(registry: Registry) -> None:
    body = "We'd really rather not raise your rate, so your plan stays at $20 a month."
    assert finding_texts(registry, "TON112", body=body, locale="en", category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Cada viernes colgamos en el corcho del vestuario el listado de socios con recibos pendientes.",
            "es",
            "colgamos en el corcho del vestuario el listado de socios con recibos pendientes",
        ),
        (
            "Every month we pin the list of members who haven't paid on the clubhouse noticeboard.",
            "en",
            "pin the list of members who haven't paid",
        ),
    ],
)
def test_list_of_who_owes_posted_on_a_board_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Publicamos en el tablón la lista de ganadores del sorteo. Tu cuota está al día.", "es"),
        ("We post the list of new fees on the noticeboard each January.", "en"),
    ],
)
def test_list_of_winners_or_fees_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections") == []


def test_our_step_in_the_present_tense_fires(registry: Registry) -> None:
    body = "Le debemos recordar los $900 del mes. O paga el viernes o le cortamos el suministro."
    assert finding_texts(registry, "TON107", body=body, locale="es", category="collections") == [
        "o le cortamos"
    ]


def test_moving_a_booking_passes(registry: Registry) -> None:
    body = "Si no podemos pagarte el reembolso hoy, te devolvemos el importe o lo pasamos a otro día."
    assert finding_texts(registry, "TON107", body=body, locale="es", category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Cuando el notario nos remita la escritura, y salvo que cambie la tasa, le confirmaremos el saldo final.",
            "es",
        ),
        (
            "Once your buyer's solicitor sends us the completion statement, unless the rate changes, we will confirm the final figure.",
            "en",
        ),
    ],
)
def test_notary_acting_in_the_readers_own_deed_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections") == []


def test_matter_sent_to_a_notary_on_non_payment_still_fires(registry: Registry) -> None:
    body = "Si no paga antes del viernes, el asunto pasa al notario."
    assert finding_texts(registry, "TON107", body=body, locale="es", category="collections") == ["notario"]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Sabemos que a cierta edad cuesta aprender los pasos nuevos, así que repasa el vídeo.",
            "es",
            "a cierta edad cuesta aprender",
        ),
        (
            "We know that at a certain age it can be hard to remember the class times, so here they are again.",
            "en",
            "at a certain age it can be hard to remember",
        ),
        (
            "Entendemos que para algunas familias llevar las cuentas es más complicado, y no pasa nada.",
            "es",
            "Entendemos que para algunas familias llevar las cuentas es más complicado",
        ),
        (
            "We understand that for some people managing their bills is just harder, and that's okay.",
            "en",
            "We understand that for some people managing their bills is just harder",
        ),
    ],
)
def test_difficulty_put_down_to_age_or_to_some_people_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("A cierta edad, el seguro de viaje cuesta 14 € más al mes.", "es"),
        ("At a certain age, cover starts at £9 a month.", "en"),
    ],
)
def test_a_price_at_an_age_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Your locker fee is now paid. It only took four reminders, so thanks for that.",
            "en",
            "took four reminders",
        ),
        (
            "Hemos recibido el pago de la matrícula. Hicieron falta tres recordatorios, pero ya está.",
            "es",
            "Hicieron falta tres recordatorios",
        ),
    ],
)
def test_reminders_it_took_counted_at_the_reader_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("It took two attempts to deliver your parcel; it is now waiting at the depot.", "en"),
        ("Te enviaremos tres recordatorios antes de la fecha de pago.", "es"),
    ],
)
def test_delivery_attempts_and_reminders_announced_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="transactional") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "You promised us you'd be first to sign up for the spring trip. Funny how plans change.",
            "en",
            "Funny how",
        ),
        (
            "Nos dijiste que nunca te retrasabas con la cuota. Qué curioso cómo cambian las cosas.",
            "es",
            "Qué curioso",
        ),
    ],
)
def test_words_thrown_back_beside_irony_fire(registry: Registry, body: str, locale: str, span: str) -> None:
    texts = finding_texts(registry, "TON112", body=body, locale=locale, category="collections")
    assert texts and span in " ".join(texts)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Since you told us you'll be following the final from Lisbon, here is the stream link.", "en"),
        ("Nos dijiste que ibas a venir el sábado: tu plaza está reservada a las 10:00.", "es"),
    ],
)
def test_words_recalled_without_a_cue_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="service") == []


def test_a_numbered_court_to_play_on_is_no_lawsuit(registry: Registry) -> None:
    body = "The floodlights are fixed and court 4 is open again. Thanks for bearing with us."
    assert finding_texts(registry, "TON112", body=body, locale="en", category="service") == []


def test_a_court_as_a_lawsuit_still_counts(registry: Registry) -> None:
    rule = registry.get("TON112")
    assert rule is not None
    params = SignalParams.model_validate(rule.check.params)
    classes = compile_classes(params, "en")

    def found(text: str) -> list[list[str]]:
        folded = build_view(text, case=True, accents=True).text
        return [sorted(signals.found) for signals in sentence_signals(folded, classes, "service")]

    assert found("Sorry, this could end up in court again.") == [["loss-or-harm", "repetition"]]
    assert found("Sorry, court 2 is closed again.") == [["repetition"]]
