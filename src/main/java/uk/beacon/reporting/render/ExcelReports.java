package uk.beacon.reporting.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

import uk.beacon.reporting.CabinetReport;
import uk.beacon.reporting.ExceptionReport;
import uk.beacon.reporting.IndicatorLine;
import uk.beacon.reporting.Part;
import uk.beacon.reporting.RiskEntry;

/**
 * Writes a report's tables as an Excel workbook: the summary, the scorecard with figures
 * as numbers officers can work with, the figures behind each chart, and the risks.
 */
@Component
public class ExcelReports {

	public static final List<String> SCORECARD_HEADERS = List.of("Section", "Code", "Indicator", "Polarity", "Target",
			"Target figure", "Value", "Value figure", "Data period", "Reported in", "Assessed status", "Rule status",
			"Why", "Officers' reason", "Previous status", "Movement", "Direction of travel", "Updated this quarter");

	/**
	 * @param stamp the line above the title, such as "Draft: not yet published" or who
	 * published which version and when, or {@code null}: the summary's third line (Part
	 * B's first) and the workbook's description, as every other format prints it
	 */
	public byte[] render(CabinetReport report, Part part, String stamp) {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			book.getProperties()
				.getCoreProperties()
				.setTitle((part == Part.B) ? report.title() + ": Part B" : report.title());
			book.getProperties().getCoreProperties().setCreator(report.council());
			if (stamp != null) {
				book.getProperties().getCoreProperties().setDescription(stamp);
			}
			CellStyle header = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			header.setFont(bold);
			List<String> keys = (report.risks() != null && report.risks().scoreKeys() != null)
					? report.risks().scoreKeys() : List.of();
			if (part == Part.B) {
				Sheet restricted = book.createSheet("Restricted risks");
				int first = 0;
				if (stamp != null) {
					text(restricted.createRow(0), 0, stamp, header);
					first = 2;
				}
				risks(restricted, first, header, report.restrictedRisks(), keptAppetite(report));
				scoreKeys(restricted, keys);
			}
			else {
				summary(book.createSheet("Summary"), header, report, stamp);
				scorecard(book.createSheet("Scorecard"), header, report);
				chartData(book.createSheet("Chart data"), header, report);
				Sheet red = book.createSheet("Risks");
				risks(red, 0, header, report.risks().red(), keptAppetite(report));
				scoreKeys(red, keys);
				if (report.risks().aboveAppetite() != null) {
					Sheet above = book.createSheet("Risks above appetite");
					risks(above, 0, header, report.risks().aboveAppetite(), true);
					scoreKeys(above, keys);
				}
				if (report.risks().areas() != null) {
					areas(book.createSheet("Risk areas"), header, report.risks().areas());
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The workbook could not be written", ex);
		}
	}

	private static void summary(Sheet sheet, CellStyle header, CabinetReport report, String stamp) {
		text(sheet.createRow(0), 0, report.title(), header);
		text(sheet.createRow(1), 0, report.council() + ", " + report.organisationUnit(), null);
		if (stamp != null) {
			text(sheet.createRow(2), 0, stamp, header);
		}
		Row head = sheet.createRow(3);
		text(head, 0, "Status", header);
		text(head, 1, "Indicators", header);
		int r = 4;
		for (var count : report.summary().counts()) {
			Row row = sheet.createRow(r++);
			text(row, 0, count.label(), null);
			row.createCell(1).setCellValue(count.count());
		}
		Row total = sheet.createRow(r++);
		text(total, 0, "Total", header);
		total.createCell(1).setCellValue(report.summary().total());
		Row updated = sheet.createRow(r + 1);
		text(updated, 0, "Updated in " + report.period(), null);
		updated.createCell(1).setCellValue(report.summary().updatedThisPeriod());
		sheet.setColumnWidth(0, 40 * 256);
		sheet.setColumnWidth(1, 12 * 256);
	}

	private static void scorecard(Sheet sheet, CellStyle header, CabinetReport report) {
		headers(sheet.createRow(0), SCORECARD_HEADERS, header);
		int r = 1;
		for (IndicatorLine i : report.indicators()) {
			Row row = sheet.createRow(r++);
			List<Object> cells = java.util.Arrays.asList(i.section(), i.code(), i.title(), i.polarity(), i.target(),
					i.targetFigure(), i.value(), i.valueFigure(), i.dataPeriod(), i.reportingPeriod(), i.statusLabel(),
					i.ruleStatusLabel(), i.explanation(), i.assessmentReason(), i.previousStatusLabel(), i.movement(),
					i.direction(), i.updatedThisPeriod() ? "Yes" : "No");
			for (int c = 0; c < cells.size(); c++) {
				Object value = cells.get(c);
				if (value instanceof BigDecimal number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (value != null) {
					text(row, c, (String) value, null);
				}
			}
		}
		sheet.createFreezePane(3, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, SCORECARD_HEADERS.size() - 1));
		int[] widths = { 22, 12, 50, 18, 16, 10, 16, 10, 14, 12, 12, 12, 60, 40, 12, 22, 16, 10 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}

	/**
	 * Every risk area, the most severe first, with what the report says of each: one row
	 * an area, and the count of risks behind them above.
	 */
	private static void areas(Sheet sheet, CellStyle header, uk.beacon.reporting.RiskAreaSection areas) {
		text(sheet.createRow(0), 0, areas.summary(), null);
		List<String> headers = List.of("Code", "Risk area", "Lead", "Level", "Level worked out from its risks",
				"Why officers set the level", "Risks", "Red", "Red in the last 12 months", "New", "Mitigations");
		headers(sheet.createRow(2), headers, header);
		int r = 3;
		for (uk.beacon.reporting.AreaEntry a : areas.all()) {
			Row row = sheet.createRow(r++);
			List<String> cells = java.util.Arrays.asList(a.code(), a.title(), a.lead(), a.level(),
					(a.workedOutLevel() != null) ? a.workedOutLevel() : a.level(), a.levelReason(), null, null,
					a.redInLast12Months() ? "Yes" : "No", a.isNew() ? "Yes" : "No", a.mitigations());
			for (int c = 0; c < cells.size(); c++) {
				if (cells.get(c) != null) {
					text(row, c, cells.get(c), null);
				}
			}
			row.createCell(6).setCellValue(a.risks());
			row.createCell(7).setCellValue(a.red());
		}
		int[] widths = { 16, 40, 30, 14, 14, 40, 8, 8, 10, 8, 80 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}

	private static void chartData(Sheet sheet, CellStyle header, CabinetReport report) {
		int r = 0;
		for (ExceptionReport e : report.exceptions()) {
			text(sheet.createRow(r++), 0, e.chart().title(), header);
			headers(sheet.createRow(r++), e.chart().tableHeaders(), header);
			for (List<String> values : e.chart().tableRows()) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					text(row, c, values.get(c), null);
				}
			}
			r++;
		}
		sheet.setColumnWidth(0, 30 * 256);
	}

	/**
	 * Whether the report was drafted since Beacon kept an appetite: one published before
	 * prints no appetite column, as it did.
	 */
	private static boolean keptAppetite(CabinetReport report) {
		return report.risks() != null && report.risks().aboveAppetite() != null;
	}

	private static void risks(Sheet sheet, int first, CellStyle header, List<RiskEntry> risks, boolean appetite) {
		List<String> headers = new java.util.ArrayList<>(List.of("Reference", "Risk", "Register", "Description",
				"Owner", "Level", "Position", "Previous level", "Direction", "Why", "Mitigating actions", "What next"));
		if (appetite) {
			headers.add("Risk appetite");
		}
		headers(sheet.createRow(first), headers, header);
		int r = first + 1;
		for (RiskEntry risk : risks) {
			Row row = sheet.createRow(r++);
			String actions = String.join("; ", risk.actions().stream().map(RiskEntry.Action::action).toList());
			List<String> cells = new java.util.ArrayList<>(
					java.util.Arrays.asList(risk.reference(), risk.title(), risk.register(), risk.description(),
							risk.owner(), risk.levelAsShown(), risk.position(), risk.previousLevel(), risk.direction(),
							risk.why(), actions.isEmpty() ? null : actions, risk.next()));
			if (appetite) {
				cells.add(risk.appetite());
			}
			for (int c = 0; c < cells.size(); c++) {
				text(row, c, cells.get(c), null);
			}
		}
		sheet.setColumnWidth(1, 50 * 256);
		sheet.setColumnWidth(3, 50 * 256);
		sheet.setColumnWidth(9, 60 * 256);
		sheet.setColumnWidth(10, 60 * 256);
	}

	/**
	 * How to read the Position column, a row below the risks: which axis is written first
	 * and what each is called.
	 */
	private static void scoreKeys(Sheet sheet, List<String> keys) {
		int r = sheet.getLastRowNum() + 2;
		for (String key : keys) {
			text(sheet.createRow(r++), 0, key, null);
		}
	}

	private static void headers(Row row, List<String> headers, CellStyle style) {
		for (int c = 0; c < headers.size(); c++) {
			text(row, c, headers.get(c), style);
		}
	}

	private static void text(Row row, int column, String text, CellStyle style) {
		if (text == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

}
