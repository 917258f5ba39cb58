package uk.beacon.imports;

/**
 * What an import saved.
 */
public record ImportSummary(int organisationUnits, int indicators, int targets, int measurements, int benchmarks,
		int scorecards) {

	public String describe() {
		return "%d organisation units, %d indicators, %d targets, %d measurements, %d benchmarks and %d scorecards"
			.formatted(this.organisationUnits, this.indicators, this.targets, this.measurements, this.benchmarks,
					this.scorecards);
	}

}
