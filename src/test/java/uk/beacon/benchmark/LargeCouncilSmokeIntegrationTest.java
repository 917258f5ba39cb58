package uk.beacon.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.imports.ImportSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small version of the benchmark's large council, so that the generator and Beacon's
 * import of it cannot rot between benchmark runs.
 */
@BeaconIntegrationTest
class LargeCouncilSmokeIntegrationTest {

	@Autowired
	CsvImport csvImport;

	@LocalServerPort
	int port;

	@Test
	void aGeneratedCouncilImportsAndItsPagesAnswer(@TempDir Path folder) throws IOException {
		new LargeCouncil(7, 24, 2, 12).write(folder);

		ImportSummary summary = this.csvImport.run(files(folder), "benchmark smoke test");

		assertThat(summary.indicators()).isEqualTo(24);
		assertThat(summary.organisationUnits()).isEqualTo(1 + LargeCouncil.DIRECTORATES + LargeCouncil.SERVICES);
		assertThat(summary.measurements()).isPositive();
		assertThat(summary.risks()).isEqualTo(12);
		assertThat(summary.riskAssessments()).isEqualTo(12 * 8);
		for (String path : List.of("/dashboard/BIG", "/dashboard/BIG-D1", "/indicators/BIG-0004",
				"/risks?register=BIG-CRR", "/api/v1/risks?register=BIG-DRR1", "/api/v1/indicators/BIG-0004/analysis")) {
			assertThat(Http.getAsAdmin(this.port, path).statusCode()).as(path).isEqualTo(200);
		}
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
