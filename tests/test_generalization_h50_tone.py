"""Round 41 (blind sets h50 and h51): the tone lines the rules missed, taken by class.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 `reader-lapse`: a bill that "stays unpaid" (it had "stayed / remains"), the lapse as a habit ("se te olvida
  siempre", "you always forget the rent"), the reader's debt said to put us in a bind ("nos está poniendo en un aprieto").
- TON112 `small-sender`: the small sender said to depend on readers like you, the size of the team ("a team of three").
- TON112 `pity-frame`: our own regret at the step ("nos daría pena tener que", "we'd be sorry to have to").
- TON112 `public-exposure`: the reader's debt told to whoever recommended them.
- TON112 `loss-or-harm`: the reader's things lost or thrown out in our own clear-out.
- TON112 `judging`: the fix called one button, said on its own after the reader's lapse.
- TON109: the reader blamed as anyone who read the instructions would have known; a household judged against others'
  care; the reader told to review their habits "properly"; the payment contrast said as luck or left elliptical.
- TON110 `others-looking-now`: the watchers said with "hay" / "there are".
- TON111 `disappointed-expectation`: the commitment expected "por tu parte" / "on your part".
- TON206: a lone word of urgency in capitals ("NOW", "HOY") in sentence-case copy.
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
        # reader-lapse "stays unpaid" + others going without
        (
            "We're two potters, and every week this bill stays unpaid, one of us goes without a wage.",
            "en",
            "collections",
            "bill stays unpaid, one of us goes without",
        ),
        # small-sender said to depend on the reader + the reader's debt putting us in a bind (next sentence)
        (
            "Nuestro pequeño club de remo depende de socios como tú. Tu cuota atrasada nos está poniendo en un aprieto.",
            "es",
            "collections",
            "depende de socios como tú",
        ),
        (
            "Our little bike shop relies on customers like you. Your unpaid invoice is putting us in a real bind.",
            "en",
            "collections",
            "relies on customers like you",
        ),
        # the size of the team + the lapse
        (
            "Somos un equipo de tres y todavía no hemos recibido tu pago.",
            "es",
            "collections",
            "Somos un equipo de tres y todavía no hemos recibido",
        ),
        (
            "We're a team of four, and your invoice is still unpaid.",
            "en",
            "collections",
            "We're a team of four, and your invoice is still unpaid",
        ),
        # our regret at the step + the debt told to whoever recommended the reader
        (
            "Nos daría pena tener que comentar tu deuda con el socio que te recomendó el club.",
            "es",
            "collections",
            "Nos daría pena tener que comentar tu deuda con el socio que te recomendó",
        ),
        (
            "We'd be sorry to have to raise your balance with the friend who referred you.",
            "en",
            "collections",
            "We'd be sorry to have to raise your balance with the friend who referred you",
        ),
        # a pity frame + the reader's things lost in our clear-out
        (
            "Sería una pena que tus cuadros se extraviaran durante la mudanza del taller.",
            "es",
            "service",
            "Sería una pena que tus cuadros se extraviaran durante la mudanza",
        ),
        (
            "It would be a shame if your frames went missing in our spring clean on Friday.",
            "en",
            "service",
            "would be a shame if your frames went missing in our spring clean",
        ),
        # irony + the lapse as a habit
        (
            "Por lo visto cada mes se te olvida la cuota del gimnasio.",
            "es",
            "collections",
            "Por lo visto cada mes se te olvida",
        ),
        (
            "Apparently you somehow always miss the instalments, never the matches.",
            "en",
            "collections",
            "Apparently you somehow always miss the instalments",
        ),
        # the fix called one button, on its own, after the reader's lapse
        (
            "You were charged because you didn't cancel before the trial ended. It's one click.",
            "en",
            "service",
            "It's one click",
        ),
        (
            "Perdiste la plaza porque no viniste a confirmarla. Es un solo botón.",
            "es",
            "service",
            "Es un solo botón",
        ),
    ],
)
def test_a_new_wording_of_a_known_signal_meets_its_partner(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert span in texts(registry, body, locale, category, "TON112")


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Each month your invoice stays unpaid, the late fee in clause 4 applies.", "en", "collections"),
        ("Somos un equipo de tres y este mes abrimos un taller nuevo: reserva tu plaza.", "es", "marketing"),
        ("Our little shop depends on customers like you: thank you for a wonderful year.", "en", "marketing"),
        ("Nuestra pequeña librería vive de vecinos como tú: gracias por este año.", "es", "marketing"),
        ("Somos una granja pequeña y la sequía nos está poniendo en un aprieto: ¡ven al mercado!", "es", "marketing"),
        ("Nos daría pena que te perdieras el concierto de otoño: quedan entradas.", "es", "marketing"),
        ("We'd be sorry to see you miss the autumn concert: a few seats are left.", "en", "marketing"),
        ("Sería una pena que tu maleta se extraviara: añade el seguro de equipaje.", "es", "marketing"),
        ("It would be a shame if your luggage went missing: add baggage cover at checkout.", "en", "marketing"),
        ("Gracias a la persona que te recomendó: los dos tenéis un 10 % en la próxima clase.", "es", "marketing"),
        ("Seguro que alguna vez se te olvida la contraseña: activa el acceso con huella.", "es", "service"),
        ("We're sure you sometimes forget your password: turn on face login.", "en", "service"),
        ("You didn't get the code? It's one tap to resend it.", "en", "otp"),
        ("¿No recibiste el código? Es un solo toque para reenviarlo.", "es", "otp"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert texts(registry, body, locale, category, "TON112") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        (
            "The cracked lens comes from cleaning it with bleach, which anyone who read the care leaflet would have known"
            " to avoid.",
            "en",
            "service",
            "anyone who read the care leaflet would have known",
        ),
        (
            "La grieta viene de lavarlo con lejía, cosa que cualquiera que hubiera leído la ficha de cuidados sabría.",
            "es",
            "service",
            "cualquiera que hubiera leído la ficha de cuidados sabría",
        ),
        (
            "Your home used 40% more gas than similar homes. Some families just take far more care than others.",
            "en",
            "alert",
            "Some families just take far more care than others",
        ),
        (
            "Tu hogar gastó el doble de luz que el promedio. Algunas familias simplemente cuidan mucho más la energía que"
            " otras.",
            "es",
            "alert",
            "Algunas familias simplemente cuidan mucho más la energía que otras",
        ),
        (
            "Your usage went up again. Maybe it's time to review your habits and switch things off properly.",
            "en",
            "alert",
            "review your habits",
        ),
        (
            "Tu consumo volvió a subir. Tal vez toca revisar tus hábitos y apagar las luces como es debido.",
            "es",
            "alert",
            "revisar tus hábitos",
        ),
        (
            "Lovely to see the bike getting so many miles. Shame the instalments aren't.",
            "en",
            "collections",
            "Shame the instalments aren't.",
        ),
        (
            "Qué bien que el coche te dé tantas alegrías; lástima que las cuotas no hayan corrido la misma suerte.",
            "es",
            "collections",
            "lástima que las cuotas no hayan corrido la misma suerte",
        ),
    ],
)
def test_judging_the_reader_against_others_or_common_sense_is_condescending(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert span in warnings(registry, body, locale, category, "TON109")


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Anyone who has read our guide will know the trail closes at dusk.", "en", "service"),
        ("Cualquiera que haya leído la guía sabe que el sendero cierra al anochecer.", "es", "service"),
        ("Your home used 40% more gas than similar homes; see how to save at the link.", "en", "alert"),
        ("Some families simply use more water than others, so the allowance grows with household size.", "en", "alert"),
        ("Tu hogar gastó más luz que hogares parecidos; mira cómo ahorrar en el enlace.", "es", "alert"),
        ("Review your habits with our free energy coach: book a call.", "en", "service"),
        ("Cambia tus hábitos con nuestro reto de 30 días: empieza hoy.", "es", "service"),
        ("Shame the payments aren't refundable after the trip starts, so check the dates.", "en", "service"),
        ("Lástima que la lotería no haya corrido la misma suerte este año: vuelve a intentarlo.", "es", "service"),
    ],
)
def test_usage_comparisons_advice_and_plain_terms_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert warnings(registry, body, locale, category, "TON109") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Quedan 3 habitaciones y hay 25 personas mirándolas ahora mismo.", "es", "hay 25 personas mirándolas"),
        ("Only 2 cabins left and there are 30 people looking at them right now.", "en", "there are 30 people looking at them"),
    ],
)
def test_watchers_said_with_there_are_are_false_urgency(registry: Registry, body: str, locale: str, span: str) -> None:
    assert span in warnings(registry, body, locale, "marketing", "TON110")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hay 25 personas mirando el eclipse desde nuestra terraza cada noche: reserva mesa.", "es"),
        ("There are 30 people watching the sunset from our deck every evening: book a table.", "en"),
    ],
)
def test_watchers_without_a_now_pass(registry: Registry, body: str, locale: str) -> None:
    assert warnings(registry, body, locale, "marketing", "TON110") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Esperábamos bastante más compromiso por tu parte con la cuota de este mes.",
            "es",
            "Esperábamos bastante más compromiso por tu parte",
        ),
        ("We expected a lot more commitment on your part this month.", "en", "We expected a lot more commitment on your part"),
    ],
)
def test_the_commitment_expected_on_your_part_is_guilt(registry: Registry, body: str, locale: str, span: str) -> None:
    assert span in warnings(registry, body, locale, "collections", "TON111")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Esperábamos más lluvia este fin de semana; por tu parte, riega el huerto dos veces.", "es"),
        ("We expected more rain this week; on your part, water the beds twice.", "en"),
    ],
)
def test_an_expectation_about_something_else_passes(registry: Registry, body: str, locale: str) -> None:
    assert warnings(registry, body, locale, "service", "TON111") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        ("Lakeside Ferries: settle your unpaid ticket NOW or your commuter card will be blocked.", "en", "collections", "NOW"),
        ("Ferris del Lago: si no pagas tu billete HOY, bloquearemos tu tarjeta.", "es", "collections", "HOY"),
        ("Dune Kites: book your lesson TODAY, the season is nearly over.", "en", "marketing", "TODAY"),
    ],
)
def test_a_lone_word_of_urgency_in_capitals_shouts(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert span in warnings(registry, body, locale, category, "TON206")


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        ("Sun Store: use the code TODAY20 at checkout for 20% off.", "en", "marketing"),
        ("Tienda Sol: usa el código HOY20 al pagar.", "es", "marketing"),
        ("Watch our chef on the TODAY Show on Friday morning.", "en", "marketing"),
        ("Reply YES to confirm your table for Friday.", "en", "service"),
    ],
)
def test_codes_names_and_reply_keywords_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert warnings(registry, body, locale, category, "TON206") == []
