package uk.beacon.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The growth benchmark's table and the generator's directorates, so that
 * {@code benchmark/growth.sh} cannot rot between runs.
 */
class GrowthTest {

	@Test
	void theSizesAreSetSideBySideAndWhatWasNotMeasuredSaysSo(@TempDir Path folder) throws IOException {
		Path small = folder.resolve("small.tsv");
		Files.writeString(small, """
				size\tthe demo
				import\t3.1
				page.0.name\tscorecard page
				page.0.path\t/scorecards/1
				page.0.cold_change\t120 (90)
				page.0.change\tfigure on the scorecard
				page.0.bytes\t173 KB (11 KB sent)
				""");
		Path large = folder.resolve("large.tsv");
		Files.writeString(large, """
				size\t10× the large council
				import\tfailed after 200 s
				failed\tjava.lang.OutOfMemoryError: Java heap space
				page.0.name\tscorecard page
				page.0.cold_change\t300 (250)
				page.0.change\tfigure on the scorecard
				page.1.name\trisk register (a directorate's)
				page.1.cold_change\t110 (100)
				page.1.change\trisk's review in the register
				""");

		String table = Growth.table(List.of(Growth.read(small), Growth.read(large)));

		assertThat(table).contains("| Council | the demo | 10× the large council |")
			.contains("| import through POST /api/v1/imports (s) | 3.1 | failed after 200 s |")
			.contains("| failures | none | java.lang.OutOfMemoryError: Java heap space |")
			.contains("| scorecard page, after a figure on the scorecard | 120 (90) | 300 (250) |")
			.contains("| risk register (a directorate's), after a risk's review in the register | — | 110 (100) |")
			.contains("| scorecard page | 173 KB (11 KB sent) | — |");
	}

	@Test
	void aCouncilWithMoreDirectoratesKeepsEachDirectorateTheSame(@TempDir Path folder) throws IOException {
		new LargeCouncil(42, 200, 1, 50).write(folder.resolve("six"));
		new LargeCouncil(42, 2000, 1, 500, 60).write(folder.resolve("sixty"));

		assertThat(lines(folder.resolve("six/organisation.csv"), ",directorate,")).isEqualTo(6);
		assertThat(lines(folder.resolve("sixty/organisation.csv"), ",directorate,")).isEqualTo(60);
		assertThat(lines(folder.resolve("sixty/organisation.csv"), ",service,")).isEqualTo(600);
		// ten times the indicators and risks in ten times the directorates: Directorate
		// 1's
		// scorecard and Directorate 2's register hold as many as before
		assertThat(lines(folder.resolve("sixty/scorecards.csv"), "BIG-SC1,"))
			.isEqualTo(lines(folder.resolve("six/scorecards.csv"), "BIG-SC1,"))
			.isEqualTo(34);
		assertThat(lines(folder.resolve("sixty/risks.csv"), ",BIG-DRR2,"))
			.isEqualTo(lines(folder.resolve("six/risks.csv"), ",BIG-DRR2,"))
			.isEqualTo(9);
	}

	@Test
	void theLargeCouncilIsWhatItWasWithoutBeingToldItsDirectorates(@TempDir Path folder) throws IOException {
		new LargeCouncil(7, 30, 1, 10).write(folder.resolve("told"));
		new LargeCouncil(7, 30, 1, 10, LargeCouncil.DIRECTORATES).write(folder.resolve("default"));
		LargeCouncil.main(new String[] { folder.resolve("main").toString(), "7", "30", "1", "10" });

		for (String file : List.of("organisation.csv", "scorecards.csv", "measurements.csv", "risks.csv")) {
			assertThat(folder.resolve("told/" + file)).hasSameTextualContentAs(folder.resolve("default/" + file));
			assertThat(folder.resolve("main/" + file)).hasSameTextualContentAs(folder.resolve("default/" + file));
		}
	}

	private static long lines(Path file, String containing) throws IOException {
		return Files.readAllLines(file).stream().filter((line) -> line.contains(containing)).count();
	}

}
