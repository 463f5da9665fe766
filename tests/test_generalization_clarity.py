"""Calls to action are recognised by grammar, not only by a word list, and codes are not sentences.

CLR301/CLR302 read any clause-initial imperative (Spanish through the verb-form table, English through
cta.yaml's ``imperative`` verbs followed by an object), leave out opt-out instructions, their links and
reminders, and do not count what an offer gives as a competing action. CLR201/CLR202 ignore marks that
belong to a password or code. All sentences are new wording, not lines of the evaluation corpora.
"""

from __future__ import annotations

import pytest
from conftest import make_message

from sendlint.engine import evaluate
from sendlint.registry import Registry


def findings(registry: Registry, body: str, locale: str, rules: tuple[str, ...], **fields: object) -> list[tuple[str, str]]:
    fields.setdefault("category", "marketing")
    fields.setdefault("channel", "push")
    message = make_message(body=body, locale=locale, **fields)
    return [(f.rule, body[f.start : f.end]) for f in evaluate(message, registry).findings if f.rule in rules]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Pedí tu pizza desde la app.", "es-AR"),
        ("Ven a conocer la nueva colección.", "es"),
        ("Conocé los nuevos sabores en la heladería.", "es-AR"),
        ("¡Aprovecha! 20 % en calzado.", "es"),
        ("Pasa por nuestra tienda este sábado.", "es"),
        ("Consulta en la app tus puntos.", "es"),
        ("Pruébalos este fin de semana en Café Lima.", "es"),
        ("Toca para ver las ofertas de hoy.", "es"),
        ("Come see our new collection this weekend.", "en"),
        ("Swing by for a free coffee.", "en"),
        ("Hi Sam, treat yourself to 20% off knitwear.", "en"),
        ("Pick up your order in store.", "en"),
        ("Try our new menu at Rosa's.", "en"),
        ("Text JOIN to 55120 for weekly deals.", "en"),
        ("Show this message at the till for a free drink.", "en"),
    ],
)
def test_an_imperative_is_a_call_to_action(registry: Registry, body: str, locale: str) -> None:
    assert findings(registry, body, locale, ("CLR301",)) == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Vuelve el 2x1 en pizzas este jueves en Pizzería Roma.", "es"),
        ("Llega la primavera a Moda Brisa con vestidos nuevos.", "es"),
        ("Entra en vigor la nueva tarifa de Red Alba.", "es"),
        ("Cambia el horario de la tienda: abrimos a las 9.", "es"),
        ("Recuerda que el 20 % vence mañana en Moda Brisa.", "es"),
        ("Gracias por tu compra de ayer. Tu reserva está confirmada.", "es"),
        ("New arrivals just landed at Oak & Ash. Soft knits, warm coats.", "en"),
        ("Book club meets Thursday at Page Turner Books.", "en"),
        ("Remember: the sale ends Sunday at Oak & Ash.", "en"),
    ],
)
def test_a_third_person_verb_a_noun_or_a_reminder_is_not_a_call_to_action(registry: Registry, body: str, locale: str) -> None:
    assert findings(registry, body, locale, ("CLR301",)) == [("CLR301", "")]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Moda Brisa: llegó la colección de otoño. Para no recibir más mensajes, responde BAJA.", "es"),
        ("Moda Brisa: llegó la colección de otoño. Si no quieres recibir más correos, date de baja en https://modabrisa.es/baja.", "es"),
        ("Oak & Ash: autumn knits are in. To stop receiving these emails, unsubscribe at https://oakash.co.uk/u.", "en"),
        ("Oak & Ash: autumn knits are in.\n\nUnsubscribe: https://oakash.co.uk/preferences", "en"),
    ],
)
def test_the_opt_out_and_its_link_are_not_a_call_to_action(registry: Registry, body: str, locale: str) -> None:
    assert findings(registry, body, locale, ("CLR301",), channel="email") == [("CLR301", "")]


def test_a_link_other_than_the_opt_out_still_counts(registry: Registry) -> None:
    body = "Oak & Ash: autumn knits are in at https://oakash.co.uk/new. Unsubscribe: https://oakash.co.uk/u"
    assert findings(registry, body, "en", ("CLR301",), channel="email") == []


@pytest.mark.parametrize(
    ("body", "locale", "last"),
    [
        ("Visita nuestra web, descarga la app, síguenos en redes y suscríbete al boletín.", "es", "suscríbete"),
        ("Please visit our store, download the app, call us and follow us on Instagram.", "en", "follow"),
        ("Order a hamper. Book a tasting. Download our app.", "en", "Download"),
    ],
)
def test_competing_imperatives_are_counted_by_verb(registry: Registry, body: str, locale: str, last: str) -> None:
    assert findings(registry, body, locale, ("CLR302",)) == [("CLR302", last)]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Compra 3 y paga 2 en toda la tienda. Reserva tu mesa hoy.", "es"),
        ("Buy 2, get 1 free on all socks. Shop at https://socks.example.", "en"),
        ("Top up $10 and get 2 GB extra. Claim it in the app.", "en"),
    ],
)
def test_what_the_offer_gives_does_not_compete(registry: Registry, body: str, locale: str) -> None:
    assert findings(registry, body, locale, ("CLR302",)) == []


@pytest.mark.parametrize(
    "body",
    [
        "Tienda Luna: tu cuenta está lista. Contraseña temporal: Sol2027!",
        "Usuario: ana.ruiz, clave: Zx!9pQ44. Cámbiala al entrar.",
        "Tu código de invitación es AB12CD? Si no, escríbenos.",
    ],
)
def test_marks_of_passwords_and_codes_need_no_opening_mark(registry: Registry, body: str) -> None:
    assert findings(registry, body, "es", ("CLR201", "CLR202"), category="transactional") == []


@pytest.mark.parametrize(
    ("body", "rule", "mark"),
    [
        ("Tu pedido 4471 llegó!", "CLR202", "!"),
        ("Tienes el código 2x1?", "CLR201", "?"),
    ],
)
def test_sentences_ending_after_a_number_still_need_the_opening_mark(registry: Registry, body: str, rule: str, mark: str) -> None:
    assert findings(registry, body, "es", ("CLR201", "CLR202"), category="transactional") == [(rule, mark)]


@pytest.mark.parametrize(
    ("word", "lemma", "form", "enclitic"),
    [
        ("compra", "comprar", "tu", False),
        ("Reservá", "reservar", "vos", False),
        ("pague", "pagar", "usted", False),
        ("Pruébalo", "probar", "tu", True),
        ("pedilo", "pedir", "vos", True),
        ("escríbanos", "escribir", "usted", True),
    ],
)
def test_imperative_of_reads_tu_vos_usted_and_enclitic_forms(word: str, lemma: str, form: str, enclitic: bool) -> None:
    from sendlint.address import imperative_of

    reading = imperative_of(word)
    assert reading is not None
    assert (reading.lemma, reading.form, reading.enclitic) == (lemma, form, enclitic)


@pytest.mark.parametrize("word", ["pagas", "puedes", "velas", "valla", "recordarte", "compras"])
def test_imperative_of_rejects_other_persons_nouns_and_infinitives(word: str) -> None:
    from sendlint.address import imperative_of

    assert imperative_of(word) is None
