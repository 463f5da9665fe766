"""Round 25 (h25): the two h25 tone misses TON112 cannot take, fixed by mechanism in their own rules.

Every sentence is new wording (none comes from the evaluation corpora).

- TON301 read an unaccented enclitic imperative ("avisanos") next to a tú verb as the tú imperative
  misspelled, which is right where tú is the norm (es-MX). In a voseo locale (es-AR, es-UY...) it is the
  correct vos form, so next to "puedes" it is a tú/vos mix.
- TON110 (marketing) read "the next 10 minutes" as a countdown, not its Spanish "en los próximos 10
  minutos"; and "they'll be gone in minutes" (stock said to vanish within minutes) was not read at all.
"""

from __future__ import annotations

import pytest
from conftest import fired_tone_patterns

from sendlint.address import mixed_address_in_fields
from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Si quieres cambiar la clase, mandanos un mensaje.", "es-AR", "mandanos"),
        ("Tu abono vence el lunes; si necesitas ayuda, llamanos al 555 0190.", "es-UY", "llamanos"),
    ],
)
def test_ton301_an_unaccented_enclitic_is_vos_in_a_voseo_locale(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert fired_tone_patterns(registry, body, locale, "service", rules=("TON301",)) == [("TON301", span)]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the same wording where tú is the norm: the enclitic is "mándanos" without its accent
        ("Si quieres cambiar la clase, mandanos un mensaje.", "es-MX"),
        # a voseo message throughout, and a tú message with the accent, pass in a voseo locale
        ("Si querés cambiar la clase, mandanos un mensaje.", "es-AR"),
        ("Si quieres cambiar la clase, mándanos un mensaje.", "es-AR"),
    ],
)
def test_ton301_passes_one_form_of_address(registry: Registry, body: str, locale: str) -> None:
    assert fired_tone_patterns(registry, body, locale, "service", rules=("TON301",)) == []


def test_ton301_voseo_locale_is_an_option_of_the_reader() -> None:
    text = "Si puedes, pagala antes del viernes."
    assert mixed_address_in_fields((text,)) is None
    pair = mixed_address_in_fields((text,), voseo_locale=True)
    assert pair is not None
    assert [cue.text for cue in pair] == ["puedes", "pagala"]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Reserva en los próximos 15 minutos y la clase de prueba es gratis.",
            "es",
            "en los próximos 15 minutos",
        ),
        ("Those last tickets will be gone in minutes, so grab yours.", "en", "be gone in minutes"),
    ],
)
def test_ton110_a_countdown_in_minutes(registry: Registry, body: str, locale: str, span: str) -> None:
    assert ("TON110", span) in fired_tone_patterns(registry, body, locale, "marketing", rules=("TON110",))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # a plain time window outside marketing (an OTP, a call back) and a sale that sold out in the past
        ("Tu código es válido en los próximos 5 minutos.", "es", "otp"),
        ("Un asesor te llamará en las próximas 48 horas para la visita.", "es", "marketing"),
        ("Last year the tickets sold out in minutes; this year we have a bigger hall.", "en", "marketing"),
    ],
)
def test_ton110_passes_a_time_window_or_a_past_sell_out(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert fired_tone_patterns(registry, body, locale, category, rules=("TON110",)) == []
