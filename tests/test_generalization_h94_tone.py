"""Round 63 (blind sets h94 and h95): tone lines the rules missed, and the one false positive, taken by class. Each
class was first counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on
every non-tone line of the tuning corpora (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `repetition`: the reader's own streak urged on («12 días seguidos; mantén tu racha») is no count of lapses.
- TON112 `bill-fares-worse`: the bill left elliptical or called slow next to what the reader got ("but the £42 for them
  hasn't.", «pero el pago todavía no.»); the bill's clause that goes on passes.
- TON112 `bill-fares-worse` with `mock-praise`: any verb of the bill set against the reader's joy by «igual» / «la
  misma» and "as well" / "the same luck", next to «qué bueno que» or "sounds wonderful"; a clause that goes on («no
  funcione igual en la app») passes.
- TON109 `payment-less-popular`: the bill said, with a pity, to be asleep or on holiday; TON112 `reader-lapse` reads
  the English twin of «se fue de vacaciones».
- TON109 `patience-spent-waiting`, `reminded-they-are-adults`, `forgot-or-chose-not-to`,
  `future-self-disappointed`, `others-prioritised`, `known-to-be-incapable` (the fact asserted), `others-take-more-care`
  (a favour appreciated more by others).
- TON110 `smart-ones-already` (the smart ones switched), `minutes-countdown-in-collections` (a debt due in minutes).
- TON111 `staff-unpaid-because-of-you`, `explain-to-your-family`, `disappointed-expectation` (our favour meant nothing).
- TON112 `others-who-fail`, `mock-sympathy` with `payment-asked`, `others-complied` with `reader-singled-out`,
  `reader-lapse` (an instalment with its sum that still has not arrived).
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hablafácil: llevas 12 días seguidos; mantén viva tu racha y no pierdas el progreso.", "es"),
        ("LingoBee: 30 days in a row, don't lose your streak: one short lesson today keeps it going.", "en"),
    ],
)
def test_the_readers_streak_urged_on_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "service") == []


def test_lapses_in_a_row_still_count(registry: Registry) -> None:
    body = "Gimnasio Roble: tres semanas seguidas sin venir y no pierdas la cuota: otra vez nada."
    assert texts(registry, body, "es", "collections") != []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Thornbury Orchids: funny how fast the seedlings reached you, but the £42 for them hasn't.",
            "en",
            "funny how",
        ),
        ("Qué curioso: el acuario llegó volando, pero el pago por él todavía no.", "es", "Qué curioso"),
    ],
)
def test_bill_left_behind_with_irony_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Funny how fast spring came this year, but the refund hasn't been processed yet: we're on it.",
            "en",
        ),
        (
            "Qué curioso: el acuario llegó antes, pero el pago por él todavía no se ha cargado en tu tarjeta.",
            "es",
        ),
    ],
)
def test_bill_clause_that_goes_on_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Estudio Bambú: qué bueno que te quedó preciosa la terraza; lástima que la cuota de abril no brille igual.",
            "es",
            "la cuota de abril no brille igual",
        ),
        (
            "Escuela Trébol: nos alegra que el curso te encantara; pena que la factura no haya tenido el mismo éxito.",
            "es",
            "factura no haya tenido el mismo éxito",
        ),
        (
            "Hollow Oak Guitars: your guitar sounds wonderful. Shame the invoice doesn't sound quite as good.",
            "en",
            "sounds wonderful",
        ),
        (
            "Lovely to see the boat back on the water. Pity the invoice hasn't had the same luck.",
            "en",
            "Lovely to see the",
        ),
    ],
)
def test_bill_fares_worse_with_any_verb_meets_mock_praise(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, "collections"))


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Lástima que el pago con tarjeta no funcione igual en la app: usa la web.", "es"),
        ("Shame the payment page doesn't work as well on phones; use a laptop for now.", "en"),
        ("Qué bueno que ya llegó el verano: la cuota de julio no cambia.", "es"),
    ],
)
def test_shame_about_the_way_to_pay_passes(registry: Registry, body: str, locale: str) -> None:
    assert texts(registry, body, locale, "collections") == []
    assert texts(registry, body, locale, "collections", rule="TON109") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule", "span"),
    [
        (
            "Bonsai Loft: pruning teaches patience, and we've needed every bit of it waiting for your $75 renewal.",
            "en",
            "collections",
            "TON109",
            "teaches patience",
        ),
        (
            "Taller Raku: la cerámica enseña paciencia, y vaya si la hemos necesitado esperando tu cuota de 40 €.",
            "es",
            "collections",
            "TON109",
            "enseña paciencia",
        ),
        (
            "Willow Looms: your rug is finished. Shame the £140 invoice, though, appears to be fast asleep. Pay at x.com.",
            "en",
            "collections",
            "TON109",
            "appears to be fast asleep",
        ),
        (
            "Tejidos Sauce: tu alfombra ya está lista; lástima que la cuota de marzo siga dormida. Paga en x.com.",
            "es",
            "collections",
            "TON109",
            "lástima que la cuota de marzo siga dormida",
        ),
        (
            "Peak Roofing: surely an adult with a new roof over their head can handle a £300 bill by Friday.",
            "en",
            "collections",
            "TON109",
            "an adult with a new roof over their head can handle",
        ),
        (
            "Vivero Sauce: de verdad, no deberíamos tener que explicarles esto a personas adultas: las macetas no se mueven.",
            "es",
            "service",
            "TON109",
            "no deberíamos tener que explicarles esto a personas adultas",
        ),
        (
            "Taller Cerámico Sur: es evidente que el esmaltado no es lo tuyo, pero seguiremos intentándolo el martes.",
            "es",
            "service",
            "TON109",
            "es evidente que el esmaltado no es lo tuyo",
        ),
        (
            "Knot & Line: it's clear that knots aren't your thing, but we'll try again on Thursday.",
            "en",
            "service",
            "TON109",
            "it's clear that knots aren't your thing",
        ),
        (
            "Riego Norte: no sabemos si te olvidaste de la cuota de junio o si directamente preferiste no pagarla.",
            "es",
            "collections",
            "TON109",
            "preferiste no pagarla",
        ),
        (
            "Fernhill Water: we can't tell whether you forgot the June bill or just chose not to pay it.",
            "en",
            "collections",
            "TON109",
            "chose not to pay",
        ),
        (
            "StrideUp: 9 days without a run. Your future self is far from proud right now.",
            "en",
            "marketing",
            "TON109",
            "Your future self is far from proud",
        ),
        (
            "Corre Ya: nueve días sin correr. Tu yo del futuro no está nada orgulloso.",
            "es",
            "marketing",
            "TON109",
            "Tu yo del futuro no está nada orgulloso",
        ),
        (
            "Northgate Accounts: a gentle nudge about the March invoice, among all the other payments you've been putting first.",
            "en",
            "collections",
            "TON109",
            "payments you've been putting first",
        ),
        (
            "Contables Sur: un recordatorio de la factura de marzo, entre todas las cuentas que por lo visto priorizas.",
            "es",
            "collections",
            "TON109",
            "cuentas que por lo visto priorizas",
        ),
        (
            "Pine Hall: we opened the hall early for your rehearsal and the £90 is still owing. Some customers value our flexibility a lot more than others.",
            "en",
            "collections",
            "TON109",
            "Some customers value our flexibility a lot more than others",
        ),
        (
            "Salón Pinar: abrimos antes para tu ensayo y los 90 € siguen pendientes. Algunos clientes valoran nuestra flexibilidad mucho más que otros.",
            "es",
            "collections",
            "TON109",
            "Algunos clientes valoran nuestra flexibilidad mucho más que otros",
        ),
        (
            "Still paying for petrol? Savvy drivers made the switch to SolarRide years ago. Book a test ride at x.com.",
            "en",
            "marketing",
            "TON110",
            "Savvy drivers made the switch",
        ),
        (
            "¿Sigues pagando gasolina? La gente lista ya se pasó a SolarRide hace tiempo. Reserva una prueba en x.com.",
            "es",
            "marketing",
            "TON110",
            "La gente lista ya se pasó",
        ),
        (
            "Librería Ágora: tu deuda de 90 € caduca en pocos minutos y se cancela tu encargo.",
            "es",
            "collections",
            "TON110",
            "caduca en pocos minutos",
        ),
        (
            "Harbour Optics: your £120 balance falls due in 20 minutes; settle it now at x.com.",
            "en",
            "collections",
            "TON110",
            "falls due in 20 minutes",
        ),
        (
            "Panadería Trigal: debido a tu retraso, este mes no podremos pagar a nuestro equipo a tiempo.",
            "es",
            "collections",
            "TON111",
            "debido a tu retraso, este mes no podremos pagar a nuestro equipo",
        ),
        (
            "Harbour Catering: because of your late payment we're struggling to pay our staff this month.",
            "en",
            "collections",
            "TON111",
            "because of your late payment we're struggling to pay our staff",
        ),
        (
            "Volt Tariffs: the cheap rate ends tonight. Lock it in, or justify to your partner why you're paying double.",
            "en",
            "service",
            "TON111",
            "justify to your partner why you're paying",
        ),
        (
            "Tarifas Volt: la tarifa barata acaba esta noche. Contrátala o explícale a tu pareja por qué estás pagando el doble.",
            "es",
            "service",
            "TON111",
            "explícale a tu pareja por qué estás pagando",
        ),
        (
            "We held your table through the whole festival. We had hoped it meant something to you, but the deposit is still open.",
            "en",
            "collections",
            "TON111",
            "We had hoped it meant something to you",
        ),
        (
            "Te guardamos la mesa todo el festival. Esperábamos que eso significara algo para ti, pero la seña sigue pendiente.",
            "es",
            "collections",
            "TON111",
            "Esperábamos que eso significara algo para ti",
        ),
    ],
)
def test_new_wordings_of_known_intents_fire(
    registry: Registry, body: str, locale: str, category: str, rule: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category, rule=rule))


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule"),
    [
        (
            "Sourdough takes patience, and so does waiting for your loaf to rise. Classes start in May.",
            "en",
            "marketing",
            "TON109",
        ),
        ("Gracias por tu paciencia mientras esperas tu pedido: sale el lunes.", "es", "service", "TON109"),
        (
            "Our office is on holiday until 3 January; payments made online are processed as usual.",
            "en",
            "collections",
            "TON109",
        ),
        ("Your payment holiday ends in May; from June the instalment is £80.", "en", "collections", "TON109"),
        ("Your wine arrives Friday; an adult must sign for it and show ID.", "en", "transactional", "TON109"),
        ("Debe haber un adulto en casa para recibir el pedido.", "es", "transactional", "TON109"),
        (
            "Si olvidaste tu contraseña o decidiste no usar la app, puedes pagar en la tienda.",
            "es",
            "service",
            "TON109",
        ),
        ("Your future self will thank you: book the 10-minute session.", "en", "marketing", "TON109"),
        (
            "Some customers value speed more than others, so we offer two delivery options.",
            "en",
            "collections",
            "TON109",
        ),
        (
            "Smart homeowners switch to heat pumps for lower bills: get a quote at x.com.",
            "en",
            "marketing",
            "TON110",
        ),
        ("Your code is 123456. It expires in 10 minutes.", "en", "otp", "TON110"),
        (
            "Por tu retraso se aplicará un recargo de 5 €; puedes pagar a nuestro banco por transferencia.",
            "es",
            "collections",
            "TON111",
        ),
        (
            "Explain to your kids why brushing matters with our free colouring sheet.",
            "en",
            "marketing",
            "TON111",
        ),
        (
            "We hoped the new timetable would help, and it has: thank you for the feedback.",
            "en",
            "service",
            "TON111",
        ),
    ],
)
def test_near_misses_pass(registry: Registry, body: str, locale: str, category: str, rule: str) -> None:
    assert texts(registry, body, locale, category, rule=rule) == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "Huerto Común: otra vez quedaron herramientas tiradas junto al cobertizo. Algunos vecinos parecen no saber recoger lo que usan.",
            "es",
            "alert",
            "otra vez",
        ),
        (
            "Community Garden: the shed was left open again last night. Some members don't seem to know how to put back the tools.",
            "en",
            "alert",
            "again",
        ),
        (
            "Hi Sam, we know unicycling is tricky, and balancing payments must be even trickier. Still, the £45 for the spring term needs settling at x.com.",
            "en",
            "collections",
            "balancing payments must be even trickier",
        ),
        (
            "Hola, Ana: sabemos que el trapecio es difícil, y cuadrar las cuentas debe de ser aún más difícil. Aun así, la cuota de 40 € tiene que pagarse esta semana.",
            "es",
            "collections",
            "cuadrar las cuentas debe de ser aún más difícil",
        ),
        (
            "Glaze Room: the kiln shelf is reserved for members who actually tidy up afterwards. You know exactly who you are.",
            "en",
            "alert",
            "reserved for members who actually tidy",
        ),
        (
            "Sala de Grabado: la prensa es solo para socios que de verdad limpian los rodillos. Ya sabes quién eres.",
            "es",
            "alert",
            "es solo para socios que de verdad limpian",
        ),
        (
            "Apparently your club fee has gone on holiday. It was due on 1 May.",
            "en",
            "collections",
            "Apparently",
        ),
        (
            "We'd hate to think our patience over your plan was wasted. April's instalment of £250 still hasn't arrived, and we trust you'll sort it.",
            "en",
            "collections",
            "still hasn't arrived",
        ),
    ],
)
def test_signal_pairs_fire(registry: Registry, body: str, locale: str, category: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, category))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        (
            "Algunos socios no pueden devolver los libros a tiempo por el puente: ampliamos el plazo.",
            "es",
            "alert",
        ),
        (
            "We know paying bills can be hard right now. The £45 needs paying by Friday; call us if you need a plan.",
            "en",
            "collections",
        ),
        ("The kiln shelf is for members who actually booked a firing slot this week.", "en", "alert"),
        ("To everyone who cheered us on at the regatta: you know who you are. Thank you!", "en", "marketing"),
    ],
)
def test_one_signal_alone_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert texts(registry, body, locale, category) == []
