package uk.beacon.reporting;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.scorecard.ScorecardViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: two officers editing the report's narrative, the second silently overwrote
 * the first; a colleague's change between the confirmation and publishing was published
 * without warning. Now the second is told what changed and nothing of either is lost.
 */
@BeaconIntegrationTest
class LostUpdatesIntegrationTest {

	private static final FinancialQuarter Q2 = new FinancialQuarter(2019, 2);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	ScorecardViews scorecards;

	@Autowired
	ReportPublishing publishing;

	@Autowired
	ReportDrafts drafts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecondOfTwoOfficersEditingTheNarrativeIsShownTheFirstsAndOverwritesOnlyOnPurpose() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "LUN");
		SignedIn ann = officer("lun-ann", "LUN");
		SignedIn bob = officer("lun-bob", "LUN");
		String page = "/scorecards/" + id + "/report/narrative?period=" + Http.encode(Q2.label());
		HttpResponse<String> annOpened = ann.get(page);
		HttpResponse<String> bobOpened = bob.get(page);

		assertThat(save(ann, id, "Ann's narrative: schools are improving.", SignedIn.hiddenField(annOpened, "seen"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> bobSaved = save(bob, id, "Bob's narrative: housing is the worry.",
				SignedIn.hiddenField(bobOpened, "seen"));

		assertThat(bobSaved.statusCode()).isEqualTo(200);
		assertThat(bobSaved.body()).contains("Lun-ann Tester (lun-ann) changed the narrative since you opened it")
			.contains("Bob&#39;s narrative: housing is the worry.")
			.contains("id=\"theirs\"")
			.contains("Ann&#39;s narrative: schools are improving.");
		assertThat(narrative(id)).isEqualTo("Ann's narrative: schools are improving.");

		// saving again from the page that showed Ann's replaces it, as Bob chose
		assertThat(save(bob, id, "Bob's narrative, having read Ann's.", SignedIn.hiddenField(bobSaved, "seen"))
			.statusCode()).isEqualTo(302);
		assertThat(narrative(id)).isEqualTo("Bob's narrative, having read Ann's.");

		// putting back the drafted narrative from a page opened before is refused too
		HttpResponse<String> reset = ann.post("/scorecards/" + id + "/report/narrative", Map.of("period", Q2.label(),
				"reset", "yes", "narrative", "", "seen", SignedIn.hiddenField(annOpened, "seen")));
		assertThat(reset.statusCode()).isEqualTo(200);
		assertThat(reset.body()).contains("Lun-bob Tester (lun-bob) changed the narrative since you opened it");
		assertThat(narrative(id)).isEqualTo("Bob's narrative, having read Ann's.");
	}

	@Test
	void aChangeMadeWhileTheOfficerConfirmsIsShownAndNothingIsPublishedUntilTheyConfirmAgain() {
		long id = ReportCouncil.load(this.csvImport, this.scorecards, "LUP");
		SignedIn ann = officer("lup-ann", "LUP");
		String confirmation = "/scorecards/" + id + "/report/publish?period=" + Http.encode(Q2.label());
		HttpResponse<String> confirming = ann.get(confirmation);

		// meanwhile a colleague corrects a figure the report shows
		this.csvImport.run(
				List.of(new ImportFile("measurements.csv",
						"indicator_code,data_period,reporting_period,value\nLUP-3,Q2 2019/20,Q2 2019/20,98.5\n"
							.getBytes(StandardCharsets.UTF_8))),
				TestUsers.everywhere("Colin Colleague", Role.PERFORMANCE_OFFICER), "The revenues team's late return");
		long published = publishedCount();

		HttpResponse<String> refused = publish(ann, id, confirming);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Nothing was published")
			.contains("The report changed after you were asked to confirm")
			.contains("LUP-3")
			.contains("Colin Colleague");
		assertThat(publishedCount()).isEqualTo(published);

		// confirmed again, as it is now: published, with the corrected figure
		HttpResponse<String> done = publish(ann, id, refused);
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).contains("?published");
		assertThat(publishedCount()).isEqualTo(published + 1);
		assertThat(this.drafts.draft(id, Optional.of(Q2)).orElseThrow().indicators())
			.anySatisfy(line -> assertThat(line.value()).contains("98.5"));

		// issue 15: Part B is linked for those who may have it, and for no one else
		String report = done.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(ann.get(report).body()).doesNotContain("id=\"part-b\"").contains("only for its restricted readers");
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		String page = admin.get(report).body();
		assertThat(page).contains("id=\"part-b\"");
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("href=\"(/api/v1/reports/\\d+\\?format=pdf&amp;part=B)\"")
			.matcher(page);
		assertThat(link.find()).isTrue();
		assertThat(admin.download(link.group(1).replace("&amp;", "&")).statusCode()).isEqualTo(200);
	}

	private SignedIn officer(String username, String council) {
		TestUsers.ensure(this.context, username, username + "@test.example", Role.PERFORMANCE_OFFICER, council);
		return SignedIn.as(this.port, username, TestUsers.PASSWORD);
	}

	private static HttpResponse<String> save(SignedIn officer, long id, String text, String seen) {
		return officer.post("/scorecards/" + id + "/report/narrative",
				Map.of("period", Q2.label(), "narrative", text, "seen", seen));
	}

	private static HttpResponse<String> publish(SignedIn officer, long id, HttpResponse<String> confirmation) {
		return officer.post("/scorecards/" + id + "/report/publish", Map.of("period", Q2.label(), "confirmed",
				SignedIn.hiddenField(confirmation, "confirmed"), "since", SignedIn.hiddenField(confirmation, "since")));
	}

	private String narrative(long id) {
		return this.drafts.draft(id, Optional.of(Q2)).orElseThrow().narrative();
	}

	private long publishedCount() {
		return this.jdbc.sql("select count(*) from published_report").query(Long.class).single();
	}

}
