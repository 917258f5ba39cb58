package uk.beacon.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem an import finds, so that one attempt reports them all: the first
 * {@link #LISTED} in full, the rest counted, so that a file of a million bad rows gets an
 * answer a person can read (and a server can send). A refusal for the importer's part of
 * the council is held until the rows are compared with what Beacon holds: a row that
 * changes nothing needs no role, so that a file exported whole imports back for an
 * officer of one directorate.
 */
final class Problems {

	/** The most problems listed; the rest are counted. */
	static final int LISTED = 1000;

	private record Found(ImportProblem problem, boolean scope) {
	}

	private final List<Found> found = new ArrayList<>();

	// beyond those listed: each refusal's row, to be settled, and a count of the rest
	private final List<String> scopeBeyond = new ArrayList<>();

	private long otherBeyond;

	void add(String file, int row, String column, String message) {
		if (this.found.size() < LISTED) {
			this.found.add(new Found(new ImportProblem(file, row, column, message), false));
		}
		else {
			this.otherBeyond++;
		}
	}

	/**
	 * A refusal for the importer's part of the council, dropped if the row changes
	 * nothing.
	 */
	void addScope(String file, int row, String column, String message) {
		if (this.found.size() < LISTED) {
			this.found.add(new Found(new ImportProblem(file, row, column, message), true));
		}
		else {
			this.scopeBeyond.add(key(file, row));
		}
	}

	/**
	 * Drops the refusals of rows that change nothing.
	 * @param unchanged the rows left as they are, each as {@link #key}
	 */
	void settleScope(Set<String> unchanged) {
		this.found.removeIf(f -> f.scope() && unchanged.contains(key(f.problem().file(), f.problem().row())));
		this.scopeBeyond.removeIf(unchanged::contains);
	}

	static String key(String file, int row) {
		return file + "|" + row;
	}

	boolean isEmpty() {
		return this.found.isEmpty() && this.scopeBeyond.isEmpty() && this.otherBeyond == 0;
	}

	/** The problems listed, and a last one counting those that are not. */
	List<ImportProblem> list() {
		List<ImportProblem> listed = new ArrayList<>(this.found.stream().map(Found::problem).toList());
		long beyond = this.otherBeyond + new HashSet<>(this.scopeBeyond).size();
		if (beyond > 0) {
			listed.add(new ImportProblem("(the import)", 0, null,
					"and " + beyond + " more problem" + ((beyond == 1) ? "" : "s") + " beyond the first " + LISTED
							+ ", which are listed: fix those and import again to see the rest."));
		}
		return listed;
	}

}
