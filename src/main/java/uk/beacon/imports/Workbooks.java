package uk.beacon.imports;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an Excel workbook (.xlsx) as import files: each sheet named after a file
 * ("indicators", "targets", …) is that file, and a workbook named after a file
 * (targets.xlsx) holds it on its first sheet. Cells are read as the person sees them: a
 * number as Excel writes it, a date as day/month/year, a formula as its result.
 */
final class Workbooks {

	/**
	 * The largest workbook read: a sheet is read whole into memory, so larger sets of
	 * figures are imported as CSV.
	 */
	static final int LARGEST = 10 * 1024 * 1024;

	/**
	 * The most a workbook may unpack to: a small file that unpacks to gigabytes (a zip
	 * bomb) is refused before it is read.
	 */
	static final long LARGEST_UNPACKED = 150L * 1024 * 1024;

	/** The most rows a sheet may have; more are imported as CSV. */
	static final int MOST_ROWS = 100_000;

	/** The most columns a header may name. */
	static final int MOST_COLUMNS = 200;

	/** A sheet read as a file: where it is, in words, and its rows. */
	record Sheet(String name, FileKind kind, CsvTable table) {
	}

	private Workbooks() {
	}

	static boolean isWorkbook(ImportFile file) {
		return file.baseName().toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	static Map<FileKind, Sheet> read(ImportFile file, Problems problems) {
		Map<FileKind, Sheet> sheets = new EnumMap<>(FileKind.class);
		String name = file.baseName();
		if (file.content().length > LARGEST) {
			problems.add(name, 0, null, "the workbook is larger than " + (LARGEST / 1024 / 1024)
					+ " MB; save each sheet as \"CSV UTF-8\" and import the CSV files instead.");
			return sheets;
		}
		Optional<FileKind> named = FileKind.of(name.substring(0, name.length() - ".xlsx".length()) + ".csv");
		if (unpacksTooLarge(file.content())) {
			problems.add(name, 0, null, "the workbook unpacks to more than " + (LARGEST_UNPACKED / 1024 / 1024)
					+ " MB, more than a workbook of figures needs; save each sheet as \"CSV UTF-8\" and import those.");
			return sheets;
		}
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				Sheet sheet = sheet(name, workbook.getSheetAt(i), (i == 0) ? named : Optional.empty(), problems);
				if (sheet != null && sheets.putIfAbsent(sheet.kind(), sheet) != null) {
					problems.add(sheet.name(), 0, null,
							"two sheets hold " + sheet.kind().sheetName() + "; give it once.");
				}
			}
		}
		catch (java.io.IOException | RuntimeException ex) {
			problems.add(name, 0, null, "the file could not be read as an Excel workbook (.xlsx): save it from Excel "
					+ "as \"Excel Workbook\", or each sheet as \"CSV UTF-8\".");
		}
		return sheets;
	}

	// counts what the workbook unpacks to, stopping at the limit
	private static boolean unpacksTooLarge(byte[] content) {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(content))) {
			while (zip.getNextEntry() != null) {
				for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
					total += read;
					if (total > LARGEST_UNPACKED) {
						return true;
					}
				}
			}
		}
		catch (java.io.IOException | IllegalArgumentException ex) {
			// not a zip file: reading it as a workbook says so
			return false;
		}
		return false;
	}

	private static Optional<FileKind> kindOf(org.apache.poi.ss.usermodel.Sheet sheet, Optional<FileKind> named) {
		String title = sheet.getSheetName().trim();
		Optional<FileKind> kind = FileKind.of(title.endsWith(".csv") ? title : title + ".csv");
		return kind.isPresent() ? kind : named;
	}

	private static Sheet sheet(String file, org.apache.poi.ss.usermodel.Sheet sheet, Optional<FileKind> named,
			Problems problems) {
		String name = file + ", sheet \"" + sheet.getSheetName() + "\"";
		Optional<FileKind> kind = kindOf(sheet, named);
		Row headerRow = sheet.getRow(sheet.getFirstRowNum());
		if (headerRow == null || sheet.getPhysicalNumberOfRows() == 0) {
			return null;
		}
		if (kind.isEmpty()) {
			problems.add(name, 0, null,
					"Beacon does not know what this sheet holds; name it one of: "
							+ String.join(", ",
									java.util.Arrays.stream(FileKind.values()).map(FileKind::sheetName).toList())
							+ ", or delete it.");
			return null;
		}
		List<String> header = new ArrayList<>(java.util.Arrays.asList(cells(headerRow, MOST_COLUMNS)));
		if (!header.remove(MOST_COLUMNS).isBlank()) {
			problems.add(name, headerRow.getRowNum() + 1, null,
					"the header names more than " + MOST_COLUMNS + " columns; an import file has at most 20.");
			return null;
		}
		while (!header.isEmpty() && header.get(header.size() - 1).isBlank()) {
			header.remove(header.size() - 1);
		}
		if (sheet.getLastRowNum() - headerRow.getRowNum() > MOST_ROWS) {
			problems.add(name, 0, null, "the sheet has more than " + MOST_ROWS
					+ " rows; save it as \"CSV UTF-8\" and import the CSV file, which may be as long as needed.");
			return null;
		}
		List<Map.Entry<Integer, String[]>> rows = new ArrayList<>();
		for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null) {
				try {
					rows.add(Map.entry(r + 1, cells(row, header.size())));
				}
				catch (NoResult ex) {
					problems.add(name, r + 1, (ex.column < header.size()) ? header
						.get(ex.column) : null, "the cell holds a formula (="
								+ ex.formula.substring(0, Math.min(ex.formula.length(), 60))
								+ ") with no result saved: a workbook written by "
								+ "a program rather than by Excel. Open it in Excel and save it, or type the value.");
				}
			}
		}
		return new Sheet(name, kind.get(),
				CsvTable.cells(name, header, rows, kind.get().required(), kind.get().optional(), problems));
	}

	/**
	 * The row's first {@code width} cells, and one more that is not blank when any cell
	 * beyond them holds something: only the cells the row has are read, however far to
	 * the right one of them is.
	 */
	/** A formula cell with no result saved. */
	private static final class NoResult extends RuntimeException {

		private final int column;

		private final String formula;

		NoResult(int column, String formula) {
			super(null, null, false, false);
			this.column = column;
			this.formula = formula;
		}

	}

	private static String[] cells(Row row, int width) {
		String[] cells = new String[width + 1];
		java.util.Arrays.fill(cells, "");
		for (Cell cell : row) {
			int column = cell.getColumnIndex();
			String text = text(cell, cell.getCellType());
			if (column < width) {
				cells[column] = text;
			}
			else if (!text.isBlank()) {
				cells[width] = text;
			}
		}
		return cells;
	}

	private static String text(Cell cell, CellType type) {
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell) ? Columns.date(cell.getLocalDateTimeCellValue().toLocalDate())
						: new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())).stripTrailingZeros()
							.toPlainString();
			case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
			case FORMULA -> {
				// a workbook a program wrote may hold a formula without its result, which
				// POI would read as 0
				if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x && (!x.getCTCell().isSetV()
						|| x.getCTCell().getV() == null || x.getCTCell().getV().isEmpty())) {
					throw new NoResult(cell.getColumnIndex(), cell.getCellFormula());
				}
				yield text(cell, cell.getCachedFormulaResultType());
			}
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}

}
