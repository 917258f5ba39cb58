package uk.beacon.imports;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import uk.beacon.access.ChangeRejected;

/**
 * How long imports take, for the council's monitoring: the timer {@code beacon.import}
 * ({@code beacon_import_seconds} in Prometheus), by step ({@code run} for an import
 * without a preview, {@code upload} for checking files and showing their preview,
 * {@code confirm} for saving a preview) and outcome ({@code done}, {@code refused} for
 * files with problems or a person without the role, {@code failed} for anything else).
 * The time is the import's own work inside its transaction; the commit is not in it.
 */
final class ImportTimings {

	private final MeterRegistry registry;

	ImportTimings(MeterRegistry registry) {
		this.registry = registry;
	}

	<T> T time(String step, Supplier<T> work) {
		Timer.Sample sample = Timer.start(this.registry);
		String outcome = "failed";
		try {
			T result = work.get();
			outcome = "done";
			return result;
		}
		catch (ImportFailedException | PreviewOutdated | ChangeRejected ex) {
			outcome = "refused";
			throw ex;
		}
		finally {
			sample.stop(Timer.builder("beacon.import")
				.description("Time taken to check and save an import")
				.tag("step", step)
				.tag("outcome", outcome)
				.register(this.registry));
		}
	}

}
