package uk.beacon.indicator;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.beacon.organisation.OrganisationUnits;

/**
 * Each council's default RAG rule, which every target of its indicators follows unless
 * the target gives its own. Read only: the rule changes through
 * {@link IndicatorManagement#setCouncilRule}.
 */
@Repository
public class CouncilRagRules {

	private final JdbcClient jdbc;

	private final OrganisationUnits units;

	private final Indicators indicators;

	private final IndicatorTargets targets;

	private final Measurements measurements;

	private final Benchmarks benchmarks;

	CouncilRagRules(JdbcClient jdbc, OrganisationUnits units, Indicators indicators, IndicatorTargets targets,
			Measurements measurements, Benchmarks benchmarks) {
		this.jdbc = jdbc;
		this.units = units;
		this.indicators = indicators;
		this.targets = targets;
		this.measurements = measurements;
		this.benchmarks = benchmarks;
	}

	/**
	 * @return the council's rule; with no tolerance at all (Beacon's first rule) when it
	 * has set none
	 */
	public RagRule ofCouncil(long councilId) {
		return this.jdbc.sql("""
				select green_tolerance_kind, green_tolerance, amber_tolerance_kind, amber_tolerance
				from council_rag_rule where council_id = ?""")
			.param(councilId)
			.query((rs, row) -> RagRule.council(
					IndicatorTargets.tolerance(rs, "green_tolerance_kind", "green_tolerance"),
					IndicatorTargets.tolerance(rs, "amber_tolerance_kind", "amber_tolerance")))
			.optional()
			.orElseGet(() -> RagRule.council(Tolerance.none(), Tolerance.none()));
	}

	/** The rule of the council the indicator belongs to. */
	public RagRule forIndicator(Indicator indicator) {
		return ofCouncil(this.units.councilOf(indicator.organisationUnitId()).id());
	}

	/**
	 * How the latest figures of the council's indicators would be rated under the rule
	 * given, beside how they are rated now.
	 */
	public CouncilRulePreview preview(long councilId, RagRule proposed) {
		List<Indicator> indicators = this.indicators.findInUnits(this.units.subtreesOf(List.of(councilId)))
			.stream()
			.filter(i -> i.retiredFrom() == null)
			.toList();
		List<Long> ids = indicators.stream().map(Indicator::id).toList();
		return CouncilRulePreview.of(indicators, this.measurements.forIndicators(ids), this.targets.forIndicators(ids),
				this.benchmarks.forIndicators(ids), RagRule.council(proposed.green(), proposed.amber()));
	}

	/** Every council's rule that has one, by the council's identity. */
	public Map<Long, RagRule> all() {
		return this.jdbc.sql("""
				select council_id, green_tolerance_kind, green_tolerance, amber_tolerance_kind, amber_tolerance
				from council_rag_rule""")
			.query((rs, row) -> Map.entry(rs.getLong("council_id"),
					RagRule.council(IndicatorTargets.tolerance(rs, "green_tolerance_kind", "green_tolerance"),
							IndicatorTargets.tolerance(rs, "amber_tolerance_kind", "amber_tolerance"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
