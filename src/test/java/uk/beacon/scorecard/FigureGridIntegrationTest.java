package uk.beacon.scorecard;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import uk.beacon.audit.AuditTrail;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.FigureEntry;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Measurements;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quarter's figures entered and corrected on one page by a performance officer on
 * behalf of the owners: new figures recorded, a held one corrected with its reason and
 * the old kept, each audited as entered on the owner's behalf; a mistake said beside its
 * field and nothing saved; a colleague's change never overwritten and what was typed
 * never lost; another council's officer refused.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureGridIntegrationTest {

	private static final FinancialQuarter Q2 = new FinancialQuarter(2025, 2);

	private static final String GRID = "/scorecards/%d/figures?period=Q2%%202025%%2F26";

	private static final Pattern HELD = Pattern.compile("name=\"rows\\[(\\d+)\\]\\.(held|shown)\" value=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	Scorecards scorecards;

	@Autowired
	Indicators indicators;

	@Autowired
	Measurements measurements;

	@Autowired
	IndicatorManagement management;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				FG1,Grid Council,council,
				FG1-D,Grid Children,directorate,FG1
				FG2,Other Grid Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency,owner,public
				FG1-1,Children seen within a week,FG1-D,percent,higher_is_better,quarterly,Olive Owner,yes
				FG1-2,Households in temporary accommodation,FG1-D,number,lower_is_better,quarterly,Harry Housing,yes
				FG1-3,Care leavers in education,FG1-D,percent,higher_is_better,quarterly,Cara Leaver,yes
				FG1-4,Staff grievances,FG1-D,number,lower_is_better,quarterly,Gill HR,no
				FG1-5,Potholes repaired,FG1-D,number,higher_is_better,quarterly,Pat Roads,yes
				FG1-6,Fly-tipping incidents,FG1-D,number,lower_is_better,quarterly,Flo Tipping,yes
				FG1-7,Library visits,FG1-D,number,higher_is_better,quarterly,Lib Rarian,yes
				FG1-8,Missed bin collections,FG1-D,number,lower_is_better,quarterly,Bea Bins,yes
				FG2-1,Another council's figure,FG2,number,higher_is_better,quarterly,,yes
				"""), file("targets.csv", """
				indicator_code,kind,applies_from,value
				FG1-1,value,Q1 2025/26,45
				"""), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value,numerator,denominator,performance_details
				FG1-1,Q1 2025/26,Q1 2025/26,40,,,
				FG1-2,Q2 2025/26,Q2 2025/26,12,,,Imported from the housing system
				FG1-3,Q1 2025/26,Q1 2025/26,,18,30,
				FG1-5,Q2 2025/26,Q2 2025/26,50,,,
				FG1-6,Q2 2025/26,Q2 2025/26,30,,,
				FG1-7,Q2 2025/26,Q2 2025/26,700,,,
				"""),
				file("scorecards.csv",
						"""
																				scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
																				FG1-SC,Grid scorecard,FG1,corporate,Children,objective,FG1-1,Q2 2025/26
																				FG1-SC,Grid scorecard,FG1,corporate,Children,objective,FG1-2,
																				FG1-SC,Grid scorecard,FG1,corporate,Children,objective,FG1-3,
																				FG1-SC,Grid scorecard,FG1,corporate,People,objective,FG1-4,
																				FG1-SC,Grid scorecard,FG1,corporate,People,objective,FG1-5,
																FG1-SC,Grid scorecard,FG1,corporate,People,objective,FG1-6,
												FG1-SC,Grid scorecard,FG1,corporate,People,objective,FG1-7,
								FG1-SC,Grid scorecard,FG1,corporate,People,objective,FG1-8,
																				FG1-SC,Grid scorecard,FG1,corporate,People,objective,FG1-1,
																				""")),
				TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "fg1-officer", "fg1-officer@test.example", Role.PERFORMANCE_OFFICER, "FG1");
		TestUsers.ensure(this.context, "fg2-officer", "fg2-officer@test.example", Role.PERFORMANCE_OFFICER, "FG2");
	}

	@Test
	void anOfficerEntersAndCorrectsTheQuartersFiguresOnOnePage() {
		SignedIn officer = SignedIn.as(this.port, "fg1-officer", TestUsers.PASSWORD);
		HttpResponse<String> page = officer.get(grid());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Figures for Q2 2025/26", "FG1-1", "(Q1 2025/26)", "45", "Owner: Olive Owner",
				"FG1-2", "Held: 12", "FG1-3", "Count", "Of");
		assertThat(page.body()).as("an indicator not for publication, and one on two sections once")
			.doesNotContain("FG1-4");
		assertThat(page.body().split("name=\"rows\\[\\d+\\]\\.key\" value=\"FG1-1/Q2 2025/26\"")).hasSize(2);
		int before = this.audit.about("FIGURE", "FG1-2").size();

		Map<String, String> form = form(page);
		form.put("rows[0].value", "47");
		form.put("rows[0].commentary", "More visits made in time");
		form.put("rows[1].value", "14");
		form.put("rows[1].reason", "The housing system double-counted two families");
		form.put("rows[2].numerator", "21");
		form.put("rows[2].denominator", "30");
		HttpResponse<String> saved = officer.post(grid(), form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(officer.get(location(saved)).body()).contains("Saved 3 figures for Q2 2025/26.");

		assertThat(held("FG1-1").value()).isEqualByComparingTo("47");
		assertThat(held("FG1-1").commentary().performanceDetails()).isEqualTo("More visits made in time");
		assertThat(held("FG1-2").value()).isEqualByComparingTo("14");
		assertThat(held("FG1-2").commentary().performanceDetails()).isEqualTo("Imported from the housing system");
		assertThat(held("FG1-3").numerator()).isEqualByComparingTo("21");
		assertThat(this.jdbc.sql("select value from measurement_history where measurement_id = ?")
			.param(held("FG1-2").id())
			.query(BigDecimal.class)
			.list()).as("the figure corrected is kept")
			.singleElement()
			.satisfies(v -> assertThat(v).isEqualByComparingTo("12"));
		assertThat(SignedIn.anonymous(this.port).get("/indicators/FG1-2").body())
			.as("the indicator's history says the figure was revised, and from what")
			.containsPattern("Revised on \\d{1,2} \\w+ \\d{4}; previously 12");

		assertThat(this.audit.about("FIGURE", "FG1-1")).filteredOn(e -> e.actor().contains("(fg1-officer)"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.actor()).contains("(fg1-officer)");
				assertThat(e.reason()).contains("on behalf of the owner, Olive Owner");
			});
		assertThat(this.audit.about("FIGURE", "FG1-2")).hasSize(before + 1)
			.filteredOn(e -> e.action().equals("FIGURE_CORRECTED"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.before()).contains("value: 12");
				assertThat(e.after()).contains("value: 14");
				assertThat(e.reason()).contains("double-counted", "on behalf of the owner, Harry Housing");
			});

		// sent again unchanged: nothing is saved
		HttpResponse<String> again = officer.post(grid(), form(officer.get(grid())));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(officer.get(location(again)).body()).contains("Nothing had changed, so no figure was saved.");
	}

	@Test
	void aMistakeIsSaidBesideItsFieldWhatWasTypedIsKeptAndNothingIsSaved() {
		SignedIn officer = SignedIn.as(this.port, "fg1-officer", TestUsers.PASSWORD);
		Map<String, String> form = form(officer.get(grid()));
		BigDecimal was = held("FG1-2").value();
		form.put("rows[1].value", "15");
		form.put("rows[0].value", "1E+309");
		form.put("rows[2].numerator", "40");
		form.put("rows[2].denominator", "30");
		HttpResponse<String> answer = officer.post(grid(), form);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Say why FG1-2 for Q2 2025/26 is corrected", "href=\"#reason-1\"",
				"below a million million million", "href=\"#value-0\"", "must be between zero and the denominator",
				"value=\"15\"", "value=\"1E+309\"");
		assertThat(held("FG1-2").value()).isEqualByComparingTo(was);

		form = form(officer.get(grid()));
		form.put("rows[0].value", "forty");
		form.put("rows[0].commentary", "A\u0000B");
		HttpResponse<String> words = officer.post(grid(), form);
		assertThat(words.statusCode()).isEqualTo(200);
		// the character no one types is said first, beside its field
		assertThat(words.body()).contains("control or text-direction character", "href=\"#commentary-0\"");
	}

	@Test
	void aColleaguesChangeIsNeverOverwrittenAndWhatWasTypedIsKept() {
		SignedIn officer = SignedIn.as(this.port, "fg1-officer", TestUsers.PASSWORD);
		Map<String, String> form = form(officer.get(grid()));
		assertThat(form.get("rows[5].key")).isEqualTo("FG1-7/Q2 2025/26");

		// a colleague corrects two figures the officer is changing, and one they are not
		correct("FG1-5", "99");
		correct("FG1-7", "701");
		Measurement untouched = held("FG1-3");
		this.management.enterFigures(TestUsers.SYSTEM,
				List.of(new FigureEntry(untouched.indicatorId(), untouched.dataPeriod(), Q2,
						new FigureEntry.Seen(untouched.id(), untouched.version()), null, new BigDecimal("19"),
						new BigDecimal("30"), untouched.commentary(), "The colleague's correction")));

		form.put("rows[3].value", "20");
		form.put("rows[3].reason", "My correction");
		form.put("rows[5].value", "720");
		form.put("rows[5].reason", "My correction");
		HttpResponse<String> stale = officer.post(grid(), form);
		assertThat(stale.statusCode()).as(problems(stale)).isEqualTo(409);
		assertThat(stale.body()).contains("Someone else changed 2 figures you changed since you opened the page",
				"Someone else changed FG1-5 for Q2 2025/26 since you opened the page", "href=\"#value-3\"",
				"Someone else changed FG1-7 for Q2 2025/26", "href=\"#value-5\"", "value=\"20\"", "value=\"720\"",
				"Held: 99", "Held: 701");
		assertThat(stale.body()).as("a row the officer left alone is not in the way")
			.doesNotContain("Someone else changed FG1-3");
		assertThat(held("FG1-5").value()).isEqualByComparingTo("99");

		// having seen theirs, the officer saves again: only the rows they changed
		HttpResponse<String> saved = officer.post(grid(), form(stale));
		assertThat(saved.statusCode()).as(problems(saved)).isEqualTo(302);
		assertThat(held("FG1-5").value()).isEqualByComparingTo("20");
		assertThat(held("FG1-7").value()).isEqualByComparingTo("720");
		assertThat(held("FG1-3").numerator()).as("the colleague's correction stands").isEqualByComparingTo("19");
	}

	private void correct(String code, String value) {
		Measurement held = held(code);
		this.management.enterFigures(TestUsers.SYSTEM,
				List.of(new FigureEntry(held.indicatorId(), held.dataPeriod(), Q2,
						new FigureEntry.Seen(held.id(), held.version()), new BigDecimal(value), null, null,
						held.commentary(), "The colleague's correction")));
	}

	@Test
	void theOwnersDataRequestForAFigureIsShownBesideIt() {
		uk.beacon.identity.Account account = this.context.getBean(uk.beacon.identity.Accounts.class)
			.findByUsername("fg1-officer")
			.orElseThrow();
		uk.beacon.collection.Collection collection = this.context.getBean(uk.beacon.collection.Collection.class);
		long council = this.context.getBean(uk.beacon.organisation.OrganisationUnits.class)
			.findByCode("FG1")
			.orElseThrow()
			.id();
		collection.open(
				new uk.beacon.identity.Viewer(account.id(), account.username(), account.displayName(), account.email()),
				council, Q2, java.time.LocalDate.now().plusDays(20));
		SignedIn officer = SignedIn.as(this.port, "fg1-officer", TestUsers.PASSWORD);
		String page = officer.get(grid()).body();
		String row = page.substring(page.indexOf("FG1-8/Q2 2025/26") - 2000, page.indexOf("FG1-8/Q2 2025/26"));
		assertThat(row).as("the row of FG1-8, which has no figure yet")
			.contains("Requested from the owner in the collection: not started; "
					+ "approving it later corrects the figure held");
	}

	@Test
	void aQuarterThatHasNotBegunIsShownButItsFiguresWaitAndADecimalCommaIsQueried() {
		SignedIn officer = SignedIn.as(this.port, "fg1-officer", TestUsers.PASSWORD);
		String future = grid().replace("Q2%202025%2F26", "Q1%202100%2F01");
		HttpResponse<String> page = officer.get(future);
		assertThat(page.body()).contains("Q1 2100/01 has not begun").doesNotContain("Save the figures");
		Map<String, String> forged = new HashMap<>(Map.of("rows[0].key", "FG1-1/Q1 2100/01", "rows[0].value", "50"));
		HttpResponse<String> refused = officer.post(future, forged);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("Figures are reported in a quarter once it has begun");
		assertThat(this.measurements.find(this.indicators.findByCode("FG1-1").orElseThrow().id(), "Q1 2100/01"))
			.isEmpty();

		Map<String, String> form = form(officer.get(grid()));
		form.put("rows[4].value", "64,5");
		assertThat(officer.post(grid(), form).body()).contains("with a full stop for decimals, like 64.5");
	}

	@Test
	void anOfficersAssessedStatusIsSetWithItsReasonAndClearedOnScreen() {
		SignedIn officer = SignedIn.as(this.port, "fg1-officer", TestUsers.PASSWORD);
		Map<String, String> form = form(officer.get(grid()));
		assertThat(form.get("rows[4].key")).isEqualTo("FG1-6/Q2 2025/26");

		form.put("rows[4].status", "AMBER");
		HttpResponse<String> reasonless = officer.post(grid(), form);
		assertThat(reasonless.body())
			.contains("Say why FG1-6 for Q2 2025/26 is rated Amber rather than as the rule gives it");
		form.put("rows[4].status", "PURPLE");
		assertThat(officer.post(grid(), form).body())
			.contains("Choose the assessed status of FG1-6 for Q2 2025/26 from the list");
		assertThat(held("FG1-6").override()).isNull();

		form.put("rows[4].status", "AMBER");
		form.put("rows[4].statusReason", "Incidents rose after the tip closed for a week");
		HttpResponse<String> saved = officer.post(grid(), form);
		assertThat(saved.statusCode()).as(problems(saved)).isEqualTo(302);
		assertThat(held("FG1-6").override().status()).isEqualTo(uk.beacon.indicator.Status.AMBER);
		assertThat(held("FG1-6").value()).as("the figure untouched, no reason for a correction needed")
			.isEqualByComparingTo("30");
		assertThat(this.audit.about("FIGURE", "FG1-6")).filteredOn(e -> e.action().equals("STATUS_ASSESSED"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.after()).contains("assessed status: AMBER (Incidents rose");
				assertThat(e.reason()).contains("on behalf of the owner, Flo Tipping");
			});

		// cleared: the rule's status stands again
		Map<String, String> clearing = form(officer.get(grid()));
		assertThat(clearing.get("rows[4].status")).isEqualTo("AMBER");
		clearing.put("rows[4].status", "");
		assertThat(officer.post(grid(), clearing).statusCode()).isEqualTo(302);
		assertThat(held("FG1-6").override()).isNull();
	}

	@Test
	void oneOwnerIsNamedForManyIndicatorsAtOnceAndNeverOverAColleaguesChange() {
		SignedIn officer = SignedIn.as(this.port, "fg1-officer", TestUsers.PASSWORD);
		String owners = grid().replace("/figures?period=Q2%202025%2F26", "/owners");
		HttpResponse<String> page = officer.get(owners);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Pat Roads", "Lib Rarian").doesNotContain("FG1-4");
		Map<String, String> form = new HashMap<>();
		Matcher code = Pattern.compile("name=\"rows\\[(\\d+)\\]\\.(code|version)\" value=\"([^\"]*)\"")
			.matcher(page.body());
		while (code.find()) {
			form.put("rows[" + code.group(1) + "]." + code.group(2), code.group(3));
		}
		assertThat(form.get("rows[0].code")).isEqualTo("FG1-1");
		form.put("rows[3].selected", "yes");
		form.put("rows[5].selected", "yes");
		form.put("ownerName", "Nina New");
		form.put("ownerEmail", "nina");
		assertThat(officer.post(owners, form).body()).contains("Enter the owner&#39;s e-mail address in full");
		form.put("ownerEmail", "nina.new@fg1.gov.uk");
		HttpResponse<String> saved = officer.post(owners, form);
		assertThat(saved.statusCode()).as(problems(saved)).isEqualTo(302);
		assertThat(this.indicators.findByCode("FG1-5").orElseThrow().ownerEmail()).isEqualTo("nina.new@fg1.gov.uk");
		assertThat(this.indicators.findByCode("FG1-7").orElseThrow().ownerName()).isEqualTo("Nina New");
		assertThat(this.indicators.findByCode("FG1-3").orElseThrow().ownerName()).isEqualTo("Cara Leaver");
		assertThat(this.audit.about("INDICATOR", "FG1-7")).filteredOn(e -> e.action().equals("OWNER_ASSIGNED"))
			.singleElement()
			.satisfies(e -> assertThat(e.after()).contains("Nina New"));

		// the same page sent again by a colleague who opened it before: refused, the
		// ticks and name kept
		form.put("ownerName", "Oscar Old");
		HttpResponse<String> stale = officer.post(owners, form);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("value=\"Oscar Old\"", "the page now shows the owners as they are");
		assertThat(this.indicators.findByCode("FG1-5").orElseThrow().ownerName()).isEqualTo("Nina New");

		Map<String, String> twice = new HashMap<>(form);
		twice.put("rows[6].code", form.get("rows[3].code"));
		twice.put("rows[6].version", form.get("rows[3].version"));
		assertThat(officer.post(owners, twice).statusCode()).isEqualTo(400);

		SignedIn other = SignedIn.as(this.port, "fg2-officer", TestUsers.PASSWORD);
		assertThat(other.get(owners).body()).contains("Outside your part of the council");
		assertThat(other.post(owners, form).statusCode()).isEqualTo(403);
	}

	@Test
	void anotherCouncilsOfficerMayReadButNotEnterTheFigures() {
		SignedIn other = SignedIn.as(this.port, "fg2-officer", TestUsers.PASSWORD);
		HttpResponse<String> page = other.get(grid());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("You may read these figures but not enter them")
			.doesNotContain("Save the figures");
		Map<String, String> form = form(page);
		form.put("rows[0].value", "1");
		HttpResponse<String> refused = other.post(grid(), form);
		assertThat(refused.statusCode()).as(problems(refused)).isEqualTo(403);
		assertThat(refused.body()).contains("outside the part of the council your role covers");
		assertThat(other.get("/scorecards/999999/figures").statusCode()).isEqualTo(404);
	}

	private String grid() {
		return GRID.formatted(this.scorecards.idOf("FG1-SC").orElseThrow());
	}

	private Measurement held(String code) {
		return this.measurements.find(this.indicators.findByCode(code).orElseThrow().id(), Q2.key()).orElseThrow();
	}

	/** The form as the page holds it: each row's key, held figure, typed values. */
	private static Map<String, String> form(HttpResponse<String> page) {
		Map<String, String> form = new HashMap<>();
		Matcher key = Pattern.compile("name=\"rows\\[(\\d+)\\]\\.key\" value=\"([^\"]*)\"").matcher(page.body());
		while (key.find()) {
			form.put("rows[" + key.group(1) + "].key", key.group(2));
		}
		Matcher held = HELD.matcher(page.body());
		while (held.find()) {
			form.put("rows[" + held.group(1) + "]." + held.group(2), held.group(3));
		}
		Matcher input = Pattern.compile(
				"name=\"rows\\[(\\d+)\\]\\.(value|numerator|denominator|reason|statusReason)\"\\s+value=\"([^\"]*)\"")
			.matcher(page.body());
		while (input.find()) {
			form.put("rows[" + input.group(1) + "]." + input.group(2), input.group(3));
		}
		Matcher status = Pattern.compile("name=\"rows\\[(\\d+)\\]\\.status\"[^>]*>(.*?)</select>", Pattern.DOTALL)
			.matcher(page.body());
		while (status.find()) {
			Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(status.group(2));
			form.put("rows[" + status.group(1) + "].status", selected.find() ? selected.group(1) : "");
		}
		Matcher commentary = Pattern.compile("name=\"rows\\[(\\d+)\\]\\.commentary\"[^>]*>([^<]*)</textarea>")
			.matcher(page.body());
		while (commentary.find()) {
			form.put("rows[" + commentary.group(1) + "].commentary", commentary.group(2));
		}
		return form;
	}

	/** Where a redirect goes, as a browser follows it. */
	private static String location(HttpResponse<String> redirect) {
		return java.net.URI.create(redirect.headers().firstValue("location").orElseThrow()).getRawPath() + "?"
				+ java.net.URI.create(redirect.headers().firstValue("location").orElseThrow()).getRawQuery();
	}

	/** What the page's error summary says, to explain a failure. */
	private static String problems(HttpResponse<String> page) {
		int summary = page.body().indexOf("govuk-error-summary__list");
		return (summary < 0) ? "no problems listed"
				: page.body()
					.substring(summary, Math.min(page.body().length(), summary + 1500))
					.replaceAll("<[^>]+>", " ")
					.replaceAll("\\s+", " ");
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
