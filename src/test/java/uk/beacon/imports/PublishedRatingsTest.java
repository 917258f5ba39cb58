package uk.beacon.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Status;
import uk.beacon.indicator.Target;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Beacon's own rule beside the ratings Worcestershire published. The published rating is
 * kept as the assessed status on every Worcestershire figure; where Beacon's rule gives
 * another status, the assessment reason says which, so a change to the rule or to the
 * data that makes them agree or differ otherwise fails here (docs/demo-data.md, "Where
 * the rule and the published rating differ").
 */
class PublishedRatingsTest {

	/** How an assessment reason names the rule's status where the officers' differs. */
	private static final String RULE_GIVES = "Beacon's rule gives ";

	private static final DemoDataSet WORCESTERSHIRE = DemoDataSet.read("worcestershire");

	@Test
	void everyPublishedRatingWithAFigureAgreesWithTheRuleOrItsReasonSaysWhatTheRuleGives() {
		List<Performance> rated = publishedWithAFigure();
		assertSoftly(softly -> {
			for (Performance performance : rated) {
				String where = performance.indicator().code() + " " + performance.period().label();
				String reason = performance.assessmentReason();
				softly.assertThat(performance.assessed())
					.as(where)
					.isEqualTo(performance.measurement().override().status());
				if (performance.statusesDiffer()) {
					softly.assertThat(reason)
						.as("%s: the rule gives %s, published %s", where, performance.rule().status(),
								performance.assessed())
						.contains(RULE_GIVES + performance.rule().status().label() + ",");
				}
				else {
					softly.assertThat(reason)
						.as("%s: rule and published rating agree", where)
						.doesNotContain(RULE_GIVES);
				}
			}
		});
	}

	@Test
	void theRuleDiffersFromEightPublishedRatingsThatHaveATarget() {
		List<Performance> rated = publishedWithAFigure();
		List<String> differWithTarget = rated.stream()
			.filter(Performance::statusesDiffer)
			.filter(p -> p.rule().status() != Status.NOT_RATED)
			.map(p -> p.indicator().code() + " " + p.period().label() + ": rule " + p.rule().status().label()
					+ ", published " + p.assessed().label())
			.toList();
		List<Performance> differWithoutTarget = rated.stream()
			.filter(Performance::statusesDiffer)
			.filter(p -> p.rule().status() == Status.NOT_RATED)
			.toList();

		assertThat(rated).hasSize(71);
		assertThat(differWithoutTarget).hasSize(33)
			.allSatisfy(p -> assertThat(p.target() == null || p.target().target() instanceof Target.None)
				.as("%s has no target", p.indicator().code())
				.isTrue());
		assertThat(differWithTarget).containsExactlyInAnyOrder("WCC-ATT8 Q2 2019/20: rule Green, published Amber",
				"WCC-CFC-23 Q2 2019/20: rule Green, published Amber",
				"WCC-CFC-24 Q2 2019/20: rule Red, published Amber", "WCC-CFC-56 Q2 2019/20: rule Red, published Amber",
				"WCC-CFC-45 Q2 2019/20: rule Red, published Not rated",
				"WCC-CFC-47 Q2 2019/20: rule Red, published Not rated",
				"WCC-CFC-48 Q2 2019/20: rule Green, published Not rated",
				"WCC-LAC Q3 2016/17: rule Amber, published Red");
	}

	@Test
	void ratingsPublishedWithoutAFigureAreKeptAsAssessedStatusesTheRuleCannotRate() {
		List<Performance> withoutFigure = new ArrayList<>();
		WORCESTERSHIRE.indicators.keySet()
			.forEach(code -> WORCESTERSHIRE.history(code)
				.stream()
				.filter(m -> !m.hasFigure())
				.forEach(m -> withoutFigure.add(WORCESTERSHIRE.performance(code, m))));

		// 27 on the Cabinet scorecard less the five detail pages and the one rating whose
		// summary prints its figure
		assertThat(withoutFigure).hasSize(21).allSatisfy(p -> {
			assertThat(p.rule().status()).isEqualTo(Status.NO_DATA);
			assertThat(p.assessed()).isIn(Status.GREEN, Status.RED);
			assertThat(p.assessmentReason()).startsWith("Rating as published");
		});
	}

	@Test
	void theCfcScorecardCountsAreThePublishedOnesByBeaconsEvaluation() {
		Map<Status, Long> counts = assessedCounts("WCC-CFC-2019", new FinancialQuarter(2019, 2));

		assertThat(counts)
			.isEqualTo(Map.of(Status.GREEN, 11L, Status.AMBER, 12L, Status.RED, 26L, Status.NOT_RATED, 11L));
	}

	@Test
	void theCabinetScorecardCountsAreTheTwoPrintedListsByBeaconsEvaluation() {
		Map<Status, Long> counts = assessedCounts("WCC-CABINET-2016", new FinancialQuarter(2016, 4));

		assertThat(counts).isEqualTo(Map.of(Status.GREEN, 17L, Status.RED, 10L));
	}

	private static Map<Status, Long> assessedCounts(String scorecard, FinancialQuarter quarter) {
		Map<Status, Long> counts = new EnumMap<>(Status.class);
		WORCESTERSHIRE.scorecard(scorecard).sectionIndicators.values()
			.stream()
			.flatMap(List::stream)
			.map(code -> WORCESTERSHIRE.performance(code, quarter))
			.forEach(p -> counts.merge(p.assessed(), 1L, Long::sum));
		return counts;
	}

	/**
	 * Every Worcestershire figure published with a rating, as Beacon rates it in the
	 * quarter it was reported.
	 */
	private static List<Performance> publishedWithAFigure() {
		List<Performance> rated = new ArrayList<>();
		for (String code : WORCESTERSHIRE.indicators.keySet()) {
			for (Measurement measurement : WORCESTERSHIRE.history(code)) {
				if (measurement.hasFigure() && measurement.override() != null) {
					rated.add(WORCESTERSHIRE.performance(code, measurement));
				}
			}
		}
		return rated;
	}

}
