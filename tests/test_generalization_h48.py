"""What the blind sets h48 and h49 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording. h48 had no clarity or compliance miss; every row below comes from h49 (mainstream senders).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, CMP407: in an email, the brand's own https link offered to a reader who did not ask for the code
  ("Si no fuiste tú, cambia tu contraseña en https://...", "If this wasn't you, ..."). A text message, another domain,
  or a link that asks to enter the code still flags.
- False positive, CMP501: the brand's own domain spelling its name without its kind-of-business words ("sonrisaplena.cl"
  for Sonrisa Plena Seguros). A look-alike of it, a core that names no one brand, or a request for a secret still flags.
- False positive, CLR301: an imperative of the CTA list that takes a gerund, before the gerund and more of its clause
  ("Start watching tonight"). "Start saving." alone passes no action.
- False negative, CMP207: reversing a disease ("revertirás la artrosis", "reverses type 2 diabetes"); reversing a charge
  or a sign of age, and a negation, pass.
- False negative, CLR403: the reader enjoying a place in another zone, in the progressive ("estés disfrutando de Punta
  Cana", "you're enjoying Honolulu"); an invitation ("Disfruta de ...") and a place on the reader's clock pass.
- False negative, CMP304: an institution's domain with hyphens for its dots under another domain ("wcu-ac-za.net",
  "sct-gob-mx.com"); the institution's own domain and a name ending in "go" pass.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- compliance: CMP407 (false positive) -------------------------------------------------------------------------------

_OTP_ES = "Hola:\n\nTu código de acceso a Lumbra es 551203. Vence en 10 minutos. No lo compartas.\n\n"
_OTP_EN = "Hi,\n\nYour Lumbra sign-in code is 551203. It expires in 10 minutes. Don't share it.\n\n"


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (_OTP_ES + "Si no fuiste tú, protege tu cuenta en https://lumbra.com/seguridad.\n\nLumbra", "es-ES"),
        (
            _OTP_ES + "Si no lo solicitaste, revisa tus accesos en https://www.lumbra.com/accesos.\n\nLumbra",
            "es-MX",
        ),
        (
            _OTP_EN + "If this wasn't you, reset your password at https://lumbra.com/security.\n\nLumbra",
            "en-GB",
        ),
        (
            _OTP_EN
            + "If you didn't request it, review your sign-ins at https://account.lumbra.com.\n\nLumbra",
            "en-US",
        ),
    ],
)
def test_otp_email_security_link_on_own_domain_passes(registry: Registry, body: str, locale: str) -> None:
    fields = {
        "body": body,
        "locale": locale,
        "category": "otp",
        "channel": "email",
        "brand": "Lumbra",
        "subject": "Code",
    }
    assert spans(registry, "CMP407", **fields) == []


@pytest.mark.parametrize(
    ("body", "locale", "channel", "span"),
    [
        # A text message carries no link at all.
        (
            "Tu código de Lumbra es 551203. No lo compartas. Si no fuiste tú, entra en https://lumbra.com/seguridad",
            "es-ES",
            "sms",
            "https://lumbra.com/seguridad",
        ),
        # Another domain than the brand's.
        (
            _OTP_ES + "Si no fuiste tú, protege tu cuenta en https://lumbra-seguridad.com/cuenta.\n\nLumbra",
            "es-ES",
            "email",
            "https://lumbra-seguridad.com/cuenta",
        ),
        # A link that asks to enter the code, or with no condition before it.
        (
            _OTP_EN + "If this wasn't you, enter the code at https://lumbra.com/verify to block the sign-in.",
            "en-GB",
            "email",
            "https://lumbra.com/verify",
        ),
        (
            _OTP_EN + "Sign in at https://lumbra.com/login.\n\nLumbra",
            "en-GB",
            "email",
            "https://lumbra.com/login",
        ),
    ],
)
def test_otp_link_still_flags(registry: Registry, body: str, locale: str, channel: str, span: str) -> None:
    fields = {"body": body, "locale": locale, "category": "otp", "channel": channel, "brand": "Lumbra"}
    if channel == "email":
        fields["subject"] = "Code"
    assert spans(registry, "CMP407", **fields) == [span]


# --- compliance: CMP501 (false positive) -------------------------------------------------------------------------------

_DUE_ES = "Hola:\n\nSu plan dental tiene una cuota pendiente de $ 32.000. Si no la paga antes del 12 de mayo, su cobertura queda suspendida. "
_DUE_EN = "Hi,\n\nYour home cover has an unpaid premium of £48. If you don't pay by 9 June, your policy will be suspended. "


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        (
            _DUE_ES + "Pague en https://sonrisaplena.cl/pagos.\n\nSonrisa Plena Seguros",
            "es-CL",
            "Sonrisa Plena Seguros",
        ),
        (
            _DUE_EN + "Pay at https://oakhollow.co.uk/pay.\n\nOak Hollow Insurance",
            "en-GB",
            "Oak Hollow Insurance",
        ),
        (
            _DUE_EN + "Pay at https://oak-hollow.co.uk/pay.\n\nOak Hollow Insurance",
            "en-GB",
            "Oak Hollow Insurance",
        ),
    ],
)
def test_notice_on_brand_core_domain_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    fields = {
        "body": body,
        "locale": locale,
        "category": "collections",
        "channel": "email",
        "brand": brand,
        "subject": "Pago",
    }
    assert spans(registry, "CMP501", **fields) == []


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        # A look-alike of the core, and a core that names no one brand.
        (
            _DUE_ES + "Pague en https://sonrisaplena-pagos.cl/pagos.",
            "es-CL",
            "Sonrisa Plena Seguros",
            "suspendida",
        ),
        (_DUE_ES + "Pague en https://norte.cl/pagos.", "es-CL", "Seguros Norte", "suspendida"),
        # The brand's core domain asking for a secret.
        (
            _DUE_EN + "Confirm your password at https://oakhollow.co.uk/pay.",
            "en-GB",
            "Oak Hollow Insurance",
            "suspended",
        ),
    ],
)
def test_phishing_shape_still_flags(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    fields = {
        "body": body,
        "locale": locale,
        "category": "collections",
        "channel": "email",
        "brand": brand,
        "subject": "Pago",
    }
    assert spans(registry, "CMP501", **fields) == [span]


# --- clarity: CLR301 (false positive) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Season two of 'Dockside' is now streaming on Flickbay. Start watching tonight.",
        "Our new spice kits are here. Try cooking a curry at home this weekend.",
    ],
)
def test_gerund_after_cta_imperative_is_an_action(registry: Registry, body: str) -> None:
    fields = {"body": body, "locale": "en-GB", "category": "marketing", "channel": "push"}
    assert spans(registry, "CLR301", **fields) == []


@pytest.mark.parametrize(
    "body",
    [
        "Our winter range has arrived. Start saving.",
        "Our winter range has arrived. Starting prices are lower this year.",
    ],
)
def test_gerund_without_its_clause_is_no_action(registry: Registry, body: str) -> None:
    fields = {"body": body, "locale": "en-US", "category": "marketing", "channel": "sms"}
    assert spans(registry, "CLR301", **fields) == [""]


# --- compliance: CMP207 (false negative) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Con las gotas Vitalia revertirás la artrosis de rodilla en ocho semanas. Pídelas en la app.",
            "es-ES",
            "revertirás la artrosis",
        ),
        (
            "Nuestro té revierte por completo la hipertensión. Pedilo en la app.",
            "es-AR",
            "revierte por completo la hipertensión",
        ),
        (
            "Our Glucofix tea reverses type 2 diabetes in a month. Order in the app.",
            "en-US",
            "reverses type 2 diabetes",
        ),
        (
            "These drops reverse your tendinitis in days. Order in the app.",
            "en-GB",
            "reverse your tendinitis",
        ),
    ],
)
def test_reversing_a_disease_is_a_cure_claim(registry: Registry, body: str, locale: str, span: str) -> None:
    fields = {"body": body, "locale": locale, "category": "marketing", "channel": "push"}
    assert spans(registry, "CMP207", **fields) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Si hubo un error, revertimos el cargo en 48 horas.", "es-ES"),
        ("Nuestra crema revierte los signos de la edad. Pídela en la app.", "es-ES"),
        ("No prometemos que revierta la diabetes: consulta a tu médico.", "es-MX"),
        ("We reversed the late fee on your account.", "en-US"),
        ("This tea won't reverse diabetes; talk to your doctor.", "en-US"),
    ],
)
def test_reversing_no_disease_passes(registry: Registry, body: str, locale: str) -> None:
    fields = {"body": body, "locale": locale, "category": "marketing", "channel": "push"}
    assert spans(registry, "CMP207", **fields) == []


# --- clarity: CLR403 (false negative) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Hola, Marta:\n\nEsperamos que estés disfrutando de Punta Cana. Hemos movido tu vuelo de vuelta del domingo. "
            "Si quieres cambiarlo, llámanos antes de las 17:00 del viernes.\n\nAerolíneas Brisa",
            "es-ES",
            "17:00",
        ),
        (
            "Hi Tom,\n\nWe hope you're enjoying Honolulu. Your return flight on Sunday now leaves earlier; call us before "
            "5 pm on Friday to change it.\n\nSkyline Air",
            "en-US",
            "5 pm",
        ),
    ],
)
def test_reader_enjoying_a_place_elsewhere(registry: Registry, body: str, locale: str, span: str) -> None:
    fields = {
        "body": body,
        "locale": locale,
        "category": "transactional",
        "channel": "email",
        "subject": "Vuelo",
    }
    assert spans(registry, "CLR403", **fields) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # An invitation to the place, a thing enjoyed, a place on the reader's own clock.
        ("Disfruta de Punta Cana desde 499 €. Reserva antes de las 23:59 del domingo en la web.", "es-ES"),
        (
            "Esperamos que estés disfrutando de tu nuevo sofá. Si tienes dudas, llámanos antes de las 18:00.",
            "es-ES",
        ),
        (
            "Esperamos que estés disfrutando de Sevilla. Tu visita guiada empieza a las 10:00 en la puerta del Alcázar.",
            "es-ES",
        ),
        ("Enjoy Honolulu this spring from $399. Book by 11 pm on Sunday.", "en-US"),
    ],
)
def test_no_stay_elsewhere_passes_clr403(registry: Registry, body: str, locale: str) -> None:
    fields = {
        "body": body,
        "locale": locale,
        "category": "transactional",
        "channel": "email",
        "subject": "Viaje",
    }
    assert spans(registry, "CLR403", **fields) == []


# --- compliance: CMP304 (false negative) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Hi {{first_name}}, your parking permit renewal of R 450 is due. Pay it at https://permits.wcu-ac-za.net/renew.",
            "en-ZA",
            "https://permits.wcu-ac-za.net/renew",
        ),
        (
            "Hola, tu trámite de licencia tiene un saldo de $ 380. Págalo en https://tramites.sct-gob-mx.com/pago.",
            "es-MX",
            "https://tramites.sct-gob-mx.com/pago",
        ),
    ],
)
def test_institution_domain_with_hyphens_is_a_lookalike(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    fields = {
        "body": body,
        "locale": locale,
        "category": "collections",
        "channel": "whatsapp",
        "brand": "Oficina Estatal",
    }
    assert spans(registry, "CMP304", **fields) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hi, your permit renewal is due. Pay it at https://permits.wcu.ac.za/renew.", "en-ZA"),
        ("Hola, tu trámite tiene un saldo de $ 380. Págalo en https://tramites.sct.gob.mx/pago.", "es-MX"),
        ("Tickets for the Lets Go tour are on sale at https://lets-go-kr.com.", "en-US"),
    ],
)
def test_institution_own_domain_passes(registry: Registry, body: str, locale: str) -> None:
    fields = {
        "body": body,
        "locale": locale,
        "category": "collections",
        "channel": "whatsapp",
        "brand": "Oficina Estatal",
    }
    assert spans(registry, "CMP304", **fields) == []
