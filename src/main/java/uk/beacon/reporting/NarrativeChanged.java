package uk.beacon.reporting;

import java.util.Optional;

import uk.beacon.access.StaleChange;

/**
 * A narrative not saved because someone else changed it since the person opened it: the
 * message says who, and {@link #theirs} is the narrative now, so that the person can
 * compare it with their own before saving again.
 */
public class NarrativeChanged extends StaleChange {

	private final String theirs;

	private NarrativeChanged(String message, String theirs) {
		super(message);
		this.theirs = theirs;
	}

	static NarrativeChanged since(Optional<Narratives.Saved> saved, String now) {
		String who = saved.map(s -> s.editedBy() + " changed the narrative")
			.orElse("Someone put back the narrative Beacon drafts from the figures");
		return new NarrativeChanged(who + " since you opened it, so yours was not saved. The narrative as it is now "
				+ "is shown below your text; save again to replace it with yours.", now);
	}

	/** The narrative as it is now. */
	public String theirs() {
		return this.theirs;
	}

}
