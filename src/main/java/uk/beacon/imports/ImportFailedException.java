package uk.beacon.imports;

import java.util.List;

/**
 * An import that found problems and therefore saved nothing.
 */
public class ImportFailedException extends RuntimeException {

	private final List<ImportProblem> problems;

	public ImportFailedException(List<ImportProblem> problems) {
		super(problems.size() + " problem(s) found; nothing was imported. First: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
