package uk.beacon.indicator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import uk.beacon.analytics.DataQualityIssue;

/**
 * What a person narrows the council-wide list of data to check to; a field left empty
 * matches everything.
 *
 * @param unit the code of a council, directorate or service: its indicators and those of
 * every unit below it
 * @param owner the name of the officer who owns the figures, as the indicators record it
 * (capitals and spaces around it aside)
 * @param kind one kind of flag
 */
public record DataQualityFilter(String unit, String owner, DataQualityIssue kind) {

	/** The longest unit code or owner's name a filter is read with. */
	public static final int LONGEST = 200;

	public DataQualityFilter {
		unit = blankAsNull(unit);
		owner = blankAsNull(owner);
	}

	public static DataQualityFilter none() {
		return new DataQualityFilter(null, null, null);
	}

	/**
	 * The filter as a form or a query gives it.
	 * @throws Rejected naming the field and saying what to do
	 */
	public static DataQualityFilter of(String unit, String owner, String kind) {
		check("unit", unit, "The unit code");
		check("owner", owner, "The owner's name");
		return new DataQualityFilter(unit, owner, kind(kind));
	}

	public boolean isEmpty() {
		return this.unit == null && this.owner == null && this.kind == null;
	}

	boolean ownedBy(Indicator indicator) {
		return this.owner == null || (indicator.ownerName() != null
				&& indicator.ownerName().trim().toLowerCase(Locale.ROOT).equals(this.owner.toLowerCase(Locale.ROOT)));
	}

	private static DataQualityIssue kind(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Arrays.stream(DataQualityIssue.values())
			.filter(k -> k.name().equals(text.trim()))
			.findFirst()
			.orElseThrow(() -> new Rejected("kind",
					"Choose a kind of flag: " + Arrays.stream(DataQualityIssue.values())
						.map(k -> k.name() + " (" + k.label().toLowerCase(Locale.ROOT) + ")")
						.collect(Collectors.joining(", ")) + "; or none for every kind."));
	}

	private static void check(String field, String text, String what) {
		if (text != null && text.length() > LONGEST) {
			throw new Rejected(field, what + " must be " + LONGEST + " characters or fewer; it has " + text.length()
					+ ". Choose one from the list.");
		}
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/**
	 * A filter that cannot be used: a unit or owner Beacon does not know, or a kind of
	 * flag there is not.
	 */
	public static final class Rejected extends RuntimeException {

		private final String field;

		Rejected(String field, String message) {
			super(message, null, false, false);
			this.field = field;
		}

		/** The query parameter and form field it is about: unit, owner or kind. */
		public String field() {
			return this.field;
		}

	}

}
