"""Round 66 (blind sets h100 and h101): tone lines the rules missed and one TON107 false positive, taken by class. Each
TON112 class was first counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and
on every non-tone line of the tuning corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON107: a legal formula's reservation of rights («sin perjuicio de las acciones que correspondan», "without prejudice
  to any further action") names no step against the reader; the same actions promised on non-payment still fire.
- TON112 `conversation-closed` with `reader-raised`: the conversation shut right after the reader's request or complaint
  is acknowledged; an acknowledgement with nothing closed, and a closure with no acknowledgement beside it, pass.
- TON112 `mock-sympathy`: a hardship "understood" of some people, said to the reader who owes; `sum-too-much`: the
  reader's sum said to be too much for them, beside it or beside irony ("it must be nice to ... and still"). The sum
  offered a plan alone passes.
- TON112 `others-complied`: the others of the reader's class said to master it already, or to have learned it or kept
  their payments up to date long ago.
- TON112 `rhetorical`: the reader asked whether they would work for nothing, beside the unpaid bill; an offer to try
  something for free passes.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts
from conftest import tone_texts as texts

from sendlint.registry import Registry


def test_a_reservation_of_rights_in_a_legal_formula_is_no_threat(registry: Registry) -> None:
    body = (
        "Conforme al artículo 9 del reglamento, en caso de mora el socio perderá el derecho de reserva, sin perjuicio de "
        "las acciones que correspondan al club. Consulte su saldo en https://x.es/s"
    )
    assert finding_texts(registry, "TON107", body=body, locale="es", category="collections") == []


def test_the_same_actions_promised_on_non_payment_still_fire(registry: Registry) -> None:
    body = "Si no abona la cuota antes del lunes, el club tomará las acciones que correspondan."
    assert finding_texts(registry, "TON107", body=body, locale="es", category="collections") == [
        "las acciones que correspondan"
    ]


def test_a_reservation_of_rights_in_english_is_no_threat(registry: Registry) -> None:
    body = (
        "Under clause 6, the arrears will be added to your account without prejudice to any further action open to the "
        "society. Details at https://x.co/a"
    )
    assert finding_texts(registry, "TON107", body=body, locale="en", category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Taller Sierra Fina: hemos recibido tu reclamación sobre el afilado. Este asunto queda cerrado por nuestra parte.",
         "es", "queda cerrado"),
        ("Orchard Lane Allotments: your complaint about the plot boundary was received. We will not respond to further "
         "emails on it.", "en", "will not respond to further"),
    ],
)
def test_a_conversation_closed_after_the_readers_request_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span.lower() in text.lower() for text in texts(registry, body, locale, "service"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hemos recibido tu solicitud de cambio de horario. Te confirmaremos el nuevo turno el jueves.", "es"),
        ("We have received your request to move your class. You don't need to do anything else.", "en"),
        ("This mailbox is not monitored. We will not respond to further replies here; write to help@x.co instead.", "en"),
    ],
)
def test_an_acknowledgement_or_a_closure_alone_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Academia Pincel: entendemos que la matrícula puede resultar cara para algunas familias. Si 60 € son demasiado "
         "para ti, avísanos.", "es", "entendemos que la matrícula puede resultar cara para algunas"),
        ("Kettlebell Barn: we understand a gym membership is a stretch for some households. If £30 is more than you can "
         "manage, tell us.", "en", "is a stretch for some"),
        ("Marlow Moorings: it must be nice to own a yacht and still find a £55 mooring fee too much of a stretch. Pay at "
         "https://x.co/p", "en", "it must be nice to own a yacht and still"),
    ],
)
def test_a_sum_too_much_beside_mock_sympathy_or_irony_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span.lower() in text.lower() for text in texts(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Si 60 € son demasiado este mes, responde PLAN y lo dividimos en dos pagos.", "es"),
        ("If £30 is more than you can manage this month, reply PLAN and we'll split it.", "en"),
        ("It must be nice to be back on the water. Your mooring for May is confirmed.", "en"),
    ],
)
def test_a_sum_offered_a_plan_alone_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Escuela Compás: viste que no pudiste cerrar el giro. Las alumnas de la clase de los jueves ya lo dominan, así que "
         "seguro que tú también lo logras.", "es", "ya lo dominan"),
        ("Larkfield Bell Ringers: the other ringers mastered the method months ago, but no pressure at all.", "en",
         "mastered the method months ago"),
        ("Hi Sam, every other tenant on your floor has kept their rent up to date this year. We're sure you'd want to "
         "join them.", "en", "We're sure"),
    ],
)
def test_others_who_master_it_or_kept_up_beside_irony_fire(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span.lower() in text.lower() for text in texts(registry, body, locale, "service"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Los instructores ya lo dominan: te enseñarán el giro paso a paso el jueves.", "es"),
        ("Our instructors learned to ring years ago and will guide you through your first method.", "en"),
    ],
)
def test_the_senders_own_staff_mastering_it_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Panadería Trigal: ¿trabajarías tú gratis un mes entero? Es lo que hicimos con tus dos facturas sin pagar.", "es",
         "trabajarías tú gratis"),
        ("Fenwick Tutors: would you teach a term of maths for nothing? That is what three unpaid invoices mean to us.", "en",
         "would you teach a term of maths for nothing"),
    ],
)
def test_asked_whether_they_would_work_for_nothing_beside_the_debt_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span.lower() in text.lower() for text in texts(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("¿Te gustaría probar la clase de cerámica gratis? Reserva en https://x.es/c", "es"),
        ("Would you like to try a pottery class for free? Book at https://x.co/c", "en"),
    ],
)
def test_an_offer_to_try_it_for_free_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Ferretería Olmo: qué impresionante cómo encontraste tiempo para tres torneos de pádel y plata para todo menos "
         "para pagarnos. Son 48 €.", "es", "plata para todo menos para pagarnos"),
        ("Harrow Kites: remarkable how you found the money to fly in Cape Town but not to pay the $60 repair bill.", "en",
         "remarkable how you"),
        ("Cerrajería Nube: nos alegra ver que la puerta cierra de maravilla. Lo que no cierra tan bien es tu factura: faltan "
         "90 €.", "es", "nos alegra ver que"),
    ],
)
def test_time_or_money_for_everything_but_the_bill_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span.lower() in text.lower() for text in texts(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Tenemos menú para todo el día menos para la cena del domingo: reserva en https://x.es/r", "es"),
        ("Impressive how fast the new range sold out! Book a fitting at https://x.co/f", "en"),
    ],
)
def test_praise_with_no_bill_set_against_it_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Clínica Dental Arce: sería una pena tener que hablar de tu saldo delante de los demás pacientes en recepción.",
         "es", "delante de los demás pacientes"),
        ("Ridgeway Rowing: we'd hate to raise your unpaid fees in front of the other members at Saturday's meeting.", "en",
         "in front of the other members"),
        ("Tu cuota de 30 € sigue impaga. Si no llega el viernes, tu caso lo publicamos en el grupo del equipo.", "es",
         "lo publicamos en el grupo"),
    ],
)
def test_the_debt_raised_before_the_readers_peers_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span.lower() in text.lower() for text in texts(registry, body, locale, "collections"))


def test_a_seat_in_front_of_the_other_guests_passes(registry: Registry) -> None:
    body = "Your table is in front of the other guests' stage, right by the window. See you at 8."
    assert texts(registry, body, "en", "transactional") == []


@pytest.mark.parametrize(
    ("body", "locale", "rule", "span"),
    [
        ("Mensajería Río: tu caja sale hoy. Esta vez procura estar en casa, que el mensajero no vuelve.", "es", "TON112",
         "procura estar en casa"),
        ("Seguramente tú sí leíste el manual del horno, pero por si acaso te lo volvemos a enviar: https://x.es/m", "es",
         "TON112", "Seguramente tú sí leíste"),
        ("Tu cuota de enero sigue pendiente. Seguro tenés tus razones. Pagá en https://x.com.ar/p", "es", "TON112",
         "Seguro tenés tus razones"),
        ("Hola: tu recibo sigue sin pagar. Ya sabemos que estás tan ocupada.", "es", "TON108",
         "sabemos que estás tan ocupada"),
        ("That's the advanced route, meant for climbers with years on rock, but we're sure you know best.", "en", "TON109",
         "we're sure you know best."),
    ],
)
def test_the_spanish_twins_of_older_cues_fire(
    registry: Registry, body: str, locale: str, rule: str, span: str
) -> None:
    assert any(
        span.lower() in text.lower() for text in texts(registry, body, locale, "collections", rule=rule)
    )


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Tu pedido llega mañana; si no vas a estar en casa, indica un punto de recogida.", "es", "transactional"),
        ("No recibiste el código. Te lo volvemos a enviar: 481 220.", "es", "transactional"),
        ("Sabemos que estás ocupada: tu cita del martes dura solo 15 minutos.", "es", "service"),
        ("You know your garden best, so pick the size that suits it.", "en", "marketing"),
    ],
)
def test_the_same_words_with_no_reproach_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    found = [text for rule in ("TON108", "TON109", "TON112") for text in texts(registry, body, locale, category, rule=rule)]
    assert found == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Escuela de Surf Ola: es la segunda clase que faltas sin avisar. Este curso es para gente como tú, que necesita "
         "ir despacito.", "es", "gente como tú"),
        ("Yoga Loft: you've missed three classes without telling us. Our restart plan is for people like you.", "en",
         "people like you"),
    ],
)
def test_people_like_you_beside_a_lapse_or_judging_fires(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span.lower() in text.lower() for text in texts(registry, body, locale, "service"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Un menú pensado para gente como tú, que ama el picante. Reserva en https://x.es/m", "es"),
        ("Our tasting nights are made for people like you who love a good cheese. Book at https://x.co/t", "en"),
    ],
)
def test_people_like_you_as_welcome_copy_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "marketing") == []
