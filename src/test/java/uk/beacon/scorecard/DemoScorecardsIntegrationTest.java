package uk.beacon.scorecard;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.indicator.IndicatorPerformances;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Status;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled council reports load on first start and read as the councils published
 * them.
 */
@BeaconIntegrationTest
class DemoScorecardsIntegrationTest {

	@Autowired
	ScorecardViews views;

	@Autowired
	IndicatorPerformances performances;

	@Test
	void worcestershireChildrenFamiliesAndCommunitiesHasSixtyIndicatorsWithThePublishedCounts() {
		ScorecardView view = view("Children, Families and Communities Balanced Scorecard", Optional.empty());

		assertThat(view.period()).isEqualTo(new FinancialQuarter(2019, 2));
		assertThat(view.total()).isEqualTo(60);
		assertThat(view.sections()).extracting(ScorecardView.Section::title)
			.containsExactly("Children & Families", "Our Finance", "Our People", "Our Customer", "Our Future");
		assertThat(view.assessedCounts()).containsEntry(Status.GREEN, 11L)
			.containsEntry(Status.AMBER, 12L)
			.containsEntry(Status.RED, 26L)
			.containsEntry(Status.NOT_RATED, 11L)
			.containsEntry(Status.NO_DATA, 0L);
		assertThat(view.updatedThisPeriod()).isEqualTo(60);
	}

	@Test
	void everyWorcestershireRatingIsExplainedAndTheRuleIsShownBesideIt() {
		ScorecardView view = view("Children, Families and Communities Balanced Scorecard", Optional.empty());

		assertThat(view.rows()).allSatisfy(row -> {
			assertThat(row.rule().explanation()).startsWith(row.rule().status().label() + ":");
			assertThat(row.assessmentReason()).isNotBlank();
		});
		Performance schools = row(view, "School's judged good or outstanding by Ofsted");
		assertThat(schools.assessed()).isEqualTo(Status.RED);
		assertThat(schools.rule().explanation()).contains("84%").contains("86%");
	}

	@Test
	void lancashireHasFiveObjectivesAndAQuarterlyHistory() {
		ScorecardView view = view("Corporate Strategy Monitoring", Optional.empty());

		assertThat(view.period()).isEqualTo(new FinancialQuarter(2019, 3));
		assertThat(view.sections()).hasSize(5)
			.allSatisfy(section -> assertThat(section.kind()).isEqualTo(SectionKind.OBJECTIVE));
		assertThat(view.total()).isEqualTo(45);
		assertThat(view.periods()).contains(new FinancialQuarter(2019, 1), new FinancialQuarter(2019, 2),
				new FinancialQuarter(2019, 3));

		Performance defects = row(view, "Safety carriageway defects repaired within 4 hours (emergency)");
		List<Performance> history = this.performances.history(defects.indicator());
		assertThat(history).extracting(p -> p.measurement().reportingPeriod().label())
			.containsSubsequence("Q1 2019/20", "Q2 2019/20", "Q3 2019/20");
		assertThat(defects.formattedValue()).isEqualTo("89.19%");
		assertThat(defects.direction().direction().name()).isEqualTo("WORSENING");
	}

	@Test
	void aScorecardLooksBackToAnEarlierQuarter() {
		ScorecardView q1 = view("Corporate Strategy Monitoring", Optional.of(new FinancialQuarter(2019, 1)));
		Performance defects = row(q1, "Safety carriageway defects repaired within 4 hours (emergency)");

		assertThat(defects.formattedValue()).isEqualTo("96.67%");
		assertThat(defects.updatedThisPeriod()).isTrue();
	}

	private ScorecardView view(String name, Optional<FinancialQuarter> period) {
		Scorecard scorecard = this.views.all()
			.stream()
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no scorecard named " + name));
		return this.views.view(scorecard.id(), period).orElseThrow();
	}

	private static Performance row(ScorecardView view, String title) {
		return view.rows()
			.stream()
			.filter(p -> p.indicator().title().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no indicator titled " + title + " in "
					+ view.rows().stream().map(p -> p.indicator().title()).toList()));
	}

}
