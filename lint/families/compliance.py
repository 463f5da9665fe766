"""Compliance checks that need logic: opt-out with a budget-aware fix, sender identification, links,
personal data, OTP hygiene, phishing, unrendered content and the spam score."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import BaseModel, ConfigDict

from .. import links, sms
from ..checks.base import PY_SPACE, Trigger
from ..checks.python import PythonCheckFunction
from ..context import Hit
from ..detectors import Detection, find_all, find_labelled_ssns
from ..findings import Edit, Fix, FixSafety, Severity
from ..lazy import lazy_re
from ..lexicon import fold, word_set
from ..links import brand_with_lure, find_anchor_mismatches, misspells_brand, respelled_brand
from ..memo import BoundedMemo
from ..model import Category, Channel
from ..placeholders import BROKEN_PLACEHOLDER_RE
from .common import LINK_TRIGGER

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule


def _opt_out_text(ctx: CheckContext) -> str | None:
    configured = ctx.config.opt_out.get(ctx.message.locale) or ctx.config.opt_out.get(ctx.language)
    if configured:
        return configured
    lexicon = ctx.resources.lexicon(ctx.language, "opt-out")
    if lexicon is None:
        return None
    return next((e.term for e in lexicon.entries if e.category == "default-text"), None)


# Languages with an opt-out vocabulary (corpora/<lang>/opt-out.yaml).
OPT_OUT_LANGUAGES = ("es", "en", "pt")


OPT_OUT_INSTRUCTION = frozenset({"opt-out-instruction"})

# h17: an instruction whose keyword the label before it names as the opt-out ("Baja: responde NO.", "Para salir:
# envía FIN"): the label says what the reply does, so any keyword in capitals counts. The label must open its
# sentence ("temporada baja. Responde NO si no vienes" is no opt-out), and a bare "Responde NO para cancelar tu
# cita" answers a question. Read only when no phrase of the opt-out lexicon matched.
LABELLED_OPT_OUT_RE = lazy_re(
    r"(?:^|[.!?;\n]\s*)(?i:baja|darte de baja|darse de baja|para (?:darte|darse) de baja|salir|para salir|cancelar suscripci[oó]n"
    r"|desuscribirte|desuscribirse|no m[aá]s mensajes|no m[aá]s sms|opt[ -]?out|to opt out|unsubscribe|stop messages)"
    r"\s*:\s*(?i:responde|responda|respond[eé]|env[ií]a|env[ií]e|envi[aá]|escribe|escriba|escrib[ií]|manda|mande|mand[aá]"
    r"|contesta|conteste|contest[aá]|reply|text|send)\s+[A-ZÁÉÍÓÚÑ]{2,}\b"
)


def _has_opt_out(ctx: CheckContext, fields: tuple[str, ...]) -> bool:
    """Whether the fields tell the reader how to opt out, in the locale's language or another one.

    A message written in the wrong language ("Reply STOP to opt out." under es-MX, "Responde STOP para
    cancelar." under en-US) still carries a working opt-out; the wrong language is LNG301's finding."""
    if ctx.resources.lexicon(ctx.language, "opt-out") is None:
        return True  # no opt-out vocabulary for this language: say nothing rather than guess
    names = [name for name, _ in ctx.fields if name in fields]
    if any(ctx.lexicon_matches("opt-out", name, "folded", OPT_OUT_INSTRUCTION) for name in names):
        return True
    if any(LABELLED_OPT_OUT_RE.search(text) for name, text in ctx.fields if name in fields):
        return True
    for language in OPT_OUT_LANGUAGES:
        other = None if language == ctx.language else ctx.resources.matcher(language, "opt-out", frozenset({"opt-out-instruction"}))
        if other is not None and any(other.find(ctx.views(name).get("folded").text, ctx.tokens(name, "folded")) for name in names):
            return True
    return False


def missing_opt_out(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """Marketing SMS/WhatsApp/RCS without an opt-out instruction; the fix appends one if it fits the budget."""
    from .length import DEFAULT_SEGMENT_BUDGET, expand

    if _has_opt_out(ctx, ("body", "footer")):
        return
    body = ctx.message.body
    text = _opt_out_text(ctx)
    args: dict[str, Any] = {"text": text or "", "cost": ""}
    fix = None
    if text:
        # The appended text is a sentence of its own: close an unfinished last sentence first.
        separator = "" if not body or body.endswith((" ", "\n")) else (". " if body[-1].isalnum() else " ")
        fix = Fix(FixSafety.SAFE, (Edit("body", len(body), len(body), separator + text),), "append the opt-out sentence")
        if ctx.message.channel is Channel.SMS:
            category = ctx.message.category.value
            budget = ctx.config.segments.get(category, DEFAULT_SEGMENT_BUDGET.get(category, 2))
            before = sms.count_segments(expand(ctx, body, "worst"))[1]
            after = sms.count_segments(expand(ctx, body + separator + text, "worst"))[1]
            if after > budget:
                fix = None
                args["cost"] = {"es": f" Añadirla cuesta {before} → {after} segmentos (presupuesto {budget}).",
                                "en": f" Adding it costs {before} → {after} segments (budget {budget})."}.get(ctx.language, f" ({before} → {after})")
    yield Hit("body", len(body), len(body), args, fix=fix)


def missing_list_unsubscribe(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """Bulk marketing email needs the List-Unsubscribe (and -Post) header fields: ``meta.headers``."""
    headers = ctx.message.meta.get("headers")
    names = {str(k).lower() for k in headers} if isinstance(headers, dict) else set()
    if "list-unsubscribe" in names:
        return
    yield Hit("body", 0, 0, {})


def _brand_names(ctx: CheckContext) -> list[str]:
    names = [n for n in (ctx.message.brand, ctx.config.brand, *ctx.config.brand_names) if n]
    return names


# Words at the edges of a brand name that join it rather than name it ("Luz del Norte", "Bramble & Oak").
_EDGE_WORDS = frozenset({"de", "del", "la", "las", "el", "los", "y", "e", "the", "of", "and", "&"})
_NAME_WORD_RE = lazy_re(r"[^\W_]+(?:[.'’][^\W_]+)*\.?|&")


@functools.cache
def _brand_descriptors() -> frozenset[str]:
    """Words naming the kind of business in a brand name, both languages (brand names mix them)."""
    from .common import word_list

    return frozenset(fold(w) for lang in ("es", "en") for w in word_list(lang, "brand-descriptors.txt"))


# h78 (round 55): a trade named by its own shape says what kind of business the brand is, as a listed descriptor does:
# the English gerund of a craft as the name's last word ("Conchoidal Knapping", "Ridgeline Roofing"; not at its start,
# where "Viking Tours" names no trade, nor before a descriptor, "Harbourlight Sailing Club", as h44's tests hold) and
# the Spanish shop noun in "-ería" with its accent at either edge ("Tintorería Lirio", "Sombrerería Alba"; "Valeria
# Moda" has no accent). So "Conchoidal:" names Conchoidal Knapping. Only CMP111's core reads them: the domain checks
# keep their listed descriptors.
_TRADE_GERUND_RE = lazy_re(r"[A-Z][a-z]{3,}ing")
_TRADE_NOUN_RE = lazy_re(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}ería")


@functools.lru_cache(maxsize=1024)
def _brand_cores(names: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Patterns (on the folded view) of each brand's distinctive core: the name without the words that say
    what kind of business it is (corpora/<lang>/brand-descriptors.txt) at its start or its end, and without
    the joining words left at the edges. "Swiftbox Delivery" -> "swiftbox", "Paquetería Rayo" -> "rayo",
    "Luz del Norte Energía" -> "luz del norte". A core of fewer than 4 letters, or the whole name, gives
    nothing (the whole name is matched as written). Each pattern captures the words, to check capitals."""
    descriptors = _brand_descriptors()
    patterns: list[re.Pattern[str]] = []
    for name in names:
        written = _NAME_WORD_RE.findall(name)
        words = [fold(w) for w in written]
        capital = {fold(w).rstrip("."): w[:1].isupper() for w in written}
        trade = [_TRADE_NOUN_RE.fullmatch(w) is not None for w in written]
        cores = set()
        for strip_start, strip_end in ((True, False), (False, True), (True, True)):
            lo, hi = 0, len(words)
            # A descriptor is compared without its period: "Co.", "Ltd.", "Cía." (h22: "Sootless Chimney Co.").
            while strip_start and lo < hi and (words[lo].rstrip(".") in descriptors or words[lo] in _EDGE_WORDS or trade[lo]):
                lo += 1
            while strip_end and hi > lo and (
                words[hi - 1].rstrip(".") in descriptors
                or words[hi - 1] in _EDGE_WORDS
                or trade[hi - 1]
                or (hi == len(words) and _TRADE_GERUND_RE.fullmatch(written[hi - 1]))
            ):
                hi -= 1
            while lo < hi and words[lo] in _EDGE_WORDS:
                lo += 1
            while hi > lo and words[hi - 1] in _EDGE_WORDS:
                hi -= 1
            core = tuple(w.rstrip(".") for w in words[lo:hi])
            if core and hi - lo < len(words) and sum(len(w) for w in core) >= 4:
                cores.add(core)
        for core in sorted(cores):
            # Words the brand writes with a capital are captured: the text must write them so too.
            joined = r"[\W_]{1,3}".join(f"({re.escape(w)})" if capital.get(w) else re.escape(w) for w in core)
            patterns.append(re.compile(rf"(?<![^\W_]){joined}(?![^\W_])"))
    return tuple(patterns)


def _names_brand_core(ctx: CheckContext, names: list[str], field_names: list[str]) -> bool:
    """Whether a field names a brand by its core, written as a name (each word with the brand's capital)."""
    patterns = _brand_cores(tuple(names))
    if not patterns:
        return False
    for field_name in field_names:
        view = ctx.views(field_name).get("folded")
        original = ctx.message.field_text(field_name)
        spans = [(link.start, link.end) for link in ctx.links(field_name)]
        for pattern in patterns:
            for match in pattern.finditer(view.text):
                start = view.to_original(match.start(), match.end())[0]
                if any(s <= start < e for s, e in spans):
                    continue  # a domain that spells the brand is not the text naming it
                starts = [view.to_original(match.start(i), match.end(i))[0] for i in range(1, (match.lastindex or 0) + 1)]
                if all(original[s:s + 1].isupper() or original[s:s + 1].isdigit() for s in starts):
                    return True
    return False


# h22: the sender's label, opening the body before a colon ("Club Enroque: ..." for Club de Ajedrez Enroque, "Kaveri
# Canal Cooperative: ..." for Kaveri Canal Irrigation Cooperative) or signing it after a dash at its end ("... – Ola
# Norte"), written with some of the brand's words, in the brand's order, leaving out the others (a descriptor, a word
# in the middle, the last words). What an SMS sender does to fit its long registered name.
_OPENING_LABEL_RE = lazy_re(r"^\s*([^\W\d_][\w&.'’-]*(?:[ \t]+[\w&.'’-]+){0,5})[ \t]*:")
_CLOSING_LABEL_RE = lazy_re(r"[–—-][ \t]*([^\W\d_][\w&.'’-]*(?:[ \t]+[\w&.'’-]+){0,5})[ \t.]*$")


def _label_names_brand(label: str, names: list[str]) -> bool:
    """Whether ``label`` is two or more words of one of the brand ``names``, in their order and each written with
    a capital (joining words excepted), with a distinctive word of four letters or more among them (not a word
    that says what kind of business it is: "Club Náutico:" names no club). One word is the core's to read."""
    written = _NAME_WORD_RE.findall(label)
    if len(written) < 2 or any(not (w[:1].isupper() or w[:1].isdigit() or fold(w) in _EDGE_WORDS) for w in written):
        return False
    label_words = [fold(w).rstrip(".") for w in written]
    descriptors = _brand_descriptors()
    distinctive = [w for w in label_words if w not in descriptors and w not in _EDGE_WORDS]
    # h104 (round 68): two short words of the name together name it as one long word does ("Sol de Oro:" for Mariachi
    # Sol de Oro); one short word alone ("Sol:") does not.
    if not any(len(w) >= 4 for w in distinctive) and len(distinctive) < 2:
        return False
    for name in names:
        name_words = [fold(w).rstrip(".") for w in _NAME_WORD_RE.findall(name)]
        if _label_subsequence(label_words, written, name_words) or _label_reorders(label_words, name_words):
            return True
    return False


def _label_reorders(label_words: list[str], name_words: list[str]) -> bool:
    """h104 (round 68): the label's words are the name's own words in another order, its distinctive word first
    ("Cóndores Floorball:" for Floorball Club Cóndores), each once: an SMS sender is known by that word. A listed
    descriptor put first ("Store Sun:" for Sun Store) is no such label."""
    first = label_words[0]
    return (
        first not in _brand_descriptors()
        and first not in _EDGE_WORDS
        and len(set(label_words)) == len(label_words)
        and set(label_words) <= set(name_words)
    )


def _label_subsequence(label_words: list[str], written: list[str], name_words: list[str]) -> bool:
    """Whether the label's words are a subsequence of the name's words, in order. h44: a word of the label in capitals
    may stand for the initials of the name's next words, joining words skipped ("Wavelength ARC:" for Wavelength
    Amateur Radio Club, "Kestrel RC" for Kestrel Rowing Club): the sender's own short name, once a distinctive word of
    the name is written out beside it."""
    at = 0
    for index, (word, original) in enumerate(zip(label_words, written, strict=True)):
        while at < len(name_words) and not _same_name_word(word, name_words[at]):
            if len(original) >= 2 and original.isalpha() and original.isupper():
                end = _initials_end(word, name_words, at)
                if end is None and index == len(label_words) - 1 and _shortens_name_rest(word, name_words, at):
                    end = len(name_words)
                if end is not None:
                    at = end
                    break
            at += 1
        else:
            if at >= len(name_words):
                return False
            at += 1
    return True


# h118 (round 75): a word of the label in the plural or the singular of the name's ("Wet Wall Murals:" for Wet Wall Mural
# Workshops, «Flor Norte:» for Flores Norte): the sender's own label, written as the reader says the trade.
_PLURAL_ENDINGS = ("s", "es")
_PLURAL_STEM_MIN = 4


def _same_name_word(label_word: str, name_word: str) -> bool:
    if label_word == name_word:
        return True
    shorter, longer = sorted((label_word, name_word), key=len)
    return len(shorter) >= _PLURAL_STEM_MIN and any(longer == shorter + ending for ending in _PLURAL_ENDINGS)


# h112 (round 72): a short form in capitals closing the label that is no string of initials but the trade's own
# shortening, opening with the next word's letter ("Mudline CX:" for Mudline Cyclocross League, "Kestrel MTB:" for
# Kestrel Mountain Bike Club): the distinctive word before it is written out, so the label still names the sender.
_NAME_SHORT_FORM_MAX = 4


def _shortens_name_rest(short_form: str, name_words: list[str], at: int) -> bool:
    rest = [w for w in name_words[at:] if w not in _EDGE_WORDS]
    return (
        len(short_form) <= _NAME_SHORT_FORM_MAX
        and bool(rest)
        and rest[0] not in _brand_descriptors()
        and rest[0].startswith(short_form[0])
    )


def _initials_end(initials: str, name_words: list[str], at: int) -> int | None:
    """Where the name's words spelled by ``initials`` from ``at`` end (joining words need no letter), or None."""
    for letter in initials:
        while at < len(name_words) and name_words[at] in _EDGE_WORDS and not name_words[at].startswith(letter):
            at += 1
        if at >= len(name_words) or not name_words[at].startswith(letter):
            return None
        at += 1
    return at


def _labels_brand(body: str, names: list[str]) -> bool:
    """Whether the body opens or closes with a sender label of the brand's words (see above)."""
    for pattern in (_OPENING_LABEL_RE, _CLOSING_LABEL_RE):
        match = pattern.search(body)
        if match and _label_names_brand(match.group(1), names):
            return True
    return False


# h80 (round 56): a sender label of one word before the colon that is the brand's first word, a coinage of its own
# (no frequent word, no descriptor: "Chiselmark:" for Chiselmark Letter Cutters, "Tidecastle:" for Tidecastle Sand
# Studio), when the name's other words are ordinary words (frequent words, descriptors, joining words): they say what the
# business does or is made of, as a descriptor does, in words no list of trades can hold. h104 (round 68): one unusual
# word may stand among them before an ordinary last word ("Rollabout:" for Rollabout Zorb Park, a zorb park); a name of
# two coinages ("Quarrowby Fenwyck") is one name, and its first word alone does not name it. h128 (round 80): a first
# word that is a frequent word names the sender as well ("Shiver:" for Shiver Cold Plunge Club, «Barlovento:» for
# Barlovento Modelismo Naval, and h112's "Heartbeat:" for Heartbeat Drum Circle): three blind lines of two writers in
# both languages read it so, and no labelled line reads it as a missing sender. A descriptor alone ("Club:") still does not.
_LABEL_COINAGE_MIN = 5


def _one_word_label(body: str) -> str | None:
    """The folded sender label before the opening colon when it is one capitalised word, else None."""
    match = _OPENING_LABEL_RE.search(body)
    if match is None:
        return None
    written = _NAME_WORD_RE.findall(match.group(1))
    if len(written) != 1 or not written[0][:1].isupper():
        return None
    return fold(written[0])


def _labels_first_word(body: str, names: list[str]) -> bool:
    label = _one_word_label(body)
    if label is None:
        return False
    if len(label) < _LABEL_COINAGE_MIN or not label.isalpha() or label in _brand_descriptors():
        return False
    for name in names:
        words = [fold(w).rstrip(".") for w in _NAME_WORD_RE.findall(name)]
        if len(words) < 2 or words[0] != label:
            continue
        if _rest_is_ordinary(words):
            return True
    return False


# h127 (round 79): a word of the name that is the plural of a frequent word is as ordinary as the word itself
# ("Rentavida:" for Rentavida Anualidades: «anualidad» is frequent, its plural falls outside the frequency list, as a
# less common noun's plural often does in Spanish). The same endings as a label's plural (_same_name_word).
def _ordinary_name_word(word: str) -> bool:
    frequent, descriptors = _frequent_words(), _brand_descriptors()
    if word in frequent or word in descriptors or word in _EDGE_WORDS:
        return True
    return any(
        word.endswith(ending) and len(word) - len(ending) >= _PLURAL_STEM_MIN and word[: -len(ending)] in frequent
        for ending in _PLURAL_ENDINGS
    )


def _rest_is_ordinary(words: list[str]) -> bool:
    """Whether the words of a name after its first (folded) are ordinary words, or one unusual word before an ordinary
    last word (h80, h104: see above): the first word is then the name's own coinage, and names the sender alone."""
    unusual = [w for w in words[1:] if not _ordinary_name_word(w)]
    return not unusual or (len(unusual) == 1 and words[-1] not in unusual)


# h132 (round 82): the mirror of h80, a sender label of one word before the colon that is the brand's last word, a
# coinage of its own, when the words before it are ordinary words (frequent words, descriptors, joining words): a
# Spanish name often opens with its kind of business in an everyday word no list of trades holds («Acuaverde:» for
# Granja Acuaverde, «Brisamar:» for Bicicletas Brisamar, "Wildhaven:" for Camp Wildhaven), and the sender signs with the
# coined word, as CMP304 and CMP501 already read the name's tail (links.distinctive_tail). Six letters or more, no
# frequent word and no descriptor: an everyday last word ("Sol:" for Granja Sol, "Norte:") does not name the sender,
# nor does one of two coinages ("Fenwyck:" for Quarrowby Fenwyck).
def _labels_last_word(body: str, names: list[str]) -> bool:
    label = _one_word_label(body)
    if label is None:
        return False
    if len(label) < links.TAIL_WORD_MIN or not label.isalpha() or _ordinary_name_word(label):
        return False
    for name in names:
        words = [fold(w).rstrip(".") for w in _NAME_WORD_RE.findall(name)]
        if len(words) >= 2 and words[-1] == label and all(_ordinary_name_word(w) for w in words[:-1]):
            return True
    return False


def _names_brand_outside_links(ctx: CheckContext, names: list[str], field_names: list[str]) -> bool:
    """Whether a field writes a brand name outside its links: h35, "https://splitly.com.au/pay" is a domain that
    spells the brand, which any look-alike can do, not the text naming the sender."""
    for field_name in field_names:
        view = ctx.views(field_name).get("folded")
        spans = None
        for name in names:
            folded_name = fold(name)
            at = view.text.find(folded_name)
            while at >= 0:
                if spans is None:
                    spans = [(link.start, link.end) for link in ctx.links(field_name)]
                start = view.to_original(at, at + len(folded_name))[0]
                if not any(s <= start < e for s, e in spans):
                    return True
                at = view.text.find(folded_name, at + 1)
    return False


def missing_sender(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    body = ctx.message.body
    names = _brand_names(ctx)
    fields = ["body"] + [name for name, _ in ctx.fields if name in ("footer", "header", "subject")]
    if names and _names_brand_outside_links(ctx, names, fields):
        return
    if names and _names_brand_core(ctx, names, fields):
        return  # "Swiftbox: ..." for Swiftbox Delivery, "el punto Rayo" for Paquetería Rayo
    if names and _labels_brand(body, names):
        return  # "Club Enroque: ..." for Club de Ajedrez Enroque
    if names and _labels_first_word(body, names):
        return  # "Chiselmark: ..." for Chiselmark Letter Cutters
    if names and _labels_last_word(body, names):
        return  # "Acuaverde: ..." for Granja Acuaverde
    hint = f" («{names[0]}»)" if names and ctx.language == "es" else (f" (“{names[0]}”)" if names else "")
    yield Hit("body", 0, min(len(body), 1), {"brand_hint": hint})


# The digit swap reads the ASCII digits only (links._DIGIT_FOR_LETTER), and a decoded label's ASCII characters are
# the host's own (punycode adds none).
_ASCII_DIGIT_RE = lazy_re(r"[0-9]")


def link_hygiene(ctx: CheckContext, rule: Rule, params: LinkParams) -> Iterator[Hit]:
    for field_name, _ in ctx.rule_fields(rule):
        for link in ctx.links(field_name):
            if params.problem == "shortener" and links.is_public_shortener(link.host):
                severity = Severity.ERROR if ctx.message.channel is Channel.SMS else None
                yield Hit(field_name, link.start, link.end, {"host": link.host, "url": link.url}, severity=severity)
            elif params.problem == "insecure" and links.is_insecure(link):
                yield Hit(field_name, link.start, link.end, {"host": link.host, "url": link.url},
                          fix=Fix(FixSafety.UNSAFE, (Edit(field_name, link.start, link.start + 4, "https"),), "use https"))
            elif params.problem == "raw-ip" and links.is_raw_ip(link):
                yield Hit(field_name, link.start, link.end, {"host": link.host, "url": link.url})
            elif params.problem == "lookalike" and (institution := links.hyphenated_institution(link.host)):
                # h49: an institution's domain with hyphens for its dots ("khu-ac-ke.com" for khu.ac.ke).
                yield Hit(field_name, link.start, link.end, {"host": link.host, "brand_domain": institution})
            elif params.problem == "lookalike" and ctx.config.brand_domains:
                imitated = links.lookalike_of(link.host, ctx.config.brand_domains)
                if imitated:
                    yield Hit(field_name, link.start, link.end, {"host": link.host, "brand_domain": imitated})
            elif params.problem == "lookalike":
                # No brand domains configured: the brand's name spelled with digits for letters (h12:
                # "billeteraceib0.com.ar" for Billetera Ceibo) imitates it whatever the domain it owns.
                # h14: or a name or one of its words respelled with look-alike letters ("mzurl-wallet.co" for Mzuri
                # Wallet: l for i), which only an imitation would do.
                # h21: or the name (or its first words) with a hyphenated word that claims security or a login
                # ("blacktiehire-secure.com" for Black Tie Hire Co.): a brand never marks its own domain as the safe one.
                # Longest first, in a fixed order: a set's order changes with the process's hash seed, and the message
                # names the slug found (h51-en-060 read "maplecounty" or "maplecountytreasurer" from run to run).
                brand = _lookalike_brand(ctx)
                message_hosts = [other.host for name, _ in ctx.fields for other in ctx.links(name)]
                # Each detector below that reads a hyphenated label, a digit, a respelling or a doubled letter is asked
                # only when the host has what it needs (no label part without a hyphen: a lowered, decoded or plain
                # label never gains one); tests/test_fast_paths.py checks each condition against its detector.
                hyphenated = "-" in link.host
                slug = (
                    (_ASCII_DIGIT_RE.search(link.host) is not None and links.digit_swapped_brand(link.host, brand.slugs))
                    or (links.may_respell_brand(link.host, brand.respellings) and links.respelled_brand(link.host, brand.names))
                    or (hyphenated and links.brand_with_lure(link.host, brand.lure_slugs, strict=True))
                    # h55 (round 43): or the name without its trade words with such a word ("almenara-verificacion.com"
                    # for Banco Almenara), even when that core is a frequent word.
                    or (hyphenated and links.brand_with_lure(link.host, brand.security_cores, strict=True))
                    # h29: the name (or its first words) with one letter doubled or a double letter single
                    # ("riversideguitarr-billing.com" for Riverside Guitar Academy): a typosquat.
                    or (links.may_double_letter(link.host, brand.doubling_lengths) and links.doubled_letter_brand(link.host, brand.names))
                    # h30: the name without its first (trade) word with a payment word ("piedra-alta-pagos.com").
                    # h31: or the name's coined word with it ("cruxhaus-billing.co" for Cruxhaus Climbing).
                    or links.brand_tail_with_lure(link.host, brand.names, _frequent_words())
                    # h33: the name as a subdomain of another's payment domain ("lagooncourt-hostels.ng-payments.net").
                    or links.brand_under_lure_domain(link.host, brand.slugs)
                    # h58 (round 45): the name of another link's domain with that domain's country moved into it.
                    or (hyphenated and links.country_moved_into_name(link.host, message_hosts))
                    # h80 (round 56): or the label of the brand's own domain in the message with a word added.
                    or (hyphenated and links.own_name_with_word(link.host, message_hosts, brand.names))
                    # h62/h63 (round 47): or the reader's own country hyphenated into the name on another suffix.
                    or (hyphenated and links.country_in_name(link.host, brand.names, ctx.message.region, _frequent_words()))
                )
                if slug:
                    yield Hit(field_name, link.start, link.end, {"host": link.host, "brand_domain": slug})


class LinkParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    problem: str


def anchor_mismatch(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    body = ctx.message.body
    if "<a" not in body.lower():
        return
    for mismatch in find_anchor_mismatches(body):
        yield Hit("body", mismatch.start, mismatch.end, {"shown": mismatch.shown_domain, "target": mismatch.target_domain})


class PersonalDataParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kinds: list[str]


ID_LABELS = {
    "es_dni": "DNI", "es_nie": "NIE", "mx_curp": "CURP", "mx_rfc": "RFC", "cl_rut": "RUT", "ar_cuit": "CUIT/CUIL",
    "co_nit": "NIT", "br_cpf": "CPF", "br_cnpj": "CNPJ", "us_ssn": "SSN", "gb_nino": "National Insurance", "labelled_dni": "DNI", "labelled_cedula": "cédula", "do_cedula": "cédula", "in_aadhaar": "Aadhaar", "in_pan": "PAN", "za_id": "SA ID", "ng_nin": "NIN", "ie_pps": "PPS", "gt_dpi": "DPI", "ca_sin": "SIN", "sg_nric": "NRIC/FIN", "labelled_national_id": "national ID", "payment_card": "card", "iban": "IBAN",
    "password": "password", "account_number": "account",
}


_CODE_RE = lazy_re(r"[0-9]{4,8}|[0-9]{3}[ -][0-9]{3}")


def _with_labelled_ssns(detections: tuple[Detection, ...], text: str) -> tuple[Detection, ...]:
    """The detections with the labelled SSNs of any range that overlap none of them (detectors.find_labelled_ssns)."""
    extra = [
        ssn for ssn in find_labelled_ssns(text) if not any(d.start < ssn.end and ssn.start < d.end for d in detections)
    ]
    return tuple(sorted((*detections, *extra), key=lambda d: d.start)) if extra else detections


def personal_data(ctx: CheckContext, rule: Rule, params: PersonalDataParams) -> Iterator[Hit]:
    wanted = set(params.kinds)
    otp = ctx.message.category is Category.OTP
    for field_name, text in ctx.rule_fields(rule):
        detections = ctx.memo(("pii", field_name), lambda text=text: find_all(text, lang=ctx.message.locale))  # type: ignore[misc]
        if "us_ssn" in wanted:
            detections = _with_labelled_ssns(detections, text)
        for detection in detections:
            if otp and detection.kind == "password" and _CODE_RE.fullmatch(detection.text):
                # In a one-time-code message a numeric "PIN temporal" / "temporary PIN" is the code the
                # message exists to send; a password with letters or symbols is still a password.
                continue
            if detection.kind in wanted:
                masked = detection.text[:2] + "…" + detection.text[-2:] if len(detection.text) > 6 else "…"
                yield Hit(field_name, detection.start, detection.end,
                          {"kind": ID_LABELS.get(detection.kind, detection.kind), "masked": masked})


# h49 (round 40): in an email, the way out for a reader who did not ask for the code ("Si no fuiste tú, cambia tu
# contraseña desde https://...", "If this wasn't you, secure your account at https://..."): a link on the brand's own
# https domain in the sentence that opens with that condition. An email's code is read beside the brand's domain and
# sender, and providers send this link; a text message, a push or a WhatsApp template carries no link (Meta forbids it),
# and a link that asks to enter the code, or one on another domain, is still reported. Read folded.
_NOT_YOU_RE = {
    "es": lazy_re(
        r"(?:^|[.!?\n]\s*)(?:y )?si (?:no (?:fuiste tu|fue usted|has sido tu|ha sido usted|lo pediste|lo solicitaste|lo pidio"
        r"|lo solicito|reconoces|reconoce|intentaste|intento)|tu no lo pediste|usted no lo solicito)\b[^.!?\n]*$"
    ),
    "en": lazy_re(
        r"(?:^|[.!?\n]\s*)if (?:(?:this|it) (?:was not|wasn't|wasn’t) you|you (?:did not|didn't|didn’t) (?:request|ask for|try)"
        r"|you don't recogni[sz]e|you don’t recogni[sz]e|you do not recogni[sz]e)\b[^.!?\n]*$"
    ),
}
_ENTER_CODE_RE = lazy_re(r"\b(?:introduc|ingres|escrib|valid|enter|type|validat|verif)")


def otp_link(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    not_you = _NOT_YOU_RE.get(ctx.language) if ctx.message.channel.value == "email" else None
    for field_name, text in ctx.rule_fields(rule):
        for link in ctx.links(field_name):
            if not_you is not None and _own_https_link(ctx, link):
                opening = not_you.search(fold(text[max(0, link.start - 160) : link.start]))
                if opening is not None and not _ENTER_CODE_RE.search(opening.group()):
                    continue
            yield Hit(field_name, link.start, link.end, {"url": link.url})


PHISHING = {
    "es": {
        "urgency": r"\b(urgente|inmediatamente|de inmediato|hoy mismo|en las proximas \d+ horas|antes de \d+ horas|ultimo aviso)\b",
        # The state ("bloqueada", "suspendida") or the sender's own act ("suspendimos", "hemos bloqueado").
        "problem": r"\b(bloquead[oa]s?|suspendid[oa]s?|desactivad[oa]s?|restringid[oa]s?|cancelad[oa]s?|retenid[oa]s?|inhabilitad[oa]s?|congelad[oa]s?|(bloqueamos|suspendimos|desactivamos|restringimos|retuvimos|inhabilitamos|congelamos) (tu|su|sus|tus|la|el|temporalmente)|(actividad|movimientos?|transacci(on|ones)|operaci(on|ones)|cargos?|compras?|accesos?|intentos? de acceso|inicios? de sesion) (inusual(es)?|sospechos[oa]s?|extrañ[oa]s?|irregular(es)?|no reconocid[oa]s?|no autorizad[oa]s?)|acceso no autorizado|direccion incorrecta|problema con (su|tu) (cuenta|tarjeta|pago|envio|paquete)|pago (rechazado|pendiente de verificar))\b",
        "request": r"\b(verifi(que|ca|car)|confirm(e|a|ar) (su|tus?|sus) (datos|clave|contrase[ñn]a|identidad|tarjeta)|valid(e|a|ar) (su|tus?|sus) (datos|clave|contrase[ñn]a|identidad|tarjeta|cuenta|informacion)|actualic(e|a) (su|tus?) (datos|clave|informacion)|actualiz(a|ar) (su|tus?|sus) (datos|clave|informacion)|ingres(e|a|ar) (su|tu) (clave|contrase[ñn]a|pin|usuario)|clave|contrase[ñn]a|datos bancarios|coordenadas|(pag(ue|a|ar)|abon(e|a|ar)) (la |una |el )?(tasa|tarifa|arancel|\$|€|\d)|reactiv(e|a|ar)|pag(a|ue|á)(la|lo)( en| aqui| ahora| desde| online| hoy)?\b|pag(ala|uela|arla|alo|uelo|arlo)\b"
        # "Pague en https://..." (h10), as "Pay at" in English: the payment asked for at the link.
        r"|(pag(ue|a|á|ar)|abon(e|a|á|ar)) (aqui|ahora|en|desde|online|en linea|hoy|mediante|a traves de)\b)",
    },
    "en": {
        "urgency": r"\b(urgent|immediately|right away|within \d+ hours|today|final notice|act now)\b",
        "problem": r"\b(locked|suspended|blocked|disabled|restricted|on hold|unusual (activity|sign-in)|unauthori[sz]ed (access|login)|incorrect address|problem with your (account|card|payment|delivery|package)|payment (declined|failed)|delivery (failed|attempt)|(could not|couldn[\'’]t|cannot|can[\'’]t|was not|wasn[\'’]t) be delivered|held (at|in) customs|(unpaid|outstanding) (\S+ )?(shipping|delivery|redelivery|customs|postage|handling) (fee|charge|cost)s?)\b",
        "request": r"\b(verify|confirm your (details|identity|password|card|bank details)|update your (details|information|payment)|log ?in|sign ?in|password|pin|reactivate|pay (a |the )?(fee|redelivery|\$|£|€|\d)|pay (it |this |the fee |the charge )?(at|here|now|online|via|through)\b)",
    },
}


# A request to verify the account or to type in details or credentials (the deobfuscated view is folded).
CREDENTIAL_REQUEST = {
    "es": lazy_re(r"\b(verifi(que|ca|car)|valid(e|a|ar)|confirm(e|a|ar)) (su|tus?|sus|la|el) (cuenta|datos|identidad|clave|contrase[ñn]a|tarjeta|usuario)\b|\bingres(e|a|ar|á) (sus|tus) (datos|claves?|credenciales)\b|\b(clave|contrase[ñn]a|pin|cvv)\b"),
    "en": lazy_re(r"\b(verify|validate|confirm) your (account|details|identity|password|card|login)\b|\benter your (details|password|pin|card|login)\b|\b(password|passcode|pin|cvv)\b"),
}

# Secrets that no legitimate message asks to type behind a link, even on the brand's own domain.
PHISHING_SECRETS = {
    "es": r"\b(clave|contrase[ñn]a|pin|cvv|cvc|codigo de seguridad|coordenadas|numero de (la |tu |su )?tarjeta|datos de (la |tu |su )?tarjeta|token|usuario y clave)\b",
    "en": r"\b(password|passcode|pin|cvv|cvc|security code|card number|card details|login details|username|one-time code|otp)\b",
}


def _brand_name_list(ctx: CheckContext) -> list[str]:
    """The sender's names as written (message brand, configured brand and its other names)."""
    return [n for n in (ctx.message.brand, ctx.config.brand, *ctx.config.brand_names) if n]


class _LookalikeBrand(NamedTuple):
    """What CMP304's brand-slug detectors read of the sender's names, computed once per set of names."""

    names: tuple[str, ...]
    slugs: tuple[str, ...]  # longest first, in a fixed order (see link_hygiene)
    lure_slugs: tuple[str, ...]  # the slugs that are no first word of a name
    security_cores: tuple[str, ...]
    respellings: dict[str, frozenset[str]]  # links.respelling_skeletons of the names
    doubling_lengths: frozenset[int]  # links.doubling_lengths of the names


_LOOKALIKE_BRAND_MEMO = "lookalike-brand-by-names"  # ctx.resources.memo's key for the memo below
_LOOKALIKE_BRAND_MEMO_SIZE = 1024


def _lookalike_brand(ctx: CheckContext) -> _LookalikeBrand:
    """The slugs, first words and security cores of the sender's names, remembered by the names: they read nothing
    else (the frequent words and trade words are fixed), and a sender's messages repeat them on every link (about a
    third of CMP304's time on a message with a link was spent deriving them again)."""
    names = tuple(_brand_name_list(ctx))
    memo = ctx.resources.memo.get(_LOOKALIKE_BRAND_MEMO)
    if memo is None:
        memo = ctx.resources.memo[_LOOKALIKE_BRAND_MEMO] = BoundedMemo(_LOOKALIKE_BRAND_MEMO_SIZE)
    brand: _LookalikeBrand | None = memo.get(names)
    if brand is None:
        slugs = tuple(sorted(_brand_slugs(ctx) | _brand_prefix_slugs(ctx), key=lambda slug: (-len(slug), slug)))
        first_words = _brand_first_words(ctx)
        brand = _LookalikeBrand(
            names, slugs, tuple(slug for slug in slugs if slug not in first_words), tuple(_brand_security_cores(ctx)),
            links.respelling_skeletons(names), links.doubling_lengths(names),
        )
        memo.put(names, brand)
    return brand


# h19: a domain often spells only the first words of a long name ("crescenttheatre" for Crescent Theatre Box
# Office); with a digit for a letter ("cresc3nttheatre") it imitates those words just as well. Only the digit swap
# reads these shorter slugs (5+ letters), never the plain respelling checks.
# h116 (round 74): a domain spells the name's "&" as a word ("sleightandsparrow" for Sleight & Sparrow Magic), as
# brand_tail_with_lure already reads it (h56): those spellings are the name's slugs too, whole and first words.
def _brand_prefix_slugs(ctx: CheckContext) -> set[str]:
    slugs = set()
    for name in _brand_name_list(ctx):
        parts = links.name_words(name)
        for count in range(1, len(parts)):  # the whole name is one of _brand_slugs
            slug = "".join(parts[:count])
            if len(slug) >= 5:
                slugs.add(slug)
        for spelled in links.ampersand_spellings(name):
            slugs.update(slug for slug in ("".join(spelled[:count]) for count in range(1, len(spelled) + 1)) if len(slug) >= 5)
    return slugs


@functools.cache
def _frequent_words() -> AbstractSet[str]:
    """The frequent words of both languages, folded as a domain label writes them: a brand's word among them is a
    common word, not its own coinage."""
    from .common import common_words

    return word_set(links.plain_label(word) for word in common_words("es") | common_words("en"))


def _brand_first_words(ctx: CheckContext) -> set[str]:
    """The first word of each brand name ("banco" of Banco Andino): a prefix that names no one brand. h103 (round 67):
    a one-word name of six letters or more that is no frequent word ("Flotacard") is the whole name, coined, and names
    its brand alone, so "flotacard-seguridad-alertas" reads as the name with a security word, as "flotacard-seguridad"
    already did through the payment-word class."""
    frequent = _frequent_words()
    return {
        first
        for name in _brand_name_list(ctx)
        if (words := links.plain_label(name).split())
        and (first := "".join(c for c in words[0] if c.isalnum()))
        and (len(words) > 1 or len(first) < links.TAIL_WORD_MIN or first in frequent)
    }


def _brand_slugs(ctx: CheckContext) -> set[str]:
    """The brand names as a domain label would spell them: "Beacon Mobile" -> "beaconmobile"."""
    slugs = set()
    for name in _brand_name_list(ctx):
        slug = "".join(c for c in links.plain_label(name) if c.isalnum())
        if len(slug) >= 3:
            slugs.add(slug)
    return slugs


def _own_https_link(ctx: CheckContext, link: Any) -> bool:
    """A https link on one of the brand's domains (``brand_domains``), or on the registrable domain that
    spells the brand name exactly (``beaconmobile.co.uk`` for Beacon Mobile). Look-alikes that add words
    (``bancoandino-seguridad.com``, ``harborbank-secure.com``) or change the name are not the brand's own.
    h55 (round 43): a domain written without a scheme ("telecablenorte.pe/pagos") is one too, as CMP302 reads it: the
    phone opens it on the brand's site; only a written ``http://`` is no secure link."""
    if link.scheme == "http" or links.is_raw_ip(link) or links.is_public_shortener(link.host):
        return False
    host = link.host.lower().rstrip(".")
    if any(host == d.lower() or host.endswith("." + d.lower()) for d in ctx.config.brand_domains):
        return True
    label = links.registrable_domain(host).split(".", 1)[0]
    return (
        label in _brand_slugs(ctx)
        or label in _brand_tail_slugs(ctx)
        or label in _brand_core_slugs(ctx)
        or label in _brand_coined_first_slugs(ctx)
    )


# h127 (round 79): a brand's domain often spells only the name's first word when that word is its own coinage and the
# others are ordinary words saying what it does ("postmarque.ie" for Postmarque Virtual Office, "inkwren.ph" for Inkwren
# Labels), as CMP111 reads "Chiselmark:" for Chiselmark Letter Cutters (_labels_first_word). Six letters or more
# and no frequent word or descriptor, as a coined one-word name (h103) and a coined tail (h34) are: that word names this
# brand alone, so the domain spelling it is the brand's own as the whole name's is. A first word that is a frequent word
# ("harbour" of Harbour Lights Bakery) or a name of two coinages ("Quarrowby Fenwyck") gives nothing.
def _brand_coined_first_slugs(ctx: CheckContext) -> set[str]:
    slugs = set()
    frequent, descriptors = _frequent_words(), _brand_descriptors()
    for name in _brand_name_list(ctx):
        words = links.name_words(name)
        if len(words) < 2:
            continue  # a one-word name is the whole name's slug
        first = words[0]
        coined = len(first) >= links.TAIL_WORD_MIN and first.isalpha() and first not in frequent and first not in descriptors
        if coined and _rest_is_ordinary(words):
            slugs.add(first)
    return slugs


# h49 (round 40): a brand's domain often drops the words that say its kind of business at the end or the start of its
# name ("vidaserena" for Vida Serena Seguros, "rutaclara" for Banco Ruta Clara; corpora/<lang>/brand-descriptors.txt,
# as CMP111 reads the same core). The core must still name this brand alone: two words or more, or one of six letters
# or more that is no frequent word ("Seguros Norte" gives nothing: "norte" names no one business).
def _name_core(words: list[str]) -> list[str]:
    """A brand name's words without the trade words and joining words at its edges (see above)."""
    descriptors = _brand_descriptors()
    lo, hi = 0, len(words)
    while lo < hi and (words[lo] in descriptors or words[lo] in _EDGE_WORDS):
        lo += 1
    while hi > lo and (words[hi - 1] in descriptors or words[hi - 1] in _EDGE_WORDS):
        hi -= 1
    return words[lo:hi]


def _brand_core_slugs(ctx: CheckContext) -> set[str]:
    slugs = set()
    frequent = _frequent_words()
    for name in _brand_name_list(ctx):
        words = links.name_words(name)
        core = _name_core(words)
        if core == words or not core:
            continue
        if len(core) >= 2 or (len(core[0]) >= links.TAIL_WORD_MIN and core[0] not in frequent):
            slugs.add("".join(core))
            slugs.add("-".join(core))
    return slugs


# h55 (round 43): the core of the name (its words without the trade words at its edges, as above: "almenara" for Banco
# Almenara) hyphenated to a word that claims security or a login is a look-alike even when the core is a frequent word:
# the brand's own domain spells that core too, and never claims to be the safe one. Six letters or more, and not for a
# name that itself carries such a word ("Almenara Seguro").
def _brand_security_cores(ctx: CheckContext) -> list[str]:
    cores = []
    for name in _brand_name_list(ctx):
        words = links.name_words(name)
        if links.claims_security(words):
            continue
        core = _name_core(words)
        if core != words and len("".join(core)) >= links.TAIL_WORD_MIN:
            cores.append("".join(core))
    return sorted(cores)


# h34: a brand's domain often drops the first word of its name, the trade or kind of business ("montacargasandino.ec"
# for Centro Montacargas Andino, as "piedra-alta-pagos" reads the same tail for CMP304). The rest must be two words
# or one of six letters or more that is no frequent word, so a common word alone ("training.co.uk" for Northgate
# Training) never stands for it.
def _brand_tail_slugs(ctx: CheckContext) -> set[str]:
    slugs = set()
    frequent = _frequent_words()
    for name in _brand_name_list(ctx):
        tail = links.distinctive_tail(links.name_words(name), frequent)
        if tail is not None:
            slugs.add("".join(tail))
            slugs.add("-".join(tail))
    return slugs


def phishing(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """Urgency + an account problem + a request for credentials or payment + a link: the smishing shape.

    A notice whose links all go to the brand's own https domain (an account restriction with "Pay at
    https://<brand>.com") is not that shape, unless it asks for a secret (password, PIN, card data)."""
    patterns = PHISHING.get(ctx.language)
    if patterns is None:
        return
    compiled = ctx.resources.memo.get(("phishing", ctx.language))
    if compiled is None:
        compiled = ctx.resources.memo[("phishing", ctx.language)] = {
            **{k: re.compile(v) for k, v in patterns.items()},
            "secret": re.compile(PHISHING_SECRETS.get(ctx.language, r"(?!)")),
        }
    for field_name, text in ctx.rule_fields(rule):
        links = ctx.links(field_name)
        if not links:
            continue
        view = ctx.views(field_name).get("deobfuscated")
        hits = {kind: pattern.search(view.text) for kind, pattern in compiled.items()}
        if not hits["secret"] and all(_own_https_link(ctx, link) for link in links):
            continue
        # An account problem, a request for credentials or payment and a link: the smishing shape.
        # Urgency words make it worse but are not needed (the problem itself is the urgency).
        if hits["problem"] and hits["request"]:
            start, end = view.to_original(*hits["problem"].span())
            yield Hit(field_name, start, end, {"problem": text[start:end], "url": links[0].url})
            continue
        # A link on a misspelling of the sender's own name ("bancomarfll.mx" for Banco Marfil) with a request
        # to verify or type in details is the shape without a stated problem (h11): the domain is the lure.
        credentials = CREDENTIAL_REQUEST.get(ctx.language)
        if credentials is not None and credentials.search(view.text):
            slugs = _brand_slugs(ctx)
            for link in links:
                if slugs and (
                    misspells_brand(link.host, slugs)
                    or brand_with_lure(link.host, slugs)
                    or respelled_brand(link.host, _brand_name_list(ctx))
                ):
                    yield Hit(field_name, link.start, link.end, {"problem": link.host, "url": link.url})
                    break


NULL_LIKE_RE = lazy_re(r"\[object Object\]|\b(?:null|undefined|NaN|nil)\b|(?<![.!?¿¡]\s)(?<!^)\bNone\b(?! of\b)")
# h32: the punctuation around the empty name may be a run ("¡Hola ,!", "Hi ,:") or a comma and, after a space, the mark
# that closed the name ("Hola, !", "Hi, ."): what the template put on both sides of the variable.
EMPTY_GREETING_RE = lazy_re(
    r"(?i)\b(hola|buenos d[ií]as|buenas tardes|buenas noches|estimad[oa]|querid[oa]|hi|hello|hey|dear|ol[aá]|oi|prezad[oa])"
    r"(?:\s+[,:!]+|\s*,\s+[!:.])(?=\s|$)"
)
DOUBLE_SPACE_RE = lazy_re(r"(?<=\S) {2,}(?=\S)")


# h19: a mail-merge field in square brackets left in a rendered message ("[NOMBRE], es momento de...", "Hi
# [FIRST_NAME]"): the template engine's own syntax is braces, but editors and CRMs write fields this way. Only a
# field name (the person, a date, an amount, a contact) in capitals or snake case, or "[Nombre]"/"[Name]": a
# subject tag such as "[AVISO]" or "[URGENT]" is no field.
_BRACKET_FIELD_RE = lazy_re(
    r"\[(?:[A-Z]+_)*(?:NOMBRE|NAME|FIRST_?NAME|LAST_?NAME|FULL_?NAME|APELLIDO|APELLIDOS|CLIENTE|CUSTOMER|USUARIO|USER"
    r"|FECHA|DATE|IMPORTE|AMOUNT|MONTO|EMAIL|CORREO|TELEFONO|PHONE|CIUDAD|CITY|DIRECCION|ADDRESS)(?:_[A-Z]+)*\]"
    r"|\[(?:Nombre|Apellido|Name|First ?[Nn]ame|Last ?[Nn]ame)\]"
    # h22: in lower case or snake case as well ("Hi [first_name],", "Hola [nombre_cliente]"), as the angle form below.
    r"|\[(?:[a-z]+_)*(?:nombre|name|first_?name|last_?name|full_?name|apellidos?|cliente|customer|usuario|user"
    r"|fecha|date|importe|amount|monto|email|correo|telefono|phone)(?:_[a-z]+)*\]"
    # h20: the same field between angle brackets ("Estimado/a <nombre>:", "Dear <first_name>"); an HTML tag never
    # has one of these names.
    r"|<(?i:(?:[a-z]+_)*(?:nombre|name|first_?name|last_?name|full_?name|apellidos?|cliente|customer|usuario|user"
    r"|fecha|date|importe|amount|monto|email|correo|telefono|phone)(?:_[a-z]+)*)>"
    # h21: the same field after a dollar sign, the variable of Perl, PHP and shell templates ("Hola, $nombre:",
    # "Hi $FirstName"); an amount always has a digit after its sign ("$ 95.000", "$45").
    r"|\$(?i:(?:[a-z]+_?)??(?:nombre|name|first_?name|last_?name|full_?name|apellidos?|cliente|customer|usuario|user"
    r"|fecha|date|importe|amount|monto|email|correo|telefono|phone)(?:_?[a-z]+)??)\b"
)


def unrendered(ctx: CheckContext, rule: Rule, params: UnrenderedParams) -> Iterator[Hit]:
    for field_name, text in ctx.rule_fields(rule):
        if params.problem == "placeholder":
            for placeholder in ctx.placeholders(field_name):
                yield Hit(field_name, placeholder.start, placeholder.end, {"match": text[placeholder.start:placeholder.end]})
            if "[" in text or "<" in text or "$" in text:
                for match in _BRACKET_FIELD_RE.finditer(text):
                    yield Hit(field_name, match.start(), match.end(), {"match": match.group()})
        elif params.problem == "null":
            for match in NULL_LIKE_RE.finditer(text):
                yield Hit(field_name, match.start(), match.end(), {"match": match.group()})
        elif params.problem == "empty-greeting":
            for match in EMPTY_GREETING_RE.finditer(text):
                yield Hit(field_name, match.start(), match.end(), {"match": match.group()})
        elif params.problem == "double-space":
            for match in DOUBLE_SPACE_RE.finditer(text):
                yield Hit(field_name, match.start(), match.end(), {},
                          fix=Fix(FixSafety.SAFE, (Edit(field_name, match.start(), match.end(), " "),), "one space"))
        elif params.problem == "malformed":
            for match in BROKEN_PLACEHOLDER_RE.finditer(text):
                yield Hit(field_name, match.start(), match.end(), {"match": match.group()})


class UnrenderedParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    problem: str


def placeholder_variants(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """Placeholders that differ between locale variants of the same message (``extra['variants']``)."""
    variants = ctx.extra.get("variants")
    if not variants:
        return
    own = {p.name for name, _ in ctx.fields for p in ctx.placeholders(name)}
    for locale, names in sorted(variants.items()):
        if locale == ctx.message.locale:
            continue
        missing = sorted(set(names) - own)
        extra = sorted(own - set(names))
        if missing or extra:
            position = next((p for p in ctx.placeholders("body") if p.name in extra), None)
            start, end = (position.start, position.end) if position else (0, 0)
            yield Hit("body", start, end, {"other": locale, "missing": ", ".join(missing) or "-", "extra": ", ".join(extra) or "-"})


MONEY_RE = lazy_re(r"[$€£¥]|\bUSD\b|\bEUR\b")


def spam_score(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """SpamAssassin-style: each trigger adds its weight; the sum is compared with ``threshold``."""
    from .common import shouted_words

    options = ctx.options(rule)
    threshold = float(options.get("threshold", 5.0))
    matcher = ctx.resources.matcher(ctx.language, "spam", frozenset())
    total = 0.0
    triggers: list[tuple[float, str, int, int, str]] = []
    for field_name, text in ctx.fields:
        if matcher is not None:
            view = ctx.views(field_name).get("deobfuscated")
            for match in matcher.find(view.text, ctx.tokens(field_name, "deobfuscated")):
                start, end = view.to_original(match.start, match.end)
                total += match.entry.weight
                triggers.append((match.entry.weight, field_name, start, end, text[start:end]))
        if field_name == "subject":
            money = MONEY_RE.search(text)
            if money:
                total += 1.5
                triggers.append((1.5, field_name, money.start(), money.end(), money.group()))
            shouted, count = shouted_words(ctx, field_name, text)
            if count > 1 and len(shouted) == count:
                total += 2.0
                triggers.append((2.0, field_name, 0, len(text), "SUBJECT IN CAPITALS"))
        exclamations = text.count("!")
        if exclamations >= 3:
            total += 1.0
            triggers.append((1.0, field_name, text.index("!"), text.index("!") + 1, "!!!"))
    if total >= threshold and triggers:
        triggers.sort(key=lambda t: -t[0])
        _, field_name, start, end, _ = triggers[0]
        listed = ", ".join(f"«{t[4]}»" for t in triggers[:4])
        yield Hit(field_name, start, end, {"score": round(total, 1), "threshold": threshold, "triggers": listed})


# What each kind of leftover cannot do without (PLACEHOLDER_RE, NULL_LIKE_RE, EMPTY_GREETING_RE,
# DOUBLE_SPACE_RE, BROKEN_PLACEHOLDER_RE), on the raw text.
UNRENDERED_TRIGGERS = {
    "placeholder": Trigger("raw", r"[{%\[<$]"),
    "null": Trigger("raw", r"null|undefined|NaN|nil|None|\[object Object\]"),
    "empty-greeting": Trigger("raw", f"{PY_SPACE}[,:!]"),
    "double-space": Trigger("raw", "  "),
    "malformed": Trigger("raw", "[{}]"),
}

# h30: a claim that a product cures a condition, in any wording of the condition ("cura la displasia de cadera", "cure
# separation anxiety in dogs"): the verb of curing with its object. CMP202's lexicon names the diseases it has met
# ("cura la artritis"); this reads the class. The verb, not the noun: the word before it is no determiner ("la cura",
# "a cure for", "the cure period") and no negation ("no cura", "doesn't cure"), and an English object is a word, not a
# preposition or an adverb ("the gel cures in 60 seconds", "cures fully"). h31: a time between the verb and its object
# ("cura en 24 horas las picaduras", "cures in two days the rash"); in English only before a determiner. Read folded.
_CURE_CLAIM_RE = {
    "es": lazy_re(
        r"\b(cura|curan|curara|curaran|curaria|curamos)\s+(?:(?:definitivamente|por completo|para siempre|de raiz)\s+)?"
        r"(?:en\s+(?:\d+|un|una|dos|tres|pocos|pocas|menos de \d+)\s+(?:minutos?|horas?|dias?|semanas?|mes|meses)\s+)?"
        # h88 (round 60): the folded view keeps the ñ, a letter of the disease's name ("curan la migraña").
        r"(?:(?:la|el|los|las|tu|tus|su|sus)\s+[a-zñ]{3,}|infecciones|enfermedades|[a-z]+itis)\b"
    ),
    "en": lazy_re(
        r"\b(cures?|cured)\s+(?:(?:in|within)\s+(?:\d+|a|an|one|two|three|a few)\s+(?:minutes?|hours?|days?|weeks?)\s+"
        r"(?:your|his|her|their|my|the)\s+|(?:(?:your|his|her|their|my|the|our)\s+)?)([a-z][a-z-]+)"
    ),
}
# h32: the claim that a treatment gives back a lost sense or faculty in full ("recuperarás el 100 % de la audición",
# "restores your eyesight completely, guaranteed"): a cure claim without the verb of curing. Only with the whole of it
# promised (100 %, por completo, totalmente; fully, completely, for good) or guaranteed, so "recupera la movilidad con
# fisioterapia" or "help you regain your confidence" passes. Read folded.
_FACULTIES = {
    "es": r"audicion|vista|vision|oido|cabello|pelo|movilidad|memoria|fertilidad",
    "en": r"hearing|sight|eyesight|vision|hair|mobility|memory|fertility",
}
_WHOLE = {
    "es": r"por completo|totalmente|completamente|al 100 ?%|para siempre|garantizad[oa]|garantia",
    "en": r"fully|completely|in full|100 ?%|for good|guaranteed|guarantee",
}
_RESTORE_CLAIM_RE = {
    "es": lazy_re(
        rf"\b(?:recupera(?:ras|ra|n|s|r|mos|ran)?|recuperara|devuelve|devolvera|devolvemos|restaura|restaurara|restablece)\s+"
        rf"(?:(?:el|al) 100 ?% de (?:la |el |tu |su )?({_FACULTIES['es']})\b"
        rf"|(?:la |el |tu |su )?({_FACULTIES['es']})\b[^.!?\n]{{0,40}}?\b(?:{_WHOLE['es']}))"
    ),
    "en": lazy_re(
        rf"\b(?:restores?|restored|regain|regains|recover|recovers|get back|gives? you back)\s+"
        rf"(?:100 ?% of (?:your |the |his |her |their )?({_FACULTIES['en']})\b"
        rf"|(?:your |the |his |her |their )?({_FACULTIES['en']})\b[^.!?\n]{{0,40}}?\b(?:{_WHOLE['en']}))"
    ),
}
# h49 (round 40): the claim that a product reverses a disease ("revertís la diabetes tipo 2 en 30 días", "reverses your
# arthritis for good"): a cure claim with the verb of reversing, whose object is a disease (a chronic disease named
# below, or a word in -itis/-osis). Reversing anything else ("revierte el cargo", "reverse the charge", "revierte los
# signos de la edad") is no cure, and a negation before the verb passes as for CMP207's other verbs. Read folded.
_DISEASES = {
    "es": r"diabetes|prediabetes|hipertension|asma|cancer|alzheimer|parkinson|obesidad|fibromialgia|hipotiroidismo"
    r"|calvicie|alopecia|esclerosis multiple|enfermedad (?:cardiaca|renal|celiaca|de \w+)|[a-z]{3,}(?:itis|osis)",
    "en": r"diabetes|prediabetes|hypertension|asthma|cancer|alzheimer'?s|parkinson'?s|obesity|fibromyalgia|hypothyroidism"
    r"|baldness|alopecia|multiple sclerosis|(?:heart|kidney|celiac|coeliac|fatty liver) disease|[a-z]{3,}(?:itis|osis)",
}
_REVERSE_CLAIM_RE = {
    "es": lazy_re(
        r"\b(?:revierte|revierten|reverti|revertis|revertiras|revertira|revertiran|revertimos|revertir|revirtio|revirtieron)\s+"
        rf"(?:(?:por completo|definitivamente|de raiz)\s+)?(?:(?:la|el|los|las|tu|tus|su|sus)\s+)?(?:{_DISEASES['es']})\b"
    ),
    "en": lazy_re(
        r"\b(?:reverses?|reversed|reversing)\s+(?:(?:your|the|his|her|their|my)\s+)?"
        rf"(?:type [12] )?(?:{_DISEASES['en']})\b"
    ),
}
# Round 41 (the leftover of round 40): the claim that a product eliminates a disease ("elimina la diabetes en 30 días",
# "eliminates arthritis for good"), as reversing one is: the same diseases as objects, but not the cosmetic ones of the
# -itis/-osis words ("elimina la celulitis", "eliminates halitosis"), and eliminating anything else ("elimina el riesgo de
# hipertensión", "eliminates 99% of germs") is no cure. A negation before the verb passes.
_COSMETIC = r"(?!celulitis\b|halitosis\b)"
_ELIMINATE_CLAIM_RE = {
    "es": lazy_re(
        r"\b(?:elimina|eliminan|eliminas|eliminar|eliminara|eliminaran|eliminaras|eliminamos|elimino|eliminaron)\s+"
        rf"(?:(?:por completo|definitivamente|de raiz)\s+)?(?:(?:la|el|los|las|tu|tus|su|sus)\s+)?{_COSMETIC}(?:{_DISEASES['es']})\b"
    ),
    "en": lazy_re(
        r"\b(?:eliminates?|eliminated|eliminating)\s+(?:(?:your|the|his|her|their|my)\s+)?"
        rf"(?:type [12] )?{_COSMETIC}(?:{_DISEASES['en']})\b"
    ),
}
# h90 (round 61): healing a disease ("our emu oil heals arthritis", "esta pomada sana la dermatitis"): the verb of
# healing with the diseases of the reversing claim, the cosmetic ones aside as for eliminating; "heals cracked heels"
# or "sana las heridas" names no disease and passes.
_HEAL_CLAIM_RE = {
    "es": lazy_re(
        r"\b(?:sana|sanan|sanara|sanaran|sanamos|sanar)\s+(?:(?:por completo|definitivamente|de raiz)\s+)?"
        rf"(?:(?:la|el|los|las|tu|tus|su|sus)\s+)?{_COSMETIC}(?:{_DISEASES['es']})\b"
    ),
    "en": lazy_re(
        r"\b(?:heals?|healed)\s+(?:(?:your|the|his|her|their|my)\s+)?"
        rf"(?:type [12] )?{_COSMETIC}(?:{_DISEASES['en']})\b"
    ),
}
# h69 (round 50): a health product said to end a complaint for good ("our supplement ends ringing in the ears for good",
# "estas gotas acaban con el zumbido de oídos para siempre"): a cure claim without the verb of curing and whatever the
# complaint is called. The product is named before the verb in its sentence (a supplement, drops, capsules, a remedy),
# so a plan that ends money worries for good, or roaming fees, passes; the promise is the permanence ("for good",
# "para siempre"), so "these drops ease dry eyes" passes. The span runs from the verb. Read folded.
_HEALTH_PRODUCTS = {
    "es": r"suplementos?|complementos?|capsulas|pastillas|comprimidos|gotas|remedios?|jarabes?|infusion(?:es)?"
    r"|gomitas|parches?|formulas?|tinturas?|aceites?",
    "en": r"supplements?|capsules?|pills?|tablets?|drops|remed(?:y|ies)|syrups?|tinctures?|gummies|patch(?:es)?|formulas?"
    r"|teas?|oils?",
}
_END_CLAIM_RE = {
    "es": lazy_re(
        rf"\b(?:{_HEALTH_PRODUCTS['es']})\b[^.!?\n]{{0,40}}?\b((?:acaba|acaban|acabara|acabaran|termina|terminan|elimina|eliminan"
        r"|eliminara|eliminaran|quita|quitan|quitara|pone fin|ponen fin)\s+(?:con\s+|a\s+)?[^.!?\n]{2,50}?\s+"
        r"(?:para siempre|definitivamente|de una vez por todas|de por vida))\b"
    ),
    "en": lazy_re(
        rf"\b(?:{_HEALTH_PRODUCTS['en']})\b[^.!?\n]{{0,40}}?\b((?:ends?|ended|stops?|stopped|gets? rid of|banish(?:es)?"
        r"|eliminates?|eliminated)\s+[^.!?\n]{2,50}?\s+(?:for good|forever|permanently|once and for all))\b"
    ),
}
# h90 (round 61), with the earlier blind misses h24-en-025, h26-es-003 and h26-en-050: a health product said to heal,
# reverse or eliminate a complaint within a body's course of days, weeks or months ("these drops reverse cataracts in
# 14 days", "las gotas eliminan la miopía en 30 días"): the deadline makes it a cure promised, whatever the complaint is
# called. The product is named before the verb in its clause (not across a colon: "Sin suplemento: tu plan elimina la
# comisión en un mes" names a surcharge), as for ending a complaint for good; a time in minutes
# or hours is a cleaner's or a device's ("eliminates odours in 2 hours"), and a product absent passes ("our plan
# eliminates fees in 30 days"). The span runs from the verb to the time. Read folded.
_COURSE = {
    "es": r"(?:en|dentro de)\s+(?:solo\s+|apenas\s+|tan solo\s+|menos de\s+)?(?:\d+|una?|dos|tres|cuatro|cinco|seis|siete|ocho|diez|catorce|quince|veinte|treinta)\s+(?:dias?|semanas?|mes(?:es)?)",
    "en": r"(?:in|within)\s+(?:just\s+|only\s+|under\s+|less than\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|ten|fourteen|twenty|thirty)\s+(?:days?|weeks?|months?)",
}
# Beauty's promises in a course of weeks ("eliminan las arrugas en 8 semanas", "reverses the signs of ageing in 28
# days") and a cleaner's ("eliminates stains") are no cure: their objects are skipped.
_APPEARANCE = {
    "es": r"(?!(?:[a-zñ-]+\s+){0,3}?(?:arrugas|lineas|manchas|estrias|celulitis|ojeras|signos|poros|acne|granos|olores?|sarro|caspa)\b)",
    "en": r"(?!(?:[a-z'-]+\s+){0,3}?(?:wrinkles|lines|spots|stretch|cellulite|signs|pores|acne|blemishes|pimples|circles|odou?rs?|stains|dandruff)\b)",
}
_TIMED_CLAIM_RE = {
    "es": lazy_re(
        rf"\b(?:{_HEALTH_PRODUCTS['es']})\b[^.!?\n:;]{{0,40}}?\b((?:sana|sanan|revierte|revierten|elimina|eliminan)"
        rf"\s+{_APPEARANCE['es']}(?:[a-zñ-]+\s+){{1,4}}?{_COURSE['es']})\b"
    ),
    "en": lazy_re(
        rf"\b(?:{_HEALTH_PRODUCTS['en']})\b[^.!?\n:;]{{0,40}}?\b((?:heals?|reverses?|eliminates?)"
        rf"\s+{_APPEARANCE['en']}(?:[a-z'-]+\s+){{1,4}}?{_COURSE['en']})\b"
    ),
}
# h75 (round 53): the cure promised as a noun ("cura garantizada en 30 días", "a guaranteed cure", "curación
# definitiva"): the noun passes alone ("la cura", "a cure for"), but a cure guaranteed, definitive or 100 % is the claim
# itself. Not "complete", "full" or "total" in English: "full cure takes 72 hours" is a resin's. A negation before it
# ("no existe una cura definitiva") denies it. Read folded.
# A body's weight ends its phrase, or a time or the fat follows it ("10 kg in a single session", "5 kilos de grasa"):
# "guaranteed to drop 20 kg bags at your door" weighs a parcel.
_BODY_WEIGHT_END = {
    "en": r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|within|by|off|from|of\s+(?:fat|weight|body\s+fat)|per|a|each|every|this|over|next|before|with|without|fast|guaranteed|or)\b)",
    "es": r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:en|de\s+(?:grasa|peso)|este|esta|cada|antes|con|sin|al|por|o|garantizad[oa]s?|asegurad[oa]s?)\b)",
}
_PROMISED_CURE_RE = {
    "es": lazy_re(
        r"\b(?:cura|curacion|sanacion)\s+(?:garantizada|asegurada|definitiva|(?:al\s+)?100\s?%)"
        r"|\b(?:garantizamos|aseguramos)\s+(?:la|tu|su)\s+(?:cura|curacion)\b"
        # h77 (round 54): a treatment's medical result promised as sure, pregnancy the one a clinic sells ("embarazo
        # garantizado o te devolvemos el dinero"): no clinic can promise it, as none can promise a cure.
        r"|\bembarazo\s+(?:garantizado|asegurado|seguro|(?:al\s+)?100\s?%)"
        r"|\b(?:garantizamos|aseguramos)\s+(?:el|tu|su)\s+embarazo\b|\bte\s+(?:garantizamos|aseguramos)\s+que\s+(?:quedaras|quedes)\s+embarazada\b"
        # h89 (round 60): a body's weight loss guaranteed in figures ("te garantizamos que pierdes 6 kilos", "bajarás 5 kg
        # garantizado"), as in English.
        r"|\b(?:garantizamos|aseguramos|garantiza|garantizan|asegura|aseguran)\s+(?:que\s+(?:pierdes|pierdas|perderas|bajas|bajes|bajaras|eliminas|elimines|eliminaras)"
        rf"|(?:perder|bajar|eliminar|quemar))\s+(?:hasta\s+)?\d+\s?(?:kg|kilos?)\b{_BODY_WEIGHT_END['es']}"
        rf"|\b(?:pierde|pierdes|perderas|perder|baja|bajas|bajaras|bajar|elimina|eliminas|eliminaras|eliminar)\s+(?:hasta\s+)?\d+\s?(?:kg|kilos?)\b{_BODY_WEIGHT_END['es']}"
        r"[^.!?\n]{0,20}?\b(?:garantizad[oa]s?|asegurad[oa]s?)\b"
    ),
    "en": lazy_re(
        r"\b(?:guaranteed|permanent|definitive|100\s?%)\s+cure\b|\bcure\s+(?:is\s+)?guaranteed\b"
        r"|\bguarantee[sd]?\s+(?:a|the|your)\s+(?:permanent\s+)?cure\b"
        r"|\b(?:guaranteed|certain|100\s?%)\s+pregnancy\b|\bpregnancy\s+(?:is\s+)?guaranteed\b"
        r"|\bguarantee[sd]?\s+(?:a|your)\s+pregnancy\b|\bguarantee[sd]?\s+(?:that\s+)?you(?:'ll|\s+will)\s+(?:get|become|fall)\s+pregnant\b"
        # h89 (round 60): a body's weight loss guaranteed in figures ("guaranteed to remove 10 kg", "lose 8 kilos,
        # guaranteed"): no treatment can promise it, as none can promise a cure; a weight without the guarantee passes.
        r"|\bguarantee(?:d|s)?\s+(?:(?:that\s+)?you(?:'ll|\s+will)\s+|to\s+)(?:remove|lose|melt(?:\s+away)?|burn|shed|drop)\s+"
        rf"(?:up\s+to\s+)?\d+\s?(?:kg|kgs|kilos?|lbs?|pounds)\b{_BODY_WEIGHT_END['en']}"
        rf"|\b(?:lose|remove|melt|burn|shed|drop)\s+(?:up\s+to\s+)?\d+\s?(?:kg|kgs|kilos?|lbs?|pounds)\b{_BODY_WEIGHT_END['en']}[^.!?\n]{{0,20}}?\bguaranteed\b"
    ),
}
# h75 (round 53): farewell to a disease ("olvídate para siempre de la artritis", "dile adiós a la psoriasis", "say goodbye
# to arthritis"): a cure claim whatever the product, with the diseases of the reversing claim as objects (the cosmetic
# ones aside, as for eliminating). English "forget" only as "forget about": "forget your asthma inhaler" is a reminder.
_FAREWELL_CLAIM_RE = {
    "es": lazy_re(
        r"\b(?:olvidate|olvidese|olvidense|olvidarte|olvidarse|olvidarnos|adios|di adios|dile adios|digale adios|decile adios)"
        r"\s+(?:(?:para siempre|definitivamente|por fin|de una vez)\s+)?(?:de|a|del|al)\s+(?:(?:la|el|los|las|tu|tus|su|sus)\s+)?"
        rf"{_COSMETIC}(?:{_DISEASES['es']})\b"
    ),
    "en": lazy_re(
        r"\b(?:say|says|said|bid|bids)\s+(?:goodbye|good-bye|farewell)\s+to\s+(?:(?:your|the|their|his|her)\s+)?"
        rf"(?:type [12] )?{_COSMETIC}(?:{_DISEASES['en']})\b"
        r"|\bforget\s+about\s+(?:(?:your|the|their|his|her)\s+)?"
        rf"(?:type [12] )?{_COSMETIC}(?:{_DISEASES['en']})\b"
    ),
}
_END_DENIED_RE = lazy_re(r"\b(?:no|ningun|ninguna|nunca|jamas|ni|not|never|won't|cannot|can't|doesn't|don't|none)\b")
_NOT_CURING_BEFORE = {
    "es": frozenset({"el", "un", "una", "la", "no", "nunca", "ni", "sin", "gran", "buena", "esta", "su", "tu", "nuestra",
                     "mejor", "primera", "otra", "como", "jamas", "del", "al"}),
    "en": frozenset({"a", "an", "the", "no", "not", "never", "any", "for", "doesn't", "don't", "won't", "can't", "cannot",
                     "didn't", "isn't", "nor", "this", "that", "our", "your", "its", "uv", "full", "final", "partial"}),
}  # fmt: skip
_NOT_CURED = frozenset(
    {"in", "on", "at", "under", "within", "for", "by", "with", "overnight", "fast", "quickly", "fully", "completely",
     "period", "time", "times", "rate", "process", "and", "or", "it", "them",
     # h56 (round 44): curing as a craft's wait, with what comes after it ("the lacquer needs three weeks to cure before
     # we can return it", "let the wax cure until Friday"): a disease would stand between the verb and the time.
     "before", "until", "till", "after", "between", "properly", "hard", "solid"}
)  # fmt: skip
_WORD_BEFORE_RE = lazy_re(r"([a-z'’]+)\W*$")
# h61 (round 46): "cure" as lenders and contracts use it, remedying a default ("Cure the negative ledger balance to avoid
# charge-off", "cure the arrears within 30 days", "you may cure the breach"): its object, after up to two words that
# qualify it, is a sum or a failure to pay that ends its phrase ("cures your payment anxiety" is still a claim).
_CURED_DEBT_RE = lazy_re(
    r"(?:[a-z-]+\s+){0,2}?(?:balances?|defaults?|breach(?:es)?|arrears|delinquency|shortfall|overdraft|"
    r"overdrawn|past[- ]due|missed payments?|payments?|amount|account|loan|violations?)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|by|within|before|and|or|in|on|now|today|of|from|with|so|under|at|immediately)\b)"
)
# h71 (round 51): the deficiency, the sum an account is short, right after the article the claim pattern reads ("Please
# cure the deficiency."): a qualified one is a body's ("cures iron deficiency", a health claim, has no article before it).
_CURED_DEFICIT_RE = lazy_re(r"(?:deficiency|deficiencies|deficit)(?=\s*(?:[.,;:!?)]|$)|\s+(?:by|within|before|in|on|now|today|immediately)\b)")

# h72 (round 52): curing as a food or material process ("salt-cured anchovy fillets", "we cure our own bacon", "curamos
# el jamón 24 meses", "cured leather"): its object is a food or a material, or a method of curing comes before the verb
# ("dry-cured", "smoke cured"). A disease is neither, so "cured my eczema" still counts.
_CURED_GOODS = {
    "es": frozenset({"jamon", "jamones", "queso", "quesos", "cecina", "lomo", "lomos", "bacalao", "pescado", "carne", "carnes",
                     "embutido", "embutidos", "anchoa", "anchoas", "chorizo", "chorizos", "salmon", "tocino", "cuero", "cueros",
                     "tabaco", "hormigon", "resina", "madera", "aceitunas", "yemas"}),
    "en": frozenset({"meat", "meats", "ham", "hams", "fish", "salmon", "cod", "anchovy", "anchovies", "pork", "beef",
                     "bacon", "sausage", "sausages", "chorizo", "salami", "egg", "eggs", "yolks", "olives", "cheese",
                     "cheeses", "leather", "hide", "hides", "tobacco", "concrete", "resin", "timber", "lumber", "wood"}),
}  # fmt: skip
_FOLDED_WORD_RE = lazy_re(r"[a-zñ]+")
_CURING_METHODS = frozenset({"salt", "dry", "smoke", "sugar", "air", "brine", "sun", "heat", "honey", "house", "home", "cold",
                             "kiln", "flue", "oven"})  # fmt: skip


def cure_claim(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    pattern = _CURE_CLAIM_RE.get(ctx.language)
    if pattern is None:
        return
    for field_name, text in ctx.rule_fields(rule):
        view = ctx.views(field_name).get("folded")
        folded = view.text
        known: list[tuple[int, int]] | None = None
        for match in pattern.finditer(folded):
            before = _WORD_BEFORE_RE.search(folded, max(0, match.start() - 30), match.start())
            if before is not None and before[1].replace("’", "'") in _NOT_CURING_BEFORE[ctx.language]:
                continue
            if ctx.language == "en" and (match[2] in _NOT_CURED or match[2].endswith("ly")):
                continue
            if ctx.language == "en" and _CURED_DEBT_RE.match(folded, match.start(2)):
                continue
            if _CURED_GOODS.get(ctx.language, frozenset()).intersection(
                (match[0].rsplit(None, 1)[-1] if ctx.language == "es" else match[2]).split("-")
            ) or (ctx.language == "en" and before is not None and before[1] in _CURING_METHODS):
                continue
            if ctx.language == "en" and match.start(2) > match.end(1) + 1 and _CURED_DEFICIT_RE.match(folded, match.start(2)):
                continue
            if known is None:  # CMP202's own entries report their claims ("cura la artritis")
                known = [(m.start, m.end) for m in ctx.lexicon_matches("prohibited", field_name, "folded", HEALTH_CLAIMS)]
            if any(s < match.end() and match.start() < e for s, e in known):
                continue
            start, end = view.to_original(match.start(), match.end())
            yield Hit(field_name, start, end, {"match": text[start:end]})
        claimed: list[tuple[int, int]] = []
        for match in [
            *_RESTORE_CLAIM_RE[ctx.language].finditer(folded),
            *_REVERSE_CLAIM_RE[ctx.language].finditer(folded),
            *_ELIMINATE_CLAIM_RE[ctx.language].finditer(folded),
            *_FAREWELL_CLAIM_RE[ctx.language].finditer(folded),
            *_HEAL_CLAIM_RE[ctx.language].finditer(folded),
        ]:
            before = _WORD_BEFORE_RE.search(folded, max(0, match.start() - 30), match.start())
            if before is not None and before[1].replace("’", "'") in _NOT_RESTORED_BEFORE:
                continue
            claimed.append(match.span())
            start, end = view.to_original(match.start(), match.end())
            yield Hit(field_name, start, end, {"match": text[start:end]})
        for promised in _PROMISED_CURE_RE[ctx.language].finditer(folded):
            if _END_DENIED_RE.search(folded, max(0, promised.start() - 30), promised.start()):
                continue
            # a food's or a material's cure promised in its sentence ("24 meses de curación garantizada" for a ham)
            opening = max(folded.rfind(stop, 0, promised.start()) for stop in ".!?\n")
            closing = min((i for i in (folded.find(stop, promised.end()) for stop in ".!?\n") if i >= 0), default=len(folded))
            if _CURED_GOODS.get(ctx.language, frozenset()).intersection(_FOLDED_WORD_RE.findall(folded, opening + 1, closing)):
                continue
            start, end = view.to_original(promised.start(), promised.end())
            yield Hit(field_name, start, end, {"match": text[start:end]})
        for end_match in [*_END_CLAIM_RE[ctx.language].finditer(folded), *_TIMED_CLAIM_RE[ctx.language].finditer(folded)]:
            # A negation of the product or the verb ("ningún suplemento acaba", "no supplement will end") denies the claim,
            # and a disease eliminated for good is reported above once.
            if _END_DENIED_RE.search(folded, max(0, end_match.start() - 12), end_match.start(1)) or any(
                s < end_match.end(1) and end_match.start(1) < e for s, e in claimed
            ):
                continue
            start, end = view.to_original(end_match.start(1), end_match.end(1))
            yield Hit(field_name, start, end, {"match": text[start:end]})


# A negation before the verb ("no recuperarás", "won't restore", "cannot give you back").
_NOT_RESTORED_BEFORE = frozenset({"no", "nunca", "jamas", "ni", "not", "never", "won't", "cannot", "can't", "doesn't", "don't"})
HEALTH_CLAIMS = frozenset({"health-claims"})


CHECKS = {
    "missing_opt_out": PythonCheckFunction(missing_opt_out),
    "missing_sender": PythonCheckFunction(missing_sender),
    "missing_list_unsubscribe": PythonCheckFunction(missing_list_unsubscribe, reads=frozenset({"meta"})),
    "link_hygiene": PythonCheckFunction(link_hygiene, LinkParams, trigger=LINK_TRIGGER),
    "anchor_mismatch": PythonCheckFunction(anchor_mismatch),
    "personal_data": PythonCheckFunction(personal_data, PersonalDataParams),
    "otp_link": PythonCheckFunction(otp_link, trigger=LINK_TRIGGER),
    "phishing": PythonCheckFunction(phishing, trigger=LINK_TRIGGER),
    "unrendered": PythonCheckFunction(
        unrendered, UnrenderedParams, trigger=lambda params, language: UNRENDERED_TRIGGERS.get(params.problem)
    ),
    "placeholder_variants": PythonCheckFunction(placeholder_variants, reads=frozenset({"extra", "campaign"})),
    "spam_score": PythonCheckFunction(spam_score),
    "cure_claim": PythonCheckFunction(
        cure_claim, trigger=lambda params, language: Trigger("folded", r"\bcur|\belimin|\brevert|\breviert|\brevirt|\brevers|\brecuper|\bdevuel|\bdevolv|\brestau|\brestabl|\brestor|\bregain|\brecover|\bget back|\bgives? you back"
        r"|\bfor good\b|\bforever\b|\bpermanently\b|\bonce and for all\b|\bpara siempre\b|\bdefinitivamente\b|\bde una vez por todas\b|\bde por vida\b"
        # a farewell to a disease (_FAREWELL_CLAIM_RE)
        r"|\bolvid(?:ate|ese|ense|arte|arse|arnos)\b|\badios\b|\bgood-?bye to\b|\bfarewell to\b|\bforget about\b|\bsanacion\b"
        # healing a disease (_HEAL_CLAIM_RE, _TIMED_CLAIM_RE)
        r"|\bheal(?:s|ed)?\b|\bsana(?:n|ra|ran|mos|r)?\b"
        # a pregnancy promised (_PROMISED_CURE_RE)
        r"|\bembaraz|\bpregnan"
        # a weight loss guaranteed in figures (_PROMISED_CURE_RE)
        r"|\d ?(?:kg|kilo|lb|pound)")
    ),
}
