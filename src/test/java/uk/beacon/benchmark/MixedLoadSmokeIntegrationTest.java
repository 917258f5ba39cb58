package uk.beacon.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few seconds of the mixed benchmark ({@code benchmark/mixed.sh}) on a small generated
 * council, so that its load driver, the officer's changes through the write API and the
 * server's counters it reads cannot rot. It asserts that the run happened and that
 * nothing failed, never a time.
 */
@BeaconIntegrationTest
class MixedLoadSmokeIntegrationTest {

	@Autowired
	CsvImport csvImport;

	@LocalServerPort
	int port;

	@Test
	void peopleReadEveryPageWhileAnOfficerMakesEveryKindOfChange(@TempDir Path folder) throws Exception {
		new LargeCouncil(7, 24, 2, 12).write(folder);
		this.csvImport.run(LargeCouncilSmokeIntegrationTest.files(folder), TestUsers.SYSTEM);

		Map<String, String> pages = LoadScript.pages(this.port);
		// once each first, as the benchmark's warm-up does
		for (String path : pages.values()) {
			assertThat(Http.getAsAdmin(this.port, path).statusCode()).as(path).isEqualTo(200);
		}
		Results results = new MixedLoad(new MixedLoad.Settings(URI.create("http://localhost:" + this.port), "admin",
				TestUsers.ADMIN_PASSWORD, 4, Duration.ofMillis(100), Duration.ofSeconds(4), Duration.ofMillis(250),
				LoadScript.scorecard(this.port), pages))
			.atLeast(2 * OfficersChanges.KINDS.size())
			.run();
		System.out.print(results.markdown());

		assertThat(results.changes().why()).isEmpty();
		assertThat(results.errors()).isZero();
		assertThat(results.requests()).isGreaterThanOrEqualTo(pages.size());
		for (String kind : OfficersChanges.KINDS) {
			assertThat(results.changes().made(kind)).as(kind).isGreaterThanOrEqualTo(2);
		}
		// the pages were read after changes, and the server's counters were read
		assertThat(results.pages().stream().mapToLong((p) -> p.firstAfterChange().count()).sum()).isPositive();
		assertThat(results.server().requests()).isGreaterThanOrEqualTo(results.requests());
		assertThat(results.server().pageHits() + results.server().pageMisses()).isPositive();
		assertThat(results.server().evaluationHits() + results.server().evaluationMisses()).isPositive();
		assertThat(results.server().connectionSeconds()).isPositive();
		assertThat(results.markdown()).contains("| council dashboard |").contains("| risk assessment |");
	}

}
