"""Round 80 (blind sets h128 and h129): the tone lines the hand-written rules missed, taken by class.
Each class was first counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on
every non-tone line of the tuning corpora and the neutral sets.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON111 `others-lost-because-of-you`: a loss or a burden of others (the group, the children, our crew) blamed on the
  reader's delay or missing payment (h128-es-046, h128-es-013; h118-es-024 and six more earlier); the cause with a
  surcharge, our own step or the reader's own loss passes.
- TON109 `not-easy-for-everyone`: a basic task said, with feigned understanding, not to be easy for everyone, or some
  people said to need more time than others (h129-es-002, h128-en-048; h83-es-080 and h120-en-070 earlier); with help
  offered after it, or said without the understanding, it passes.
- TON112 `thanks-for-grievance` with `put-off-for-others` and `notice-mocked`: the reader thanked for a complaint, a
  question or a cancellation next to irony, a promise to see to it after something else, or the notice mocked
  (h128-en-012, h128-es-004; h90-en-080 and h123-en-066 earlier); plain thanks for a question passes.
- TON112 `join-the-others`: the reader invited to join those who already paid (h129-es-033; h107-en-015, h125-en-044
  earlier); social proof in marketing passes.
- TON112 `rhetorical`: «¿de verdad espera(s) que…?» (h129-es-054; h98-es-069 and h103-es-071 earlier); the same words
  alone pass.
- TON112 `irony`: a bare «seguro» before the reader's present («seguro tenés cosas más importantes», h129-es-045; h59-es-067
  earlier); «tu seguro tiene…», the insurance, passes.
- TON112 `reason-asked` next to the reader singled out as the last or only one ("is there a reason your fee is always the
  last one we receive?", h129-en-006; h104-en-028 earlier); the same question asking for feedback passes.
- TON112, wordings of known classes (no test of their own, each one line of one set): `lapse-length` «días de atraso» beside
  «felicidades» (h129-es-079); `others-complied` "all the other Form 3 parents have cleared" and `reader-singled-out` "the
  only name left" (h129-en-076).
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Club de Senderismo Alto: por tu retraso el grupo perdió el último teleférico y bajó a pie. El sábado salimos a las 8:00.",
            "es",
            "por tu retraso",
        ),
        (
            "Granja Escuela Sauce: los niños del taller se quedaron sin merienda porque faltaba tu aporte. Puedes pagar en recepción.",
            "es",
            "porque faltaba tu aporte",
        ),
        (
            "Ridgeline Hikers: because of your late arrival, the rest of the group missed out on the summit sunrise.",
            "en",
            "because of your late arrival",
        ),
        (
            "Harbour Choir: because you didn't pay the coach deposit, the other singers had to cover it between them.",
            "en",
            "because you didn't",
        ),
    ],
)
def test_others_harmed_by_the_readers_delay_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON111", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Club de Senderismo Alto: por tu retraso en el pago se aplicó un recargo de 5 €. Puedes pagarlo en la web.", "es"),
        ("Trámites Norte: por su demora en el pago, su trámite quedó en espera. Escríbanos si necesita ayuda.", "es"),
        ("Ridgeline Hikers: because of your late payment, we had to pause your membership. Reply HELP for a plan.", "en"),
        ("Harbour Choir: because you didn't pick a seat, we've kept one for you in row C.", "en"),
    ],
)
def test_the_delay_with_our_step_or_the_readers_own_loss_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON111", body=body, locale=locale, category="collections", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Imprenta Roble: entendemos que cuadrar las cuentas de un taller no es fácil para todos, pero la factura venció el lunes.",
            "es",
            "collections",
            "no es fácil para todos",
        ),
        (
            "Escuela de Vela Cabo: tranquilo, algunos alumnos necesitan un poco más de tiempo que otros para aprender a virar.",
            "es",
            "service",
            "algunos alumnos necesitan un poco más de tiempo que otros",
        ),
        (
            "Oakmere Print: we understand that keeping a workshop's books isn't easy for everyone, but the invoice fell due on Monday.",
            "en",
            "collections",
            "isn't easy for everyone",
        ),
        (
            "Cape Sailing School: don't worry, some learners just need a little longer to master a tack than others.",
            "en",
            "service",
            "some learners just need a little longer to master a tack than others",
        ),
    ],
)
def test_not_easy_for_everyone_fires(registry: Registry, body: str, locale: str, category: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category=category, channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Imprenta Roble: sabemos que pagar de una vez no es fácil para todos, por eso ofrecemos planes de tres cuotas.", "es"),
        ("Escuela de Vela Cabo: algunos alumnos necesitan más tiempo que otros para virar; el curso dura ocho sesiones.", "es"),
        ("Oakmere Print: we know paying in one go isn't easy for everyone, so we offer a three-month plan.", "en"),
        ("Cape Sailing School: some learners need longer than others to master a tack; the course runs for eight sessions.", "en"),
    ],
)
def test_help_offered_or_a_plain_statement_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Casa Rural Olmo: gracias por avisarnos de tu cancelación con tanta antelación, la víspera a las once de la noche.",
            "es",
            "gracias por avisarnos de tu cancelación con tanta antelación",
        ),
        (
            "Hostal Brisa: gracias por tus nueve mensajes sobre el wifi. Nos pondremos con ello cuando acabe la temporada.",
            "es",
            "gracias por tus nueve mensajes",
        ),
        (
            "Pinewood Lodge: thanks so much for your five voicemails about the kettle. We'll get to it once the real problems are fixed.",
            "en",
            "thanks so much for your five voicemails",
        ),
        (
            "Tidewater Theatre: thank you for your question about the dress code, again. Clearly nobody reads the welcome pack.",
            "en",
            "Clearly",
        ),
    ],
)
def test_thanks_for_a_grievance_next_to_a_jibe_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="service", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hostal Brisa: gracias por tu pregunta sobre el wifi. La clave está en la recepción.", "es"),
        ("Casa Rural Olmo: gracias por reservar con tanta antelación; te esperamos en mayo.", "es"),
        ("Pinewood Lodge: thanks for your feedback about the kettle. We'll replace it once the new ones arrive on Friday.", "en"),
        ("Tidewater Theatre: thank you for your question. The dress code is smart casual.", "en"),
    ],
)
def test_plain_thanks_for_a_question_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="service", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Clínica Arce: casi todos los pacientes pagan su tercera cuota a tiempo. Todavía puedes sumarte a ellos desde la web.", "es", "casi todos los pacientes pagan su tercera cuota a tiempo"),
        ("Maple Dental: most of our patients pay their third instalment on time. You can still join them online.", "en", "most of our patients pay their third instalment on time"),
    ],
)
def test_invited_to_join_those_who_paid_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Carrera del Río: más de 2.000 corredores ya se inscribieron. ¡Únete a ellos antes del viernes!", "es"),
        ("River Run: over 2,000 runners have already signed up. Join them before Friday!", "en"),
    ],
)
def test_social_proof_in_marketing_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="marketing", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Academia Faro: ¿de verdad esperas empezar el curso con la matrícula sin pagar?", "es", "de verdad esperas empezar el curso con la matrícula sin pagar"),
        ("Lighthouse Academy: do you really expect to start the course with the enrolment fee still unpaid?", "en", "do you really expect to start the course with the enrolment fee still unpaid"),
    ],
)
def test_incredulous_question_with_a_lapse_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Academia Faro: ¿de verdad esperas el curso de verano tanto como nosotros? Quedan plazas.", "es"),
        ("Lighthouse Academy: do you really expect summer to come round this fast? We can hardly wait either.", "en"),
    ],
)
def test_the_question_alone_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="marketing", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Intercambio Sur: tranqui, seguro tenés cosas más importantes que tu viaje de estudios. La cuota sigue ahí.", "es", "seguro tenés cosas más importantes"),
        ("Southern Exchange: no worries, we're sure you have more important things than your study trip.", "en", "we're sure you have more important"),
    ],
)
def test_bare_seguro_before_a_busy_excuse_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Aseguradora Sur: tu seguro tiene cosas más importantes que cubrir este año: ya incluye la asistencia en viaje.", "es"),
        ("Southern Cover: your insurance has more important things to cover this year: travel assistance is now included.", "en"),
    ],
)
def test_insurance_called_seguro_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="service", channel="sms") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Camping Robledal: ¿hay algún motivo por el que usted sea siempre el último en pagar la parcela?", "es", "¿hay algún motivo por el que usted sea siempre el último"),
        ("Oakridge Moorings: is there a reason your berth fee is always the last one to reach us?", "en", "is there a reason your berth fee is always the last one"),
    ],
)
def test_a_reason_asked_for_being_the_last_one_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="collections", channel="sms") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Camping Robledal: ¿hay algún motivo por el que cancelaste la reserva? Tu respuesta nos ayuda a mejorar.", "es"),
        ("Oakridge Moorings: is there a reason you moved to another berth? Your answer helps us improve.", "en"),
    ],
)
def test_a_reason_asked_as_feedback_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="service", channel="sms") == []
