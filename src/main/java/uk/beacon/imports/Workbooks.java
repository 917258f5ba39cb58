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

	/** A sheet read as a file: where it is, in words, and its rows. */
	record Sheet(String name, CsvTable table) {
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
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				Sheet sheet = sheet(name, workbook.getSheetAt(i), (i == 0) ? named : Optional.empty(), problems);
				if (sheet != null) {
					FileKind kind = kindOf(workbook.getSheetAt(i), (i == 0) ? named : Optional.empty()).orElseThrow();
					if (sheets.putIfAbsent(kind, sheet) != null) {
						problems.add(sheet.name(), 0, null, "two sheets hold " + kind.sheetName() + "; give it once.");
					}
				}
			}
		}
		catch (java.io.IOException | RuntimeException ex) {
			problems.add(name, 0, null, "the file could not be read as an Excel workbook (.xlsx): save it from Excel "
					+ "as \"Excel Workbook\", or each sheet as \"CSV UTF-8\".");
		}
		return sheets;
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
		List<String> header = new ArrayList<>();
		for (String cell : cells(headerRow)) {
			header.add((cell != null) ? cell : "");
		}
		while (!header.isEmpty() && header.get(header.size() - 1).isBlank()) {
			header.remove(header.size() - 1);
		}
		List<Map.Entry<Integer, String[]>> rows = new ArrayList<>();
		for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null) {
				rows.add(Map.entry(r + 1, cells(row)));
			}
		}
		return new Sheet(name,
				CsvTable.cells(name, header, rows, kind.get().required(), kind.get().optional(), problems));
	}

	private static String[] cells(Row row) {
		String[] cells = new String[Math.max(row.getLastCellNum(), 0)];
		for (int c = 0; c < cells.length; c++) {
			Cell cell = row.getCell(c);
			cells[c] = (cell != null) ? text(cell, cell.getCellType()) : "";
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
			case FORMULA -> text(cell, cell.getCachedFormulaResultType());
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}

}
