"""Tone checks that need logic: impersonal greetings, emoji density, forms of address (tú/usted/vos)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationInfo, model_validator

from ..address import address_cues
from ..address import mixed_address_in_fields as find_mix
from ..checks.base import Trigger
from ..checks.lexicon import LexiconTrigger
from ..checks.python import PythonCheckFunction
from ..context import Hit
from ..findings import Severity
from ..lazy import lazy_re
from ..spelling import VOSEO_LOCALES
from ..textstats import TITLE_ABBREVIATIONS
from .common import blanked
from .tone_signals import CHECKS as SIGNAL_CHECKS

if TYPE_CHECKING:
    from ..context import CheckContext
    from ..registry import Rule

GREETING_START = lazy_re(r"^(estimad|apreciad|apreciable|querid|distinguid|señor|señora|a quien|dear|to whom|hello customer|hi customer|valued customer|prezad|caro cliente|cara cliente)")
SALUTATION_END = lazy_re(r"[ \t]*[,:!]")
NAME_PLACEHOLDER = lazy_re(r"(?i)(nombre|name|first|cliente|customer|usuario|user|nome|titular)")
PERSONAL_CATEGORIES = frozenset({"transactional", "collections", "service", "alert", "otp"})
# A WhatsApp message goes to one opted-in contact whose profile we hold, so even its marketing is personal
# (h31-en-022: "Dear customer" on a marketing WhatsApp); SMS and email marketing may be mass mail to a list.
PERSONAL_CHANNELS = frozenset({"whatsapp"})
# Emoji: pictographs, dingbats, flags, keycaps. Variation selectors and ZWJ are parts, not emoji.
EMOJI_RE = lazy_re(
    "(?:[\U0001F1E6-\U0001F1FF]{2}|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2934\u2935\u3030\u303D\u3297\u3299]"
    "[\uFE0F\U0001F3FB-\U0001F3FF]?(?:\u200D[\U0001F300-\U0001FAFF\u2600-\u27BF][\uFE0F]?)*|[0-9#*]\uFE0F?\u20E3)"
)
DEFAULT_EMOJI_LIMITS = {"sms": 1, "whatsapp": 3, "push": 2, "email": 3, "rcs": 3, "messenger": 3, "voice": 0}


class OpeningParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    mode: Literal["greeting", "other"]


def _placeholder_names(ctx: CheckContext) -> list[str]:
    names = [p.name for field, _ in ctx.fields for p in ctx.placeholders(field)]
    names.extend(ctx.message.placeholders)
    return names


def _name_available(ctx: CheckContext) -> bool:
    return any(NAME_PLACEHOLDER.search(name) for name in _placeholder_names(ctx))


# A stock opening that starts with a preposition, a pronoun or a verb is the first clause of a sentence
# ("Por medio del presente, y en virtud de...", "Please be advised, ..."), not a name for the reader, even
# when a comma follows it (h29-es-065). No "^": it is matched at the phrase's own offset, which is past
# the start of the text when a greeting comes first ("Hola, {{nombre}}:\n\nPor medio de la presente, y...",
# h34-es-006); a "^" only matched a phrase at offset 0.
CLAUSE_OPENING = lazy_re(r"(?:por|para|sirva|nos|le|les|this|please|kindly|we)\b")


def _salutation(text: str, start: int, end: int) -> bool:
    """A stock phrase used as a salutation: it opens its line and a comma, colon or "!" closes it
    ("Valued Member," at the top of an email), unless the phrase opens a clause (CLAUSE_OPENING)."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        not text[line_start:start].strip()
        and bool(SALUTATION_END.match(text, end))
        and not CLAUSE_OPENING.match(text, start)
    )


ROBOTIC_OPENING = frozenset({"robotic-opening"})
# A greeting by the reader's tie to someone the sender serves ("Dear Parent", «Estimado apoderado») is how a school
# writes to whichever adult holds the pupil's contact; it ignores a name we hold only when the message is filled in
# for that family (any placeholder, the pupil's or the parent's: h39-en-071). Its category alone does not make it
# personal (h119-en-034: a school's fee reminder "Dear Parent," with ways to pay and help, no placeholder).
RELATION_GREETING = frozenset({"relation-greeting"})
OPENINGS = ROBOTIC_OPENING | RELATION_GREETING
OPT_OUT_TEXT = frozenset({"opt-out-instruction", "default-text"})


# A service or alert notice may speak to whoever it concerns, and then "Dear customer" is not a greeting that
# ignores a name we hold. Two signs of it: (h18) an English notice that never says "you" or "your" (a locker
# station closing, works on a street; Spanish is left out, usted hides in verb forms and "le"); (h19) a formula
# that itself says the reader is unknown ("Dear Sir or Madam", "To whom it may concern", "A quien corresponda")
# with nothing of the reader's ("your bill", "su póliza"). A debt, an order or a code is always the reader's own
# (collections, transactional, otp stay personal), and a name placeholder makes any message personal.
_NOTICE_CATEGORIES = frozenset({"service", "alert"})
_SECOND_PERSON_EN = lazy_re(r"(?<![^\W_])(?:you|your|yours|yourself|you'(?:ll|re|ve|d))(?![^\W_])", re.IGNORECASE)
_UNKNOWN_READER = lazy_re(r"(?:sir or madam|sir/madam|to whom it may concern|a quien (?:corresponda|pueda interesar))")
_POSSESSIVE = {
    "en": lazy_re(r"(?<![^\W_])your(?![^\W_])", re.IGNORECASE),
    "es": lazy_re(r"(?<![^\W_])(?:su|sus|tu|tus|vuestro|vuestra|vuestros|vuestras)(?![^\W_])", re.IGNORECASE),
}


def _notice_to_whom_it_concerns(ctx: CheckContext, greeting: str) -> bool:
    if ctx.message.category.value not in _NOTICE_CATEGORIES:
        return False
    if ctx.language == "en" and not any(_SECOND_PERSON_EN.search(text) for _, text in ctx.fields):
        return True
    possessive = _POSSESSIVE.get(ctx.language)
    return (
        possessive is not None
        and _UNKNOWN_READER.search(greeting) is not None
        and not any(possessive.search(text) for _, text in ctx.fields)
    )


def robotic_opening(ctx: CheckContext, rule: Rule, params: OpeningParams) -> Iterator[Hit]:
    """Bureaucratic openings; an impersonal greeting is worse when the name is known or the message is personal."""
    for field_name, text in ctx.rule_fields(rule):
        view = ctx.views(field_name).get("folded")
        for match in ctx.lexicon_matches("tone", field_name, "folded", OPENINGS):
            is_greeting = bool(GREETING_START.match(view.text[match.start : match.end])) or _salutation(
                view.text, match.start, match.end
            )
            if params.mode == "greeting":
                if not is_greeting:
                    continue
                if match.entry.category in RELATION_GREETING:
                    personal = bool(_placeholder_names(ctx))
                else:
                    personal = _name_available(ctx) or (
                        (
                            ctx.message.category.value in PERSONAL_CATEGORIES
                            or ctx.message.channel.value in PERSONAL_CHANNELS
                        )
                        and not _notice_to_whom_it_concerns(ctx, view.text[match.start : match.end])
                    )
                if not personal:
                    continue
            if params.mode == "other" and is_greeting:
                continue
            start, end = view.to_original(match.start, match.end)
            alternative = match.entry.alternative or ""
            yield Hit(field_name, start, end, {"match": text[start:end], "alternative": alternative})


def emoji_density(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    channel = ctx.message.channel.value
    limits = {**DEFAULT_EMOJI_LIMITS, **ctx.options(rule).get("limits", {})}
    limit = limits.get(channel, 3)
    for field_name, text in ctx.rule_fields(rule):
        found = list(EMOJI_RE.finditer(text))
        if len(found) > limit:
            extra = found[limit]
            cost = ""
            if channel == "sms":
                cost = {"es": " Además, un emoji obliga a UCS-2 (ver LEN101).", "en": " An emoji also forces UCS-2 (see LEN101)."}.get(ctx.language, "")
            yield Hit(field_name, extra.start(), extra.end(), {"count": len(found), "limit": limit, "cost": cost})


def _address_cues(ctx: CheckContext, field_name: str) -> Any:
    return ctx.memo(("address", field_name), lambda: address_cues(ctx.message.field_text(field_name)))


def _without_opt_out(ctx: CheckContext, field_name: str, text: str) -> str:
    """``text`` with opt-out boilerplate ("responde BAJA") blanked out, offsets unchanged: the legal
    sentence is often in another register than the copy and is not the copywriter's voice."""
    found = ctx.lexicon_matches("opt-out", field_name, "folded", OPT_OUT_TEXT)
    if not found:
        return text
    view = ctx.views(field_name).get("folded")
    return blanked(text, (view.to_original(match.start, match.end) for match in found))


# Frequent words that are never right without their accent: a text with one drops accents.
_DROPPED_ACCENT = lazy_re(
    r"\b(?:mas|credito|creditos|numero|telefono|tambien|aqui|despues|ademas|todavia|informacion|rapido|rapida"
    r"|facil|dificil|ultimo|ultima|proximo|proxima|codigo|minimo|maximo|tramite|pagina)\b",
    re.IGNORECASE,
)


def mixed_address(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    """tú/vos and usted in the same message (all text fields together)."""
    # Each field is read on its own (its start is a message start), offsets as in the fields joined by "\n".
    texts = [_without_opt_out(ctx, name, text) for name, text in ctx.rule_fields(rule)]
    # In a voseo locale an accentless enclitic imperative (avisanos) is vos, so next to "puedes" it is a mix;
    # unless the writer drops accents elsewhere too ("mas tiempo", "tu credito"): then "llamanos" is the tú
    # "llámanos" without its accent, a language finding, not a mix (h55-es-044).
    voseo_locale = ctx.message.locale in VOSEO_LOCALES and not any(_DROPPED_ACCENT.search(t) for t in texts)
    names = [n for n in (ctx.message.brand, ctx.config.brand) if n]
    pair = ctx.memo("address-mix", lambda: find_mix(texts, voseo_locale=voseo_locale, names=names))
    if pair is None:
        return
    first, second = pair
    # Map the offsets of the joined text back to a field.
    offset = 0
    for field_name, field_text in ctx.rule_fields(rule):
        if offset <= second.start < offset + len(field_text) + 1:
            yield Hit(field_name, second.start - offset, second.end - offset,
                      {"first": first.text, "first_form": FORM_LABEL.get(first.form, first.form),
                       "second": second.text, "second_form": FORM_LABEL.get(second.form, second.form)})
            return
        offset += len(field_text) + 1


FORM_LABEL = {"tu": "tú", "vos": "vos", "usted": "usted"}


def off_brand_address(ctx: CheckContext, rule: Rule, params: Any) -> Iterator[Hit]:
    voice = ctx.config.voice
    if voice is None:
        return
    compatible = {"tu": {"tu"}, "vos": {"vos"}, "usted": {"usted"}}[voice]
    for field_name, _ in ctx.rule_fields(rule):
        for cue in _address_cues(ctx, field_name):
            if cue.strength == "strong" and cue.form not in compatible:
                yield Hit(field_name, cue.start, cue.end, {"match": cue.text, "form": FORM_LABEL[cue.form], "voice": FORM_LABEL[voice]})
                return


LONG_CAPS_RE = lazy_re(r"[A-ZÀ-ÖØ-ÞÑ]{3,}")
LABEL_VALUE_RE = lazy_re(r" ?[:=]? ?\d")  # what follows a label: its value ("ALT 128", "HDL: 40")
NAME_AFTER_RE = lazy_re(r" [A-ZÀ-ÖØ-ÞÑ]")  # an urgent word starting a name: "NOW TV", "TODAY Show"


class ShoutedRunParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_words: int = 4  # words in capitals in a row (short ones such as DE, AL, NO, TE count)
    min_long_words: int = 2  # of which at least this many have 3+ letters
    field_ratio_limit: float = 30  # fields above this share of shouted words are TON201's to report
    # In a collections notice or an account alert a shorter run shouts too: "SIGUE SIN PAGARSE", "NO TE
    # PRESENTASTE" (round 35: h22, h34 and h39 had one, from three writers). Marketing's "ENVÍO GRATIS HOY" and a
    # parcel "ON ITS WAY" in a transactional notice are display copy, so those categories keep four words.
    short_run_categories: tuple[str, ...] = ("collections", "alert")
    short_run_min_words: int = 3
    short_run_min_long_words: int = 1
    # In those categories two shorter runs in one field shout together ("ATENCIÓN USUARIO. ... NO INSISTA en la taquilla",
    # h124-es-039; "OTRA VEZ ... NO HABÍA NADIE", h22-es-021 blind): each of this many words, one of 3+ letters. Round 78: 35
    # tone lines of the corpora have two such runs, no other line.
    paired_run_min_words: int = 2
    # A lone word of urgency in capitals in sentence-case copy ("pay your fare NOW or ...", "si no reservas HOY") shouts
    # on its own (round 41: h22, h31, h32, h38 and h50 had one, from five writers; no clean line of the corpora has one).
    # Per language, in capitals as written; a word followed by a number is a code or label ("TODAY20") and is skipped.
    urgent_words: dict[str, frozenset[str]] = {}


def shouted_run(ctx: CheckContext, rule: Rule, params: ShoutedRunParams) -> Iterator[Hit]:
    """A run of words in capitals ("NO TE QUEDES SIN EL TUYO") in a field that is not shouted as a whole.

    TON201 measures the share of shouted words (3+ letters) in a field, so a shouted sentence inside a
    longer message, or one made of short words, stays under its limit. Brand words and acronyms
    (corpora/<lang>/acronyms.txt) neither count nor break a run; numbers and punctuation do not break it;
    any word with a lower-case letter does. A word followed by a number is a label with its value (lab
    results "ALT 128 U/L, BUN 34", "HDL 40"): it neither counts nor breaks a run either. A run made only of
    ``urgent_words`` ("pay your fare NOW or ...") shouts whatever its length, unless a capitalised word follows
    it (a name: "NOW TV").
    """
    from .common import WORD_RE, abbreviation_in_capitals, acronyms, capitals_ratio

    ignore: frozenset[str] | None = None
    min_words, min_long_words = params.min_words, params.min_long_words
    short_runs = ctx.message.category.value in params.short_run_categories
    if short_runs:
        min_words, min_long_words = params.short_run_min_words, params.short_run_min_long_words
    urgent = params.urgent_words.get(ctx.language, frozenset())
    for field_name, text in ctx.rule_fields(rule):
        capitals = LONG_CAPS_RE.findall(text)
        if len(capitals) < min_long_words and not (urgent and urgent.intersection(capitals)):
            continue  # fewer words of 3+ capitals than a run needs: the common case, one C-level scan
        if ignore is None:
            names = [n for n in (ctx.message.brand, ctx.config.brand) if n]
            ignore = (
                acronyms(ctx.language)
                | {n.upper() for n in ctx.config.brand_names}
                | {part.upper() for name in names for part in WORD_RE.findall(name)}
            )
        run: list[tuple[int, int, bool]] = []
        runs = []
        for match in WORD_RE.finditer(text):
            word = match.group()
            if word.upper() in ignore or ctx.overlaps_placeholder(field_name, match.start(), match.end()):
                continue
            if word.isupper() and LABEL_VALUE_RE.match(text, match.end()):
                continue  # a label and its value ("ALT 128", "BUN 34 mg/dL"), not a shouted word
            if len(word) >= 3 and word.isupper() and abbreviation_in_capitals(text, match.start(), match.end(), word, ctx.language):
                continue  # a code or abbreviation ("LOLER/PUWER", "ASC", "RTITB"), as TON201 reads it (h34-en-026)
            if word.isupper():
                run.append((match.start(), match.end(), len(word) >= 3))
                continue
            runs.append(run)
            run = []
        runs.append(run)
        shouted = next(
            (
                found
                for found in runs
                if (len(found) >= min_words and sum(1 for *_, long in found if long) >= min_long_words)
                or (
                    found
                    and urgent
                    and all(text[start:end] in urgent for start, end, _ in found)
                    and not NAME_AFTER_RE.match(text, found[-1][1])  # a name ("NOW TV", "TODAY Show")
                )
            ),
            None,
        )
        if shouted is None and short_runs:
            paired = [found for found in runs if len(found) >= params.paired_run_min_words and any(long for *_, long in found)]
            shouted = paired[0] if len(paired) >= 2 else None
        if shouted is None or any(value > params.field_ratio_limit for value, _, _ in capitals_ratio(ctx, field_name, text)):
            continue  # no run shouts, or the whole field does: TON201 reports it
        yield Hit(field_name, shouted[0][0], shouted[-1][1], {"match": text[shouted[0][0] : shouted[-1][1]]})


# --- tone patterns: threats, blame, condescension, urgency and guilt phrased outside the lexicons -------


class Clue(BaseModel):
    """One kind of wording a pattern rule looks for, sentence by sentence.

    Every regular expression (RE2, case-insensitive, on the rule's view) is given per language as a list of
    alternatives. A ``target`` match is reported when, in the same sentence, some ``context`` alternative
    matches outside it (no ``context`` means the target is enough) and it does not overlap an ``exclude``
    match ("sin embargo" is no seizure). ``exclude_like`` names another clue of the rule whose exclusions apply
    too, so twin clues (a legal step, and a legal step tied to non-payment) keep one list. ``categories`` limits
    the clue to messages of those categories.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    target: dict[str, list[str]]
    context: dict[str, list[str]] = {}
    exclude: dict[str, list[str]] = {}
    exclude_like: str | None = None
    categories: list[str] = []


class SentencePatternParams(BaseModel):
    """Clues of one tone category; ``lexicon_categories`` are the tone-lexicon categories whose own rule
    already reports a sentence (at warning or above), so the same sentence is not reported twice."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    clues: list[Clue]
    view: Literal["folded", "lowered"] = "folded"
    lexicon_categories: list[str] = []

    @model_validator(mode="after")
    def _compiles(self, info: ValidationInfo) -> SentencePatternParams:
        from ..checks.base import compile_re2, patterns_checked_at_load

        names = {clue.name for clue in self.clues}
        for clue in self.clues:
            if clue.exclude_like is not None and (clue.exclude_like not in names or clue.exclude_like == clue.name):
                raise ValueError(f"clue {clue.name!r}: exclude_like names no other clue of this rule: {clue.exclude_like!r}")
        if not patterns_checked_at_load(info):
            return self
        for clue in self.clues:
            for table in (clue.target, clue.context, clue.exclude):
                for alternatives in table.values():
                    compile_re2(_alternation(alternatives), True)
        return self


def _alternation(alternatives: list[str]) -> str:
    return "|".join(f"(?:{alternative})" for alternative in alternatives)


# A sentence ends at . ! ? … followed by a space or the end, or at a line break. An opening ¿ or ¡ after a
# comma stays in its sentence ("Después de tantos años, ¿te vas?"). A title's full stop ends none, as in the
# shared splitter (round 54: "your consultation with Dr. Reyes yesterday" was cut from "You missed", h77-en-080).
SENTENCE_END = lazy_re(
    "".join(rf"(?<!\b{title})" for title in sorted(TITLE_ABBREVIATIONS)) + r"[.!?…]+(?=\s|$)|\n+",
    re.IGNORECASE,
)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = max(start, match.end())
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _sentences_of(ctx: CheckContext, field_name: str, view_name: str, text: str) -> list[tuple[int, int]]:
    """Sentence spans of a field's view, computed once for every pattern rule."""
    return ctx.memo(("tone-sentences", field_name, view_name), lambda: _sentence_spans(text))


class _CompiledClue(NamedTuple):
    name: str
    categories: frozenset[str]
    target: Any
    context: Any
    exclude: Any


def _compiled_clues(ctx: CheckContext, rule: Rule, params: SentencePatternParams) -> list[_CompiledClue]:
    """The rule's clues for the message's language (RE2, case-insensitive), each compiled on its first use."""
    from ..checks.base import lazy_re2

    key = ("tone-clues", rule.id, ctx.language)
    compiled = ctx.resources.memo.get(key)
    if compiled is None:
        compiled = []
        by_name = {clue.name: clue for clue in params.clues}
        for clue in params.clues:
            target = clue.target.get(ctx.language)
            if not target:
                continue
            context = clue.context.get(ctx.language)
            exclude = clue.exclude.get(ctx.language, [])
            if clue.exclude_like is not None:
                exclude = [*exclude, *by_name[clue.exclude_like].exclude.get(ctx.language, [])]
            compiled.append(_CompiledClue(
                clue.name,
                frozenset(clue.categories),
                lazy_re2(_alternation(target), True),
                lazy_re2(_alternation(context), True) if context else None,
                lazy_re2(_alternation(exclude), True) if exclude else None,
            ))
        ctx.resources.memo[key] = compiled
    return compiled


def _target_set(ctx: CheckContext, rule: Rule, params: SentencePatternParams) -> Any:
    """All the rule's targets for the message's language in one RE2 set: one pass says which occur."""
    from ..checks.base import PatternSet

    key = ("tone-clue-targets", rule.id, ctx.language)
    targets = ctx.resources.memo.get(key)
    if targets is None:
        patterns = [_alternation(c.target[ctx.language]) for c in params.clues if c.target.get(ctx.language)]
        targets = ctx.resources.memo[key] = PatternSet(patterns, True)
    return targets


def sentence_patterns(ctx: CheckContext, rule: Rule, params: SentencePatternParams) -> Iterator[Hit]:
    """Report each clue's target where its sentence also has its context (see :class:`Clue`).

    Each target runs once over the whole field (they rarely match); sentences, context and the lexicon
    rule's own matches are looked at only around a target match. At most one finding per sentence.
    """
    category = ctx.message.category.value
    every_clue = _compiled_clues(ctx, rule, params)
    if not any(not c.categories or category in c.categories for c in every_clue):
        return
    targets = _target_set(ctx, rule, params)
    for field_name, text in ctx.rule_fields(rule):
        view = ctx.views(field_name).get(params.view)
        folded = view.text
        occurring = targets.occurring(folded)  # most messages: none, and no clue scans at all
        if not occurring:
            continue
        clues = [c for i, c in enumerate(every_clue) if i in occurring and (not c.categories or category in c.categories)]
        sentences: list[tuple[int, int]] | None = None
        found: dict[int, tuple[int, int, str]] = {}  # sentence index -> first hit, in clue order
        for clue in clues:
            for match in clue.target.finditer(folded):
                t_start, t_end = match.span()
                if t_end == t_start:
                    continue
                if sentences is None:
                    sentences = _sentences_of(ctx, field_name, params.view, folded)
                index = _sentence_index(sentences, t_start)
                if index is None or index in found:
                    continue
                start, end = sentences[index]
                # an exclusion reads the sentence's closing mark too ("impressive!" is praise, "impressive." a verdict)
                if clue.exclude is not None and any(
                    m.start() < t_end and t_start < m.end()
                    for m in clue.exclude.finditer(folded, start, min(end + 1, len(folded)))
                ):
                    continue
                if clue.context is not None and not any(
                    m.end() <= t_start or m.start() >= t_end for m in clue.context.finditer(folded, start, end)
                ):
                    continue
                found[index] = (t_start, t_end, clue.name)
        if not found:
            continue
        assert sentences is not None
        reported = _reported_by_lexicon(ctx, field_name, params.lexicon_categories)
        for index in sorted(found):
            start, end = sentences[index]
            o_start, o_end = view.to_original(start, end)
            if any(o_start <= s < o_end for s in reported):
                continue  # the lexicon rule of the same category already reports this sentence
            h_start, h_end = view.to_original(found[index][0], found[index][1])
            if ctx.overlaps_placeholder(field_name, h_start, h_end):
                continue
            yield Hit(field_name, h_start, h_end, {"match": text[h_start:h_end], "clue": found[index][2]})


def _sentence_index(sentences: list[tuple[int, int]], position: int) -> int | None:
    from bisect import bisect_right

    index = bisect_right(sentences, (position, 1 << 62)) - 1
    if index >= 0 and sentences[index][0] <= position < sentences[index][1]:
        return index
    return None


def _reported_by_lexicon(ctx: CheckContext, field_name: str, categories: list[str]) -> list[int]:
    """Original start offsets of the tone-lexicon matches of ``categories`` at warning or above."""
    if not categories:
        return []
    category = ctx.message.category.value
    view = ctx.views(field_name).get("folded")
    starts = []
    for match in ctx.lexicon_matches("tone", field_name, "folded", frozenset(categories)):
        severity = match.entry.severity_for(category)
        if severity is not None and severity.rank >= Severity.WARNING.rank:
            starts.append(view.to_original(match.start, match.end)[0])
    return starts


def _clue_trigger(params: SentencePatternParams, language: str) -> Trigger | None:
    """Some clue's target, in the rule's view: nothing is reported without one."""
    targets = [_alternation(c.target[language]) for c in params.clues if c.target.get(language)]
    return Trigger(params.view, "(?i:" + "|".join(f"(?:{t})" for t in targets) + ")") if targets else None


def _shouted_run_trigger(params: ShoutedRunParams, language: str) -> Trigger | None:
    # shouted_run's first test: min_long_words runs of LONG_CAPS_RE (the short-run threshold's too).
    return Trigger("raw", "[A-ZÀ-ÖØ-Þ]{3}") if min(params.min_long_words, params.short_run_min_long_words) >= 1 else None


# Every EMOJI_RE match has one of these characters; a field needs one to have too many.
EMOJI_TRIGGER = Trigger(
    "raw", r"[\x{1F1E6}-\x{1F1FF}\x{1F300}-\x{1FAFF}\x{2600}-\x{27BF}\x{2B50}\x{2B55}\x{2934}\x{2935}\x{3030}\x{303D}\x{3297}\x{3299}\x{20E3}]"
)

CHECKS = {
    # Only the term list's robotic openings are reported: a text without one of their words is passed over.
    "robotic_opening": PythonCheckFunction(robotic_opening, OpeningParams, trigger=LexiconTrigger("tone", "folded", OPENINGS)),
    "emoji_density": PythonCheckFunction(emoji_density, trigger=EMOJI_TRIGGER),
    "mixed_address": PythonCheckFunction(mixed_address),
    "off_brand_address": PythonCheckFunction(off_brand_address),
    "sentence_patterns": PythonCheckFunction(sentence_patterns, SentencePatternParams, trigger=_clue_trigger),
    "shouted_run": PythonCheckFunction(shouted_run, ShoutedRunParams, trigger=_shouted_run_trigger),
    **SIGNAL_CHECKS,
}
