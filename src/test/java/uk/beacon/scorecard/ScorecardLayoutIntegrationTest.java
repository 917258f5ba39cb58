package uk.beacon.scorecard;

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
import uk.beacon.access.Role;
import uk.beacon.audit.AuditTrail;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.indicator.Indicators;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scorecard laid out on screen: renamed, a section renamed (keeping the risk linked to
 * it), sections reordered and added, an indicator placed on two sections, an indicator
 * the officer may not see kept where it was and never named; a linked section not
 * removed; a colleague's change never overwritten.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardLayoutIntegrationTest {

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
	AuditTrail audit;

	@BeforeAll
	void council() {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				SL1,Layout Council,council,
				SL2,Other Layout Council,council,
				"""), file("indicators.csv", """
				code,title,organisation_code,unit,polarity,frequency,public
				SL1-1,Children seen within a week,SL1,percent,higher_is_better,quarterly,yes
				SL1-2,Adults supported at home,SL1,percent,higher_is_better,quarterly,yes
				SL1-3,Households in temporary accommodation,SL1,number,lower_is_better,quarterly,yes
				SL1-4,Staff grievances,SL1,number,lower_is_better,quarterly,no
				SL2-1,Another council's indicator,SL2,number,higher_is_better,quarterly,yes
				"""), file("scorecards.csv", """
				scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code
				SL1-SC,Layout scorecard,SL1,corporate,Children,objective,SL1-4
				SL1-SC,Layout scorecard,SL1,corporate,Children,objective,SL1-1
				SL1-SC,Layout scorecard,SL1,corporate,Adults,objective,SL1-2
				SL1-SC,Layout scorecard,SL1,corporate,Culture,objective,SL1-3
				"""), file("risk-registers.csv", """
				code,name,kind,organisation_code
				SL1-CRR,Layout register,corporate,SL1
				"""), file("risks.csv", """
				reference,register_code,kind,title,restricted
				SL1-R1,SL1-CRR,risk,Care market failure,no
				SL1-R2,SL1-CRR,risk,Investigation into a children's home,yes
				"""), file("risk-links.csv", """
				reference,scorecard_code,section
				SL1-R1,SL1-SC,Adults
				SL1-R2,SL1-SC,Culture
				""")), TestUsers.SYSTEM);
		TestUsers.ensure(this.context, "sl1-officer", "sl1-officer@test.example", Role.PERFORMANCE_OFFICER, "SL1");
	}

	@Test
	void aScorecardIsRenamedAndItsSectionsRenamedReorderedAndAdded() {
		SignedIn officer = SignedIn.as(this.port, "sl1-officer", TestUsers.PASSWORD);
		long id = this.scorecards.idOf("SL1-SC").orElseThrow();
		long adults = this.scorecards.sectionId("SL1-SC", "Adults").orElseThrow();
		HttpResponse<String> page = officer.get("/scorecards/" + id + "/layout");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("SL1-1", "SL1-2").doesNotContain("SL1-4");

		Map<String, String> form = form(page);
		form.put("name", "Layout scorecard 2026/27");
		form.put("sections[0].title", "Children and young people");
		form.put("sections[0].indicators", "SL1-1\nSL1-2");
		form.put("sections[1].position", "5");
		form.put("sections[3].title", "Housing");
		form.put("sections[3].kind", "AREA_OF_FOCUS");
		form.put("sections[3].position", "40");
		form.put("sections[3].indicators", "SL1-3\nSL1-1");
		HttpResponse<String> saved = officer.post("/scorecards/" + id + "/layout", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

		Scorecard now = this.scorecards.findById(id).orElseThrow();
		assertThat(now.name()).isEqualTo("Layout scorecard 2026/27");
		assertThat(now.sections()).extracting(ScorecardSection::title)
			.containsExactly("Adults", "Children and young people", "Culture", "Housing");
		assertThat(now.sections().get(1).indicatorIds())
			.as("the indicator the officer may not see is kept where it was, first")
			.containsExactly(id("SL1-4"), id("SL1-1"), id("SL1-2"));
		assertThat(now.sections().get(3).indicatorIds()).containsExactly(id("SL1-3"), id("SL1-1"));
		assertThat(this.scorecards.sectionId("SL1-SC", "Adults")).contains(adults);
		assertThat(this.audit.about("SCORECARD", "SL1-SC")).filteredOn(e -> e.action().equals("SCORECARD_CHANGED"))
			.singleElement()
			.satisfies(e -> assertThat(e.after()).contains("Children and young people", "Housing"));

		// the same page sent again by a colleague who opened it before: refused, typed
		// kept
		form.put("name", "Something else");
		HttpResponse<String> stale = officer.post("/scorecards/" + id + "/layout", form);
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("value=\"Something else\"", "since you opened this page");
		assertThat(this.scorecards.findById(id).orElseThrow().name()).isEqualTo("Layout scorecard 2026/27");
	}

	@Test
	void aLinkedSectionIsKeptAndAnIndicatorOfAnotherCouncilRefused() {
		SignedIn officer = SignedIn.as(this.port, "sl1-officer", TestUsers.PASSWORD);
		long id = this.scorecards.idOf("SL1-SC").orElseThrow();
		Map<String, String> form = form(officer.get("/scorecards/" + id + "/layout"));
		String adults = form.entrySet()
			.stream()
			.filter(e -> e.getKey().endsWith(".title") && e.getValue().equals("Adults"))
			.map(e -> e.getKey().replace(".title", ""))
			.findFirst()
			.orElseThrow();
		Map<String, String> removing = new HashMap<>(form);
		removing.put(adults + ".remove", "yes");
		assertThat(officer.post("/scorecards/" + id + "/layout", removing).body())
			.contains("The section &quot;Adults&quot; has risks linked to it");

		// a restricted risk linked to a section keeps it too, without naming the risk
		String culture = form.entrySet()
			.stream()
			.filter(e -> e.getKey().endsWith(".title") && e.getValue().equals("Culture"))
			.map(e -> e.getKey().replace(".title", ""))
			.findFirst()
			.orElseThrow();
		Map<String, String> restricted = new HashMap<>(form);
		restricted.put(culture + ".remove", "yes");
		HttpResponse<String> kept = officer.post("/scorecards/" + id + "/layout", restricted);
		assertThat(kept.body()).contains("has risks linked to it (some perhaps restricted)")
			.doesNotContain("Investigation");

		// rows numbered with gaps, as no page sends them, and a mistake: the page again
		Map<String, String> gaps = new HashMap<>(form);
		gaps.put("sections[9].title", "");
		gaps.put("name", "");
		HttpResponse<String> gapped = officer.post("/scorecards/" + id + "/layout", gaps);
		assertThat(gapped.statusCode()).isEqualTo(200);
		assertThat(gapped.body()).contains("Enter the scorecard&#39;s name");

		Map<String, String> foreign = new HashMap<>(form);
		foreign.put(adults + ".indicators", "SL1-2\nSL2-1");
		assertThat(officer.post("/scorecards/" + id + "/layout", foreign).body())
			.contains("There is no indicator SL2-1 of this council that you may see");
		Map<String, String> hidden = new HashMap<>(form);
		hidden.put(adults + ".indicators", "SL1-4");
		assertThat(officer.post("/scorecards/" + id + "/layout", hidden).body())
			.contains("There is no indicator SL1-4 of this council that you may see");
		assertThat(this.scorecards.sectionId("SL1-SC", "Adults")).isPresent();
	}

	private long id(String code) {
		return this.indicators.findByCode(code).orElseThrow().id();
	}

	/** The form as the page holds it. */
	private static Map<String, String> form(HttpResponse<String> page) {
		Map<String, String> form = new HashMap<>();
		form.put("seen", SignedIn.hiddenField(page, "seen"));
		java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"name\"[^>]*value=\"([^\"]*)\"")
			.matcher(page.body());
		if (name.find()) {
			form.put("name", name.group(1));
		}
		java.util.regex.Matcher input = java.util.regex.Pattern
			.compile("name=\"(sections\\[\\d+\\]\\.(?:id|title|position))\"\\s+value=\"([^\"]*)\"")
			.matcher(page.body());
		while (input.find()) {
			form.put(input.group(1), input.group(2));
		}
		java.util.regex.Matcher kind = java.util.regex.Pattern
			.compile("name=\"(sections\\[\\d+\\]\\.kind)\"[^>]*>(.*?)</select>", java.util.regex.Pattern.DOTALL)
			.matcher(page.body());
		while (kind.find()) {
			java.util.regex.Matcher selected = java.util.regex.Pattern.compile("<option value=\"([^\"]*)\" selected")
				.matcher(kind.group(2));
			form.put(kind.group(1), selected.find() ? selected.group(1) : "OBJECTIVE");
		}
		java.util.regex.Matcher codes = java.util.regex.Pattern
			.compile("name=\"(sections\\[\\d+\\]\\.indicators)\"[^>]*>([^<]*)</textarea>")
			.matcher(page.body());
		while (codes.find()) {
			form.put(codes.group(1), codes.group(2));
		}
		return form;
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
