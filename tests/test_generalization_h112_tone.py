"""Round 72 (blind sets h112 and h113): tone lines the rules missed, taken by class. Each class was first counted on
the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every non-tone line of the
tuning corpora and the neutral sets (none fires).

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON108 `reproach`: the reader's next reminder refused as the sender's last word («No lo voy a repetir.», "We
  won't remind you again."; six writers' tone lines); the end of reminders once paid passes.
- TON108 `blame-by-innuendo`: the culprit known but left unnamed («no señalamos a nadie», "you know who you are";
  2 earlier blind misses); knowing who won a draw and thanks to those who know who they are pass.
- TON108 `footage-held-over`: the cameras' evidence held over an unnamed culprit (with h110-es-003 blind); a
  security alert about the reader's own home passes.
- TON111 `guilt`: the reader, or the child they book for, cast as the one who lets the team down (1 earlier blind
  miss); the sender's own promise passes. «Lo mínimo sería que usted pagara», the duty held over the reader; a
  request for notice passes.
- TON109 `reproach`: "we'll assume you read this one" in the past; `lacking-gift-waved-off`: the pace the reader is
  said not to keep, and a skill hard for some waved off with "don't feel bad"; help with no wave-off passes.
- TON112 `others-complied`: the count said "N of our M" («40 de nuestros 41») beside irony; the same count of
  parcels shipped passes.
- TON107 `legal-action`: a court's ruling for the reader (a reduction it approved) names no step against them (the
  h113-es-078 false positive); a court order against the reader still fires.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("La cuota del gimnasio venció el día 5. Págala antes del lunes. No lo voy a repetir.", "es", "No lo voy a repetir."),
        ("Devuelve el equipo de escalada esta semana. No volveremos a avisarte.", "es", "No volveremos a avisarte."),
        ("Your locker rent is three weeks late. Pay by Friday. We won't remind you again.", "en", "We won't remind you again."),
        ("The hall fee is overdue. No further reminders will be sent.", "en", "No further reminders will be sent."),
    ],
)
def test_a_next_reminder_refused_as_the_last_word_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Gracias por tu pago de la cuota; no habrá más avisos sobre este recibo.", "es"),
        ("Once your transfer clears, we won't remind you again.", "en"),
        ("Paid already? Great, no more reminders for this invoice.", "en"),
    ],
)
def test_reminders_ended_after_payment_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Alguien dejó la sauna encendida toda la noche. No señalamos a nadie, pero la factura de la luz la pagamos todos.",
            "es",
            "No señalamos a nadie",
        ),
        ("Faltan dos llaves del almacén. Ya sabemos quién no las devolvió.", "es", "Ya sabemos quién no las devolvió"),
        ("The climbing ropes were left wet in the bag again. You know who you are.", "en", "You know who you are"),
        ("Two kayaks came back scratched. We're not naming names, but the log shows who signed them out.", "en", "We're not naming names"),
    ],
)
def test_blame_by_innuendo_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Ya sabemos quién ganó el sorteo de la cesta: ¡felicidades, Marta!", "es"),
        ("To everyone who helped paint the clubhouse on Sunday: you know who you are, and thank you.", "en"),
    ],
)
def test_a_named_winner_or_thanks_pass(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Alguien rayó la puerta del vestuario el martes y las grabaciones de seguridad lo muestran todo.",
            "es",
            "las grabaciones de seguridad lo muestran todo",
        ),
        (
            "Someone keeps leaving the dumbbells on the floor, and we've checked the CCTV footage.",
            "en",
            "we've checked the CCTV footage",
        ),
    ],
)
def test_footage_held_over_an_unnamed_culprit_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON108", body=body, locale=locale, category="service") == [span]


def test_a_security_alert_about_the_home_passes(registry: Registry) -> None:
    body = "Your alarm went off at 02:10. We have the camera footage ready for you in the app."
    assert finding_texts(registry, "TON108", body=body, locale="en", category="alert") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "Confirm your seat on the regatta bus by Thursday, or you let the crew down.",
            "en",
            "or you let the crew down",
        ),
        (
            "Apunta a tu hija al torneo antes del viernes, o deja tirado al equipo.",
            "es",
            "o deja tirado al equipo",
        ),
    ],
)
def test_the_one_who_lets_the_team_down_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON111", body=body, locale=locale, category="marketing") == [span]


def test_the_senders_own_promise_to_the_team_passes(registry: Registry) -> None:
    body = "Our coaches never let the team down: new kit arrives on Friday."
    assert finding_texts(registry, "TON111", body=body, locale="en", category="marketing") == []


def test_the_least_would_be_paying_fires(registry: Registry) -> None:
    body = "Nuestra cuidadora viene cada mañana aunque llueva. Lo mínimo sería que usted abonara el mes a tiempo."
    spans = finding_texts(registry, "TON111", body=body, locale="es", category="collections")
    assert spans == ["Lo mínimo sería que usted abonara"]


def test_the_least_would_be_a_notice_passes(registry: Registry) -> None:
    body = "Si no puedes venir a la clase, lo mínimo sería que nos avisaras con un día de antelación."
    assert finding_texts(registry, "TON111", body=body, locale="es", category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "The pool closes early on Sunday. We'll assume you opened this one, unlike the last two.",
            "en",
            "We'll assume you opened this one",
        ),
        (
            "Sabemos que no todo el mundo puede seguir el ritmo del grupo avanzado, y no pasa nada.",
            "es",
            "no todo el mundo puede seguir el ritmo",
        ),
        (
            "We know rowing in time is hard for some members, so don't feel bad about Saturday.",
            "en",
            "is hard for some members, so don't feel bad",
        ),
        (
            "Sabemos que cantar afinado es difícil para algunas personas, así que no te sientas mal.",
            "es",
            "es difícil para algunas personas, así que no te sientas mal",
        ),
    ],
)
def test_condescension_widenings_fire(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("We know stairs can be hard for some guests, so we've added a ramp by the door.", "en"),
        ("Para quienes todavía no pueden seguir el ritmo, abrimos un grupo de iniciación el martes.", "es"),
    ],
)
def test_help_without_a_wave_off_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON109", body=body, locale=locale, category="service") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        (
            "18 of our 20 tenants have already paid the service charge. We're sure you have your reasons.",
            "en",
            "We're sure",
        ),
        (
            "30 de nuestros 32 socios ya pagaron la cuota de marzo. Seguro que tienes tus motivos.",
            "es",
            "Seguro que",
        ),
    ],
)
def test_others_counted_n_of_m_beside_irony_fire(registry: Registry, body: str, locale: str, span: str) -> None:
    assert finding_texts(registry, "TON112", body=body, locale=locale, category="collections") == [span]


def test_a_count_of_parcels_shipped_passes(registry: Registry) -> None:
    body = "3 of your 4 parcels have already shipped. We're sure you'll love the new boots."
    assert finding_texts(registry, "TON112", body=body, locale="en", category="transactional") == []


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Si el tribunal ya ha reducido la pensión, aplicamos el importe nuevo desde el mes siguiente.", "es"),
        ("Where the court has approved a lower amount, we collect that amount from the next month.", "en"),
    ],
)
def test_a_courts_ruling_for_the_reader_passes(registry: Registry, body: str, locale: str) -> None:
    assert finding_texts(registry, "TON107", body=body, locale=locale, category="collections") == []


def test_a_court_order_against_the_reader_still_fires(registry: Registry) -> None:
    body = "Si no pagas antes del viernes, el juzgado ha ordenado el embargo de tu cuenta."
    assert finding_texts(registry, "TON107", body=body, locale="es", category="collections") == ["juzgado"]
