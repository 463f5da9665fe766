"""What the blind sets h126 and h127 showed in compliance (round 79; tone, clarity and language are analysed elsewhere),
as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False positives, CMP111 (h127): a sender label that is the brand's coined first word («Rentavida:» for Rentavida
  Anualidades) names the sender when the name's other word is the plural of a frequent word («anualidades»): a less
  common noun's plural falls outside the frequency list, and is as ordinary as its singular.
- False positives, CMP501 (h127): a link on a domain that spells the brand's coined first word ("postmarque.ie" for
  Postmarque Virtual Office, "inkwren.ph" for Inkwren Labels) is the brand's own when the name's other words are
  ordinary, as CMP111 already reads that word as the sender's label.
- False negative, CMP304 (h126): the name's last word, a gerund, written as its verb's base in a look-alike domain
  ("thornburydebate-members" for Thornbury Debating), as a clipped word already was.
- False negative, CMP403 (h126, and h14 before it): after its own label, an SSN counts by its dashed shape whatever its
  range ("Social Security number 900-55-1234"): the never-issued ranges are what writers put in a message.
- False negative, CMP205 (h126): the money put in promised to multiply ("we guarantee you'll double it" after the sum
  staked, «te garantizamos que duplicas tu dinero»).
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- CMP111: a coined first word as the label, the name's other word the plural of a frequent word -------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        ("Olmaverde: {{nombre}}, su cuota de marzo de 120 € ya está cobrada. Gracias.", "es-ES", "Olmaverde Pensiones"),
        ("Tornacasa: su visita de tasación queda fijada para el lunes a las 10:00.", "es-MX", "Tornacasa Hipotecas"),
        ("Quillmoor: your March premium of £42 has been collected. Thank you.", "en-GB", "Quillmoor Annuities"),
    ],
)
def test_a_coined_label_before_a_plural_of_a_frequent_word_names_the_sender(
    registry: Registry, body: str, locale: str, brand: str
) -> None:
    assert spans(registry, "CMP111", body=body, locale=locale, brand=brand, category="transactional") == []


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        # a name of two coinages: its first word alone does not name it
        ("Olmaverde: su cuota de marzo ya está cobrada.", "es-ES", "Olmaverde Tessandrinos", "O"),
        ("Quillmoor: your March premium has been collected.", "en-GB", "Quillmoor Fenwaddles", "Q"),
        # no label at all
        ("Su cuota de marzo de 120 € ya está cobrada.", "es-ES", "Olmaverde Pensiones", "S"),
    ],
)
def test_a_label_of_one_of_two_coinages_or_none_still_fires(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    assert spans(registry, "CMP111", body=body, locale=locale, brand=brand, category="transactional") == [span]


# --- CMP501: the brand's own domain spelling its coined first word ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        ("Ferralux: su servicio de casillero está suspendido por un saldo de 18 €. Pague en https://ferralux.es/saldo.",
         "es-ES", "Ferralux Oficina Virtual"),
        ("Brackenfold: your mailbox service is suspended over a £12 balance. Pay at https://brackenfold.co.uk/balance.",
         "en-GB", "Brackenfold Mail Services"),
        ("Tallowquay: YOUR ACCOUNT IS ON HOLD until the $90 is paid. Pay now at https://tallowquay.com/pay.",
         "en-US", "Tallowquay Candles"),
    ],
)
def test_a_notice_on_the_coined_first_words_domain_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP501", body=body, locale=locale, brand=brand, channel="whatsapp", category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        # another word than the name's first
        ("Ferralux: su servicio está suspendido por un saldo de 18 €. Pague en https://oficina-saldos.es/pagar.",
         "es-ES", "Ferralux Oficina Virtual", "suspendido"),
        # the first word is a frequent word: it names no one brand
        ("Harbour Lights: your service is suspended over a £12 balance. Pay at https://harbour.co.uk/balance.",
         "en-GB", "Harbour Lights Mail", "suspended"),
        # a name of two coinages
        ("Brackenfold: your service is suspended over a £12 balance. Pay at https://brackenfold.co.uk/balance.",
         "en-GB", "Brackenfold Quessington", "suspended"),
        # a secret asked for, even on the brand's own domain
        ("Brackenfold: your account is suspended. Confirm your password at https://brackenfold.co.uk/login.",
         "en-GB", "Brackenfold Mail Services", "suspended"),
    ],
)
def test_a_notice_on_another_domain_or_asking_a_secret_still_fires(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    assert spans(registry, "CMP501", body=body, locale=locale, brand=brand, channel="whatsapp", category="collections") == [span]


# --- CMP304: a gerund written as its verb's base in a look-alike -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Cala Turquesa Diving: confirma tu inmersión del sábado en https://calaturquesadive-reservas.com/confirmar.",
         "es-ES", "Cala Turquesa Diving", "https://calaturquesadive-reservas.com/confirmar"),
        ("Harrowgate Skating: renew your season pass at https://harrowgateskate-members.co.uk/renew.",
         "en-GB", "Harrowgate Skating", "https://harrowgateskate-members.co.uk/renew"),
    ],
)
def test_a_gerund_as_its_base_with_a_lure_word_fires(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand, category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the brand's own domain, spelling the base without a lure word
        ("Cala Turquesa Diving: confirma tu inmersión del sábado en https://calaturquesadive.com/confirmar.",
         "es-ES", "Cala Turquesa Diving"),
        ("Harrowgate Skating: renew your season pass at https://harrowgateskate.co.uk/members.", "en-GB",
         "Harrowgate Skating"),
        # another word than the base after the name's first word (no name spelled)
        ("Harrowgate Skating: renew your season pass at https://skatepark-members.co.uk/renew.", "en-GB",
         "Harrowgate Skating"),
    ],
)
def test_the_base_on_the_brands_own_domain_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, brand=brand, category="transactional") == []


# --- CMP403: a labelled SSN whatever its range ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola {{nombre}}, para su trámite tenemos su número de Seguro Social 931-20-4417 en el expediente.", "es-US",
         "931-20-4417"),
        ("Hi {{first_name}}, your lease file lists your Social Security number as 666-41-2093.", "en-US", "666-41-2093"),
        ("Hi {{first_name}}, we hold your SSN for payroll: 000-72-1184.", "en-US", "000-72-1184"),
    ],
)
def test_a_labelled_ssn_out_of_the_issued_ranges_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP403", body=body, locale=locale, channel="email", category="transactional") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # unlabelled, a never-issued range stays a reference
        ("Hola {{nombre}}, su expediente 931-20-4417 está listo para recoger.", "es-US"),
        ("Hi {{first_name}}, your claim 966-41-2093 has been logged.", "en-US"),
        # an office is no number's label, and a number to call is a phone
        ("Hi {{first_name}}, the Social Security Office asks you to call 900-41-2093 to book.", "en-US"),
    ],
)
def test_an_unlabelled_or_phone_number_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP403", body=body, locale=locale, channel="email", category="transactional") == []


# --- CMP205: the money put in promised to multiply -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Peña Rayuela: juega 10 € en la porra del clásico y te garantizamos que los duplicas. Responde BAJA para salir.",
         "es-ES", "garantizamos que los duplicas"),
        ("Club Tejo Sur: te garantizamos que duplicas tu dinero en la final del domingo. Responde BAJA para salir.",
         "es-CO", "garantizamos que duplicas tu dinero"),
        ("Lantern Darts: stake £10 on Saturday's final and we guarantee you'll triple it. Reply STOP to opt out.",
         "en-GB", "guarantee you'll triple it"),
        ("Lantern Darts: join the league sweepstake and we guarantee you double your cash. Reply STOP to opt out.",
         "en-GB", "guarantee you double your cash"),
    ],
)
def test_money_promised_to_multiply_fires(registry: Registry, body: str, locale: str, span: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # no sum for the pronoun to stand for
        ("Academia Lince: prueba nuestro método de lectura y te garantizamos que lo duplicas en un mes.", "es-ES"),
        ("Lantern Reading: try our speed-reading course and we guarantee you'll double it in a month.", "en-GB"),
        # no money doubled
        ("Lantern Reading: we guarantee you'll double your reading speed. Reply STOP to opt out.", "en-GB"),
        # the money doubled by the house, no guarantee
        ("Lantern Darts: bring a friend and we'll double your points this week. Reply STOP to opt out.", "en-GB"),
    ],
)
def test_no_money_or_no_guarantee_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CMP205", body=body, locale=locale, category="marketing") == []
