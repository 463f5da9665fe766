"""Round 79 (blind sets h126 and h127): the tone lines the rules missed, and the rules' false positives, taken by class.
Each class was first counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on
every non-tone line of the tuning corpora and the neutral sets.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON107 `hate-for`: "we'd hate for ..." on its own is the veiled consequence (57 tuning lines, all tone; about 40
  earlier blind misses); the reader missing something good passes. English only: the tuning corpora have no Spanish
  «no nos gustaría que…» / «odiaríamos que…» line of this kind (one «no quisiéramos que»).
- TON107 `third-party-contact`: "family" naming the kind of ticket or pass the reader bought is no relative
  (h126-en-048, a false positive); telling the reader's family still fires.
- TON102 (lexicon «deudor»): "of the debtor", a party spoken of in a record («límite del deudor 4471-B»,
  h127-es-044, a false positive), is no label for the reader; «señor deudor» still fires.
- TON109 `trust-you-will-do-better`: our trust that the reader will do the right thing or bear the lapse in mind ("we
  trust you will reflect on this", «confiamos en que lo tenga presente»; 6 earlier blind misses in this form, of 15 with "we trust you" or
  «confiamos en que»); a pleasure hoped for passes, and "this time" / «esta vez» after it stays TON112's.
- TON109 `congratulated-lapse`: congratulations on the most days late («el socio con más días de atraso»); the most
  days of a streak pass.
- TON109 `lacking-gift-waved-off`: the reader's aptitude waved off ("not everyone has the legs for it", «no todos
  tienen la fuerza para...», "not everyone is a natural"; 2 earlier blind misses); time or room "for it" passes.
- TON109 `payment-less-popular`: the same care wished for the bill ("it would be lovely if our invoice got the same
  attention"; 2 earlier blind misses); a wish that names no payment passes.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "category", "span"),
    [
        ("Marlow Boatyard: we'd hate for your mooring to be handed to the next name on the waiting list.", "collections", "we'd hate for"),
        ("Hillcrest Tennis: we would really hate for the committee to start asking questions about your court fees.", "collections", "we would really hate for"),
        ("Copperleaf Studio: we'd hate for you to be the only parent still explaining this at pick-up.", "service", "we'd hate for"),
    ],
)
def test_we_would_hate_for_fires_on_its_own(registry: Registry, body: str, category: str, span: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale="en", category=category, channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Marlow Boatyard: the regatta is on Saturday and we'd hate for you to miss it. Tickets at the gate.", "en", "marketing"),
        ("Hillcrest Tennis: courts reopen on Monday. We'd hate for you to be missing the first warm evening, so book early.", "en", "service"),
        ("Club de Remo: el sábado es la regata y no nos gustaría que te la perdieras. Entradas en la puerta.", "es", "marketing"),
    ],
)
def test_the_reader_missing_something_good_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category=category, channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Puzzle Barn: £24 for your family pass to the maze is still due before your visit on Sunday. Pay at the desk.", "en"),
        ("Puzzle Barn: the £24 for your family's season ticket is due before your visit; pay online.", "en"),
        ("Granja Laberinto: los 24 € de su entrada familiar siguen pendientes antes de su visita del domingo.", "es"),
    ],
)
def test_a_family_ticket_before_the_readers_visit_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Puzzle Barn: the £24 is still unpaid, so we will call your family about it on Friday.", "en", "your family"),
        ("Granja Laberinto: los 24 € siguen sin pagar, así que llamaremos a tu familia el viernes.", "es", "tu familia"),
    ],
)
def test_telling_the_readers_family_still_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Seguros Crédito Norte: riesgo del deudor 5520-C revisado a categoría B. Consulte el detalle en su portal.", "es"),
        ("Seguros Crédito Norte: el límite de los deudores de su cartera se actualizó el lunes.", "es"),
        ("Northgate Credit Cover: the debtor limit for account 5520-C was revised to band B. Details are in your portal.", "en"),
    ],
)
def test_the_debtor_spoken_of_in_a_record_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON102", body=body, locale=locale, category="alert", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Financiera Norte: estimado deudor, su cuota de marzo sigue pendiente.", "es", "deudor"),
        ("Northgate Finance: Dear debtor, your March instalment is still pending.", "en", "Dear debtor"),
    ],
)
def test_the_reader_called_a_debtor_still_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON102", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        ("Brookside Choir: you arrived after the warm-up again on Tuesday. We trust you will bear this in mind for the concert.", "en", "service", "We trust you will bear this in mind"),
        ("Harbour Gym: the towels were left on the floor of the sauna again. We trust you'll do the decent thing next time.", "en", "alert", "We trust you'll do the decent thing"),
        ("Coro del Puerto: el martes llegó después del calentamiento. Confiamos en que para el concierto lo tenga presente.", "es", "service", "Confiamos en que para el concierto lo tenga presente"),
        ("Gimnasio Puerto: las toallas quedaron en el suelo de la sauna. Confiamos en que recapacite antes de volver.", "es", "alert", "Confiamos en que recapacite"),
    ],
)
def test_our_trust_that_the_reader_will_do_better_fires(registry: Registry, body: str, locale: str, category: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category=category, channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Brookside Hotel: your room is ready from 3 pm. We trust you will enjoy your stay with us.", "en", "transactional"),
        ("Brookside Hotel: we trust you'll find everything you need in the welcome pack.", "en", "service"),
        ("Hotel Brisa: su habitación estará lista a las 15:00. Confiamos en que disfrute de la estancia.", "es", "transactional"),
    ],
)
def test_a_pleasure_hoped_for_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category=category, channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Club Náutico Sur: enhorabuena, eres el socio con más meses de retraso del club este año. Paga en la web.", "es", "enhorabuena"),
        ("Southbay Sailing Club: congratulations, you're the member with the most months overdue this year. Pay online.", "en", "congratulations"),
    ],
)
def test_congratulations_on_the_most_days_late_fire(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Club Náutico Sur: enhorabuena, eres el socio con más días de navegación del año.", "es"),
        ("Southbay Sailing Club: congratulations, you logged the most days on the water this year.", "en"),
    ],
)
def test_congratulations_on_a_record_of_ones_own_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Ridgeway Fell Runners: don't worry, not everyone has the legs for it. The flat route might suit you.", "en", "not everyone has the legs for it"),
        ("Ridgeway Fell Runners: we know not everyone is a natural, and that's fine.", "en", "not everyone is a natural"),
        ("Club de Escalada: entendemos que no todos tienen la fuerza para el muro grande; la pared infantil es otra opción.", "es", "no todos tienen la fuerza para"),
    ],
)
def test_the_readers_aptitude_waved_off_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Ridgeway Fell Runners: we know not everyone has the time for it on weekdays, so there's a Sunday group too.", "en"),
        ("Club de Escalada: entendemos que no todos tienen el tiempo para entrenar entre semana; abrimos también el domingo.", "es"),
    ],
)
def test_time_for_it_is_no_gift_and_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Kelp Bay Laundry: we've pressed your team's aprons every Friday for a year. It would be lovely if our invoice got the same attention.",
            "en",
            "It would be lovely if our invoice got the same attention",
        ),
        (
            "Lavandería Bahía: planchamos los delantales de tu equipo cada viernes. Sería un detalle que nuestra factura recibiera el mismo cuidado.",
            "es",
            "Sería un detalle que nuestra factura recibiera el mismo cuidado",
        ),
    ],
)
def test_the_same_care_wished_for_the_bill_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Kelp Bay Laundry: it would be great if every new client got the same attention as our first one did.", "en"),
        ("Lavandería Bahía: sería un detalle que cada cliente nuevo recibiera el mismo cuidado que el primero.", "es"),
    ],
)
def test_a_wish_that_names_no_payment_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections", channel="sms") == []
