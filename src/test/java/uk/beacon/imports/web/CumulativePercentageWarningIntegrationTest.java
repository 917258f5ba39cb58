package uk.beacon.imports.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.imports.ImportPreview;
import uk.beacon.indicator.Accumulation;
import uk.beacon.indicator.Indicators;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: a percentage marked cumulative year to date is warned of in the import's
 * preview, with its file, row and column, and saved as it is when confirmed: a warning,
 * not an error.
 */
@BeaconIntegrationTest
class CumulativePercentageWarningIntegrationTest {

	private static final String ORGANISATION = """
			code,name,kind,parent_code
			%1$s,Warned Council,council,
			""";

	private static final String INDICATORS = """
			code,title,organisation_code,unit,polarity,frequency,accumulation
			%1$s-1,Requests answered in time so far this year,%1$s,percent,higher_is_better,quarterly,cumulative_ytd
			%1$s-2,Library visits so far this year,%1$s,number,higher_is_better,quarterly,cumulative_ytd
			%1$s-3,Rent collected,%1$s,percent,higher_is_better,quarterly,snapshot
			""";

	@LocalServerPort
	int port;

	@Autowired
	CsvImport csvImport;

	@Autowired
	Indicators indicators;

	@Test
	void thePreviewWarnsOfAPercentageMarkedCumulativeAndNothingElse() {
		ImportPreview preview = this.csvImport.preview(files("CPW1"), TestUsers.SYSTEM);

		assertThat(preview.warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.file()).isEqualTo("indicators.csv");
			assertThat(warning.row()).isEqualTo(2);
			assertThat(warning.column()).isEqualTo("accumulation");
			assertThat(warning.message())
				.startsWith("CPW1-1 is a percentage marked cumulative year to date. Beacon takes it as a rate of the "
						+ "year so far, which starts again each April")
				.contains("make it snapshot")
				.contains("give it a year-to-date profile target");
		});
		assertThat(preview.changesNothing()).isFalse();
	}

	@Test
	void thePreviewPageShowsTheWarningAndConfirmingSavesTheRowAsItIs() {
		SignedIn admin = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);

		HttpResponse<String> page = admin.postFiles("/import", Map.of("organisation.csv",
				ORGANISATION.formatted("CPW2"), "indicators.csv", INDICATORS.formatted("CPW2")));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Check what the import will do")
			.contains("id=\"warnings\"")
			.contains("One row is right but worth a second look before you confirm:")
			.contains("indicators.csv, row 2, column &quot;accumulation&quot;: CPW2-1 is a percentage marked "
					+ "cumulative year to date.")
			.doesNotContain("CPW2-2 is a percentage")
			.doesNotContain("There is a problem");
		Matcher confirm = Pattern.compile("action=\"(/import/[0-9a-f-]+/confirm)\"").matcher(page.body());
		assertThat(confirm.find()).isTrue();
		HttpResponse<String> saved = admin.post(confirm.group(1), Map.of("seen", SignedIn.hiddenField(page, "seen")));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.indicators.findByCode("CPW2-1").orElseThrow().accumulation())
			.isEqualTo(Accumulation.CUMULATIVE_YTD);
	}

	private static List<ImportFile> files(String council) {
		return List.of(file("organisation.csv", ORGANISATION.formatted(council)),
				file("indicators.csv", INDICATORS.formatted(council)));
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
