package uk.beacon.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What differs between a published report and the same report drafted from the data as
 * they stand now: the narrative, the counts of indicators by status and of risks by
 * level, corrected figures, changed targets and statuses, new commentary, changed
 * definitions, risks that moved, and earlier figures in the charts. Part B's restricted
 * risks are not compared: the page is for everyone who may read Part A.
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
		if (!Objects.equals(published.narrative(), now.narrative())) {
			changes.add(new DataChange("The report", "Narrative", published.narrative(), now.narrative()));
		}
		counts(published, now, changes);
		compare(byKey(published.indicators(), i -> i.code()), byKey(now.indicators(), i -> i.code()),
				i -> i.code() + " " + i.title(), INDICATOR_FIELDS, "the scorecard", changes);
		charts(published, now, changes);
		compare(byKey(risks(published), RiskEntry::reference), byKey(risks(now), RiskEntry::reference),
				r -> r.reference() + " " + r.title(), RISK_FIELDS, "the risks the report names", changes);
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

	/**
	 * The counts the report opens with: indicators by status, and the register's risks by
	 * level (a risk added to the register, or closed, moves them even when it is on no
	 * list of the report).
	 */
	private static void counts(CabinetReport published, CabinetReport now, List<DataChange> changes) {
		compareCounts(Map.of("", published.summary().total()), Map.of("", now.summary().total()), "The scorecard",
				"Indicators", changes);
		compareCounts(tally(published.summary().counts(), Summary.StatusCount::label, Summary.StatusCount::count),
				tally(now.summary().counts(), Summary.StatusCount::label, Summary.StatusCount::count), "The scorecard",
				"Indicators rated ", changes);
		if (published.risks() == null || now.risks() == null) {
			return;
		}
		compareCounts(Map.of("", published.risks().total()), Map.of("", now.risks().total()), "The risk register",
				"Risks", changes);
		compareCounts(tally(published.risks().byLevel(), RiskSection.LevelCount::level, RiskSection.LevelCount::count),
				tally(now.risks().byLevel(), RiskSection.LevelCount::level, RiskSection.LevelCount::count),
				"The risk register", "Risks rated ", changes);
	}

	private static <T> Map<String, Long> tally(List<T> counts, Function<T, String> name,
			java.util.function.ToLongFunction<T> count) {
		Map<String, Long> tally = new LinkedHashMap<>();
		counts.forEach(c -> tally.put(name.apply(c), count.applyAsLong(c)));
		return tally;
	}

	/**
	 * Each name's count before and after, where it differs: "Risks rated Amber", 4, 5.
	 */
	private static void compareCounts(Map<String, Long> before, Map<String, Long> after, String subject, String what,
			List<DataChange> changes) {
		java.util.Set<String> names = new java.util.LinkedHashSet<>(before.keySet());
		names.addAll(after.keySet());
		for (String name : names) {
			long was = before.getOrDefault(name, 0L);
			long is = after.getOrDefault(name, 0L);
			if (was != is) {
				changes.add(new DataChange(subject, what + name, Long.toString(was), Long.toString(is)));
			}
		}
	}

	// every risk Part A names: red, turned red, left red, amber and red in the last year,
	// above the council's appetite
	private static List<RiskEntry> risks(CabinetReport report) {
		if (report.risks() == null) {
			return List.of();
		}
		List<RiskEntry> all = new ArrayList<>(report.risks().red());
		report.risks().turnedRed().forEach(all::add);
		report.risks().amberRecentlyRed().forEach(all::add);
		report.risks().leftRed().forEach(all::add);
		report.risks().aboveAppetite().forEach(all::add);
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
