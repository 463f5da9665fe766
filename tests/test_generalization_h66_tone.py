"""Round 49 (blind sets h66 and h67): the tone lines the rules without TON113 missed, taken by class where the class
also reaches earlier blind misses.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON112 (mechanism): the reproach cues (`judging`, `improve-yourself`, `mock-sympathy`, `others-who-fail`,
  `rhetorical`) are read from the sentence before or after as well, next to a sentence with a cue of its own ("once
  again, nobody was home. Please actually be in next time"); a recommendation ("you should try the new menu") is no
  judging.
- TON112 `judging`: a habit of the reader's to change, suggested ("maybe try streaming a little less").
- TON112 `others-complied`: the others "ya están al día / al corriente", "up to date", "almost everyone ... has already".
- TON112 `bill-fares-worse` (new cue): the bill said to fare worse than what did well ("shame the payments aren't").
- TON112 `mock-sympathy`: remembering to pay a sum called hard.
- TON112 `reader-lapse`: the sum still owed, the reader's choice not to reply; `no-surprise`: how the reader's pauses
  end, as known; `pity-frame`: "no podrá decir que no se le avisó".
- TON107 `we-know-where`: the reader's business or home said to be known to the collector.
"""

from __future__ import annotations

import pytest
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # a reproach cue read from the next sentence, next to a count of repeats
        (
            "The technician rang twice today and, once again, nobody answered. Please actually be home on Friday.",
            "en",
            "service",
            "again",
        ),
        (
            "Otra semana sin pasar por el huerto. ¿De verdad vas a dejar que se sequen las tomateras?",
            "es",
            "marketing",
            "Otra semana sin",
        ),
        # judging: a habit to change, suggested, in the sentence after a repeat
        (
            "Your mobile data ran out again this week. Maybe try downloading the playlists at home?",
            "en",
            "alert",
            "again",
        ),
        (
            "Otra vez se pasó del límite de datos. Quizás podría intentar descargar las listas en casa.",
            "es",
            "alert",
            "Otra vez",
        ),
        # others-complied (up to date) + the reader singled out
        (
            "Casi todos los vecinos del bloque ya están al corriente con la derrama. Solo falta usted.",
            "es",
            "collections",
            "Casi todos los vecinos del bloque ya están al corriente",
        ),
        (
            "Everyone else in the choir is already up to date with the spring dues, and only yours is missing.",
            "en",
            "collections",
            "Everyone else in the choir is already up to date",
        ),
        # bill-fares-worse next to praise of what the reader enjoys, or to a repeat in the sentence before
        (
            "Great to see the new bike clocking up so many miles. Shame the instalments aren't.",
            "en",
            "collections",
            "Great to see the",
        ),
        (
            "Qué bueno saber que el barco sale a navegar cada fin de semana. Nos encantaría poder decir lo mismo de las cuotas del amarre.",
            "es",
            "collections",
            "Qué bueno saber que",
        ),
        (
            "The gardeners mowed your lawn every single week this summer. It would be nice if the account could do the same.",
            "en",
            "collections",
            "every single week",
        ),
        # mock-sympathy (remembering to pay a sum) + the lapse in the next sentence
        (
            "We get that remembering to pay $3.20 must be so hard. Your locker rent is still outstanding.",
            "en",
            "collections",
            "remembering to pay $3.20 must be so hard",
        ),
        # reader-lapse (the sum still owed) read from the sentence after irony
        (
            "Por lo visto el verano fue largo. Aún debes la cuota de julio del club de remo.",
            "es",
            "collections",
            "Por lo visto",
        ),
        (
            "We're sure the holidays were lovely. You still owe the June fee for the rowing club.",
            "en",
            "collections",
            "We're sure",
        ),
        # reader-lapse (chose not to reply) next to a repeat and the told-you-so
        (
            "Recibió tres avisos sobre la factura del gas y eligió no contestar. Esta vez no podrá decir que no se le avisó.",
            "es",
            "collections",
            "Esta vez",
        ),
        # no-surprise next to the lapse in the sentence before
        (
            "Llevas tres semanas sin abrir la app de ejercicios. Ya sabemos cómo suelen acabar estos descansos.",
            "es",
            "service",
            "Ya sabemos cómo suelen acabar estos",
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
        # a repeat of ours next to a recommendation
        ("Again this year we're open on Sundays in December. You should try the new winter menu.", "en", "marketing"),
        ("Otra vez este año abrimos los domingos. Deberías probar el nuevo menú de invierno.", "es", "marketing"),
        # a tip, alone
        ("Maybe try adding a pinch of smoked salt to the stew. It's the chef's favourite.", "en", "marketing"),
        ("Quizás podrías intentar regar por la mañana: las plantas lo agradecen.", "es", "service"),
        # the others up to date as news
        ("Todas las familias ya están al día con el nuevo horario del comedor.", "es", "service"),
        ("Everyone else on the rota is already up to date with the new shift times.", "en", "service"),
        # the same said of the weather, not of a bill
        ("Great to see the garden club growing again. Shame the weather isn't helping.", "en", "marketing"),
        # remembering called hard, as product copy with no lapse
        ("Remembering to pay every bill on time must be hard. Our planner does it for you.", "en", "marketing"),
        # nothing owed
        ("We're sure you'll like the new plan. Good news: you still owe nothing after the refund.", "en", "service"),
        ("Seguro que te gusta el plan nuevo. Con el reembolso ya no nos debes nada.", "es", "service"),
        # how stories end, with no lapse
        ("Ya sabemos cómo suelen acabar estas historias: con aplausos en nuestro teatro.", "es", "marketing"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert texts(registry, body, locale, category) == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("The $90 for the hire is overdue. We know where your shop is; settle it today.", "en", "We know where your shop is"),
        ("Sabemos dónde está su taller, así que pague hoy los 900 pesos.", "es", "Sabemos dónde está su taller"),
    ],
)
def test_knowing_where_the_readers_business_is_is_a_threat(registry: Registry, body: str, locale: str, span: str) -> None:
    assert any(span in text for text in texts(registry, body, locale, "collections", rule="TON107"))


def test_knowing_where_a_parcel_is_passes(registry: Registry) -> None:
    body = "Don't worry, we know where your parcel is: it reaches the depot on Monday."
    assert texts(registry, body, "en", "transactional", rule="TON107") == []
    assert texts(registry, body, "en", "transactional") == []
