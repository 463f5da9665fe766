"""Tests for sendlint.links: link spans in es/en messages, hygiene predicates, look-alikes, anchors."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sendlint.links import (
    AnchorMismatch,
    Link,
    find_anchor_mismatches,
    find_links,
    is_insecure,
    is_public_shortener,
    is_raw_ip,
    lookalike_of,
    public_shorteners,
    registrable_domain,
)

# (text, [(start, end, url, scheme, host, path)])
LINKS = [
    ("Paga aquí: https://bit.ly/3xYz", [(11, 30, "https://bit.ly/3xYz", "https", "bit.ly", "/3xYz")]),
    ("Visita www.mibanco.com.", [(7, 22, "www.mibanco.com", None, "www.mibanco.com", "")]),
    (
        "Ingresa en http://192.168.0.1/login",
        [(11, 35, "http://192.168.0.1/login", "http", "192.168.0.1", "/login")],
    ),
    ("Entra a mibanc0.com ya", [(8, 19, "mibanc0.com", None, "mibanc0.com", "")]),
    ("Tu pedido: tienda.com/p/123)", [(11, 27, "tienda.com/p/123", None, "tienda.com", "/p/123")]),
    (
        "Escribe a soporte@miempresa.com o paga en miempresa.com/pago!",
        [(42, 60, "miempresa.com/pago", None, "miempresa.com", "/pago")],
    ),
    (
        "¿Ya pagaste en https://mibanco.com/pago?",
        [(15, 39, "https://mibanco.com/pago", "https", "mibanco.com", "/pago")],
    ),
    (
        "Más info (https://es.wikipedia.org/wiki/Foo_(bar)).",
        [(10, 49, "https://es.wikipedia.org/wiki/Foo_(bar)", "https", "es.wikipedia.org", "/wiki/Foo_(bar)")],
    ),
    (
        "Pay now: https://www.mybank.com/pay?id=12&ref=sms, thanks",
        [
            (
                9,
                49,
                "https://www.mybank.com/pay?id=12&ref=sms",
                "https",
                "www.mybank.com",
                "/pay?id=12&ref=sms",
            )
        ],
    ),
    (
        "IPv6: http://[2001:db8::1]:8080/x",
        [(6, 33, "http://[2001:db8::1]:8080/x", "http", "2001:db8::1", "/x")],
    ),
    (
        "Verify at https://www.mibanco.com@evil.com/login",
        [(10, 48, "https://www.mibanco.com@evil.com/login", "https", "evil.com", "/login")],
    ),
    (
        "*Oferta* en www.tienda.com/ofertas*",
        [(12, 34, "www.tienda.com/ofertas", None, "www.tienda.com", "/ofertas")],
    ),
    ("Visit WWW.MYSHOP.COM/SALE!", [(6, 25, "WWW.MYSHOP.COM/SALE", None, "www.myshop.com", "/SALE")]),
    (
        "Compra en https://bücher.de/x y en www.españa.com.",
        [
            (10, 29, "https://bücher.de/x", "https", "bücher.de", "/x"),
            (35, 49, "www.españa.com", None, "www.españa.com", ""),
        ],
    ),
    (
        "Entra a cutt.ly/abc o t.co/x.",
        [(8, 19, "cutt.ly/abc", None, "cutt.ly", "/abc"), (22, 28, "t.co/x", None, "t.co", "/x")],
    ),
    ("«https://x.com/a»", [(1, 16, "https://x.com/a", "https", "x.com", "/a")]),
    ("Portal: https://localhost:8000/a", [(8, 32, "https://localhost:8000/a", "https", "localhost", "/a")]),
    (
        "Página miempresa.com.mx/pagos, gracias",
        [(7, 29, "miempresa.com.mx/pagos", None, "miempresa.com.mx", "/pagos")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LINKS)
def test_links_are_found_with_exact_spans(
    text: str, expected: list[tuple[int, int, str, str | None, str, str]]
) -> None:
    assert find_links(text) == tuple(
        Link(url, start, end, scheme, host, path) for start, end, url, scheme, host, path in expected
    )


@pytest.mark.parametrize(
    "text",
    [
        "Escríbenos a soporte@miempresa.com",
        "juan.perez@mail.com",
        "Cuesta 1.5 euros",
        "Mi Empresa S.A. de C.V.",
        "Envíos a EE.UU. y a.m./p.m.",
        "Realiza tu pago.No olvides",
        "Adjunto factura.pdf y foto.jpg",
        "Descarga archivo.zip",
        "Versión 1.2.3.4: mejoras",
        "https://",
        "www.mibanco",
        "Ingresa a tu app",
    ],
)
def test_non_links_are_not_found(text: str) -> None:
    assert find_links(text) == ()


def test_public_shorteners_come_from_the_shipped_list() -> None:
    shorteners = public_shorteners()
    assert {
        "bit.ly",
        "tinyurl.com",
        "t.co",
        "cutt.ly",
        "rb.gy",
        "is.gd",
        "shorturl.at",
        "goo.gl",
    } <= shorteners
    assert all(entry == entry.strip().lower() and "." in entry for entry in shorteners)


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("bit.ly", True),
        ("BIT.LY", True),
        ("www.bit.ly", True),  # subdomains match
        ("x.page.link", True),
        ("acortar.link", True),  # sendlint addition
        ("bit.ly.", True),
        ("notbit.ly", False),
        ("bit.ly.evil.com", False),
        ("mibanco.com", False),
        ("", False),
    ],
)
def test_is_public_shortener_matches_domain_and_subdomains(host: str, expected: bool) -> None:
    assert is_public_shortener(host) is expected


def test_shortener_in_a_message() -> None:
    (link,) = find_links("Paga aquí: https://bit.ly/3xYz")
    assert is_public_shortener(link.host)


@pytest.mark.parametrize(
    ("text", "insecure", "raw_ip"),
    [
        ("Ingresa en http://192.168.0.1/login", True, True),
        ("Ingresa en https://192.168.0.1/login", False, True),
        ("Entra a 192.168.0.1/login", False, True),
        ("Go to http://[2001:db8::1]/x", True, True),
        ("Go to http://3232235521/x", True, True),  # browsers read a bare integer as IPv4
        ("Go to http://0xC0.0xA8.0.1/x", True, True),
        ("Visita http://mibanco.com", True, False),
        ("Visita https://mibanco.com", False, False),
        ("Visita www.mibanco.com", False, False),  # no scheme in the text: not called insecure
    ],
)
def test_insecure_and_raw_ip(text: str, insecure: bool, raw_ip: bool) -> None:
    (link,) = find_links(text)
    assert is_insecure(link) is insecure
    assert is_raw_ip(link) is raw_ip


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("pagos.mibanco.com.mx", "mibanco.com.mx"),
        ("www.mibanco.com", "mibanco.com"),
        ("MIBANCO.COM.", "mibanco.com"),
        ("a.b.tienda.co.uk", "tienda.co.uk"),
        ("www.mibanco.com.co", "mibanco.com.co"),
        ("x.mibanco.com.br", "mibanco.com.br"),
        ("x.mibanco.com.ar", "mibanco.com.ar"),
        ("sede.agenciatributaria.gob.es", "agenciatributaria.gob.es"),
        ("www.mibanco.com.pe", "mibanco.com.pe"),
        ("www.bancoestado.cl", "bancoestado.cl"),
        ("mibanco.github.io", "mibanco.github.io"),
        ("co.uk", "co.uk"),
        ("localhost", "localhost"),
        ("192.168.0.1", "192.168.0.1"),
        ("[2001:db8::1]", "2001:db8::1"),
    ],
)
def test_registrable_domain(host: str, expected: str) -> None:
    assert registrable_domain(host) == expected


BRANDS = ("mibanco.com",)
CYRILLIC = "mibаnco"  # the 'а' is U+0430


@pytest.mark.parametrize(
    "host",
    [
        "mibanc0.com",  # digit for letter
        "m1banco.com",
        f"{CYRILLIC}.com",  # homoglyph
        "xn--" + CYRILLIC.encode("punycode").decode("ascii") + ".com",  # the same, as punycode
        "mibánco.com",  # accent
        "rnibanco.com",  # rn for m
        "mybanco.com",  # one edit
        "mibamco.com",
        "mibanco.co",  # same name, other TLD
        "mibanco-seguro.com",  # brand embedded
        "seguro-mibanco.net",
        "mibanco.com.verify-login.net",
        "mibancoseguro.net",
        "mibanco.github.io",
    ],
)
def test_lookalikes_of_a_brand(host: str) -> None:
    assert lookalike_of(host, BRANDS) == "mibanco.com"


@pytest.mark.parametrize(
    "host",
    ["mibanco.com", "pagos.mibanco.com", "WWW.MIBANCO.COM.", "tienda.com", "google.com", "192.168.0.1", ""],
)
def test_brand_itself_and_unrelated_hosts_are_not_lookalikes(host: str) -> None:
    assert lookalike_of(host, BRANDS) is None


def test_lookalike_returns_the_brand_imitated_and_respects_owned_domains() -> None:
    brands = ["mibanco.com", "mibanco.com.mx", "tiendaxyz.com"]
    assert lookalike_of("pagos.mibanco.com.mx", brands) is None  # owned by the second brand domain
    assert lookalike_of("tiendaxyz-ofertas.com", brands) == "tiendaxyz.com"
    # Short brands get fewer edits: "visa" is not a look-alike of "bbva".
    assert lookalike_of("visa.com", ["bbva.com"]) is None
    assert lookalike_of("bbvaa.com", ["bbva.com"]) == "bbva.com"
    assert lookalike_of("bbva.mx", ["bbva.com"]) == "bbva.com"


HTML = (
    "<p>Hola</p>\n"
    '<a href="https://evil.example/x">www.mibanco.com</a> y '
    '<a href="https://pagos.mibanco.com/x">www.mibanco.com</a>\n'
    "<a href='https://evil.example'> <b>Entra a</b> mibanco&#46;com </a>"
    '<a href="mailto:x@mibanco.com">www.mibanco.com</a>'
    '<a href="https://x.com">Haz clic aquí</a>'
    '<a href="//evil.example">https://mibanco.com/login</a>'
    '<a href="https://www.mibanco.com/login">mibanco.com</a>'
)


def test_anchor_mismatches_report_the_anchor_text_span() -> None:
    found = find_anchor_mismatches(HTML)
    assert found == [
        AnchorMismatch(45, 60, "mibanco.com", "evil.example"),
        AnchorMismatch(160, 187, "mibanco.com", "evil.example"),
        AnchorMismatch(308, 333, "mibanco.com", "evil.example"),
    ]
    assert [HTML[m.start : m.end] for m in found] == [
        "www.mibanco.com",
        "Entra a</b> mibanco&#46;com",
        "https://mibanco.com/login",
    ]


def test_anchor_mismatch_on_the_brief_example() -> None:
    html = '<a href="https://evil.example/x">www.mibanco.com</a>'
    assert find_anchor_mismatches(html) == [AnchorMismatch(33, 48, "mibanco.com", "evil.example")]
    assert html[33:48] == "www.mibanco.com"
    (start, end, shown, target) = find_anchor_mismatches(html)[0]
    assert (start, end, shown, target) == (33, 48, "mibanco.com", "evil.example")


def test_unclosed_anchor_and_multiline_html() -> None:
    html = 'Línea 1\r\nLínea 2\n<a href="http://evil.example">\n  Visita www.mibanco.com'
    (mismatch,) = find_anchor_mismatches(html)
    assert html[mismatch.start : mismatch.end] == "Visita www.mibanco.com"
    assert (mismatch.shown_domain, mismatch.target_domain) == ("mibanco.com", "evil.example")


# --------------------------------------------------------------------------------------------------
# Properties


def check_links(text: str, links: tuple[Link, ...]) -> None:
    previous_end = 0
    for link in links:
        assert previous_end <= link.start < link.end <= len(text)
        assert link.url == text[link.start : link.end]
        assert link.host
        previous_end = link.end


@settings(max_examples=300)
@given(st.text())
def test_find_links_never_crashes_and_spans_are_exact(text: str) -> None:
    check_links(text, find_links(text))


url_like = st.text(alphabet=string.ascii_letters + string.digits + ".:/@-_?#()[]*¿¡!,é а0 \n", max_size=80)


@settings(max_examples=300)
@given(url_like)
def test_url_shaped_noise_never_crashes(text: str) -> None:
    links = find_links(text)
    check_links(text, links)
    for link in links:
        is_insecure(link)
        is_raw_ip(link)
        is_public_shortener(link.host)
        registrable_domain(link.host)
        lookalike_of(link.host, BRANDS)


labels = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=12)
# No trailing "_", "*" or "~": those are trimmed as WhatsApp formatting markers.
paths = st.text(alphabet=string.ascii_letters + string.digits + "/-=&%", max_size=20)


@settings(max_examples=200)
@given(
    st.sampled_from(["https://", "http://", "www.", ""]),
    labels,
    st.sampled_from(["com", "com.mx", "es", "co", "ly"]),
    paths,
    st.sampled_from(["", ".", ",", ")", "!", "?", "¿", "…"]),
    st.text(max_size=20),
)
def test_generated_link_in_text_is_found_exactly(
    prefix: str, label: str, tld: str, path: str, trailing: str, after: str
) -> None:
    if prefix == "" and label.isdigit():
        label += "x"  # an all-digit bare "domain" is not written as a link
    url = f"{prefix}{label}.{tld}" + (f"/{path}" if path else "")
    text = f"Visita {url}{trailing} {after}"
    links = find_links(text)
    check_links(text, links)
    assert links[0].start == 7
    assert links[0].url == url


@settings(max_examples=200)
@given(st.text(max_size=200))
def test_anchor_mismatches_never_crash_and_spans_are_inside(text: str) -> None:
    html = f'<a href="https://evil.example/">{text}</a>' + text
    for mismatch in find_anchor_mismatches(html):
        assert 0 <= mismatch.start < mismatch.end <= len(html)


@settings(max_examples=100)
@given(st.text(alphabet='<>a href="=/:.wmibanco&#;x \n', max_size=120))
def test_html_shaped_noise_never_crashes(html: str) -> None:
    for mismatch in find_anchor_mismatches(html):
        assert 0 <= mismatch.start < mismatch.end <= len(html)


@pytest.mark.parametrize("html_text", ["<![", "<![</a><![", "<a href='https://x.example'>mibanco.com</a><![ broken", "<!x"])
def test_anchor_mismatches_survive_broken_markup_declarations(html_text: str) -> None:
    # html.parser raises AssertionError on these; anchors before the break are still reported.
    found = find_anchor_mismatches(html_text)
    if "mibanco" in html_text:
        assert [(m.shown_domain, m.target_domain) for m in found] == [("mibanco.com", "x.example")]
    else:
        assert found == []
