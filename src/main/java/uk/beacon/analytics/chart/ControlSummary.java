package uk.beacon.analytics.chart;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A control chart in words and as a table. */
final class ControlSummary {

	private final ControlChartData data;

	ControlSummary(ControlChartData data) {
		this.data = data;
	}

	String textAlternative() {
		StringBuilder text = new StringBuilder("Control chart of ").append(this.data.title())
			.append(Words.span(this.data.periodLabels()));
		int latest = latest();
		if (latest < 0) {
			return text.append(". No values to show.").toString();
		}
		text.append(", with a mean of ")
			.append(formatted(this.data.mean()))
			.append(" and control limits of ")
			.append(formatted(this.data.lowerLimit()))
			.append(" and ")
			.append(formatted(this.data.upperLimit()))
			.append(". The latest value is ")
			.append(formatted(this.data.values().get(latest)))
			.append(" in ")
			.append(this.data.periodLabels().get(latest))
			.append(". ")
			.append(specialCauses());
		if (this.data.target() != null) {
			text.append(" The target is ").append(formatted(this.data.target())).append('.');
		}
		Integer baseline = this.data.baselinePoints();
		if (baseline != null && baseline < this.data.periodLabels().size()) {
			text.append(" The mean and limits come from the first ")
				.append(Words.count(baseline, "point", "points"))
				.append(", up to ")
				.append(this.data.periodLabels().get(baseline - 1))
				.append('.');
		}
		return text.toString();
	}

	List<String> headers() {
		List<String> headers = new ArrayList<>(List.of("Period", "Value", "Mean", "Lower limit", "Upper limit"));
		if (this.data.target() != null) {
			headers.add("Target");
		}
		headers.add("Special cause");
		return headers;
	}

	List<List<String>> rows() {
		if (latest() < 0) {
			return List.of();
		}
		List<List<String>> rows = new ArrayList<>();
		for (int period = 0; period < this.data.periodLabels().size(); period++) {
			Double value = this.data.values().get(period);
			List<String> row = new ArrayList<>();
			row.add(this.data.periodLabels().get(period));
			row.add((value != null) ? formatted(value) : Words.NONE);
			row.add(formatted(this.data.mean()));
			row.add(formatted(this.data.lowerLimit()));
			row.add(formatted(this.data.upperLimit()));
			if (this.data.target() != null) {
				row.add(formatted(this.data.target()));
			}
			row.add((value != null) ? this.data.kindOf(period).tableCell() : Words.NONE);
			rows.add(row);
		}
		return rows;
	}

	/** "2 points show special cause variation: 1 improvement and 1 concern." */
	private String specialCauses() {
		Map<PointKind, Integer> counts = new EnumMap<>(PointKind.class);
		int special = 0;
		for (int period = 0; period < this.data.periodLabels().size(); period++) {
			PointKind kind = this.data.kindOf(period);
			if (this.data.values().get(period) != null && kind != PointKind.COMMON_CAUSE) {
				counts.merge(kind, 1, Integer::sum);
				special++;
			}
		}
		if (special == 0) {
			return "No points show special cause variation.";
		}
		String sentence = Words.count(special, "point shows", "points show") + " special cause variation";
		List<String> parts = new ArrayList<>();
		counts.forEach((kind, count) -> parts.add(count + " " + kindInWords(kind, count)));
		if (counts.size() == 1 && counts.containsKey(PointKind.SPECIAL_CAUSE)) {
			return sentence + ".";
		}
		return sentence + ": " + Words.list(parts) + ".";
	}

	private static String kindInWords(PointKind kind, int count) {
		String one = (kind == PointKind.IMPROVEMENT) ? "improvement"
				: (kind == PointKind.CONCERN) ? "concern" : "neither improvement nor concern";
		return (count == 1 || kind == PointKind.SPECIAL_CAUSE) ? one : one + "s";
	}

	private int latest() {
		for (int period = this.data.values().size() - 1; period >= 0; period--) {
			if (this.data.values().get(period) != null) {
				return period;
			}
		}
		return -1;
	}

	private String formatted(double value) {
		return this.data.format().apply(value);
	}

}
