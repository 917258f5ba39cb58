package uk.beacon.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uk.beacon.period.Period;

/**
 * A CSV file read into rows, with its header checked against the columns the file may
 * have.
 */
final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private final Iterable<CsvRow> rows;

	private CsvTable(Iterable<CsvRow> rows) {
		this.rows = rows;
	}

	static CsvTable empty() {
		return new CsvTable(List.of());
	}

	Iterable<CsvRow> rows() {
		return this.rows;
	}

	/**
	 * @return the rows, or none when the file cannot be read (the reason is in
	 * {@code problems})
	 */
	static CsvTable read(ImportFile file, Set<String> required, Set<String> optional, Problems problems) {
		List<CsvRow> rows = new ArrayList<>();
		streamed(file, required, optional, problems).rows().forEach(rows::add);
		return new CsvTable(rows);
	}

	/**
	 * Why the CSV reader stopped, in the words of someone who saves CSV from a
	 * spreadsheet, never the reader's own (which may repeat the whole header).
	 */
	static String unreadable(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		java.util.regex.Matcher line = java.util.regex.Pattern.compile("line:? (\\d+)").matcher(message);
		String where = line.find() ? " near line " + line.group(1) : "";
		String lower = message.toLowerCase(Locale.ROOT);
		if (lower.contains("eof reached before encapsulated token finished")) {
			return "the file could not be read as CSV: a cell that starts with a double quote (\")" + where
					+ " is never closed; close it, or double a quote inside a cell (\"\").";
		}
		if (lower.contains("between encapsulated token and delimiter")) {
			return "the file could not be read as CSV" + where
					+ ": a cell has text after its closing double quote; double a quote inside a cell (\"\").";
		}
		if (lower.contains("duplicate name")) {
			return "the file could not be read as CSV: two columns of its header have the same name.";
		}
		if (lower.contains("header name is missing")) {
			return "the file could not be read as CSV: a column of its header has no name.";
		}
		return "the file could not be read as CSV" + where
				+ ": check that it is saved as \"CSV UTF-8\" and that every double quote (\") is closed.";
	}

	/**
	 * Checks the header now and reads the rows each time they are gone through, so that a
	 * file of a million figures is never held as a million rows of cells; a row's
	 * problems are recorded the first time through.
	 */
	static CsvTable streamed(ImportFile file, Set<String> required, Set<String> optional, Problems problems) {
		String name = file.baseName();
		byte[] content = file.content();
		// checked and read from the bytes as they came: the file is never held a second
		// time as text (a 48 MB file would take 96 MB as chars, and as much again as a
		// string)
		if (!utf8(content)) {
			problems.add(name, 0, null, "the file is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\".");
			return new CsvTable(List.of());
		}
		for (byte b : content) {
			if (b == 0) {
				problems.add(name, 0, null,
						"the file holds binary data, not text: is it a spreadsheet saved as .xlsx and renamed? Save it as \"CSV UTF-8\".");
				return new CsvTable(List.of());
			}
		}
		int start = (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF) ? 3 : 0;
		Supplier<Reader> text = () -> new InputStreamReader(
				new ByteArrayInputStream(content, start, content.length - start), StandardCharsets.UTF_8);
		List<String> header;
		try (CSVParser parser = CSVParser.parse(text.get(), FORMAT)) {
			header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			problems.add(name, 0, null, unreadable(ex));
			return new CsvTable(List.of());
		}
		if (!checkHeader(name, header, required, optional, problems)) {
			return new CsvTable(List.of());
		}
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i), i);
		}
		Map<String, Period> periods = new HashMap<>();
		boolean[] readBefore = { false };
		return new CsvTable(() -> {
			Problems recorded = readBefore[0] ? new Problems() : problems;
			readBefore[0] = true;
			return new Rows(name, text.get(), header.size(), columns, periods, recorded);
		});
	}

	/**
	 * A table already split into cells, as a workbook's sheet is: its header and its
	 * rows, each with the number the person sees beside it; a blank row is skipped.
	 */
	static CsvTable cells(String name, List<String> headerCells, List<Map.Entry<Integer, String[]>> records,
			Set<String> required, Set<String> optional, Problems problems) {
		List<String> header = headerCells.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
		if (!checkHeader(name, header, required, optional, problems)) {
			return new CsvTable(List.of());
		}
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i), i);
		}
		Map<String, Period> periods = new HashMap<>();
		List<CsvRow> rows = new ArrayList<>();
		for (Map.Entry<Integer, String[]> record : records) {
			String[] cells = java.util.Arrays.copyOf(record.getValue(), header.size());
			boolean blank = true;
			for (int i = 0; i < cells.length; i++) {
				cells[i] = (cells[i] != null) ? cells[i] : "";
				blank = blank && cells[i].isBlank();
			}
			boolean hidden = false;
			for (String cell : cells) {
				hidden = hidden || cell.indexOf('\u0000') >= 0;
			}
			if (hidden) {
				problems.add(name, record.getKey(), null,
						"a cell of this row holds a NUL character, which is never text; type the cell again.");
				continue;
			}
			boolean beyondHeader = false;
			for (int i = header.size(); i < record.getValue().length; i++) {
				beyondHeader = beyondHeader || (record.getValue()[i] != null && !record.getValue()[i].isBlank());
			}
			if (beyondHeader) {
				problems.add(name, record.getKey(), null,
						"the row has cells to the right of the last column named in the header; "
								+ "name their column or clear them.");
			}
			else if (!blank) {
				rows.add(new CsvRow(name, record.getKey(), columns, cells, periods, problems));
			}
		}
		return new CsvTable(rows);
	}

	/**
	 * The rows of a file as they are parsed; a row whose cells do not match the header is
	 * recorded as a problem and skipped, an empty row is skipped.
	 */
	private static final class Rows implements Iterator<CsvRow> {

		private final String name;

		private final int width;

		private final Map<String, Integer> columns;

		private final Map<String, Period> periods;

		private final Problems problems;

		private final CSVParser parser;

		private final Iterator<CSVRecord> records;

		private int number = 1;

		private CsvRow next;

		Rows(String name, Reader text, int width, Map<String, Integer> columns, Map<String, Period> periods,
				Problems problems) {
			this.name = name;
			this.width = width;
			this.columns = columns;
			this.periods = periods;
			this.problems = problems;
			try {
				this.parser = CSVParser.parse(text, FORMAT);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.records = this.parser.iterator();
		}

		@Override
		public boolean hasNext() {
			try {
				while (this.next == null && this.records.hasNext()) {
					this.next = row(this.records.next());
				}
			}
			catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
				this.problems.add(this.name, 0, null, unreadable(ex));
				this.next = null;
				close();
				return false;
			}
			if (this.next == null) {
				close();
			}
			return this.next != null;
		}

		@Override
		public CsvRow next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			CsvRow row = this.next;
			this.next = null;
			return row;
		}

		private CsvRow row(CSVRecord record) {
			this.number++;
			if (record.size() != this.width) {
				this.problems.add(this.name, this.number, null,
						"the row has " + record.size() + " cells but the header has " + this.width
								+ "; check for a missing or extra comma or an unclosed quote.");
				return null;
			}
			String[] cells = new String[this.width];
			boolean blank = true;
			for (int i = 0; i < cells.length; i++) {
				cells[i] = record.get(i);
				blank = blank && cells[i].isBlank();
			}
			return blank ? null : new CsvRow(this.name, this.number, this.columns, cells, this.periods, this.problems);
		}

		private void close() {
			try {
				this.parser.close();
			}
			catch (IOException ex) {
				// a parser over bytes in memory has nothing to release
			}
		}

	}

	// whether the bytes are UTF-8 throughout, decoded a few thousand characters at a time
	private static boolean utf8(byte[] content) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(8192);
		CoderResult result;
		do {
			out.clear();
			result = decoder.decode(in, out, true);
			if (result.isError()) {
				return false;
			}
		}
		while (result.isOverflow());
		do {
			out.clear();
			result = decoder.flush(out);
		}
		while (result.isOverflow());
		return !result.isError();
	}

	private static boolean checkHeader(String name, List<String> header, Set<String> required, Set<String> optional,
			Problems problems) {
		boolean ok = true;
		for (String column : header) {
			if (!required.contains(column) && !optional.contains(column) && !"note".equals(column)) {
				problems.add(name, 1, column, "this column is not part of the format for " + name
						+ "; check its spelling against the import guide in Beacon (Import data, then the guide).");
				ok = false;
			}
		}
		if (header.stream().distinct().count() != header.size()) {
			problems.add(name, 1, null, "a column name appears twice in the header.");
			ok = false;
		}
		for (String column : required) {
			if (!header.contains(column)) {
				problems.add(name, 1, column, "this required column is missing from the header.");
				ok = false;
			}
		}
		return ok;
	}

}
