package uk.beacon.risk.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.risk.MitigatingAction;
import uk.beacon.risk.Risk;
import uk.beacon.risk.RiskAssessment;
import uk.beacon.risk.RiskBand;
import uk.beacon.risk.RiskControl;
import uk.beacon.risk.RiskAppetite;
import uk.beacon.risk.RiskArea;
import uk.beacon.risk.RiskMatrix;
import uk.beacon.risk.RiskReviewMail;
import uk.beacon.risk.RiskPosition;
import uk.beacon.risk.RiskRegister;
import uk.beacon.risk.RiskStatus;

/**
 * Writes registers, risks, their assessments, controls, actions and links, and each
 * council's matrix. Only {@code RiskManagement} may use it: every change is checked
 * against the person's scope, guarded by the risk itself, and audited there.
 */
@Repository
public class RiskStore {

	/** The first key of the advisory lock held while a council's appetite changes. */
	private static final int APPETITE_LOCK = 0x52_41_50_45;

	private static final int MATRIX_LOCK = 0x52_4d_41_54;

	private final JdbcClient jdbc;

	RiskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the register, or updates the one that already has its code.
	 * @return its identity
	 */
	public long saveRegister(RiskRegister register) {
		return this.jdbc
			.sql("""
					insert into risk_register (code, name, kind, organisation_unit_id, escalates_to_id) values (?, ?, ?, ?, ?)
					on conflict (code) do update set name = excluded.name, kind = excluded.kind,
					    organisation_unit_id = excluded.organisation_unit_id, escalates_to_id = excluded.escalates_to_id
					returning id""")
			.params(register.code(), register.name(), register.kind().name(), register.organisationUnitId(),
					register.escalatesToId())
			.query(Long.class)
			.single();
	}

	/**
	 * @return the new risk's identity
	 */
	public long addRisk(Risk risk) {
		return this.jdbc.sql("""
				insert into risk (reference, register_id, kind, title, description, category, consequences, owner,
				    owner_email, review_months, next_review, status, response, restricted, restricted_fields,
				    direction_as_printed, note, area_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(risk.reference(), risk.registerId(), risk.kind().name(), risk.title(), risk.description(),
					risk.category(), risk.consequences(), risk.owner(), risk.ownerEmail(), risk.reviewMonths(),
					risk.nextReview(), risk.status().name(), (risk.response() != null) ? risk.response().name() : null,
					risk.restricted(), risk.restrictedFields().stream().map(Enum::name).sorted().toArray(String[]::new),
					risk.directionAsPrinted(), risk.note(), risk.areaId())
			.query(Long.class)
			.single();
	}

	/**
	 * Moves a risk to another register, keeping its owner and history, if nobody changed
	 * it since it was read.
	 * @return whether the risk was still at its version
	 */
	public boolean move(Risk risk, RiskRegister to, String direction, String reason, String movedBy) {
		int updated = this.jdbc
			.sql("update risk set register_id = ?, version = version + 1 where id = ? and version = ?")
			.params(to.id(), risk.id(), risk.version())
			.update();
		if (updated == 0) {
			return false;
		}
		this.jdbc.sql("""
				insert into risk_register_move (risk_id, from_register_id, to_register_id, direction, reason, moved_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(risk.id(), risk.registerId(), to.id(), direction, reason, movedBy)
			.update();
		return true;
	}

	/**
	 * Records that {@code merged} duplicates {@code surviving}; the merged risk keeps all
	 * its own content and history and is closed.
	 * @return whether the merged risk was still at its expected version
	 */
	public boolean merge(Risk merged, Risk surviving, String reason, String actor) {
		// claim the surviving risk first, so that two officers merging in opposite
		// directions at once cannot leave a chain of merges
		int claimed = this.jdbc
			.sql("update risk set version = version + 1 where id = ? and merged_into_id is null and status = 'OPEN'")
			.param(surviving.id())
			.update();
		if (claimed == 0) {
			return false;
		}
		return this.jdbc
			.sql("""
					update risk set merged_into_id = ?, status = 'CLOSED', merge_reason = ?, merged_by = ?, merged_at = now(),
					    version = version + 1
					where id = ? and version = ? and merged_into_id is null""")
			.params(surviving.id(), reason, actor, merged.id(), merged.version())
			.update() == 1;
	}

	public void addAssessment(long riskId, RiskAssessment a) {
		RiskPosition i = a.inherent();
		RiskPosition c = a.current();
		RiskPosition r = a.residual();
		this.jdbc
			.sql("""
					insert into risk_assessment (risk_id, assessed_on, reporting_period, reporting_period_start,
					    inherent_impact, inherent_likelihood, inherent_score, current_impact, current_likelihood, current_score,
					    residual_impact, residual_likelihood, residual_score, target_date, rating_as_printed, comment)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(riskId, a.assessedOn(), a.reportingPeriod().key(), a.reportingPeriod().start(), impact(i),
					likelihood(i), score(i), impact(c), likelihood(c), score(c), impact(r), likelihood(r), score(r),
					a.targetDate(), a.ratingAsPrinted(), a.comment())
			.update();
	}

	public void addControl(long riskId, RiskControl control) {
		this.jdbc.sql("""
				insert into risk_control (risk_id, position, control, effectiveness)
				values (?, (select count(*) from risk_control where risk_id = ?), ?, ?)""")
			.params(riskId, riskId, control.control(), control.effectiveness().name())
			.update();
	}

	public void addAction(long riskId, MitigatingAction action) {
		this.jdbc.sql("""
				insert into risk_action (risk_id, position, action, owner, due, status, progress)
				values (?, (select count(*) from risk_action where risk_id = ?), ?, ?, ?, ?, ?)""")
			.params(riskId, riskId, action.action(), action.owner(), action.due(), action.status().name(),
					action.progress())
			.update();
	}

	/**
	 * Replaces a risk's own words and settings, if nobody changed it since it was read.
	 * @return whether it was still at its version
	 */
	public boolean updateRisk(Risk risk) {
		return this.jdbc.sql("""
				update risk set title = ?, description = ?, category = ?, consequences = ?, owner = ?, owner_email = ?,
				    review_months = ?, response = ?, restricted = ?, restricted_fields = ?, area_id = ?,
				    version = version + 1
				where id = ? and version = ?""")
			.params(risk.title(), risk.description(), risk.category(), risk.consequences(), risk.owner(),
					risk.ownerEmail(), risk.reviewMonths(), (risk.response() != null) ? risk.response().name() : null,
					risk.restricted(), risk.restrictedFields().stream().map(Enum::name).sorted().toArray(String[]::new),
					risk.areaId(), risk.id(), risk.version())
			.update() == 1;
	}

	/**
	 * Adds a risk area.
	 * @return its identity
	 */
	public long addArea(RiskArea area) {
		return this.jdbc.sql("""
				insert into risk_area (council_id, code, title, lead, mitigations, set_level, set_level_reason, since,
				    retired_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(area.councilId(), area.code(), area.title(), area.lead(), area.mitigations(), area.setLevel(),
					area.setLevelReason(), area.since(), area.retiredOn())
			.query(Long.class)
			.single();
	}

	/**
	 * Replaces a risk area's words and settings, if nobody changed it since it was read.
	 * @return whether it was still at its version
	 */
	public boolean updateArea(RiskArea area) {
		return this.jdbc.sql("""
				update risk_area set title = ?, lead = ?, mitigations = ?, set_level = ?, set_level_reason = ?,
				    since = ?, retired_on = ?, version = version + 1
				where id = ? and version = ?""")
			.params(area.title(), area.lead(), area.mitigations(), area.setLevel(), area.setLevelReason(), area.since(),
					area.retiredOn(), area.id(), area.version())
			.update() == 1;
	}

	/**
	 * Opens or closes a risk, if nobody changed it since it was read.
	 * @return whether it was still at {@code version}
	 */
	public boolean setStatus(long riskId, int version, RiskStatus status) {
		return this.jdbc.sql("update risk set status = ?, version = version + 1 where id = ? and version = ?")
			.params(status.name(), riskId, version)
			.update() == 1;
	}

	public void unlinkIndicator(long riskId, long indicatorId) {
		this.jdbc.sql("delete from risk_link where risk_id = ? and indicator_id = ?")
			.params(riskId, indicatorId)
			.update();
	}

	public void unlinkSection(long riskId, long sectionId) {
		this.jdbc.sql("delete from risk_link where risk_id = ? and scorecard_section_id = ?")
			.params(riskId, sectionId)
			.update();
	}

	/** Sets how effective the control at this position in the risk's list is. */
	public void updateControl(long riskId, int position, RiskControl control) {
		this.jdbc.sql("update risk_control set effectiveness = ? where risk_id = ? and position = ?")
			.params(control.effectiveness().name(), riskId, position)
			.update();
	}

	/** Sets where the action at this position in the risk's list stands. */
	public void updateAction(long riskId, int position, MitigatingAction action) {
		this.jdbc.sql("update risk_action set status = ?, progress = ?, due = ? where risk_id = ? and position = ?")
			.params(action.status().name(), action.progress(), action.due(), riskId, position)
			.update();
	}

	/**
	 * Marks the risk as changed by a review, if nobody changed it since it was read.
	 * @return whether it was still at {@code version}
	 */
	public boolean touch(long riskId, int version) {
		return this.jdbc.sql("update risk set version = version + 1 where id = ? and version = ?")
			.params(riskId, version)
			.update() == 1;
	}

	public void linkIndicator(long riskId, long indicatorId, String note) {
		this.jdbc.sql("insert into risk_link (risk_id, indicator_id, note) values (?, ?, ?)")
			.params(riskId, indicatorId, note)
			.update();
	}

	public void linkSection(long riskId, long sectionId, String note) {
		this.jdbc.sql("insert into risk_link (risk_id, scorecard_section_id, note) values (?, ?, ?)")
			.params(riskId, sectionId, note)
			.update();
	}

	/**
	 * Sets the council's matrix and bands, replacing any it had.
	 */
	public void saveMatrix(long councilId, RiskMatrix matrix) {
		this.jdbc.sql("delete from risk_band where council_id = ?").param(councilId).update();
		this.jdbc.sql("""
				insert into risk_matrix (council_id, size, impact_labels, opportunity_impact_labels, likelihood_labels,
				    likelihood_first, impact_name, likelihood_name, likelihood_on_rows)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (council_id) do update set size = excluded.size, impact_labels = excluded.impact_labels,
				    opportunity_impact_labels = excluded.opportunity_impact_labels,
				    likelihood_labels = excluded.likelihood_labels, likelihood_first = excluded.likelihood_first,
				    impact_name = excluded.impact_name, likelihood_name = excluded.likelihood_name,
				    likelihood_on_rows = excluded.likelihood_on_rows, version = risk_matrix.version + 1""")
			.params(councilId, matrix.size(), matrix.impactLabels().toArray(String[]::new),
					matrix.opportunityImpactLabels().toArray(String[]::new),
					matrix.likelihoodLabels().toArray(String[]::new), matrix.writing().likelihoodFirst(),
					matrix.writing().impactName(), matrix.writing().likelihoodName(),
					matrix.writing().likelihoodOnRows())
			.update();
		for (RiskBand band : matrix.bands()) {
			this.jdbc
				.sql("insert into risk_band (council_id, from_score, to_score, level, colour) values (?, ?, ?, ?, ?)")
				.params(councilId, band.fromScore(), band.toScore(), band.level(), band.colour().name())
				.update();
		}
	}

	/**
	 * Holds the council's risk appetite until the transaction ends, so that two people
	 * setting it at once are taken one after the other and the second sees the first's
	 * change.
	 */
	public void lockAppetite(long councilId) {
		this.jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?::text))")
			.params(APPETITE_LOCK, councilId)
			.query((rs, row) -> 1)
			.single();
	}

	/**
	 * Holds the council's matrix until the transaction ends, so that two people changing
	 * it at once are taken one after the other and the second sees the first's change.
	 */
	public void lockMatrix(long councilId) {
		this.jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?::text))")
			.params(MATRIX_LOCK, councilId)
			.query((rs, row) -> 1)
			.single();
	}

	/**
	 * Holds the council's matrix as it is until the transaction ends, for an assessment
	 * checked against it: a change to the matrix waits, and others may check theirs too.
	 */
	public void shareMatrix(long councilId) {
		this.jdbc.sql("select pg_advisory_xact_lock_shared(?, hashtext(?::text))")
			.params(MATRIX_LOCK, councilId)
			.query((rs, row) -> 1)
			.single();
	}

	/**
	 * Sets the council's risk appetite, replacing any it had.
	 */
	public void saveAppetite(long councilId, RiskAppetite appetite) {
		this.jdbc.sql("delete from risk_appetite where council_id = ?").param(councilId).update();
		if (appetite.defaultScore() != null) {
			this.jdbc.sql("insert into risk_appetite (council_id, category, tolerable_score) values (?, null, ?)")
				.params(councilId, appetite.defaultScore())
				.update();
		}
		for (RiskAppetite.Category category : appetite.categories()) {
			this.jdbc.sql("insert into risk_appetite (council_id, category, tolerable_score) values (?, ?, ?)")
				.params(councilId, category.name().strip(), category.tolerableScore())
				.update();
		}
	}

	/**
	 * Records an e-mail about a risk's review, replacing an earlier attempt at the same
	 * one.
	 */
	public void recordReviewMail(long riskId, RiskReviewMail mail) {
		this.jdbc.sql("""
				insert into risk_review_mail (risk_id, kind, review_date, sent_to, attempted_at, failure)
				values (?, ?, ?, ?, ?, ?)
				on conflict (risk_id, kind, review_date) do update set sent_to = excluded.sent_to,
				    attempted_at = excluded.attempted_at, failure = excluded.failure""")
			.params(riskId, mail.kind().name(), mail.reviewDate(), mail.sentTo(),
					java.sql.Timestamp.from(mail.attemptedAt()), mail.failure())
			.update();
	}

	private static Integer impact(RiskPosition p) {
		return (p != null) ? p.impact() : null;
	}

	private static Integer likelihood(RiskPosition p) {
		return (p != null) ? p.likelihood() : null;
	}

	private static Integer score(RiskPosition p) {
		return (p != null) ? p.score() : null;
	}

}
