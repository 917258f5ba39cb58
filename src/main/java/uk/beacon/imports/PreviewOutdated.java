package uk.beacon.imports;

/**
 * A confirmed import whose files would now change something other than the person was
 * shown, because Beacon's data changed meanwhile: nothing was saved, and the new preview
 * is to be shown instead.
 */
public class PreviewOutdated extends RuntimeException {

	private final transient ImportPreview preview;

	public PreviewOutdated(ImportPreview preview) {
		super("Beacon's data changed since the preview was shown; nothing was saved.");
		this.preview = preview;
	}

	public ImportPreview preview() {
		return this.preview;
	}

}
