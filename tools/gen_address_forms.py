"""Generate ``corpora/es/address-forms.tsv``: Spanish verb forms by form of address (tú / vos / usted).

Dev-time only. Run with the project's virtualenv (verbecc and simplemma are dev dependencies)::

    .venv/bin/python tools/gen_address_forms.py            # rewrite the table
    .venv/bin/python tools/gen_address_forms.py --check    # exit 1 if the committed table is stale

Why a generated table and not verbecc at run time: verbecc's first use trains a model for ~15 s and writes
into its own package folder, and it is LGPL-3.0. The shipped table is plain data derived from its output.

What the script does, in order:

1. Conjugates every verb of ``VERBS`` (the verbs most used in customer messaging) with verbecc, voseo type 3
   (rioplatense / central-american, the written norm of voseo), for the persons tú, vos, usted, ustedes and,
   to record homographs, yo / nosotros / vosotros.
2. Fixes verbecc's voseo where it is known to be wrong: its vos subjunctive loses every accent (``estes``
   for ``estés``), monosyllables take no written accent (``vas``, ``das``, ``ves``, ``da``, ``ve``; ``sé``
   keeps its diacritic), ``vos`` of *haber* is ``has``, *ir* has no synthetic vos imperative (``andá``
   comes from *andar*), *haber* has no imperative at all. verbecc 2.0.3 files *pasar*, *resultar* and
   *suceder* under defective third-person-only templates (and crashes on them): they are conjugated on a
   regular model verb instead.
3. Adds the accented voseo present subjunctive (``pagués``, ``tengás``) next to verbecc's ``pagues``: it is
   common in writing and is specific to vos (``no pagués``).
4. Keeps an ``other`` row (yo, nosotros, vosotros) only when its spelling is also a tú / vos / usted /
   ustedes form (``pague`` = yo subjunctive, ``viví`` = yo preterite, ``vivís`` = vosotros present), plus
   the infinitive and gerund of every verb (the detector strips enclitics down to them: ``recordarte``).
5. Flags forms that are also common nouns or adjectives (``compras``, ``reserva``, ``importe``) using
   simplemma's lemma (and spaCy's lookup table as a second opinion), corrected by two short hand lists.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import json
import logging
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


def _words_list(text: str) -> list[str]:
    return text.split()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "corpora" / "es" / "address-forms.tsv"

# Imperative levels (see lint/address.py): how much context a bare tú/vos imperative that is spelled like
# another person's form (``paga`` = tú imperative and él/usted present) needs before it counts.
#   full  before a determiner, possessive, ``que``/``si``/wh-word, a preposition, ``ya``/``ahora``/``hoy``
#         or a keyword in capitals (``responde BAJA``): the calls to action brands send (IMP_FULL)
#   det   only before a determiner, a tú/vos possessive or ``ya``/``ahora``: what a noun homograph gets
#         (``Descarga la app``, not ``Descarga completada``); no verb is listed at this level, the
#         detector caps nouns at it
#   indef only before an indefinite, demonstrative or quantifier determiner or a tú/vos possessive
#         (``Recibe un 10 %``, ``Sigue estos pasos``; not ``Recibe el importe``, ``Sigue disponible``)
#   poss  only before ``tu``/``tus``: the default, for verbs whose third person also describes things
#         (``Cubre el 100 %``, ``Cambia el horario``, ``Vuelve el 2x1``)
#   none  never as a bare imperative (``Vence el día 5``, ``Llega mañana``); enclitic forms still count,
#         and their usted subjunctive (``cuando llegue``) is not even a weak cue
IMP_FULL = _words(
    """pagar abonar recargar comprar reservar confirmar cancelar activar desactivar renovar actualizar
    verificar revisar consultar comprobar chequear checar llamar contactar comunicar contestar responder
    escribir enviar reenviar mandar aceptar firmar completar llenar rellenar descargar instalar ingresar
    acceder registrar suscribir inscribir presionar pulsar tocar clicar seleccionar marcar recordar
    olvidar usar utilizar evitar regularizar agendar retirar solicitar aprovechar disfrutar descubrir
    visitar acercar elegir escoger pedir conseguir obtener ahorrar canjear compartir contratar conocer
    gozar guardar habilitar mirar participar personalizar preguntar probar programar reclamar recuperar
    regalar tramitar validar valorar votar ver ir venir hacer poner salir decir dar traer cuidar
    proteger avisar buscar explorar gestionar imprimir introducir adjuntar agregar añadir anotar apuntar
    domiciliar fraccionar cotizar depositar transferir escanear escuchar desbloquear bloquear conectar
    borrar eliminar configurar copiar leer preparar organizar aguardar encontrar imaginar vivir saber
    despreocupar preocupar enterar informar acudir ser echar disculpar digitar teclear oprimir redimir
    reiniciar sacar diligenciar calificar puntuar opinar"""
)
IMP_INDEF = _words("cargar ganar llevar mostrar presentar recibir seguir tomar esperar")
IMP_NONE = _words(
    """acabar aplicar caducar comenzar contener corresponder costar depender durar empezar encantar estar
    existir expirar faltar finalizar funcionar gustar haber importar incluir interesar llegar merecer
    ocurrir parecer quedar resultar servir suceder tardar terminar valer vencer"""
)

# Verbs most used in customer messaging (SMS, WhatsApp, email, push), infinitive without reflexive
# ``-se``: pronominal uses (``acércate``, ``comuníquese``) are handled by the detector's enclitic split.
VERBS: tuple[str, ...] = tuple(
    dict.fromkeys(
        _words_list(
            """ser estar haber tener hacer poder querer venir ir andar ver saber decir dar poner salir traer oír
    conocer seguir elegir pedir conseguir obtener mantener detener disponer proponer reponer deber creer
    leer llevar dejar pasar quedar parecer sentir pensar encontrar volver devolver resolver mover perder
    entender atender extender ofrecer agradecer aparecer merecer reconocer establecer restablecer
    permanecer conducir reducir introducir traducir producir corregir dirigir recoger escoger proteger
    pagar abonar recargar cargar comprar reservar confirmar cancelar anular activar desactivar renovar
    actualizar verificar revisar consultar comprobar chequear checar llamar contactar comunicar
    contestar responder escribir enviar mandar reenviar recibir aceptar rechazar firmar completar llenar
    rellenar descargar instalar desinstalar ingresar acceder entrar registrar suscribir inscribir
    iniciar cerrar abrir presionar pulsar tocar clicar seleccionar marcar recordar olvidar preocupar
    despreocupar acercar mostrar presentar usar utilizar evitar regularizar agendar retirar solicitar
    aprovechar disfrutar descubrir visitar abonar acompañar aclarar acreditar adelantar adjuntar agregar
    añadir ahorrar ajustar alquilar anotar apagar aplazar aportar apoyar aprobar apuntar archivar
    asegurar asistir autorizar avisar ayudar bajar borrar buscar calcular cambiar canjear celebrar
    cobrar colaborar comentar compartir comparar configurar conectar desconectar contar contratar
    continuar controlar copiar cotizar cuidar cumplir depositar desbloquear bloquear descansar descontar
    desear domiciliar donar eliminar empezar comenzar terminar finalizar acabar enterar entregar esperar
    aguardar evaluar explorar facturar felicitar fijar formalizar fraccionar financiar ganar gastar
    gestionar gozar guardar habilitar deshabilitar hablar identificar ignorar imprimir indicar informar
    intentar invitar jugar liquidar llegar lograr mejorar mencionar mirar modificar navegar necesitar
    notificar operar optar ordenar organizar participar personalizar planear planificar preguntar
    preparar probar programar proporcionar publicar reclamar recomendar recuperar regalar regresar
    reportar respetar saldar sumar tomar tramitar transferir validar valorar viajar votar vencer caducar
    expirar quedar faltar costar valer incluir durar tardar aplicar existir ocurrir suceder servir
    depender corresponder importar interesar gustar encantar funcionar resultar contener abrir aprender
    beber comer correr decidir describir dormir emitir omitir permitir prometer romper sorprender subir
    unir vender vivir convertir prevenir repetir sugerir sustituir transmitir partir compartir apuntar
    animar atrever relajar acordar asegurar alegrar preocupar equivocar olvidar dirigir levantar sentar
    quejar interesar unir sumar afiliar vincular asociar abandonar acumular adquirir advertir afectar
    agotar alcanzar almacenar ampliar analizar aprovechar arreglar asignar atender aumentar averiguar
    bloquear cerrar cobrar comentar completar comprometer confiar consumir contribuir crear cubrir dañar
    declarar dedicar definir demostrar denunciar describir despedir detectar devolver diferir disminuir
    distribuir editar ejecutar elaborar encargar encender enseñar entregar escanear escuchar especificar
    estudiar examinar experimentar explicar facilitar fallar figurar generar grabar imaginar impedir
    incorporar insistir inscribir instalar intercambiar invertir justificar limitar limpiar manejar
    mandar mantener medir meter migrar mudar negociar nombrar obligar observar obtener ocupar pactar
    perdonar perseguir pertenecer planear plantear poseer practicar preferir presumir prestar pretender
    procesar proceder prohibir proteger provocar quitar realizar recibir recomendar reconocer recorrer
    referir reflejar regular reintegrar relacionar reparar repasar reprogramar requerir resolver
    responder retrasar reunir revisar rodear saludar satisfacer señalar simular situar solucionar
    soportar sospechar subscribir superar suponer suspender tramitar transportar tratar unificar
    vincular vigilar visualizar volar dudar apurar echar disculpar digitar teclear oprimir desconfiar
    opinar puntuar platicar redimir reiniciar sacar festejar diligenciar posponer agilizar ahorrar
    aprovechar calificar cancelar cambiar canjear cuidar disfrutar elegir encontrar estrenar formar
    llamar mirar pasear regalar sorprender brindar ingresar adherir activar desactivar acudir dirigir
    personalizar pedir aguardar consultar contratar domiciliar enrolar escoger esperar indicar pulsar
    reclamar reservar respaldar retirar suscribir validar armar"""
        )
    )
)

# Forms simplemma/spaCy take for nouns but that are overwhelmingly verbs in customer messages.
NOT_NOUN = _words(
    """abras acepta aceptas aplique apliques añada añadas agote agotes bajá bajás borra borras busca buscas
    cancelaría cancelarías cancelas checa checas clica clicas cobras compartes comprueba compruebas
    conteste contestes contrata contratas correría correrías cotiza cotizas dejas dejes depositaría
    depositarías descargue descargues disfrute disfrutes elegía elegías empiece empieces encante
    encantes enseña enseñas escriba escribas escucha escuchas estrenas guarda guardas guardés habla
    hablas haces haz hayas llama llamas manda mandas mira miras pasa pasas paga pagas presta prestas
    preste prestes queda quedas quita quitas quite quites rechace rechaces reclame reclames recibís
    referí referís regala regalas resultas rodeas saluda situaran situaras tarda tardas toca toma usaran
    usaras utilizaran utilizaras valía valías vayas vendería venderían venderías verían verías volverían
    volverías"""
)
# Nouns, adjectives and names the lemmatisers miss.
ALSO_NOUN = _words(
    """sal agenda tomás activa activas completa completas llena llenas firme presente libre pase"""
)

TENSES: dict[tuple[str, str], str] = {
    ("indicativo", "presente"): "ind.pres",
    ("indicativo", "pretérito-perfecto-simple"): "ind.pret",
    ("indicativo", "pretérito-imperfecto"): "ind.impf",
    ("indicativo", "futuro"): "ind.fut",
    ("condicional", "presente"): "cond",
    ("subjuntivo", "presente"): "subj.pres",
    ("subjuntivo", "pretérito-imperfecto-1"): "subj.impf",
    ("imperativo", "afirmativo"): "imp.aff",
    ("imperativo", "negativo"): "imp.neg",
}
PERSONS = {"tú": "tu", "vos": "vos", "usted": "usted", "ustedes": "ustedes"}
OTHER_PRONOUNS = frozenset({"yo", "nosotros", "vosotros"})
TARGET_PERSONS = frozenset(PERSONS.values())

Row = tuple[str, str, str, str]  # form, lemma, person, tense


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def _syllables(word: str) -> int:
    """Rough count of vowel nuclei: enough to tell monosyllables (``vás``) from the rest."""
    vowels = "aeiouáéíóúü"
    count, previous = 0, False
    for char in word:
        is_vowel = char in vowels
        # Strong-vowel hiatus (``leer``) and accented weak vowels (``oí``) open a new syllable.
        if is_vowel and (not previous or char in "áéíóú"):
            count += 1
        previous = is_vowel
    return count


def _fix_vos(lemma: str, tense: str, form: str, tu_form: str | None) -> str | None:
    """Correct verbecc's voseo output (see module docstring); None drops the form."""
    if tense in ("subj.pres", "imp.neg") and tu_form and _strip_accents(tu_form) == form:
        # verbecc strips every accent from the vos subjunctive: ``estes`` for ``estés``.
        return tu_form
    if lemma == "haber":
        return "has" if tense == "ind.pres" else form
    if lemma == "ir" and tense == "imp.aff":
        return None
    if _syllables(form) == 1 and form != "sé" and _strip_accents(form) != form:
        return tu_form if tense == "imp.aff" and tu_form else _strip_accents(form)
    return form


# verbecc 2.0.3 files these regular verbs under defective (third-person-only) templates and its voseo
# step crashes on them; they are conjugated like a regular model verb with the stem swapped.
REGULAR_MODEL = {"ar": "cortar", "er": "comer", "ir": "vivir"}
DEFECTIVE_IN_VERBECC = frozenset({"pasar", "resultar", "suceder"})

Moods = dict[str, dict[str, list[dict[str, Any]]]]  # verbecc's JSON: mood -> tense -> person entries


def _conjugate(conjugator: Any, lemma: str) -> tuple[bool, Moods]:
    """verbecc's conjugation of ``lemma`` as plain data, and whether verbecc predicted its template."""
    if lemma in DEFECTIVE_IN_VERBECC:
        model = REGULAR_MODEL[lemma[-2:]]
        _, moods = _conjugate(conjugator, model)
        old, new = model[:-2], lemma[:-2]
        swapped = json.loads(json.dumps(moods, ensure_ascii=False).replace(f'"{old}', f'"{new}'))
        return False, swapped
    # Round-trip through verbecc's own JSON so the result is plain dicts and lists.
    data = json.loads(conjugator.conjugate(lemma, conjugate_pronouns=False).to_json())
    return bool(data["verb"].get("predicted")), data["moods"]


def _rows_for(lemma: str, moods: Moods) -> tuple[set[Row], set[Row]]:
    """Target rows (tú/vos/usted/ustedes, infinitive, gerund) and candidate ``other`` rows of one verb."""
    target: set[Row] = set()
    other: set[Row] = set()
    target.add((lemma, lemma, "other", "inf"))
    for entry in moods["gerundio"]["gerundio"]:
        for form in entry["c"]:
            target.add((str(form), lemma, "other", "ger"))
    for (mood, tense_name), tense in TENSES.items():
        entries = moods.get(mood, {}).get(tense_name, [])
        by_pronoun: dict[str, list[str]] = defaultdict(list)
        for entry in entries:
            for raw in entry["c"]:
                form = str(raw).removeprefix("no ").strip()
                if form and form != "-":
                    by_pronoun[str(entry.get("pr"))].append(form)
        if lemma == "haber" and tense in ("imp.aff", "imp.neg"):
            continue
        tu_forms = by_pronoun.get("tú", [])
        for pronoun, forms in by_pronoun.items():
            for form in forms:
                if pronoun == "vos":
                    fixed = _fix_vos(lemma, tense, form, tu_forms[0] if tu_forms else None)
                    if fixed is None:
                        continue
                    form = fixed
                if pronoun in PERSONS:
                    target.add((form, lemma, PERSONS[pronoun], tense))
                elif pronoun in OTHER_PRONOUNS:
                    other.add((form, lemma, "other", tense))
        if tense in ("subj.pres", "imp.neg"):
            # Accented voseo subjunctive: vosotros ``paguéis`` -> vos ``pagués``.
            for form in by_pronoun.get("vosotros", []):
                if form.endswith(("áis", "éis")):
                    target.add((form[:-3] + form[-3] + "s", lemma, "vos", tense))
    return target, other


def _lemmatisers() -> tuple[Any, dict[str, str]]:
    """simplemma and spaCy's Spanish lookup table (dev-only dependencies, imported here)."""
    from importlib.resources import files

    import simplemma

    lookup = json.loads(
        gzip.decompress((files("spacy_lookups_data") / "data" / "es_lemma_lookup.json.gz").read_bytes())
    )
    return simplemma, lookup


def _is_infinitive(word: str) -> bool:
    return word.endswith(("ar", "er", "ir", "ír"))


def _noun_forms(forms: Iterable[str]) -> set[str]:
    """Forms that are also a noun or adjective: a lemmatiser gives a non-verb lemma for them."""
    simplemma, lookup = _lemmatisers()
    nouns = set()
    for form in forms:
        lemma = simplemma.lemmatize(form, lang="es")
        known = simplemma.is_known(form, lang="es")
        spacy_lemma = lookup.get(form)
        if (not _is_infinitive(lemma) and (lemma != form or known)) or (
            spacy_lemma is not None and not _is_infinitive(spacy_lemma)
        ):
            nouns.add(form)
    return (nouns | (ALSO_NOUN & set(forms))) - NOT_NOUN


def _imp_level(lemma: str) -> str:
    if lemma in IMP_NONE:
        return "none"
    if lemma in IMP_FULL:
        return "full"
    return "indef" if lemma in IMP_INDEF else "poss"


def build_rows() -> tuple[list[tuple[str, str, str, str, str, str]], list[str], str]:
    """All table rows, the verbs conjugated by verbecc's predictor (not in its dictionary), its version."""
    logging.disable(logging.CRITICAL)  # verbecc logs its config and model loading at INFO
    from verbecc import CompleteConjugator, LangCodeISO639_1, LangSpecificOptionsEs, VoseoOptions

    conjugator = CompleteConjugator(LangCodeISO639_1.es, LangSpecificOptionsEs(VoseoOptions.VoseoTipo3))
    target: set[Row] = set()
    other: set[Row] = set()
    predicted: list[str] = []
    for lemma in VERBS:
        was_predicted, moods = _conjugate(conjugator, lemma)
        if was_predicted:
            predicted.append(lemma)
        verb_target, verb_other = _rows_for(lemma, moods)
        target |= verb_target
        other |= verb_other

    addressed = {form for form, _, person, _ in target if person in TARGET_PERSONS}
    rows = target | {row for row in other if row[0] in addressed}
    persons_of: dict[str, set[str]] = defaultdict(set)
    for form, _, person, tense in rows:
        if tense not in ("inf", "ger"):
            persons_of[form].add(person)
    nouns = _noun_forms(addressed)

    out = []
    for form, lemma, person, tense in sorted(rows, key=lambda r: (r[0], r[1], r[2], r[3])):
        persons = persons_of.get(form, set())
        ambiguous = len(persons) > 1 or bool(persons & {"usted", "ustedes"})
        flags = []
        if form in nouns:
            flags.append("noun")
        if tense == "imp.aff" and person in ("tu", "vos"):
            flags.append(f"imp={_imp_level(lemma)}")
        out.append((form, lemma, person, tense, "1" if ambiguous else "0", ",".join(flags)))
    return out, sorted(predicted), importlib.metadata.version("verbecc")


HEADER = """\
# Spanish verb forms by form of address, for sendlint.address (tú / vos / usted detection).
# GENERATED by tools/gen_address_forms.py from verbecc {version} (voseo type 3); do not edit by hand,
# change the generator and run it again.
# Licence: verbecc is LGPL-3.0 (https://github.com/bretttolbert/verbecc). This table is data derived from
# its conjugation output (plus the generator's documented corrections); verbecc itself is not shipped
# and is not used at run time.
# {verbs} verbs. Conjugated by verbecc's template predictor (not in its dictionary): {predicted}.
# Conjugated on a regular model verb because verbecc's template for them is defective: {defective}.
# Columns (tab-separated):
#   form       lowercase, with accents
#   lemma      infinitive
#   person     tu | vos | usted | ustedes | other (yo, nosotros, vosotros; kept only when the spelling is
#              also a tu/vos/usted/ustedes form, plus every infinitive and gerund)
#   tense      ind.pres ind.pret ind.impf ind.fut cond subj.pres subj.impf imp.aff imp.neg inf ger
#   ambiguous  1 if the spelling has readings for more than one person in this table, or is a usted or
#              ustedes form (those always double as él/ella/ellos forms)
#   flags      noun: also a common noun, adjective or name (compras, reserva, importe);
#              imp=full|indef|poss|none on tú/vos imperative rows: the context a bare imperative needs
#              when it is spelled like another person's form (see tools/gen_address_forms.py)
"""


def render() -> str:
    """The full text of the table."""
    rows, predicted, version = build_rows()
    lines = [
        HEADER.format(
            version=version,
            verbs=len(VERBS),
            predicted=" ".join(predicted) or "none",
            defective=" ".join(sorted(DEFECTIVE_IN_VERBECC)),
        )
    ]
    lines.append("form\tlemma\tperson\ttense\tambiguous\tflags\n")
    lines.extend("\t".join(row) + "\n" for row in rows)
    return "".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Write the table (or, with --check, compare it with the committed one). Exit 0 when up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the table on disk differs")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run tools/gen_address_forms.py", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
