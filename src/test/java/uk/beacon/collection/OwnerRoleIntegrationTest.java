package uk.beacon.collection;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.access.Role;
import uk.beacon.identity.Account;
import uk.beacon.identity.Viewer;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.period.FinancialQuarter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: a person with no role, once named the owner of an indicator, could submit its
 * figures. Entering figures needs the indicator owner role over the indicator's part of
 * the council as well as being named; the request page says so instead of offering the
 * form, and a submission anyway changes nothing. Nor does another council's approver read
 * the quarter and its owners' e-mails.
 */
@BeaconIntegrationTest
class OwnerRoleIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	Collection collection;

	@Test
	void someoneNamedOwnerWithoutTheRoleIsToldAndCannotSubmit() {
		council("ORC", "Owner Role", """
				ORC-1,Adults supported at home,ORC-D,percent,higher_is_better,quarterly,Nell Norole,nell@orc.example
				ORC-2,Calls answered,ORC-D,number,higher_is_better,quarterly,Olga Owner,olga@orc.example
				""");
		Account officer = TestUsers.ensure(this.context, "orc-officer", "officer@orc.example", Role.PERFORMANCE_OFFICER,
				"ORC");
		TestUsers.ensure(this.context, "orc-nell", "nell@orc.example");
		TestUsers.ensure(this.context, "orc-olga", "olga@orc.example", Role.INDICATOR_OWNER, "ORC-D");
		ReportingCycle cycle = open(viewer(officer), "ORC");
		DataRequest nells = request(cycle, "ORC-1");
		DataRequest olgas = request(cycle, "ORC-2");

		SignedIn nell = SignedIn.as(this.port, "orc-nell", TestUsers.PASSWORD);
		HttpResponse<String> page = nell.get("/collection/requests/" + nells.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"owner-without-role\"")
			.contains("you do not hold")
			.doesNotContain("name=\"value\"");
		// refused (NotPermitted): a form sent from the page goes back to it with the
		// reason
		HttpResponse<String> submitted = nell.postFrom("/collection/requests/" + nells.id(),
				"/collection/requests/" + nells.id(),
				Map.of("value", "81", "version", String.valueOf(nells.version())));
		assertThat(submitted.statusCode()).isEqualTo(302);
		assertThat(nell.get("/collection/requests/" + nells.id()).body())
			.contains("You cannot submit the figures for ORC-1");
		// sent from elsewhere, as a script would: 403 with the reason
		assertThat(nell
			.post("/collection/requests/" + nells.id(),
					Map.of("value", "81", "version", String.valueOf(nells.version())))
			.statusCode()).isEqualTo(403);
		assertThat(this.collection.request(nells.id()).orElseThrow().state()).isEqualTo(nells.state());

		// the owner who holds the role is offered the form and submits
		SignedIn olga = SignedIn.as(this.port, "orc-olga", TestUsers.PASSWORD);
		assertThat(olga.get("/collection/requests/" + olgas.id()).body()).doesNotContain("owner-without-role")
			.contains("name=\"value\"");
		assertThat(olga
			.post("/collection/requests/" + olgas.id(),
					Map.of("value", "120", "version", String.valueOf(olgas.version())))
			.statusCode()).isEqualTo(302);
		assertThat(this.collection.request(olgas.id()).orElseThrow().state()).isEqualTo(RequestState.SUBMITTED);

		// an approver of another council reads neither the quarter nor a request, so
		// not the owners' e-mails either
		TestUsers.ensure(this.context, "orx-approver", "approver@orx.example", Role.APPROVER, "WCC");
		SignedIn neighbour = SignedIn.as(this.port, "orx-approver", TestUsers.PASSWORD);
		HttpResponse<String> quarter = neighbour.get("/collection/cycles/" + cycle.id());
		assertThat(quarter.statusCode()).isEqualTo(403);
		assertThat(quarter.body()).doesNotContain("olga@orc.example");
		assertThat(neighbour.get("/collection/requests/" + olgas.id()).statusCode()).isEqualTo(403);
		assertThat(neighbour.get("/collection").body()).doesNotContain("Owner Role Council");
	}

	@Test
	void theQuarterSaysWhichOwnersCannotEnterTheirFiguresAndNobodyIsNamedWhoCould() {
		council("ORN", "Owner Naming", """
				ORN-1,Adults supported at home,ORN-D,percent,higher_is_better,quarterly,Nina Norole,nina@orn.example
				ORN-2,Calls answered,ORN-D,number,higher_is_better,quarterly,Oscar Owner,oscar@orn.example
				ORN-3,Carers assessed,ORN-D,number,higher_is_better,quarterly,,
				ORN-4,Visits made,ORN-D,number,higher_is_better,quarterly,Nobody Known,nobody@orn.example
				""");
		Account officer = TestUsers.ensure(this.context, "orn-officer", "officer@orn.example", Role.PERFORMANCE_OFFICER,
				"ORN");
		Account nina = TestUsers.ensure(this.context, "orn-nina", "nina@orn.example");
		Account oscar = TestUsers.ensure(this.context, "orn-oscar", "oscar@orn.example", Role.INDICATOR_OWNER, "ORN-D");
		Viewer asOfficer = viewer(officer);
		ReportingCycle cycle = open(asOfficer, "ORN");

		// named by the import: Nina holds no role, nobody has the fourth's e-mail
		assertThat(this.collection.ownerCannotEnter(this.collection.requestsOf(cycle)))
			.containsExactlyInAnyOrder(request(cycle, "ORN-1").id(), request(cycle, "ORN-4").id());
		String quarter = SignedIn.as(this.port, "orn-officer", TestUsers.PASSWORD)
			.get("/collection/cycles/" + cycle.id())
			.body();
		assertThat(quarter).contains("id=\"owners-without-role\"")
			.contains("2 requests are named to owners who cannot enter their figures.");
		assertThat(row(quarter, request(cycle, "ORN-1"))).contains("Cannot enter figures");
		assertThat(row(quarter, request(cycle, "ORN-2"))).doesNotContain("Cannot enter figures");

		// naming her on the page says she cannot enter them yet, and the quarter flags
		// it; naming him does not
		DataRequest unowned = request(cycle, "ORN-3");
		SignedIn page = SignedIn.as(this.port, "orn-officer", TestUsers.PASSWORD);
		HttpResponse<String> named = page.post("/collection/cycles/" + cycle.id() + "/owners",
				Map.of("indicator", String.valueOf(unowned.indicator().id()), "person", String.valueOf(nina.id()),
						"version-" + unowned.indicator().id(), String.valueOf(unowned.indicator().version())));
		assertThat(named.statusCode()).isEqualTo(302);
		String after = page.get("/collection/cycles/" + cycle.id()).body();
		assertThat(after).contains("Owner named")
			.contains("They do not hold the indicator owner&#39;s role for that part of the council")
			.contains("3 requests are named to owners who cannot enter their figures.");
		assertThat(row(after, request(cycle, "ORN-3"))).contains("nina@orn.example").contains("Cannot enter figures");

		this.collection.assignOwner(asOfficer, unowned.indicator().id(), unowned.indicator().version() + 1, oscar.id());
		assertThat(this.collection.ownerCannotEnter(List.of(request(cycle, "ORN-3")))).isEmpty();
		String again = page.get("/collection/cycles/" + cycle.id()).body();
		assertThat(again).doesNotContain("They do not hold")
			.contains("2 requests are named to owners who cannot enter their figures.");
	}

	private static String row(String page, DataRequest request) {
		int start = page.indexOf("id=\"request-" + request.id() + "\"");
		return page.substring(start, page.indexOf("</tr>", start));
	}

	// a council and its adults' directorate, with the indicators' rows given
	private void council(String code, String name, String indicators) {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						%1$s,%2$s Council,council,
						%1$s-D,%2$s Adults,directorate,%1$s
						""".formatted(code, name)), file("indicators.csv",
						"code,title,organisation_code,unit,polarity,frequency,owner,owner_email\n" + indicators)),
				TestUsers.SYSTEM);
	}

	// the council's Q2 2025/26 opened by the officer, due in a fortnight
	private ReportingCycle open(Viewer officer, String council) {
		return this.collection.open(officer,
				this.context.getBean(uk.beacon.organisation.OrganisationUnits.class)
					.findByCode(council)
					.orElseThrow()
					.id(),
				new FinancialQuarter(2025, 2), LocalDate.now().plusDays(14));
	}

	private static Viewer viewer(Account account) {
		return new Viewer(account.id(), account.username(), account.displayName(), account.email());
	}

	private DataRequest request(ReportingCycle cycle, String code) {
		return this.collection.requestsOf(cycle)
			.stream()
			.filter(r -> r.indicator().code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
