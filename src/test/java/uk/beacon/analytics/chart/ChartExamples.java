package uk.beacon.analytics.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** Chart inputs that read like a council's own indicators. */
final class ChartExamples {

	static final DoubleFunction<String> PERCENT = (value) -> decimal("#,##0.##").format(value) + "%";

	static final DoubleFunction<String> DAYS = (value) -> decimal("#,##0.0").format(value) + " days";

	static final List<String> QUARTERS = List.of("Q4 2017/18", "Q1 2018/19", "Q2 2018/19", "Q3 2018/19", "Q4 2018/19",
			"Q1 2019/20", "Q2 2019/20", "Q3 2019/20");

	private ChartExamples() {
	}

	/**
	 * Invoices paid on time: a gap in Q2 2018/19, a target from 2018/19, two comparators.
	 */
	static TrendChartData invoicesPaidOnTime() {
		return new TrendChartData("Invoices paid within 30 days", QUARTERS,
				series("Invoices paid", 82.0, 84.5, null, 86.2, 87.0, 88.4, 87.9, 89.19),
				series("Target", null, 95.0, 95.0, 95.0, 95.0, 95.0, 95.0, 95.0),
				values(null, 90.0, 90.0, 90.0, 90.0, 90.0, 90.0, 90.0),
				values(null, 95.0, 95.0, 95.0, 95.0, 95.0, 95.0, 95.0),
				List.of(series("England", 85.0, 85.5, 86.0, 86.4, 86.0, 87.0, 87.5, 88.0),
						series("North West", 83.0, 83.2, 84.1, 84.0, 85.2, 85.9, 86.3, null)),
				PERCENT);
	}

	/** Just the values: no target, no band, no comparators. */
	static TrendChartData valuesOnly(Double... values) {
		List<String> periods = QUARTERS.subList(QUARTERS.size() - values.length, QUARTERS.size());
		return new TrendChartData("Invoices paid within 30 days", periods, series("Invoices paid", values), null, null,
				null, List.of(), PERCENT);
	}

	/** Five years of months, with a target that steps up each April and a comparator. */
	static TrendChartData monthlyForFiveYears() {
		List<String> months = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		List<Double> targets = new ArrayList<>();
		List<Double> england = new ArrayList<>();
		String[] names = { "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar" };
		for (int month = 0; month < 60; month++) {
			int year = 2015 + (month + 3) / 12;
			months.add(names[month % 12] + " " + year);
			values.add((month == 30) ? null : 1200 + 40.0 * Math.sin(month / 3.0) + 3 * month);
			targets.add(1250.0 + 25 * (month / 12));
			england.add(1180 + 2.5 * month);
		}
		return new TrendChartData("Households in temporary accommodation", months, new Series("Households", values),
				new Series("Target", targets), null, null, List.of(new Series("England", england)),
				(value) -> decimal("#,##0").format(value));
	}

	/** Sickness absence over 24 months: the limits from the first 12, then a shift. */
	static ControlChartData sicknessAbsence() {
		List<String> months = new ArrayList<>();
		for (String year : List.of("2018", "2019")) {
			for (String month : List.of("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb",
					"Mar")) {
				months.add(month + " " + (month.matches("Jan|Feb|Mar") ? Integer.parseInt(year) + 1 : year));
			}
		}
		List<Double> values = values(9.1, 8.7, 9.4, 8.9, 9.8, 9.2, 8.8, 9.5, 10.9, 9.0, 8.6, 9.3, 9.1, null, 8.4, 8.2,
				8.1, 8.3, 8.0, 7.9, 8.2, 6.9, 7.8, 7.7);
		List<Boolean> special = new ArrayList<>(Collections.nCopies(24, false));
		List<Boolean> improvement = new ArrayList<>(Collections.nCopies(24, (Boolean) null));
		special.set(8, true);
		improvement.set(8, false);
		for (int month : List.of(15, 16, 17, 18, 19, 20, 21, 22, 23)) {
			special.set(month, true);
			improvement.set(month, true);
		}
		return new ControlChartData("Days lost to sickness per employee", months, values, 9.2, 10.6, 7.8, special,
				improvement, 8.5, 12, DAYS);
	}

	static Series series(String name, Double... values) {
		return new Series(name, values(values));
	}

	static List<Double> values(Double... values) {
		return Arrays.asList(values);
	}

	private static DecimalFormat decimal(String pattern) {
		return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
	}

}
