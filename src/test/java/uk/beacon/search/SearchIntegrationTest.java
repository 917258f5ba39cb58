package uk.beacon.search;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.access.Audience;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search (issue 16 item 2) finds indicators, scorecards, risks and published reports by
 * their words and by code or reference, and shows each only to those whose pages would:
 * nothing not for publication reaches the public, nor a risk found only in a field kept
 * from its reader; hostile input is refused with a reason or finds nothing, never a 500.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	Search search;

	@BeforeAll
	void council() {
		this.csvImport.run(
				List.of(file("organisation.csv", """
						code,name,kind,parent_code
						SRC,Search Council,council,
						SRC-CH,Search Children's Services,directorate,SRC
						"""),
						file("indicators.csv",
								"""
										code,title,organisation_code,unit,polarity,frequency,public,owner
										SRC-CL-01,Quokka leavers in suitable accommodation,SRC-CH,percent,higher_is_better,quarterly,yes,Wilhelmina Zebedee
										SRC-CL-02,Quokka leavers placement costs,SRC-CH,number,lower_is_better,quarterly,no,
										SRC-TX-01,Council tax collected,SRC,percent,higher_is_better,quarterly,yes,
										"""),
						file("measurements.csv",
								"""
										indicator_code,data_period,reporting_period,value,performance_details
										SRC-TX-01,Q1 2025/26,Q1 2025/26,97,Arrears recovery improved after the marsupial outreach campaign
										SRC-CL-02,Q1 2025/26,Q1 2025/26,12,Secret wombat negotiations
										"""),
						file("scorecards.csv",
								"""
										scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
										SRC-SC,Search Quokka Scorecard,SRC-CH,directorate,People,objective,SRC-CL-01,Q1 2025/26
										SRC-SC,Search Quokka Scorecard,SRC-CH,directorate,People,objective,SRC-CL-02,
										"""),
						file("risk-registers.csv", """
								code,name,kind,organisation_code
								SRC-CRR,Search Corporate Risk Register,corporate,SRC
								"""),
						file("risks.csv",
								"""
										reference,register_code,kind,title,description,owner,restricted,restricted_fields
										SRC-R1,SRC-CRR,risk,Quokka placements sufficiency,Too few local placements,Head of Quokkas,no,
										SRC-R2,SRC-CRR,risk,Office moves,Wombat litigation pending,Director of Resources,no,description
										SRC-R3,SRC-CRR,risk,Wombat contract dispute,Details of the claim,Head of Legal,yes,
										""")),
				TestUsers.SYSTEM);
	}

	@Test
	void thePublicFindsPublicIndicatorsAndScorecardsButNothingRestrictedAndNoRisks() {
		SearchResults found = this.search.search(SearchQuery.of("quokka leavers").orElseThrow(), Audience.PUBLIC,
				false);
		assertThat(found.indicators().hits()).extracting(SearchHit::code).containsExactly("SRC-CL-01");
		assertThat(found.risks().searched()).isFalse();
		assertThat(found.kinds()).extracting(SearchResults.Kind::name)
			.containsExactly("Indicators", "Scorecards", "Published reports");

		assertThat(
				this.search.search(SearchQuery.of("quokka").orElseThrow(), Audience.PUBLIC, false).scorecards().hits())
			.extracting(SearchHit::code)
			.containsExactly("SRC-SC");
		// an indicator's commentary is searched, but not one kept from the public
		SearchResults commentary = this.search.search(SearchQuery.of("marsupial").orElseThrow(), Audience.PUBLIC,
				false);
		assertThat(commentary.indicators().hits()).singleElement()
			.satisfies(h -> assertThat(h.detail()).contains("found in its commentary"));
		assertThat(this.search.search(SearchQuery.of("wombat").orElseThrow(), Audience.PUBLIC, false).total()).isZero();
		// by its owner
		assertThat(
				this.search.search(SearchQuery.of("Zebedee").orElseThrow(), Audience.PUBLIC, false).indicators().hits())
			.extracting(SearchHit::code)
			.containsExactly("SRC-CL-01");
	}

	@Test
	void codesAndReferencesAreFoundByTheirStart() {
		SearchResults found = this.search.search(SearchQuery.of("src-cl").orElseThrow(), Audience.everywhere(), true);
		assertThat(found.indicators().hits()).extracting(SearchHit::code).containsExactly("SRC-CL-01", "SRC-CL-02");
		assertThat(
				this.search.search(SearchQuery.of("SRC-R").orElseThrow(), Audience.everywhere(), true).risks().hits())
			.extracting(SearchHit::code)
			.containsExactly("SRC-R1", "SRC-R2", "SRC-R3");
		// a wildcard typed is a character like any other: no code starts "S" and any
		// letter
		assertThat(this.search.search(SearchQuery.of("S_C-CL-0").orElseThrow(), Audience.everywhere(), true)
			.indicators()
			.hits()).extracting(SearchHit::code).doesNotContain("SRC-CL-01", "SRC-CL-02");
	}

	@Test
	void risksAreForThoseWhoHoldARoleAndRestrictedOnesAndFieldsOnlyForTheirRestrictedReaders() {
		// a reader who sees nothing restricted: the open risk by its title, not the one
		// found only in a description kept from them, nor the restricted risk
		SearchResults reader = this.search.search(SearchQuery.of("wombat").orElseThrow(), Audience.PUBLIC, true);
		assertThat(reader.risks().hits()).isEmpty();
		assertThat(this.search.search(SearchQuery.of("quokka placements").orElseThrow(), Audience.PUBLIC, true)
			.risks()
			.hits()).extracting(SearchHit::code).containsExactly("SRC-R1");

		SearchResults restricted = this.search.search(SearchQuery.of("wombat").orElseThrow(), Audience.everywhere(),
				true);
		assertThat(restricted.risks().hits()).extracting(SearchHit::code).containsExactlyInAnyOrder("SRC-R2", "SRC-R3");
		assertThat(restricted.risks().hits()).filteredOn(h -> h.code().equals("SRC-R2"))
			.singleElement()
			.satisfies(h -> assertThat(h.detail()).contains("found in its description"));
		assertThat(restricted.indicators().hits()).extracting(SearchHit::code).containsExactly("SRC-CL-02");
	}

	@Test
	void theResultsPageCountsByKindForThePublic() {
		HttpResponse<String> page = Http.get(this.port, "/search?q=" + Http.encode("quokka leavers"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Indicators (1)")
			.contains("Quokka leavers in suitable accommodation")
			.doesNotContain("Quokka leavers placement costs")
			.doesNotContain("Risks (");
		HttpResponse<String> staff = Http.getAsAdmin(this.port, "/search?q=" + Http.encode("quokka"));
		assertThat(staff.body()).contains("Risks (1)").contains("Quokka placements sufficiency");
	}

	@Test
	void hostileInputIsRefusedWithAReasonOrFindsNothingButNeverFails() {
		HttpResponse<String> tooLong = Http.get(this.port, "/search?q=" + "a".repeat(SearchQuery.MAX_LENGTH + 1));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("Enter 200 characters or fewer");
		HttpResponse<String> huge = Http.get(this.port, "/search?q=" + "a".repeat(6000));
		assertThat(huge.statusCode()).isBetween(400, 499);

		for (String hostile : List.of("\u0000quokka", "quokka\u0007\u001b[31m", "'; drop table indicator; --",
				"\"unbalanced", "!!! & | <-> :*", "-", "\uD83D\uDE00", "%", "\\", "\u202Equokka")) {
			HttpResponse<String> answer = Http.get(this.port, "/search?q=" + Http.encode(hostile));
			// refused by the server's checks of the address, or searched for as text
			assertThat(answer.statusCode()).as(hostile + ": " + answer.body()).isBetween(200, 499);
		}
		HttpResponse<String> control = Http.get(this.port, "/search?q=" + Http.encode("quokka\u202E"));
		assertThat(control.statusCode()).isEqualTo(400);
		assertThat(control.body()).contains("control or text-direction character");
		assertThat(Http.get(this.port, "/search").statusCode()).isEqualTo(200);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
