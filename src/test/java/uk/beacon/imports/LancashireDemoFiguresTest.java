package uk.beacon.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import uk.beacon.indicator.Accumulation;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Target;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.SectionKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static uk.beacon.imports.CouncilReports.lancashireCode;
import static uk.beacon.imports.CouncilReports.number;
import static uk.beacon.imports.CouncilReports.seq;

/**
 * Every figure and target in Lancashire's Corporate Strategy Monitoring report, Q3
 * 2019/20, as transcribed in src/test/resources/council-reports, is in the demo data as
 * printed, in the quarter of its column and in the shape docs/demo-data.md gives.
 */
class LancashireDemoFiguresTest {

	private static final DemoDataSet LANCASHIRE = DemoDataSet.read("lancashire");

	private static final List<Map<String, String>> REPORT = CouncilReports.read(CouncilReports.LANCASHIRE);

	/** The report's columns and the quarter each was reported in. */
	private static final Map<String, FinancialQuarter> COLUMNS = columns();

	/**
	 * Two first-quarter rates printed cut short rather than rounded (82.1 for 82.16, 38.3
	 * for 38.38); Beacon derives them from the counts printed beside them.
	 */
	private static final Set<String> TRUNCATED = Set.of("LCC-12 q1", "LCC-13 q1");

	private static final Pattern RATIO = Pattern.compile("([\\d,]+) of ([\\d,]+)");

	private static final Pattern PROFILE = Pattern.compile("Target (\\d+)$");

	private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");

	private static final Pattern SPAN = Pattern.compile("([A-Z][a-z]+) (\\d{4}) - ([A-Z][a-z]+) (\\d{4})");

	@Test
	void everyPrintedFigureIsRecordedInTheQuarterOfItsColumn() {
		Set<String> printed = new TreeSet<>();
		assertSoftly(softly -> {
			for (Map<String, String> row : REPORT) {
				String code = lancashireCode(seq(row));
				for (Map.Entry<String, FinancialQuarter> column : COLUMNS.entrySet()) {
					if (row.get(column.getKey() + "_value").isEmpty()) {
						continue;
					}
					printed.add(code + " " + column.getValue().label());
					List<Measurement> reported = LANCASHIRE.reportedIn(code, column.getValue());
					softly.assertThat(reported)
						.as("%s %s reported in %s", code, column.getKey(), column.getValue().label())
						.hasSize(1);
					if (reported.size() == 1) {
						checkFigure(softly, row, column.getKey(), reported.get(0));
					}
				}
				if (!row.get("q3_cumulative_value").isEmpty()) {
					softly.assertThat(LANCASHIRE.reportedIn(code, COLUMNS.get("q3")).get(0).value())
						.as("%s printed cumulative", code)
						.isEqualByComparingTo(number(row.get("q3_cumulative_value")));
				}
			}
		});
		Set<String> recorded = new TreeSet<>();
		LANCASHIRE.indicators.keySet()
			.forEach(code -> LANCASHIRE.history(code)
				.forEach(m -> recorded.add(code + " " + m.reportingPeriod().label())));
		assertThat(recorded).as("measurements with nothing printed for them").isEqualTo(printed);
		assertThat(printed).hasSize(127);
	}

	@Test
	void noRatingIsRecordedBecauseTheReportsColoursWereLost() {
		assertThat(LANCASHIRE.indicators.keySet()).allSatisfy(code -> assertThat(LANCASHIRE.history(code))
			.allSatisfy(m -> assertThat(m.override()).as(code).isNull()));
	}

	@Test
	void everyPrintedTargetIsRecordedInItsShape() {
		FinancialQuarter q3 = COLUMNS.get("q3");
		assertSoftly(softly -> {
			for (Map<String, String> row : REPORT) {
				String code = lancashireCode(seq(row));
				String text = row.get("target_text");
				Target target = LANCASHIRE.targetIn(code, q3).map(IndicatorTarget::target).orElse(null);
				Matcher range = RANGE.matcher(text);
				if (text.equals("Maintain Quartile 2")) {
					softly.assertThat(target).as(code).isEqualTo(new Target.Quartile(2));
				}
				else if (range.matches()) {
					softly.assertThat(target).as(code).isInstanceOf(Target.Range.class);
					if (target instanceof Target.Range r) {
						softly.assertThat(r.low()).as(code).isEqualByComparingTo(number(range.group(1)));
						softly.assertThat(r.high()).as(code).isEqualByComparingTo(number(range.group(2)));
					}
				}
				else if (row.get("target_label").equals("Target")) {
					checkMultiYearTotal(softly, code, row);
				}
				else if (!row.get("target_value").isEmpty()) {
					softly.assertThat(target).as(code).isInstanceOf(Target.Value.class);
					if (target instanceof Target.Value v) {
						softly.assertThat(v.value()).as(code).isEqualByComparingTo(number(row.get("target_value")));
					}
				}
				else if (row.get("status_text").startsWith("Targets being reviewed")) {
					softly.assertThat(target).as(code).isEqualTo(new Target.None());
				}
				else {
					softly.assertThat(LANCASHIRE.targets(code)).as(code).isEmpty();
				}
				if (!text.isEmpty() && !row.get("target_label").equals("Target")) {
					softly.assertThat(LANCASHIRE.targetIn(code, q3).map(IndicatorTarget::textAsPrinted))
						.as(code)
						.contains(text);
				}
				for (String column : List.of("q1", "q2", "q3")) {
					Matcher profile = PROFILE.matcher(row.get(column + "_text"));
					if (profile.find()) {
						softly.assertThat(LANCASHIRE.targetIn(code, COLUMNS.get(column)).map(IndicatorTarget::target))
							.as("%s %s profile", code, column)
							.contains(new Target.Profile(number(profile.group(1)), COLUMNS.get(column).label()));
					}
				}
			}
		});
	}

	@Test
	void polarityIsAsPrintedWithOnTargetReadAsHigherIsBetter() {
		assertSoftly(softly -> REPORT.forEach(row -> softly.assertThat(indicator(row).polarity())
			.as(lancashireCode(seq(row)))
			.isEqualTo(CouncilReports.polarity(row.get("good_is")))));
	}

	@Test
	void unitsAreAsPrintedWherePrinted() {
		assertSoftly(softly -> REPORT.stream()
			.filter(row -> !row.get("unit").isEmpty())
			.forEach(row -> softly.assertThat(indicator(row).unit())
				.as(lancashireCode(seq(row)))
				.isEqualTo(CouncilReports.unit(row.get("unit")))));
	}

	@Test
	void theScorecardListsTheFortyFiveIndicatorsUnderTheirObjectivesAsPrinted() {
		ScorecardRows.Draft scorecard = LANCASHIRE.scorecard("LCC-CSM-2019");
		Map<String, List<String>> printed = new LinkedHashMap<>();
		assertSoftly(softly -> {
			for (Map<String, String> row : REPORT) {
				String code = lancashireCode(seq(row));
				printed.computeIfAbsent(row.get("objective"), o -> new ArrayList<>()).add(code);
				softly.assertThat(indicator(row).title()).as(code).isEqualTo(row.get("indicator"));
				// the report spells one directorate two ways
				softly.assertThat(LANCASHIRE.owner(code).name())
					.as(code)
					.isEqualTo(row.get("directorate").replace(" and Transport", " & Transport"));
			}
		});
		assertThat(REPORT).hasSize(45);
		assertThat(LANCASHIRE.indicators.keySet())
			.containsExactlyElementsOf(printed.values().stream().flatMap(List::stream).sorted().toList());
		assertThat(scorecard.sectionIndicators).containsExactlyEntriesOf(printed);
		assertThat(scorecard.sectionKinds.values()).hasSize(5).containsOnly(SectionKind.OBJECTIVE);
		assertThat(scorecard.currentPeriod).isEqualTo(COLUMNS.get("q3"));
	}

	@Test
	void noPrintedFigureHasMoreDecimalsThanItsIndicatorShows() {
		assertSoftly(softly -> {
			for (Map<String, String> row : REPORT) {
				int places = indicator(row).decimalPlaces();
				Stream.of("baseline_value", "q1_value", "q2_value", "q3_value", "q3_cumulative_value", "target_value")
					.forEach(column -> softly.assertThat(CouncilReports.decimalsPrinted(row.get(column)))
						.as("%s %s %s", lancashireCode(seq(row)), column, row.get(column))
						.isLessThanOrEqualTo(places));
			}
		});
	}

	/**
	 * A printed figure against the measurement Beacon holds for it: a rate printed with
	 * its counts is held as the counts; a quarter of a year-to-date indicator is held as
	 * the year's running total; anything else as printed.
	 */
	private static void checkFigure(SoftAssertions softly, Map<String, String> row, String column,
			Measurement measurement) {
		String code = lancashireCode(seq(row));
		String where = code + " " + column;
		Indicator indicator = LANCASHIRE.indicator(code);
		String text = row.get(column + "_text");
		BigDecimal figure = number(row.get(column + "_value"));
		softly.assertThat(measurement.valueAsPrinted()).as(where).isEqualTo(text);
		Matcher ratio = RATIO.matcher(text);
		if (ratio.find()) {
			softly.assertThat(measurement.numerator()).as(where).isEqualByComparingTo(number(ratio.group(1)));
			softly.assertThat(measurement.denominator()).as(where).isEqualByComparingTo(number(ratio.group(2)));
			RoundingMode printedAs = TRUNCATED.contains(where) ? RoundingMode.DOWN : RoundingMode.HALF_UP;
			softly.assertThat(measurement.valueIn(indicator.unit()).setScale(figure.scale(), printedAs))
				.as("%s rate from its counts", where)
				.isEqualByComparingTo(figure);
		}
		else if (indicator.accumulation() == Accumulation.CUMULATIVE_YTD && !column.equals("baseline")
				&& !text.startsWith("Cumulative")) {
			softly.assertThat(measurement.value())
				.as("%s year to date", where)
				.isEqualByComparingTo(yearToDate(row, column));
		}
		else {
			softly.assertThat(measurement.value()).as(where).isEqualByComparingTo(figure);
		}
	}

	/**
	 * The quarters' printed figures added up from Q1 to the column.
	 */
	private static BigDecimal yearToDate(Map<String, String> row, String column) {
		BigDecimal total = BigDecimal.ZERO;
		for (String quarter : List.of("q1", "q2", "q3")) {
			total = total.add(number(row.get(quarter + "_value")));
			if (quarter.equals(column)) {
				break;
			}
		}
		return total;
	}

	private static void checkMultiYearTotal(SoftAssertions softly, String code, Map<String, String> row) {
		// "150 investments (July 2019 - June 2024)", "1,000 jobs target (Jan 2019 - Dec
		// 2022)"
		Matcher span = SPAN.matcher(row.get("target_text"));
		softly.assertThat(span.find()).as("%s printed span", code).isTrue();
		LocalDate from = LocalDate.of(Integer.parseInt(span.group(2)), month(span.group(1)), 1);
		LocalDate lastMonth = LocalDate.of(Integer.parseInt(span.group(4)), month(span.group(3)), 1);
		Target.MultiYearTotal expected = new Target.MultiYearTotal(number(row.get("target_value")), from,
				lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()));
		List<IndicatorTarget> totals = LANCASHIRE.targets(code)
			.stream()
			.filter(t -> t.target() instanceof Target.MultiYearTotal)
			.toList();
		softly.assertThat(totals).as("%s multi-year total", code).hasSize(1);
		totals.forEach(t -> {
			Target.MultiYearTotal total = (Target.MultiYearTotal) t.target();
			softly.assertThat(total.total()).as(code).isEqualByComparingTo(expected.total());
			softly.assertThat(List.of(total.from(), total.to()))
				.as(code)
				.containsExactly(expected.from(), expected.to());
			softly.assertThat(t.textAsPrinted()).as(code).isEqualTo(row.get("target_text"));
			// it is the target in the quarter the total ends
			softly.assertThat(t.appliesTo(FinancialQuarter.containing(expected.to()))).as(code).isTrue();
		});
	}

	private static Month month(String printed) {
		return Stream.of(Month.values())
			.filter(m -> m.name().startsWith(printed.substring(0, 3).toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow();
	}

	private static Indicator indicator(Map<String, String> row) {
		return LANCASHIRE.indicator(lancashireCode(seq(row)));
	}

	private static Map<String, FinancialQuarter> columns() {
		Map<String, FinancialQuarter> columns = new LinkedHashMap<>();
		// the baseline is the position monitoring starts from, reported at the end of
		// 2018/19
		columns.put("baseline", new FinancialQuarter(2018, 4));
		columns.put("q1", new FinancialQuarter(2019, 1));
		columns.put("q2", new FinancialQuarter(2019, 2));
		columns.put("q3", new FinancialQuarter(2019, 3));
		return columns;
	}

}
