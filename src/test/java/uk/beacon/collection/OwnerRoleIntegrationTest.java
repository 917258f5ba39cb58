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
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						ORC,Owner Role Council,council,
						ORC-D,Owner Role Adults,directorate,ORC
						"""),
						file("indicators.csv",
								"""
										code,title,organisation_code,unit,polarity,frequency,owner,owner_email
										ORC-1,Adults supported at home,ORC-D,percent,higher_is_better,quarterly,Nell Norole,nell@orc.example
										ORC-2,Calls answered,ORC-D,number,higher_is_better,quarterly,Olga Owner,olga@orc.example
										""")),
				TestUsers.SYSTEM);
		Account officer = TestUsers.ensure(this.context, "orc-officer", "officer@orc.example", Role.PERFORMANCE_OFFICER,
				"ORC");
		TestUsers.ensure(this.context, "orc-nell", "nell@orc.example");
		TestUsers.ensure(this.context, "orc-olga", "olga@orc.example", Role.INDICATOR_OWNER, "ORC-D");
		ReportingCycle cycle = this.collection.open(
				new Viewer(officer.id(), officer.username(), officer.displayName(), officer.email()),
				this.context.getBean(uk.beacon.organisation.OrganisationUnits.class)
					.findByCode("ORC")
					.orElseThrow()
					.id(),
				new FinancialQuarter(2025, 2), LocalDate.now().plusDays(14));
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
