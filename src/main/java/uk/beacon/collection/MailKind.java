package uk.beacon.collection;

/**
 * The e-mails Beacon sends an owner about a data request.
 */
public enum MailKind {

	/** The request for figures, when the quarter opens or the owner is named. */
	REQUEST("the request for figures"),

	/** The reminder a few days before the due date. */
	REMINDER("the reminder"),

	/** The notice once the due date has passed. */
	OVERDUE("the overdue notice"),

	/** The approver's reason for returning the figures. */
	RETURNED("the reason the figures were returned");

	private final String label;

	MailKind(String label) {
		this.label = label;
	}

	/** In a sentence: "the reminder". */
	public String label() {
		return this.label;
	}

}
