package uk.beacon.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gathers an import's preview as its rows are compared with what Beacon holds, and the
 * fingerprint of every change, listed or only counted.
 */
final class PreviewBuilder {

	private final Map<String, Counts> files = new LinkedHashMap<>();

	private final MessageDigest digest;

	private boolean needsReason;

	private final List<ImportProblem> warnings = new ArrayList<>();

	private final java.util.Set<String> unchanged = new java.util.HashSet<>();

	/** Whether the preview is to be shown, so that what is new is put in words. */
	private final boolean describing;

	PreviewBuilder(boolean describing) {
		this.describing = describing;
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

	void added(String file, int row, String what) {
		added(file, row, () -> what);
	}

	/**
	 * Something new, put in words only when the preview is shown: an import run without
	 * one (a script, the demo data) counts its rows and no more.
	 */
	void added(String file, int row, java.util.function.Supplier<String> what) {
		Counts counts = counts(file);
		counts.added++;
		if (!this.describing) {
			return;
		}
		String described = what.get();
		hash(file, "+", described);
		if (counts.additions.size() < ImportPreview.LISTED) {
			counts.additions.add(new ImportPreview.Item(row, described, List.of()));
		}
	}

	/**
	 * Records a change, or a row left as it is when nothing differs.
	 * @return whether anything changes
	 */
	boolean compared(String file, int row, String what, Map<String, String> before, Map<String, String> after) {
		Map<String, String[]> differences = Columns.differences(before, after);
		Counts counts = counts(file);
		if (differences.isEmpty()) {
			counts.unchanged++;
			this.unchanged.add(Problems.key(file, row));
			return false;
		}
		counts.changed++;
		List<ImportPreview.Field> fields = new ArrayList<>();
		differences.forEach((name, values) -> fields.add(new ImportPreview.Field(name, values[0], values[1])));
		hash(file, "~", what);
		fields.forEach(f -> hash(f.name(), String.valueOf(f.before()), String.valueOf(f.after())));
		if (counts.changes.size() < ImportPreview.LISTED) {
			counts.changes.add(new ImportPreview.Item(row, what, fields));
		}
		return true;
	}

	/** Further rows of something left as it is (a scorecard's rows after its first). */
	void alsoUnchanged(String file, List<Integer> rows) {
		rows.forEach(row -> this.unchanged.add(Problems.key(file, row)));
	}

	/** The rows left as they are, each as {@link Problems#key}. */
	java.util.Set<String> unchanged() {
		return this.unchanged;
	}

	/** A change recorded with the reason the person gives for the whole import. */
	void needsReason() {
		this.needsReason = true;
	}

	/** A row that is right but worth a second look; it stops nothing. */
	void warn(ImportProblem warning) {
		this.warnings.add(warning);
	}

	ImportPreview build(UUID upload) {
		List<ImportPreview.FileChanges> changes = new ArrayList<>();
		this.files.forEach((file, c) -> changes
			.add(new ImportPreview.FileChanges(file, c.added, c.changed, c.unchanged, c.additions, c.changes)));
		return new ImportPreview(upload, changes, this.needsReason,
				HexFormat.of().formatHex(((MessageDigest) cloned()).digest()), this.warnings);
	}

	private Object cloned() {
		try {
			return this.digest.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("SHA-256 digests can be cloned", ex);
		}
	}

	private Counts counts(String file) {
		return this.files.computeIfAbsent(file, f -> new Counts());
	}

	private void hash(String... parts) {
		for (String part : parts) {
			this.digest.update(part.getBytes(StandardCharsets.UTF_8));
			this.digest.update((byte) 0);
		}
	}

	private static final class Counts {

		long added;

		long changed;

		long unchanged;

		final List<ImportPreview.Item> additions = new ArrayList<>();

		final List<ImportPreview.Item> changes = new ArrayList<>();

	}

}
