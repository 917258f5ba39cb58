#!/usr/bin/env python3
"""Build Beacon's demo risk import files from the transcribed council risk registers.

Reads the risk tables in ../shared/data/council-reports (or the folder given as the first
argument) and writes Beacon's risk import format (docs/risk-import-format.md) beside the
performance demo files:

  src/main/resources/demo/lancashire/      risk-matrix, risk-bands, risk-registers, risks,
                                           risk-assessments, risk-controls, risk-actions, risk-links
  src/main/resources/demo/worcestershire/  risk-registers, risks, risk-assessments, risk-links
                                           (Worcestershire uses Beacon's default matrix)

Every decision is a row in one of the tables below and is written into the `note` column of the
row it shapes. Nothing is invented: no score, position, rating, date or owner that the report
does not print. The build stops rather than writes if a table and the report disagree (a residual
printed "16 Major/Likely" that is not 4 x 4 = 16, a link to an indicator or objective that is not
in the performance demo files, a decision for a risk or an action that is not in the report).

Run from the project root:  python3 tools/demo-data/build_risk_demo_data.py [SOURCE_DIR] [--out DIR]
Python 3.11, standard library only. Does not touch build_demo_data.py or its files.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from demo_support import BuildError, fail, read_csv, join_notes

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = PROJECT_ROOT / ".." / "shared" / "data" / "council-reports"
DEFAULT_OUT = PROJECT_ROOT / "src" / "main" / "resources" / "demo"

# --------------------------------------------------------------------------------------
# Output columns: every column docs/risk-import-format.md documents for each file (and the
# `note` column every file may have), nothing else.
# --------------------------------------------------------------------------------------
COLUMNS = {
    "risk-matrix": ["council_code", "axis", "level", "label", "opportunity_label", "note"],
    "risk-bands": ["council_code", "from_score", "to_score", "level", "colour", "note"],
    "risk-registers": ["code", "name", "kind", "organisation_code", "escalates_to", "note"],
    "risks": ["reference", "register_code", "kind", "title", "description", "category", "consequences", "owner",
              "review_months", "next_review", "status", "response", "restricted", "restricted_fields",
              "direction_as_printed", "note"],
    "risk-assessments": ["reference", "assessed_on", "reporting_period",
                         "inherent_impact", "inherent_likelihood", "inherent_score",
                         "current_impact", "current_likelihood", "current_score",
                         "residual_impact", "residual_likelihood", "residual_score",
                         "target_date", "rating_as_printed", "comment", "note"],
    "risk-controls": ["reference", "control", "effectiveness", "note"],
    "risk-actions": ["reference", "action", "owner", "due", "status", "progress", "note"],
    "risk-links": ["reference", "indicator_code", "scorecard_code", "section", "note"],
}
COUNCIL_FILES = {
    "lancashire": list(COLUMNS),
    "worcestershire": ["risk-registers", "risks", "risk-assessments", "risk-links"],
}
ELLIPSIS = "…"


# ======================================================================================
# Decision tables: Lancashire
# ======================================================================================
LCC = "LCC"
LCC_REGISTER = ("LCC-CRR", "Corporate Risk & Opportunity Register", "corporate", LCC, "",
                "Corporate Risk & Opportunity Register Q3 2019/20, Cabinet Committee on Performance Improvement, "
                "19 February 2020: risks CR1-CR13 and opportunities CO1-CO4")
LCC_SCORECARD = "LCC-CSM-2019"

# The key prints no bands. These are Beacon's default bands (risk-import-format.md), written out
# so that the council's own matrix is imported with bands and nothing depends on a fallback.
LCC_BANDS = [  # from, to, level, colour
    (1, 6, "Green", "green"),
    (8, 12, "Amber", "amber"),
    (15, 25, "Red", "red"),
]
LCC_BANDS_NOTE = ("The register's key prints the 25 scores but no bands; these are Beacon's default bands "
                  "(15-25 red, 8-12 amber, 1-6 green), written out so the matrix is imported with its bands")

LCC_ASSESSED_ON = "31/12/2019"
LCC_PERIOD = "Q3 2019/20"
LCC_REVIEW_MONTHS = 3
LCC_ASSESSMENT_NOTE = ("Assessed on the last day of Q3 2019/20: the register is dated by quarter only "
                       "(reported to committee 19 February 2020). No current position, target date or overall "
                       "rating is printed")
LCC_INHERENT_NOTE = ("Inherent score {score} = the register's 'risk score', the gross score before controls; it is "
                     "printed as a number only, without impact or likelihood, so the score is given alone")
LCC_RESIDUAL_NOTE = "Residual printed '{text}' = {impact} ({il}) x {likelihood} ({ll}) = {score}"
LCC_OPPORTUNITY_ASSESSMENT_NOTE = ("For an opportunity the residual (target) score is at or above the inherent "
                                   "score: the aim is to raise it")

# What the register prints as sub-parts of CR1: checked against the transcription's note.
CR1_SUBPARTS = ("Through our People Strategy, ensuring adequate workforce plans, capacity and skills are in "
                "place across the organisation",
                "Further embed a focus on service delivery")
CR1_SUBPART2_DIRECTION = "Service Challenge Phase 2 programme to be completed by Autumn 2019"
LCC_DESCRIPTIONS = {
    "CR1": f"1. {CR1_SUBPARTS[0]}. 2. {CR1_SUBPARTS[1]}.",
}

# Response: the register prints none.
LCC_RESPONSE = {
    "risk": ("treat", "Response treat: decided, because the register lists mitigating actions for it; "
                      "the register prints no response"),
    "opportunity": ("", "Response left empty: the register prints none, and Beacon's four responses (treat, "
                        "tolerate, transfer, terminate) are responses to a threat, not to an opportunity "
                        "(exploit, enhance, share, accept); its maximising actions are in risk-actions.csv"),
}

# Per-entry decisions and caveats, written into the risk's note.
LCC_ENTRY_NOTES = {
    "CR1": ("The register splits CR1 into two sub-parts and Beacon has no sub-risks: both are in the description. "
            "Sub-part 1 carries the scores, owner and direction of travel, so the assessment, controls and actions "
            "here are sub-part 1's. Sub-part 2 (type Organisational) has no scores; its direction of travel reads "
            f"'{CR1_SUBPART2_DIRECTION}'"),
    "CR5": "Direction of travel printed as 'Level' followed by a sentence in the same cell; kept as printed",
    "CR8": "Owner printed with a line-wrap split 'Environm ent'; kept as transcribed, 'Environment'",
    "CR10": "The register's controls cell repeats some bullets as printed",
    "CR12": ("The consequences add that two council care homes (Castleford, Clitheroe and Dolphinlee in Lancaster) "
             "are currently rated 'Requires Improvement' by CQC"),
    "CR13": "New risk this quarter: the register prints no owner and no direction of travel for it",
    "CO1": ("Printed 'C01' (digit zero) in the register; referenced CO1 as the report's summary writes it. The row "
            "continues over a page break with text the transcription places in the description column, with its "
            "column position uncertain, so it is kept here rather than in the description: 'To fully and "
            "effectively utilise the remaining European Structural Funds available to Lancashire and to position "
            "the County to benefit from future regional funding regimes.' and 'Establishment of robust "
            "pan-Lancashire collaboration arrangements.' The direction of travel continues ('[…]') with paragraphs "
            "on a Local Industrial Strategy, national housing and transport funds, EU Structural Funds and "
            "leadership arrangements in Lancashire"),
}

# Remarks on single controls or actions, keyed by (reference, the text's opening words). The text
# is kept as printed; the remark goes into the row's note. The build fails if a key matches nothing.
LCC_CONTROL_REMARKS = {
    ("CR10", "No governance procedures in place"): "Reads as a gap rather than a control; kept as printed",
    ("CO2", "first year % in LCC"): ("Starts in lower case: it may continue the previous bullet. Split at '; ' "
                                     "like every other summary"),
}
LCC_ACTION_REMARKS = {
    ("CR3", "Ofsted focus visit"): ("The visit (4-5 November 2019) was before the end of the quarter: a "
                                    "reviewer may mark it complete"),
    ("CR6", "CMT approved (30 October)"): ("The text gives an aim date (31 March 2020) but the register has no "
                                           "due-date column: due left empty"),
    ("CR7", "Internal Audit gave Substantial assurance"): ("Reads as done (an audit opinion given): a "
                                                           "reviewer may mark it complete"),
    ("CR8", "Asset management strategy work"): ("'Within the next three months' is not a date: due left empty"),
    ("CR9", "Transitions strategy drafted"): "Reads as done: a reviewer may mark it complete",
    ("CR9", "Draft sufficiency strategy scheduled"): ("'Scheduled for Cabinet in January 2020' is a month, not a "
                                                      "due date: due left empty"),
    ("CR11", "ICT transition partner appointed"): "Reads as done: a reviewer may mark it complete",
    ("CR11", "Interim Chief Digital Officer appointed"): "Reads as done: a reviewer may mark it complete",
    ("CR11", "Governance arrangements now in place"): "Reads as done: a reviewer may mark it complete",
    ("CR11", "Digital strategy produced and agreed"): "Reads as done: a reviewer may mark it complete",
    ("CR12", "Carnall Farrer Review"): ("Reads as done (review concluded May 2019): a reviewer may mark it "
                                       "complete"),
    ("CR12", "Opportunities for significant improvement"): ("Reads as a finding rather than an action; kept as "
                                                            "printed in the actions column"),
    ("CO2", "Reporting for 19/20 will show"): ("Reads as a forecast rather than an action; kept as printed. It "
                                               "follows a '…' in the transcription: bullets elided before it"),
    ("CO3", "Pilot ends March 2020"): "Reads as a fact rather than an action; kept as printed; no due date",
    ("CO3", "One year settlement for 20/21"): "Reads as a fact rather than an action; kept as printed",
    ("CO4", "Health Integration Board established"): "Reads as done: a reviewer may mark it complete",
}

# Links: only where the register's own words name what the indicator or objective measures.
# (reference, indicator code or "", section title or "", why)
LCC_OBJECTIVE_LIVE = "Lancashire will be the place to live"
LCC_OBJECTIVE_PROSPER = "Lancashire will be the place to prosper"
LCC_LINKS = [
    ("CR2", "", LCC_OBJECTIVE_LIVE,
     "The objective under which Lancashire reports its children's social care measures (LCC-07 early help, LCC-08 "
     "children looked after living in Lancashire). No Lancashire indicator measures child protection itself, so "
     "the link is to the objective, not to an indicator"),
    ("CR3", "LCC-08", "",
     "The risk is the council's statutory duties to children looked after; the indicator is where those children "
     "live (the sufficiency duty), and an action is to avoid placing them in unregistered settings"),
    ("CR3", "", LCC_OBJECTIVE_LIVE, "The objective LCC-08 (children looked after) sits under"),
    ("CR4", "LCC-08", "",
     "The risk is rising demand and numbers of Children Looked After; its actions (Permanence Action Plan, "
     "Sufficiency Strategy) aim to reduce them, which is what the indicator's placements depend on"),
    ("CR4", "", LCC_OBJECTIVE_LIVE, "The objective LCC-08 (children looked after) sits under"),
    ("CR12", "LCC-35", "",
     "Intermediate care is reablement/rehabilitation after hospital: the indicator measures older people still "
     "at home 91 days after discharge into those services; the risk names delayed transfer from hospital"),
    ("CO1", "LCC-28", "",
     "Opportunity (supports rather than threatens): its actions name Boost, the ERDF project whose jobs this "
     "indicator counts"),
    ("CO1", "LCC-29", "",
     "Opportunity (supports rather than threatens): its actions name Boost, the ERDF project whose new businesses "
     "this indicator counts"),
    ("CO1", "", LCC_OBJECTIVE_PROSPER,
     "Opportunity (supports rather than threatens): 'delivering growth and prosperity' is this objective, which "
     "carries the Boost and Rosebud business-growth indicators"),
    ("CO2", "LCC-43", "",
     "Opportunity (supports rather than threatens): the apprenticeship levy is what the indicator reports on"),
]

# ======================================================================================
# Decision tables: Worcestershire
# ======================================================================================
WCC = "WCC"
WCC_REGISTER = ("WCC-CRR", "Corporate Risk Register", "corporate", WCC, "",
                "Named as printed ('One risk in the Corporate Risk Register has increased to red'). The ten "
                "corporate risks in the Cabinet Balanced Scorecard Q4 2016/17")
WCC_REFERENCE = "WCR{n}"
WCC_REFERENCE_NOTE = ("Printed as corporate risk {n}; referenced {ref} because a reference must be unique across "
                      "the council, and a bare number would be ambiguous beside other registers' numbering and "
                      "beside indicator sequence numbers")
WCC_NOT_PRINTED_NOTE = ("The report prints only the title for each corporate risk: no category, consequences, "
                        "owner, controls, actions or review frequency (review_months empty: Beacon's default "
                        "applies)")
WCC_ASSESSED_ON = "31/03/2017"
WCC_PERIOD = "Q4 2016/17"
WCC_ASSESSMENT_NOTE = ("Assessed on the last day of Q4 2016/17, the quarter of the Cabinet Balanced Scorecard that "
                       "reports it. A RAG rating without impact, likelihood or score: rating_as_printed alone, so "
                       "Beacon shows it as the level (default matrix). The report says: {source}")
WCC_NO_RATING_NOTE = ("No assessment: the report states no RAG for this risk (the risk profile chart's colours "
                      "were lost) and no score. The profile text contradicts itself: 'eight amber / two red' on one "
                      "page, 'nine amber / one red' on the other. With risks 1 amber, 4 and 7 red, 'eight amber / "
                      "two red' would make the other seven amber, but nothing is recorded on a self-contradicting "
                      "count")
WCC_DIRECTION_NOTES = {  # movement as printed: why no earlier assessment is recorded
    1: ("Direction as printed. 'Reduced to amber since September 2016' implies a higher rating then, but the "
        "September 2016 rating is not printed, so no earlier assessment is recorded"),
    4: ("Direction as printed. 'Increased to red since September 2016': the September 2016 rating (amber or green) "
        "is not printed, so no earlier assessment is recorded"),
    7: ("Direction as printed. 'Remains red' says it was red at the last report (September 2016, per the other "
        "risks' wording), but that report's date is not printed, so no earlier assessment is recorded"),
}
WCC_LINKS = [
    (4, "WCC-CPP", "",
     "The report raised this risk to red 'due to the recent identification of issues around safeguarding "
     "children'; children with a child protection plan is the safeguarding measure on the same Q4 2016/17 "
     "scorecard"),
    (7, "WCC-LAC", "",
     "The report keeps this risk red for 'changes to the needs of children and families': looked after children "
     "is a demand measure on the same scorecard"),
    (7, "WCC-CPP", "",
     "The report keeps this risk red for 'changes to the needs of children and families': children with a child "
     "protection plan is a demand measure on the same scorecard"),
    (7, "WCC-CORP-25", "",
     "The report keeps this risk red for 'an ageing population': older people funded in permanent care home "
     "placements is a demand measure on the same scorecard"),
    (7, "WCC-CORP-09", "",
     "The report keeps this risk red for 'an ageing population': residents aged 65 or more receiving a social "
     "care service is a demand measure on the same scorecard"),
]


# ======================================================================================
# Building
# ======================================================================================
class Output:
    """The rows of one council's risk files."""

    def __init__(self, files: list[str]) -> None:
        self.rows: dict[str, list[dict[str, str]]] = {name: [] for name in files}

    def add(self, file: str, **values: object) -> None:
        if file not in self.rows:
            fail(f"{file}.csv is not written for this council")
        unknown = set(values) - set(COLUMNS[file])
        if unknown:
            fail(f"{file}: unknown columns {sorted(unknown)}")
        self.rows[file].append({k: "" if v is None else str(v) for k, v in values.items()})

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name, rows in self.rows.items():
            columns = COLUMNS[name]
            with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
                writer.writeheader()
                for row in rows:
                    writer.writerow({c: row.get(c, "") for c in columns})


class Matrix:
    """Levels and labels of one council's matrix, for turning printed labels into levels."""

    def __init__(self, impact: dict[int, str], opportunity: dict[int, str], likelihood: dict[int, str]) -> None:
        self.impact, self.opportunity, self.likelihood = impact, opportunity, likelihood

    def impact_level(self, label: str, kind: str) -> int:
        labels = self.opportunity if kind == "opportunity" else self.impact
        for level, name in labels.items():
            if name.lower() == label.strip().lower():
                return level
        fail(f"'{label}' is not an impact label for a {kind}: {sorted(labels.values())}")
        return 0

    def likelihood_level(self, label: str) -> int:
        for level, name in self.likelihood.items():
            if name.lower() == label.strip().lower():
                return level
        fail(f"'{label}' is not a likelihood label: {sorted(self.likelihood.values())}")
        return 0

    def products(self) -> set[int]:
        return {i * l for i in self.impact for l in self.likelihood}


def split_summary(text: str) -> tuple[list[str], bool]:
    """A '; '-separated summary as items, without the transcription's '…' (returned as 'elided')."""
    items = [p.strip() for p in text.split("; ")] if text.strip() else []
    elided = any(p == ELLIPSIS for p in items)
    items = [p for p in items if p and p != ELLIPSIS]
    for p in items:
        if ELLIPSIS in p:
            fail(f"'{p}': an ellipsis inside an item; decide how to split it")
    return items, elided


def remarks_for(table: dict[tuple[str, str], str], used: set[tuple[str, str]], ref: str, text: str) -> str:
    hits = [key for key in table if key[0] == ref and text.startswith(key[1])]
    if len(hits) > 1:
        fail(f"{ref}: '{text}' matches several remarks {hits}")
    if hits:
        used.add(hits[0])
        return table[hits[0]]
    return ""


def known_targets(folder: Path) -> tuple[set[str], set[tuple[str, str]]]:
    """The indicator codes and (scorecard, section) pairs in a council's performance demo files
    (in the output folder, or else in the project's demo folder)."""
    if not (folder / "indicators.csv").exists():
        folder = DEFAULT_OUT / folder.name
    indicators = {r["code"] for r in read_csv(folder / "indicators.csv")}
    sections = {(r["scorecard_code"], r["section"]) for r in read_csv(folder / "scorecards.csv")}
    return indicators, sections


def add_links(out: Output, links: list[tuple[str, str, str, str, str]], folder: Path, references: set[str]) -> None:
    indicators, sections = known_targets(folder)
    for ref, indicator, scorecard, section, why in links:
        if ref not in references:
            fail(f"link for unknown risk {ref}")
        if indicator and indicator not in indicators:
            fail(f"{ref}: no indicator {indicator} in {folder.name}/indicators.csv")
        if section and (scorecard, section) not in sections:
            fail(f"{ref}: no section '{section}' on scorecard {scorecard} in {folder.name}/scorecards.csv")
        if bool(indicator) == bool(section):
            fail(f"{ref}: a link is to an indicator or to a scorecard section, one of the two")
        out.add("risk-links", reference=ref, indicator_code=indicator, scorecard_code=scorecard, section=section,
                note=join_notes(why))


# --- Lancashire -----------------------------------------------------------------------
def lancashire_matrix(source: Path, out: Output) -> Matrix:
    key = read_csv(source / "lancashire_risk_matrix.csv")
    if len(key) != 25:
        fail(f"the Lancashire key has {len(key)} cells, expected 25")
    impact: dict[int, tuple[str, str, str]] = {}
    likelihood: dict[int, str] = {}
    for cell in key:
        i, l, score = int(cell["impact_level"]), int(cell["likelihood_level"]), int(cell["score"])
        if score != i * l:
            fail(f"key cell {cell['impact_label_risk']}/{cell['likelihood_label']} scores {score}, not {i} x {l}")
        labels = (cell["impact_label_risk"], cell["impact_label_opportunity"], cell["impact_label_as_printed"])
        if impact.setdefault(i, labels) != labels or likelihood.setdefault(l, cell["likelihood_label"]) != cell["likelihood_label"]:
            fail(f"the key labels impact {i} or likelihood {l} in two ways")
    if sorted(impact) != list(range(1, 6)) or sorted(likelihood) != list(range(1, 6)):
        fail("the key is not levels 1-5 on both axes")
    title = str.title  # the key prints capitals; Beacon displays Title Case
    for level in sorted(impact):
        risk_label, opp_label, printed = impact[level]
        same = risk_label == opp_label
        out.add("risk-matrix", council_code=LCC, axis="impact", level=level, label=title(risk_label),
                opportunity_label=title(opp_label),
                note=join_notes(f"Printed '{printed}'",
                                "the key uses the same label for opportunities" if same else
                                f"'{title(opp_label)}' is the key's label for an opportunity's level {level}",
                                "labels in Title Case as Beacon displays them"))
    for level in sorted(likelihood):
        out.add("risk-matrix", council_code=LCC, axis="likelihood", level=level, label=title(likelihood[level]),
                note=join_notes(f"Printed '{likelihood[level]}'", "label in Title Case as Beacon displays it"))
    matrix = Matrix({k: title(v[0]) for k, v in impact.items()}, {k: title(v[1]) for k, v in impact.items()},
                    {k: title(v) for k, v in likelihood.items()})
    covered = [s for s in matrix.products() for f, t, *_ in LCC_BANDS if f <= s <= t]
    if sorted(covered) != sorted(matrix.products()):
        fail("the bands do not cover every score of the matrix exactly once")
    for f, t, level, colour in LCC_BANDS:
        out.add("risk-bands", council_code=LCC, from_score=f, to_score=t, level=level, colour=colour,
                note=join_notes(LCC_BANDS_NOTE))
    return matrix


RESIDUAL_TEXT = re.compile(r"(\d+) ([A-Za-z]+)/ ?([A-Za-z]+)")


def build_lancashire(source: Path, demo: Path) -> Output:
    out = Output(COUNCIL_FILES["lancashire"])
    matrix = lancashire_matrix(source, out)
    code, name, kind, org, up, note = LCC_REGISTER
    out.add("risk-registers", code=code, name=name, kind=kind, organisation_code=org, escalates_to=up,
            note=join_notes(note))

    entries = read_csv(source / "lancashire_risk_register_q3_2019.csv")
    references = [e["id"] for e in entries]
    expected = [f"CR{n}" for n in range(1, 14)] + [f"CO{n}" for n in range(1, 5)]
    if references != expected:
        fail(f"Lancashire register entries {references}, expected {expected}")
    for table in (LCC_ENTRY_NOTES, LCC_DESCRIPTIONS):
        for ref in table:
            if ref not in references:
                fail(f"a decision for {ref}, which is not in the register")
    cr1 = entries[0]
    if not all(part in cr1["note"] for part in (*CR1_SUBPARTS, CR1_SUBPART2_DIRECTION)):
        fail("CR1's sub-parts in the decision table do not match the transcription's note")

    used_controls: set[tuple[str, str]] = set()
    used_actions: set[tuple[str, str]] = set()
    for e in entries:
        ref, kind = e["id"], e["kind"]
        if kind not in ("risk", "opportunity") or kind != ("risk" if ref.startswith("CR") else "opportunity"):
            fail(f"{ref}: kind '{kind}'")
        printed_ref = "" if e["id_as_printed"] == ref else f"printed '{e['id_as_printed']}'"
        if printed_ref and ref not in LCC_ENTRY_NOTES:
            fail(f"{ref} is {printed_ref}: say why in LCC_ENTRY_NOTES")
        consequences = e["consequences_summary"]
        response, response_note = LCC_RESPONSE[kind]
        out.add("risks", reference=ref, register_code=code, kind=kind, title=e["title"],
                description=LCC_DESCRIPTIONS.get(ref, ""), category=e["type"], consequences=consequences,
                owner=e["owner"], review_months=LCC_REVIEW_MONTHS, next_review="", status="open", response=response,
                restricted="no", restricted_fields="", direction_as_printed=e["direction_of_travel"],
                note=join_notes(
                    LCC_ENTRY_NOTES.get(ref, ""),
                    "Category is the type as printed",
                    ("Consequences are the benefits, as printed for an opportunity" if kind == "opportunity" else ""),
                    ("Consequences are the transcription's summary of the first bullet points; '…' marks that the "
                     "register lists more" if consequences.endswith(ELLIPSIS) else ""),
                    f"Reviewed every {LCC_REVIEW_MONTHS} months: the register is reported quarterly; next review "
                    "left to Beacon (last assessment plus review_months)",
                    response_note))

        # assessment: the gross 'risk score' as inherent (score only), the printed residual position
        m = RESIDUAL_TEXT.fullmatch(e["residual_text"].strip())
        if not m:
            fail(f"{ref}: residual printed '{e['residual_text']}' cannot be read")
        score, impact_text, likelihood_text = int(m[1]), m[2], m[3]
        if impact_text.lower() != e["residual_impact"].lower() or likelihood_text.lower() != e["residual_likelihood"].lower():
            fail(f"{ref}: residual columns {e['residual_impact']}/{e['residual_likelihood']} differ from '{e['residual_text']}'")
        il, ll = matrix.impact_level(impact_text, kind), matrix.likelihood_level(likelihood_text)
        if score != il * ll or score != int(e["residual_score"]):
            fail(f"{ref}: residual printed '{e['residual_text']}' is not {il} x {ll}")
        inherent = int(e["risk_score"])
        if inherent not in matrix.products():
            fail(f"{ref}: risk score {inherent} is not a score the matrix can produce")
        impact_label = (matrix.opportunity if kind == "opportunity" else matrix.impact)[il]
        likelihood_label = matrix.likelihood[ll]
        if kind == "opportunity" and score < inherent:
            fail(f"{ref}: an opportunity's residual below its inherent score; say why")
        out.add("risk-assessments", reference=ref, assessed_on=LCC_ASSESSED_ON, reporting_period=LCC_PERIOD,
                inherent_score=inherent, residual_impact=impact_label, residual_likelihood=likelihood_label,
                residual_score=score,
                note=join_notes(
                    LCC_INHERENT_NOTE.format(score=inherent),
                    LCC_RESIDUAL_NOTE.format(text=e["residual_text"], impact=impact_label, il=il,
                                             likelihood=likelihood_label, ll=ll, score=score),
                    (f"'{impact_label}' is the key's label for an opportunity's impact {il}"
                     if kind == "opportunity" and impact_label != matrix.impact[il] else ""),
                    LCC_OPPORTUNITY_ASSESSMENT_NOTE if kind == "opportunity" else "",
                    LCC_ASSESSMENT_NOTE))

        controls, elided = split_summary(e["current_controls_summary"])
        if not controls:
            fail(f"{ref}: no controls")
        for text in controls:
            out.add("risk-controls", reference=ref, control=text, effectiveness="not_assessed",
                    note=join_notes(
                        remarks_for(LCC_CONTROL_REMARKS, used_controls, ref, text),
                        "Effectiveness not_assessed: the register does not rate its controls",
                        ("One of the first bullet points as summarised in the transcription; the register lists "
                         "more ('…', dropped)" if elided else "")))
        actions, elided = split_summary(e["mitigating_actions_summary"])
        if not actions:
            fail(f"{ref}: no actions")
        for text in actions:
            out.add("risk-actions", reference=ref, action=text, owner="", due="", status="open", progress="",
                    note=join_notes(
                        remarks_for(LCC_ACTION_REMARKS, used_actions, ref, text),
                        ("A maximising action (opportunity)" if kind == "opportunity" else ""),
                        "Status open: the register prints no status, owner or due date for its actions",
                        ("One of the first bullet points as summarised in the transcription; the register lists "
                         "more ('…', dropped)" if elided else "")))
    for table, used in ((LCC_CONTROL_REMARKS, used_controls), (LCC_ACTION_REMARKS, used_actions)):
        unused = set(table) - used
        if unused:
            fail(f"remarks that match no control or action: {sorted(unused)}")

    add_links(out, [(r, i, LCC_SCORECARD if s else "", s, why) for r, i, s, why in LCC_LINKS],
              demo / "lancashire", set(references))
    return out


# --- Worcestershire -------------------------------------------------------------------
def build_worcestershire(source: Path, demo: Path) -> Output:
    out = Output(COUNCIL_FILES["worcestershire"])
    code, name, kind, org, up, note = WCC_REGISTER
    out.add("risk-registers", code=code, name=name, kind=kind, organisation_code=org, escalates_to=up,
            note=join_notes(note))
    rows = read_csv(source / "worcestershire_corporate_risks_q4_2016.csv")
    numbers = [int(r["risk_number"]) for r in rows]
    if numbers != list(range(1, 11)):
        fail(f"Worcestershire corporate risks {numbers}, expected 1-10")
    rated = {int(r["risk_number"]) for r in rows if r["rag"]}
    if rated != set(WCC_DIRECTION_NOTES):
        fail(f"risks with a stated RAG {sorted(rated)} differ from the direction decisions {sorted(WCC_DIRECTION_NOTES)}")
    references = set()
    for r in rows:
        n = int(r["risk_number"])
        ref = WCC_REFERENCE.format(n=n)
        references.add(ref)
        if bool(r["movement_text"]) != bool(r["rag"]):
            fail(f"risk {n}: a movement without a rating, or a rating without a movement")
        out.add("risks", reference=ref, register_code=code, kind="risk", title=r["title"], status="open",
                restricted="no", direction_as_printed=r["movement_text"],
                note=join_notes(WCC_REFERENCE_NOTE.format(n=n, ref=ref), WCC_NOT_PRINTED_NOTE,
                                "Status open: listed as a current corporate risk",
                                WCC_DIRECTION_NOTES.get(n, "") if r["rag"] else WCC_NO_RATING_NOTE))
        if r["rag"]:
            if r["rag"] not in ("RED", "AMBER", "GREEN"):
                fail(f"risk {n}: rating '{r['rag']}'")
            out.add("risk-assessments", reference=ref, assessed_on=WCC_ASSESSED_ON, reporting_period=WCC_PERIOD,
                    rating_as_printed=r["rag"], comment=r["why_red"],
                    note=join_notes(WCC_ASSESSMENT_NOTE.format(source=r["rag_source_text"]),
                                    "Comment: the report's reason for the red rating" if r["why_red"] else ""))
    add_links(out, [(WCC_REFERENCE.format(n=n), i, "", s, why) for n, i, s, why in WCC_LINKS],
              demo / "worcestershire", references)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE),
                        help="folder of the transcribed council reports (default: ../shared/data/council-reports "
                             "relative to the project root)")
    parser.add_argument("--out", default=str(DEFAULT_OUT),
                        help="where to write (default: src/main/resources/demo); links are checked against the "
                             "performance files there, or else in src/main/resources/demo")
    args = parser.parse_args(argv)
    source, out = Path(args.source).resolve(), Path(args.out)
    if not (source / "README.md").exists():
        print(f"No council reports in {source}", file=sys.stderr)
        return 2
    try:
        built = {"lancashire": build_lancashire(source, out), "worcestershire": build_worcestershire(source, out)}
    except (BuildError, FileNotFoundError) as e:
        print(f"build_risk_demo_data: {e}", file=sys.stderr)
        return 1
    for council, output in built.items():
        output.write(out / council)
        counts = ", ".join(f"{len(rows)} {name}" for name, rows in output.rows.items())
        print(f"{council}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
