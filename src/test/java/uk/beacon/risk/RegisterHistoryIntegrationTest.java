package uk.beacon.risk;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.CouncilDate;
import uk.beacon.access.Audience;
import uk.beacon.TestUsers;
import uk.beacon.BeaconIntegrationTest;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A register reads only the assessments it shows, and shows what the whole history gives:
 * the latest position, the direction since the quarter reported before it (with two
 * reviews in one quarter), and red in the last 12 months.
 */
@BeaconIntegrationTest
class RegisterHistoryIntegrationTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	CsvImport csvImport;

	@Autowired
	RiskViews views;

	@Autowired
	RiskAssessments assessments;

	@Test
	void aRegisterShowsWhatTheWholeHistoryGives() {
		Random random = new Random(11);
		StringBuilder risks = new StringBuilder("reference,register_code,kind,title,description,category,owner\n");
		StringBuilder assessed = new StringBuilder(
				"reference,assessed_on,reporting_period,current_impact,current_likelihood,residual_impact,residual_likelihood\n");
		LocalDate today = CouncilDate.today();
		for (int r = 1; r <= 12; r++) {
			risks.append("HR%d,HST-CRR,risk,Risk %d,Description %d,Operational,Owner\n".formatted(r, r, r));
			TreeSet<LocalDate> days = new TreeSet<>();
			for (int a = 0; a < 2 + random.nextInt(12); a++) {
				days.add(today.minusDays(random.nextInt(1100)));
			}
			for (LocalDate day : days) {
				int impact = 1 + random.nextInt(5);
				int likelihood = 1 + random.nextInt(5);
				assessed.append("HR%d,%s,%s,%d,%d,%d,%d\n".formatted(r, day.format(DAY),
						FinancialQuarter.containing(day).label(), impact, likelihood, impact, likelihood));
			}
		}
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				HST,Historyshire County Council,council,
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				HST-CRR,Corporate risk register,corporate,HST,
				"""), file("risks.csv", risks.toString()), file("risk-assessments.csv", assessed.toString())),
				TestUsers.SYSTEM);

		List<RiskSummary> shown = this.views.register(new RiskFilter("HST-CRR", null, null, null, null),
				Audience.everywhere());

		assertThat(shown).hasSize(12);
		for (RiskSummary summary : shown) {
			Risk risk = summary.risk();
			List<RiskAssessment> history = this.assessments.forRisk(risk.id());
			assertThat(summary).as(risk.reference())
				.isEqualTo(RiskViews.summarise(risk, summary.register(), summary.matrix(), history,
						summary.overdueActions(), today, RiskAppetite.none()));
		}
		assertThat(shown.stream().map(RiskSummary::direction).distinct().count()).isGreaterThan(1);
		assertThat(shown.stream().map(RiskSummary::levelName).distinct().count()).isGreaterThan(1);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
