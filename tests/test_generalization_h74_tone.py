"""Round 53 (blind sets h74 and h75): the tone lines the rules without TON113 missed, taken by class; each class
was first counted on the rules' blind misses of earlier sets (tools/tone_signals/README.md, "Round 53").

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `bill-fares-worse`: the bill itself set against what the reader enjoys ("la cuota, en cambio, lleva dos
  meses parada", "the invoice isn't getting nearly as much love", "the balance has stayed so quiet"); `mock-praise`
  gains the praise of the reader's purchase it pairs with ("qué bonito quedó", "we hope ... are enjoying").
- TON112 `at-leisure` (new support, collections only): paying "whenever it suits you", "cuando tengas un rato", next
  to irony, mock sympathy, the bill that fared worse or others who fail; alone it is a plain reminder.
- TON112 `mock-sympathy`: stressed and in the subjunctive ("comprendemos perfectamente que tengas gastos más
  importantes que pagar"), "may not be high on your list".
- TON112 `thanks-mocked` (new cue, not in marketing): "curiosa forma de agradecer", "an odd way to show gratitude",
  "así nos lo agradece"; `we-did-our-part` "we carried you through".
- TON112 `ultimatum` and `countdown` (new cues, collections only): "pay ... now or", "you have 20 minutes"; an
  alternative offered ("pay today or call us") and a courier's "within 48 hours" pass.
- TON112 `judging`: "deserves better", "merece algo mejor", a beginner's mistake; `rhetorical` "¿de verdad no";
  `improve-yourself` "do try to"; `public-exposure` "lenders talk"; `effort-invoked` the time our people spent on the
  reader's thing; `reader-lapse` "someone actually be in", "ni siquiera ha pagado".
- TON107 `third-party-contact`: the reader's insurer as the subject of its own decision is a billing fact.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # bill-fares-worse + mock-praise of the purchase
        (
            "Qué bonito quedó el salón con el sofá nuevo, ¿verdad? Lástima que la cuota siga tan olvidada como el primer día.",
            "es",
            "collections",
            "Qué bonito quedó",
        ),
        (
            "La moto anda de maravilla, nos cuentan. La mensualidad, en cambio, lleva dos meses parada.",
            "es",
            "collections",
            "anda de maravilla",
        ),
        (
            "We hope the twins are enjoying the new bunk beds. Shame the invoice for them isn't getting nearly as much love.",
            "en",
            "collections",
            "hope the twins are enjoying",
        ),
        # bill-fares-worse + irony in the same sentence
        (
            "We're sure the boat sails beautifully, but the balance for it has stayed remarkably quiet.",
            "en",
            "collections",
            "We're sure",
        ),
        # at-leisure next to irony
        (
            "Suponemos que la cuota de abril se perdió en el correo. Cuando tengas un ratito, son 45 €.",
            "es",
            "collections",
            "Suponemos que",
        ),
        (
            "We're sure the invoice simply slipped behind the sofa. Whenever you're ready, it's £38.",
            "en",
            "collections",
            "We're sure",
        ),
        # mock-sympathy, stressed, next to paying at leisure
        (
            "Comprendemos perfectamente que tengas gastos más importantes que pagar el gimnasio. Cuando encuentres un momento, la cuota es de 30 €.",
            "es",
            "collections",
            "Comprendemos perfectamente",
        ),
        (
            "We totally understand that the dentist's bill may not be high on your list. Whenever it suits you, it's $120.",
            "en",
            "collections",
            "We totally understand",
        ),
        # thanks-mocked next to the reader's lapse or what we carried the reader through
        (
            "Le instalamos la antena en plena tormenta y usted ni siquiera ha pagado la visita. Así nos lo agradece.",
            "es",
            "collections",
            "Así nos lo agradece",
        ),
        (
            "Our plumber drove out on Christmas Eve to fix your boiler, and the bill is still unpaid. Interesting way of saying thanks.",
            "en",
            "collections",
            "Interesting way of saying thanks",
        ),
        (
            "We carried you through two house moves. Going silent on the invoice is an odd way to show gratitude.",
            "en",
            "collections",
            "We carried you through",
        ),
        # countdown next to an ultimatum
        (
            "Tienes dos horas. Paga los 60 € ahora o tu plaza de garaje pasa a otro vecino.",
            "es",
            "collections",
            "Paga los 60 € ahora o",
        ),
        (
            "You have 20 minutes. Settle the $75 now or your gym pass stops working tonight.",
            "en",
            "collections",
            "Settle the $75 now or",
        ),
        # judging: deserves better, next to a repeat, irony or a rhetorical question
        (
            "¿Otra vez café de máquina en la oficina? Tu taza merece algo mejor.",
            "es",
            "marketing",
            "Otra vez",
        ),
        (
            "¿De verdad no te mereces algo mejor que ese colchón viejo?",
            "es",
            "marketing",
            "De verdad no",
        ),
        (
            "Another winter in those tired boots? Honestly, your feet deserve better.",
            "en",
            "marketing",
            "Honestly",
        ),
        # judging: a beginner's mistake, next to irony or a repeat
        (
            "Honestly, storing the bow strung all winter is a rookie mistake.",
            "en",
            "service",
            "Honestly",
        ),
        (
            "Otra vez la masa sin tapar toda la noche: un error de principiante.",
            "es",
            "service",
            "Otra vez",
        ),
        # improve-yourself "do try to", next to a repeat
        ("Do try to bring the right form this time.", "en", "service", "Do try to"),
        (
            "Los bancos hablan entre ellos, y sería una pena que su próximo préstamo se complicara.",
            "es",
            "collections",
            "Los bancos hablan",
        ),
        # effort-invoked: the time our people spent, next to them still waiting to be paid
        (
            "Our upholsterer spent six days re-stitching your armchair, and she's still waiting to be paid.",
            "en",
            "collections",
            "spent six days re-stitching",
        ),
        (
            "Nuestra restauradora pasó tres semanas puliendo tu cómoda y todavía sigue esperando su pago.",
            "es",
            "collections",
            "pasó tres semanas puliendo",
        ),
        # reader-lapse: the reader's presence doubted, next to a repeat
        (
            "The courier came by again on Monday. Could someone actually be in on Thursday?",
            "en",
            "transactional",
            "again",
        ),
    ],
)
def test_a_class_meets_its_partner_in_or_next_to_the_sentence(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # praise with no bill that fared worse
        ("Qué bonito quedó el salón. La cuota de marzo ya está pagada, gracias.", "es", "collections"),
        ("We hope the kids are enjoying the new bunk beds! Share a photo with us.", "en", "service"),
        # the bill compared, alone, or a welcome-back offer
        ("El pago con tarjeta, en cambio, se acredita al momento.", "es", "collections"),
        ("Your account has gone quiet lately. Come back again this month for 10% off.", "en", "marketing"),
        # paying at leisure in a plain reminder, and irony of welcome outside collections
        ("Your repair is done. You can pay in the app whenever it suits you.", "en", "collections"),
        ("We're sure you'll love the new menu. Book whenever it suits you.", "en", "marketing"),
        ("Cuando tengas un rato, pasa a recoger tu bici.", "es", "service"),
        # sincere understanding
        (
            "We completely understand that things come up. If you need more time, reply and we'll set up a plan.",
            "en",
            "collections",
        ),
        # thanks in gift copy
        (
            "A handwritten card is a lovely way to say thank you. Order yours again this spring.",
            "en",
            "marketing",
        ),
        ("Our thank-you cards are a lovely way to say thanks.", "en", "service"),
        # an alternative offered, an OTP's clock, a courier's promise
        ("Your balance is €40. Pay today or call us to set up a plan.", "en", "collections"),
        (
            "Paga hoy o llámanos para acordar un plan de pagos. Tienes dos horas de atención en línea.",
            "es",
            "collections",
        ),
        ("Enter the code within 10 minutes or request a new one.", "en", "otp"),
        (
            "An adjuster will call you within 48 hours. Pay the excess today or at the visit.",
            "en",
            "collections",
        ),
        # deserving the best is praise
        ("Tu piel merece lo mejor: descubre la nueva crema.", "es", "marketing"),
        ("You deserve the best, and our new mattress delivers it.", "en", "marketing"),
        ("¿De verdad no lo sabías? Abrimos los domingos.", "es", "marketing"),
        # the beginner's mistakes a class promises to fix
        ("Our workshop fixes the classic beginner mistakes again this spring.", "en", "marketing"),
        ("Do try our new cherry pie this weekend!", "en", "marketing"),
        # people talking about the product
        ("People talk about our croissants all over town. Come again this Sunday.", "en", "marketing"),
        # our people's work as brand story
        ("Our weavers spent four months knotting this rug. See it at the spring fair.", "en", "marketing"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Your invoice of €300 is still unpaid because your insurer declined the claim; we wanted to let you know "
            "the amount is now yours to pay.",
            "en",
        ),
        (
            "Le escribimos para avisarle de que su aseguradora no cubrió la consulta; el saldo es de 80 €.",
            "es",
        ),
    ],
)
def test_the_readers_insurer_deciding_a_claim_is_no_threat(
    registry: Registry, body: str, locale: str
) -> None:
    assert texts(registry, body, locale, "collections", rule="TON107") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Pay by Friday or we will let your insurer know about the arrears.", "en", "your insurer"),
        ("Si no paga esta semana, informaremos del impago a su aseguradora.", "es", "su aseguradora"),
    ],
)
def test_telling_the_readers_insurer_stays_a_threat(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert span in texts(registry, body, locale, "collections", rule="TON107")


# round 79: "we'd hate for ..." is TON107's `hate-for` on its own (moved here from the TON112 cases above, where TON112 now
# stays silent after TON107 in the sentence)
@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("Lenders talk, and we'd hate for that to follow you around.", "collections"),
    ],
)
def test_we_would_hate_for_is_reported_as_a_threat_pattern(registry: Registry, body: str, category: str) -> None:
    assert [span.lower() for span in finding_texts(registry, "TON107", body=body, locale="en", category=category)] == ["we'd hate for"]
