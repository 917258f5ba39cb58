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
 */
public record RiskLink(String riskReference, String riskTitle, boolean riskRestricted, String indicatorCode,
		String target, Long scorecardId, String note) {

	public boolean isIndicator() {
		return this.indicatorCode != null;
	}

}
