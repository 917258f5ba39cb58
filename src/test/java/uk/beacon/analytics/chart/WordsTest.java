package uk.beacon.analytics.chart;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

	@Test
	void listsItemsAsASentenceWould() {
		assertThat(Words.list(List.of())).isEmpty();
		assertThat(Words.list(List.of("England"))).isEqualTo("England");
		assertThat(Words.list(List.of("England", "North West"))).isEqualTo("England and North West");
		assertThat(Words.list(List.of("England", "North West", "Neighbours")))
			.isEqualTo("England, North West and Neighbours");
	}

	@Test
	void countsInTheSingularAndThePlural() {
		assertThat(Words.count(1, "point", "points")).isEqualTo("1 point");
		assertThat(Words.count(0, "point", "points")).isEqualTo("0 points");
		assertThat(Words.count(2, "point", "points")).isEqualTo("2 points");
	}

	@Test
	void namesTheSpanOfPeriods() {
		assertThat(Words.span(List.of())).isEmpty();
		assertThat(Words.span(List.of("Q1 2019/20"))).isEqualTo(" for Q1 2019/20");
		assertThat(Words.span(List.of("Q1 2019/20", "Q2 2019/20", "Q3 2019/20")))
			.isEqualTo(" from Q1 2019/20 to Q3 2019/20");
	}

}
