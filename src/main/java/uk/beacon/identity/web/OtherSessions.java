package uk.beacon.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions when their password changes, by their own change or an
 * administrator's reset, so that anyone who signed in with the old password (on a shared
 * computer, or with a password someone else learnt) is signed out at once, whichever
 * instance serves them: sessions live in the database and are found by the name of the
 * person signed in to them (Spring Session's principal-name index, the indexed
 * {@code principal_name} column of {@code spring_session}). The session that made the
 * change is kept.
 */
@Component
class OtherSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	OtherSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the person except the one this request belongs to.
	 * @return how many were ended
	 */
	int end(String username, HttpServletRequest request) {
		HttpSession current = request.getSession(false);
		String kept = (current != null) ? current.getId() : null;
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(kept)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
