package uk.beacon.collection.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.beacon.collection.DataRequest;
import uk.beacon.collection.MailKind;
import uk.beacon.collection.OwnerMail;
import uk.beacon.collection.ReportingCycle;

/**
 * What the pages say about e-mails to owners after a step that sends them: what the
 * requests record happened, never that owners have been e-mailed when they were not. A
 * failure is an error on the page, not only a line in the log. The e-mails go from the
 * outbox a few seconds after the step, so the page usually says they are being sent, and
 * the tables of data requests say later what became of each.
 */
final class OwnerMailMessages {

	private OwnerMailMessages() {
	}

	/**
	 * After opening a quarter: how many requests were e-mailed, failed, wait or have no
	 * owner.
	 */
	static void afterOpening(ReportingCycle cycle, List<DataRequest> requests, RedirectAttributes redirect) {
		int sent = 0;
		int failed = 0;
		int waiting = 0;
		int noOwner = 0;
		for (DataRequest request : requests) {
			if (request.ownerEmail() == null) {
				noOwner++;
			}
			else if (request.lastMail() == null) {
				waiting++;
			}
			else if (request.lastMail().failed()) {
				failed++;
			}
			else {
				sent++;
			}
		}
		List<String> text = new ArrayList<>();
		text.add("Opened " + cycle.title() + " with " + count(requests.size(), "data request", "data requests") + ".");
		if (sent > 0) {
			text.add(count(sent, "was e-mailed to its owner.", "were e-mailed to their owners."));
		}
		if (waiting > 0) {
			text.add(count(waiting,
					"is being e-mailed to its owner: the table of data requests says when it has been sent, "
							+ "or why it could not be.",
					"are being e-mailed to their owners: the table of data requests says when each has been sent, "
							+ "or why it could not be."));
		}
		if (noOwner > 0) {
			text.add(count(noOwner, "has no owner, so nobody has been asked for it yet: name one below.",
					"have no owner, so nobody has been asked for them yet: name one below."));
		}
		redirect.addFlashAttribute("success", String.join(" ", text));
		if (failed > 0) {
			redirect.addFlashAttribute("error",
					count(failed, "data request could not be e-mailed to its owner.",
							"data requests could not be e-mailed to their owners.")
							+ " The table of data requests says why; send them again once the problem is fixed.");
		}
	}

	/** After naming an owner: whether their requests reached the mail server. */
	static void afterNaming(List<DataRequest> requests, boolean cannotEnter, RedirectAttributes redirect) {
		String role = cannotEnter
				? " They do not hold the indicator owner's role for that part of the council, so they cannot enter"
						+ " the figures until an administrator grants it on their account's page."
				: "";
		OwnerMail failed = requests.stream()
			.map(DataRequest::lastMail)
			.filter(m -> m != null && m.failed())
			.findFirst()
			.orElse(null);
		boolean waiting = requests.isEmpty() || requests.stream().anyMatch(r -> r.lastMail() == null);
		if (failed != null) {
			redirect.addFlashAttribute("success", "Owner named." + role);
			redirect.addFlashAttribute("error",
					"Their data requests could not be e-mailed to " + requests.get(0).ownerEmail() + ": "
							+ failed.failure()
							+ ". Send them again from the table of data requests once the problem is fixed.");
		}
		else if (waiting) {
			redirect.addFlashAttribute("success", "Owner named. Their data requests are being e-mailed to them: "
					+ "the table of data requests says when they have been sent, or why they could not be." + role);
		}
		else {
			redirect.addFlashAttribute("success", "Owner named and e-mailed their data requests." + role);
		}
	}

	/** After returning figures: whether the owner was e-mailed the reason. */
	static void afterReturning(DataRequest request, RedirectAttributes redirect) {
		OwnerMail mail = request.lastMail();
		boolean thisReturn = mail != null && mail.kind() == MailKind.RETURNED && request.decidedAt() != null
				&& !mail.at().isBefore(request.decidedAt());
		if (!thisReturn) {
			redirect.addFlashAttribute("success", "Returned to the owner. The reason is being e-mailed to them: "
					+ "the request's page says when it has been sent, or why it could not be.");
		}
		else if (mail.failed()) {
			redirect.addFlashAttribute("success", "Returned to the owner.");
			redirect.addFlashAttribute("error", "The e-mail telling " + request.ownerEmail()
					+ " why could not be sent: " + mail.failure()
					+ ". Tell them yourself, or ask the performance team to send it again from the quarter's page.");
		}
		else {
			redirect.addFlashAttribute("success", "Returned to the owner, who has been e-mailed the reason.");
		}
	}

	/** After sending again: sent, or still not. */
	static void afterSendingAgain(DataRequest request, RedirectAttributes redirect) {
		OwnerMail mail = request.lastMail();
		String what = Character.toUpperCase(mail.kind().label().charAt(0)) + mail.kind().label().substring(1);
		if (mail.failed()) {
			redirect.addFlashAttribute("error", what + " still could not be sent to " + request.ownerEmail() + ": "
					+ mail.failure() + ". Try again once the problem is fixed.");
		}
		else {
			redirect.addFlashAttribute("success", what + " has been sent again to " + request.ownerEmail() + ".");
		}
	}

	private static String count(int n, String one, String many) {
		return n + " " + ((n == 1) ? one : many);
	}

}
