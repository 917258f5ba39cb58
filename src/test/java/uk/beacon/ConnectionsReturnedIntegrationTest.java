package uk.beacon;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;

import uk.beacon.indicator.Benchmarks;
import uk.beacon.indicator.IndicatorTargets;
import uk.beacon.indicator.Measurements;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.risk.RiskAssessments;
import uk.beacon.risk.RiskTreatments;

/**
 * Every read that groups rows hands its connection back when called outside a
 * transaction, as a page's controller calls it: read as a stream and never closed, each
 * call kept one of the pool's ten, and the eleventh request waited for ever (the set-up
 * checklist found it). Each is called more times than the pool holds.
 */
@BeaconIntegrationTest
class ConnectionsReturnedIntegrationTest {

	private static final int MORE_THAN_THE_POOL = 25;

	@Autowired
	IndicatorTargets targets;

	@Autowired
	Measurements measurements;

	@Autowired
	Benchmarks benchmarks;

	@Autowired
	RiskAssessments assessments;

	@Autowired
	RiskTreatments treatments;

	@Test
	@Timeout(20)
	void groupedReadsGiveTheirConnectionBack() {
		List<Long> ids = List.of(1L, 2L, 3L);
		for (int i = 0; i < MORE_THAN_THE_POOL; i++) {
			this.targets.forIndicators(ids);
			this.measurements.forIndicators(ids);
			this.measurements.recentForIndicators(ids, new FinancialQuarter(2025, 1), 4);
			this.benchmarks.forIndicators(ids);
			this.assessments.forRegisterView(null, LocalDate.now());
			this.assessments.ofCouncil(1L);
			this.treatments.overdueCounts(LocalDate.now());
		}
	}

}
