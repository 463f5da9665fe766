"""What the blind sets h50 and h51 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording, and the leftover of round 40 (a product said to eliminate a disease).

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR403: a check held by video ("your video ID review"), and a place whose name a town ten times
  smaller shares abroad read as the larger ("nuestro abogado en Madrid" to a reader in Mexico: not Madrid, Colombia, on
  Cancún's clock; "in London" to a US reader: not London, Ontario). A London to a Canadian reader, an in-person visit
  and a time with its zone pass.
- CLR401 (found reading h50's clarity lines, whose ranges "5-7 dh" and "3-5 BD" it reads as dates): two numbers joined
  by a hyphen before a unit in words are a range ("3-5 business days", "4-6 semanas"); a hyphenated date without a unit,
  and a range before a unit in shorthand ("3-5 BD"), still flag.
- False negative, CLR503: a vowelless shortening after a hyphen ("via self-svc"), and a lender's arrears bucket without
  its unit ("atraso 60+", "90+ past due"). With the unit ("60+ días", "90+ days overdue") and an age limit ("18+") pass.
- False positive, CLR302: paying in instalments is the offer's terms, as paying is ("fináncialo en 48 cuotas"); the
  verbs of betting are one action ("Bet ... Stake $10 ... place your bet"). Three other actions still flag.
- False positive, CLR301: the verbs of putting money on a bet ("stake ₦2,000 on ...", "wager $20 on ...") are calls to
  action as "bet" is; the nouns ("our stake in", "deposit limits are") are not.
- False negative, CMP209: the reader's credit history as the thing not looked at ("sin consultar tu historial ni tus
  deudas", "without checking your credit history"); looking at it, or a history of something else, passes.
- False negative (round 40's leftover), CMP207: eliminating a disease ("elimina la hipertensión", "eliminate asthma");
  a cosmetic condition (celulitis, halitosis), germs, fees and a negation pass.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- clarity: CLR403 (false negative) ----------------------------------------------------------------------------------

_VIDEO_ES = "Hola, Lucía: tu entrevista por videollamada con nuestro abogado en Madrid es el jueves 8 de julio a las 11:30"
_VIDEO_EN = "Hi Dev, your video ID review with our case officer in London is on Monday, June 7 at 9:15 a.m."


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (_VIDEO_ES + ". Entra desde tu área privada.", "es-MX", "11:30"),
        (_VIDEO_EN + " Join from your account page.", "en-US", "9:15 a.m."),
    ],
)
def test_video_check_with_staff_in_a_main_place_abroad(registry: Registry, body: str, locale: str, span: str) -> None:
    fields = {"body": body, "locale": locale, "category": "service", "channel": "email", "subject": "Cita"}
    assert spans(registry, "CLR403", **fields) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # London is a place of the Canadian reader's own country; an in-person visit; the zone given.
        ("Hi Dev, your video ID review with our case officer in London is on Monday 7 June at 9:15 a.m.", "en-CA"),
        ("Hola, Lucía: tu cita presencial en nuestra oficina de Madrid es el jueves 8 de julio a las 11:30.", "es-MX"),
        (_VIDEO_ES + ", hora de Madrid.", "es-MX"),
    ],
)
def test_no_call_across_zones_passes_clr403(registry: Registry, body: str, locale: str) -> None:
    fields = {"body": body, "locale": locale, "category": "service", "channel": "email", "subject": "Cita"}
    assert spans(registry, "CLR403", **fields) == []


# --- clarity: CLR401 (right family, wrong words on h50 clarity lines) -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Tu sofá llega en 4-6 semanas; el montaje dura 2-3 horas.", "es-ES"),
        ("Refunds reach your card in 3-5 business days.", "en-GB"),
        ("Mesa para 4-6 personas en la terraza.", "es-MX"),
    ],
)
def test_range_before_its_unit_is_no_date(registry: Registry, body: str, locale: str) -> None:
    fields = {"body": body, "locale": locale, "category": "service", "channel": "sms"}
    assert spans(registry, "CLR401", **fields) == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Tu cita es el 4-6 a las 10:00 en la clínica.", "es-ES", "4-6"),
        ("Your refund of 3 items is due 3-5, within 2 days of pickup.", "en-GB", "3-5"),
        ("Your parcel ETA is 4-6 WD after dispatch.", "en-GB", "4-6"),
    ],
)
def test_hyphenated_date_without_unit_still_flags(registry: Registry, body: str, locale: str, span: str) -> None:
    fields = {"body": body, "locale": locale, "category": "service", "channel": "sms"}
    assert spans(registry, "CLR401", **fields) == [span]


# --- clarity: CLR503 (false negative) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi Ola, your LTA calc for the DB scheme is ready in self-svc.", "en-GB", "LTA"),
        (
            "Hola, Ana. Tu crédito 8812 figura con atraso 60+ y cargos GAC y CPM pendientes. Llámanos al 555 0100.",
            "es-MX",
            "60+",
        ),
        ("Hi Sam, loan 7741 is now 90+ past due with LPF and RCF charges added. Call 555 0100.", "en-US", "90+"),
    ],
)
def test_hyphenated_shortening_and_arrears_bucket_count(registry: Registry, body: str, locale: str, span: str) -> None:
    fields = {"body": body, "locale": locale, "category": "collections", "channel": "sms"}
    assert spans(registry, "CLR503", **fields) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hola, Ana. Tu crédito 8812 figura con atraso 60+ días y cargos GAC pendientes. Llámanos al 555 0100.", "es-MX"),
        ("Hi Sam, loan 7741 is 90+ days overdue and LPF charges apply. Call 555 0100.", "en-US"),
        ("Use the self-check-in kiosk at gate B; bring your PNR and a QR code.", "en-GB"),
        ("Solo mayores de 18+. Juega con responsabilidad: RFC y CURP en tu perfil.", "es-MX"),
    ],
)
def test_bucket_with_its_unit_and_words_pass_clr503(registry: Registry, body: str, locale: str) -> None:
    fields = {"body": body, "locale": locale, "category": "collections", "channel": "sms"}
    assert spans(registry, "CLR503", **fields) == []


# --- clarity: CLR302 and CLR301 (false positives) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Cambia tu viejo coche por uno eléctrico, fináncialo en 48 cuotas y calcula tu pago en https://volta.es/calcula.",
            "es-ES",
        ),
        ("Bet on Sunday's derby! Stake $10 at https://goalline.com/derby and place your bet before kickoff.", "en-US"),
    ],
)
def test_instalments_and_betting_synonyms_do_not_compete(registry: Registry, body: str, locale: str) -> None:
    fields = {"body": body, "locale": locale, "category": "marketing", "channel": "sms"}
    assert spans(registry, "CLR302", **fields) == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Compra tu bici, financia el resto, visita la tienda y llama al 555 0100.", "es-ES", "llama"),
        ("Stake $10 on the derby, visit our lounge and call 555 0100 for seats.", "en-US", "call"),
    ],
)
def test_three_other_actions_still_compete(registry: Registry, body: str, locale: str, span: str) -> None:
    fields = {"body": body, "locale": locale, "category": "marketing", "channel": "sms"}
    assert spans(registry, "CLR302", **fields) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hi Ola, stake ₦2,000 on Saturday's derby and we'll add ₦4,000 in free bets. Reply STOP to opt out.", "en-NG"),
        ("Goalline: wager $20 on tonight's fight and get a $20 free bet. Reply STOP to opt out.", "en-US"),
    ],
)
def test_betting_verbs_are_calls_to_action(registry: Registry, body: str, locale: str) -> None:
    fields = {"body": body, "locale": locale, "category": "marketing", "channel": "whatsapp"}
    assert spans(registry, "CLR301", **fields) == []


@pytest.mark.parametrize(
    "body",
    [
        "Goalline: our stake in the derby sponsorship grows this year. Reply STOP to opt out.",
        "Goalline: deposit limits are now shown in your account settings. Reply STOP to opt out.",
    ],
)
def test_betting_nouns_are_no_action(registry: Registry, body: str) -> None:
    fields = {"body": body, "locale": "en-US", "category": "marketing", "channel": "sms"}
    assert spans(registry, "CLR301", **fields) == [""]


# --- compliance: CMP209 (false negative) -------------------------------------------------------------------------------

_FARO = "Préstamos Faro: hasta 8.000 pesos hoy {}. Pídelo en https://faro.mx. Responde BAJA para no recibir más."
_QUID = "QuidFast: {}. Apply at https://quidfast.co.uk. Reply STOP to opt out."


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        (_FARO.format("sin consultar tu historial ni tus deudas"), "es-MX", "Préstamos Faro",
         "sin consultar tu historial ni tus deudas"),
        (_FARO.format("sin mirar tu historial crediticio"), "es-CO", "Préstamos Faro", "sin mirar tu historial crediticio"),
        (_QUID.format("borrow up to £600 today without checking your credit history"), "en-GB", "QuidFast",
         "without checking your credit history"),
    ],
)  # fmt: skip
def test_credit_history_not_looked_at(registry: Registry, body: str, locale: str, brand: str, span: str) -> None:
    fields = {"body": body, "locale": locale, "category": "marketing", "channel": "sms", "brand": brand}
    assert spans(registry, "CMP209", **fields) == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        (_FARO.format("tras revisar tu historial crediticio"), "es-MX", "Préstamos Faro"),
        (
            "Autos Faro: llévate tu seminuevo sin revisar el historial de mantenimiento. Responde BAJA para no recibir más.",
            "es-MX",
            "Autos Faro",
        ),
        (_QUID.format("see your rate without affecting your credit score"), "en-GB", "QuidFast"),
    ],
)
def test_credit_history_looked_at_or_other_history_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    fields = {"body": body, "locale": locale, "category": "marketing", "channel": "sms", "brand": brand}
    assert spans(registry, "CMP209", **fields) == []


# --- compliance: CMP207 (round 40's leftover) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Nuestro té Verdalia elimina la hipertensión en un mes. Pídelo en la app.", "es-ES", "elimina la hipertensión"),
        ("Con estas cápsulas eliminarás el asma para siempre. Pedilas en la app.", "es-AR", "eliminarás el asma"),
        ("Our Breezo drops eliminate asthma in two weeks. Order in the app.", "en-US", "eliminate asthma"),
        ("This capsule eliminates your arthritis for good. Order in the app.", "en-GB", "eliminates your arthritis"),
    ],
)
def test_eliminating_a_disease_is_a_cure_claim(registry: Registry, body: str, locale: str, span: str) -> None:
    fields = {"body": body, "locale": locale, "category": "marketing", "channel": "push"}
    assert spans(registry, "CMP207", **fields) == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Nuestro gel elimina la celulitis en 30 días. Pídelo en la app.", "es-ES"),
        ("Nuestro spray elimina el 99 % de las bacterias. Pídelo en la app.", "es-ES"),
        ("Este té no elimina la diabetes: consulta a tu médico.", "es-MX"),
        ("Autopay eliminates late fees on your plan. Turn it on in the app.", "en-US"),
        ("Our rinse eliminates halitosis in a week. Order in the app.", "en-US"),
    ],
)
def test_eliminating_no_disease_passes(registry: Registry, body: str, locale: str) -> None:
    fields = {"body": body, "locale": locale, "category": "marketing", "channel": "push"}
    assert spans(registry, "CMP207", **fields) == []
