"""Round 46 (blind sets h60 and h61): the tone lines the rules without TON113 missed, taken by class, and TON301's
false positive.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `irony`: "seguro" without "que" before the reader's past state ("seguro andabas"); mock pity ("poor you",
  "pobre de ti"; "lucky you" is praise and passes); feigned innocence about a hint ("no reason to mention it", "no es
  por nada, pero"); feigned puzzlement at why the reader does not ("we're not sure why you can't", "not sure what's
  holding yours up").
- TON112 `doubting-care`: the reader's ability doubted ("dudar de que sepas", "doubt you can").
- TON112 `others-complied`: "tus vecinos ya están al día" without "todos"; "every other ... has settled up".
- TON112 `blame-shift`: the whole responsibility on the reader ("será enteramente su responsabilidad", "that one's on
  you", "don't come running to us"); the thing that did not die or break by itself, next to `warned-you`'s "algo que
  te explicamos".
- TON112 `judging`: more expected of the reader; the thing "no es una prioridad para todo el mundo"; `others-waiting`:
  our people who counted on the payment.
- TON112 `lapse-length`: the debt's age ("your fine is now N months old") next to mock praise.
- TON112 `counterfactual-blame`: "would not have been needed if", with `others-who-fail`'s "certain members".
- TON112 `loss-or-harm`: the reader's thing spending a while in our yard; `pity-frame`: "nos da pena que";
  `reader-lapse`: a fee left "impaga"; `repetition`: our visits counted ("fue tres veces", "came round three times").
- TON301: an enclitic form after an article, determiner or possessive is a noun ("tras el debate", "su remate"), and
  a usted imperative never takes te/os, so "deba+te" is no usted order ("Debate con nosotros y dinos").
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.address import mixed_address
from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # irony ("seguro" without "que") + a busy excuse
        ("El técnico tocó el timbre y nadie abrió. Seguro andabas muy ocupado.", "es", "service", "Seguro andabas"),
        # irony (mock pity) + repetition
        ("Poor you, it rains every single time you book a boat trip with us.", "en", "service", "Poor you"),
        ("Pobre de ti, otra vez se te perdió el paquete.", "es", "service", "Pobre de ti"),
        # irony (feigned innocence) + the lapse
        (
            "Our bailiffs are in your area on Mondays. No reason to mention it, except that the rent is still unpaid.",
            "en",
            "collections",
            "No reason to mention it",
        ),
        (
            "No es por nada, pero la cuota de abril sigue pendiente y el cobrador pasa por tu calle.",
            "es",
            "collections",
            "No es por nada, pero",
        ),
        # irony (feigned puzzlement) next to others who complied
        (
            "Most tenants pay their rent on time. We're not sure why you can't.",
            "en",
            "collections",
            "We're not sure why you can't",
        ),
        (
            "Every other stall at the market has paid up for the season, so we're not sure what's holding yours up.",
            "en",
            "collections",
            "Every other stall at the market has paid up",
        ),
        # doubting-care (ability) + repetition
        (
            "Ya van cuatro meses con la tarjeta sin pagar, y empezamos a dudar de que puedas llevar las cuentas.",
            "es",
            "collections",
            "Ya van cuatro",
        ),
        # others-complied without "todos" + the reader singled out
        (
            "Eres el único socio de la cooperativa con la cuota atrasada; tus compañeros ya están al día.",
            "es",
            "collections",
            "tus compañeros ya están al día",
        ),
        # blame-shift (the whole responsibility) + the lapse
        (
            "Si su perro enferma sin el seguro al día, será totalmente su responsabilidad por no haber pagado la prima.",
            "es",
            "collections",
            "será totalmente su responsabilidad",
        ),
        (
            "If the boiler fails while your cover is still unpaid, don't come crying to us.",
            "en",
            "collections",
            "don't come crying to us",
        ),
        # blame-shift (did not die by itself) + a warning we gave
        (
            "El bonsái no se secó solo: necesita agua cada dos días, algo que te explicamos en la tienda.",
            "es",
            "service",
            "no se secó solo",
        ),
        # judging (more expected) next to the lapse
        (
            "Un socio comprometido no deja tres cuotas sin pagar. Esperamos mucho más de usted.",
            "es",
            "collections",
            "Esperamos mucho más de usted",
        ),
        # judging (no priority for everyone) + our people who counted on the payment
        (
            "Ya sabemos que la cerámica no es una prioridad para todo el mundo, pero el taller contaba con tu pago.",
            "es",
            "collections",
            "no es una prioridad para todo el mundo",
        ),
        # lapse-length (the debt's age) + mock praise
        ("Congratulations: your parking invoice is now four months old.", "en", "collections", "Congratulations"),
        # counterfactual blame + a pointed unnamed group
        (
            "The pool is closed on Saturday for cleaning, which would not have been needed if certain members showered first.",
            "en",
            "alert",
            "would not have been needed if",
        ),
        # pity frame + the reader's thing in our yard
        (
            "Sería una pena que su tractor tuviera que pasar unas semanas en nuestro depósito por dos cuotas.",
            "es",
            "collections",
            "Sería una pena",
        ),
        # pity frame ("nos da pena que") + a fee left "impaga"
        (
            "Nos da pena que justo vos nos dejes con la matrícula de mayo impaga.",
            "es",
            "collections",
            "Nos da pena que",
        ),
        # mock sympathy (a lot to find) + the reader's thing gathering dust with us
        (
            "We know £40 must be a lot to find, so no rush at all, though your boots are getting a bit dusty on our shelf.",
            "en",
            "collections",
            "must be a lot to find",
        ),
        (
            "Entendemos que 60 € deben de ser mucho para ti; tranquilo, aunque tu bici ya va cogiendo polvo en el taller.",
            "es",
            "collections",
            "deben de ser mucho para ti",
        ),
        # irony + our visits counted
        (
            "Qué casualidad: el técnico fue cuatro veces a tu casa y nunca abrió nadie.",
            "es",
            "collections",
            "fue cuatro veces",
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
        # "lucky you" is praise
        ("Lucky you: every single order this week ships free.", "en", "marketing"),
        # "seguro" before the reader's state, with no partner
        ("Seguro estabas esperando esta oferta: 2x1 en cafés hasta el domingo.", "es", "marketing"),
        # puzzlement offered as help
        ("We're not sure why you can't log in; reply to this message and we'll sort it out.", "en", "service"),
        # the neighbours up to date as good news
        ("¡Gracias! Tus vecinos ya están al día con la nueva recogida de vidrio, y tú también puedes sumarte.", "es", "marketing"),
        ("Every other shop on the street has paid for the Christmas lights, and they look wonderful.", "en", "marketing"),
        # responsibility as plain security copy
        ("Keeping your PIN secret is entirely your responsibility: we will never ask for it.", "en", "service"),
        ("La custodia de su contraseña es exclusivamente su responsabilidad; nunca se la pediremos.", "es", "service"),
        # what we explained, with no blame
        ("Te mandamos la guía de riego, algo que explicamos también en el taller del sábado.", "es", "service"),
        # more expected as encouragement, with nothing unpaid
        ("¡Qué temporada! El equipo espera mucho de ti en la final del domingo.", "es", "marketing"),
        ("We expect more from you this season, coach says: see you at training on Monday.", "en", "service"),
        # a priority for everyone, said as care
        ("Tu seguridad es una prioridad para todo el mundo en el club.", "es", "service"),
        # the age of a good thing
        ("Congratulations: your membership is now five years old, and here's a gift.", "en", "marketing"),
        # certain items, with no counterfactual
        ("Certain members get early access to the summer sale.", "en", "marketing"),
        # a while in our workshop, for a repair
        ("Your clock will spend a few weeks in our workshop while we replace the spring.", "en", "service"),
        # "nos da pena que" at the end of a season
        ("Nos da pena que se acabe el verano: ¡última semana de piscina!", "es", "marketing"),
        # our visits counted as service
        ("Our driver came round twice this week with fresh bread for the street.", "en", "marketing"),
        # a lot to find, said as an offer with nothing held
        ("We understand £300 must be a lot to find at once, so you can pay in three parts.", "en", "collections"),
        # dust as the product
        ("Our vintage maps are getting dusty in the loft: come and browse them on Saturday.", "en", "marketing"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []


def test_an_enclitic_form_after_an_article_is_a_noun() -> None:
    text = "Hola, Ana. Tras el debate de la asamblea, que ya hayas votado nos alegra: gracias."
    assert mixed_address(text) is None


def test_a_usted_imperative_never_takes_te() -> None:
    assert mixed_address("Debate con nosotros y dinos qué piensas.") is None


def test_a_real_mix_next_to_the_noun_is_still_reported() -> None:
    pair = mixed_address("Tras el debate, pague su cuota y dinos qué piensas.")
    assert pair is not None and {pair[0].text, pair[1].text} == {"pague", "dinos"}


def test_the_mix_is_no_tone_finding_on_a_noun(registry: Registry) -> None:
    body = "La reunión, tras el debate sobre las tarifas, se alargó; si ya la hayas pagado, ignora este aviso."
    assert texts(registry, body, "es", "collections", rule="TON301") == []


def test_simple_with_the_adverb_first_and_a_reread(registry: Registry) -> None:
    body = "Maybe take another read of the leaflet we gave you, as it honestly is very easy."
    assert "it honestly is very easy" in texts(registry, body, "en", "service", rule="TON109")
    body = "Vuelve a leer la guía de montaje que te mandamos: realmente es muy sencillo."
    assert "realmente es muy sencillo" in texts(registry, body, "es", "service", rule="TON109")


def test_simple_with_the_adverb_first_alone_passes(registry: Registry) -> None:
    body = "Setting up the feeder really is quite simple: fill it, hang it, done."
    assert texts(registry, body, "en", "marketing", rule="TON109") == []


def test_stock_said_to_go_in_a_matter_of_hours(registry: Registry) -> None:
    body = "Quedan pocas plazas para la cata y se agotan en cuestión de horas: reserva ya."
    assert "se agotan en cuestión de horas" in texts(registry, body, "es", "marketing", rule="TON110")
    body = "The last kayak slots will sell out in a matter of hours, so book now."
    assert "will sell out in a matter of hours" in texts(registry, body, "en", "marketing", rule="TON110")


def test_a_past_sell_out_is_news(registry: Registry) -> None:
    body = "Last year the tasting sold out in a matter of hours, so this year we added a second date."
    assert texts(registry, body, "en", "marketing", rule="TON110") == []
    body = "El año pasado las entradas se agotaron en cuestión de horas; este año hay dos funciones."
    assert texts(registry, body, "es", "marketing", rule="TON110") == []
