"""What the blind sets h108 and h109 showed in clarity and compliance (round 70; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR404 (h108, h109; with h98): three different sums of one debt, none of them two others added up; a
  sum in Australian dollars and other ISO codes written before the figure (AUD 120) is read.
- False negative, CLR304 (h108, h109): completing what is left or getting in touch soon with no way named, and the
  request put as the reader's duty («tienes que regularizar») with the hurry anywhere in its sentence.
- False negative, CLR303 (h108, h109): "something" named only by what it will do to the reader, coming with the verb
  first, and the news said to be held back, before a bare link; a call to find out says nothing of the link.
- False negative, CMP208 (h109): free drink for a whole night, day or weekend in a marketing email.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR404, three sums of one debt that do not add up ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Club Náutico Brisa: tu cuota de amarre es de 2.300 €. Para regularizar, abona 2.750 € antes del lunes. Deuda "
         "actual: 1.980 €.", "es-ES", "2.750 €"),
        ("Hi Jo, your pool lane hire is AUD 85. Please settle AUD 60 today to clear your balance of AUD 110.", "en-AU",
         "AUD 60"),
        ("Harbourline Storage: your May rent is NZD 240. Amount owing: NZD 310. Pay at least NZD 150 by Friday.", "en-NZ",
         "NZD 310"),
    ],
)
def test_three_sums_that_do_not_add_up_are_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # a breakdown that adds up: a fee, what was paid, what is left
        ("Club Náutico Brisa: la cuota era de 2.300 €, recibimos 1.800 € y quedan 500 € por pagar antes del lunes.",
         "es-ES", "collections"),
        ("Hi Jo, the lane hire was AUD 85.50 and your club paid AUD 40.25, so AUD 45.25 is left to pay.", "en-AU",
         "collections"),
        # a list of prices with no debt named, and three sums outside collections
        ("Harbourline Storage: the small unit is NZD 150, the large one NZD 310 and the garage NZD 240.", "en-NZ",
         "collections"),
        ("Harbourline Storage: units from NZD 240, NZD 310 and NZD 150 a month are free this week.", "en-NZ", "marketing"),
    ],
)
def test_sums_that_add_up_or_outside_a_debt_pass(registry: Registry, body: str, locale: str, category: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category=category) == []


# --- clarity: CLR304, completing, getting in touch, a duty, with no way named ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Escuela de Vela Ría: antes de tu próxima salida tienes que confirmar tu talla de chaleco.", "es-ES",
         "tienes que confirmar"),
        ("Escuela de Vela Ría: falta la autorización de tu hijo. Por favor, complétala cuanto antes.", "es-MX",
         "complétala cuanto antes"),
        ("Brookmere Riding School: your pony club form is missing a page. Please complete it as soon as you can.", "en-GB",
         "complete it as soon as you can"),
        ("Brookmere Riding School: there is a question about your lesson credit. Please get in touch soon.", "en-AU",
         "get in touch soon"),
    ],
)
def test_a_duty_completing_or_getting_in_touch_with_no_way_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the way is named
        ("Escuela de Vela Ría: antes de tu próxima salida tienes que confirmar tu talla de chaleco en la app.", "es-ES"),
        ("Brookmere Riding School: there is a question about your lesson credit. Please get in touch soon on 01632 960 118.",
         "en-AU"),
        # a duty with a real date, and a duty with no hurry
        ("Escuela de Vela Ría: tienes que confirmar tu talla de chaleco antes del 12 de mayo.", "es-ES"),
        ("Brookmere Riding School: you will need to complete a short form at the stables.", "en-GB"),
    ],
)
def test_a_way_a_real_date_or_no_hurry_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR303, something named by its effect, news held back, a call to find out ----------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Teatro Alcor: preparamos algo que te va a sorprender. https://alcor.example/t", "es-ES", "https://alcor.example/t"),
        ("Teatro Alcor: se acerca algo grande. No te contamos más por ahora. https://alcor.example/s", "es-MX",
         "https://alcor.example/s"),
        ("Teatro Alcor: hay algo nuevo que te va a encantar. Descúbrelo aquí: https://alcor.example/d", "es-AR",
         "https://alcor.example/d"),
        ("Wrenfield Theatre: we have something you'll love. Find out here: https://wrenfield.example/f", "en-GB",
         "https://wrenfield.example/f"),
        ("Wrenfield Theatre: a big night is coming. We're not saying more yet. https://wrenfield.example/n", "en-AU",
         "https://wrenfield.example/n"),
    ],
)
def test_something_named_by_its_effect_or_news_held_back_leaves_the_link_bare(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the thing is named after all
        ("Teatro Alcor: tenemos algo que te va a encantar: la temporada de zarzuela, del 3 al 20 de mayo. Entradas en "
         "https://alcor.example/t", "es-ES"),
        ("Wrenfield Theatre: we have something you'll love: a late jazz night every Friday in May. Book at "
         "https://wrenfield.example/j", "en-GB"),
        # a call to find out after real news
        ("Teatro Alcor: la función del sábado pasa a las 21:00 por la lluvia. Entérate aquí: https://alcor.example/s",
         "es-ES"),
    ],
)
def test_a_named_thing_or_real_news_describes_the_link(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == []


# --- compliance: CMP208, free drink for a whole night, day or weekend in an email ------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, Marta:\n\nRenueva tu plaza de camping antes del lunes y tendrás copas gratis en el chiringuito toda la "
         "noche del sábado.\n\nRenueva en https://pinar.example/renovar", "es-ES",
         "copas gratis en el chiringuito toda la noche"),
        ("Hi Owen,\n\nRenew your berth before Monday and enjoy free craft beers at the marina bar all weekend.\n\n"
         "Renew at https://marina.example/renew", "en-AU", "free craft beers at the marina bar all weekend"),
    ],
)
def test_free_drink_for_a_whole_night_or_weekend_is_flagged(registry: Registry, body: str, locale: str, span: str) -> None:
    found = spans(registry, "CMP208", body=body, locale=locale, channel="email", category="marketing", subject="Renueva")
    assert found == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola, Marta:\n\nRenueva tu plaza antes del lunes y tendrás helados gratis en el chiringuito toda la noche del "
         "sábado.\n\nRenueva en https://pinar.example/renovar", "es-ES"),
        ("Hi Owen,\n\nRenew your berth before Monday: a free glass of wine with dinner, and the marina bar is open all "
         "weekend.\n\nRenew at https://marina.example/renew", "en-AU"),
    ],
)
def test_a_free_glass_with_a_meal_or_a_free_treat_passes(registry: Registry, body: str, locale: str) -> None:
    found = spans(registry, "CMP208", body=body, locale=locale, channel="email", category="marketing", subject="Renueva")
    assert found == []


# --- clarity: CLR503, two codes of letters alone (round 70 lead decision) ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Club Saque: el torneo de dobles se juega en RR y pide un nivel NTRP de 3.5 como mínimo.", "es-MX", "RR"),
        ("Teatro Alba: esta noche la función va sin foso; el DM adelanta la llamada de FOH a las 19:00.", "es-ES", "DM"),
        ("Harbour Lights Theatre: tonight's show runs without the pit; the MD has moved the FOH call to 7 pm.", "en-GB", "MD"),
        ("Riverside Tennis: the doubles night is played RR and needs a UTR of 5 or more.", "en-US", "RR"),
    ],
)
def test_two_codes_of_letters_alone_are_unexplained_abbreviations(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # one code alone: a name the lists may lack
        ("Club Saque: el torneo de dobles pide un nivel NTRP de 3.5 como mínimo.", "es-MX"),
        ("Riverside Tennis: the doubles night needs a UTR of 5 or more.", "en-US"),
        # two codes, one with a digit: a model or a part, which still needs a third
        ("Taller Brisa: el ajuste del motor F7 y del kit TKD queda listo el jueves.", "es-ES"),
        ("Brisa Garage: the F7 engine and the TKD kit are ready on Thursday.", "en-GB"),
        # two codes, one hyphenated: a contract or product reference
        ("Hola, Ana: su contrato LTU-EDU presenta DPD 32. Oficina Sur, Neiva.", "es-CO"),
        ("Hi Ana, your LTU-EDU plan shows DPD 32 at the south office.", "en-GB"),
        # known acronyms do not count
        ("Hola, Ana: tu PIN y el IVA de la factura están en la app.", "es-ES"),
        ("Hi Ana, your PIN and the VAT on the bill are in the app.", "en-GB"),
    ],
)
def test_one_code_or_two_with_a_digit_or_a_hyphen_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR503", body=body, locale=locale, category="service") == []
