package uk.beacon.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.TestUsers;
import uk.beacon.access.Actor;
import uk.beacon.access.Audience;
import uk.beacon.access.Grant;
import uk.beacon.access.ChangeRejected;
import uk.beacon.access.Role;
import uk.beacon.indicator.ComparatorValue;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measurements;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialYear;
import uk.beacon.scorecard.Scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an import that updates may and may not do: a row that changes nothing needs no
 * role, a column a file leaves out keeps what Beacon holds, an indicator the importer may
 * not see is neither shown nor changed, and a scorecard keeps what the file could not
 * hold.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportUpdatesIntegrationTest {

	@Autowired
	CsvImport csvImport;

	@Autowired
	ImportTemplates templates;

	@Autowired
	OrganisationUnits units;

	@Autowired
	IndicatorManagement management;

	@Autowired
	Indicators indicators;

	@Autowired
	Measurements measurements;

	@Autowired
	Scorecards scorecards;

	@BeforeAll
	void council() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						IUC,Import Updates Council,council,
						IUC-A,Adults,directorate,IUC
						IUC-C,Children,directorate,IUC
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency,public
						IUC-A1,Adults helped at home,IUC-A,percent,higher_is_better,quarterly,yes
						IUC-C1,Children seen on time,IUC-C,percent,higher_is_better,quarterly,yes
						IUC-C2,Children at risk (not for publication),IUC-C,number,lower_is_better,quarterly,no
						"""), file("targets.csv", """
						indicator_code,kind,applies_from,value,tolerance_kind,tolerance
						IUC-C2,value,Q1 2025/26,12.50,absolute,1
						"""),
						file("measurements.csv",
								"""
										indicator_code,data_period,reporting_period,value,provisional,performance_details,assessed_status,assessment_reason
										IUC-C1,Q1 2025/26,Q1 2025/26,81,yes,Seen within the week,green,Agreed at the board
										IUC-C2,Q1 2025/26,Q1 2025/26,14,,Fourteen children,,
										"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code
										IUC-SC,Import Updates scorecard,IUC,corporate,People,objective,IUC-C1
										IUC-SC,Import Updates scorecard,IUC,corporate,People,objective,IUC-C2
										IUC-SC,Import Updates scorecard,IUC,corporate,People,objective,IUC-A1
										""")),
				TestUsers.SYSTEM);
	}

	@Test
	void anOfficerOfOneDirectorateImportsAWholeExportChangingOnlyTheirOwnRows() {
		Actor childrensOfficer = officer("IUC-C", Role.PERFORMANCE_OFFICER);
		String exported = csv(
				this.templates.csv("indicators", true, new ImportTemplates.Scope("IUC-SC", null), Audience.PUBLIC));
		String edited = exported.replace("Children seen on time", "Children seen within a week");

		ImportPreview preview = this.csvImport.preview(List.of(file("indicators.csv", edited)), childrensOfficer);

		assertThat(preview.files()).singleElement().satisfies(f -> {
			assertThat(f.changed()).isEqualTo(1);
			assertThat(f.unchanged()).isEqualTo(1);
		});
		// the same file changing the adults' indicator too is refused for that row only
		String beyond = edited.replace("Adults helped at home", "Adults helped to live at home");
		assertThatThrownBy(() -> this.csvImport.preview(List.of(file("indicators.csv", beyond)), childrensOfficer))
			.isInstanceOfSatisfying(ImportFailedException.class,
					ex -> assertThat(ex.problems()).isNotEmpty()
						.allSatisfy(p -> assertThat(p.toString()).contains("row 2")
							.contains("outside the part of the council your role covers")));
	}

	@Test
	void anIndicatorNotForPublicationIsNeitherShownNorMatchedForAnOfficerWhoMayNotSeeIt() {
		Actor officer = officer("IUC", Role.PERFORMANCE_OFFICER);
		// a guess at the hidden figure, right or wrong, is refused the same way
		for (String guess : List.of("14", "15")) {
			assertThatThrownBy(() -> this.csvImport.preview(List.of(file("measurements.csv", """
					indicator_code,data_period,reporting_period,value
					IUC-C2,Q1 2025/26,Q1 2025/26,%s
					""".formatted(guess))), officer)).isInstanceOfSatisfying(ImportFailedException.class,
					ex -> assertThat(ex.problems()).singleElement()
						.satisfies(p -> assertThat(p.message()).contains("which is not for publication")
							.doesNotContain("14")));
		}
		// a filled template leaves it out
		String exported = csv(
				this.templates.csv("targets", true, new ImportTemplates.Scope("IUC-SC", null), Audience.PUBLIC));
		assertThat(exported).doesNotContain("IUC-C2");
	}

	@Test
	void aScorecardReimportedByAnOfficerWhoMayNotSeeAllOfItKeepsWhatTheyCannotSee() {
		Actor officer = officer("IUC", Role.PERFORMANCE_OFFICER);
		String exported = csv(
				this.templates.csv("scorecards", true, new ImportTemplates.Scope("IUC-SC", null), Audience.PUBLIC));
		assertThat(exported).doesNotContain("IUC-C2");
		assertThat(this.csvImport.preview(List.of(file("scorecards.csv", exported)), officer).changesNothing())
			.isTrue();

		// moving the adults' indicator to the top keeps the hidden one after IUC-C1
		String[] lines = exported.split("\r\n");
		String reordered = lines[0] + "\r\n" + lines[2] + "\r\n" + lines[1] + "\r\n";
		this.csvImport.run(
				List.of(file("scorecards.csv",
						reordered.replace(",IUC-A1,", ",IUC-A1,Q1 2025/26").replace(",IUC-C1,Q1 2025/26", ",IUC-C1,"))),
				officer);

		var scorecard = this.scorecards.findById(this.scorecards.idOf("IUC-SC").orElseThrow()).orElseThrow();
		assertThat(scorecard.sections()).singleElement()
			.satisfies(section -> assertThat(section.indicatorIds()).containsExactly(id("IUC-A1"), id("IUC-C1"),
					id("IUC-C2")));
	}

	@Test
	void aFigureFileWithoutSomeColumnsKeepsWhatBeaconHoldsInThem() {
		Actor officer = officer("IUC-C", Role.PERFORMANCE_OFFICER);
		List<ImportFile> corrected = List.of(file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				IUC-C1,Q1 2025/26,Q1 2025/26,82
				"""));

		ImportPreview preview = this.csvImport.preview(corrected, officer);
		assertThat(preview.files().get(0).changes()).singleElement()
			.satisfies(item -> assertThat(item.fields()).containsExactly(new ImportPreview.Field("value", "81", "82")));
		this.csvImport.run(corrected, officer, "Late returns counted");

		var figure = this.measurements.forIndicator(id("IUC-C1")).get(0);
		assertThat(figure.value()).isEqualByComparingTo("82");
		assertThat(figure.provisional()).isTrue();
		assertThat(figure.commentary().performanceDetails()).isEqualTo("Seen within the week");
		assertThat(figure.override().reason()).isEqualTo("Agreed at the board");
	}

	@Test
	void aTargetHeldWithTrailingZerosImportsBackUnchanged() {
		String exported = csv(
				this.templates.csv("targets", true, new ImportTemplates.Scope("IUC-SC", null), Audience.everywhere()));
		assertThat(exported).contains("IUC-C2,value,Q1 2025/26,,12.5,");
		assertThat(this.csvImport.preview(List.of(file("targets.csv", exported)), TestUsers.SYSTEM).changesNothing())
			.isTrue();
	}

	@Test
	void aFileWhoseNameHoldsControlCharactersIsRefusedSayingWhy() {
		assertThatThrownBy(() -> this.csvImport.preview(List.of(file("targets\u0000.csv", "x")), TestUsers.SYSTEM))
			.isInstanceOfSatisfying(ImportFailedException.class,
					ex -> assertThat(ex.problems()).singleElement().satisfies(p -> {
						assertThat(p.file()).doesNotContain("\u0000");
						assertThat(p.message()).contains("control characters");
					}));
	}

	@Test
	void aHostileWorkbookIsRefusedSayingWhyWithoutReadingWhatItDoesNotNeed() throws java.io.IOException {
		byte[] farRight;
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("indicators");
			var header = sheet.createRow(0);
			List.of("code", "title", "organisation_code", "unit", "polarity", "frequency")
				.forEach(h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
			for (int r = 1; r <= 2000; r++) {
				// the last column Excel has, on every row
				sheet.createRow(r).createCell(16383).setCellValue("x");
			}
			workbook.write(out);
			farRight = out.toByteArray();
		}
		assertThatThrownBy(
				() -> this.csvImport.preview(List.of(new ImportFile("plan.xlsx", farRight)), TestUsers.SYSTEM))
			.isInstanceOfSatisfying(ImportFailedException.class, ex -> {
				// the first thousand listed, the rest counted
				assertThat(ex.problems()).hasSize(1001);
				assertThat(ex.problems().subList(0, 1000))
					.allSatisfy(p -> assertThat(p.message()).contains("to the right of the last column"));
				assertThat(ex.problems().get(1000).message())
					.startsWith("and 1000 more problems beyond the first 1000");
			});
		assertThatThrownBy(() -> this.csvImport.preview(
				List.of(new ImportFile("targets.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))),
				TestUsers.SYSTEM))
			.isInstanceOfSatisfying(ImportFailedException.class, ex -> assertThat(ex.problems()).singleElement()
				.satisfies(p -> assertThat(p.message()).contains("could not be read as an Excel workbook")));
	}

	@Test
	void cellsBeaconCannotKeepAreRefusedSayingWhyNeverSaved() throws java.io.IOException {
		byte[] workbook;
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = book.createSheet("indicators");
			var header = sheet.createRow(0);
			List.of("code", "title", "organisation_code", "unit", "polarity", "frequency")
				.forEach(h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
			var formula = sheet.createRow(1);
			formula.createCell(0).setCellValue("IUC-N2");
			// written by a program: a formula with no result saved
			formula.createCell(1).setCellFormula("CONCATENATE(\"a\",\"b\")");
			formula.createCell(2).setCellValue("IUC-A");
			formula.createCell(3).setCellValue("number");
			formula.createCell(4).setCellValue("higher_is_better");
			formula.createCell(5).setCellValue("annual");
			book.write(out);
			workbook = out.toByteArray();
		}
		assertThatThrownBy(
				() -> this.csvImport.preview(List.of(new ImportFile("plan.xlsx", workbook)), TestUsers.SYSTEM))
			.isInstanceOfSatisfying(ImportFailedException.class,
					ex -> assertThat(ex.problems()).singleElement()
						.satisfies(p -> assertThat(p.toString()).contains("row 2, column \"title\"")
							.contains("formula (=CONCATENATE(\"a\",\"b\")) with no result saved")));
		// a NUL in a cell (a workbook may hold one as _x0000_) is never text
		Problems nul = new Problems();
		CsvTable.cells("plan.xlsx, sheet \"indicators\"", List.of("code", "title"),
				List.of(java.util.Map.entry(2, new String[] { "IUC-N1", "Ti\u0000tle" })), java.util.Set.of("code"),
				java.util.Set.of("title"), nul);
		assertThat(nul.list()).singleElement().satisfies(p -> assertThat(p.message()).contains("NUL character"));

		String longTitle = "x".repeat(301);
		assertThatThrownBy(() -> this.csvImport.preview(List.of(file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency
				IUC-L1,%s,IUC-A,number,higher_is_better,annual
				IUC L2,Spaced code,IUC-A,number,higher_is_better,annual
				""".formatted(longTitle)), file("targets.csv", """
				indicator_code,kind,applies_from,value
				IUC-C1,value,Q1 2030/31,1e309
				""")), TestUsers.SYSTEM)).isInstanceOfSatisfying(ImportFailedException.class,
				ex -> assertThat(ex.problems()).extracting(ImportProblem::message)
					.containsExactlyInAnyOrder("this cell is 301 characters long; keep it to 300.",
							"a code is one word of letters, digits and . _ / - ( ) & + (no spaces), at most 40 "
									+ "characters.",
							"1e309 is larger than Beacon keeps (below a thousand million million); is it in another "
									+ "unit, or a typing slip?"));
	}

	@Test
	void aComparatorGroupHasOneCouncilAndAPercentageStaysAPercentage() {
		assertThatThrownBy(() -> this.csvImport.preview(List.of(file("comparator-values.csv", """
				group_code,group_name,indicator_code,data_period,member,value,is_council
				IUC-NN,Import neighbours,IUC-C1,2024/25,Import Updates Council,81,yes
				IUC-NN,Import neighbours,IUC-C1,2024/25,Somewhere else,79,yes
				IUC-NN,Import neighbours,IUC-C1,2024/25,Elsewhere,790,
				""")), TestUsers.SYSTEM)).isInstanceOfSatisfying(ImportFailedException.class,
				ex -> assertThat(ex.problems()).extracting(ImportProblem::message)
					.containsExactly(
							"Import Updates Council is already the council itself in IUC-NN for IUC-C1 in 2024/25; a "
									+ "group has one.",
							"790 is not a percentage between -100 and 100, but IUC-C1 is measured in percent."));

		// with one held, a second council in the group is refused by a later import too,
		// and by the write service whatever calls it
		this.csvImport.run(List.of(file("comparator-values.csv", """
				group_code,group_name,indicator_code,data_period,member,value,is_council
				IUC-NN,Import neighbours,IUC-C1,2023/24,Import Updates Council,80,yes
				""")), TestUsers.SYSTEM);
		assertThatThrownBy(() -> this.csvImport.preview(List.of(file("comparator-values.csv", """
				group_code,group_name,indicator_code,data_period,member,value,is_council
				IUC-NN,Import neighbours,IUC-C1,2023/24,Somewhere else,79,yes
				""")), TestUsers.SYSTEM)).isInstanceOfSatisfying(ImportFailedException.class,
				ex -> assertThat(ex.problems()).singleElement()
					.satisfies(p -> assertThat(p.message()).isEqualTo("Import Updates Council is already the council "
							+ "itself in IUC-NN for IUC-C1 in 2023/24 in Beacon; a group has one.")));
		assertThatThrownBy(() -> this.management.addComparatorValue(TestUsers.SYSTEM,
				new ComparatorValue("IUC-NN", "Import neighbours", id("IUC-C1"), new FinancialYear(2023),
						"Somewhere else", true, java.math.BigDecimal.TEN, null)))
			.isInstanceOf(ChangeRejected.class)
			.hasMessageContaining("is already the council itself");
	}

	private long id(String code) {
		return this.indicators.findByCode(code).orElseThrow().id();
	}

	private Actor officer(String unit, Role role) {
		var found = this.units.findByCode(unit).orElseThrow();
		return new Actor(null, "Officer of " + unit, List.of(new Grant(role, found.id(), found.name())));
	}

	private static String csv(ImportTemplates.Download download) {
		return new String(download.content(), StandardCharsets.UTF_8).replace("\uFEFF", "");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
