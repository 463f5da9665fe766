"""Round 47 (blind sets h62 and h63): the tone lines the rules without TON113 missed, taken by class, and the three
tone false positives (TON107, TON301, TON112).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `others-complied`: the others said to have done it already, with a pro-verb or a booking verb ("las demás ya
  lo hicieron", "otros ya reservaron", "everyone else has already done theirs").
- TON112 `others-manage-easily`: the rest of the group said to learn faster; `others-who-fail`: some people who just
  can't follow the rules.
- TON112 `judging`: more of a quality expected "por tu parte" / "from you", progress expected "ya" / "by now".
- TON112 `reader-lapse`: instalments counted unpaid, the reader still owing an amount ("sigue con 120 € pendientes"),
  invoices said to stay unpaid, our still chasing the invoice, a fee due yesterday.
- TON112 `pity-frame`: our wish that the reader keep using what the debt pays for ("we'd rather you kept riding").
- TON112 `mock-sympathy`: money presumed tight, a skill that "isn't everyone's forte".
- TON112 `repetition`: our writing again ("te volvemos a escribir"), another reminder counted; our own retry of a
  charge ("we'll try your card again") is no repeat.
- TON112 `blame-shift` + `warned-you`: the thing failed because of how it was used, which the manual warned about.
- TON112 `stacked-courtesy`: the reader's knowledge doubted next to mock politeness ("con todo respeto, quizás no sabe
  que").
- TON107: the reader's company is a third party where it is told or visited, or through its people; after a thing it
  is the reader's own business ("el pedido de su empresa").
- TON301: a subjunctive said twice around a relative ("pase lo que pase", "cueste lo que cueste") is no order.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts
from conftest import tone_texts as texts

from sendlint.address import mixed_address
from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # others-complied (a pro-verb) next to the reader singled out in the sentence before
        (
            "Eres la única corista que aún no ha pagado la cuota del trimestre. Las demás ya lo hicieron en marzo.",
            "es",
            "collections",
            "Las demás ya lo hicieron",
        ),
        (
            "The March lesson fee is still unpaid. Everyone else has already done theirs.",
            "en",
            "collections",
            "Everyone else has already done theirs",
        ),
        # others-complied (a booking verb) read from the sentence before a pity frame
        (
            "¿Todavía lo estás pensando? Otros ya reservaron su mesa para Nochevieja. Si no reservas hoy, no te quejes luego.",
            "es",
            "marketing",
            "no te quejes luego",
        ),
        # others-manage-easily + irony
        (
            "Honestly, it's lovely that you keep trying when the rest of the class picks it up a lot faster.",
            "en",
            "service",
            "the rest of the class picks it up a lot faster",
        ),
        (
            "Sinceramente, el resto del grupo aprende mucho más rápido que tú.",
            "es",
            "service",
            "el resto del grupo",
        ),
        # others-who-fail + irony
        (
            "Your van was parked across the bike lane. Some drivers just can't follow the signs, apparently.",
            "en",
            "alert",
            "Some drivers just can't follow",
        ),
        (
            "Al parecer, hay gente que simplemente no sabe respetar las normas del aparcamiento.",
            "es",
            "alert",
            "hay gente que simplemente no sabe respetar",
        ),
        # judging (more of a quality expected) + the lapse in the sentence before
        (
            "El recibo del alquiler sigue pendiente. Esperábamos más rigor por su parte.",
            "es",
            "collections",
            "Esperábamos más rigor por su parte",
        ),
        (
            "The rent for May is still unpaid. We expected more maturity from you.",
            "en",
            "collections",
            "We expected more maturity from you",
        ),
        # judging (progress expected by now) + irony
        (
            "Sinceramente, esperábamos que a estas alturas supieras afinar la guitarra sin ayuda.",
            "es",
            "service",
            "esperábamos que a estas alturas supieras",
        ),
        # reader-lapse (instalments counted unpaid), read from the sentence before an irony cue
        (
            "Van tres cuotas sin pagar del préstamo de tu moto. Imaginamos que quieres seguir usándola.",
            "es",
            "collections",
            "Imaginamos que",
        ),
        # reader-lapse (the reader still owing an amount) after others who complied
        (
            "Casi todos los vecinos de la escalera ya pagaron la derrama. Usted sigue con 120 € pendientes.",
            "es",
            "collections",
            "Casi todos",
        ),
        # reader-lapse (our still chasing the invoice) read from the sentence before an irony cue
        (
            "We're still chasing the invoice from June. We're sure it simply slipped your mind.",
            "en",
            "collections",
            "We're sure",
        ),
        # reader-lapse (due yesterday) + repetition (another reminder)
        (
            "Your class fee was due yesterday, so here's another reminder.",
            "en",
            "collections",
            "another reminder",
        ),
        # pity-frame (the reader keeping the use of the thing) + the lapse in the sentence before
        (
            "The loan for your motorbike is still unpaid. We'd really rather you kept riding it.",
            "en",
            "collections",
            "We'd really rather you kept",
        ),
        # mock-sympathy + the lapse
        (
            "We get that money must be really tight, seeing the gas bill is still unpaid.",
            "en",
            "collections",
            "money must be really tight",
        ),
        (
            "Being on time isn't everyone's forte, and the pottery class fee is still unpaid.",
            "en",
            "collections",
            "isn't everyone's forte",
        ),
        # repetition (our writing again) + the lapse
        (
            "Te volvemos a escribir porque la cuota de junio sigue pendiente.",
            "es",
            "collections",
            "Te volvemos a escribir",
        ),
        # blame-shift (failed because of its use) + warned-you (what the instructions warned about)
        (
            "The heater died because it was left running all night, which the instructions warned about.",
            "en",
            "service",
            "died because it was left running",
        ),
        # mock politeness + the reader's knowledge doubted
        (
            "Con todo respeto, quizás no sabe que los recibos atrasados generan intereses.",
            "es",
            "collections",
            "quizás no sabe que",
        ),
        (
            "With the greatest respect, you may not be aware that overdue accounts accrue interest.",
            "en",
            "collections",
            "you may not be aware that",
        ),
    ],
)
def test_a_new_wording_of_a_class_meets_its_partner(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # the others did it, as praise, with no partner
        ("Las demás lo hicieron genial en el concierto: ¡gracias a todas!", "es", "service"),
        ("Otros ya reservaron su cabaña para el verano: aún quedan libres junto al lago.", "es", "marketing"),
        ("Everyone else has already booked the coach, so we've added a second one for you.", "en", "service"),
        # learning faster as teaching copy
        (
            "The rest of the group picks things up faster with a video, so here's one for the week.",
            "en",
            "service",
        ),
        # some people, as marketing
        ("Some people just can't resist our brownies, so we've baked a second tray.", "en", "marketing"),
        # an invitation the reader could not attend, with no "ya"
        (
            "Esperábamos que pudieras venir a la inauguración; te guardamos una copa para el sábado.",
            "es",
            "marketing",
        ),
        # a preference as care
        ("We'd rather you kept your receipt: it is your warranty.", "en", "service"),
        # money tight and strong suits as marketing
        ("Money must be tight after the holidays, so our January sale starts today.", "en", "marketing"),
        (
            "Hiking isn't everyone's strong suit, so we've added gentle walks to the programme.",
            "en",
            "marketing",
        ),
        ("Here's another reminder: the spring sale ends on Sunday.", "en", "marketing"),
        # our own retry of a charge after the notice of the lapse
        ("Your payment of $40 is past due. We'll try your card again on Monday.", "en", "collections"),
        ("Tu pago de 40 € está vencido. Intentaremos el cobro otra vez el lunes.", "es", "collections"),
        # a payment that failed is no misuse
        (
            "Your payment failed because the card was declined, so the invoice is still unpaid.",
            "en",
            "collections",
        ),
        # the reader's knowledge doubted, as marketing, without mock politeness
        ("Quizás no sabes que también hacemos envíos a domicilio: pide hoy.", "es", "marketing"),
        # writing again, with no partner
        ("Te volvemos a escribir para confirmar la hora de tu cita del jueves.", "es", "service"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []


def test_the_readers_own_business_is_no_third_party(registry: Registry) -> None:
    body = (
        "No pudimos cobrar los menús de Navidad de su empresa con la tarjeta guardada. Actualícela en la web."
    )
    assert texts(registry, body, "es", "collections", rule="TON107") == []
    body = "Le llamaremos para confirmar la entrega del pedido de su empresa."
    assert texts(registry, body, "es", "collections", rule="TON107") == []


def test_the_company_told_or_visited_is_still_a_threat(registry: Registry) -> None:
    body = "Si no paga antes del viernes, llamaremos a la gerencia de su empresa."
    assert texts(registry, body, "es", "collections", rule="TON107") == ["gerencia de su empresa"]
    body = "Si no paga antes del viernes, notificaremos a su empresa."
    assert texts(registry, body, "es", "collections", rule="TON107") == ["a su empresa"]


def test_a_subjunctive_said_twice_is_no_order() -> None:
    assert mixed_address("Tu fondo rinde un 6 % al año, pase lo que pase con la bolsa.") is None
    assert mixed_address("Tu cuota no sube, cueste lo que cueste el seguro este año.") is None


def test_a_real_mix_next_to_the_concession_is_still_reported() -> None:
    pair = mixed_address("Pase lo que pase, llame a su asesor y revisa tu saldo.")
    assert pair is not None


# round 79: "we'd hate for ..." is TON107's `hate-for` on its own (moved here from the TON112 cases above, where TON112 now
# stays silent after TON107 in the sentence)
@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("We'd hate for your café to run short of beans, which is what tends to happen when invoices stay unpaid.", "collections"),
    ],
)
def test_we_would_hate_for_is_reported_as_a_threat_pattern(registry: Registry, body: str, category: str) -> None:
    assert [span.lower() for span in finding_texts(registry, "TON107", body=body, locale="en", category=category)] == ["we'd hate for"]
