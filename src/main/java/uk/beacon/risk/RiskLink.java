package uk.beacon.risk;

/**
 * What a risk threatens: an indicator or a scorecard objective, described for a page.
 *
 * @param riskReference the risk's reference
 * @param riskTitle the risk's title
 * @param riskRestricted whether the risk is restricted
 * @param indicatorCode the indicator threatened, {@code null} for an objective
 * @param target what is threatened, as a reader would name it
 * @param scorecardId the scorecard of the objective (or one showing the indicator),
 * {@code null} if none
 * @param note why they are linked
 * @param indicatorPublic whether the indicator is for publication ({@code true} for an
 * objective)
 * @param indicatorUnitId the indicator's unit, {@code null} for an objective
 * @param sectionId the scorecard section of an objective, {@code null} for an indicator
 */
public record RiskLink(String riskReference, String riskTitle, boolean riskRestricted, String indicatorCode,
		String target, Long scorecardId, String note, boolean indicatorPublic, Long indicatorUnitId, Long sectionId) {

	/**
	 * Whether the audience may see what is linked: an indicator not for publication only
	 * by those who see its unit's restricted items.
	 */
	public boolean visibleTo(uk.beacon.access.Audience audience) {
		return this.indicatorPublic || (this.indicatorUnitId != null && audience.seesRestricted(this.indicatorUnitId));
	}

	public boolean isIndicator() {
		return this.indicatorCode != null;
	}

}
