"""What the blind sets h130 and h131 showed in clarity (round 81; the other families are analysed elsewhere), as
classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negatives, CLR304 (h130, h131): a request put as courtesy ("Kindly settle it ...", "we'd appreciate it if you
  could", «le agradecemos regularizarla», «le agradeceríamos que la regularice») and catching up in the infinitive
  («ponerse al día») are requests with no way, as "please" and «le pedimos» were; so is handing something over to the
  sender ("get it to us", "get it back to us", «háznoslo llegar», «hacérnoslo llegar»). With a way or a date, they pass.
- False negative, CLR404 (h130): a total said by the verb that adds the parts up ("four rentals at $15 each come to
  $66", «tres clases a 20 € cada una suman 70 €») is read as "total" is; a product that holds passes.
- False negative, CLR303 (h130): a problem named only by what it concerns ("bit of a hiccup with the tool shed", «surgió
  un imprevisto con la caseta») is a vague teaser, and "this" the reader will want to read is no label for the link
  ("You'll want to read this:", «Vas a querer leer esto:»). A problem that is said, or a label that names the page, passes.
- False positive, CLR303 (h130): a condition that names the act («Si no reservas hoy te quedas sin sitio», "If you don't
  book today you'll miss out") says what a lone link after it is for; a condition that names no act leaves it bare.
- Left: a chain of conditions joined by commas (CLR104 measures depth, and each comma closes a level), an offer
  taken up "before the month ends" (a real date passes), and two sums 1.67 apart for one debt (the ratio is measured).
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR304, a request put as courtesy --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Vivero Los Alisos: su factura de poda de marzo sigue pendiente. Le agradecemos regularizarla a la brevedad.",
         "es-AR", "Le agradecemos regularizarla"),
        ("Vivero Los Alisos: la cuota del taller de injertos está vencida. Le agradeceríamos que la regularice cuanto"
         " antes.", "es-AR", "regularice cuanto antes"),
        ("Vivero Los Alisos: la cuota del taller de injertos está vencida. Te agradecemos ponerte al día pronto.", "es-AR",
         "Te agradecemos ponerte al día"),
        ("Bramble Joinery: the invoice for your oak shelves is overdue. Kindly settle it as soon as possible.", "en-GB",
         "settle it as soon as possible"),
        ("Bramble Joinery: the invoice for your oak shelves is overdue. We'd appreciate it if you could settle it soon.",
         "en-GB", "We'd appreciate it if you could settle"),
    ],
)
def test_a_request_put_as_courtesy_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the way is named
        ("Vivero Los Alisos: su factura de poda de marzo sigue pendiente. Le agradecemos regularizarla en"
         " https://alisos.example/pagos a la brevedad.", "es-AR"),
        ("Bramble Joinery: the invoice for your oak shelves is overdue. Kindly settle it by bank transfer as soon as"
         " possible.", "en-GB"),
        ("Bramble Joinery: the invoice for your oak shelves is overdue. We'd appreciate it if you could settle it on"
         " 0161 555 0134 soon.", "en-GB"),
        # a real date, and a way
        ("Vivero Los Alisos: su factura de poda de marzo sigue pendiente. Le agradecemos regularizarla antes del 14 de"
         " abril llamando al 011 4555 2190.", "es-AR"),
        # "kindly" before no request
        ("Bramble Joinery: thanks for settling your invoice so soon. Kindly note our workshop closes on 3 May.", "en-GB"),
    ],
)
def test_a_courteous_request_with_its_way_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="collections") == []


# --- clarity: CLR304, handing something over to the sender ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Club de Remo Ría: aún nos falta el certificado médico de tu hija. Háznoslo llegar cuanto antes.", "es-ES",
         "Háznoslo llegar cuanto antes"),
        ("Club de Remo Ría: aún nos falta el certificado médico de tu hija. Te pedimos hacérnoslo llegar pronto.", "es-ES",
         "Te pedimos hacérnoslo llegar"),
        ("Lakeside Rowing Club: we're still missing your child's medical form. Please get it to us as soon as you can.",
         "en-GB", "get it to us as soon as you can"),
        ("Lakeside Rowing Club: we're still missing your child's medical form. Get it back to us soon, please.", "en-GB",
         "Get it back to us soon"),
    ],
)
def test_handing_over_with_no_channel_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Club de Remo Ría: aún nos falta el certificado médico de tu hija. Háznoslo llegar por correo a"
         " socios@remoria.example cuanto antes.", "es-ES"),
        ("Lakeside Rowing Club: we're still missing your child's medical form. Please get it to us at reception as soon"
         " as you can.", "en-GB"),
        # the sender hands something to the reader: no request
        ("Lakeside Rowing Club: we got your child's medical form, thanks. We'll get the kit to you soon.", "en-GB"),
    ],
)
def test_handing_over_with_a_channel_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR404, a total said by the verb that adds the parts up ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        ("Taller Brasa: tus tres clases a 20 € cada una suman 70 €. Paga en https://brasa.example/pagos.", "es-ES",
         "collections", "70 €"),
        ("Taller Brasa: tus tres talleres a $250 cada uno ascienden a $800. Paga en https://brasa.example/pagos.", "es-MX",
         "collections", "$800"),
        ("Harbor Kayaks: four rentals at $15 each come to $66. Pay at https://harbor.example/pay.", "en-US",
         "transactional", "$66"),
    ],
)
def test_a_product_that_does_not_come_to_its_sum_fires(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category=category) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Taller Brasa: tus tres clases a 20 € cada una suman 60 €. Paga en https://brasa.example/pagos.", "es-ES"),
        ("Harbor Kayaks: four rentals at $15 each come to $60. Pay at https://harbor.example/pay.", "en-US"),
    ],
)
def test_a_product_that_comes_to_its_sum_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="transactional") == []


# --- clarity: CLR303, a problem named only by what it concerns -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Huerto Comunal Ribera: hay un pequeño problema con tu parcela. Vas a querer leer esto:"
         " https://huertoribera.example/n/12", "es-ES", "Huerto Comunal Ribera", "https://huertoribera.example/n/12"),
        ("Huerto Comunal Ribera: surgió un imprevisto con la caseta de herramientas. https://huertoribera.example/n/12",
         "es-ES", "Huerto Comunal Ribera", "https://huertoribera.example/n/12"),
        ("Millbrook Allotments: there's a small issue with your plot. You'll want to read this:"
         " https://millbrook.example/n/7", "en-GB", "Millbrook Allotments", "https://millbrook.example/n/7"),
        ("Millbrook Allotments: bit of a hiccup with the tool shed. https://millbrook.example/n/7", "en-GB",
         "Millbrook Allotments", "https://millbrook.example/n/7"),
    ],
)
def test_a_problem_teaser_before_a_link_fires(registry: Registry, body: str, locale: str, brand: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="alert", brand=brand) == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the problem is said, and the label names the page
        ("Huerto Comunal Ribera: hay un problema con tu parcela: se rompió la toma de agua. El aviso del ayuntamiento:"
         " https://huertoribera.example/n/12", "es-ES", "Huerto Comunal Ribera"),
        ("Millbrook Allotments: there's an issue with your plot: the water tap has burst. The council's repair notice:"
         " https://millbrook.example/n/7", "en-GB", "Millbrook Allotments"),
        # the reader will want to read a page the label names
        ("Millbrook Allotments: the water tap on your plot has burst. You'll want to read the council's repair notice:"
         " https://millbrook.example/n/7", "en-GB", "Millbrook Allotments"),
    ],
)
def test_a_problem_that_is_said_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="alert", brand=brand) == []


# --- clarity: CLR303, a condition that names the act before a lone link --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        ("Escalada Vertical: ¡QUEDAN 4 PLAZAS para el bloque nocturno! Si no reservas HOY te quedas sin sitio."
         " https://escaladavertical.example/bloque. Responde BAJA para no recibir más.", "es-ES", "Escalada Vertical"),
        ("Summit Bouldering: ONLY 4 SPOTS LEFT for the night session! If you don't book today you'll miss out."
         " https://summitboulder.example/night. Reply STOP to opt out.", "en-US", "Summit Bouldering"),
    ],
)
def test_a_condition_naming_the_act_describes_the_link(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing", brand=brand) == []


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Escalada Vertical: ¡QUEDAN 4 PLAZAS para el bloque nocturno! Si no llegas a tiempo te quedas sin sitio."
         " https://escaladavertical.example/bloque. Responde BAJA para no recibir más.", "es-ES", "Escalada Vertical",
         "https://escaladavertical.example/bloque"),
        ("Summit Bouldering: ONLY 4 SPOTS LEFT for the night session! If you arrive late you'll miss out."
         " https://summitboulder.example/night. Reply STOP to opt out.", "en-US", "Summit Bouldering",
         "https://summitboulder.example/night"),
    ],
)
def test_a_condition_naming_no_act_leaves_the_link_bare(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing", brand=brand) == [span]
