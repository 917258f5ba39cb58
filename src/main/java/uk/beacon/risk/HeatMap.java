package uk.beacon.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a register's risks sit on the matrix now and where they should be once their
 * actions are done. Rows run from the highest impact down, columns from the lowest
 * likelihood up, as councils draw it.
 */
public record HeatMap(RiskMatrix matrix, List<Row> rows, Map<String, Integer> aboveAppetite,
		Set<String> opportunities) {

	/** One impact level across every likelihood. */
	public record Row(int impact, String impactLabel, List<Cell> cells) {

		/**
		 * "5 Catastrophic", or "5" where the council keys the axis by number.
		 */
		public String header() {
			return HeatMap.header(this.impact, this.impactLabel);
		}

	}

	/** One square of the matrix with the risks in it now and at their target. */
	public record Cell(int impact, int likelihood, int score, RiskBand band, List<String> now, List<String> target) {

		public boolean isEmpty() {
			return this.now.isEmpty() && this.target.isEmpty();
		}

	}

	/**
	 * Places each risk's rated position ("now") and, where it differs, its residual
	 * ("target"). Positions printed as a score alone cannot be placed and are left off.
	 */
	public static HeatMap of(List<RiskSummary> risks, RiskMatrix matrix) {
		List<Row> rows = new ArrayList<>();
		for (int impact = matrix.size(); impact >= 1; impact--) {
			List<Cell> cells = new ArrayList<>();
			for (int likelihood = 1; likelihood <= matrix.size(); likelihood++) {
				List<String> now = new ArrayList<>();
				List<String> target = new ArrayList<>();
				for (RiskSummary summary : risks) {
					if (summary.latest() == null) {
						continue;
					}
					if (at(summary.latest().current(), impact, likelihood)) {
						now.add(summary.risk().reference());
					}
					if (at(summary.latest().residual(), impact, likelihood)) {
						target.add(summary.risk().reference());
					}
				}
				cells.add(new Cell(impact, likelihood, impact * likelihood, matrix.bandOf(impact * likelihood), now,
						target));
			}
			String riskLabel = matrix.impactLabel(impact, RiskKind.RISK);
			String opportunityLabel = matrix.impactLabel(impact, RiskKind.OPPORTUNITY);
			rows.add(
					new Row(impact,
							riskLabel.equals(opportunityLabel) ? riskLabel
									: riskLabel + " (for a risk) / " + opportunityLabel + " (for an opportunity)",
							cells));
		}
		Map<String, Integer> above = new HashMap<>();
		risks.stream()
			.filter(RiskSummary::aboveAppetite)
			.forEach(summary -> above.put(summary.risk().reference(), summary.aboveAppetiteBy()));
		Set<String> opportunities = risks.stream()
			.filter(summary -> summary.risk().kind() == RiskKind.OPPORTUNITY)
			.map(summary -> summary.risk().reference())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		return new HeatMap(matrix, rows, Map.copyOf(above), opportunities);
	}

	public List<String> likelihoodLabels() {
		List<String> labels = new ArrayList<>();
		for (int level = 1; level <= this.matrix.size(); level++) {
			labels.add(this.matrix.likelihoodLabel(level));
		}
		return labels;
	}

	/**
	 * "1 Rare" for each likelihood level, or "1" where the council keys the axis by
	 * number.
	 */
	public List<String> likelihoodHeaders() {
		List<String> headers = new ArrayList<>();
		for (int level = 1; level <= this.matrix.size(); level++) {
			headers.add(header(level, this.matrix.likelihoodLabel(level)));
		}
		return headers;
	}

	/**
	 * "Risks by impact (rows) and likelihood (columns)", in the council's names.
	 */
	public String caption() {
		ScoreWriting writing = this.matrix.writing();
		return "Risks by " + writing.impactName() + " (rows) and " + writing.likelihoodName() + " (columns)";
	}

	private static String header(int level, String label) {
		return RiskMatrix.choice(level, label);
	}

	private static boolean at(RiskPosition position, int impact, int likelihood) {
		return position != null && position.hasFactors() && position.impact() == impact
				&& position.likelihood() == likelihood;
	}

}
