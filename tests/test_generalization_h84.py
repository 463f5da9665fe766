"""What the blind sets h84 and h85 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CLR102 (h84; h30, h62, h77 before it): the reader's name as a placeholder opening the message, set off
  by its comma ("{{first_name}}, collect ..."), is the address, not a word of the sentence; a greeting still counts.
- False negative, CLR303 (h85): a status owed after the reader's name ("{{nombre}}, tu empeño vence el jueves."), before
  a link alone: the name's comma kept the status from being read.
- False positive, CLR403 (h85): the place's time in brackets after the thing timed ("the 9:00 am ferry (London time)").
- False negative, CLR403 (h85): a crossing or a sailing between places on two clocks, as a trip already was.
- False negative, CLR403 (h84): a class or a meeting entered through its link ("join with this class link", "el enlace
  de la clase"): an event followed online.
- False positive, CLR302 (h85): a phrasal verb written with a hyphen is the noun it makes ("no sign-up fee").
- False positive, CLR301 (h85): keeping up a habit the sender counts ("Keep it going with today's session", "Mantén tu
  racha") asks for today's session.
- False negative, CLR504 (h82): a code of a capital, an ampersand and a capital ("the T&M") among trade words; the
  everyday pairs and the brands of that shape (Q&A, M&S, H&M) pass.
- False negative, CLR504 (h84; h78, h79, h80 before it): two unexplained codes and one trade word ("some KPF on the rim
  and the BVT seal ..., so we suggest a rebush") are as many unknown terms as one code and two trade words.
- False positive, CMP103 (h84): a square with its number is a street ("12 Cathedral Square, Christchurch").
- False negative, CMP205 (h84): the value of what is sold guaranteed to double ("garantizamos que su valor se duplica").
- False negative, CLR303 (h84, h85; h58, h78, h82 before them; the lead's decision in round 58): news before a link
  standing alone, in a message with no call to action, is a bare link, whatever the news: a thing ready, a parcel sent,
  a change, a document available. News that a debt was settled, and an act the reader can do, still pass.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR102, the reader's name opening the message is no word of its sentence (false positive) ---------------

_EN_SENTENCE = (
    "Tallerina: {{first_name}}, collect the sideboard by Monday 4 May or we will move it to storage and add the weekly "
    "storage charge to the balance on your account with us this month."
)
_ES_SENTENCE = (
    "Ebanistería Roble: {{nombre}}, recoge el aparador antes del lunes 4 de mayo o lo pasaremos al almacén y sumaremos "
    "el cargo semanal del almacén al saldo de tu cuenta con nosotros este mes."
)


@pytest.mark.parametrize(("body", "locale", "brand"), [(_EN_SENTENCE, "en-GB", "Tallerina"), (_ES_SENTENCE, "es-ES", "Ebanistería Roble")])
def test_an_sms_sentence_of_29_words_after_the_readers_name_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CLR102", body=body, locale=locale, channel="sms", category="collections", brand=brand) == []


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the same 30 counted words with a word instead of the name
        (_EN_SENTENCE.replace("{{first_name}}, collect", "please collect"), "en-GB", "Tallerina"),
        (_ES_SENTENCE.replace("{{nombre}}, recoge", "recoge").replace("tu cuenta con", "tu cuenta actual con"), "es-ES", "Ebanistería Roble"),
        # a greeting is still a word read
        (_EN_SENTENCE.replace("{{first_name}}, collect", "Hi {{first_name}}, please collect"), "en-GB", "Tallerina"),
        ("Hola {{nombre}}, " + _ES_SENTENCE.split(", ", 1)[1], "es-ES", "Ebanistería Roble"),
        # the name in the middle of the sentence is not its opening
        (_EN_SENTENCE.replace("{{first_name}}, collect the sideboard by Monday 4 May", "please collect the sideboard by Monday, {{first_name}},"),
         "en-GB", "Tallerina"),
    ],
)
def test_a_30_word_sms_sentence_without_the_opening_name_is_still_long(
    registry: Registry, body: str, locale: str, brand: str
) -> None:
    found = spans(registry, "CLR102", body=body, locale=locale, channel="sms", category="collections", brand=brand)
    assert found == [body]


# --- clarity: CLR303, a status owed after the reader's name, before a link alone (false negative) ----------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Casa Prendaria Olmo: {{nombre}}, tu empeño vence el jueves 9 de mayo. https://prendaolmo.mx/e/31", "es-MX",
         "Casa Prendaria Olmo", "https://prendaolmo.mx/e/31"),
        ("Seguros Brisa: {{nombre}}, la prima de junio sigue pendiente. https://segurosbrisa.cl/p/77", "es-CL", "Seguros Brisa",
         "https://segurosbrisa.cl/p/77"),
        ("Harbour Cover: {{first_name}}, your premium for June is overdue. https://harbourcover.co.nz/p/77", "en-NZ",
         "Harbour Cover", "https://harbourcover.co.nz/p/77"),
    ],
)
def test_a_status_owed_after_the_readers_name_says_nothing_of_the_link(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, category="collections", brand=brand) == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the act is named
        ("Casa Prendaria Olmo: {{nombre}}, tu empeño vence el jueves 9 de mayo. Renuévalo en https://prendaolmo.mx/e/31", "es-MX",
         "Casa Prendaria Olmo"),
        ("Harbour Cover: {{first_name}}, your premium for June is overdue. Pay it at https://harbourcover.co.nz/p/77", "en-NZ",
         "Harbour Cover"),
        # settled: news, not a request
        ("Harbour Cover: {{first_name}}, your premium for June was paid, thank you. https://harbourcover.co.nz/p/77", "en-NZ",
         "Harbour Cover"),
    ],
)
def test_a_status_after_the_name_with_its_act_or_settled_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, category="collections", brand=brand) == []


# --- clarity: CLR403, the zone in brackets after the thing timed (false positive) --------------------------------------


def test_a_places_time_in_brackets_gives_the_zone(registry: Registry) -> None:
    body = "Sailings from Dublin to Cherbourg are 20 minutes late. The 9:00 am ferry (Dublin time) now leaves at 9:20 am."
    assert spans(registry, "CLR403", body=body, locale="en-IE", category="transactional") == []


@pytest.mark.parametrize(
    "body",
    [
        "Sailings from Dublin to Cherbourg are 20 minutes late. The 9:00 am ferry (boarding time) now leaves at 9:20 am.",
        "Sailings from Dublin to Cherbourg are 20 minutes late. The 9:00 am ferry now leaves at 9:20 am.",
    ],
)
def test_a_bracket_without_a_place_names_no_zone(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR403", body=body, locale="en-IE", category="transactional") == ["9:00 am"]


# --- clarity: CLR403, a crossing or a sailing between two clocks (false negative) --------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Your sailing from Portsmouth to Bilbao on Friday departs at 17:15.", "en-GB", "17:15"),
        ("Your crossing from Portsmouth to Bilbao on Friday departs at 17:15.", "en-GB", "17:15"),
        ("Tu travesía desde Huelva hasta Las Palmas del viernes sale a las 18:30.", "es-ES", "18:30"),
    ],
)
def test_a_crossing_between_two_clocks_needs_a_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # both ends on one clock
        ("Your crossing from Holyhead to Dublin on Friday departs at 08:55.", "en-GB"),
        ("Tu travesía de Barcelona a Palma del viernes sale a las 23:00.", "es-ES"),
        # a crossing of streets, no places of the list
        ("The crossing from Elm Street to Oak Avenue closes at 9 pm for roadworks.", "en-GB"),
    ],
)
def test_a_crossing_on_one_clock_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="transactional") == []


# --- clarity: CLR403, a class or a meeting entered through its link (false negative) -----------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi Jo, our live glass-blowing class from the Murano studio starts Thursday at 6 pm. Join with this class link: "
         "https://vetrolive.com/c", "en-CA", "6 pm."),
        ("Your mentoring session with Priya is on Tuesday at 10:30. The session link is in your calendar invite.", "en-GB", "10:30"),
        ("Hola Ana, tu clase de cerámica es el jueves a las 18:00. Te dejamos el enlace de la clase: https://barroyfuego.es/c",
         "es-ES", "18:00"),
    ],
)
def test_a_class_entered_by_its_link_is_followed_online(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="whatsapp", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola Ana, tu clase de cerámica es el jueves a las 18:00 en el taller. Cómo llegar: https://barroyfuego.es/mapa", "es-ES"),
        ("Hi Jo, your glass-blowing class at the studio starts Thursday at 6 pm. Book the next class at this link: "
         "https://vetrolive.com/c", "en-GB"),
    ],
)
def test_a_link_that_books_or_finds_the_class_is_no_way_in(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, channel="whatsapp", category="service") == []


# --- clarity: CLR302, a hyphened phrasal verb is a noun (false positive) -----------------------------------------------


def test_a_sign_up_fee_is_no_call_to_action(registry: Registry) -> None:
    body = "Oakridge Climbing: join before Sunday and pay no sign-up fee. Sign up at https://oakridgeclimb.com/j. Reply STOP to opt out."
    assert spans(registry, "CLR302", body=body, locale="en-US", category="marketing", brand="Oakridge Climbing") == []


def test_three_calls_with_the_verb_itself_still_compete(registry: Registry) -> None:
    body = (
        "Oakridge Climbing: join before Sunday, download the app and sign up for a taster at https://oakridgeclimb.com/j. "
        "Reply STOP to opt out."
    )
    assert spans(registry, "CLR302", body=body, locale="en-US", category="marketing", brand="Oakridge Climbing") == ["sign"]


# --- clarity: CLR301, keeping up a streak is the call to action (false positive) ---------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Your rowing streak is at 9 days. Keep it going with today's ten-minute session in the app.", "en-GB"),
        ("Nine workouts logged this month. Keep the streak alive with a short ride tonight.", "en-US"),
        ("Llevas 9 días seguidos practicando. Mantén tu racha con el ejercicio de hoy.", "es-MX"),
    ],
)
def test_keeping_up_a_streak_is_a_call_to_action(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR301", body=body, locale=locale, channel="push", category="marketing", brand="Strokely") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Your rowing streak is at 9 days. Great work this month.", "en-GB"),
        ("Llevas 9 días seguidos practicando. ¡Qué buena racha!", "es-MX"),
        ("Strokely: ferry prices keep going up in June, and our app shows the cheapest crossings.", "en-GB"),
    ],
)
def test_praise_or_prices_that_keep_going_ask_nothing(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR301", body=body, locale=locale, channel="push", category="marketing", brand="Strokely") == [""]


# --- clarity: CLR504, an ampersand code among trade words (false negative) ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi Sam, we re-leaded the cames, regrouted the panel and need your OK on the T&M before we reglaze. Reply here.", "en-US",
         "T&M"),
        ("Hi Sam, the cames are regrouted and reglazing starts Monday; the P&C note is in your inbox.", "en-US", "P&C"),
        ("Hola Sara, tras el retacado y el calafateo del casco necesitamos tu visto bueno al P&D antes de botarlo. Responde aquí.",
         "es-ES", "P&D"),
    ],
)
def test_an_ampersand_code_among_trade_words_is_jargon(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR504", body=body, locale=locale, channel="whatsapp", category="service", brand="Tesela") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a brand and an everyday pair of the same shape
        ("Hi Sam, your gift card works at M&S too; the cames and regrouting are done. Reply here.", "en-GB"),
        ("Hi Sam, we regrouted the cames and reglazed the panel; join our Q&A on Friday if you have questions.", "en-GB"),
        ("Hola Sara, tras el retacado y el calafateo del casco, tu tarjeta regalo vale también en H&M. Responde aquí.", "es-ES"),
        # the code among everyday words
        ("Hi Sam, we need your OK on the T&M before we start on the window. Reply here.", "en-US"),
    ],
)
def test_known_pairs_brands_and_a_code_among_everyday_words_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR504", body=body, locale=locale, channel="whatsapp", category="service", brand="Tesela") == []


# --- clarity: CLR504, two unexplained codes and one trade word (false negative) ----------------------------------------

_TWO_CODES_EN = "Hi Lee, at the check we saw some KPF on the rim and the BVT seal is worn, so we suggest a rebush before winter."
_TWO_CODES_ES = (
    "Hola Lía, en la revisión vimos algo de KPF en la llanta y el sello BVT gastado, así que te proponemos un rebujado antes "
    "del invierno."
)


@pytest.mark.parametrize(("body", "locale"), [(_TWO_CODES_EN, "en-US"), (_TWO_CODES_ES, "es-MX")])
def test_two_codes_and_one_trade_word_are_jargon(registry: Registry, body: str, locale: str) -> None:
    # Since round 70 two codes of letters alone are CLR503's, and CLR504 defers to it on the field.
    fields = {"locale": locale, "channel": "whatsapp", "category": "service", "brand": "Fenwick"}
    assert spans(registry, "CLR503", body=body, **fields) == ["KPF"]
    assert spans(registry, "CLR504", body=body, **fields) == []


@pytest.mark.parametrize(
    "body",
    [
        # two codes among everyday words
        _TWO_CODES_EN.replace("a rebush", "a new seal"),
        # one code and one trade word
        "Hi Lee, at the check we saw some KPF on the rim, so we suggest a rebush before winter.",
        # one of the two codes explained in brackets
        _TWO_CODES_EN.replace("some KPF on", "some KPF (a film of dried grease) on"),
    ],
)
def test_two_codes_among_everyday_words_or_one_explained_pass(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR504", body=body, locale="en-US", channel="whatsapp", category="service", brand="Fenwick") == []


# --- compliance: CMP103, a square with its number is a street (false positive) -----------------------------------------


@pytest.mark.parametrize(
    "address", ["Lamplight Co, 4 Market Square, Ludlow.", "Lamplight Co, 17 Harbour Sq, Oban."]
)
def test_a_numbered_square_is_a_postal_address(registry: Registry, address: str) -> None:
    body = f"Hi, 20% off all lanterns this week. {address} Unsubscribe: https://lamplight.co.uk/u"
    assert spans(registry, "CMP103", body=body, locale="en-GB", channel="email", category="marketing", subject="Lantern week") == []


def test_a_square_with_no_address_line_is_none(registry: Registry) -> None:
    body = "Hi, 20% off all lanterns this week, only 3 days in the square market. Unsubscribe: https://lamplight.co.uk/u"
    found = spans(registry, "CMP103", body=body, locale="en-GB", channel="email", category="marketing", subject="Lantern week")
    assert found == [""]


# --- compliance: CMP205, a value guaranteed to double (false negative) -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Monedas Aurora: compra una pieza de la colección y te garantizamos que su valor se duplica en tres años. Responde BAJA "
         "para salir.", "es-ES", "garantizamos que su valor se duplica"),
        ("Aurora Coins: buy a piece from the collection and we guarantee its value will double within three years. Reply STOP "
         "to opt out.", "en-GB", "guarantee its value will double"),
        ("Aurora Coins: its value is guaranteed to triple by 2030. Reply STOP to opt out.", "en-GB", "value is guaranteed to triple"),
    ],
)
def test_a_value_guaranteed_to_double_is_a_return_claim(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # a value that may double, with no promise
        ("Aurora Coins: some collectors have seen a coin's value double in ten years; no return is guaranteed. Reply STOP to opt "
         "out.", "en-GB"),
        # a value held, not multiplied
        ("Monedas Aurora: te garantizamos que su valor de tasación se mantiene en el certificado. Responde BAJA para salir.", "es-ES"),
        # a guarantee of something else that doubles
        ("Aurora Coins: we guarantee your order will be double-boxed. Reply STOP to opt out.", "en-GB"),
    ],
)
def test_a_value_that_may_double_or_a_doubled_box_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        # a thing ready, even to collect (rounds 45 and 55 passed it)
        ("Lavandería Brisa: Hola, {{nombre}}. Tu abrigo de lana ya está listo para recoger. https://lavbrisa.es/a/3310", "es-ES",
         "https://lavbrisa.es/a/3310"),
        ("Harbour Tailors: Hi {{first_name}}, your altered jacket is ready for collection. https://harbourtailors.com/j/4120",
         "en-GB", "https://harbourtailors.com/j/4120"),
        # a parcel sent or waiting
        ("Vivero Quelén: {{nombre}}, tu pedido de bulbos ya salió. https://viveroquelen.cl/e/5120", "es-CL",
         "https://viveroquelen.cl/e/5120"),
        ("Grúas Faro: tenés un paquete pendiente de retiro en la sucursal. https://gruasfaro.com.ar/m/4410", "es-AR",
         "https://gruasfaro.com.ar/m/4410"),
        # a change (h56 passed it)
        ("Estudio Ocre: tu taller de acuarela del martes cambió de aula. https://estudioocre.cl/t/77", "es-CL",
         "https://estudioocre.cl/t/77"),
        ("Harbour Tailors: your fitting on Friday moved to our second studio. https://harbourtailors.com/f/88", "en-GB",
         "https://harbourtailors.com/f/88"),
        # a document available (round 45 passed it)
        ("Fernhill Water: your quarterly statement is ready. https://fernhillwater.co.uk/q", "en-GB", "https://fernhillwater.co.uk/q"),
        ("Academia Tordo: tu boleta de octubre ya está disponible. https://tordo.edu.pe/c", "es-PE", "https://tordo.edu.pe/c"),
    ],
)
def test_news_before_a_link_alone_is_a_bare_link(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # settled: nothing is asked
        ("Harbour Cover: {{first_name}}, your June premium was paid, thank you. https://harbourcover.co.nz/p/77", "en-NZ"),
        ("Grúas Faro: tu multa de acarreo ya fue pagada, gracias. https://gruasfaro.com.ar/m/4410", "es-AR"),
        # an act the reader can do
        ("Fernhill Water: your charge is overdue. You can settle it by card or transfer. https://fernhillwater.co.uk/q", "en-GB"),
        ("Vivero Quelén: tu pedido de bulbos ya salió y puedes seguirlo desde hoy. https://viveroquelen.cl/e/5120", "es-CL"),
        # the act named by a call to action elsewhere, or a label on the link
        ("Harbour Tailors: your altered jacket is ready for collection. https://harbourtailors.com/j/4120 Book a pickup slot "
         "there.", "en-GB"),
        ("Estudio Ocre: tu taller del martes cambió de aula. Plano: https://estudioocre.cl/t/77", "es-CL"),
    ],
)
def test_news_with_its_act_or_settled_before_a_link_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, category="transactional") == []
