package uk.beacon.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Audience;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;

/**
 * Reads registers and risks as an audience may see them, with everything derived from the
 * assessment history rather than typed.
 */
@Service
@Transactional(readOnly = true)
public class RiskViews {

	static final double DUPLICATE_THRESHOLD = 0.35;

	private final Risks risks;

	private final RiskRegisters registers;

	private final RiskAssessments assessments;

	private final RiskTreatments treatments;

	private final RiskLinks links;

	private final RiskMatrices matrices;

	private final RiskAppetites appetites;

	private final RiskReviewMails reviewMails;

	private final OrganisationUnits units;

	private final Clock clock;

	private final RiskAreas areas;

	RiskViews(Risks risks, RiskRegisters registers, RiskAssessments assessments, RiskTreatments treatments,
			RiskLinks links, RiskMatrices matrices, RiskAppetites appetites, RiskReviewMails reviewMails,
			OrganisationUnits units, RiskAreas areas, Clock clock) {
		this.areas = areas;
		this.reviewMails = reviewMails;
		this.appetites = appetites;
		this.risks = risks;
		this.registers = registers;
		this.assessments = assessments;
		this.treatments = treatments;
		this.links = links;
		this.matrices = matrices;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * @return the open and closed risks the audience may see, in register order, merged
	 * ones left out
	 */
	public List<RiskSummary> register(RiskFilter filter, Audience audience) {
		LocalDate today = LocalDate.now(this.clock);
		Long registerId = null;
		if (filter.register() != null && !filter.register().isBlank()) {
			Optional<RiskRegister> chosen = this.registers.findByCode(filter.register());
			if (chosen.isEmpty()) {
				return List.of();
			}
			registerId = chosen.get().id();
		}
		Map<Long, List<RiskAssessment>> history = this.assessments.forRegisterView(registerId, today);
		Map<Long, Integer> overdue = this.treatments.overdueCounts(today);
		Map<Long, RiskRegister> registersById = new HashMap<>();
		Map<Long, RiskMatrix> matrixByRegister = new HashMap<>();
		Map<Long, RiskAppetite> appetiteByRegister = new HashMap<>();
		Map<Long, RiskArea> areasById = new HashMap<>();
		this.areas.findAll().forEach(a -> areasById.put(a.id(), a));
		List<RiskSummary> result = new ArrayList<>();
		for (Risk risk : (registerId != null) ? this.risks.onRegister(registerId) : this.risks.findAll()) {
			RiskRegister register = registersById.computeIfAbsent(risk.registerId(),
					id -> this.registers.findById(id).orElseThrow());
			boolean seesRestricted = audience.seesRestricted(register.organisationUnitId());
			if (risk.isMerged() || !risk.visibleTo(seesRestricted)) {
				continue;
			}
			RiskMatrix matrix = matrixByRegister.computeIfAbsent(register.id(), id -> matrixOf(register));
			int overdueActions = risk.shows(RestrictedField.ACTIONS, seesRestricted)
					? overdue.getOrDefault(risk.id(), 0) : 0;
			RiskAppetite appetite = appetiteByRegister.computeIfAbsent(register.id(), id -> appetiteOf(register));
			RiskSummary summary = summarise(redact(risk, seesRestricted), register, matrix,
					history.getOrDefault(risk.id(), List.of()), overdueActions, today, appetite)
				.withArea((risk.areaId() != null) ? areasById.get(risk.areaId()) : null);
			if (filter.matches(summary)) {
				result.add(summary);
			}
		}
		return result;
	}

	public Optional<RiskDetail> risk(String reference, Audience audience) {
		return this.risks.findByReference(reference)
			.filter(r -> r.visibleTo(seesRestricted(r, audience)))
			.map(r -> detail(r, audience));
	}

	/** Whether the audience sees the restricted items of the risk's register. */
	private boolean seesRestricted(Risk risk, Audience audience) {
		return audience.seesRestricted(this.registers.findById(risk.registerId()).orElseThrow().organisationUnitId());
	}

	public List<RiskRegister> registers() {
		return this.registers.findAll();
	}

	/** The council whose register it is. */
	public OrganisationUnit councilOf(RiskRegister register) {
		return this.units.councilOf(register.organisationUnitId());
	}

	/**
	 * The areas a risk may be put in, by council in order of name: those still reported.
	 */
	public Map<OrganisationUnit, List<RiskArea>> areaChoices() {
		Map<OrganisationUnit, List<RiskArea>> result = new java.util.TreeMap<>(
				Comparator.comparing(OrganisationUnit::name).thenComparing(OrganisationUnit::id));
		Map<Long, OrganisationUnit> councils = new HashMap<>();
		for (RiskArea area : this.areas.findAll()) {
			if (!area.retired()) {
				result
					.computeIfAbsent(
							councils.computeIfAbsent(area.councilId(), id -> this.units.findById(id).orElseThrow()),
							c -> new ArrayList<>())
					.add(area);
			}
		}
		return result;
	}

	/** The council's risk areas, retired ones too, in order of title. */
	public List<RiskArea> areasOf(OrganisationUnit council) {
		return this.areas.ofCouncil(council.id());
	}

	/** Every council's risk areas, retired ones too. */
	public List<RiskArea> allAreas() {
		return this.areas.findAll();
	}

	public Optional<RiskArea> area(String code) {
		return (code == null) ? Optional.empty() : this.areas.findByCode(code);
	}

	/**
	 * The areas of each council that keeps a register or has areas, by council in order
	 * of name, each as its open risks the audience may see stand today.
	 */
	public Map<OrganisationUnit, List<AreaStanding>> areaStandings(Audience audience) {
		Map<Long, List<RiskSummary>> byArea = new HashMap<>();
		for (RiskSummary summary : register(RiskFilter.none(), audience)) {
			if (summary.area() != null && summary.risk().status() == RiskStatus.OPEN) {
				byArea.computeIfAbsent(summary.area().id(), id -> new ArrayList<>()).add(summary);
			}
		}
		Map<OrganisationUnit, List<AreaStanding>> result = new java.util.TreeMap<>(
				Comparator.comparing(OrganisationUnit::name).thenComparing(OrganisationUnit::id));
		councilMatrices().keySet().forEach(council -> result.put(council, new ArrayList<>()));
		Map<Long, OrganisationUnit> councils = new HashMap<>();
		for (RiskArea area : this.areas.findAll()) {
			OrganisationUnit council = councils.computeIfAbsent(area.councilId(),
					id -> this.units.findById(id).orElseThrow());
			RiskMatrix matrix = this.matrices.forCouncil(council.id());
			List<RiskSummary> members = byArea.getOrDefault(area.id(), List.of());
			RiskLevel workedOut = RiskAreaRules
				.highest(members.stream()
					.map(s -> new RiskAreaRules.Member(s.level(), (s.rated() != null) ? s.rated().score() : null))
					.toList())
				.orElse(null);
			result.computeIfAbsent(council, c -> new ArrayList<>())
				.add(new AreaStanding(area, workedOut,
						(area.setLevel() != null) ? RiskRules.levelNamed(area.setLevel(), matrix) : null,
						members.size(), (int) members.stream().filter(s -> s.colour().red()).count(),
						members.stream().anyMatch(RiskSummary::redInLast12Months)));
		}
		return result;
	}

	/**
	 * @return likely duplicates across registers of the same council, best first, among
	 * open risks not yet merged that the audience may see; never across councils, whose
	 * risks cannot be merged
	 */
	public List<DuplicateSuggestion> duplicates(Audience audience) {
		List<DuplicateSuggestion> found = new ArrayList<>();
		openTextsByCouncil(audience).values()
			.forEach(texts -> found.addAll(DuplicateFinder.acrossRegisters(texts, DUPLICATE_THRESHOLD)));
		found.sort(DuplicateFinder.BEST_FIRST);
		return List.copyOf(found);
	}

	// the council's open risks not yet merged that the audience may see, by council
	private Map<Long, List<RiskText>> openTextsByCouncil(Audience audience) {
		Map<Long, List<RiskText>> textsByCouncil = new java.util.TreeMap<>();
		Map<Long, RiskRegister> registersById = new HashMap<>();
		Map<Long, Long> councilByRegister = new HashMap<>();
		for (Risk stored : this.risks.findAll()) {
			RiskRegister register = registersById.computeIfAbsent(stored.registerId(),
					id -> this.registers.findById(id).orElseThrow());
			boolean seesRestricted = audience.seesRestricted(register.organisationUnitId());
			Risk risk = redact(stored, seesRestricted);
			if (!risk.isMerged() && risk.status() == RiskStatus.OPEN && risk.visibleTo(seesRestricted)) {
				long council = councilByRegister.computeIfAbsent(register.id(),
						id -> this.units.councilOf(register.organisationUnitId()).id());
				textsByCouncil.computeIfAbsent(council, c -> new ArrayList<>())
					.add(new RiskText(risk.reference(), register.name(), risk.title(), risk.description(),
							risk.consequences()));
			}
		}
		return textsByCouncil;
	}

	/**
	 * @return the matrix of each council that keeps a register, by council, in order of
	 * name
	 */
	public Map<OrganisationUnit, RiskMatrix> councilMatrices() {
		Map<OrganisationUnit, RiskMatrix> matrices = new java.util.TreeMap<>(
				Comparator.comparing(OrganisationUnit::name).thenComparing(OrganisationUnit::id));
		for (RiskRegister register : this.registers.findAll()) {
			OrganisationUnit council = this.units.councilOf(register.organisationUnitId());
			matrices.computeIfAbsent(council, c -> this.matrices.forCouncil(c.id()));
		}
		return matrices;
	}

	/**
	 * @return the risk appetite of each council that keeps a register, by council
	 */
	public Map<OrganisationUnit, RiskAppetite> councilAppetites() {
		Map<OrganisationUnit, RiskAppetite> appetites = new java.util.TreeMap<>(
				Comparator.comparing(OrganisationUnit::name).thenComparing(OrganisationUnit::id));
		for (RiskRegister register : this.registers.findAll()) {
			OrganisationUnit council = this.units.councilOf(register.organisationUnitId());
			appetites.computeIfAbsent(council, c -> this.appetites.forCouncil(c.id()));
		}
		return appetites;
	}

	/**
	 * @return the categories the council's risks are filed under that the audience may
	 * see, each once (however spaced or capitalised), in alphabetical order; a risk filed
	 * under several ("Organisational / Financial") gives each
	 */
	public List<String> categoriesOf(OrganisationUnit council, Audience audience) {
		Map<String, String> byName = new java.util.TreeMap<>();
		Map<Long, RiskRegister> registersById = new HashMap<>();
		for (Risk risk : this.risks.findAll()) {
			RiskRegister register = registersById.computeIfAbsent(risk.registerId(),
					id -> this.registers.findById(id).orElseThrow());
			if (risk.category() == null || risk.isMerged()
					|| !risk.visibleTo(audience.seesRestricted(register.organisationUnitId()))
					|| !this.units.councilOf(register.organisationUnitId()).id().equals(council.id())) {
				continue;
			}
			RiskAppetite.partsOf(risk.category())
				.forEach(part -> byName.putIfAbsent(RiskAppetite.normalised(part), part));
		}
		return List.copyOf(byName.values());
	}

	/**
	 * @return what happened to the last e-mail to the risk's owner about its review, in a
	 * sentence, for those who may see the owner
	 */
	public Optional<String> reviewMail(RiskSummary summary) {
		if (summary.risk().ownerEmail() == null) {
			return Optional.empty();
		}
		return this.reviewMails.latest(summary.risk().id()).map(mail -> mail.sentence(this.clock.getZone()));
	}

	public RiskAppetite appetiteOfCouncil(OrganisationUnit council) {
		return this.appetites.forCouncil(council.id());
	}

	/**
	 * What saving the proposed matrix would do to the council's risks, as the person may
	 * see them.
	 */
	public MatrixPreview matrixPreview(OrganisationUnit council, RiskMatrix proposed, Audience audience) {
		Map<Long, RiskRegister> registersOfCouncil = new HashMap<>();
		for (RiskRegister register : this.registers.findAll()) {
			if (this.units.councilOf(register.organisationUnitId()).id().equals(council.id())) {
				registersOfCouncil.put(register.id(), register);
			}
		}
		List<Risk> ofCouncil = this.risks.findAll()
			.stream()
			.filter(r -> registersOfCouncil.containsKey(r.registerId()))
			.toList();
		return MatrixPreview.of(matrixOfCouncil(council), proposed, ofCouncil, this.assessments.ofCouncil(council.id()),
				r -> r.visibleTo(audience.seesRestricted(registersOfCouncil.get(r.registerId()).organisationUnitId())),
				this.appetites.forCouncil(council.id()));
	}

	public RiskMatrix matrixOfCouncil(OrganisationUnit council) {
		return this.matrices.forCouncil(council.id());
	}

	public RiskAppetite appetiteOf(RiskRegister register) {
		return this.appetites.forCouncil(this.units.councilOf(register.organisationUnitId()).id());
	}

	public RiskMatrix matrixOf(RiskRegister register) {
		return this.matrices.forCouncil(this.units.councilOf(register.organisationUnitId()).id());
	}

	private RiskDetail detail(Risk stored, Audience audience) {
		LocalDate today = LocalDate.now(this.clock);
		RiskRegister register = this.registers.findById(stored.registerId()).orElseThrow();
		boolean seesRestricted = audience.seesRestricted(register.organisationUnitId());
		Risk risk = redact(stored, seesRestricted);
		RiskMatrix matrix = matrixOf(register);
		List<RiskAssessment> history = this.assessments.forRisk(risk.id());
		List<MitigatingAction> actions = risk.shows(RestrictedField.ACTIONS, seesRestricted)
				? this.treatments.actions(risk.id()) : List.of();
		int overdue = (int) actions.stream().filter(a -> a.overdue(today)).count();
		RiskAppetite appetite = appetiteOf(register);
		RiskSummary summary = summarise(risk, register, matrix, history, overdue, today, appetite)
			.withArea((risk.areaId() != null) ? this.areas.findById(risk.areaId()).orElse(null) : null);
		List<RiskSummary> mergedFrom = this.risks.mergedInto(risk.id())
			.stream()
			.filter(m -> m.visibleTo(seesRestricted(m, audience)))
			.map(m -> summarise(redact(m, seesRestricted(m, audience)),
					this.registers.findById(m.registerId()).orElseThrow(), matrix, this.assessments.forRisk(m.id()), 0,
					today, appetite))
			.toList();
		Risk mergedInto = (risk.mergedIntoId() != null) ? this.risks.findById(risk.mergedIntoId())
			.filter(m -> m.visibleTo(seesRestricted(m, audience)))
			.orElse(null) : null;
		// those naming this risk, from its council's: each other risk compared with it,
		// never
		// every pair of the council's risks (5,000 risks made 12 million pairs)
		List<DuplicateSuggestion> duplicates = risk.isMerged() ? List.of()
				: DuplicateFinder.involving(
						openTextsByCouncil(audience)
							.getOrDefault(this.units.councilOf(register.organisationUnitId()).id(), List.of()),
						risk.reference(), DUPLICATE_THRESHOLD);
		// an indicator not for publication is named only to those who may see it
		List<RiskLink> riskLinks = this.links.ofRisk(risk.id()).stream().filter(l -> l.visibleTo(audience)).toList();
		List<RiskControl> controls = risk.shows(RestrictedField.CONTROLS, seesRestricted)
				? this.treatments.controls(risk.id()) : List.of();
		Map<String, MergeRecord> mergeRecords = new HashMap<>();
		this.risks.mergedInto(risk.id())
			.forEach(m -> this.risks.mergeRecord(m.id()).ifPresent(r -> mergeRecords.put(m.reference(), r)));
		return new RiskDetail(summary, history, controls, actions, riskLinks, this.risks.moves(risk.id()), mergedFrom,
				mergeRecords, mergedInto, this.risks.mergeRecord(risk.id()).orElse(null),
				this.risks.escalatedFrom(risk.id(), risk.registerId()).isPresent(), today, duplicates, seesRestricted);
	}

	static RiskSummary summarise(Risk risk, RiskRegister register, RiskMatrix matrix, List<RiskAssessment> history,
			int overdueActions, LocalDate today, RiskAppetite appetite) {
		RiskTolerance tolerance = appetite.toleranceFor(risk.category()).orElse(null);
		RiskAssessment latest = RiskRules.latest(history).orElse(null);
		if (latest == null) {
			return new RiskSummary(risk, register, matrix, null, null, RiskDirection.NEW, false, false,
					risk.nextReview(), risk.nextReview() != null && RiskRules.reviewOverdue(risk.nextReview(), today),
					overdueActions, false, tolerance);
		}
		LocalDate nextReview = RiskRules.nextReview(risk.nextReview(), latest.assessedOn(), risk.reviewMonths());
		return new RiskSummary(risk, register, matrix, latest, RiskRules.level(latest, matrix),
				RiskRules.direction(history, latest.reportingPeriod(), matrix),
				RiskRules.redInLast12Months(history, matrix, today),
				RiskRules.targetDatePassed(latest, risk.kind(), today), nextReview,
				risk.status() == RiskStatus.OPEN && RiskRules.reviewOverdue(nextReview, today), overdueActions,
				latest.reportingPeriod().equals(FinancialQuarter.containing(today)), tolerance);
	}

	/**
	 * Restricted content never leaves this class for the public: the fields are removed,
	 * not hidden.
	 */
	static Risk redact(Risk risk, boolean seesRestricted) {
		if (seesRestricted) {
			return risk;
		}
		return new Risk(risk.id(), risk.reference(), risk.registerId(), risk.kind(), risk.title(),
				risk.shows(RestrictedField.DESCRIPTION, false) ? risk.description() : null, risk.category(),
				risk.shows(RestrictedField.CONSEQUENCES, false) ? risk.consequences() : null,
				risk.shows(RestrictedField.OWNER, false) ? risk.owner() : null,
				risk.shows(RestrictedField.OWNER, false) ? risk.ownerEmail() : null, risk.reviewMonths(),
				risk.nextReview(), risk.status(), risk.response(), risk.restricted(), risk.restrictedFields(),
				risk.directionAsPrinted(), null, risk.mergedIntoId(), risk.areaId(), risk.version());
	}

}
