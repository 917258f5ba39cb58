package uk.beacon.risk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.beacon.period.FinancialQuarter;

/**
 * What a risk's assessments say about it on a given day or in a given quarter: its level,
 * whether it moved since the last report, and the flags a cabinet report raises.
 */
public final class RiskRules {

	/** Latest by reporting period, then by date within the period. */
	private static final Comparator<RiskAssessment> REPORTED_ORDER = Comparator
		.comparing(RiskAssessment::reportingPeriod)
		.thenComparing(RiskAssessment::assessedOn);

	private RiskRules() {
	}

	/**
	 * The band of the rated score; where the council published a rating without scores,
	 * that rating, read as one of the council's band words or as a colour ("RED" is level
	 * Red, colour red), and grey when Beacon does not recognise it.
	 * @return the level, or {@code null} when there is no assessment
	 */
	public static RiskLevel level(RiskAssessment latest, RiskMatrix matrix) {
		Objects.requireNonNull(matrix, "matrix must not be null");
		return (latest != null) ? levelOf(latest, matrix) : null;
	}

	/**
	 * Without a matrix (null), only a printed rating can be read, and only as a colour.
	 */
	private static RiskLevel levelOf(RiskAssessment assessment, RiskMatrix matrix) {
		RiskPosition rated = assessment.rated();
		if (rated != null) {
			RiskBand band = matrix.bandOf(rated.score());
			return new RiskLevel(band.level(), band.colour(), true);
		}
		String printed = assessment.ratingAsPrinted();
		List<RiskBand> bands = (matrix != null) ? matrix.bands() : List.of();
		for (RiskBand band : bands) {
			if (band.level().equalsIgnoreCase(printed)) {
				return new RiskLevel(band.level(), band.colour(), false);
			}
		}
		return BandColour.fromCode(printed)
			.map((colour) -> new RiskLevel(colour.label(), colour, false))
			.orElseGet(() -> new RiskLevel(printed, BandColour.GREY, false));
	}

	/**
	 * A level a person named, such as the level an officer set a risk area at: one of the
	 * council's levels, or a colour ("RED"), or grey when it is neither (a level the
	 * council has since renamed).
	 */
	public static RiskLevel levelNamed(String word, RiskMatrix matrix) {
		Objects.requireNonNull(word, "word must not be null");
		for (RiskBand band : matrix.bands()) {
			if (band.level().equalsIgnoreCase(word.strip())) {
				return new RiskLevel(band.level(), band.colour(), false);
			}
		}
		return BandColour.fromCode(word)
			.map((colour) -> new RiskLevel(colour.label(), colour, false))
			.orElseGet(() -> new RiskLevel(word, BandColour.GREY, false));
	}

	/**
	 * The assessment a risk is rated on today: the latest reported, and the latest made
	 * within its quarter.
	 */
	public static Optional<RiskAssessment> latest(List<RiskAssessment> history) {
		return history.stream().max(REPORTED_ORDER);
	}

	/**
	 * The assessment a report for the period shows: the latest reported in or before it.
	 */
	public static Optional<RiskAssessment> latestUpTo(List<RiskAssessment> history, FinancialQuarter period) {
		Objects.requireNonNull(period, "period must not be null");
		return history.stream()
			.filter((assessment) -> assessment.reportingPeriod().compareTo(period) <= 0)
			.max(REPORTED_ORDER);
	}

	/**
	 * How the risk moved since the last report: the rated score the report for the period
	 * shows against the one the report for an earlier period showed. Two reviews in the
	 * same quarter are one report, so the earlier of them is not "the last report". Where
	 * either has no score, the levels are compared, red above amber above green.
	 * @return the direction, or {@code null} when it cannot be told: no assessment up to
	 * the period, or a grey level (an unrecognised printed rating) that differs from the
	 * other
	 */
	public static RiskDirection direction(List<RiskAssessment> history, FinancialQuarter period, RiskMatrix matrix) {
		return sinceLastReport(history, period, Objects.requireNonNull(matrix, "matrix must not be null"));
	}

	private static RiskDirection sinceLastReport(List<RiskAssessment> history, FinancialQuarter period,
			RiskMatrix matrix) {
		Optional<RiskAssessment> latest = latestUpTo(history, period);
		if (latest.isEmpty()) {
			return null;
		}
		Optional<RiskAssessment> earlier = latestUpTo(history, period.previous());
		if (earlier.isEmpty()) {
			return RiskDirection.NEW;
		}
		RiskPosition now = latest.get().rated();
		RiskPosition before = earlier.get().rated();
		if (now != null && before != null) {
			return compare(now.score(), before.score());
		}
		if (matrix == null && (now != null || before != null)) {
			return null;
		}
		RiskLevel nowLevel = levelOf(latest.get(), matrix);
		RiskLevel beforeLevel = levelOf(earlier.get(), matrix);
		if (nowLevel.colour().ranked() && beforeLevel.colour().ranked()) {
			return compare(nowLevel.colour().severity(), beforeLevel.colour().severity());
		}
		// an unrecognised rating cannot be ranked; only the same words are known to be
		// unchanged
		return nowLevel.level().equalsIgnoreCase(beforeLevel.level()) ? RiskDirection.UNCHANGED : null;
	}

	/**
	 * The rating the council printed for the assessment where it says something else than
	 * the level Beacon works out from the score, as an indicator's assessed status is
	 * shown beside its rule status: {@code null} when nothing was printed, when only the
	 * printed rating is known (it is then the level), or when it agrees (the level's
	 * name, or its colour: "RED" for a level in red or dark red).
	 */
	public static String printedWhereDifferent(RiskAssessment assessment, RiskLevel level) {
		if (assessment == null || level == null || !level.derived() || assessment.ratingAsPrinted() == null) {
			return null;
		}
		String printed = assessment.ratingAsPrinted();
		boolean agrees = printed.strip().replaceAll("\\s+", " ").equalsIgnoreCase(level.level())
				|| BandColour.fromCode(printed)
					.filter(colour -> colour == level.colour() || colour == level.colour().rag())
					.isPresent();
		return agrees ? null : printed;
	}

	/**
	 * Whether any assessment dated in the twelve months up to and including {@code asOf}
	 * (after the same day a year earlier) was rated red.
	 */
	public static boolean redInLast12Months(List<RiskAssessment> history, RiskMatrix matrix, LocalDate asOf) {
		LocalDate yearEarlier = asOf.minusMonths(12);
		return history.stream()
			.filter((assessment) -> assessment.assessedOn().isAfter(yearEarlier)
					&& !assessment.assessedOn().isAfter(asOf))
			.anyMatch((assessment) -> level(assessment, matrix).colour().red());
	}

	/**
	 * Whether the target date has passed without the target being reached. Judged on the
	 * current position only: a council that records no current score has not said where
	 * the risk stands, so Beacon does not guess.
	 */
	public static boolean targetDatePassed(RiskAssessment latest, RiskKind kind, LocalDate today) {
		if (latest == null || latest.targetDate() == null || !latest.targetDate().isBefore(today)) {
			return false;
		}
		return latest.current() != null && latest.residual() != null && !targetReached(latest, kind);
	}

	/**
	 * A risk reaches its target by falling to the residual score, an opportunity by
	 * rising to it. Without a current position the target is not known to be reached.
	 */
	public static boolean targetReached(RiskAssessment latest, RiskKind kind) {
		if (latest == null || latest.current() == null || latest.residual() == null) {
			return false;
		}
		int current = latest.current().score();
		int target = latest.residual().score();
		return (kind == RiskKind.OPPORTUNITY) ? current >= target : current <= target;
	}

	/**
	 * A review due today is not yet overdue.
	 */
	public static boolean reviewOverdue(LocalDate nextReview, LocalDate today) {
		return nextReview != null && nextReview.isBefore(today);
	}

	/**
	 * When the risk is next reviewed: the date the council scheduled, until a review
	 * takes place on or after it; then {@code reviewMonths} after the last review.
	 * @param scheduled a date the council set, or {@code null}
	 */
	public static LocalDate nextReview(LocalDate scheduled, LocalDate lastAssessed, int reviewMonths) {
		if (scheduled != null && scheduled.isAfter(lastAssessed)) {
			return scheduled;
		}
		return nextReview(lastAssessed, reviewMonths);
	}

	/**
	 * The review after one on {@code lastAssessed}, {@code reviewMonths} later; the end
	 * of a shorter month stands in for a day it lacks (30/11 after 31/08 and 3 months).
	 */
	public static LocalDate nextReview(LocalDate lastAssessed, int reviewMonths) {
		Objects.requireNonNull(lastAssessed, "lastAssessed must not be null");
		return lastAssessed.plusMonths(ReviewInterval.requireValid(reviewMonths));
	}

	private static RiskDirection compare(int now, int before) {
		if (now > before) {
			return RiskDirection.INCREASED;
		}
		return (now < before) ? RiskDirection.REDUCED : RiskDirection.UNCHANGED;
	}

	/**
	 * @param rated the position the risk is rated on at the time in question
	 * @return how far an open risk's score is above the appetite for it, 0 when it is
	 * not, when no appetite applies, or for an opportunity, which is not held to one
	 */
	public static int aboveAppetiteBy(Risk risk, RiskPosition rated, RiskTolerance appetite) {
		if (appetite == null || rated == null || risk.kind() != RiskKind.RISK || risk.status() != RiskStatus.OPEN) {
			return 0;
		}
		return Math.max(0, rated.score() - appetite.score());
	}

}
