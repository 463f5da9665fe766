"""Round 56 (blind sets h80 and h81): the tone lines the rules without TON113 missed, taken by class; each class
was first counted on the rules' blind misses of earlier sets (tools/tone_signals/README.md, "Round 56").

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `pity-frame`: "would be such a shame" without an adjective; our sorrow in one verb ("nos apena que",
  "it saddens us that"), next to the reader's lapse or a judgement.
- TON112 `judging`: the courtesy the reader did not even show ("ni siquiera tuvo la decencia de", "didn't even
  have the courtesy to").
- TON112 `irony`: disbelief at the reader's choice ("cuesta creer que", "hard to believe your"), credit denied
  ("no thanks to the").
- TON112 `bill-fares-worse` and `mock-praise`: the bill with an amount and what it paid for ("shame the $240
  invoice for fitting it hasn't"), what the reader bought said to work well ("rides beautifully", "rueda de
  maravilla"); mock praise counts only next to the bill that fared worse.
- TON112 `busy-excuse`: the diary said to be "terribly" full (the British "schedule"); plainly full, it passes.
- TON112 `others-complied`, `reader-lapse`, `payment-asked`: others who already paid us ("ya nos pagaron"), the
  reader still owing ("sigue debiendo"), other X who manage to keep their accounts, "please top up"; the reader's
  payment that has not come ("your cheque ... still hasn't arrived").
- TON110: regret as the only alternative ("or regret it").
"""

from __future__ import annotations

import pytest
from conftest import fired_tone_patterns
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # the pity frame with "such a", next to the lapse
        (
            "It would be such a shame if anything disrupted your Thursday lessons while the term fees remain unpaid.",
            "en",
            "collections",
            "would be such a shame",
        ),
        # our sorrow in one verb, next to the courtesy not even shown
        (
            "Nos apena que ni siquiera haya tenido la decencia de avisarnos de que no vendría al taller.",
            "es",
            "service",
            "Nos apena que ni siquiera haya tenido la decencia de",
        ),
        (
            "It saddens us that you didn't even have the courtesy to call before the fitting.",
            "en",
            "service",
            "It saddens us that you didn't even have the courtesy to",
        ),
        # disbelief at the reader's choice, next to "your priorities"
        (
            "Sabemos que cada hogar tiene sus prioridades, pero cuesta creer que la cuota del agua no esté entre ellas.",
            "es",
            "collections",
            "cuesta creer que",
        ),
        (
            "We respect your priorities, but it's hard to believe your dog's vaccinations aren't among them.",
            "en",
            "service",
            "hard to believe your",
        ),
        # credit denied to the reader, next to advice in the sentence after
        (
            "Your ladder has finally arrived, no thanks to the wrong postcode. Do try to check it next time.",
            "en",
            "transactional",
            "no thanks to the",
        ),
        # what the reader bought works well; the bill, with an amount and what it paid for, did not
        (
            "Great to hear the new boiler keeps you warm. Shame the $240 invoice for fitting it hasn't reached us yet.",
            "en",
            "collections",
            "Great to hear the",
        ),
        (
            "Your new bike rides beautifully, we hear. Shame the $60 bill for the service hasn't been paid.",
            "en",
            "collections",
            "rides beautifully",
        ),
        (
            "Vemos que tu bicicleta rueda de maravilla. Lástima que la cuota del arreglo no llegue igual de rápido.",
            "es",
            "collections",
            "rueda de maravilla",
        ),
        # the diary said to be full, next to irony
        (
            "We're sure your diary is dreadfully packed at the moment.",
            "en",
            "collections",
            "We're sure your diary is dreadfully packed",
        ),
        # others who already paid us, then the reader still owing
        (
            "Los demás inquilinos ya nos pagaron la derrama de marzo. Usted sigue debiendo 95 €.",
            "es",
            "collections",
            "Los demás inquilinos ya nos pagaron",
        ),
        # other X who keep their accounts in order, then "please top up"
        (
            "Other tenants in your block manage to keep their accounts paid up. Please top up before Friday.",
            "en",
            "collections",
            "Other tenants in your block manage to keep their accounts",
        ),
        # the reader's payment that has not come, next to irony
        (
            "Apparently your cheque for the May invoice still hasn't arrived.",
            "en",
            "collections",
            "Apparently your cheque for the May invoice still hasn't arrived",
        ),
        (
            "Por lo visto su transferencia de abril, que todavía no ha llegado, se perdió por el camino.",
            "es",
            "collections",
            "Por lo visto su transferencia de abril, que todavía no ha llegado",
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
        # the frame alone, in friendly copy
        ("It would be such a shame to miss the harvest festival, so book your table now.", "en", "marketing"),
        # sorrow over our own news
        (
            "Nos apena que la feria se haya suspendido por la lluvia; le devolveremos la entrada.",
            "es",
            "alert",
        ),
        (
            "It saddens us that the Elm Street shop is closing; thank you for twelve lovely years.",
            "en",
            "marketing",
        ),
        # a full diary said plainly in friendly copy
        (
            "We're sure your diary is packed this December, so we've kept a table free for you.",
            "en",
            "marketing",
        ),
        # disbelief at a date, credit denied to the weather
        ("Cuesta creer que ya cumplimos diez años: gracias por acompañarnos.", "es", "marketing"),
        (
            "It's hard to believe your little one starts school this year: label every jumper with us.",
            "en",
            "marketing",
        ),
        (
            "The harvest came in on time, no thanks to the weather! Taste the new oil on Saturday.",
            "en",
            "marketing",
        ),
        # praise for what works, with no bill beside it; a shame that is no bill
        ("Your new pen writes beautifully, and the first refill is free this month.", "en", "marketing"),
        (
            "Tu bicicleta rueda de maravilla después del ajuste; la próxima revisión es gratis.",
            "es",
            "service",
        ),
        ("Shame the weather wasn't kinder on Saturday: the fair moves to next Sunday.", "en", "alert"),
        # others who recommended us, a plain notice of what is owed, a top-up asked plainly
        (
            "Otros clientes ya nos recomendaron a sus amigos: trae al tuyo y llévate un 10 %.",
            "es",
            "marketing",
        ),
        ("Si sigue debiendo algo tras el reembolso, se lo avisaremos por correo.", "es", "collections"),
        ("Please top up your card in the app to keep riding.", "en", "service"),
        # a parcel of ours that has not arrived
        (
            "Your parcel still hasn't arrived? Apparently the courier was delayed; reply and we'll resend it.",
            "en",
            "transactional",
        ),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []


def test_regret_as_the_only_alternative_is_false_urgency(registry: Registry) -> None:
    body = "Book your seat today or regret it all summer."
    assert ("TON110", "or regret it") in fired_tone_patterns(
        registry, body, "en", "marketing", rules=("TON110",)
    )


def test_regret_without_the_alternative_passes(registry: Registry) -> None:
    body = "Booked and changed your mind? Cancel free within 24 hours, you won't regret trying us."
    assert fired_tone_patterns(registry, body, "en", "marketing", rules=("TON110",)) == []
