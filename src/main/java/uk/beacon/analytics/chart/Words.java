package uk.beacon.analytics.chart;

import java.util.List;

/** Small pieces of plain English for text alternatives. */
final class Words {

	static final String NONE = "–";

	private Words() {
	}

	/** "a", "a and b", "a, b and c". */
	static String list(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	/** "1 point", "2 points". */
	static String count(long count, String one, String many) {
		return count + " " + ((count == 1) ? one : many);
	}

	/** "from Q1 2019/20 to Q3 2019/20", or "for Q1 2019/20" when there is one period. */
	static String span(List<String> periods) {
		if (periods.isEmpty()) {
			return "";
		}
		if (periods.size() == 1) {
			return " for " + periods.get(0);
		}
		return " from " + periods.get(0) + " to " + periods.get(periods.size() - 1);
	}

}
