package uk.beacon.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem an import finds, so that one attempt reports them all. A refusal
 * for the importer's part of the council is held until the rows are compared with what
 * Beacon holds: a row that changes nothing needs no role, so that a file exported whole
 * imports back for an officer of one directorate.
 */
final class Problems {

	private record Found(ImportProblem problem, boolean scope) {
	}

	private final List<Found> found = new ArrayList<>();

	void add(String file, int row, String column, String message) {
		this.found.add(new Found(new ImportProblem(file, row, column, message), false));
	}

	/**
	 * A refusal for the importer's part of the council, dropped if the row changes
	 * nothing.
	 */
	void addScope(String file, int row, String column, String message) {
		this.found.add(new Found(new ImportProblem(file, row, column, message), true));
	}

	/**
	 * Drops the refusals of rows that change nothing.
	 * @param unchanged the rows left as they are, each as {@link #key}
	 */
	void settleScope(Set<String> unchanged) {
		this.found.removeIf(f -> f.scope() && unchanged.contains(key(f.problem().file(), f.problem().row())));
	}

	static String key(String file, int row) {
		return file + "|" + row;
	}

	boolean isEmpty() {
		return this.found.isEmpty();
	}

	List<ImportProblem> list() {
		return this.found.stream().map(Found::problem).toList();
	}

}
