package uk.beacon.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProblemTest {

	@Test
	void namesFileRowAndColumn() {
		assertThat(new ImportProblem("measurements.csv", 14, "data_period", "\"31/09/2019\" is not a real date.")
			.toString())
			.isEqualTo("measurements.csv, row 14, column \"data_period\": \"31/09/2019\" is not a real date.");
	}

	@Test
	void namesBothColumnsOfAPair() {
		assertThat(new ImportProblem("measurements.csv", 3, "numerator/denominator", "too big.").toString())
			.isEqualTo("measurements.csv, row 3, columns \"numerator\"/\"denominator\": too big.");
	}

	@Test
	void aProblemWithTheWholeFileHasNoRow() {
		assertThat(new ImportProblem("readme.csv", 0, null, "unknown file.").toString())
			.isEqualTo("readme.csv: unknown file.");
	}

}
