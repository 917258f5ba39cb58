package uk.beacon.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import uk.beacon.dashboard.DashboardFilter;
import uk.beacon.dashboard.StatusCounts;
import uk.beacon.dashboard.UnitDashboard;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A line of the table by objective leads to the dashboard narrowed to its section, named
 * exactly, whatever the name holds.
 */
class ObjectiveLineTest {

	@Test
	void aSectionsNameComesBackAsItIsWritten() {
		String name = "Health + care & wellbeing / 100% {safe}";
		StatusCounts none = StatusCounts.of(List.of());
		UnitDashboard dashboard = new UnitDashboard(
				new OrganisationUnit(1L, "OBJ", "Objective Council", OrganisationKind.COUNCIL, null, null), List.of(),
				new FinancialQuarter(2025, 2), List.of(), none, 0, List.of(), none,
				List.of(new UnitDashboard.ObjectiveCounts(7, "Council plan", name, none)),
				new DashboardFilter(null, null, null, null, false, false), List.of(), List.of());

		ObjectiveLine line = ObjectiveLine.of(dashboard, dashboard.objectives().get(0));

		assertThat(query(line.href(), "section")).isEqualTo(name);
		assertThat(query(line.href(), "period")).isEqualTo("Q2 2025/26");
		assertThat(line.cells()).hasSize(5).allSatisfy((cell) -> {
			assertThat(query(cell.href(), "section")).isEqualTo(name);
			assertThat(cell.label()).endsWith(" in " + name);
		});
		assertThat(query(line.scorecardHref(), "period")).isEqualTo("Q2 2025/26");
	}

	private static String query(String href, String name) {
		String raw = UriComponentsBuilder.fromUriString(href.replace("#indicators", ""))
			.build()
			.getQueryParams()
			.getFirst(name);
		return UriUtils.decode(raw, StandardCharsets.UTF_8);
	}

}
