package uk.beacon.reporting.web;

import java.security.Principal;

import org.springframework.stereotype.Component;

/**
 * Decides who may have Part B, the restricted risks. Until people sign in, nobody can be
 * told apart from the public, so Part B is refused to every request; publishing still
 * freezes it with the report.
 */
@Component
class ReportAudience {

	static final String PART_B_REFUSED = "Part B holds restricted risks and is only for officers who have signed in; "
			+ "sign-in is not enabled yet, so Beacon gives Part B to no one over the web.";

	boolean mayReadPartB(Principal principal) {
		return false;
	}

	static String actor(Principal principal) {
		return (principal == null) ? "Unidentified user (sign-in not yet enabled)" : principal.getName();
	}

}
