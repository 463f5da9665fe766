"""Round 67 (blind sets h102 and h103): tone lines the rules missed and one TON101 false positive, taken by class. Each
class was first counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on
every non-tone line of the tuning corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON109 `explained-slowly`: the explanation itself said to be given slowly, as to someone slow; an offer of a slower
  pace («te lo explicamos más despacio», "more slowly") passes.
- TON108 `reproach`: the sender out of patience or tired of chasing the reader, and the reader's answer refused before
  it is sent; tiredness about something else, and no reply needed, pass.
- TON107 `debt-shown-to-others`: the debt shown to the reader's neighbours or read aloud to their club; a list that
  is not of debts passes.
- TON112 `reader-lapse`: how long the bill has gone unpaid, with the bill as subject, beside a rhetorical question; the
  lapse alone passes.
- TON101: "without further notice" / «sin más aviso» inside a contract's option stated in the third person («a su
  elección», "at its option") threatens no step of ours; the sender's own step still fires.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        ("Como el formulario parece resistirse, te lo explicamos despacio: rellena la casilla 3 y firma abajo.",
         "es", "service", "te lo explicamos despacio"),
        ("Dado que la domiciliación sigue fallando, le repetimos muy despacio: su recibo de 38 € está pendiente.",
         "es", "collections", "le repetimos muy despacio"),
        ("Since the gate keeps confusing you, let me spell it out slowly: the code changes every Monday.",
         "en", "service", "let me spell it out slowly"),
        ("We'll go through this very slowly: the €52 is due on the 3rd, and the link is below.",
         "en", "collections", "We'll go through this very slowly"),
    ],
)
def test_an_explanation_said_to_be_given_slowly_fires(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert span in finding_texts(registry, "TON109", body=body, locale=locale, category=category)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Si algo del formulario no queda claro, escríbenos y te lo explicamos más despacio por teléfono.", "es"),
        ("If the setup is unclear, reply HELP and we'll go through it more slowly on a call.", "en"),
    ],
)
def test_an_offer_of_a_slower_pace_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Mira, ya estamos hartos de recordarte la cuota de abril: 45 € en https://x.es/p", "es",
         "ya estamos hartos de recordarte"),
        ("We're running out of patience: the £60 for March is still unpaid. Pay at https://x.co/p", "en",
         "We're running out of patience"),
        ("Has faltado a tres partidos y la multa sigue en pie. Ni se moleste en apelar.", "es", "Ni se moleste en apelar"),
        ("Your stall fee is overdue. Any complaints you send about it will be ignored.", "en",
         "Any complaints you send about it will be ignored"),
    ],
)
def test_lost_patience_and_a_refused_answer_fire(registry: Registry, body: str, locale: str, span: str) -> None:
    assert span in finding_texts(registry, "TON108", body=body, locale=locale, category="collections")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("¿Estás cansado de esperar en la cola? Pide cita en la web y te atendemos a la hora.", "es"),
        ("No hace falta que respondas a este mensaje: tu cambio de horario ya está hecho.", "es"),
        ("Tired of chasing receipts? The app files them for you.", "en"),
        ("Don't bother printing your ticket: show the QR code at the door.", "en"),
    ],
)
def test_tiredness_about_something_else_and_no_reply_needed_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Si el jueves la cuota sigue pendiente, pasaremos a retirar la moto del portal a la vista de todos sus vecinos.",
         "es", "a la vista de todos sus vecinos"),
        ("En la asamblea del domingo leeremos públicamente el listado de socios morosos.", "es",
         "públicamente el listado de socios morosos"),
        ("We'd rather not read out the list of overdue members at Sunday's meeting.", "en",
         "read out the list of overdue"),
        ("Would your colleagues be surprised to hear that the van outside isn't paid for? £240 at https://x.co/p", "en",
         "Would your colleagues be surprised to hear"),
    ],
)
def test_a_debt_shown_to_the_readers_peers_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert span in finding_texts(registry, "TON107", body=body, locale=locale, category="collections")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("En la asamblea del domingo leeremos en voz alta la lista de ganadores del torneo. Tu saldo es 0 €.", "es"),
        ("We read out the list of new members at the AGM. Your balance is £0.", "en"),
    ],
)
def test_a_list_that_is_not_of_debts_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections") == []


def test_how_long_the_bill_went_unpaid_beside_a_rhetorical_question_fires(registry: Registry) -> None:
    body = (
        "¿De verdad pretendes que sigamos cortándote el césped gratis? La cuota de junio lleva dos meses sin pagarse."
    )
    assert texts(registry, body, "es", "collections") != []


def test_the_unpaid_bill_alone_passes(registry: Registry) -> None:
    body = "La cuota de junio lleva dos meses sin pagarse. Puedes pagarla en la app o pedir un plan de pagos."
    assert texts(registry, body, "es", "collections") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Según la cláusula 7, el acreedor podrá, a su elección y sin más aviso, dar por vencido el saldo total.", "es"),
        ("Under clause 4, the lender may, at its option and without further notice, declare the whole balance due.", "en"),
    ],
)
def test_a_contracts_option_in_the_third_person_is_no_threat(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON101", body=body, locale=locale, category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Si no paga hoy, cortaremos el servicio sin más aviso.", "es", "sin más aviso"),
        ("If the balance stays unpaid, we will suspend your line without further notice.", "en", "without further notice"),
    ],
)
def test_the_senders_own_step_without_notice_still_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert span in finding_texts(registry, "TON101", body=body, locale=locale, category="collections")
