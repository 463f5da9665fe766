"""What the ninth blind set (h9) showed missing or over-firing, as classes of message.

New wording only (none of it comes from the evaluation corpora). h9's tone lines were mostly indirect:
sarcasm, veiled threats, polite pressure, passive aggression and guilt. Each class has precision traps
next to it: the same vocabulary where it is right must not be reported.

- TON107: a legal step dropped as an aside ("ya tiene tu expediente sobre la mesa, por si te interesa",
  "already has your file on their desk, just so you know"); the reader's circle or workplace as a third
  party ("personas de su entorno", "contact your workplace"); a friendly visit to the reader's
  neighbourhood ("recorriendo tu barrio ... pasa a saludarte"); a stained record hinted at ("usted sabe lo
  difícil que es ... cuando el historial queda manchado").
- TON108: sarcasm about the reader's priorities or busy life (collections only).
- TON109: told-you-so jabs ("no digas que no te avisamos", "isn't much to ask") and punctuality lectured.
- TON111: disappointment in the reader ("we expected more commitment from you").
- TON301: a clause-initial "Le" before a first-person-plural message verb ("Le recordamos") is the reader.
- LNG102: "a" for "ha" before an event participle, "valla muy bien", "less then five", "Its raining",
  "may effect water", "weather" for "whether" before a clause.
- LNG101: chequeos (es), meds (en). CLR501: "BC" (British Columbia) is no text-speak.
- CMP403: a dashed number after a call label is a phone number, not an SSN.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.address import mixed_address
from sendlint.registry import Registry

# --- tone ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category", "span"),
    [
        ("TON107", "Préstamos Sur: nuestro equipo jurídico ya tiene su caso abierto, para que lo sepa. Pague en la app.", "es-CL", "collections", "equipo jurídico"),
        ("TON107", "Hill Credit: our solicitors already have your case, just so you know. Pay in the app.", "en-GB", "collections", "solicitors"),
        ("TON107", "Crédito Ágil: sería una lástima que esto tuviera que hablarse con gente de tu entorno. Paga hoy.", "es-MX", "collections", "gente de tu entorno"),
        ("TON107", "Fair Loans: we'd rather not have to call your workplace about this balance.", "en-US", "collections", "your workplace"),
        ("TON107", "Presta Fácil: mañana pasamos a saludarte por tu colonia si el pago sigue pendiente.", "es-MX", "collections", "tu colonia"),
        ("TON107", "Rand Cash: our agents are in your neighbourhood on Monday and would love to say hello.", "en-ZA", "collections", "your neighbourhood"),
        ("TON107", "Caja Norte: ya sabes lo complicado que es todo cuando tu historial queda manchado.", "es-PE", "collections", "tu historial queda manchado"),
        ("TON108", "Gimnasio Roble: sabemos que has estado muy ocupado, pero la cuota sigue pendiente.", "es-ES", "collections", "sabemos que has estado muy ocupado"),
        ("TON108", "Pine Motors: we're sure you've just been terribly busy, so here's your overdue balance again.", "en-CA", "collections", "we're sure you've just been terribly busy"),
        ("TON109", "Bici Go: la oferta termina hoy. Luego no digas que no te lo advertimos.", "es-ES", "marketing", "no digas que no te lo advertimos"),
        ("TON109", "Shoe Hub: sale ends tonight. Don't say we didn't warn you.", "en-AU", "marketing", "Don't say we didn't warn you"),
        ("TON109", "Auto Taxi: la próxima vez, ser puntual facilita el viaje.", "es-AR", "service", "ser puntual"),
        ("TON109", "City Cabs: next time, getting there on time helps everyone.", "en-NZ", "service", "getting there on time"),
        ("TON111", "Yoga Luz: esperábamos un poco más de constancia de ti este mes.", "es-CO", "marketing", "esperábamos un poco más de constancia de ti"),
        ("TON111", "Run Club: we really expected a bit more effort from you this season.", "en-IE", "marketing", "we really expected a bit more effort from you"),
    ],
)
def test_indirect_tone_in_new_wording_is_reported(
    registry: Registry, rule: str, body: str, locale: str, category: str, span: str
) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category) == [span]


@pytest.mark.parametrize(
    ("rule", "body", "locale", "category"),
    [
        # A legal team offered as help; the reader's own record requested; a branch in the neighbourhood.
        ("TON107", "Préstamos Sur: si lo deseas, nuestro equipo jurídico revisa tu caso sin costo.", "es-CL", "collections"),
        ("TON107", "Hill Credit: our legal team can explain your options; call us when it suits you.", "en-GB", "collections"),
        ("TON107", "Crédito Ágil: si quieres, puedes hablarlo con tu familia antes de elegir un plan.", "es-MX", "collections"),
        ("TON107", "Presta Fácil: abrimos una sucursal en tu colonia; pasa a conocernos.", "es-MX", "collections"),
        ("TON107", "Rand Cash: there's a new pay point in your neighbourhood. Say hello to our team!", "en-ZA", "marketing"),
        # Sincere busy-life copy outside collections; a plain first-time reminder.
        ("TON108", "Gimnasio Roble: sabemos que has estado muy ocupado, por eso abrimos hasta medianoche.", "es-ES", "marketing"),
        ("TON108", "Pine Motors: your balance of $80 is overdue. Pay at https://pinemotors.ca/pay.", "en-CA", "collections"),
        # A real pickup time, and an offer that ends without a jab.
        ("TON109", "Auto Taxi: tu conductor llega a las 8:10. Estar listo unos minutos antes es ideal.", "es-AR", "service"),
        ("TON109", "City Cabs: your driver arrives at 8:10. Please be ready at the door.", "en-NZ", "service"),
        ("TON109", "Shoe Hub: sale ends tonight at midnight. Shop at https://shoehub.com.au.", "en-AU", "marketing"),
        # Expectations about a product, not the reader.
        ("TON111", "Yoga Luz: esperamos más de 200 personas en la clase abierta del sábado.", "es-CO", "marketing"),
        ("TON111", "Run Club: we expected more runners this year, so we added a second start.", "en-IE", "marketing"),
    ],
)
def test_indirect_tone_traps_pass(registry: Registry, rule: str, body: str, locale: str, category: str) -> None:
    assert finding_texts(registry, rule, body=body, locale=locale, category=category) == []


@pytest.mark.parametrize(
    ("text", "mixed"),
    [
        ("Caja Sur: tu cuota vence el lunes. Le informamos que puede pagar en la app.", True),
        ("Caja Sur: recibimos tu pago. Le agradecemos la confianza.", True),
        # "le" of someone else, and a consistent usted message.
        ("Caja Sur: tu hijo tiene cita el lunes; el doctor le recordará la hora.", False),
        ("Caja Sur: su cuota vence el lunes. Le recordamos que puede pagar en la app.", False),
    ],
)
def test_clause_initial_le_before_a_message_verb(text: str, mixed: bool) -> None:
    assert (mixed_address(text) is not None) is mixed


# --- language ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Tren Norte: tu tren a llegado al andén 3.", "es-ES", "a"),
        ("Hotel Lago: esperamos que tu estancia valla de maravilla.", "es-MX", "valla"),
        ("Harbour Gym: check-in takes less then two minutes.", "en-GB", "then"),
        ("Harbour Gym: Its snowing in town, so classes start late.", "en-GB", "Its"),
        ("Metro Power: the works may effect power supply in Ashfield.", "en-AU", "effect"),
        ("Harbour Gym: we'll let you know tomorrow weather the class goes ahead.", "en-GB", "weather"),
    ],
)
def test_real_word_errors_h9_are_reported(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Tren Norte: el tren a Sevilla sale del andén 3.", "es-ES"),
        ("Hotel Lago: la valla del jardín se pinta el lunes.", "es-MX"),
        ("Harbour Gym: train, then rest for two minutes.", "en-GB"),
        ("Harbour Gym: the app and its booking screen are new.", "en-GB"),
        ("Metro Power: the new tariff takes effect on 1 July.", "en-AU"),
        ("Harbour Gym: whatever the weather, the class goes ahead.", "en-GB"),
    ],
)
def test_real_word_traps_h9_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG102", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Clínica Sol: tus chequeos anuales ya están disponibles.", "es-CO"),
        ("Corner Pharmacy: your meds are ready for pickup.", "en-US"),
    ],
)
def test_h9_words_are_known(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "LNG101", body=body, locale=locale, category="transactional") == []


def test_province_code_is_not_text_speak(registry: Registry) -> None:
    body = "Maple Outfitters: visit us at 12 Main Street, Victoria, BC V8W 1A1."
    assert finding_texts(registry, "CLR501", body=body, locale="en-CA", category="transactional") == []
    body = "Maple Outfitters: we're closed today bc of the storm."
    assert finding_texts(registry, "CLR501", body=body, locale="en-CA", category="transactional") == ["bc"]


# --- compliance ----------------------------------------------------------------------------------------


def test_phone_number_after_a_call_label_is_no_ssn(registry: Registry) -> None:
    body = "Banco Alto: compra de $40 con tu tarjeta terminada en 1234. Si no la reconoces, llama al 800-22-3456."
    assert finding_texts(registry, "CMP403", body=body, locale="es-BO", category="alert") == []
    body = "Alto Bank: we have your SSN 123-45-6789 on file."
    assert finding_texts(registry, "CMP403", body=body, locale="en-US", category="alert") == ["123-45-6789"]
