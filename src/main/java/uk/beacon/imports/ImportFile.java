package uk.beacon.imports;

import java.util.Objects;

/**
 * One uploaded file: its name (which says what it holds) and its bytes.
 */
public record ImportFile(String name, byte[] content) {

	public ImportFile {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(content, "content");
	}

	/**
	 * @return the name without any folder, as the errors quote it
	 */
	public String baseName() {
		String normalised = this.name.replace('\\', '/');
		return normalised.substring(normalised.lastIndexOf('/') + 1);
	}

}
