package uk.beacon.collection;

import java.util.LinkedHashMap;
import java.util.Map;

import uk.beacon.indicator.Commentary;
import uk.beacon.web.TypedText;

/**
 * What an owner typed into a data request, read: the figure, the commentary and the
 * reason for a correction, every mistake found at once and put by its field, so that the
 * page can show each beside its field with everything typed kept.
 *
 * @param figures the figure as typed
 * @param commentary the three parts, each {@code null} when left empty
 * @param correctionReason why approved figures are corrected, or {@code null}
 */
record OwnerEntry(Figures figures, Commentary commentary, String correctionReason) {

	/** The most characters of each part of the commentary. */
	static final int LONGEST_PART = 4000;

	/** The most characters of a reason for a correction. */
	static final int LONGEST_REASON = 2000;

	/**
	 * @param whole whether the figure must be whole (to submit or check it), rather than
	 * as far as the owner got (a draft)
	 * @throws CollectionRejected with each mistake by its field
	 */
	static OwnerEntry read(Submission form, boolean whole) {
		Map<String, String> mistakes = new LinkedHashMap<>();
		Figures figures = Figures.read(form, whole, mistakes);
		String details = text(form.performanceDetails(), "performanceDetails", "The performance details", LONGEST_PART,
				mistakes);
		String current = text(form.currentActivity(), "currentActivity", "The current activity", LONGEST_PART,
				mistakes);
		String future = text(form.futureActivity(), "futureActivity", "The future activity", LONGEST_PART, mistakes);
		String reason = text(form.correctionReason(), "correctionReason", "The reason for the correction",
				LONGEST_REASON, mistakes);
		if (!mistakes.isEmpty()) {
			throw new CollectionRejected(mistakes.values().iterator().next(), mistakes);
		}
		return new OwnerEntry(figures, new Commentary(details, current, future), reason);
	}

	private static String text(String typed, String field, String what, int most, Map<String, String> mistakes) {
		String text = Collection.blankToNull(typed);
		if (text == null) {
			return null;
		}
		if (TypedText.hasHiddenCharacters(text, true)) {
			mistakes.put(field, what + " has a control or text-direction character in it; type it again");
			return null;
		}
		if (text.length() > most) {
			mistakes.put(field, what + " is " + text.length() + " characters; keep it to " + most);
			return null;
		}
		return text;
	}

}
