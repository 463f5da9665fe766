"""Round 34 (h36, h37): the tone misses taken outside TON112, and the TON201 false positive fixed by mechanism.

Every sentence is new wording (none comes from the evaluation corpora).

- TON107 ``lock-out`` (collections): the locks changed as the step after a deadline ("... or we will change the
  locks", "o cambiaremos las cerraduras"). Self-help eviction is a threat, so it is TON107's, not TON110's
  (TON110 stays marketing-only: a collections deadline alone is a lawful notice).
- TON108 ``blame-handed-back``: the reader named as the cause and us cleared in one breath ("you picked the wrong
  size, not us", "that's on you, not us", "fuiste tú quien ..., no nosotros").
- TON109 ``lack-of-responsibility``: the reader's act labelled by a noun of fault ("this carelessness", "esta
  dejadez"); "your negligence" in policy wording passes.
- TON201: a capitals word of five letters or more that is no word of the language (outside the frequent words and
  unknown to Hunspell) is an abbreviation, not shouting (``families.common.shouted_words``); shouting made of the
  language's words, rare ones and contractions included ("MOROSO", "DON'T"), still fires.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts
from conftest import tone_warnings as warnings

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule", "span"),
    [
        # TON107: a lock-out after a deadline
        (
            "You have until 6pm to clear the arrears or we will change the locks.",
            "en",
            "collections",
            "TON107",
            "or we will change the locks",
        ),
        (
            "Tiene hasta las 18:00 para pagar el alquiler o cambiaremos las cerraduras.",
            "es",
            "collections",
            "TON107",
            "o cambiaremos las cerraduras",
        ),
        # TON108: the blame handed back
        (
            "You picked the wrong size, not us, so the return fee applies.",
            "en",
            "service",
            "TON108",
            "You picked the wrong size, not us",
        ),
        (
            "The courier waited ten minutes, so that's on you, not us.",
            "en",
            "transactional",
            "TON108",
            "that's on you, not us",
        ),
        (
            "Fuiste tú quien eligió la talla equivocada, no nosotros.",
            "es",
            "service",
            "TON108",
            "Fuiste tú quien eligió la talla equivocada, no nosotros",
        ),
        # TON109: a noun of fault
        (
            "This carelessness has added a £20 late fee to your account.",
            "en",
            "collections",
            "TON109",
            "This carelessness",
        ),
        ("Esta dejadez ya te ha costado un recargo de 15 €.", "es", "collections", "TON109", "Esta dejadez"),
    ],
)
def test_round_34_wordings_fire(
    registry: Registry, body: str, locale: str, category: str, rule: str, span: str
) -> None:
    assert (rule, span) in warnings(registry, body, locale, category)


@pytest.mark.parametrize(
    ("body", "locale", "category", "rule"),
    [
        # TON107 traps: locks changed as a service, a deadline with no lock-out
        (
            "We changed the locks after the last tenant moved out: your new keys are at reception.",
            "en",
            "collections",
            "TON107",
        ),
        (
            "Cambiamos las cerraduras del portal: recoge tus llaves nuevas en conserjería.",
            "es",
            "collections",
            "TON107",
        ),
        ("You have 10 days to pay the balance before the account is closed.", "en", "collections", "TON110"),
        # TON108 traps: a choice offered, thanks
        ("You choose the delivery slot, not us.", "en", "service", "TON108"),
        ("Thanks to you, not us, the park stayed clean all summer.", "en", "service", "TON108"),
        ("Tú eliges la fecha de entrega, no nosotros.", "es", "service", "TON108"),
        # TON109 traps: policy wording, our own fault
        ("Damage caused by your negligence is not covered by the policy.", "en", "service", "TON109"),
        (
            "Los daños causados por su negligencia no están cubiertos por la póliza.",
            "es",
            "service",
            "TON109",
        ),
    ],
)
def test_round_34_traps_pass(registry: Registry, body: str, locale: str, category: str, rule: str) -> None:
    assert all(found != rule for found, _ in warnings(registry, body, locale, category))


def test_long_abbreviations_outside_the_frequent_words_are_not_shouting(registry: Registry) -> None:
    body = "Hi {{first_name}}, your course is confirmed. Bring your badge to bay 3."
    subject = "NEBOSH COSHH course note"
    assert all(
        rule != "TON201" for rule, _ in warnings(registry, body, "en", "transactional", subject=subject)
    )


def test_shouting_made_of_the_language_s_words_still_fires(registry: Registry) -> None:
    body = "Hi {{first_name}}, your course is confirmed. Bring your badge to bay 3."
    subject = "FINAL REMINDER ABOUT YOUR COURSE"
    assert any(
        rule == "TON201" for rule, _ in warnings(registry, body, "en", "transactional", subject=subject)
    )


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Bring your RTITB LOLER NEBOSH PUWER cards to the induction on Monday.", "en-GB"),
        ("Trae tus tarjetas RTITB LOLER NEBOSH PUWER a la inducción del lunes.", "es-ES"),
    ],
)
def test_a_run_of_long_abbreviations_is_no_shouted_run(registry: Registry, body: str, locale: str) -> None:
    # TON206 asks TON201's question (common.abbreviation_in_capitals): before, it counted what TON201 skipped.
    assert (
        finding_texts(registry, "TON206", body=body, locale=locale, category="service", channel="email") == []
    )
    assert (
        finding_texts(registry, "TON201", body=body, locale=locale, category="service", channel="email") == []
    )


@pytest.mark.parametrize(
    ("body", "locale", "shouted"),
    [
        ("PLEASE BRING YOUR CARDS to the induction on Monday.", "en-GB", "PLEASE BRING YOUR CARDS"),
        ("TRAE TUS TARJETAS SIN FALTA a la inducción del lunes.", "es-ES", "TRAE TUS TARJETAS SIN FALTA"),
    ],
)
def test_a_run_of_the_language_s_words_is_still_shouting(
    registry: Registry, body: str, locale: str, shouted: str
) -> None:
    assert finding_texts(
        registry, "TON201", body=body, locale=locale, category="service", channel="email"
    ) == [shouted]
