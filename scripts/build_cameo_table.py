"""Rebuild src/dateline/ontology/cameo_codes.tsv from the public CAMEO / PLOVER / GDELT tables.

Usage: python scripts/build_cameo_table.py ../shared/reference > src/dateline/ontology/cameo_codes.tsv

Inputs (see src/dateline/ontology/README.md for sources and licences):
  cameo-codes.txt            CAMEO 0.7b5 code list (labels)
  cameo-eventcodes-gdelt.txt GDELT's CAMEO descriptions (root-code labels)
  cameo-goldstein.txt        GDELT's Goldstein scale per code
  cameo-to-plover.txt        PLOVER 2021 CAMEO->PLOVER crosswalk

The table adds what the sources leave open, by fixed rules:
  - codes the crosswalk omits inherit the PLOVER type/mode of their parent code; CAMEO 02x (appeal)
    follows the crosswalk of 10x (demand), which PLOVER merges into REQUEST; CAMEO 01x statements
    have no PLOVER event except where a PLOVER category clearly covers them (plover_source says which);
  - 116 (find guilty) and 0831 (resignation) take the type and mode the PLOVER codebook gives them;
    163 (sanctions), 0813 and 0814 (easing a curfew or a state of emergency) those of NGEC's labels;
  - codes without a GDELT Goldstein value take their parent's value (goldstein_source = "parent");
  - QuadClass follows GDELT: roots 01-05 verbal cooperation (1), 06-08 material cooperation (2),
    09-13 verbal conflict (3), 14-20 material conflict (4).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT_PLOVER = {
    "02": "REQUEST",
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": "ACCUSE",
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}
# dateline's own reading of CAMEO 01x against the PLOVER codebook's definitions. A denial of
# responsibility or of a claim (016, "denied the allegations", "pleaded not guilty") rejects no
# request or proposal, which is what the codebook's REJECT is: a statement, as the annotation guide
# codes denials, with no PLOVER event.
STATEMENTS = {
    "012": ("ACCUSE", "disapprove"),
    "013": ("SUPPORT", ""),
    "015": ("CONCEDE", ""),
    "018": ("SUPPORT", ""),
    "019": ("SUPPORT", ""),
}
# Codes whose action the PLOVER codebook (plover-codebook.csv) names as a mode of another type than
# the 2021 crosswalk gives: "SANCTION convict: find an entity guilty ... found guilty and sentenced"
# (crosswalk: ACCUSE) and "RETREAT resign: a resignation by a government official" (crosswalk:
# CONCEDE, "accede to demands for change in leadership").
CODEBOOK = {"116": ("SANCTION", "convict"), "0831": ("RETREAT", "resign")}
# Codes whose action NGEC's PLOVER-labelled stories (plover-synthetic-train.csv, whose labels follow
# the codebook) file under another type than the 2021 crosswalk: sanctions imposed on a company are
# SANCTION/discontinue (crosswalk: COERCE), a curfew lifted is CONCEDE (crosswalk: RETREAT, its
# 2021 note: "'ease' is no longer a mode"), and so is the state of emergency the crosswalk moved with
# it: the codebook's RETREAT modes name no easing, its CONCEDE modes easing restrictions and curfews.
NGEC_LABELS = {"163": ("SANCTION", "discontinue"), "0813": ("CONCEDE", ""), "0814": ("CONCEDE", "")}
# CAMEO 1951/1952 (added after the crosswalk) match PLOVER's ASSAULT modes "aerial" and "drone".
EXTRA = {"1951": ("ASSAULT", "aerial"), "1952": ("ASSAULT", "drone")}
LABEL_FIXES = {"commment": "comment", "Apolgize": "Apologize", "adminstrative": "administrative"}


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def parents(code: str) -> list[str]:
    out = []
    if len(code) == 4:
        out.append(code[:3])
    if len(code) >= 3:
        out.append(code[:2] + "0")
    out.append(code[:2])
    return [p for p in out if p != code]


def main(ref: Path) -> None:
    labels: dict[str, str] = {}
    for line in (ref / "cameo-codes.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"LABEL: (\d+)= (.*)", line)
        if m and m.group(1) not in labels:
            labels[m.group(1)] = m.group(2).strip()
    for line in (ref / "cameo-eventcodes-gdelt.txt").read_text(encoding="utf-8").splitlines()[1:]:
        code, desc = line.split("\t")
        labels.setdefault(code, desc.strip().capitalize())
    goldstein = dict(
        line.split("\t") for line in (ref / "cameo-goldstein.txt").read_text().splitlines()[1:] if line
    )
    crosswalk: dict[str, tuple[str, str]] = {}
    for line in (ref / "cameo-to-plover.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"(\d{3,4}): ([^#]*)#", line)
        if m and m.group(1) not in crosswalk:
            parts = [p.strip() for p in m.group(2).split(",")]
            crosswalk[m.group(1)] = (parts[0], parts[1] if len(parts) > 1 else "")

    def plover(code: str) -> tuple[str, str, str]:
        if code in CODEBOOK:
            return (*CODEBOOK[code], "plover-codebook")
        if code in NGEC_LABELS:
            return (*NGEC_LABELS[code], "ngec-labels")
        if code in crosswalk:
            return (*crosswalk[code], "plover-2021")
        if code in EXTRA:
            return (*EXTRA[code], "dateline:mode")
        if code[:2] == "02" and len(code) > 2:
            mirror = "10" + code[2:]
            if mirror in crosswalk:
                return (*crosswalk[mirror], "dateline:appeal-as-request")
        if code[:2] == "01":
            if code in STATEMENTS:
                return (*STATEMENTS[code], "dateline:statement")
            return ("", "", "none")
        for parent in parents(code):
            if parent in crosswalk:
                return (*crosswalk[parent], "parent")
        return (ROOT_PLOVER[code[:2]], "", "root")

    print("# CAMEO event codes with PLOVER crosswalk, Goldstein weight and QuadClass.")
    print("# Built by scripts/build_cameo_table.py; sources and licences in ontology/README.md.")
    print(
        "code\tlabel\troot\tplover_type\tplover_mode\tplover_source\tgoldstein\tgoldstein_source\tquad_class"
    )
    for code in sorted(labels, key=lambda c: (c[:2], c.ljust(4, " "))):
        label = labels[code]
        for bad, good in LABEL_FIXES.items():
            label = label.replace(bad, good)
        ptype, pmode, psource = plover(code)
        if code in goldstein:
            gvalue, gsource = goldstein[code], "gdelt"
        else:
            gvalue, gsource = next(goldstein[p] for p in parents(code) if p in goldstein), "parent"
        row = [code, label, code[:2], ptype, pmode, psource, gvalue, gsource, str(quad_class(code))]
        print("\t".join(row))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"))
