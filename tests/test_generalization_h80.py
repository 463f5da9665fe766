"""What the blind sets h80 and h81 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR303 (h80): the sender introducing itself before a link alone ("te escribe Kestrel Ópticas: https://...").
- False negative, CLR302 (h80): voseo calls to action, one with its clitic after a silent "u" ("seguinos") and one with
  its final accent before a bare noun ("reservá mesa").
- False negative, CLR403 (h80, h81): a broadcast told by its verb ("se emite en directo", "airs live"), and a trip from a
  place to another on another clock with no arrival named.
- False negative, CMP209/CMP203 (h81): the credit check waived by its noun ("sin revisión de historial crediticio") and
  approval guaranteed in Spanish ("aprobación garantizada").
- False negative, CMP403 (h81): a South African identity number after the bare "ID".
- False negative, CMP304 (h80): the label of the brand's own domain with a word added, beside that domain.
- False positive, CMP201 (h80): a drink as the medium another product is treated in ("lavada en sidra", "washed in cider").
- False positive, CMP111 (h80): the brand's coined first word as the sender label, its other words ordinary words.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR303, the sender introducing itself before a link alone (false negative) -------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "locale", "span"),
    [
        ("Hola {{nombre}}, te escribe Relojería Almagro: https://relojeriaalmagro.es/v/219", "Relojería Almagro", "es-ES",
         "https://relojeriaalmagro.es/v/219"),
        ("Buenas tardes, le saluda Tejidos Ombú: https://tejidosombu.com.ar/p/58", "Tejidos Ombú", "es-AR",
         "https://tejidosombu.com.ar/p/58"),
        ("Hi {{first_name}}, this is Quillfen Bindery: https://quillfen.co.uk/s/904", "Quillfen Bindery", "en-GB",
         "https://quillfen.co.uk/s/904"),
    ],
)
def test_a_sender_introducing_itself_says_nothing_of_its_link(registry: Registry, body: str, brand: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, brand=brand, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "brand", "locale"),
    [
        # the introduction goes on to say what the link is
        ("Hola {{nombre}}, te escribe Relojería Almagro con el presupuesto de tu reloj de bolsillo: https://relojeriaalmagro.es/v/219",
         "Relojería Almagro", "es-ES"),
        ("Hi {{first_name}}, this is Quillfen Bindery with photos of your rebound atlas: https://quillfen.co.uk/s/904",
         "Quillfen Bindery", "en-GB"),
        # "this is" before something that is not the sender
        ("Hi {{first_name}}, this is Friday's quote for the rebinding: https://quillfen.co.uk/s/904", "Quillfen Bindery", "en-GB"),
    ],
)
def test_an_introduction_that_names_the_link_passes(registry: Registry, body: str, brand: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, brand=brand, locale=locale, channel="whatsapp", category="service") == []


# --- clarity: CLR302, voseo calls to action (false negative) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Hola {{nombre}}, en Vivero Ceibo abrimos el invernadero: elegí plantín, comprá la maceta de barro, seguinos en "
         "Instagram y anotate al taller. Escribí BAJA si no querés más mensajes.", "anotate"),
        ("Hola {{nombre}}, en Vivero Ceibo llegó la temporada: reservá turno, conseguilo con descuento y pedí el catálogo "
         "impreso. Escribí BAJA si no querés más mensajes.", "pedí"),
    ],
)
def test_voseo_calls_to_action_compete(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CLR302", body=body, locale="es-AR", channel="whatsapp", category="marketing", brand="Vivero Ceibo") == [span]


@pytest.mark.parametrize(
    "body",
    [
        # one call, its object a bare noun after the accented vos form
        "Hola {{nombre}}, en Vivero Ceibo llegaron los helechos. Reservá turno en https://viveroceibo.com.ar. Escribí BAJA si no querés más mensajes.",
        # the tú form before a bare noun is still read as the noun "reserva"
        "Hola {{nombre}}, en Vivero Ceibo tu reserva mesa incluida, compra el abono y síguenos en redes. Escribe BAJA si no quieres más mensajes.",
    ],
)
def test_one_voseo_call_or_a_noun_does_not_compete(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR302", body=body, locale="es-AR", channel="whatsapp", category="marketing", brand="Vivero Ceibo") == []


# --- clarity: CLR403, a broadcast by its verb, a trip between two clocks (false negative) ------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Cometa Sur: la final de barriletes de Mar del Plata se emite en directo el domingo 3 de octubre a las 16:00.", "es-MX",
         "16:00"),
        ("Cometa Sur: transmitimos en vivo la regata de Cádiz el sábado 9 de octubre a las 11:30.", "es-AR", "11:30"),
        ("Kiteworks: the Tarifa kite final airs live on Sunday 3 October at 4:00 pm.", "en-GB", "4:00 pm."),
    ],
)
def test_a_broadcast_told_by_its_verb_needs_a_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Peña Tarara: música en directo el sábado 9 de octubre a las 22:00 en nuestra sala.", "es-ES"),
        ("The Lantern Inn: live music on Saturday 9 October at 9:00 pm in the back bar.", "en-GB"),
    ],
)
def test_live_music_in_a_room_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="sms", category="alert") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi {{first_name}}, for your trip from Cork to Rome we've booked a bike at our Rome depot on Friday 14 May at 10:30.",
         "en-IE", "10:30"),
        ("Hola {{nombre}}, para tu viaje de Santiago a Mendoza te guardamos el coche en nuestra oficina de Mendoza el viernes "
         "14 de mayo a las 10:30.", "es-CL", "10:30"),
    ],
)
def test_a_trip_between_two_clocks_needs_a_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="email", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hi {{first_name}}, for your trip from Cork to Galway we've booked a bike at our Galway depot on Friday 14 May at 10:30.",
         "en-IE"),
        ("Hola {{nombre}}, para tu viaje de Sevilla a Bilbao te guardamos el coche en nuestra oficina de Bilbao el viernes "
         "14 de mayo a las 10:30.", "es-ES"),
    ],
)
def test_a_trip_on_one_clock_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="email", category="service") == []


# --- compliance: CMP209/CMP203, the credit check waived by its noun, approval guaranteed (false negative) -------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "span"),
    [
        ("CMP209", "Prestacero: hasta $4.000 hoy sin consulta de tus ingresos. Pídelo en https://prestacero.mx.", "es-MX",
         "sin consulta de tus ingresos"),
        ("CMP209", "Prestacero: financia tu moto sin evaluación de historial crediticio. https://prestacero.mx", "es-MX",
         "sin evaluación de historial crediticio"),
        ("CMP203", "Prestacero: crédito para tu moto con aprobación garantizada. https://prestacero.mx", "es-MX",
         "aprobación garantizada"),
        ("CMP209", "Lendwise: up to $800 today with no review of your income. Apply at https://lendwise.com.", "en-US",
         "with no review of your income"),
    ],
)
def test_a_waived_check_by_its_noun_or_guaranteed_approval_is_flagged(
    registry: Registry, rule: str, body: str, locale: str, span: str
) -> None:
    assert spans(registry, rule, body=body, locale=locale, category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Prestacero: hasta $4.000 tras la revisión de tus ingresos. Pídelo en https://prestacero.mx.", "es-MX"),
        ("Taller Prisma: sin revisión de tu coche no damos garantía. Pide cita en https://tallerprisma.mx.", "es-MX"),
        ("Lendwise: up to $800 after a review of your income. Apply at https://lendwise.com.", "en-US"),
    ],
)
def test_a_check_that_is_made_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP209", body=body, locale=locale, category="marketing") == []
    assert spans(registry, "CMP203", body=body, locale=locale, category="marketing") == []


# --- compliance: CMP403, a South African ID after the bare "ID" (false negative) --------------------------------------


def test_a_south_african_id_after_bare_id_is_flagged(registry: Registry) -> None:
    body = "Karoo Motor Credit: Lindiwe Dube, ID 9107240812083, your July instalment is due. Pay in the app."
    assert spans(registry, "CMP403", body=body, locale="en-ZA", category="collections") == ["9107240812083"]


@pytest.mark.parametrize(
    "body",
    [
        # a record's ID: no birth date, or the digit an ID never has
        "Karoo Motor Credit: order ID 9107240812083 has shipped.",
        "Karoo Motor Credit: ID 9107240812583 is your quote reference.",
        "Karoo Motor Credit: ID 9113240812083 is your quote reference.",
    ],
)
def test_a_record_id_after_bare_id_passes(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="en-ZA", category="collections") == []


# --- compliance: CMP304, the own domain's label with a word added, beside it (false negative) --------------------------


def test_the_own_label_with_a_word_added_beside_it_is_a_lookalike(registry: Registry) -> None:
    body = ("Hi {{first_name}}, our autumn kites are in. See them at https://reedandrush-kites.net/autumn. Reed & Rush Kites, "
            "4 Mill Row, Hobart TAS 7000. Unsubscribe at https://reedandrush.com.au/unsubscribe.")
    assert spans(registry, "CMP304", body=body, brand="Reed & Rush Kites", locale="en-AU", channel="email",
                 category="marketing", subject="Autumn kites") == ["https://reedandrush-kites.net/autumn"]


@pytest.mark.parametrize(
    "body",
    [
        # both links on the brand's own domain
        "Hi {{first_name}}, our autumn kites are in: https://reedandrush.com.au/autumn. Reed & Rush Kites, 4 Mill Row, Hobart "
        "TAS 7000. Unsubscribe at https://reedandrush.com.au/unsubscribe.",
        # a subdomain of the own domain is the brand's
        "Hi {{first_name}}, our autumn kites are in: https://shop.reedandrush.com.au/autumn. Reed & Rush Kites, 4 Mill Row, "
        "Hobart TAS 7000. Unsubscribe at https://reedandrush.com.au/unsubscribe.",
    ],
)
def test_links_on_the_own_domain_pass(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP304", body=body, brand="Reed & Rush Kites", locale="en-AU", channel="email",
                 category="marketing", subject="Autumn kites") == []


# --- compliance: CMP201, a drink as the medium another product is treated in (false positive) --------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Quesería Roble: llegaron los quesos de oveja con corteza lavada en sidra. Responde con cuántos quieres. Escribe BAJA "
         "para no recibir más mensajes.", "es-ES"),
        ("Charcutería Roble: probá el lomo curado en vino tinto. Respondé con cuántos querés. Escribí BAJA para no recibir más.",
         "es-AR"),
        ("Fellside Dairy: our new rounds are washed in cider for eight weeks. Reply with how many you'd like. Reply STOP to "
         "opt out.", "en-GB"),
    ],
)
def test_a_drink_a_product_is_treated_in_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP201", body=body, locale=locale, channel="whatsapp", category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Quesería Roble: llegó la sidra de la casa para acompañar tus quesos. Escribe BAJA para no recibir más mensajes.",
         "es-ES", "sidra"),
        ("Fellside Dairy: our craft cider is back, poured with a cheese board. Reply STOP to opt out.", "en-GB", "craft cider"),
    ],
)
def test_the_drink_on_offer_stays_restricted(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP201", body=body, locale=locale, channel="whatsapp", category="marketing") == [span]


# --- compliance: CMP111, the brand's coined first word as the sender label (false positive) ----------------------------


@pytest.mark.parametrize(
    ("body", "brand", "locale"),
    [
        ("Quarrowby: your carved house sign is ready to collect.", "Quarrowby Stone Masons", "en-GB"),
        ("Velmora: tu vitral ya está listo para recoger.", "Velmora Vidrio Estudio", "es-ES"),
        # h128 (round 80): a frequent first word names the sender as well
        ("Harbour: your carved house sign is ready to collect.", "Harbour Stone Masons", "en-GB"),
    ],
)
def test_the_coined_first_word_names_the_sender(registry: Registry, body: str, brand: str, locale: str) -> None:
    assert spans(registry, "CMP111", body=body, brand=brand, locale=locale, channel="sms", category="transactional") == []


@pytest.mark.parametrize(
    ("body", "brand", "locale"),
    [
        # the name's other words are no ordinary words: the coinage is not the whole distinctive part
        ("Quarrowby: your carved house sign is ready to collect.", "Quarrowby Fenwyck", "en-GB"),
        # not the brand's first word
        ("Masons: your carved house sign is ready to collect.", "Quarrowby Stone Masons", "en-GB"),
    ],
)
def test_other_labels_still_miss_the_sender(registry: Registry, body: str, brand: str, locale: str) -> None:
    assert spans(registry, "CMP111", body=body, brand=brand, locale=locale, channel="sms", category="transactional") == [body[0]]
