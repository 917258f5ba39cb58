package uk.beacon.indicator;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.indicator.StatusInputs.nothingReported;
import static uk.beacon.indicator.StatusInputs.value;

class StatusRuleNotRatedTest {

	private static final StatusAssessment NO_DATA = new StatusAssessment(Status.NO_DATA,
			"No data: nothing has been reported for this period.");

	@ParameterizedTest
	@EnumSource(Polarity.class)
	void noDataWhenNothingWasReportedWhateverThePolarity(Polarity polarity) {
		assertThat(nothingReported().polarity(polarity).target("86").evaluate()).isEqualTo(NO_DATA);
	}

	@Test
	void noDataWhenNothingWasReportedWhateverTheTarget() {
		assertThat(nothingReported().evaluate()).isEqualTo(NO_DATA);
		assertThat(nothingReported().range("600", "680").evaluate()).isEqualTo(NO_DATA);
		assertThat(nothingReported().quartile(2).evaluate()).isEqualTo(NO_DATA);
		assertThat(nothingReported().total("150", LocalDate.of(2019, 7, 1), LocalDate.of(2024, 6, 30)).evaluate())
			.isEqualTo(NO_DATA);
	}

	@Test
	void notRatedWithoutATarget() {
		assertThat(value("42", Unit.RATE_PER_10000, 0).evaluate())
			.isEqualTo(new StatusAssessment(Status.NOT_RATED, "Not rated: 42 per 10,000 has no target."));
	}

	@Test
	void notRatedForAContextualMeasure() {
		assertThat(value("6.92", Unit.PERCENT, 2).noPolarity().evaluate()).isEqualTo(
				new StatusAssessment(Status.NOT_RATED, "Not rated: 6.92% is a contextual measure with no polarity."));
	}

	@Test
	void noPolarityWinsOverATarget() {
		assertThat(value("6.92", Unit.PERCENT, 2).noPolarity().target("5").tolerance("1").evaluate().explanation())
			.isEqualTo("Not rated: 6.92% is a contextual measure with no polarity.");
		assertThat(value("6.92", Unit.PERCENT, 2).noPolarity().quartile(2).benchmarkQuartile(4).evaluate().status())
			.isEqualTo(Status.NOT_RATED);
		assertThat(value("6.92", Unit.PERCENT, 2).noPolarity().range("1", "2").evaluate().status())
			.isEqualTo(Status.NOT_RATED);
	}

}
