"""What the fourth blind set (h4) showed over-firing or missing, as classes of message.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to
it: the same vocabulary in a sentence where it is right must not be reported.

- CLR303: words of the sender's name inside a link were subtracted from a sentence that never counted them.
- CLR102 (sentence split): a single letter after a number ("12:00 m.", noon in Venezuela) is not an
  initial; it may close the sentence before an upper-case word.
- CLR202: an exclamation written in another language is untranslated text, not a missing ¡.
- CLR301: "antes" / "ahead" after a clause-initial imperative times the action ("Reserva antes del...",
  "Order ahead in the app").
- CLR403: joining a class from an app is following it online; a phone line's downtime reaches the whole
  country.
- LNG101: words without a vowel are shortenings (CLR501's business), "ofc" is SMS-speak, and a few words
  of customer messaging (pospago, impaga, webinar, Ngā mihi).
- LNG102: "ay que" + infinitive, "it's driver is", "principle" before a title.
- CMP103: Australian "Suburb VIC 3125" and "Hwy". CMP111: service SMS must name the sender too.
- CMP203: "sin revisar centrales de riesgo" (Colombian bureaus) is a no-credit-check loan.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry
from sendlint.textstats import split_sentences

# --- clarity ----------------------------------------------------------------------------------------


def test_brand_words_inside_a_link_do_not_shorten_the_description(registry: Registry) -> None:
    body = (
        "Hola Marta,\n\nYour points double this week with Pumaplata.\n\nStart today at https://pumaplata.com\n\n"
        "Unsubscribe: https://pumaplata.com/unsubscribe\nPumaplata Ltd, 12 King Street, Leeds LS1 2HL"
    )
    assert finding_texts(registry, "CLR303", body=body, locale="en-GB", channel="email", category="marketing", subject="Points", brand="Pumaplata") == []
    # Trap: a link with nothing around it is still bare, brand in the URL or not.
    assert finding_texts(registry, "CLR303", body="Pumaplata. https://pumaplata.com/x1", locale="en", brand="Pumaplata") == ["https://pumaplata.com/x1"]


def test_a_letter_after_a_time_may_close_the_sentence() -> None:
    text = "No habrá agua de 7:00 a. m. a 12 m. Consulta el mapa en la web."
    assert [s.text for s in split_sentences(text, "es")] == ["No habrá agua de 7:00 a. m. a 12 m.", "Consulta el mapa en la web."]
    # Traps: an initial after a name, and a letter after a number followed by lower case, stay inside.
    assert len(split_sentences("Firmado por J. Pérez y el equipo.", "es")) == 1
    assert len(split_sentences("Abre a las 12 m. y cierra a las 6 p. m.", "es")) == 1


def test_an_exclamation_in_another_language_is_not_a_missing_opening_mark(registry: Registry) -> None:
    assert finding_texts(registry, "CLR202", body="Tu reserva quedó lista. See you very soon at the hotel!", locale="es-MX") == []
    # Trap: a Spanish exclamation in the same kind of message still needs its ¡.
    assert finding_texts(registry, "CLR202", body="Tu reserva quedó lista. Te esperamos muy pronto en el hotel!", locale="es-MX") == ["!"]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("¡Hoteles en Cusco desde S/ 120! Reserva antes del viernes 4 de abril en la app de Viajes Ichu.", "es-PE"),
        ("Our new chai is back for autumn. Order ahead in the app and skip the queue.", "en-AU"),
    ],
)
def test_an_imperative_timed_by_antes_or_ahead_is_a_call_to_action(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CLR301", body=body, locale=locale, channel="push", category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # Traps: a noun before "antes"/"ahead" and no action anywhere.
        ("Nuevos sabores de temporada. La reserva antes de las 18:00 tiene 10% menos.", "es-ES"),
        ("New seasonal flavours are here. The queue ahead of opening is usually short.", "en-GB"),
    ],
)
def test_antes_and_ahead_after_a_noun_are_no_call_to_action(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "CLR301", body=body, locale=locale, channel="push", category="marketing") == [""]


def test_a_class_joined_from_the_app_needs_a_zone_in_a_multi_zone_country(registry: Registry) -> None:
    assert finding_texts(registry, "CLR403", body="Tu taller de cerámica inicia a las 17:30. Ingresa desde la app 5 minutos antes.", locale="es-MX", channel="push", category="service") == ["17:30"]
    # Trap: a class at a branch is read on the local clock.
    assert finding_texts(registry, "CLR403", body="Tu taller de cerámica inicia a las 17:30 en la sede Polanco. Llega 5 minutos antes.", locale="es-MX", channel="push", category="service") == []


def test_a_phone_line_outage_needs_a_zone_in_a_multi_zone_country(registry: Registry) -> None:
    body = "Seguros Nopal: nuestra línea telefónica estará fuera de servicio el sábado de 2:00 a 4:00 por mantenimiento."
    assert finding_texts(registry, "CLR403", body=body, locale="es-US", channel="sms", category="service", brand="Seguros Nopal") == ["2:00"]
    # Trap: an outage at the reader's own address is read on the local clock.
    local = "Seguros Nopal: la línea telefónica de tu domicilio estará fuera de servicio el sábado de 2:00 a 4:00 por mantenimiento."
    assert finding_texts(registry, "CLR403", body=local, locale="es-US", channel="sms", category="service", brand="Seguros Nopal") == []


# --- language ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Clínica Molle: tu cita es el lunes. Cnfrm con SI o NO.", "es-PE"),
        ("Tu plan pospago se renueva el 3 de mayo.", "es-CO"),
        ("La factura de marzo sigue impaga; puedes pagarla en la web.", "es-AR"),
        ("Te esperamos en el webinar del jueves.", "es-MX"),
        ("Thanks for coming in today.\n\nNgā mihi,\nThe dental team", "en-NZ"),
    ],
)
def test_shortenings_and_words_of_customer_messaging_are_not_typos(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, brand="Tienda Molle") == []


def test_ofc_is_sms_speak_not_a_typo(registry: Registry) -> None:
    body = "Pls visit our ofc on Monday to sign the form."
    assert finding_texts(registry, "LNG101", body=body, locale="en-IN", channel="sms") == []
    assert "ofc" in finding_texts(registry, "CLR501", body=body, locale="en-IN", channel="sms")
    # Trap: a real typo with vowels is still reported.
    assert finding_texts(registry, "LNG101", body="Please visit our offcie on Monday.", locale="en-IN") == ["offcie"]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Mañana cortamos el agua. Ay que llenar los tanques antes de las 8:00.", "es-MX", "Ay"),
        ("Your parcel left the depot and it's courier will call on arrival.", "en-GB", "it's"),
        ("The school principle, Ms Ortiz, will open the fair at 10am.", "en-US", "principle"),
        ("Our principle Mr Adeyemi invites all parents to the assembly.", "en-ZA", "principle"),
    ],
)
def test_real_word_slips_are_reported(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("¡Ay, qué alegría verte de nuevo! Te esperamos el sábado.", "es-MX"),
        ("Hay que llenar los tanques antes de las 8:00.", "es-MX"),
        ("It's what is best for your account.", "en-US"),
        ("Its courier will call on arrival.", "en-GB"),
        ("The principle is simple: pay on time and earn points.", "en-US"),
        ("Our principal, Ms Ortiz, will open the fair.", "en-US"),
    ],
)
def test_real_word_traps_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale) == []


# --- compliance -------------------------------------------------------------------------------------


def test_an_australian_suburb_state_and_postcode_is_a_postal_address(registry: Registry) -> None:
    head = "Hi Liam,\n\n15% off all mulch this week at https://gumleaf.com.au/sale\n\nUnsubscribe: https://gumleaf.com.au/unsubscribe\n"
    fields = {"locale": "en-AU", "channel": "email", "category": "marketing", "subject": "Mulch sale", "brand": "Gumleaf Garden"}
    assert finding_texts(registry, "CMP103", body=head + "Gumleaf Garden, 4 Pacific Hwy, Gosford NSW 2250", **fields) == []
    assert finding_texts(registry, "CMP103", body=head + "Gumleaf Garden, Unit 2, Gosford QLD 4000", **fields) == []
    # Trap: the year of an Act is no postcode.
    assert finding_texts(registry, "CMP103", body=head + "We follow the Privacy Act 1988.", **fields) == [""]


def test_a_service_sms_must_name_its_sender(registry: Registry) -> None:
    fields = {"locale": "es-CL", "channel": "sms", "category": "service", "brand": "Óptica Lirio"}
    assert finding_texts(registry, "CMP111", body="Tus lentes ya están listos para retirar en la sucursal Ñuñoa.", **fields) == ["T"]
    assert finding_texts(registry, "CMP111", body="Óptica Lirio: tus lentes ya están listos para retirar.", **fields) == []
    # Trap: OTPs and WhatsApp are still out of scope.
    assert finding_texts(registry, "CMP111", body="Tus lentes ya están listos para retirar.", **{**fields, "channel": "whatsapp"}) == []


def test_a_loan_without_checking_the_colombian_bureaus_is_a_payday_offer(registry: Registry) -> None:
    body = "Credifácil: hasta $800.000 sin consultar centrales de riesgo. Pide el tuyo en https://credifacil.co. Responde SALIR para no recibir más."
    assert finding_texts(registry, "CMP203", body=body, locale="es-CO", channel="sms", category="marketing", brand="Credifácil") == ["sin consultar centrales de riesgo"]
    # Trap: the legally required notice that names the bureaus is no offer.
    notice = "Credifácil: te informamos que tu obligación será reportada a las centrales de riesgo si no se paga en 20 días."
    assert finding_texts(registry, "CMP203", body=notice, locale="es-CO", channel="sms", category="collections", brand="Credifácil") == []
