"""Round 51 (blind sets h70 and h71): the tone lines the rules without TON113 missed, taken by class; each class
was first counted on the rules' blind misses of earlier sets (tools/tone_signals/README.md, "Round 51").

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `effort-invoked` (new cue): our people's work or sacrifice invoked over the reader's debt ("worked long
  hours", "llevan un mes trabajando sin cobrar", "contaba con tu aporte"), next to the lapse, judging, others who
  complied or mock sympathy only; `others-complied` gains "ellos sí cumplieron su parte".
- TON112 `bill-fares-worse`: the bill said not to get the same attention; read before irony, which took the words.
- TON112 `judging`: "the least you could do", the lapse called a habit, the ideal customers in the plural, "and you
  will deserve it"; "si te conviene" offers an option and is not judging.
- TON112 `mock-sympathy`: a simple act called a challenge or too complicated for the reader; other priorities
  "understood".
- TON112 `public-exposure`: the matter kept "between us", or put where lenders could see it.
- TON112 `others-complied` most others paying on time in the plain present; `busy-excuse` "how busy"; `improve-yourself`
  "try not to get it wrong"; `loss-or-harm` "kicking yourself", a car clamped or towed; `reader-singled-out` "yours came
  back"; `reader-lapse` "nobody was home", more usted/tú failures, another declined payment.
- TON102 "por tu descuido", "due to your carelessness"; TON103 "we thought that was common knowledge".
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # effort-invoked + the lapse in the next sentence
        (
            "Our saddlers worked long hours on your made-to-measure saddle. The balance of £640 is still unpaid.",
            "en",
            "collections",
            "worked long hours",
        ),
        (
            "Nuestros carpinteros llevan un mes trabajando en tu cocina sin cobrar. La factura de 2.300 € sigue pendiente.",
            "es",
            "collections",
            "llevan un mes trabajando en tu cocina sin cobrar",
        ),
        # effort-invoked + others who did their part
        (
            "El coro contaba con tu aporte para el viaje a Lisboa. Ellos sí cumplieron su parte.",
            "es",
            "collections",
            "Ellos sí cumplieron su parte",
        ),
        # effort-invoked + judging ("the least we'd expect")
        (
            "Your coach has already given up two weekends for your son's trials. The least we'd expect is that the squad fee gets paid.",
            "en",
            "collections",
            "The least we'd expect",
        ),
        # bill-fares-worse, read before irony, next to irony in the sentence before
        (
            "We're sure the new kitchen looks wonderful. Pity the €310 invoice for fitting it didn't get the same care.",
            "en",
            "collections",
            "We're sure",
        ),
        # judging: the least we would expect, next to the lapse (TON111 reads "the least you could do is")
        (
            "The boat-club dues are still unpaid. The least we would expect is payment before the regatta.",
            "en",
            "collections",
            "The least we would expect",
        ),
        (
            "La cuota del club náutico sigue sin pagarse. Lo mínimo que esperamos es que la pagues antes de la regata.",
            "es",
            "collections",
            "Lo mínimo que esperamos",
        ),
        # judging: the lapse called a habit, next to the lapse
        (
            "Another declined payment on your Brightcard this week. That's becoming a habit.",
            "en",
            "alert",
            "becoming a habit",
        ),
        (
            "Tu cuota del gimnasio sigue sin pagarse. Se te está volviendo costumbre.",
            "es",
            "collections",
            "Se te está volviendo costumbre",
        ),
        # judging: the ideal customers in the plural, the reader's one singled out next
        (
            "Considerate guests leave the cabin tidy. Yours was left with dishes in the sink, so a €40 cleaning fee applies.",
            "en",
            "collections",
            "Considerate guests leave",
        ),
        # judging: the reader said to deserve it, next to a car towed ("or we will have the van towed" is TON107's since
        # round 58, which TON112 defers to)
        (
            "Pay the toll charge by Monday, otherwise the van gets towed, and you will deserve it.",
            "en",
            "collections",
            "and you will deserve it",
        ),
        # mock-sympathy: a simple act called a challenge, with irony
        (
            "Apparently, typing a postcode is quite a challenge. Send us the right one and we'll post the parcel again.",
            "en",
            "transactional",
            "Apparently",
        ),
        (
            "Al parecer, anotar bien un número de teléfono es todo un reto. Envíanos el correcto y te llamamos.",
            "es",
            "transactional",
            "Al parecer",
        ),
        # mock-sympathy: too complicated for the reader, next to the lapse
        (
            "The locker fee is still unpaid. Let us know if £5 a month is too complicated for you.",
            "en",
            "collections",
            "too complicated for you",
        ),
        # public-exposure: kept between us, next to the lapse
        (
            "The invoice for your new fence is 60 days overdue. We'd prefer to keep this between us.",
            "en",
            "collections",
            "keep this between us",
        ),
        (
            "La factura de la valla lleva 60 días vencida. Preferimos que esto quede entre nosotros por ahora.",
            "es",
            "collections",
            "que esto quede entre nosotros",
        ),
        # others-complied in the plain present, the reader singled out next
        (
            "Casi todos los socios del huerto de la calle Mayor pagan su parcela a tiempo. La suya sigue pendiente desde marzo.",
            "es",
            "collections",
            "Casi todos los socios",
        ),
        # improve-yourself: try not to get it wrong, with a repeat
        (
            "Here is your new door code. This time, try not to get it wrong.",
            "en",
            "otp",
            "try not to get it wrong",
        ),
        (
            "Aquí tienes tu nuevo código de acceso. Esta vez procura no equivocarte.",
            "es",
            "otp",
            "procura no equivocarte",
        ),
        # reader-lapse: nobody home, with a habitual repeat
        (
            "Our technician came by at nine as booked and, as usual, nobody was in.",
            "en",
            "service",
            "as usual",
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
        # our people's effort as brand story, next to irony of welcome
        (
            "Our pickers worked long days to bring in this year's harvest. We're sure you'll love the new lavender oil.",
            "en",
            "marketing",
        ),
        (
            "Nuestros apicultores han sacrificado sus fines de semana por esta cosecha. Seguro que te encanta la miel nueva.",
            "es",
            "marketing",
        ),
        # an apology: the least we can do
        ("Your order arrived late, so the delivery is on us: it's the least we can do.", "en", "service"),
        (
            "El pedido llegó tarde, así que el envío corre por nuestra cuenta: es lo mínimo que podemos hacer.",
            "es",
            "service",
        ),
        # a habit that is a custom of ours or of our regulars
        (
            "Sunday brunch with us is becoming quite the habit for our regulars. Book a table for this weekend.",
            "en",
            "marketing",
        ),
        (
            "Ya es costumbre: cada diciembre abrimos el mercado navideño. Te esperamos otra vez este año.",
            "es",
            "marketing",
        ),
        # a challenge in marketing copy, no partner
        (
            "Writing a best man's speech is quite a challenge. Our free guide makes it easy.",
            "en",
            "marketing",
        ),
        ("Escribir un discurso de boda es todo un reto. Nuestra guía gratuita te ayuda.", "es", "marketing"),
        ("Is meal planning too complicated for you? Our kits do the thinking.", "en", "marketing"),
        # a secret sale
        ("Keep this between us: our members' sale starts on Friday with 30% off.", "en", "marketing"),
        # a treat the reader deserves
        ("You've earned it: treat yourself to a massage this weekend, you deserve it.", "en", "marketing"),
        # nobody home, said plainly
        ("We called at 10 as arranged; nobody was home, so we left a card with a new slot.", "en", "service"),
        # a payment plan offered to the reader (h71-es-039 was flagged)
        (
            "Tu cuota de 300 € sigue pendiente. Si te conviene, puedes pagarla en dos plazos sin recargo.",
            "es",
            "collections",
        ),
        # responsible owners as advice, no lapse
        (
            "Responsible owners check their smoke alarms every month. Our new model reminds you itself.",
            "en",
            "marketing",
        ),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []


@pytest.mark.parametrize(
    ("body", "locale", "rule", "span"),
    [
        (
            "Por tu descuido, la bici volvió sin el candado y te hemos cargado 20 €.",
            "es",
            "TON102",
            "Por tu descuido",
        ),
        (
            "The bike came back without its lock due to your carelessness, so we charged £20.",
            "en",
            "TON102",
            "due to your carelessness",
        ),
        (
            "Ceramic mugs do chip on stone floors. We thought that was common knowledge.",
            "en",
            "TON103",
            "We thought that was common knowledge",
        ),
        (
            "Las tazas de cerámica se rompen en suelos de piedra. Creíamos que era de sentido común.",
            "es",
            "TON103",
            "Creíamos que era de sentido común",
        ),
    ],
)
def test_a_blame_or_condescension_phrase_is_in_the_lexicon(
    registry: Registry, body: str, locale: str, rule: str, span: str
) -> None:
    assert span in texts(registry, body, locale, "service", rule=rule)
