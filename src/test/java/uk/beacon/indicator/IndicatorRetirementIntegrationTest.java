package uk.beacon.indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.access.Audience;
import uk.beacon.access.ChangeRejected;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFailedException;
import uk.beacon.imports.ImportFile;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.ScorecardFigures;
import uk.beacon.scorecard.ScorecardView;
import uk.beacon.scorecard.ScorecardViews;
import uk.beacon.scorecard.Scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13: retiring an indicator that has figures keeps them. It leaves the scorecard
 * and the grid from the quarter it is retired from, stays on every quarter before, takes
 * no figures for those quarters, and can be put back in use.
 */
@BeaconIntegrationTest
class IndicatorRetirementIntegrationTest {

	private static final FinancialQuarter Q1 = new FinancialQuarter(2025, 1);

	private static final FinancialQuarter Q2 = new FinancialQuarter(2025, 2);

	private static final FinancialQuarter Q3 = new FinancialQuarter(2025, 3);

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	IndicatorManagement management;

	@Autowired
	Indicators indicators;

	@Autowired
	Measurements measurements;

	@Autowired
	ScorecardViews views;

	@Autowired
	ScorecardFigures figures;

	@Autowired
	Scorecards scorecards;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRetiredIndicatorKeepsItsFiguresAndLeavesOnlyTheQuartersFromItsRetirement() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						RET,Retiring Council,council,
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency
						RET-1,Forms returned on paper,RET,number,lower_is_better,quarterly
						RET-2,Forms returned online,RET,number,higher_is_better,quarterly
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						RET-1,Q1 2025/26,Q1 2025/26,40
						RET-1,Q2 2025/26,Q2 2025/26,35
						RET-2,Q2 2025/26,Q2 2025/26,60
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code
										RET-SC,Retiring scorecard,RET,corporate,Channels,objective,RET-1
										RET-SC,Retiring scorecard,RET,corporate,Channels,objective,RET-2
										""")),
				TestUsers.SYSTEM);
		Indicator paper = this.indicators.findByCode("RET-1").orElseThrow();
		long scorecard = this.scorecards.idOf("RET-SC").orElseThrow();

		// not from a quarter in which it has figures
		assertThatThrownBy(() -> this.management.retire(TestUsers.SYSTEM, paper.id(), paper.version(), Q2, "Online"))
			.isInstanceOf(ChangeRejected.class)
			.hasMessage("RET-1 has figures reported in Q2 2025/26, so it is retired from Q3 2025/26 at the earliest.");
		assertThatThrownBy(() -> this.management.retire(TestUsers.SYSTEM, paper.id(), paper.version(), Q3, " "))
			.hasMessage("Say why RET-1 is retired.");

		Indicator retired = this.management.retire(TestUsers.SYSTEM, paper.id(), paper.version(), Q3,
				"Every form is online from October");

		assertThat(retired.retiredFrom()).isEqualTo(Q3);
		assertThat(this.measurements.forIndicator(paper.id())).hasSize(2);
		assertThat(codes(this.views.view(scorecard, Optional.of(Q2), Audience.PUBLIC).orElseThrow()))
			.containsExactly("RET-1", "RET-2");
		assertThat(codes(this.views.view(scorecard, Optional.of(Q3), Audience.PUBLIC).orElseThrow()))
			.containsExactly("RET-2");
		assertThat(this.figures.grid(scorecard, Q3, Audience.everywhere(), TestUsers.SYSTEM)
			.orElseThrow()
			.rows()
			.stream()
			.map(r -> r.indicator().code())
			.toList()).containsExactly("RET-2");
		// no figure for a quarter it is retired by, from an import or anywhere else
		assertThatThrownBy(() -> this.csvImport.run(List.of(file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				RET-1,Q3 2025/26,Q3 2025/26,30
				""")), TestUsers.SYSTEM)).isInstanceOfSatisfying(ImportFailedException.class,
				ex -> assertThat(ex.problems()).singleElement()
					.satisfies(p -> assertThat(p.message()).startsWith("RET-1 is retired from Q3 2025/26")));
		assertThat(Http.get(this.port, "/indicators/RET-1").body()).contains("Retired from")
			.contains("Every form is online from October");
		assertThat(this.jdbc
			.sql("select after || ' | ' || reason from audit_event where action = 'INDICATOR_RETIRED' "
					+ "and subject = 'RET-1'")
			.query(String.class)
			.list()).containsExactly("retired from Q3 2025/26 | Every form is online from October");

		Indicator again = this.management.reinstate(TestUsers.SYSTEM, paper.id(), retired.version());

		assertThat(again.retiredFrom()).isNull();
		assertThat(codes(this.views.view(scorecard, Optional.of(Q3), Audience.PUBLIC).orElseThrow()))
			.containsExactly("RET-1", "RET-2");
		assertThat(codes(this.views.view(scorecard, Optional.of(Q1), Audience.PUBLIC).orElseThrow()))
			.containsExactly("RET-1", "RET-2");
	}

	private static List<String> codes(ScorecardView view) {
		return view.sections().stream().flatMap(s -> s.rows().stream()).map(p -> p.indicator().code()).toList();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
