package uk.beacon.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem an import finds, so that one attempt reports them all.
 */
final class Problems {

	private final List<ImportProblem> found = new ArrayList<>();

	void add(String file, int row, String column, String message) {
		this.found.add(new ImportProblem(file, row, column, message));
	}

	boolean isEmpty() {
		return this.found.isEmpty();
	}

	List<ImportProblem> list() {
		return List.copyOf(this.found);
	}

}
