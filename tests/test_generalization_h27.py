"""What the twenty-seventh blind set (h27) showed over-firing in language, as classes of word (the tone classes are
another helper's).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: an inflected form of spaCy's Spanish lemma table that Hunspell lacks ("debitó", "escaneos":
  corpora/es/inflected-words.txt, tools/gen_attested_words.py); one party of a legal pair whose other party the
  dictionary knows ("pledgor": pledgee); a clipped word amid shorthand ("Cualq"); "sour" and "kermés" by the word list.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- language: LNG101, inflected forms of the lemma table -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # Forms of verbs and nouns the table conjugates and Hunspell lacks.
        ("El banco te debitará la cuota el lunes 3 de mayo.", "es-AR", []),
        ("Estamos desmalezando el jardín de la sede esta semana.", "es-CL", []),
        # Traps: a form written without its accent, a voseo form outside the voseo locales, an English plural, a typo.
        ("Ya podras pagar tu cuota en la app.", "es-MX", ["podras"]),
        ("Contestanos a este mensaje con tu número de pedido.", "es-MX", ["Contestanos"]),
        ("Revisa tus boxes antes del viernes.", "es-ES", ["boxes"]),
        ("El banco te devitará la cuota el lunes.", "es-ES", ["devitará"]),
    ],
)
def test_inflected_forms_of_the_lemma_table_are_words(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="service") == flagged


# --- language: LNG101, the two parties of a legal act ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The payor named in the agreement must sign the release form.", []),
        ("Each donee receives a copy of the gift deed.", []),
        # Traps: a typo in -or or -ee has no known counterpart (no "managee", no "gurantor").
        ("Our managor will call you on Monday.", ["managor"]),
        ("Every item carries a gurantee of two years.", ["gurantee"]),
    ],
)
def test_a_legal_party_whose_counterpart_is_known_is_a_word(
    registry: Registry, body: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale="en-US", category="service") == flagged


# --- language: LNG101, a clipped word amid shorthand ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Tu bici está lista, pasa xfa mñn tmb. Observ en el recibo.", "es-MX", []),
        ("pls cnfrm ur deliv slot 4 tmrw", "en-GB", []),
        # Traps: the same clipped words in plain prose are still reported (CLR503 and CLR501 have nothing to judge).
        ("Tu bici está lista para recoger. Observ en el recibo.", "es-MX", ["Observ"]),
        ("Please confirm your deliv slot for tomorrow.", "en-GB", ["deliv"]),
    ],
)
def test_clipped_words_amid_shorthand_are_clarity_findings(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="service") == flagged


# --- language: LNG101, the word list ---------------------------------------------------------------------------------


def test_drink_and_fair_names_from_the_word_list(registry: Registry) -> None:
    body = "El sábado hay kermés en la plaza y un whisky sour de bienvenida."
    assert finding_texts(registry, "LNG101", body=body, locale="es-PE", category="service") == []
    # Trap: another English word in a Spanish message is still reported.
    body = "El sábado hay kermés en la plaza y un drink sweet de bienvenida."
    assert finding_texts(registry, "LNG101", body=body, locale="es-PE", category="service") == [
        "drink",
        "sweet",
    ]
