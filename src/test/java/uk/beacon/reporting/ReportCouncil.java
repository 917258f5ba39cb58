package uk.beacon.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.scorecard.ScorecardViews;

/**
 * A small council made for report tests, imported through the same validated path a
 * council uses: four indicators (one turned red, one green, one amber, one contextual)
 * over two quarters, and a corporate register with a risk that turned red, one that left
 * red, one partly restricted and one wholly restricted (Part II).
 */
final class ReportCouncil {

	static final String SECRET_TITLE = "Part II contract dispute";

	static final String SECRET_DESCRIPTION = "Details of litigation with the contractor";

	static final String WITHHELD_DESCRIPTION = "Which offices close";

	private ReportCouncil() {
	}

	/**
	 * @return the identity of the council's scorecard, {@code prefix}-SC
	 */
	static long load(CsvImport csvImport, ScorecardViews scorecards, String prefix) {
		String p = prefix;
		csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				%1$s,%1$s Council,council,
				%1$s-D,%1$s Adults and Communities,directorate,%1$s
				""".formatted(p)),
				file("indicators.csv",
						"""
								code,title,definition,organisation_code,unit,decimal_places,polarity,frequency,owner
								%1$s-1,Schools judged good or outstanding by Ofsted,Share of schools judged good or outstanding at their latest inspection,%1$s-D,percent,0,higher_is_better,quarterly,Head of Education
								%1$s-2,Households in temporary accommodation,,%1$s-D,number,0,lower_is_better,quarterly,
								%1$s-3,Council tax collected,,%1$s-D,percent,1,higher_is_better,quarterly,
								%1$s-4,Residents aged 65 and over,,%1$s-D,number,0,no_polarity,quarterly,
								"""
							.formatted(p)),
				file("targets.csv", """
						indicator_code,kind,applies_from,value,tolerance_kind,tolerance
						%1$s-1,value,Q1 2019/20,86,absolute,1
						%1$s-2,value,Q1 2019/20,100,absolute,10
						%1$s-3,value,Q1 2019/20,98,absolute,1
						""".formatted(p)),
				file("measurements.csv",
						"""
								indicator_code,data_period,reporting_period,value,performance_details,current_activity,future_activity
								%1$s-1,Q1 2019/20,Q1 2019/20,88,,,
								%1$s-1,Q2 2019/20,Q2 2019/20,84,Two schools were judged inadequate in August,Advisers are working with both schools,Both will be re-inspected in the spring
								%1$s-2,Q1 2019/20,Q1 2019/20,95,,,
								%1$s-2,Q2 2019/20,Q2 2019/20,90,,,
								%1$s-3,Q2 2019/20,Q2 2019/20,97.5,,,
								%1$s-4,Q2 2019/20,Q2 2019/20,5000,,,
								"""
							.formatted(p)),
				file("scorecards.csv",
						"""
								scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
								%1$s-SC,%1$s Council Scorecard,%1$s,corporate,Learning,objective,%1$s-1,Q2 2019/20
								%1$s-SC,%1$s Council Scorecard,%1$s,corporate,Housing,objective,%1$s-2,
								%1$s-SC,%1$s Council Scorecard,%1$s,corporate,Finance,objective,%1$s-3,
								%1$s-SC,%1$s Council Scorecard,%1$s,corporate,Finance,objective,%1$s-4,
								"""
							.formatted(p)),
				file("risk-registers.csv", """
						code,name,kind,organisation_code
						%1$s-CRR,%1$s Corporate Risk Register,corporate,%1$s
						""".formatted(p)),
				file("risks.csv",
						"""
								reference,register_code,kind,title,description,owner,restricted,restricted_fields
								%1$s-R1,%1$s-CRR,risk,Failure to recruit social workers,Vacancies stay above target,Director of People,no,
								%1$s-R2,%1$s-CRR,risk,Overspend on home to school transport,,Director of Finance,no,
								%1$s-R3,%1$s-CRR,risk,Office moves,%2$s,Director of Resources,no,description
								%1$s-SECRET,%1$s-CRR,risk,%3$s,%4$s,Head of Legal,yes,
								"""
							.formatted(p, WITHHELD_DESCRIPTION, SECRET_TITLE, SECRET_DESCRIPTION)),
				file("risk-assessments.csv", """
						reference,assessed_on,reporting_period,current_impact,current_likelihood,current_score,comment
						%1$s-R1,30/06/2019,Q1 2019/20,3,3,9,
						%1$s-R1,30/09/2019,Q2 2019/20,4,4,16,Agency staff cost more than budgeted
						%1$s-R2,30/06/2019,Q1 2019/20,4,4,16,
						%1$s-R2,30/09/2019,Q2 2019/20,3,3,9,New routes agreed
						%1$s-R3,30/09/2019,Q2 2019/20,3,3,9,
						%1$s-SECRET,30/09/2019,Q2 2019/20,5,4,20,The claim is before the court
						""".formatted(p)), file("risk-actions.csv", """
						reference,action,owner,due,status
						%1$s-R1,Run a recruitment campaign,Head of HR,31/12/2019,open
						""".formatted(p))), TestUsers.SYSTEM);
		return scorecards.all().stream().filter(s -> s.code().equals(p + "-SC")).findFirst().orElseThrow().id();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
