"""What the blind sets h112 and h113 showed in clarity and compliance (round 72; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR304 (h112, h113): the request put as the sender asking, with the infinitive («te pedimos
  regularizar ... a la brevedad», "we kindly ask you to sort out ... as soon as possible").
- False negative, CLR302 (h113): actions offered in a list whose place to act stands with the first one ("you can join
  the workshop at https://..., download the guide, rate ...").
- False negative, CLR404 (h113): a sum paid to catch up or to leave the account at zero is the whole debt.
- False negative, CLR403 (h113): the reader who booked from abroad («hiciste la reserva desde Madrid», "you booked
  from London") and pays on a page by a time.
- False negative, CLR303 (h112): "something" with any word of size before "is coming" («algo enorme se viene»).
- False positive, CMP111 (h112): a label of the brand's distinctive word and a short form of the rest ("Mudline CX:").
- False positives, CMP203 (h113): a loan's kind named in the lender's notice about the reader's own loan is info.
- False negative, CMP204 (h112): the reader's first wager as what a bonus is for.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import field_spans as spans
from conftest import make_message

from sendlint.registry import Registry


def _severities(registry: Registry, rule: str, **fields: Any) -> list[str]:
    from sendlint.engine import evaluate

    return [f.severity.value for f in evaluate(make_message(**fields), registry).findings if f.rule == rule]


# --- clarity: CLR304, the sender asking with the infinitive -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Náutica Levante: el seguro de tu amarre caduca pronto. Le rogamos confirmar la renovación cuanto antes.",
         "es-ES", "Le rogamos confirmar"),
        ("Colegio Arrayán: la matrícula de marzo sigue pendiente. Les solicitamos regularizar el pago a la brevedad.",
         "es-CL", "Les solicitamos regularizar"),
        ("Northfield Tyres: your MOT lapsed last week. We kindly ask you to sort out the renewal as soon as possible.",
         "en-GB", "We kindly ask you to sort out"),
        ("Brightmoor Allotments: your plot agreement has expired. You are asked to confirm it before the deadline.",
         "en-GB", "You are asked to confirm"),
    ],
)
def test_the_sender_asking_with_no_way_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    found = spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="collections")
    assert [text for text in found if text.startswith(span)] and all(span in text or text in span for text in found)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the way named
        ("Náutica Levante: el seguro de tu amarre caduca pronto. Le rogamos confirmar la renovación cuanto antes en la "
         "app.", "es-ES"),
        ("Northfield Tyres: your MOT lapsed last week. We kindly ask you to sort out the renewal at "
         "https://northfieldtyres.example/mot as soon as possible.", "en-GB"),
        # a request with a real time, no vague hurry
        ("Taller Dobok: el examen es el sábado 12 a las 10:00. Te pedimos llegar 15 minutos antes.", "es-MX"),
        ("Kestrel Dojo: grading is on Saturday at 10:00. We ask you to arrive by 9:45.", "en-GB"),
    ],
)
def test_the_sender_asking_with_a_way_or_a_time_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR302, a list of offered actions whose place stands with the first ---------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hi {{first_name}}, this spring you can enrol in our pottery course at https://clayhouse.example/c, download the "
         "glaze chart, review your last class and refer a neighbour for a free taster. Reply STOP to opt out.", "en-GB"),
        ("Hola, {{nombre}}: este mes puedes inscribirte al taller en https://huertovivo.example/t, descargar la guía de "
         "riego, calificar tu última visita o recomendar a una amiga. Responde BAJA para no recibir más.", "es-MX"),
    ],
)
def test_offered_actions_after_a_place_to_act_compete(registry: Registry, body: str, locale: str) -> None:
    assert len(spans(registry, "CLR302", body=body, locale=locale, channel="whatsapp", category="marketing")) == 1


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # two actions only, within the marketing limit
        ("Hi {{first_name}}, this spring you can enrol in our pottery course at https://clayhouse.example/c or download "
         "the glaze chart. Reply STOP to opt out.", "en-GB"),
        ("Hola, {{nombre}}: este mes puedes inscribirte al taller en https://huertovivo.example/t o descargar la guía de "
         "riego. Responde BAJA para no recibir más.", "es-MX"),
        # what the reader can do there, with no place to act: no offered call
        ("Hi {{first_name}}, at the open day you can meet the potters, try the wheel, taste the cakes and chat to tutors.",
         "en-GB"),
    ],
)
def test_offered_actions_within_the_limit_or_with_no_place_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR302", body=body, locale=locale, channel="whatsapp", category="marketing") == []


# --- clarity: CLR404, a sum to catch up or to leave the account at zero -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Club Náutico Delta: tu saldo es de $18.000. Para ponerte al día, pagá $24.000 en https://cnd.example/pagos antes "
         "del viernes.", "es-AR", "$24.000"),
        ("Harbour Moorings: your mooring balance is £180. To bring your account up to date, please pay £240 at "
         "https://hm.example/pay by Friday.", "en-GB", "£240"),
    ],
)
def test_a_sum_to_catch_up_that_differs_from_the_balance_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the difference named
        ("Club Náutico Delta: tu saldo es de $18.000. Para ponerte al día, pagá $24.000 con el recargo por mora en "
         "https://cnd.example/pagos.", "es-AR"),
        ("Harbour Moorings: your mooring balance is £180. To bring your account up to date, please pay £240, which "
         "includes a £60 late fee, at https://hm.example/pay by Friday.", "en-GB"),
        # the same sum
        ("Harbour Moorings: your mooring balance is £180. To bring your account up to date, please pay £180 at "
         "https://hm.example/pay by Friday.", "en-GB"),
    ],
)
def test_a_sum_to_catch_up_that_is_explained_or_the_same_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == []


# --- clarity: CLR403, the reader who booked from abroad pays on a page by a time ----------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, {{nombre}}: como hiciste la reserva desde Lisboa, te recordamos que la seña de la cabaña vence a las 20:00 "
         "del martes 4 de mayo. Pagala en https://cabanasdelsur.example/pagar.", "es-AR", "20:00"),
        ("Hi {{first_name}}, you booked from Toronto, so a reminder: the deposit for the lodge is due by 6pm on Tuesday "
         "4 May. Pay at https://ferncreeklodge.example/pay.", "en-NZ", "6pm"),
    ],
)
def test_a_reader_who_booked_from_abroad_and_pays_online_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="email", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the route's start, not where the reader is
        ("Hi {{first_name}}, you booked the ferry from Dover, so a reminder: the balance is due by 6pm on Tuesday 4 May. "
         "Pay at https://channelferries.example/pay.", "en-GB"),
        # booked from abroad, but nothing to do at a distance
        ("Hola, {{nombre}}: como hiciste la reserva desde Lisboa, te esperamos en la cabaña el martes 4 de mayo a las "
         "20:00.", "es-AR"),
    ],
)
def test_a_route_or_a_visit_with_no_remote_act_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="email", category="collections") == []


# --- clarity: CLR303, "something" of any size coming -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Pista Norte: algo brutal llega en julio. https://pistanorte.example/j Responde BAJA para no recibir más.", "es-ES",
         "https://pistanorte.example/j"),
        ("Ironside Arena: something massive is coming this autumn. https://ironside.example/x4 Reply STOP to opt out.",
         "en-GB", "https://ironside.example/x4"),
    ],
)
def test_something_of_any_size_coming_before_a_link_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Pista Norte: algo brutal llega en julio: el circuito nocturno de karts abre el día 3. Reserva tu tanda en "
         "https://pistanorte.example/j Responde BAJA para no recibir más.", "es-ES"),
        ("Ironside Arena: something massive is coming this autumn: the monster truck finals, 12 October. Tickets at "
         "https://ironside.example/x4 Reply STOP to opt out.", "en-GB"),
    ],
)
def test_something_coming_that_is_named_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == []


# --- compliance: CMP111, the brand's word and a short form of the rest ------------------------------------------------


@pytest.mark.parametrize(
    ("label", "brand", "flagged"),
    [
        ("Kestrel MTB", "Kestrel Mountain Bike Club", False),
        ("Mudline CX", "Mudline Cyclocross League", False),
        # a short form that opens with another letter than the next name word's names nothing
        ("Kestrel AB", "Kestrel Mountain Bike Club", True),
        ("Harbour XR", "Harbour Rowing Club", True),
    ],
)
def test_a_label_with_a_short_form_of_the_name_names_the_sender(
    registry: Registry, label: str, brand: str, flagged: bool
) -> None:
    body = f"{label}: training moves to Thursday this week."
    found = spans(registry, "CMP111", body=body, locale="en-GB", channel="sms", category="service", brand=brand)
    assert bool(found) is flagged


# --- compliance: CMP203, a loan's kind in the lender's own notice -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "category", "severity"),
    [
        ("Roadlien Finance: your title loan instalment of $240 is due on Monday 3 May. Pay at https://roadlien.example/pay.",
         "en-US", "collections", "info"),
        ("Roadlien Finance: your payday loan has been repaid in full. Thank you.", "en-US", "transactional", "info"),
        ("Roadlien Finance: need cash fast? Get a title loan today at https://roadlien.example. Reply STOP to opt out.",
         "en-US", "marketing", "warning"),
        ("Préstamos Ceibo: tu préstamo rápido tiene una cuota de $900 que vence el lunes. Paga en https://ceibo.example/p.",
         "es-MX", "collections", "info"),
        ("Préstamos Ceibo: pide tu préstamo rápido hoy en https://ceibo.example. Responde BAJA para no recibir más.",
         "es-MX", "marketing", "warning"),
        # the offer's own terms stay warnings outside marketing
        ("Roadlien Finance: behind on your instalment? Top up with no credit check at https://roadlien.example/top.",
         "en-US", "collections", "warning"),
    ],
)
def test_a_loans_kind_in_the_lenders_notice_is_info(
    registry: Registry, body: str, locale: str, category: str, severity: str
) -> None:
    assert set(_severities(registry, "CMP203", body=body, locale=locale, channel="sms", category=category)) == {severity}


# --- compliance: CMP204, the reader's first wager ---------------------------------------------------------------------


def test_the_readers_first_wager_is_gambling(registry: Registry) -> None:
    body = "Dunmore Dogs: this Saturday get a cash bonus on your first wager at the track. Reply STOP to opt out."
    assert spans(registry, "CMP204", body=body, locale="en-IE", channel="sms", category="marketing") == ["first wager"]


def test_a_wager_as_a_figure_of_speech_passes(registry: Registry) -> None:
    body = "Dunmore Bakery: we wager our first loaf of the day is the best in town. Reply STOP to opt out."
    assert spans(registry, "CMP204", body=body, locale="en-IE", channel="sms", category="marketing") == []
