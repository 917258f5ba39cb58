package uk.beacon.indicator.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import uk.beacon.indicator.Benchmark;
import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.ComparatorValue;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorTarget;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.RagRule;
import uk.beacon.indicator.StatusOverride;
import uk.beacon.indicator.Target;
import uk.beacon.period.Period;

/**
 * Writes indicators, their targets, figures, benchmarks and comparator values. Only
 * {@code IndicatorManagement} may use it: every change is checked against the person's
 * scope and audited there.
 */
@Repository
public class IndicatorStore {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	IndicatorStore(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * @return the new indicator's identity
	 */
	public long addIndicator(Indicator indicator) {
		return this.jdbc
			.sql("""
					insert into indicator (code, title, definition, organisation_unit_id, unit, decimal_places, polarity,
					    frequency, accumulation, arrears_months, comparison, owner_name, owner_email, data_source, is_public, note,
					    public_note)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(indicator.code(), indicator.title(), indicator.definition(), indicator.organisationUnitId(),
					indicator.unit().name(), indicator.decimalPlaces(), indicator.polarity().name(),
					indicator.frequency().name(), indicator.accumulation().name(), indicator.arrearsMonths(),
					indicator.comparison().name(), indicator.ownerName(), indicator.ownerEmail(),
					indicator.dataSource(), indicator.isPublic(), indicator.note(), indicator.publicNote())
			.query(Long.class)
			.single();
	}

	/**
	 * Replaces the definition of the indicator with this identity.
	 * @return false when it changed since {@code version} was read
	 */
	public boolean updateIndicator(long id, int version, Indicator indicator) {
		return this.jdbc.sql("""
				update indicator set title = ?, definition = ?, organisation_unit_id = ?, unit = ?, decimal_places = ?,
				    polarity = ?, frequency = ?, accumulation = ?, arrears_months = ?, comparison = ?, owner_name = ?,
				    owner_email = ?, data_source = ?, is_public = ?, note = ?, public_note = ?, version = version + 1
				where id = ? and version = ?""")
			.params(indicator.title(), indicator.definition(), indicator.organisationUnitId(), indicator.unit().name(),
					indicator.decimalPlaces(), indicator.polarity().name(), indicator.frequency().name(),
					indicator.accumulation().name(), indicator.arrearsMonths(), indicator.comparison().name(),
					indicator.ownerName(), indicator.ownerEmail(), indicator.dataSource(), indicator.isPublic(),
					indicator.note(), indicator.publicNote(), id, version)
			.update() == 1;
	}

	/**
	 * Names the officer who owns an indicator's figures.
	 * @return false when the indicator changed since {@code version} was read
	 */
	public boolean assignOwner(long id, int version, String ownerName, String ownerEmail) {
		return this.jdbc.sql("""
				update indicator set owner_name = ?, owner_email = ?, version = version + 1
				where id = ? and version = ?""").params(ownerName, ownerEmail, id, version).update() == 1;
	}

	public void addTarget(IndicatorTarget t) {
		Target target = t.target();
		RagRule kept = t.rule().asKept();
		Target.Range range = (target instanceof Target.Range r) ? r : null;
		Target.MultiYearTotal total = (target instanceof Target.MultiYearTotal m) ? m : null;
		this.jdbc.sql("""
				insert into target (indicator_id, kind, applies_from, applies_from_start, applies_to, applies_to_end,
				    value, low, high, quartile, total_from, total_to, tolerance_kind, tolerance, green_tolerance_kind,
				    green_tolerance, rule_source, text_as_printed, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(t.indicatorId(), kindOf(target), t.appliesFrom().key(), t.appliesFrom().start(),
					(t.appliesTo() != null) ? t.appliesTo().key() : null,
					(t.appliesTo() != null) ? t.appliesTo().end() : null, target.figure(),
					(range != null) ? range.low() : null, (range != null) ? range.high() : null,
					(target instanceof Target.Quartile q) ? q.quartile() : null, (total != null) ? total.from() : null,
					(total != null) ? total.to() : null, kept.amber().kind().name(), kept.amber().amount(),
					kept.green().kind().name(), kept.green().amount(), kept.source().name(), t.textAsPrinted(),
					t.note())
			.update();
	}

	/** Replaces a target's shape, figures and tolerance over the span it has. */
	public void correctTarget(IndicatorTarget t) {
		Target target = t.target();
		RagRule kept = t.rule().asKept();
		Target.Range range = (target instanceof Target.Range r) ? r : null;
		Target.MultiYearTotal total = (target instanceof Target.MultiYearTotal m) ? m : null;
		this.jdbc.sql("""
				update target set kind = ?, value = ?, low = ?, high = ?, quartile = ?, total_from = ?, total_to = ?,
				    tolerance_kind = ?, tolerance = ?, green_tolerance_kind = ?, green_tolerance = ?, rule_source = ?,
				    text_as_printed = ?
				where id = ?""")
			.params(kindOf(target), target.figure(), (range != null) ? range.low() : null,
					(range != null) ? range.high() : null, (target instanceof Target.Quartile q) ? q.quartile() : null,
					(total != null) ? total.from() : null, (total != null) ? total.to() : null,
					kept.amber().kind().name(), kept.amber().amount(), kept.green().kind().name(),
					kept.green().amount(), kept.source().name(), t.textAsPrinted(), t.id())
			.update();
	}

	/**
	 * Sets the council's RAG rule; a rule with no tolerance at all is none, and not kept.
	 */
	public void saveCouncilRule(long councilId, RagRule rule) {
		if (!rule.hasGreenTolerance() && rule.amber().kind() == uk.beacon.indicator.Tolerance.Kind.NONE) {
			this.jdbc.sql("delete from council_rag_rule where council_id = ?").param(councilId).update();
			return;
		}
		this.jdbc.sql("""
				insert into council_rag_rule (council_id, green_tolerance_kind, green_tolerance, amber_tolerance_kind,
				    amber_tolerance)
				values (?, ?, ?, ?, ?)
				on conflict (council_id) do update set green_tolerance_kind = excluded.green_tolerance_kind,
				    green_tolerance = excluded.green_tolerance, amber_tolerance_kind = excluded.amber_tolerance_kind,
				    amber_tolerance = excluded.amber_tolerance""")
			.params(councilId, rule.green().kind().name(), rule.green().amount(), rule.amber().kind().name(),
					rule.amber().amount())
			.update();
	}

	/**
	 * Holds the council's RAG rule until the transaction ends, so that two people setting
	 * it are taken one after the other.
	 */
	public void lockCouncilRule(long councilId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('council_rag_rule'), hashtext(?::text))")
			.param(councilId)
			.query(Object.class)
			.single();
	}

	/**
	 * Revises a target as a whole: its figures, tolerance, the period it applies to, and
	 * what the council printed and noted.
	 */
	public void reviseTarget(IndicatorTarget t) {
		correctTarget(t);
		this.jdbc.sql("update target set applies_to = ?, applies_to_end = ?, note = ? where id = ?")
			.params((t.appliesTo() != null) ? t.appliesTo().key() : null,
					(t.appliesTo() != null) ? t.appliesTo().end() : null, t.note(), t.id())
			.update();
	}

	/**
	 * Retires the indicator from the quarter, or puts it back in use ({@code from}
	 * {@code null}).
	 * @return false when it changed since {@code version} was read
	 */
	public boolean retire(long indicatorId, int version, uk.beacon.period.FinancialQuarter from, String reason) {
		return this.jdbc.sql("""
				update indicator set retired_from = ?, retired_from_start = ?, retirement_reason = ?,
				       version = version + 1
				where id = ? and version = ?""")
			.params((from != null) ? from.key() : null, (from != null) ? from.start() : null, reason, indicatorId,
					version)
			.update() == 1;
	}

	/**
	 * Keeps the measure an indicator had until a quarter, when a new one replaces it from
	 * that quarter on.
	 */
	public void keepEarlierDefinition(long indicatorId, uk.beacon.period.FinancialQuarter until,
			uk.beacon.indicator.Measure measure, String reason, String changedBy) {
		this.jdbc
			.sql("""
					insert into indicator_earlier_definition (indicator_id, applies_until, applies_until_start, definition,
					    unit, decimal_places, polarity, frequency, accumulation, arrears_months, comparison, reason, changed_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(indicatorId, until.key(), until.start(), measure.definition(), measure.unit().name(),
					measure.decimalPlaces(), measure.polarity().name(), measure.frequency().name(),
					measure.accumulation().name(), measure.arrearsMonths(), measure.comparison().name(), reason,
					changedBy)
			.update();
	}

	/** Ends a target that applied until replaced at the period given. */
	public void endTarget(long targetId, uk.beacon.period.Period last) {
		this.jdbc.sql("update target set applies_to = ?, applies_to_end = ? where id = ?")
			.params(last.key(), last.end(), targetId)
			.update();
	}

	/**
	 * Holds an indicator's targets until the transaction ends, so that two people setting
	 * its next target are taken one after the other.
	 */
	public void lockTargetsOf(long indicatorId) {
		this.jdbc.sql("select id from indicator where id = ? for update")
			.param(indicatorId)
			.query(Long.class)
			.optional();
	}

	/** How the target table names each shape. */
	private static String kindOf(Target target) {
		if (target instanceof Target.Value) {
			return "VALUE";
		}
		if (target instanceof Target.Range) {
			return "RANGE";
		}
		if (target instanceof Target.Profile) {
			return "PROFILE";
		}
		if (target instanceof Target.MultiYearTotal) {
			return "MULTI_YEAR_TOTAL";
		}
		if (target instanceof Target.Quartile) {
			return "QUARTILE";
		}
		return "NONE";
	}

	/**
	 * Corrects a recorded figure and its commentary. The figure it replaces is kept in
	 * {@code measurement_history} (by the database), with who corrected it and why.
	 * @return false when the measurement changed since {@code version} was read
	 */
	public boolean correctMeasurement(long measurementId, int version, BigDecimal value, BigDecimal numerator,
			BigDecimal denominator, Commentary commentary, String changedBy, String reason) {
		return this.jdbc.sql("""
				update measurement set value = ?, numerator = ?, denominator = ?, value_as_printed = null,
				       performance_details = ?, current_activity = ?, future_activity = ?, changed_by = ?,
				       change_reason = ?, version = version + 1, recorded_at = now()
				where id = ? and version = ?""")
			.params(value, numerator, denominator, commentary.performanceDetails(), commentary.currentActivity(),
					commentary.futureActivity(), changedBy, reason, measurementId, version)
			.update() == 1;
	}

	/**
	 * Revises a recorded figure as a whole (its value or ratio, flags, text as printed,
	 * commentary, assessed status and note); the figure it replaces is kept in
	 * {@code measurement_history} (by the database), with who changed it and why.
	 * @return false when the measurement changed since {@code version} was read
	 */
	public boolean reviseMeasurement(long measurementId, int version, Measurement m, String changedBy, String reason) {
		StatusOverride override = m.override();
		return this.jdbc.sql("""
				update measurement set value = ?, numerator = ?, denominator = ?, provisional = ?, estimated = ?,
				       value_as_printed = ?, performance_details = ?, current_activity = ?, future_activity = ?,
				       assessed_status = ?, assessment_reason = ?, note = ?, changed_by = ?, change_reason = ?,
				       version = version + 1, recorded_at = now()
				where id = ? and version = ?""")
			.params(m.value(), m.numerator(), m.denominator(), m.provisional(), m.estimated(), m.valueAsPrinted(),
					m.commentary().performanceDetails(), m.commentary().currentActivity(),
					m.commentary().futureActivity(), (override != null) ? override.status().name() : null,
					(override != null) ? override.reason() : null, m.note(), changedBy, reason, measurementId, version)
			.update() == 1;
	}

	/**
	 * Sets or clears an officer's assessed status of a recorded figure; the status it
	 * replaces is kept in {@code measurement_history} (by the database).
	 * @param override the status and why, {@code null} to let the rule's stand
	 * @return false when the measurement changed since {@code version} was read
	 */
	public boolean assessStatus(long measurementId, int version, StatusOverride override, String changedBy) {
		return this.jdbc.sql("""
				update measurement set assessed_status = ?, assessment_reason = ?, changed_by = ?,
				       version = version + 1
				where id = ? and version = ?""")
			.params((override != null) ? override.status().name() : null, (override != null) ? override.reason() : null,
					changedBy, measurementId, version)
			.update() == 1;
	}

	/**
	 * Saves many measurements with PostgreSQL's {@code COPY}, in the caller's
	 * transaction: an import of a million figures sends them as one stream rather than a
	 * million statements, and still saves all or nothing.
	 * @return how many were saved
	 */
	public long addMeasurements(Iterable<Measurement> all) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("""
						copy measurement (indicator_id, data_period, data_period_start, data_period_end, reporting_period,
						    reporting_period_start, value, numerator, denominator, provisional, estimated, value_as_printed,
						    performance_details, current_activity, future_activity, assessed_status, assessment_reason, note)
						from stdin""");
			try {
				CopyRows rows = new CopyRows(copy);
				// a million figures name a few hundred periods: each is put in words once
				Map<Period, String> dataPeriods = new IdentityHashMap<>();
				Map<Period, String> quarters = new IdentityHashMap<>();
				for (Measurement m : all) {
					StatusOverride override = m.override();
					rows.add(m.indicatorId())
						.written(dataPeriods.computeIfAbsent(m.dataPeriod(),
								p -> CopyRows.columns(p.key(), p.start(), p.end())))
						.written(quarters.computeIfAbsent(m.reportingPeriod(),
								p -> CopyRows.columns(p.key(), p.start())))
						.add(m.value())
						.add(m.numerator())
						.add(m.denominator())
						.add(m.provisional())
						.add(m.estimated())
						.add(m.valueAsPrinted())
						.add(m.commentary().performanceDetails())
						.add(m.commentary().currentActivity())
						.add(m.commentary().futureActivity())
						.add((override != null) ? override.status().name() : null)
						.add((override != null) ? override.reason() : null)
						.add(m.note())
						.endRow();
				}
				rows.flush();
				return copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			throw new UncategorizedSQLException("copy measurement", null, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** Adds the benchmark, or replaces the one for the same period and comparator. */
	public void saveBenchmark(Benchmark b) {
		this.jdbc.sql("""
				insert into benchmark (indicator_id, data_period, data_period_end, comparator, value, rank, rank_of,
				    quartile, source, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (indicator_id, data_period, comparator) do update set value = excluded.value,
				    rank = excluded.rank, rank_of = excluded.rank_of, quartile = excluded.quartile,
				    source = excluded.source, note = excluded.note""")
			.params(b.indicatorId(), b.dataPeriod().key(), b.dataPeriod().end(), b.comparator().name(), b.value(),
					b.rank(), b.rankOf(), b.quartile(), b.source(), b.note())
			.update();
	}

	/**
	 * Corrects a member's value, when it is still the value seen.
	 * @return false when it changed or went since
	 */
	public boolean updateComparatorValue(ComparatorValue value, BigDecimal seen) {
		this.jdbc.sql("update comparator_group set name = ? where code = ?")
			.params(value.groupName(), value.groupCode())
			.update();
		return this.jdbc.sql("""
				update comparator_value set is_council = ?, value = ?, source = ?
				where group_id = (select id from comparator_group where code = ?) and indicator_id = ?
				  and data_period = ? and member = ? and value = ?""")
			.params(value.isCouncil(), value.value(), value.source(), value.groupCode(), value.indicatorId(),
					value.dataPeriod().key(), value.member(), seen)
			.update() == 1;
	}

	/**
	 * Removes a member's value, when it is still the value seen.
	 * @return false when it changed or went since
	 */
	public boolean deleteComparatorValue(String groupCode, long indicatorId, String dataPeriodKey, String member,
			BigDecimal seen) {
		return this.jdbc.sql("""
				delete from comparator_value
				where group_id = (select id from comparator_group where code = ?) and indicator_id = ?
				  and data_period = ? and member = ? and value = ?""")
			.params(groupCode, indicatorId, dataPeriodKey, member, seen)
			.update() == 1;
	}

	public void addComparatorValue(ComparatorValue value) {
		long groupId = this.jdbc.sql("""
				insert into comparator_group (code, name) values (?, ?)
				on conflict (code) do update set name = excluded.name returning id""")
			.params(value.groupCode(), value.groupName())
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into comparator_value (group_id, indicator_id, data_period, data_period_end, member, is_council,
				    value, source)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(groupId, value.indicatorId(), value.dataPeriod().key(), value.dataPeriod().end(), value.member(),
					value.isCouncil(), value.value(), value.source())
			.update();
	}

}
