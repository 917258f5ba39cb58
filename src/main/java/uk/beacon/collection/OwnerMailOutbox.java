package uk.beacon.collection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The e-mails to owners waiting to be sent ({@code owner_mail_outbox}, V22): one row per
 * data request and kind of e-mail. A change that causes an e-mail puts it here in its own
 * transaction, so the e-mail is neither lost when the change commits nor sent when it
 * rolls back. {@link OwnerMailSender} takes an e-mail's rows under locks of the database
 * that other workers skip, so that it is sent by one worker however many instances run.
 * Putting an e-mail already waiting does nothing.
 */
@Repository
class OwnerMailOutbox {

	/** Requests that are with their owner in a quarter still open. */
	private static final String WITH_OWNER = """
			r.owner_email is not null and r.state in ('REQUESTED', 'RETURNED')
			and r.cycle_id in (select id from reporting_cycle where state = 'OPEN')""";

	/**
	 * Which e-mail an outbox row belongs to: its kind, owner and quarter, or for the
	 * reason for returning figures its request.
	 */
	private static final String MAIL = """
			case when o.kind = 'RETURNED' then 'RETURNED/' || o.request_id
			     else o.kind || '/' || coalesce(r.owner_email, '') || '/' || r.cycle_id end""";

	/** The first key of the database's locks on e-mails being sent. */
	private static final int LOCKS = 4242017;

	private final JdbcClient jdbc;

	OwnerMailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Puts the e-mail of this kind about each of these requests in the outbox. */
	void put(Collection<Long> requestIds, MailKind kind) {
		if (!requestIds.isEmpty()) {
			this.jdbc.sql("""
					insert into owner_mail_outbox (request_id, kind)
					select id, :kind from data_request where id in (:ids) order by id
					on conflict (request_id, kind) do nothing""")
				.param("kind", kind.name())
				.param("ids", requestIds)
				.update();
		}
	}

	/**
	 * Puts the request for figures of every open request, named to an owner, that the
	 * owner has not had yet: of one quarter, of one indicator, or (both {@code null}) of
	 * every quarter open.
	 */
	void putRequestsNotYetSent(Long cycleId, Long indicatorId) {
		this.jdbc.sql("""
				insert into owner_mail_outbox (request_id, kind)
				select r.id, 'REQUEST' from data_request r
				where r.notified_at is null and r.state = 'REQUESTED' and %s
				  and (cast(:cycle as bigint) is null or r.cycle_id = :cycle)
				  and (cast(:indicator as bigint) is null or r.indicator_id = :indicator)
				order by r.id
				on conflict (request_id, kind) do nothing""".formatted(WITH_OWNER))
			.param("cycle", cycleId)
			.param("indicator", indicatorId)
			.update();
	}

	/**
	 * Takes the oldest waiting e-mail that no other worker holds: the outbox rows of one
	 * kind for one owner about one quarter (one e-mail lists them all), or the reason for
	 * returning figures of one request. A worker holds an e-mail by a lock of the
	 * database on it ({@code pg_try_advisory_xact_lock}) and its rows by
	 * {@code for update}, until its transaction ends, so that two workers neither send
	 * the same row nor split one e-mail in two.
	 */
	Optional<Taken> takeNext() {
		List<String> mails = this.jdbc.sql("""
				select mail from (select %s as mail, min(o.id) as first
				                  from owner_mail_outbox o join data_request r on r.id = o.request_id group by 1) m
				order by first limit 100""".formatted(MAIL)).query(String.class).list();
		for (String mail : mails) {
			if (this.jdbc.sql("select pg_try_advisory_xact_lock(?, hashtext(?))")
				.params(LOCKS, mail)
				.query(Boolean.class)
				.single()) {
				return Optional.of(rowsOf(mail));
			}
		}
		return Optional.empty();
	}

	/**
	 * Takes the waiting e-mail of this kind about these requests (all of one owner and
	 * quarter), waiting for a worker that holds it to finish: by then its rows are gone.
	 */
	Optional<Taken> take(Set<Long> requestIds, MailKind kind) {
		List<String> mails = this.jdbc.sql("select distinct " + MAIL + """
				 from owner_mail_outbox o join data_request r on r.id = o.request_id
				where o.kind = :kind and o.request_id in (:ids)""")
			.param("kind", kind.name())
			.param("ids", requestIds)
			.query(String.class)
			.list();
		if (mails.size() != 1) {
			return Optional.empty();
		}
		this.jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params(LOCKS, mails.get(0))
			.query(Object.class)
			.single();
		return Optional.of(rowsOf(mails.get(0)));
	}

	/** The rows of one e-mail, locked; none when another worker has just sent it. */
	private Taken rowsOf(String mail) {
		List<Taken> rows = this.jdbc.sql("""
				select o.id, o.request_id, o.kind, r.owner_email
				from owner_mail_outbox o join data_request r on r.id = o.request_id
				where %s = ? order by o.id for update of o""".formatted(MAIL))
			.param(mail)
			.query((rs, row) -> new Taken(MailKind.valueOf(rs.getString("kind")), rs.getString("owner_email"),
					List.of(new Row(rs.getLong("id"), rs.getLong("request_id")))))
			.list();
		if (rows.isEmpty()) {
			return new Taken(MailKind.valueOf(mail.substring(0, mail.indexOf('/'))), null, List.of());
		}
		return new Taken(rows.get(0).kind(), rows.get(0).owner(),
				rows.stream().flatMap(t -> t.rows().stream()).toList());
	}

	/**
	 * Of these requests, those to which an e-mail of this kind is still due: still named
	 * to this owner, the owner has not had one (or, for the reason for returning figures,
	 * not since the figures were returned), and, but for that reason, still with the
	 * owner in a quarter still open. Another worker may have sent it since it was put in
	 * the outbox, or the owner may have submitted meanwhile.
	 */
	List<Long> stillDue(Collection<Long> requestIds, String owner, MailKind kind) {
		String due = switch (kind) {
			case REQUEST -> "r.notified_at is null and " + WITH_OWNER;
			case REMINDER -> "r.reminded_at is null and " + WITH_OWNER;
			case OVERDUE -> "r.overdue_notified_at is null and " + WITH_OWNER;
			case RETURNED -> """
					r.state = 'RETURNED' and not (r.last_mail_kind = 'RETURNED' and r.last_mail_failure is null
					                              and r.last_mail_at >= r.decided_at)""";
		};
		return this.jdbc
			.sql("select r.id from data_request r where r.id in (:ids) and r.owner_email = :owner and " + due
					+ " order by r.id")
			.param("ids", requestIds)
			.param("owner", owner)
			.query(Long.class)
			.list();
	}

	/**
	 * Records on the requests still named to this owner what happened to an e-mail to
	 * them; once the mail server took it, also that the owner has had this kind
	 * ({@code notified}: the column that says so, or {@code null}).
	 * @return the requests recorded
	 */
	List<Long> recordMail(Collection<Long> requestIds, String owner, MailKind kind, String failure, String notified) {
		if (requestIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("update data_request set last_mail_kind = :kind, last_mail_at = now(), last_mail_failure = :failure"
					+ ((failure == null && notified != null) ? ", " + notified + " = now()" : "")
					+ " where id in (:ids) and owner_email = :owner returning id")
			.param("kind", kind.name())
			.param("failure", failure)
			.param("ids", requestIds)
			.param("owner", owner)
			.query(Long.class)
			.list();
	}

	/**
	 * Removes e-mails taken from the outbox once sent or no longer due, but not one about
	 * a request named to another owner since it was taken: that owner is sent it next.
	 */
	void remove(Taken taken) {
		if (taken.rows().isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				delete from owner_mail_outbox o where o.id in (:ids)
				  and not exists (select 1 from data_request r where r.id = o.request_id
				                  and r.owner_email is not null and r.owner_email is distinct from :owner)""")
			.param("ids", taken.rows().stream().map(Row::id).toList())
			.param("owner", taken.owner())
			.update();
	}

	/** How many e-mails are waiting, taken or not. */
	int waiting() {
		return this.jdbc.sql("select count(*) from owner_mail_outbox").query(Integer.class).single();
	}

	/** One row of the outbox: its identity and the request it is about. */
	record Row(long id, long requestId) {
	}

	/**
	 * E-mails taken from the outbox that go as one.
	 *
	 * @param kind which e-mail
	 * @param owner the owner the requests were named to when taken
	 * @param rows the rows
	 */
	record Taken(MailKind kind, String owner, List<Row> rows) {

		List<Long> requestIds() {
			return this.rows.stream().map(Row::requestId).toList();
		}

	}

}
