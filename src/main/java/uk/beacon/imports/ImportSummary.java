package uk.beacon.imports;

/**
 * What an import saved.
 */
public record ImportSummary(int organisationUnits, int indicators, int targets, int measurements, int benchmarks,
		int scorecards, int riskRegisters, int risks, int riskAssessments) {

	public String describe() {
		return ("%d organisation units, %d indicators, %d targets, %d measurements, %d benchmarks, %d scorecards, "
				+ "%d risk registers, %d risks and opportunities and %d risk assessments")
			.formatted(this.organisationUnits, this.indicators, this.targets, this.measurements, this.benchmarks,
					this.scorecards, this.riskRegisters, this.risks, this.riskAssessments);
	}

}
