package uk.beacon.changes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of something as the audit trail shows them, in order: one line each, "title:
 * Children in care". An empty value is written as "(none)". Kept as two arrays, not a
 * map: an import of a million figures makes a million of these.
 */
public final class Fields {

	private static final String NONE = "(none)";

	private final String[] names;

	private final String[] values;

	private Fields(String[] names, String[] values) {
		this.names = names;
		this.values = values;
	}

	/**
	 * @param namesAndValues pairs of field name and value; a value may be any object or
	 * null
	 */
	public static Fields of(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Fields come in pairs of name and value");
		}
		int count = namesAndValues.length / 2;
		String[] names = new String[count];
		String[] values = new String[count];
		for (int i = 0; i < count; i++) {
			names[i] = String.valueOf(namesAndValues[2 * i]);
			values[i] = shown(namesAndValues[2 * i + 1]);
		}
		return new Fields(names, values);
	}

	/** The fields by name, in order. */
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < this.names.length; i++) {
			values.put(this.names[i], this.values[i]);
		}
		return Collections.unmodifiableMap(values);
	}

	/** The fields that have a value: what something new was given. */
	public Fields given() {
		List<String> names = new ArrayList<>(this.names.length);
		List<String> values = new ArrayList<>(this.names.length);
		for (int i = 0; i < this.names.length; i++) {
			if (!NONE.equals(this.values[i])) {
				names.add(this.names[i]);
				values.add(this.values[i]);
			}
		}
		return new Fields(names.toArray(String[]::new), values.toArray(String[]::new));
	}

	/** One line a field. */
	public String text() {
		StringBuilder text = new StringBuilder(32 * this.names.length);
		for (int i = 0; i < this.names.length; i++) {
			if (i > 0) {
				text.append('\n');
			}
			text.append(this.names[i]).append(": ").append(this.values[i]);
		}
		return text.toString();
	}

	/** The fields that differ between this and {@code after}, as each had them. */
	public Difference differenceTo(Fields after) {
		Map<String, String> before = values();
		Map<String, String> now = after.values();
		Map<String, String> was = new LinkedHashMap<>();
		Map<String, String> becomes = new LinkedHashMap<>();
		before.forEach((name, value) -> {
			String other = now.getOrDefault(name, NONE);
			if (!value.equals(other)) {
				was.put(name, value);
				becomes.put(name, other);
			}
		});
		now.forEach((name, value) -> {
			if (!before.containsKey(name) && !value.equals(NONE)) {
				was.put(name, NONE);
				becomes.put(name, value);
			}
		});
		return new Difference(from(was), from(becomes));
	}

	private static Fields from(Map<String, String> values) {
		return new Fields(values.keySet().toArray(String[]::new), values.values().toArray(String[]::new));
	}

	private static String shown(Object value) {
		if (value == null) {
			return NONE;
		}
		String text = (value instanceof java.math.BigDecimal number) ? number.toPlainString() : value.toString();
		return text.isBlank() ? NONE : text;
	}

	/**
	 * The text of {@code Fields.of(...).given().text()} for something new, written into
	 * one buffer as its fields are named: no arrays, no copy without the empty fields. An
	 * import records a million figures, listed in one entry an indicator: {@link #next()}
	 * starts the next figure's text after a blank line.
	 */
	public static final class Given {

		/** What separates one thing's lines from the next thing's: a blank line. */
		public static final String BETWEEN = "\n\n";

		private final StringBuilder text = new StringBuilder(256);

		// where the lines of the thing being written begin
		private int start;

		/** Starts the text afresh. */
		public Given clear() {
			this.text.setLength(0);
			this.start = 0;
			return this;
		}

		/**
		 * Starts the lines of the next thing after those written so far, a blank line
		 * between them.
		 */
		public Given next() {
			if (!this.text.isEmpty()) {
				this.text.append(BETWEEN);
			}
			this.start = this.text.length();
			return this;
		}

		/** Adds the field's line when it has a value, as {@link #given()} keeps it. */
		public Given add(String name, Object value) {
			String shown = shown(value);
			if (!NONE.equals(shown)) {
				if (this.text.length() > this.start) {
					this.text.append('\n');
				}
				this.text.append(name).append(": ").append(shown);
			}
			return this;
		}

		/** The lines so far, as {@link Fields#text()} writes them. */
		public String text() {
			return this.text.toString();
		}

	}

	/** The changed fields before and after. */
	public record Difference(Fields was, Fields now) {

		public boolean isEmpty() {
			return this.was.names.length == 0;
		}

		public String before() {
			return this.was.text();
		}

		public String after() {
			return this.now.text();
		}

	}

}
