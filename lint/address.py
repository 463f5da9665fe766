"""Forms of address in Spanish customer messages: tú, vos (voseo) and usted.

A rule uses this to flag a message that mixes forms ("Hola, tu pedido está listo. Por favor, confirme su
dirección") or that departs from a brand voice (``voice: tu | usted | vos``). Precision matters more than
recall: a cue is reported only where the spelling and its immediate context leave little doubt.

Cues (``address_cues``)
=======================

================================  ======  ======  ============================================================
Cue                               form    kind    strength
================================  ======  ======  ============================================================
``tú``                            tu      pron.   strong
``vos``                           vos     pron.   strong after a preposition or conjunction (``para vos``,
                                                  ``y vos``), at clause start, before a tú/vos verb form or a
                                                  punctuation mark; weak otherwise (French ``de vos achats``)
``usted``, ``Ud.``, ``Vd.``       usted   pron.   strong; ``ud.`` after a number or ``/`` is "unidad": none
``ustedes``, ``Uds.``             usted   pron.   weak: in Latin America ``ustedes`` is also the plural of tú
``ti``                            shared  pron.   strong after a preposition, weak elsewhere (``TI``)
``contigo``                       shared  pron.   strong
``tu``, ``tus``                   shared  poss.   strong before a word, number or placeholder; weak before
                                                  punctuation (``¿y tu?``), in ``Tu 9-14`` (English weekday)
                                                  and in mid-clause Title Case (``en Tu Banco``); none when
                                                  glued to ``-`` or ``/`` (``Mo-Tu``)
``tuyo`` ``tuya`` ``tuyos`` ...   shared  poss.   strong
``te``                            shared  clitic  strong before a word; none after an article or preposition
                                                  or before a conjunction or preposition (``un te verde``)
``su``, ``sus``                   usted   poss.   strong when nothing but greetings and capitalised names
                                                  precede it in the message (``Su pedido...``,
                                                  ``Caja Sierra: su cuota...``, ``Hola, Jorge. Su cita...``):
                                                  there is nothing else it could refer to; strong after a
                                                  tú/vos order + an infinitive of bringing along (``Recordá
                                                  traer su toalla``); weak elsewhere
``le``                            usted   clitic  as ``su``; weak elsewhere (also him/her)
``les``, ``suyo`` ``suya`` ...    usted   cl./p.  weak. ``lo la los las se`` are not cues: they are articles
                                                  or third person far more often than the reader
tú-only verb form                 tu      verb    strong: ``pagas tienes eres puedes haz ten pon``
vos-only verb form                vos     verb    strong: ``pagás tenés sos vivís pagá tené pagués``
form shared by tú and vos         shared  verb    strong: ``pagaste pagarás pagabas pagarías pagues``
tú/vos imperative spelled like    tu/vos  verb    strong only in imperative position (below) before a word that
another person's form             /shared         opens its object (``Paga tu factura``, ``Llama al 900``,
(``paga`` = usted present,                        ``responde BAJA``, ``Recibí un 20 %``), and not after a usted
``viví`` = yo preterite)                          cue in the same sentence (``Si paga hoy, ahorra un 10 %``);
                                                  otherwise none. Which words open an object depends on the
                                                  verb (the table's ``imp=`` level: ``Vence el día 5`` never,
                                                  ``Cambia el horario`` only before tu/tus) and nouns need a
                                                  determiner (``Reserva tu mesa``, not ``Reserva confirmada``)
usted imperative (``pague``,      usted   verb    strong in imperative position; strong after ``le <verb>
``llame``, ``confirme``)                          que`` (``Le pedimos que revise``); weak elsewhere (``cuando
                                                  pague``), none for notice verbs (``cuando llegue``) and for
                                                  nouns (``Importe:``). ``venga``, ``vaya``, ``sea`` count only
                                                  before ``a``/``al``/``en``/a determiner (``¡Venga,
                                                  aprovecha!`` is an interjection)
ustedes imperative (``paguen``)   usted   verb    weak, in imperative position only
usted present/future              usted   verb    weak after ``si`` (``Si es cliente``) and, for
(``puede``, ``tiene``)                            poder/deber/desear/necesitar/querer/tener, at clause start;
                                                  strong for such a modal before an infinitive with an
                                                  object pronoun (``Puede descargarlo``), and after ``si``
                                                  before a question the reader may have (``si tiene
                                                  cualquier duda``, ``si necesita ayuda`` is not one)
enclitic imperative               by stem verb    strong anywhere. An accent the clitic added means tú or usted
                                                  (``págala``, ``páguela``, ``acércate``, ``acérquese``); a
                                                  polysyllabic stem without it whose accented form is a vos
                                                  imperative means vos (``pagala``, ``recordalo``,
                                                  ``escribinos``, ``acercate``); ``-nos`` on ustedes is weak.
                                                  When the stem is a tú imperative too (``pagala`` =
                                                  ``págala`` without its accent) the cue never makes a
                                                  tú/vos mix by itself (see ``mixed_address``). A word in
                                                  -ales right after a plural noun is the -al adjective
                                                  (``condiciones generales``), not vos + ``les``
infinitive/gerund + ``te``        shared  clitic  strong (``recordarte``, ``ayudándote``), the span being the
                                                  clitic; ``+le``/``+les``: weak usted (``recordarle``)
================================  ======  ======  ============================================================

Imperative position: at the start of a sentence or clause (after ``. ! ? ¡ ¿ , ; :``, a dash, a bracket or
an emoji), after ``por favor``, after a clause-initial ``no`` (subjunctive forms only: ``No olvide``), or
after ``y``/``o`` when the same sentence already had a strong imperative (``Llame ya y obtenga``).

"shared" cues (``AddressCue.shared``) are common to tú and vos: they conflict with usted, never with tú or
vos. Their ``form`` is resolved per message: ``"vos"`` when the message has a strong vos-only cue and no
strong tú-only cue, ``"tu"`` otherwise (tú is the unmarked informal form in writing).

What is never a cue: text inside quotation marks (« », “ ”, „ “, "…", ‘ ’), URLs, e-mail addresses, bare
domains (``tu.banco.es``), placeholders (``{{nombre}}``, ``{name}``, ``%s``), hashtags and mentions,
sentences with more English than Spanish function words, a verb form written with an initial capital in
mid-clause (a name or Title Case: ``Hola Tomás``), a tú/vos form that is also a common noun unless ``me te
se nos le les``, a subject pronoun or ``no/ya/si/que/cuando...`` precedes it (``tus compras``,
``¿Tiene dudas?``), prepositions and articles that share a verb's spelling (``sobre``, ``entre``, ``una``).
Words of three letters or fewer in capitals (``TU``, ``TE``, ``SOS``) are weak unless a neighbouring word
of three letters or more is in capitals too (an all-caps message).

Which forms a message uses (``forms_of_address``)
=================================================
1. If there is any strong cue: the forms of the strong cues, and nothing else. Weak cues never add a form
   that a strong cue already gives, nor one that conflicts with a strong cue (``Tu pedido llegó. Su número
   de envío es...``: tu only).
2. With no strong cue: a form is included when at least two weak cues give it and no weak cue gives a
   conflicting form (``Hemos enviado su pedido. Le llegará mañana``: usted).

Conflicts (``mixed_address``)
=============================
Only strong cues conflict. A formality conflict (tú, vos or shared against usted) comes first: the pair is
the first strong cue that conflicts with an earlier one, with the first of those earlier cues. Only if there
is none, a voseo conflict (a tú-only cue and a vos-only cue: ``Recuerda que podés...``) is returned the same
way; ``mix_kind`` tells them apart. Shared cues never make a voseo conflict.

``cues_against_voice`` gives the cues that contradict a brand voice: strong cues only (weak ones when the
text has no strong cue but ``forms_of_address`` still finds a form); shared cues contradict only usted.

Limits: vosotros (``os``, ``vuestro``, ``pagáis``) is not a form here; ``vivís`` (vos or vosotros) counts as
vos; a form typed without its accent reads as what it spells (``pagas`` is tú even from a vos writer;
``tenes`` is no cue); only the ~470 verbs of ``corpora/es/address-forms.tsv`` are known; Portuguese and
Catalan text is not told apart from Spanish (``Pague`` in Portuguese reads as usted).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any, Literal

from .lazy import lazy_re
from .textstats import text_cache

Form = Literal["tu", "vos", "usted"]
CueKind = Literal["pronoun", "possessive", "clitic", "verb"]
Strength = Literal["strong", "weak"]
MixKind = Literal["formality", "voseo"]

FORMS_TABLE = "es/address-forms.tsv"


@dataclass(frozen=True, slots=True)
class AddressCue:
    """One word (or clitic inside a word) that shows how a message addresses its reader.

    ``start``/``end`` are code-point offsets into the text given to ``address_cues``; ``text`` is
    ``text[start:end]``. ``shared`` marks cues common to tú and vos (``te``, ``tu``, ``pagaste``): their
    ``form`` is the message's informal form (see the module docstring) and they never conflict with vos.
    """

    form: Form
    start: int
    end: int
    text: str
    kind: CueKind
    strength: Strength
    shared: bool = False


# --- lexicon -----------------------------------------------------------------------------------------

# Imperative context levels, as in the table's ``imp=`` flag (tools/gen_address_forms.py documents them).
_IMP_LEVEL = {"none": 0, "poss": 1, "indef": 2, "det": 3, "full": 4}


@dataclass(frozen=True, slots=True)
class _Verb:
    """Everything the detector needs to know about one spelling, folded from the table's rows."""

    informal: str  # "" | "tu" | "vos" | "shared": the tú/vos persons among its readings
    informal_imp_only: bool  # every tú/vos reading is an affirmative imperative
    informal_other: bool  # it also has readings of other persons (paga: usted; viví: yo)
    imp_tu: bool  # has a tú affirmative imperative reading
    imp_vos: bool  # has a vos affirmative imperative reading
    imp_level: int  # context a bare ambiguous imperative needs (max over lemmas; nouns capped at det)
    usted_imp: bool  # usted affirmative imperative (pague)
    ustedes_imp: bool  # ustedes affirmative imperative (paguen)
    usted_ind: bool  # usted present or future indicative (paga, puede, pagará)
    third: bool  # any usted or ustedes reading: the spelling doubles as a third-person form
    modal: bool  # a usted present of poder/deber/desear/necesitar/querer/tener
    base: bool  # an infinitive or gerund (enclitics attach to it: recordarte)
    noun: bool  # also a common noun, adjective or name
    notice_only: bool  # every verb it belongs to is imp=none (llegue, venza): never addressed to the reader
    de_object: bool  # governs ``de`` (disfruta de, goza de): ``de`` can open its object
    # Its only possible cue is a weak usted one after "si" or, for a modal, at clause start (es, está,
    # vence, tiene): the detector checks that before looking at any other context.
    only_after_si: bool


# Verbs whose imperative is followed by ``de`` (``Disfruta de tus beneficios``); for the rest ``de`` after
# a clause-initial form means a noun phrase (``Consulta de saldo``).
_DE_LEMMAS = frozenset({"disfrutar", "gozar", "despreocupar", "olvidar", "enterar", "desconfiar"})
_MODAL_LEMMAS = frozenset({"poder", "deber", "desear", "necesitar", "querer", "tener"})
_INFINITIVE_WITH_OBJECT = lazy_re(r"\w{2,}(?:ar|er|ir|ár|ér|ír)(?:lo|la|los|las)\Z")


def _fold(rows: list[tuple[str, str, str, str]], flags: set[str], lemma_levels: Mapping[str, int]) -> _Verb:
    """One spelling's readings (lemma, person, tense, flags) folded into what the detector asks."""
    readings = {(person, tense) for _, person, tense, _ in rows}
    informal_persons = {person for person, _ in readings if person in ("tu", "vos")}
    informal_tenses = {tense for person, tense in readings if person in ("tu", "vos")}
    other_persons = {p for p, t in readings if p not in ("tu", "vos") and t not in ("inf", "ger")}
    level = 0
    for _, person, tense, row_flags in rows:
        if tense == "imp.aff" and person in ("tu", "vos"):
            for flag in row_flags.split(","):
                if flag.startswith("imp="):
                    level = max(level, _IMP_LEVEL[flag[4:]])
    noun = "noun" in flags
    if noun:
        level = min(level, _IMP_LEVEL["det"])
    informal = ""
    if informal_persons == {"tu"}:
        informal = "tu"
    elif informal_persons == {"vos"}:
        informal = "vos"
    elif informal_persons:
        informal = "shared"
    lemmas = {lemma for lemma, _, _, _ in rows}
    informal_imp_only = bool(informal_tenses) and informal_tenses == {"imp.aff"}
    usted_imp = ("usted", "imp.aff") in readings
    ustedes_imp = ("ustedes", "imp.aff") in readings
    return _Verb(
        informal=informal,
        informal_imp_only=informal_imp_only,
        informal_other=bool(other_persons),
        imp_tu=("tu", "imp.aff") in readings,
        imp_vos=("vos", "imp.aff") in readings,
        imp_level=level,
        usted_imp=usted_imp,
        ustedes_imp=ustedes_imp,
        usted_ind=("usted", "ind.pres") in readings or ("usted", "ind.fut") in readings,
        third=bool(other_persons & {"usted", "ustedes"}),
        modal=any(lemma in _MODAL_LEMMAS and p == "usted" and t == "ind.pres" for lemma, p, t, _ in rows),
        base=any(t in ("inf", "ger") for _, t in readings),
        noun=noun,
        notice_only=all(lemma_levels.get(lemma, 1) == 0 for lemma in lemmas),
        de_object=bool(lemmas & _DE_LEMMAS),
        only_after_si=not usted_imp
        and not ustedes_imp
        and (not informal or (informal_imp_only and bool(other_persons) and level == 0)),
    )


class _FoldedForms(Mapping[str, _Verb]):
    """The table's spellings, each folded into a :class:`_Verb` the first time it is asked for.

    Folding all ~12,000 spellings up front cost 0.15 s of every cold ``sendlint message``; a message
    asks for a few dozen.
    """

    def __init__(
        self,
        rows: dict[str, list[tuple[str, str, str, str]]],
        flags: dict[str, set[str]],
        lemma_levels: dict[str, int],
    ) -> None:
        self._rows = rows
        self._flags = flags
        self._lemma_levels = lemma_levels
        self._folded: dict[str, _Verb] = {}

    def get(self, form: str, default: Any = None) -> Any:  # the hot path: one dict lookup once folded
        verb = self._folded.get(form)
        if verb is None:
            rows = self._rows.get(form)
            if rows is None:
                return default
            verb = self._folded[form] = _fold(rows, self._flags.get(form, set()), self._lemma_levels)
        return verb

    def __getitem__(self, form: str) -> _Verb:
        verb = self.get(form)
        if verb is None:
            raise KeyError(form)
        return verb

    def __contains__(self, form: object) -> bool:
        return form in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    forms: Mapping[str, _Verb]
    # Every imperative, infinitive and gerund without its acute accents: a word ending in a clitic is
    # looked at further only when what precedes the clitic, unaccented, is one of these.
    plain_stems: frozenset[str]


# The readings that make a spelling a possible stem of an enclitic form (_Verb.base, imp_tu, imp_vos,
# usted_imp, ustedes_imp), read straight from the rows so the stems need no folding.
_STEM_READINGS = frozenset(
    {("tu", "imp.aff"), ("vos", "imp.aff"), ("usted", "imp.aff"), ("ustedes", "imp.aff")}
)


@cache
def _lexicon() -> _Lexicon:
    """The shipped verb-form table, by spelling. Loaded once, on first use; spellings fold lazily."""
    text = files("sendlint.corpora").joinpath(FORMS_TABLE).read_text(encoding="utf-8")
    rows: dict[str, list[tuple[str, str, str, str]]] = {}
    flags: dict[str, set[str]] = {}
    lemma_levels: dict[str, int] = {}
    header_seen = False
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if not header_seen:  # the column-name line
            header_seen = True
            continue
        form, lemma, person, tense, _ambiguous, row_flags = line.split("\t")
        rows.setdefault(form, []).append((lemma, person, tense, row_flags))
        for flag in row_flags.split(","):
            if flag == "noun":
                flags.setdefault(form, set()).add("noun")
            elif flag.startswith("imp="):
                lemma_levels[lemma] = _IMP_LEVEL[flag[4:]]
    stems = frozenset(
        form.translate(_ACUTE)
        for form, readings in rows.items()
        if any(
            tense in ("inf", "ger") or (person, tense) in _STEM_READINGS for _, person, tense, _ in readings
        )
    )
    return _Lexicon(_FoldedForms(rows, flags, lemma_levels), stems)


# --- word lists (closed grammatical classes, not vocabulary: they stay here) --------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ARTICLES = _words("el la los las lo un una unos unas")
_DETERMINERS = _ARTICLES | _words(
    """este esta estos estas esto ese esa esos esas eso aquel aquella todo toda todos todas nuestro nuestra
    nuestros nuestras cualquier cualquiera otro otra otros otras cada mucho mucha muchos muchas"""
)
_TU_POSSESSIVES = frozenset({"tu", "tus"})
_SU_POSSESSIVES = frozenset({"su", "sus"})
# Words after which an enclitic form is a noun, not an imperative (el debate, su remate).
_NOUN_OPENERS = _DETERMINERS | _words("del al mi mis tu tus su sus")
# Words that can open the object or complement of an imperative (level "full").
_FULL_OBJECT = (
    _DETERMINERS
    | _TU_POSSESSIVES
    | _words(
        """al a en con sin por para desde hasta que si cómo qué dónde cuándo cuánto cuánta cuántos cuántas
    quién ya ahora aquí acá hoy más"""
    )
)
# What a noun homograph needs after it to read as an imperative (Reserva tu mesa, Compra ya).
_DET_OBJECT = _DETERMINERS | _TU_POSSESSIVES | {"ya", "ahora"}
_INDEF_OBJECT = _DETERMINERS - _ARTICLES | _TU_POSSESSIVES | {"un", "una", "unos", "unas"}
_USTED_DET_OBJECT = _DETERMINERS | _SU_POSSESSIVES
_CLITICS = _words("me te se nos lo la los las le les")
# Words after which a noun-homograph verb form (compras, dudas) is read as a verb (not lo/la/los/las:
# they are articles too, "las cuentas").
_VERB_LICENSORS = _words("me te se nos le les") | _words(
    """tú vos no ya si cuando cómo dónde cuándo que también nunca siempre aún todavía solo sólo"""
)
_PREPOSITIONS = _words(
    """a ante bajo con contra de desde en entre hacia hasta para por según sin sobre tras"""
)
# Round 65 (h98-es-029, "la caminata con llamas del sábado"): a preposition takes a noun, a pronoun or an
# infinitive, never a conjugated verb, so a verb form right after one is its noun homograph (con llamas, sin
# cargas, de compras). "según" (según dices) and "hasta" (hasta pagas menos: "even") do take a verb.
_NOUN_PREPOSITIONS = _PREPOSITIONS - _words("según hasta")
_VOS_LEFT = _words("""a ante con contra entre hacia hasta para por según sin sobre tras que y e o u como""")
_CONJUNCTIONS = _words("y e o u")
# Round 48 (h64-es-059): words after which a verb form is a noun ("unas guardas nuevas", "sus pasas"): articles,
# determiners and possessives that are never an object pronoun ("la/las/lo/los" are: "las guardas en la nevera").
# "tu" stays out ("tu guardas" is "tú" unaccented), and so do "mucho/mucha" (adverbs: "mucho trabajas").
_NOT_BEFORE_VERB = _NOUN_OPENERS - _CLITICS - _TU_POSSESSIVES - _words("mucho mucha")
_ARTICLE_CLITICS = _words("la las los")
# Round 48 (h65-es-034): "tal ves", "una ves", "en ves de": "vez" misspelt (a language error), never the verb "ves".
_VEZ_BEFORE = _words("tal una otra cada alguna rara esta en")
# Round 55 (h79-es-017, and h48/h61/h73's language lines): "abra un corte / una asamblea / un acceso" is "habrá"
# misspelt (what there will be, a language error), not the usted imperative of "abrir", which opens a definite
# thing ("abra la app", "abra el enlace").
_HABRA_BEFORE = _words("un una unos unas")
_SI = frozenset({"si"})
# "si tiene (alguna) duda": a question the reader may have, after "si" + a usted modal with no subject,
# addresses the reader (a third person would be named: "si su hijo tiene dudas").
_READER_QUERY_DETERMINERS = _words("alguna algún algun cualquier otra otras más mas")
_READER_QUERIES = _words(
    """duda dudas pregunta preguntas consulta consultas inquietud inquietudes problema problemas
    inconveniente inconvenientes comentario comentarios"""
)
# Interjections spelled like usted imperatives ("¡Venga, aprovecha!" is tú in Spain, "¡Vaya oferta!" is
# no one, "o sea"): imperatives only before one of _INTERJECTION_OBJECT (``Venga a vernos``).
_INTERJECTIONS = frozenset({"venga", "vaya", "sea"})
_INTERJECTION_OBJECT = _words("a al en con por para hasta desde el la los las un una su sus usted")
# Prepositions and other function words that share a spelling with a verb form (sobre, entre, una).
_FUNCTION_WORDS = _words(
    """sobre entre una unas uno unos bajo para como ante tras contra desde hasta según mientras durante
    mediante antes después luego pronto solo sólo casi bien mal nada algo nadie cada tanto mucho poco
    mismo claro bueno pues hola adiós gracias ojalá salvo excepto incluso menos más vale"""
)
# What may precede a "su"/"le" that then addresses the reader for sure: greetings and capitalised names.
_GREETINGS = _words(
    """hola buenos buenas días tardes noches estimado estimada estimados estimadas querido querida
    apreciado apreciada señor señora sr sra srta don doña cliente clienta usuario usuaria"""
)
_OPENING_WORDS = 6
# First-person-plural message verbs after which a clause-initial "Le" addresses the reader (h9).
_LE_TO_READER = _words(
    """recordamos informamos comunicamos agradecemos pedimos invitamos confirmamos avisamos notificamos
    solicitamos sugerimos recomendamos rogamos ofrecemos deseamos"""
)
_OPENING_CUES = frozenset({"su", "sus", "le"})
# The one-syllable imperatives that take enclitics (dame, dile, hazlo, ponte, tenlo, vete, venme, salte,
# sélo, deme): any other short stem is a coincidence (val+la, "Valla" for "Vaya").
_IRREGULAR_PARTICIPLES = _words(
    "hecho dicho visto puesto escrito vuelto devuelto roto abierto cubierto resuelto"
)


# Forms of "estar" and "quedar" a participle or adjective follows: a tú verb right after one is a participle whose h
# was dropped ("las copias ya están echas": "hechas"; round 74, h117-es-059), not the reader addressed.
_PARTICIPLE_COPULAS = _words(
    """está están estaba estaban estará estarán estuvo estuvieron queda quedan quedó quedaron quedará quedarán"""
)


def _is_participle(word: str | None) -> bool:
    """A past participle after "haz" ("haz dejado", "haz hecho"): the auxiliary "has" misspelt."""
    return word is not None and (word.endswith(("ado", "ido")) or word in _IRREGULAR_PARTICIPLES)


_MONOSYLLABIC_IMPERATIVES = _words("da di haz pon ten ve ven sal sé dé")
# Nouns spelled like imperative + clitic (ve+la).
_NOT_ENCLITIC = frozenset({"vela", "velas", "velo", "velos"})
# Words in -os/-es/-as before a vos order that are not plural nouns (see _after_plural_noun).
_NOT_PLURAL_NOUNS = _words(
    """entonces además apenas quizás jamás atrás porfis ustedes ellos ellas nosotros todos todas"""
)
_USTED_ABBREVIATIONS = frozenset({"ud", "vd", "uds", "vds"})
_TU_POSSESSIVE_LONG = frozenset({"tuyo", "tuya", "tuyos", "tuyas"})
_SU_POSSESSIVE_ALL = frozenset({"su", "sus", "suyo", "suya", "suyos", "suyas"})

# Sentence-level language guard: a sentence with more of these English words than Spanish ones is not
# read (``Thank you for your order``). Words shared by both languages (a, no, me) are in neither list.
_ENGLISH = _words(
    """the you your yours and to of is are was were for with this that it its on at be will have had please
    we our my from by or if as can an thank thanks hi hello dear here there would should could just get
    into about been do does did what when how which who they them their he she his her"""
)
_SPANISH = _words(
    """el la los las de del que y en por para con es un una su sus tu tus se al lo te le les mi nos más
    pero como ya este esta hola gracias si sí usted vos tú ti hoy aquí desde hasta sin también muy está
    son tiene puede"""
)

# Enclitic pronoun groups (``me``, ``nos``, ``selo``...), looked up by length, longest first.
_ENCLITIC_GROUPS = frozenset(
    {*_CLITICS, *(a + b for a in ("me", "te", "se", "nos") for b in ("lo", "la", "los", "las"))}
)
_ENCLITIC_LENGTHS = tuple(sorted({len(group) for group in _ENCLITIC_GROUPS}, reverse=True))
# A word can end in a clitic group only if it ends in one of these (a cheap test before _enclitic).
_ENCLITIC_TAILS2 = frozenset(group for group in _ENCLITIC_GROUPS if len(group) == 2)
_ENCLITIC_TAILS3 = frozenset(group[-3:] for group in _ENCLITIC_GROUPS if len(group) >= 3)
_ACUTE = str.maketrans("áéíóú", "aeiou")
_ADD_ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}

# Words handled before the verb table: pronouns, possessives, object pronouns.
_PRONOUN_WORDS = (
    frozenset({"tú", "usted", "vos", "ustedes", "contigo", "ti", "te", "le", "les"})
    | _TU_POSSESSIVES
    | _TU_POSSESSIVE_LONG
    | _SU_POSSESSIVE_ALL
)

# --- tokenizer ----------------------------------------------------------------------------------------

# Token kinds: the regex's group numbers (``match.lastindex``; no inner group captures). Group 6 is the
# fallback for a word the first branch declined because an address or e-mail could start there.
_WORD, _SKIP, _NUM, _SENT, _CLAUSE, _WORD_FALLBACK = range(1, 7)

# Why `re` and not re2: this pattern is ours, fixed, and linear (possessive quantifiers, no nesting). It
# runs on the lowercased text; characters no branch matches (spaces, ``*``, ``%``, ``€``, ``_``) are not
# tokens. Words come first: the common case then costs one scan (the guard only looks at what follows).
_WORD_PATTERN = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*+"  # combining accents of NFD text included
_TOKEN_RE = lazy_re(
    rf"""
    (?=[^ \t])(?:                                    # spaces start no token: fail them at once
    ({_WORD_PATTERN})(?![\w.+-]*+@|[.:/][\w/])       # 1 word, unless an e-mail, domain or URL starts here
  | (                                                 # 2 skip: URLs, e-mails, domains, placeholders, quotes
        (?:https?://|www\.)[^\s<>"]*[^\s<>".,;:!?)\]]   # not the sentence's final dot
      | [\w.+-]++@[\w-]+(?:\.[\w-]+)+
      | (?<![\w.])[\w-]++\.(?:[\w-]++\.)*+[a-z]{{2,6}}(?![\w])(?:/[^\s<>"]*)?
      | \{{\{{.*?\}}\}} | [$%]?\{{[^{{}}\n]*\}} | %\(\w+\)[a-z] | %[sd](?!\w)
      | [\#@]\w+
      | «[^«»\n]{{0,300}}» | “[^“”\n]{{0,300}}” | „[^„“”\n]{{0,300}}[“”] | "[^"\n]{{0,300}}"
      | ‘[^‘’\n]{{0,300}}’
    )
  | (\d+(?:[.,:]\d+)*)                              # 3 number
  | ([.!?¡¿…\n\r]+)                                  # 4 sentence boundary (the dot of Ud. too: see below)
  | ([,;:•·|()\[\]–—\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]
     |(?<!\S)-(?!\S))                               # 5 clause boundary, emoji included
  | ({_WORD_PATTERN})                                 # 6 word after all (``llegó.paga`` is no domain)
    )""",
    re.VERBOSE,
)


# Opening hours after a weekday abbreviation: "Tu 9-14", "Tu 10:00 am".
_HOURS_RE = lazy_re(r"\s*\d{1,2}(?::\d\d)?\s*(?:[-–]|[ap]\.?m\b|h\b)", re.IGNORECASE)

# --- detection ----------------------------------------------------------------------------------------

# A candidate cue before the message-level steps: form key ("tu" | "vos" | "usted" | "shared").
_Candidate = tuple[str, int, int, str, bool, int]  # form, start, end, kind, strong, sentence


def _accented(word: str) -> bool:
    return word != word.translate(_ACUTE)


def _with_final_acute(stem: str) -> str | None:
    for index in range(len(stem) - 1, -1, -1):
        if stem[index] in _ADD_ACUTE:
            return stem[:index] + _ADD_ACUTE[stem[index]] + stem[index + 1 :]
    return None


# h80 (round 56): the "u" of "gui", "qui" is silent, so "segui" (seguí + nos) has two syllables and no diphthong at its
# end: "seguinos", "conseguilo" are vos imperatives with their clitic, as "escribinos" is.
_SILENT_U_RE = lazy_re(r"(?<=[gq])u(?=[ieíé])")


def _polysyllabic(stem: str) -> bool:
    stem = _SILENT_U_RE.sub("", stem)
    vowels = sum(1 for char in stem if char in "aeiouáéíóú")
    return vowels > 1 and not stem.endswith(("ai", "ei", "oi", "ui", "au", "eu"))


def _informal_imperative(verb: _Verb) -> str:
    return "shared" if verb.imp_tu and verb.imp_vos else "tu" if verb.imp_tu else "vos"


def _imperative_reading(stem: str, lexicon: Mapping[str, _Verb]) -> str | None:
    """How the stem of an enclitic form reads: "tu", "vos", "shared", "usted", "ustedes", "base" or None."""
    verb = lexicon.get(stem)
    if verb is not None and verb.base:
        return "base"  # verte, darle, recordarte
    if not _polysyllabic(stem) and stem not in _MONOSYLLABIC_IMPERATIVES:
        return None  # "Valla" is no val+la
    accented = _accented(stem)
    if verb is not None:
        if accented:
            # The accent is the form's own (envía, pagá + melo): read it as it is.
            if verb.imp_tu or verb.imp_vos:
                return _informal_imperative(verb)
            if verb.usted_imp:
                return "usted"
        elif verb.imp_tu or verb.imp_vos or verb.usted_imp or verb.ustedes_imp:
            if verb.imp_tu and not verb.imp_vos and _polysyllabic(stem):
                # paga+la -> pagala: written correctly only as voseo (pagá+la); tú needs págala.
                accented_stem = _with_final_acute(stem)
                vos = lexicon.get(accented_stem) if accented_stem else None
                if vos is not None and vos.imp_vos:
                    return "vos"
                return "tu"  # recuerdalo: tú with its accent left out (vos is recordalo)
            if verb.imp_tu or verb.imp_vos:
                return _informal_imperative(verb)
            return "usted" if verb.usted_imp else "ustedes"
    if accented:
        # The clitic added the accent: págala, páguela, ayudándote.
        plain = lexicon.get(stem.translate(_ACUTE))
        if plain is None:
            return None
        if plain.base:
            return "base"
        if plain.imp_tu or plain.imp_vos:
            return _informal_imperative(plain)
        if plain.usted_imp:
            return "usted"
        return "ustedes" if plain.ustedes_imp else None
    if _polysyllabic(stem):
        # escribi+nos, hace+lo: the vos imperative loses its accent under a clitic.
        accented_stem = _with_final_acute(stem)
        vos = lexicon.get(accented_stem) if accented_stem else None
        if vos is not None and vos.imp_vos:
            return "vos"
    return None


def _enclitic(lower: str, lexicon: _Lexicon) -> tuple[str, str] | None:
    """(reading, clitic group) for an imperative, infinitive or gerund with attached pronouns."""
    if lower in _NOT_ENCLITIC:
        return None
    size = len(lower)
    for length in _ENCLITIC_LENGTHS:
        if (
            size - length >= 2
            and lower[-length:] in _ENCLITIC_GROUPS
            and lower[:-length].translate(_ACUTE) in lexicon.plain_stems
        ):
            reading = _imperative_reading(lower[:-length], lexicon.forms)
            if reading is not None:
                return reading, lower[-length:]
    return None


def _after_plural_noun(
    tokens: list[re.Match[str]], kinds: list[int], index: int, word_of: Callable[[re.Match[str]], str]
) -> bool:
    """Whether the word at ``index`` directly follows, in its clause, a plural content word (``condiciones``,
    ``precios``): there a word in -ales is the plural -al adjective agreeing with it (``condiciones generales``,
    ``cargos adicionales``), not a vos imperative whose accent was left out (``generá + les``). A vos order
    follows a clause start, a pronoun, a function word or an adverb (``después mandales``, ``vos avisales``)."""
    if not index or kinds[index - 1] != _WORD:
        return False
    previous = word_of(tokens[index - 1])
    return (
        len(previous) > 3
        and previous.endswith(("os", "es", "as"))
        and previous not in _FUNCTION_WORDS
        and previous not in _PRONOUN_WORDS
        and previous not in _NOT_PLURAL_NOUNS
    )


def _usted_in_sentence(found: list[_Candidate], sentence: int) -> bool:
    for candidate in reversed(found):
        if candidate[5] != sentence:
            return False
        if candidate[0] == "usted":
            return True
    return False


def _object_ok(level: int, verb: _Verb, next_lower: str, next_kind: int, next_shouts: bool = False) -> bool:
    """Whether the word after a clause-initial ambiguous imperative opens its object (see _IMP_LEVEL).

    At level full a keyword in capitals counts as an object too (``responde BAJA``, ``envía INFO``)."""
    if level == 0:
        return False
    if verb.de_object and next_lower in ("de", "del"):
        return True
    if level == 1:
        return next_lower in _TU_POSSESSIVES
    if level == 2:
        return next_lower in _INDEF_OBJECT
    if level == 3:
        return next_lower in _DET_OBJECT
    return next_lower in _FULL_OBJECT or next_kind == _SKIP or next_shouts


# What the reader brings along: the thing is theirs ("traer su toalla"); other verbs take the thing's
# possessive as well ("seguir su estado", "conocer su historia").
_CARRY_INFINITIVES = frozenset({"traer", "llevar", "presentar", "mostrar", "enseñar", "portar", "cargar"})


def _after_informal_order(
    found: list[_Candidate],
    tokens: list[re.Match[str]],
    kinds: list[int],
    index: int,
    word_of: Callable[[re.Match[str]], str],
    sentence: int,
) -> bool:
    """Whether the "su" at ``index`` follows an infinitive of bringing along that completes a strong tú/vos
    verb cue of the same sentence ("Recordá traer su toalla", "No olvides llevar sus documentos", "Acordate de traer su
    DNI"): the infinitive's subject is the reader, so "su" is the reader's, in usted. Not after a noun or
    a name ("Ayudá a tu hijo a traer su toalla": the son's towel)."""
    if not found or index < 2 or kinds[index - 1] != _WORD:
        return False
    form, _, cue_end, kind_name, strong, cue_sentence = found[-1]
    if form == "usted" or not strong or kind_name != "verb" or cue_sentence != sentence:
        return False
    if word_of(tokens[index - 1]) not in _CARRY_INFINITIVES:
        return False  # "Puedes seguir su estado": the status of the request, not the reader's
    before = index - 2
    if kinds[before] == _WORD and word_of(tokens[before]) == "de":
        before -= 1
    return before >= 0 and kinds[before] == _WORD and tokens[before].end() == cue_end


# "pase lo que pase", "cueste lo que cueste", "sea como sea", "esté donde esté": a subjunctive said twice around a
# relative is an impersonal concession ("whatever happens"), not an order to the reader (round 47, h63-es-007).
_REDUPLICATION_LINKS = (("lo", "que"), ("como",), ("donde",), ("cuando",), ("quien",), ("cuanto",))
_REDUPLICATION_FIRST = frozenset(link[0] for link in _REDUPLICATION_LINKS)
_REDUPLICATION_LAST = frozenset(link[-1] for link in _REDUPLICATION_LINKS)


def _reduplicated(
    tokens: list[re.Match[str]],
    kinds: list[int],
    index: int,
    word_of: Callable[[re.Match[str]], str],
    lower: str,
) -> bool:
    """True when the verb at ``index`` is one half of "X lo que X" / "X como X" (either half)."""
    count = len(tokens)

    def words(start: int, stop: int) -> tuple[str, ...] | None:
        if start < 0 or stop > count or any(kinds[i] != _WORD for i in range(start, stop)):
            return None
        return tuple(word_of(tokens[i]) for i in range(start, stop))

    for link in _REDUPLICATION_LINKS:
        size = len(link)
        after, before = words(index + 1, index + size + 2), words(index - size - 1, index)
        if after == (*link, lower) or before == (lower, *link):
            return True
    return False


_RELATIVES = _words("que quien quienes cual cuales cuyo cuya donde")
_RELATIVE_PREPOSITIONS = _words("a al con de del en por para sobre segun")


def _parenthesis_after_subject(
    tokens: list[re.Match[str]], kinds: list[int], index: int, word_of: Callable[[re.Match[str]], str]
) -> bool:
    """True when the verb at ``index`` follows a comma that closes a relative clause set off after a
    determiner and a noun ("el propietario, que está de viaje, diga"): that noun is the verb's subject, a
    third person, so the verb addresses nobody; the clause may open with a preposition ("al que ya hemos
    avisado"). Runs only for a usted verb right after a comma (the caller passes the "no" before one as
    ``index``)."""
    if tokens[index - 1].group() != ",":
        return False
    position = index - 2
    while position >= 0 and kinds[position] == _WORD:
        position -= 1  # back over the clause to the comma that opens it
    if position < 2 or kinds[position] != _CLAUSE or tokens[position].group() != ",":
        return False
    relative = position + 1
    # "el transportista, al que ya hemos avisado, no recoja": a preposition (and an article) before the relative
    if relative < index - 2 and word_of(tokens[relative]) in _RELATIVE_PREPOSITIONS:
        relative += 1
        if relative < index - 2 and word_of(tokens[relative]) in _ARTICLES:
            relative += 1
    if word_of(tokens[relative]) not in _RELATIVES or relative + 1 >= index - 1:  # "que" alone is no clause
        return False
    noun, determiner = position - 1, position - 2
    return (
        kinds[noun] == _WORD
        and kinds[determiner] == _WORD
        and word_of(tokens[determiner]) in _DETERMINERS
        and word_of(tokens[noun]) not in _FUNCTION_WORDS
    )


def _collect(text: str) -> list[_Candidate]:
    """Candidate cues in text order, after the language and quotation guards."""
    lexicon = _lexicon()
    forms = lexicon.forms
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters grow when lowercased (İ): tokenize the original
        lowered = text
    needs_nfc = not text.isascii() and not unicodedata.is_normalized("NFC", text)
    plain = lowered is not text and not needs_nfc  # match.group() is already the lookup key
    tokens = list(_TOKEN_RE.finditer(lowered))
    # Every match has exactly one group (the pattern has no other), so lastindex is never None.
    kinds = [_WORD if m.lastindex == _WORD_FALLBACK else m.lastindex or 0 for m in tokens]
    count = len(tokens)
    found: list[_Candidate] = []
    english_sentences: set[int] = set()
    sentence = 0
    imperative_sentence = -1  # the sentence whose last verb cue was a strong imperative
    abbreviation_dots: set[int] = set()  # where the dot of "Ud." is: it ends no sentence
    # True while every word so far is a greeting or a capitalised name ("Hola, Jorge.", "Caja Sierra:"):
    # a "su" or "le" there has nothing before it to refer to, so it can only mean the reader.
    opening = True
    opening_words = 0
    # Local names: this loop runs for every word of every message.
    pronoun_words, function_words, english_words = _PRONOUN_WORDS, _FUNCTION_WORDS, _ENGLISH
    tails2, tails3 = _ENCLITIC_TAILS2, _ENCLITIC_TAILS3
    get = forms.get

    def word_of(match: re.Match[str]) -> str:
        word = match.group()
        if lowered is text:
            word = word.lower()
        return unicodedata.normalize("NFC", word) if needs_nfc else word

    for index in range(count):
        kind = kinds[index]
        if kind != _WORD:
            if kind == _SENT and not (abbreviation_dots and tokens[index].start() in abbreviation_dots):
                sentence += 1
            elif kind == _NUM:
                opening = False
            elif kind == _CLAUSE and tokens[index].group() in (":", ";"):
                # h18: a colon or semicolon opens an explanation or a list ("Tomá diez gotas: cura infecciones, baja la
                # presión y elimina el colesterol"): a verb after "y" there continues no earlier imperative.
                imperative_sentence = -1
            continue
        match = tokens[index]
        lower = match.group() if plain else word_of(match)
        if lower in english_words:
            english_sentences.add(sentence)
        in_opening = opening
        if opening:
            opening_words += 1
            opening = opening_words <= _OPENING_WORDS and (
                lower in _GREETINGS or (text[match.start()].isupper() and lower not in _DETERMINERS)
            )

        pronoun_word = lower in pronoun_words
        verb: _Verb | None = None
        split: tuple[str, str] | None = None
        if lower in _USTED_ABBREVIATIONS:
            start, end = match.span()
            dotted = text[end : end + 1] == "."
            # "5 € / ud." and "12 ud" are "unidad"; a bare lowercase "ud" is too uncertain.
            unit = (index and kinds[index - 1] == _NUM) or "/" in text[max(0, start - 2) : start]
            if not unit and (dotted or text[start].isupper()):
                if dotted:
                    end += 1
                    abbreviation_dots.add(end - 1)
                found.append(("usted", start, end, "pronoun", lower in ("ud", "vd"), sentence))
            continue
        if not pronoun_word:
            if lower in function_words:
                continue
            verb = get(lower)
            if verb is None:
                if len(lower) < 4 or (lower[-2:] not in tails2 and lower[-3:] not in tails3):
                    continue
                split = _enclitic(lower, lexicon)
                if split is None or (split[0] == "base" and split[1][:2] not in ("te", "le")):
                    continue  # not a cue, or pagarlo / registrarse: no reader in the clitic
                if (
                    split == ("vos", "les")
                    and lower.endswith("ales")
                    and _after_plural_noun(tokens, kinds, index, word_of)
                ):
                    continue  # h44: "condiciones generales", "precios promocionales": an -al adjective, not generá+les
            elif verb.base:
                continue
            elif verb.only_after_si:
                # es, está, vence: a weak usted cue after "si"/"si no", or a modal at clause start.
                previous = word_of(tokens[index - 1]) if index and kinds[index - 1] == _WORD else ""
                if not (
                    previous in _SI
                    or (previous == "no" and index >= 2 and word_of(tokens[index - 2]) in _SI)
                    or (verb.modal and (not index or kinds[index - 1] in (_SENT, _CLAUSE)))
                ):
                    continue

        # --- context, only for candidates ---
        start, end = match.span()
        raw = text[start:end]
        prev = tokens[index - 1] if index else None
        nxt = tokens[index + 1] if index + 1 < count else None
        prev_kind = kinds[index - 1] if index else _SENT
        next_kind = kinds[index + 1] if index + 1 < count else _SENT
        prev_lower = "" if prev is None or prev_kind != _WORD else prev.group() if plain else word_of(prev)
        next_lower = "" if nxt is None or next_kind != _WORD else nxt.group() if plain else word_of(nxt)
        next_is_word = next_kind in (_WORD, _NUM, _SKIP)
        clause_start = prev_kind in (_SENT, _CLAUSE)
        shouting = len(raw) > 1 and raw.isupper()
        next_raw = (
            text[nxt.start() : nxt.end()] if nxt is not None and next_kind == _WORD else ""
        )  # case kept
        # Short all-caps words are acronyms (TU Delft, SOS, TI) unless a neighbour shouts too.
        weak_caps = False
        if shouting and len(raw) <= 3:
            prev_raw = text[prev.start() : prev.end()] if prev is not None and prev_kind == _WORD else ""
            weak_caps = not any(len(word) >= 3 and word.isupper() for word in (prev_raw, next_raw))
        # Title Case in mid-clause ("Tu Banco", "Hola Tomás"): a name, not an address.
        title_mid_clause = not clause_start and not shouting and raw[0].isupper()
        strong_ok = not weak_caps

        if in_opening and clause_start and lower in _OPENING_CUES:
            found.append(
                ("usted", start, end, "possessive" if lower != "le" else "clitic", strong_ok, sentence)
            )
            continue
        if pronoun_word:
            cue = _pronoun_cue(
                text,
                lower,
                start,
                end,
                prev_lower,
                next_lower,
                next_kind,
                next_is_word,
                clause_start,
                title_mid_clause and next_raw[:1].isupper(),
                raw,
                forms,
            )
            if cue is not None:
                form, kind_name, strong = cue
                if (
                    not strong
                    and lower in _SU_POSSESSIVES
                    and _after_informal_order(found, tokens, kinds, index, word_of, sentence)
                ):
                    strong = True  # "Recordá traer su toalla": the reader's own towel, in usted
                found.append((form, start, end, kind_name, strong and strong_ok, sentence))
            continue

        if title_mid_clause:
            continue  # Hola Tomás, Descarga Tu App
        if verb is not None and (
            prev_lower in _NOT_BEFORE_VERB
            or (prev_lower in _NOUN_PREPOSITIONS and not verb.base)
            or (prev_lower in _ARTICLE_CLITICS and next_lower in ("de", "del"))
            or (lower == "ves" and prev_lower in _VEZ_BEFORE)
            or (lower == "abra" and next_lower in _HABRA_BEFORE)
        ):
            # after a determiner the form is a noun; after la/las/los it is one when a "de" phrase follows ("las
            # guardas de papel"), since an object pronoun's verb is not followed by "de"
            continue
        prev_is_no = prev_lower == "no"
        before = tokens[index - 2] if index >= 2 else None
        before_kind = kinds[index - 2] if index >= 2 else _SENT
        before_lower = word_of(before) if before is not None and before_kind == _WORD else ""
        imperative_position = clause_start
        if not imperative_position:
            if prev_lower == "favor":
                imperative_position = True  # por favor confirme
            elif prev_is_no and (before_kind in (_SENT, _CLAUSE) or before_lower == "favor"):
                imperative_position = True  # No olvide
            elif prev_lower in _CONJUNCTIONS and imperative_sentence == sentence:
                imperative_position = True  # Llame ya y obtenga

        if split is not None:
            reading, clitic = split
            if (reading != "base" and prev_lower in _NOUN_OPENERS) or (
                reading == "usted" and clitic.startswith(("te", "os"))
            ):
                # "tras el debate", "su remate": an imperative never follows an article, determiner or
                # possessive (round 46, h60-es-013); an infinitive can ("el verte feliz"). And a usted
                # imperative never takes te/os, so "deba+te" is no usted order wherever it stands.
                continue
            if reading == "base":
                head = end - len(clitic)
                if (
                    in_opening
                    and index == 0
                    and next_kind == _CLAUSE
                    and nxt is not None
                    and nxt.group() == ":"
                ):
                    continue  # "Oírte: su audífono...": an infinitive as the sender's name before its colon
                if clitic.startswith("te"):
                    found.append(("shared", head, head + 2, "clitic", strong_ok, sentence))
                elif clitic in ("le", "les"):
                    found.append(("usted", head, end, "clitic", False, sentence))
                continue
            form = "usted" if reading == "ustedes" else reading
            found.append((form, start, end, "verb", reading != "ustedes" and strong_ok, sentence))
            imperative_sentence = sentence
            continue

        assert verb is not None
        if lower == "haz" and _is_participle(next_lower):
            continue  # "porque haz dejado": the auxiliary "has" misspelt (tú and vos alike), not the imperative
        if verb.informal and prev_lower in _PARTICIPLE_COPULAS:
            continue
        if verb.informal:
            # Unambiguous, or ambiguous only with vosotros/yo outside the imperative (vivís).
            if not verb.informal_other or (not verb.informal_imp_only and not verb.third):
                if verb.informal_imp_only:
                    # haz, ten, pagá, tené: imperative-only spellings; "sal" (salt) needs its object.
                    if verb.noun and not (
                        imperative_position and _object_ok(_IMP_LEVEL["det"], verb, next_lower, next_kind)
                    ):
                        continue
                    imperative_sentence = sentence
                elif verb.noun and prev_lower not in _VERB_LICENSORS:
                    continue  # tus compras, ¿Tiene dudas?
                found.append((verb.informal, start, end, "verb", strong_ok, sentence))
                continue
            if (
                verb.informal_imp_only
                and imperative_position
                and not prev_is_no
                # "Si paga hoy, ahorra un 10 %": after a usted cue in the same sentence, read the third
                # person (usted) present, not a tú imperative.
                and not (verb.third and _usted_in_sentence(found, sentence))
                and _object_ok(
                    verb.imp_level, verb, next_lower, next_kind, len(next_raw) > 1 and next_raw.isupper()
                )
                and not (lower == "sé" and next_lower == "que")  # "Sé que...": yo sé
            ):
                # paga, viví, ve: an imperative only in imperative position before its object.
                found.append((verb.informal, start, end, "verb", strong_ok, sentence))
                imperative_sentence = sentence
                continue
            # otherwise the same spelling may still be a usted cue (si paga)
        if (next_lower in _REDUPLICATION_FIRST or prev_lower in _REDUPLICATION_LAST) and _reduplicated(
            tokens, kinds, index, word_of, lower
        ):
            continue
        if verb.usted_imp and (lower not in _INTERJECTIONS or next_lower in _INTERJECTION_OBJECT):
            if (
                prev_kind == _CLAUSE and _parenthesis_after_subject(tokens, kinds, index, word_of)
            ) or (  # "..., al que ya hemos avisado, no recoja": the same with "no" before the verb
                prev_is_no
                and before_kind == _CLAUSE
                and _parenthesis_after_subject(tokens, kinds, index - 1, word_of)
            ):
                continue  # "salvo que el propietario, que está de viaje, diga otra cosa": a third person's verb
            if imperative_position and (
                not verb.noun
                or next_lower in _USTED_DET_OBJECT
                or (verb.de_object and next_lower in ("de", "del"))
            ):
                found.append(("usted", start, end, "verb", strong_ok, sentence))
                imperative_sentence = sentence
            elif (
                prev_lower == "que"
                and index >= 3
                and kinds[index - 3] == _WORD
                and word_of(tokens[index - 3]) == "le"
            ):
                # "Le pedimos que revise...": the subject of a request made to "le" is the reader.
                found.append(("usted", start, end, "verb", strong_ok, sentence))
                imperative_sentence = sentence
            elif not verb.noun and not verb.notice_only:
                found.append(("usted", start, end, "verb", False, sentence))  # cuando pague: usted or yo/él
            continue
        if verb.ustedes_imp and imperative_position and not verb.noun:
            found.append(("usted", start, end, "verb", False, sentence))
            continue
        if verb.usted_ind and not verb.noun:
            after_si = prev_lower in _SI or (prev_is_no and before_lower in _SI)
            if after_si or (clause_start and verb.modal):
                # "Puede descargarlo", "Debe firmarla": a clause-initial modal with no subject before an
                # infinitive that carries an object pronoun addresses the reader (the impersonal reading
                # needs a subject: "El envío puede tardar"); plain "Puede tardar" stays weak.
                strong_modal = clause_start and verb.modal and bool(_INFINITIVE_WITH_OBJECT.match(next_lower))
                if after_si and verb.modal and not strong_modal:
                    query = next_lower
                    if query in _READER_QUERY_DETERMINERS and index + 2 < count and kinds[index + 2] == _WORD:
                        query = word_of(tokens[index + 2])
                    strong_modal = query in _READER_QUERIES
                found.append(("usted", start, end, "verb", strong_ok and strong_modal, sentence))

    if english_sentences and found:
        foreign = _foreign_sentences(tokens, kinds, abbreviation_dots, english_sentences, word_of)
        found = [c for c in found if c[5] not in foreign]
    return found


def _foreign_sentences(
    tokens: list[re.Match[str]],
    kinds: list[int],
    abbreviation_dots: set[int],
    candidates: set[int],
    word_of: Callable[[re.Match[str]], str],
) -> set[int]:
    """The sentences among ``candidates`` with more English than Spanish function words."""
    english: dict[int, int] = {}
    spanish: dict[int, int] = {}
    sentence = 0
    for match, kind in zip(tokens, kinds, strict=True):
        if kind == _SENT and match.start() not in abbreviation_dots:
            sentence += 1
        elif kind == _WORD and sentence in candidates:
            word = word_of(match)
            if word in _ENGLISH:
                english[sentence] = english.get(sentence, 0) + 1
            elif word in _SPANISH:
                spanish[sentence] = spanish.get(sentence, 0) + 1
    return {s for s, n in english.items() if n > spanish.get(s, 0)}


def _pronoun_cue(
    text: str,
    lower: str,
    start: int,
    end: int,
    prev_lower: str,
    next_lower: str,
    next_kind: int,
    next_is_word: bool,
    clause_start: bool,
    title_pair: bool,
    raw: str,
    forms: Mapping[str, _Verb],
) -> tuple[str, str, bool] | None:
    """(form key, kind, strong) for a pronoun, possessive or object pronoun, or None when it is no cue."""
    if lower == "tú":
        return "tu", "pronoun", True
    if lower == "usted":
        return "usted", "pronoun", True
    if lower == "ustedes":
        return "usted", "pronoun", False
    if lower == "vos":
        following = forms.get(next_lower) if next_lower else None
        licensed = (
            prev_lower in _VOS_LEFT
            or clause_start
            or next_kind in (_SENT, _CLAUSE)
            or (following is not None and following.informal != "")
        )
        return "vos", "pronoun", licensed
    if lower == "contigo":
        return "shared", "pronoun", True
    if lower == "ti":
        return "shared", "pronoun", prev_lower in _PREPOSITIONS
    if lower in _TU_POSSESSIVES:
        if (start and text[start - 1] in "-/") or (end < len(text) and text[end] in "-/"):
            return None  # Mo-Tu, Tu/Th
        if not next_is_word:
            return "shared", "possessive", False  # ¿y tu?
        # "Tu 9-14": an English weekday abbreviation; "Tu Banco" in mid-clause: a brand name.
        weekday = raw == "Tu" and next_kind == _NUM and _HOURS_RE.match(text, end) is not None
        return "shared", "possessive", not title_pair and not weekday
    if lower in _TU_POSSESSIVE_LONG:
        return "shared", "possessive", True
    if lower == "te":
        # A clitic follows no article or preposition and precedes a verb: "un te verde", "té o café".
        if (
            prev_lower in _ARTICLES
            or prev_lower in _PREPOSITIONS
            or prev_lower in ("del", "al", "mi", "tu", "su")
            or next_lower in _PREPOSITIONS
            or next_lower in _CONJUNCTIONS
            or not next_is_word
        ):
            return None
        return "shared", "clitic", not title_pair
    if lower in _SU_POSSESSIVE_ALL:
        return "usted", "possessive", False
    # le, les. A clause-initial "Le" before a message verb in the first person plural ("Le recordamos que...",
    # "Le informamos") can only be the reader: no third person has been introduced for it to refer to.
    if lower == "le" and clause_start and next_lower in _LE_TO_READER:
        return "usted", "clitic", True
    return ("usted", "clitic", False) if next_is_word else None


@text_cache
def address_cues(text: str) -> tuple[AddressCue, ...]:
    """Every tú / vos / usted cue in ``text``, in text order, with code-point spans.

    See the module docstring for what counts as a cue and how strong it is. Shared (tú-or-vos) cues get
    the message's informal form: vos when a strong vos-only cue and no strong tú-only cue is present.

    Memoized (:func:`~sendlint.textstats.text_cache`): a pure function of the text over the cached lexicon,
    returning frozen cues, and the word loop of :func:`_collect` costs ~16 µs a Spanish SMS, while a
    campaign sends the same body many times.
    """
    found = _collect(text)
    strong_tu = strong_vos = False
    for form, _, _, _, strong, _ in found:
        if strong:
            if form == "tu":
                strong_tu = True
            elif form == "vos":
                strong_vos = True
    shared_form: Form = "vos" if strong_vos and not strong_tu else "tu"
    return tuple(
        AddressCue(
            shared_form if form == "shared" else form,  # type: ignore[arg-type]
            start,
            end,
            text[start:end],
            kind,  # type: ignore[arg-type]
            "strong" if strong else "weak",
            form == "shared",
        )
        for form, start, end, kind, strong, _ in found
    )


def _forms(cues: tuple[AddressCue, ...]) -> frozenset[Form]:
    strong = frozenset(c.form for c in cues if c.strength == "strong")
    if strong:
        return strong
    weak: dict[Form, int] = {}
    for cue in cues:
        weak[cue.form] = weak.get(cue.form, 0) + 1
    chosen = set()
    for form, n in weak.items():
        if n >= 2 and not any((form == "usted") != (other == "usted") for other in weak):
            chosen.add(form)
    return frozenset(chosen)


def forms_of_address(text: str) -> frozenset[Form]:
    """The forms of address ``text`` uses.

    The forms of its strong cues if it has any (weak cues are then ignored); otherwise each form given by
    at least two weak cues when no weak cue gives another form. Empty when the text shows none.
    """
    return _forms(address_cues(text))


def _tu_without_accent(cue: AddressCue) -> bool:
    """Whether a vos cue is also a tú enclitic imperative that lost its accent: ``revisalos`` is voseo
    (revisá + los) or ``revísalos`` misspelled; next to tú forms it is the misspelling (a language finding)."""
    if cue.form != "vos" or cue.kind != "verb":
        return False
    lower = cue.text.lower()
    lexicon = _lexicon()
    split = _enclitic(lower, lexicon)
    if split is None or split[0] != "vos":
        return False
    verb = lexicon.forms.get(lower[: -len(split[1])])
    return verb is not None and verb.imp_tu and not verb.imp_vos


def _first_pair(
    strong: list[AddressCue], kind: MixKind, *, voseo_locale: bool = False
) -> tuple[AddressCue, AddressCue] | None:
    """The first cue that conflicts (in ``kind``) with an earlier one, with the first of those.

    Outside a voseo locale an accentless enclitic imperative (``pagala``) next to tú is the tú form
    misspelled; in one (``voseo_locale``) it is the correct vos form, so it meets a tú-only cue as a mix."""
    first: dict[str, AddressCue] = {}
    for cue in strong:
        if kind == "formality":
            side = "usted" if cue.form == "usted" else "informal"
            other = "informal" if side == "usted" else "usted"
        elif cue.form == "usted" or cue.shared or (not voseo_locale and _tu_without_accent(cue)):
            continue
        else:
            side, other = cue.form, "vos" if cue.form == "tu" else "tu"
        if other in first:
            return first[other], cue
        first.setdefault(side, cue)
    return None


def mixed_address(text: str) -> tuple[AddressCue, AddressCue] | None:
    """The first pair of conflicting strong cues, earlier cue first, or None.

    A formality conflict (tú/vos against usted) wins over a voseo one (tú-only against vos-only): the
    latter is returned only when the text has no formality conflict. Use ``mix_kind`` to tell them apart.
    """
    return mixed_address_in_fields((text,))


def _name_spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where a name (the sender's brand) is written in ``text``, with its capitals, as whole words."""
    return [
        match.span()
        for name in names
        if name and name in text  # the pattern needs the name itself: most texts are not searched
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]


def mixed_address_in_fields(
    texts: Sequence[str], separator: str = "\n", *, voseo_locale: bool = False, names: Sequence[str] = ()
) -> tuple[AddressCue, AddressCue] | None:
    """``mixed_address`` over several fields of one message (subject, body, footer...) joined by
    ``separator``, with offsets into the joined text. Each field's start is a message start, so the body's
    opening "Su matrícula..." after a greeting is a strong usted cue even below a subject line.
    ``voseo_locale``: the message's locale writes vos (es-AR, es-UY...), where ``avisanos`` is vos, not a
    misspelled ``avísanos``. ``names``: the sender's names; a word inside one ("Llamas del Ande", "Ven a
    Ver Teatro") names the sender and addresses no one (h98-es-011)."""
    strong: list[AddressCue] = []
    offset = 0
    for text in texts:
        spans = _name_spans(text, names)
        strong.extend(
            # The first field's cues are already at their offsets (most messages have one field).
            replace(c, start=c.start + offset, end=c.end + offset) if offset else c
            for c in address_cues(text)
            if c.strength == "strong" and not any(start <= c.start and c.end <= end for start, end in spans)
        )
        offset += len(text) + len(separator)
    return _first_pair(strong, "formality") or _first_pair(strong, "voseo", voseo_locale=voseo_locale)


def mix_kind(pair: tuple[AddressCue, AddressCue]) -> MixKind:
    """Tell a ``mixed_address`` pair's kind: "formality" if one cue is usted, "voseo" if tú meets vos."""
    return "formality" if (pair[0].form == "usted") != (pair[1].form == "usted") else "voseo"


def cues_against_voice(text: str, voice: Form) -> tuple[AddressCue, ...]:
    """The cues of ``text`` that contradict a brand voice, for a finding per cue.

    Strong cues only; when the text has no strong cue, the weak cues of the forms ``forms_of_address``
    still reports. Shared tú/vos cues contradict only ``usted``.
    """
    cues = address_cues(text)
    strong = [c for c in cues if c.strength == "strong"]
    if strong:
        candidates = strong
    else:
        forms = _forms(cues)
        candidates = [c for c in cues if c.form in forms]

    def against(cue: AddressCue) -> bool:
        if voice == "usted":
            return cue.form != "usted"
        if cue.form == "usted":
            return True
        return not cue.shared and cue.form != voice

    return tuple(c for c in candidates if against(c))


# --- imperatives (for calls to action) ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Imperative:
    """What the verb table says about a word read as an affirmative imperative addressed to the reader.

    ``level`` is the table's ``imp=`` level for tú/vos forms (0 ``none`` ... 4 ``full``), not capped for
    nouns; usted forms get ``full`` unless every verb of the spelling is a notice verb (``llegue``: 0).
    ``noun`` marks spellings that are also common nouns (``compra``, ``reserva``); ``enclitic`` forms carry
    attached pronouns (``pruébalo``, ``escribinos``) and are imperatives wherever they stand.
    """

    lemma: str
    form: Form
    level: int
    noun: bool
    enclitic: bool


@cache
def _imperative_index() -> Mapping[str, tuple[str, Form, int]]:
    """Spelling -> (lemma, form, level) of its affirmative imperative reading (tú, then vos, then usted)."""
    text = files("sendlint.corpora").joinpath(FORMS_TABLE).read_text(encoding="utf-8")
    found: dict[str, tuple[str, Form, int]] = {}
    rank = {"tu": 0, "vos": 1, "usted": 2}
    levels: dict[str, int] = {}
    rows: list[tuple[str, str, str]] = []
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("form\t"):
            continue
        form, lemma, person, tense, _ambiguous, flags = line.split("\t")
        if tense != "imp.aff" or person not in rank:
            continue
        for flag in flags.split(","):
            if flag.startswith("imp="):
                levels[lemma] = _IMP_LEVEL[flag[4:]]
        rows.append((form, lemma, person))
    for form, lemma, person in rows:
        level = levels.get(lemma, _IMP_LEVEL["full"])
        current = found.get(form)
        if current is None or rank[person] < rank[current[1]]:
            found[form] = (lemma, person, level)  # type: ignore[assignment]
    return MappingProxyType(found)


@lru_cache(maxsize=8192)  # a pure function of the word, asked for most words of a Spanish call to action (CLR301)
def imperative_of(word: str) -> Imperative | None:
    """``word`` (any case) read as a tú, vos or usted affirmative imperative, or None.

    Only the spelling is looked at: whether the word really is an imperative where it stands (``Compra
    en la web`` against ``Gracias por tu compra``, ``Cambia tu plan`` against ``Cambia el horario``) is
    the caller's decision, with ``level`` and ``noun`` as guides. Forms with attached pronouns are read
    through their stem (``pruébalo`` -> probar, ``escribinos`` -> escribir, vos).
    """
    lower = unicodedata.normalize("NFC", word.lower())
    index = _imperative_index()
    lexicon = _lexicon()
    reading = index.get(lower)
    if reading is not None:
        verb = lexicon.forms.get(lower)
        return Imperative(reading[0], reading[1], reading[2], bool(verb and verb.noun), False)
    if lower in lexicon.forms or len(lower) < 4:
        return None  # another person's form only (pagas, puede), or too short to carry a clitic
    split = _enclitic(lower, lexicon)
    if split is None or split[0] in ("base", "ustedes"):
        return None
    stem = lower[: -len(split[1])]
    for candidate in (stem, stem.translate(_ACUTE), _with_final_acute(stem.translate(_ACUTE)) or ""):
        reading = index.get(candidate)
        if reading is not None:
            form: Form = "usted" if split[0] == "usted" else "vos" if split[0] == "vos" else "tu"
            return Imperative(reading[0], form, _IMP_LEVEL["full"], False, True)
    return None
