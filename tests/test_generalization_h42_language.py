"""What the blind sets h42 and h43 showed over- and under-firing in the language family, as classes of wording (the
tone, clarity and compliance classes are other helpers').

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positive, LNG101: a Spanish adaptation that writes an English "ou"/"oo" as a stressed "ú" (búlder, rúter);
  word-list entries (indoor, outdoor).
- False negative, LNG102 (es): "tuvo" after a determiner; a plural subject with its "de" complement (a date in it too)
  and a singular verb of state; a masculine singular noun with a plural participle; a plural verb of being, a degree
  word and a singular adjective; "valla" after "que" and a subject; plural existential "haber" before a plural noun;
  "ahí" before an indefinite noun and what it is doing.
- False negative, LNG102 (en): "then" after any comparative before "ever" or a gerund; "their" for "they're" before an
  adjective of ease or readiness; a numbered plural subject with a singular verb; "do not" with a past form; "be" with
  a base form; "principle" for "principal" with a loan; "Its" in a verbless sentence of a day; "it's" in an object
  slot; a singular noun of the reader's with "are/have".
"""

from __future__ import annotations

import pytest
from conftest import language_findings

from sendlint.registry import Registry


def _lng102(registry: Registry, body: str, locale: str) -> list[tuple[str, str]]:
    return [found for found in language_findings(registry, body, locale) if found[0] == "LNG102"]


# --- LNG101: adapted loanwords and word-list entries --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # English "ou"/"oo" written as a stressed "ú" in the adaptation.
        ("El muro de búlder nuevo abre el lunes para socios.", "es-CL"),
        ("Reinicia el rúter y vuelve a conectarte a la red.", "es-MX"),
        # Word-list entries.
        ("Este mes sumamos clases de fútbol indoor para niños.", "es-AR"),
        ("Renovamos la sección de ropa outdoor de la tienda.", "es-CO"),
    ],
)
def test_adapted_and_listed_loanwords_are_not_misspellings(
    registry: Registry, body: str, locale: str
) -> None:
    assert [found for found in language_findings(registry, body, locale) if found[0] == "LNG101"] == []


@pytest.mark.parametrize(
    ("body", "locale", "typo"),
    [
        # A stray "ú" on a Spanish word ending in "n" is no adaptation of an English word ("cupón" meant).
        ("Usa tu cúpon antes del domingo en la caja.", "es-ES", "cúpon"),
        # ... nor one whose "ou" variant is no English word.
        ("El túrnel del centro estará cerrado por obras.", "es-ES", "túrnel"),
    ],
)
def test_typos_near_adaptations_are_still_reported(
    registry: Registry, body: str, locale: str, typo: str
) -> None:
    assert ("LNG101", typo) in language_findings(registry, body, locale)


# --- LNG102: Spanish ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Mañana cambiamos el tuvo del lavamanos del segundo piso.", "tuvo"),
        ("Te confirmamos que las entradas del sábado 9 de octubre ya está pagada.", "está"),
        ("Según el sistema, los recibos de agua de su local sigue pendiente.", "sigue"),
        ("Te avisamos que el depósito recibidos ya se acreditó.", "recibidos"),
        ("Las camisetas de la nueva temporada son muy liviano y se secan rápido.", "liviano"),
        ("Esperamos que tu traslado valla más tranquilo con el nuevo horario.", "valla"),
        ("Si habrían problemas con la entrega, te avisamos por correo.", "habrían"),
        ("{{nombre}}, ahí una carta esperándote en la conserjería.", "ahí"),
    ],
)
def test_spanish_slips_are_flagged(registry: Registry, body: str, span: str) -> None:
    assert ("LNG102", span) in language_findings(registry, body, "es")


@pytest.mark.parametrize(
    "body",
    [
        # "tuvo" as the verb, after a pronoun or a noun.
        "El técnico tuvo que volver por una pieza.",
        "Lo que tuvo lugar ayer fue una prueba del sistema.",
        # A time word as the head: the subject is elsewhere; a relative clause lends the verb its own subject.
        "Los sábados de agosto está cerrado el local.",
        "Los pedidos que hiciste ayer están listos para retirar.",
        "Las facturas del mes pasado están pagadas.",
        # The participle agrees: singular with a singular noun, plural with a plural one.
        "El saldo vencido se cobra el lunes.",
        "Los saldos vencidos se cobrarán el lunes.",
        # Degree word and an adverb, or a plural adjective.
        "Las tiendas están más cerca de lo que crees.",
        "Las zapatillas nuevas son más cómodas y ligeras.",
        # A fence after its adjective; "valla" as the noun.
        "Queremos que la nueva valla quede lista antes del invierno.",
        "La valla del jardín se pinta el jueves.",
        # "haber" as an auxiliary, with a pronoun subject.
        "Si hubieran ustedes llamado antes, lo habríamos resuelto.",
        "Ya habían pagado la cuota cuando llegó el aviso.",
        # "ahí" as a place, with its finite verb.
        "Pasa por la tienda: ahí un asesor te atiende sin turno.",
    ],
)
def test_spanish_traps_pass(registry: Registry, body: str) -> None:
    assert _lng102(registry, body, "es") == []


# --- LNG102: English ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Our new sourdough is tastier then ever, and still baked at dawn.", "then"),
        ("Booking online is cheaper then calling the front desk.", "then"),
        ("Swing by on Saturday, when their ready to show the new kites.", "their"),
        ("Your two parcels we packed has left the depot this morning.", "has"),
        ("We did not received your form yet; please send it again.", "received"),
        ("Your refund will be pay to the original card within three days.", "pay"),
        ("Any extra payment goes toward the principle of the mortgage.", "principle"),
        ("Its launch night! Doors open at seven.", "Its"),
        ("We finally opened it's new rooftop terrace to members.", "it's"),
        ("Your booking reference are 48213, please keep it handy.", "are"),
    ],
)
def test_english_slips_are_flagged(registry: Registry, body: str, span: str) -> None:
    assert ("LNG102", span) in language_findings(registry, body, "en")


@pytest.mark.parametrize(
    "body",
    [
        # "then" in a sequence; a noun in -ier.
        "Hand the box to the courier then wait for the receipt.",
        "Finish the quiz sooner, then collect your badge.",
        # A possessive before its noun; "there" after "be".
        "Parents can drop off their ready meals at the hall.",
        "The kids had fun and their teachers were happy to help.",
        # Time taken as one amount; a plural verb.
        "The two weeks is enough to test the new bike.",
        "The three kites you picked are ready at the counter.",
        # Base forms after "do not"; bases ending in -ed.
        "Please do not reply to this message.",
        "Your order does not exceed the free shipping limit.",
        # "be" before an adjective.
        "The desk will be open until six and your order will be complete by then.",
        # "principle" as a rule.
        "We work on the principle of fair prices for everyone.",
        # "its" before a noun phrase and a verb; "it's" before an adjective clause.
        "Its launch night is Friday, and tickets are free.",
        "We love it's new, but the old one worked too.",
        "Check it's new before you open the box.",
        # A plural noun, or a singular verb.
        "Your booking details are in the app.",
        "Your booking reference is 48213.",
        "Your order and your refund have been processed today.",
    ],
)
def test_english_traps_pass(registry: Registry, body: str) -> None:
    assert _lng102(registry, body, "en") == []
