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
				firstRow.get(council), matrixTable, context)
			.ifPresent(m -> matrices.put(council, m)));
		// bands alone re-band the matrix Beacon holds, its scales as they are
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
			RiskMatrix matrix = held.get();
			try {
				matrices.put(council, new RiskMatrix(matrix.size(), matrix.impactLabels(),
						matrix.opportunityImpactLabels(), matrix.likelihoodLabels(), councilBands));
			}
			catch (IllegalArgumentException ex) {
				context.problems.add(FileKind.RISK_BANDS.fileName(), 0, null, council + ": " + ex.getMessage());
			}
		});
		return matrices;
	}

	private static Optional<RiskMatrix> build(String council, Map<String, Map<Integer, String[]>> byAxis,
			List<RiskBand> bands, int row, CsvTable matrixTable, ImportContext context) {
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
		try {
			return Optional.of(new RiskMatrix(size, impacts, opportunities, likelihoods, bands));
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
