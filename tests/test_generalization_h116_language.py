"""What the blind sets h116 and h117 showed in the language family, as classes of wording (the tone, clarity and
compliance classes are other helpers'; the other language misses of this pair are left, see the rows).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at. All are LNG102 (confused-words) entries: the words are real, so
the dictionary passes them, and only their place tells the error.

- Spanish words without their accent, told by what stands next to them: "aun" before "esta/estas/estan" and what shows
  the verb (aún está); "estas" after a clause opener before "a" or "en" (estás); "ultima" after a determiner (última);
  an adjective spelled like a verb form after a copula ("es valida": válida); "echa/echas" after a verb of state
  (hecha); "por que" before a clitic and its verb (porque); an imperative with its pronoun written apart before a
  preposition ("Cambia lo en": cámbialo). Traps: "aun esta semana" (even), "llévate estas a mitad de precio" (the
  pronoun), "la empresa valida", "ya echa humo", "no sé por qué se fue", "Para la entrega".
- English: "you're" after an imperative that takes a thing ("Renew you're pass"); "to" before an adjective of age or
  weight after "now" ("now to old"); "has effected" before any bare noun; "its no" and a word; "we no this";
  "wen you"; "todays/tonights" before a noun; a plural with "'s" before "are/were/have"; "weather that works";
  "keep there distance"; a plural head opening its clause before "is" and a price. Traps: "Check you're signed in", "the plan is to fast", "has effected a change",
  "its no-claims bonus", "I no longer", "tonights are", "something's come up", "my brother's are", "keep there until",
  "the fee for planters is", "your 3 nights is".
- False positive, LNG101: a word of five letters or fewer with no known word one edit away is far and reported at info
  ("bajra", "sabzi"), however many frequent words stand two edits away; a word one edit from a known one ("tabel",
  "mesaa") and a longer word two edits from a frequent one ("speshal") keep their warning.
"""

from __future__ import annotations

from functools import partial

import pytest
from conftest import AT_WARNING, flagged_texts, rule_findings

from sendlint.registry import Registry

_found = partial(flagged_texts, channel="sms", severities=AT_WARNING)


# --- Spanish: words without their accent, and words apart, read by their neighbours ---------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Óptica Sol: tus lentes aun estan en el taller; te avisamos al terminar.", "aun"),
        ("Club Remo: la cuota de mayo aun esta pendiente; págala en la app.", "aun"),
        ("Club Remo: si estas a punto de renovar, escríbenos antes del lunes.", "estas"),
        ("Academia Norte: ya no estas en la lista de espera, tienes plaza.", "estas"),
        ("Vivero Sur: en la ultima visita dejamos abono para el limonero.", "ultima"),
        ("Teatro Luna: la entrada es valida para dos personas.", "valida"),
        ("Teatro Luna: el bono sigue valido hasta junio.", "valido"),
        ("Sastrería Sur: la chaqueta ya está echa; pasa a probártela.", "echa"),
        ("Imprenta Río: lleva el recibo, por que te lo pedirán en caja.", "por que"),
        ("Mudanzas Norte: ¿Tienes una caja de más? Deja la en la portería.", "Deja la"),
    ],
)
def test_a_spanish_word_read_wrong_by_its_neighbours_flags(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "es-ES", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        # "aun" (even) before a demonstrative and its noun; "estas" as a pronoun or a demonstrative.
        "Tienda Sol: aun esta semana hay descuentos en mantas.",
        "Tienda Sol: llévate estas a mitad de precio hasta el domingo.",
        "Club Remo: a estas alturas ya tienes plaza.",
        # "valida" and "echa" as verbs; "por qué" asked; a clause opener before an article.
        "Banco Río: la app valida tu firma en segundos.",
        "Taller Sur: si el motor ya echa humo, apágalo.",
        "Banco Río: no sabemos por que se canceló el envío.",
        "Mudanzas Norte: Para la entrega, deja la caja en la portería.",
        "Vivero Sur: en la última visita dejamos abono; la entrada es válida.",
    ],
)
def test_the_same_words_in_their_right_places_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "es-ES", "LNG102") == []


# --- English: real words read wrong by their neighbours ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Leisure Centre: your pass ends Friday. Renew you're pass at the front desk.", "you're"),
        ("Harbour Tours: the lambs are now to old for the petting pen.", "to"),
        ("Water Board: the storm has effected pressure on your street.", "effected"),
        ("Bike Hire: return it whenever suits, its no bother.", "its"),
        ("Gym: we no it has been a long week, so classes start later.", "no"),
        ("Bakery: call in wen you can and we'll keep a loaf aside.", "wen"),
        ("Choir: tonights rehearsal moves to the church hall.", "tonights"),
        ("Library: the spare laptop's are ready to borrow.", "laptop's"),
        ("Dentist: let us know weather this suits you.", "weather"),
        ("Riding School: ponies keep there balance on the wet track.", "there"),
        ("Garden Centre: spring is here. Our large clay planters is £25 this week.", "is"),
    ],
)
def test_an_english_word_read_wrong_by_its_neighbours_flags(registry: Registry, body: str, word: str) -> None:
    assert word in _found(registry, body, "en-GB", "LNG102")


@pytest.mark.parametrize(
    "body",
    [
        "Leisure Centre: check you're signed in before the class. Renew your pass at the desk.",
        "Community Hall: the plan is to fast until sunset and eat together.",
        "Water Board: we have effected a change to your direct debit.",
        "Insurer: the policy keeps its no-claims bonus.",
        "Gym: I no longer run the Monday class.",
        "Choir: tonight's rehearsal moves to the hall; Sunday's is as usual.",
        "Clinic: if something's come up, reply here.",
        "Dentist: let us know whether this suits you; check the weather first.",
        "Riding School: ponies keep their balance; we keep there until noon.",
        "Box Office: my tickets are here and my brother's are at the desk.",
        "Garden Centre: the fee for planters is £5. Your 3 nights is $300 in all.",
    ],
)
def test_the_right_words_in_the_same_places_pass(registry: Registry, body: str) -> None:
    assert rule_findings(registry, body, "en-GB", "LNG102") == []


# --- LNG101: a short unknown word with no known word one edit away is far (info) -----------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Spice Route: our flatbreads are made with bajra flour.", "en-GB", "bajra"),
        ("Spice Route: the jowar loaf is back this week.", "en-GB", "jowar"),
        ("Ruta Especia: el menú del jueves trae sabzi de temporada.", "es-ES", "sabzi"),
        ("Ruta Especia: el postre del viernes es papdi con yogur.", "es-ES", "papdi"),
    ],
)
def test_a_short_word_only_two_edits_from_known_words_is_info(registry: Registry, body: str, locale: str, word: str) -> None:
    assert rule_findings(registry, body, locale, "LNG101") == [(word, "info")]


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        # One edit from a known word (a swap included): a typo, whatever its length.
        ("Spice Route: your tabel is booked for Friday.", "en-GB", "tabel"),
        ("Ruta Especia: tu mesaa está reservada para el viernes.", "es-ES", "mesaa"),
        # Past five letters, a frequent word two edits away still makes it typo-shaped.
        ("Spice Route: thank you for being so speshal to us.", "en-GB", "speshal"),
    ],
)
def test_a_typo_shaped_or_longer_word_keeps_its_warning(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word in _found(registry, body, locale, "LNG101")
