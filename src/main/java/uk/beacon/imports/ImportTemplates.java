package uk.beacon.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Audience;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Measurements;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.Scorecard;
import uk.beacon.scorecard.ScorecardSection;
import uk.beacon.scorecard.Scorecards;

/**
 * The import files as templates, blank or filled with what Beacon holds, as CSV or as an
 * Excel workbook with a sheet for each file: an officer exports, edits in Excel and
 * imports the same file again. Filled templates hold only what the person may see: an
 * indicator not for publication, and its targets and figures, only for a restricted
 * reader of its unit.
 */
@Service
public class ImportTemplates {

	/** The files a template may be filled for, with what Beacon holds. */
	private static final Set<FileKind> FILLABLE = Set.of(FileKind.ORGANISATION, FileKind.INDICATORS, FileKind.TARGETS,
			FileKind.MEASUREMENTS, FileKind.SCORECARDS);

	// numbers are written as numbers in a workbook, so that Excel sums and sorts them
	private static final Set<String> NUMERIC = Set.of("value", "low", "high", "quartile", "tolerance",
			"green_tolerance", "decimal_places", "arrears_months", "numerator", "denominator", "rank", "rank_of");

	/** What a filled template covers. */
	public record Scope(String scorecardCode, FinancialQuarter reportedIn) {
	}

	/** A template as a file to download. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

	/** A file an import understands, for the template page. */
	public record Kind(String name, String fileName, boolean fillable, List<String> required, List<String> optional) {
	}

	private final OrganisationUnits units;

	private final Indicators indicators;

	private final IndicatorTargets targets;

	private final Measurements measurements;

	private final Scorecards scorecards;

	ImportTemplates(OrganisationUnits units, Indicators indicators, IndicatorTargets targets, Measurements measurements,
			Scorecards scorecards) {
		this.units = units;
		this.indicators = indicators;
		this.targets = targets;
		this.measurements = measurements;
		this.scorecards = scorecards;
	}

	/** Every file an import understands, in the order it reads them. */
	public List<Kind> kinds() {
		return Arrays.stream(FileKind.values())
			.map(k -> new Kind(k.sheetName(), k.fileName(), FILLABLE.contains(k),
					k.columns().stream().filter(k.required()::contains).toList(),
					k.columns().stream().filter(c -> !k.required().contains(c)).toList()))
			.toList();
	}

	/**
	 * One file as CSV (UTF-8 with a byte order mark, so that Excel reads it).
	 * @param kind the file's name without .csv, e.g. "targets"
	 * @throws IllegalArgumentException when Beacon has no such file
	 */
	@Transactional(readOnly = true)
	public Download csv(String kind, boolean filled, Scope scope, Audience audience) {
		FileKind file = kind(kind);
		StringBuilder out = new StringBuilder("\uFEFF");
		List<String> header = header(file);
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (Map<String, String> row : filled ? rows(file, new Data(scope, audience))
					: List.<Map<String, String>>of()) {
				List<String> cells = new ArrayList<>();
				header.forEach(column -> cells.add(CsvRow.formulaSafe(row.get(column))));
				csv.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Download(file.fileName(), "text/csv;charset=UTF-8",
				out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * Several files as one workbook, a sheet for each, named as the import reads them.
	 * @param kinds the files' names without .csv, e.g. "indicators", "targets"
	 * @throws IllegalArgumentException when Beacon has no such file
	 */
	@Transactional(readOnly = true)
	public Download workbook(List<String> kinds, boolean filled, Scope scope, Audience audience) {
		List<FileKind> files = kinds.stream().map(ImportTemplates::kind).distinct().sorted().toList();
		Data data = new Data(scope, audience);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (FileKind file : files) {
				Sheet sheet = workbook.createSheet(file.sheetName());
				List<String> header = header(file);
				Row top = sheet.createRow(0);
				for (int c = 0; c < header.size(); c++) {
					top.createCell(c).setCellValue(header.get(c));
					top.getCell(c).setCellStyle(bold);
					sheet.setColumnWidth(c, 256 * Math.max(12, Math.min(40, header.get(c).length() + 4)));
				}
				sheet.createFreezePane(0, 1);
				int r = 1;
				for (Map<String, String> values : filled ? rows(file, data) : List.<Map<String, String>>of()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < header.size(); c++) {
						String value = values.get(header.get(c));
						if (value == null) {
							continue;
						}
						// more digits than Excel keeps are written as text, so that none
						// is lost
						if (NUMERIC.contains(header.get(c)) && new BigDecimal(value).precision() <= 15) {
							row.createCell(c).setCellValue(new BigDecimal(value).doubleValue());
						}
						else {
							// a cell's text, never a formula, whatever it begins with
							row.createCell(c).setCellValue(value);
						}
					}
				}
			}
			workbook.write(out);
			String name = (files.size() == 1) ? files.get(0).sheetName() : "beacon-import";
			return new Download(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static FileKind kind(String name) {
		return FileKind.of(name + ".csv")
			.orElseThrow(() -> new IllegalArgumentException("Beacon imports no file called " + name + ": use one of "
					+ String.join(", ", Arrays.stream(FileKind.values()).map(FileKind::sheetName).toList()) + "."));
	}

	private static List<String> header(FileKind file) {
		List<String> header = new ArrayList<>(file.columns());
		if (file == FileKind.INDICATORS || file == FileKind.TARGETS || file == FileKind.MEASUREMENTS) {
			header.add("note");
		}
		return header;
	}

	private List<Map<String, String>> rows(FileKind file, Data data) {
		return switch (file) {
			case ORGANISATION -> data.units();
			case INDICATORS -> data.indicators()
				.stream()
				.map(i -> Columns.indicator(i, data.unitCode(i.organisationUnitId())))
				.toList();
			case TARGETS -> data.targets();
			case MEASUREMENTS -> data.figures();
			case SCORECARDS -> data.scorecards();
			default -> List.of();
		};
	}

	/** What a filled template holds, read once for all its sheets. */
	private final class Data {

		private final Scope scope;

		private final Audience audience;

		private List<OrganisationUnit> allUnits;

		private Map<Long, String> unitCodes;

		private List<Scorecard> scorecardsShown;

		private List<Indicator> indicatorsShown;

		Data(Scope scope, Audience audience) {
			this.scope = scope;
			this.audience = audience;
		}

		String unitCode(Long id) {
			if (this.unitCodes == null) {
				this.unitCodes = allUnits().stream()
					.collect(Collectors.toMap(OrganisationUnit::id, OrganisationUnit::code));
			}
			return (id != null) ? this.unitCodes.get(id) : null;
		}

		private List<OrganisationUnit> allUnits() {
			if (this.allUnits == null) {
				this.allUnits = ImportTemplates.this.units.findAll();
			}
			return this.allUnits;
		}

		/**
		 * Every unit, each after the unit above it, so that the file imports as it is.
		 */
		List<Map<String, String>> units() {
			Map<Long, List<OrganisationUnit>> below = new HashMap<>();
			Deque<OrganisationUnit> next = new ArrayDeque<>();
			for (OrganisationUnit unit : allUnits()) {
				if (unit.parentId() == null) {
					next.add(unit);
				}
				else {
					below.computeIfAbsent(unit.parentId(), p -> new ArrayList<>()).add(unit);
				}
			}
			List<Map<String, String>> rows = new ArrayList<>();
			while (!next.isEmpty()) {
				OrganisationUnit unit = next.poll();
				rows.add(Columns.unit(unit, unitCode(unit.parentId())));
				below.getOrDefault(unit.id(), List.of())
					.stream()
					.sorted(Comparator.comparing(OrganisationUnit::code))
					.forEach(next::add);
			}
			return rows;
		}

		List<Scorecard> chosenScorecards() {
			if (this.scorecardsShown == null) {
				this.scorecardsShown = (this.scope.scorecardCode() != null)
						? ImportTemplates.this.scorecards.idOf(this.scope.scorecardCode())
							.flatMap(ImportTemplates.this.scorecards::findById)
							.map(List::of)
							.orElse(List.of())
						: ImportTemplates.this.scorecards.findAll();
			}
			return this.scorecardsShown;
		}

		/** The indicators the person may see: all, or those on the scorecard chosen. */
		List<Indicator> indicators() {
			if (this.indicatorsShown == null) {
				Collection<Indicator> all = (this.scope.scorecardCode() != null)
						? ImportTemplates.this.indicators.findAllById(chosenScorecards().stream()
							.flatMap(s -> s.sections().stream())
							.flatMap(s -> s.indicatorIds().stream())
							.distinct()
							.toList())
						: ImportTemplates.this.indicators
							.findInUnits(allUnits().stream().map(OrganisationUnit::id).toList());
				this.indicatorsShown = all.stream()
					.filter(i -> i.isPublic() || this.audience.seesRestricted(i.organisationUnitId()))
					.sorted(Comparator.comparing(Indicator::code))
					.toList();
			}
			return this.indicatorsShown;
		}

		private Map<Long, String> indicatorCodes() {
			return indicators().stream().collect(Collectors.toMap(Indicator::id, Indicator::code));
		}

		List<Map<String, String>> targets() {
			Map<Long, String> codes = indicatorCodes();
			Map<Long, List<IndicatorTarget>> held = ImportTemplates.this.targets.forIndicators(codes.keySet());
			List<Map<String, String>> rows = new ArrayList<>();
			for (Indicator indicator : indicators()) {
				held.getOrDefault(indicator.id(), List.of())
					.stream()
					.sorted(Comparator.comparing(t -> t.appliesFrom().start()))
					.forEach(t -> rows.add(Columns.target(t, indicator.code())));
			}
			return rows;
		}

		/**
		 * The figures reported in the quarter chosen, or else in the latest quarter any
		 * of the indicators was reported in.
		 */
		List<Map<String, String>> figures() {
			Map<Long, String> codes = indicatorCodes();
			Optional<FinancialQuarter> quarter = Optional.ofNullable(this.scope.reportedIn())
				.or(() -> ImportTemplates.this.measurements.reportingPeriodsOf(codes.keySet())
					.stream()
					.reduce((a, b) -> b));
			if (quarter.isEmpty()) {
				return List.of();
			}
			Map<Long, List<Measurement>> held = ImportTemplates.this.measurements.forIndicators(codes.keySet());
			List<Map<String, String>> rows = new ArrayList<>();
			for (Indicator indicator : indicators()) {
				held.getOrDefault(indicator.id(), List.of())
					.stream()
					.filter(m -> m.reportingPeriod().equals(quarter.get()))
					.forEach(m -> rows.add(Columns.figure(m, indicator.code())));
			}
			return rows;
		}

		/**
		 * A row for each indicator in each section. An indicator the person may not see
		 * is left out, so a restricted scorecard is exported only to its readers.
		 */
		List<Map<String, String>> scorecards() {
			Map<Long, String> codes = indicatorCodes();
			List<Map<String, String>> rows = new ArrayList<>();
			for (Scorecard scorecard : chosenScorecards()) {
				boolean first = true;
				for (ScorecardSection section : scorecard.sections()) {
					for (Long id : section.indicatorIds()) {
						String code = codes.get(id);
						if (code == null) {
							continue;
						}
						Map<String, String> row = new LinkedHashMap<>();
						row.put("scorecard_code", scorecard.code());
						row.put("scorecard_name", scorecard.name());
						row.put("organisation_code", unitCode(scorecard.organisationUnitId()));
						row.put("scorecard_kind", Columns.choice(scorecard.kind()));
						row.put("section", section.title());
						row.put("section_kind", Columns.choice(section.kind()));
						row.put("indicator_code", code);
						row.put("current_period", first ? Columns.period(scorecard.currentPeriod()) : null);
						first = false;
						rows.add(row);
					}
				}
			}
			return rows;
		}

	}

}
