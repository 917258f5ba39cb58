package uk.beacon.period;

/**
 * The kinds of reporting period Beacon knows.
 */
public enum PeriodKind {

	FINANCIAL_QUARTER("financial quarter", "Q2 2019/20"),

	FINANCIAL_YEAR("financial year", "2019/20"),

	MONTH("month", "Sep 2019"),

	ACADEMIC_YEAR("academic year", "academic year 2018/19"),

	CALENDAR_YEAR("calendar year", "2019"),

	AS_AT_DATE("date", "30/09/2019");

	private final String description;

	private final String example;

	PeriodKind(String description, String example) {
		this.description = description;
		this.example = example;
	}

	/**
	 * How an officer would name this kind in a sentence: "financial quarter".
	 */
	String description() {
		return this.description;
	}

	String withArticle() {
		return (this.description.startsWith("a") ? "an " : "a ") + this.description;
	}

	String example() {
		return this.example;
	}

}
