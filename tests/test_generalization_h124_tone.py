"""Round 78 (blind sets h124 and h125): the tone lines both the rules and TON113 missed.

- TON109 `lesson-since-needed`: a reminder or a lesson justified by the reader's ignorance ("a short refresher, since it
  seems to be needed", "a reminder, since it apparently bears repeating"); a reason of the sender's own passes.
- TON109 `record-as-jibe`: the reader's lapse called a record, closing its clause («Todo un récord, ¿eh?»); a record
  named («todo un récord de asistencia») and marketing pass.
- TON109 `hard-for-some`: the sum or the task said, with understanding, to be a lot or hard "for some" («entendemos que 90 €
  es mucho para algunas familias», "we know paperwork is hard for some people"); a kayak too much "for some rivers"
  names no people and passes, and a hardship waved off as fine stays hard-for-some-waved-off's.
- TON108 `reproach`: the reader's next step waved off before it is taken ("Don't bother ringing the office.", «No te
  molestes en venir.», «no hace falta que llames otra vez»), and the complaint refused as a notice («No se admiten
  quejas.», "No appeals will be considered."); a step made needless by the sender, an errand or a returns policy passes.
- TON109 `virtue-exclaimed-over-lapse`: the virtue admired rather than exclaimed, with the lapse in its sentence ("we
  admire your dedication: three reminders", «admiramos su perseverancia: cuatro meses sin pagar»); the virtue admired
  with no lapse is praise and passes.
- TON206: in an alert or a collections notice two runs of two words in capitals in one field shout together; a
  single two-word run passes.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "category", "span"),
    [
        ("Stonebridge Climbing Wall: a short refresher, since it seems to be needed: chalk bags stay closed on the bouldering mats.", "service", "refresher, since it seems to be needed"),
        ("Orchard Allotments: a reminder, since it apparently bears repeating: hoses are switched off at dusk.", "alert", "reminder, since it apparently bears repeating"),
        ("Kiln Street Pottery: one more note for you, since it seems nobody mentioned it: glazes are paid for before firing. The £18 is at https://kilnstreet.example/pay.", "collections", "note for you, since it seems nobody"),
    ],
)
def test_a_lesson_justified_by_the_readers_ignorance_fires(registry: Registry, body: str, category: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale="en", category=category, channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("Kiln Street Pottery: since it seems your card has expired, we'll try the £18 again on Monday.", "collections"),
        ("Stonebridge Climbing Wall: a reminder that the wall closes early on Friday, since it is the staff party.", "alert"),
        ("Orchard Allotments: a quick tip, since it looks like rain: cover the seedlings tonight.", "service"),
    ],
)
def test_a_reminder_with_the_senders_own_reason_passes(registry: Registry, body: str, category: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale="en", category=category, channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        ("Westgate Ice Rink: the rink is shut for resurfacing today. Don't bother ringing the office.", "en", "alert", "Don't bother ringing"),
        ("Harbour Storage: your unit is locked until the £120 is paid. Do not bother emailing the manager.", "en", "collections", "Do not bother emailing"),
        ("Pista de Hielo Oeste: hoy cerramos por mantenimiento. No te molestes en venir.", "es", "alert", "No te molestes en venir"),
        ("Trasteros Puerto: tu trastero sigue bloqueado hasta que pagues. No hace falta que llames otra vez a la oficina.", "es", "collections", "No hace falta que llames otra vez"),
    ],
)
def test_the_readers_next_step_waved_off_fires(registry: Registry, body: str, locale: str, category: str, span: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category=category, channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Westgate Ice Rink: don't bother printing your ticket, the QR code on your phone is enough.", "en", "transactional"),
        ("Westgate Ice Rink: your session moved to 6 pm. Don't bother calling, we'll ring you tomorrow.", "en", "alert"),
        ("Harbour Storage: if your payment is already on its way, there's no need to call us.", "en", "collections"),
        ("Pista de Hielo Oeste: no te molestes en venir a recoger los patines, te los llevamos el lunes.", "es", "service"),
        ("Trasteros Puerto: si ya pagaste, no hace falta que respondas a este mensaje.", "es", "collections"),
    ],
)
def test_a_needless_step_or_errand_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category=category, channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Club de Remo Ribera: admiramos su perseverancia: cuatro meses sin pagar la cuota del barco. Son 60 € en https://remoribera.example/pago.", "es", "admiramos su perseverancia"),
        ("Fernhill Golf Club: we really admire your dedication, five reminders and the £90 locker fee is still unpaid.", "en", "we really admire your dedication"),
    ],
)
def test_a_virtue_admired_over_a_lapse_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Club de Remo Ribera: admiramos tu constancia en los entrenamientos de este año. ¡Nos vemos en la regata!", "es"),
        ("Fernhill Golf Club: we admire your dedication to the junior section. The winter league starts Monday.", "en"),
    ],
)
def test_a_virtue_admired_with_no_lapse_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        ("Teleférico Norte: AVISO URGENTE. Hoy no hay servicio por viento fuerte. NO LLAMEN a la oficina.", "es", "alert", "AVISO URGENTE"),
        ("Guardamuebles Sur: SALDO PENDIENTE. Tu trastero sigue cerrado. PAGUE YA en https://guardasur.example/pago.", "es", "collections", "SALDO PENDIENTE"),
        ("Harbour Lifts: SERVICE NOTICE. Lift 3 is closed today for repairs. KEEP AWAY from the ticket office.", "en", "alert", "SERVICE NOTICE"),
    ],
)
def test_two_short_shouted_runs_in_one_field_fire(registry: Registry, body: str, locale: str, category: str, span: str) -> None:
    assert finding_texts(registry, "TON206", body=body, locale=locale, category=category, channel="push") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Teleférico Norte: hoy no hay servicio por viento fuerte. Aviso: SIN SERVICIO hasta las 18:00.", "es", "alert"),
        ("Harbour Lifts: Lift 3 is closed today. SERVICE NOTICE: repairs end Friday.", "en", "alert"),
        ("Tienda Sol: NUEVA COLECCIÓN en tienda. Ven a ver los ABRIGOS NUEVOS este fin de semana.", "es", "marketing"),
    ],
)
def test_a_single_short_run_or_display_copy_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, "TON206", body=body, locale=locale, category=category, channel="push") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Academia Lumbre: entendemos que 90 € por el curso de cerámica es mucho para algunas familias. Si puedes, paga en https://lumbre.example/pago.", "es", "entendemos que 90 € por el curso de cerámica es mucho para algunas familias"),
        ("Tidewell Accounting: we know paperwork is hard for some people. Your £240 invoice is at https://tidewell.example/pay.", "en", "we know paperwork is hard for some people"),
    ],
)
def test_a_sum_or_task_hard_for_some_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Academia Lumbre: sabemos que el curso es mucho para un solo fin de semana, así que lo dividimos en dos sábados.", "es"),
        ("Tidewell Accounting: we know tax season is busy. Your £240 invoice is at https://tidewell.example/pay.", "en"),
        ("Kayak Hire: a double kayak is too much for some rivers in summer, so we rent singles from June.", "en"),
    ],
)
def test_no_people_left_to_count_themselves_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="collections", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Escape Room Faro: tu equipo pidió doce pistas para abrir el primer candado. Todo un récord, ¿eh? Te esperamos otro día.", "Todo un récord, ¿eh?"),
        ("Club de Pádel Norte: ya van cuatro reservas seguidas sin presentarte. Todo un récord en el club. La próxima es el lunes.", "Todo un récord en el club."),
    ],
)
def test_a_lapse_called_a_record_fires(registry: Registry, body: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale="es", category="service", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("Club de Pádel Norte: 300 jugadores en el torneo de primavera, todo un récord de asistencia. ¡Gracias a todos!", "service"),
        ("Club de Pádel Norte: 300 jugadores en el torneo de primavera. ¡Todo un récord! Inscríbete en el de verano.", "marketing"),
    ],
)
def test_a_record_named_or_in_marketing_passes(registry: Registry, body: str, category: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale="es", category=category, channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Parque Acuático Ola: hoy cerramos el tobogán grande. No se admiten quejas. Gracias.", "es", "No se admiten quejas"),
        ("Riverside Karting: your heat on Sunday is cancelled. No appeals will be considered.", "en", "No appeals will be considered"),
    ],
)
def test_a_complaint_refused_as_a_notice_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="alert", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Parque Acuático Ola: las entradas de oferta no admiten devoluciones. Si tienes una queja, escríbenos a hola@ola.example.", "es"),
        ("Riverside Karting: sale tickets are non-refundable. If you want to appeal a penalty, reply to this message.", "en"),
    ],
)
def test_a_returns_policy_or_an_open_door_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="alert", channel="sms") == []
