"""What the blind sets h32 and h33 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: a Spanish graphic adaptation of an English loanword ("póker", "bungaló", "ferri"); a Spanish
  learned compound on a final element ("ludoteca", "logoaudiometría"); an English compound the dictionary lists
  hyphenated, written closed ("layby"); a word clipped with an apostrophe ("req'd"); "jeans" (word list).
- False negative, LNG102: a plural verb of state before a singular adjective in -ble ("están disponible"); "their"
  after "be" before a preposition of time ("will be their from 8am"); a modal before "brings" and other -s forms.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- LNG101: Spanish adaptations of English loanwords -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Esta noche hay torneo de póker en el club y mañana sale el ferri a las nueve.", []),
        ("Te esperamos en el bungaló doce; el pódcast del viaje ya está en la app.", []),
        ("Llévate unos jeans de regalo con tu compra.", []),
        # Traps: a Spanish word with a misplaced accent, an English word left untranslated, a plain typo.
        ("El hotél abre a las nueve y la piscina a las diez.", ["hotél"]),
        ("Tu pedido llega mañana, please confirma la dirección.", ["please"]),
        ("Tu pedido llega mañana, confrima la dirección.", ["confrima"]),
    ],
)
def test_spanish_adaptation_of_an_english_loanword(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "LNG101", body=body, locale="es-ES", category="service")
    assert texts == flagged


# --- LNG101: Spanish learned compounds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("La nueva ludoteca del barrio abre los sábados por la tarde.", []),
        ("Tu cita de logoaudiometría es el martes a las diez.", []),
        # Traps: two everyday words run together; a typo of a known word in -teca.
        ("Queda pocotiempo para reservar tu plaza.", ["pocotiempo"]),
        ("La bibloteca cierra a las ocho.", ["bibloteca"]),
    ],
)
def test_spanish_learned_compound(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "LNG101", body=body, locale="es-ES", category="service")
    assert texts == flagged


# --- LNG101: English closed compounds and clipped words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Your layby on the green armchair has two payments left.", []),
        ("Signature req'd on delivery; the parts were rec'd yesterday.", []),
        # Traps: two words run together that the dictionary lists as no hyphenated entry; a misplaced apostrophe.
        ("We have alot of armchairs in store this week.", ["alot"]),
        ("We did'nt get your payment this week.", ["did'nt"]),
    ],
)
def test_english_closed_compound_and_clipped_word(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "LNG101", body=body, locale="en-AU", category="service")
    assert texts == flagged


# --- LNG102: agreement and confusions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Los bonos del gimnasio ya están disponible en recepción.", ["disponible"]),
        ("Las cuotas de marzo quedan reembolsable hasta el viernes.", ["reembolsable"]),
        # Traps: the plural adjective; a singular subject; "doble" as an adverb.
        ("Los bonos del gimnasio ya están disponibles en recepción.", []),
        ("El bono del gimnasio ya está disponible en recepción.", []),
        ("En agosto las tarifas son doble que en mayo.", []),
    ],
)
def test_plural_verb_of_state_before_a_singular_able_adjective(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "LNG102", body=body, locale="es-ES", category="service")
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The fitters will be their from 7am, so please clear the hallway.", ["their"]),
        ("Our driver is their by noon most days.", ["their"]),
        # Traps: the possessive before its noun.
        ("It will be their first lesson, so please be their guide.", []),
        ("The fitters will be there from 7am.", []),
    ],
)
def test_their_after_be_before_a_preposition_of_time(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "LNG102", body=body, locale="en-GB", category="service")
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Every pupil can brings a packed lunch on the trip.", ["brings"]),
        ("Parents should joins us at the gate at 3pm.", ["joins"]),
        # Traps: the bare verb; "can" as a noun after a determiner.
        ("Every pupil can bring a packed lunch on the trip.", []),
        ("Each can holds enough paint for one wall.", []),
    ],
)
def test_modal_before_an_s_form(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "LNG102", body=body, locale="en-GB", category="service")
    assert texts == flagged
