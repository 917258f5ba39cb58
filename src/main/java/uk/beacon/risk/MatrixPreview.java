package uk.beacon.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a new matrix and bands would do to a council's risks, shown before they are saved:
 * the open risks whose level would change, the assessments the new matrix could not hold
 * (which stop it being saved), and the risk appetite's scores it would leave off the
 * matrix (which stop it too).
 *
 * @param changes the open risks the person may see whose level changes, by reference
 * @param unseenChanges how many more open risks change level that the person may not see
 * (restricted ones, to someone without the restricted reader's permission)
 * @param misfits every assessment the new matrix cannot hold
 * @param appetiteProblems what the new matrix would make wrong in the council's appetite
 */
public record MatrixPreview(List<LevelChange> changes, int unseenChanges, List<Misfit> misfits,
		List<String> appetiteProblems) {

	public MatrixPreview {
		changes = List.copyOf(changes);
		misfits = List.copyOf(misfits);
		appetiteProblems = List.copyOf(appetiteProblems);
	}

	/**
	 * An open risk rated at another level under the new matrix.
	 *
	 * @param score the rated score, {@code null} where only a printed rating is held
	 */
	public record LevelChange(String reference, String title, Integer score, RiskLevel before, RiskLevel after) {
	}

	/**
	 * An assessment whose position the new matrix has no place for.
	 *
	 * @param reference the risk, {@code null} when the person may not see it
	 * @param position which of its positions, such as "current"
	 */
	public record Misfit(String reference, LocalDate assessedOn, String position, RiskPosition scored) {

		/**
		 * "LCC-3, assessed 12/03/2025: current 20 (5 × 4)".
		 */
		public String describe(RiskMatrix matrix) {
			String scoredAs = this.scored.score() + (this.scored.hasFactors()
					? " (impact " + this.scored.impact() + " × likelihood " + this.scored.likelihood() + ")" : "");
			return ((this.reference != null) ? this.reference : "A risk you may not see") + ", assessed "
					+ this.assessedOn
						.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
					+ ": " + this.position + " " + scoredAs + " does not fit the " + matrix.dimensions() + " matrix";
		}

	}

	/**
	 * Whether the new matrix may be saved: every assessment fits it, and the appetite.
	 */
	public boolean saveable() {
		return this.misfits.isEmpty() && this.appetiteProblems.isEmpty();
	}

	/**
	 * @param risks the council's risks, open and closed
	 * @param history their assessments by risk identity
	 * @param seen whether the person may see a risk
	 */
	static MatrixPreview of(RiskMatrix before, RiskMatrix after, List<Risk> risks,
			Map<Long, List<RiskAssessment>> history, Predicate<Risk> seen, RiskAppetite appetite) {
		List<LevelChange> changes = new ArrayList<>();
		List<Misfit> misfits = new ArrayList<>();
		int unseen = 0;
		for (Risk risk : risks.stream().sorted(Comparator.comparing(Risk::reference)).toList()) {
			List<RiskAssessment> assessments = history.getOrDefault(risk.id(), List.of());
			String reference = seen.test(risk) ? risk.reference() : null;
			boolean fits = true;
			for (RiskAssessment assessment : assessments) {
				fits &= fits(assessment, after, reference, misfits);
			}
			RiskAssessment latest = RiskRules.latest(assessments).orElse(null);
			if (!fits || latest == null || risk.status() != RiskStatus.OPEN || risk.isMerged()) {
				continue;
			}
			RiskLevel was = RiskRules.level(latest, before);
			RiskLevel will = RiskRules.level(latest, after);
			if (was.level().equals(will.level()) && was.colour() == will.colour()) {
				continue;
			}
			if (reference == null) {
				unseen++;
				continue;
			}
			RiskPosition rated = latest.rated();
			changes.add(
					new LevelChange(risk.reference(), risk.title(), (rated != null) ? rated.score() : null, was, will));
		}
		return new MatrixPreview(changes, unseen, misfits, appetite.problems(after));
	}

	private static boolean fits(RiskAssessment assessment, RiskMatrix matrix, String reference, List<Misfit> misfits) {
		boolean fits = true;
		String[] names = { "inherent", "current", "residual (target)" };
		RiskPosition[] positions = { assessment.inherent(), assessment.current(), assessment.residual() };
		for (int i = 0; i < positions.length; i++) {
			if (positions[i] != null && !matrix.fits(positions[i])) {
				misfits.add(new Misfit(reference, assessment.assessedOn(), names[i], positions[i]));
				fits = false;
			}
		}
		return fits;
	}

}
