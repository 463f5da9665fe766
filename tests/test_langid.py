"""Language identification (sendlint.langid): Spanish, English, Portuguese or None."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.langid import LangGuess, cue_words, detect_language

SPANISH = [
    "Tu pedido online ya está en camino, descarga la app",
    "Hola {{name}}, tu pedido #{{order_id}} ya está en camino. Síguelo en {{tracking_url}}",
    "Te recordamos que tu pago vence mañana. Evita recargos pagando en la app.",
    "Tu código de verificación es 482913. No lo compartas con nadie.",
    "¡Gracias por tu compra!",
    "¿Tienes dudas? Llámanos al 800 123 4567.",
    "Tu cita con la Dra. López es el lunes a las 10:30 a.m.",
    "Aprovecha 20% de descuento en toda la tienda online hasta el domingo.",
    "Tu paquete fue entregado. ¡Que lo disfrutes!",
    "Recibirás tu reembolso en 5 días hábiles.",
    "Tu saldo es de $1.250,00. Recarga desde la app.",
    "Hola Ana, tu suscripción se renueva el 15 de marzo.",
    "Responde SI para confirmar tu cita o NO para cancelarla.",
    "Ingresa a tu cuenta para ver el estado de tu envío.",
    "Tu codigo es 1234, no lo compartas",  # no accents, as in GSM-7 SMS
    "Descarga la app y obtén cashback en tu primera compra",
    "Hemos recibido tu pago. Gracias por confiar en nosotros.",
    "Tu tarjeta termina en 4321 y vence pronto.",
    "Black Friday: hasta 50% off en toda la tienda",
    "Tu pedido está listo para recoger en tienda.",
    "Activa tu cuenta con el link que te enviamos por email.",
    "Te esperamos mañana a las 9.",
    "Llega hoy entre las 2 y las 6 pm.",
    "Usted tiene un saldo pendiente de $300.",
    "Su factura del mes ya está disponible.",
    "Para dejar de recibir mensajes responde BAJA.",
    "Nuevo inicio de sesión en tu cuenta desde un dispositivo desconocido.",
    "¿Fuiste tú? Si no, cambia tu contraseña ya.",
    "Hola, ¿cómo estás?",
    "Mañana cerramos por feriado.",
    "Tu compra de $89.900 fue aprobada.",
    "Gracias por tu pedido, ya lo estamos preparando",
    "Tu entrega se reprogramó para el jueves.",
    "Ya puedes hacer checkout con un clic.",
    "Escríbenos por WhatsApp si necesitas ayuda.",
    "Tenemos ofertas nuevas para ti esta semana.",
    "Tu plan se renovó con éxito.",
    "El envío es gratis en compras desde $50.",
    "Confirma tu correo para activar tu cuenta.",
    "No olvides tu cita de mañana.",
    "Tu pedido llega hoy",
    "Tu pago fue rechazado. Intenta con otra tarjeta.",
    "Pagala hoy y evitá recargos, tenés tiempo hasta el viernes.",
    "Haz check-in online y elige tu asiento",
    "Nike: Just do it. Descubre la nueva colección en la app",
    "¡Gracias!",
    "¿Dudas?",
    "Mañana",
    "Tu código es 1234",
    "Llega hoy",
    "Pago recibido, gracias",
]

ENGLISH = [
    "Your order has shipped",
    "Your order has shipped! Track it at https://acme.co/t/123",
    "Hi {{name}}, your payment of $1,250.00 is due tomorrow.",
    "Your verification code is 482913. Do not share it with anyone.",
    "Thanks for your purchase!",
    "Questions? Call us at 800 123 4567.",
    "Your appointment with Dr. Lopez is on Monday at 10:30 a.m.",
    "Get 20% off everything in store until Sunday.",
    "Your package was delivered. Enjoy!",
    "You will receive your refund within 5 business days.",
    "Your balance is $1,250.00. Top up in the app.",
    "Hi Ana, your subscription renews on March 15.",
    "Reply YES to confirm your appointment or NO to cancel.",
    "Log in to your account to see the status of your delivery.",
    "Your code is 1234, don't share it",
    "Download the app and get cashback on your first purchase",
    "We have received your payment. Thank you for trusting us.",
    "Your card ending in 4321 expires soon.",
    "Black Friday: up to 50% off storewide",
    "Your order is ready for pickup in store.",
    "Activate your account with the link we sent to your email.",
    "See you tomorrow at 9.",
    "Arriving today between 2 and 6 pm.",
    "You have an outstanding balance of $300.",
    "Your bill for this month is now available.",
    "Reply STOP to unsubscribe.",
    "New sign-in to your account from an unknown device.",
    "Was this you? If not, change your password now.",
    "Hi, how are you?",
    "We are closed tomorrow for the holiday.",
    "Your purchase of $89.90 was approved.",
    "Thanks for your order, we're getting it ready",
    "Your delivery was rescheduled for Thursday.",
    "You can now check out with one click.",
    "Message us on WhatsApp if you need help.",
    "We have new offers for you this week.",
    "Your plan was renewed successfully.",
    "Shipping is free on orders over $50.",
    "Confirm your email to activate your account.",
    "Don't forget your appointment tomorrow.",
    "Your order arrives today",
    "Your payment was declined. Try another card.",
    "Hi José, your order from La Tienda de Ana has shipped",
    "Thank you",
    "Your code is 1234",
    "See you soon",
    "Payment received, thanks",
    "Order shipped today",
]

PORTUGUESE = [
    "Seu pedido foi enviado",
    "Olá {{name}}, seu pedido já está a caminho.",
    "Seu código de verificação é 482913. Não compartilhe com ninguém.",
    "Obrigado pela sua compra!",
    "Dúvidas? Ligue para 0800 123 4567.",
    "Sua consulta é na segunda-feira às 10h30.",
    "Aproveite 20% de desconto em toda a loja até domingo.",
    "Seu pacote foi entregue. Aproveite!",
    "Você vai receber o reembolso em 5 dias úteis.",
    "Seu saldo é de R$ 1.250,00. Recarregue pelo app.",
    "Oi Ana, sua assinatura renova em 15 de março.",
    "Responda SIM para confirmar ou NÃO para cancelar.",
    "Acesse sua conta para ver o status da entrega.",
    "Seu codigo e 1234, nao compartilhe",
    "Baixe o app e ganhe cashback na primeira compra",
    "Recebemos seu pagamento. Obrigado pela confiança.",
    "Seu cartão final 4321 vence em breve.",
    "Black Friday: até 50% off em toda a loja",
    "Seu pedido está pronto para retirada na loja.",
    "Ative sua conta com o link que enviamos por email.",
    "Até amanhã às 9.",
    "Chega hoje entre 14h e 18h.",
    "Você tem um saldo pendente de R$ 300.",
    "Sua fatura do mês já está disponível.",
    "Para não receber mais mensagens responda SAIR.",
    "Novo acesso à sua conta de um dispositivo desconhecido.",
    "Foi você? Se não, troque sua senha agora.",
    "Oi, tudo bem?",
    "Amanhã estaremos fechados por feriado.",
    "Sua compra de R$ 89,90 foi aprovada.",
    "Obrigado pelo pedido, já estamos preparando",
    "Sua entrega foi reagendada para quinta-feira.",
    "Agora você pode finalizar a compra com um clique.",
    "Fale com a gente pelo WhatsApp se precisar de ajuda.",
    "Temos ofertas novas para você esta semana.",
    "Seu plano foi renovado com sucesso.",
    "O frete é grátis em compras acima de R$ 50.",
    "Confirme seu email para ativar sua conta.",
    "Não esqueça sua consulta de amanhã.",
    "Seu pedido chega hoje",
    "Seu pagamento foi recusado. Tente outro cartão.",
    "Seu código é 1234",
    "Pagamento recebido, obrigado",
    "Olá, tudo bem?",
    "Pedido enviado hoje, obrigado",
]

# Too little evidence: no guess rather than a wrong one.
UNDECIDED = [
    "",
    "   ",
    "OK",
    "1234",
    "https://acme.co/promo",
    "ayuda@acme.com",
    "{{name}}",
    "Acme",
    "WhatsApp",
    "Netflix Premium",
    "iPhone 15 Pro",
    "50% OFF",
    "Black Friday",
    "SMS 2FA OTP",
    "👍",
    "Hola Ana",
    "Gracias",
    "Thanks",
    "Obrigado!",
    "Pedido enviado",  # Spanish and Portuguese alike
    "Sign in para ver tu cuenta",  # two English, two Spanish cue words
    "Your order has shipped. Tu pedido ya fue enviado.",  # half and half
]


@pytest.mark.parametrize("text", SPANISH)
def test_spanish(text: str) -> None:
    guess = detect_language(text)
    assert guess.lang == "es"
    assert guess.confidence >= 0.46


@pytest.mark.parametrize("text", ENGLISH)
def test_english(text: str) -> None:
    guess = detect_language(text)
    assert guess.lang == "en"
    assert guess.confidence >= 0.46


@pytest.mark.parametrize("text", PORTUGUESE)
def test_portuguese(text: str) -> None:
    guess = detect_language(text)
    assert guess.lang == "pt"
    assert guess.confidence >= 0.46


@pytest.mark.parametrize("text", UNDECIDED)
def test_undecided(text: str) -> None:
    assert detect_language(text) == LangGuess(None, 0.0)


def test_lists_are_large_enough() -> None:
    assert min(len(SPANISH), len(ENGLISH), len(PORTUGUESE)) >= 40


@pytest.mark.parametrize(
    ("spanish", "portuguese"),
    [
        ("Su pedido fue enviado", "Seu pedido foi enviado"),
        ("Tu código es 1234", "Seu código é 1234"),
        ("Gracias por tu compra, ya está en camino", "Obrigado pela sua compra, já está a caminho"),
        ("No olvides tu cita de mañana", "Não esqueça sua consulta de amanhã"),
        ("Tu pago fue aprobado", "Seu pagamento foi aprovado"),
        ("Pedido enviado con éxito", "Pedido enviado com sucesso"),
        ("Descuento en toda la tienda", "Desconto em toda a loja"),
    ],
)
def test_spanish_portuguese_pairs(spanish: str, portuguese: str) -> None:
    assert detect_language(spanish).lang == "es"
    assert detect_language(portuguese).lang == "pt"


def test_untranslated_english_is_caught_and_loanwords_are_not() -> None:
    english = detect_language("Your order has shipped")
    spanish = detect_language("Tu pedido online ya está en camino, descarga la app")
    assert (english.lang, english.confidence) == ("en", 0.7769)  # your, order, shipped
    assert spanish.lang == "es" and spanish.confidence > 0.95
    # Spanish with a few English words stays Spanish, with a low confidence when evenly mixed.
    mixed = detect_language("Tu order ha sido shipped")
    assert mixed.lang == "es" and mixed.confidence < 0.2


def test_cue_words_exclude_ambiguous_words_and_loanwords() -> None:
    cues = cue_words()
    assert (cues["the"], cues["tu"], cues["você"], cues["usted"]) == ("en", "es", "pt", "es")
    for word in ("de", "que", "para", "no", "has", "he", "me", "dos", "pedido", "código", "a", "as", "do"):
        assert word not in cues, word
    for loanword in (
        "app",
        "online",
        "email",
        "link",
        "checkout",
        "cashback",
        "delivery",
        "off",
        "shop",
        "store",
        "ok",
        "click",
        "top",
    ):
        assert loanword not in cues, loanword
    # Accent-stripped Spanish (GSM-7 SMS) is never Portuguese evidence.
    for word in ("aqui", "mas", "dia", "dias", "codigo", "numero", "usuario", "pronto"):
        assert cues.get(word) != "pt", word


def test_confidence_grows_with_evidence() -> None:
    short = detect_language("Tu código es 1234").confidence
    longer = detect_language(
        "Tu código es 1234. No lo compartas con nadie, ni siquiera con nosotros."
    ).confidence
    assert 0 < short < longer <= 1


def test_min_evidence_is_adjustable() -> None:
    assert detect_language("Gracias").lang is None
    assert detect_language("Gracias", min_evidence=1.0) == LangGuess("es", 0.3935)


@given(st.text(max_size=120))
@settings(max_examples=300, deadline=None)
def test_never_crashes_and_confidence_is_bounded(text: str) -> None:
    guess = detect_language(text)
    assert 0.0 <= guess.confidence <= 1.0
    assert (guess.lang is None) == (guess.confidence == 0.0)
    assert detect_language(text) == guess


def _evidence_pieces() -> list[str]:
    from sendlint.langid import _CHAR_CUES, _SUFFIX_CUES, cue_words

    words = sorted(cue_words())
    pieces = words[::7] + [w.upper() for w in words[::31]] + [w.capitalize() for w in words[::29]]
    pieces += ["ac" + s for s, _ in _SUFFIX_CUES] + [c for _, cs in _CHAR_CUES for c in cs] + ["Ñ", "Ç", "İ", "ſ", "K"]
    return [*pieces, " ", "  ", "2", "²", "_", "-", "'", "’", "\u0301", "https://x.co/the", "{{nombre}}", ".", ",", "é", "hola", "pago"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_evidence_pieces()), min_size=1, max_size=12).map("".join))
def test_other_language_evidence_is_found_wherever_another_language_scores(text: str) -> None:
    # The language-mismatch rule is skipped when this pattern is absent, so it must match every text in
    # which detect_language gives another language a point.
    import re2

    from sendlint.langid import LANGUAGES, _scores, other_language_evidence
    from sendlint.normalize import FieldViews

    scores = _scores(text)
    masked = FieldViews(text).get("masked").text  # the view the trigger is looked for in
    for language in LANGUAGES:
        if any(points > 0 for other, points in scores.items() if other != language):
            assert re2.compile(other_language_evidence(language)).search(masked), (language, text, scores)
