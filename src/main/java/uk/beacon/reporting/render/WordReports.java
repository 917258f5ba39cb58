package uk.beacon.reporting.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import org.springframework.stereotype.Component;

import uk.beacon.reporting.CabinetReport;
import uk.beacon.reporting.ExceptionReport;
import uk.beacon.reporting.IndicatorLine;
import uk.beacon.reporting.Part;
import uk.beacon.reporting.RiskEntry;
import uk.beacon.reporting.RiskSection;
import uk.beacon.reporting.Summary;

/**
 * Writes a report as a Word document a committee system accepts: real headings, tables
 * with header rows that repeat across pages, charts as pictures with their alternative
 * text and their data tables, in the order of the page and the PDF.
 */
@Component
public class WordReports {

	private static final int CHART_WIDTH = 640;

	private final ChartImages images;

	WordReports(ChartImages images) {
		this.images = images;
	}

	public byte[] render(CabinetReport report, Part part, String stamp) {
		try (XWPFDocument doc = new XWPFDocument()) {
			WordWriter w = new WordWriter(doc);
			w.metadata((part == Part.B) ? report.title() + ": Part B" : report.title(), report.council());
			if (stamp != null) {
				w.paragraph(stamp).setBold(true);
			}
			w.paragraph(report.council());
			if (part == Part.B) {
				partB(w, report);
			}
			else {
				partA(w, report);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Word document could not be written", ex);
		}
	}

	private void partA(WordWriter w, CabinetReport report) {
		w.heading(0, report.title());
		w.paragraph(report.organisationUnit() + ". Part A: for publication.");
		w.heading(1, "Summary");
		List<List<String>> counts = new ArrayList<>();
		report.summary().counts().forEach(c -> counts.add(List.of(c.label(), String.valueOf(c.count()))));
		counts.add(List.of("Total", String.valueOf(report.summary().total())));
		w.table("Indicators by assessed status, " + report.period(), List.of("Status", "Indicators"), counts);
		w.paragraph(report.summary().updatedThisPeriod() + " of " + report.summary().total()
				+ " indicators were updated in " + report.period() + ".");
		w.heading(2, "Moved between ratings since the last report (" + report.previousPeriod() + ")");
		if (report.summary().movements().isEmpty()) {
			w.paragraph("No indicator moved between ratings since the last report.");
		}
		else {
			w.table("Indicators whose rating changed since " + report.previousPeriod(),
					List.of("Indicator", "Section", "Now", "Previously", "Value", "Target"),
					report.summary().movements().stream().map(WordReports::movement).toList());
		}
		w.heading(1, "Narrative");
		report.narrativeParagraphs().forEach(w::paragraph);
		statusLists(w, report, "RED", "Red");
		statusLists(w, report, "GREEN", "Green");
		w.heading(1, "Indicators to watch");
		w.paragraph("Red indicators updated in " + report.period() + ".");
		if (report.toWatch().isEmpty()) {
			w.paragraph("No red indicator was updated this quarter.");
		}
		else {
			w.table("Indicators to watch, " + report.period(),
					List.of("Indicator", "Section", "Value", "Target", "Direction of travel"),
					report.toWatch()
						.stream()
						.map(i -> List.of(i.title(), i.section(), i.value(), i.target(), i.direction()))
						.toList());
		}
		w.heading(1, "Exception reports");
		if (report.exceptions().isEmpty()) {
			w.paragraph("There are no red indicators, so there are no exception reports.");
		}
		report.exceptions().forEach(e -> exception(w, e));
		risks(w, report);
		WordAreas.write(w, report);
		w.heading(1, "Appendix: the scorecard");
		w.table("Every indicator on the scorecard, " + report.period(), List.of("Indicator", "Section", "Target",
				"Value", "Data period", "Status", "Movement", "Updated this quarter"),
				report.indicators().stream().map(WordReports::scorecardRow).toList());
	}

	private static void statusLists(WordWriter w, CabinetReport report, String status, String label) {
		w.heading(1, label + " indicators");
		List<CabinetReport.SectionList> sections = report.bySection(status);
		if (sections.isEmpty()) {
			w.paragraph("No indicator is " + label.toLowerCase(java.util.Locale.UK) + ".");
		}
		for (CabinetReport.SectionList s : sections) {
			w.table(label + " indicators: " + s.section(),
					List.of("Indicator", "Value", "Target", "Movement", "Updated this quarter"),
					s.indicators()
						.stream()
						.map(i -> List.of(i.title(), i.value(), i.target(), i.movement(), yesNo(i.updatedThisPeriod())))
						.toList());
		}
	}

	private void exception(WordWriter w, ExceptionReport e) {
		IndicatorLine i = e.indicator();
		w.pageBreak();
		w.heading(2, i.title());
		List<List<String>> facts = new ArrayList<>();
		if (i.definition() != null) {
			facts.add(List.of("Definition", i.definition()));
		}
		facts.add(List.of("Polarity", capitalised(i.polarity())));
		facts.add(List.of("Latest value", i.value()
				+ ((i.dataPeriod() != null) ? " for " + i.dataPeriod() + ", reported in " + i.reportingPeriod() : "")));
		facts.add(List.of("Target", i.target()));
		facts.add(List.of("Status", i.explanation() + (i.statusesDiffer() ? " Officers assessed it " + i.statusLabel()
				+ " where the rule gives " + i.ruleStatusLabel() + ": " + i.assessmentReason() : "")));
		facts.add(List.of("Direction of travel", i.directionExplanation()));
		facts.add(List.of("Comparators",
				e.comparators().isEmpty() ? "None recorded" : String.join("; ", e.comparators())));
		if (e.owner() != null) {
			facts.add(List.of("Owner", e.owner()));
		}
		w.rowHeadedTable("About the indicator", facts);
		XWPFRun picture = w.paragraph("");
		try {
			picture.addPicture(new ByteArrayInputStream(this.images.png(e.chart().svg(), CHART_WIDTH)),
					Document.PICTURE_TYPE_PNG, "chart-" + i.code() + ".png", Units.toEMU(450), Units.toEMU(225));
		}
		catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IllegalStateException("The chart could not be added to the Word document", ex);
		}
		picture.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(e.chart().textAlternative());
		w.paragraph(e.chart().textAlternative()).setItalic(true);
		w.table("The figures in the chart: " + e.chart().title(), e.chart().tableHeaders(), e.chart().tableRows());
		w.heading(3, "Performance details");
		w.paragraph(orNone(i.performanceDetails()));
		w.heading(3, "Current activity");
		w.paragraph(orNone(i.currentActivity()));
		w.heading(3, "Future activity");
		w.paragraph(orNone(i.futureActivity()));
	}

	private static void risks(WordWriter w, CabinetReport report) {
		w.heading(1, "Corporate risk profile");
		RiskSection risks = report.risks();
		if (risks.registers().isEmpty()) {
			w.paragraph("The council has no corporate risk register in Beacon.");
			return;
		}
		w.paragraph("As at the end of " + report.period() + ": " + String.join(", ", risks.registers())
				+ ". Restricted risks are reported in Part B only.");
		if (risks.scoreKeys() != null) {
			risks.scoreKeys().forEach(w::paragraph);
		}
		w.table("Corporate risks by level", List.of("Level", "Risks"),
				risks.byLevel().stream().map(l -> List.of(l.level(), String.valueOf(l.count()))).toList());
		riskList(w, "Risks that turned red since the last report", risks.turnedRed(), r -> r.reference() + " "
				+ r.title() + ", previously " + r.previousLevel() + ((r.why() != null) ? ": " + r.why() : ""));
		riskList(w, "Risks that left red since the last report", risks.leftRed(), r -> r.reference() + " " + r.title()
				+ ", now " + r.level() + ((r.why() != null) ? ": " + r.why() : ""));
		w.heading(2, "Red risks");
		if (risks.red().isEmpty()) {
			w.paragraph("No corporate risk is red.");
		}
		risks.red().forEach(r -> risk(w, r));
		if (risks.aboveAppetite() != null) {
			riskList(w, "Risks above the council's risk appetite", risks.aboveAppetite(),
					r -> r.reference() + " " + r.title() + ", " + r.appetite());
		}
		riskList(w, "Amber risks that were red in the last 12 months", risks.amberRecentlyRed(),
				r -> r.reference() + " " + r.title() + ", " + r.position());
	}

	private static void riskList(WordWriter w, String heading, List<RiskEntry> risks,
			java.util.function.Function<RiskEntry, String> text) {
		w.heading(2, heading);
		if (risks.isEmpty()) {
			w.paragraph("None.");
		}
		risks.forEach(r -> w.bullet(text.apply(r)));
	}

	static void risk(WordWriter w, RiskEntry r) {
		w.heading(3, r.reference() + " " + r.title());
		List<List<String>> facts = new ArrayList<>();
		facts.add(List.of("Level", r.levelAsShown() + ", " + r.position() + " ("
				+ r.direction().toLowerCase(java.util.Locale.UK) + " since the last report)"));
		if (r.appetite() != null) {
			facts.add(List.of("Risk appetite", r.appetite()));
		}
		if (r.description() != null) {
			facts.add(List.of("Description", r.description()));
		}
		if (r.owner() != null) {
			facts.add(List.of("Owner", r.owner()));
		}
		facts.add(List.of("Why it is at this level", (r.why() != null) ? r.why() : "No comment recorded."));
		facts.add(List.of("What next", r.next()));
		w.rowHeadedTable("About " + r.reference(), facts);
		if (r.actions().isEmpty()) {
			w.paragraph("No mitigating actions are recorded for publication.");
			return;
		}
		w.table("Mitigating actions for " + r.reference(), List.of("Action", "Owner", "Due", "Status"),
				r.actions()
					.stream()
					.map(a -> List.of(a.action(), dash(a.owner()), dash(a.due()),
							(a.progress() != null) ? a.status() + ": " + a.progress() : a.status()))
					.toList());
	}

	private static void partB(WordWriter w, CabinetReport report) {
		w.heading(0, report.title() + ": Part B");
		w.paragraph(
				"Part B: not for publication. It holds the corporate risks, and parts of risks, that are restricted.")
			.setBold(true);
		w.heading(1, "Restricted corporate risks");
		if (report.restrictedRisks().isEmpty()) {
			w.paragraph("No corporate risk is restricted.");
		}
		report.restrictedRisks().forEach(r -> risk(w, r));
	}

	private static List<String> movement(Summary.Movement m) {
		return List.of(m.title(), m.section(), m.now(), m.previously(), m.value(), m.target());
	}

	private static List<String> scorecardRow(IndicatorLine i) {
		return List.of(i.title(), i.section(), i.target(), i.value(), dash(i.dataPeriod()),
				i.statusesDiffer() ? i.statusLabel() + " (rule: " + i.ruleStatusLabel() + ")" : i.statusLabel(),
				i.movement(), yesNo(i.updatedThisPeriod()));
	}

	static String words(String status) {
		String spaced = status.replace('_', ' ').toLowerCase(java.util.Locale.UK);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String yesNo(boolean yes) {
		return yes ? "Yes" : "No";
	}

	private static String dash(String text) {
		return (text != null) ? text : "–";
	}

	private static String orNone(String text) {
		return (text != null) ? text : "None given.";
	}

}
