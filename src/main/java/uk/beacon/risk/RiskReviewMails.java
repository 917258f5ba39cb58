package uk.beacon.risk;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The e-mails Beacon has sent risk owners about their reviews. Read only: they are
 * recorded through {@link RiskManagement}.
 */
@Repository
class RiskReviewMails {

	private final JdbcClient jdbc;

	RiskReviewMails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the e-mail of this kind about this review date was taken by the mail
	 * server.
	 */
	boolean sent(long riskId, RiskReviewMail.Kind kind, java.time.LocalDate reviewDate) {
		return this.jdbc
			.sql("select count(*) from risk_review_mail where risk_id = ? and kind = ? and review_date = ? "
					+ "and failure is null")
			.params(riskId, kind.name(), reviewDate)
			.query(Long.class)
			.single() > 0;
	}

	/** The latest e-mail about the risk's review, if any. */
	java.util.Optional<RiskReviewMail> latest(long riskId) {
		List<RiskReviewMail> mails = this.jdbc
			.sql("select kind, review_date, sent_to, attempted_at, failure from risk_review_mail where risk_id = ? "
					+ "order by attempted_at desc limit 1")
			.param(riskId)
			.query((rs, row) -> new RiskReviewMail(RiskReviewMail.Kind.valueOf(rs.getString(1)),
					rs.getObject(2, java.time.LocalDate.class), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getString(5)))
			.list();
		return mails.stream().findFirst();
	}

}
