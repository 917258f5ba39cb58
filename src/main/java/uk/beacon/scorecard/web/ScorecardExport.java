package uk.beacon.scorecard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uk.beacon.indicator.Performance;
import uk.beacon.indicator.Target;
import uk.beacon.scorecard.ScorecardView;

/**
 * A scorecard for one quarter as a table to work with: CSV or an Excel workbook, a row
 * for each indicator in the scorecard's order with its section, target, figure (as a
 * number too), statuses with their reasons and direction of travel. Text that a
 * spreadsheet would run as a formula is written so that it never is.
 */
final class ScorecardExport {

	static final List<String> HEADERS = List.of("Section", "Code", "Indicator", "Unit", "Polarity", "Target",
			"Target figure", "Figure", "Figure as a number", "Data period", "Reported in", "Status",
			"Status by the rule", "Why", "Officers' reason", "Direction of travel", "Direction explained",
			"Updated this quarter", "Owner");

	/** Each column's width in a workbook, in characters. */
	private static final int[] WIDTHS = { 22, 14, 50, 14, 18, 18, 10, 16, 10, 14, 12, 12, 12, 60, 40, 14, 50, 10, 24 };

	private ScorecardExport() {
	}

	/** Every row of the table, in the scorecard's order. */
	static List<List<Object>> rows(ScorecardView view) {
		List<List<Object>> rows = new ArrayList<>();
		for (ScorecardView.Section section : view.sections()) {
			for (Performance p : section.rows()) {
				Target target = (p.target() != null) ? p.target().target() : null;
				var measurement = p.measurement();
				rows.add(java.util.Arrays.asList(section.title(), p.indicator().code(), p.indicator().title(),
						p.indicator().unit().label(),
						p.indicator().polarity().name().toLowerCase(java.util.Locale.ROOT), p.formattedTarget(),
						(target != null) ? target.figure() : null, (p.value() != null) ? p.formattedValue() : null,
						p.value(), (measurement != null) ? measurement.dataPeriod().label() : null,
						(measurement != null) ? measurement.reportingPeriod().label() : null, p.assessed().label(),
						p.rule().status().label(), p.rule().explanation(), p.assessmentReason(),
						p.direction().direction().label(), p.direction().explanation(),
						p.updatedThisPeriod() ? "Yes" : "No", p.indicator().ownerName()));
			}
		}
		return rows;
	}

	/**
	 * The table as CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads it).
	 */
	static byte[] csv(ScorecardView view) {
		StringBuilder out = new StringBuilder("\uFEFF");
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(HEADERS.toArray(String[]::new)).get())) {
			for (List<Object> row : rows(view)) {
				List<String> cells = new ArrayList<>();
				for (Object value : row) {
					cells.add((value instanceof BigDecimal number) ? number.toPlainString()
							: (value != null) ? safe(value.toString()) : null);
				}
				csv.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The CSV could not be written", ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The table as an Excel workbook, numbers as numbers, the header row frozen. */
	static byte[] xlsx(ScorecardView view) {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			book.getProperties().getCoreProperties().setTitle(title(view));
			CellStyle header = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			header.setFont(bold);
			Sheet sheet = book.createSheet("Scorecard");
			Row head = sheet.createRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				head.createCell(c).setCellValue(HEADERS.get(c));
				head.getCell(c).setCellStyle(header);
			}
			int r = 1;
			for (List<Object> cells : rows(view)) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < cells.size(); c++) {
					Object value = cells.get(c);
					if (value instanceof BigDecimal number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						// a cell's value, never a formula, whatever it begins with
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			sheet.createFreezePane(3, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.size() - 1));
			for (int c = 0; c < WIDTHS.length; c++) {
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The workbook could not be written", ex);
		}
	}

	static String title(ScorecardView view) {
		return view.scorecard().name() + ", " + view.period().label();
	}

	/** "WCC-CORP-Q2-2025-26.csv": a file name any system accepts. */
	static String fileName(ScorecardView view, String extension) {
		String name = (view.scorecard().code() + "-" + view.period().key()).replaceAll("[^A-Za-z0-9-]+", "-");
		return name + "." + extension;
	}

	/**
	 * Text that a spreadsheet would run as a formula (it begins with =, +, -, @ or a tab)
	 * written with an apostrophe before it, as OWASP advises and the audit trail's export
	 * does.
	 */
	static String safe(String text) {
		return (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}
