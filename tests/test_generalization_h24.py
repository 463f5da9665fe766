"""What the twenty-fourth blind set (h24) showed over- and under-firing in clarity, language and compliance, as classes
of message (the tone classes are another helper's).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: words derived by a productive rule from a known or attested word (the practitioner of a
  science, "-óloga" from "-ología", "-ologist" from "-ology"; English "re-" before a known verb; an "-er" noun of a
  known word in a hyphenated compound).
- False positive, CMP101: the opt-out instruction in SMS-speak ("resp BAJA", "pa no recibir").
- False positive, CLR301: an English imperative before a bare noun whose clause names where to act ("in the app").
- False negative, CMP409: a secret asked for by reply with words before it ("your current gate PIN", "tu nueva clave").
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- language: LNG101 false positives --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # The practitioner of a science whose name the lists know.
        ("La dermatóloga de guardia le atiende el martes a las 9:00.", "es-ES", []),
        ("Your audiologist will call you on Monday to book the fitting.", "en-GB", []),
        # "re-" before a known English verb, and an "-er" noun of a known word in a hyphenated compound.
        ("We will regrout the shower tray and repaint the ceiling on Thursday.", "en-US", []),
        ("Our two-wheelers are back on the rack by the station.", "en-GB", []),
        # Traps: a misspelt base stays reported, in the prefix and in the practice.
        ("We will recieve the parts on Thursday.", "en-US", ["recieve"]),
        ("We will relase the frame on Thursday.", "en-US", ["relase"]),
        # "re" + a frequent word that is no verb ("knowned" is unknown): a misspelling of "renown", still reported.
        ("Thanks for your reknown patience with the frame.", "en-US", ["reknown"]),
        ("We will reslot your fitting on Thursday.", "en-US", []),
        ("La dermatologa de guardia le atiende el martes.", "es-ES", ["dermatologa"]),
        ("Our two-wheelerz are back on the rack.", "en-GB", ["two-wheelerz"]),
    ],
)
def test_derived_words_pass_and_misspellings_stay(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="transactional") == flagged


# --- compliance: CMP101 false positive -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Sabor Norteño: hoy 3x2 en gorditas, ven x las tuyas. Resp SALIR pa no recibir +", 0),
        (
            "Sabor Norteño: hoy 3x2 en gorditas. Ven antes de las 9. Pa dejar de recibir mensajes, responde NO.",
            0,
        ),
        # Trap: "pa" that is not about receiving messages is no opt-out.
        ("Sabor Norteño: hoy 3x2 en gorditas pa llevar. Ven antes de las 9.", 1),
    ],
)
def test_sms_speak_opt_out_counts(registry: Registry, body: str, flagged: int) -> None:
    found = finding_texts(registry, "CMP101", body=body, locale="es-MX", category="marketing", channel="sms")
    assert found == [""] * flagged


# --- clarity: CLR301 false positive ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Fresh in: hand-dyed silk scarves from Kyoto. Browse colours and sizes on our website.", 0),
        ("Fresh in: hand-dyed silk scarves from Kyoto. See prices in the app.", 0),
        # Traps: a participle is a statement, and a place that is no app or site is no where-to-act.
        ("Fresh in: hand-dyed silk scarves from Kyoto. Orders placed in the app ship Monday.", 1),
        ("Fresh in: hand-dyed silk scarves from Kyoto. See colours in the sunlight.", 1),
    ],
)
def test_imperative_with_where_to_act_is_a_call_to_action(
    registry: Registry, body: str, flagged: int
) -> None:
    found = finding_texts(registry, "CLR301", body=body, locale="en-US", category="marketing", channel="push")
    assert found == [""] * flagged


# --- compliance: CMP409 false negative -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "We are upgrading the locker system. Reply to this text with your old locker PIN so we can move it.",
            "en-AU",
            ["Reply to this text with your old locker PIN"],
        ),
        (
            "Cambiamos de sistema. Respóndenos con tu nueva clave para activar tu perfil.",
            "es-CL",
            ["Respóndenos con tu nueva clave"],
        ),
        # Traps: modifiers before what is no secret, and a warning that is not a request.
        ("Reply with your current postal address so we can send the new fob.", "en-AU", []),
        ("Never reply with your new PIN to anyone.", "en-AU", []),
        ("Respóndenos con tu nueva dirección para enviarte la llave.", "es-CL", []),
    ],
)
def test_secret_with_modifiers_requested_by_reply(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    found = finding_texts(registry, "CMP409", body=body, locale=locale, category="service")
    assert [text.strip(" .") for text in found] == flagged
