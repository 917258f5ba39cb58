package uk.beacon.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What differs between a published report and the same report drafted from the data as
 * they stand now: corrected figures, changed targets and statuses, new commentary,
 * changed definitions, risks that moved, and earlier figures in the charts.
 */
final class ReportChanges {

	private static final List<Field<IndicatorLine>> INDICATOR_FIELDS = List.of(
			new Field<>("Title", IndicatorLine::title), new Field<>("Latest value", IndicatorLine::value),
			new Field<>("Data period", IndicatorLine::dataPeriod),
			new Field<>("Reported in", IndicatorLine::reportingPeriod), new Field<>("Target", IndicatorLine::target),
			new Field<>("Assessed status", IndicatorLine::statusLabel),
			new Field<>("Rule status", IndicatorLine::ruleStatusLabel),
			new Field<>("Status explanation", IndicatorLine::explanation),
			new Field<>("Officers' reason", IndicatorLine::assessmentReason),
			new Field<>("Direction of travel", IndicatorLine::direction),
			new Field<>("Definition", IndicatorLine::definition),
			new Field<>("Performance details", IndicatorLine::performanceDetails),
			new Field<>("Current activity", IndicatorLine::currentActivity),
			new Field<>("Future activity", IndicatorLine::futureActivity));

	private static final List<Field<RiskEntry>> RISK_FIELDS = List.of(new Field<>("Title", RiskEntry::title),
			new Field<>("Level", RiskEntry::level), new Field<>("Position", RiskEntry::position),
			new Field<>("Target", RiskEntry::target), new Field<>("Why it is at this level", RiskEntry::why),
			new Field<>("What next", RiskEntry::next));

	private ReportChanges() {
	}

	static List<DataChange> between(CabinetReport published, CabinetReport now) {
		List<DataChange> changes = new ArrayList<>();
		compare(byKey(published.indicators(), i -> i.code()), byKey(now.indicators(), i -> i.code()),
				i -> i.code() + " " + i.title(), INDICATOR_FIELDS, "the scorecard", changes);
		charts(published, now, changes);
		compare(byKey(risks(published), RiskEntry::reference), byKey(risks(now), RiskEntry::reference),
				r -> r.reference() + " " + r.title(), RISK_FIELDS, "the red and recently red risks", changes);
		return changes;
	}

	private static <T> void compare(Map<String, T> before, Map<String, T> after, Function<T, String> name,
			List<Field<T>> fields, String where, List<DataChange> changes) {
		before.forEach((key, was) -> {
			T is = after.get(key);
			if (is == null) {
				changes.add(new DataChange(name.apply(was), "On the report", "Yes", "No longer on " + where));
				return;
			}
			for (Field<T> field : fields) {
				String a = field.value().apply(was);
				String b = field.value().apply(is);
				if (!Objects.equals(a, b)) {
					changes.add(new DataChange(name.apply(was), field.name(), orNone(a), orNone(b)));
				}
			}
		});
		after.forEach((key, is) -> {
			if (!before.containsKey(key)) {
				changes.add(new DataChange(name.apply(is), "On the report", "No", "Now on " + where));
			}
		});
	}

	// an earlier figure corrected changes only the trend an exception report printed
	private static void charts(CabinetReport published, CabinetReport now, List<DataChange> changes) {
		Map<String, ExceptionReport> current = byKey(now.exceptions(), e -> e.indicator().code());
		for (ExceptionReport was : published.exceptions()) {
			ExceptionReport is = current.get(was.indicator().code());
			if (is == null || !is.chart().tableHeaders().equals(was.chart().tableHeaders())) {
				continue;
			}
			Map<String, List<String>> rows = byKey(is.chart().tableRows(), r -> r.get(0));
			for (List<String> row : was.chart().tableRows()) {
				List<String> other = rows.get(row.get(0));
				if (other != null && !other.equals(row)) {
					changes.add(new DataChange(was.indicator().code() + " " + was.indicator().title(),
							"Trend chart figures for " + row.get(0), String.join(", ", row.subList(1, row.size())),
							String.join(", ", other.subList(1, other.size()))));
				}
			}
		}
	}

	private static List<RiskEntry> risks(CabinetReport report) {
		List<RiskEntry> all = new ArrayList<>(report.risks().red());
		report.risks().amberRecentlyRed().forEach(all::add);
		report.risks().leftRed().forEach(all::add);
		return all;
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach(item -> map.putIfAbsent(key.apply(item), item));
		return map;
	}

	private static String orNone(String text) {
		return (text != null) ? text : "(none)";
	}

	private record Field<T>(String name, Function<T, String> value) {
	}

}
