package uk.beacon.reporting;

import java.util.List;
import java.util.Objects;

/**
 * Everything a cabinet report says, in the order councils print it. It holds words and
 * figures only, never live objects, so that a published report is this record read back
 * from its snapshot and renders the same forever.
 *
 * @param scorecardId the scorecard reported on
 * @param scorecardName its name
 * @param organisationUnit the unit it reports on
 * @param council the council
 * @param period the quarter reported, such as "Q2 2019/20"
 * @param previousPeriod the quarter of the last report, whose ratings movement is
 * measured from
 * @param summary the counts and what moved
 * @param indicators every indicator on the scorecard, by section: the scorecard table
 * @param exceptions an exception report for each red indicator
 * @param risks the corporate risk profile with nothing restricted in it (Part A)
 * @param restrictedRisks the restricted risks, only ever printed in Part B
 * @param narrative the narrative: drafted from the data, then edited by officers
 */
public record CabinetReport(long scorecardId, String scorecardName, String organisationUnit, String council,
		String period, String previousPeriod, Summary summary, List<IndicatorLine> indicators,
		List<ExceptionReport> exceptions, RiskSection risks, List<RiskEntry> restrictedRisks, String narrative) {

	public CabinetReport {
		Objects.requireNonNull(scorecardName, "scorecardName");
		Objects.requireNonNull(period, "period");
		indicators = List.copyOf(indicators);
		exceptions = List.copyOf(exceptions);
		restrictedRisks = List.copyOf(restrictedRisks);
		narrative = (narrative != null) ? narrative : "";
	}

	public String title() {
		return this.scorecardName + ": performance report, " + this.period;
	}

	/**
	 * @return the report without its restricted risks: what Part A may hold
	 */
	public CabinetReport partA() {
		return new CabinetReport(this.scorecardId, this.scorecardName, this.organisationUnit, this.council, this.period,
				this.previousPeriod, this.summary, this.indicators, this.exceptions, this.risks, List.of(),
				this.narrative);
	}

	public CabinetReport withNarrative(String text) {
		return new CabinetReport(this.scorecardId, this.scorecardName, this.organisationUnit, this.council, this.period,
				this.previousPeriod, this.summary, this.indicators, this.exceptions, this.risks, this.restrictedRisks,
				text);
	}

	/**
	 * @return the narrative's paragraphs: blank lines separate them
	 */
	public List<String> narrativeParagraphs() {
		return java.util.Arrays.stream(this.narrative.split("\\R\\s*\\R"))
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.toList();
	}

	/**
	 * @return the green (or red, or any other status) indicators grouped by section, in
	 * scorecard order, leaving out sections with none
	 */
	public List<SectionList> bySection(String status) {
		java.util.Map<String, List<IndicatorLine>> sections = new java.util.LinkedHashMap<>();
		for (IndicatorLine line : this.indicators) {
			if (line.status().equals(status)) {
				sections.computeIfAbsent(line.section(), s -> new java.util.ArrayList<>()).add(line);
			}
		}
		return sections.entrySet().stream().map(e -> new SectionList(e.getKey(), e.getValue())).toList();
	}

	/**
	 * Indicators to watch: red and updated this quarter.
	 */
	public List<IndicatorLine> toWatch() {
		return this.indicators.stream().filter(i -> i.status().equals("RED") && i.updatedThisPeriod()).toList();
	}

	/**
	 * The indicators of one section, in scorecard order.
	 */
	public record SectionList(String section, List<IndicatorLine> indicators) {
	}

}
