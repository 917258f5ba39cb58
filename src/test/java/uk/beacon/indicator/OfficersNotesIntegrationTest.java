package uk.beacon.indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: an indicator's note is the performance officers' record of decisions and
 * caveats ("polarity decided by …"), documented as such, and was shown to residents on
 * the public page. It is shown to those who see the unit's restricted items, as its
 * change history is.
 */
@BeaconIntegrationTest
class OfficersNotesIntegrationTest {

	private static final String NOTE = "Polarity decided with the cabinet member on 3 May: lower is better";

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Test
	void theNoteIsForOfficersNotResidents() {
		this.csvImport.run(List.of(file("organisation.csv", "code,name,kind,parent_code\nNOTE,Note Council,council,\n"),
				file("indicators.csv", """
						code,title,organisation_code,unit,polarity,frequency,public,note
						NOTE-1,Households in temporary accommodation,NOTE,number,lower_is_better,quarterly,yes,%s
						""".formatted(NOTE))), TestUsers.SYSTEM);

		String residents = Http.get(this.port, "/indicators/NOTE-1").body();
		assertThat(residents).contains("Households in temporary accommodation").doesNotContain(NOTE);

		String officers = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD).get("/indicators/NOTE-1").body();
		assertThat(officers).contains(NOTE);
	}

	@Test
	void residentsReadThePublicNoteAndNoOfficersNote() {
		String benchmarkNote = "Taken from the draft DLUHC release; check when final";
		String linkNote = "Linked at the risk panel of 4 June";
		this.csvImport
			.run(List.of(file("organisation.csv", "code,name,kind,parent_code\nPUBN,Public Note Council,council,\n"),
					file("indicators.csv",
							"""
									code,title,organisation_code,unit,polarity,frequency,public_note,note
									PUBN-1,Families in bed and breakfast,PUBN,number,lower_is_better,quarterly,The national count changed in April 2025,%s
									"""
								.formatted(NOTE)),
					file("benchmarks.csv", """
							indicator_code,data_period,comparator,value,note
							PUBN-1,Q1 2025/26,national,40,%s
							""".formatted(benchmarkNote)), file("risk-registers.csv", """
							code,name,kind,organisation_code,escalates_to
							PUBN-R,Public note register,corporate,PUBN,
							"""), file("risks.csv", """
							reference,register_code,kind,title,description
							PUBN-R1,PUBN-R,risk,Demand for temporary accommodation,Rising demand
							"""), file("risk-links.csv", """
							reference,indicator_code,note
							PUBN-R1,PUBN-1,%s
							""".formatted(linkNote))), TestUsers.SYSTEM);

		String residents = Http.get(this.port, "/indicators/PUBN-1").body();
		assertThat(residents).contains("The national count changed in April 2025")
			.doesNotContain(NOTE)
			.doesNotContain(benchmarkNote)
			.doesNotContain(linkNote);
		String officers = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD).get("/indicators/PUBN-1").body();
		assertThat(officers).contains("The national count changed in April 2025", NOTE, benchmarkNote, linkNote);

		// the officer changes it on the edit page, each note in its own box
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		var edit = admin.get("/indicators/PUBN-1/edit");
		var saved = admin.post("/indicators/PUBN-1/edit",
				java.util.Map.of("title", "Families in bed and breakfast", "isPublic", "yes", "publicNote",
						"Counted at the end of each quarter", "note", NOTE, "version",
						SignedIn.hiddenField(edit, "version")));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(Http.get(this.port, "/indicators/PUBN-1").body()).contains("Counted at the end of each quarter")
			.doesNotContain(NOTE);
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
