package uk.beacon.collection;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What happened to the last e-mail Beacon tried to send an owner about a data request.
 *
 * @param kind which e-mail it was
 * @param at when Beacon tried
 * @param failure why the mail server did not take it, in plain words, or {@code null}
 * when it did
 */
public record OwnerMail(MailKind kind, Instant at, String failure) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm");

	public boolean failed() {
		return this.failure != null;
	}

	/** In council time: "12/01/2020 at 07:00". */
	public String when(ZoneId councilZone) {
		return WHEN.withZone(councilZone).format(this.at);
	}

	/**
	 * A sentence for the page, e.g. "The reminder could not be sent on 12/01/2020 at
	 * 07:00: the mail server could not be reached."
	 */
	public String sentence(ZoneId councilZone) {
		String what = Character.toUpperCase(this.kind.label().charAt(0)) + this.kind.label().substring(1);
		return failed() ? what + " could not be sent on " + when(councilZone) + ": " + this.failure + "."
				: what + " was sent on " + when(councilZone) + ".";
	}

}
