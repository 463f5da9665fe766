"""What the blind sets h72 and h73 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR403 (h72, h73): a place whose name opens with an article ("Los Angeles") was read without it;
  "on" before a day joined the day to the place's name ("Lisbon on Friday"); the reader's own premises in a place
  ("tu restaurante en Madrid"); the phone a call rings, of a place ("your Toronto number"); the maintenance window of
  servers in a place abroad ("our London servers").
- False negative, CLR107 (h73): two relatives and an exception, each set off by commas, in one long sentence.
- False positive, CLR401 (h72): a range of street numbers ("Calle del Arsenal 8-12") is an address, not a date.
- False positive, CLR501 (h73): "TB" after a number is a terabyte, not "también".
- False positive, CMP207 (h72): curing food or a material ("salt-cured anchovies") is no cure claim.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR403, times for a reader or a place on another clock (false negatives) --------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # a place whose name opens with an article, where the reader is
        ("Hi Dana, since you're living in Las Vegas now, your tasting call is on Tuesday at 18:30.", "en-GB", "service", "18:30"),
        ("Hola, Marta: como ahora vives en Los Ángeles, tu clase de guitarra es el martes a las 19:00.", "es-ES", "service", "19:00"),
        # "on" and a day after the place's name
        ("We'll deliver the loom to your studio; you're in Lisbon on Friday, so the fitter comes at 11:00.", "en-US", "service", "11:00"),
        # the reader's own premises in a place
        ("Hornos Rivera: tu horno va camino de tu negocio en Lima y llega el lunes a las 10:00.", "es-ES", "transactional", "10:00"),
        ("Your new espresso machine is on its way to your office in Dubai and arrives on Monday at 09:30.", "en-GB", "transactional", "09:30"),
        # the phone a call rings, of a place
        ("Your fitting call is on Thursday at 16:00; our tailor will ring your Sydney number.", "en-GB", "service", "16:00"),
        # servers in a place abroad, under maintenance
        ("Nubefija: el mantenimiento de nuestros servidores de Fráncfort será el domingo de 01:00 a 03:00.", "es-MX", "alert", "01:00"),
        ("Hostly: maintenance on our Frankfurt servers runs from 23:00 to 01:00 on Saturday.", "en-AU", "alert", "23:00"),
    ],
)
def test_a_time_for_a_reader_or_a_place_on_another_clock(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category=category)[:1] == [span]


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # the article before a word in lower case opens no name; a place at home passes
        ("Los clientes de la tienda de Madrid recogen sus pedidos el martes a las 18:30.", "es-ES", "service"),
        ("Your oven arrives at your restaurant in Leeds on Monday at 09:30.", "en-GB", "transactional"),
        ("Hornos Rivera: tu horno llega a tu negocio en Sevilla el lunes a las 10:00.", "es-ES", "transactional"),
        # a shop or a hotel may be the sender's or a stay's, not the reader's premises
        ("Your room at our hotel in Lisbon is ready from 14:00 on Friday.", "en-US", "transactional"),
        ("Your flat with Sol Stays in Lisbon is confirmed; check-in is from 14:00 on Friday.", "en-US", "transactional"),
        # the phone of a place at home, the servers at home, and a window with no servers named
        ("Your fitting call is on Thursday at 16:00; our tailor will ring your Leeds number.", "en-GB", "service"),
        ("Hostly: maintenance on our Singapore servers runs from 23:00 to 01:00 on Saturday.", "en-SG", "alert"),
        ("Hostly: maintenance on the billing page runs from 23:00 to 01:00 on Saturday; we're in Frankfurt.", "en-SG", "alert"),
    ],
)
def test_a_time_at_home_still_passes(registry: Registry, body: str, locale: str, category: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category=category) == []


# --- clarity: CLR107, two relatives and an exception set off by commas (false negative) --------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Si la cuota del taller, que no se cobró el lunes, salvo que ya la hayas pagado en caja, no se abona esta "
            "semana, tu plaza, cuya matrícula guardamos, pasará a la lista de espera del curso siguiente.",
            "es-CL",
            "que no se cobró el lunes",
        ),
        (
            "If the fee for the workshop, which we could not collect on Monday, unless you paid it at the desk, stays "
            "unpaid this week, your place, whose deposit we hold, will go to the waiting list for next term.",
            "en-GB",
            "which we could not collect on Monday",
        ),
    ],
)
def test_three_insertions_in_one_sentence(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="email", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # two relatives, no exception or condition set off
        (
            "Your fee for the workshop, which we could not collect on Monday, is now due, and your place, whose deposit "
            "we hold, stays yours until the end of next week if you pay it at the desk or online.",
            "en-GB",
        ),
        # the same shape in a short sentence
        ("Tu cuota, que vencía ayer, salvo que pagaras, sigue pendiente; tu plaza, cuya matrícula guardamos, sigue.", "es-CL"),
    ],
)
def test_fewer_or_shorter_insertions_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="email", category="collections") == []


# --- clarity: CLR401, a range of street numbers (false positive) --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Ferretería Olmo: recoge tu pedido en Carrera Bolívar 4-6, Tunja, de lunes a viernes.", "es-CO"),
        ("Pick up your order at 10-12 Quarry Lane, Bath, from Monday.", "en-GB"),
        ("Visit our new shop at Avenue Road 2-4 from Monday.", "en-GB"),
    ],
)
def test_a_range_of_street_numbers_is_no_date(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR401", body=body, locale=locale) == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Ferretería Olmo, Carrera Bolívar: el inventario es el 4-6, cerramos ese día.", "es-CO", "4-6"),
        ("Our Quarry Lane shop runs its stock count on 10-12, so we close that day.", "en-GB", "10-12"),
    ],
)
def test_a_date_near_a_street_still_counts(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR401", body=body, locale=locale) == [span]


# --- clarity: CLR501, TB after a number (false positive) -----------------------------------------------------------------


def test_terabytes_are_no_chat_shorthand(registry: Registry) -> None:
    body = "NubeBox: 4 TB por el precio de 2 TB todo el mes. Responde BAJA para no recibir más."
    assert spans(registry, "CLR501", body=body, locale="es-AR", category="marketing") == []


def test_tb_between_words_still_counts(registry: Registry) -> None:
    body = "NubeBox: tu copia ya está lista, tb puedes bajarla desde el móvil."
    assert spans(registry, "CLR501", body=body, locale="es-AR", category="service") == ["tb"]


# --- compliance: CMP207, curing food or a material (false positive) ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Thanks for your order of two sugar-cured hams and a wheel of cheddar; they ship on Monday.", "en-GB"),
        ("We cure our pork belly for ten days before it goes to the smoker.", "en-US"),
        ("Our tannery has cured leather in stock for your saddle repair.", "en-US"),
        ("Curamos la cecina durante seis meses en la sierra; tu pedido sale el lunes.", "es-ES"),
    ],
)
def test_curing_food_or_a_material_is_no_claim(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, channel="email", category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Our elderberry tonic cured my psoriasis in a fortnight. Order at https://tonic.example.", "en-GB", "cured my psoriasis"),
        ("Nuestro jarabe de saúco cura la faringitis en tres días. Pídelo en https://tonico.example.", "es-ES", "cura la faringitis"),
    ],
)
def test_curing_a_condition_still_counts(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, channel="email", category="marketing") == [span]
