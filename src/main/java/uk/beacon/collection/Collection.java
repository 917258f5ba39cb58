package uk.beacon.collection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.beacon.access.Actor;
import uk.beacon.changes.Change;
import uk.beacon.identity.Account;
import uk.beacon.identity.Accounts;
import uk.beacon.identity.Permissions;
import uk.beacon.access.Role;
import uk.beacon.access.StaleChange;
import uk.beacon.access.UnitPath;
import uk.beacon.identity.Viewer;
import uk.beacon.indicator.Commentary;
import uk.beacon.indicator.DuePeriods;
import uk.beacon.indicator.FigureCorrection;
import uk.beacon.indicator.IndicatorManagement;
import uk.beacon.indicator.OwnerAssignment;
import uk.beacon.indicator.Indicator;
import uk.beacon.indicator.IndicatorAnalyses;
import uk.beacon.indicator.IndicatorPerformances;
import uk.beacon.indicator.Indicators;
import uk.beacon.indicator.Measurement;
import uk.beacon.indicator.Measurements;
import uk.beacon.indicator.Performance;
import uk.beacon.indicator.RecentFigures;
import uk.beacon.indicator.Status;
import uk.beacon.organisation.OrganisationKind;
import uk.beacon.organisation.OrganisationUnit;
import uk.beacon.organisation.OrganisationUnits;
import uk.beacon.period.FinancialQuarter;
import uk.beacon.period.Period;

/**
 * The quarterly collection: opening a quarter, submitting, approving, returning and
 * correcting figures. Every step checks who is asking, on the server, and is recorded in
 * the audit trail.
 */
@Service
public class Collection {

	private final CollectionStore store;

	private final Indicators indicators;

	private final Measurements measurements;

	private final IndicatorPerformances performances;

	private final IndicatorAnalyses analyses;

	private final OrganisationUnits units;

	private final Permissions permissions;

	private final Accounts accounts;

	private final OwnerMailOutbox outbox;

	private final OwnerMailSender sender;

	private final IndicatorManagement indicatorManagement;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Collection(CollectionStore store, Indicators indicators, Measurements measurements,
			IndicatorPerformances performances, IndicatorAnalyses analyses, OrganisationUnits units,
			Permissions permissions, Accounts accounts, OwnerMailOutbox outbox, OwnerMailSender sender,
			IndicatorManagement indicatorManagement, ApplicationEventPublisher events, Clock clock) {
		this.indicatorManagement = indicatorManagement;
		this.store = store;
		this.indicators = indicators;
		this.measurements = measurements;
		this.performances = performances;
		this.analyses = analyses;
		this.units = units;
		this.permissions = permissions;
		this.accounts = accounts;
		this.outbox = outbox;
		this.sender = sender;
		this.events = events;
		this.clock = clock;
	}

	public List<ReportingCycle> cycles() {
		return this.store.cycles();
	}

	public Optional<ReportingCycle> cycle(long id) {
		return this.store.cycle(id);
	}

	public List<DataRequest> requestsOf(ReportingCycle cycle) {
		return this.store.requestsOfCycle(cycle.id());
	}

	public Optional<DataRequest> request(long id) {
		return this.store.request(id);
	}

	/** The requests addressed to the viewer, newest cycle first. */
	public List<DataRequest> requestsFor(Viewer viewer) {
		return (viewer.email() == null) ? List.of() : this.store.requestsOwnedBy(viewer.email());
	}

	/**
	 * Submitted requests the viewer may approve: in their part of the council, not their
	 * own.
	 */
	public List<DataRequest> awaitingApprovalBy(Viewer viewer) {
		return this.store.requestsInState(RequestState.SUBMITTED)
			.stream()
			.filter(r -> this.permissions.holdsFor(viewer, Role.APPROVER, r.indicator().organisationUnitId()))
			.toList();
	}

	/** How many of an indicator's latest figures an owner is shown beside the form. */
	static final int RECENT_FIGURES = 4;

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Opens a quarter for a council: every indicator of the council due that quarter (by
	 * its frequency and lag) that has no figure yet becomes a request to its owner. The
	 * e-mails to owners are put in the outbox with the requests and sent within seconds
	 * ({@link OwnerMailSender}): opening does not wait for the mail server.
	 * @return the new cycle
	 */
	@Transactional
	public ReportingCycle open(Viewer viewer, long councilId, FinancialQuarter period, LocalDate dueDate) {
		OrganisationUnit council = this.units.findById(councilId)
			.filter(u -> u.kind() == OrganisationKind.COUNCIL)
			.orElseThrow(() -> new CollectionRejected("Choose a council"));
		require(viewer, councilId, "open a quarter for " + council.name(), Role.PERFORMANCE_OFFICER);
		if (dueDate == null) {
			throw new CollectionRejected("Enter the date the figures are due");
		}
		if (dueDate.isBefore(today())) {
			throw new CollectionRejected("The due date must be today or later");
		}
		if (this.store.cycleExists(councilId, period)) {
			throw new CollectionRejected(period.label() + " is already open or closed for " + council.name());
		}
		long cycleId = this.store.insertCycle(councilId, period, dueDate, viewer.actorName());
		int count = 0;
		for (Indicator indicator : indicatorsOf(council)) {
			if (indicator.retiredBy(period)) {
				continue;
			}
			Set<String> recorded = this.measurements.dataPeriodKeys(indicator.id());
			for (Period due : DuePeriods.of(indicator, period, this.measurements.forIndicator(indicator.id()))) {
				if (!recorded.contains(due.key())) {
					this.store.insertRequest(cycleId, indicator.id(), due.key(), lower(indicator.ownerEmail()));
					count++;
				}
			}
		}
		this.events.publishEvent(new Change(viewer.actorName(), "CYCLE_OPENED", "REPORTING_CYCLE",
				council.code() + " " + period.label(), null, count + " data requests, due " + dueDate));
		this.outbox.putRequestsNotYetSent(cycleId, null);
		return this.store.cycle(cycleId).orElseThrow();
	}

	@Transactional
	public void close(Viewer viewer, long cycleId) {
		ReportingCycle cycle = this.store.cycle(cycleId).orElseThrow(() -> new CollectionRejected("No such cycle"));
		require(viewer, cycle.councilId(), "close " + cycle.period().label(), Role.PERFORMANCE_OFFICER);
		if (!cycle.open()) {
			throw new CollectionRejected("This quarter is already closed");
		}
		this.store.closeCycle(cycleId);
		this.events.publishEvent(new Change(viewer.actorName(), "CYCLE_CLOSED", "REPORTING_CYCLE",
				this.units.findById(cycle.councilId()).orElseThrow().code() + " " + cycle.period().label(), "open",
				"closed"));
	}

	/**
	 * Names the owner of an indicator (a definition change, audited) and sends them its
	 * open requests.
	 * @param seenVersion the indicator's version as the person saw it: when someone else
	 * changed it since (named an owner, say), nothing changes and the person is told who
	 * owns it now
	 */
	@Transactional
	public void assignOwner(Viewer viewer, long indicatorId, int seenVersion, long accountId) {
		Indicator indicator = this.indicators.findById(indicatorId)
			.orElseThrow(() -> new CollectionRejected("No such indicator"));
		require(viewer, indicator.organisationUnitId(), "name the owner of " + indicator.code(),
				Role.PERFORMANCE_OFFICER);
		if (indicator.version() != seenVersion) {
			throw new StaleChange("Someone else changed " + indicator.code() + " since you opened this page"
					+ ((indicator.ownerEmail() != null)
							? ": its owner is now " + ownerText(indicator.ownerName(), indicator.ownerEmail())
							: " (it still has no owner)")
					+ ". Nothing was changed; choose again if it should be someone else.");
		}
		Account owner = this.accounts.findById(accountId)
			.filter(Account::enabled)
			.orElseThrow(() -> new CollectionRejected("Choose a person from the list"));
		if (owner.email() == null) {
			throw new CollectionRejected(owner.displayName()
					+ " has no e-mail address in Beacon; an administrator must add one before they can own indicators");
		}
		this.indicatorManagement.assignOwner(this.permissions.actorOf(viewer),
				new OwnerAssignment(indicatorId, seenVersion, owner.displayName(), owner.email()));
		this.store.assignOwner(indicatorId, owner.email());
		this.outbox.putRequestsNotYetSent(null, indicatorId);
	}

	/**
	 * The requests still waiting for figures whose owner could not enter them: no enabled
	 * account has the indicator's owner's e-mail, or it does not hold the indicator owner
	 * role over the indicator's part of the council (an import names owners by e-mail and
	 * grants nothing). The same test as entering the figures makes.
	 */
	public Set<Long> ownerCannotEnter(List<DataRequest> requests) {
		Map<String, Optional<Actor>> owners = new java.util.HashMap<>();
		Map<Long, UnitPath> paths = new java.util.HashMap<>();
		Set<Long> cannot = new HashSet<>();
		for (DataRequest request : requests) {
			String email = request.indicator().ownerEmail();
			boolean waiting = request.state() == RequestState.REQUESTED || request.state() == RequestState.RETURNED;
			if (email == null || !waiting || !request.cycle().open()) {
				continue;
			}
			Optional<Actor> owner = owners
				.computeIfAbsent(email.toLowerCase(Locale.ROOT), e -> this.accounts.findByEmail(email)
					.filter(Account::enabled)
					.map(a -> this.permissions.actorOf(new Viewer(a.id(), a.username(), a.displayName(), a.email()))));
			UnitPath where = paths.computeIfAbsent(request.indicator().organisationUnitId(), this.units::pathOf);
			if (owner.isEmpty() || !owner.get().holds(where, Role.INDICATOR_OWNER)) {
				cannot.add(request.id());
			}
		}
		return cannot;
	}

	/**
	 * The status a figure would get, by the rule the scorecards use (the target of the
	 * quarter with its own or the council's tolerances, under the definition in force),
	 * so that the form can insist on commentary for a red one before it is submitted.
	 */
	public Optional<Performance> preview(DataRequest request, BigDecimal value, BigDecimal numerator,
			BigDecimal denominator) {
		if (value == null && numerator == null) {
			return Optional.empty();
		}
		return Optional.of(this.performances
			.proposed(new Measurement(null, request.indicator().id(), request.dataPeriod(), request.cycle().period(),
					value, numerator, denominator, false, false, null, Commentary.none(), null, null, 0)));
	}

	/**
	 * The indicator's last four figures before the one asked for, with their statuses and
	 * trend chart, and the target and rule of the request's quarter: what an owner is
	 * shown beside the form. For those who may see the request.
	 */
	public RecentFigures recentFigures(DataRequest request) {
		Indicator current = this.indicators.findById(request.indicator().id()).orElseThrow();
		return this.analyses.recentFigures(current, request.cycle().period(), RECENT_FIGURES);
	}

	/**
	 * The status the owner's figure would get if they submitted it now, before they do:
	 * for the owner only, as submitting is, and about this request's indicator only.
	 * Nothing is saved.
	 * @throws CollectionRejected with each mistake by its field when the figure cannot be
	 * read
	 */
	public Performance check(Viewer viewer, long requestId, Submission form) {
		DataRequest request = enterable(viewer, requestId, "check the figures for");
		Figures figures = OwnerEntry.read(form, true).figures();
		return preview(request, figures.value(), figures.numerator(), figures.denominator()).orElseThrow();
	}

	/**
	 * The owner saves their figures and commentary as a draft, to come back to: as far as
	 * they got, each part that is given still read as it would be to submit it. Only the
	 * owner may, holding the indicator owner role, while the quarter is open and the
	 * figures are not waiting for approval; the draft is kept beside the figures last
	 * submitted until the owner submits.
	 * @throws StaleChange when someone else changed the request since the owner opened
	 * it: nothing is saved
	 */
	@Transactional
	public DataRequest saveDraft(Viewer viewer, long requestId, Submission form) {
		DataRequest request = enterable(viewer, requestId, "save a draft of the figures for");
		if (request.version() != form.version()) {
			throw staleForOwner(request);
		}
		OwnerEntry entry = OwnerEntry.read(form, false);
		if (!this.store.saveDraft(requestId, form.version(), entry.figures(), entry.commentary(),
				entry.correctionReason(), viewer.actorName())) {
			throw staleForOwner(request);
		}
		DataRequest saved = this.store.request(requestId).orElseThrow();
		this.events.publishEvent(new Change(viewer.actorName(), "DRAFT_SAVED", "DATA_REQUEST", request.subject(),
				(request.draft() != null) ? request.draft().describe(request.indicator()) : null,
				saved.draft().describe(request.indicator())));
		return saved;
	}

	/**
	 * The owner submits figures and commentary. Only the indicator's owner may, holding
	 * the indicator owner role over its part of the council; not while it waits for
	 * approval; an approved figure only with a reason for the correction; commentary is
	 * required when the rule rates the figure red. A draft is cleared.
	 */
	@Transactional
	public DataRequest submit(Viewer viewer, long requestId, Submission form) {
		DataRequest request = enterable(viewer, requestId, "submit the figures for");
		if (request.version() != form.version()) {
			throw staleForOwner(request);
		}
		OwnerEntry entry = OwnerEntry.read(form, true);
		String correction = entry.correctionReason();
		if (request.state() == RequestState.APPROVED && correction == null) {
			throw new CollectionRejected(
					"These figures are approved and locked. To correct them, give the reason "
							+ "for the correction: the approved figure is kept with it.",
					Map.of("correctionReason", "Give the reason for correcting the approved figures"));
		}
		Figures figures = entry.figures();
		Commentary commentary = entry.commentary();
		Performance performance = preview(request, figures.value(), figures.numerator(), figures.denominator())
			.orElseThrow();
		if (performance.rule().status() == Status.RED) {
			requireWholeCommentary(commentary, performance);
		}
		if (!this.store.submit(requestId, form.version(), figures.value(), figures.numerator(), figures.denominator(),
				commentary, (request.state() == RequestState.APPROVED) ? correction : null, viewer.actorName(),
				viewer.accountId())) {
			throw staleForOwner(request);
		}
		this.events.publishEvent(new Change(viewer.actorName(),
				(request.state() == RequestState.APPROVED) ? "CORRECTION_SUBMITTED" : "SUBMITTED", "DATA_REQUEST",
				request.subject(), describe(request), describe(figures, performance))
			.because((request.state() == RequestState.APPROVED) ? correction : null));
		return this.store.request(requestId).orElseThrow();
	}

	/**
	 * The request, if the person may enter its figures: its indicator's owner, holding
	 * the indicator owner role over its part of the council, while its quarter is open
	 * and it is not waiting for approval.
	 */
	private DataRequest enterable(Viewer viewer, long requestId, String what) {
		DataRequest request = this.store.request(requestId)
			.orElseThrow(() -> new CollectionRejected("No such data request"));
		if (viewer.email() == null || !viewer.email().equalsIgnoreCase(request.indicator().ownerEmail())) {
			throw new CollectionRejected(
					"Only the owner of " + request.indicator().code() + " can submit its figures. The owner is "
							+ ownerText(request.indicator().ownerName(), request.indicator().ownerEmail()) + ".");
		}
		// being named owner is not enough: the person must hold the role that enters
		// figures for that part of the council (a name in an import is not a grant)
		require(viewer, request.indicator().organisationUnitId(), what + " " + request.subject(), Role.INDICATOR_OWNER);
		if (!request.cycle().open()) {
			throw new CollectionRejected("The collection for " + request.cycle().period().label() + " is closed");
		}
		if (request.state() == RequestState.SUBMITTED) {
			throw new CollectionRejected("These figures are waiting for approval and cannot be changed now. "
					+ "Ask the approver to return them if they need changing.");
		}
		return request;
	}

	/** A red figure needs all three parts of the commentary: each missing one is said. */
	private static void requireWholeCommentary(Commentary commentary, Performance performance) {
		Map<String, String> missing = new java.util.LinkedHashMap<>();
		String why = ": the figure is red, so all three parts of the commentary are needed";
		if (commentary.performanceDetails() == null) {
			missing.put("performanceDetails", "Say how the indicator is performing and why" + why);
		}
		if (commentary.currentActivity() == null) {
			missing.put("currentActivity", "Say what is being done now" + why);
		}
		if (commentary.futureActivity() == null) {
			missing.put("futureActivity", "Say what will be done next" + why);
		}
		if (!missing.isEmpty()) {
			throw new CollectionRejected("The figure is red (" + performance.rule().explanation()
					+ ") so all three parts of the commentary are needed: how it is performing, "
					+ "what is being done now and what will be done next.", missing);
		}
	}

	/**
	 * An approver for the indicator's part of the council approves someone else's
	 * figures.
	 */
	@Transactional
	public void approve(Viewer viewer, long requestId, int version) {
		DataRequest request = decidable(viewer, requestId, version);
		if (!this.store.decide(requestId, version, RequestState.APPROVED, viewer.actorName(), null)) {
			throw stale(request);
		}
		Actor actor = this.permissions.actorOf(viewer);
		Optional<Measurement> existing = this.measurements.find(request.indicator().id(), request.dataPeriod().key());
		if (existing.isPresent()) {
			Measurement old = existing.get();
			String reason = (request.correctionReason() != null) ? request.correctionReason()
					: "figures approved in the " + request.cycle().period().label() + " collection";
			this.indicatorManagement.correctFigure(actor, new FigureCorrection(old.id(), old.version(), request.value(),
					request.numerator(), request.denominator(), request.commentary(), request.submittedBy(), reason));
			this.events
				.publishEvent(new Change(viewer.actorName(), "CORRECTION_APPROVED", "DATA_REQUEST", request.subject(),
						figureText(request.indicator(), old), request.formattedFigure())
					.because(reason));
		}
		else {
			this.indicatorManagement.recordFigure(actor,
					new Measurement(null, request.indicator().id(), request.dataPeriod(), request.cycle().period(),
							request.value(), request.numerator(), request.denominator(), false, false, null,
							request.commentary(), null, null, 0));
			this.events.publishEvent(new Change(viewer.actorName(), "APPROVED", "DATA_REQUEST", request.subject(), null,
					request.formattedFigure() + ", submitted by " + request.submittedBy()));
		}
	}

	/** An approver sends figures back to the owner with the reason. */
	@Transactional
	public void returnToOwner(Viewer viewer, long requestId, int version, String reason) {
		DataRequest request = decidable(viewer, requestId, version);
		String why = blankToNull(reason);
		if (why == null) {
			throw new CollectionRejected("Say why the figures are being returned, so the owner knows what to change");
		}
		if (!this.store.decide(requestId, version, RequestState.RETURNED, viewer.actorName(), why)) {
			throw stale(request);
		}
		this.events.publishEvent(new Change(viewer.actorName(), "RETURNED", "DATA_REQUEST", request.subject(),
				request.formattedFigure(), "returned to the owner")
			.because(why));
		this.outbox.put(List.of(requestId), MailKind.RETURNED);
	}

	/**
	 * A performance officer for the council sends again an e-mail to an owner that the
	 * mail server did not take (with the owner's other requests whose same e-mail
	 * failed), now rather than from the outbox in a few seconds, so that the page can say
	 * whether it went. Should a worker be sending it at that moment, it waits for it and
	 * sends nothing more.
	 * @return the request, with what happened to the e-mail this time
	 */
	public DataRequest sendAgain(Viewer viewer, long requestId) {
		DataRequest request = this.store.request(requestId)
			.orElseThrow(() -> new CollectionRejected("No such data request"));
		require(viewer, request.cycle().councilId(), "send e-mails to owners again", Role.PERFORMANCE_OFFICER);
		if (!request.mailToSendAgain()) {
			throw new CollectionRejected("There is no failed e-mail to send again for " + request.subject()
					+ ": it may have been sent since, or the owner no longer has anything to do.");
		}
		OwnerMail before = request.lastMail();
		this.sender.sendAgain(request, today().isAfter(request.cycle().dueDate()));
		OwnerMail after = this.store.request(requestId).orElseThrow().lastMail();
		this.events.publishEvent(new Change(viewer.actorName(), "MAIL_SENT_AGAIN", "DATA_REQUEST", request.subject(),
				before.kind().label() + " to " + request.ownerEmail() + " not sent: " + before.failure(),
				after.failed() ? after.kind().label() + " still not sent: " + after.failure()
						: after.kind().label() + " sent to " + request.ownerEmail()));
		return this.store.request(requestId).orElseThrow();
	}

	/**
	 * Refuses, saying why, unless the person holds the role over the unit or a unit above
	 * it.
	 * @throws uk.beacon.access.NotPermitted naming where the item belongs and where the
	 * person's roles are held
	 */
	private void require(Viewer viewer, long unitId, String what, Role role) {
		this.permissions.actorOf(viewer).require(this.units.pathOf(unitId), what, role);
	}

	private DataRequest decidable(Viewer viewer, long requestId, int version) {
		DataRequest request = this.store.request(requestId)
			.orElseThrow(() -> new CollectionRejected("No such data request"));
		require(viewer, request.indicator().organisationUnitId(),
				"approve or return the figures for " + request.subject(), Role.APPROVER);
		if (request.submittedByAccount() != null && request.submittedByAccount() == viewer.accountId()) {
			throw new CollectionRejected("You submitted these figures, so someone else must approve them");
		}
		if (request.state() != RequestState.SUBMITTED) {
			throw new CollectionRejected("These figures are not waiting for approval: they are "
					+ request.state().label().toLowerCase(Locale.ROOT));
		}
		if (request.version() != version) {
			throw stale(request);
		}
		return request;
	}

	/** The council's indicators: those of the council and every unit below it. */
	private List<Indicator> indicatorsOf(OrganisationUnit council) {
		List<OrganisationUnit> all = this.units.findAll();
		Set<Long> inCouncil = new HashSet<>();
		inCouncil.add(council.id());
		boolean grew = true;
		while (grew) {
			grew = false;
			for (OrganisationUnit unit : all) {
				if (unit.parentId() != null && inCouncil.contains(unit.parentId()) && inCouncil.add(unit.id())) {
					grew = true;
				}
			}
		}
		return this.indicators.findInUnits(inCouncil);
	}

	private static String describe(DataRequest request) {
		return request.state().label()
				+ ((request.value() != null || request.numerator() != null) ? ": " + request.formattedFigure() : "");
	}

	private static String describe(Figures figures, Performance performance) {
		return performance.formattedValue()
				+ ((figures.numerator() != null) ? " (" + figures.numerator().toPlainString() + " of "
						+ figures.denominator().toPlainString() + ")" : "")
				+ ", rule status " + performance.rule().status().name();
	}

	private static String figureText(Indicator indicator, Measurement m) {
		BigDecimal value = m.valueIn(indicator.unit());
		return (value != null) ? indicator.format(value) : "no figure";
	}

	private static String ownerText(String name, String email) {
		if (email == null) {
			return "not named yet";
		}
		return (name != null) ? name + " <" + email + ">" : email;
	}

	/**
	 * Someone else (an approver deciding, a performance officer naming another owner, the
	 * owner in another window) changed the request since the owner opened it.
	 */
	private static StaleChange staleForOwner(DataRequest request) {
		return new StaleChange("Someone else changed the figures for " + request.subject()
				+ " since you opened the page, so nothing was saved. What you typed is still in the form; "
				+ "the page now shows the request as it stands. Check it, then save or submit again.");
	}

	private static CollectionRejected stale(DataRequest request) {
		return new CollectionRejected("Someone else changed the figures for " + request.subject()
				+ " since you opened the page. Your changes have not been saved: reload the page to see theirs.");
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	private static String lower(String email) {
		return (email == null || email.isBlank()) ? null : email.trim().toLowerCase(Locale.ROOT);
	}

	/** The counts by directorate for the outstanding page. */
	public static Map<String, Map<RequestState, Long>> byDirectorate(List<DataRequest> requests) {
		return requests.stream()
			.collect(Collectors.groupingBy(DataRequest::directorateName, java.util.TreeMap::new, Collectors.groupingBy(
					DataRequest::state, () -> new java.util.EnumMap<>(RequestState.class), Collectors.counting())));
	}

}
