"""Benchmark of the SMS segment calculator: ``python bench/bench_sms.py [--messages N] [--repeat R]``.

Builds a deterministic corpus of SMS-length messages (120-160 characters) mixing plain GSM-7 English and
Spanish, GSM-7 Spanish with ñ/é/¿/¡, UCS-2 Spanish with á/í/ó/ú, euro signs and braces (escapes), emoji
(including flags, skin tones and ZWJ sequences) and curly quotes, then times, over the whole corpus:

- ``len(text.encode("utf-16-le"))``: a C-speed baseline, so ratios can be compared on a noisy machine;
- ``sendlint.sms.count_segments`` (the hot path);
- ``sendlint.sms.analyze`` (full report with parts).

Prints messages per second for each (best of ``--repeat`` runs) and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Sequence

from sendlint.sms import analyze, count_segments

_WORDS_PLAIN = (
    *("hola", "tu", "pedido", "fue", "enviado", "gracias", "por", "compra", "recuerda", "que", "la"),
    *("factura", "vence", "el", "viernes", "paga", "en", "linea", "responde", "STOP", "para", "no"),
    *("recibir", "mas", "mensajes", "your", "order", "has", "shipped", "track", "it", "here", "reply"),
    *("HELP", "for", "help", "appointment", "tomorrow", "at", "confirm", "cita", "manana", "codigo"),
    *("cuenta", "saldo", "pago", "recibido"),
)
_WORDS_GSM_ES = ("año", "mañana", "qué", "él", "España", "niño", "pequeño", "¿Necesitas", "¡Gracias!", "señor")
_WORDS_UCS_ES = ("llegó", "código", "está", "información", "también", "envío", "atención", "aquí", "más", "día")
_EMOJI = (
    "\U0001f600",  # grinning face
    "\U0001f44d\U0001f3fd",  # thumbs up, medium skin tone
    "\U0001f1ea\U0001f1f8",  # flag of Spain
    "\u2764\ufe0f",  # red heart with VS16
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # family ZWJ sequence
    "\U0001f389",  # party popper
)
_URLS = ("https://ej.co/t/AB12CD", "https://bit.ly/3xYz9Q", "ejemplo.co/pagar")


def _message(rng: random.Random) -> str:
    kind = rng.random()
    target = rng.randint(120, 160)
    words: list[str] = []
    if rng.random() < 0.3:
        words.append(rng.choice(_URLS))
    while sum(len(w) + 1 for w in words) < target:
        roll = rng.random()
        if kind < 0.40:  # plain GSM-7
            words.append(rng.choice(_WORDS_PLAIN))
        elif kind < 0.55:  # GSM-7 Spanish
            words.append(rng.choice(_WORDS_GSM_ES if roll < 0.2 else _WORDS_PLAIN))
        elif kind < 0.85:  # UCS-2 Spanish accents
            words.append(rng.choice(_WORDS_UCS_ES if roll < 0.15 else _WORDS_PLAIN))
        elif kind < 0.90:  # escapes
            words.append("50€" if roll < 0.1 else "{1}" if roll < 0.15 else rng.choice(_WORDS_PLAIN))
        elif kind < 0.97:  # emoji
            words.append(rng.choice(_EMOJI) if roll < 0.08 else rng.choice(_WORDS_PLAIN))
        else:  # curly quotes and dashes from a word processor
            words.append("“oferta”" if roll < 0.1 else "—" if roll < 0.15 else rng.choice(_WORDS_PLAIN))
    text = " ".join(words)
    return text[:target] if kind < 0.55 else text


def build_corpus(count: int, seed: int = 20261125) -> list[str]:
    """The deterministic benchmark corpus."""
    rng = random.Random(seed)
    return [_message(rng) for _ in range(count)]


def _best_time(function: Callable[[str], object], corpus: Sequence[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in corpus:
            function(text)
        best = min(best, time.perf_counter() - started)
    return best


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    corpus = build_corpus(args.messages)
    encodings: dict[str, int] = {}
    segments: dict[int, int] = {}
    for text in corpus:
        encoding, count = count_segments(text)
        encodings[encoding] = encodings.get(encoding, 0) + 1
        segments[count] = segments.get(count, 0) + 1
    mean_length = sum(len(text) for text in corpus) / len(corpus)
    print(f"corpus: {len(corpus)} messages, mean {mean_length:.1f} code points")
    print(f"  encodings: {dict(sorted(encodings.items()))}  segments: {dict(sorted(segments.items()))}")

    baseline = _best_time(_utf16_length, corpus, args.repeat)
    timings = [
        ("len(text.encode('utf-16-le')) baseline", baseline),
        ("count_segments", _best_time(count_segments, corpus, args.repeat)),
        ("analyze", _best_time(analyze, corpus, max(1, args.repeat - 1))),
    ]
    for name, seconds in timings:
        print(f"{name:40s} {len(corpus) / seconds:>12,.0f} msgs/s  {seconds / baseline:6.1f}x baseline time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
