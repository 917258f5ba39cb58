package uk.beacon.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.beacon.indicator.Benchmark;
import uk.beacon.indicator.BenchmarkComparator;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Polarity;
import uk.beacon.indicator.Status;
import uk.beacon.indicator.Target;
import uk.beacon.indicator.Unit;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;
import uk.beacon.period.Periods;
import uk.beacon.scorecard.SectionKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static uk.beacon.imports.CouncilReports.cabinetCode;
import static uk.beacon.imports.CouncilReports.cfcCode;
import static uk.beacon.imports.CouncilReports.number;
import static uk.beacon.imports.CouncilReports.seq;

/**
 * Every figure, target, comparator and rating on Worcestershire's two scorecards, as
 * transcribed in src/test/resources/council-reports, is in the demo data as printed,
 * under the codes docs/demo-data.md gives.
 */
class WorcestershireDemoFiguresTest {

	private static final DemoDataSet WORCESTERSHIRE = DemoDataSet.read("worcestershire");

	private static final List<Map<String, String>> CFC = CouncilReports.read(CouncilReports.CFC);

	private static final List<Map<String, String>> CABINET = CouncilReports.read(CouncilReports.CABINET);

	private static final List<Map<String, String>> DETAILS = CouncilReports.read(CouncilReports.CABINET_DETAILS);

	private static final FinancialQuarter Q2_2019 = new FinancialQuarter(2019, 2);

	private static final FinancialQuarter Q3_2016 = new FinancialQuarter(2016, 3);

	private static final FinancialQuarter Q4_2016 = new FinancialQuarter(2016, 4);

	/**
	 * Exam and attainment results printed with a bare "2018/19", which Beacon reads as a
	 * financial year: recorded as the academic year.
	 */
	private static final Set<String> ACADEMIC_YEAR_RESULTS = Set.of("WCC-CFC-15", "WCC-CFC-16", "WCC-CFC-17",
			"WCC-CFC-18", "WCC-CFC-19", "WCC-CFC-20", "WCC-CFC-21", "WCC-ATT8", "WCC-CFC-23");

	/**
	 * Progress 8, Attainment 8 and A level points: printed with "%", but points scores.
	 */
	private static final Set<String> POINTS_PRINTED_AS_PERCENT = Set.of("WCC-CFC-15", "WCC-CFC-16", "WCC-CFC-18",
			"WCC-CFC-21", "WCC-ATT8", "WCC-CFC-35", "WCC-CFC-36");

	@Test
	void everyCfcFigureIsRecordedAsPrintedForQuarter2() {
		assertSoftly(softly -> {
			for (Map<String, String> row : CFC) {
				String code = cfcCode(seq(row));
				List<Measurement> reported = WORCESTERSHIRE.reportedIn(code, Q2_2019);
				softly.assertThat(reported).as("%s reported in Q2 2019/20", code).hasSize(1);
				if (reported.size() != 1) {
					continue;
				}
				Measurement measurement = reported.get(0);
				BigDecimal printed = number(row.get("latest_value"));
				softly.assertThat(measurement.valueAsPrinted()).as(code).isEqualTo(row.get("latest_text"));
				softly.assertThat(shown(measurement, WORCESTERSHIRE.indicator(code), printed.scale()))
					.as("%s figure", code)
					.isEqualByComparingTo(printed);
				softly.assertThat(measurement.dataPeriod())
					.as("%s data period", code)
					.isEqualTo(cfcDataPeriod(code, row.get("data_period")));
			}
		});
	}

	@Test
	void everyCfcTargetIsRecordedAsPrintedForTheYear() {
		assertSoftly(softly -> {
			for (Map<String, String> row : CFC) {
				String code = cfcCode(seq(row));
				var target = WORCESTERSHIRE.targetIn(code, Q2_2019);
				if (row.get("target_value").isEmpty()) {
					// published N/A: deliberately no target; otherwise simply none
					softly.assertThat(target.map(IndicatorTarget::target))
						.as("%s target", code)
						.isEqualTo(row.get("rag").equals("N/A") ? Optional.of(new Target.None()) : Optional.empty());
					continue;
				}
				softly.assertThat(target).as("%s target", code).isPresent();
				if (target.isEmpty()) {
					continue;
				}
				BigDecimal printed = number(row.get("target_value"));
				softly.assertThat(target.get().textAsPrinted()).as(code).isEqualTo(row.get("target_text"));
				if (WORCESTERSHIRE.indicator(code).polarity() == Polarity.WITHIN_RANGE) {
					// "within +/- 5% of budget" around the printed budget
					Target.Range range = (Target.Range) target.get().target();
					softly.assertThat(range.low())
						.as(code)
						.isEqualByComparingTo(printed.multiply(new BigDecimal("0.95")));
					softly.assertThat(range.high())
						.as(code)
						.isEqualByComparingTo(printed.multiply(new BigDecimal("1.05")));
				}
				else {
					softly.assertThat(((Target.Value) target.get().target()).value())
						.as("%s target", code)
						.isEqualByComparingTo(printed);
				}
			}
		});
	}

	@Test
	void everyCfcRatingIsRecordedAsPublished() {
		Map<Status, Long> printed = new EnumMap<>(Status.class);
		assertSoftly(softly -> {
			for (Map<String, String> row : CFC) {
				String code = cfcCode(seq(row));
				Status published = CouncilReports.status(row.get("rag"));
				printed.merge(published, 1L, Long::sum);
				Measurement measurement = WORCESTERSHIRE.reportedIn(code, Q2_2019).get(0);
				softly.assertThat(measurement.override()).as(code).isNotNull();
				if (measurement.override() != null) {
					softly.assertThat(measurement.override().status()).as(code).isEqualTo(published);
					softly.assertThat(measurement.override().reason())
						.as(code)
						.contains("(printed " + row.get("rag") + ")");
				}
			}
		});
		assertThat(printed)
			.isEqualTo(Map.of(Status.GREEN, 11L, Status.AMBER, 12L, Status.RED, 26L, Status.NOT_RATED, 11L));
	}

	@Test
	void theCfcComparatorsAreTheFiguresTheReportQuotes() {
		assertSoftly(softly -> {
			for (Map<String, String> row : CFC) {
				String code = cfcCode(seq(row));
				String quoted = row.get("performance_details") + " " + row.get("note");
				Period compared = WORCESTERSHIRE.reportedIn(code, Q2_2019).get(0).dataPeriod();
				WORCESTERSHIRE.benchmarks(code)
					.stream()
					.filter(b -> b.dataPeriod().equals(compared))
					.forEach(b -> softly.assertThat(quoted)
						.as("%s %s", code, b.comparator())
						.contains(b.value().toPlainString() + "%"));
			}
		});
		assertThat(WORCESTERSHIRE.benchmarks(cfcCode(5))).extracting(Benchmark::comparator)
			.containsExactly(BenchmarkComparator.NATIONAL);
		assertThat(WORCESTERSHIRE.benchmarks(cfcCode(8))).extracting(Benchmark::comparator)
			.containsExactly(BenchmarkComparator.STATISTICAL_NEIGHBOURS);
	}

	@Test
	void theCfcScorecardHasItsSixtyIndicatorsAsPrintedInOrder() {
		ScorecardRows.Draft scorecard = WORCESTERSHIRE.scorecard("WCC-CFC-2019");
		Map<String, List<String>> printed = new LinkedHashMap<>();
		for (Map<String, String> row : CFC) {
			printed.computeIfAbsent(row.get("section"), s -> new ArrayList<>()).add(cfcCode(seq(row)));
			assertThat(WORCESTERSHIRE.indicator(cfcCode(seq(row))).title()).isEqualTo(row.get("indicator"));
		}
		assertThat(CFC).hasSize(60);
		assertThat(scorecard.sectionIndicators).containsExactlyEntriesOf(printed);
		assertThat(scorecard.sectionKinds.values()).containsOnly(SectionKind.PERSPECTIVE);
		assertThat(scorecard.currentPeriod).isEqualTo(Q2_2019);
	}

	@Test
	void everyCabinetRatingIsRecordedAsPublishedInTheQuarterItWasLastUpdated() {
		assertSoftly(softly -> {
			for (Map<String, String> row : CABINET) {
				String code = cabinetCode(seq(row));
				// the red list says "not updated this quarter": Q3 is the latest it can
				// have been reported
				FinancialQuarter reported = row.get("updated_in_quarter").equals("No") ? Q3_2016 : Q4_2016;
				Measurement rating = latestReportedIn(code, reported);
				softly.assertThat(rating).as("%s rating reported in %s", code, reported.label()).isNotNull();
				if (rating == null) {
					continue;
				}
				softly.assertThat(rating.override().status())
					.as(code)
					.isEqualTo(CouncilReports.status(row.get("rating")));
				softly.assertThat(rating.override().reason()).as(code).contains("(printed " + row.get("rating") + ")");
				if (rating.hasFigure() && detail(row) == null) {
					softly.assertThat(row.get("summary")).as("%s figure", code).contains(rating.valueAsPrinted());
				}
			}
		});
	}

	@Test
	void theFiveDetailPagesAreRecordedAsPrinted() {
		assertThat(DETAILS).hasSize(5);
		assertSoftly(softly -> {
			for (Map<String, String> page : DETAILS) {
				String code = cabinetCode(seq(cabinetRow(page.get("indicator"))));
				Indicator indicator = WORCESTERSHIRE.indicator(code);
				softly.assertThat(indicator.polarity())
					.as("%s polarity", code)
					.isEqualTo(CouncilReports.polarity(page.get("polarity")));
				softly.assertThat(indicator.unit())
					.as("%s unit", code)
					.isEqualTo(CouncilReports.unit(page.get("unit")));

				Measurement current = withValue(code, page.get("q4_value"));
				softly.assertThat(current.reportingPeriod()).as(code).isEqualTo(Q4_2016);
				softly.assertThat(current.valueAsPrinted()).as(code).isEqualTo(page.get("q4_value_text"));
				softly.assertThat(current.override().status())
					.as(code)
					.isEqualTo(CouncilReports.status(page.get("current_rating")));

				Measurement previous = withValue(code, page.get("previous_value"));
				softly.assertThat(previous).as("%s previous figure", code).isNotSameAs(current);
				softly.assertThat(page.get("previous_value_text")).as(code).contains(previous.valueAsPrinted());
				softly.assertThat(previous.override().status())
					.as("%s previous rating", code)
					.isEqualTo(CouncilReports.status(page.get("previous_rating")));

				var target = WORCESTERSHIRE.targetIn(code, Q4_2016);
				if (page.get("target_value").isEmpty()) {
					softly.assertThat(target).as("%s target", code).isEmpty();
				}
				else {
					softly.assertThat(target).as("%s target", code).isPresent();
					target.ifPresent(t -> {
						softly.assertThat(((Target.Value) t.target()).value())
							.as("%s target", code)
							.isEqualByComparingTo(number(page.get("target_value")));
						softly.assertThat(t.textAsPrinted()).as(code).isEqualTo(page.get("target_text"));
					});
				}

				List<Benchmark> national = WORCESTERSHIRE.benchmarks(code)
					.stream()
					.filter(b -> b.comparator() == BenchmarkComparator.NATIONAL)
					.toList();
				if (page.get("comparator_value").isEmpty()) {
					softly.assertThat(national).as("%s national average", code).isEmpty();
				}
				else {
					softly.assertThat(national).as("%s national average", code).hasSize(1);
					softly.assertThat(national.get(0).value())
						.as("%s national average", code)
						.isEqualByComparingTo(number(page.get("comparator_value")));
				}
			}
		});
	}

	@Test
	void theCabinetScorecardKeepsTheOrderOfBothPrintedLists() {
		ScorecardRows.Draft scorecard = WORCESTERSHIRE.scorecard("WCC-CABINET-2016");
		List<String> sections = List.copyOf(scorecard.sectionIndicators.keySet());
		Map<String, List<String>> printed = new LinkedHashMap<>();
		for (String list : List.of("GREEN", "RED")) {
			List<Map<String, String>> rows = CABINET.stream().filter(r -> r.get("rating").equals(list)).toList();
			// each printed list reads in the scorecard's section order
			assertThat(rows.stream().map(r -> sections.indexOf(section(r))).toList()).as(list + " list")
				.doesNotContain(-1)
				.isSorted();
			// within a section, the green list's indicators come before the red list's
			rows.forEach(r -> printed.computeIfAbsent(section(r), s -> new ArrayList<>()).add(cabinetCode(seq(r))));
		}
		for (Map<String, String> row : CABINET) {
			if (!Set.of("WCC-ATT8", "WCC-CPP", "WCC-LAC").contains(cabinetCode(seq(row)))) {
				assertThat(WORCESTERSHIRE.indicator(cabinetCode(seq(row))).title()).isEqualTo(row.get("indicator"));
			}
		}
		assertThat(CABINET).hasSize(27);
		assertThat(scorecard.sectionIndicators).containsOnlyKeys(printed.keySet());
		printed.forEach((section, codes) -> assertThat(scorecard.sectionIndicators.get(section)).as(section)
			.containsExactlyElementsOf(codes));
		assertThat(scorecard.sectionKinds.values()).containsOnly(SectionKind.AREA_OF_FOCUS);
		assertThat(scorecard.currentPeriod).isEqualTo(Q4_2016);
	}

	@Test
	void threeMeasuresAreOnBothScorecards() {
		Set<String> shared = new HashSet<>(codesOn("WCC-CFC-2019"));
		shared.retainAll(codesOn("WCC-CABINET-2016"));

		assertThat(shared).containsExactlyInAnyOrder("WCC-LAC", "WCC-CPP", "WCC-ATT8");
		assertThat(WORCESTERSHIRE.indicators).hasSize(60 + 27 - 3);
	}

	@Test
	void unitsAreAsPrintedExceptPointsScoresPrintedWithAPercentSign() {
		assertSoftly(softly -> {
			for (Map<String, String> row : CFC) {
				String code = cfcCode(seq(row));
				Unit expected = POINTS_PRINTED_AS_PERCENT.contains(code) ? Unit.SCORE
						: CouncilReports.unit(row.get("unit"));
				softly.assertThat(WORCESTERSHIRE.indicator(code).unit()).as(code).isEqualTo(expected);
			}
		});
	}

	@Test
	void noPrintedFigureHasMoreDecimalsThanItsIndicatorShows() {
		assertSoftly(softly -> {
			for (Map<String, String> row : CFC) {
				String code = cfcCode(seq(row));
				for (String column : List.of("latest_value", "target_value")) {
					softly.assertThat(CouncilReports.decimalsPrinted(row.get(column)))
						.as("%s %s %s", code, column, row.get(column))
						.isLessThanOrEqualTo(WORCESTERSHIRE.indicator(code).decimalPlaces());
				}
			}
			for (Map<String, String> page : DETAILS) {
				String code = cabinetCode(seq(cabinetRow(page.get("indicator"))));
				for (String column : List.of("q4_value", "previous_value", "target_value", "comparator_value")) {
					softly.assertThat(CouncilReports.decimalsPrinted(page.get(column)))
						.as("%s %s %s", code, column, page.get(column))
						.isLessThanOrEqualTo(WORCESTERSHIRE.indicator(code).decimalPlaces());
				}
			}
		});
	}

	/**
	 * The figure as Beacon holds it: typed, or derived from its ratio and shown at the
	 * printed precision.
	 */
	private static BigDecimal shown(Measurement measurement, Indicator indicator, int printedScale) {
		BigDecimal value = measurement.valueIn(indicator.unit());
		return (measurement.value() != null) ? value : value.setScale(printedScale, RoundingMode.HALF_UP);
	}

	private static Period cfcDataPeriod(String code, String printed) {
		if (ACADEMIC_YEAR_RESULTS.contains(code)) {
			return Periods.parse("AY " + printed);
		}
		// "Choice of school" is printed 31/09/2019, a date that does not exist
		return Periods.parse(printed.equals("31/09/2019") ? "30/09/2019" : printed);
	}

	private static String section(Map<String, String> cabinetRow) {
		String printed = cabinetRow.get("area_of_focus_perspective");
		return printed.equals("Open For business") ? "Open for Business" : printed;
	}

	private static Map<String, String> cabinetRow(String title) {
		return CABINET.stream()
			.filter(r -> r.get("indicator").equalsIgnoreCase(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no overview row for the detail page " + title));
	}

	private static Map<String, String> detail(Map<String, String> cabinetRow) {
		return DETAILS.stream()
			.filter(p -> p.get("indicator").equalsIgnoreCase(cabinetRow.get("indicator")))
			.findFirst()
			.orElse(null);
	}

	private static Measurement latestReportedIn(String code, FinancialQuarter quarter) {
		return WORCESTERSHIRE.reportedIn(code, quarter)
			.stream()
			.max(Comparator.comparing(m -> m.dataPeriod().end()))
			.orElse(null);
	}

	private static Measurement withValue(String code, String printed) {
		List<Measurement> found = WORCESTERSHIRE.history(code)
			.stream()
			.filter(m -> m.value() != null && m.value().compareTo(number(printed)) == 0)
			.toList();
		assertThat(found).as("%s figures of %s", code, printed).hasSize(1);
		return found.get(0);
	}

	private static Set<String> codesOn(String scorecard) {
		return WORCESTERSHIRE.scorecard(scorecard).sectionIndicators.values()
			.stream()
			.flatMap(List::stream)
			.collect(Collectors.toSet());
	}

}
