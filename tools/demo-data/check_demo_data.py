#!/usr/bin/env python3
"""Check Beacon's demo import files against docs/import-format.md, and compare rule with published RAG.

Run from the project root after build_demo_data.py:
    python3 tools/demo-data/check_demo_data.py [DEMO_DIR] [--source DIR] [--quiet]

Each council folder is checked as one import: columns, codes, enumerations, plain numbers,
periods in a documented form (and real dates), numerator/denominator rules, one measurement
per indicator per data period, targets that do not overlap. Then the counts the demo must
have. Exit status 1 and a list of problems (file, row, column) if anything is wrong.

Finally it prints, for every published rating with a figure and a target, the status the
documented rule gives (target, tolerance, polarity, at the indicator's decimal places) next
to the published one, so a reviewer sees where the officers' judgement and the rule differ.
Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from demo_support import Problems, expect

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DEMO = PROJECT_ROOT / "src" / "main" / "resources" / "demo"
DEFAULT_SOURCE = PROJECT_ROOT / ".." / "shared" / "data" / "council-reports"

FILES = {  # file -> (required columns, optional columns)
    "organisation": ({"code", "name", "kind"}, {"parent_code", "note"}),
    "indicators": ({"code", "title", "organisation_code", "unit", "polarity", "frequency"},
                   {"definition", "decimal_places", "accumulation", "arrears_months", "comparison", "owner",
                    "owner_email", "data_source", "public", "note"}),
    "targets": ({"indicator_code", "kind", "applies_from"},
                {"applies_to", "value", "low", "high", "quartile", "total_from", "total_to", "tolerance_kind",
                 "tolerance", "text_as_printed", "note"}),
    "measurements": ({"indicator_code", "data_period", "reporting_period"},
                     {"value", "numerator", "denominator", "provisional", "estimated", "value_as_printed",
                      "performance_details", "current_activity", "future_activity", "assessed_status",
                      "assessment_reason", "note"}),
    "benchmarks": ({"indicator_code", "data_period", "comparator"},
                   {"value", "rank", "rank_of", "quartile", "source", "note"}),
    "scorecards": ({"scorecard_code", "scorecard_name", "organisation_code", "scorecard_kind", "section",
                    "section_kind", "indicator_code"}, {"current_period", "note"}),
}
UNITS = {"percent", "number", "currency_gbp", "rate_per_1000", "rate_per_10000", "rate_per_100000", "days",
         "score", "fte"}
POLARITIES = {"higher_is_better", "lower_is_better", "within_range", "no_polarity"}
FREQUENCIES = {"monthly", "quarterly", "annual", "irregular"}
YES_NO = {"yes", "no", "true", "false", "y", "n", ""}
NUMBER = re.compile(r"-?\d+(\.\d+)?")
MONTHS = {name.lower(): i + 1 for i, name in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}
MONTHS.update({name.lower(): i + 1 for i, name in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"])})
MONTHS["sept"] = 9


# ---------------------------------------------------------------------------- periods
def _two_years(first: str, second: str) -> int | None:
    start = int(first)
    return start if (start + 1) % 100 == int(second) else None


def month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))


def parse_period(text: str) -> tuple[str, dt.date, dt.date] | None:
    """(kind, first day, last day) for a period written in a documented form, else None."""
    t = text.strip()
    m = re.fullmatch(r"(?:Q|Quarter )([1-4]) (\d{4})[/-](\d{2})", t)
    if m:
        year = _two_years(m[2], m[3])
        if year is None:
            return None
        first_month = 4 + 3 * (int(m[1]) - 1)
        y = year + (first_month > 12)
        fm = (first_month - 1) % 12 + 1
        return "quarter", dt.date(y, fm, 1), month_end(y, fm + 2)
    m = re.fullmatch(r"(?:FY )?(\d{4})/(\d{2})", t)
    if m:
        year = _two_years(m[1], m[2])
        return None if year is None else ("financial_year", dt.date(year, 4, 1), dt.date(year + 1, 3, 31))
    m = re.fullmatch(r"(?:AY|academic year) (\d{4})/(\d{2})", t)
    if m:
        year = _two_years(m[1], m[2])
        return None if year is None else ("academic_year", dt.date(year, 9, 1), dt.date(year + 1, 8, 31))
    m = re.fullmatch(r"(?:CY )?(\d{4})", t)
    if m:
        return "calendar_year", dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    m = re.fullmatch(r"([A-Za-z]+) (\d{4})", t)
    if m and m[1].lower() in MONTHS:
        month, year = MONTHS[m[1].lower()], int(m[2])
        return "month", dt.date(year, month, 1), month_end(year, month)
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
    if m:
        try:
            day = dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return None
        return "as_at", day, day
    return None


def parse_date(text: str) -> dt.date | None:
    p = parse_period(text)
    return p[1] if p and p[0] == "as_at" else None


def quarter_index(text: str) -> tuple[int, int] | None:
    """A reporting period (quarter or financial year) as a span of quarter numbers."""
    p = parse_period(text)
    if not p or p[0] not in ("quarter", "financial_year"):
        return None
    start = p[1].year * 4 + (p[1].month - 1) // 3
    end = p[2].year * 4 + (p[2].month - 1) // 3
    return start, end


# ---------------------------------------------------------------------------- checking
def read(folder: Path, name: str, problems: Problems) -> list[dict[str, str]]:
    path = folder / f"{name}.csv"
    if not path.exists():
        problems.add(f"{folder.name}/{name}.csv", "missing")
        return []
    raw = path.read_bytes()
    if b"\r" in raw:
        problems.add(f"{folder.name}/{name}.csv", "has CR characters (LF line ends expected)")
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        header = [h.lower() for h in (reader.fieldnames or [])]
        required, optional = FILES[name]
        for column in sorted(required - set(header)):
            problems.add(f"{folder.name}/{name}.csv", f'required column "{column}" missing')
        for column in header:
            if column not in required | optional:
                problems.add(f"{folder.name}/{name}.csv", f'unknown column "{column}"')
        if len(set(header)) != len(header):
            problems.add(f"{folder.name}/{name}.csv", "duplicate column names")
        rows = []
        for row in reader:
            if None in row:
                problems.add(f"{folder.name}/{name}.csv, row {reader.line_num}", "more cells than columns")
            rows.append({k.lower(): (v or "") for k, v in row.items() if k is not None})
        return rows


def check_council(folder: Path, problems: Problems) -> dict[str, list[dict[str, str]]]:
    data = {name: read(folder, name, problems) for name in FILES}

    def where(file: str, i: int, column: str) -> str:
        return f'{folder.name}/{file}.csv, row {i + 2}, column "{column}"'

    def need(file: str, i: int, row: dict[str, str], column: str) -> bool:
        if not row.get(column, "").strip():
            problems.add(where(file, i, column), "is required")
            return False
        return True

    def plain_number(file: str, i: int, row: dict[str, str], column: str) -> Decimal | None:
        text = row.get(column, "")
        if not text:
            return None
        if not NUMBER.fullmatch(text):
            problems.add(where(file, i, column), f'"{text}" is not a plain number')
            return None
        return Decimal(text)

    def enum(file: str, i: int, row: dict[str, str], column: str, allowed: set[str], required: bool) -> None:
        value = row.get(column, "")
        if (value or required) and value not in allowed:
            problems.add(where(file, i, column), f'"{value}" is not one of {sorted(allowed)}')

    # organisation
    orgs: dict[str, str] = {}
    for i, row in enumerate(data["organisation"]):
        for c in ("code", "name", "kind"):
            need("organisation", i, row, c)
        enum("organisation", i, row, "kind", {"council", "directorate", "service"}, True)
        if row["code"] in orgs:
            problems.add(where("organisation", i, "code"), "duplicate code")
        orgs[row["code"]] = row["kind"]
    for i, row in enumerate(data["organisation"]):
        parent = row.get("parent_code", "")
        if row["kind"] != "council" and not parent:
            problems.add(where("organisation", i, "parent_code"), "required for a directorate or service")
        if parent and parent not in orgs:
            problems.add(where("organisation", i, "parent_code"), f'no organisation "{parent}"')
        expected_parent = {"directorate": "council", "service": "directorate"}.get(row["kind"])
        if parent in orgs and expected_parent and orgs[parent] != expected_parent:
            problems.add(where("organisation", i, "parent_code"), f"a {row['kind']}'s parent must be a {expected_parent}")

    # indicators
    indicators: dict[str, dict[str, str]] = {}
    for i, row in enumerate(data["indicators"]):
        for c in FILES["indicators"][0]:
            need("indicators", i, row, c)
        if row["code"] in indicators:
            problems.add(where("indicators", i, "code"), "duplicate code")
        indicators[row["code"]] = row
        if row["organisation_code"] not in orgs:
            problems.add(where("indicators", i, "organisation_code"), f'no organisation "{row["organisation_code"]}"')
        enum("indicators", i, row, "unit", UNITS, True)
        enum("indicators", i, row, "polarity", POLARITIES, True)
        enum("indicators", i, row, "frequency", FREQUENCIES, True)
        enum("indicators", i, row, "accumulation", {"snapshot", "cumulative_ytd"}, False)
        enum("indicators", i, row, "comparison", {"previous_period", "same_period_last_year"}, False)
        enum("indicators", i, row, "public", YES_NO, False)
        dp = row.get("decimal_places", "")
        if dp and not (dp.isdigit() and 0 <= int(dp) <= 6):
            problems.add(where("indicators", i, "decimal_places"), f'"{dp}" is not 0-6')
        arrears = row.get("arrears_months", "")
        if arrears and not arrears.isdigit():
            problems.add(where("indicators", i, "arrears_months"), f'"{arrears}" is not a whole number of months')

    def known_indicator(file: str, i: int, row: dict[str, str]) -> bool:
        if row["indicator_code"] not in indicators:
            problems.add(where(file, i, "indicator_code"), f'no indicator has the code "{row["indicator_code"]}"')
            return False
        return True

    # targets
    spans: dict[str, list[tuple[int, float, int]]] = {}
    for i, row in enumerate(data["targets"]):
        known_indicator("targets", i, row)
        kind = row["kind"]
        enum("targets", i, row, "kind", {"value", "range", "profile", "multi_year_total", "quartile", "none"}, True)
        start = quarter_index(row["applies_from"])
        if not start:
            problems.add(where("targets", i, "applies_from"), f'"{row["applies_from"]}" is not a financial quarter or year')
            continue
        end: float = float("inf")
        if row.get("applies_to"):
            to = quarter_index(row["applies_to"])
            if not to:
                problems.add(where("targets", i, "applies_to"), f'"{row["applies_to"]}" is not a financial quarter or year')
                continue
            end = to[1]
            if end < start[0]:
                problems.add(where("targets", i, "applies_to"), "ends before applies_from")
        if kind == "profile":
            if start[0] != start[1] or (end != float("inf") and end != start[1]):
                problems.add(where("targets", i, "applies_from"), "a profile row is the target for exactly one quarter")
            end = start[1]
        for c in ("value", "low", "high", "tolerance"):
            plain_number("targets", i, row, c)
        if kind in ("value", "profile", "multi_year_total"):
            need("targets", i, row, "value")
        if kind == "range" and need("targets", i, row, "low") and need("targets", i, row, "high"):
            if Decimal(row["low"]) > Decimal(row["high"]):
                problems.add(where("targets", i, "low"), "low is above high")
        if kind == "quartile" and row.get("quartile") not in {"1", "2", "3", "4"}:
            problems.add(where("targets", i, "quartile"), "must be 1-4")
        if kind == "multi_year_total":
            d1, d2 = parse_date(row.get("total_from", "")), parse_date(row.get("total_to", ""))
            if not d1 or not d2:
                problems.add(where("targets", i, "total_from/total_to"), "must be real dates dd/mm/yyyy")
            elif d1 > d2:
                problems.add(where("targets", i, "total_from"), "is after total_to")
        tk = row.get("tolerance_kind", "") or "none"
        enum("targets", i, {"tolerance_kind": tk}, "tolerance_kind", {"none", "absolute", "percentage"}, True)
        if tk in ("absolute", "percentage") and not row.get("tolerance"):
            problems.add(where("targets", i, "tolerance"), f"required with tolerance_kind {tk}")
        if tk == "none" and row.get("tolerance"):
            problems.add(where("targets", i, "tolerance"), "given with tolerance_kind none")
        for s, e, j in spans.get(row["indicator_code"], []):
            if start[0] <= e and s <= end:
                problems.add(where("targets", i, "applies_from"), f"overlaps the target on row {j + 2}")
        spans.setdefault(row["indicator_code"], []).append((start[0], end, i))

    # measurements
    seen: dict[tuple[str, str, dt.date, dt.date], int] = {}
    for i, row in enumerate(data["measurements"]):
        known_indicator("measurements", i, row)
        period = parse_period(row["data_period"])
        if not period:
            problems.add(where("measurements", i, "data_period"), f'"{row["data_period"]}" is not a documented period or real date')
        else:
            key = (row["indicator_code"], *period)
            if key in seen:
                problems.add(where("measurements", i, "data_period"), f"a second measurement for this data period (row {seen[key] + 2})")
            seen[key] = i
        rp = parse_period(row["reporting_period"])
        if not rp or rp[0] != "quarter":
            problems.add(where("measurements", i, "reporting_period"), f'"{row["reporting_period"]}" is not a financial quarter')
        value = plain_number("measurements", i, row, "value")
        num = plain_number("measurements", i, row, "numerator")
        den = plain_number("measurements", i, row, "denominator")
        if (num is None) != (den is None):
            problems.add(where("measurements", i, "numerator/denominator"), "give both or neither")
        if num is not None and den is not None:
            if den <= 0:
                problems.add(where("measurements", i, "denominator"), "must be above 0")
            elif num > den:
                problems.add(where("measurements", i, "numerator/denominator"), f"the numerator {num} is larger than the denominator {den}")
            if value is not None:
                problems.add(where("measurements", i, "value"), "give a value or a numerator and denominator, not both")
        status = row.get("assessed_status", "")
        enum("measurements", i, row, "assessed_status", {"green", "amber", "red", "not_rated"}, False)
        if status and not row.get("assessment_reason"):
            problems.add(where("measurements", i, "assessment_reason"), "required with assessed_status")
        if value is None and num is None and not status:
            problems.add(where("measurements", i, "value"), "no value: allowed only with an assessed status")
        for c in ("provisional", "estimated"):
            enum("measurements", i, row, c, YES_NO, False)

    # benchmarks
    for i, row in enumerate(data["benchmarks"]):
        known_indicator("benchmarks", i, row)
        if not parse_period(row["data_period"]):
            problems.add(where("benchmarks", i, "data_period"), f'"{row["data_period"]}" is not a documented period')
        enum("benchmarks", i, row, "comparator", {"national", "regional", "statistical_neighbours"}, True)
        for c in ("value", "rank", "rank_of", "quartile"):
            plain_number("benchmarks", i, row, c)

    # scorecards
    cards: dict[str, tuple[str, str, str]] = {}
    sections: dict[str, list[str]] = {}
    for i, row in enumerate(data["scorecards"]):
        for c in FILES["scorecards"][0]:
            need("scorecards", i, row, c)
        known_indicator("scorecards", i, row)
        if row["organisation_code"] not in orgs:
            problems.add(where("scorecards", i, "organisation_code"), f'no organisation "{row["organisation_code"]}"')
        enum("scorecards", i, row, "scorecard_kind", {"corporate", "directorate", "service"}, True)
        enum("scorecards", i, row, "section_kind", {"perspective", "objective", "area_of_focus"}, True)
        ident = (row["scorecard_name"], row["organisation_code"], row["scorecard_kind"])
        if cards.setdefault(row["scorecard_code"], ident) != ident:
            problems.add(where("scorecards", i, "scorecard_code"), "name, organisation or kind differs from earlier rows")
        if row.get("current_period") and not (parse_period(row["current_period"]) or ("",))[0] == "quarter":
            problems.add(where("scorecards", i, "current_period"), "is not a financial quarter")
        order = sections.setdefault(row["scorecard_code"], [])
        if not order or order[-1] != row["section"]:
            if row["section"] in order:
                problems.add(where("scorecards", i, "section"), f'section "{row["section"]}" resumes after another section')
            order.append(row["section"])
    return data


# ---------------------------------------------------------------------------- expectations
def check_expectations(w: dict, l: dict, source: Path | None, problems: Problems) -> None:
    def card(data: dict, code: str) -> list[dict[str, str]]:
        return [r for r in data["scorecards"] if r["scorecard_code"] == code]

    cfc = card(w, "WCC-CFC-2019")
    expect(problems, len(cfc) == 60, f"CF&C scorecard has {len(cfc)} indicators, expected 60")
    perspectives = list(dict.fromkeys(r["section"] for r in cfc))
    expect(problems, perspectives == ["Children & Families", "Our Finance", "Our People", "Our Customer", "Our Future"],
           f"CF&C perspectives {perspectives}")
    expect(problems, [r["current_period"] for r in cfc if r["current_period"]] == ["Q2 2019/20"], "CF&C current period")
    codes = [r["indicator_code"] for r in cfc]
    q2 = [m for m in w["measurements"] if m["indicator_code"] in codes and m["reporting_period"] == "Q2 2019/20"]
    per_code = {c: sum(1 for m in q2 if m["indicator_code"] == c) for c in codes}
    expect(problems, all(n == 1 for n in per_code.values()), "every CF&C indicator has exactly one Q2 2019/20 measurement")
    counts = {s: sum(1 for m in q2 if m["assessed_status"] == s) for s in ("green", "amber", "red", "not_rated")}
    expect(problems, counts == {"green": 11, "amber": 12, "red": 26, "not_rated": 11},
           f"CF&C assessed counts {counts}, expected 11 green, 12 amber, 26 red, 11 not rated")
    cabinet = card(w, "WCC-CABINET-2016")
    expect(problems, len(cabinet) == 27, f"Cabinet 2016/17 scorecard has {len(cabinet)} indicators, expected 27")
    expect(problems, all(r["section_kind"] == "area_of_focus" for r in cabinet), "Cabinet sections are areas of focus")
    expect(problems, "Open For business" not in {r["section"] for r in cabinet}, "Open for Business spellings merged")
    shared = set(codes) & {r["indicator_code"] for r in cabinet}
    expect(problems, shared == {"WCC-LAC", "WCC-CPP", "WCC-ATT8"}, f"indicators on both scorecards: {sorted(shared)}")
    lcc = card(l, "LCC-CSM-2019")
    expect(problems, len(lcc) == 45, f"Lancashire scorecard has {len(lcc)} indicators, expected 45")
    expect(problems, len(dict.fromkeys(r["section"] for r in lcc)) == 5, "Lancashire has five objectives")
    expect(problems, len(l["indicators"]) == 45, "45 Lancashire indicators")
    expect(problems, len(w["indicators"]) == 84, "84 Worcestershire indicators (60 + 27 - 3 shared)")
    expect(problems, not any(r["data_period"] == "31/09/2019" for r in w["measurements"]), "no 31/09/2019")

    if source and source.exists():
        def titles(file: str, column: str = "indicator") -> list[str]:
            with (source / file).open(encoding="utf-8-sig", newline="") as f:
                return [r[column] for r in csv.DictReader(f)]
        by_code = {r["code"]: r["title"] for r in w["indicators"]}
        expect(problems, [by_code[c] for c in codes] == titles("worcestershire_cfc_scorecard_q2_2019.csv"),
               "CF&C titles exactly as printed, in seq order")
        lcc_titles = {r["code"]: r["title"] for r in l["indicators"]}
        expect(problems, [lcc_titles[r["indicator_code"]] for r in lcc] == titles("lancashire_strategy_monitoring_q3_2019.csv"),
               "Lancashire titles exactly as printed, in seq order")


# ---------------------------------------------------------------------------- rule vs published
def rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def rule_status(ind: dict[str, str], target: dict[str, str] | None, value: Decimal) -> tuple[str, str]:
    """The documented rule, as plainly as possible: (status, how)."""
    polarity = ind["polarity"]
    places = int(ind.get("decimal_places") or 0)
    v = rounded(value, places)
    if polarity == "no_polarity":
        return "not_rated", "no polarity"
    if not target or target["kind"] == "none":
        return "not_rated", "no target"
    kind = target["kind"]
    tk, tol = target.get("tolerance_kind") or "none", Decimal(target.get("tolerance") or 0)

    def band(point: Decimal) -> Decimal:
        return {"none": Decimal(0), "absolute": tol, "percentage": abs(point) * tol / 100}[tk]

    def grade(shortfall: Decimal, width: Decimal) -> str:
        if shortfall <= 0:
            return "green"
        return "amber" if width > 0 and shortfall <= width else "red"

    if kind in ("value", "profile"):
        t = rounded(Decimal(target["value"]), places)
        gap = v - t
        shortfall = {"higher_is_better": -gap, "lower_is_better": gap}.get(polarity, abs(gap))
        return grade(shortfall, band(t)), f"{v} vs {t} ({tk} {tol if tk != 'none' else ''})".replace(" )", ")")
    if kind == "range":
        low, high = Decimal(target["low"]), Decimal(target["high"])
        if low <= v <= high or (v > high and polarity == "higher_is_better") or (v < low and polarity == "lower_is_better"):
            return "green", f"{v} vs range {low}-{high}"
        edge = low if v < low else high
        return grade(abs(v - edge), band(edge)), f"{v} vs range {low}-{high}"
    return "not_rated", f"{kind} target not evaluated here"


def compare_with_published(w: dict) -> list[tuple[str, ...]]:
    indicators = {r["code"]: r for r in w["indicators"]}
    rows = []
    for m in w["measurements"]:
        if not m["assessed_status"]:
            continue
        if m["value"]:
            value = Decimal(m["value"])
        elif m["numerator"]:
            value = Decimal(m["numerator"]) * 100 / Decimal(m["denominator"])
        else:
            continue  # a rating published without its figure: nothing to compute
        q = quarter_index(m["reporting_period"])[0]
        target = None
        for t in w["targets"]:
            if t["indicator_code"] != m["indicator_code"]:
                continue
            s = quarter_index(t["applies_from"])[0]
            e = quarter_index(t["applies_to"])[1] if t["applies_to"] else float("inf")
            if s <= q <= e:
                target = t
        status, how = rule_status(indicators[m["indicator_code"]], target, value)
        rows.append((m["indicator_code"], m["reporting_period"], m["value_as_printed"], how, status,
                     m["assessed_status"], "" if status == m["assessed_status"] else "DIFFERS"))
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("demo", nargs="?", default=str(DEFAULT_DEMO))
    parser.add_argument("--source", default=str(DEFAULT_SOURCE), help="the council reports, to check titles")
    parser.add_argument("--quiet", action="store_true", help="do not print the rule-versus-published table")
    args = parser.parse_args(argv)
    demo = Path(args.demo)
    problems = Problems()
    w = check_council(demo / "worcestershire", problems)
    l = check_council(demo / "lancashire", problems)
    check_expectations(w, l, Path(args.source), problems)
    if problems.items:
        print(f"{len(problems.items)} problem(s):")
        for p in problems.items:
            print("  " + p)
        return 1
    total = sum(len(rows) for data in (w, l) for rows in data.values())
    print(f"OK: {demo} matches the import format ({total} rows in 12 files); "
          "CF&C 60 indicators, 11 green / 12 amber / 26 red / 11 not rated; Cabinet 2016/17 27; Lancashire 45.")
    if not args.quiet:
        rows = compare_with_published(w)
        differ = [r for r in rows if r[-1]]
        print(f"\nRule status against published rating, Worcestershire ({len(rows)} ratings with a figure, "
              f"{len(differ)} differ):")
        print(f"  {'indicator':<12} {'reported':<11} {'printed':<22} {'rule input':<34} {'rule':<10} {'published':<10}")
        for r in rows:
            print(f"  {r[0]:<12} {r[1]:<11} {r[2][:22]:<22} {r[3][:34]:<34} {r[4]:<10} {r[5]:<10} {r[6]}")
        judged = [r for r in differ if r[3] in ("no target", "no polarity")]
        ruled = [r for r in differ if r not in judged]
        print(f"\n  {len(judged)} published ratings have no printed target, so the rule cannot rate them (not_rated); "
              f"{len(ruled)} differ from the rule although a target is printed: "
              + ", ".join(f"{r[0]} {r[1]} rule {r[4]} / published {r[5]}" for r in ruled))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
