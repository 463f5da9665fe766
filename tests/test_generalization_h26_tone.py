"""Round 26 (h26): the h26 tone false positive and the two tone misses TON112 cannot take, fixed by
mechanism in their own rules.

Every sentence is new wording (none comes from the evaluation corpora).

- TON206 (false positive) read lab results ("ALT 128 U/L, BUN 34") as a shouted phrase: numbers do not break
  a run of capitals, so labels with their values made four words in capitals. A word in capitals followed by
  a number is a label with its value: it neither counts nor breaks a run.
- TON110 (marketing) did not read the reader's place released to the waiting list within a set time
  ("en una hora los liberamos para la lista de espera"), other shoppers said to be looking at the item
  right now (an activity notice), or "gone for good" said of the offer (it read "gone forever").
"""

from __future__ import annotations

import pytest
from conftest import fired_tone_patterns

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Resultados de Lola: HDL 45 mg/dL, LDL 130 mg/dL, PCR 3 mg/L. La veterinaria te llamará.", "es"),
        ("Results for Max: ALP 210 U/L, GGT 12 U/L, TSH 2.1. Your vet will call you.", "en"),
        ("Tu análisis: GLU: 98, HBA 5, TSH 2. Todo dentro del rango normal.", "es"),
    ],
)
def test_ton206_labels_with_their_values_are_not_a_shouted_phrase(
    registry: Registry, body: str, locale: str
) -> None:
    assert fired_tone_patterns(registry, body, locale, "service", rules=("TON201", "TON206")) == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        # a shouted phrase that contains a number still reads as shouting (the label before it is skipped)
        (
            "Hola, Ana: este fin de semana HOY 50 % DE DESCUENTO EN TODA LA TIENDA, solo en la app y con envío gratis.",
            "es",
            "DE DESCUENTO EN TODA LA TIENDA",
        ),
        (
            "Hi Ana, this weekend only: LAST 3 DAYS TO SAVE ON ALL BOOTS, in the app and with free delivery.",
            "en",
            "DAYS TO SAVE ON ALL BOOTS",
        ),
    ],
)
def test_ton206_a_shouted_phrase_with_a_number_still_flags(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert fired_tone_patterns(registry, body, locale, "marketing", rules=("TON201", "TON206")) == [
        ("TON206", span)
    ]


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Quedan dos plazas en el taller de cerámica: en media hora las pasamos a la lista de espera.",
            "es",
            "las pasamos a la lista de espera",
        ),
        (
            "Two seats remain for the tasting; within an hour we release them to the waiting list.",
            "en",
            "release them to the waiting list",
        ),
        (
            "Otra persona está mirando esta cabaña ahora mismo: resérvala en la app.",
            "es",
            "Otra persona está mirando esta",
        ),
        (
            "Three other travellers are looking at this cabin right now. Book in the app.",
            "en",
            "Three other travellers are looking at this",
        ),
        (
            "Cuando termine la feria, estos precios se van para siempre.",
            "es",
            "estos precios se van para siempre",
        ),
        ("When the fair ends, these prices are gone for good.", "en", "prices are gone for good"),
    ],
)
def test_ton110_places_released_others_looking_and_gone_for_good(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert ("TON110", span) in fired_tone_patterns(registry, body, locale, "marketing", rules=("TON110",))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # releasing a place on request, with no time limit, is ordinary copy
        ("Si no puedes venir, avísanos y pasamos tu plaza a la lista de espera.", "es", "marketing"),
        ("If you can't come, reply and we'll release your seat to the waiting list.", "en", "marketing"),
        # people watching a live stream, a product claim "for good", and the same release outside marketing
        (
            "Más de 200 personas están viendo la transmisión ahora mismo: únete desde la app.",
            "es",
            "marketing",
        ),
        ("Hundreds of people are watching this live right now: join from the app.", "en", "marketing"),
        ("Nuestro quitamanchas: las manchas se van para siempre.", "es", "marketing"),
        ("Our stain remover: stains are gone for good after one wash.", "en", "marketing"),
        ("Your booking is on hold; within an hour we release it to the waiting list.", "en", "transactional"),
    ],
)
def test_ton110_passes_a_release_on_request_a_live_audience_or_a_product_claim(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert fired_tone_patterns(registry, body, locale, category, rules=("TON110",)) == []
