"""Lexicon entry options `case` and `after_number`, and the lexicon check's `skip_links` (CLR501 letters)."""

from __future__ import annotations

import pytest
from conftest import make_message

from sendlint.engine import evaluate
from sendlint.errors import FieldError
from sendlint.lexicon import parse_lexicon
from sendlint.registry import Registry


def _sms_speak(registry: Registry, body: str, locale: str) -> list[str]:
    message = make_message(body=body, locale=locale, channel="sms", category="transactional")
    return [body[f.start : f.end] for f in evaluate(message, registry).findings if f.rule == "CLR501"]


@pytest.mark.parametrize(
    ("body", "locale", "expected"),
    [
        ("Tienda Sol: gracias x tu compra, q tengas buen día.", "es-MX", ["x", "q"]),
        ("Gimnasio Pampa: volvió el pase libre x 3 meses.", "es-AR", ["x"]),  # "por 3 meses"
        ("Sun Store: we r open late today, thank u for shopping.", "en-US", ["r", "u"]),
        ("QuickShip: ur parcel arrives today, k?", "en-GB", ["ur", "k"]),
    ],
)
def test_letters_used_as_words_are_sms_speak(registry: Registry, body: str, locale: str, expected: list[str]) -> None:
    assert _sms_speak(registry, body, locale) == expected


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Pizzería Roma: promo 2 x 1 en pizzas medianas todo el martes.", "es-ES"),  # promo notation
        ("Farmacia Central: la vitamina D y el plan D vuelven a estar disponibles.", "es-CO"),  # capital D
        ("Sun Store: Reply C to confirm or R to reschedule.", "en-US"),  # option keys in capitals
        ("Sun Store: your 10 k race pack is ready at the Unit U desk.", "en-AU"),  # after a number; capital U
        ("Banco Andino: tu extracto está en https://bancoandino.com/d/88f2a1 desde hoy.", "es-CO"),  # in a link
        ("Hotel Atlas: your booking is at https://atlashotels.co.uk/r/4471 now.", "en-GB"),
    ],
)
def test_letters_that_are_not_words_here_are_not_sms_speak(registry: Registry, body: str, locale: str) -> None:
    assert _sms_speak(registry, body, locale) == []


def _entry(**options: object) -> dict[str, object]:
    return {"language": "en", "topic": "sms-speak", "entries": [{"term": "u", "category": "abbreviation", **options}]}


def test_entry_options_are_read() -> None:
    (entry,) = parse_lexicon(_entry(case="lower", after_number=False)).entries
    assert (entry.case, entry.after_number) == ("lower", False)
    (default,) = parse_lexicon(_entry()).entries
    assert (default.case, default.after_number) == ("any", True)


@pytest.mark.parametrize(
    ("options", "path"),
    [({"case": "upper"}, ("entries", 0, "case")), ({"after_number": "no"}, ("entries", 0, "after_number"))],
)
def test_bad_entry_options_name_their_path(options: dict[str, object], path: tuple[object, ...]) -> None:
    with pytest.raises(FieldError) as error:
        parse_lexicon(_entry(**options))
    assert error.value.path == path


def _restricted(registry: Registry, body: str, locale: str) -> list[str]:
    message = make_message(body=body, locale=locale, channel="sms", category="marketing", brand="Sun Store")
    return [body[f.start : f.end] for f in evaluate(message, registry).findings if f.rule == "CMP201"]


@pytest.mark.parametrize(
    ("body", "locale", "expected"),
    [
        ("Sun Store: noche de cata, 20% en cada botella de whisky y de vino tinto.", "es-ES", ["whisky", "vino tinto"]),
        ("Sun Store: whiskey tasting night, 20% off every bottle of whiskey.", "en-US", ["whiskey", "whiskey"]),
        ("Sun Store: pollo cocinado en vino tinto y tarta hecha con un toque de whisky.", "es-MX", []),
        ("Sun Store: Christmas puddings made with Irish whiskey are back.", "en-IE", []),
    ],
)
def test_a_drink_is_restricted_content_but_an_ingredient_is_not(registry: Registry, body: str, locale: str, expected: list[str]) -> None:
    assert _restricted(registry, body, locale) == expected


def test_not_after_is_a_list_of_phrases() -> None:
    (entry,) = parse_lexicon(_entry(not_after=["Made with", "cocinado en"])).entries
    assert entry.not_after == ("made with", "cocinado en")  # folded like the view it is compared with
    with pytest.raises(FieldError) as error:
        parse_lexicon(_entry(not_after="made with"))
    assert error.value.path == ("entries", 0, "not_after")
