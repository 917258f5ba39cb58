package uk.beacon.imports.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Actor;
import uk.beacon.access.Role;
import uk.beacon.identity.Account;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.imports.ImportPreview;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's round trip: a scorecard's indicators and targets exported to Excel, two
 * targets and one title changed there, and the workbook imported: the preview lists
 * exactly those three changes, confirming saves them, and the audit trail shows each
 * before and after.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportRoundTripIntegrationTest {

	private static final String PASSWORD = TestUsers.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorTargets targets;

	@Autowired
	JdbcClient jdbc;

	private Account officer;

	@BeforeAll
	void council() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						RTC,Round Trip Council,council,
						RTC-D,Round Trip Directorate,directorate,RTC
						"""),
						file("indicators.csv",
								"""
										code,title,organisation_code,unit,polarity,frequency,definition,owner,owner_email
										RTC-1,Children seen on time,RTC-D,percent,higher_is_better,quarterly,Seen within 10 days,Ann Owner,ann@rtc.example
										RTC-2,Days lost to sickness,RTC-D,days,lower_is_better,quarterly,,,
										RTC-3,"Homes built, net",RTC-D,number,higher_is_better,annual,"=SUM(A1) is text, not a formula",,
										RTC-4,Not on the scorecard,RTC-D,number,higher_is_better,annual,,,
										"""),
						file("targets.csv",
								"""
										indicator_code,kind,applies_from,applies_to,value,low,high,tolerance_kind,tolerance,text_as_printed
										RTC-1,value,Q1 2024/25,,80,,,absolute,5,80%
										RTC-2,value,2024/25,2024/25,8,,,percentage,10,
										RTC-2,range,2025/26,,,6.50,7.5,none,,
										RTC-3,value,2024/25,,-12.5,,,none,,
										"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code
										RTC-SC,Round Trip scorecard,RTC,corporate,People,objective,RTC-1
										RTC-SC,Round Trip scorecard,RTC,corporate,People,objective,RTC-2
										RTC-SC,Round Trip scorecard,RTC,corporate,Places,objective,RTC-3
										""")),
				TestUsers.SYSTEM);
		this.officer = TestUsers.ensure(this.context, "rtc-officer", "rtc-officer@test.example",
				Role.PERFORMANCE_OFFICER, "RTC");
	}

	@Test
	void aScorecardExportedToExcelEditedAndImportedChangesExactlyWhatWasEdited() throws IOException {
		SignedIn session = SignedIn.as(this.port, "rtc-officer", PASSWORD);
		HttpResponse<byte[]> exported = session
			.download("/import/templates/workbook.xlsx?kind=indicators&kind=targets&filled=true&scorecard=RTC-SC");
		assertThat(exported.statusCode()).isEqualTo(200);
		assertThat(exported.headers().firstValue("Content-Disposition").orElseThrow()).contains("beacon-import.xlsx");

		byte[] edited;
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported.body()))) {
			Sheet indicatorSheet = workbook.getSheet("indicators");
			// only the scorecard's indicators are exported
			assertThat(indicatorSheet.getLastRowNum()).isEqualTo(3);
			assertThat(cell(indicatorSheet, "RTC-3", "definition")).isEqualTo("=SUM(A1) is text, not a formula");
			setCell(indicatorSheet, "RTC-1", "title", "Children seen within ten days");
			Sheet targetSheet = workbook.getSheet("targets");
			assertThat(targetSheet.getLastRowNum()).isEqualTo(4);
			setNumber(targetSheet, "RTC-1", "value", 85);
			setNumber(targetSheet, "RTC-3", "value", -10);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			edited = out.toByteArray();
		}

		// the preview lists exactly the three changes, field by field
		ImportPreview preview = this.csvImport.preview(List.of(new ImportFile("plan.xlsx", edited)), actor());
		assertThat(preview.files()).extracting(ImportPreview.FileChanges::file)
			.containsExactly("plan.xlsx, sheet \"indicators\"", "plan.xlsx, sheet \"targets\"");
		assertThat(preview.files()).allSatisfy(f -> assertThat(f.added()).isZero());
		assertThat(preview.files().get(0).changes()).singleElement().satisfies(item -> {
			assertThat(item.what()).startsWith("RTC-1");
			assertThat(item.fields()).containsExactly(
					new ImportPreview.Field("title", "Children seen on time", "Children seen within ten days"));
		});
		assertThat(preview.files().get(0).unchanged()).isEqualTo(2);
		assertThat(preview.files().get(1).changes()).hasSize(2);
		assertThat(preview.files().get(1).changes().get(0).fields()).containsExactly(
				new ImportPreview.Field("value", "80", "85"), new ImportPreview.Field("text_as_printed", "80%", null));
		assertThat(preview.files().get(1).changes().get(1).fields())
			.containsExactly(new ImportPreview.Field("value", "-12.5", "-10"));
		assertThat(preview.files().get(1).unchanged()).isEqualTo(2);
		assertThat(preview.needsReason()).isTrue();

		// the page shows the same, and saves nothing until confirmed with a reason
		HttpResponse<String> page = session.postFileBytes("/import", Map.of("plan.xlsx", edited));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Check what the import will do")
			.contains("0 new, 1 changed, 2 unchanged")
			.contains("0 new, 2 changed, 2 unchanged")
			.contains("Children seen within ten days");
		assertThat(title("RTC-1")).isEqualTo("Children seen on time");
		String confirm = confirmAction(page);
		HttpResponse<String> withoutReason = session.post(confirm, Map.of("reason", " "));
		assertThat(withoutReason.body()).contains("Error: Check the import")
			.contains("say why, and the reason is kept");
		assertThat(title("RTC-1")).isEqualTo("Children seen on time");

		HttpResponse<String> saved = session.post(confirm,
				Map.of("reason", "Targets agreed by Cabinet", "seen", SignedIn.hiddenField(page, "seen")));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(session.get("/import").body()).contains("Import complete");
		assertThat(title("RTC-1")).isEqualTo("Children seen within ten days");
		assertThat(figure("RTC-1")).isEqualTo("85");
		assertThat(figure("RTC-3")).isEqualTo("-10");

		// each change in the audit trail with its before and after
		assertThat(audit("INDICATOR_CHANGED", "RTC-1")).singleElement()
			.satisfies(
					row -> assertThat(row).contains("Children seen on time").contains("Children seen within ten days"));
		assertThat(audit("TARGET_CORRECTED", "RTC-1")).singleElement()
			.satisfies(row -> assertThat(row).contains("target: 80").contains("target: 85").contains("Targets agreed"));
		assertThat(audit("TARGET_CORRECTED", "RTC-3")).singleElement()
			.satisfies(row -> assertThat(row).contains("target: -12.5").contains("target: -10"));
		assertThat(audit("TARGET_CORRECTED", "RTC-2")).isEmpty();

		// a fresh export imports back changing nothing, and the upload is gone
		byte[] again = session
			.download("/import/templates/workbook.xlsx?kind=indicators&kind=targets&filled=true&scorecard=RTC-SC")
			.body();
		assertThat(this.csvImport.preview(List.of(new ImportFile("plan.xlsx", again)), actor()).changesNothing())
			.isTrue();
		assertThat(session.post(confirm, Map.of("reason", "again")).body()).contains("no longer holds these files");
	}

	@Test
	void aBlankTemplateHasEveryColumnAndAFilledCsvImportsBackUnchanged() {
		SignedIn session = SignedIn.as(this.port, "rtc-officer", PASSWORD);
		HttpResponse<byte[]> blank = session.download("/import/templates/targets.csv");
		assertThat(new String(blank.body(), StandardCharsets.UTF_8))
			.startsWith("\uFEFFindicator_code,kind,applies_from,")
			.contains("text_as_printed,note");
		HttpResponse<byte[]> filled = session.download("/import/templates/indicators.csv?filled=true&scorecard=RTC-SC");
		String csv = new String(filled.body(), StandardCharsets.UTF_8);
		// text a spreadsheet would run as a formula is written so that it never is
		assertThat(csv).contains("'=SUM(A1) is text, not a formula").doesNotContain("RTC-4");
		assertThat(this.csvImport.preview(List.of(new ImportFile("indicators.csv", filled.body())), actor())
			.changesNothing()).isTrue();
		assertThat(session.get("/import/templates").body()).contains("risk-actions.csv");
		assertThat(session.download("/import/templates/nothing.csv").statusCode()).isEqualTo(404);
		assertThat(session.get("/import/guide").body()).contains("govuk-table").contains("indicator_code");
	}

	private Actor actor() {
		long council = this.context.getBean(uk.beacon.organisation.OrganisationUnits.class)
			.findByCode("RTC")
			.orElseThrow()
			.id();
		return new Actor(this.officer.id(), "rtc-officer",
				List.of(new uk.beacon.access.Grant(Role.PERFORMANCE_OFFICER, council, "Round Trip Council")));
	}

	private String title(String code) {
		return this.indicators.findByCode(code).orElseThrow().title();
	}

	private String figure(String code) {
		long id = this.indicators.findByCode(code).orElseThrow().id();
		Target target = this.targets.forIndicator(id).get(0).target();
		return target.figure().stripTrailingZeros().toPlainString();
	}

	private List<String> audit(String action, String subject) {
		return this.jdbc
			.sql("select before || ' | ' || after || ' | ' || coalesce(reason, '') from audit_event "
					+ "where action = ? and subject = ?")
			.params(action, subject)
			.query(String.class)
			.list();
	}

	private static String confirmAction(HttpResponse<String> page) {
		Matcher found = Pattern.compile("action=\"(/import/[0-9a-f-]+/confirm)\"").matcher(page.body());
		assertThat(found.find()).as("a confirm form in " + page.body()).isTrue();
		return found.group(1);
	}

	private static int column(Sheet sheet, String name) {
		Row header = sheet.getRow(0);
		for (int c = 0; c < header.getLastCellNum(); c++) {
			if (header.getCell(c).getStringCellValue().equals(name)) {
				return c;
			}
		}
		throw new AssertionError("no column " + name);
	}

	private static Row row(Sheet sheet, String code) {
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			if (sheet.getRow(r).getCell(0).getStringCellValue().equals(code)) {
				return sheet.getRow(r);
			}
		}
		throw new AssertionError("no row " + code);
	}

	private static String cell(Sheet sheet, String code, String name) {
		return row(sheet, code).getCell(column(sheet, name)).getStringCellValue();
	}

	private static void setCell(Sheet sheet, String code, String name, String value) {
		row(sheet, code).getCell(column(sheet, name)).setCellValue(value);
	}

	private static void setNumber(Sheet sheet, String code, String name, double value) {
		row(sheet, code).getCell(column(sheet, name)).setCellValue(value);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
