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
import uk.beacon.TestUsers;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.imports.ImportSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small version of the benchmarks' councils, so that the generators, Beacon's import of
 * them and the pages the load script asks for cannot rot between benchmark runs.
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

		ImportSummary summary = this.csvImport.run(files(folder), TestUsers.SYSTEM);

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
	void theScriptsRunTheGenerators() throws IOException {
		assertThat(Files.readString(LoadScript.COMMON)).contains(LargeCouncil.class.getName());
		assertThat(Files.readString(Path.of("benchmark/run.sh"))).contains("source benchmark/common.sh")
			.contains("benchmark/percentiles.lua");
		assertThat(Files.readString(Path.of("benchmark/mixed.sh"))).contains("source benchmark/common.sh")
			.contains(MixedLoad.class.getName());
		assertThat(Files.readString(Path.of("benchmark/import.sh"))).contains(MeasurementFile.class.getName());
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
