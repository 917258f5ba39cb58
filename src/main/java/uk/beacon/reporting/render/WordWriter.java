package uk.beacon.reporting.render;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The few things a report does to a Word document, done the accessible way: headings are
 * Word's heading styles (so they navigate and form the outline), tables have a header row
 * that repeats, and the document has a title and the UK English language.
 */
final class WordWriter {

	private static final String FONT = "Arial";

	private static final int[] HEADING_SIZES = { 24, 16, 13, 11 };

	private final XWPFDocument doc;

	WordWriter(XWPFDocument doc) {
		this.doc = doc;
		XWPFStyles styles = doc.createStyles();
		styles.setSpellingLanguage("en-GB");
		addStyle(styles, "Title", "Title", 0);
		for (int level = 1; level <= 3; level++) {
			addStyle(styles, "Heading" + level, "heading " + level, level);
		}
	}

	void metadata(String title, String council) {
		this.doc.getProperties().getCoreProperties().setTitle(title);
		this.doc.getProperties().getCoreProperties().setCreator(council);
	}

	/**
	 * @param level 0 for the document's title, 1 to 3 for headings
	 */
	void heading(int level, String text) {
		XWPFParagraph p = this.doc.createParagraph();
		p.setStyle((level == 0) ? "Title" : "Heading" + level);
		p.setSpacingBefore((level == 0) ? 0 : 240);
		p.setSpacingAfter(120);
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setBold(true);
		run.setFontFamily(FONT);
		run.setFontSize(HEADING_SIZES[level]);
	}

	XWPFRun paragraph(String text) {
		XWPFParagraph p = this.doc.createParagraph();
		p.setSpacingAfter(120);
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontFamily(FONT);
		run.setFontSize(11);
		return run;
	}

	void bullet(String text) {
		paragraph("• " + text);
	}

	void pageBreak() {
		this.doc.createParagraph().createRun().addBreak(BreakType.PAGE);
	}

	/**
	 * A table with a header row of column headings, which repeats on every page.
	 */
	void table(String caption, List<String> headers, List<List<String>> rows) {
		paragraph(caption).setBold(true);
		XWPFTable table = this.doc.createTable(rows.size() + 1, headers.size());
		table.setWidth("100%");
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int c = 0; c < headers.size(); c++) {
			text(header.getCell(c), headers.get(c), true);
		}
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			for (int c = 0; c < headers.size(); c++) {
				// the first cell names the row, as a row header does on the page
				text(table.getRow(r + 1).getCell(c), row.get(c), c == 0);
			}
		}
	}

	/**
	 * A two-column table of facts, each row headed by what it is.
	 */
	void rowHeadedTable(String caption, List<List<String>> rows) {
		paragraph(caption).setBold(true);
		XWPFTable table = this.doc.createTable(rows.size(), 2);
		table.setWidth("100%");
		for (int r = 0; r < rows.size(); r++) {
			text(table.getRow(r).getCell(0), rows.get(r).get(0), true);
			text(table.getRow(r).getCell(1), rows.get(r).get(1), false);
		}
	}

	private static void text(XWPFTableCell cell, String text, boolean bold) {
		XWPFRun run = cell.getParagraphs().get(0).createRun();
		run.setText((text != null) ? text : "–");
		run.setBold(bold);
		run.setFontFamily(FONT);
		run.setFontSize(9);
	}

	private static void addStyle(XWPFStyles styles, String id, String name, int outlineLevel) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewUiPriority().setVal(BigInteger.valueOf(9));
		style.addNewQFormat();
		if (outlineLevel > 0) {
			style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1));
		}
		styles.addStyle(new XWPFStyle(style));
	}

}
