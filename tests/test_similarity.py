"""Repetition similarity: normalisation, hashes, shingles, the measured threshold, MinHash index."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.policy.similarity import (
    NEAR_DUPLICATE_THRESHOLD,
    MinHashIndex,
    band_keys,
    content_hash,
    jaccard,
    minhash_signature,
    normalize_for_repetition,
    shingles,
    similarity,
)

# Measurement set for NEAR_DUPLICATE_THRESHOLD (see its comment in similarity.py).
# Two renders of one template (or a template and a render): names, codes, amounts, dates,
# merchants and links differ.
SAME_TEMPLATE: list[tuple[str, str]] = [
    # es
    (
        "Hola María, tu pago de $125.000 vence el 15/03. Paga en https://pagos.banco.co/x/AbC123 y evita recargos.",
        "Hola Juan Carlos, tu pago de $1.250.300 vence el 02/04. Paga en https://pagos.banco.co/x/Zz9 y evita recargos.",
    ),
    (
        "Tu código de verificación es 482913. No lo compartas con nadie. Vence en 10 minutos.",
        "Tu código de verificación es 007311. No lo compartas con nadie. Vence en 5 minutos.",
    ),
    (
        "Pedido #A12345 en camino. Llega el martes 14 entre 9:00 y 13:00. Sigue tu envío: envios.tienda.mx/t/9XK2",
        "Pedido #B99881 en camino. Llega el viernes 17 entre 14:00 y 18:00. Sigue tu envío: envios.tienda.mx/t/LL0P",
    ),
    (
        "Estimada Sra. Pérez, le recordamos su cita el 12 de marzo a las 10:30 en Clínica Norte. Responda SI para confirmar.",
        "Estimado Sr. Gómez, le recordamos su cita el 3 de abril a las 16:00 en Clínica Norte. Responda SI para confirmar.",
    ),
    (
        "¡Laura, solo hoy 30% de descuento en toda la tienda con el código VERANO30! Compra en tienda.es",
        "¡Pedro, solo hoy 25% de descuento en toda la tienda con el código SOL25! Compra en tienda.es",
    ),
    (
        "{{nombre}}, tienes una deuda de {{monto}} con Financiera Andina. Comunícate al 601 555 1234.",
        "Carolina, tienes una deuda de $340.500 con Financiera Andina. Comunícate al 601 555 1234.",
    ),
    (
        "Banco Sol: tu saldo disponible al 10/05 es $2.340,50. Consulta movimientos en la app.",
        "Banco Sol: tu saldo disponible al 28/06 es $98,00. Consulta movimientos en la app.",
    ),
    (
        "Recibiste una transferencia de ANA LÓPEZ por $150.000 en tu cuenta terminada en 4321.",
        "Recibiste una transferencia de JORGE RAMÍREZ por $2.000 en tu cuenta terminada en 8765.",
    ),
    (
        "Compra aprobada por $45.990 en FALABELLA con tu tarjeta *1234 el 03/02 a las 18:45.",
        "Compra aprobada por $12.000 en JUMBO con tu tarjeta *9876 el 21/11 a las 09:10.",
    ),
    (
        "Hola Sofía, tu reserva para 2 personas en La Parrilla está confirmada para el sábado 20:00.",
        "Hola Martín, tu reserva para 4 personas en La Parrilla está confirmada para el domingo 13:30.",
    ),
    (
        "Usa el código 5521 para restablecer tu contraseña de MiBanco. Si no fuiste tú, llama al 800 123 456.",
        "Usa el código 9090 para restablecer tu contraseña de MiBanco. Si no fuiste tú, llama al 800 123 456.",
    ),
    (
        "Tu plan Premium se renovará el 01/09 por $29.900. Para cancelar responde BAJA.",
        "Tu plan Premium se renovará el 15/10 por $31.500. Para cancelar responde BAJA.",
    ),
    # en
    (
        "Hi John, your payment of $125.00 is due on 03/15. Pay at https://pay.bank.com/x/AbC123 to avoid late fees.",
        "Hi Mary Ann, your payment of $1,250.30 is due on 04/02. Pay at https://pay.bank.com/x/Zz9 to avoid late fees.",
    ),
    (
        "Your verification code is 482913. Do not share it with anyone. It expires in 10 minutes.",
        "Your verification code is 007311. Do not share it with anyone. It expires in 5 minutes.",
    ),
    (
        "Order #A12345 is on its way! Arrives Tuesday between 9am and 1pm. Track: shop.com/t/9XK2",
        "Order #B99881 is on its way! Arrives Friday between 2pm and 6pm. Track: shop.com/t/LL0P",
    ),
    (
        "Dear Mrs. Smith, this is a reminder of your appointment on March 12 at 10:30 AM at North Clinic. Reply YES to confirm.",
        "Dear Mr. Brown, this is a reminder of your appointment on April 3 at 4:00 PM at North Clinic. Reply YES to confirm.",
    ),
    (
        "Emma, today only: 30% off everything with code SUMMER30! Shop at store.com",
        "Liam, today only: 25% off everything with code SUN25! Shop at store.com",
    ),
    (
        "{{first_name}}, you have a balance of {{amount}} with Andes Finance. Call us at 1-800-555-0199.",
        "Olivia, you have a balance of $340.50 with Andes Finance. Call us at 1-800-555-0199.",
    ),
    (
        "Sun Bank: your available balance as of 05/10 is $2,340.50. Check activity in the app.",
        "Sun Bank: your available balance as of 06/28 is $98.00. Check activity in the app.",
    ),
    (
        "You received a transfer from ANA LOPEZ for $150.00 into your account ending 4321.",
        "You received a transfer from JORGE RAMIREZ for $2,000.00 into your account ending 8765.",
    ),
    (
        "Purchase approved for $45.99 at WALMART with your card ending 1234 on 02/03 at 6:45 PM.",
        "Purchase approved for $12.00 at TARGET with your card ending 9876 on 11/21 at 9:10 AM.",
    ),
    (
        "Hi Sophie, your table for 2 at The Grill is confirmed for Saturday at 8:00 PM.",
        "Hi Martin, your table for 4 at The Grill is confirmed for Sunday at 1:30 PM.",
    ),
    (
        "Use code 5521 to reset your MyBank password. If this wasn't you, call 800-123-4567.",
        "Use code 9090 to reset your MyBank password. If this wasn't you, call 800-123-4567.",
    ),
    (
        "Your Premium plan renews on 09/01 for $29.90. To cancel reply STOP.",
        "Your Premium plan renews on 10/15 for $31.50. To cancel reply STOP.",
    ),
]
# Different notices of the same domain (same bank, shop, clinic...).
UNRELATED: list[tuple[str, str]] = [
    # es
    (
        "Banco Sol: tu pago de $125.000 fue recibido. Gracias por tu puntualidad.",
        "Banco Sol: tu tarjeta terminada en 1234 fue bloqueada por seguridad. Llama al 601 555 1234.",
    ),
    (
        "Tu código de verificación es 482913. No lo compartas con nadie.",
        "Tu contraseña fue cambiada con éxito. Si no fuiste tú, contáctanos de inmediato.",
    ),
    (
        "Hola María, tu pago de $125.000 vence el 15/03. Paga en pagos.banco.co y evita recargos.",
        "Hola María, tu pago de $125.000 fue aplicado. Tu nuevo saldo es $0. Gracias.",
    ),
    (
        "Pedido A12345 en camino. Llega el martes entre 9:00 y 13:00.",
        "Pedido A12345 entregado. Califica tu experiencia en tienda.mx/opinion.",
    ),
    (
        "Le recordamos su cita el 12 de marzo a las 10:30 en Clínica Norte.",
        "Su cita del 12 de marzo fue cancelada. Para reprogramar llame al 601 555 1234.",
    ),
    (
        "¡Solo hoy 30% de descuento en toda la tienda con el código VERANO30!",
        "Nueva colección de otoño disponible. Envío gratis en compras mayores a $100.000.",
    ),
    (
        "Tienes una deuda de $340.500 con Financiera Andina. Comunícate al 601 555 1234.",
        "Financiera Andina: tu crédito fue aprobado por $5.000.000. Firma el contrato en la app.",
    ),
    (
        "Compra aprobada por $45.990 en FALABELLA con tu tarjeta *1234.",
        "Tu tarjeta *1234 vence el 05/27. Tu nueva tarjeta llegará en 10 días hábiles.",
    ),
    (
        "Recibiste una transferencia de ANA LÓPEZ por $150.000.",
        "Tu transferencia a ANA LÓPEZ por $150.000 fue rechazada por fondos insuficientes.",
    ),
    (
        "Tu plan Premium se renovará el 01/09 por $29.900.",
        "Tu plan Premium fue cancelado. Puedes reactivarlo cuando quieras desde la app.",
    ),
    (
        "Tu factura de luz de marzo está disponible: $85.400. Vence el 20/03.",
        "Corte programado de energía el 20/03 de 8:00 a 14:00 en tu sector por mantenimiento.",
    ),
    (
        "Hola Sofía, tu reserva en La Parrilla está confirmada para el sábado.",
        "Hola Sofía, gracias por visitar La Parrilla. ¿Cómo calificarías tu experiencia del 1 al 5?",
    ),
    # en
    (
        "Sun Bank: your payment of $125.00 was received. Thank you for paying on time.",
        "Sun Bank: your card ending 1234 was locked for security. Call 1-800-555-0199.",
    ),
    (
        "Your verification code is 482913. Do not share it with anyone.",
        "Your password was changed successfully. If this wasn't you, contact us immediately.",
    ),
    (
        "Hi Mary, your payment of $125.00 is due on 03/15. Pay at pay.bank.com to avoid late fees.",
        "Hi Mary, your payment of $125.00 was applied. Your new balance is $0. Thank you.",
    ),
    (
        "Order A12345 is on its way. Arrives Tuesday between 9am and 1pm.",
        "Order A12345 was delivered. Rate your experience at shop.com/review.",
    ),
    (
        "This is a reminder of your appointment on March 12 at 10:30 AM at North Clinic.",
        "Your appointment on March 12 was cancelled. To reschedule call 1-800-555-0199.",
    ),
    (
        "Today only: 30% off everything with code SUMMER30!",
        "Our new fall collection is here. Free shipping on orders over $100.",
    ),
    (
        "You have a balance of $340.50 with Andes Finance. Call us at 1-800-555-0199.",
        "Andes Finance: your loan was approved for $5,000. Sign the contract in the app.",
    ),
    (
        "Purchase approved for $45.99 at WALMART with your card ending 1234.",
        "Your card ending 1234 expires on 05/27. Your new card will arrive in 10 business days.",
    ),
    (
        "You received a transfer from ANA LOPEZ for $150.00.",
        "Your transfer to ANA LOPEZ for $150.00 was declined due to insufficient funds.",
    ),
    (
        "Your Premium plan renews on 09/01 for $29.90.",
        "Your Premium plan was cancelled. You can reactivate it anytime from the app.",
    ),
    (
        "Your March electricity bill is ready: $85.40. Due 03/20.",
        "Scheduled power outage on 03/20 from 8:00 AM to 2:00 PM in your area for maintenance.",
    ),
    (
        "Hi Sophie, your table at The Grill is confirmed for Saturday.",
        "Hi Sophie, thanks for visiting The Grill. How would you rate your experience from 1 to 5?",
    ),
]
# Known misses: a slot holding several free-text words (product names) breaks the template.
HARD_SAME: list[tuple[str, str]] = [
    (
        "Hola Ana, tu pedido de Zapatillas Running Pro talla 38 fue enviado. Llega en 3 días.",
        "Hola Luis, tu pedido de Chaqueta impermeable negra fue enviado. Llega en 5 días.",
    ),
    (
        "Hi Ana, your order of Running Pro Sneakers size 8 has shipped. Arrives in 3 days.",
        "Hi Luis, your order of Black Waterproof Jacket has shipped. Arrives in 5 days.",
    ),
]
# Different notices sharing a long legal footer: the hardest negatives.
HARD_UNRELATED: list[tuple[str, str]] = [
    (
        "Banco Sol: tu pago de $125.000 fue recibido. Si no reconoces esta operación llama al 601 555 1234. Responde BAJA para no recibir mensajes.",
        "Banco Sol: tu tarjeta fue bloqueada por seguridad. Si no reconoces esta operación llama al 601 555 1234. Responde BAJA para no recibir mensajes.",
    ),
    (
        "Sun Bank: your payment of $125.00 was received. If you don't recognize this, call 1-800-555-0199. Reply STOP to opt out.",
        "Sun Bank: your card was locked for security. If you don't recognize this, call 1-800-555-0199. Reply STOP to opt out.",
    ),
]


def test_measurement_set_is_large_enough() -> None:
    assert len(SAME_TEMPLATE) >= 20 and len(UNRELATED) >= 20


@pytest.mark.parametrize(("a", "b"), SAME_TEMPLATE)
def test_renders_of_one_template_are_near_duplicates(a: str, b: str) -> None:
    assert similarity(a, b) >= 0.83 >= NEAR_DUPLICATE_THRESHOLD


@pytest.mark.parametrize(("a", "b"), UNRELATED)
def test_unrelated_messages_of_one_domain_are_not(a: str, b: str) -> None:
    assert similarity(a, b) <= 0.2 < NEAR_DUPLICATE_THRESHOLD


@pytest.mark.parametrize(("a", "b"), HARD_UNRELATED)
def test_shared_footer_stays_below_the_threshold(a: str, b: str) -> None:
    assert 0.5 <= similarity(a, b) < 0.6 < NEAR_DUPLICATE_THRESHOLD


@pytest.mark.parametrize(("a", "b"), HARD_SAME)
def test_free_text_slots_are_a_documented_miss(a: str, b: str) -> None:
    assert similarity(a, b) < 0.45


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "¡Hola {{name}}! Tu código es 123-456. Visita https://www.Brand.co/p?t=AbC o escribe a ana@x.com 🎉",
            "hola # tu codigo es # visita brand co o escribe a #",
        ),
        (
            "Estimada Sra. Pérez: su cita es el lunes 12 de marzo a las 10:30.",
            "estimada sra # su cita es el # de # a las #",
        ),
        ("Hi Mary Ann, your code is A1B2C3", "hi # your code is #"),
        ("Laura, tu pago fue recibido", "# tu pago fue recibido"),
        ("Recibiste $150.000 de ANA LÓPEZ", "recibiste # de #"),
        ("ÚLTIMO DÍA: 50% OFF EN TODO", "ultimo dia # off en todo"),
        ("Hola, tu pago vence hoy", "hola tu pago vence hoy"),
        ("  Muchas   gracias!!!  ", "muchas gracias"),
        ("", ""),
    ],
)
def test_normalization(text: str, expected: str) -> None:
    assert normalize_for_repetition(text) == expected


def test_given_names_are_masked() -> None:
    assert (
        normalize_for_repetition("Tu pago, Laura Gómez, fue recibido", names=["Laura Gómez"])
        == "tu pago # fue recibido"
    )


def test_content_hash_is_equal_for_renders_and_different_otherwise() -> None:
    a, b = SAME_TEMPLATE[1]
    assert content_hash(a) == content_hash(b)
    assert len(content_hash(a)) == 64
    c, d = UNRELATED[1]
    assert content_hash(c) != content_hash(d)


def test_shingles_and_jaccard_edges() -> None:
    assert shingles("") == frozenset()
    assert shingles("Hola") == frozenset({"hola"})
    assert shingles("hola mundo", normalized=True) == frozenset(
        {"hola ", "ola m", "la mu", "a mun", " mund", "mundo"}
    )
    assert jaccard(frozenset(), frozenset()) == 1.0
    assert jaccard(frozenset({"a"}), frozenset()) == 0.0
    assert jaccard(frozenset({"a", "b"}), frozenset({"b", "c"})) == pytest.approx(1 / 3)


def test_minhash_signature_and_band_keys_are_stable() -> None:
    # Pinned: SQLite histories store these keys; a change in datasketch hashing must be noticed.
    items = shingles("Hola María, tu pago vence hoy")
    signature = minhash_signature(items)
    assert len(signature) == 64
    assert signature[:4] == (256475318, 259555863, 879399603, 31151554)
    assert band_keys(signature)[:2] == (2377915127705069619, 8563791905862054196)


def test_minhash_index_finds_renders_across_the_set() -> None:
    index = MinHashIndex()
    texts = [t for pair in (*SAME_TEMPLATE, *UNRELATED, *HARD_UNRELATED) for t in pair]
    for i, text in enumerate(texts):
        index.add(f"k{i}", text)
    assert len(index) == len(texts) and "k0" in index
    for i, (a, _b) in enumerate(SAME_TEMPLATE):
        keys = [key for key, _ in index.query(a)]
        assert f"k{2 * i}" in keys and f"k{2 * i + 1}" in keys
        assert all(score >= NEAR_DUPLICATE_THRESHOLD for _, score in index.query(a))
    offset = 2 * len(SAME_TEMPLATE)
    for i, (a, _b) in enumerate(UNRELATED):
        assert f"k{offset + 2 * i + 1}" not in [key for key, _ in index.query(a)]
    index.remove("k0")
    assert "k0" not in [key for key, _ in index.query(SAME_TEMPLATE[0][0])]
    with pytest.raises(KeyError):
        index.add("k1", "again")
    with pytest.raises(ValueError):
        MinHashIndex(threshold=0)


def test_no_combining_marks_beyond_the_first_two_planes() -> None:
    # _strip_accents builds its table from U+0000..U+1FFFF; a new Unicode version must not add
    # combining marks above that without the table growing too.
    assert not any(unicodedata.combining(chr(code)) for code in range(0x20000, 0x110000))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_normalization_is_idempotent_on_any_unicode(text: str) -> None:
    once = normalize_for_repetition(text)
    assert normalize_for_repetition(once) == once
    assert once == once.strip() and "  " not in once


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    assert similarity(a, b) == similarity(b, a)
    assert 0.0 <= similarity(a, b) <= 1.0
    assert similarity(a, a) == 1.0


def test_the_exact_index_finds_every_pair_minhash_finds_with_the_same_score() -> None:
    # `sendlint check` compares a few hundred templates pair by pair (ExactIndex) and more with MinHash LSH:
    # both verify candidates exactly, and the exact index also has the pairs LSH may miss near the threshold.
    from sendlint.policy.similarity import ExactIndex

    texts = [t for pair in (*SAME_TEMPLATE, *UNRELATED, *HARD_UNRELATED) for t in pair]
    exact, lsh = ExactIndex(), MinHashIndex()
    for i, text in enumerate(texts):
        exact.add(f"k{i}", text)
        lsh.add(f"k{i}", text)
    for text in texts:
        found = exact.query(text)
        assert set(lsh.query(text)) <= set(found)
        assert found == sorted(found, key=lambda pair: (-pair[1], pair[0]))
        assert all(score >= NEAR_DUPLICATE_THRESHOLD for _, score in found)
    assert [key for key, _ in exact.query(SAME_TEMPLATE[0][0])][:2] == sorted(["k0", "k1"])
    with pytest.raises(KeyError):
        exact.add("k1", "again")


def test_checking_a_template_repository_does_not_load_datasketch(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # datasketch imports scipy (~0.4 s): a check of a few templates compares them pair by pair instead.
    import subprocess
    import sys

    (tmp_path / "t.yaml").write_text(
        "- {id: a, channel: sms, locale: es, body: 'Hola {{nombre}}, tu pedido ya salió y llega mañana por la tarde. Síguelo en la app.'}\n"
        "- {id: b, channel: sms, locale: es, body: 'Hola {{nombre}}, tu pedido ya salió y llega mañana por la tarde. Síguelo desde la app.'}\n",
        encoding="utf-8",
    )
    code = (
        "import sys\nfrom sendlint.cli import main\n"
        "try:\n"
        f"    status = main(['check', {str(tmp_path / 't.yaml')!r}, '--no-cache', '--format', 'json'])\n"
        "except SystemExit as exit:\n    status = exit.code\n"
        "sys.stdout.flush()\n"
        "sys.exit(3 if 'datasketch' in sys.modules else status)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode != 3, "datasketch was imported"
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    assert [f["rule"] for m in report["messages"] for f in m["findings"] if f["rule"] == "REP301"] == ["REP301", "REP301"]
