package uk.beacon.analytics;

import java.util.Objects;

/**
 * Where an indicator is heading by the end of the year, and whether that meets its
 * target, with a one-sentence explanation that states the method and the numbers.
 *
 * @param projected the year-end figure, unrounded; null when there is not enough data
 * @param target the target it is compared with; null when there is none
 * @param method how the projection was made
 * @param onTrackAtYearEnd whether the projection, as printed, meets the target; null
 * without a target, without a projection, or when neither direction is better
 * @param explanation one sentence for the report
 */
public record Forecast(Double projected, Double target, ForecastMethod method, Boolean onTrackAtYearEnd,
		String explanation) {

	public Forecast {
		Objects.requireNonNull(method, "method must not be null");
		Objects.requireNonNull(explanation, "explanation must not be null");
		if ((projected == null) != (method == ForecastMethod.NOT_ENOUGH_DATA)) {
			throw new IllegalArgumentException("A forecast has a projection exactly when there was enough data");
		}
		if (onTrackAtYearEnd != null && (projected == null || target == null)) {
			throw new IllegalArgumentException("A forecast can only be on track or not against a target");
		}
	}

}
