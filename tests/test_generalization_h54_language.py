"""What the blind sets h54 and h55 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: a correct rare word (a trade, food or regional word) has no known word within two edits,
  while a typo has one: the field's one such word is reported at info, below the gateway's threshold. A word the other
  language knows (an untranslated word) and a second such word in the field (an untranslated sentence) stay warnings.
- False negative, LNG102: (es) "ves" for "vez", "vallamos" for "vayamos", a plural verb of state before a singular
  adjective ("siguen pendiente"), a masculine plural determiner before a feminine adjective and noun, causal "por que"
  before a subject with its "de" complement. (en) "each + noun + bare verb", "we/they has", "to" for "too", "effected"
  for "affected", "form" for "from", "hear" for "here", "their" for "they're" before a place, "there" for "their" after
  a discount, a contraction before a noun and its verb ("you're bike is"), a service noun in 's before a plural verb.
"""

from __future__ import annotations

import pytest
from conftest import rule_findings as _found

from sendlint.registry import Registry

# --- LNG101: a rare word with no near neighbour is reported at info ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Forge Lane: your new scramasax has been honed and oiled; collect it any weekday.", "en-GB", "scramasax"),
        ("Taller Luz: tu ambrotipo ya está barnizado; pasa a buscarlo cuando quieras.", "es-ES", "ambrotipo"),
    ],
)
def test_a_rare_word_far_from_every_known_word_is_info(registry: Registry, body: str, locale: str, word: str) -> None:
    assert (word, "info") in _found(registry, body, locale, "LNG101")


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        # Typos: one or two edits (or an accent) from the word meant.
        ("Forge Lane: we recieved your knife and will call you after lunch.", "en-GB", "recieved"),
        ("Forge Lane: we will definately call you when it is ready.", "en-GB", "definately"),
        ("Taller Fragua: tu cuchillo estará listo el miercoles por la tarde.", "es-ES", "miercoles"),
        ("Taller Fragua: te lo entregamos mañana sin falta, nesesitas traer el ticket.", "es-ES", "nesesitas"),
        # An untranslated word: the other language's dictionary knows it.
        ("Taller Fragua: tu refund ya está aprobado; lo verás en tu cuenta el lunes.", "es-ES", "refund"),
        ("Forge Lane: thanks for your order; tu cuchillo is ready at the counter.", "en-GB", "cuchillo"),
    ],
)
def test_a_typo_or_an_untranslated_word_stays_a_warning(registry: Registry, body: str, locale: str, word: str) -> None:
    assert (word, "warning") in _found(registry, body, locale, "LNG101")


def test_two_far_words_in_a_field_are_an_untranslated_sentence(registry: Registry) -> None:
    found = _found(registry, "Forge Lane: Habari yako, karibuni sana dukani letu leo.", "en-KE", "LNG101")
    assert found and all(severity == "warning" for _, severity in found)


# --- LNG102: false negatives ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ("Óptica Mar: te esperamos otra ves el jueves para ajustar las gafas.", "ves"),
        ("Óptica Mar: tal ves prefieras pasar por la tarde, hay menos cola.", "ves"),
        ("Club Brisa: si el mar está en calma, vallamos hasta la isla en kayak.", "vallamos"),
        ("Colegio Pinar: las cuotas de junio y julio continúan pendiente de pago.", "pendiente"),
        ("Club Brisa: las plazas del curso de verano quedan disponible hasta el viernes.", "disponible"),
        ("Club Brisa: ya llegaron los nuevas tablas de remo a la tienda.", "los nuevas tablas"),
        ("Club Brisa: te llamamos por que tu cuota de junio sigue sin pagar.", "por que"),
    ],
)
def test_es_real_word_errors(registry: Registry, body: str, wrong: str) -> None:
    assert wrong in [text for text, _ in _found(registry, body, "es-ES", "LNG102")]


@pytest.mark.parametrize(
    "body",
    [
        "Óptica Mar: ¿ves bien de lejos? Pide cita otra vez cuando quieras.",
        "Óptica Mar: esta vez te regalamos el estuche. Lo que ves en la web está en tienda.",
        "Finca Sur: este mes vallamos el huerto nuevo; la entrada por el norte queda cerrada.",
        "Colegio Pinar: las cuotas de junio siguen pendientes de pago; la de julio está pendiente.",
        "Club Brisa: ya llegaron las nuevas tablas y los nuevos remos a la tienda.",
        "Club Brisa: no sabemos por qué tu cuota de junio sigue sin pagar.",
    ],
)
def test_es_near_misses_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "es-ES", "LNG102") == []


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        ("Pottery studio: each workshop include clay, glazes and two firings.", "include"),
        ("Harbour Gas: we has credited the overpayment to your next bill.", "has"),
        ("Harbour Gas: if the full amount is to much right now, reply and we can split it.", "to"),
        ("Harbour Gas: the storm has effected supply in the northern suburbs.", "effected"),
        ("Pottery studio: the glaze room is open form your next session onwards.", "form"),
        ("Record shop: the signed pressings are here at last, and the posters are back hear.", "hear"),
        ("Record shop: we kept your order aside. Their at the counter with your name on them.", "Their"),
        ("Cinema Club: members get 15% off there drinks all weekend.", "there"),
        ("Bike Barn: you're bike is serviced and ready to collect.", "you're"),
        ("Bike Barn: the frame is fine but it's chain needs replacing.", "it's"),
        ("Pottery studio: the kiln is being repaired. Session's resume next Friday.", "Session's"),
        ("Bike Barn: you're receipt for the new tyres is attached.", "you're"),
    ],
)
def test_en_real_word_errors(registry: Registry, body: str, wrong: str) -> None:
    assert wrong in [text for text, _ in _found(registry, body, "en-GB", "LNG102")]


@pytest.mark.parametrize(
    "body",
    [
        "Pottery studio: each workshop includes clay; every cover charge is waived for members.",
        "Harbour Gas: a big thank you has gone to our crews; they have restored supply.",
        "Harbour Gas: reply to much of this survey and win a voucher.",
        "Harbour Gas: we have effected the transfer you asked for.",
        "Pottery studio: please fill in the form your tutor gave you.",
        "Record shop: we'd love to hear. Come and hear the new pressings.",
        "Record shop: their staff will help you; their shop is in the arcade.",
        "Bike Barn: what you're owed is on the statement; whatever it's called is fine by us.",
        "Pottery studio: the session's start time moved to 7pm.",
    ],
)
def test_en_near_misses_pass(registry: Registry, body: str) -> None:
    assert _found(registry, body, "en-GB", "LNG102") == []


def test_a_run_of_letters_too_long_for_a_word_stays_a_warning_and_is_cheap() -> None:
    # The near-word test builds every one-edit variant of a word; on a 100,000-letter body that was O(n²) memory.
    from sendlint.families.language import MAIN_DICTIONARY, ChainSpeller, _no_near_word

    speller = ChainSpeller(MAIN_DICTIONARY["es"], "es", None)
    assert _no_near_word("qzx" * 20_000, speller) is False
    assert _no_near_word("yanagiba", speller) is True
