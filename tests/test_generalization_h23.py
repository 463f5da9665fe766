"""What the twenty-third blind set (h23) showed over- and under-firing in clarity, language and compliance, as classes
of message (the tone classes are another helper's).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: real words of the language that Hunspell lacks, taken as a class from word frequencies
  (corpora/<lang>/attested-words.txt, tools/gen_attested_words.py) with likely misspellings left out; a hyphenated
  spelling of a closed compound; clipped words ("maint", "diag"); SMS-speak reflexives ("urself") are CLR501's.
- False positive, CMP406: the warning not to share the code with a modal ("no debes revelarlo"), "con nadie" after the
  verb, a subject in the advice to ignore an unrequested code ("si usted no lo solicitó"), SMS-speak ("keep it 2 urself").
- False negative, LNG102 (recall kept when LNG101 stopped firing on real words beside the error): "there/their" for
  "they're" before a feeling and "to"; "va a ver" for "va a haber" after a date, before an organised event; "could of"
  before an irregular participle.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- language: LNG101 false positives --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # Frequent real words Hunspell lacks: passed as a class.
        ("Tu caja de la chocolatería ya está lista para recoger el jueves.", "es-ES", []),
        ("La tallerista del sábado trae el material; solo trae ganas de aprender.", "es-MX", []),
        ("Hoy la pulpería abre hasta las 22:00 y tiene empanadas recién hechas.", "es-CR", []),
        ("Your paddleboard lesson starts at 9:00 at the north jetty.", "en-US", []),
        # A hyphenated spelling of a compound the dictionary writes closed.
        ("Watch out for look-alike parcels at the front desk: yours has a green tag.", "en-US", []),
        # Likely misspellings stay reported, however often the web writes them.
        ("Tu pedido llega mañana, tambien la factura.", "es-ES", ["tambien"]),
        ("Es un producto exelente para el invierno.", "es-MX", ["exelente"]),
        ("You will recieve the tickets by email.", "en-US", ["recieve"]),
        ("Your class moves to tommorow at noon.", "en-GB", ["tommorow"]),
        ("Call us to confir the booking.", "en-US", ["confir"]),
    ],
)
def test_attested_words_pass_and_misspellings_stay(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="transactional") == flagged


def test_clipped_word_is_no_misspelling(registry: Registry) -> None:
    # "diag" is the start of "diagnosis" and no known word with one more letter: a clipping (jargon, clarity's concern).
    assert (
        finding_texts(
            registry,
            "LNG101",
            body="Quick diag of the boiler is booked for Friday.",
            locale="en-US",
            category="service",
        )
        == []
    )


def test_sms_speak_reflexive_is_clarity_not_spelling(registry: Registry) -> None:
    body = "Ur voucher is inside, keep it 4 urself till Friday."
    assert finding_texts(registry, "LNG101", body=body, locale="en-US", category="marketing") == []
    assert "urself" in finding_texts(registry, "CLR501", body=body, locale="en-US", category="marketing")


# --- compliance: CMP406 false positives ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Tu clave temporal es 903 118. No debes revelarla a ningún asesor.", "es-PE", []),
        ("Tu clave temporal es 903 118 y no deves pasarla por chat.", "es-EC", []),
        ("Código 903 118: es para ti, no lo reenvíes; tampoco compartirlo con nadie.", "es-MX", []),
        ("Su código de acceso es 903 118. Si ud. no lo pidió, ignore este SMS.", "es-CO", []),
        ("Gym pass code 7720. Keep it 2 urself pls.", "en-PH", []),
        # Traps: a modal that is no warning, a code with nothing about sharing.
        ("Tu clave temporal es 903 118. Debes usarla antes de las 18:00.", "es-PE", [""]),
        ("Gym pass code 7720. Keep it handy at the door.", "en-PH", [""]),
    ],
)
def test_no_share_warning_in_more_wordings(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert (
        finding_texts(registry, "CMP406", body=body, locale=locale, category="otp", channel="sms") == flagged
    )


# --- language: LNG102 false negatives --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("The guides will meet you at the pier, and there glad to lend life jackets.", "en-AU", ["there"]),
        ("Our volunteers know the trail but their keen to hear your questions.", "en-GB", ["their"]),
        ("We could of drawn the raffle earlier, sorry for the wait.", "en-US", ["of"]),
        ("El viernes 9 va a ver una charla sobre compostaje en el huerto.", "es-CL", ["ver"]),
        ("En marzo va a ver talleres de cerámica para niños.", "es-AR", ["ver"]),
        # Traps: the place adverb set off by a comma, a subject who goes to see, "of" after a noun.
        ("The guides will be there, glad to lend life jackets.", "en-AU", []),
        ("Most of drawn work is done by hand.", "en-US", []),
        ("Tu hija el viernes va a ver una obra de teatro con la escuela.", "es-CL", []),
        ("Camila va a ver talleres de cerámica para su hijo.", "es-AR", []),
    ],
)
def test_real_word_errors_beside_rare_words(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service") == flagged
