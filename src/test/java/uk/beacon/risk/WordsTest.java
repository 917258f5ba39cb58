package uk.beacon.risk;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

	@ParameterizedTest
	@CsvSource({ "safeguarding, safeguard", "safeguard, safeguard", "services, servic", "service, servic",
			"managing, manag", "managed, manag", "manage, manag", "planning, plan", "plans, plan", "staffing, staff",
			"authorities, authority", "needed, need", "children, child", "child, child", "process, process",
			"status, status", "looked, look", "houses, hous", "housing, hous" })
	void stemsLightlySoFormsOfAWordMeet(String word, String stem) {
		assertThat(Words.stem(word)).isEqualTo(stem);
	}

	@Test
	void keepsTheWordsThatSayWhatARiskIsAbout() {
		assertThat(Words.of("Failure to protect and safeguard the Council's children (CLA).")).containsExactly(
				entry("protect", "protect"), entry("safeguard", "safeguard"), entry("child", "children"),
				entry("cla", "cla"));
	}

	@Test
	void keepsTheFirstSpellingOfEachStem() {
		assertThat(Words.of("Safeguarding: safeguard and safeguarded"))
			.containsExactly(entry("safeguard", "safeguarding"));
		assertThat(Words.of(null)).isEmpty();
	}

	private static Map.Entry<String, String> entry(String stem, String word) {
		return Map.entry(stem, word);
	}

}
