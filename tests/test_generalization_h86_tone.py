"""Round 59 (blind sets h86 and h87): the tone lines the rules without TON113 missed, taken by class. Each class was
first counted on the rules' blind misses of earlier sets (tools/tone_signals/h*_blind_misses.txt) and on every
non-tone line of the tuning corpora.

Every sentence is new wording (none comes from the evaluation corpora); each class has a trap that must pass.

- TON109 `reproach`: a counterfactual on the reader's act whose consequence is this very message ("if you'd ...,
  we wouldn't be having this conversation", «si hubiera ..., no tendríamos que escribirle»).
- TON112 `judging`: the sender's incredulity with any complement («nos cuesta entender que», "we find it hard to
  understand how"); `reader-lapse`: the lapse put on a generic someone («que un cliente ... se olvide de pagar»).
- TON112 `reader-lapse`: our reminders counted and ignored ("two reminders ... have gone unanswered", as the Spanish
  list's «sin respuesta»); the reader's own messages left unanswered (our apology) do not count.
- TON112 `mock-politeness`: "if that's not too much trouble", as "if it's".
- TON112 `effort-invoked`: the trust placed in the reader, in the past ("they trusted that you'd", «confiábamos en
  vos»); the present «confiamos en que» is a polite hope.
"""

from __future__ import annotations

import pytest
from conftest import finding_texts
from conftest import tone_texts as texts

from sendlint.registry import Registry


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # a counterfactual whose consequence is this message
        (
            "Si hubieras devuelto el remolque el domingo, no estaríamos teniendo esta charla.",
            "es",
            "collections",
            "Si hubieras devuelto el remolque el domingo, no estaríamos teniendo esta charla",
        ),
        (
            "Si usted hubiera cerrado la verja del corral, no tendríamos que escribirle.",
            "es",
            "service",
            "Si usted hubiera cerrado la verja del corral, no tendríamos que escribirle",
        ),
        (
            "If you'd brought the kayak back on Sunday, we wouldn't be having this conversation.",
            "en",
            "collections",
            "If you'd brought the kayak back on Sunday, we wouldn't be having this conversation",
        ),
        (
            "If you had read the hire terms, we wouldn't need to write to you about the scratches.",
            "en",
            "service",
            "If you had read the hire terms, we wouldn't need to write",
        ),
    ],
)
def test_the_message_called_the_readers_fault_fires(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category, "TON109"))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # thanks for what the reader did, and "hadn't" / "si no hubiera"
        (
            "Si no hubiera sido por vosotros, no estaríamos aquí: gracias por diez años de talleres.",
            "es",
            "service",
        ),
        (
            "If you hadn't backed us from day one, we wouldn't be writing this anniversary note.",
            "en",
            "service",
        ),
        # a counterfactual with no message as its consequence
        ("Si hubieras visto el atardecer desde el faro, lo entenderías: reserva tu plaza.", "es", "service"),
        ("If you'd like a printed copy, we would be happy to post one.", "en", "service"),
    ],
)
def test_a_counterfactual_without_the_message_passes(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category, "TON109") == []


@pytest.mark.parametrize(
    ("body", "locale", "category", "span"),
    [
        # incredulity next to the lapse of a generic someone
        (
            "Nos cuesta entender que un cliente reserve la furgoneta y se olvide de pagar la señal.",
            "es",
            "collections",
            "Nos cuesta entender",
        ),
        (
            "We find it hard to understand how the kennel fee is still unpaid after three weeks.",
            "en",
            "collections",
            "We find it hard to understand how",
        ),
        # "if that's not too much trouble" stacked on courtesy
        (
            "Kindly settle the $40 locker fee at your earliest convenience, if that's not too much trouble.",
            "en",
            "collections",
            "if that's not too much trouble",
        ),
        # the trust placed in the reader, next to the lapse
        (
            "Te hicimos precio de vecino porque confiábamos en vos. La cuota de abril sigue pendiente.",
            "es",
            "collections",
            "confiábamos en vos",
        ),
        (
            "Your coach signed you up because she trusted that you would keep up with the fees. The £90 is still unpaid.",
            "en",
            "collections",
            "trusted that you",
        ),
    ],
)
def test_a_class_meets_its_partner_in_or_next_to_the_sentence(
    registry: Registry, body: str, locale: str, category: str, span: str
) -> None:
    assert any(span in text for text in texts(registry, body, locale, category))


@pytest.mark.parametrize(
    ("body", "locale", "category"),
    [
        # incredulity alone, in warm copy; help with "te cuesta"; nobody named as forgetting
        ("Nos cuesta entender cómo pasó tan rápido: ¡diez años de talleres contigo!", "es", "marketing"),
        ("¿Te cuesta entender cómo funciona la app? Mira el vídeo de dos minutos.", "es", "service"),
        ("Activa el cobro automático para que nadie se olvide de pagar la cuota del club.", "es", "service"),
        (
            "We struggle to understand how anyone bakes without a proving drawer, so we built one.",
            "en",
            "marketing",
        ),
        # the reader's messages unanswered: our apology
        ("Sorry that your emails went unanswered last week: Ana will call you today.", "en", "service"),
        # the same courtesy asking a favour, with nothing owed
        ("If that's not too much trouble, could you leave us a review of the dance class?", "en", "service"),
        # trust in warm copy, and the present hope
        ("Confiamos en que disfrutes del taller de cerámica. Te esperamos el sábado.", "es", "service"),
        ("Tus clientas confiaron en ti este año: descarga tu resumen de reseñas.", "es", "marketing"),
        ("We believed in you from the first rehearsal, and tonight you shone.", "en", "service"),
        ("Thousands of families trusted us with their holidays this year. Thank you!", "en", "marketing"),
    ],
)
def test_the_same_words_in_friendly_copy_pass(
    registry: Registry, body: str, locale: str, category: str
) -> None:
    assert texts(registry, body, locale, category) == []


# round 79: "we'd hate for ..." is TON107's `hate-for` on its own (moved here from the TON112 cases above, where TON112 now
# stays silent after TON107 in the sentence)
@pytest.mark.parametrize(
    ("body", "category"),
    [
        ("Two reminders about the boat storage fee have gone unanswered. We'd hate for this to go any further.", "collections"),
    ],
)
def test_we_would_hate_for_is_reported_as_a_threat_pattern(registry: Registry, body: str, category: str) -> None:
    assert [span.lower() for span in finding_texts(registry, "TON107", body=body, locale="en", category=category)] == ["we'd hate for"]
