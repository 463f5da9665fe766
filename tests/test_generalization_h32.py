"""What the thirty-second and thirty-third blind sets (h32, h33) showed over- and under-firing in clarity and compliance,
as classes of wording (tone and language are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CMP103: a street without a number ("s/n") and an address given by a landmark and a distance to a
  compass point ("150 metros al sur"); CMP406: two channels coordinated in "we'll never call or text to ask".
- False positive, CLR301: the action put as what the reader can do in the app ("Puedes reservarla desde la app");
  CLR302: what the reader brings to the event and swaps there.
- False negative, CLR302: a voseo verb with its clitic after "y", "sumate" (joining, not adding points), an English
  imperative whose clause has a link; CLR503: a code hyphenated to a word ("NIR-sortable").
- False negative, CMP603: "¡Hola ,!" and "Hola, !"; CMP403: a number after a generic national-ID label; CMP207: a lost
  sense given back in full; CMP208 (new): drinking without limit in a marketing email; CMP304: the name with a booking
  word, and the name as a subdomain of another's payment domain.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry

# --- compliance: CMP103 ----------------------------------------------------------------------------------------------

_EMAIL_HEAD = (
    "Hola:\n\nYa llegaron las macetas de barro de temporada.\n\nMíralas en https://viverosol.es/macetas\n\n"
)
_EMAIL_TAIL = "\nPara darte de baja: https://viverosol.es/baja"


@pytest.mark.parametrize(
    ("footer", "locale", "flagged"),
    [
        ("Vivero Sol, Camino del Faro s/n, 36940 Cangas", "es-ES", []),
        ("Vivero Sol\nDe la iglesia de Grecia, 150 metros al sur, Alajuela, Costa Rica", "es-CR", []),
        ("Vivero Sol\nDel colegio, 2 cuadras al lago y 50 varas al este, Managua", "es-NI", []),
        # Traps: a distance to a place, not to a compass point, and no footer at all.
        ("Vivero Sol, a 200 metros de la playa", "es-ES", [""]),
        ("Vivero Sol", "es-ES", [""]),
    ],
)
def test_street_without_number_and_landmark_address(
    registry: Registry, footer: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry,
        "CMP103",
        body=_EMAIL_HEAD + footer + _EMAIL_TAIL,
        subject="Macetas",
        locale=locale,
        channel="email",
        category="marketing",
    )
    assert texts == flagged


# --- compliance: CMP406 ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Tu clave de acceso es 730194. Nunca te llamaremos ni escribiremos para pedírtela.", "es-MX", []),
        ("Your sign-in code is 730194. We will never phone, text or email you to ask for it.", "en-GB", []),
        ("Your sign-in code is 730194. We'll never call or message to ask for it.", "en-GB", []),
        # Traps: channels named with no "never ... ask"; a call announced to ask for something else.
        ("Your sign-in code is 730194. We'll call or text you tomorrow.", "en-GB", [""]),
        ("Tu clave de acceso es 730194. Te llamaremos para pedirte la dirección.", "es-MX", [""]),
    ],
)
def test_never_ask_through_coordinated_channels(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "CMP406", body=body, locale=locale, category="otp", channel="sms")
    assert texts == flagged


# --- clarity: CLR301, CLR302 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Estrenamos sala de ensayo. Podés alquilarla por horas desde la app. Si no querés recibir más, respondé BAJA.",
            "es-AR",
            [],
        ),
        (
            "Estrenamos sala de ensayo. Puedes reserbarla por horas en nuestra web. Si no quieres recibir más, responde BAJA.",
            "es-ES",
            [],
        ),
        (
            "Our rehearsal room is open. You can hire it by the hour in the app. Reply STOP to opt out.",
            "en-GB",
            [],
        ),
        # Traps: what the reader can do, with no app or site; something else that "puede" happen in the app.
        (
            "Estrenamos sala de ensayo. Puedes venir cuando quieras. Si no quieres recibir más, responde BAJA.",
            "es-ES",
            [""],
        ),
        (
            "Estrenamos sala de ensayo. La app puede fallar esta semana. Si no quieres recibir más, responde BAJA.",
            "es-ES",
            [""],
        ),
        ("Our rehearsal room is open. You can come whenever you like. Reply STOP to opt out.", "en-GB", [""]),
    ],
)
def test_what_the_reader_can_do_where_to_act(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(registry, "CLR301", body=body, locale=locale, category="marketing")
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        # What the reader brings along and swaps at the event does not compete with signing up.
        (
            "Our book swap is back on Sunday. Bring the novels you've finished, swap them for new ones and join a "
            "short reading. Sign up here: https://pagesclub.org/swap",
            "en-GB",
            [],
        ),
        (
            "Vuelve el trueque de libros. Trae los que ya leíste, intercámbialos por otros y únete a la lectura. "
            "Inscríbete en https://clublibro.es/trueque",
            "es-ES",
            [],
        ),
        # A voseo verb with its clitic after "y", and "sumate" (joining) is not "sumá puntos" (a benefit).
        (
            "Reservá tu clase en https://remo.com.ar/clases, sumate a la liga en https://remo.com.ar/liga y "
            "dejanos tu opinión en https://remo.com.ar/opinion.",
            "es-AR",
            ["dejanos"],
        ),
        # An English imperative whose clause has a link.
        (
            "Spring is here: shop paddles at https://paddleon.com/shop, book a tour at https://paddleon.com/tours "
            "and join the club at https://paddleon.com/club.",
            "en-US",
            ["join"],
        ),
        # Traps: adding points is still a benefit; two actions with links are two.
        ("Comprá tu kit en https://remo.com.ar/kit y sumá puntos para tu próxima clase.", "es-AR", []),
        (
            "Shop paddles at https://paddleon.com/shop or book a tour at https://paddleon.com/tours.",
            "en-US",
            [],
        ),
    ],
)
def test_competing_actions(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CLR302", body=body, locale=locale, category="marketing")
    assert texts == flagged


# --- clarity: CLR503 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Your batch was tagged QX-graded at intake, KTR-sorted and sent to line ZB for WLT checks.", ["QX"]),
        # Traps: a single letter before a hyphen, and one code only (two of letters alone fire since round 70).
        ("Your T-shirt order was X-rayed at customs and is on its way.", []),
        ("Your batch was tagged QX-graded at intake and sent to the main line.", []),
        ("Your batch was tagged QX-graded at intake and sent to line ZB.", ["QX"]),
    ],
)
def test_code_hyphenated_to_a_word(registry: Registry, body: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CLR503", body=body, locale="en-GB", category="service")
    assert texts == flagged


# --- compliance: CMP603, CMP403, CMP207, CMP208, CMP304 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("¡Buenas tardes ,! Tu mesa está lista.", "es-ES", ["Buenas tardes ,!"]),
        ("Hola, ! Tu mesa está lista.", "es-ES", ["Hola, !"]),
        ("Hello ,: your table is ready.", "en-GB", ["Hello ,:"]),
        # Traps: a name between the marks; a greeting with its own exclamation mark; an ellipsis.
        ("Hello, Ann! Your table is ready.", "en-GB", []),
        ("¡Hola! Tu mesa está lista.", "es-ES", []),
        ("Hey ... your table is ready.", "en-GB", []),
    ],
)
def test_empty_name_between_marks(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CMP603", body=body, locale=locale, stage="rendered")
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        ("Your lease is filed under national ID number 30512874. Keep this text.", "en-KE", ["30512874"]),
        ("Your identity card no. 4419023 is on your membership form.", "en-UG", ["4419023"]),
        ("Tu contrato quedó con el documento de identidad 4567890.", "es-PY", ["4567890"]),
        # Traps: a reference after other words; a record's ID card; a phone number in the next sentence.
        ("Bring your national ID and booking 30512874 to the desk.", "en-KE", []),
        ("Your student ID card number 30512874 is active.", "en-KE", []),
        ("Bring your national ID card. Call 0712345678 for help.", "en-KE", []),
    ],
)
def test_number_after_a_national_id_label(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP403", body=body, locale=locale, category="transactional", channel="sms"
    )
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Con nuestra terapia láser recuperarás el 100 % de la vista en un mes.",
            "es-ES",
            ["recuperarás el 100 % de la vista"],
        ),
        (
            "Nuestro sérum devuelve tu cabello por completo en 90 días.",
            "es-MX",
            ["devuelve tu cabello por completo"],
        ),
        (
            "Our new drops restore your eyesight fully in four weeks.",
            "en-US",
            ["restore your eyesight fully"],
        ),
        # Traps: a gradual recovery, a faculty that is no sense, a negation, money back.
        ("Con la fisioterapia recuperas la movilidad poco a poco.", "es-ES", []),
        ("Our coaches help you regain your confidence on the wall.", "en-US", []),
        ("Un audífono no recupera la audición por completo, pero ayuda mucho.", "es-ES", []),
        ("Recupera el 100 % de tu dinero si no te gusta.", "es-ES", []),
    ],
)
def test_sense_given_back_in_full(registry: Registry, body: str, locale: str, flagged: list[str]) -> None:
    texts = finding_texts(registry, "CMP207", body=body, locale=locale, category="marketing")
    assert texts == flagged


_EN_FOOT = "\n\nBook: https://thequay.co.uk/q\nUnsubscribe: https://thequay.co.uk/u\nThe Quay Bar, 2 High Street, Leeds LS1 4AB"
_ES_FOOT = "\n\nReserva: https://elmuelle.es/s\nBaja: https://elmuelle.es/baja\nBar El Muelle, Calle Mayor 3, 28013 Madrid"


@pytest.mark.parametrize(
    ("body", "locale", "flagged"),
    [
        (
            "Hi Sam,\n\nQuiz night is back: bottomless free prosecco from 7pm and a prize for whoever downs the most."
            + _EN_FOOT,
            "en-GB",
            ["bottomless free prosecco", "whoever downs the most"],
        ),
        (
            "Hola, Ana:\n\nEl sábado, concurso de chupitos y cerveza gratis ilimitada." + _ES_FOOT,
            "es-ES",
            ["concurso de chupitos", "cerveza gratis ilimitada"],
        ),
        # Traps: a tasting, a prize for something else, unlimited soft drinks.
        (
            "Hi Sam,\n\nWine night: five wines and a prize for whoever guesses the most grapes." + _EN_FOOT,
            "en-GB",
            [],
        ),
        ("Hi Sam,\n\nBrunch is back with unlimited coffee and free juice refills." + _EN_FOOT, "en-GB", []),
        ("Hola, Ana:\n\nEl sábado, cata de tres vinos de la casa." + _ES_FOOT, "es-ES", []),
    ],
)
def test_drinking_without_limit_in_email(
    registry: Registry, body: str, locale: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP208", body=body, subject="Friday", locale=locale, channel="email", category="marketing"
    )
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "brand", "flagged"),
    [
        (
            "Harbour Flats: your rent is overdue. Pay at https://harbourflats.uk-payments.com/login.",
            "Harbour Flats",
            ["https://harbourflats.uk-payments.com/login"],
        ),
        (
            "Ferris del Sur: cambio en tu viaje. Confírmalo en https://ferrisdelsur-reservas.com/ok.",
            "Naviera Ferris del Sur",
            ["https://ferrisdelsur-reservas.com/ok"],
        ),
        # Traps: a booking platform hosting the brand; the brand's own subdomains and pages.
        ("Harbour Flats: book a viewing at https://harbourflats.bookeo.com/viewings.", "Harbour Flats", []),
        ("Harbour Flats: pay at https://payments.harbourflats.co.uk.", "Harbour Flats", []),
        ("Ferris del Sur: confírmalo en https://reservas.ferrisdelsur.es/ok.", "Naviera Ferris del Sur", []),
        ("Ferris del Sur: confírmalo en https://ferrisdelsur.es/reservas.", "Naviera Ferris del Sur", []),
    ],
)
def test_brand_with_booking_word_or_under_payment_domain(
    registry: Registry, body: str, brand: str, flagged: list[str]
) -> None:
    texts = finding_texts(
        registry, "CMP304", body=body, brand=brand, locale="en-GB", category="collections", channel="sms"
    )
    assert texts == flagged
