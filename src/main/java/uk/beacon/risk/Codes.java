package uk.beacon.risk;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the lower-case words the import files use for enum values ({@code not_started},
 * {@code partially_effective}), forgiving case, spaces and hyphens as officers type them.
 */
final class Codes {

	private Codes() {
	}

	static <E extends Enum<E>> Optional<E> find(Class<E> type, String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String name = code.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return Optional.of(constant);
			}
		}
		return Optional.empty();
	}

}
