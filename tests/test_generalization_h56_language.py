"""What the blind sets h56 and h57 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: Spanish words of the web between Zipf 1.0 and 1.25 that Hunspell lacks are attested
  (tools/gen_attested_words.py, the Spanish threshold measured in round 44); trade words by field (glass, mosaic,
  hats, alpacas, jazz, cactus genera, conservation); Mexican words of the DLE; "border collie" as a phrase.
- False negative, LNG101: a misspelt verb in -ise that splits into a word and "ise" is no closed compound ("recon" +
  "ise" for "recognise").
- False negative, LNG102: (es) "ay" for "ahí" after a comma before "estamos"; (en) "are" for "our" before the sender's
  place, "your" for "you're" before an -ing verb and "late/behind", "you're" before a plural noun and its plural verb,
  "excepted" for "accepted" after a passive auxiliary, "as planed", "do to" before a cause, and a one-time credential
  with a bare "expire", "Well" for "We'll" opening a sentence, "there" for "they're" after a clause break.
"""

from __future__ import annotations

import pytest
from conftest import rule_findings as _found

from sendlint.registry import Registry

# --- LNG101: rare correct words -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        ("Sombrerería Norte: tu fedora gris ya tiene la cinta nueva; pásate por ella.", "es-CL", "fedora"),
        ("Vidrios Lago: las murrinas del colgante ya están fundidas; lo enfriamos esta noche.", "es-AR", "murrinas"),
        ("Criadero Sur: el vellón de tus alpacas suri ya está esquilado y embolsado.", "es-PE", "suri"),
        ("Vivero Seco: llegaron las haworthias que reservaste; te las guardamos una semana.", "es-ES", "haworthias"),
        ("Panadería Sol: la tortillería de la esquina abre el domingo a las siete.", "es-MX", "tortillería"),
        ("Perros del Valle: la clase de tus border collies pasa al jueves.", "es-ES", "border"),
        ("Studio Tessera: the gold smalti for your panel arrived; we start setting on Monday.", "en-GB", "smalti"),
        ("Frame & Fix: the inpainting on your landscape is done; the varnish goes on next week.", "en-US", "inpainting"),
        ("CoolAir: your aircon service is booked for Friday morning.", "en-SG", "aircon"),
    ],
)
def test_a_correct_trade_or_regional_word_is_not_reported(registry: Registry, body: str, locale: str, word: str) -> None:
    assert word not in [text for text, _ in _found(registry, body, locale, "LNG101")]


@pytest.mark.parametrize(
    ("body", "locale", "word"),
    [
        # "border" outside the breed's name is an English word in a Spanish message.
        ("Marcos Río: el border del marco llegó rayado; te enviamos otro.", "es-ES", "border"),
        ("Vidrios Lago: tu pedido esta lito para recojer mañana.", "es-ES", "recojer"),
        ("Studio Tessera: we will recieve the tiles on Monday.", "en-GB", "recieve"),
        ("Kiosk Bank: if you do not reconise this payment, call us.", "en-GB", "reconise"),
        ("Kiosk Bank: we will organise a callback; please recognize the number.", "en-GB", None),
    ],
)
def test_a_typo_or_a_stray_word_is_still_reported(registry: Registry, body: str, locale: str, word: str | None) -> None:
    found = [text for text, severity in _found(registry, body, locale, "LNG101") if severity == "warning"]
    assert (word in found) if word else not found


# --- LNG102 ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "match"),
    [
        ("Ferretería Mar: si te falta una pieza, ay estamos hasta las ocho.", "es-ES", "ay"),
        ("Harbour Tailors: drop the jacket at are shop on Quay Street.", "en-GB", "are"),
        ("Harbour Tailors: text us if your running behind and we will hold the slot.", "en-GB", "your"),
        ("Northline Energy: you're readings stay the same until the next visit.", "en-GB", "you're"),
        ("Skyway Air: your refund claim has been excepted and will be paid this week.", "en-GB", "excepted"),
        ("Harbour Tailors: the fitting goes ahead on Tuesday as planed.", "en-GB", "planed"),
        ("Harbour Tailors: the shop shuts early today do to the storm.", "en-GB", "do to"),
        ("Kiosk Bank: your one-time passcode is 4410. The passcode expire in 5 minutes.", "en-GB", "expire"),
        ("Harbour Tailors: the hem needs a day more. Well text you when it is done.", "en-GB", "Well"),
        ("Harbour Tailors: your trousers are pressed, there waiting on the rail by the till.", "en-GB", "there"),
    ],
)
def test_a_confused_word_in_its_context_is_reported(registry: Registry, body: str, locale: str, match: str) -> None:
    assert match in [text for text, _ in _found(registry, body, locale, "LNG102")]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Ferretería Mar: ¡ay, estamos de aniversario! Pásate a por tu regalo.", "es-ES"),
        ("Harbour Tailors: our shop and studio are open until six.", "en-GB"),
        ("Harbour Tailors: your running shorts are hemmed and ready.", "en-GB"),
        ("Northline Energy: you're always welcome to call; our lines are open until eight.", "en-GB"),
        ("Skyway Air: checked bags are excepted from the fare sale.", "en-GB"),
        ("Woodshop: the oak boards were planed and sanded on Friday.", "en-GB"),
        ("Harbour Tailors: tell us what we can do to help.", "en-GB"),
        ("Kiosk Bank: this passcode will expire in 5 minutes.", "en-GB"),
        ("Harbour Tailors: well, text us when you can come in.", "en-GB"),
        ("Harbour Tailors: your trousers are pressed and waiting there on the rail.", "en-GB"),
    ],
)
def test_a_near_miss_of_a_confusion_is_not_reported(registry: Registry, body: str, locale: str) -> None:
    assert _found(registry, body, locale, "LNG102") == []
