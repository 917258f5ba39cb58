package uk.beacon.indicator.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.copy.CopyIn;

/**
 * Writes rows in the text format of PostgreSQL's {@code COPY}, a buffer at a time.
 */
final class CopyRows {

	private static final int BUFFER = 1 << 16;

	private final CopyIn copy;

	private final StringBuilder row = new StringBuilder(BUFFER + 1024);

	private boolean first = true;

	CopyRows(CopyIn copy) {
		this.copy = copy;
	}

	CopyRows add(Object value) {
		separate();
		if (value == null) {
			this.row.append("\\N");
		}
		else if (value instanceof String text) {
			escape(text);
		}
		else if (value instanceof BigDecimal number) {
			this.row.append(number.toPlainString());
		}
		else if (value instanceof Boolean yes) {
			this.row.append(yes ? 't' : 'f');
		}
		else if (value instanceof LocalDate || value instanceof Number) {
			this.row.append(value);
		}
		else {
			throw new IllegalArgumentException("No COPY text for " + value.getClass());
		}
		return this;
	}

	/** A whole number, with no object made for it. */
	CopyRows add(long value) {
		separate();
		this.row.append(value);
		return this;
	}

	CopyRows add(boolean value) {
		separate();
		this.row.append(value ? 't' : 'f');
		return this;
	}

	/**
	 * Columns already written by {@link #columns}: a value many rows share, such as a
	 * period's key and dates, is put in COPY's text once.
	 */
	CopyRows written(String columns) {
		separate();
		this.row.append(columns);
		return this;
	}

	/** The values as columns of COPY's text, for {@link #written}. */
	static String columns(Object... values) {
		CopyRows text = new CopyRows(null);
		for (Object value : values) {
			text.add(value);
		}
		return text.row.toString();
	}

	private void separate() {
		if (!this.first) {
			this.row.append('\t');
		}
		this.first = false;
	}

	void endRow() throws SQLException {
		this.row.append('\n');
		this.first = true;
		if (this.row.length() >= BUFFER) {
			flush();
		}
	}

	void flush() throws SQLException {
		byte[] bytes = this.row.toString().getBytes(StandardCharsets.UTF_8);
		this.copy.writeToCopy(bytes, 0, bytes.length);
		this.row.setLength(0);
	}

	// backslash, tab, newline and carriage return are the characters COPY's text format
	// reads specially
	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.row.append("\\\\");
				case '\t' -> this.row.append("\\t");
				case '\n' -> this.row.append("\\n");
				case '\r' -> this.row.append("\\r");
				default -> this.row.append(c);
			}
		}
	}

}
