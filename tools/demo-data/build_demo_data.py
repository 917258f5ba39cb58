#!/usr/bin/env python3
"""Build Beacon's demo import files from the transcribed council reports.

Reads the CSVs in ../shared/data/council-reports (or the folder given as the first
argument) and writes Beacon's import format (docs/import-format.md) to
src/main/resources/demo/worcestershire/ and src/main/resources/demo/lancashire/.

Every officer decision (polarity, unit, decimal places, tolerance, data periods, target
spans) is a row in one of the tables below, and is written into the `note` column of the
row it shapes, so the imported data explains itself. Nothing here invents a figure: every
value, target and comparator comes from the transcribed reports.

Run from the project root:  python3 tools/demo-data/build_demo_data.py [SOURCE_DIR] [--out DIR]
Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from demo_support import BuildError, fail, read_csv, join_notes

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = PROJECT_ROOT / ".." / "shared" / "data" / "council-reports"
DEFAULT_OUT = PROJECT_ROOT / "src" / "main" / "resources" / "demo"

# --------------------------------------------------------------------------------------
# Output columns: every column the import format documents for each file, nothing else.
# --------------------------------------------------------------------------------------
COLUMNS = {
    "organisation": ["code", "name", "kind", "parent_code", "note"],
    "indicators": ["code", "title", "definition", "organisation_code", "unit", "decimal_places",
                   "polarity", "frequency", "accumulation", "arrears_months", "comparison", "owner",
                   "owner_email", "data_source", "public", "note"],
    "targets": ["indicator_code", "kind", "applies_from", "applies_to", "value", "low", "high",
                "quartile", "total_from", "total_to", "tolerance_kind", "tolerance",
                "text_as_printed", "note"],
    "measurements": ["indicator_code", "data_period", "reporting_period", "value", "numerator",
                     "denominator", "provisional", "estimated", "value_as_printed",
                     "performance_details", "current_activity", "future_activity",
                     "assessed_status", "assessment_reason", "note"],
    "benchmarks": ["indicator_code", "data_period", "comparator", "value", "rank", "rank_of",
                   "quartile", "source", "note"],
    "scorecards": ["scorecard_code", "scorecard_name", "organisation_code", "scorecard_kind",
                   "section", "section_kind", "indicator_code", "current_period", "note"],
}

HIGHER, LOWER, RANGE, NONE_ = "higher_is_better", "lower_is_better", "within_range", "no_polarity"
Q, A, M, IRR = "quarterly", "annual", "monthly", "irregular"
YTD = "cumulative_ytd"


@dataclass(frozen=True)
class Ind:
    """One indicator's definition decisions."""
    code: str
    unit: str
    dp: int
    polarity: str
    frequency: str
    why: str                      # why this polarity (and anything else about the measure)
    accumulation: str = "snapshot"
    arrears: int = 0
    comparison: str = ""
    tol: str = ""                 # tolerance rule name; empty = the unit's default rule
    definition: str = ""
    data_source: str = ""


# --------------------------------------------------------------------------------------
# Tolerance: one rule per kind of measure, written down once, applied to every target.
# Chosen for what a performance officer can defend, NOT tuned to reproduce the published
# RAG: where rule and published rating differ, Beacon shows both and the report says so.
# --------------------------------------------------------------------------------------
TOLERANCE_RULES = {
    "share": "the rule for percentages: 1 percentage point, or 10% of the target when the target is under 10% "
             "(on a small rate a 1-point band would be wider than a tenth of the target)",
    "score": "the rule for points scores (Attainment 8, A level points): 1% of the target",
    "progress8": "the rule for Progress 8: 0.1 points (the score is centred on 0, so a share of the target means "
                 "nothing)",
    "volume": "the rule for counts, rates, days and FTE: 5% of the target",
    "budget": "the rule for money against a budget: 1% of the budget",
    "budget_pct": "the rule for a % variance to budget: 1 percentage point, i.e. 1% of the budget as for money",
    "none": "none: a range, a quartile or a total is its own band",
}
DEFAULT_TOLERANCE_RULE = {"percent": "share", "score": "score", "currency_gbp": "budget",
                          "number": "volume", "rate_per_1000": "volume", "rate_per_10000": "volume",
                          "rate_per_100000": "volume", "days": "volume", "fte": "volume"}


def tolerance(ind: Ind, target_kind: str, target_value: Decimal | None) -> tuple[str, str, str]:
    """(tolerance_kind, tolerance, a sentence for the note) for a target of this indicator."""
    if target_kind == "none":
        return "none", "", ""
    if target_kind in ("range", "quartile", "multi_year_total"):
        return "none", "", "Amber band " + TOLERANCE_RULES["none"]
    rule = ind.tol or DEFAULT_TOLERANCE_RULE[ind.unit]
    words = "Amber band by " + TOLERANCE_RULES[rule]
    if rule == "share":
        if target_value is not None and 0 < target_value < 10:
            return "percentage", "10", words
        return "absolute", "1", words
    if rule == "score":
        return "percentage", "1", words
    if rule == "progress8":
        return "absolute", "0.1", words
    if rule == "volume":
        return "percentage", "5", words
    if rule == "budget":
        return "percentage", "1", words
    if rule == "budget_pct":
        return "absolute", "1", words
    fail(f"{ind.code}: unknown tolerance rule {rule!r}")
    return "", "", ""


# Source unit words -> Beacon unit codes. A table entry that differs must say why in `why`.
SOURCE_UNITS = {"percent": "percent", "rate per 10,000": "rate_per_10000", "days": "days",
                "GBP": "currency_gbp", "FTE": "fte", "count": "number", "score": "score",
                "rate per 100,000": "rate_per_100000", "days per FTE": "days"}

# ======================================================================================
# WORCESTERSHIRE
# ======================================================================================
WCC_ORGANISATIONS = [
    ("WCC", "Worcestershire County Council", "council", "", ""),
    ("WCC-CFC", "Children, Families and Communities", "directorate", "WCC",
     "Owns the CF&C balanced scorecard and the children's measures shared with the Cabinet scorecard."),
]

CFC_SCORECARD = ("WCC-CFC-2019", "Children, Families and Communities Balanced Scorecard", "WCC-CFC",
                 "directorate", "Q2 2019/20")
CFC_REPORT = "CF&C balanced scorecard, Quarter 2 2019/20"
CFC_REPORTING = "Q2 2019/20"
CFC_TARGET_SPAN = ("Q1 2019/20", "Q4 2019/20",
                   "Target printed in the CF&C scorecard for 2019/20; applied to the whole financial "
                   "year 2019/20 (Q1-Q4), the year the scorecard monitors.")

# Common reasons, so the same judgement reads the same way everywhere.
ATTAIN = "higher attainment is better"
ATTAIN_PCT = "a higher share reaching the standard is better"
POINTS_WITH_PCT = ("unit: printed with '%' but this is a points score, not a percentage, so "
                   "'score'")
SHARED = ("One indicator on both Worcestershire scorecards (2016/17 Cabinet and 2019/20 CF&C): "
          "the same county-wide measure. ")

# seq on the CF&C scorecard -> decisions. Code = WCC-CFC-<seq>, except the three measures
# shared with the 2016/17 Cabinet scorecard, which get council-wide codes.
CFC = {
    1: Ind("WCC-CFC-01", "percent", 1, LOWER, Q, "fewer 16-17 year olds not in education, employment or training is better"),
    2: Ind("WCC-CPP", "rate_per_10000", 1, LOWER, Q,
           SHARED + "Polarity as printed on the 2016/17 detail page: LOWER = BETTER. Title as printed in "
           "2019/20; the 2016/17 scorecard prints 'Children with a child protection plan'.",
           definition="Worcestershire in line with the national average for the number of children with a "
                      "child protection plan per 10,000"),
    3: Ind("WCC-CFC-03", "percent", 0, LOWER, Q, "an unknown status is a young person the council has lost track of; fewer is better"),
    4: Ind("WCC-CFC-04", "percent", 1, HIGHER, A, "a higher share reaching a good level of development is better"),
    5: Ind("WCC-CFC-05", "percent", 0, HIGHER, Q, "more schools judged good or outstanding is better; heading printed \"School's\" and kept"),
    6: Ind("WCC-CFC-06", "percent", 0, HIGHER, Q, "more care leavers in suitable accommodation is better"),
    7: Ind("WCC-CFC-07", "percent", 0, HIGHER, Q, "more care leavers in education, employment or training is better"),
    8: Ind("WCC-CFC-08", "percent", 1, LOWER, Q,
           "placing children far from where they lived is a worse outcome; fewer is better. 1 decimal place so "
           "the comparator authorities' 16.4% shows as printed"),
    9: Ind("WCC-CFC-09", "percent", 0, LOWER, Q, "a second or later plan means an earlier plan did not last; fewer is better"),
    10: Ind("WCC-LAC", "rate_per_10000", 1, LOWER, Q,
            SHARED + "Polarity as printed on the 2016/17 detail page: LOWER = BETTER.",
            definition="Children looked after at quarter end rate per 10,000 population (under 18 Worcestershire "
                       "population) to be no more than 60 per 10,000"),
    11: Ind("WCC-CFC-11", "percent", 2, LOWER, Q, "fewer permanent exclusions is better"),
    12: Ind("WCC-CFC-12", "percent", 2, LOWER, Q, "fewer permanent exclusions is better"),
    13: Ind("WCC-CFC-13", "percent", 1, LOWER, Q, "less persistent absence is better"),
    14: Ind("WCC-CFC-14", "percent", 1, LOWER, Q, "less persistent absence is better"),
    15: Ind("WCC-CFC-15", "score", 2, HIGHER, A, ATTAIN + "; " + POINTS_WITH_PCT + " (0 = the national average)", tol="progress8"),
    16: Ind("WCC-CFC-16", "score", 1, HIGHER, A, ATTAIN + "; " + POINTS_WITH_PCT),
    17: Ind("WCC-CFC-17", "percent", 0, HIGHER, A, ATTAIN_PCT),
    18: Ind("WCC-CFC-18", "score", 1, HIGHER, A, ATTAIN + "; " + POINTS_WITH_PCT),
    19: Ind("WCC-CFC-19", "percent", 0, HIGHER, A, ATTAIN_PCT + "; title from the page heading ('at end'), the contents page prints 'a end'"),
    20: Ind("WCC-CFC-20", "percent", 1, HIGHER, A, ATTAIN_PCT),
    21: Ind("WCC-CFC-21", "score", 2, HIGHER, A, ATTAIN + "; " + POINTS_WITH_PCT + " (A level average points, best 3)"),
    22: Ind("WCC-ATT8", "score", 1, HIGHER, A, SHARED + ATTAIN + "; " + POINTS_WITH_PCT),
    23: Ind("WCC-CFC-23", "percent", 1, HIGHER, A, ATTAIN_PCT),
    24: Ind("WCC-CFC-24", "percent", 0, HIGHER, Q, "more assessments on time is better"),
    25: Ind("WCC-CFC-25", "percent", 0, HIGHER, Q, "more care proceedings completed within 26 weeks is better"),
    26: Ind("WCC-CFC-26", "percent", 1, HIGHER, A, "more families getting their choice of school is better"),
    27: Ind("WCC-CFC-27", "percent", 0, HIGHER, A, "more families getting their choice of school is better"),
    28: Ind("WCC-CFC-28", "days", 0, LOWER, Q, "a shorter wait for an adoptive family is better; no unit printed with the value, days from the title"),
    29: Ind("WCC-CFC-29", "percent", 1, HIGHER, A, ATTAIN_PCT),
    30: Ind("WCC-CFC-30", "percent", 1, HIGHER, A, ATTAIN_PCT),
    31: Ind("WCC-CFC-31", "percent", 1, HIGHER, A, "more families getting their choice of school is better"),
    32: Ind("WCC-CFC-32", "percent", 1, HIGHER, A, ATTAIN_PCT),
    33: Ind("WCC-CFC-33", "percent", 1, HIGHER, A, ATTAIN_PCT),
    34: Ind("WCC-CFC-34", "percent", 1, HIGHER, A, ATTAIN_PCT),
    35: Ind("WCC-CFC-35", "score", 2, HIGHER, A, ATTAIN + "; " + POINTS_WITH_PCT + " (Progress 8, 0 = the national average)", tol="progress8"),
    36: Ind("WCC-CFC-36", "score", 2, HIGHER, A, ATTAIN + "; " + POINTS_WITH_PCT + " (Progress 8, 0 = the national average)", tol="progress8"),
    37: Ind("WCC-CFC-37", "percent", 1, HIGHER, A, ATTAIN_PCT),
    38: Ind("WCC-CFC-38", "percent", 1, HIGHER, A, ATTAIN_PCT),
    39: Ind("WCC-CFC-39", "percent", 1, HIGHER, A, ATTAIN_PCT),
    40: Ind("WCC-CFC-40", "percent", 1, HIGHER, A, ATTAIN_PCT),
    41: Ind("WCC-CFC-41", "percent", 0, HIGHER, A, ATTAIN_PCT),
    42: Ind("WCC-CFC-42", "percent", 1, HIGHER, A, ATTAIN_PCT),
    43: Ind("WCC-CFC-43", "percent", 0, HIGHER, A, ATTAIN_PCT),
    44: Ind("WCC-CFC-44", "percent", 1, HIGHER, A, ATTAIN_PCT),
    45: Ind("WCC-CFC-45", "currency_gbp", 0, LOWER, Q, "a forecast outturn at or under the budget is better (the budget is the target)"),
    46: Ind("WCC-CFC-46", "currency_gbp", 0, LOWER, Q,
            "a forecast outturn at or under the budget is better. This is the CF&C directorate's budget "
            "(£82.5m), kept separate from the council-wide WCC-CORP-11 on the 2016/17 Cabinet scorecard"),
    47: Ind("WCC-CFC-47", "currency_gbp", 0, RANGE, Q,
            "the title sets the aim: outturn within +/- 5% of budget, so within_range, and the target is the "
            "range 95%-105% of the printed budget (£27,476,000)"),
    48: Ind("WCC-CFC-48", "fte", 2, LOWER, Q,
            "the report says the target and RAG are based on the budgeted establishment FTE, so staying within "
            "the establishment is what is rated: lower (at or under it) is better. The CF&C directorate's FTE, "
            "kept separate from the council-wide WCC-CORP-14"),
    49: Ind("WCC-CFC-49", "days", 2, LOWER, Q,
            "fewer days lost to sickness is better. Year-to-date average days per FTE (the details say "
            "'during financial year 2019/2020 to date'), so cumulative_ytd, compared with the same period "
            "last year as the report does. The CF&C directorate's figure, kept separate from the "
            "council-wide WCC-CORP-26",
            accumulation=YTD, comparison="same_period_last_year",
            definition="Average days sick per person [FTE]"),
    50: Ind("WCC-CFC-50", "currency_gbp", 0, LOWER, Q,
            "spending less on agency staff is better (a permanent workforce is the council's aim and the report "
            "compares the year-end prediction with last year's spend); published N/A, so no target. Spend to "
            "date in the financial year, so cumulative_ytd",
            accumulation=YTD, comparison="same_period_last_year"),
    51: Ind("WCC-CFC-51", "percent", 2, NONE_, Q,
            "contextual: some turnover is healthy, so neither direction is better; published N/A. Leavers to "
            "date in the year, so cumulative_ytd", accumulation=YTD),
    52: Ind("WCC-CFC-52", "percent", 2, NONE_, Q,
            "contextual, published N/A with the same explanation as staff turnover; leavers to date in the "
            "year, so cumulative_ytd", accumulation=YTD),
    53: Ind("WCC-CFC-53", "percent", 0, LOWER, Q, "a lower share of complaints upheld means fewer justified complaints; published N/A, no target"),
    54: Ind("WCC-CFC-54", "percent", 1, LOWER, Q, "a lower share of complaints upheld means fewer justified complaints; published N/A, no target"),
    55: Ind("WCC-CFC-55", "number", 0, NONE_, Q,
            "contextual: the number of complaints received says as much about access to complaints as about "
            "service quality; published N/A"),
    56: Ind("WCC-CFC-56", "percent", 2, HIGHER, A, "more performance reviews completed is better; an annual round (data at 30/06/2019)"),
    57: Ind("WCC-CFC-57", "percent", 0, HIGHER, A,
            "a higher response rate is better. Kept separate from the council-wide WCC-CORP-17 'Staff Survey "
            "response rate': on a directorate scorecard, read as the directorate's rate",
            data_source="Your Voice staff survey"),
    58: Ind("WCC-CFC-58", "percent", 0, HIGHER, A,
            "more staff agreeing is better. Kept separate from the council-wide WCC-CORP-27 (46% in 2016/17): "
            "on a directorate scorecard, read as CF&C staff's answers",
            data_source="Your Voice staff survey"),
    59: Ind("WCC-CFC-59", "percent", 0, HIGHER, A, "more staff feeling valued is better", data_source="Your Voice staff survey"),
    60: Ind("WCC-CFC-60", "score", 1, HIGHER, A, "a higher engagement rating is better; printed as a bare score, scale not printed",
            data_source="Your Voice staff survey"),
}

# Data periods that cannot be copied as printed. A bare "2018/19" means a financial year
# in Beacon, so each one printed bare is decided here; the build fails on any it misses.
CFC_PERIOD_DECISIONS = {
    **{seq: ("AY", "exam/attainment result printed '2018/19': the academic year, written AY 2018/19")
       for seq in range(15, 24)},
    **{seq: ("FY", "staff survey printed '2017/18': the Your Voice survey is run and reported in a financial "
                   "year, so the bare 2017/18 is kept (Beacon reads it as financial year 2017/18)")
       for seq in range(57, 61)},
    31: ("FIX", "data period printed as 31/09/2019, a date that does not exist; recorded as 30/09/2019, the end "
                "of September and of Q2, like the rows around it"),
}
# Printed data periods kept as printed but worth a word on the measurement.
CFC_PERIOD_REMARKS = {
    26: "data period printed 31/03/2018 in a Q2 2019/20 scorecard; kept as printed",
    27: "data period printed 31/03/2018 in a Q2 2019/20 scorecard; kept as printed",
    45: "data period printed 31/03/2018 although the title is a forecast outturn for the current year; kept as printed",
    46: "data period printed 31/03/2018 although the title is the expected position at the end of the year; kept as printed",
    47: "data period printed 31/03/2018; kept as printed",
    49: "data period printed 31/03/2019 while the details say 'financial year 2019/2020 to date' (so probably "
        "30/09/2019); kept as printed. Same period 2018/19: 4.24 days (in the details, not stored)",
    50: "year-end prediction £3,284,634 against £5,026,741 spent in 2018/19 (in the details, not stored as values)",
}

# Where the report's text gives the count behind a percentage: (numerator, denominator, why)
CFC_RATIOS = {
    6: (58, 76, "stored as 58 of 76 from the commentary ('Of the 76 Care Leavers ... 58 were in suitable "
                "accommodation (76%)'): 58/76 = 76.3%, shown as 76 at 0 decimal places, as printed. The commentary "
                "says the 76 had birthdays 'in Q1' while the EET page says the same 76 fell in Q2; recorded against "
                "the printed data period"),
}
CFC_RATIO_REFUSED = {
    7: "not stored as 43 of 76: the commentary says 'Of the 76 Care Leavers ... 43 were in employment, education "
       "or training (43%)' but 43 of 76 is 56.6%, and 43 + 29 + 14 = 86, not 76. The printed 43% is kept as the value",
}

# Comparators the scorecard prints: seq -> (comparator, value, source, note)
CFC_BENCHMARKS = {
    5: ("national", "86", "England figure quoted in the covering Cabinet report",
        "England 86% from the covering Cabinet report, which quotes 'England 86% / Worcestershire 84%'; its own "
        "date is not printed, so recorded against the period of the Worcestershire figure it is compared with"),
    8: ("statistical_neighbours", "16.4", "CF&C balanced scorecard Q2 2019/20 commentary",
        "'the latest figure for comparator authorities (16.4%)'; its own date is not printed, so recorded against "
        "the period of the Worcestershire figure it is compared with"),
}

CFC_RAG = {"GREEN": "green", "AMBER": "amber", "RED": "red", "NO STATUS": "not_rated", "N/A": "not_rated"}
CFC_EXPECTED_COUNTS = {"green": 11, "amber": 12, "red": 26, "not_rated": 11}

# --- Cabinet Balanced Scorecard, Q4 2016/17 -------------------------------------------
CORP_SCORECARD = ("WCC-CABINET-2016", "Cabinet Balanced Scorecard", "WCC", "corporate", "Q4 2016/17")
CORP_REPORT = "Cabinet Balanced Scorecard, Quarter 4 2016/17"
CORP_SPAN = ("Q1 2016/17", "Q4 2016/17")
# The two printed spellings of one area of focus become one section.
CORP_SECTION_NAMES = {"Open For business": "Open for Business"}
# Sections in the order that respects both printed lists (green: OfB, C&F, H&W, Finance,
# Internal Business, Customer, L&G; red: OfB, C&F, The Environment, H&W, IB, L&G).
CORP_SECTION_ORDER = ["Open for Business", "Children and Families", "The Environment", "Health and Wellbeing",
                      "Finance", "Internal Business", "Customer", "Learning and Growth"]

NO_UNIT = "unit not printed (no figure in the report); "
# seq in the overview lists -> decisions. Code = WCC-CORP-<seq>, except the shared three.
CORP = {
    1: Ind("WCC-CORP-01", "percent", 1, LOWER, Q, "fewer residents on out-of-work benefits is better"),
    2: Ind("WCC-CORP-02", "currency_gbp", 0, HIGHER, A, NO_UNIT + "GVA is money, so currency_gbp; growth is better"),
    3: Ind("WCC-CORP-03", "percent", 1, HIGHER, A, "a larger share of England's GVA is better"),
    4: Ind("WCC-CORP-04", "number", 0, LOWER, Q, NO_UNIT + "read as a count of claimants; fewer is better"),
    5: Ind("WCC-CORP-05", "percent", 1, HIGHER, Q, NO_UNIT + "read as the employment rate of working-age adults; higher is better"),
    6: Ind("WCC-CORP-06", "percent", 1, LOWER, A,
           NO_UNIT + "read as the national SCANNER measure, the percentage of principal roads where maintenance "
           "should be considered, where lower is better; check with Highways"),
    7: Ind("WCC-CORP-07", "percent", 1, HIGHER, Q, "more children placed with an adoptive family within 14 months is better"),
    9: Ind("WCC-CORP-09", "number", 0, NONE_, Q,
           NO_UNIT + "read as a count. No direction printed and it reads both ways (more residents helped, or less "
           "reliance on care), so no_polarity; its published rating is kept as the assessed status"),
    10: Ind("WCC-CORP-10", "percent", 1, LOWER, A, "a smaller share of the budget spent on debt financing is better"),
    11: Ind("WCC-CORP-11", "currency_gbp", 0, LOWER, Q,
            "a forecast outturn at or under the budget is better. Council-wide; kept separate from the CF&C "
            "directorate's WCC-CFC-46"),
    12: Ind("WCC-CORP-12", "currency_gbp", 2, LOWER, A,
            "the title sets the aim (below the average Band D), so lower is better; Band D is quoted in pounds and pence"),
    13: Ind("WCC-CORP-13", "days", 1, LOWER, Q, "paying suppliers sooner is better"),
    14: Ind("WCC-CORP-14", "fte", 2, LOWER, Q,
            "rated against the budgeted establishment, as the CF&C measure says, so at or under it is better. "
            "Council-wide; kept separate from the CF&C directorate's WCC-CFC-48"),
    15: Ind("WCC-CORP-15", "percent", 1, HIGHER, A, "more residents who feel they can influence decisions is better"),
    16: Ind("WCC-CORP-16", "percent", 1, HIGHER, A, "higher satisfaction is better", data_source="Viewpoint survey"),
    17: Ind("WCC-CORP-17", "percent", 1, HIGHER, A,
            "a higher response rate is better. Council-wide; kept separate from the CF&C directorate's WCC-CFC-57",
            data_source="Staff survey"),
    18: Ind("WCC-CORP-18", "percent", 1, HIGHER, A, "higher satisfaction is better"),
    19: Ind("WCC-CORP-19", "number", 0, LOWER, A,
            "the title sets the aim (reduce), so lower is better. The measure is kilograms of household waste per "
            "head; Beacon has no kg-per-head unit, so 'number' (kilograms per head)"),
    20: Ind("WCC-CORP-20", "percent", 1, HIGHER, A,
            NO_UNIT + "read as the gap in percentage points between Worcestershire's and England's three-year "
            "survival rates; a higher rate than England is better"),
    21: Ind("WCC-CORP-21", "percent", 1, HIGHER, A, "more businesses surviving is better"),
    24: Ind("WCC-CORP-24", "percent", 1, HIGHER, A, "higher satisfaction is better"),
    25: Ind("WCC-CORP-25", "number", 0, LOWER, Q, "polarity as printed on the detail page: LOWER = BETTER",
            definition="Older people with a permanent care home placement funded by the Council from the relevant "
                       "older people budget."),
    26: Ind("WCC-CORP-26", "days", 2, LOWER, Q,
            "polarity as printed on the detail page: LOWER = BETTER. A rolling 12-month average, recorded as at the "
            "end of its 12 months. Council-wide; kept separate from the CF&C directorate's WCC-CFC-49",
            definition="Average days sick per person [FTE]."),
    27: Ind("WCC-CORP-27", "percent", 0, HIGHER, A,
            "polarity as printed on the detail page: HIGHER = BETTER. Council-wide; kept separate from the CF&C "
            "directorate's WCC-CFC-58 (the 2017/18 directorate result)",
            definition="Percentage of staff who responded to the staff survey who strongly or moderately agree that "
                       "the County Council has a clear vision for the future.",
            data_source="Staff survey"),
}
# Overview rows that are the same measure as a CF&C indicator: corporate seq -> CF&C seq
CORP_SHARED = {8: 22, 22: 2, 23: 10}

# Data periods for the Q4 2016/17 ratings printed without a figure.
CORP_DATA_PERIODS = {
    8: ("AY 2015/16", "no figure printed; the latest Attainment 8 results in March 2017 were those for the "
                      "2015/16 academic year (GCSE 2016), so the rating is recorded against AY 2015/16, in "
                      "line with this indicator's other (academic year) data periods"),
    18: ("CY 2016", "figure and period from the summary: 'fell from 35.4% in 2015 to 32% in 2016'; the 2015 "
                    "figure stays in the text because when it was reported is not known"),
}
CORP_VALUES = {18: ("32", "32%")}  # only where the overview prints both the figure and its period

# The five detail pages: corporate seq -> the earlier figure each page prints.
# (data period of the Q4 figure, previous data period, previous reporting period,
#  previous value as printed, why)
CORP_DETAILS = {
    23: ("31/03/2017", "31/12/2016", "Q3 2016/17", "60.6 per 10,000",
         "children looked after at quarter end: as-at dates, like the 2019/20 figures"),
    22: ("31/03/2017", "31/12/2016", "Q3 2016/17", "38.1 per 10,000",
         "the page says 'from 38.1 per 10,000 at 31/12/2016 to 43.2 per 10,000 at 31/03/2017'"),
    25: ("Q4 2016/17", "Q3 2016/17", "Q3 2016/17", "1360", "periods as printed ('Q4 2016/17', 'the last quarter')"),
    26: ("31/03/2017", "31/12/2016", "Q3 2016/17", "9.11 days",
         "a 12-month average: 'The 2016/17 average sickness rate is 8.92 days', recorded as at 31/03/2017; the "
         "previous quarter's 9.11 days as at 31/12/2016"),
    27: ("2016/17", "CY 2015", "Q4 2016/17", "60%",
         "staff survey: the current survey recorded as the financial year 2016/17 (as for the CF&C scorecard's "
         "2017/18 survey); the previous one is printed as 'the last staff survey (2015)'. When the 2015 result was "
         "first reported is not printed, so it is recorded as reported with this scorecard, which prints it"),
}
# national comparators on the detail pages: corporate seq -> (data period, why)
CORP_BENCHMARKS = {
    23: ("31/03/2016", "'We are above the national average which is 60 per 10,000 at 31/03/2016.'"),
    22: ("31/03/2017", "'The figure is now above the national average which was 43.1 per 10,000 at 31/03/2017' "
                       "(as printed)"),
}
CORP_RATINGS = {"GREEN": "green", "RED": "red", "Red": "red", "Green": "green", "No Status": "not_rated"}

# ======================================================================================
# LANCASHIRE
# ======================================================================================
LCC_ORGANISATIONS = [
    ("LCC", "Lancashire County Council", "council", "", ""),
    ("LCC-GET", "Growth, Environment & Transport", "directorate", "LCC",
     "Printed both as 'Growth, Environment & Transport' and 'Growth, Environment and Transport': one directorate."),
    ("LCC-ECS", "Education and Children's Services", "directorate", "LCC", ""),
    ("LCC-ASHW", "Adults Services and Health and Wellbeing", "directorate", "LCC", ""),
    ("LCC-CEDR", "Chief Executive and Director of Resources", "directorate", "LCC", ""),
]
LCC_DIRECTORATES = {"Growth, Environment & Transport": "LCC-GET", "Growth, Environment and Transport": "LCC-GET",
                    "Education and Children's Services": "LCC-ECS",
                    "Adults Services and Health and Wellbeing": "LCC-ASHW",
                    "Chief Executive and Director of Resources": "LCC-CEDR"}
LCC_SCORECARD = ("LCC-CSM-2019", "Corporate Strategy Monitoring", "LCC", "corporate", "Q3 2019/20")
LCC_QUARTERS = {"baseline": "Q4 2018/19", "q1": "Q1 2019/20", "q2": "Q2 2019/20", "q3": "Q3 2019/20"}
LCC_TARGET_SPAN = ("Q1 2019/20", "Q4 2020/21",
                   "2020/21 target; the report monitors 2019/20 against it, so it applies from Q1 2019/20 to the "
                   "end of 2020/21 (Q4 2020/21)")
GOOD_IS = {"High": "printed 'Good is High'", "Low": "printed 'Good is Low'"}
NO_DATA = "no figures reported; polarity not printed, so no_polarity; "
PLACEHOLDER = "unit not printed and no figure reported: 'number' as a placeholder; "

LCC = {
    1: Ind("LCC-01", "percent", 2, HIGHER, Q, GOOD_IS["High"]),
    2: Ind("LCC-02", "percent", 2, HIGHER, Q, GOOD_IS["High"]),
    3: Ind("LCC-03", "percent", 2, HIGHER, Q, GOOD_IS["High"]),
    4: Ind("LCC-04", "percent", 2, HIGHER, Q, GOOD_IS["High"]),
    5: Ind("LCC-05", "days", 2, LOWER, Q, GOOD_IS["Low"] + "; title kept with its trailing 'target 5 days', as printed"),
    6: Ind("LCC-06", "percent", 0, HIGHER, Q, GOOD_IS["High"] + "; title truncated after 'composting of' in the report, kept as printed"),
    7: Ind("LCC-07", "percent", 0, HIGHER, Q, GOOD_IS["High"] + "; each quarter's figure is a 3-month average, recorded as that quarter"),
    8: Ind("LCC-08", "percent", 1, HIGHER, Q, GOOD_IS["High"]),
    9: Ind("LCC-09", "percent", 1, HIGHER, A, GOOD_IS["High"]),
    10: Ind("LCC-10", "percent", 1, HIGHER, A, GOOD_IS["High"]),
    11: Ind("LCC-11", "percent", 1, HIGHER, A, GOOD_IS["High"]),
    12: Ind("LCC-12", "percent", 1, HIGHER, Q, GOOD_IS["High"] + "; each quarter against that quarter's target number offered (17,603)"),
    13: Ind("LCC-13", "percent", 1, HIGHER, Q,
            GOOD_IS["High"] + "; a year-to-date rate (the title says so and the counts add up). Not cumulative_ytd: "
            "that is for running totals, whose annual target is pro-rated, and a rate of 58% is not 58% of anything "
            "by Q2. So snapshot, compared with the same period last year as year-to-date figures are",
            comparison="same_period_last_year"),
    14: Ind("LCC-14", "percent", 1, HIGHER, Q, GOOD_IS["High"]),
    15: Ind("LCC-15", "percent", 1, HIGHER, Q, GOOD_IS["High"]),
    16: Ind("LCC-16", "percent", 1, HIGHER, Q, GOOD_IS["High"] + "; frequency cell empty in the report: quarterly, as it is reported every quarter"),
    17: Ind("LCC-17", "number", 0, HIGHER, Q, GOOD_IS["High"] + "; an annual cumulative indicator, so cumulative_ytd: each value is the year-to-date total", accumulation=YTD),
    18: Ind("LCC-18", "number", 0, HIGHER, Q, GOOD_IS["High"] + "; an annual cumulative indicator, so cumulative_ytd: each value is the year-to-date total", accumulation=YTD),
    19: Ind("LCC-19", "number", 0, HIGHER, Q, GOOD_IS["High"] + "; an annual cumulative indicator, so cumulative_ytd: each value is the year-to-date total", accumulation=YTD),
    20: Ind("LCC-20", "number", 0, HIGHER, Q, GOOD_IS["High"] + "; an annual cumulative indicator, so cumulative_ytd: each value is the year-to-date total", accumulation=YTD),
    21: Ind("LCC-21", "number", 0, HIGHER, Q, GOOD_IS["High"] + "; an annual cumulative indicator, printed cumulative already, so cumulative_ytd", accumulation=YTD),
    22: Ind("LCC-22", "percent", 0, HIGHER, A, GOOD_IS["High"]),
    23: Ind("LCC-23", "score", 1, HIGHER, A, GOOD_IS["High"]),
    24: Ind("LCC-24", "percent", 1, HIGHER, Q,
            GOOD_IS["High"] + ": the figure is the share IN education, employment or training, despite '(NEET)' in the title"),
    25: Ind("LCC-25", "percent", 2, LOWER, A,
            GOOD_IS["Low"] + "; printed 'Quarterly' but only academic-year figures are reported (Q1 and Q2 '-'), so annual"),
    26: Ind("LCC-26", "percent", 2, HIGHER, Q, GOOD_IS["High"]),
    27: Ind("LCC-27", "number", 0, HIGHER, Q,
            "printed 'Good is On target'; the target is a number of investments to reach, so more is better: "
            "higher_is_better. Counts investments (the £ amounts are in value_as_printed). Measured from July 2019 "
            "(Q1 printed 'Indicator measured from July 2019.'). Values as printed per quarter; the report does not "
            "say whether Q3's 4 includes Q2's 1"),
    28: Ind("LCC-28", "number", 2, HIGHER, Q,
            "printed 'Good is On target'; the aim is to reach the jobs target, so more jobs is better: "
            "higher_is_better. Values as printed per quarter (the report does not say whether they are running "
            "totals)"),
    29: Ind("LCC-29", "number", 0, HIGHER, Q,
            "printed 'Good is On target'; the aim is to reach the businesses target, so more is better: "
            "higher_is_better. Values per quarter (Q3's 29 is below Q2's 30, so they are not running totals)"),
    30: Ind("LCC-30", "number", 0, NONE_, A, NO_DATA + PLACEHOLDER + "status as printed: 'Annual Report – schedule to be confirmed'"),
    31: Ind("LCC-31", "number", 0, NONE_, A,
            NO_DATA + "status as printed: 'Targets being reviewed as part of a new tourism growth strategy. Annual "
            "Report – scheduled to be confirmed.'"),
    32: Ind("LCC-32", "currency_gbp", 0, NONE_, A,
            NO_DATA + "economic impact is money, so currency_gbp; status cell empty in the report (probably merged "
            "with the row above: annual report, schedule to be confirmed)"),
    33: Ind("LCC-33", "fte", 0, NONE_, A,
            NO_DATA + "status cell empty in the report (probably merged with the row above: annual report, schedule "
            "to be confirmed)"),
    34: Ind("LCC-34", "number", 0, NONE_, A,
            NO_DATA + PLACEHOLDER + "status as printed: 'Annual Report – report scheduled for April 2020 CCPI "
            "meeting (to be confirmed).'"),
    35: Ind("LCC-35", "percent", 1, HIGHER, Q, GOOD_IS["High"]),
    36: Ind("LCC-36", "percent", 1, HIGHER, Q, GOOD_IS["High"]),
    37: Ind("LCC-37", "percent", 1, HIGHER, Q, GOOD_IS["High"]),
    38: Ind("LCC-38", "rate_per_100000", 1, LOWER, Q,
            GOOD_IS["Low"] + "; 'figures reported one month in arrears' (printed with the Q3 figure), so arrears 1",
            arrears=1),
    39: Ind("LCC-39", "rate_per_100000", 1, LOWER, Q,
            GOOD_IS["Low"] + ", kept although the 2020/21 target is a range (600-680): the range is the target, and a "
            "figure below 600 is better still rather than off target, so lower_is_better rather than within_range. "
            "'figures reported one month in arrears', so arrears 1", arrears=1),
    40: Ind("LCC-40", "days", 2, LOWER, Q,
            GOOD_IS["Low"] + "; printed 'days per FTE', a rolling 12-month figure recorded as at the end of the 12 "
            "months printed. How far in arrears varies as printed (Q1, Q2 end a quarter early; Q3 does not), so "
            "arrears 0"),
    41: Ind("LCC-41", "percent", 2, LOWER, Q,
            GOOD_IS["Low"] + ": kept, so an underspend (negative variance) counts as better than an overspend; a "
            "within_range reading (close to 0 is best) was considered and not used because the council states its "
            "polarity", tol="budget_pct"),
    42: Ind("LCC-42", "percent", 0, NONE_, A, NO_DATA + "a proportion, so percent; status as printed: 'Annual Statement – schedule to be confirmed'"),
    43: Ind("LCC-43", "number", 0, NONE_, A, NO_DATA + PLACEHOLDER + "status as printed: 'Annual Report – schedule to be confirmed'"),
    44: Ind("LCC-44", "number", 0, NONE_, A, NO_DATA + PLACEHOLDER + "status as printed: 'Annual Statement – schedule to be confirmed'"),
    45: Ind("LCC-45", "number", 0, NONE_, A, NO_DATA + PLACEHOLDER + "status as printed: 'Annual Report – schedule to be confirmed'"),
}

# Data periods that are not simply the column's quarter: (seq, column) -> (data period, why).
# Columns: baseline, q1, q2, q3. The build fails if a printed figure carries a qualifier
# (a year in brackets, a month, "of", "Cumulative") that has no decision here.
LCC_PERIODS = {
    **{(seq, "baseline"): ("2018/19", "the '2018/19 Performance' column: the financial year 2018/19")
       for seq in (12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 26, 35, 36, 37, 38, 39, 41)},
    **{(seq, "baseline"): ("Q4 2018/19", "the column headed 'Q4 2018-19': that quarter") for seq in range(1, 7)},
    (8, "baseline"): ("31/03/2019", "printed '77.5% Mar 2019': as at the end of March 2019"),
    (9, "baseline"): ("AY 2017/18", "printed '(2017/18)' under '2018/19 Performance': the academic year 2017/18"),
    (9, "q3"): ("AY 2018/19", "printed '(2018/19)': the academic year 2018/19, reported in Q3 2019/20"),
    (10, "baseline"): ("Apr 2018", "printed '(April 18)': offers made in April 2018"),
    (10, "q3"): ("Apr 2019", "printed '(April 19)': offers made in April 2019"),
    (11, "baseline"): ("Mar 2018", "printed '(March 18)': offers made in March 2018"),
    (11, "q3"): ("Mar 2019", "printed '(March 19)': offers made in March 2019"),
    (22, "baseline"): ("AY 2017/18", "printed '(2017/18)': the academic year 2017/18"),
    (22, "q3"): ("AY 2018/19", "printed '(2018/19)': the academic year 2018/19"),
    (23, "baseline"): ("AY 2017/18", "printed '(2017/18)': the academic year 2017/18"),
    (23, "q3"): ("AY 2018/19", "printed '(2018/19 provisional)': the academic year 2018/19, provisional"),
    (24, "baseline"): ("Feb 2019", "printed '(Dec 2018 - Feb19 average)': Beacon has no three-month period, so "
                                   "recorded as the month the average ends"),
    (25, "baseline"): ("AY 2017/18", "printed '(2017/18)': the academic year 2017/18"),
    (25, "q3"): ("AY 2018/19", "printed '(2018/19)': the academic year 2018/19"),
    (38, "q1"): ("May 2019", "'figures reported one month in arrears': the Q1 figure is taken to be May 2019 data "
                             "(the month is printed only for Q3)"),
    (38, "q2"): ("Aug 2019", "'figures reported one month in arrears': the Q2 figure is taken to be August 2019 data "
                             "(the month is printed only for Q3)"),
    (38, "q3"): ("Nov 2019", "printed 'this is November Data – figures reported one month in arrears'"),
    (39, "q1"): ("May 2019", "'figures reported one month in arrears': the Q1 figure is taken to be May 2019 data "
                             "(the month is printed only for Q3)"),
    (39, "q2"): ("Aug 2019", "'figures reported one month in arrears': the Q2 figure is taken to be August 2019 data "
                             "(the month is printed only for Q3)"),
    (39, "q3"): ("Nov 2019", "printed 'this is November Data – figures reported one month in arrears'"),
    (40, "baseline"): ("31/12/2018", "printed 'Jan to Dec 2018': the 12 months to 31/12/2018"),
    (40, "q1"): ("31/03/2019", "printed 'April 2018 to March 2019': the 12 months to 31/03/2019"),
    (40, "q2"): ("30/06/2019", "printed 'July 2018 to June 2019': the 12 months to 30/06/2019"),
    (40, "q3"): ("31/12/2019", "printed 'Jan to Dec 2019': the 12 months to 31/12/2019 (the report skips the 12 "
                               "months to September)"),
}
# Qualifiers in printed figures that need no period decision (the quarter is right).
LCC_QUALIFIERS_OK = {7: "3-month average of the quarter", 8: "quarter prefix", 12: "counts", 13: "counts",
                     17: "cumulative", 18: "cumulative", 19: "cumulative", 20: "cumulative", 21: "cumulative",
                     27: "amounts", 28: "targets", 29: "targets"}

# Targets that are not a plain 2020/21 value: seq -> list of target rows (dicts)
LCC_TARGETS = {
    10: [dict(kind="quartile", quartile="2", why="'Maintain Quartile 2': a benchmark-position target, quartile 2")],
    11: [dict(kind="quartile", quartile="2", why="'Maintain Quartile 2': a benchmark-position target, quartile 2")],
    39: [dict(kind="range", low="600", high="680", why="printed '600-680': a range target, both ends inclusive")],
    27: [dict(kind="multi_year_total", value="150", total_from="01/07/2019", total_to="30/06/2024",
              applies_from="Q2 2019/20", applies_to="Q1 2024/25",
              why="the 5-year target counts investments (150); the £11.25m in the same sentence cannot be a second "
                  "total on a count indicator and is kept in text_as_printed. Applies from Q2 2019/20 (July 2019, "
                  "when measuring began) to Q1 2024/25 (the quarter containing 30/06/2024)")],
    28: [dict(kind="profile", value="25", applies_from="Q1 2019/20", why="quarterly target printed with the Q1 figure ('19.94 jobs - Target 25')"),
         dict(kind="profile", value="50", applies_from="Q2 2019/20", why="quarterly target printed with the Q2 figure ('117 jobs - Target 50')"),
         dict(kind="profile", value="120", applies_from="Q3 2019/20", why="quarterly target printed with the Q3 figure ('164.44 - Target 120')"),
         dict(kind="multi_year_total", value="1000", total_from="01/01/2019", total_to="31/12/2022",
              applies_from="Q4 2019/20", applies_to="Q3 2022/23",
              why="the programme total counts from 01/01/2019 to 31/12/2022, but it applies only from Q4 2019/20: "
                  "Q1-Q3 2019/20 carry the printed quarterly profile and targets must not overlap. Q3 2022/23 is the "
                  "quarter containing 31/12/2022")],
    29: [dict(kind="profile", value="25", applies_from="Q1 2019/20", why="quarterly target printed with the Q1 figure ('22 new businesses - Target 25')"),
         dict(kind="profile", value="30", applies_from="Q2 2019/20", why="quarterly target printed with the Q2 figure ('30 new businesses - Target 30')"),
         dict(kind="profile", value="20", applies_from="Q3 2019/20", why="quarterly target printed with the Q3 figure ('29 new businesses - Target 20')"),
         dict(kind="multi_year_total", value="200", total_from="01/01/2019", total_to="31/12/2022",
              applies_from="Q4 2019/20", applies_to="Q3 2022/23",
              why="the programme total counts from 01/01/2019 to 31/12/2022, but it applies only from Q4 2019/20: "
                  "Q1-Q3 2019/20 carry the printed quarterly profile and targets must not overlap")],
    31: [dict(kind="none", applies_from="Q1 2019/20", applies_to="",
              why="deliberately no target: 'Targets being reviewed as part of a new tourism growth strategy'")],
}
LCC_PROFILE_TEXT = {28: {"q1": "Target 25", "q2": "Target 50", "q3": "Target 120"},
                    29: {"q1": "Target 25", "q2": "Target 30", "q3": "Target 20"}}


# ======================================================================================
# Building
# ======================================================================================
def decimals_of(text: str) -> int:
    if not text:
        return 0
    exponent = Decimal(text).as_tuple().exponent
    return max(0, -exponent)


def plain(number: Decimal) -> str:
    """A number as Beacon reads it: no exponent, no trailing zeros after the point."""
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class Output:
    """The rows of one council's six files."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, str]]] = {name: [] for name in COLUMNS}
        self.printed_decimals: dict[str, int] = {}

    def add(self, file: str, **values: object) -> None:
        unknown = set(values) - set(COLUMNS[file])
        if unknown:
            fail(f"{file}: unknown columns {sorted(unknown)}")
        self.rows[file].append({k: "" if v is None else str(v) for k, v in values.items()})

    def saw_number(self, code: str, text: str) -> None:
        self.printed_decimals[code] = max(self.printed_decimals.get(code, 0), decimals_of(text))

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name, columns in COLUMNS.items():
            with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
                writer.writeheader()
                for row in self.rows[name]:
                    writer.writerow({c: row.get(c, "") for c in columns})


def indicator_row(out: Output, ind: Ind, title: str, org: str, extra_note: str = "") -> None:
    out.add("indicators", code=ind.code, title=title, definition=ind.definition, organisation_code=org,
            unit=ind.unit, decimal_places=ind.dp, polarity=ind.polarity, frequency=ind.frequency,
            accumulation=ind.accumulation, arrears_months=ind.arrears, comparison=ind.comparison,
            data_source=ind.data_source, public="yes",
            note=join_notes(f"Polarity {ind.polarity}: {ind.why}", extra_note))


def check_decimals(out: Output, tables: list[dict[int, Ind]]) -> None:
    for table in tables:
        for ind in table.values():
            printed = out.printed_decimals.get(ind.code, 0)
            if printed > ind.dp:
                fail(f"{ind.code}: {ind.dp} decimal places, but a figure printed with {printed} would be rounded")


def valid_as_at(text: str) -> bool:
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", text)
    if not m:
        return True
    try:
        datetime.date(int(m[3]), int(m[2]), int(m[1]))
        return True
    except ValueError:
        return False


# --- Worcestershire -------------------------------------------------------------------
def build_worcestershire(source: Path) -> Output:
    out = Output()
    for code, name, kind, parent, note in WCC_ORGANISATIONS:
        out.add("organisation", code=code, name=name, kind=kind, parent_code=parent, note=note)

    cfc_rows = read_csv(source / "worcestershire_cfc_scorecard_q2_2019.csv")
    corp_rows = read_csv(source / "worcestershire_corporate_q4_2016.csv")
    detail_rows = {r["indicator"].lower(): r for r in read_csv(source / "worcestershire_indicator_details_q4_2016.csv")}
    if len(cfc_rows) != 60 or set(CFC) != {int(r["seq"]) for r in cfc_rows}:
        fail("the CF&C scorecard must have exactly the 60 indicators in the CFC table")
    if len(corp_rows) != 27 or set(CORP) | set(CORP_SHARED) != {int(r["seq"]) for r in corp_rows}:
        fail("the 2016/17 Cabinet scorecard must have exactly the 27 indicators in the CORP tables")

    # CF&C indicators, measurements, targets, benchmarks, scorecard
    assessed_counts = {k: 0 for k in CFC_EXPECTED_COUNTS}
    for i, row in enumerate(cfc_rows):
        seq = int(row["seq"])
        ind = CFC[seq]
        source_unit = SOURCE_UNITS[row["unit"]]
        if source_unit != ind.unit and "unit" not in ind.why and ind.unit != "score":
            fail(f"{ind.code}: unit {ind.unit} differs from the printed {row['unit']} without a reason")
        shared_note = ""
        if seq in CORP_SHARED.values():
            shared_note = "Also on the 2016/17 Cabinet Balanced Scorecard"
        indicator_row(out, ind, row["indicator"], "WCC-CFC",
                      join_notes(f"CF&C balanced scorecard Q2 2019/20, page {row['source_page']}", shared_note))
        out.add("scorecards", scorecard_code=CFC_SCORECARD[0], scorecard_name=CFC_SCORECARD[1],
                organisation_code=CFC_SCORECARD[2], scorecard_kind=CFC_SCORECARD[3], section=row["section"],
                section_kind="perspective", indicator_code=ind.code,
                current_period=CFC_SCORECARD[4] if i == 0 else "",
                note=f"seq {seq}, page {row['source_page']}")

        # data period
        printed_period = row["data_period"]
        notes = []
        decision = CFC_PERIOD_DECISIONS.get(seq)
        if re.fullmatch(r"\d{4}/\d{2}", printed_period) and not decision:
            fail(f"{ind.code}: bare '{printed_period}' printed; decide academic or financial year in CFC_PERIOD_DECISIONS")
        if not valid_as_at(printed_period) and not decision:
            fail(f"{ind.code}: impossible date '{printed_period}' printed; decide in CFC_PERIOD_DECISIONS")
        data_period = printed_period
        if decision:
            kind, why = decision
            if kind == "AY":
                data_period = "AY " + printed_period
            elif kind == "FIX":
                data_period = "30/09/2019"
                if printed_period != "31/09/2019":
                    fail(f"{ind.code}: expected the printed 31/09/2019, found {printed_period}")
            notes.append(why)
        if seq in CFC_PERIOD_REMARKS:
            notes.append(CFC_PERIOD_REMARKS[seq])

        status = CFC_RAG[row["rag"]]
        assessed_counts[status] += 1
        value, numerator, denominator = row["latest_value"], "", ""
        if seq in CFC_RATIOS:
            numerator, denominator, why = CFC_RATIOS[seq]
            derived = Decimal(numerator) * 100 / Decimal(denominator)
            if round(derived) != Decimal(row["latest_value"]):
                fail(f"{ind.code}: {numerator} of {denominator} does not give the printed {row['latest_text']}")
            value = ""
            notes.append(why)
        if seq in CFC_RATIO_REFUSED:
            notes.append(CFC_RATIO_REFUSED[seq])
        if ind.unit == "score" and "%" in row["latest_text"]:
            notes.append("printed with '%' although this is a points score; stored as a score")
        out.saw_number(ind.code, row["latest_value"])
        out.add("measurements", indicator_code=ind.code, data_period=data_period, reporting_period=CFC_REPORTING,
                value=value, numerator=numerator, denominator=denominator, value_as_printed=row["latest_text"],
                performance_details=row["performance_details"], assessed_status=status,
                assessment_reason=f"Rating as published in the {CFC_REPORT} (printed {row['rag']}).",
                note=join_notes(*notes))

        # target
        if row["target_value"]:
            out.saw_number(ind.code, row["target_value"])
            target_value = Decimal(row["target_value"])
            if ind.polarity == RANGE:
                low, high = target_value * Decimal("0.95"), target_value * Decimal("1.05")
                tk, tv, rule = tolerance(ind, "range", None)
                out.add("targets", indicator_code=ind.code, kind="range", applies_from=CFC_TARGET_SPAN[0],
                        applies_to=CFC_TARGET_SPAN[1], low=plain(low), high=plain(high), tolerance_kind=tk,
                        tolerance=tv,
                        text_as_printed=row["target_text"],
                        note=join_notes("Printed as the single figure £27,476,000; the title's +/- 5% of budget makes "
                                        "it the range £26,102,200 to £28,849,800", CFC_TARGET_SPAN[2],
                                        rule))
            else:
                tk, tv, rule = tolerance(ind, "value", target_value)
                out.add("targets", indicator_code=ind.code, kind="value", applies_from=CFC_TARGET_SPAN[0],
                        applies_to=CFC_TARGET_SPAN[1], value=row["target_value"], tolerance_kind=tk, tolerance=tv,
                        text_as_printed=row["target_text"],
                        note=join_notes(CFC_TARGET_SPAN[2], rule))
        elif row["rag"] == "N/A":
            out.add("targets", indicator_code=ind.code, kind="none", applies_from=CFC_TARGET_SPAN[0],
                    applies_to=CFC_TARGET_SPAN[1], tolerance_kind="none",
                    note="Published N/A (no rating applies) and no target printed: recorded as deliberately no "
                         "target for 2019/20.")

        if seq in CFC_BENCHMARKS:
            comparator, bvalue, bsource, bnote = CFC_BENCHMARKS[seq]
            out.saw_number(ind.code, bvalue)
            out.add("benchmarks", indicator_code=ind.code, data_period=data_period, comparator=comparator,
                    value=bvalue, source=bsource, note=bnote)

    if assessed_counts != CFC_EXPECTED_COUNTS:
        fail(f"CF&C assessed statuses {assessed_counts}, expected {CFC_EXPECTED_COUNTS}")

    # Cabinet Balanced Scorecard 2016/17
    by_section: dict[str, list[dict[str, str]]] = {s: [] for s in CORP_SECTION_ORDER}
    for row in corp_rows:
        section = CORP_SECTION_NAMES.get(row["area_of_focus_perspective"], row["area_of_focus_perspective"])
        if section not in by_section:
            fail(f"area of focus {section!r} is not in CORP_SECTION_ORDER")
        by_section[section].append(row)

    first = True
    for section in CORP_SECTION_ORDER:
        for row in by_section[section]:
            seq = int(row["seq"])
            shared = seq in CORP_SHARED
            ind = CFC[CORP_SHARED[seq]] if shared else CORP[seq]
            if not shared:
                indicator_row(out, ind, row["indicator"], "WCC",
                              "Cabinet Balanced Scorecard Q4 2016/17 ("
                              + ("green" if row["rating"] == "GREEN" else "red") + " list)")
            list_name = "green list" if row["rating"] == "GREEN" else "red list"
            section_note = ""
            if row["area_of_focus_perspective"] != section and row is by_section[section][0]:
                section_note = (f"area printed '{row['area_of_focus_perspective']}' in the green list and 'Open for "
                                "Business' in the red list: one section")
            out.add("scorecards", scorecard_code=CORP_SCORECARD[0], scorecard_name=CORP_SCORECARD[1],
                    organisation_code=CORP_SCORECARD[2], scorecard_kind=CORP_SCORECARD[3], section=section,
                    section_kind="area_of_focus", indicator_code=ind.code,
                    current_period=CORP_SCORECARD[4] if first else "",
                    note=join_notes(f"{list_name}, seq {seq}", section_note,
                                    "sections in the order that fits both printed lists" if first else ""))
            first = False
            add_corporate_measurements(out, ind, row, detail_rows)

    # Targets from the five detail pages (2016/17)
    for seq in CORP_DETAILS:
        ind = CFC[CORP_SHARED[seq]] if seq in CORP_SHARED else CORP[seq]
        title = next(r["indicator"] for r in corp_rows if int(r["seq"]) == seq)
        detail = detail_rows[title.lower()]
        if not detail["target_value"]:
            continue
        target_value = Decimal(detail["target_value"])
        out.saw_number(ind.code, detail["target_value"])
        tk, tv, rule = tolerance(ind, "value", target_value)
        out.add("targets", indicator_code=ind.code, kind="value", applies_from=CORP_SPAN[0], applies_to=CORP_SPAN[1],
                value=detail["target_value"], tolerance_kind=tk, tolerance=tv, text_as_printed=detail["target_text"],
                note=join_notes("Target from the Q4 2016/17 detail page, for 2016/17: applied to Q1-Q4 2016/17",
                                rule))

    check_decimals(out, [CFC, CORP])
    return out


def add_corporate_measurements(out: Output, ind: Ind, row: dict[str, str], details: dict[str, dict[str, str]]) -> None:
    seq = int(row["seq"])
    rating = CORP_RATINGS[row["rating"]]
    reason = f"Rating as published in the {CORP_REPORT} (printed {row['rating']})."
    detail = details.get(row["indicator"].lower())
    if detail:
        if seq not in CORP_DETAILS:
            fail(f"seq {seq} has a detail page but no CORP_DETAILS decision")
        q4_period, prev_period, prev_reporting, prev_printed, why = CORP_DETAILS[seq]
        sentences = [row["summary"]] + [detail[c] for c in ("previous_value_text", "target_text", "comparator_text")
                                         if detail[c][:1].isupper()]
        out.saw_number(ind.code, detail["q4_value"])
        out.saw_number(ind.code, detail["previous_value"])
        extra = ""
        if "highest directorate" in detail["note"]:
            extra = "the detail page also gives the " + detail["note"].split("; ")[-1]
        if detail["current_rating"].upper() != row["rating"]:
            fail(f"seq {seq}: overview rating {row['rating']} but detail page {detail['current_rating']}")
        out.add("measurements", indicator_code=ind.code, data_period=q4_period, reporting_period="Q4 2016/17",
                value=detail["q4_value"], value_as_printed=detail["q4_value_text"],
                performance_details=" ".join(s for s in sentences if s), assessed_status=rating,
                assessment_reason=reason,
                note=join_notes("Figure from the Q4 2016/17 detail page (updated this quarter: Yes)", why,
                                "performance_details joins the overview summary and the detail page's sentences, as "
                                "printed", extra))
        out.add("measurements", indicator_code=ind.code, data_period=prev_period, reporting_period=prev_reporting,
                value=detail["previous_value"], value_as_printed=prev_printed,
                assessed_status=CORP_RATINGS[detail["previous_rating"]],
                assessment_reason=f"Previous rating as printed on the {CORP_REPORT} detail page "
                                  f"(printed {detail['previous_rating']}).",
                note=join_notes("Previous figure printed on the Q4 2016/17 detail page", why))
        if seq in CORP_BENCHMARKS:
            period, bwhy = CORP_BENCHMARKS[seq]
            out.saw_number(ind.code, detail["comparator_value"])
            out.add("benchmarks", indicator_code=ind.code, data_period=period, comparator="national",
                    value=detail["comparator_value"], source=f"{CORP_REPORT}, detail page", note=bwhy)
        return

    updated = row["updated_in_quarter"]
    if updated == "Yes":
        fail(f"seq {seq} was updated in Q4 2016/17 but has no detail page")
    if updated == "No":
        reporting = "Q3 2016/17"
        when = ("Not updated in Q4 2016/17 (red list: 'No'): recorded as reported in the previous quarter, "
                "Q3 2016/17, the latest it can have been reported")
    else:
        reporting = "Q4 2016/17"
        when = ("Green list: the report does not say whether it was updated this quarter, so recorded as reported in "
                "Q4 2016/17, the report that publishes the rating")
    data_period, period_why = CORP_DATA_PERIODS.get(
        seq, (reporting, "figure and its period not printed, so the data period is the quarter of the rating"))
    value, printed = CORP_VALUES.get(seq, ("", ""))
    if value:
        out.saw_number(ind.code, value)
    out.add("measurements", indicator_code=ind.code, data_period=data_period, reporting_period=reporting,
            value=value, value_as_printed=printed, performance_details=row["summary"], assessed_status=rating,
            assessment_reason=reason,
            note=join_notes(when, period_why, "" if value else "rating published without its figure"))


# --- Lancashire -----------------------------------------------------------------------
QUALIFIER = re.compile(r"\(|\bof\b|Cumulative|Mar|April|March|Jan|November|Full Year|Q\d|Target|£")


def build_lancashire(source: Path) -> Output:
    out = Output()
    for code, name, kind, parent, note in LCC_ORGANISATIONS:
        out.add("organisation", code=code, name=name, kind=kind, parent_code=parent, note=note)
    rows = read_csv(source / "lancashire_strategy_monitoring_q3_2019.csv")
    if len(rows) != 45 or set(LCC) != {int(r["seq"]) for r in rows}:
        fail("the Lancashire monitoring report must have exactly the 45 indicators in the LCC table")

    for i, row in enumerate(rows):
        seq = int(row["seq"])
        ind = LCC[seq]
        if row["unit"] and SOURCE_UNITS[row["unit"]] != ind.unit:
            fail(f"{ind.code}: unit {ind.unit} differs from the printed {row['unit']}")
        printed_good = row["good_is"]
        if printed_good in ("High", "Low") and ind.polarity != {"High": HIGHER, "Low": LOWER}[printed_good]:
            fail(f"{ind.code}: polarity {ind.polarity} contradicts 'Good is {printed_good}'")
        if row["frequency"].lower() != ind.frequency and "frequency" not in ind.why and "printed 'Quarterly'" not in ind.why:
            fail(f"{ind.code}: frequency {ind.frequency} differs from the printed '{row['frequency']}' without a reason")
        indicator_row(out, ind, row["indicator"], LCC_DIRECTORATES[row["directorate"]],
                      join_notes(f"Corporate Strategy Monitoring Q3 2019/20, seq {seq}",
                                 f"directorate printed '{row['directorate']}'" if row["directorate"].endswith("and Transport") else ""))
        out.add("scorecards", scorecard_code=LCC_SCORECARD[0], scorecard_name=LCC_SCORECARD[1],
                organisation_code=LCC_SCORECARD[2], scorecard_kind=LCC_SCORECARD[3], section=row["objective"],
                section_kind="objective", indicator_code=ind.code,
                current_period=LCC_SCORECARD[4] if i == 0 else "", note=f"seq {seq}")
        add_lancashire_measurements(out, ind, row)
        add_lancashire_targets(out, ind, row)
    check_decimals(out, [LCC])
    return out


def add_lancashire_measurements(out: Output, ind: Ind, row: dict[str, str]) -> None:
    seq = int(row["seq"])
    running_total = 0
    for column, reporting in LCC_QUARTERS.items():
        value, text = row[f"{column}_value"], row[f"{column}_text"]
        label = row[f"{column}_label"]
        if not value:
            continue  # printed "-", "N/A", or nothing: no measurement
        notes = []
        decided = LCC_PERIODS.get((seq, column))
        if decided:
            data_period, why = decided
            notes.append(why)
        else:
            data_period = reporting
            if QUALIFIER.search(text) and seq not in LCC_QUALIFIERS_OK:
                fail(f"{ind.code} {column}: printed '{text}' carries a qualifier with no data-period decision")
            if column == "baseline":
                fail(f"{ind.code}: baseline needs a data-period decision")
        if column == "baseline":
            notes.insert(0, "Baseline: the position the 2019/20 monitoring starts from, recorded as reported in Q4 2018/19")
        if "2019-18" in label:
            notes.append("column header printed 'Q1 2019-18 (April-June)', read as Q1 2019/20")
        numerator = denominator = ""
        provisional = "yes" if "provisional" in text else ""
        ratio = re.search(r"([\d,]+) of ([\d,]+)", text)
        if ratio:
            numerator, denominator = (ratio[1].replace(",", ""), ratio[2].replace(",", ""))
            derived = Decimal(numerator) * 100 / Decimal(denominator)
            shown = derived.quantize(Decimal("0.1"))
            if shown != Decimal(value):
                notes.append(f"stored as {ratio[1]} of {ratio[2]} = {derived:.2f}%, which shows as {shown}; the report "
                             f"printed {value}")
            else:
                notes.append(f"stored as {ratio[1]} of {ratio[2]}; Beacon derives the {value}% printed")
            if seq == 12 and column == "baseline":
                notes.append("LCC-13's baseline prints 52,266 where this prints 52,226; both kept as printed")
            if seq == 13 and column == "baseline":
                notes.append("LCC-12's baseline prints 52,226 where this prints 52,266; both kept as printed")
        stored_value = "" if ratio else value
        if ind.accumulation == YTD and not ratio and seq != 21 and column != "baseline":
            running_total += int(value)
            stored_value = str(running_total)
            if column == "q3":
                printed_cumulative = int(row["q3_cumulative_value"])
                if running_total != printed_cumulative:
                    notes.append(f"year-to-date sum {running_total:,} differs from the printed cumulative "
                                 f"{printed_cumulative:,}; the printed figure is used")
                    stored_value = str(printed_cumulative)
                else:
                    notes.append(f"year-to-date total {running_total:,} (Q1 + Q2 + Q3), equal to the printed "
                                 f"'Cumulative {printed_cumulative:,}'")
            elif column == "q2":
                notes.append(f"year-to-date total: Q1 {int(row['q1_value']):,} + Q2 {int(value):,} = {running_total:,} "
                             f"(the report prints the quarter's figure)")
            else:
                notes.append("year-to-date total at Q1 = the quarter's figure")
        if seq == 21 and column in ("q2", "q3"):
            notes.append("printed as a cumulative figure already")
        if seq == 13 and ratio and column != "baseline":
            notes.append("year to date: the numerators add up quarter by quarter (14,462; +11,780 = 26,242; +10,603 = 36,845)")
        if seq in LCC_PROFILE_TEXT and column in LCC_PROFILE_TEXT[seq]:
            notes.append(f"quarterly target printed with the figure ({LCC_PROFILE_TEXT[seq][column]}) is in targets.csv")
        if seq == 27:
            notes.append("value is the number of investments; the amount lent is in value_as_printed")
        if provisional:
            notes.append("printed as provisional")
        out.saw_number(ind.code, value)
        out.add("measurements", indicator_code=ind.code, data_period=data_period, reporting_period=reporting,
                value=stored_value, numerator=numerator, denominator=denominator, provisional=provisional,
                value_as_printed=text, note=join_notes(*notes))


def add_lancashire_targets(out: Output, ind: Ind, row: dict[str, str]) -> None:
    seq = int(row["seq"])
    printed = row["target_text"]
    if seq in LCC_TARGETS:
        for t in LCC_TARGETS[seq]:
            value = t.get("value")
            tk, tv, rule = tolerance(ind, t["kind"], Decimal(value) if value else None)
            if value:
                out.saw_number(ind.code, value)
            applies_from = t.get("applies_from", LCC_TARGET_SPAN[0])
            applies_to = t.get("applies_to", LCC_TARGET_SPAN[1])
            if t["kind"] == "profile":
                applies_to = applies_from  # a profile row is the target for exactly one quarter
            span = "" if "applies_from" in t else LCC_TARGET_SPAN[2]
            text = printed
            if t["kind"] == "profile":
                text = LCC_PROFILE_TEXT[seq][{"Q1": "q1", "Q2": "q2", "Q3": "q3"}[applies_from[:2]]]
            elif t["kind"] == "none":
                text = row["status_text"].split(". ")[0] + "."
            out.add("targets", indicator_code=ind.code, kind=t["kind"], applies_from=applies_from,
                    applies_to=applies_to, value=value, low=t.get("low"), high=t.get("high"),
                    quartile=t.get("quartile"), total_from=t.get("total_from"), total_to=t.get("total_to"),
                    tolerance_kind=tk, tolerance=tv, text_as_printed=text,
                    note=join_notes(t["why"], span, rule))
        return
    if not row["target_value"]:
        if printed:
            fail(f"{ind.code}: target printed '{printed}' but no decision in LCC_TARGETS")
        return
    if row["target_label"] != "2020/21 Target":
        fail(f"{ind.code}: target labelled '{row['target_label']}' needs a decision in LCC_TARGETS")
    value = Decimal(row["target_value"])
    out.saw_number(ind.code, row["target_value"])
    tk, tv, rule = tolerance(ind, "value", value)
    extra = ""
    if seq == 24:
        extra = "the target is for the Dec 2020-Feb 2021 average, which falls inside this span"
    if ind.accumulation == YTD:
        extra = ("the target is the full-year total and the report prints no quarterly profile: year-to-date values "
                 "are to be read against it pro rata")
    if seq == 41:
        extra = "printed as a bare '0': no variance to budget"
    out.add("targets", indicator_code=ind.code, kind="value", applies_from=LCC_TARGET_SPAN[0],
            applies_to=LCC_TARGET_SPAN[1], value=row["target_value"], tolerance_kind=tk, tolerance=tv,
            text_as_printed=printed, note=join_notes(LCC_TARGET_SPAN[2], extra, rule))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE),
                        help="folder of the transcribed council reports (default: ../shared/data/council-reports "
                             "relative to the project root)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="where to write (default: src/main/resources/demo)")
    args = parser.parse_args(argv)
    source, out = Path(args.source).resolve(), Path(args.out)
    if not (source / "README.md").exists():
        print(f"No council reports in {source}", file=sys.stderr)
        return 2
    try:
        built = {"worcestershire": build_worcestershire(source), "lancashire": build_lancashire(source)}
    except BuildError as e:
        print(f"build_demo_data: {e}", file=sys.stderr)
        return 1
    for council, output in built.items():
        output.write(out / council)
        counts = ", ".join(f"{len(rows)} {name}" for name, rows in output.rows.items())
        print(f"{council}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
