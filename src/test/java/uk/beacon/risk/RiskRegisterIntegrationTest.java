package uk.beacon.risk;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.access.Audience;
import uk.beacon.BeaconIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lancashire and Worcestershire registers load as the councils printed them.
 */
@BeaconIntegrationTest
class RiskRegisterIntegrationTest {

	@Autowired
	RiskViews views;

	@Test
	void lancashireRegisterHasItsSeventeenEntriesWithScoresAsPrinted() {
		Map<String, RiskSummary> lancashire = register("LCC-CRR");

		assertThat(lancashire).hasSize(17);
		assertThat(lancashire.values().stream().filter(s -> s.risk().kind() == RiskKind.OPPORTUNITY)).hasSize(4);
		assertThat(lancashire.get("CR9").inherentLabel()).isEqualTo("25");
		assertThat(lancashire.get("CR4").residualLabel()).isEqualTo("16 Major/Likely");
		assertThat(lancashire.get("CR2").residualLabel()).isEqualTo("12 Major/Possible");
		assertThat(lancashire.get("CO2").residualLabel()).isEqualTo("15 Outstanding/Possible");
		assertThat(lancashire.get("CO3").residualLabel()).isEqualTo("12 Major/Possible");
		assertThat(lancashire.get("CR4").levelName()).isEqualTo("Red");
		assertThat(lancashire.get("CR2").levelName()).isEqualTo("Amber");
		assertThat(lancashire.get("CR13").direction()).isEqualTo(RiskDirection.NEW);
	}

	@Test
	void worcestershireRatingsPrintedWithoutScoresAreShownAsPrinted() {
		Map<String, RiskSummary> worcestershire = register("WCC-CRR");

		assertThat(worcestershire).hasSize(10);
		assertThat(worcestershire.get("WCR4").levelName()).isEqualTo("Red");
		assertThat(worcestershire.get("WCR4").level().derived()).isFalse();
		assertThat(worcestershire.get("WCR1").levelName()).isEqualTo("Amber");
		assertThat(worcestershire.get("WCR2").level()).isNull();
	}

	@Test
	void aRiskPageHasItsControlsActionsAndWhatItThreatens() {
		RiskDetail cr4 = this.views.risk("CR4", Audience.PUBLIC).orElseThrow();

		assertThat(cr4.controls()).isNotEmpty();
		assertThat(cr4.actions()).isNotEmpty();
		assertThat(cr4.links()).isNotEmpty();
		assertThat(cr4.history()).hasSize(1);
	}

	@Test
	void theHeatMapPlacesEachResidualPositionAsATarget() {
		List<RiskSummary> lancashire = this.views.register(new RiskFilter("LCC-CRR", null, null, null, null),
				Audience.PUBLIC);
		HeatMap map = HeatMap.of(lancashire, lancashire.get(0).matrix());

		HeatMap.Cell majorLikely = map.rows().get(1).cells().get(3);
		assertThat(majorLikely.score()).isEqualTo(16);
		assertThat(majorLikely.target()).contains("CR4", "CR1", "CR10", "CO1");
		assertThat(majorLikely.now()).isEmpty();
		assertThat(map.rows().stream().flatMap(r -> r.cells().stream()).mapToInt(c -> c.target().size()).sum())
			.isEqualTo(17);
		assertThat(map.rows().get(0).label()).isEqualTo("Catastrophic (for a risk) / Outstanding (for an opportunity)");
	}

	private Map<String, RiskSummary> register(String code) {
		return this.views.register(new RiskFilter(code, null, null, null, null), Audience.PUBLIC)
			.stream()
			.collect(Collectors.toMap(s -> s.risk().reference(), s -> s));
	}

}
