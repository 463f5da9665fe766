"""What the blind sets h54 and h55 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at (CLR301 points at the end of the body: the action that is missing).

- False positive, CLR301: the action with its way in or its invitation, which the object tests did not read: a Spanish
  imperative before a gerund of how to act ("Aparta tu plaza" is read; "Reserva escribiéndonos por aquí" was not), an
  English "Come and" before the verb of the visit, and the verbs of securing a place and of playing ("Lock it in",
  "Secure your spot", "Play now").
- False negative, CLR105 (h54): three negations in the clause of an exception that is itself negated ("unless you
  don't want us not to ..."). A comma ends that clause, and a plain exception with one negation passes.
- False negative, CLR403 (h54): a session run remotely ("your remote viewing session", "la clase a distancia") is
  followed from wherever the reader is, as an online one; a remote control is no session.
- False positive, CMP203 (h54): a Canadian or UK postcode read as leet ("K0L 1C0" as "kol ico"): a postcode is letters
  and digits by design.
- False positive, CMP501 (h55): a payment demand whose link is the brand's own domain written without a scheme
  ("telecablenorte.pe/pagos"), as over https; a written http:// and a look-alike still count.
- False negative, CMP409 (h54): the card itself asked back by reply (its full number, or its number with the expiry date
  or the CVV). A loyalty card's number, the last four digits and a warning pass.
- False negative, CMP304 (h54, h55): the name joined without its joining words with a payment word ("pagos-miradororion"
  for Mirador de Orión), and the name's core after its trade word with a word claiming security even when the core is a
  frequent word ("almenara-verificacion" for Banco Almenara).
- False negative, CMP204 (h55): a draw's jackpot ("el bote del sábado", "bote acumulado") and more tickets for more
  chances; a jar ("un bote de miel") passes.
- False negative, CMP403 (h55): a Canadian Social Insurance Number after its label; a Spanish "sin" before a phone
  number passes.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR301 (false positive) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Taller Ébano: este mes, barniz de tu mesa con un 20 % menos. Reserva escribiéndonos por aquí. Responde BAJA para no recibir más.", "es-ES"),
        ("Escuela Marea: quedan tres plazas para el curso de vela del sábado. Apártala llamando al 600 111 222. Responde BAJA para no recibir más.", "es-ES"),
        ("Vivero Lirio: llegaron las begonias rex. Resérvala contestando con tu nombre. Responde BAJA para no recibir más.", "es-MX"),
        ("Pinewood Pottery: the winter wheel course opens on 4 January. Come and throw your first bowl with us. Reply STOP to opt out.", "en-GB"),
        ("Cobalt Kites: only four spring lessons are left. Lock yours in before Friday. Reply STOP to opt out.", "en-AU"),
        ("Harbour Bingo: Friday's big game has a £500 prize. Play now in the app. Reply STOP to opt out.", "en-GB"),
        ("Fern Hall: our summer supper club returns in June. Secure your seat this week. Reply STOP to opt out.", "en-GB"),
    ],
)
def test_action_with_its_way_in_is_a_call_to_action(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR301", body=body, locale=locale, category="marketing", channel="whatsapp") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # A noun before the gerund is no imperative; a bare "Come and" with nothing after; "play" and "lock" as nouns.
        ("Taller Ébano: la reserva sigue creciendo este mes. Responde BAJA para no recibir más.", "es-ES"),
        ("Pinewood Pottery: the winter wheel course opens on 4 January, come and go as you please. Reply STOP to opt out.", "en-GB"),
        ("Harbour Theatre: the play everyone talked about is back this spring. Reply STOP to opt out.", "en-GB"),
        ("Cobalt Marine: lock gates on the canal reopen in March. Reply STOP to opt out.", "en-GB"),
    ],
)
def test_no_action_still_reported(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR301", body=body, locale=locale, category="marketing", channel="whatsapp") == [""]


# --- clarity: CLR105 (false negative) ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Taller Brisa: a menos que no prefieras que no te lo enviemos, el marco sale el lunes.", "es-AR", "a menos que no prefieras que no"),
        ("Brightwater Kennels: unless you'd rather we didn't not board him, the room is held.", "en-GB", "unless you'd rather we didn't not"),
    ],
)
def test_negated_exception_on_a_negation(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR105", body=body, locale=locale, channel="whatsapp") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Taller Brisa: salvo que no puedas venir, no hace falta avisar.", "es-ES"),
        ("Taller Brisa: a menos que nos digas otra cosa, no cobraremos el envío.", "es-ES"),
        ("Brightwater Kennels: unless it's not raining, we won't walk the dogs.", "en-GB"),
        ("Brightwater Kennels: unless you cancel, we won't charge you before May.", "en-GB"),
    ],
)
def test_plain_exception_passes_clr105(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR105", body=body, locale=locale, channel="whatsapp") == []


# --- clarity: CLR403 (false negative) ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Lumen Hill Observatory: your remote viewing session of Saturn starts at 11:30pm on Friday.", "en-CA", "11:30pm"),
        ("Estudio Kintsugi: tu clase a distancia de dorado empieza a las 19:00.", "es-MX", "19:00"),
    ],
)
def test_remote_session_time_needs_its_zone(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="alert") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Lumen Hill Observatory: your remote viewing session of Saturn starts at 11:30pm ET.", "en-CA"),
        ("Volt Depot: your new remote control arrives at 10:00 on Tuesday.", "en-CA"),
    ],
)
def test_zone_given_or_no_session_passes_clr403(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR403", body=body, locale=locale, category="alert") == []


# --- compliance: CMP203 (false positive) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Maple Loom Studio, 12 Weaver Lane, Perth, ON K7H 1C0. To unsubscribe, reply STOP.", "en-CA"),
        ("Quayside Books, 4 Mill Street, London W1N 4DJ. Unsubscribe at any time: win a place on our list by replying.", "en-GB"),
    ],
)
def test_postcode_is_not_leet(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP203", body=body, locale=locale, category="marketing", channel="email") == []


def test_leet_crypto_word_still_reported(registry: Registry) -> None:
    body = "Join our new 1C0 before the token price triples. Reply STOP to opt out."
    assert spans(registry, "CMP203", body=body, locale="en-CA", category="marketing", channel="sms") == ["1C0"]


# --- compliance: CMP501 (false positive) ----------------------------------------------------------------------------


def test_demand_on_own_domain_without_scheme_passes(registry: Registry) -> None:
    body = "Aguas del Valle: su servicio será suspendido si no paga hoy. Pague en aguasdelvalle.pe/pagos."
    assert spans(registry, "CMP501", body=body, locale="es-PE", category="collections", brand="Aguas del Valle") == []


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Aguas del Valle: su servicio será suspendido si no paga hoy. Pague en http://aguasdelvalle.pe/pagos.", "suspendido"),
        ("Aguas del Valle: su servicio será suspendido si no paga hoy. Pague en aguas-valle-cobros.pe/pagos.", "suspendido"),
    ],
)
def test_demand_on_http_or_another_domain_still_reported(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CMP501", body=body, locale="es-PE", category="collections", brand="Aguas del Valle") == [span]


# --- compliance: CMP409 (false negative) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Gimnasio Roca: tu cuota de marzo no se cobró. Contéstanos con el número completo de tu tarjeta para reintentarlo.",
            "es-MX", ". Contéstanos con el número completo de tu tarjeta",
        ),
        (
            "Gimnasio Roca: para renovar, envíanos el número de tu tarjeta de débito y la fecha de vencimiento.",
            "es-CO", ", envíanos el número de tu tarjeta de débito y la fecha de vencimiento",
        ),
        (
            "Fernside Florists: your standing order failed. Text us your long card number so we can retry it.",
            "en-GB", ". Text us your long card number",
        ),
        (
            "Fernside Florists: to renew, reply with your card number and the CVV.",
            "en-GB", ", reply with your card number and the CVV",
        ),
    ],
)
def test_card_asked_back_by_reply(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP409", body=body, locale=locale, channel="whatsapp") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Gimnasio Roca: para sumar puntos, responde con el número de tu tarjeta de socio.", "es-MX"),
        ("Gimnasio Roca: para confirmar que eres tú, responde con los últimos 4 dígitos de tu tarjeta.", "es-MX"),
        ("Gimnasio Roca: nunca respondas con el número completo de tu tarjeta a nadie.", "es-MX"),
        ("Fernside Florists: reply with your loyalty card number to collect points.", "en-GB"),
        ("Fernside Florists: never reply with your full card number to anyone.", "en-GB"),
    ],
)
def test_loyalty_card_last_digits_or_warning_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP409", body=body, locale=locale, channel="whatsapp") == []


# --- compliance: CMP304 (false negative) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Tu cuota está pendiente: págala en https://cobros-casamolinos.com/cuota", "es-ES", "Casa de los Molinos", "https://cobros-casamolinos.com/cuota"),
        ("Settle your bill at https://harbourgulls-billing.com/pay", "en-GB", "Harbour of the Gulls", "https://harbourgulls-billing.com/pay"),
        ("Si no fuiste tú, revisa el acceso en https://arrecife-seguridad.com/login", "es-CO", "Banco Arrecife", "https://arrecife-seguridad.com/login"),
        ("If this wasn't you, check it at https://lantern-verify.com/access", "en-GB", "Lantern Credit Union", "https://lantern-verify.com/access"),
    ],
)
def test_name_joined_or_core_with_a_lure_word(registry: Registry, body: str, locale: str, brand: str, span: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand) == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # The brand's own domain, the core alone, a core with a word that claims nothing, a name that carries the word.
        ("Tu cuota está pendiente: págala en https://casamolinos.com/cobros", "es-ES", "Casa de los Molinos"),
        ("Si no fuiste tú, revisa el acceso en https://arrecife.com/seguridad", "es-CO", "Banco Arrecife"),
        ("Consulta tu extracto en https://arrecife-online.com/extracto", "es-CO", "Banco Arrecife"),
        ("Renew your policy at https://lantern-secure.com/renew", "en-GB", "Lantern Secure"),
    ],
)
def test_own_domain_or_no_claim_passes_cmp304(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand) == []


# --- compliance: CMP204 (false negative) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Este jueves el bote acumulado llega a 3 millones. Participa en la app.", "es-ES", "bote acumulado"),
        ("El bote del domingo ya suma 800.000 €: no te quedes fuera.", "es-ES", "bote del domingo"),
        ("Saturday's draw is huge, and the more tickets you buy, the better your odds.", "en-GB", "the more tickets you buy"),
    ],
)
def test_draw_jackpot_is_gambling(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP204", body=body, locale=locale, channel="push", category="marketing") == [span]


@pytest.mark.parametrize(
    "body",
    [
        "Colmenar Sur: este sábado, un bote de miel de romero por 6 €. Pídelo en la app.",
        "Náutica Faro: alquila un bote para el domingo en la app.",
    ],
)
def test_jar_or_boat_is_no_jackpot(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP204", body=body, locale="es-ES", channel="push", category="marketing") == []


# --- compliance: CMP403 (false negative) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Northway Accounting: we have your file. SIN: 612 448 903. Sign at https://northway.ca/sign.", "612 448 903"),
        ("Northway Accounting: your Social Insurance Number 312-448-905 is on the form.", "312-448-905"),
    ],
)
def test_labelled_canadian_sin(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="en-CA", channel="email", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Fontanería Ruiz: visita sin coste, llama al 612 448 903.", "es-ES"),
        ("Northway Accounting: call 612 448 903 about your file.", "en-CA"),
        ("Northway Accounting: SIN or not, call 012 448 903.", "en-CA"),
    ],
)
def test_phone_number_is_no_sin(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP403", body=body, locale=locale, channel="email", category="service") == []
