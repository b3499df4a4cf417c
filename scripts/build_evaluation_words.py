"""Rebuild src/dateline/ontology/evaluation_words.json: words that judge, from VADER's lexicon.

Usage: pip install vaderSentiment && python scripts/build_evaluation_words.py

Source: ``vader_lexicon.txt`` of the vaderSentiment package (C.J. Hutto, MIT licence): about 7,500
English words rated for valence by ten raters each, on -4 (most negative) to +4 (most positive).
Kept: alphabetic words whose mean rating is at least ``MIN_VALENCE`` away from zero, split into
negative (criticism when said of someone) and positive (praise). Left out: a participle in -ed of
a verb whose -ing adjective is in the lexicon too ("disappointed" beside "disappointing",
"frustrated" beside "frustrating"): the -ed form tells how its subject feels, the -ing form what the
speaker thinks of it.
"""

from __future__ import annotations

import json
from pathlib import Path

import vaderSentiment

MIN_VALENCE = 1.5
OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "ontology" / "evaluation_words.json"


def _experiencer(word: str, lexicon: dict[str, float]) -> bool:
    """Whether ``word`` is an -ed participle of a verb whose -ing form the lexicon rates too."""
    if not word.endswith("ed"):
        return False
    stems = {word[:-1], word[:-2]}
    if len(word) > 4 and word[-3] == word[-4]:
        stems.add(word[:-3])
    return any(stem + "ing" in lexicon for stem in stems)


def main() -> None:
    path = Path(vaderSentiment.__file__).resolve().parent / "vader_lexicon.txt"
    lexicon: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].isalpha() and fields[0].islower():
            lexicon[fields[0]] = float(fields[1])
    kept = {w: v for w, v in lexicon.items() if abs(v) >= MIN_VALENCE and not _experiencer(w, lexicon)}
    data = {
        "source": "vader_lexicon.txt of vaderSentiment 3.3.2 (C.J. Hutto, MIT licence)",
        "built_by": "scripts/build_evaluation_words.py",
        "min_valence": MIN_VALENCE,
        "negative": sorted(w for w, v in kept.items() if v < 0),
        "positive": sorted(w for w, v in kept.items() if v > 0),
    }
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['negative'])} negative, {len(data['positive'])} positive")


if __name__ == "__main__":
    main()
