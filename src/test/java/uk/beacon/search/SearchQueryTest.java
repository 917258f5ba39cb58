package uk.beacon.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {

	@Test
	void controlCharactersBecomeSpacesAndSpacesAreTrimmed() {
		assertThat(SearchQuery.of("\u0000care\u0007\t\n leavers\u202E  ").orElseThrow().text())
			.isEqualTo("care leavers");
	}

	@Test
	void nothingButSpacesAndControlCharactersIsNoSearch() {
		assertThat(SearchQuery.of(" \u0000\t ")).isEmpty();
		assertThat(SearchQuery.of(null)).isEmpty();
	}

	@Test
	void moreThanTheLongestSearchIsRefusedSayingHowLongItWas() {
		assertThat(SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH))).isPresent();
		assertThatThrownBy(() -> SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH + 1)))
			.isInstanceOf(SearchRefused.class)
			.hasMessage("Enter 200 characters or fewer to search for: 201 were entered.");
	}

	@Test
	void aCodesStartTakesWildcardsLiterallyAndIsNoneForSeveralWords() {
		assertThat(SearchQuery.of("cfc-05").orElseThrow().codePrefix()).isEqualTo("CFC-05%");
		assertThat(SearchQuery.of("a%b_c\\").orElseThrow().codePrefix()).isEqualTo("A\\%B\\_C\\\\%");
		assertThat(SearchQuery.of("care leavers").orElseThrow().codePrefix()).isNull();
	}

}
