package uk.beacon.analytics;

/**
 * Compares a projection with its target and finishes the sentence. The projection is
 * printed with as many decimals as the figures it came from (the values and the target,
 * at most two), and compared as printed, so "Forecast to reach 4,000,000" is never
 * followed by "missing the target of 4,000,000": a forecast is no more precise than its
 * inputs.
 */
final class ForecastVerdict {

	private ForecastVerdict() {
	}

	/**
	 * @param decimals the decimals of the values the projection came from
	 * @param lead the sentence up to the projected figure
	 * @param how the words after it, up to the comparison with the target
	 * @param scale how a figure in the indicator's unit is written ("82.4%", "£1,200")
	 */
	static Forecast of(double projected, int decimals, Double target, Improvement improvement, ForecastMethod method,
			String lead, String how, Forecasts.Scale scale) {
		int places = (target == null) ? decimals : Math.max(decimals, UkFigures.decimalsOf(target));
		String sentence = lead + scale.write(projected, places) + how;
		if (target == null) {
			return new Forecast(projected, null, method, null, sentence + ", with no target to compare it with.");
		}
		String goal = "the target of " + scale.write(target);
		int side = Double.compare(UkFigures.shown(projected, places), target);
		if (improvement == Improvement.NEITHER) {
			String where = (side == 0) ? "equal to " : ((side > 0) ? "above " : "below ");
			return new Forecast(projected, target, method, null,
					sentence + ", " + where + goal + " (neither direction is better, so it is not rated).");
		}
		boolean onTrack = (improvement == Improvement.UP) ? side >= 0 : side <= 0;
		return new Forecast(projected, target, method, onTrack,
				sentence + ", " + (onTrack ? "meeting " : "missing ") + goal + ".");
	}

}
