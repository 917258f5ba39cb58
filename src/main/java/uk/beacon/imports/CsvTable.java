package uk.beacon.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uk.beacon.period.Period;

/**
 * A CSV file read into rows, with its header checked against the columns the file may
 * have.
 */
final class CsvTable {

	private final List<CsvRow> rows;

	private CsvTable(List<CsvRow> rows) {
		this.rows = rows;
	}

	static CsvTable empty() {
		return new CsvTable(List.of());
	}

	List<CsvRow> rows() {
		return this.rows;
	}

	/**
	 * @return the rows, or none when the file cannot be read (the reason is in
	 * {@code problems})
	 */
	static CsvTable read(ImportFile file, Set<String> required, Set<String> optional, Problems problems) {
		String name = file.baseName();
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file.content()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(name, 0, null, "the file is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\".");
			return new CsvTable(List.of());
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
			if (!checkHeader(name, header, required, optional, problems)) {
				return new CsvTable(List.of());
			}
			Map<String, Integer> columns = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				columns.put(header.get(i), i);
			}
			Map<String, Period> periods = new HashMap<>();
			List<CsvRow> rows = new ArrayList<>();
			int number = 1;
			for (CSVRecord record : parser) {
				number++;
				if (record.size() != header.size()) {
					problems.add(name, number, null, "the row has " + record.size() + " cells but the header has "
							+ header.size() + "; check for a missing or extra comma or an unclosed quote.");
					continue;
				}
				String[] cells = new String[header.size()];
				boolean blank = true;
				for (int i = 0; i < cells.length; i++) {
					cells[i] = record.get(i);
					blank = blank && cells[i].isBlank();
				}
				if (blank) {
					continue;
				}
				rows.add(new CsvRow(name, number, columns, cells, periods, problems));
			}
			return new CsvTable(rows);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(name, 0, null, "the file could not be read as CSV: " + ex.getMessage());
			return new CsvTable(List.of());
		}
	}

	private static boolean checkHeader(String name, List<String> header, Set<String> required, Set<String> optional,
			Problems problems) {
		boolean ok = true;
		for (String column : header) {
			if (!required.contains(column) && !optional.contains(column) && !"note".equals(column)) {
				problems.add(name, 1, column, "this column is not part of the format for " + name
						+ "; check its spelling (see docs/import-format.md).");
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
