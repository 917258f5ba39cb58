package uk.beacon.benchmark;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.imports.ImportSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small version of the benchmarks' councils, so that the generators, Beacon's import of
 * them, the pages the load script asks for and the mixed benchmark's load driver (people
 * reading while an officer makes changes through the write API) cannot rot between
 * benchmark runs.
 */
@BeaconIntegrationTest
class LargeCouncilSmokeIntegrationTest {

	@Autowired
	CsvImport csvImport;

	@LocalServerPort
	int port;

	// the small council, imported once for the tests that read it: its codes are the
	// large council's, which Beacon takes once
	private static ImportSummary imported;

	private ImportSummary smallCouncil() throws IOException {
		if (imported == null) {
			Path folder = Files.createTempDirectory("large-council");
			new LargeCouncil(7, 24, 2, 12).write(folder);
			imported = this.csvImport.run(files(folder), TestUsers.SYSTEM);
			try (Stream<Path> written = Files.list(folder)) {
				for (Path file : written.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(folder);
		}
		return imported;
	}

	@Test
	void aGeneratedCouncilImportsAndItsPagesAnswer() throws IOException {
		ImportSummary summary = smallCouncil();

		assertThat(summary.indicators()).isEqualTo(24);
		assertThat(summary.organisationUnits()).isEqualTo(1 + LargeCouncil.DIRECTORATES + LargeCouncil.SERVICES);
		assertThat(summary.measurements()).isPositive();
		assertThat(summary.risks()).isEqualTo(12);
		assertThat(summary.riskAssessments()).isEqualTo(12 * 8);
		List<String> paths = new ArrayList<>(LoadScript.pages(this.port).values());
		paths.add("/api/v1/indicators/BIG-0004/analysis");
		for (String path : paths) {
			assertThat(Http.getAsAdmin(this.port, path).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void theMixedBenchmarkReadsEveryPageWhileAnOfficerMakesEveryKindOfChange() throws Exception {
		// a few seconds of benchmark/mixed.sh: that it ran and nothing failed, never a
		// time
		smallCouncil();

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
		// the server records a request once its answer has gone, so the last answer of
		// each reader and the officer may not be counted yet when the counters are read
		assertThat(results.server().requests()).isGreaterThanOrEqualTo(results.requests() - (4 + 1));
		assertThat(results.server().pageHits() + results.server().pageMisses()).isPositive();
		assertThat(results.server().evaluationHits() + results.server().evaluationMisses()).isPositive();
		assertThat(results.server().connectionSeconds()).isPositive();
		assertThat(results.markdown()).contains("| council dashboard |").contains("| risk assessment |");
	}

	@Test
	void theScriptsRunTheGenerators() throws IOException {
		assertThat(Files.readString(LoadScript.COMMON)).contains(LargeCouncil.class.getName());
		assertThat(Files.readString(Path.of("benchmark/run.sh"))).contains("source benchmark/common.sh")
			.contains("benchmark/percentiles.lua");
		assertThat(Files.readString(Path.of("benchmark/mixed.sh"))).contains("source benchmark/common.sh")
			.contains(MixedLoad.class.getName());
		assertThat(Files.readString(Path.of("benchmark/import.sh"))).contains(MeasurementFile.class.getName());
		assertThat(Files.readString(Path.of("benchmark/growth.sh"))).contains("source benchmark/common.sh")
			.contains(LargeCouncil.class.getSimpleName())
			.contains(Growth.class.getName());
	}

	@Test
	void theImportBenchmarksFileImportsEveryRow(@TempDir Path folder) throws IOException {
		MeasurementFile.write(folder, 250, 3);

		ImportSummary summary = this.csvImport.run(files(folder), TestUsers.SYSTEM);

		assertThat(summary.indicators()).isEqualTo(3);
		assertThat(summary.measurements()).isEqualTo(250);
		assertThat(Http.getAsAdmin(this.port, "/dashboard/IMP").statusCode()).isEqualTo(200);
	}

	@Test
	void theSameSeedWritesTheSameFiles(@TempDir Path first, @TempDir Path second) throws IOException {
		new LargeCouncil(7, 12, 1, 5).write(first);
		new LargeCouncil(7, 12, 1, 5).write(second);

		for (ImportFile file : files(first)) {
			assertThat(Files.readString(second.resolve(file.name())))
				.isEqualTo(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	static List<ImportFile> files(Path folder) throws IOException {
		List<ImportFile> files = new ArrayList<>();
		try (Stream<Path> paths = Files.list(folder)) {
			for (Path path : paths.sorted().toList()) {
				files.add(new ImportFile(path.getFileName().toString(), Files.readAllBytes(path)));
			}
		}
		return files;
	}

}
