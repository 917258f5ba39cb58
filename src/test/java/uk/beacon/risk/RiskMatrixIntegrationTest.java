package uk.beacon.risk;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Audience;
import uk.beacon.access.Role;
import uk.beacon.audit.AuditTrail;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.organisation.OrganisationUnits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council's matrix and bands changed on screen: the preview names the open risks that
 * would change level (and counts the restricted ones the person may not see), lists the
 * assessments a smaller matrix could not hold and then offers no save; only what was
 * previewed is saved, a colleague's change is never overwritten, and each mistake is said
 * beside its field.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskMatrixIntegrationTest {

	private static final List<String> IMPACT = List.of("Insignificant", "Minor", "Moderate", "Major", "Catastrophic");

	private static final List<String> LIKELIHOOD = List.of("Rare", "Unlikely", "Possible", "Likely", "Certain");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	RiskViews views;

	@Autowired
	RiskManagement management;

	@Autowired
	OrganisationUnits units;

	@Autowired
	AuditTrail audit;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				MX1,Matrix Council,council,
				MX1-R,Matrix Resources,directorate,MX1
				MX2,Matrix Two Council,council,
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code,escalates_to
				MX1-CRR,Matrix corporate register,corporate,MX1,
				MX2-CRR,Matrix Two corporate register,corporate,MX2,
				"""), file("risks.csv", """
				reference,register_code,kind,title,status,restricted
				MX1-1,MX1-CRR,risk,Savings not delivered,open,no
				MX1-2,MX1-CRR,risk,School places,open,no
				MX1-3,MX1-CRR,risk,Cyber attack,open,yes
				MX1-4,MX1-CRR,risk,Old depot lease,closed,no
				MX1-5,MX1-CRR,risk,Recruitment,open,no
				MX2-1,MX2-CRR,risk,Another council's risk,open,no
				"""), file("risk-assessments.csv", """
				reference,assessed_on,reporting_period,current_impact,current_likelihood
				MX1-1,30/09/2019,Q2 2019/20,4,3
				MX1-2,30/09/2019,Q2 2019/20,5,5
				MX1-3,30/09/2019,Q2 2019/20,3,4
				MX1-4,30/09/2019,Q2 2019/20,4,3
				MX1-5,30/09/2019,Q2 2019/20,2,2
				MX2-1,30/09/2019,Q2 2019/20,4,3
				""")), TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "mx1-risk", "mx1-risk@test.example", Role.RISK_MANAGER, "MX1");
		TestUsers.ensure(this.context, "mx1-r-risk", "mx1-r-risk@test.example", Role.RISK_MANAGER, "MX1-R");
		TestUsers.ensure(this.context, "mx1-reader", "mx1-reader@test.example", Role.READER, "MX1");
	}

	@Test
	void thePreviewNamesTheRisksThatWouldChangeLevelAndOnlyWhatWasPreviewedIsSaved() {
		SignedIn riskManager = SignedIn.as(this.port, "mx1-risk", TestUsers.PASSWORD);
		HttpResponse<String> page = riskManager.get("/risks/matrix/MX1");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Change the risk matrix and bands", "value=\"Catastrophic\"",
				"value=\"Certain\"");
		String opened = SignedIn.hiddenField(page, "fingerprint");

		// amber stops at 10: a 12 becomes red
		Map<String, String> form = matrix(opened, 5, IMPACT, LIKELIHOOD, "1,6,Green,GREEN", "8,10,Amber,AMBER",
				"12,25,Red,RED");
		HttpResponse<String> preview = riskManager.post("/risks/matrix/MX1", form);
		assertThat(preview.statusCode()).isEqualTo(200);
		String body = preview.body();
		assertThat(body).contains("1 open risk would change level", "MX1-1", "Savings not delivered",
				"One restricted risk you may not see would change level too.", "Save the matrix and bands");
		assertThat(body).as("a closed risk, an unchanged one, another council's")
			.doesNotContain("MX1-4", "MX1-5", "MX2-1");
		assertThat(level("MX1-1")).as("nothing saved by a preview").isEqualTo("Amber");

		// the form changed after the preview: previewed again, not saved
		Map<String, String> edited = new HashMap<>(form);
		edited.put("previewed", SignedIn.hiddenField(preview, "previewed"));
		edited.put("bands[2].level", "Red (high)");
		edited.put("action", "save");
		HttpResponse<String> notPreviewed = riskManager.post("/risks/matrix/MX1", edited);
		assertThat(notPreviewed.statusCode()).isEqualTo(200);
		assertThat(notPreviewed.body()).contains("The form changed after the last preview, so nothing was saved");
		assertThat(level("MX1-1")).isEqualTo("Amber");

		Map<String, String> save = new HashMap<>(form);
		save.put("previewed", SignedIn.hiddenField(preview, "previewed"));
		save.put("action", "save");
		HttpResponse<String> saved = riskManager.post("/risks/matrix/MX1", save);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(level("MX1-1")).isEqualTo("Red");
		assertThat(level("MX1-3")).isEqualTo("Red");
		assertThat(level("MX2-1")).as("another council's matrix is its own").isEqualTo("Amber");
		assertThat(riskManager.get("/risks/matrix").body()).contains("12 to 25");
		assertThat(this.audit.about("RISK_MATRIX", "MX1")).filteredOn(e -> e.action().equals("MATRIX_CHANGED"))
			.singleElement()
			.satisfies(e -> assertThat(e.actor()).contains("(mx1-risk)"));

		// the same page sent again by a colleague who opened it before: refused whole
		HttpResponse<String> stale = riskManager.post("/risks/matrix/MX1",
				matrix(opened, 5, IMPACT, LIKELIHOOD, "1,4,Green,GREEN", "5,12,Amber,AMBER", "15,25,Red,RED"));
		assertThat(stale.statusCode()).as("previewed, since nothing saves unseen").isEqualTo(200);
		Map<String, String> staleSave = matrix(opened, 5, IMPACT, LIKELIHOOD, "1,4,Green,GREEN", "5,12,Amber,AMBER",
				"15,25,Red,RED");
		staleSave.put("previewed", SignedIn.hiddenField(stale, "previewed"));
		staleSave.put("action", "save");
		assertThat(riskManager.post("/risks/matrix/MX1", staleSave).statusCode()).isEqualTo(409);
		assertThat(level("MX1-1")).isEqualTo("Red");
		// from the page in a browser: the page again, saying why, with what was typed
		HttpResponse<String> fromPage = riskManager.postFrom("/risks/matrix/MX1", "/risks/matrix/MX1", staleSave);
		assertThat(fromPage.statusCode()).isEqualTo(409);
		assertThat(fromPage.body()).contains(
				"Someone else changed the risk matrix of Matrix Council since you opened this page", "value=\"1\"",
				"value=\"4\"", "Save the matrix and bands");
	}

	@Test
	void aSmallerMatrixThatAnAssessmentWouldNotFitIsShownWhyAndCannotBeSaved() {
		SignedIn riskManager = SignedIn.as(this.port, "mx1-risk", TestUsers.PASSWORD);
		String opened = SignedIn.hiddenField(riskManager.get("/risks/matrix/MX1"), "fingerprint");
		int entries = this.audit.about("RISK_MATRIX", "MX1").size();

		// a new number of levels gives a row for each, to be filled in
		Map<String, String> fewer = matrix(opened, 5, IMPACT, LIKELIHOOD, "1,6,Green,GREEN", "8,12,Amber,AMBER",
				"15,25,Red,RED");
		fewer.put("size", "4");
		HttpResponse<String> resized = riskManager.post("/risks/matrix/MX1", fewer);
		assertThat(resized.body()).doesNotContain("value=\"Catastrophic\"");

		Map<String, String> form = matrix(opened, 4, IMPACT.subList(0, 4), LIKELIHOOD.subList(0, 4), "1,4,Green,GREEN",
				"5,9,Amber,AMBER", "10,16,Red,RED");
		HttpResponse<String> preview = riskManager.post("/risks/matrix/MX1", form);
		assertThat(preview.body()).contains("Assessments it cannot hold",
				"MX1-2, assessed 30 September 2019: current 25 (impact 5 × likelihood 5) does not fit the 4×4 matrix");
		assertThat(preview.body()).doesNotContain("Save the matrix and bands");

		form.put("previewed", SignedIn.hiddenField(preview, "previewed"));
		form.put("action", "save");
		assertThat(riskManager.post("/risks/matrix/MX1", form).statusCode()).isEqualTo(200);
		assertThat(this.views.matrixOfCouncil(this.units.findByCode("MX1").orElseThrow()).size()).isEqualTo(5);
		assertThat(this.audit.about("RISK_MATRIX", "MX1")).hasSize(entries);
	}

	@Test
	void eachMistakeIsSaidBesideItsFieldAndNothingIsSaved() {
		SignedIn riskManager = SignedIn.as(this.port, "mx1-risk", TestUsers.PASSWORD);
		String opened = SignedIn.hiddenField(riskManager.get("/risks/matrix/MX1"), "fingerprint");
		int entries = this.audit.about("RISK_MATRIX", "MX1").size();

		HttpResponse<String> gap = riskManager.post("/risks/matrix/MX1",
				matrix(opened, 5, IMPACT, LIKELIHOOD, "1,6,Green,GREEN", "15,25,Red,RED"));
		assertThat(gap.body()).contains("No band covers the score 8");

		HttpResponse<String> words = riskManager.post("/risks/matrix/MX1",
				matrix(opened, 5, List.of("Insignificant", "Minor", "Minor", "3", "Catastrophic"), LIKELIHOOD,
						"1,six,Green,GREEN", "8,12,Amber,", "25,15,Red,RED"));
		assertThat(words.statusCode()).isEqualTo(200);
		assertThat(words.body()).contains("Impact levels 2 and 3 are both labelled &quot;Minor&quot;",
				"own (4), because a number is read as a level",
				"Enter the highest score of band 1 as a whole number, like 12", "Choose the colour of band 2",
				"Band 3 ends at 15, below its lowest score 25", "href=\"#impact-2\"", "href=\"#band-to-0\"",
				"href=\"#band-colour-1\"");

		// a character no one types is refused beside its field before anything else
		HttpResponse<String> hidden = riskManager.post("/risks/matrix/MX1",
				matrix(opened, 5, List.of("Insignificant", "Minor", "Moderate", "Major", "Cat\u0007astrophic"),
						LIKELIHOOD, "1,25,Green,GREEN"));
		assertThat(hidden.statusCode()).isEqualTo(200);
		assertThat(hidden.body()).contains("control or text-direction character", "href=\"#impact");

		// band rows numbered with gaps, as no page sends them: the empty rows are no
		// bands
		Map<String, String> gaps = matrix(opened, 5, IMPACT, LIKELIHOOD, "1,6,Green,GREEN");
		gaps.put("bands[3].from", "8");
		gaps.put("bands[3].to", "25");
		gaps.put("bands[3].level", "Red");
		gaps.put("bands[3].colour", "RED");
		HttpResponse<String> gapped = riskManager.post("/risks/matrix/MX1", gaps);
		assertThat(gapped.statusCode()).isEqualTo(200);
		assertThat(gapped.body()).contains("What the 5×5 matrix would change");

		for (String size : List.of("11", "1", "five", "")) {
			Map<String, String> form = matrix(opened, 5, IMPACT, LIKELIHOOD, "1,6,Green,GREEN", "8,12,Amber,AMBER",
					"15,25,Red,RED");
			form.put("size", size);
			HttpResponse<String> answer = riskManager.post("/risks/matrix/MX1", form);
			assertThat(answer.statusCode()).as(size).isEqualTo(200);
			assertThat(answer.body()).as(size).contains("Choose from 2 to 10 levels on each axis");
		}
		assertThat(this.audit.about("RISK_MATRIX", "MX1")).hasSize(entries);
	}

	@Test
	void onlyThoseWhoKeepTheWholeCouncilsRegistersMayChangeItsMatrix() {
		SignedIn directorateOnly = SignedIn.as(this.port, "mx1-r-risk", TestUsers.PASSWORD);
		HttpResponse<String> page = directorateOnly.get("/risks/matrix/MX1");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("outside the part of the council your role covers");
		assertThat(directorateOnly.get("/risks/matrix").body()).doesNotContain("Change the matrix and bands");
		assertThat(SignedIn.as(this.port, "mx1-reader", TestUsers.PASSWORD).get("/risks/matrix/MX1").statusCode())
			.isEqualTo(403);
		assertThat(SignedIn.as(this.port, "mx1-risk", TestUsers.PASSWORD).get("/risks/matrix/MX2").statusCode())
			.isEqualTo(403);
		assertThat(SignedIn.as(this.port, "mx1-risk", TestUsers.PASSWORD).get("/risks/matrix").body())
			.contains("/risks/matrix/MX1")
			.doesNotContain("/risks/matrix/MX2");
		assertThat(directorateOnly.get("/risks/matrix/NOPE").statusCode()).isEqualTo(404);
	}

	private String level(String reference) {
		return this.views.risk(reference, Audience.everywhere()).orElseThrow().summary().level().level();
	}

	/** The form: size, the words of each axis, then bands as "from,to,level,COLOUR". */
	private static Map<String, String> matrix(String fingerprint, int size, List<String> impact,
			List<String> likelihood, String... bands) {
		Map<String, String> form = new HashMap<>();
		form.put("fingerprint", fingerprint);
		form.put("size", Integer.toString(size));
		for (int i = 0; i < impact.size(); i++) {
			form.put("impact[" + i + "]", impact.get(i));
			form.put("opportunityImpact[" + i + "]", "");
			form.put("likelihood[" + i + "]", likelihood.get(i));
		}
		for (int i = 0; i < bands.length; i++) {
			String[] band = bands[i].split(",", -1);
			form.put("bands[" + i + "].from", band[0]);
			form.put("bands[" + i + "].to", band[1]);
			form.put("bands[" + i + "].level", band[2]);
			form.put("bands[" + i + "].colour", band[3]);
		}
		return form;
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
