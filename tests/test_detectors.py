"""Tests for sendlint.detectors: exact spans on real-looking messages, and checksum properties."""

from __future__ import annotations

import itertools
import string
import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sendlint.detectors import (
    _CARD_LABEL_BEFORE,
    _PASSWORD_RES,
    CHECKSUM_KINDS,
    Detection,
    Kind,
    _may_have_password_label,
    find_all,
    find_ibans,
    find_national_ids,
    find_payment_cards,
    find_secrets,
)

# --------------------------------------------------------------------------------------------------
# Independent reference implementations (written from the specifications, not from the module) used
# to generate valid and invalid numbers for the property tests.


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{98 - number % 97:02d}"


def cpf_check_digits(body: str) -> str:
    digits = [int(c) for c in body]
    for n in (9, 10):
        r = sum(d * w for d, w in zip(digits, range(n + 1, 1, -1), strict=False)) % 11
        digits.append(0 if r < 2 else 11 - r)
    return f"{digits[9]}{digits[10]}"


def rut_dv(body: str) -> str:
    weights = [2, 3, 4, 5, 6, 7]
    total = sum(int(d) * weights[i % 6] for i, d in enumerate(reversed(body)))
    return {10: "K", 11: "0"}.get(11 - total % 11, str(11 - total % 11))


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


# --------------------------------------------------------------------------------------------------
# Examples with exact spans

CARDS = [
    ("Tu tarjeta 4111 1111 1111 1111 fue bloqueada.", (11, 30), "4111 1111 1111 1111"),
    ("Card: 4111-1111-1111-1111.", (6, 25), "4111-1111-1111-1111"),
    ("Amex 3782 822463 10005 ok", (5, 22), "3782 822463 10005"),
    ("Amex sin espacios: 378282246310005", (19, 34), "378282246310005"),
    ("Visa 4111111111111111, gracias", (5, 21), "4111111111111111"),
    ("Visa de 13 dígitos 4222222222222.", (19, 32), "4222222222222"),
    ("Mastercard 5555 5555 5555 4444", (11, 30), "5555 5555 5555 4444"),
    ("Mastercard serie 2: 2223003122003222", (20, 36), "2223003122003222"),
    ("Discover (6011111111111117)", (10, 26), "6011111111111117"),
    ("Discover 65: 6500000000000002", (13, 29), "6500000000000002"),
    ("Diners 3056 930902 5904 fin", (7, 23), "3056 930902 5904"),
    ("JCB 3530 1113 3330 0000", (4, 23), "3530 1113 3330 0000"),
    ("UnionPay 6200000000000005", (9, 25), "6200000000000005"),
    ("Número 4111111111111111 12/27", (7, 23), "4111111111111111"),
    ("¡Pagaste con 5555555555554444!", (13, 29), "5555555555554444"),
]


@pytest.mark.parametrize(("text", "span", "value"), CARDS)
def test_payment_card_is_found_with_exact_span(text: str, span: tuple[int, int], value: str) -> None:
    assert find_payment_cards(text) == (Detection(Kind.PAYMENT_CARD, *span, value, None),)


@pytest.mark.parametrize(
    "text",
    [
        "**** **** **** 1234",
        "Tu tarjeta terminada en 1234 fue aprobada",
        "termina en 1234",
        "XXXX-XXXX-XXXX-1234",
        "4111 11** **** 1111",
        "4111 1111 1111 1112",  # Luhn fails
        "7111111111111114",  # Luhn-valid but no card scheme starts with 7
        "5111 1111 1111 1118 9",  # a longer number that merely starts like a card
        "cuenta 0049 1234 5612 3456 7890",
        "41111111111111111111",  # 20 digits
        "Llámanos al +4111111111111111",  # after "+": a phone number
        "ref4111111111111111",
        "4111 1111-1111 1111",  # mixed separators
    ],
)
def test_masked_partial_and_invalid_cards_are_not_found(text: str) -> None:
    assert find_payment_cards(text) == ()


IBANS = [
    ("IBAN ES91 2100 0418 4502 0005 1332.", (5, 34), "ES91 2100 0418 4502 0005 1332", "ES"),
    ("Transfiere a ES9121000418450200051332 hoy", (13, 37), "ES9121000418450200051332", "ES"),
    ("iban: es91 2100 0418 4502 0005 1332", (6, 35), "es91 2100 0418 4502 0005 1332", "ES"),
    ("Pay DE89 3704 0044 0532 0130 00, thanks", (4, 31), "DE89 3704 0044 0532 0130 00", "DE"),
    ("Sort: GB82 WEST 1234 5698 7654 32", (6, 33), "GB82 WEST 1234 5698 7654 32", "GB"),
    ("Conta BR1800360305000010009795493C1.", (6, 35), "BR1800360305000010009795493C1", "BR"),
    ("NIB PT50 0002 0123 1234 5678 9015 4", (4, 35), "PT50 0002 0123 1234 5678 9015 4", "PT"),
    ("(FR14 2004 1010 0505 0001 3M02 606)", (1, 34), "FR14 2004 1010 0505 0001 3M02 606", "FR"),
    ("IT60X0542811101000000123456", (0, 27), "IT60X0542811101000000123456", "IT"),
    ("IBAN ES91 2100 0418 4502 0005 1332 y gracias", (5, 34), "ES91 2100 0418 4502 0005 1332", "ES"),
]


@pytest.mark.parametrize(("text", "span", "value", "country"), IBANS)
def test_iban_is_found_with_exact_span_and_country(
    text: str, span: tuple[int, int], value: str, country: str
) -> None:
    assert find_ibans(text) == (Detection(Kind.IBAN, *span, value, country),)


@pytest.mark.parametrize(
    "text",
    [
        "ES91 2100 0418 4502 0005 1333",  # mod 97 fails
        "ES9121000418450200051332X",  # glued to a letter
        "XX91 2100 0418 4502 0005 1332",  # not a registry country
        "ES91 2100 0418 4502 0005 1332 7777",  # one more group: a longer number
        "ES912100 0418 4502 0005 1332",  # inconsistent grouping
        "ES91 2100 0418 4502 0005 133",  # too short for ES
        "GB25 1234 1234 5698 7654 32",  # mod 97 holds, but GB's bank code must be letters
    ],
)
def test_invalid_ibans_are_not_found(text: str) -> None:
    assert find_ibans(text) == ()


def test_gb_iban_with_digit_bank_code_really_passes_mod97() -> None:
    # Guards the previous case: it is rejected for its layout, not for its checksum.
    bban = "1234" + "12345698765432"
    assert iban_check_digits("GB", bban) == "25"


IDS = [
    ("DNI 12345678Z.", (4, 13), "12345678Z", "es_dni", "ES"),
    ("Tu DNI: 12345678-Z", (8, 18), "12345678-Z", "es_dni", "ES"),
    ("DNI 12.345.678-Z", (4, 16), "12.345.678-Z", "es_dni", "ES"),
    ("dni 00000000t", (4, 13), "00000000t", "es_dni", "ES"),
    ("NIE X1234567L", (4, 13), "X1234567L", "es_nie", "ES"),
    ("NIE: Y-1234567-X", (5, 16), "Y-1234567-X", "es_nie", "ES"),
    # h52/h53 (round 42): after its label a DNI or NIE of the right shape counts whatever its letter, as a CURP does.
    ("DNI 12345678Y", (4, 13), "12345678Y", "es_dni", "ES"),
    ("NIE X1234567A", (4, 13), "X1234567A", "es_nie", "ES"),
    ("documento de identidad 12345678Y", (23, 32), "12345678Y", "es_dni", "ES"),
    ("CURP BOXW310820HNERXN09.", (5, 23), "BOXW310820HNERXN09", "mx_curp", "MX"),
    # After its label a CURP of the right shape counts whatever its check digit (as a labelled card does).
    ("CURP BOXW310820HNERXN08", (5, 23), "BOXW310820HNERXN08", "mx_curp", "MX"),
    ("National Insurance number QQ 12 34 56 C", (26, 39), "QQ 12 34 56 C", "gb_nino", "GB"),
    ("RFC: GODE561231GR8", (5, 18), "GODE561231GR8", "mx_rfc", "MX"),
    ("RFC de la empresa MAB9307148T4.", (18, 30), "MAB9307148T4", "mx_rfc", "MX"),
    ("RUT 12.345.678-5", (4, 16), "12.345.678-5", "cl_rut", "CL"),
    # round 60 (h88): after its label, a RUT whose check digit does not compute still counts, as a labelled DNI does
    ("Titular: RUT 15.234.678-K", (13, 25), "15.234.678-K", "cl_rut", "CL"),
    ("RUN: 12345678-5.", (5, 15), "12345678-5", "cl_rut", "CL"),
    ("RUT 1.234.567-4", (4, 15), "1.234.567-4", "cl_rut", "CL"),
    ("CUIT 20-12345678-6", (5, 18), "20-12345678-6", "ar_cuit", "AR"),
    ("CUIL: 20123456786", (6, 17), "20123456786", "ar_cuit", "AR"),
    ("NIT 900.123.456-8", (4, 17), "900.123.456-8", "co_nit", "CO"),
    ("Factura a 900123456-8.", (10, 21), "900123456-8", "co_nit", "CO"),
    ("CPF 123.456.789-09", (4, 18), "123.456.789-09", "br_cpf", "BR"),
    ("CPF: 12345678909", (5, 16), "12345678909", "br_cpf", "BR"),
    ("seu cpf 123456789-09.", (8, 20), "123456789-09", "br_cpf", "BR"),
    ("CNPJ 16.727.230/0001-97", (5, 23), "16.727.230/0001-97", "br_cnpj", "BR"),
    ("CNPJ novo 12.ABC.345/01DE-35", (10, 28), "12.ABC.345/01DE-35", "br_cnpj", "BR"),
    ("CNPJ: 16727230000197", (6, 20), "16727230000197", "br_cnpj", "BR"),
    ("SSN 123-45-6789.", (4, 15), "123-45-6789", "us_ssn", "US"),
]


@pytest.mark.parametrize(("text", "span", "value", "kind", "country"), IDS)
def test_national_id_is_found_with_exact_span_kind_and_country(
    text: str, span: tuple[int, int], value: str, kind: str, country: str
) -> None:
    assert find_national_ids(text) == (Detection(kind, *span, value, country),)


@pytest.mark.parametrize(
    "text",
    [
        "Ref 12345678Y",  # wrong letter, no DNI label
        "Pedido X1234567A",  # wrong letter, no NIE label
        "dni 12345678y",  # wrong letter in lower case: a reference's shape
        "folio BOXW310820HNERXN08",  # wrong check digit, no CURP label
        "CURP BOXW311320HNERXN09",  # month 13
        "CURP BOXW310820HQQRXN09",  # not a state code
        "RFC GODE561231GR9",  # wrong check digit
        "RFC GODE561331GR8",  # month 13
        "RFC XAXX010101000",  # generic RFC for the general public, not a person
        "RFC VACE460910SX6",  # issued with a bad check digit: missed on purpose (documented)
        "Ref 12.345.678-4",  # wrong DV, no RUT label (a labelled one counts since round 60, as a labelled DNI)
        "RUT 12345678",  # no DV: cannot be validated
        "CUIT 20-12345678-5",  # wrong check digit
        "CUIT 10-12345678-6",  # not a CUIT prefix
        "20123456786",  # unbroken CUIT without its label
        "NIT 900.123.456-7",  # wrong DV
        "Cédula 1020304050",  # bare cédula: no check digit
        "Ref 12345678-9 pendiente",  # 8-digit body: only a NIT after a NIT label
        "CPF 123.456.789-00",  # wrong check digits
        "CPF 111.111.111-11",  # one repeated digit
        "Pedido 12345678909",  # unbroken CPF without its label
        "CNPJ 16.727.230/0001-98",
        "Pedido 16727230000197",  # unbroken CNPJ without its label
        "SSN 123456789",  # not dashed
        "SSN 000-12-3456",
        "SSN 666-12-3456",
        "SSN 912-12-3456",
        "SSN 123-00-4567",
        "SSN 123-45-0000",
        "SSN 078-05-1120",
        "Llama al 123-45-67890",
        "Versión 123-45-6789-2",
    ],
)
def test_invalid_or_unvalidatable_ids_are_not_found(text: str) -> None:
    assert find_national_ids(text) == ()


def test_nit_label_accepts_short_bodies_and_beats_rut() -> None:
    # 1.234.567-2 is a valid NIT of a natural person (7-digit body, allowed after the label).
    assert find_national_ids("NIT 1.234.567-2") == (Detection("co_nit", 4, 15, "1.234.567-2", "CO"),)
    # 1.234.567-4 and 12.345.678-5 are valid RUTs; after a NIT label they are read as NITs only,
    # and fail the NIT check.
    assert find_national_ids("RUT 1.234.567-4") == (Detection("cl_rut", 4, 15, "1.234.567-4", "CL"),)
    assert find_national_ids("NIT 1.234.567-4") == ()
    assert find_national_ids("NIT 12.345.678-5") == ()


SECRETS = [
    ("es", "Hola Ana, tu contraseña es Xy7$kq2", (27, 34), "Xy7$kq2", "password"),
    ("es", "Clave temporal: 4821", (16, 20), "4821", "password"),
    ("es", "Tu nueva clave es «Ab12cd».", (19, 25), "Ab12cd", "password"),
    ("es", "Tu PIN: 1234.", (8, 12), "1234", "password"),
    ("es", "contraseña: {{password}}", (12, 24), "{{password}}", "password"),
    ("en", "password: hunter2", (10, 17), "hunter2", "password"),
    ("en", "Your temporary password is Tmp-2024!", (27, 35), "Tmp-2024", "password"),
    ("en", "Your new passcode: 998877", (19, 25), "998877", "password"),
    ("pt", "Sua senha é Abc123.", (12, 18), "Abc123", "password"),
    ("pt", "Senha provisória: 7hG9kL", (18, 24), "7hG9kL", "password"),
    # A few filler words may stand between the label and "es"/"is"/"é".
    (
        "es",
        "Hola: tu contraseña temporal para la zona de clientes es Kx7#pq29. Cámbiala al ingresar.",
        (57, 65),
        "Kx7#pq29",
        "password",
    ),
    ("es", "Tu clave de la banca en línea es 482913. Guárdala.", (33, 39), "482913", "password"),
    ("en", "Your password for the mobile app is: Tr0ub4dor&3", (37, 48), "Tr0ub4dor&3", "password"),
    ("pt", "Sua senha de acesso é 55Ab77", (22, 28), "55Ab77", "password"),
    (
        "es",
        "Tu cuenta 0049 1234 5612 3456 7890 está activa",
        (10, 34),
        "0049 1234 5612 3456 7890",
        "account_number",
    ),
    ("es", "Número de cuenta: 00491234561234567890", (18, 38), "00491234561234567890", "account_number"),
    ("es", "CLABE 002010077777777771", (6, 24), "002010077777777771", "account_number"),
    ("en", "account number 123456789012", (15, 27), "123456789012", "account_number"),
    ("en", "Acct # 9876-5432-1098", (7, 21), "9876-5432-1098", "account_number"),
    ("pt", "Conta corrente 12345678-9", (15, 25), "12345678-9", "account_number"),
]


@pytest.mark.parametrize(("lang", "text", "span", "value", "kind"), SECRETS)
def test_secret_value_is_found_with_exact_span(
    lang: str, text: str, span: tuple[int, int], value: str, kind: str
) -> None:
    expected = (Detection(kind, *span, value, None),)
    assert find_secrets(text, lang) == expected
    assert find_secrets(text, None) == expected  # unknown language: every vocabulary


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Tu código de verificación es 482913"),  # OTPs are what the message is for
        ("en", "Your one-time code is 482913"),
        ("es", "Tu contraseña fue cambiada correctamente"),
        ("es", "Tu contraseña es segura"),
        ("es", "contraseña: ********"),
        ("es", "Restablece tu contraseña: https://mibanco.com/reset?t=ab12"),
        ("es", "Usa la palabra clave: OFERTA2024"),
        ("es", "La puntualidad es clave para ti"),
        ("es", "Es clave que pagues: 12345 pesos"),  # only listed filler words may follow the label
        ("es", "La contraseña de tu cuenta no es 1234"),
        ("en", "Your password is about to expire"),
        ("en", "Your password is at least 8 characters long"),
        ("en", "password: 12 characters minimum"),
        ("pt", "Sua senha e-mail foi alterada"),
        ("es", "Tu tarjeta terminada en 1234"),
        ("es", "Tu cuenta terminada en 7890"),
        ("es", "Tu cuenta ****7890 tiene un pago"),
        ("en", "Your account ending in 4321"),
        ("es", "Ten en cuenta 3 cosas"),
    ],
)
def test_non_secrets_are_not_found(lang: str, text: str) -> None:
    assert find_secrets(text, lang) == ()


def test_language_tag_picks_the_vocabulary() -> None:
    assert find_secrets("senha: Abc123", "es") == ()
    assert [d.text for d in find_secrets("senha: Abc123", "pt-BR")] == ["Abc123"]
    assert [d.text for d in find_secrets("senha: Abc123", "fr")] == ["Abc123"]  # unknown: all


@pytest.mark.parametrize(
    "text",
    ["PİN: 4455", "Tu PİN es 4455", "paſsword: Xy12", "Your paſscode: 998877", "CONTRASEÑA: Ab12cd", "SENHA: 7hG9kL"],
)
def test_a_label_in_any_case_is_still_read(text: str) -> None:
    # re.IGNORECASE takes İ for i and ſ for s, which str.lower does not: the shortcut must not skip such a text.
    assert len(find_secrets(text, None)) == 1


_label_like = st.text(alphabet="pinPINsaSAñÑwordcletvhİıſK :=1234xX.é", max_size=40)


@settings(max_examples=400)
@given(st.one_of(_label_like, st.text(max_size=40)))
def test_the_label_shortcut_skips_only_texts_without_a_label(text: str) -> None:
    # _may_have_password_label may only answer False where the password pattern finds nothing.
    if not _may_have_password_label(text):
        assert not any(pattern.search(text) for pattern in _PASSWORD_RES.values())


def test_find_all_prefers_checksum_kind_over_labelled_secret() -> None:
    text = "Tu cuenta 4111 1111 1111 1111 y tu DNI 12345678Z"
    assert [d.kind for d in find_secrets(text, "es")] == ["account_number"]
    assert find_all(text) == (
        Detection("payment_card", 10, 29, "4111 1111 1111 1111", None),
        Detection("es_dni", 39, 48, "12345678Z", "ES"),
    )


def test_find_all_keeps_secrets_that_overlap_nothing() -> None:
    text = "Clave: Xy7$kq2. IBAN ES91 2100 0418 4502 0005 1332"
    assert find_all(text, lang="es") == (
        Detection("password", 7, 14, "Xy7$kq2", None),
        Detection("iban", 21, 50, "ES91 2100 0418 4502 0005 1332", "ES"),
    )


def test_kinds_are_plain_strings_and_checksum_kinds_exclude_labels() -> None:
    assert {k.value for k in Kind} >= {"payment_card", "iban", "us_ssn", "password", "account_number"}
    assert "us_ssn" not in CHECKSUM_KINDS
    assert "password" not in CHECKSUM_KINDS
    assert type(find_all("DNI 12345678Z")[0].kind) is str


# --------------------------------------------------------------------------------------------------
# Properties

# Surrounding text: anything at all, kept apart from the number by a line break so it cannot glue
# onto it (a line break is neither a word character nor a separator inside a number, and ends any
# label such as "NIT" that could change how a number is read).
surrounding = st.text(max_size=40)

CARD_PREFIXES = {
    "4": (13, 16, 19),
    "51": (16,),
    "55": (16,),
    "2221": (16,),
    "2720": (16,),
    "34": (15,),
    "37": (15,),
    "6011": (16, 19),
    "65": (16,),
    "36": (14,),
    "38": (14, 16),
    "300": (14,),
    "305": (14,),
    "3528": (16,),
    "3589": (16, 19),
    "62": (16, 19),
}
digits = string.digits


@st.composite
def valid_cards(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(sorted(CARD_PREFIXES)))
    length = draw(st.sampled_from(CARD_PREFIXES[prefix]))
    body = prefix + draw(
        st.text(digits, min_size=length - 1 - len(prefix), max_size=length - 1 - len(prefix))
    )
    return body + luhn_check_digit(body)


def layout(number: str, sep: str) -> str:
    if len(number) == 15:  # Amex 4-6-5
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def embed(before: str, value: str, after: str) -> tuple[str, int, int]:
    text = f"{before}\n{value}\n{after}"
    start = len(before) + 1
    return text, start, start + len(value)


def spans_of(found: tuple[Detection, ...], kind: str) -> list[tuple[int, int]]:
    return [(d.start, d.end) for d in found if d.kind == kind]


@settings(max_examples=100)
@given(valid_cards(), st.sampled_from(["", " ", "-"]), surrounding, surrounding)
def test_every_valid_card_in_random_text_is_found_exactly(
    number: str, sep: str, before: str, after: str
) -> None:
    value = layout(number, sep) if sep else number
    text, start, end = embed(before, value, after)
    assert (start, end) in spans_of(find_payment_cards(text), "payment_card")
    assert (start, end) in spans_of(find_all(text), "payment_card")


@settings(max_examples=100)
@given(valid_cards(), st.integers(1, 9), st.sampled_from(["", " "]), surrounding, surrounding)
def test_cards_failing_luhn_are_never_found(
    number: str, shift: int, sep: str, before: str, after: str
) -> None:
    """Unless the text calls it a card number: right after a card label ("card", "tarjeta Visa", "PAN:") a full
    number with a real issuer prefix is reported even with a wrong check digit (tested on its own below)."""
    broken = number[:-1] + str((int(number[-1]) + shift) % 10)
    value = layout(broken, sep) if sep else broken
    text, start, end = embed(before, value, after)
    assume(not _CARD_LABEL_BEFORE.search(text, max(0, start - 40), start))  # hypothesis found "CARD\n2221000000000000"
    assert all(e <= start or s >= end for s, e in spans_of(find_payment_cards(text), "payment_card"))


def test_a_labelled_card_failing_luhn_is_still_found() -> None:
    text = "CARD\n2221000000000000\n"  # the example hypothesis found for the test above: a label, a bad check digit
    assert spans_of(find_payment_cards(text), "payment_card") == [(5, 21)]
    assert spans_of(find_payment_cards("REF\n2221000000000000\n"), "payment_card") == []


@settings(max_examples=100)
@given(st.text(digits, min_size=13, max_size=19), surrounding, surrounding)
def test_random_digit_strings_failing_luhn_are_never_cards(number: str, before: str, after: str) -> None:
    if luhn_check_digit(number[:-1]) == number[-1]:
        number = number[:-1] + str((int(number[-1]) + 1) % 10)
    text, start, end = embed(before, number, after)
    assert all(e <= start or s >= end for s, e in spans_of(find_payment_cards(text), "payment_card"))


# A few registry layouts written out here independently of the module: (country, BBAN alphabet
# per position).
ALNUM = string.digits + string.ascii_uppercase
IBAN_LAYOUTS = {
    "ES": [digits] * 20,
    "DE": [digits] * 18,
    "PT": [digits] * 21,
    "BR": [digits] * 23 + [string.ascii_uppercase, ALNUM],
    "FR": [digits] * 10 + [ALNUM] * 11 + [digits] * 2,
    "GB": [string.ascii_uppercase] * 4 + [digits] * 14,
    "NL": [string.ascii_uppercase] * 4 + [digits] * 10,
    "IT": [string.ascii_uppercase] + [digits] * 10 + [ALNUM] * 12,
}


@st.composite
def valid_ibans(draw: st.DrawFn) -> str:
    country = draw(st.sampled_from(sorted(IBAN_LAYOUTS)))
    bban = "".join(draw(st.sampled_from(alphabet)) for alphabet in IBAN_LAYOUTS[country])
    return country + iban_check_digits(country, bban) + bban


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


@settings(max_examples=100)
@given(valid_ibans(), st.booleans(), surrounding, surrounding)
def test_every_valid_iban_in_random_text_is_found_exactly(
    iban: str, spaced: bool, before: str, after: str
) -> None:
    value = group4(iban) if spaced else iban
    text, start, end = embed(before, value, after)
    found = [d for d in find_ibans(text) if (d.start, d.end) == (start, end)]
    assert [d.country for d in found] == [iban[:2]]
    assert (start, end) in spans_of(find_all(text), "iban")


@settings(max_examples=100)
@given(valid_ibans(), st.integers(1, 96), st.booleans(), surrounding, surrounding)
def test_ibans_failing_mod97_are_never_found(
    iban: str, shift: int, spaced: bool, before: str, after: str
) -> None:
    check = (int(iban[2:4]) - 2 + shift) % 97 + 2  # any other value in 02..98
    broken = iban[:2] + f"{check:02d}" + iban[4:]
    text, start, end = embed(before, group4(broken) if spaced else broken, after)
    assert all(e <= start or s >= end for s, e in spans_of(find_ibans(text), "iban"))


@st.composite
def cpf_bodies(draw: st.DrawFn) -> str:
    body = draw(st.text(digits, min_size=9, max_size=9))
    if len(set(body)) == 1:
        body = body[:-1] + str((int(body[-1]) + 1) % 10)
    return body


def format_cpf(number: str) -> str:
    return f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}"


@settings(max_examples=100)
@given(cpf_bodies(), surrounding, surrounding)
def test_every_valid_cpf_in_random_text_is_found_exactly(body: str, before: str, after: str) -> None:
    text, start, end = embed(before, format_cpf(body + cpf_check_digits(body)), after)
    assert (start, end) in spans_of(find_national_ids(text), "br_cpf")
    assert (start, end) in spans_of(find_all(text), "br_cpf")


@settings(max_examples=100)
@given(cpf_bodies(), st.integers(1, 99), surrounding, surrounding)
def test_cpfs_failing_their_check_digits_are_never_found(
    body: str, shift: int, before: str, after: str
) -> None:
    wrong = f"{(int(cpf_check_digits(body)) + shift) % 100:02d}"
    text, start, end = embed(before, format_cpf(body + wrong), after)
    assert all(e <= start or s >= end for s, e in spans_of(find_national_ids(text), "br_cpf"))


@st.composite
def rut_bodies(draw: st.DrawFn) -> str:
    return str(draw(st.integers(1_000_000, 99_999_999)))


def format_rut(body: str, dv: str, *, dotted: bool) -> str:
    shown = f"{int(body):,}".replace(",", ".") if dotted else body
    return f"{shown}-{dv}"


@settings(max_examples=100)
@given(rut_bodies(), st.booleans(), surrounding, surrounding)
def test_every_valid_rut_in_random_text_is_found_exactly(
    body: str, dotted: bool, before: str, after: str
) -> None:
    text, start, end = embed(before, format_rut(body, rut_dv(body), dotted=dotted), after)
    assert (start, end) in spans_of(find_national_ids(text), "cl_rut")
    assert (start, end) in spans_of(find_all(text, lang="es-CL"), "cl_rut")


@settings(max_examples=100)
@given(rut_bodies(), st.sampled_from(list("0123456789K")), st.booleans(), surrounding, surrounding)
def test_ruts_failing_their_dv_are_never_found(
    body: str, dv: str, dotted: bool, before: str, after: str
) -> None:
    if dv == rut_dv(body):
        dv = "1" if dv == "0" else "0"
    text, start, end = embed(before, format_rut(body, dv, dotted=dotted), after)
    assert all(e <= start or s >= end for s, e in spans_of(find_national_ids(text), "cl_rut"))


@settings(max_examples=100)
@given(st.integers(0, 99_999_999), st.sampled_from(["", "-"]), surrounding, surrounding)
def test_every_valid_dni_in_random_text_is_found_exactly(
    number: int, sep: str, before: str, after: str
) -> None:
    value = f"{number:08d}{sep}{DNI_LETTERS[number % 23]}"
    text, start, end = embed(before, value, after)
    assert (start, end) in spans_of(find_national_ids(text), "es_dni")
    assert (start, end) in spans_of(find_all(text), "es_dni")


@settings(max_examples=100)
@given(st.integers(0, 99_999_999), st.integers(1, 22), surrounding, surrounding)
def test_dnis_with_a_wrong_letter_are_never_found(number: int, shift: int, before: str, after: str) -> None:
    value = f"{number:08d}{DNI_LETTERS[(number + shift) % 23]}"
    text, start, end = embed(before, value, after)
    assert all(e <= start or s >= end for s, e in spans_of(find_national_ids(text), "es_dni"))


def check_spans(text: str, found: tuple[Detection, ...]) -> None:
    for d in found:
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text


@settings(max_examples=200)
@given(st.text(), st.sampled_from(["es", "en", "pt", "es-MX", "zz", None]))
def test_any_unicode_never_crashes_and_spans_are_inside(text: str, lang: str | None) -> None:
    for found in (
        find_payment_cards(text),
        find_ibans(text),
        find_national_ids(text),
        find_secrets(text, lang),
    ):
        check_spans(text, found)
    everything = find_all(text, lang=lang)
    check_spans(text, everything)
    assert all(a.end <= b.start for a, b in itertools.pairwise(everything))


number_like = st.text(alphabet="0123456789 -./KXYZABCES:\n", max_size=60)


@settings(max_examples=200)
@given(number_like)
def test_number_shaped_noise_never_crashes_and_find_all_never_overlaps(text: str) -> None:
    everything = find_all(text)
    check_spans(text, everything)
    assert all(a.end <= b.start for a, b in itertools.pairwise(everything))


def test_long_adversarial_inputs_stay_fast() -> None:
    # Linear behaviour on inputs an attacker controls (the gateway scans untrusted text).
    for text in (
        "1" * 50_000,
        "1234 " * 10_000,
        "cuenta" + " " * 50_000 + "x",
        "ES91 " * 10_000,
        "a." * 25_000,
    ):
        started = time.perf_counter()
        find_all(text)
        assert time.perf_counter() - started < 2.0


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text("0123456789", min_size=1, max_size=12),
            st.sampled_from([".", "-", "/", " ", "K", "k", "X", "Z", "A", "ABCD", "HDFRRN", "AB", "NIT ", "CUIT ", "QQ", " C", "GR8", "Aadhaar ", "S", "ABCPE", "BADD", "HOMR"]),
        ),
        max_size=12,
    ).map("".join)
)
def test_number_run_shortcut_never_hides_an_identifier(text: str) -> None:
    # find_national_ids skips a format when no number run of the text has the digits it needs; the same
    # scan without the shortcut must find nothing more.
    from sendlint import detectors

    for fmt in detectors._ID_FORMATS:
        for m in fmt.pattern.finditer(text):
            # Every match of the pattern, valid or not, holds at least min_digits digits in one run, the characters
            # the format needs and, for a format that says so, a run of capitals and digits.
            assert detectors.longest_number_run(m.group()) >= fmt.min_digits, fmt.kind
            assert all(char in m.group() for char in fmt.needs), fmt.kind
            assert not fmt.capitals_run or detectors._CAPITALS_RUN_RE.search(m.group()), fmt.kind
    found = detectors.find_national_ids(text)
    assert found == detectors.find_national_ids(text, skip_short_runs=False)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(st.text("0123456789", min_size=1, max_size=19), st.sampled_from([" ", "-", ".", "/", "+", "a", "  "])),
        max_size=12,
    ).map("".join)
)
def test_a_card_is_never_hidden_by_the_number_run_shortcut(text: str) -> None:
    # find_all hands find_payment_cards the text's longest number run, below 13 digits nothing is scanned.
    from sendlint import detectors

    assert find_payment_cards(text, longest_run=detectors.longest_number_run(text)) == find_payment_cards(text)


@pytest.mark.parametrize(("text", "span", "value", "kind", "country"), IDS)
def test_every_identifier_shape_meets_its_number_run(text: str, span: tuple[int, int], value: str, kind: str, country: str) -> None:
    from sendlint import detectors

    needed = max(fmt.min_digits for fmt in detectors._ID_FORMATS if fmt.kind == kind and fmt.pattern.search(value))
    assert detectors.longest_number_run(value) >= needed
    # and the characters and the capitals the formats that read it need
    for fmt in detectors._ID_FORMATS:
        if fmt.kind == kind and (m := fmt.pattern.search(value)):
            assert all(char in m.group() for char in fmt.needs), fmt.kind
            assert not fmt.capitals_run or detectors._CAPITALS_RUN_RE.search(m.group()), fmt.kind
