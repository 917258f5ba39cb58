package uk.beacon.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo councils load into Beacon's own embedded database unless told not to, and into
 * a council's own PostgreSQL only when asked.
 */
class DemoDataSwitchTest {

	private static final String EXTERNAL = "jdbc:postgresql://db.council.internal:5432/beacon";

	@Test
	void unsetTheyLoadIntoTheEmbeddedDatabaseOnly() {
		assertThat(DemoData.wanted("", "")).isTrue();
		assertThat(DemoData.wanted(null, null)).isTrue();
		assertThat(DemoData.wanted(" ", EXTERNAL)).isFalse();
		assertThat(DemoData.wanted(null, EXTERNAL)).isFalse();
	}

	@Test
	void setTheSettingDecidesWhateverTheDatabase() {
		assertThat(DemoData.wanted("true", EXTERNAL)).isTrue();
		assertThat(DemoData.wanted("TRUE ", EXTERNAL)).isTrue();
		assertThat(DemoData.wanted("false", "")).isFalse();
		assertThat(DemoData.wanted("no", "")).isFalse();
		assertThat(DemoData.wanted("yes", EXTERNAL)).isTrue();
	}

}
