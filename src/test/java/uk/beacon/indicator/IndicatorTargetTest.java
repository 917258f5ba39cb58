package uk.beacon.indicator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static uk.beacon.indicator.Fixtures.profile;
import static uk.beacon.indicator.Fixtures.quarter;
import static uk.beacon.indicator.Fixtures.value;

class IndicatorTargetTest {

	@Test
	void aTargetForAFinancialYearAppliesToEachOfItsQuarters() {
		IndicatorTarget target = value("90", "2019/20", "2019/20", Tolerance.none());

		assertThat(target.appliesTo(quarter("Q1 2019/20"))).isTrue();
		assertThat(target.appliesTo(quarter("Q4 2019/20"))).isTrue();
		assertThat(target.appliesTo(quarter("Q4 2018/19"))).isFalse();
		assertThat(target.appliesTo(quarter("Q1 2020/21"))).isFalse();
	}

	@Test
	void aTargetWithoutAnEndAppliesUntilReplaced() {
		IndicatorTarget target = value("90", "Q2 2019/20", null, Tolerance.none());

		assertThat(target.appliesTo(quarter("Q1 2019/20"))).isFalse();
		assertThat(target.appliesTo(quarter("Q2 2030/31"))).isTrue();
		assertThat(target.span()).isEqualTo("from Q2 2019/20");
	}

	@Test
	void targetsOverlapWhenTheyShareAQuarter() {
		IndicatorTarget year = value("90", "Q1 2019/20", "Q4 2019/20", Tolerance.none());

		assertThat(year.overlaps(value("95", "Q4 2019/20", null, Tolerance.none()))).isTrue();
		assertThat(year.overlaps(value("95", "Q1 2020/21", null, Tolerance.none()))).isFalse();
		assertThat(profile("25", "Q1 2019/20").overlaps(profile("50", "Q2 2019/20"))).isFalse();
		assertThat(profile("25", "Q1 2019/20").overlaps(year)).isTrue();
	}

	@Test
	void cannotEndBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> value("90", "Q2 2019/20", "Q1 2019/20", Tolerance.none()));
	}

}
