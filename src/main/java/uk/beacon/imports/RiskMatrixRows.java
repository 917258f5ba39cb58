package uk.beacon.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.beacon.organisation.OrganisationKind;
import uk.beacon.risk.BandColour;
import uk.beacon.risk.RiskBand;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.ScoreWriting;

/**
 * Reads risk-matrix.csv and risk-bands.csv into one matrix per council.
 */
final class RiskMatrixRows {

	private RiskMatrixRows() {
	}

	/**
	 * @param saved the matrix Beacon holds for a council, by its code: bands imported
	 * without a matrix are bands for that one
	 * @return each council's new matrix by council code
	 */
	static Map<String, RiskMatrix> read(CsvTable matrixTable, CsvTable bandTable, ImportContext context,
			java.util.function.Function<String, Optional<RiskMatrix>> saved) {
		Map<String, Map<String, Map<Integer, String[]>>> axes = new LinkedHashMap<>();
		Map<String, Integer> firstRow = new HashMap<>();
		Map<String, Writing> writing = new HashMap<>();
		for (CsvRow row : matrixTable.rows()) {
			String council = council(row, context);
			String axis = row.required("axis");
			Integer level = row.integer("level", 1, 10);
			if (row.text("level") == null) {
				row.required("level");
			}
			String label = row.required("label");
			if (council == null || axis == null || level == null || label == null) {
				continue;
			}
			if (!axis.equalsIgnoreCase("impact") && !axis.equalsIgnoreCase("likelihood")) {
				row.problem("axis", "\"" + axis + "\" is not impact or likelihood.");
				continue;
			}
			String opportunityLabel = row.text("opportunity_label");
			if (opportunityLabel != null && axis.equalsIgnoreCase("likelihood")) {
				row.problem("opportunity_label", "only the impact scale has labels of its own for opportunities.");
				continue;
			}
			if (!writing.computeIfAbsent(council, c -> new Writing()).read(row, axis.toLowerCase())) {
				continue;
			}
			firstRow.putIfAbsent(council, row.number());
			String[] previous = axes.computeIfAbsent(council, c -> new LinkedHashMap<>())
				.computeIfAbsent(axis.toLowerCase(), a -> new HashMap<>())
				.put(level, new String[] { label, (opportunityLabel != null) ? opportunityLabel : label });
			if (previous != null) {
				row.problem("level", "level " + level + " of the " + axis.toLowerCase() + " scale appears twice.");
			}
		}
		Map<String, List<RiskBand>> bands = bands(bandTable, context);
		Map<String, RiskMatrix> matrices = new LinkedHashMap<>();
		axes.forEach((council, byAxis) -> build(council, byAxis, bands.getOrDefault(council, List.of()),
				writing.get(council), firstRow.get(council), context)
			.ifPresent(m -> matrices.put(council, m)));
		// bands alone re-band the matrix Beacon holds, its scales and writing as they are
		bands.forEach((council, councilBands) -> {
			if (axes.containsKey(council)) {
				return;
			}
			Optional<RiskMatrix> held = saved.apply(council);
			if (held.isEmpty()) {
				context.problems.add(FileKind.RISK_BANDS.fileName(), 0, "council_code", "bands for " + council
						+ " need its matrix in risk-matrix.csv of the same import, as Beacon holds none for it yet.");
				return;
			}
			try {
				matrices.put(council, held.get().withBands(councilBands));
			}
			catch (IllegalArgumentException ex) {
				context.problems.add(FileKind.RISK_BANDS.fileName(), 0, null, council + ": " + ex.getMessage());
			}
		});
		return matrices;
	}

	private static Optional<RiskMatrix> build(String council, Map<String, Map<Integer, String[]>> byAxis,
			List<RiskBand> bands, Writing writing, int row, ImportContext context) {
		Map<Integer, String[]> impact = byAxis.getOrDefault("impact", Map.of());
		Map<Integer, String[]> likelihood = byAxis.getOrDefault("likelihood", Map.of());
		int size = impact.size();
		String file = FileKind.RISK_MATRIX.fileName();
		if (size < 2 || likelihood.size() != size || !levelsComplete(impact) || !levelsComplete(likelihood)) {
			context.problems.add(file, row, "level",
					"the matrix of " + council + " needs levels 1 to N on both scales, the same N (2 to 10); it has "
							+ impact.size() + " impact and " + likelihood.size() + " likelihood levels.");
			return Optional.empty();
		}
		if (bands.isEmpty()) {
			context.problems.add(FileKind.RISK_BANDS.fileName(), 0, "council_code",
					"the matrix of " + council + " needs its bands in risk-bands.csv.");
			return Optional.empty();
		}
		List<String> impacts = new ArrayList<>();
		List<String> opportunities = new ArrayList<>();
		List<String> likelihoods = new ArrayList<>();
		for (int level = 1; level <= size; level++) {
			impacts.add(impact.get(level)[0]);
			opportunities.add(impact.get(level)[1]);
			likelihoods.add(likelihood.get(level)[0]);
		}
		ScoreWriting written;
		try {
			written = writing.toWriting();
		}
		catch (IllegalArgumentException ex) {
			context.problems.add(file, row, "axis_name", council + ": " + ex.getMessage());
			return Optional.empty();
		}
		if (writing.drawnAlike()) {
			context.problems.add(file, row, "drawn", "the matrix of " + council
					+ " puts both axes on the same side; one axis runs down the side (rows), the other along the bottom (columns).");
			return Optional.empty();
		}
		if (written == null) {
			context.problems.add(file, row, "written", "the matrix of " + council
					+ " writes both axes first; one axis is written first, the other second.");
			return Optional.empty();
		}
		try {
			return Optional.of(new RiskMatrix(size, impacts, opportunities, likelihoods, bands, written));
		}
		catch (IllegalArgumentException ex) {
			context.problems.add(FileKind.RISK_BANDS.fileName(), 0, null, council + ": " + ex.getMessage());
			return Optional.empty();
		}
	}

	private static boolean levelsComplete(Map<Integer, String[]> levels) {
		for (int level = 1; level <= levels.size(); level++) {
			if (!levels.containsKey(level)) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, List<RiskBand>> bands(CsvTable table, ImportContext context) {
		Map<String, List<RiskBand>> bands = new LinkedHashMap<>();
		for (CsvRow row : table.rows()) {
			String council = council(row, context);
			Integer from = row.integer("from_score", 1, 100);
			Integer to = row.integer("to_score", 1, 100);
			String level = row.required("level");
			BandColour colour = row.choice("colour", BandColour.class);
			if (row.text("colour") == null) {
				row.required("colour");
			}
			if (council == null || from == null || to == null || level == null || colour == null) {
				continue;
			}
			if (to < from) {
				row.problem("to_score", "the band ends (" + to + ") before it starts (" + from + ").");
				continue;
			}
			bands.computeIfAbsent(council, c -> new ArrayList<>()).add(new RiskBand(from, to, level, colour));
		}
		return bands;
	}

	/**
	 * What a council's rows say of how it writes a score: each axis's name and whether it
	 * is written first or second. Each axis says it once, on any of its rows, or the same
	 * on several.
	 */
	private static final class Writing {

		private final Map<String, String> names = new HashMap<>();

		private final Map<String, String> order = new HashMap<>();

		private final Map<String, String> sides = new HashMap<>();

		/**
		 * @return whether the row agrees with the axis's earlier rows; a row that does
		 * not has its problem recorded
		 */
		boolean read(CsvRow row, String axis) {
			String name = row.text("axis_name");
			String written = row.text("written");
			if (written != null && !written.equalsIgnoreCase("first") && !written.equalsIgnoreCase("second")) {
				row.problem("written", "\"" + written + "\" is not first or second.");
				return false;
			}
			String drawn = row.text("drawn");
			if (drawn != null && !drawn.equalsIgnoreCase("rows") && !drawn.equalsIgnoreCase("columns")) {
				row.problem("drawn", "\"" + drawn + "\" is not rows or columns.");
				return false;
			}
			return agrees(row, "axis_name", this.names, axis, name)
					&& agrees(row, "written", this.order, axis, (written != null) ? written.toLowerCase() : null)
					&& agrees(row, "drawn", this.sides, axis, (drawn != null) ? drawn.toLowerCase() : null);
		}

		private static boolean agrees(CsvRow row, String column, Map<String, String> held, String axis, String value) {
			if (value == null) {
				return true;
			}
			String earlier = held.putIfAbsent(axis, value);
			if (earlier != null && !earlier.equalsIgnoreCase(value)) {
				row.problem(column, "an earlier row of the " + axis + " scale says \"" + earlier + "\", this one \""
						+ value + "\"; give the same on every row of the scale, or on one only.");
				return false;
			}
			return true;
		}

		/**
		 * @return how the council writes a score, or {@code null} when both axes are
		 * written first (or both second)
		 */
		ScoreWriting toWriting() {
			String impact = this.order.get("impact");
			String likelihood = this.order.get("likelihood");
			if (impact != null && impact.equals(likelihood)) {
				return null;
			}
			boolean likelihoodFirst = "first".equals(likelihood) || "second".equals(impact);
			return new ScoreWriting(likelihoodFirst, this.names.getOrDefault("impact", "impact"),
					this.names.getOrDefault("likelihood", "likelihood"), likelihoodOnRows());
		}

		/** Whether both axes are said to run down the side, or both along the bottom. */
		boolean drawnAlike() {
			String impact = this.sides.get("impact");
			return impact != null && impact.equals(this.sides.get("likelihood"));
		}

		private boolean likelihoodOnRows() {
			return "rows".equals(this.sides.get("likelihood")) || "columns".equals(this.sides.get("impact"));
		}

	}

	private static String council(CsvRow row, ImportContext context) {
		String code = row.required("council_code");
		if (code != null && context.unitKind(code).filter(k -> k == OrganisationKind.COUNCIL).isEmpty()) {
			row.problem("council_code", "no council has the code \"" + code + "\".");
			return null;
		}
		if (code != null && !context.checkScope(row, "council_code", code, "change the risk matrix of " + code,
				RiskContext.KEEPERS)) {
			return null;
		}
		return code;
	}

}
