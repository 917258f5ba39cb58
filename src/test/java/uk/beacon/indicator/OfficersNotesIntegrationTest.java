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

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
