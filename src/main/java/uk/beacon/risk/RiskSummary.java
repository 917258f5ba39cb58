package uk.beacon.risk;

import java.time.LocalDate;

/**
 * A risk as a register lists it: its positions, level and the flags derived from its
 * history.
 *
 * @param risk the risk, with anything the audience may not see removed
 * @param register the register it is on
 * @param matrix its council's matrix
 * @param latest its latest assessment, {@code null} if never assessed
 * @param level its level from the rated position (or the printed rating)
 * @param direction since the last report
 * @param redInLast12Months whether it was red at any assessment in the last year
 * @param targetDatePassed whether its target date has passed with the score still above
 * target
 * @param nextReview when it is next due for review
 * @param reviewOverdue whether that date has passed
 * @param overdueActions how many of its actions are overdue
 * @param reviewedThisQuarter whether its latest assessment is reported in the quarter of
 * today
 * @param appetite the highest current score its council tolerates for it, {@code null}
 * when the council sets none for its category
 * @param area the risk area it belongs to, {@code null} for none
 */
public record RiskSummary(Risk risk, RiskRegister register, RiskMatrix matrix, RiskAssessment latest, RiskLevel level,
		RiskDirection direction, boolean redInLast12Months, boolean targetDatePassed, LocalDate nextReview,
		boolean reviewOverdue, int overdueActions, boolean reviewedThisQuarter, RiskTolerance appetite, RiskArea area) {

	/** A risk listed without its area. */
	public RiskSummary(Risk risk, RiskRegister register, RiskMatrix matrix, RiskAssessment latest, RiskLevel level,
			RiskDirection direction, boolean redInLast12Months, boolean targetDatePassed, LocalDate nextReview,
			boolean reviewOverdue, int overdueActions, boolean reviewedThisQuarter, RiskTolerance appetite) {
		this(risk, register, matrix, latest, level, direction, redInLast12Months, targetDatePassed, nextReview,
				reviewOverdue, overdueActions, reviewedThisQuarter, appetite, null);
	}

	/** The same risk, listed with its area. */
	RiskSummary withArea(RiskArea in) {
		return new RiskSummary(this.risk, this.register, this.matrix, this.latest, this.level, this.direction,
				this.redInLast12Months, this.targetDatePassed, this.nextReview, this.reviewOverdue, this.overdueActions,
				this.reviewedThisQuarter, this.appetite, in);
	}

	/** "Safeguarding vulnerable children", or "No area". */
	public String areaTitle() {
		return (this.area != null) ? this.area.title() : RiskFilter.NO_AREA_TITLE;
	}

	public String inherentLabel() {
		return label((this.latest != null) ? this.latest.inherent() : null);
	}

	public String currentLabel() {
		return label((this.latest != null) ? this.latest.current() : null);
	}

	public String residualLabel() {
		return label((this.latest != null) ? this.latest.residual() : null);
	}

	/**
	 * "20 (likelihood 5, impact 4): Very High": the inherent score as the council writes
	 * it, with the level it is in.
	 */
	public String inherentRating() {
		return rating((this.latest != null) ? this.latest.inherent() : null);
	}

	public String currentRating() {
		return rating((this.latest != null) ? this.latest.current() : null);
	}

	public String residualRating() {
		return rating((this.latest != null) ? this.latest.residual() : null);
	}

	/**
	 * The rated score as the council writes it, such as "12 (likelihood 4, impact 3)";
	 * {@code null} when the risk is rated on a printed rating alone or not at all.
	 */
	public String scoreText() {
		return (rated() != null) ? label(rated()) : null;
	}

	/**
	 * The rating the council printed where it differs from the level worked out from the
	 * score, to be shown beside it; {@code null} where it does not.
	 */
	public String printedRating() {
		return RiskRules.printedWhereDifferent(this.latest, this.level);
	}

	public RiskPosition rated() {
		return (this.latest != null) ? this.latest.rated() : null;
	}

	/**
	 * @return how far an open risk's current score is above its council's appetite, 0
	 * when it is not (or no appetite applies, or it is an opportunity)
	 */
	public int aboveAppetiteBy() {
		return RiskRules.aboveAppetiteBy(this.risk, rated(), this.appetite);
	}

	/**
	 * Whether the council's appetite applies to it: an open risk, scored, in a category
	 * the council sets an appetite for.
	 */
	public boolean heldToAppetite() {
		return this.appetite != null && this.risk.kind() == RiskKind.RISK && this.risk.status() == RiskStatus.OPEN
				&& rated() != null;
	}

	public boolean aboveAppetite() {
		return aboveAppetiteBy() > 0;
	}

	/**
	 * What a passed target date means, the right way round: a risk is still above its
	 * target score, an opportunity still below it.
	 */
	public String targetMissed() {
		return (this.risk.kind() == RiskKind.OPPORTUNITY) ? "still below target" : "still above target";
	}

	public String levelName() {
		return (this.level != null) ? this.level.level() : "Not assessed";
	}

	public BandColour colour() {
		return (this.level != null) ? this.level.colour() : BandColour.GREY;
	}

	private String rating(RiskPosition position) {
		return (position != null) ? this.matrix.rating(position, this.risk.kind()) : "–";
	}

	private String label(RiskPosition position) {
		return (position != null) ? position.label(this.matrix, this.risk.kind()) : "–";
	}

}
