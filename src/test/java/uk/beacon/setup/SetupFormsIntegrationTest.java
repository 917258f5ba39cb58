package uk.beacon.setup;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

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
import uk.beacon.access.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-up pages' forms: each mistake beside its field and nothing saved, a code
 * already taken refused (never the definition it names overwritten), and a role over one
 * council refused the others.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetupFormsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private SignedIn officer;

	@BeforeAll
	void officer() {
		TestUsers.ensure(this.context, "setup-forms", "setup-forms@test.example", Role.PERFORMANCE_OFFICER, null);
		this.officer = SignedIn.as(this.port, "setup-forms", TestUsers.PASSWORD);
		this.officer.post("/setup/organisation", Map.of("name", "Forms Council", "code", "SFC", "kind", "COUNCIL"));
		this.officer.post("/setup/organisation",
				Map.of("name", "Forms Directorate", "code", "SFC-D", "kind", "DIRECTORATE", "parent", "SFC"));
	}

	@Test
	void anEmptyUnitFormSaysWhatEachFieldNeeds() {
		HttpResponse<String> empty = this.officer.post("/setup/organisation", Map.of("name", " ", "code", "a b"));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Enter the unit&#39;s name", "Enter a code of 1 to 40 letters",
				"Choose whether it is a council, a directorate or a service", "href=\"#name\"", "href=\"#code\"");
		HttpResponse<String> misplaced = this.officer.post("/setup/organisation",
				Map.of("name", "Misplaced", "code", "SFC-X", "kind", "SERVICE", "parent", "SFC"));
		assertThat(misplaced.body()).contains("A service cannot sit below a council");
		HttpResponse<String> taken = this.officer.post("/setup/organisation",
				Map.of("name", "Another", "code", "SFC-D", "kind", "DIRECTORATE", "parent", "SFC"));
		assertThat(taken.body()).contains("There is already a unit with the code SFC-D");
		HttpResponse<String> capitals = this.officer.post("/setup/organisation",
				Map.of("name", "Another", "code", "sfc-d", "kind", "DIRECTORATE", "parent", "SFC"));
		assertThat(capitals.body()).as("a code differing only in capitals")
			.contains("There is already a unit with the code SFC-D");
		assertThat(
				this.jdbc.sql("select name from organisation_unit where code = 'SFC-D'").query(String.class).single())
			.isEqualTo("Forms Directorate");
	}

	@Test
	void twoPeopleRenamingAUnitAreNeverOverwrittenSilently() {
		this.officer.post("/setup/organisation",
				Map.of("name", "Forms Service", "code", "SFC-S", "kind", "SERVICE", "parent", "SFC-D"));
		HttpResponse<String> mine = this.officer.get("/setup/organisation/SFC-S");
		String seen = SignedIn.hiddenField(mine, "seen");
		HttpResponse<String> theirs = this.officer.get("/setup/organisation/SFC-S");
		assertThat(this.officer
			.post("/setup/organisation/SFC-S", Map.of("name", "Forms and Letters", "kind", "SERVICE", "parent", "SFC-D",
					"seen", SignedIn.hiddenField(theirs, "seen")))
			.statusCode()).isEqualTo(302);

		HttpResponse<String> late = this.officer.post("/setup/organisation/SFC-S",
				Map.of("name", "Forms Office", "kind", "SERVICE", "parent", "SFC-D", "seen", seen));

		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body()).contains("Someone else changed Forms and Letters since you opened this page")
			.contains("value=\"Forms Office\"");
		assertThat(
				this.jdbc.sql("select name from organisation_unit where code = 'SFC-S'").query(String.class).single())
			.isEqualTo("Forms and Letters");
		// saving again, from the page that said so, replaces their change knowingly
		assertThat(this.officer
			.post("/setup/organisation/SFC-S", Map.of("name", "Forms Office", "kind", "SERVICE", "parent", "SFC-D",
					"seen", SignedIn.hiddenField(late, "seen")))
			.statusCode()).isEqualTo(302);
		assertThat(
				this.jdbc.sql("select name from organisation_unit where code = 'SFC-S'").query(String.class).single())
			.isEqualTo("Forms Office");
	}

	@Test
	void aNewIndicatorNeverOverwritesOneWithItsCode() {
		Map<String, String> form = indicator("SFC-1", "First title");
		HttpResponse<String> added = this.officer.post("/setup/indicators/new", form);
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(added.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/indicators/SFC-1/targets/new"));
		HttpResponse<String> again = this.officer.post("/setup/indicators/new", indicator("SFC-1", "Second title"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("There is already an indicator with the code SFC-1");
		assertThat(this.officer.post("/setup/indicators/new", indicator("sfc-1", "Second title")).body())
			.contains("There is already an indicator with the code SFC-1");
		assertThat(this.jdbc.sql("select title from indicator where code = 'SFC-1'").query(String.class).single())
			.isEqualTo("First title");

		Map<String, String> wrong = indicator("SFC-2", "Line\nbreak");
		wrong.put("decimalPlaces", "9");
		wrong.put("polarity", "SIDEWAYS");
		wrong.put("ownerEmail", "not an address");
		HttpResponse<String> mistakes = this.officer.post("/setup/indicators/new", wrong);
		assertThat(mistakes.statusCode()).isEqualTo(200);
		assertThat(mistakes.body()).contains("or a line break", "Enter the decimal places shown, 0 to 6",
				"Choose which way is better", "Enter the owner&#39;s e-mail address in full");
		assertThat(this.jdbc.sql("select count(*) from indicator where code = 'SFC-2'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aNewScorecardOpensItsLayoutAndACodeTakenIsRefused() {
		Map<String, String> form = new HashMap<>(Map.of("code", "SFC-SC", "name", "Forms scorecard", "unit", "SFC",
				"kind", "CORPORATE", "section", "People", "sectionKind", "OBJECTIVE", "period", "Q1 2025/26"));
		HttpResponse<String> added = this.officer.post("/setup/scorecards/new", form);
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/layout"));
		form.put("name", "Another name");
		HttpResponse<String> again = this.officer.post("/setup/scorecards/new", form);
		assertThat(again.body()).contains("There is already a scorecard with the code SFC-SC");
		form.put("code", "sfc-sc");
		assertThat(this.officer.post("/setup/scorecards/new", form).body())
			.contains("There is already a scorecard with the code SFC-SC");
		form.put("code", "SFC-SC2");
		form.put("period", "Q9 2025/26");
		assertThat(this.officer.post("/setup/scorecards/new", form).body())
			.contains("Enter the quarter it opens at, like Q1 2026/27");
	}

	@Test
	void anOfficerOfPartOfTheCouncilKeepsOnlyThatPart() {
		TestUsers.ensure(this.context, "setup-part", "setup-part@test.example", Role.PERFORMANCE_OFFICER, "SFC-D");
		SignedIn part = SignedIn.as(this.port, "setup-part", TestUsers.PASSWORD);
		HttpResponse<String> council = part.get("/setup/organisation/SFC");
		assertThat(council.statusCode()).isEqualTo(403);
		assertThat(council.body()).contains("outside the part of the council your role covers");
		assertThat(part.get("/setup/organisation/SFC-D").statusCode()).isEqualTo(200);

		// an indicator not for publication needs the restricted reader's permission too,
		// or its keeper could not see it once added
		Map<String, String> hidden = indicator("SFC-HIDDEN", "Kept from the public");
		hidden.put("isPublic", "no");
		HttpResponse<String> refused = part.post("/setup/indicators/new", hidden);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("restricted reader");
		assertThat(this.jdbc.sql("select count(*) from indicator where code = 'SFC-HIDDEN'").query(Long.class).single())
			.isZero();

		// the checklist speaks of their part, and offers to add there
		String checklist = part.get("/setup").body();
		assertThat(checklist).contains("Forms Council", "/setup/indicators/new?unit=SFC-D");
	}

	@Test
	void theChecklistSaysWhatIsLeftToDo() {
		String page = this.officer.get("/setup").body();
		assertThat(page).contains("Forms Council", "Add an indicator", "Add a scorecard");
	}

	private static Map<String, String> indicator(String code, String title) {
		return new HashMap<>(Map.of("code", code, "title", title, "unit", "SFC-D", "measure", "percent",
				"decimalPlaces", "1", "polarity", "HIGHER_IS_BETTER", "frequency", "QUARTERLY", "accumulation",
				"SNAPSHOT", "arrearsMonths", "0", "isPublic", "yes"));
	}

}
