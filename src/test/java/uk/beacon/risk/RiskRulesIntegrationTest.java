package uk.beacon.risk;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.access.Actor;
import uk.beacon.access.StaleChange;
import uk.beacon.access.Role;
import uk.beacon.TestUsers;
import uk.beacon.access.Audience;
import uk.beacon.TestUsers;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.audit.AuditTrail;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFailedException;
import uk.beacon.imports.ImportFile;
import uk.beacon.imports.ImportProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every register rule against real PostgreSQL: bad input, restricted items, escalation,
 * merging, derived flags, matrix changes and the audit trail.
 */
@BeaconIntegrationTest
class RiskRulesIntegrationTest {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	CsvImport csvImport;

	@Autowired
	RiskViews views;

	@Autowired
	RiskManagement management;

	@Autowired
	AuditTrail audit;

	@Autowired
	io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

	@Autowired
	JdbcClient jdbc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void anImpactOfSixOnAFiveByFiveMatrixIsRefused() {
		assertThat(problems("B1", "B1-1,31/12/2019,Q3 2019/20,6,2,,,,,,,,")).singleElement()
			.satisfies(p -> assertThat(p.toString())
				.startsWith("risk-assessments.csv, row 2, column \"inherent_impact\": 6"));
		assertNothingSaved("B1");
	}

	@Test
	void anAssessmentDatedAfterTodayOrReportedBeforeItIsMadeIsRefused() {
		java.time.LocalDate tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1);
		String date = tomorrow.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		assertThat(problems("B9",
				"B9-1," + date + "," + uk.beacon.period.FinancialQuarter.containing(tomorrow).label() + ",,,,3,3,,,,,"))
			.singleElement()
			.satisfies(p -> assertThat(p.toString())
				.startsWith("risk-assessments.csv, row 2, column \"assessed_on\": " + date + " is after today"));
		assertNothingSaved("B9");
		assertThat(problems("B10", "B10-1,31/12/2019,Q4 2019/20,,,,3,3,,,,,")).singleElement()
			.satisfies(p -> assertThat(p.toString()).startsWith(
					"risk-assessments.csv, row 2, column \"reporting_period\": Q4 2019/20 starts after the assessment date 31/12/2019"));
		assertNothingSaved("B10");
	}

	@Test
	void aLikelihoodTheMatrixDoesNotHaveIsRefused() {
		assertThat(problems("B2", "B2-1,31/12/2019,Q3 2019/20,,,,Major,Probable,,,,,")).singleElement().satisfies(p -> {
			assertThat(p.column()).isEqualTo("current_likelihood");
			assertThat(p.message()).contains("Probable");
		});
		assertNothingSaved("B2");
	}

	@Test
	void aResidualScoreThatDisagreesWithItsLabelsIsRefused() {
		assertThat(problems("B3", "B3-1,31/12/2019,Q3 2019/20,,,,,,,Major,Possible,15,")).singleElement()
			.satisfies(p -> {
				assertThat(p.column()).isEqualTo("residual_score");
				assertThat(p.message()).contains("15").contains("12");
			});
		assertNothingSaved("B3");
	}

	@Test
	void aTargetDateBeforeTheAssessmentIsRefused() {
		assertThat(problems("B4", "B4-1,31/12/2019,Q3 2019/20,,,,,,,Major,Possible,,01/01/2019")).singleElement()
			.satisfies(p -> {
				assertThat(p.column()).isEqualTo("target_date");
				assertThat(p.message()).contains("01/01/2019").contains("31/12/2019");
			});
		assertNothingSaved("B4");
	}

	@Test
	void aDuplicateReferenceIsRefused() {
		List<ImportFile> files = new ArrayList<>(setUp("B5"));
		files.set(2, file("risks.csv", "reference,register_code,kind,title\nB5-1,B5-R,risk,One\nB5-1,B5-R,risk,Two\n"));
		List<ImportProblem> problems = problems(files);

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(3);
			assertThat(p.message()).contains("duplicate").contains("row 2");
		});
		assertNothingSaved("B5");
	}

	@Test
	void restrictedRisksNeverReachThePublicAndRestrictedFieldsAreRemoved() {
		this.csvImport.run(List.of(org("R1"),
				file("risk-registers.csv", "code,name,kind,organisation_code\nR1-R,Register,corporate,R1\n"),
				file("risks.csv", """
						reference,register_code,kind,title,description,owner,restricted,restricted_fields
						R1-SECRET,R1-R,risk,Part II contract dispute,Details of litigation,Legal,yes,
						R1-PART,R1-R,risk,Office moves,Which offices close,Estates,no,description;owner
						""")), TestUsers.SYSTEM);

		List<String> publicRefs = this.views.register(new RiskFilter("R1-R", null, null, null, null), Audience.PUBLIC)
			.stream()
			.map(s -> s.risk().reference())
			.toList();
		assertThat(publicRefs).containsExactly("R1-PART");
		assertThat(this.views.risk("R1-SECRET", Audience.PUBLIC)).isEmpty();
		Risk part = this.views.risk("R1-PART", Audience.PUBLIC).orElseThrow().summary().risk();
		assertThat(part.description()).isNull();
		assertThat(part.owner()).isNull();
		assertThat(part.title()).isEqualTo("Office moves");

		assertThat(this.views.risk("R1-SECRET", Audience.everywhere())).isPresent();
		assertThat(this.views.risk("R1-PART", Audience.everywhere()).orElseThrow().summary().risk().description())
			.isEqualTo("Which offices close");
	}

	@Test
	void restrictedContentStaysOffEveryOtherPublicPage() {
		this.csvImport.run(List.of(org("L1"), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				L1-IND,Linked measure,L1,number,higher_is_better,quarterly
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code
				L1-A,First register,corporate,L1
				L1-B,Second register,directorate,L1-D
				"""),
				file("risks.csv",
						"""
								reference,register_code,kind,title,description,restricted,restricted_fields
								L1-SECRET,L1-A,risk,Confidential settlement with contractor,Settlement terms confidential,yes,
								L1-FIELDS,L1-B,risk,Settlement with contractor,Confidential settlement terms agreed,no,description;actions
								"""),
				file("risk-actions.csv", """
						reference,action,due
						L1-FIELDS,Pay the confidential sum,01/01/2020
						"""), file("risk-links.csv", """
						reference,indicator_code
						L1-SECRET,L1-IND
						L1-FIELDS,L1-IND
						""")), TestUsers.SYSTEM);

		String indicatorPage = publicPage("/indicators/L1-IND");
		assertThat(indicatorPage).contains("L1-FIELDS")
			.doesNotContain("L1-SECRET")
			.doesNotContain("Confidential settlement");
		// the registers themselves are not public at all: the public is sent to sign in
		for (String path : new String[] { "/risks/duplicates", "/risks?register=L1-B", "/risks/heat-map?register=L1-A",
				"/risks/L1-FIELDS", "/risks/L1-SECRET", "/risks/profile" }) {
			var response = uk.beacon.Http.get(this.port, path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.body()).as(path).doesNotContain("L1-SECRET").doesNotContain("confidential sum");
		}
		assertThat(this.management.duplicatesOf(new NewRisk("L1-A", RiskKind.RISK, "L1-NEW",
				"Settlement with contractor", "Confidential settlement terms agreed", null, null, null, 3, false)))
			.allSatisfy(d -> {
				assertThat(d.otherReference()).isNotEqualTo("L1-SECRET");
				assertThat(d.reason()).doesNotContain("description");
			});
	}

	@Test
	void deEscalatingTwiceIsRefused() {
		this.csvImport.run(List.of(org("T1"), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				T1-CORP,Corporate register,corporate,T1,
				T1-DIR,Directorate register,directorate,T1-D,T1-CORP
				"""), file("risks.csv", "reference,register_code,kind,title\nT1-1,T1-DIR,risk,Pay award\n")),
				TestUsers.SYSTEM);
		this.management.escalate(actor("Risk manager"),
				new RiskMove(new RiskReference("T1-1"), risk("T1-1").version(), "Council-wide"));
		this.management.deEscalate(actor("Risk manager"),
				new RiskMove(new RiskReference("T1-1"), risk("T1-1").version(), "Back down"));

		assertThatExceptionOfType(RiskChangeRejected.class)
			.isThrownBy(() -> this.management.deEscalate(actor("Risk manager"),
					new RiskMove(new RiskReference("T1-1"), risk("T1-1").version(), "Again")))
			.withMessageContaining("nowhere to go back to");
		assertThat(this.views.risk("T1-1", Audience.everywhere()).orElseThrow().canDeEscalate()).isFalse();
	}

	@Test
	void escalatingAndDeEscalatingKeepsTheOwnerAndTheHistoryAndIsAudited() {
		this.csvImport.run(
				List.of(org("E1"), file("risk-registers.csv", """
						code,name,kind,organisation_code,escalates_to
						E1-CORP,Corporate register,corporate,E1,
						E1-DIR,Directorate register,directorate,E1-D,E1-CORP
						"""), file("risks.csv",
						"reference,register_code,kind,title,owner\nE1-1,E1-DIR,risk,Budget pressure,Director\n")),
				TestUsers.SYSTEM);

		Risk risk = risk("E1-1");
		this.management.escalate(actor("Risk manager"),
				new RiskMove(new RiskReference("E1-1"), risk.version(), "Affects the whole council"));
		RiskDetail escalated = this.views.risk("E1-1", Audience.everywhere()).orElseThrow();
		assertThat(escalated.summary().register().code()).isEqualTo("E1-CORP");
		assertThat(escalated.summary().risk().owner()).isEqualTo("Director");

		this.management.deEscalate(actor("Risk manager"),
				new RiskMove(new RiskReference("E1-1"), risk("E1-1").version(), "Contained again"));
		RiskDetail back = this.views.risk("E1-1", Audience.everywhere()).orElseThrow();
		assertThat(back.summary().register().code()).isEqualTo("E1-DIR");
		assertThat(back.moves()).extracting(RegisterMove::direction).containsExactly("ESCALATED", "DE_ESCALATED");
		assertThat(this.audit.about("RISK", "E1-1")).extracting(e -> e.action())
			.containsExactly("ADDED", "ESCALATED", "DE_ESCALATED");
	}

	@Test
	void aChangeBasedOnAStaleVersionIsRefusedAndSavesNothing() {
		this.csvImport.run(List.of(org("V1"), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				V1-CORP,Corporate register,corporate,V1,
				V1-DIR,Directorate register,directorate,V1-D,V1-CORP
				"""), file("risks.csv", "reference,register_code,kind,title\nV1-1,V1-DIR,risk,Data breach\n")),
				TestUsers.SYSTEM);
		int seen = risk("V1-1").version();
		this.management.escalate(actor("Officer A"), new RiskMove(new RiskReference("V1-1"), seen, "First officer"));

		assertThatExceptionOfType(StaleChange.class)
			.isThrownBy(() -> this.management.deEscalate(actor("Officer B"),
					new RiskMove(new RiskReference("V1-1"), seen, "Second officer")))
			.withMessageContaining("Someone else changed V1-1");
		assertThat(this.views.risk("V1-1", Audience.everywhere()).orElseThrow().summary().register().code())
			.isEqualTo("V1-CORP");
	}

	@Test
	void mergingADuplicateKeepsEveryDirectoratesContribution() {
		this.csvImport.run(
				List.of(org("M1"), file("risk-registers.csv", """
						code,name,kind,organisation_code
						M1-A,Children's register,directorate,M1-D
						M1-B,Adults' register,directorate,M1-D
						"""),
						file("risks.csv",
								"""
										reference,register_code,kind,title,description,consequences
										M1-1,M1-A,risk,Protect and safeguard children,Children are put at risk of harm,High profile safeguarding incidents
										M1-2,M1-B,risk,Safeguarding children at risk of harm,Failure to safeguard children,Safeguarding incidents and inspection
										M1-3,M1-B,risk,Future provision of ICT services,Contract expires,Service disruption
										""")),
				TestUsers.SYSTEM);

		List<DuplicateSuggestion> suggestions = this.views.duplicates(Audience.everywhere())
			.stream()
			.filter(d -> d.reference().startsWith("M1-"))
			.toList();
		assertThat(suggestions).singleElement().satisfies(d -> {
			assertThat(List.of(d.reference(), d.otherReference())).containsExactlyInAnyOrder("M1-1", "M1-2");
			assertThat(d.reason()).isNotBlank();
		});
		// each risk's own page shows the pair that names it, and the third risk none
		assertThat(this.views.risk("M1-1", Audience.everywhere()).orElseThrow().duplicates())
			.containsExactlyElementsOf(suggestions);
		assertThat(this.views.risk("M1-2", Audience.everywhere()).orElseThrow().duplicates())
			.containsExactlyElementsOf(suggestions);
		assertThat(this.views.risk("M1-3", Audience.everywhere()).orElseThrow().duplicates()).isEmpty();

		this.management.merge(actor("Risk manager"), new RiskMerge(new RiskReference("M1-2"), risk("M1-2").version(),
				new RiskReference("M1-1"), "Same risk, two directorates"));
		RiskDetail surviving = this.views.risk("M1-1", Audience.everywhere()).orElseThrow();
		assertThat(surviving.mergedFrom()).extracting(s -> s.risk().reference()).containsExactly("M1-2");
		RiskDetail merged = this.views.risk("M1-2", Audience.everywhere()).orElseThrow();
		assertThat(merged.mergedInto().reference()).isEqualTo("M1-1");
		assertThat(merged.summary().risk().description()).isEqualTo("Failure to safeguard children");
		assertThat(merged.merge().reason()).isEqualTo("Same risk, two directorates");
		assertThat(merged.merge().mergedBy()).isEqualTo("Risk manager");
		assertThat(surviving.mergeRecords().get("M1-2").reason()).isEqualTo("Same risk, two directorates");
		assertThat(this.views.register(new RiskFilter("M1-B", null, null, null, null), Audience.everywhere()))
			.extracting(s -> s.risk().reference())
			.containsExactly("M1-3");
		assertThat(this.audit.about("RISK", "M1-2")).extracting(e -> e.action()).containsExactly("ADDED", "MERGED");
	}

	@Test
	void directionRedInTheLastYearTargetPassedAndReviewOverdueAreDerived() {
		LocalDate today = LocalDate.now();
		String earlier = today.minusMonths(5).format(DATE);
		String later = today.minusMonths(2).format(DATE);
		String earlierQuarter = uk.beacon.period.FinancialQuarter.containing(today.minusMonths(5)).label();
		String laterQuarter = uk.beacon.period.FinancialQuarter.containing(today.minusMonths(2)).label();
		this.csvImport.run(List.of(org("D1"),
				file("risk-registers.csv", "code,name,kind,organisation_code\nD1-R,Register,corporate,D1\n"),
				file("risks.csv",
						"reference,register_code,kind,title,review_months\nD1-1,D1-R,risk,Winter pressures,1\n"),
				file("risk-assessments.csv",
						"""
								reference,assessed_on,reporting_period,current_impact,current_likelihood,residual_impact,residual_likelihood,target_date
								D1-1,%s,%s,5,4,2,2,%s
								D1-1,%s,%s,3,3,2,2,%s
								"""
							.formatted(earlier, earlierQuarter, earlier, later, laterQuarter, later))),
				TestUsers.SYSTEM);

		RiskSummary summary = this.views.register(new RiskFilter("D1-R", null, null, null, null), Audience.everywhere())
			.get(0);
		assertThat(summary.currentLabel()).isEqualTo("9 Moderate/Possible");
		assertThat(summary.levelName()).isEqualTo("Amber");
		assertThat(summary.direction())
			.isEqualTo(earlierQuarter.equals(laterQuarter) ? RiskDirection.NEW : RiskDirection.REDUCED);
		assertThat(summary.redInLast12Months()).isTrue();
		assertThat(summary.targetDatePassed()).isTrue();
		assertThat(summary.reviewOverdue()).isTrue();
	}

	@Test
	void changingTheMatrixRebandsEveryRiskAndIsAudited() {
		this.csvImport.run(List.of(org("X1"),
				file("risk-registers.csv", "code,name,kind,organisation_code\nX1-R,Register,corporate,X1\n"),
				file("risks.csv", "reference,register_code,kind,title\nX1-1,X1-R,risk,Flooding\n"),
				file("risk-assessments.csv",
						"reference,assessed_on,reporting_period,current_impact,current_likelihood\nX1-1,31/12/2019,Q3 2019/20,3,3\n")),
				TestUsers.SYSTEM);
		assertThat(level("X1-1")).isEqualTo("Amber");

		this.csvImport.run(List.of(file("risk-matrix.csv", matrix("X1")), file("risk-bands.csv",
				"council_code,from_score,to_score,level,colour\nX1,1,4,Low,green\nX1,5,9,High,red\nX1,10,25,Very high,red\n")),
				TestUsers.SYSTEM);

		assertThat(level("X1-1")).isEqualTo("High");
		assertThat(this.audit.about("RISK_MATRIX", "X1")).extracting(e -> e.action()).containsExactly("MATRIX_CHANGED");

		// issue 20: bands alone re-band the matrix Beacon holds, as the import guide says
		this.csvImport.run(List.of(file("risk-bands.csv",
				"council_code,from_score,to_score,level,colour\nX1,1,8,Low,green\nX1,9,14,Medium,amber\nX1,15,25,High,red\n")),
				TestUsers.SYSTEM);
		assertThat(level("X1-1")).isEqualTo("Medium");
		assertThat(this.audit.about("RISK_MATRIX", "X1")).extracting(e -> e.action())
			.containsExactly("MATRIX_CHANGED", "MATRIX_CHANGED");
	}

	@Test
	void theAuditTrailCannotBeRewritten() throws java.sql.SQLException {
		this.csvImport.run(List.of(org("A1")), TestUsers.SYSTEM);

		// the application's own database role may only add to it
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update audit_event set actor = 'someone else'").update())
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage()).contains("permission denied"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from audit_event").update())
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage()).contains("permission denied"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("truncate audit_event").update())
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage()).contains("permission denied"));
		// and even the owner of the tables, who runs the migrations, is stopped by the
		// trigger
		try (java.sql.Connection owner = this.postgres.getPostgresDatabase().getConnection();
				java.sql.Statement statement = owner.createStatement()) {
			assertThatExceptionOfType(java.sql.SQLException.class)
				.isThrownBy(() -> statement.executeUpdate("update audit_event set actor = 'someone else'"))
				.withMessageContaining("append-only");
			assertThatExceptionOfType(java.sql.SQLException.class)
				.isThrownBy(() -> statement.executeUpdate("delete from audit_event"))
				.withMessageContaining("append-only");
		}
	}

	/** Fetches a page as the public would. */
	private String publicPage(String path) {
		return uk.beacon.Http.get(this.port, path).body();
	}

	private String level(String reference) {
		return this.views.risk(reference, Audience.everywhere()).orElseThrow().summary().levelName();
	}

	private Risk risk(String reference) {
		return this.views.risk(reference, Audience.everywhere()).orElseThrow().summary().risk();
	}

	private static String matrix(String council) {
		StringBuilder csv = new StringBuilder("council_code,axis,level,label\n");
		String[] impacts = { "Insignificant", "Minor", "Moderate", "Major", "Catastrophic" };
		String[] likelihoods = { "Rare", "Unlikely", "Possible", "Likely", "Certain" };
		for (int i = 0; i < 5; i++) {
			csv.append(council).append(",impact,").append(i + 1).append(',').append(impacts[i]).append('\n');
			csv.append(council).append(",likelihood,").append(i + 1).append(',').append(likelihoods[i]).append('\n');
		}
		return csv.toString();
	}

	private List<ImportProblem> problems(String prefix, String assessmentRow) {
		List<ImportFile> files = new ArrayList<>(setUp(prefix));
		files.add(file("risk-assessments.csv",
				"""
						reference,assessed_on,reporting_period,inherent_impact,inherent_likelihood,inherent_score,current_impact,current_likelihood,current_score,residual_impact,residual_likelihood,residual_score,target_date
						"""
						+ assessmentRow + "\n"));
		return problems(files);
	}

	private List<ImportProblem> problems(List<ImportFile> files) {
		try {
			this.csvImport.run(files, TestUsers.SYSTEM);
		}
		catch (ImportFailedException ex) {
			return ex.problems();
		}
		throw new AssertionError("the import should have failed");
	}

	private void assertNothingSaved(String prefix) {
		assertThat(this.jdbc.sql("select count(*) from organisation_unit where code = ?")
			.param(prefix)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from risk where reference like ?")
			.param(prefix + "-%")
			.query(Long.class)
			.single()).isZero();
	}

	private static List<ImportFile> setUp(String prefix) {
		return List.of(org(prefix),
				file("risk-registers.csv",
						"code,name,kind,organisation_code\n" + prefix + "-R,Register,corporate," + prefix + "\n"),
				file("risks.csv",
						"reference,register_code,kind,title\n" + prefix + "-1," + prefix + "-R,risk,A risk\n"));
	}

	@Test
	void aRestrictedReaderSeesTheRestrictedRisksOfTheirPartOfTheCouncilOnly() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				RA1,RA1 Council,council,
				RA1-D,RA1 Directorate,directorate,RA1
				RA1-E,RA1 Other directorate,directorate,RA1
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				RA1-DR,Directorate register,directorate,RA1-D,
				RA1-ER,Other register,directorate,RA1-E,
				"""), file("risks.csv", """
				reference,register_code,kind,title,owner,restricted,restricted_fields
				RA1-1,RA1-DR,risk,Part II contract dispute,Legal,yes,
				RA1-2,RA1-DR,risk,Office moves,Estates,no,owner
				RA1-3,RA1-ER,risk,Part II pay dispute,HR,yes,
				""")), TestUsers.SYSTEM);
		long directorate = this.jdbc.sql("select id from organisation_unit where code = 'RA1-D'")
			.query(Long.class)
			.single();
		Audience directorates = Audience.within(java.util.Set.of(directorate), java.util.Set.of(directorate));

		assertThat(this.views.risk("RA1-1", directorates)).isPresent();
		assertThat(this.views.risk("RA1-2", directorates).orElseThrow().summary().risk().owner()).isEqualTo("Estates");
		assertThat(this.views.risk("RA1-3", directorates)).isEmpty();
		assertThat(this.views.register(new RiskFilter("RA1-ER", null, null, null, null), directorates)).isEmpty();
		assertThat(this.views.risk("RA1-2", Audience.PUBLIC).orElseThrow().summary().risk().owner()).isNull();
		assertThat(this.views.risk("RA1-3", Audience.everywhere())).isPresent();
	}

	private static ImportFile org(String code) {
		return file("organisation.csv", "code,name,kind,parent_code\n" + code + "," + code + " Council,council,\n"
				+ code + "-D," + code + " Directorate,directorate," + code + "\n");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private static Actor actor(String name) {
		return TestUsers.everywhere(name, Role.RISK_MANAGER);
	}

}
