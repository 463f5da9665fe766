"""Round 43 (blind sets h54 and h55): the tone lines the rules missed, taken by class.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `loss-or-harm`: the reader's paid-for thing ending up with someone else ("que otra persona terminara
  usándola", "see it go to someone who ...", "given your slot to ..."); a pity frame or judging is its partner.
- TON112 `judging`: the reader contrasted with "someone who actually turns up"; incredulity said with "que"
  ("nos cuesta entender que no se pague"); the bill explained slowly, as to a child; "you'd think ... would be
  near the top of the list".
- TON112 `mock-sympathy`: the debt or the pet put down as a low priority ("quizá no esté entre tus prioridades",
  "we know juggling priorities is hard").
- TON112 `others-complied`: others up to date ("casi todos ... ya están al día"), most of a trade settling their
  accounts ("most growers settle their accounts").
- TON112 `no-surprise` (new cue, only next to the lapse or the reader singled out): "ya ni nos sorprende"; `irony`:
  "we'd assumed you were one of the ...", paying called a nice touch, "just a little awkward that".
- TON112 `blame-shift`: "la responsabilidad es tuya" next to how late the reader was; `irony` also "which is probably
  why" (the insinuation of round 42's "that would explain why").
- TON112 `counterfactual-blame`: "si todos respetaran ..., no tendríamos que"; `others-waiting`: what our animals
  need "whether or not you pay"; `reader-lapse`: "March fees of $90 are overdue".
- TON101: the check of the reader's record named before the bureau ("sin revisar tu historial en el Buró").
- TON301: in a voseo locale, an accentless enclitic next to tú forms is the tú form misspelled when the writer
  drops accents elsewhere too ("mas", "credito").
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts
from conftest import tone_warnings

from sendlint.registry import Registry


def warnings(registry: Registry, body: str, locale: str, category: str, rule: str) -> list[str]:
    return [text for found, text in tone_warnings(registry, body, locale, category) if found == rule]


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # pity-frame + loss-or-harm (the thing ending up with someone else)
        (
            "Tu guitarra ya está encordada. Sería una lástima que otro cliente acabara tocando con ella.",
            "es",
            "collections",
            "Sería una lástima",
        ),
        (
            "It would be a shame to watch it go to someone who only plays it at weekends.",
            "en",
            "marketing",
            "would be a shame",
        ),
        # judging + loss-or-harm
        (
            "After four no-shows we handed your Tuesday lesson to someone who really shows up.",
            "en",
            "service",
            "someone who really shows up",
        ),
        # judging (incredulity with "que") + reader-lapse in the sentence before
        (
            "El recibo de abril sigue pendiente. Nos cuesta entender que no se nos pague algo tan sencillo.",
            "es",
            "collections",
            "Nos cuesta entender que no se",
        ),
        # judging (explained slowly) + irony
        (
            "Como parece que el contrato te resulta confuso, te lo explicamos más despacio: debes dos meses.",
            "es",
            "collections",
            "te lo explicamos más despacio",
        ),
        # mock-sympathy + reader-lapse
        (
            "Sabemos que la vacuna de Canela tal vez no sea una de tus prioridades, pero la factura sigue sin pagarse.",
            "es",
            "collections",
            "Sabemos que la vacuna de Canela tal vez no sea una de tus prioridades",
        ),
        # mock-sympathy + judging
        (
            "We understand balancing everything is tough, but you'd think your daughter's lessons would be at the top"
            " of the list.",
            "en",
            "collections",
            "We understand balancing everything is tough",
        ),
        # others-complied + reader-singled-out (neighbour)
        (
            "La mayoría de los socios del club ya están al día con la cuota. Tú eres uno de los pocos que no.",
            "es",
            "collections",
            "La mayoría de los socios del club ya están al día",
        ),
        # irony + others-complied (neighbour)
        (
            "Most growers settle their bills before the spring fair. We had assumed you were one of the careful ones.",
            "en",
            "collections",
            "We had assumed you were one of the",
        ),
        # irony (no surprise) + reader-singled-out
        (
            "Otra vez eres el último en entregar los papeles; ya no nos sorprende.",
            "es",
            "service",
            "ya no nos sorprende",
        ),
        # irony (a nice touch) + others-waiting (neighbour)
        (
            "Paying for it would be a lovely touch. Your $40 is still waiting for you at our site.",
            "en",
            "collections",
            "Paying for it would be a lovely touch",
        ),
        # irony (understatement) + reader-lapse (neighbour)
        (
            "It's a bit odd that the photos went out before we got paid for them. The $95 is still outstanding.",
            "en",
            "collections",
            "It's a bit odd that",
        ),
        # repetition + counterfactual-blame (neighbour)
        (
            "El agua se cortó otra vez en tu calle. Si todos cuidaran las tuberías, no tendríamos que cerrar la llave.",
            "es",
            "alert",
            "otra vez",
        ),
        # blame-shift (the responsibility is yours) + lapse-length
        (
            "La clase empezó sin ti porque llegaste 25 minutos tarde, así que la responsabilidad es tuya.",
            "es",
            "service",
            "la responsabilidad es tuya",
        ),
        # irony (which is probably why) + reader-lapse
        (
            "We know summer is busy, which is presumably why you missed the last two instalments.",
            "en",
            "collections",
            "which is presumably why",
        ),
        # others-waiting + reader-lapse (neighbour: the month and the sum)
        (
            "The goats still need hay whether or not you pay. April fees of $90 are overdue.",
            "en",
            "collections",
            "need hay whether or not you pay",
        ),
    ],
)
def test_a_new_wording_of_a_class_meets_its_partner(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category, "TON112"))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # someone else getting a thing, in a raffle or a gift: no pity frame, no lapse
        ("Si no la recoges, la guitarra sorteada irá a otra persona del listado.", "es", "marketing"),
        ("Love the board? Reserve it now or it may go to someone else this weekend.", "en", "marketing"),
        ("We gave your old seat to someone who asked for the window, as you requested.", "en", "service"),
        # someone who actually turns up, said as praise of the team
        ("Our new coach is someone who actually turns up early to set the mats.", "en", "marketing"),
        # incredulity and slow explanations without a lapse
        ("Nos cuesta entender que no se conozca más este rincón del Caribe: ven a verlo.", "es", "marketing"),
        ("¿Tu primera vez en el taller? Te lo explicamos despacio y sin prisas.", "es", "marketing"),
        # priorities and juggling, sincere
        ("We know juggling priorities is hard, so our planner app sends one reminder a week.", "en", "marketing"),
        ("Sabemos que cuidar de tu salud tal vez no sea fácil; por eso abrimos los sábados.", "es", "service"),
        # others up to date, as news
        ("Casi todos los equipos ya están al día con el nuevo reglamento: léelo aquí.", "es", "service"),
        ("Most members pay their dues by direct debit. Set yours up in two minutes.", "en", "service"),
        # no surprise, and a nice touch, as praise
        ("Tu pan ganó otra vez el concurso; ya ni nos sorprende, ¡enhorabuena!", "es", "marketing"),
        ("A handwritten card would be a nice touch: add one at checkout.", "en", "marketing"),
        ("It's a little odd that nobody sells cheese like ours in town. Come and taste it.", "en", "marketing"),
        # responsibility and "which is why" in ordinary copy
        ("Tu seguridad en el agua es nuestra prioridad y la responsabilidad es de todos.", "es", "service"),
        ("The responsibility is yours to choose a helmet that fits: try ours in store.", "en", "marketing"),
        ("Our beans are roasted weekly, which is probably why regulars come back.", "en", "marketing"),
        # a counterfactual with no lapse of the reader's, a fee notice with no cue
        ("Si todos cuidaran el agua, la sequía sería más llevadera.", "es", "alert"),
        ("Your horse still needs feeding whether or not you ride this month; the livery plan covers it.", "en", "service"),
        ("March fees of $90 are overdue. Pay at our office or online.", "en", "collections"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert texts(registry, body, locale, category, "TON112") == []


def test_a_loan_offer_that_skips_checking_the_record_is_no_threat(registry: Registry) -> None:
    body = "Crédito en 5 minutos, sin consultar tu historial en el Buró de Crédito. Responde BAJA para no recibir más."
    assert warnings(registry, body, "es-MX", "marketing", "TON101") == []


def test_the_record_named_as_a_consequence_is_still_a_threat(registry: Registry) -> None:
    body = "Nuevo crédito disponible. Si no pagas hoy, te reportamos al Buró de Crédito. Responde BAJA para salir."
    assert warnings(registry, body, "es-MX", "marketing", "TON101") != []


def test_an_accentless_enclitic_among_dropped_accents_is_no_voseo_mix(registry: Registry) -> None:
    body = "Tu pedido esta listo. Si quieres cambiar la fecha o tienes mas preguntas, escribenos o visitanos aqui."
    assert warnings(registry, body, "es-GT", "service", "TON301") == []


def test_an_accentless_enclitic_next_to_tu_with_accents_is_still_a_mix(registry: Registry) -> None:
    body = "Tu pedido está listo. Si quieres cambiar la fecha o tienes más preguntas, visitanos aquí."
    assert warnings(registry, body, "es-GT", "service", "TON301") != []
