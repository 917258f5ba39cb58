package uk.beacon.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.ComparatorValue;
import uk.beacon.period.Period;

/**
 * Reads comparator-values.csv.
 */
final class ComparatorRows {

	record Draft(String indicatorCode, ComparatorValue value, int row) {
	}

	private ComparatorRows() {
	}

	static List<Draft> read(CsvTable table, ImportContext context) {
		List<Draft> drafts = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		Map<String, String> groupNames = new HashMap<>();
		// the member that is the council itself, by group, indicator and period
		Map<String, String> councils = new HashMap<>();
		for (CsvRow row : table.rows()) {
			String group = row.required("group_code");
			String name = row.required("group_name");
			String code = row.required("indicator_code");
			Period period = row.period("data_period");
			if (row.text("data_period") == null) {
				row.required("data_period");
			}
			String member = row.required("member");
			BigDecimal value = row.decimal("value");
			if (row.text("value") == null) {
				row.required("value");
			}
			if (code != null && context.indicator(code).isEmpty()) {
				row.problem("indicator_code",
						"no indicator has the code \"" + code + "\"; define it in indicators.csv first.");
				continue;
			}
			if (group == null || name == null || code == null || period == null || member == null || value == null) {
				continue;
			}
			if (!context.checkVisible(row, "indicator_code", code)) {
				continue;
			}
			if (!context.checkIndicatorScope(row, code, "record comparator values for",
					IndicatorManagement.keepers())) {
				continue;
			}
			String earlierName = groupNames.putIfAbsent(group, name);
			if (earlierName != null && !earlierName.equals(name)) {
				row.problem("group_name", "the group " + group + " is named \"" + earlierName
						+ "\" on an earlier row; a group has one name.");
				continue;
			}
			boolean isCouncil = row.yesNo("is_council", false);
			if (isCouncil) {
				String council = councils.putIfAbsent(group + "|" + code + "|" + period.key(), member);
				if (council != null && !council.equals(member)) {
					row.problem("is_council", council + " is already the council itself in " + group + " for " + code
							+ " in " + period.label() + "; a group has one.");
					continue;
				}
			}
			if (context.indicator(code).map(i -> i.unit() == uk.beacon.indicator.Unit.PERCENT).orElse(false)
					&& value.abs().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
				row.problem("value", value.toPlainString() + " is not a percentage between -100 and 100, but " + code
						+ " is measured in percent.");
				continue;
			}
			Integer earlier = seen.putIfAbsent(group + "|" + code + "|" + period.key() + "|" + member, row.number());
			if (earlier != null) {
				row.problem("member", "duplicate: row " + earlier + " already has " + member + " for " + code + " in "
						+ period.label() + ".");
				continue;
			}
			drafts.add(new Draft(code,
					new ComparatorValue(group, name, 0, period, member, isCouncil, value, row.text("source")),
					row.number()));
		}
		return drafts;
	}

}
