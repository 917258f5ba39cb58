package uk.beacon.risk;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A risk or an opportunity on a register.
 *
 * @param id database identity, {@code null} until saved
 * @param reference the council's reference, unique across the council (CR1, CO1)
 * @param registerId the register it is on now
 * @param kind risk or opportunity
 * @param title its title
 * @param description what it is
 * @param category its type or category
 * @param consequences possible consequences, or for an opportunity its benefits
 * @param owner who owns it
 * @param ownerEmail the owner's e-mail address, for the review's reminders; {@code null}
 * when not known (or withheld with the owner)
 * @param reviewMonths how often it is reviewed
 * @param nextReview when it is next due for review, {@code null} to derive from the last
 * assessment
 * @param status open or closed
 * @param response treat, tolerate, transfer or terminate
 * @param restricted whether the whole risk is kept from the public
 * @param restrictedFields parts kept from the public while the rest is published
 * @param directionAsPrinted the council's own words on its direction, kept for the record
 * @param note decisions and caveats on record
 * @param mergedIntoId the risk it was merged into, {@code null} if not merged
 * @param areaId the risk area of its council it belongs to, {@code null} for none ("No
 * area")
 * @param version incremented on every change
 */
public record Risk(Long id, String reference, long registerId, RiskKind kind, String title, String description,
		String category, String consequences, String owner, String ownerEmail, int reviewMonths, LocalDate nextReview,
		RiskStatus status, RiskResponse response, boolean restricted, Set<RestrictedField> restrictedFields,
		String directionAsPrinted, String note, Long mergedIntoId, Long areaId, int version) {

	public Risk {
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(status, "status");
		restrictedFields = Set.copyOf(restrictedFields);
		ReviewInterval.requireValid(reviewMonths);
	}

	/** A risk in no area. */
	public Risk(Long id, String reference, long registerId, RiskKind kind, String title, String description,
			String category, String consequences, String owner, String ownerEmail, int reviewMonths,
			LocalDate nextReview, RiskStatus status, RiskResponse response, boolean restricted,
			Set<RestrictedField> restrictedFields, String directionAsPrinted, String note, Long mergedIntoId,
			int version) {
		this(id, reference, registerId, kind, title, description, category, consequences, owner, ownerEmail,
				reviewMonths, nextReview, status, response, restricted, restrictedFields, directionAsPrinted, note,
				mergedIntoId, null, version);
	}

	/**
	 * The longest title a register holds: titles are a line, the description says more.
	 */
	public static final int TITLE_LIMIT = 500;

	/** The longest description, consequences or note. */
	public static final int TEXT_LIMIT = 20_000;

	/**
	 * @return what is too long about the risk's words, in words an officer can act on;
	 * empty when nothing is
	 */
	public java.util.Optional<String> tooLong() {
		if (this.title.length() > TITLE_LIMIT) {
			return java.util.Optional.of("Shorten the title to " + TITLE_LIMIT + " characters or fewer; put the rest "
					+ "in the description.");
		}
		for (String text : new String[] { this.description, this.consequences, this.note, this.category, this.owner }) {
			if (text != null && text.length() > TEXT_LIMIT) {
				return java.util.Optional.of("Shorten the description, consequences, category, owner and note to "
						+ TEXT_LIMIT + " characters or fewer each.");
			}
		}
		return java.util.Optional.empty();
	}

	/** What an owner's e-mail address must look like, as the database also insists. */
	public static final String EMAIL_RULE = "Enter the owner's e-mail address in full, like name@council.gov.uk";

	/** Whether an owner's e-mail address is one: {@code null} (none) is. */
	public static boolean isValidEmail(String email) {
		return email == null || uk.beacon.mail.MailAddress.isValid(email);
	}

	/** What a reference may contain, in words an officer can act on. */
	public static final String REFERENCE_RULE = "A reference may contain only letters, numbers and hyphens, such as CR14 or DIR-3.";

	private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern
		.compile("[A-Za-z0-9][A-Za-z0-9-]{0,29}");

	public static boolean isValidReference(String reference) {
		return reference != null && REFERENCE.matcher(reference).matches();
	}

	public boolean isMerged() {
		return this.mergedIntoId != null;
	}

	/**
	 * A risk merged into another is kept as it was, for the record.
	 * @throws uk.beacon.access.ChangeRejected when this one has been merged
	 */
	public void requireChangeable() {
		if (isMerged()) {
			throw new RiskChangeRejected(this.reference + " has been merged into another risk and cannot be changed.");
		}
	}

	/**
	 * The guards on confirming that this risk duplicates {@code surviving}: not itself,
	 * and only into a risk still open and not merged away.
	 */
	public void requireMayMergeInto(Risk surviving) {
		requireChangeable();
		if (this.id != null && this.id.equals(surviving.id)) {
			throw new RiskChangeRejected("A risk cannot be merged into itself.");
		}
		if (surviving.isMerged()) {
			throw new RiskChangeRejected(
					surviving.reference + " has itself been merged; merge into the risk it joined.");
		}
		if (surviving.status == RiskStatus.CLOSED) {
			throw new RiskChangeRejected(surviving.reference + " is closed; merge into an open risk.");
		}
	}

	/**
	 * @param seesRestricted whether the person looking may see this register's restricted
	 * items ({@link uk.beacon.access.Audience#seesRestricted})
	 * @return whether the field may be shown to them
	 */
	public boolean shows(RestrictedField field, boolean seesRestricted) {
		return seesRestricted || !this.restrictedFields.contains(field);
	}

	/**
	 * @param seesRestricted whether the person looking may see this register's restricted
	 * items
	 * @return whether they may see the risk at all
	 */
	public boolean visibleTo(boolean seesRestricted) {
		return seesRestricted || !this.restricted;
	}

}
