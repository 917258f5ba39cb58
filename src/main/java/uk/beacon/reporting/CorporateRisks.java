package uk.beacon.reporting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.access.Audience;
import uk.beacon.risk.BandColour;
import uk.beacon.risk.MitigatingAction;
import uk.beacon.risk.RegisterKind;
import uk.beacon.risk.RestrictedField;
import uk.beacon.risk.Risk;
import uk.beacon.risk.RiskAssessment;
import uk.beacon.risk.RiskAssessments;
import uk.beacon.risk.RiskDirection;
import uk.beacon.risk.RiskFilter;
import uk.beacon.risk.RiskKind;
import uk.beacon.risk.RiskLevel;
import uk.beacon.risk.RiskRegister;
import uk.beacon.risk.RiskPosition;
import uk.beacon.risk.RiskRules;
import uk.beacon.risk.RiskTolerance;
import uk.beacon.risk.RiskStatus;
import uk.beacon.risk.RiskSummary;
import uk.beacon.risk.RiskTreatments;
import uk.beacon.risk.RiskViews;

/**
 * The council's corporate risk registers as they stood at the end of a quarter. Risks are
 * read through {@link RiskViews}, so a restricted risk or field never reaches Part A: the
 * public audience's risks have had them removed before this class sees them.
 */
@Component
class CorporateRisks {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final RiskViews views;

	private final RiskAssessments assessments;

	private final RiskTreatments treatments;

	private final OrganisationUnits units;

	CorporateRisks(RiskViews views, RiskAssessments assessments, RiskTreatments treatments, OrganisationUnits units) {
		this.views = views;
		this.assessments = assessments;
		this.treatments = treatments;
		this.units = units;
	}

	/**
	 * Part A: what the public may see of the council's corporate risks.
	 */
	RiskSection section(long councilId, FinancialQuarter period) {
		List<RiskRegister> registers = registersOf(councilId);
		Map<String, RiskSection.LevelCount> byLevel = new LinkedHashMap<>();
		List<RiskEntry> turnedRed = new ArrayList<>();
		List<RiskEntry> leftRed = new ArrayList<>();
		List<RiskEntry> red = new ArrayList<>();
		List<RiskEntry> amberRecentlyRed = new ArrayList<>();
		List<RiskEntry> aboveAppetite = new ArrayList<>();
		for (Positioned p : positioned(registers, period, Audience.PUBLIC)) {
			if (p.entry().aboveAppetiteBy() > 0) {
				aboveAppetite.add(p.entry());
			}
			byLevel.merge(p.levelName(), new RiskSection.LevelCount(p.levelName(), p.colour().name(), 1),
					(a, b) -> new RiskSection.LevelCount(a.level(), a.colour(), a.count() + 1));
			boolean redNow = p.colour().red();
			boolean redBefore = p.previous() != null && p.previous().colour().red();
			if (redNow && p.previous() != null && !redBefore) {
				turnedRed.add(p.entry());
			}
			if (redBefore && !redNow) {
				leftRed.add(p.entry());
			}
			if (redNow) {
				red.add(p.entry());
			}
			if (p.colour().rag() == BandColour.AMBER && p.redInLast12Months()) {
				amberRecentlyRed.add(p.entry());
			}
		}
		List<RiskSection.LevelCount> levels = new ArrayList<>(byLevel.values());
		// the most severe first; a stable sort keeps two levels of one colour in the
		// order met
		levels.sort(java.util.Comparator.comparingInt(l -> -BandColour.valueOf(l.colour()).severity()));
		aboveAppetite.sort(java.util.Comparator.comparingInt(RiskEntry::aboveAppetiteBy).reversed());
		List<String> keys = registers.isEmpty() ? List.of() : List.of(this.views.matrixOf(registers.get(0)).key());
		return new RiskSection(registers.stream().map(RiskRegister::name).toList(), levels, turnedRed, leftRed, red,
				amberRecentlyRed, aboveAppetite, keys);
	}

	/**
	 * Part B: the risks, or parts of risks, kept from the public, in full.
	 */
	List<RiskEntry> restricted(long councilId, FinancialQuarter period) {
		return positioned(registersOf(councilId), period, Audience.everywhere()).stream()
			.filter(p -> p.risk().restricted() || !p.risk().restrictedFields().isEmpty())
			.map(Positioned::entry)
			.toList();
	}

	private List<RiskRegister> registersOf(long councilId) {
		return this.views.registers()
			.stream()
			.filter(r -> r.kind() == RegisterKind.CORPORATE
					&& this.units.councilOf(r.organisationUnitId()).id() == councilId)
			.toList();
	}

	private List<Positioned> positioned(List<RiskRegister> registers, FinancialQuarter period, Audience audience) {
		List<Positioned> result = new ArrayList<>();
		for (RiskRegister register : registers) {
			for (RiskSummary summary : this.views.register(new RiskFilter(register.code(), null, null, null, null),
					audience)) {
				Risk risk = summary.risk();
				if (risk.kind() != RiskKind.RISK || risk.status() != RiskStatus.OPEN) {
					continue;
				}
				List<RiskAssessment> history = this.assessments.forRisk(risk.id());
				Optional<RiskAssessment> latest = RiskRules.latestUpTo(history, period);
				if (latest.isEmpty()) {
					result
						.add(new Positioned(risk, null, null, false, entry(summary, null, null, null, null, audience)));
					continue;
				}
				RiskLevel level = RiskRules.level(latest.get(), summary.matrix());
				RiskLevel previous = RiskRules.latestUpTo(history, period.previous())
					.map(a -> RiskRules.level(a, summary.matrix()))
					.orElse(null);
				boolean recentlyRed = RiskRules.redInLast12Months(history, summary.matrix(), period.end());
				RiskDirection direction = RiskRules.direction(history, period, summary.matrix());
				result.add(new Positioned(risk, level, previous, recentlyRed,
						entry(summary, latest.get(), level, previous, direction, audience)));
			}
		}
		return result;
	}

	private RiskEntry entry(RiskSummary summary, RiskAssessment latest, RiskLevel level, RiskLevel previous,
			RiskDirection direction, Audience audience) {
		Risk risk = summary.risk();
		List<RiskEntry.Action> actions = risk.shows(RestrictedField.ACTIONS, audience.seesAnyRestricted())
				? this.treatments.actions(risk.id()).stream().map(CorporateRisks::action).toList() : List.of();
		String position = (latest != null && latest.rated() != null)
				? latest.rated().label(summary.matrix(), risk.kind()) : "–";
		String target = null;
		if (latest != null && latest.residual() != null) {
			target = latest.residual().label(summary.matrix(), risk.kind())
					+ ((latest.targetDate() != null) ? " by " + DATE.format(latest.targetDate()) : "");
		}
		RiskPosition rated = (latest != null) ? latest.rated() : null;
		int above = RiskRules.aboveAppetiteBy(risk, rated, summary.appetite());
		return new RiskEntry(risk.reference(), risk.title(), summary.register().name(), risk.owner(),
				risk.description(), (level != null) ? level.level() : "Not assessed",
				(level != null) ? level.colour().name() : BandColour.GREY.name(),
				(previous != null) ? previous.level() : null, position, target,
				(direction != null) ? direction.label() : "Not known", (latest != null) ? latest.comment() : null,
				actions, next(risk, latest, target), appetite(rated, above, summary.appetite()), above,
				RiskRules.printedWhereDifferent(latest, level));
	}

	/**
	 * "16: 4 above the tolerable score of 12 (Financial)", or "within", or {@code null}
	 * when no appetite applies.
	 */
	private static String appetite(RiskPosition rated, int above, RiskTolerance tolerance) {
		if (rated == null || tolerance == null) {
			return null;
		}
		return rated.score() + ((above > 0) ? ": " + above + " above" : ": within") + " the tolerable score of "
				+ tolerance.score() + " (" + tolerance.source() + ")";
	}

	private static String next(Risk risk, RiskAssessment latest, String target) {
		List<String> parts = new ArrayList<>();
		java.time.LocalDate review = (risk.nextReview() != null) ? risk.nextReview()
				: (latest != null) ? RiskRules.nextReview(latest.assessedOn(), risk.reviewMonths()) : null;
		if (review != null) {
			parts.add("Next review " + DATE.format(review));
		}
		if (target != null) {
			parts.add("target " + target);
		}
		return parts.isEmpty() ? "No review date or target recorded" : String.join("; ", parts);
	}

	private static RiskEntry.Action action(MitigatingAction a) {
		return new RiskEntry.Action(a.action(), a.owner(), (a.due() != null) ? DATE.format(a.due()) : null,
				a.status().label(), a.progress());
	}

	private record Positioned(Risk risk, RiskLevel level, RiskLevel previous, boolean redInLast12Months,
			RiskEntry entry) {

		String levelName() {
			return (this.level != null) ? this.level.level() : "Not assessed";
		}

		BandColour colour() {
			return (this.level != null) ? this.level.colour() : BandColour.GREY;
		}

	}

}
