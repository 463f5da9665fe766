"""A deterministic corpus of realistic SMS-length messages (Spanish and English) for benchmarks."""

from __future__ import annotations

import json
import random
from pathlib import Path

NAMES = ["Camila", "José", "Lucía", "Andrés", "Valentina", "Mateo", "Ana", "John", "Mary", "Carlos", "Sofía", "Emma"]
BRANDS = ["Banco Andino", "Tienda Sol", "Movil Plus", "Farmacia Central", "Sun Store", "QuickShip"]
ES = [
    "{brand}: hola {name}, tu pedido {code} ya salió y llega el {day}. Síguelo en la app.",
    "{brand}: tu código de verificación es {otp}. No lo compartas con nadie.",
    "Hola {name}, te recordamos que tu factura de {amount} vence el {day}. Puedes pagar en la app.",
    "{brand}: ¡{pct}% de descuento en toda la tienda este fin de semana! Responde BAJA para no recibir mas SMS.",
    "ÚLTIMO AVISO: si no paga hoy iniciaremos acciones legales. {brand}",
    "{brand}: tu cita es el {day} a las 10:30. Si no puedes venir, responde CANCELAR.",
    "Estimado cliente, le informamos que su pago de {amount} fue recibido. Gracias por confiar en {brand}.",
    "Hola {name}, tu pago está pendiente. Por favor, confirme su dirección en {brand_domain}/pagos",
    "{brand}: recibimos tu pago de {amount}. ¡Gracias!",
    "¡¡¡Solo por hoy!!! {pct}% en todo. Compra ya en https://bit.ly/{code}",
]
EN = [
    "{brand}: hi {name}, your order {code} has shipped and arrives {day}. Track it in the app.",
    "{brand}: your verification code is {otp}. Don't share it with anyone.",
    "Hi {name}, a reminder that your {amount} bill is due {day}. Pay in the app.",
    "{brand}: {pct}% off everything this weekend! Reply STOP to opt out.",
    "FINAL NOTICE: PAY TODAY OR WE WILL TAKE LEGAL ACTION. {brand}",
    "{brand}: your appointment is on {day} at 10:30 am. Reply C to cancel.",
    "Dear customer, your payment of {amount} was received. Thanks for choosing {brand}.",
    "{brand}: we received your {amount} payment. Thank you!",
    "Last chance!!! {pct}% off everything. Shop now at http://bit.ly/{code}",
    "Hi {name}, your package {code} is waiting at the pickup point until {day}.",
]
CATEGORIES = ["transactional", "otp", "transactional", "marketing", "collections", "service", "transactional", "collections", "transactional", "marketing"]


def make_corpus(count: int, seed: int = 20261125) -> list[dict[str, object]]:
    rng = random.Random(seed)
    messages: list[dict[str, object]] = []
    for index in range(count):
        spanish = rng.random() < 0.6
        templates = ES if spanish else EN
        which = rng.randrange(len(templates))
        brand = rng.choice(BRANDS)
        body = templates[which].format(
            brand=brand,
            brand_domain=brand.lower().replace(" ", "") + ".com",
            name=rng.choice(NAMES),
            code=f"A{rng.randrange(10000, 99999)}",
            otp=f"{rng.randrange(100000, 999999)}",
            day=rng.choice(["12/05", "el lunes", "mañana", "tomorrow", "May 12"]),
            amount=rng.choice(["$125.000", "€49,90", "$19.99", "S/ 80"]),
            pct=rng.choice([10, 20, 30, 50]),
        )
        messages.append({
            "id": f"m{index}",
            "channel": "sms",
            "locale": rng.choice(["es-CO", "es-MX", "es-ES", "es-AR"]) if spanish else rng.choice(["en-US", "en-GB"]),
            "category": CATEGORIES[which],
            "stage": "rendered",
            "brand": brand,
            "body": body,
        })
    return messages


def write_corpus(folder: Path, count: int) -> tuple[Path, Path]:
    """The corpus as JSON Lines (for sendlint) and as plain text, one message per line (for proselint)."""
    folder.mkdir(parents=True, exist_ok=True)
    messages = make_corpus(count)
    jsonl = folder / f"corpus-{count}.jsonl"
    text = folder / f"corpus-{count}.txt"
    jsonl.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in messages), encoding="utf-8")
    text.write_text("".join(str(m["body"]) + "\n" for m in messages), encoding="utf-8")
    return jsonl, text
