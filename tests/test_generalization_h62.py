"""What the blind sets h62 and h63 showed in clarity and compliance (tone and language are other helpers'), as classes
of wording and of data.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CLR106 (h63): Spanish legal connectors with their article ("conforme al", "a los efectos del") and the
  Civil Code's "sin perjuicio de" before any noun; placing the debtor in default ("constituido en mora"); insurance law's
  terms of art in a settlement (regla proporcional, infraseguro, subrogación; subject to average, subrogation, indemnity
  basis), two of them together.
- False negative, CLR106 (h62): contract drafting's "failing which" and "shall accrue".
- False negative, CMP205 (h63): a guaranteed yearly rate where the money goes into a fund, shares or the markets.
- False negative, CMP304 (h63): the sender's name in another order with a payment word ("atalaya-recobros-pagos").
- False negative, CLR303 (h63): a link alone after the amount owed named as a noun ("left an unpaid balance of S$6.80").
- False negative, CLR403 (h63): the subject names a place abroad and the body a call at a time ("Your pickup in Lisbon").
- False negative, CMP304 (h62, h63): the reader's own country hyphenated into the name on another suffix
  ("northgate-recoveries-za.com" to a reader in South Africa).
- False positive, CLR102 and CLR101 (h63): a letter labelling a hospital's or an office's place ends its sentence
  ("Clinic B. If you can't attend").
- False positive, CMP201 (h62): a food named with the drink ("beer mustard", "mostaza a la cerveza") is an ingredient:
  info, as "made with beer" passes; a US recipient keeps the error.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import field_spans as spans
from conftest import make_message

from sendlint.engine import evaluate
from sendlint.findings import Severity
from sendlint.registry import Registry


def severities(registry: Registry, rule: str, **fields: Any) -> list[Severity]:
    return [f.severity for f in evaluate(make_message(**fields), registry).findings if f.rule == rule]


# --- clarity: CLR106, legal connectors with their article, default, insurance terms (false negative) ----------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Club Remo Sur: conforme al reglamento interno, y sin perjuicio de la sanción que acuerde la junta, el bote "
         "queda fuera de uso.", "conforme al"),
        ("Gas Norte: a los efectos del contrato de suministro, la lectura del jueves se factura aparte, sin perjuicio "
         "de la revisión anual.", "a los efectos del"),
        ("Financiera Oca: le comunicamos que ha quedado constituido en mora por la cuota de marzo.", "constituido en mora"),
        ("Seguros Brezo: tras la visita del perito aplicamos la regla proporcional por infraseguro a tu indemnización.",
         "regla proporcional"),
    ],
)
def test_spanish_legal_connectors_and_terms_of_art_add_up(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CLR106", body=body, locale="es-ES", category="service") == [span]


@pytest.mark.parametrize(
    "body",
    [
        "Piscina Olmo: conforme al calendario de verano, abrimos el lunes a las 9:00.",
        "Financiera Oca: tu cuota de marzo está en mora desde el día 5. Puedes pagarla en la app.",
        "Seguros Brezo: haremos la subrogación: reclamamos nosotros al otro conductor y tú no tienes que hacer nada.",
    ],
)
def test_one_spanish_connector_or_plain_default_passes(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR106", body=body, locale="es-ES", category="service") == []


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Crestline Scaffolds: return the tower by Friday, failing which a daily hire fee applies.", "failing which"),
        ("Crestline Scaffolds: late charges shall accrue from the first day after the hire ends.", "shall accrue"),
        ("Harrier Insurance: your claim is settled on an indemnity basis and subject to average.", "indemnity basis"),
    ],
)
def test_english_drafting_formulas_and_insurance_terms(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CLR106", body=body, locale="en-GB", category="service") == [span]


@pytest.mark.parametrize(
    "body",
    [
        "Crestline Scaffolds: please return the tower by Friday; if you can't, we'll add a daily hire fee.",
        "Harrier Insurance: we'll recover your excess from the other driver through subrogation. You don't need to do anything.",
    ],
)
def test_plain_conditions_and_one_insurance_term_pass(registry: Registry, body: str) -> None:
    assert spans(registry, "CLR106", body=body, locale="en-GB", category="service") == []


# --- compliance: CMP205, a guaranteed yearly rate on a fund or the markets (false negative) --------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Kestrel Invest: switch your ISA into our Equity Fund for a guaranteed 10% a year. Reply STOP to opt out.",
         "en-GB", "guaranteed 10% a year"),
        ("Kestrel Invest: our share portfolio pays 9% per annum, guaranteed. Reply STOP to opt out.", "en-GB",
         "9% per annum, guaranteed"),
        ("Cumbre Renta: traspasa tu plan a nuestro fondo y te garantizamos un 8 % anual. Responde BAJA para salir.",
         "es-ES", "garantizamos un 8 % anual"),
    ],
)
def test_a_guaranteed_yearly_rate_on_an_investment_is_a_return_claim(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Kestrel Savings: our two-year bond pays a guaranteed 4% a year. Reply STOP to opt out.", "en-GB"),
        ("Cumbre Ahorro: depósito a dos años, te garantizamos un 3 % anual. Responde BAJA para salir.", "es-ES"),
    ],
)
def test_a_guaranteed_yearly_rate_on_savings_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, channel="sms", category="marketing") == []


# --- compliance: CMP304, the name in another order with a payment word (false negative) ------------------------------


@pytest.mark.parametrize(
    ("body", "brand", "locale", "span"),
    [
        ("Hornos Lumbre: paga tu cuota en https://lumbre-hornos-pagos.com/c", "Hornos Lumbre", "es-MX",
         "https://lumbre-hornos-pagos.com/c"),
        ("Harlow Quarry: pay your invoice at https://quarry-harlow-payments.com/i", "Harlow Quarry", "en-GB",
         "https://quarry-harlow-payments.com/i"),
    ],
)
def test_the_name_reordered_with_a_payment_word_is_a_lookalike(registry: Registry, body: str, brand: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP304", body=body, brand=brand, locale=locale, channel="sms", category="collections") == [span]


def test_the_name_reordered_without_a_payment_word_is_the_brands_own(registry: Registry) -> None:
    body = "Hornos Lumbre: reserva tu visita en https://lumbre-hornos.com/r"
    assert spans(registry, "CMP304", body=body, brand="Hornos Lumbre", locale="es-MX", channel="sms", category="service") == []


# --- clarity: CLR303, a link alone after the amount owed as a noun (false negative) ----------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Brisa Bikes: your trip on Friday 4 June left an unpaid balance of A$3.20. https://brisabikes.au/b/7Q", "en-AU",
         "https://brisabikes.au/b/7Q"),
        ("Agua Serrana: tiene un saldo pendiente de 41.300 COP con nosotros. https://aguaserrana.co/s/91", "es-CO",
         "https://aguaserrana.co/s/91"),
    ],
)
def test_a_link_after_an_amount_owed_is_bare(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Brisa Bikes: thanks, you've cleared the unpaid balance of A$3.20. https://brisabikes.au/b/7Q", "en-AU"),
        ("Brisa Bikes: your trip left an unpaid balance of A$3.20. Pay it at https://brisabikes.au/b/7Q", "en-AU"),
        ("Agua Serrana: ya pagaste el saldo pendiente de 41.300 COP. https://aguaserrana.co/s/91", "es-CO"),
    ],
)
def test_a_paid_amount_or_a_named_act_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == []


# --- clarity: CLR403, a place abroad in the subject and a call in the body (false negative) ---------------------------


@pytest.mark.parametrize(
    ("subject", "body", "locale", "span"),
    [
        ("Your boat transfer in Porto", "Hi {{first_name}}, our host will call you at 18:00 on Friday 4 June to arrange it.",
         "en-ZA", "18:00"),
        ("Tu traslado en Madrid", "Hola {{nombre}}, nuestro conserje te llamará a las 18:00 del viernes 4 de junio.",
         "es-AR", "18:00"),
    ],
)
def test_a_place_abroad_in_the_subject_and_a_call_need_a_zone(registry: Registry, subject: str, body: str, locale: str, span: str) -> None:
    fields = {"subject": subject, "body": body, "locale": locale, "channel": "email", "category": "service"}
    assert spans(registry, "CLR403", **fields) == [span]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Your boat transfer in Porto", "Hi {{first_name}}, your boat leaves the quay at 18:00 on Friday 4 June."),
        ("Your pickup in Durban", "Hi {{first_name}}, our driver will call you at 18:00 on Friday 4 June."),
    ],
)
def test_no_call_or_a_place_at_home_needs_no_zone(registry: Registry, subject: str, body: str) -> None:
    fields = {"subject": subject, "body": body, "locale": "en-ZA", "channel": "email", "category": "service"}
    assert spans(registry, "CLR403", **fields) == []


# --- compliance: CMP304, the reader's own country hyphenated into the name (false negative) -------------------------


@pytest.mark.parametrize(
    ("body", "brand", "locale", "span"),
    [
        ("Ridgecrest Plumbing: pay your balance at https://ridgecrest-plumbing-nz.com/pay", "Ridgecrest Plumbing", "en-NZ",
         "https://ridgecrest-plumbing-nz.com/pay"),
        ("Ridgecrest Plumbing: book your boiler check at https://ridgecrest-nz-service.net/b", "Ridgecrest Plumbing", "en-NZ",
         "https://ridgecrest-nz-service.net/b"),
        ("Aserradero Pinar: paga tu pedido en https://aserradero-pinar-cl.com/pago", "Aserradero Pinar", "es-CL",
         "https://aserradero-pinar-cl.com/pago"),
    ],
)
def test_the_readers_country_in_the_name_is_a_lookalike(registry: Registry, body: str, brand: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP304", body=body, brand=brand, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # The brand's name on its country's own suffix, with or without the code.
        ("Ridgecrest Plumbing: pay your balance at https://ridgecrestplumbing.co.nz/pay", "en-NZ"),
        ("Ridgecrest Plumbing: pay your balance at https://ridgecrest-nz.co.nz/pay", "en-NZ"),
        # Another country's code is no claim to the reader's.
        ("Ridgecrest Plumbing: pay your balance at https://ridgecrest-plumbing-nz.com/pay", "en-CA"),
    ],
)
def test_the_name_on_its_countrys_suffix_or_another_country_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP304", body=body, brand="Ridgecrest Plumbing", locale=locale, channel="sms", category="collections") == []


# --- clarity: CLR102 and CLR101, a one-letter label of a hospital's or an office's place (false positive) ------------

_LABELLED = {
    "en": "Riverside Hospital: Tomás, your eye test with the optometry team is on Thursday 6 May at 9:40, Ward C. "
    "If you need to move it, please call 555 0199 so we can give the time to another patient.",
    "es": "Hospital Sur: Marta, tu cita de oftalmología con la doctora Ruiz es el jueves 6 de mayo a las 9:40 en la "
    "ventanilla C. Si necesitas cambiarla, llama al 555 0199 y daremos tu hora a otra persona que la espera.",
}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("rule", ["CLR101", "CLR102"])
def test_a_letter_labelling_a_place_ends_its_sentence(registry: Registry, language: str, rule: str) -> None:
    locale = "en-IE" if language == "en" else "es-ES"
    assert spans(registry, rule, body=_LABELLED[language], locale=locale, channel="sms", category="service") == []


def test_the_same_words_in_one_sentence_are_still_long(registry: Registry) -> None:
    body = _LABELLED["en"].replace("Ward C. If", "Ward C, and if")
    assert len(spans(registry, "CLR102", body=body, locale="en-IE", channel="sms", category="service")) == 1


# --- compliance: CMP201, a food named with the drink (false positive) -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hofbrot Bakery: the harvest hamper is back, with rye rolls, beer mustard and a smoked cheese. Reply STOP to opt out.",
         "en-CA"),
        ("Hofbrot Bakery: new this week, penne in vodka sauce for two. Reply STOP to opt out.", "en-GB"),
        ("Horno Alto: vuelve la cesta de otoño con pan de centeno y mostaza a la cerveza. Responde BAJA para salir.", "es-ES"),
    ],
)
def test_a_food_named_with_the_drink_is_info(registry: Registry, body: str, locale: str) -> None:
    assert severities(registry, "CMP201", body=body, locale=locale, channel="sms", category="marketing") == [Severity.INFO]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Hofbrot Bakery: the harvest hamper is back, with rye rolls and a craft beer. Reply STOP to opt out.", "en-CA"),
        ("Horno Alto: vuelve la cesta de otoño con pan de centeno y una cerveza de abadía. Responde BAJA para salir.", "es-ES"),
    ],
)
def test_the_drink_itself_keeps_its_warning(registry: Registry, body: str, locale: str) -> None:
    assert severities(registry, "CMP201", body=body, locale=locale, channel="sms", category="marketing") == [Severity.WARNING]


def test_a_food_named_with_the_drink_to_a_us_recipient_keeps_the_error(registry: Registry) -> None:
    fields = {"body": "Hofbrot Bakery: the harvest hamper is back, with beer mustard. Reply STOP to opt out.",
              "locale": "en-US", "channel": "sms", "category": "marketing", "to": "+12025550143"}
    assert severities(registry, "CMP201", **fields) == [Severity.ERROR]
