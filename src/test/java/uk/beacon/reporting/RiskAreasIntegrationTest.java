package uk.beacon.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Actor;
import uk.beacon.access.Grant;
import uk.beacon.access.NotPermitted;
import uk.beacon.access.Role;
import uk.beacon.access.StaleChange;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFailedException;
import uk.beacon.imports.ImportFile;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.reporting.render.ReportRenderer;
import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskAreaChange;
import uk.beacon.risk.RiskAreaRejected;
import uk.beacon.risk.RiskChangeRejected;
import uk.beacon.risk.RiskEdit;
import uk.beacon.risk.RiskManagement;
import uk.beacon.risk.RiskReference;
import uk.beacon.risk.RiskViews;
import uk.beacon.risk.Risks;
import uk.beacon.scorecard.ScorecardViews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 20 item 2: a register of 30 risks entered on three registers (corporate,
 * directorate and a project's) in 6 risk areas, imported as a council would, and the
 * draft cabinet report listing the areas as Worcestershire's Q2 2019/20 report did: the
 * red areas with their mitigations, the amber area "included as red in the last 12
 * months", the new area, and "30 risks, 3 red" behind them. The register, heat map and
 * API filter by area; areas change only through RiskManagement, for a risk manager of
 * their council, and every mistake is said.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskAreasIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final FinancialQuarter Q2 = new FinancialQuarter(2019, 2);

	/** Each area's risks: reference suffix, register, current impact and likelihood. */
	private static final Map<String, int[][]> AREAS = new java.util.LinkedHashMap<>();

	static {
		// Safeguarding: one red (20), the others amber or green
		AREAS.put("SAFE", new int[][] { { 5, 4 }, { 4, 3 }, { 3, 3 }, { 3, 2 }, { 2, 2 } });
		// Financial control: two red (16, 15)
		AREAS.put("FIN", new int[][] { { 4, 4 }, { 5, 3 }, { 4, 3 }, { 4, 2 }, { 3, 1 } });
		// Workforce: amber now (12), one risk red last March
		AREAS.put("WORK", new int[][] { { 4, 3 }, { 3, 3 }, { 4, 2 }, { 3, 2 }, { 2, 1 } });
		// Information governance: amber, never red
		AREAS.put("DATA", new int[][] { { 4, 3 }, { 5, 2 }, { 3, 3 }, { 2, 2 }, { 2, 1 } });
		// Climate change: begun in Q2 2019/20, amber
		AREAS.put("CLIM", new int[][] { { 4, 3 }, { 3, 3 }, { 3, 2 }, { 2, 2 }, { 1, 1 } });
		// Property: green by its risks, set red by officers
		AREAS.put("PROP", new int[][] { { 3, 2 }, { 2, 2 }, { 3, 1 }, { 2, 1 }, { 1, 1 } });
	}

	private static final String[] REGISTERS = { "ARA-CRR", "ARA-DRR", "ARA-PRJ" };

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	ScorecardViews scorecards;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	ReportRenderer renderer;

	@Autowired
	RiskManagement management;

	@Autowired
	RiskViews views;

	@Autowired
	Risks risks;

	@Autowired
	OrganisationUnits units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportPublishing publishing;

	@Autowired
	PublishedReports published;

	private long scorecardId;

	@BeforeAll
	void importThirtyRisksInSixAreas() {
		StringBuilder risksCsv = new StringBuilder("reference,register_code,kind,title,area_code\n");
		StringBuilder assessments = new StringBuilder(
				"reference,assessed_on,reporting_period,current_impact,current_likelihood,comment\n");
		int n = 0;
		for (Map.Entry<String, int[][]> area : AREAS.entrySet()) {
			for (int i = 0; i < 5; i++) {
				String reference = "ARA-" + area.getKey() + (i + 1);
				risksCsv.append(reference)
					.append(',')
					.append(REGISTERS[n++ % REGISTERS.length])
					.append(",risk,")
					.append("Risk ")
					.append(i + 1)
					.append(" of ")
					.append(area.getKey())
					.append(',')
					.append(area.getKey())
					.append('\n');
				int[] position = area.getValue()[i];
				assessments.append(reference)
					.append(",30/09/2019,Q2 2019/20,")
					.append(position[0])
					.append(',')
					.append(position[1])
					.append(",\n");
			}
		}
		// the workforce risk was red (16) at the end of March: within twelve months
		assessments.append("ARA-WORK1,31/03/2019,Q4 2018/19,4,4,Agency spending peaked\n");
		// an opportunity is not one of the risks counted
		risksCsv.append("ARA-OPP1,ARA-CRR,opportunity,Shared services with the district councils,FIN\n");
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						ARA,Area County Council,council,
						ARA-D,Area Children's Services,directorate,ARA
						ARX,Other County Council,council,
						"""), file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency
						ARA-1,Children in care per 10000,ARA-D,number,lower_is_better,quarterly
						"""), file("measurements.csv", """
						indicator_code,data_period,reporting_period,value
						ARA-1,Q2 2019/20,Q2 2019/20,80
						"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
										ARA-SC,Area Council Scorecard,ARA,corporate,Children,objective,ARA-1,Q2 2019/20
										"""),
						file("risk-registers.csv", """
								code,name,kind,organisation_code
								ARA-CRR,Corporate Risk Register,corporate,ARA
								ARA-DRR,Children's Services Risk Register,directorate,ARA-D
								ARA-PRJ,Schools Capital Programme Risks,project,ARA-D
								ARX-CRR,Other Corporate Risk Register,corporate,ARX
								"""),
						file("risk-areas.csv",
								"""
										code,council_code,title,lead,mitigations,level,level_reason,since
										SAFE,ARA,Safeguarding vulnerable children,Director of Children's Services,Improvement plan monitored monthly by the Improvement Board,,,01/04/2018
										FIN,ARA,Financial control,Chief Financial Officer,Medium Term Financial Plan reviewed each month,,,01/04/2018
										WORK,ARA,Workforce,Head of HR,Recruitment and retention strategy for social workers,,,01/04/2018
										DATA,ARA,Information governance,Senior Information Risk Owner,Data protection training for every member of staff,,,01/04/2018
										CLIM,ARA,Climate change,Director of Economy,Carbon management plan agreed by Cabinet,,,15/08/2019
										PROP,ARA,Property,Head of Property,Condition surveys of every building,Red,The fire safety review found failings the risks do not yet show,01/04/2018
										OTHER,ARX,Another council's area,,,,,01/04/2018
										"""),
						file("risks.csv", risksCsv.toString()), file("risk-assessments.csv", assessments.toString())),
				TestUsers.SYSTEM);
		this.scorecardId = this.scorecards.all()
			.stream()
			.filter(s -> s.code().equals("ARA-SC"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void theDraftReportListsTheAreasAsWorcestershiresDid() throws IOException {
		RiskAreaSection areas = draft().risks().areas();

		assertThat(areas.count()).isEqualTo("30 risks, 3 red");
		assertThat(areas.summary()).isEqualTo("30 risks, 3 red, in 6 risk areas.");
		assertThat(areas.redAreas()).extracting(AreaEntry::title)
			.containsExactly("Financial control", "Property", "Safeguarding vulnerable children");
		AreaEntry safeguarding = areas.redAreas().get(2);
		assertThat(safeguarding.lead()).isEqualTo("Director of Children's Services");
		assertThat(safeguarding.mitigations()).isEqualTo("Improvement plan monitored monthly by the Improvement Board");
		assertThat(safeguarding.count()).isEqualTo("5 risks, 1 red");
		assertThat(areas.redAreas().get(0).count()).isEqualTo("5 risks, 2 red");
		assertThat(areas.redAreas().get(1).levelAsShown())
			.as("a level officers set is shown as such, beside the risks'")
			.isEqualTo("Red (set by officers: The fire safety review found failings the risks do not yet show; "
					+ "its risks are at Green)");
		assertThat(areas.amberRecentlyRed()).extracting(AreaEntry::title).containsExactly("Workforce");
		assertThat(areas.newAreas()).extracting(AreaEntry::title).containsExactly("Climate change");
		assertThat(areas.all()).hasSize(6)
			.extracting(AreaEntry::title)
			.as("the red first, then amber, then green")
			.containsExactly("Financial control", "Property", "Safeguarding vulnerable children", "Climate change",
					"Information governance", "Workforce");
		assertThat(areas.all()).filteredOn(a -> a.code().equals("OTHER")).isEmpty();

		CabinetReport report = draft();
		String html = text(this.renderer.render(report, Part.A, ReportFormat.HTML, null), ReportFormat.HTML);
		assertThat(html).contains("30 risks, 3 red, in 6 risk areas.", "Red risk areas",
				"Medium Term Financial Plan reviewed each month",
				"Amber risk areas included as red in the last 12 months", "Workforce", "New risk areas",
				"Climate change (new)", "Carbon management plan agreed by Cabinet");
		byte[] pdf = this.renderer.render(report, Part.A, ReportFormat.PDF, "Draft: not yet published");
		assertThat(PdfUa.violations(pdf)).isEmpty();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(
					"30 risks, 3 red, in 6 risk areas.", "Amber risk areas included as red in the last 12 months",
					"Climate change (new)");
		}
		for (ReportFormat format : new ReportFormat[] { ReportFormat.DOCX, ReportFormat.XLSX }) {
			assertThat(text(this.renderer.render(report, Part.A, format, null), format)).as(format.name())
				.contains("30 risks, 3 red", "Financial control", "Workforce", "Climate change",
						"The fire safety review found failings");
		}
	}

	@Test
	void aRiskInNoAreaIsCountedSo() {
		RiskReference data5 = new RiskReference("ARA-DATA5");
		move(data5, "");
		try {
			RiskAreaSection areas = draft().risks().areas();
			assertThat(areas.summary()).isEqualTo("30 risks, 3 red, in 6 risk areas. 1 risk (none red) is in no area.");
			assertThat(areas.all()).filteredOn(a -> a.code().equals("DATA"))
				.singleElement()
				.satisfies(a -> assertThat(a.risks()).isEqualTo(4));
			String register = Http.getAsAdmin(this.port, "/risks?area=_none").body();
			assertThat(register).contains("ARA-DATA5").doesNotContain("ARA-DATA4");
		}
		finally {
			move(data5, "DATA");
		}
		assertThat(this.jdbc
			.sql("select before, after from audit_event where subject = 'ARA-DATA5' and action = 'CHANGED'")
			.query((rs, row) -> rs.getString(1) + " => " + rs.getString(2))
			.list())
			.anySatisfy(change -> assertThat(change).contains("area: DATA (Information governance)", "No area"));
	}

	@Test
	void theRegisterHeatMapAndApiFilterByArea() {
		String register = Http.getAsAdmin(this.port, "/risks?area=WORK").body();
		assertThat(register)
			.contains("Risk and opportunity registers: <span>Workforce</span>", "ARA-WORK1", "ARA-WORK5")
			.doesNotContain("ARA-FIN1", "ARA-SAFE1")
			.as("the links to the heat map keep the area")
			.contains("href=\"/risks/heat-map?area=WORK\"");

		String heatMap = Http.getAsAdmin(this.port, "/risks/heat-map?area=FIN").body();
		assertThat(heatMap).contains("Financial control", "ARA-FIN1", "ARA-FIN5")
			.doesNotContain("ARA-SAFE1", "ARA-WORK1")
			.contains("href=\"/risks?area=FIN\"");
		String oneRegister = Http.getAsAdmin(this.port, "/risks/heat-map?register=ARA-CRR&area=FIN").body();
		// FIN2 and FIN5 are on the corporate register, FIN1 on the project's
		assertThat(oneRegister).contains("ARA-FIN2", "ARA-FIN5").doesNotContain("ARA-FIN1", "ARA-SAFE2");

		JsonNode rows = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/risks?area=SAFE").body());
		assertThat(rows).hasSize(5);
		rows.forEach(row -> {
			assertThat(row.get("area").asString()).isEqualTo("SAFE");
			assertThat(row.get("areaTitle").asString()).isEqualTo("Safeguarding vulnerable children");
		});
		JsonNode one = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/risks/ARA-CLIM1").body());
		assertThat(one.get("summary").get("area").asString()).isEqualTo("CLIM");

		JsonNode areas = JSON.readTree(Http.getAsAdmin(this.port, "/api/v1/councils/ARA/risk-areas").body());
		assertThat(areas).hasSize(6);
		JsonNode property = find(areas, "PROP");
		assertThat(property.get("level").asString()).isEqualTo("Red");
		assertThat(property.get("levelSet").asBoolean()).isTrue();
		assertThat(property.get("workedOutLevel").asString()).isEqualTo("Green");
		assertThat(find(areas, "FIN").get("red").asInt()).isEqualTo(2);
	}

	@Test
	void aRiskManagerOfAnotherCouncilCannotChangeItsAreas() {
		Actor other = new Actor(null, "Other risk manager",
				List.of(new Grant(Role.RISK_MANAGER, unit("ARX").id(), null)));
		RiskArea fin = this.views.area("FIN").orElseThrow();
		assertThatThrownBy(() -> this.management.changeArea(other, change(fin, "Financial resilience", fin.version())))
			.isInstanceOf(NotPermitted.class)
			.hasMessageContaining("outside the part of the council your role covers");
		assertThatThrownBy(() -> this.management.addArea(other, unit("ARA"),
				new RiskAreaChange("NEWX", null, "Roads", null, null, null, null, null, false)))
			.isInstanceOf(NotPermitted.class);

		TestUsers.ensure(this.context, "arx-risk", "arx-risk@example.org", Role.RISK_MANAGER, "ARX");
		SignedIn session = SignedIn.as(this.port, "arx-risk", TestUsers.PASSWORD);
		assertThat(session.get("/risks/areas/FIN/edit").body())
			.contains("outside the part of the council your role covers");
		HttpResponse<String> refused = session.post("/risks/areas/FIN/edit",
				Map.of("code", "FIN", "title", "Financial resilience", "version", String.valueOf(fin.version())));
		assertThat(refused.body()).contains("outside the part of the council your role covers");
		assertThat(session.get("/risks/areas").body()).as("the page offers no change to another council's areas")
			.doesNotContain("/risks/areas/FIN/edit");
		assertThat(this.views.area("FIN").orElseThrow().title()).isEqualTo("Financial control");
	}

	@Test
	void aRiskManagerOfTheCouncilChangesAnAreaOnItsPageAuditedWithBeforeAndAfter() {
		TestUsers.ensure(this.context, "ara-risk", "ara-risk@example.org", Role.RISK_MANAGER, "ARA");
		SignedIn session = SignedIn.as(this.port, "ara-risk", TestUsers.PASSWORD);
		HttpResponse<String> added = session.post("/risks/areas/ARA/new",
				Map.of("code", "ROADS", "title", "Highways", "lead", "Director of Economy", "mitigations",
						"Winter service plan", "level", "", "levelReason", "", "since", "2019-07-01"));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		RiskArea roads = this.views.area("ROADS").orElseThrow();
		assertThat(roads.since()).isEqualTo(LocalDate.of(2019, 7, 1));

		HttpResponse<String> changed = session.post("/risks/areas/ROADS/edit",
				Map.of("title", "Highways and transport", "lead", "Director of Economy", "mitigations",
						"Winter service plan", "level", "amber", "levelReason", "Flood damage not yet scored", "since",
						"2019-07-01", "version", String.valueOf(roads.version())));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
		RiskArea after = this.views.area("ROADS").orElseThrow();
		assertThat(after.title()).isEqualTo("Highways and transport");
		assertThat(after.setLevel()).as("written as the council's level is").isEqualTo("Amber");
		assertThat(this.jdbc.sql("select action, before, after from audit_event where subject = 'ROADS' order by id")
			.query((rs, row) -> rs.getString(1) + ": " + rs.getString(2) + " => " + rs.getString(3))
			.list())
			.satisfiesExactly(a -> assertThat(a).startsWith("AREA_ADDED").contains("title: Highways"),
					c -> assertThat(c).startsWith("AREA_CHANGED")
						.contains("title: Highways\n", "title: Highways and transport",
								"level: Amber, set: Flood damage not yet scored", "worked out from its risks"));

		HttpResponse<String> stale = session.post("/risks/areas/ROADS/edit",
				Map.of("title", "Roads", "since", "2019-07-01", "version", String.valueOf(roads.version())));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(this.views.area("ROADS").orElseThrow().title()).isEqualTo("Highways and transport");
	}

	@Test
	void eachMistakeIsSaidAndNothingIsSaved() {
		OrganisationUnit council = unit("ARA");
		RiskArea work = this.views.area("WORK").orElseThrow();
		assertThat(refusal(() -> this.management.addArea(TestUsers.SYSTEM, council,
				new RiskAreaChange("bad code!", null, "Bad", null, null, null, null, null, false))))
			.isEqualTo("code: " + RiskArea.CODE_RULE);
		assertThat(refusal(() -> this.management.addArea(TestUsers.SYSTEM, council,
				new RiskAreaChange("WORK2", null, "workforce ", null, null, null, null, null, false))))
			.isEqualTo(
					"title: Area County Council already has a risk area called workforce; give this one another title.");
		assertThat(refusal(() -> this.management.changeArea(TestUsers.SYSTEM,
				new RiskAreaChange("WORK", work.version(), "Workforce", null, null, "Purple", "Because", null, false))))
			.startsWith("level: Set the level of Workforce to one of the levels of Area County Council: ");
		assertThat(refusal(() -> this.management.changeArea(TestUsers.SYSTEM,
				new RiskAreaChange("WORK", work.version(), "Workforce", null, null, "Red", null, null, false))))
			.startsWith("levelReason: Give the reason");
		assertThat(refusal(() -> this.management.changeArea(TestUsers.SYSTEM,
				new RiskAreaChange("WORK", work.version(), "Workforce", null, null, null, null, null, true))))
			.isEqualTo("retired: Workforce still holds 5 open risks: move them to another area before retiring it.");
		assertThatThrownBy(
				() -> this.management.changeArea(TestUsers.SYSTEM, change(work, "Staff", work.version() + 7)))
			.isInstanceOf(StaleChange.class);
		assertThatThrownBy(() -> this.management.edit(TestUsers.SYSTEM, edit("ARA-WORK2", "OTHER")))
			.isInstanceOf(RiskChangeRejected.class)
			.hasMessage("The risk area OTHER is another council's; choose one of Area County Council's, or none.");
		assertThat(this.views.area("WORK").orElseThrow()).isEqualTo(work);
		assertThat(this.risks.findByReference("ARA-WORK2").orElseThrow().areaId()).isEqualTo(work.id());

		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		String blank = admin.post("/risks/areas/ARA/new", Map.of("code", "EMPTY", "title", " ")).body();
		assertThat(blank).contains("There is a problem", "href=\"#title\"", "Enter the area&#39;s title");
		String badLevel = admin
			.sendJson("PUT", "/api/v1/risk-areas/WORK",
					"{\"title\":\"Workforce\",\"level\":\"Purple\",\"levelReason\":\"x\",\"version\":" + work.version()
							+ "}")
			.body();
		assertThat(badLevel).contains("\"field\":\"level\"", "Set the level of Workforce");
		assertThat(this.views.area("EMPTY")).isEmpty();

		assertThatThrownBy(() -> this.csvImport.run(List.of(file("risks.csv", """
				reference,register_code,kind,title,area_code
				ARA-NEW1,ARA-CRR,risk,A risk in another council's area,OTHER
				ARA-NEW2,ARA-CRR,risk,A risk in an area nobody has,NOWHERE
				""")), TestUsers.SYSTEM)).isInstanceOf(ImportFailedException.class)
			.satisfies(ex -> assertThat(((ImportFailedException) ex).problems()).extracting(Object::toString)
				.anySatisfy(p -> assertThat(p).contains("row 2", "area_code", "OTHER is a risk area of ARX"))
				.anySatisfy(
						p -> assertThat(p).contains("row 3", "area_code", "no risk area has the code \"NOWHERE\"")));
		assertThat(this.risks.findByReference("ARA-NEW1")).isEmpty();
	}

	@Test
	void aPublishedReportKeepsItsAreasAndOneFromBeforeAreasReadsAsItDid() throws IOException {
		Actor officer = TestUsers.everywhere("Ann Officer", Role.PERFORMANCE_OFFICER);
		PublishedReport published = this.publishing
			.publish(officer, this.scorecardId, Q2, this.publishing.fingerprint(draft()))
			.orElseThrow();
		assertThat(this.published.content(published).risks().areas().count()).isEqualTo("30 risks, 3 red");

		// as Beacon stored a report before it kept areas: no areas in the risks
		String content = this.jdbc.sql("select content from published_report where id = ?")
			.param(published.id())
			.query(String.class)
			.single();
		JsonNode tree = JSON.readTree(content);
		((tools.jackson.databind.node.ObjectNode) tree.get("risks")).remove("areas");
		CabinetReport old = JSON.treeToValue(tree, CabinetReport.class);
		assertThat(old.risks().areas()).isNull();
		for (ReportFormat format : new ReportFormat[] { ReportFormat.HTML, ReportFormat.DOCX, ReportFormat.XLSX }) {
			assertThat(text(this.renderer.render(old, Part.A, format, null), format)).as(format.name())
				.doesNotContain("Risk areas", "30 risks, 3 red");
		}
	}

	private CabinetReport draft() {
		return this.drafts.draft(this.scorecardId, Optional.of(Q2)).orElseThrow();
	}

	private void move(RiskReference reference, String area) {
		var risk = this.risks.findByReference(reference.value()).orElseThrow();
		this.management.edit(TestUsers.SYSTEM,
				new RiskEdit(reference, risk.version(), risk.title(), risk.description(), risk.category(),
						risk.consequences(), risk.owner(), risk.ownerEmail(), risk.reviewMonths(), risk.response(),
						risk.restricted(), risk.restrictedFields(), area));
	}

	private RiskEdit edit(String reference, String area) {
		var risk = this.risks.findByReference(reference).orElseThrow();
		return new RiskEdit(new RiskReference(reference), risk.version(), risk.title(), null, null, null, null, null,
				risk.reviewMonths(), null, false, java.util.Set.of(), area);
	}

	private static RiskAreaChange change(RiskArea area, String title, int version) {
		return new RiskAreaChange(area.code(), version, title, area.lead(), area.mitigations(), area.setLevel(),
				area.setLevelReason(), area.since(), area.retired());
	}

	private static String refusal(Runnable change) {
		try {
			change.run();
		}
		catch (RiskAreaRejected ex) {
			return ex.field() + ": " + ex.getMessage();
		}
		throw new AssertionError("the change was not refused");
	}

	private OrganisationUnit unit(String code) {
		return this.units.findByCode(code).orElseThrow();
	}

	private static JsonNode find(JsonNode array, String code) {
		List<JsonNode> found = new ArrayList<>();
		array.forEach(node -> {
			if (node.get("code").asString().equals(code)) {
				found.add(node);
			}
		});
		return found.get(0);
	}

	private static String text(byte[] bytes, ReportFormat format) throws IOException {
		if (format == ReportFormat.DOCX) {
			try (XWPFWordExtractor extractor = new XWPFWordExtractor(
					new XWPFDocument(new ByteArrayInputStream(bytes)))) {
				return extractor.getText();
			}
		}
		if (format == ReportFormat.XLSX) {
			try (XSSFExcelExtractor extractor = new XSSFExcelExtractor(
					new XSSFWorkbook(new ByteArrayInputStream(bytes)))) {
				return extractor.getText();
			}
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
