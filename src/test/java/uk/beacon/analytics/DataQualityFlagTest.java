package uk.beacon.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class DataQualityFlagTest {

	@Test
	void onlyAFlagAboutTheTargetHasNoValueIndex() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DataQualityFlag(DataQualityIssue.SUSPECT_TARGET, 0, "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new DataQualityFlag(DataQualityIssue.OUTLIER, -1, "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new DataQualityFlag(DataQualityIssue.OUTLIER, -2, "x"));
		assertThatNoException()
			.isThrownBy(() -> new DataQualityFlag(DataQualityIssue.SUSPECT_TARGET, DataQualityFlag.TARGET, "x"));
		assertThatNoException().isThrownBy(() -> new DataQualityFlag(DataQualityIssue.MISSING_PERIOD, 0, "x"));
	}

	@Test
	void aFlagAlwaysSaysWhatAndWhy() {
		assertThatNullPointerException().isThrownBy(() -> new DataQualityFlag(null, 0, "x"));
		assertThatNullPointerException().isThrownBy(() -> new DataQualityFlag(DataQualityIssue.OUTLIER, 0, null));
	}

}
