"""What the blind sets h88 and h89 showed in compliance (round 60; clarity, tone and language are analysed elsewhere or
left), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CMP403 (h89): a cédula after its abbreviation in capitals ("C.I. 5.678.123-9"), as after the word.
- False negative, CMP207 (h88): a disease whose name has an ñ ("curan la migraña"): the folded view keeps the letter.
- False negative, CMP207 (h89): a body's weight loss guaranteed in figures ("guaranteed to melt 6 kg").
- False negative, CMP409 (h89): an alarm's disarm code asked back by reply.
- False positive, CLR301 (h89): an offer redeemed by showing the message ("presentando este mensaje", "when you show this
  text"): the act the offer asks for, in a gerund or a when-clause where the imperative table does not reach.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- compliance: CMP403, a cédula after its abbreviation (false negative) ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Farmacia Sur: tu receta quedó a nombre de C.I. 5.678.123-9. Retírala hoy.", "es-UY", "5.678.123-9"),
        ("Mutual Este: afiliado C.I. Nº 2.345.678-1, tu orden ya fue emitida.", "es-UY", "2.345.678-1"),
    ],
)
def test_a_number_after_a_ci_label_is_a_cedula(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP403", body=body, locale=locale, channel="sms", category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the same number without a label
        ("Farmacia Sur: el lote 5.678.123-9 ya llegó. Retíralo hoy.", "es-UY"),
        # "ci" in lower case is no label
        ("Farmacia Sur: ci 5.678.123-9 no es válido como código de retiro.", "es-UY"),
    ],
)
def test_the_same_number_without_a_label_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP403", body=body, locale=locale, channel="sms", category="transactional") == []


# --- compliance: CMP207, a disease with an ñ; a weight loss guaranteed (false negatives) -------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Centro Raíz: nuestras ventosas curan la migraña en tres sesiones. Reserva en https://raiz.es.", "es-ES",
         "curan la migraña"),
        ("Herbolario Luna: este té cura la legaña crónica. Pídelo en https://luna.es.", "es-ES", "cura la legaña"),
        ("Slim Forge: our cold wrap is guaranteed to melt 6 kg in two weeks. Book at https://slimforge.com.", "en-GB",
         "guaranteed to melt 6 kg"),
        ("Tonic Lab: lose 9 lbs this month, guaranteed. Start at https://toniclab.com.", "en-US",
         "lose 9 lbs this month, guaranteed"),
        ("Faja Ceibo: te garantizamos que pierdes 7 kilos en un mes. Pídela en https://ceibo.mx.", "es-MX",
         "garantizamos que pierdes 7 kilos"),
        ("Gel Brío: bajarás 4 kg garantizado. Pídelo en https://brio.mx.", "es-MX", "bajarás 4 kg garantizado"),
    ],
)
def test_a_disease_with_an_enye_or_a_guaranteed_weight_loss_is_a_health_claim(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Centro Raíz: la migraña no se cura con ventosas; consulta a tu médico.", "es-ES"),
        # a parcel's weight, a weight without the guarantee, the guarantee denied
        ("Freight Owl: next-day delivery guaranteed to drop 20 kg sacks at your gate.", "en-GB"),
        ("Haul Mates: we guarantee to remove 300 lbs of junk from your garage.", "en-US"),
        ("Slim Forge: members lost 6 kg on average last year. Book at https://slimforge.com.", "en-GB"),
        ("Faja Ceibo: no garantizamos que pierdas 7 kilos; cada cuerpo es distinto.", "es-MX"),
        ("Mudanzas Ceibo: garantizamos bajar 30 kg de cajas por la escalera.", "es-MX"),
    ],
)
def test_a_parcel_weight_or_an_unpromised_loss_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP207", body=body, locale=locale, channel="sms", category="marketing") == []


# --- compliance: CMP409, an alarm code asked back (false negative) -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Vigía Hogar: we're moving you to a new panel. Just reply with your 6-digit disarm code so we can set it up.",
         "en-US", ". Just reply with your 6-digit disarm code"),
        ("Vigía Hogar: cambiamos tu panel. Respóndenos con tu código de la alarma para configurarlo.", "es-AR",
         ". Respóndenos con tu código de la alarma"),
    ],
)
def test_an_alarm_code_asked_back_by_reply_is_a_credential_request(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CMP409", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Vigía Hogar: never reply with your alarm code, not even to us.", "en-US"),
        ("Vigía Hogar: your alarm code was changed today; call us if it wasn't you.", "en-US"),
        ("Vigía Hogar: nunca respondas con tu código de la alarma.", "es-AR"),
        ("Vigía Hogar: respóndenos con el código de tu pedido para ubicarlo.", "es-AR"),
    ],
)
def test_a_warning_or_another_code_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP409", body=body, locale=locale, channel="sms", category="service") == []


# --- clarity: CLR301, an offer redeemed by showing the message (false positive) -----------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Pulcra: el planchado de camisas va a mitad de precio el lunes mostrando este SMS en mostrador. Responde BAJA "
         "para no recibir más.", "es-CL"),
        ("Pressline: shirts are pressed at half price on Monday when you show this text at the counter. Reply STOP to "
         "opt out.", "en-GB"),
    ],
)
def test_an_offer_redeemed_by_showing_the_message_has_its_action(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR301", body=body, locale=locale, channel="sms", category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Pulcra: el planchado de camisas va a mitad de precio el lunes. Responde BAJA para no recibir más.", "es-CL"),
        ("Pressline: shirts are pressed at half price on Monday. Reply STOP to opt out.", "en-GB"),
    ],
)
def test_the_offer_without_its_redemption_still_lacks_an_action(registry: Registry, body: str, locale: str) -> None:
    assert len(spans(registry, "CLR301", body=body, locale=locale, channel="sms", category="marketing")) == 1
