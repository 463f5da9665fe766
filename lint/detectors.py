"""Detectors for personal data and secrets that must not travel in an outbound message.

Every finder is a pure function of the text: it returns a tuple of :class:`Detection` records whose
``start``/``end`` are code-point offsets into the text it was given (``text[start:end] ==
detection.text``). The compliance rules decide what a detection means; this module only finds.

Checksums are used wherever the format has one, because a linter that cries wolf on every long
number is switched off. What each finder accepts, and what it deliberately ignores:

* **Payment cards** (:func:`find_payment_cards`): 13-19 ASCII digits, either unbroken or grouped
  by one kind of separator (space or dash) as 4-4-4-4(-1..3), 4-4-4-1..3, 4-6-5 (Amex) or 4-6-4
  (Diners); Luhn-valid, or right after a card label (``Card number:``, ``número de tarjeta:``)
  whatever its check digit; an issuer prefix and length that a real scheme uses (Visa 4; Mastercard
  51-55 and 2221-2720; Amex 34/37; Discover 6011, 644-649, 65; Diners 36, 38, 300-305; JCB
  3528-3589; UnionPay 62). Masked forms (``**** **** **** 1234``, ``termina en 1234``) hold too few
  digits to match. A card must not be part of a longer digit run (``0049 1234 5612 3456 7890`` is
  not read as a card starting at ``1234``) and must not follow ``+`` (international phone numbers).
  Maestro (50, 56-69) is not covered.
* **IBAN** (:func:`find_ibans`): ISO 13616, country code plus two check digits (02-98), the exact
  length the SWIFT IBAN registry gives that country (table below: registry release 101, all 89
  countries) and its BBAN layout (digits/letters per position), and ISO 7064 mod 97-10. Unbroken or
  in groups of four separated by single spaces. Lower-case input is accepted.
* **National identifiers** (:func:`find_national_ids`), each with its check digit:

  - Spain DNI (``12345678Z``, ``12345678-Z``, ``12.345.678-Z``) and NIE (``X1234567L``,
    ``X-1234567-L``): mod-23 letter.
  - Mexico CURP: 18 characters, valid birth date, sex ``H``/``M``/``X``, a RENAPO state code, and
    the final check digit. Upper case only. Right after a ``CURP`` label the check digit is not
    required (date, sex and state still are): the message says what the number is.
  - Mexico RFC: persona física (13: 4 letters + YYMMDD + homoclave) and persona moral (12: 3
    letters + YYMMDD + homoclave), valid date. Only the last homoclave character is a check digit
    that can be computed from the number; the first two come from SAT's name-based algorithm and
    need the full legal name, so they are only checked for their allowed alphabet. python-stdnum
    notes that about 1.5% of issued RFCs carry a wrong check digit: those are missed on purpose
    (false negatives rather than false positives). RFCs without homoclave (10 characters) and
    the generic ``XAXX010101000``/``XEXX010101000`` are not personal data and are not reported.
  - Chile RUT/RUN: 7-8 digit body, dash and mod-11 DV (``12.345.678-5``, ``12345678-5``, DV may
    be ``K``). A bare body without its DV is not reported.
  - Argentina CUIT/CUIL: ``20-12345678-6``, prefix 20/23/24/25/26/27/30/33/34/50/51/55, mod-11
    check. A number whose check would be 10 does not exist (AFIP switches the prefix to 23/33 and
    recomputes), so it is rejected, where python-stdnum accepts a 9 there. The unbroken 11-digit
    form only right after a ``CUIT``/``CUIL`` label.
  - Colombia NIT: 9-digit body with dash and DV (``900.123.456-8``, ``900123456-8``), DIAN weights
    3, 7, 13, 17, 19, ... After a ``NIT`` label, 6-10 digit bodies too (NIT of a natural person).
    Bare cédula numbers carry no check digit and cannot be told from any other number: never
    reported.
  - Brazil CPF (``123.456.789-09``, ``123456789-09``) and CNPJ (``12.345.678/0001-95``, including
    the alphanumeric CNPJ issued from July 2026 such as ``12.ABC.345/01DE-35``): both check digits.
    Unbroken forms only right after a ``CPF``/``CNPJ`` label; CPFs of one repeated digit are
    rejected.
  - Canada Social Insurance Number: nine digits (``046 454 286``), first digit not 0 or 8, only right after a ``SIN``
    (in capitals) / ``Social Insurance Number`` label; as after an Aadhaar label, the Luhn digit is not required.
  - Singapore NRIC and FIN (``S1234567D``, ``F1234567N``): prefix S, T, F or G, seven digits and the check letter
    of the prefix's table (weights 2 7 6 5 4 3 2, plus 4 for T and G). Upper case only; the M-series FIN is not read.
  - US SSN: only the dashed ``AAA-GG-SSSS`` form, because a bare 9-digit number is as likely an
    order or a phone number and an SSN has no check digit. Ranges the SSA never issues are
    excluded: area 000, 666 and 900-999, group 00, serial 0000, and the two famous published
    numbers 078-05-1120 and 219-09-9999.
  - UK National Insurance number (``AB 12 34 56 C``, ``AB123456C``): two prefix letters, six digits
    and a suffix A-D; no check digit. Unlabelled, only the grouped form and prefixes HMRC allocates (first letter not D,
    F, I, Q, U or V; second not D, F, I, O, Q, U or V; not BG, GB, KN, NK, NT, TN or ZZ). Right after
    a ``National Insurance number`` / ``NI number`` / ``NINO`` label any two letters count, so the
    specimen prefix ``QQ`` of HMRC's examples is reported as what the message says it is.
  - A DNI without check letter (Peru's 8 digits, Argentina's 7-8, ``30.123.456``) only right after a
    ``DNI``/``D.N.I.``/``documento nacional de identidad`` label: the number has no check digit, but
    the message itself says what it is.
  - h31: a cédula (Colombia and others: 7-10 digits with thousands points, ``1.020.456.789``) only right after a
    ``cédula`` label or its abbreviation ``C.I.`` in capitals (h89), as a DNI; h70: unbroken (6-10 digits) right after the document's full name (``cédula de
    identidad``, ``de ciudadanía``, ``de extranjería``), as after ``documento de identidad``;
    the Dominican cédula (``001-1234567-8``: 3-7-1 digits with a Luhn check digit) by its shape and check.
  - South Africa identity number: 13 digits (``8001015009087``, ``800101 5009 087``) only right after an
    ``ID number``/``identity number`` label that names no record of the sender's (``order ID number``), with a
    birth date (YYMMDD) and a citizenship digit 0-2; as after an Aadhaar label, the Luhn digit is not required.
  - Nigeria National Identification Number (NIN): 11 digits (``31849206571``, grouped ``3184 920 6571`` or
    ``318 4920 6571``) only right after a ``NIN`` / ``National Identification Number`` label; NIMC publishes no
    check digit, so, as after a DNI label, the label says what the number is.
  - India Aadhaar: 12 digits (``4821 7736 5193``, ``482177365193``), first digit 2-9, only right after
    an ``Aadhaar``/``UIDAI`` label. As after a CURP label, the shape is enough there (the Verhoeff check
    digit is not required): the message says what the number is; unlabelled 12-digit numbers are
    order, tracking and phone numbers far more often.
  - Ireland Personal Public Service number: seven digits and a check letter, with a second letter on newer
    numbers (``1234567T``, ``1234567TW``), only right after a ``PPS``/``PPSN`` label; unlabelled the shape is
    that of many references, and after the label, as after an Aadhaar label, the check letter is not required.

* **Secrets** (:func:`find_secrets`): a password, temporary password or PIN given in the message
  after a label (es/en/pt), and a full account number (8+ digits) after an account label. The
  span is the secret value only. One-time codes (OTP, verification codes) are the purpose of many
  messages and are not labels here. A password that is a plain lower-case word ("sunshine") is
  missed, so that "tu contraseña es segura" is not flagged; trailing sentence punctuation is never
  part of the value, so a password ending in ``!`` loses that character in the span.

Why stdlib ``re`` and not re2: these patterns are ours, fixed, and need look-behind; none nests
quantifiers over overlapping classes, and every start is anchored by a look-behind so no position
is scanned twice. Only ASCII ``[0-9]``/``[A-Za-z]`` classes are used for numbers (``\\d`` would
accept Arabic-Indic digits and fullwidth digits), and no letter class whose match feeds a checksum is
compiled with ``re.IGNORECASE`` (which would let the Kelvin sign match ``k``).
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from .lazy import lazy_re

__all__ = [
    "CHECKSUM_KINDS",
    "Detection",
    "Kind",
    "find_all",
    "find_ibans",
    "find_labelled_ssns",
    "find_national_ids",
    "find_payment_cards",
    "find_secrets",
]


class Kind(StrEnum):
    """The closed set of detection kinds (values are the ``Detection.kind`` strings)."""

    PAYMENT_CARD = "payment_card"
    IBAN = "iban"
    ES_DNI = "es_dni"
    ES_NIE = "es_nie"
    MX_CURP = "mx_curp"
    MX_RFC = "mx_rfc"
    CL_RUT = "cl_rut"
    AR_CUIT = "ar_cuit"
    CO_NIT = "co_nit"
    BR_CPF = "br_cpf"
    BR_CNPJ = "br_cnpj"
    US_SSN = "us_ssn"
    GB_NINO = "gb_nino"
    LABELLED_DNI = "labelled_dni"
    LABELLED_CEDULA = "labelled_cedula"
    DO_CEDULA = "do_cedula"
    IN_AADHAAR = "in_aadhaar"
    IN_PAN = "in_pan"
    ZA_ID = "za_id"
    NG_NIN = "ng_nin"
    IE_PPS = "ie_pps"
    GT_DPI = "gt_dpi"
    CA_SIN = "ca_sin"
    SG_NRIC = "sg_nric"
    LABELLED_NATIONAL_ID = "labelled_national_id"
    PASSWORD = "password"
    ACCOUNT_NUMBER = "account_number"


# Kinds confirmed by a check digit; find_all prefers them when spans overlap.
CHECKSUM_KINDS: frozenset[str] = frozenset(
    {
        Kind.PAYMENT_CARD,
        Kind.IBAN,
        Kind.ES_DNI,
        Kind.ES_NIE,
        Kind.MX_CURP,
        Kind.MX_RFC,
        Kind.CL_RUT,
        Kind.AR_CUIT,
        Kind.CO_NIT,
        Kind.BR_CPF,
        Kind.BR_CNPJ,
        Kind.DO_CEDULA,
        Kind.SG_NRIC,
    }
)
# Validated by format and ranges only (no check digit); still better evidence than a label.
_FORMAT_KINDS: frozenset[str] = frozenset(
    {
        Kind.US_SSN,
        Kind.GB_NINO,
        Kind.LABELLED_DNI,
        Kind.LABELLED_CEDULA,
        Kind.IN_AADHAAR,
        Kind.IN_PAN,
        Kind.ZA_ID,
        Kind.NG_NIN,
        Kind.IE_PPS,
        Kind.GT_DPI,
        Kind.CA_SIN,
        Kind.LABELLED_NATIONAL_ID,
    }
)


@dataclass(frozen=True, slots=True)
class Detection:
    """One piece of personal data or one secret found in a text.

    ``kind`` is a :class:`Kind` value; ``country`` is the ISO 3166-1 alpha-2 code of the issuing
    country when the kind has one (the IBAN's own country code for IBANs), else ``None``.
    """

    kind: str
    start: int
    end: int
    text: str
    country: str | None


# --------------------------------------------------------------------------------------------------
# Boundaries


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _standalone(text: str, start: int, end: int, *, sep: str | None = None, phone_plus: bool = True) -> bool:
    """True when ``text[start:end]`` is a whole token, not a piece of a longer one.

    A token glued to a word character, or joined to one through ``.``, ``-`` or ``/`` (as in
    ``A-12345678Z`` or ``123.456.789-09.1``), is part of something else. ``sep`` is the grouping
    separator the match itself used: another ``sep`` + digit on either side means the number goes
    on. ``phone_plus`` rejects numbers right after ``+`` (international phone numbers).
    """
    n = len(text)
    if start > 0:
        before = text[start - 1]
        if _is_word(before) or (phone_plus and before == "+"):
            return False
        if (
            start > 1
            and _is_word(text[start - 2])
            and (before in ".-/" or (before == sep and text[start - 2].isdigit()))
        ):
            return False
    if end < n:
        after = text[end]
        if _is_word(after):
            return False
        if (
            end + 1 < n
            and _is_word(text[end + 1])
            and (after in ".-/" or (after == sep and text[end + 1].isdigit()))
        ):
            return False
    return True


def _detection(text: str, start: int, end: int, kind: Kind, country: str | None) -> Detection:
    return Detection(kind=kind.value, start=start, end=end, text=text[start:end], country=country)


# --------------------------------------------------------------------------------------------------
# Payment cards

_CARD_RE = lazy_re(
    r"""
    (?<![0-9])
    (?:
        [0-9]{13,19}                                                        # unbroken
      | [0-9]{4}(?P<s4>[ -])[0-9]{4}(?:(?P=s4)[0-9]{4}){1,2}(?:(?P=s4)[0-9]{1,3})?  # 4-4-4-4(-n)
      | [0-9]{4}(?P<s6>[ -])[0-9]{6}(?P=s6)[0-9]{4,5}                       # Amex 4-6-5, Diners 4-6-4
    )
    (?![0-9])
    """,
    re.VERBOSE,
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card_scheme_ok(digits: str) -> bool:
    """Issuer prefix (IIN) and a length that scheme issues."""
    n = len(digits)
    p2, p3, p4 = int(digits[:2]), int(digits[:3]), int(digits[:4])
    if digits[0] == "4":  # Visa
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:  # Mastercard
        return n == 16
    if p2 in (34, 37):  # American Express
        return n == 15
    if p4 == 6011 or p2 == 65 or 644 <= p3 <= 649:  # Discover
        return 16 <= n <= 19
    if p2 in (36, 38) or 300 <= p3 <= 305:  # Diners Club
        return 14 <= n <= 19
    if 3528 <= p4 <= 3589:  # JCB
        return 16 <= n <= 19
    if p2 == 62:  # UnionPay
        return 16 <= n <= 19
    return False


_CARD_MIN_DIGITS = 13  # a card has 13 to 19 digits, in one number run (_NUMBER_RUN_RE): its separators are single


def find_payment_cards(text: str, *, longest_run: int | None = None) -> tuple[Detection, ...]:
    """Payment card numbers (PAN): Luhn-valid, real issuer prefix and length, see module doc.

    ``longest_run``: :func:`longest_number_run` of ``text`` when the caller has it; below 13 nothing is scanned."""
    if longest_run is not None and longest_run < _CARD_MIN_DIGITS:
        return ()
    found: list[Detection] = []
    for m in _CARD_RE.finditer(text):
        raw = m.group()
        sep = m.group("s4") or m.group("s6")
        digits = raw.replace(sep, "") if sep else raw
        if not _CARD_MIN_DIGITS <= len(digits) <= 19:
            continue
        # An unbroken card may sit next to a space-separated number ("... 12 25" expiry); a grouped
        # one must not continue with its own separator and another digit group.
        if not _standalone(text, m.start(), m.end(), sep=sep):
            continue
        if _card_scheme_ok(digits) and (_luhn_ok(digits) or _CARD_LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            found.append(_detection(text, m.start(), m.end(), Kind.PAYMENT_CARD, None))
    return tuple(found)


# A number the message itself calls a card number ("Card number: ...", "número de tarjeta: ...") is one
# even when its check digit is wrong (a typo, or invented test data in a template): it still shows the
# reader a full card number. It must have a real issuer prefix and length, and follow the label directly.
_CARD_LABEL_BEFORE = lazy_re(
    r"(?<![^\W_])(?:card|debit card|credit card)\s+(?:number|no\.?|num\.?|#)\s*(?:is\s*)?[:#=]?\s*\Z"
    r"|(?<![^\W_])(?:n[úu]mero|n\.?\s?[º°o]\.?|num\.?)\s+de\s+(?:la\s+|tu\s+|su\s+)?tarjeta"
    r"(?:\s+de\s+(?:cr[ée]dito|d[ée]bito))?\s*(?:es\s*)?[:#=]?\s*\Z"
    r"|(?<![^\W_])(?:pan|tarjeta|card)\s*[:#=]\s*\Z"
    # "your new card Pagalia 4152 ...", "tarjeta Visa 4152 ...", "debit card, number 4929 ...": the noun with
    # at most two words (a brand, "number") between it and a full grouped card number.
    r"|(?<![^\W_])(?:card|tarjeta)(?:\s+[^\W\d_][\w-]*){0,2}\s*,?\s*(?:(?:number|n[úu]mero|no\.?)\s*)?[:#=]?\s*\Z",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------------------------------
# IBAN

# BBAN layout per country in the SWIFT IBAN registry's notation (release 101, the release
# python-stdnum 2.2's iban.dat was generated from): `n` digits, `a` upper-case letters, `c` letters or
# digits, `4!n` exactly four digits. The IBAN is the country code, two check digits and the BBAN.
_IBAN_BBAN: dict[str, str] = {
    "AD": "4!n4!n12!c", "AE": "3!n16!n", "AL": "8!n16!c", "AT": "5!n11!n", "AZ": "4!a20!c",
    "BA": "3!n3!n8!n2!n", "BE": "3!n7!n2!n", "BG": "4!a4!n2!n8!c", "BH": "4!a14!c", "BI": "5!n5!n11!n2!n",
    "BR": "8!n5!n10!n1!a1!c", "BY": "4!c4!n16!c", "CH": "5!n12!c", "CR": "4!n14!n", "CY": "3!n5!n16!c",
    "CZ": "4!n16!n", "DE": "8!n10!n", "DJ": "5!n5!n11!n2!n", "DK": "4!n9!n1!n", "DO": "4!c20!n",
    "EE": "2!n14!n", "EG": "4!n4!n17!n", "ES": "4!n4!n1!n1!n10!n", "FI": "3!n11!n", "FK": "2!a12!n",
    "FO": "4!n9!n1!n", "FR": "5!n5!n11!c2!n", "GB": "4!a6!n8!n", "GE": "2!a16!n", "GI": "4!a15!c",
    "GL": "4!n9!n1!n", "GR": "3!n4!n16!c", "GT": "4!c20!c", "HN": "4!a20!n", "HR": "7!n10!n",
    "HU": "3!n4!n1!n15!n1!n", "IE": "4!a6!n8!n", "IL": "3!n3!n13!n", "IQ": "4!a3!n12!n",
    "IS": "4!n2!n6!n10!n", "IT": "1!a5!n5!n12!c", "JO": "4!a4!n18!c", "KW": "4!a22!c", "KZ": "3!n13!c",
    "LB": "4!n20!c", "LC": "4!a24!c", "LI": "5!n12!c", "LT": "5!n11!n", "LU": "3!n13!c", "LV": "4!a13!c",
    "LY": "3!n3!n15!n", "MC": "5!n5!n11!c2!n", "MD": "2!c18!c", "ME": "3!n13!n2!n", "MK": "3!n10!c2!n",
    "MN": "4!n12!n", "MR": "5!n5!n11!n2!n", "MT": "4!a5!n18!c", "MU": "4!a2!n2!n12!n3!n3!a",
    "NI": "4!a20!n", "NL": "4!a10!n", "NO": "4!n6!n1!n", "OM": "3!n16!c", "PK": "4!a16!c", "PL": "8!n16!n",
    "PS": "4!a21!c", "PT": "4!n4!n11!n2!n", "QA": "4!a21!c", "RO": "4!a16!c", "RS": "3!n13!n2!n",
    "RU": "9!n5!n15!c", "SA": "2!n18!c", "SC": "4!a2!n2!n16!n3!a", "SD": "2!n12!n", "SE": "3!n16!n1!n",
    "SI": "5!n8!n2!n", "SK": "4!n6!n10!n", "SM": "1!a5!n5!n12!c", "SO": "4!n3!n12!n",
    "ST": "4!n4!n11!n2!n", "SV": "4!a20!n", "TL": "3!n14!n2!n", "TN": "2!n3!n13!n2!n", "TR": "5!n1!n16!c",
    "UA": "6!n19!c", "VA": "3!n15!n", "VG": "4!a16!n", "XK": "4!n10!n2!n", "YE": "4!a4!n18!c",
}  # fmt: skip

_BBAN_CLASS = {"n": "[0-9]", "a": "[A-Z]", "c": "[0-9A-Z]"}


def _bban_re(layout: str) -> re.Pattern[str]:
    parts = re.findall(r"([0-9]+)!([nac])", layout)
    return lazy_re("".join(f"{_BBAN_CLASS[kind]}{{{count}}}" for count, kind in parts))


_IBAN_BBAN_RES: dict[str, re.Pattern[str]] = {cc: _bban_re(layout) for cc, layout in _IBAN_BBAN.items()}
# Total IBAN length per country (ES 24, BR 29, ...), derived from the layouts above.
IBAN_LENGTHS: dict[str, int] = {
    cc: 4 + sum(int(count) for count in re.findall(r"([0-9]+)!", layout)) for cc, layout in _IBAN_BBAN.items()
}

# Where an IBAN may start: two ASCII letters, not after a letter or digit, and two digits. The scan matches the two
# check digits (round 76), so it opens with a digit class: Python's re looks for a digit in C and reads the letters
# before it with a lookbehind only there, where a lookbehind-led pattern was tried at every position (the two letters
# start 2 characters earlier). tests/test_fast_paths.py checks it against the letter-led pattern.
_IBAN_CHECK_DIGITS_RE = lazy_re(r"[0-9](?<=(?<![0-9A-Za-z])[A-Za-z]{2}[0-9])[0-9]")


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _scan_iban(text: str, start: int, length: int) -> int | None:
    """End offset of an IBAN of ``length`` characters starting at ``start``, or None.

    Groups of four are either all separated by one space or not separated at all.
    """
    pos, count, spaced = start + 4, 4, None
    n = len(text)
    while count < length:
        if count % 4 == 0:
            has_space = pos < n and text[pos] == " "
            if spaced is None:
                spaced = has_space
            elif spaced != has_space:
                return None
            if has_space:
                pos += 1
        if pos >= n or not _is_ascii_alnum(text[pos]):
            return None
        pos += 1
        count += 1
    if spaced and pos + 1 < n and text[pos] == " " and text[pos + 1].isascii() and text[pos + 1].isdigit():
        return None  # one more digit group: a longer number that merely starts like an IBAN
    return pos


def _mod97(s: str) -> int:
    remainder = 0
    for ch in s:
        value = ord(ch) - 48 if ch.isdigit() else ord(ch) - 55  # A=10 ... Z=35
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    return remainder


def find_ibans(text: str) -> tuple[Detection, ...]:
    """IBANs with the registry length for their country and a valid mod-97 check."""
    found: list[Detection] = []
    for m in _IBAN_CHECK_DIGITS_RE.finditer(text):
        start = m.start() - 2
        country = text[start : start + 2].upper()
        length = IBAN_LENGTHS.get(country)
        if length is None:
            continue
        end = _scan_iban(text, start, length)
        if end is None or not _standalone(text, start, end, phone_plus=False):
            continue
        compact = text[start:end].replace(" ", "").upper()
        if not 2 <= int(compact[2:4]) <= 98:
            continue
        if _IBAN_BBAN_RES[country].fullmatch(compact, 4) and _mod97(compact[4:] + compact[:4]) == 1:
            found.append(_detection(text, start, end, Kind.IBAN, country))
    return tuple(found)


# --------------------------------------------------------------------------------------------------
# National identifiers

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _dni_ok(body: str, letter: str) -> bool:
    return _DNI_LETTERS[int(body) % 23] == letter.upper()


# RENAPO state codes (NE: born abroad).
_CURP_STATES = frozenset(
    {
        "AS", "BC", "BS", "CC", "CH", "CL", "CM", "CS", "DF", "DG", "GR", "GT", "HG", "JC", "MC", "MN", "MS",
        "NE", "NL", "NT", "OC", "PL", "QR", "QT", "SL", "SP", "SR", "TC", "TL", "TS", "VZ", "YN", "ZS",
    }
)  # fmt: skip
# RENAPO's alphabet; Ñ never occurs in a CURP (it is written X) but keeps its place in the values.
_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
_RFC_GENERIC = frozenset({"XAXX010101000", "XEXX010101000"})


def _date_ok(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _curp_ok(curp: str) -> bool:
    century = 1900 if curp[16].isdigit() else 2000
    if not _date_ok(century + int(curp[4:6]), int(curp[6:8]), int(curp[8:10])):
        return False
    if curp[11:13] not in _CURP_STATES:
        return False
    total = sum(_CURP_ALPHABET.index(c) * (18 - i) for i, c in enumerate(curp[:17]))
    return str((10 - total % 10) % 10) == curp[17]


def _rfc_ok(rfc: str) -> bool:
    if rfc in _RFC_GENERIC:
        return False
    date = rfc[-9:-3]
    # Two-digit year: 2000 + yy is a leap year exactly when yy % 4 == 0, which accepts 29 February
    # for any year a person or company could have.
    if not _date_ok(2000 + int(date[:2]), int(date[2:4]), int(date[4:6])):
        return False
    padded = (" " + rfc[:-1])[-12:]
    total = sum(_RFC_ALPHABET.index(c) * (13 - i) for i, c in enumerate(padded))
    return _RFC_ALPHABET[(11 - total) % 11] == rfc[-1]


def _rut_dv(body: str) -> str:
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    dv = 11 - total % 11
    return {11: "0", 10: "K"}.get(dv, str(dv))


_NIT_WEIGHTS = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)


def _nit_dv(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(reversed(body), _NIT_WEIGHTS, strict=False))
    r = total % 11
    return str(11 - r if r > 1 else r)


# 20-27 people, 30-34 companies, 50/51/55 international (AFIP).
_CUIT_PREFIXES = frozenset({"20", "23", "24", "25", "26", "27", "30", "33", "34", "50", "51", "55"})


def _cuit_ok(digits: str) -> bool:
    if digits[:2] not in _CUIT_PREFIXES:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    dv = 11 - total % 11
    if dv == 10:  # no valid CUIT ends this way (AFIP changes the prefix instead)
        return False
    return (0 if dv == 11 else dv) == int(digits[10])


def _cpf_ok(digits: str) -> bool:
    if len(set(digits)) == 1:  # 111.111.111-11 passes the arithmetic but is not issued
        return False
    for n in (9, 10):
        total = sum(int(d) * w for d, w in zip(digits[:n], range(n + 1, 1, -1), strict=True))
        r = total % 11
        if (0 if r < 2 else 11 - r) != int(digits[n]):
            return False
    return True


def _cnpj_ok(chars: str) -> bool:
    # Alphanumeric CNPJ (from July 2026): each character counts as its code point minus 48.
    if chars[:12] == "0" * 12:
        return False
    values = [ord(c) - 48 for c in chars[:12]]
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        r = sum(v * w for v, w in zip(values, weights, strict=True)) % 11
        values.append(0 if r < 2 else 11 - r)
    return chars[12:] == f"{values[12]}{values[13]}"


def _curp_shape_ok(curp: str) -> bool:
    """A CURP's birth date and state code, without its check digit."""
    century = 1900 if curp[16].isdigit() else 2000
    return _date_ok(century + int(curp[4:6]), int(curp[6:8]), int(curp[8:10])) and curp[11:13] in _CURP_STATES


_NINO_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def _nino_check(m: re.Match[str], text: str) -> bool:
    prefix = m.group("prefix")
    if _labelled(text, m.start(), _NINO_LABEL):
        return True
    # Unlabelled, only in the grouped form HMRC prints ("AB 12 34 56 C"): "AB123456C" is as likely a reference.
    return m.group("sep") == " " and prefix[0] not in "DFIQUV" and prefix[1] not in "DFIOQUV" and prefix not in _NINO_BAD_PREFIXES


def _ssn_ok(area: str, group: str, serial: str) -> bool:
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return f"{area}-{group}-{serial}" not in ("078-05-1120", "219-09-9999")


def _labelled(text: str, start: int, label: re.Pattern[str], window: int = 50) -> bool:
    """Whether ``label`` (e.g. CPF) ends shortly before ``start`` with no digit in between.

    The default window fits the longest label (31 characters, "documento nacional de identidad") plus the 15
    characters allowed after it: with 30, "National Insurance number on file: QQ..." was missed (h11)."""
    return label.search(text, max(0, start - window), start) is not None


def _after_cedula_label(found: re.Match[str], text: str) -> bool:
    """A cédula's number (dotted or hyphenated) counts only right after its label, «cédula» or «C.I.»."""
    return _labelled(text, found.start(), _CEDULA_LABEL) or _labelled(text, found.start(), _CI_LABEL)


def _label_re(words: str) -> re.Pattern[str]:
    # The label, then at most 15 characters without digits or line breaks up to the number:
    # "CPF: ", "CUIT n.º ", "NIT de la empresa ".
    return lazy_re(rf"(?<![^\W_])(?:{words})(?![^\W_])[^0-9\n]{{0,15}}\Z", re.IGNORECASE)


_CPF_LABEL = _label_re("cpf")
_CNPJ_LABEL = _label_re("cnpj")
_CUIT_LABEL = _label_re("cuit|cuil")
_NIT_LABEL = _label_re("nit")
_DNI_LABEL = _label_re(r"dni|d\.n\.i\.?|documento nacional de identidad")
# h31: a cédula (Colombia and its neighbours: "la cédula 1.020.456.789") has no check digit, so only right after its
# label (at most "número", "n.º" or a colon between: "la cédula cuesta $ 45.000" is a price) and written with its
# thousands points, as the document prints it: a bare "Cédula 1020304050" stays unreported, as before.
_CEDULA_LABEL = lazy_re(
    r"(?<![^\W_])c[ée]dula(?: de (?:ciudadan[íi]a|identidad(?: personal)?))?(?: (?:número|numero|n\.? ?[º°o]\.?|no\.))?:? \Z",
    re.IGNORECASE,
)
# h89 (round 60): the cédula by its abbreviation in capitals ("Titular: C.I. 4.512.337-8", Uruguay's, Venezuela's and
# Bolivia's), as after the word; "ci" in lower case is no label.
_CI_LABEL = lazy_re(r"(?<![^\W_])(?:C\. ?I\.|CI)(?: (?:N[º°o]\.?|número|numero|no\.))?:? \Z")
_CURP_LABEL = _label_re("curp")
_AADHAAR_LABEL = _label_re(r"aadhaar|aadhar|uidai")
# h97 (round 64): India's Permanent Account Number, the tax number on every payslip and bank form. "PAN" is also a
# payment card's number (PCI's primary account number), so only the PAN's own shape counts after the label: five
# letters, the fourth the holder's type (P a person, C a company, H, F, A, T, B, L, J, G), four digits and a letter.
_IN_PAN_LABEL = lazy_re(
    r"(?<![^\W_])(?:PAN|[Pp]ermanent [Aa]ccount [Nn]umber)(?: (?:card|number|no\.?|#))?(?: ?:| is| was)? ?\Z"
)
_NINO_LABEL = _label_re(r"national insurance(?: number| no\.?)?|ni (?:number|no\.?)|nino")
_ZA_BARE_ID_LABEL = lazy_re(r"(?<![^\W_])ID(?:[ \t]?[:#])?[ \t]?\Z")
_ZA_ID_LABEL = _label_re(r"(?:(?:south african|sa|national) )?id(?:entity)? (?:number|no\.?|#)|identity number|identity document(?: number)?")
# h22: Nigeria's NIN; "nin" is no word of English or Spanish ("niño" has an ñ, a letter of the word).
_NG_NIN_LABEL = _label_re(r"nin|national identification number|national identity number")
# h25: Ireland's Personal Public Service number, only after its label: seven digits and a check letter (and a second
# letter on newer numbers) is also the shape of many references ("1234567A"), so unlabelled it is left alone.
_IE_PPS_LABEL = _label_re(r"ppsn?(?: number| no\.?)?|personal public service(?: number| no\.?)?")
# h23/h107 (round 69): Guatemala's Documento Personal de Identificación, by its acronym in capitals ("dpi" in lower case is
# a printer's dots per inch) or its Código Único de Identificación (CUI), or their full names.
_GT_DPI_LABEL = lazy_re(
    r"(?<![^\W_])(?:DPI|CUI|[Dd]ocumento [Pp]ersonal de [Ii]dentificaci[óo]n|[Cc][óo]digo [Úú]nico de [Ii]dentificaci[óo]n)"
    r"(?: (?:número|numero|n\.? ?[º°o]\.?|no\.))?:? \Z"
)
# h55 (round 43): Canada's Social Insurance Number, only right after its label, as a PPS: nine digits (3-3-3, as the
# SIN letter prints it) are also a Spanish phone number's shape, so the short label counts in capitals only ("sin costo
# al 600 123 456" is Spanish for "free of charge"), and only a colon, "number", "no." or "#" may stand between.
_CA_SIN_LABEL = lazy_re(
    r"(?<![^\W_])(?:SIN|S\.I\.N\.?|[Ss]ocial [Ii]nsurance(?: [Nn]umber| [Nn]o\.?)?)"
    r"(?: (?:number|no\.?|#))?(?: ?:| is)? ?\Z"
)
# h32: a national identity number after its generic label ("registered under national ID 28417736", Kenya's eight
# digits; "identity card no. 1234567"; "documento de identidad 4567890"): countries whose number has no check digit and
# no shape of its own (Kenya, Ghana, Uganda...) are recognised by the label alone, as a labelled DNI is.
# Only a colon, "is", "es" or "n.º" may stand between (the 15 characters other labels allow would reach "national ID
# and booking 3051..." or the next sentence's phone number).
_NATIONAL_ID_LABEL = lazy_re(
    r"(?<![^\W_])(?:national id(?:entity)?(?: card)?(?: number| no\.?| #)?|(?:national )?identity card(?: number| no\.?)?"
    r"|id card (?:number|no\.?)|documento de identidad|carn[eé] de identidad|n[úu]mero de identidad"
    # h101 (round 66): the bare "ID number" / "ID no." ("the account holder is Wanjiru Kamau, ID number 55501234"), which
    # every tuning line that has it gives a person's identity with; a record's ID is left out below ("order ID number").
    r"|id (?:number|no\.?)"
    # h70 (round 51): the cédula by its full name ("cédula de identidad 1309876543", Ecuador's and Bolivia's; "cédula de
    # ciudadanía", Colombia's): the document, not a professional licence or a deed ("cédula profesional", "cédula
    # hipotecaria"), so an unbroken number after it is read as a generic national ID; a bare "cédula 1020304050" is not.
    r"|c[ée]dula de (?:identidad|ciudadan[íi]a|extranjer[íi]a))"
    r"(?: ?:| is| es| n\.? ?[º°o]\.?)? \Z",
    re.IGNORECASE,
)
# "order ID number", "booking ID no.": the label names a record of the sender's, not a person's identity.
_RECORD_BEFORE_ID_RE = lazy_re(
    r"(?i)(?<![^\W_])(?:order|booking|member|membership|customer|client|account|reference|transaction|tracking|ticket|invoice"
    r"|policy|employee|staff|student|patient|device|session|user|payment)\s+\Z"
)


def _national_id_check(m: re.Match[str], text: str) -> bool:
    """A number right after a generic national-identity label, unless the label names a record ("student ID card no.")
    or the number is the first group of a longer one ("ID number 913527 6100 184", a South African shape read whole)."""
    label = _NATIONAL_ID_LABEL.search(text, max(0, m.start() - 50), m.start())
    return (
        label is not None
        and not _RECORD_BEFORE_ID_RE.search(text, max(0, label.start() - 20), label.start())
        and not _MORE_DIGITS_RE.match(text, m.end())
    )


_MORE_DIGITS_RE = lazy_re(r"[ \t]+[0-9]")


def _za_id_check(m: re.Match[str], text: str) -> bool:
    """A South African identity number right after its label: the birth date (YYMMDD) and the citizenship digit
    (0-2) are the shape; as after an Aadhaar label, the Luhn check digit is not required (the message says what
    the number is, and a mistyped one in clear is still one)."""
    label = _ZA_ID_LABEL.search(text, max(0, m.start() - 50), m.start())
    digits = _strip(m.group())
    if label is None:
        # h81 (round 56): the bare "ID" a lender writes after the name ("Thabo Mokoena, ID 8503125800086"), in
        # capitals right before the number, is the identity number too when the number has the whole shape, down to
        # the digit that is 8 (or 9 on older numbers) on every ID issued since 1986: a record's ID has no birth date.
        label = _ZA_BARE_ID_LABEL.search(text, max(0, m.start() - 5), m.start())
        if label is None or digits[11:12] not in ("8", "9"):
            return False
    if _RECORD_BEFORE_ID_RE.search(text, max(0, label.start() - 20), label.start()):
        return False
    year, month, day = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    return len(digits) == 13 and digits[10] in "012" and (_date_ok(1900 + year, month, day) or _date_ok(2000 + year, month, day))


@dataclass(frozen=True, slots=True)
class _IdFormat:
    """One written form of one identifier: a pattern, its check, and its kind."""

    kind: Kind
    country: str  # "" when the format is shared by several countries (a labelled DNI)
    pattern: re.Pattern[str]
    check: Callable[[re.Match[str], str], bool]
    # Every match has at least this many digits in one number run (digits with single separators, _NUMBER_RUN_RE):
    # a text whose longest run has fewer is not scanned.
    min_digits: int
    # Characters every match holds (the hyphen before a check digit, a CNPJ's "./-"): a text without one of them is not
    # scanned. Most messages have no hyphen.
    needs: str = ""
    # Every match holds nine of [0-9A-Z] in a row (a code in capitals, _CAPITALS_RUN_RE): a text without such a run is
    # not scanned.
    capitals_run: bool = False


def _strip(s: str, chars: str = ".-/ ") -> str:
    return s.translate({ord(c): None for c in chars})


def _digits_then_check(pred: Callable[[str], bool]) -> Callable[[re.Match[str], str], bool]:
    return lambda m, _text: pred(_strip(m.group()))


def _with_label(label: re.Pattern[str], pred: Callable[[str], bool]) -> Callable[[re.Match[str], str], bool]:
    return lambda m, text: _labelled(text, m.start(), label) and pred(_strip(m.group()))


def _aadhaar_ok(digits: str) -> bool:
    # The label says what the number is: like a labelled CURP, the shape is enough (a mistyped Aadhaar
    # number in clear is still one); UIDAI never issues numbers starting with 0 or 1.
    return len(digits) == 12 and digits[0] not in "01"


# Singapore's NRIC (S, T) and FIN (F, G): seven digits weighted 2 7 6 5 4 3 2, 4 more for the series issued from 2000
# (T, G), the sum modulo 11 picking the check letter from the series' table (ICA; the "M" FINs of 2022 use a third
# table and are not read).
_SG_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_SG_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}


# h92 (round 62): right after its label ("NRIC: S5555555Z"), an NRIC or FIN whose check letter does not compute still
# counts, as a labelled RUT or DNI does: the label says what the number is, and a mistyped one in clear is still one.
_SG_NRIC_LABEL = _label_re(r"nric|n\.r\.i\.c\.?|fin|foreign identification number")


def _sg_nric_ok(m: re.Match[str], text: str) -> bool:
    value = m.group().upper()
    total = sum(int(digit) * weight for digit, weight in zip(value[1:8], _SG_WEIGHTS, strict=True))
    total += 4 if value[0] in "TG" else 0
    return _SG_LETTERS[value[0]][total % 11] == value[8] or (m.group().isupper() and _labelled(text, m.start(), _SG_NRIC_LABEL))


# h88 (round 60): right after its label ("RUT 15.234.678-K"), a RUT whose check digit does not compute still counts, as a
# labelled DNI has since round 42: the label says what the number is, and a mistyped one in clear is still one.
_RUT_LABEL = _label_re(r"rut|r\.u\.t\.?|run|r\.u\.n\.?|rol [úu]nico (?:tributario|nacional)")


def _rut_check(m: re.Match[str], text: str) -> bool:
    if _labelled(text, m.start(), _NIT_LABEL):
        return False  # "NIT 1.234.567-8" is Colombian even when it would also pass as a RUT
    return _rut_dv(_strip(m.group("body"))) == m.group("dv").upper() or _labelled(text, m.start(), _RUT_LABEL)


def _nit_check(m: re.Match[str], text: str) -> bool:
    body = _strip(m.group("body"))
    if len(body) != 9 and not _labelled(text, m.start(), _NIT_LABEL):
        return False
    return _nit_dv(body) == m.group("dv")


# h52/h53 (round 42): right after a DNI label or a generic identity label ("DNI 53918274M", "con documento de
# identidad 48392017K"), a DNI or NIE with a wrong check letter still counts: the label says what the number is, and a
# mistyped one in clear is still one (as after a CURP or Aadhaar label). Unlabelled, only a valid letter counts:
# eight digits and a letter are also the shape of many references.
_NIF_NIE_LABEL = _label_re(r"nie|n\.i\.e\.?|nif|n\.i\.f\.?")


def _id_labelled(text: str, start: int) -> bool:
    return (
        _labelled(text, start, _DNI_LABEL)
        or _labelled(text, start, _NIF_NIE_LABEL)
        or _NATIONAL_ID_LABEL.search(text, max(0, start - 50), start) is not None
    )


def _dni_check(m: re.Match[str], text: str) -> bool:
    return _dni_ok(_strip(m.group("body")), m.group("letter")) or (m.group("letter").isupper() and _id_labelled(text, m.start()))


def _nie_check(m: re.Match[str], text: str) -> bool:
    prefix = str("XYZ".index(m.group("prefix").upper()))
    if _dni_ok(prefix + m.group("body"), m.group("letter")):
        return True
    return m.group("prefix").isupper() and m.group("letter").isupper() and _id_labelled(text, m.start())


# A phone number after a call label ("llama al 800-10-4477", "call 800-55-1234") is no SSN (h9).
_PHONE_LABEL = _label_re(
    r"llam[aeá]n?|llamar|llámanos|llamanos|llámenos|llamenos|marca|marque|tel|teléfono|telefono|tel[eé]fono gratuito|"
    r"línea|linea|whatsapp|call|phone|ring|tel\.|dial|helpline|hotline"
)


def _ssn_check(m: re.Match[str], text: str) -> bool:
    if _labelled(text, m.start(), _PHONE_LABEL):
        return False
    return _ssn_ok(m.group("area"), m.group("group"), m.group("serial"))


_ID_FORMATS: tuple[_IdFormat, ...] = (
    _IdFormat(
        Kind.ES_DNI,
        "ES",
        lazy_re(r"(?<![0-9])(?P<body>[0-9]{8}|[0-9]{2}\.[0-9]{3}\.[0-9]{3})-?(?P<letter>[A-Za-z])"),
        _dni_check,
        min_digits=8,
    ),
    _IdFormat(
        Kind.ES_NIE,
        "ES",
        lazy_re(r"(?<![A-Za-z])(?P<prefix>[XYZxyz])-?(?P<body>[0-9]{7})-?(?P<letter>[A-Za-z])"),
        _nie_check,
        min_digits=7,
    ),
    _IdFormat(
        Kind.MX_CURP,
        "MX",
        lazy_re(r"(?<![A-Z])[A-Z]{4}[0-9]{6}[HMX][A-Z]{5}[0-9A-Z][0-9]"),
        # The check digit, or right after a "CURP" label the shape alone (date, sex, state).
        lambda m, text: _curp_ok(m.group()) or (_labelled(text, m.start(), _CURP_LABEL) and _curp_shape_ok(m.group())),
        min_digits=6,
        capitals_run=True,
    ),
    _IdFormat(
        Kind.MX_RFC,
        "MX",
        lazy_re(r"(?<![A-ZÑ&])[A-ZÑ&]{3,4}[0-9]{6}[1-9A-V][1-9A-Z][0-9A]"),
        lambda m, _text: _rfc_ok(m.group()),
        min_digits=6,
        capitals_run=True,
    ),
    _IdFormat(
        Kind.CL_RUT,
        "CL",
        lazy_re(r"(?<![0-9.])(?P<body>[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}|[0-9]{7,8})-(?P<dv>[0-9Kk])"),
        _rut_check,
        min_digits=7,
        needs="-",
    ),
    _IdFormat(
        Kind.CO_NIT,
        "CO",
        lazy_re(r"(?<![0-9.])(?P<body>[0-9]{1,3}(?:\.[0-9]{3}){1,3}|[0-9]{6,10})-(?P<dv>[0-9])"),
        _nit_check,
        min_digits=5,
        needs="-",
    ),
    _IdFormat(
        Kind.AR_CUIT,
        "AR",
        lazy_re(r"(?<![0-9])[0-9]{2}-[0-9]{8}-[0-9]"),
        _digits_then_check(_cuit_ok),
        min_digits=11,
        needs="-",
    ),
    _IdFormat(Kind.AR_CUIT, "AR", lazy_re(r"(?<![0-9])[0-9]{11}"), _with_label(_CUIT_LABEL, _cuit_ok), min_digits=11,),
    _IdFormat(
        Kind.BR_CPF,
        "BR",
        lazy_re(r"(?<![0-9])(?:[0-9]{3}\.[0-9]{3}\.[0-9]{3}|[0-9]{9})-[0-9]{2}"),
        _digits_then_check(_cpf_ok),
        min_digits=11,
        needs="-",
    ),
    _IdFormat(Kind.BR_CPF, "BR", lazy_re(r"(?<![0-9])[0-9]{11}"), _with_label(_CPF_LABEL, _cpf_ok), min_digits=11,),
    _IdFormat(
        Kind.BR_CNPJ,
        "BR",
        lazy_re(r"(?<![0-9A-Z])[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}/[0-9A-Z]{4}-[0-9]{2}"),
        _digits_then_check(_cnpj_ok),
        min_digits=2,
        needs="./-",
    ),
    _IdFormat(
        Kind.BR_CNPJ,
        "BR",
        lazy_re(r"(?<![0-9A-Z])[0-9A-Z]{12}[0-9]{2}"),
        _with_label(_CNPJ_LABEL, _cnpj_ok),
        min_digits=2,
        capitals_run=True,
    ),
    _IdFormat(
        Kind.LABELLED_DNI,
        "",
        lazy_re(r"(?<![0-9.])(?:[0-9]{7,8}|[0-9]{1,2}\.[0-9]{3}\.[0-9]{3})(?![0-9]|\.[0-9]|-?[A-Za-z0-9])"),
        lambda m, text: _labelled(text, m.start(), _DNI_LABEL),
        min_digits=7,
    ),
    _IdFormat(
        Kind.LABELLED_CEDULA,
        "",
        # h66 (round 49): Venezuela prints the holder's nationality before the number ("la cédula V-18.555.204"; E- for a
        # foreign resident): the letter is part of the number, not a word before it.
        # h74 (round 53): Uruguay prints its check digit after a hyphen ("cédula de identidad 5.555.123-4"): the digit is
        # part of the number, not another number glued to it.
        lazy_re(r"(?<![0-9.])(?:(?<![^\W_])[VEve]-)?[0-9]{1,3}(?:\.[0-9]{3}){2,3}(?:-[0-9])?(?![0-9]|\.[0-9]|-?[A-Za-z0-9])"),
        _after_cedula_label,
        min_digits=7,
        needs=".",
    ),
    _IdFormat(
        Kind.LABELLED_NATIONAL_ID,
        "",
        # h74 (round 53): a check digit after a hyphen, as Uruguay and Ecuador print it ("documento de identidad 5555123-4").
        # h87 (round 59): or in groups of three or four digits, as the Philippines prints its PhilSys number ("national ID
        # number 5551-2345-6789"); after the label, the groups are one number.
        lazy_re(
            r"(?<![0-9.])(?:[0-9]{6,10}(?:-[0-9])?|[0-9]{3,4}(?:[- ][0-9]{3,4}){2,3})(?![0-9]|\.[0-9]|-?[A-Za-z0-9])"
        ),
        _national_id_check,
        min_digits=6,
    ),
    # h120 (round 76): Costa Rica prints the cédula in three hyphenated groups, province first ("cédula 1-0555-0555"), as
    # Panama does ("8-765-4321"); no check digit, so only right after the cédula's label, as the dotted form.
    _IdFormat(
        Kind.LABELLED_CEDULA,
        "",
        lazy_re(r"(?<![0-9.-])[0-9]{1,2}-[0-9]{3,4}-[0-9]{3,5}(?![0-9]|[.-][0-9]|[A-Za-z])"),
        _after_cedula_label,
        min_digits=7,
        needs="-",
    ),
    # The Dominican cédula: eleven digits written 3-7-1, the last a Luhn check digit (JCE; python-stdnum do.cedula).
    _IdFormat(
        Kind.DO_CEDULA,
        "DO",
        lazy_re(r"(?<![0-9-])[0-9]{3}-[0-9]{7}-[0-9](?![0-9]|-[0-9])"),
        _digits_then_check(_luhn_ok),
        min_digits=11,
        needs="-",
    ),
    _IdFormat(
        Kind.IN_AADHAAR,
        "IN",
        lazy_re(r"(?<![0-9])[2-9][0-9]{3}(?P<sep>[ -]?)[0-9]{4}(?P=sep)[0-9]{4}(?![0-9])"),
        _with_label(_AADHAAR_LABEL, _aadhaar_ok),
        min_digits=12,
    ),
    _IdFormat(
        Kind.IN_PAN,
        "IN",
        lazy_re(r"(?<![0-9A-Za-z])[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z](?![A-Za-z0-9])"),
        lambda m, text: _labelled(text, m.start(), _IN_PAN_LABEL, window=40),
        min_digits=4,
        capitals_run=True,
    ),
    _IdFormat(
        Kind.ZA_ID,
        "ZA",
        # Unbroken, or grouped as the green ID book and the smart card print it ("800312 5800 085").
        lazy_re(r"(?<![0-9])[0-9]{6}(?P<sep> ?)[0-9]{4}(?P=sep)[0-9]{3}(?![0-9])"),
        _za_id_check,
        min_digits=13,
    ),
    _IdFormat(
        Kind.NG_NIN,
        "NG",
        lazy_re(r"(?<![0-9])(?:[0-9]{11}|[0-9]{4} [0-9]{3} [0-9]{4}|[0-9]{3} [0-9]{4} [0-9]{4})(?![0-9])"),
        lambda m, text: _labelled(text, m.start(), _NG_NIN_LABEL),
        min_digits=11,
    ),
    _IdFormat(
        Kind.IE_PPS,
        "IE",
        # Right after its label the shape is enough, as for a labelled Aadhaar: a mistyped check letter in clear is still one.
        lazy_re(r"(?<![0-9A-Za-z])[0-9]{7} ?[A-Wa-w][A-IWa-iw]?(?![A-Za-z0-9])"),
        lambda m, text: _labelled(text, m.start(), _IE_PPS_LABEL),
        min_digits=7,
    ),
    _IdFormat(
        Kind.GT_DPI,
        "GT",
        # Thirteen digits, unbroken or 4-5-4 as the card prints them; the last four are the department (01-22) and the
        # municipality of registration. Right after its label the shape is enough, as for a labelled RUT or NRIC.
        lazy_re(r"(?<![0-9])[0-9]{4}(?P<sep> ?)[0-9]{5}(?P=sep)(?:0[1-9]|1[0-9]|2[0-2])[0-9]{2}(?![0-9])"),
        lambda m, text: _labelled(text, m.start(), _GT_DPI_LABEL, window=45),
        min_digits=13,
    ),
    _IdFormat(
        Kind.CA_SIN,
        "CA",
        # After its label the shape is enough (the Luhn digit is not required), as for a labelled Aadhaar; Service Canada
        # issues no SIN starting with 0 or 8.
        lazy_re(r"(?<![0-9])[1-79][0-9]{2}(?P<sep>[ -]?)[0-9]{3}(?P=sep)[0-9]{3}(?![0-9])"),
        lambda m, text: _labelled(text, m.start(), _CA_SIN_LABEL, window=40),
        min_digits=9,
    ),
    _IdFormat(
        Kind.SG_NRIC,
        "SG",
        lazy_re(r"(?<![0-9A-Za-z])[STFG][0-9]{7}[A-Z](?![A-Za-z0-9])"),
        _sg_nric_ok,
        min_digits=7,
        capitals_run=True,
    ),
    _IdFormat(
        Kind.US_SSN,
        "US",
        lazy_re(r"(?<![0-9])(?P<area>[0-9]{3})-(?P<group>[0-9]{2})-(?P<serial>[0-9]{4})"),
        _ssn_check,
        min_digits=9,
        needs="-",
    ),
    _IdFormat(
        Kind.GB_NINO,
        "GB",
        lazy_re(r"(?<![A-Za-z0-9])(?P<prefix>[A-Z]{2}) ?[0-9]{2}(?P<sep> ?)[0-9]{2}(?P=sep)[0-9]{2} ?[A-D](?![A-Za-z0-9])"),
        _nino_check,
        min_digits=6,
    ),
)


_NUMBER_RUN_RE = lazy_re(r"[0-9](?:[ .\-/]?[0-9])*")
_CAPITALS_RUN_RE = lazy_re(r"[0-9A-Z]{9}")  # see _IdFormat.capitals_run
_NO_SEPARATORS = dict.fromkeys(map(ord, " .-/"))


def longest_number_run(text: str) -> int:
    """The most digits in one run of digits with single separators ("12.345.678-5" has 9, "A83499" 5)."""
    return max((len(run.translate(_NO_SEPARATORS)) for run in _NUMBER_RUN_RE.findall(text)), default=0)


def find_national_ids(text: str, *, skip_short_runs: bool = True, longest_run: int | None = None) -> tuple[Detection, ...]:
    """National identity and tax numbers (ES, MX, CL, AR, CO, DO, BR, SG, US, GB), see the module doc.

    Each is checked by its check digit (SSN: by the SSA ranges); a number may be reported under
    two kinds only if it passes both checks (find_all then keeps one). ``skip_short_runs=False``
    scans with every format whatever the text's number runs, characters and capitals (for tests of the shortcuts).
    """
    found: list[Detection] = []
    if not skip_short_runs:
        longest = len(text)
    else:
        longest = longest_number_run(text) if longest_run is None else longest_run
    capitals: bool | None = None  # whether the text has a _CAPITALS_RUN_RE run, found when a format first asks
    for fmt in _ID_FORMATS:
        if longest < fmt.min_digits:
            continue
        if skip_short_runs and fmt.needs and not all(char in text for char in fmt.needs):
            continue
        if skip_short_runs and fmt.capitals_run:
            if capitals is None:
                capitals = _CAPITALS_RUN_RE.search(text) is not None
            if not capitals:
                continue
        for m in fmt.pattern.finditer(text):
            if _standalone(text, m.start(), m.end()) and fmt.check(m, text):
                found.append(_detection(text, m.start(), m.end(), fmt.kind, fmt.country or None))
    found.sort(key=lambda d: (d.start, d.end))
    return tuple(found)


# --------------------------------------------------------------------------------------------------
# Secrets

# Labels that introduce a password-like secret, per language. OTP/verification codes are absent on
# purpose: sending them is what those messages are for. Each label holds one of the words _may_have_password_label
# looks for (pin, nip, pass, clave, contraseña, senha): a new one without any needs its word added there.
_PASSWORD_LABELS: dict[str, str] = {
    "es": r"(?:(?:nueva|tu|su)\s+)?(?:contraseña|clave|password|pin|nip)"
    r"(?:\s+(?:temporal|provisional|nueva|de\s+acceso|secreta|de\s+seguridad|inicial))?",
    "en": r"(?:(?:temporary|temp|new|initial|default)\s+)?(?:password|passcode|passphrase|pin)",
    "pt": r"(?:(?:nova|sua|seu)\s+)?(?:senha|pin|password)"
    r"(?:\s+(?:temporária|temporaria|provisória|provisoria|nova|de\s+acesso|inicial))?",
}
_PASSWORD_CONNECTORS: dict[str, str] = {
    "es": r"\s*[:=]|\s+(?:es|será|sera)\s*:?",
    "en": r"\s*[:=]|\s+(?:is|will\s+be)\s*:?",
    "pt": r"\s*[:=]|\s+(?:é|será|sera)\s*:?",
}
_ACCOUNT_LABELS: dict[str, str] = {
    "es": r"n[úu]mero\s+de\s+cuenta|cuenta|cta\.?|clabe|cbu|cvu",
    "en": r"account|acct\.?|a/c",
    "pt": r"conta",
}
_ACCOUNT_QUALIFIER = (
    r"n[úu]mero|n\.?\s?[º°o]\.?|number|no\.?|num\.?|#|bancaria|corriente|de\s+ahorros?|savings|checking"
    r"|interbancaria|corrente|poupança|iban"
)


# Words that may stand between a password label and its connector ("tu clave de la banca en línea
# es ...", "your password for the app is ..."). A closed list rather than any word, because
# "Es clave que pagues: ..." must not read as a password.
_GAP_WORDS = (
    r"de|del|la|el|para|tu|su|en|a|al|zona|área|area|clientes?|banca|línea|linea|acceso|app|aplicación"
    r"|aplicacion|web|portal|cuenta|usuario|sitio|página|pagina|online|digital|móvil|movil|temporal"
    r"|provisional|nueva|of|for|the|your|to|account|banking|mobile|site|customers?|members?|online|web"
    r"|da|do|na|sua|seu|conta|acesso"
)


def _password_re(langs: tuple[str, ...]) -> re.Pattern[str]:
    labels = "|".join(_PASSWORD_LABELS[lang] for lang in langs)
    connectors = "|".join(_PASSWORD_CONNECTORS[lang] for lang in langs)
    return lazy_re(
        rf"(?<![^\W_])(?P<label>{labels})(?![^\W_])"
        rf"(?:(?:\s+(?:{_GAP_WORDS})(?![^\W_])){{0,6}}?(?P<conn>{connectors})\s*"
        r"|\s+(?=\S*[0-9]))"  # bare space only before a value with a digit
        r"(?P<value>\S{1,128})",
        re.IGNORECASE,
    )


def _account_re(langs: tuple[str, ...]) -> re.Pattern[str]:
    labels = "|".join(_ACCOUNT_LABELS[lang] for lang in langs)
    return lazy_re(
        rf"(?<![^\W_])(?:{labels})(?![^\W_])"
        rf"(?:\s+(?:{_ACCOUNT_QUALIFIER})(?![^\W_]))*?"
        r"(?:\s*[:#=]|\s+(?:es|is|é))?\s*"
        r"(?P<value>[0-9](?:[ -]?[0-9]){7,33})(?![0-9])",
        re.IGNORECASE,
    )


_ACCOUNT_MIN_DIGITS = 8  # the {7,33} after the first digit in _account_re


def _may_have_password_label(text: str) -> bool:
    """False only when no password label can match ``text``: the password pattern (~8 µs on an SMS, most of
    :func:`find_secrets`) need not scan it.

    Every label of every language (:data:`_PASSWORD_LABELS`) holds pin, nip, pass (password, passcode, passphrase),
    clave, contraseña or senha, case aside. ``re.IGNORECASE`` also takes three characters for a letter of those that
    ``str.lower`` does not turn into it: İ (lowered to "i" and U+0307), ı and ſ; a text with one is scanned whatever
    it holds."""
    lowered = text.lower()
    return (
        "pin" in lowered
        or "nip" in lowered
        or "pass" in lowered
        or "clave" in lowered
        or "contraseña" in lowered
        or "senha" in lowered
        or "\u0307" in lowered
        or "ı" in lowered
        or "ſ" in lowered
    )


_ALL_LANGS = ("es", "en", "pt")
_PASSWORD_RES: dict[str | None, re.Pattern[str]] = {lang: _password_re((lang,)) for lang in _ALL_LANGS} | {
    None: _password_re(_ALL_LANGS)
}
_ACCOUNT_RES: dict[str | None, re.Pattern[str]] = {lang: _account_re((lang,)) for lang in _ALL_LANGS} | {
    None: _account_re(_ALL_LANGS)
}

# Braces are never trimmed: they belong to a placeholder such as {{password}}.
_LEADING = "\"'«“‘([¡¿"
_TRAILING = "\"'»”’)].,;:!?…"
_MASK_CHARS = frozenset("*•·xX#-_")
# "palabra clave" is a keyword; a "one-time passcode" / "single-use PIN" is a one-time code, which an OTP
# message exists to send (CMP406/CMP407 look after those), not a password kept in the clear.
_NOT_PASSWORD_PREFIX = lazy_re(r"(?:palabra|one[- ]?time|single[- ]use|one[- ]use)\s+\Z", re.IGNORECASE)
# h18: a PIN given as the means to open something ("Ábrelo con el PIN 4419", "Open it with PIN 4419",
# "unlock the locker with PIN ...") is a one-off access code for a locker, door or gate, not a secret of the
# reader's account; a PIN to log in ("Inicia sesión con el PIN ...") is still one.
_OPENING_PIN_PREFIX = lazy_re(
    r"(?<![^\W_])(?:[áa]brel[oa]s?|abre|abrir|abrirlo|abrirla|desbloqu[ée]al[oa]|desbloquea|open|unlock)"
    r"(?:\s+(?:it|them|the\s+\w+|el\s+\w+|la\s+\w+|your\s+\w+|tu\s+\w+))?\s+(?:con|with|using|usando)\s+(?:el\s+|tu\s+|the\s+|your\s+)?\Z",
    re.IGNORECASE,
)


def _password_value(value: str) -> tuple[int, int] | None:
    """Offsets (within ``value``) of the secret after trimming quotes and punctuation, or None."""
    lo, hi = 0, len(value)
    while lo < hi and value[lo] in _LEADING:
        lo += 1
    while hi > lo and value[hi - 1] in _TRAILING:
        hi -= 1
    secret = value[lo:hi]
    if len(secret) < 4 or set(secret) <= _MASK_CHARS:
        return None
    lowered = secret.lower()
    if "://" in lowered or lowered.startswith("www.") or "@" in secret:
        return None  # a reset link or an e-mail address, not the password itself
    has_digit = any(c.isdigit() for c in secret)
    # A hyphen or apostrophe alone makes a compound word ("e-mail"), not a password.
    has_symbol = any(not c.isalnum() and c not in "-'’" for c in secret)
    has_inner_upper = any(c.isupper() for c in secret[1:])
    if not (has_digit or has_symbol or has_inner_upper):
        return None  # a plain word ("es segura", "about to expire") rather than a password
    return lo, hi


def _lang_key(lang: str | None) -> str | None:
    if lang is None:
        return None
    primary = lang.replace("_", "-").split("-")[0].lower()
    return primary if primary in _ALL_LANGS else None


def find_secrets(text: str, lang: str | None, *, longest_run: int | None = None) -> tuple[Detection, ...]:
    """Passwords/PINs and full account numbers disclosed after a label; the span is the value.

    ``lang`` is a BCP 47 tag (``es``, ``es-MX``, ``en``, ``pt-BR``); it picks the label
    vocabulary. ``None`` or another language uses the es, en and pt labels together. The label
    is followed by ``:``/``=``/"es"/"is"/"é", possibly after up to six filler words from a closed
    list ("tu clave de la banca en línea es ..."), or by a space and a value holding a digit. Values
    made only of mask characters (``********``) or without a digit, symbol or inner capital
    (plain words) are not secrets; links and e-mail addresses after a password label are not
    either. Account numbers need at least 8 digits, so ``termina en 1234`` is not reported.
    """
    key = _lang_key(lang)
    found: list[Detection] = []
    for m in _PASSWORD_RES[key].finditer(text) if _may_have_password_label(text) else ():
        if _NOT_PASSWORD_PREFIX.search(text, max(0, m.start() - 16), m.start()):
            continue
        if m.group("label").lower().endswith(("pin", "nip")) and _OPENING_PIN_PREFIX.search(text, max(0, m.start() - 40), m.start()):
            continue
        trimmed = _password_value(m.group("value"))
        if trimmed is None:
            continue
        start = m.start("value") + trimmed[0]
        found.append(_detection(text, start, m.start("value") + trimmed[1], Kind.PASSWORD, None))
    if longest_run is None:
        longest_run = longest_number_run(text)
    # An account number has at least 8 digits with single spaces or hyphens: one number run.
    for m in _ACCOUNT_RES[key].finditer(text) if longest_run >= _ACCOUNT_MIN_DIGITS else ():
        if _standalone(text, m.start("value"), m.end("value"), phone_plus=False):
            found.append(_detection(text, m.start("value"), m.end("value"), Kind.ACCOUNT_NUMBER, None))
    found.sort(key=lambda d: (d.start, d.end))
    return tuple(found)


# --------------------------------------------------------------------------------------------------
# Everything


def _priority(d: Detection, region: str | None = None) -> tuple[int, int, int, int]:
    evidence = 0 if d.kind in CHECKSUM_KINDS else 1 if d.kind in _FORMAT_KINDS else 2
    # Some strings pass two checksums ("26525277-K" is a DNI and a RUT): the message's country decides.
    local = 0 if region is not None and d.country == region else 1
    return (evidence, d.start - d.end, local, d.start)


def _region(lang: str | None) -> str | None:
    if not lang:
        return None
    parts = lang.replace("_", "-").split("-")
    return parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else None


def _iter_all(text: str, lang: str | None) -> Iterator[Detection]:
    longest_run = longest_number_run(text)
    yield from find_payment_cards(text, longest_run=longest_run)
    yield from find_ibans(text)
    yield from find_national_ids(text, longest_run=longest_run)
    yield from find_secrets(text, lang, longest_run=longest_run)


# h126/h14 (round 79): after its own label ("Social Security number 900-55-1234", "SSN on file is 078-05-1120", «número
# de Seguro Social: ...») the dashed shape is an SSN whatever its range: the ranges the SSA never issues and its published
# numbers are the ones writers put in a message as an example, and a 9xx area is a taxpayer's ITIN, as personal.
# :func:`find_all` keeps reading the issued ranges only (unlabelled, a dashed 9-digit number is as likely a reference);
# CMP403 adds these. "Social Security Office" labels no number, and a number to call is a phone.
_SSN_LABEL = _label_re(
    r"ssn|itin|social security(?: number| no\.?| #)|n[úu]mero del? seguro social|n[úu]mero de seguridad social"
)
_SSN_SHAPE = lazy_re(r"(?<![0-9-])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![0-9-])")


def find_labelled_ssns(text: str) -> tuple[Detection, ...]:
    """US SSNs in their dashed shape right after an SSN label, whatever their range (see above)."""
    if "-" not in text:
        return ()
    return tuple(
        Detection(Kind.US_SSN.value, m.start(), m.end(), m.group(), "US")
        for m in _SSN_SHAPE.finditer(text)
        if _labelled(text, m.start(), _SSN_LABEL) and not _labelled(text, m.start(), _PHONE_LABEL)
    )


def find_all(text: str, *, lang: str | None = None) -> tuple[Detection, ...]:
    """Every detection, without overlaps, in text order.

    Where spans overlap, a checksum-validated kind wins over the SSN (ranges only), which wins
    over a labelled secret; then the longer span, then the earlier one.
    """
    # Kept spans never overlap, so sorted by start they are sorted by end too: one bisection finds
    # the only neighbours a new span could touch.
    kept: list[Detection] = []
    starts: list[int] = []
    region = _region(lang)
    for d in sorted(_iter_all(text, lang), key=lambda d: _priority(d, region)):
        i = bisect.bisect_right(starts, d.start)
        if (i > 0 and kept[i - 1].end > d.start) or (i < len(kept) and kept[i].start < d.end):
            continue
        kept.insert(i, d)
        starts.insert(i, d.start)
    return tuple(kept)
