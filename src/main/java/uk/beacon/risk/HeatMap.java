package uk.beacon.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a register's risks sit on the matrix now and where they should be once their
 * actions are done. The matrix is drawn the council's way ({@link ScoreWriting#rows()}):
 * rows run from the highest level of the axis down the side to the lowest, columns from
 * the lowest level of the other axis up, as councils draw it.
 */
public record HeatMap(RiskMatrix matrix, List<Row> rows, Map<String, Integer> aboveAppetite,
		Set<String> opportunities) {

	/** One level of the axis down the side, across every level of the other. */
	public record Row(int level, String label, List<Cell> cells) {

		/**
		 * "5 Catastrophic", or "5" where the council keys the axis by number.
		 */
		public String header() {
			return HeatMap.header(this.level, this.label);
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
		boolean likelihoodOnRows = matrix.writing().likelihoodOnRows();
		List<Row> rows = new ArrayList<>();
		for (int down = matrix.size(); down >= 1; down--) {
			List<Cell> cells = new ArrayList<>();
			for (int across = 1; across <= matrix.size(); across++) {
				int impact = likelihoodOnRows ? across : down;
				int likelihood = likelihoodOnRows ? down : across;
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
			rows.add(new Row(down, likelihoodOnRows ? matrix.likelihoodLabel(down) : impactLabel(matrix, down), cells));
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

	/**
	 * "1 Rare" for each level of the axis along the bottom, lowest first, or "1" where
	 * the council keys the axis by number.
	 */
	public List<String> columnHeaders() {
		boolean likelihoodOnRows = this.matrix.writing().likelihoodOnRows();
		List<String> headers = new ArrayList<>();
		for (int level = 1; level <= this.matrix.size(); level++) {
			headers.add(header(level,
					likelihoodOnRows ? impactLabel(this.matrix, level) : this.matrix.likelihoodLabel(level)));
		}
		return headers;
	}

	/**
	 * "Risks by impact (rows) and likelihood (columns)", in the council's names and way
	 * round.
	 */
	public String caption() {
		ScoreWriting writing = this.matrix.writing();
		return "Risks by " + writing.rows() + " (rows) and " + writing.columns() + " (columns)";
	}

	/**
	 * An impact level's label, with the opportunity's where it differs: "5 Catastrophic
	 * (for a risk) / Outstanding (for an opportunity)".
	 */
	private static String impactLabel(RiskMatrix matrix, int impact) {
		String riskLabel = matrix.impactLabel(impact, RiskKind.RISK);
		String opportunityLabel = matrix.impactLabel(impact, RiskKind.OPPORTUNITY);
		return riskLabel.equals(opportunityLabel) ? riskLabel
				: riskLabel + " (for a risk) / " + opportunityLabel + " (for an opportunity)";
	}

	private static String header(int level, String label) {
		return RiskMatrix.choice(level, label);
	}

	private static boolean at(RiskPosition position, int impact, int likelihood) {
		return position != null && position.hasFactors() && position.impact() == impact
				&& position.likelihood() == likelihood;
	}

}
