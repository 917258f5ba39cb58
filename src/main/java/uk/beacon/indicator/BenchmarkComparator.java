package uk.beacon.indicator;

/**
 * Who a council compares itself with.
 */
public enum BenchmarkComparator {

	NATIONAL("National (England)"), REGIONAL("Regional"), STATISTICAL_NEIGHBOURS("Statistical neighbours");

	private final String label;

	BenchmarkComparator(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
