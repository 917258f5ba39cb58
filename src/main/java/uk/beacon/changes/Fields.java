package uk.beacon.changes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields of something as the audit trail shows them, in order: one line each, "title:
 * Children in care". An empty value is written as "(none)".
 */
public final class Fields {

	private static final String NONE = "(none)";

	private final Map<String, String> values;

	private Fields(Map<String, String> values) {
		this.values = Collections.unmodifiableMap(values);
	}

	/**
	 * @param namesAndValues pairs of field name and value; a value may be any object or
	 * null
	 */
	public static Fields of(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Fields come in pairs of name and value");
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put(String.valueOf(namesAndValues[i]), shown(namesAndValues[i + 1]));
		}
		return new Fields(values);
	}

	public Map<String, String> values() {
		return this.values;
	}

	/** The fields that have a value: what something new was given. */
	public Fields given() {
		Map<String, String> given = new LinkedHashMap<>();
		this.values.forEach((name, value) -> {
			if (!NONE.equals(value)) {
				given.put(name, value);
			}
		});
		return new Fields(given);
	}

	/** One line a field. */
	public String text() {
		StringBuilder text = new StringBuilder();
		this.values.forEach((name, value) -> {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(name).append(": ").append(value);
		});
		return text.toString();
	}

	/** The fields that differ between this and {@code after}, as each had them. */
	public Difference differenceTo(Fields after) {
		Map<String, String> was = new LinkedHashMap<>();
		Map<String, String> now = new LinkedHashMap<>();
		this.values.forEach((name, value) -> {
			if (!Objects.equals(value, after.values.getOrDefault(name, NONE))) {
				was.put(name, value);
				now.put(name, after.values.getOrDefault(name, NONE));
			}
		});
		after.values.forEach((name, value) -> {
			if (!this.values.containsKey(name) && !value.equals(NONE)) {
				was.put(name, NONE);
				now.put(name, value);
			}
		});
		return new Difference(new Fields(was), new Fields(now));
	}

	private static String shown(Object value) {
		if (value == null) {
			return NONE;
		}
		String text = (value instanceof java.math.BigDecimal number) ? number.toPlainString() : value.toString();
		return text.isBlank() ? NONE : text;
	}

	/** The changed fields before and after. */
	public record Difference(Fields was, Fields now) {

		public boolean isEmpty() {
			return this.was.values.isEmpty();
		}

		public String before() {
			return this.was.text();
		}

		public String after() {
			return this.now.text();
		}

	}

}
