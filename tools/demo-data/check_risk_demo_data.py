#!/usr/bin/env python3
"""Check Beacon's demo risk import files against docs/risk-import-format.md.

Run from the project root after build_risk_demo_data.py:
    python3 tools/demo-data/check_risk_demo_data.py [DEMO_DIR] [--source DIR] [--quiet]

Each council folder is checked as one import, read as the importer would read it: columns
(required, known, no duplicates), enumerations, dates, codes that resolve (councils and
organisation units in organisation.csv, indicators in indicators.csv, scorecard sections in
scorecards.csv), the matrix (levels 1..N on both axes, the same N), bands that put every score
the matrix can produce in exactly one band, positions by level or label, scores equal to
impact x likelihood, at most one assessment per risk per date, target dates not before the
assessment, references unique (across both councils, since the treatment and link files name a
risk by reference alone). Then, against the transcribed reports: every cell of the Lancashire key
scores impact x likelihood and matches the matrix written; every printed residual ("16 Major/Likely")
equals the position written; every inherent score is the printed risk score; controls and actions
are the printed summaries split at "; "; 17 Lancashire entries (CR1-CR13, CO1-CO4) and 10
Worcestershire risks with ratings only where the report states one.

Exit status 1 and a list of problems (file, row, column) if anything is wrong.
Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_demo_data import parse_period  # noqa: E402  (the performance checker's period reader)

from demo_support import Problems, expect

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DEMO = PROJECT_ROOT / "src" / "main" / "resources" / "demo"
DEFAULT_SOURCE = PROJECT_ROOT / ".." / "shared" / "data" / "council-reports"

FILES = {  # file -> (required columns, optional columns); every file may have `note`
    "risk-matrix": ({"council_code", "axis", "level", "label"}, {"opportunity_label"}),
    "risk-bands": ({"council_code", "from_score", "to_score", "level", "colour"}, set()),
    "risk-registers": ({"code", "name", "kind", "organisation_code"}, {"escalates_to"}),
    "risks": ({"reference", "register_code", "kind", "title"},
              {"description", "category", "consequences", "owner", "review_months", "next_review", "status",
               "response", "restricted", "restricted_fields", "direction_as_printed"}),
    "risk-assessments": ({"reference", "assessed_on", "reporting_period"},
                         {f"{p}_{c}" for p in ("inherent", "current", "residual")
                          for c in ("impact", "likelihood", "score")}
                         | {"target_date", "rating_as_printed", "comment"}),
    "risk-controls": ({"reference", "control"}, {"effectiveness"}),
    "risk-actions": ({"reference", "action"}, {"owner", "due", "status", "progress"}),
    "risk-links": ({"reference"}, {"indicator_code", "scorecard_code", "section"}),
}
EXPECTED_FILES = {
    "lancashire": set(FILES),
    "worcestershire": {"risk-registers", "risks", "risk-assessments", "risk-links"},
}
ABSENT_FILES = {"worcestershire": {"risk-matrix", "risk-bands"}}  # Worcestershire uses the default matrix

YES_NO = {"yes", "no", "true", "false", "y", "n", ""}
REGISTER_KINDS = {"corporate", "directorate", "service", "project"}
RISK_KINDS = {"risk", "opportunity"}
STATUSES = {"open", "closed"}
RESPONSES = {"treat", "tolerate", "transfer", "terminate"}
RESTRICTABLE = {"description", "consequences", "controls", "actions", "owner"}
EFFECTIVENESS = {"effective", "partially_effective", "ineffective", "not_assessed"}
ACTION_STATUSES = {"not_started", "open", "complete", "cancelled"}
COLOURS = {"red", "amber", "green", "grey"}
POSITIONS = ("inherent", "current", "residual")
ELLIPSIS = "…"


class Matrix:
    def __init__(self, size: int, impact: dict[int, str], opportunity: dict[int, str],
                 likelihood: dict[int, str], bands: list[tuple[int, int, str, str]]) -> None:
        self.size, self.impact, self.opportunity, self.likelihood, self.bands = (
            size, impact, opportunity, likelihood, bands)

    def products(self) -> set[int]:
        return {i * l for i in range(1, self.size + 1) for l in range(1, self.size + 1)}

    def band(self, score: int) -> str:
        return next((level for f, t, level, _ in self.bands if f <= score <= t), "?")

    def level(self, axis: str, text: str, kind: str) -> int | None:
        """A level written by number or by label (an opportunity may use the opportunity label)."""
        if re.fullmatch(r"\d+", text):
            n = int(text)
            return n if 1 <= n <= self.size else None
        if axis == "likelihood":
            labels = [self.likelihood]
        else:
            labels = [self.opportunity, self.impact] if kind == "opportunity" else [self.impact]
        for table in labels:
            for n, label in table.items():
                if label.lower() == text.strip().lower():
                    return n
        return None


# The default matrix (risk-import-format.md): 5x5, the Lancashire key's labels, bands 15-25 red,
# 8-12 amber, 1-6 green.
DEFAULT_MATRIX = Matrix(
    5, dict(enumerate(["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"], 1)),
    dict(enumerate(["Insignificant", "Minor", "Moderate", "Major", "Outstanding"], 1)),
    dict(enumerate(["Rare", "Unlikely", "Possible", "Likely", "Certain"], 1)),
    [(15, 25, "Red", "red"), (8, 12, "Amber", "amber"), (1, 6, "Green", "green")])


def read_plain(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def read(folder: Path, name: str, problems: Problems) -> list[dict[str, str]] | None:
    path = folder / f"{name}.csv"
    if not path.exists():
        return None
    raw = path.read_bytes()
    where = f"{folder.name}/{name}.csv"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.add(where, f"not UTF-8 ({e})")
        return []
    if b"\r" in raw:
        problems.add(where, "has CR characters (LF line ends expected, like the other demo files)")
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        header = [h.lower() for h in (reader.fieldnames or [])]
        required, optional = FILES[name]
        for column in sorted(required - set(header)):
            problems.add(where, f'required column "{column}" missing')
        for column in header:
            if column not in required | optional | {"note"}:
                problems.add(where, f'unknown column "{column}"')
        if len(set(header)) != len(header):
            problems.add(where, "duplicate column names")
        rows = []
        for row in reader:
            if None in row:
                problems.add(f"{where}, row {reader.line_num}", "more cells than columns")
            rows.append({k.lower(): (v or "") for k, v in row.items() if k is not None})
        return rows


def date(text: str) -> dt.date | None:
    p = parse_period(text) if re.fullmatch(r"\d{2}/\d{2}/\d{4}", text.strip()) else None
    return p[1] if p else None


# ---------------------------------------------------------------------------- one council
def check_council(folder: Path, problems: Problems, seen_references: dict[str, str]) -> dict:
    data = {name: read(folder, name, problems) for name in FILES}
    for name in sorted(EXPECTED_FILES[folder.name]):
        if data[name] is None:
            problems.add(f"{folder.name}/{name}.csv", "missing")
    for name in sorted(ABSENT_FILES.get(folder.name, set())):
        if data[name] is not None:
            problems.add(f"{folder.name}/{name}.csv", "should not exist: this council uses the default matrix")
    rows = {name: (data[name] or []) for name in FILES}

    orgs = {r["code"]: r["kind"] for r in read_plain(folder / "organisation.csv")}
    indicators = {r["code"] for r in read_plain(folder / "indicators.csv")}
    sections = {(r["scorecard_code"], r["section"]) for r in read_plain(folder / "scorecards.csv")}

    def where(file: str, i: int, column: str) -> str:
        return f'{folder.name}/{file}.csv, row {i + 2}, column "{column}"'

    def need(file: str, i: int, row: dict[str, str], column: str) -> bool:
        if not row.get(column, "").strip():
            problems.add(where(file, i, column), "is required")
            return False
        return True

    def enum(file: str, i: int, row: dict[str, str], column: str, allowed: set[str], required: bool = False) -> None:
        value = row.get(column, "")
        if (value or required) and value not in allowed:
            problems.add(where(file, i, column), f'"{value}" is not one of {sorted(allowed)}')

    def council(file: str, i: int, row: dict[str, str]) -> str:
        code = row.get("council_code", "")
        if need(file, i, row, "council_code") and orgs.get(code) != "council":
            problems.add(where(file, i, "council_code"), f'no council has the code "{code}" in organisation.csv')
        return code

    # matrix
    matrix = DEFAULT_MATRIX
    if rows["risk-matrix"]:
        axes: dict[str, dict[int, tuple[str, str]]] = {"impact": {}, "likelihood": {}}
        councils = set()
        for i, row in enumerate(rows["risk-matrix"]):
            councils.add(council("risk-matrix", i, row))
            for c in FILES["risk-matrix"][0]:
                need("risk-matrix", i, row, c)
            enum("risk-matrix", i, row, "axis", set(axes), True)
            if not re.fullmatch(r"\d+", row["level"]):
                problems.add(where("risk-matrix", i, "level"), f'"{row["level"]}" is not a whole number')
                continue
            if row["axis"] == "likelihood" and row.get("opportunity_label"):
                problems.add(where("risk-matrix", i, "opportunity_label"), "only the impact scale has one")
            if row["axis"] in axes:
                level = int(row["level"])
                if level in axes[row["axis"]]:
                    problems.add(where("risk-matrix", i, "level"), f"level {level} of {row['axis']} appears twice")
                axes[row["axis"]][level] = (row["label"], row.get("opportunity_label") or row["label"])
        if len(councils) != 1:
            problems.add(f"{folder.name}/risk-matrix.csv", f"one council's matrix expected, found {sorted(councils)}")
        n = len(axes["impact"])
        if not (2 <= n <= 10) or len(axes["likelihood"]) != n or any(
                sorted(a) != list(range(1, n + 1)) for a in axes.values()):
            problems.add(f"{folder.name}/risk-matrix.csv", "levels 1..N must all be given, the same N (2-10) on both axes")
        for axis, levels in axes.items():
            labels = [v[0].lower() for v in levels.values()]
            if len(set(labels)) != len(labels):
                problems.add(f"{folder.name}/risk-matrix.csv", f"two {axis} levels share a label")
        bands = []
        for i, row in enumerate(rows["risk-bands"]):
            if council("risk-bands", i, row) not in councils:
                problems.add(where("risk-bands", i, "council_code"), "its matrix is not in this import")
            for c in FILES["risk-bands"][0]:
                need("risk-bands", i, row, c)
            enum("risk-bands", i, row, "colour", COLOURS, True)
            if not (re.fullmatch(r"\d+", row["from_score"]) and re.fullmatch(r"\d+", row["to_score"])):
                problems.add(where("risk-bands", i, "from_score"), "scores must be whole numbers")
                continue
            f, t = int(row["from_score"]), int(row["to_score"])
            if f > t:
                problems.add(where("risk-bands", i, "to_score"), f"the band ends ({t}) before it starts ({f})")
            bands.append((f, t, row["level"], row["colour"]))
        matrix = Matrix(n, {k: v[0] for k, v in axes["impact"].items()}, {k: v[1] for k, v in axes["impact"].items()},
                        {k: v[0] for k, v in axes["likelihood"].items()}, bands)
        if not bands:
            problems.add(f"{folder.name}/risk-bands.csv", "a matrix needs its bands")
        for score in sorted(matrix.products()):
            holders = [b for b in bands if b[0] <= score <= b[1]]
            if len(holders) != 1:
                problems.add(f"{folder.name}/risk-bands.csv",
                             f"the score {score} falls in {len(holders)} bands; every achievable score needs exactly one")
    elif rows["risk-bands"]:
        problems.add(f"{folder.name}/risk-bands.csv", "bands without a matrix in the same import")

    # registers
    registers: dict[str, str] = {}
    for i, row in enumerate(rows["risk-registers"]):
        for c in FILES["risk-registers"][0]:
            need("risk-registers", i, row, c)
        enum("risk-registers", i, row, "kind", REGISTER_KINDS, True)
        if row["code"] in registers:
            problems.add(where("risk-registers", i, "code"), "duplicate code")
        registers[row["code"]] = row["organisation_code"]
        if row["organisation_code"] not in orgs:
            problems.add(where("risk-registers", i, "organisation_code"),
                         f'no organisation unit "{row["organisation_code"]}" in organisation.csv')
    for i, row in enumerate(rows["risk-registers"]):
        if row.get("escalates_to") and row["escalates_to"] not in registers:
            problems.add(where("risk-registers", i, "escalates_to"), f'no register "{row["escalates_to"]}"')

    # risks
    risks: dict[str, dict[str, str]] = {}
    for i, row in enumerate(rows["risks"]):
        for c in FILES["risks"][0]:
            need("risks", i, row, c)
        ref = row["reference"]
        if ref in risks or ref in seen_references:
            problems.add(where("risks", i, "reference"),
                         f"duplicate: {ref} is already used ({seen_references.get(ref, folder.name)})")
        seen_references[ref] = folder.name
        risks[ref] = row
        if row["register_code"] not in registers:
            problems.add(where("risks", i, "register_code"), f'no register "{row["register_code"]}" in risk-registers.csv')
        enum("risks", i, row, "kind", RISK_KINDS, True)
        enum("risks", i, row, "status", STATUSES)
        enum("risks", i, row, "response", RESPONSES)
        enum("risks", i, row, "restricted", YES_NO)
        if row.get("review_months") and not (row["review_months"].isdigit() and int(row["review_months"]) >= 1):
            problems.add(where("risks", i, "review_months"), f'"{row["review_months"]}" is not a number of months')
        if row.get("next_review") and not date(row["next_review"]):
            problems.add(where("risks", i, "next_review"), f'"{row["next_review"]}" is not a real date dd/mm/yyyy')
        for field in filter(None, (f.strip() for f in row.get("restricted_fields", "").split(";"))):
            if field not in RESTRICTABLE:
                problems.add(where("risks", i, "restricted_fields"), f'"{field}" cannot be restricted')
        if not row.get("note"):
            problems.add(where("risks", i, "note"), "every demo risk carries its decisions in a note")

    def known_risk(file: str, i: int, row: dict[str, str]) -> dict[str, str] | None:
        if need(file, i, row, "reference") and row["reference"] not in risks:
            problems.add(where(file, i, "reference"), f'no risk "{row["reference"]}" in this council\'s risks.csv')
            return None
        return risks.get(row["reference"])

    # assessments
    positions: dict[str, dict[str, tuple[int | None, int | None, int | None]]] = {}
    dates: dict[tuple[str, dt.date], int] = {}
    for i, row in enumerate(rows["risk-assessments"]):
        risk = known_risk("risk-assessments", i, row)
        kind = risk["kind"] if risk else "risk"
        assessed = date(row["assessed_on"]) if need("risk-assessments", i, row, "assessed_on") else None
        if row["assessed_on"] and not assessed:
            problems.add(where("risk-assessments", i, "assessed_on"), f'"{row["assessed_on"]}" is not a real date')
        period = parse_period(row["reporting_period"]) if need("risk-assessments", i, row, "reporting_period") else None
        if row["reporting_period"] and (not period or period[0] != "quarter"):
            problems.add(where("risk-assessments", i, "reporting_period"), f'"{row["reporting_period"]}" is not a financial quarter')
        elif period and assessed and assessed > period[2]:
            problems.add(where("risk-assessments", i, "assessed_on"), "is after the quarter it was reported in")
        if assessed:
            key = (row["reference"], assessed)
            if key in dates:
                problems.add(where("risk-assessments", i, "assessed_on"), f"a second assessment on this date (row {dates[key] + 2})")
            dates[key] = i
        found: dict[str, tuple[int | None, int | None, int | None]] = {}
        for p in POSITIONS:
            imp, lik, sc = (row.get(f"{p}_{c}", "") for c in ("impact", "likelihood", "score"))
            if not (imp or lik or sc):
                continue
            if bool(imp) != bool(lik):
                problems.add(where("risk-assessments", i, f"{p}_impact"), "give impact and likelihood together")
                continue
            il = matrix.level("impact", imp, kind) if imp else None
            ll = matrix.level("likelihood", lik, kind) if lik else None
            if imp and il is None:
                problems.add(where("risk-assessments", i, f"{p}_impact"), f'"{imp}" is not an impact on the matrix')
            if lik and ll is None:
                problems.add(where("risk-assessments", i, f"{p}_likelihood"), f'"{lik}" is not a likelihood on the matrix')
            score = None
            if sc:
                if not sc.isdigit():
                    problems.add(where("risk-assessments", i, f"{p}_score"), f'"{sc}" is not a whole number')
                    continue
                score = int(sc)
                if il and ll and score != il * ll:
                    problems.add(where("risk-assessments", i, f"{p}_score"), f"{score} is not {il} x {ll} = {il * ll}")
                if score not in matrix.products():
                    problems.add(where("risk-assessments", i, f"{p}_score"), f"{score} is not a score the matrix can produce")
            found[p] = (il, ll, score if score is not None else (il * ll if il and ll else None))
        if not found and not row.get("rating_as_printed"):
            problems.add(where("risk-assessments", i, "residual_impact"), "no position and no rating as printed")
        if row.get("target_date"):
            target = date(row["target_date"])
            if not target:
                problems.add(where("risk-assessments", i, "target_date"), f'"{row["target_date"]}" is not a real date')
            elif assessed and target < assessed:
                problems.add(where("risk-assessments", i, "target_date"),
                             f"{row['target_date']} is before the assessment date {row['assessed_on']}")
        if not row.get("note"):
            problems.add(where("risk-assessments", i, "note"), "every demo assessment carries its decisions in a note")
        positions[row["reference"]] = found

    # controls and actions
    for i, row in enumerate(rows["risk-controls"]):
        known_risk("risk-controls", i, row)
        if need("risk-controls", i, row, "control") and ELLIPSIS in row["control"]:
            problems.add(where("risk-controls", i, "control"), "contains the transcription's '…'")
        enum("risk-controls", i, row, "effectiveness", EFFECTIVENESS)
    for i, row in enumerate(rows["risk-actions"]):
        risk = known_risk("risk-actions", i, row)
        if need("risk-actions", i, row, "action") and ELLIPSIS in row["action"]:
            problems.add(where("risk-actions", i, "action"), "contains the transcription's '…'")
        enum("risk-actions", i, row, "status", ACTION_STATUSES)
        if row.get("due") and not date(row["due"]):
            problems.add(where("risk-actions", i, "due"), f'"{row["due"]}" is not a real date dd/mm/yyyy')

    # links
    link_keys: set[tuple[str, str, str, str]] = set()
    for i, row in enumerate(rows["risk-links"]):
        known_risk("risk-links", i, row)
        ind, card, sec = row.get("indicator_code", ""), row.get("scorecard_code", ""), row.get("section", "")
        if bool(ind) == bool(card or sec):
            problems.add(where("risk-links", i, "indicator_code"), "give an indicator_code or a scorecard_code with its section, one of the two")
        if ind and ind not in indicators:
            problems.add(where("risk-links", i, "indicator_code"), f'no indicator "{ind}" in indicators.csv')
        if (card or sec) and (card, sec) not in sections:
            problems.add(where("risk-links", i, "section"), f'scorecard "{card}" has no section "{sec}" in scorecards.csv')
        key = (row["reference"], ind, card, sec)
        if key in link_keys:
            problems.add(where("risk-links", i, "reference"), "duplicate link")
        link_keys.add(key)
        if not row.get("note"):
            problems.add(where("risk-links", i, "note"), "every link says why in its note")

    return {"rows": rows, "matrix": matrix, "risks": risks, "positions": positions}


# ---------------------------------------------------------------------------- against the reports
def split_summary(text: str) -> list[str]:
    return [p.strip() for p in text.split("; ") if p.strip() and p.strip() != ELLIPSIS]


def check_lancashire(l: dict, source: Path, problems: Problems) -> None:
    rows, matrix = l["rows"], l["matrix"]
    key = read_plain(source / "lancashire_risk_matrix.csv")
    expect(problems, len(key) == 25, f"the Lancashire key has {len(key)} cells, expected 25")
    for cell in key:
        i, lv, score = int(cell["impact_level"]), int(cell["likelihood_level"]), int(cell["score"])
        expect(problems, score == i * lv, f"key cell {cell['impact_label_risk']}/{cell['likelihood_label']}: "
                                          f"score {score} is not {i} x {lv}")
        expect(problems, matrix.impact.get(i) == cell["impact_label_risk"].title()
               and matrix.opportunity.get(i) == cell["impact_label_opportunity"].title()
               and matrix.likelihood.get(lv) == cell["likelihood_label"].title(),
               f"matrix labels for impact {i} / likelihood {lv} differ from the key (in Title Case)")
    expect(problems, matrix.size == 5, "Lancashire's matrix is 5x5")
    expect(problems, sorted(matrix.bands) == sorted(DEFAULT_MATRIX.bands), "Lancashire's bands are Beacon's default bands")
    expect(problems, [r["code"] for r in rows["risk-registers"]] == ["LCC-CRR"]
           and rows["risk-registers"][0]["name"] == "Corporate Risk & Opportunity Register"
           and rows["risk-registers"][0]["kind"] == "corporate"
           and rows["risk-registers"][0]["organisation_code"] == "LCC", "one register LCC-CRR, corporate, LCC")

    entries = read_plain(source / "lancashire_risk_register_q3_2019.csv")
    expected = [f"CR{n}" for n in range(1, 14)] + [f"CO{n}" for n in range(1, 5)]
    refs = [r["reference"] for r in rows["risks"]]
    expect(problems, refs == expected, f"Lancashire references {refs}, expected CR1-CR13 then CO1-CO4")
    kinds = {r["reference"]: r["kind"] for r in rows["risks"]}
    expect(problems, sum(k == "risk" for k in kinds.values()) == 13 and sum(k == "opportunity" for k in kinds.values()) == 4,
           "13 risks and 4 opportunities")
    by_ref = {r["reference"]: r for r in rows["risks"]}
    assessments = {r["reference"]: r for r in rows["risk-assessments"]}
    expect(problems, len(rows["risk-assessments"]) == 17 and set(assessments) == set(expected),
           "one assessment for each of the 17 Lancashire entries")
    controls = [(r["reference"], r["control"]) for r in rows["risk-controls"]]
    actions = [(r["reference"], r["action"]) for r in rows["risk-actions"]]
    expected_controls, expected_actions = [], []
    for e in entries:
        ref = e["id"]
        r = by_ref.get(ref)
        if not r:
            continue
        for column, printed in (("title", e["title"]), ("kind", e["kind"]), ("category", e["type"]),
                                ("consequences", e["consequences_summary"]), ("owner", e["owner"]),
                                ("direction_as_printed", e["direction_of_travel"]), ("register_code", "LCC-CRR"),
                                ("status", "open"), ("review_months", "3"), ("restricted", "no")):
            expect(problems, r.get(column, "") == printed, f"{ref} {column} is '{r.get(column, '')}', printed '{printed}'")
        if e["id_as_printed"] != ref:
            expect(problems, e["id_as_printed"] in r["note"], f"{ref}: the note must say it is printed {e['id_as_printed']}")
        a = assessments.get(ref)
        if a:
            expect(problems, (a["assessed_on"], a["reporting_period"]) == ("31/12/2019", "Q3 2019/20"),
                   f"{ref} assessed 31/12/2019 in Q3 2019/20")
            expect(problems, a["inherent_score"] == e["risk_score"] and not a["inherent_impact"] and not a["inherent_likelihood"],
                   f"{ref}: inherent score alone, = the printed risk score {e['risk_score']}")
            expect(problems, not any(a[f"current_{c}"] for c in ("impact", "likelihood", "score")),
                   f"{ref}: no current position (not printed)")
            expect(problems, not a["target_date"] and not a["rating_as_printed"] and not a["comment"],
                   f"{ref}: no target date, rating or comment (not printed)")
            m = re.fullmatch(r"(\d+) ([A-Za-z]+)/ ?([A-Za-z]+)", e["residual_text"].strip())
            got = l["positions"].get(ref, {}).get("residual")
            if not m or not got:
                expect(problems, False, f"{ref}: residual printed '{e['residual_text']}' not written as a position")
            else:
                want = (matrix.level("impact", m[2], e["kind"]), matrix.level("likelihood", m[3], e["kind"]), int(m[1]))
                expect(problems, got == want and want[0] * want[1] == want[2],
                       f"{ref}: residual printed '{e['residual_text']}' = {want}, written {got}")
                for column, word in (("residual_impact", m[2]), ("residual_likelihood", m[3])):
                    written = a[column]
                    expect(problems, written.isdigit() or written.lower() == word.lower(),
                           f"{ref}: {column} '{written}' is not the printed word '{word}'")
        expected_controls += [(ref, c) for c in split_summary(e["current_controls_summary"])]
        expected_actions += [(ref, c) for c in split_summary(e["mitigating_actions_summary"])]
    expect(problems, controls == expected_controls,
           "controls are the printed summaries split at '; ' without '…', in order")
    expect(problems, actions == expected_actions,
           "actions are the printed summaries split at '; ' without '…', in order")
    expect(problems, all(r["effectiveness"] == "not_assessed" for r in rows["risk-controls"]),
           "every control not_assessed (the register does not rate them)")
    expect(problems, all(r["status"] == "open" and not r["due"] and not r["owner"] for r in rows["risk-actions"]),
           "every action open, with no due date or owner (not printed)")
    expect(problems, by_ref.get("CR1", {}).get("description", "").count("Further embed a focus on service delivery") == 1,
           "CR1's description records sub-part 2")
    expect(problems, not by_ref.get("CR13", {}).get("owner"), "CR13 has no owner (none printed)")


def check_worcestershire(w: dict, source: Path, problems: Problems) -> None:
    rows = w["rows"]
    expect(problems, [(r["code"], r["name"], r["kind"], r["organisation_code"]) for r in rows["risk-registers"]]
           == [("WCC-CRR", "Corporate Risk Register", "corporate", "WCC")], "one register WCC-CRR, corporate, WCC")
    printed = read_plain(source / "worcestershire_corporate_risks_q4_2016.csv")
    refs = [r["reference"] for r in rows["risks"]]
    expect(problems, refs == [f"WCR{n}" for n in range(1, 11)], f"Worcestershire references {refs}, expected WCR1-WCR10")
    by_ref = {r["reference"]: r for r in rows["risks"]}
    assessments = {r["reference"]: r for r in rows["risk-assessments"]}
    rated = {f"WCR{r['risk_number']}": r for r in printed if r["rag"]}
    expect(problems, set(assessments) == set(rated) and len(rows["risk-assessments"]) == len(rated),
           f"assessments only where the report states a RAG ({sorted(rated)}), found {sorted(assessments)}")
    for p in printed:
        ref = f"WCR{p['risk_number']}"
        r = by_ref.get(ref, {})
        expect(problems, r.get("title") == p["title"], f"{ref} title as printed")
        expect(problems, r.get("kind") == "risk", f"{ref} is a risk")
        expect(problems, r.get("direction_as_printed", "") == p["movement_text"], f"{ref} direction as printed")
        expect(problems, f"risk {p['risk_number']}" in r.get("note", ""), f"{ref}: the note gives the printed number")
        a = assessments.get(ref)
        if a:
            expect(problems, (a["assessed_on"], a["reporting_period"], a["rating_as_printed"], a["comment"])
                   == ("31/03/2017", "Q4 2016/17", p["rag"], p["why_red"]),
                   f"{ref}: 31/03/2017, Q4 2016/17, {p['rag']}, why_red as the comment")
            expect(problems, not w["positions"].get(ref), f"{ref}: no position (none printed)")
    for n in ("1", "4", "7"):
        expect(problems, f"WCR{n}" in assessments, f"WCR{n} has its printed rating")


# ---------------------------------------------------------------------------- report
def summary(l: dict) -> list[str]:
    matrix = l["matrix"]
    lines = [f"  {'ref':<5} {'kind':<12} {'inherent':>8}  {'residual (rated on)':<28} band"]
    for r in l["rows"]["risks"]:
        pos = l["positions"].get(r["reference"], {})
        inh = pos.get("inherent", (None, None, None))[2]
        res = pos.get("residual")
        labels = matrix.opportunity if r["kind"] == "opportunity" else matrix.impact
        text = f"{res[2]} {labels[res[0]]}/{matrix.likelihood[res[1]]}" if res else "-"
        lines.append(f"  {r['reference']:<5} {r['kind']:<12} {inh or '-':>8}  {text:<28} "
                     f"{matrix.band(res[2]) if res else '-'}")
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("demo", nargs="?", default=str(DEFAULT_DEMO))
    parser.add_argument("--source", default=str(DEFAULT_SOURCE), help="the transcribed council reports")
    parser.add_argument("--quiet", action="store_true", help="do not print the Lancashire summary")
    args = parser.parse_args(argv)
    demo, source = Path(args.demo), Path(args.source)
    problems = Problems()
    seen: dict[str, str] = {}
    l = check_council(demo / "lancashire", problems, seen)
    w = check_council(demo / "worcestershire", problems, seen)
    if source.exists():
        check_lancashire(l, source, problems)
        check_worcestershire(w, source, problems)
    else:
        problems.add(str(source), "the council reports are not there: cannot check against them")
    if problems.items:
        print(f"{len(problems.items)} problem(s):")
        for p in problems.items:
            print("  " + p)
        return 1
    counts = {c: {n: len(r) for n, r in d["rows"].items() if (demo / c / f"{n}.csv").exists()}
              for c, d in (("lancashire", l), ("worcestershire", w))}
    print(f"OK: {demo} risk files match the risk import format.")
    for c, n in counts.items():
        print(f"  {c}: " + ", ".join(f"{v} {k}" for k, v in n.items()))
    if not args.quiet:
        print("\nLancashire, rated on the residual (no current position printed):")
        print("\n".join(summary(l)))
        bands = [l["matrix"].band(p["residual"][2]) for p in l["positions"].values() if "residual" in p]
        print("  " + ", ".join(f"{bands.count(b)} {b}" for b in ("Red", "Amber", "Green")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
