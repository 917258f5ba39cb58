package uk.beacon.imports;

import java.util.List;
import java.util.UUID;

/**
 * What an import would do, shown before anything is saved: for each file, what it adds,
 * what it changes field by field, and how many rows match what Beacon already holds.
 *
 * @param upload the files kept while the person decides, or {@code null} when they were
 * not kept (a preview through the API)
 * @param files each file's changes, in the order the import reads them
 * @param needsReason whether the import corrects figures or targets Beacon holds, which
 * is recorded with the reason the person gives
 * @param fingerprint of every change, so that a confirmation saves what was shown or
 * nothing
 * @param warnings rows that are right but worth a second look (a percentage marked
 * cumulative year to date), each with its file, row and column; they stop nothing
 */
public record ImportPreview(UUID upload, List<FileChanges> files, boolean needsReason, String fingerprint,
		List<ImportProblem> warnings) {

	/** At most this many rows of each file are listed; the rest are counted. */
	public static final int LISTED = 200;

	public ImportPreview {
		files = List.copyOf(files);
		warnings = List.copyOf(warnings);
	}

	/** Whether saving would change nothing: every row matches what Beacon holds. */
	public boolean changesNothing() {
		return this.files.stream().allMatch(f -> f.added() == 0 && f.changed() == 0);
	}

	/**
	 * @param file the file (and sheet) as the person named it
	 * @param added how many rows add something new
	 * @param changed how many rows change something Beacon holds
	 * @param unchanged how many rows match what Beacon holds, and are left as they are
	 * @param additions the first {@link #LISTED} rows that add something
	 * @param changes the first {@link #LISTED} rows that change something
	 */
	public record FileChanges(String file, long added, long changed, long unchanged, List<Item> additions,
			List<Item> changes) {

		public FileChanges {
			additions = List.copyOf(additions);
			changes = List.copyOf(changes);
		}

		public boolean listsEveryAddition() {
			return this.additions.size() == this.added;
		}

		public boolean listsEveryChange() {
			return this.changes.size() == this.changed;
		}

	}

	/**
	 * One thing added or changed.
	 *
	 * @param row the row it is on (its first row, for a scorecard), 0 when it has none
	 * @param what the thing in words, e.g. "WCC-01 target from 2025/26"
	 * @param fields for a change, each field that changes
	 */
	public record Item(int row, String what, List<Field> fields) {

		public Item {
			fields = List.copyOf(fields);
		}

	}

	/** A field that changes, as the import file writes it; {@code null} when empty. */
	public record Field(String name, String before, String after) {
	}

}
