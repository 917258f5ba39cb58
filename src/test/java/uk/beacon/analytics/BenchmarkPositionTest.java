package uk.beacon.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class BenchmarkPositionTest {

	@Test
	void aRankLiesWithinItsGroup() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BenchmarkPosition(0, 4, 1, 1, "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new BenchmarkPosition(5, 4, 4, 4, "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new BenchmarkPosition(1, 0, 1, 1, "x"));
		assertThatNoException().isThrownBy(() -> new BenchmarkPosition(4, 4, 4, 1, "x"));
	}

	@Test
	void quartilesRunFromOneToFour() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BenchmarkPosition(1, 4, 0, 1, "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new BenchmarkPosition(1, 4, 5, 1, "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new BenchmarkPosition(1, 4, 1, 0, "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new BenchmarkPosition(1, 4, 1, 5, "x"));
	}

	@Test
	void aPositionIsAlwaysExplained() {
		assertThatNullPointerException().isThrownBy(() -> new BenchmarkPosition(1, 4, 1, 4, null));
	}

}
