"""What the blind sets h106 and h107 showed in clarity and compliance (round 69; tone and language are analysed
elsewhere), as classes of wording.

New wording only (none of it comes from the evaluation corpora). Each class has precision traps next to it, and each
test asserts the rule id and the text it points at.

- False negative, CMP304 (h106; with h73, h81, h96, h104): the brand's name hyphenated to an offer or prize word (the
  round-69 lead decision) or a renewal word; a trade word or a notice word after the name keeps passing.
- False negative, CMP403 (h107; with h23): Guatemala's DPI after its label.
- False negative, CLR404 (h106): a relation word inside a link's path says nothing of how two sums relate.
- False negative, CLR303 (h106, h107): "something" waiting for the reader, and the offer kept for a few, before a bare
  link; the words of a new sentence after the first of two links are not about it.
- False positive, CLR303 (h107): a lone payment link (/pay, /pagos) after a request to pay is described by the request.
- False negative, CLR304 (h106, h107): signing up or taking steps soon with no way named; the opt-out reply is no way.
- False negative, CLR107 (h107; with h102): an exception whose case holds another exception.
"""

from __future__ import annotations

import pytest
from conftest import field_spans as spans

from sendlint.registry import Registry

# --- compliance: CMP304, the brand's name hyphenated to an offer, a prize or a renewal -----------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "brand", "span"),
    [
        ("Mirá las entradas con descuento en https://telarmoreno-ofertas.com/feria", "es-AR", "Telar Moreno",
         "https://telarmoreno-ofertas.com/feria"),
        ("Participa en el sorteo de primavera: https://huertoclaro-premios.com/s", "es-MX", "Vivero Huerto Claro",
         "https://huertoclaro-premios.com/s"),
        ("This week's member offers are at https://saltmarrow-deals.net/w", "en-GB", "Saltmarrow Kayak Hire",
         "https://saltmarrow-deals.net/w"),
        ("Claim your raffle win at https://brindlecourt-prizes.com/claim", "en-NZ", "Brindle Court Bowls",
         "https://brindlecourt-prizes.com/claim"),
        ("Your season pass expires soon. Renew at https://thornwick-renewals.com/pass", "en-IE", "Thornwick Rowing Club",
         "https://thornwick-renewals.com/pass"),
        ("Renueva tu abono de temporada en https://cerroverde-renovaciones.com/a", "es-CL", "Feria Cerro Verde",
         "https://cerroverde-renovaciones.com/a"),
    ],
)
def test_the_brands_name_hyphenated_to_an_offer_prize_or_renewal_is_a_lookalike(
    registry: Registry, body: str, locale: str, brand: str, span: str
) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, channel="sms", category="marketing", brand=brand) == [span]


@pytest.mark.parametrize(
    ("body", "locale", "brand"),
    [
        # the brand's name hyphenated to a trade word
        ("Book your eye test at https://clearsight-opticians.com/book", "en-GB", "Clearsight Eye Care"),
        ("Reserva tu clase en https://telarmoreno-tejidos.com/c", "es-AR", "Telar Moreno"),
        # the offers page on the brand's own domain
        ("This week's offers are at https://saltmarrow.net/deals", "en-GB", "Saltmarrow Kayak Hire"),
        ("Participa en el sorteo: https://premios.huertoclaro.com/s", "es-MX", "Vivero Huerto Claro"),
        # an offer word after a name that is not the sender's
        ("Compare fares at https://coastline-deals.com/f", "en-AU", "Saltmarrow Kayak Hire"),
        # a notice word is no lure (round 67)
        ("Cambió el horario de la feria. Detalles en https://cerroverde-avisos.com/h", "es-CL", "Feria Cerro Verde"),
    ],
)
def test_a_trade_word_or_the_brands_own_domain_passes(registry: Registry, body: str, locale: str, brand: str) -> None:
    assert spans(registry, "CMP304", body=body, locale=locale, channel="sms", category="marketing", brand=brand) == []


# --- compliance: CMP403, Guatemala's DPI ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Titular: Rosa Ixcot, DPI 3012 44721 0108. Su trámite está listo.", "3012 44721 0108"),
        ("Registramos su CUI 3012447210108 para la entrega.", "3012447210108"),
    ],
)
def test_a_guatemalan_dpi_after_its_label_is_flagged(registry: Registry, body: str, span: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="es-GT", channel="sms", category="transactional") == [span]


@pytest.mark.parametrize(
    "body",
    [
        # no label: a reference of the same shape
        "Su pedido 3012 44721 0108 sale hoy.",
        # "dpi" in lower case is a printer's resolution
        "Imprimimos a 600 dpi 3012 44721 0108 hojas.",
        # the document named with no number
        "Traiga su DPI al retirar el paquete.",
    ],
)
def test_a_dpi_shape_without_its_label_or_a_label_without_a_number_passes(registry: Registry, body: str) -> None:
    assert spans(registry, "CMP403", body=body, locale="es-GT", channel="sms", category="transactional") == []


def test_a_guatemalan_dpi_in_an_english_message(registry: Registry) -> None:
    fields = {"locale": "en-US", "channel": "sms", "category": "transactional"}
    body = "Account holder: Rosa Ixcot, DPI 3012 44721 0108. Your transfer is ready."
    assert spans(registry, "CMP403", body=body, **fields) == ["3012 44721 0108"]
    assert spans(registry, "CMP403", body="Your order 3012 44721 0108 ships today.", **fields) == []
    assert spans(registry, "CMP403", body="We printed at 600 dpi 3012 44721 0108 sheets.", **fields) == []


# --- clarity: CLR404, a word in a link's path ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hola, Lu: tu mensualidad es de $9.200. Pagala en https://club.example/cuotas antes del lunes; el saldo es $10.400.",
         "es-AR", "$10.400"),
        ("Hi Sam, your hire is £180. Pay at https://hire.example/late-fees by Friday; the balance is £210.", "en-GB", "£210"),
    ],
)
def test_a_relation_word_in_a_links_path_does_not_relate_two_sums(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the same words in the text say how the sums relate
        ("Hola, Lu: tu mensualidad es de $9.200 en cuotas. Pagala en https://club.example/pago; el saldo es $10.400.", "es-AR"),
        ("Hi Sam, your hire is £180, plus late fees. Pay at https://hire.example/pay; the balance is £210.", "en-GB"),
    ],
)
def test_a_relation_word_in_the_text_still_relates_them(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR404", body=body, locale=locale, channel="sms", category="collections") == []


# --- clarity: CLR303, something waiting, an offer for a few ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Cerámica Ocre: algo especial te espera este mes. https://ocre.example/m", "es-ES", "https://ocre.example/m"),
        ("Cerámica Ocre: algo que llevas tiempo esperando ya está aquí. https://ocre.example/n", "es-MX",
         "https://ocre.example/n"),
        ("Cerámica Ocre: abrimos pronto. Solo para unas pocas afortunadas. https://ocre.example/p", "es-AR",
         "https://ocre.example/p"),
        ("Fernside Yoga: something new awaits you this month. https://fernside.example/m", "en-GB",
         "https://fernside.example/m"),
        ("Fernside Yoga: something you've been waiting for is finally here. https://fernside.example/w", "en-AU",
         "https://fernside.example/w"),
        ("Fernside Yoga: doors open soon. Only for a lucky few. https://fernside.example/f", "en-US",
         "https://fernside.example/f"),
    ],
)
def test_something_waiting_or_an_offer_for_a_few_leaves_the_link_bare(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the thing waiting is named
        ("Cerámica Ocre: tu jarrón esmaltado te espera en el taller. Pide la entrega en https://ocre.example/m", "es-ES"),
        ("Fernside Yoga: your new mat is waiting at the front desk. Book a delivery at https://fernside.example/m", "en-GB"),
        # a few of what is said
        ("Cerámica Ocre: plazas solo para unos pocos alumnos en el torno del sábado. Apúntate en https://ocre.example/p",
         "es-AR"),
        ("Fernside Yoga: spaces left for a few students in Saturday's class. Sign up at https://fernside.example/f", "en-US"),
    ],
)
def test_a_named_thing_describes_the_link(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="marketing") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Hi {{first_name}}, news from the studio. Update on your membership. https://fernside.example/u To unsubscribe, "
         "visit https://fernside.example/unsub.", "en-GB", "https://fernside.example/u"),
        ("Hola, {{nombre}}: hay novedades sobre tu plaza. https://ocre.example/u Para darte de baja, entra en "
         "https://ocre.example/baja.", "es-ES", "https://ocre.example/u"),
    ],
)
def test_a_footer_after_the_first_link_does_not_describe_it(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    found = spans(registry, "CLR303", body=body, locale=locale, channel="email", category="marketing", subject="Aviso")
    assert found == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Cerámica Ocre: tiene hasta el lunes para pagar el curso de torno. Después el curso pasa a otra alumna. "
         "https://ocre.example/pagar", "es-ES"),
        ("Fernside Yoga: settle the £60 term fee by Monday. After that your spot goes to the waiting list. "
         "https://fernside.example/pay", "en-GB"),
    ],
)
def test_a_payment_link_after_a_request_to_pay_is_described(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == []


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        # a payment path with no request to pay
        ("Cerámica Ocre: el curso de torno cambia de aula la semana que viene. https://ocre.example/pagos", "es-ES",
         "https://ocre.example/pagos"),
        # a request to pay with a link that is no payment page
        ("Fernside Yoga: settle the £60 term fee by Monday. After that your spot goes to the waiting list. "
         "https://fernside.example/x7", "en-GB", "https://fernside.example/x7"),
    ],
)
def test_a_payment_path_alone_or_an_opaque_link_stays_bare(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR303", body=body, locale=locale, channel="sms", category="collections") == [span]


# --- clarity: CLR304, signing up or taking steps with no way named ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Coro Alba: abrimos el taller de voz de otoño. Inscríbete cuanto antes. Responde BAJA para no recibir más "
         "mensajes.", "es-ES", "Inscríbete cuanto antes"),
        ("Fernside Yoga: the winter retreat is open. Sign up as soon as you can. Reply STOP to opt out.", "en-GB",
         "Sign up as soon as you can"),
        ("Fernside Yoga: your membership needs attention. Please take action soon.", "en-IN", "take action soon"),
        ("Coro Alba: su cuota tiene una incidencia. Por favor, tome las medidas necesarias cuanto antes.", "es-MX",
         "tome las medidas necesarias cuanto antes"),
    ],
)
def test_signing_up_or_taking_steps_soon_with_no_way_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="marketing") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Coro Alba: abrimos el taller de voz de otoño. Inscríbete cuanto antes respondiendo SÍ. Responde BAJA para no "
         "recibir más mensajes.", "es-ES"),
        ("Fernside Yoga: the winter retreat is open. Sign up as soon as you can in the app. Reply STOP to opt out.", "en-GB"),
        ("Fernside Yoga: your membership needs attention. Please take action by Friday 3 May.", "en-IN"),
    ],
)
def test_a_way_or_a_real_date_passes(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR304", body=body, locale=locale, channel="sms", category="marketing") == []


# --- clarity: CLR107, an exception inside an exception's case ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "locale", "span"),
    [
        ("Coro Alba: el ensayo del sábado se hace en la parroquia con todo el coro, salvo que llueva mucho, en cuyo caso "
         "pasamos al salón del colegio salvo que esté ocupado por la feria.", "es-ES",
         "salvo que llueva mucho, en cuyo caso"),
        ("Fernside Yoga: the Sunday class moves to the beach with the whole group, unless the tide is high, in which case "
         "we stay in the hall unless it is booked for the market.", "en-AU", "unless the tide is high, in which case"),
    ],
)
def test_an_exception_inside_an_exceptions_case_is_flagged(
    registry: Registry, body: str, locale: str, span: str
) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="sms", category="service") == [span]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # one exception and its case
        ("Coro Alba: el ensayo del sábado se hace en la parroquia con todo el coro, salvo que llueva mucho, en cuyo caso "
         "pasamos al salón del colegio de la calle Mayor.", "es-ES"),
        ("Fernside Yoga: the Sunday class moves to the beach with the whole group, unless the tide is high, in which case "
         "we stay in the hall on Harbour Road.", "en-AU"),
    ],
)
def test_one_exception_and_its_case_pass(registry: Registry, body: str, locale: str) -> None:
    assert spans(registry, "CLR107", body=body, locale=locale, channel="sms", category="service") == []
