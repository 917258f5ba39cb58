package uk.beacon.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ForecastTest {

	@Test
	void aProjectionExistsExactlyWhenThereWasEnoughData() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Forecast(null, 10.0, ForecastMethod.LINEAR_TREND, null, "x"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Forecast(12.0, 10.0, ForecastMethod.NOT_ENOUGH_DATA, null, "x"));
		assertThatNoException().isThrownBy(() -> new Forecast(null, 10.0, ForecastMethod.NOT_ENOUGH_DATA, null, "x"));
	}

	@Test
	void onlyAProjectionWithATargetCanBeOnTrackOrNot() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Forecast(12.0, null, ForecastMethod.PRO_RATA_YEAR, true, "x"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Forecast(null, 10.0, ForecastMethod.NOT_ENOUGH_DATA, false, "x"));
		assertThatNoException().isThrownBy(() -> new Forecast(12.0, 10.0, ForecastMethod.PRO_RATA_YEAR, true, "x"));
	}

	@Test
	void aForecastAlwaysHasAMethodAndAnExplanation() {
		assertThatNullPointerException().isThrownBy(() -> new Forecast(12.0, null, null, null, "x"));
		assertThatNullPointerException()
			.isThrownBy(() -> new Forecast(12.0, null, ForecastMethod.PRO_RATA_YEAR, null, null));
	}

}
