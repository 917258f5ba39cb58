package uk.beacon.identity;

import uk.beacon.access.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.risk.Risks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role, and the public, against every page and API endpoint Beacon exposes: each is
 * allowed or refused exactly as the table says. The table must name every endpoint, so a
 * new one cannot be added without deciding who may use it.
 */
@BeaconIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleEndpointIntegrationTest {

	/** Who is asking. */
	enum Who {

		PUBLIC, NO_ROLE, READER, RESTRICTED_READER, INDICATOR_OWNER, APPROVER, RISK_MANAGER, PERFORMANCE_OFFICER,
		ADMINISTRATOR

	}

	private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

	private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.PUBLIC));

	private static final Set<Who> ANY_ROLE = EnumSet.complementOf(EnumSet.of(Who.PUBLIC, Who.NO_ROLE));

	private static final Set<Who> PERFORMANCE = EnumSet.of(Who.PERFORMANCE_OFFICER, Who.ADMINISTRATOR);

	private static final Set<Who> PERFORMANCE_OR_APPROVER = EnumSet.of(Who.PERFORMANCE_OFFICER, Who.APPROVER,
			Who.ADMINISTRATOR);

	private static final Set<Who> APPROVERS = EnumSet.of(Who.APPROVER, Who.ADMINISTRATOR);

	private static final Set<Who> RISK_MANAGERS = EnumSet.of(Who.RISK_MANAGER, Who.ADMINISTRATOR);

	private static final Set<Who> ADMINISTRATORS = EnumSet.of(Who.ADMINISTRATOR);

	private static final Set<Who> RISK_KEEPERS = EnumSet.of(Who.RISK_MANAGER, Who.PERFORMANCE_OFFICER,
			Who.ADMINISTRATOR);

	/** Who may use each endpoint: "METHOD pattern" as Spring maps it. */
	private static final Map<String, Set<Who>> TABLE = new LinkedHashMap<>();

	static {
		// the public site
		TABLE.put("GET /", EVERYONE);
		TABLE.put("GET /units/{code}", EVERYONE);
		TABLE.put("GET /open-data", EVERYONE);
		TABLE.put("GET /search", EVERYONE);
		TABLE.put("GET /open-data/scorecards/{code}.csv", EVERYONE);
		TABLE.put("GET /open-data/scorecards/{code}.json", EVERYONE);
		TABLE.put("GET /open-data/reports.atom", EVERYONE);
		TABLE.put("GET /scorecards/{id}", EVERYONE);
		TABLE.put("GET /scorecards/{id}/pdf", EVERYONE);
		TABLE.put("GET /scorecards/{id}/export", EVERYONE);
		TABLE.put("GET /api/v1/scorecards/{id}/export", EVERYONE);
		TABLE.put("GET /indicators/{code}", EVERYONE);
		TABLE.put("GET /api/v1/scorecards", EVERYONE);
		TABLE.put("GET /api/v1/scorecards/{id}/indicators", EVERYONE);
		TABLE.put("GET /api/v1/openapi.json", EVERYONE);
		TABLE.put("GET /api/v1/openapi.json.yaml", EVERYONE);
		TABLE.put("GET /api", EVERYONE);
		TABLE.put("GET /api/v1/indicators/{code}/analysis", EVERYONE);
		TABLE.put("GET /sign-in", EVERYONE);
		TABLE.put("GET /help", EVERYONE);
		TABLE.put("GET /help/statuses", EVERYONE);
		TABLE.put("GET /help/rag-rule", EVERYONE);
		TABLE.put("GET /help/glossary", EVERYONE);
		TABLE.put("GET /reports", EVERYONE);
		TABLE.put("GET /reports/{id}", EVERYONE);
		TABLE.put("GET /api/v1/reports", EVERYONE);
		TABLE.put("GET /api/v1/reports/{id}", EVERYONE);
		TABLE.put("ANY /error", EVERYONE);
		// what a load balancer asks (only liveness and readiness below /actuator/health)
		TABLE.put("GET /actuator/health", EVERYONE);
		TABLE.put("GET /actuator/health/**", EVERYONE);
		// one's own account and data requests
		TABLE.put("GET /account", SIGNED_IN);
		TABLE.put("POST /account/password", SIGNED_IN);
		TABLE.put("GET /collection/my", SIGNED_IN);
		TABLE.put("GET /collection/requests/{id}", SIGNED_IN);
		TABLE.put("POST /collection/requests/{id}", SIGNED_IN);
		TABLE.put("POST /collection/requests/{id}/approve", SIGNED_IN);
		TABLE.put("POST /collection/requests/{id}/return", SIGNED_IN);
		// staff and councillors
		TABLE.put("GET /dashboard", ANY_ROLE);
		TABLE.put("GET /dashboard/{unit}", ANY_ROLE);
		TABLE.put("GET /dashboard/{unit}/pdf", ANY_ROLE);
		TABLE.put("GET /data-quality", ANY_ROLE);
		TABLE.put("GET /api/v1/data-quality", ANY_ROLE);
		TABLE.put("GET /risks", ANY_ROLE);
		TABLE.put("GET /risks/{reference}", ANY_ROLE);
		TABLE.put("GET /risks/heat-map", ANY_ROLE);
		TABLE.put("GET /risks/profile", ANY_ROLE);
		TABLE.put("GET /risks/matrix", ANY_ROLE);
		TABLE.put("GET /risks/duplicates", ANY_ROLE);
		TABLE.put("GET /risks/appetite", ANY_ROLE);
		TABLE.put("GET /risks/areas", ANY_ROLE);
		TABLE.put("GET /api/v1/councils/{council}/risk-areas", ANY_ROLE);
		TABLE.put("GET /api/v1/risk-areas/{code}", ANY_ROLE);
		TABLE.put("GET /api/v1/risks", ANY_ROLE);
		TABLE.put("GET /api/v1/risks/{reference}", ANY_ROLE);
		TABLE.put("POST /api/v1/analytics/spc", ANY_ROLE);
		TABLE.put("GET /reports/draft", ANY_ROLE);
		TABLE.put("GET /reports/{id}/changes", ANY_ROLE);
		TABLE.put("GET /scorecards/{id}/report", ANY_ROLE);
		TABLE.put("GET /api/v1/scorecards/{id}/report", ANY_ROLE);
		// risk managers
		TABLE.put("GET /risks/new", RISK_MANAGERS);
		TABLE.put("POST /risks/new", RISK_MANAGERS);
		TABLE.put("GET /risks/{reference}/review", RISK_MANAGERS);
		TABLE.put("GET /risks/{reference}/edit", RISK_MANAGERS);
		TABLE.put("POST /risks/{reference}/edit", RISK_MANAGERS);
		TABLE.put("POST /risks/{reference}/close", RISK_MANAGERS);
		TABLE.put("POST /risks/{reference}/reopen", RISK_MANAGERS);
		TABLE.put("POST /risks/{reference}/links", RISK_MANAGERS);
		TABLE.put("POST /risks/{reference}/links/remove", RISK_MANAGERS);
		TABLE.put("POST /risks/{reference}/review", RISK_MANAGERS);
		TABLE.put("POST /risks/{reference}/escalate", RISK_MANAGERS);
		TABLE.put("POST /risks/{reference}/de-escalate", RISK_MANAGERS);
		TABLE.put("POST /risks/{reference}/merge", RISK_MANAGERS);
		TABLE.put("GET /risks/appetite/{council}", RISK_MANAGERS);
		TABLE.put("POST /risks/appetite/{council}", RISK_MANAGERS);
		TABLE.put("GET /risks/areas/{council}/new", RISK_MANAGERS);
		TABLE.put("POST /risks/areas/{council}/new", RISK_MANAGERS);
		TABLE.put("GET /risks/areas/{code}/edit", RISK_MANAGERS);
		TABLE.put("POST /risks/areas/{code}/edit", RISK_MANAGERS);
		TABLE.put("POST /api/v1/councils/{council}/risk-areas", RISK_MANAGERS);
		TABLE.put("PUT /api/v1/risk-areas/{code}", RISK_MANAGERS);
		TABLE.put("POST /api/v1/risks", RISK_MANAGERS);
		TABLE.put("PUT /api/v1/risks/{reference}", RISK_MANAGERS);
		TABLE.put("POST /api/v1/risks/{reference}/reviews", RISK_MANAGERS);
		TABLE.put("POST /api/v1/risks/{reference}/close", RISK_MANAGERS);
		TABLE.put("POST /api/v1/risks/{reference}/reopen", RISK_MANAGERS);
		TABLE.put("POST /api/v1/risks/{reference}/links", RISK_MANAGERS);
		TABLE.put("DELETE /api/v1/risks/{reference}/links", RISK_MANAGERS);
		TABLE.put("POST /api/v1/risks/{reference}/escalate", RISK_MANAGERS);
		TABLE.put("POST /api/v1/risks/{reference}/de-escalate", RISK_MANAGERS);
		TABLE.put("POST /api/v1/risks/{reference}/merge", RISK_MANAGERS);
		TABLE.put("GET /api/v1/councils/{council}/risk-appetite", RISK_MANAGERS);
		TABLE.put("PUT /api/v1/councils/{council}/risk-appetite", RISK_MANAGERS);
		TABLE.put("GET /api/v1/councils/{council}/risk-matrix", RISK_KEEPERS);
		TABLE.put("PUT /api/v1/councils/{council}/risk-matrix", RISK_KEEPERS);
		TABLE.put("GET /risks/matrix/{council}", RISK_KEEPERS);
		TABLE.put("POST /risks/matrix/{council}", RISK_KEEPERS);
		// the performance team
		TABLE.put("GET /import", PERFORMANCE);
		TABLE.put("POST /import", PERFORMANCE);
		TABLE.put("POST /api/v1/imports", PERFORMANCE);
		TABLE.put("POST /import/{upload}/confirm", PERFORMANCE);
		TABLE.put("POST /import/{upload}/cancel", PERFORMANCE);
		TABLE.put("GET /import/templates", PERFORMANCE);
		TABLE.put("GET /import/templates/{kind}.csv", PERFORMANCE);
		TABLE.put("GET /import/templates/{kind}.xlsx", PERFORMANCE);
		TABLE.put("GET /api/v1/imports/templates/{kind}.csv", PERFORMANCE);
		TABLE.put("GET /api/v1/imports/templates/{kind}.xlsx", PERFORMANCE);
		TABLE.put("GET /import/guide", SIGNED_IN);
		TABLE.put("POST /collection/cycles", PERFORMANCE);
		TABLE.put("POST /collection/cycles/{id}/owners", PERFORMANCE);
		TABLE.put("POST /collection/cycles/{id}/close", PERFORMANCE);
		TABLE.put("POST /collection/cycles/{id}/send-again", PERFORMANCE);
		TABLE.put("GET /setup", PERFORMANCE);
		TABLE.put("GET /setup/organisation", PERFORMANCE);
		TABLE.put("POST /setup/organisation", PERFORMANCE);
		TABLE.put("POST /setup/organisation/{code}/retire", PERFORMANCE);
		TABLE.put("POST /setup/organisation/{code}/reinstate", PERFORMANCE);
		TABLE.put("GET /setup/organisation/{code}", PERFORMANCE);
		TABLE.put("POST /setup/organisation/{code}", PERFORMANCE);
		TABLE.put("GET /setup/indicators/new", PERFORMANCE);
		TABLE.put("POST /setup/indicators/new", PERFORMANCE);
		TABLE.put("GET /setup/scorecards/new", PERFORMANCE);
		TABLE.put("POST /setup/scorecards/new", PERFORMANCE);
		TABLE.put("GET /figures", PERFORMANCE);
		TABLE.put("GET /scorecards/{id}/figures", PERFORMANCE);
		TABLE.put("POST /scorecards/{id}/figures", PERFORMANCE);
		TABLE.put("GET /scorecards/{id}/owners", PERFORMANCE);
		TABLE.put("GET /scorecards/{id}/layout", PERFORMANCE);
		TABLE.put("POST /scorecards/{id}/layout", PERFORMANCE);
		TABLE.put("POST /scorecards/{id}/owners", PERFORMANCE);
		TABLE.put("GET /indicators/{code}/targets", PERFORMANCE);
		TABLE.put("GET /councils/{code}/rag-rule", PERFORMANCE);
		TABLE.put("POST /councils/{code}/rag-rule", PERFORMANCE);
		TABLE.put("GET /api/v1/councils/{council}/rag-rule", PERFORMANCE);
		TABLE.put("PUT /api/v1/councils/{council}/rag-rule", PERFORMANCE);
		TABLE.put("GET /indicators/{code}/edit", PERFORMANCE);
		TABLE.put("POST /indicators/{code}/edit", PERFORMANCE);
		TABLE.put("POST /indicators/{code}/retire", PERFORMANCE);
		TABLE.put("POST /indicators/{code}/targets/{id}/end", PERFORMANCE);
		TABLE.put("GET /indicators/{code}/comparators", PERFORMANCE);
		TABLE.put("POST /indicators/{code}/comparators", PERFORMANCE);
		TABLE.put("GET /indicators/{code}/definition", PERFORMANCE);
		TABLE.put("GET /scorecards/{id}/targets", PERFORMANCE);
		TABLE.put("POST /scorecards/{id}/targets", PERFORMANCE);
		TABLE.put("POST /indicators/{code}/definition", PERFORMANCE);
		TABLE.put("POST /indicators/{code}/comparators/remove", PERFORMANCE);
		TABLE.put("POST /indicators/{code}/reinstate", PERFORMANCE);
		TABLE.put("GET /indicators/{code}/targets/{id}", PERFORMANCE);
		TABLE.put("POST /indicators/{code}/targets/{id}", PERFORMANCE);
		TABLE.put("GET /indicators/{code}/targets/new", PERFORMANCE);
		TABLE.put("POST /indicators/{code}/targets/new", PERFORMANCE);
		TABLE.put("GET /scorecards/{id}/report/narrative", PERFORMANCE);
		TABLE.put("POST /scorecards/{id}/report/narrative", PERFORMANCE);
		TABLE.put("GET /scorecards/{id}/report/publish", PERFORMANCE);
		TABLE.put("POST /scorecards/{id}/report/publish", PERFORMANCE);
		TABLE.put("GET /api/v1/scorecards/{id}/figures", PERFORMANCE);
		TABLE.put("PUT /api/v1/scorecards/{id}/figures", PERFORMANCE);
		TABLE.put("GET /api/v1/scorecards/{id}/owners", PERFORMANCE);
		TABLE.put("PUT /api/v1/scorecards/{id}/owners", PERFORMANCE);
		TABLE.put("PUT /api/v1/indicators/{code}", PERFORMANCE);
		TABLE.put("POST /api/v1/indicators/{code}/retire", PERFORMANCE);
		TABLE.put("GET /api/v1/indicators/{code}/comparators", PERFORMANCE);
		TABLE.put("PUT /api/v1/indicators/{code}/comparators", PERFORMANCE);
		TABLE.put("GET /api/v1/indicators/{code}/definitions", PERFORMANCE);
		TABLE.put("PUT /api/v1/indicators/{code}/definition", PERFORMANCE);
		TABLE.put("DELETE /api/v1/indicators/{code}/comparators", PERFORMANCE);
		TABLE.put("POST /api/v1/units/{code}/retire", PERFORMANCE);
		TABLE.put("POST /api/v1/units/{code}/reinstate", PERFORMANCE);
		TABLE.put("POST /api/v1/indicators/{code}/reinstate", PERFORMANCE);
		TABLE.put("GET /api/v1/units", PERFORMANCE);
		TABLE.put("POST /api/v1/units", PERFORMANCE);
		TABLE.put("GET /api/v1/units/{code}", PERFORMANCE);
		TABLE.put("PUT /api/v1/units/{code}", PERFORMANCE);
		TABLE.put("POST /api/v1/indicators", PERFORMANCE);
		TABLE.put("POST /api/v1/scorecards", PERFORMANCE);
		TABLE.put("GET /api/v1/scorecards/{id}/layout", PERFORMANCE);
		TABLE.put("PUT /api/v1/scorecards/{id}/layout", PERFORMANCE);
		TABLE.put("GET /api/v1/indicators/{code}/targets", PERFORMANCE);
		TABLE.put("POST /api/v1/indicators/{code}/targets", PERFORMANCE);
		TABLE.put("PUT /api/v1/indicators/{code}/targets/{id}", PERFORMANCE);
		TABLE.put("GET /collection", PERFORMANCE_OR_APPROVER);
		TABLE.put("GET /collection/cycles/{id}", PERFORMANCE_OR_APPROVER);
		TABLE.put("GET /collection/approvals", APPROVERS);
		// administrators
		TABLE.put("GET /admin/users", ADMINISTRATORS);
		TABLE.put("POST /admin/users", ADMINISTRATORS);
		TABLE.put("GET /admin/users/{id}", ADMINISTRATORS);
		TABLE.put("POST /admin/users/{id}/roles", ADMINISTRATORS);
		TABLE.put("POST /admin/users/{id}/roles/{grant}/remove", ADMINISTRATORS);
		TABLE.put("POST /admin/users/{id}/password", ADMINISTRATORS);
		TABLE.put("POST /admin/users/{id}/unlock", ADMINISTRATORS);
		TABLE.put("POST /admin/users/{id}/enabled", ADMINISTRATORS);
		TABLE.put("POST /admin/users/{id}/tokens", ADMINISTRATORS);
		TABLE.put("POST /admin/users/{id}/tokens/{token}/revoke", ADMINISTRATORS);
		TABLE.put("GET /admin/audit", ADMINISTRATORS);
		TABLE.put("GET /admin/audit.csv", ADMINISTRATORS);
		TABLE.put("GET /actuator/prometheus", ADMINISTRATORS);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	/** The controllers' mappings and the actuator's (health, metrics). */
	@Autowired
	List<RequestMappingInfoHandlerMapping> mappings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Risks risks;

	private final Map<Who, String> usernames = new EnumMap<>(Who.class);

	private ScopeCouncils scope;

	private final Map<String, String> tokens = new java.util.HashMap<>();

	/**
	 * Write endpoints that act on no part of the council: people and roles (for
	 * administrators, who hold every role everywhere), one's own password, and an owner's
	 * own figures (refused to anyone but the indicator's owner:
	 * CollectionWorkflowIntegrationTest). The SPC calculation changes nothing.
	 */
	private static final Set<String> UNSCOPED_WRITES = Set.of("POST /account/password", "POST /admin/users",
			"POST /admin/users/{id}/roles", "POST /admin/users/{id}/roles/{grant}/remove",
			"POST /admin/users/{id}/password", "POST /admin/users/{id}/unlock", "POST /admin/users/{id}/enabled",
			"POST /admin/users/{id}/tokens", "POST /admin/users/{id}/tokens/{token}/revoke",
			"POST /collection/requests/{id}", "POST /api/v1/analytics/spc", "ANY /error",
			// an import's confirmation acts on the person's own upload, whose rows are
			// checked for scope again as they were when uploaded ("POST /import")
			"POST /import/{upload}/confirm", "POST /import/{upload}/cancel");

	/**
	 * A change to council A that the endpoint would make, asked for by someone holding
	 * the role it needs over council B only.
	 *
	 * @param username who asks: a role over council B
	 * @param path the concrete address
	 * @param form the form's fields, or the files when {@code files}
	 * @param files whether the form is an upload
	 * @param basicAuth whether it is an API call with HTTP Basic rather than a session
	 */
	record ScopedWrite(String username, String path, Map<String, String> form, boolean files, boolean basicAuth,
			String method, String json) {

		ScopedWrite(String username, String path, Map<String, String> form, boolean files, boolean basicAuth) {
			this(username, path, form, files, basicAuth, "POST", null);
		}

		static ScopedWrite form(String username, String path, Map<String, String> form) {
			return new ScopedWrite(username, path, form, false, false);
		}

		/** A write API call with a personal access token of the person. */
		static ScopedWrite api(String username, String method, String path, String json) {
			return new ScopedWrite(username, path, Map.of(), false, false, method, json);
		}

	}

	@BeforeAll
	void people() {
		this.usernames.put(Who.NO_ROLE, TestUsers.ensure(this.context, "norole", "norole@test.example").username());
		this.usernames.put(Who.READER,
				TestUsers.ensure(this.context, "reader", "reader@test.example", Role.READER, null).username());
		this.usernames.put(Who.RESTRICTED_READER,
				TestUsers
					.ensure(this.context, "restrictedreader", "restrictedreader@test.example", Role.RESTRICTED_READER,
							null)
					.username());
		this.usernames.put(Who.INDICATOR_OWNER,
				TestUsers.ensure(this.context, "owner", "owner@test.example", Role.INDICATOR_OWNER, "WCC").username());
		this.usernames.put(Who.APPROVER,
				TestUsers.ensure(this.context, "approver", "approver@test.example", Role.APPROVER, "WCC").username());
		this.usernames.put(Who.RISK_MANAGER,
				TestUsers.ensure(this.context, "riskmanager", "risk@test.example", Role.RISK_MANAGER, null).username());
		this.usernames.put(Who.PERFORMANCE_OFFICER,
				TestUsers.ensure(this.context, "officer", "officer@test.example", Role.PERFORMANCE_OFFICER, null)
					.username());
	}

	@BeforeAll
	void councils() {
		this.scope = ScopeCouncils.load(this.context);
		// issued before any change is counted: issuing one is audited
		List.of("scb-officer", "scb-risk", "sca-officer", "sca-risk").forEach(this::tokenOf);
	}

	/** Every write endpoint, with a request that would change council A. */
	private Map<String, ScopedWrite> scopedWrites() {
		String quarter = ScopeCouncils.QUARTER.label();
		long cycle = this.scope.cycleA.id();
		long request = this.scope.submittedA.id();
		String version = String.valueOf(this.scope.submittedA.version());
		String renaming = """
				code,title,organisation_code,unit,polarity,frequency
				SCA-1,Renamed by the neighbour %s,SCA-D,percent,higher_is_better,quarterly
				""".formatted(java.util.UUID.randomUUID());
		Map<String, ScopedWrite> writes = new LinkedHashMap<>();
		writes.put("POST /import",
				new ScopedWrite("scb-officer", "/import", Map.of("indicators.csv", renaming), true, false));
		writes.put("POST /api/v1/imports",
				new ScopedWrite("scb-officer", "/api/v1/imports",
						Map.of("measurements.csv",
								"indicator_code,data_period,reporting_period,value\nSCA-1,Q1 2026/27,Q1 2026/27,50\n"),
						true, true));
		writes.put("POST /collection/cycles",
				ScopedWrite.form("scb-officer", "/collection/cycles",
						Map.of("council", String.valueOf(this.scope.councilA), "quarter", "Q3 2026/27", "due",
								java.time.LocalDate.now().plusDays(20).toString())));
		writes.put("POST /collection/cycles/{id}/owners",
				ScopedWrite.form("scb-officer", "/collection/cycles/" + cycle + "/owners",
						Map.of("indicator", String.valueOf(this.scope.indicatorA), "person",
								String.valueOf(this.scope.ownerA), "version-" + this.scope.indicatorA,
								String.valueOf(this.context.getBean(uk.beacon.indicator.Indicators.class)
									.findById(this.scope.indicatorA)
									.orElseThrow()
									.version()))));
		writes.put("POST /scorecards/{id}/figures",
				ScopedWrite.form("scb-officer",
						"/scorecards/" + this.scope.scorecardA + "/figures?period=Q2%202026%2F27",
						Map.of("rows[0].key", "SCA-1/" + ScopeCouncils.QUARTER.key(), "rows[0].value", "50",
								"rows[0].reason", "The neighbour thinks so")));
		writes.put("POST /scorecards/{id}/layout",
				ScopedWrite.form("scb-officer", "/scorecards/" + this.scope.scorecardA + "/layout",
						Map.of("name", "Renamed by the neighbour", "seen", "-", "sections[0].title", "Children",
								"sections[0].kind", "OBJECTIVE", "sections[0].indicators", "SCA-1")));
		writes.put("POST /scorecards/{id}/owners",
				ScopedWrite.form("scb-officer", "/scorecards/" + this.scope.scorecardA + "/owners",
						Map.of("ownerName", "Neighbour", "ownerEmail", "neighbour@scb.example", "rows[0].code", "SCA-1",
								"rows[0].version", "0", "rows[0].selected", "yes")));
		writes.put("POST /indicators/{code}/edit", ScopedWrite.form("scb-officer", "/indicators/SCA-1/edit",
				Map.of("title", "Renamed by the neighbour", "isPublic", "yes", "version", "0")));
		writes.put("POST /setup/organisation/{code}/retire", ScopedWrite.form("scb-officer",
				"/setup/organisation/SCA-D/retire", Map.of("reason", "The neighbour retires it")));
		writes.put("POST /setup/organisation/{code}/reinstate",
				ScopedWrite.form("scb-officer", "/setup/organisation/SCA-D/reinstate", Map.of()));
		writes.put("POST /indicators/{code}/targets/{id}/end",
				ScopedWrite.form("scb-officer", "/indicators/SCA-1/targets/1/end",
						Map.of("last", "Q4 2040/41", "reason", "The neighbour ends it", "seen", "x")));
		writes.put("POST /scorecards/{id}/targets",
				ScopedWrite.form("scb-officer", "/scorecards/" + this.scope.scorecardA + "/targets?year=2040/41",
						Map.of("rows[0].code", "SCA-1", "rows[0].seen", "", "rows[0].value", "50")));
		writes.put("POST /indicators/{code}/definition",
				ScopedWrite.form("scb-officer", "/indicators/SCA-1/definition",
						Map.of("measure", "percent", "decimalPlaces", "0", "polarity", "HIGHER_IS_BETTER", "frequency",
								"QUARTERLY", "accumulation", "SNAPSHOT", "arrearsMonths", "0", "applies", "correct",
								"reason", "The neighbour redefines it", "version", "0")));
		writes.put("POST /indicators/{code}/comparators",
				ScopedWrite.form("scb-officer", "/indicators/SCA-1/comparators", Map.of("group", "SC-NN", "groupName",
						"Scope neighbours", "period", "2025/26", "member", "The neighbour", "value", "50")));
		writes.put("POST /indicators/{code}/comparators/remove",
				ScopedWrite.form("scb-officer", "/indicators/SCA-1/comparators/remove",
						Map.of("group", "SC-NN", "period", "2025/26", "member", "The neighbour", "seen", "50")));
		writes.put("POST /indicators/{code}/retire", ScopedWrite.form("scb-officer", "/indicators/SCA-1/retire",
				Map.of("from", "Q1 2040/41", "reason", "The neighbour retires it", "version", "0")));
		writes.put("POST /indicators/{code}/reinstate",
				ScopedWrite.form("scb-officer", "/indicators/SCA-1/reinstate", Map.of("version", "0")));
		writes.put("POST /councils/{code}/rag-rule",
				ScopedWrite.form("scb-officer", "/councils/SCA/rag-rule", Map.of("greenKind", "percentage", "green",
						"5", "toleranceKind", "percentage", "tolerance", "10", "action", "preview")));
		writes.put("POST /indicators/{code}/targets/new",
				ScopedWrite.form("scb-officer", "/indicators/SCA-1/targets/new", Map.of("from", "Q1 2027/28", "shape",
						"value", "value", "50", "toleranceKind", "none", "action", "save")));
		writes.put("POST /indicators/{code}/targets/{id}", ScopedWrite.form("scb-officer",
				"/indicators/SCA-1/targets/999999", Map.of("shape", "value", "value", "50")));
		writes.put("POST /collection/cycles/{id}/close",
				ScopedWrite.form("scb-officer", "/collection/cycles/" + cycle + "/close", Map.of()));
		writes.put("POST /collection/cycles/{id}/send-again", ScopedWrite.form("scb-officer",
				"/collection/cycles/" + cycle + "/send-again", Map.of("request", String.valueOf(request))));
		writes.put("POST /collection/requests/{id}/approve", ScopedWrite.form("scb-approver",
				"/collection/requests/" + request + "/approve", Map.of("version", version)));
		writes.put("POST /collection/requests/{id}/return", ScopedWrite.form("scb-approver",
				"/collection/requests/" + request + "/return", Map.of("version", version, "reason", "Check it")));
		writes.put("POST /scorecards/{id}/report/narrative", ScopedWrite.form("scb-officer",
				"/scorecards/" + this.scope.scorecardA + "/report/narrative",
				Map.of("period", quarter, "narrative", "Cabinet is asked to note the neighbour's view.", "seen", "")));
		writes.put("POST /scorecards/{id}/report/publish",
				ScopedWrite.form("scb-officer", "/scorecards/" + this.scope.scorecardA + "/report/publish",
						Map.of("period", quarter, "confirmed", "as the neighbour saw it")));
		writes.put("POST /risks/new",
				ScopedWrite.form("scb-risk", "/risks/new", Map.of("registerCode", "SCA-DRR", "kind", "RISK",
						"reference", "SCA-NEW", "title", "A risk the neighbour adds", "duplicatesSeen", "true")));
		writes.put("POST /risks/{reference}/review",
				ScopedWrite.form("scb-risk", "/risks/SCA-R1/review",
						Map.of("assessedOn", java.time.LocalDate.now().toString(), "reportingPeriod", quarter,
								"currentImpact", "3", "currentLikelihood", "3", "comment", "The neighbour's review",
								"version", riskVersion("SCA-R1"))));
		writes.put("POST /risks/{reference}/edit", ScopedWrite.form("scb-risk", "/risks/SCA-R2/edit",
				Map.of("title", "Renamed by the neighbour", "reviewMonths", "3", "version", riskVersion("SCA-R2"))));
		writes.put("POST /risks/{reference}/close", ScopedWrite.form("scb-risk", "/risks/SCA-R2/close",
				Map.of("version", riskVersion("SCA-R2"), "reason", "The neighbour thinks so")));
		writes.put("POST /risks/{reference}/reopen", ScopedWrite.form("scb-risk", "/risks/SCA-R2/reopen",
				Map.of("version", riskVersion("SCA-R2"), "reason", "The neighbour thinks so")));
		writes.put("POST /risks/{reference}/links",
				ScopedWrite.form("scb-risk", "/risks/SCA-R2/links", Map.of("indicator", "SCA-1")));
		writes.put("POST /risks/{reference}/links/remove",
				ScopedWrite.form("scb-risk", "/risks/SCA-R2/links/remove", Map.of("indicator", "SCA-1")));
		writes.put("POST /risks/{reference}/escalate", ScopedWrite.form("scb-risk", "/risks/SCA-R1/escalate",
				Map.of("version", riskVersion("SCA-R1"), "reason", "The neighbour thinks so")));
		writes.put("POST /risks/{reference}/de-escalate", ScopedWrite.form("scb-risk", "/risks/SCA-R4/de-escalate",
				Map.of("version", riskVersion("SCA-R4"), "reason", "The neighbour thinks so")));
		writes.put("POST /risks/{reference}/merge", ScopedWrite.form("scb-risk", "/risks/SCA-R1/merge",
				Map.of("version", riskVersion("SCA-R1"), "into", "SCA-R2", "reason", "The neighbour thinks so")));
		writes.put("POST /risks/appetite/{council}",
				ScopedWrite.form("scb-risk", "/risks/appetite/SCA", Map.of("defaultScore", "4", "fingerprint", "-")));
		writes.put("POST /risks/matrix/{council}",
				ScopedWrite.form("scb-risk", "/risks/matrix/SCA", Map.of("size", "5", "fingerprint", "-")));
		writes.put("POST /setup/organisation", ScopedWrite.form("scb-officer", "/setup/organisation", Map.of("name",
				"The neighbour's service", "code", "SCA-NEIGHBOUR", "kind", "DIRECTORATE", "parent", "SCA")));
		writes.put("POST /setup/organisation/{code}", ScopedWrite.form("scb-officer", "/setup/organisation/SCA-D",
				Map.of("name", "Renamed by the neighbour", "kind", "DIRECTORATE", "parent", "SCA")));
		writes.put("POST /setup/indicators/new",
				ScopedWrite.form("scb-officer", "/setup/indicators/new",
						Map.of("code", "SCA-NEIGHBOUR", "title", "The neighbour's indicator", "unit", "SCA-D",
								"measure", "percent", "decimalPlaces", "0", "polarity", "HIGHER_IS_BETTER", "frequency",
								"QUARTERLY", "accumulation", "SNAPSHOT", "arrearsMonths", "0", "isPublic", "yes")));
		writes.put("POST /setup/scorecards/new",
				ScopedWrite.form("scb-officer", "/setup/scorecards/new",
						Map.of("code", "SCA-NEIGHBOUR", "name", "The neighbour's scorecard", "unit", "SCA", "kind",
								"CORPORATE", "section", "Children", "sectionKind", "OBJECTIVE")));
		String key = "SCA-1/" + ScopeCouncils.QUARTER.key();
		writes.put("PUT /api/v1/scorecards/{id}/figures", ScopedWrite.api("scb-officer", "PUT",
				"/api/v1/scorecards/" + this.scope.scorecardA + "/figures?period=Q2%202026%2F27",
				"{\"figures\":[{\"key\":\"" + key + "\",\"value\":50,\"reason\":\"The neighbour thinks so\"}]}"));
		writes.put("PUT /api/v1/scorecards/{id}/owners", ScopedWrite.api("scb-officer", "PUT",
				"/api/v1/scorecards/" + this.scope.scorecardA + "/owners",
				"{\"ownerName\":\"Neighbour\",\"ownerEmail\":\"neighbour@scb.example\",\"indicators\":[{\"code\":\"SCA-1\",\"version\":0}]}"));
		writes.put("PUT /api/v1/indicators/{code}/definition", ScopedWrite.api("scb-officer", "PUT",
				"/api/v1/indicators/SCA-1/definition",
				"{\"unit\":\"percent\",\"decimalPlaces\":0,\"polarity\":\"HIGHER_IS_BETTER\",\"frequency\":\"QUARTERLY\","
						+ "\"accumulation\":\"SNAPSHOT\",\"arrearsMonths\":0,\"reason\":\"The neighbour redefines it\",\"version\":0}"));
		writes.put("PUT /api/v1/indicators/{code}/comparators",
				ScopedWrite.api("scb-officer", "PUT", "/api/v1/indicators/SCA-1/comparators",
						"{\"group\":\"SC-NN\",\"groupName\":\"Scope neighbours\",\"period\":\"2025/26\","
								+ "\"member\":\"The neighbour\",\"value\":\"50\"}"));
		writes.put("DELETE /api/v1/indicators/{code}/comparators",
				ScopedWrite.api("scb-officer", "DELETE", "/api/v1/indicators/SCA-1/comparators",
						"{\"group\":\"SC-NN\",\"period\":\"2025/26\",\"member\":\"The neighbour\",\"seen\":\"50\"}"));
		writes.put("POST /api/v1/units/{code}/retire", ScopedWrite.api("scb-officer", "POST",
				"/api/v1/units/SCA-D/retire", "{\"reason\":\"The neighbour retires it\"}"));
		writes.put("POST /api/v1/units/{code}/reinstate",
				ScopedWrite.api("scb-officer", "POST", "/api/v1/units/SCA-D/reinstate", ""));
		writes.put("POST /api/v1/units", ScopedWrite.api("scb-officer", "POST", "/api/v1/units",
				"{\"code\":\"SCA-NEIGHBOUR-U\",\"name\":\"The neighbour's directorate\",\"kind\":\"directorate\","
						+ "\"parent\":\"SCA\"}"));
		writes.put("PUT /api/v1/units/{code}", ScopedWrite.api("scb-officer", "PUT", "/api/v1/units/SCA-D",
				"{\"name\":\"Renamed by the neighbour\",\"kind\":\"directorate\",\"parent\":\"SCA\",\"seen\":\"-\"}"));
		writes.put("POST /api/v1/indicators", ScopedWrite.api("scb-officer", "POST", "/api/v1/indicators",
				"{\"code\":\"SCA-NEIGHBOUR-I\",\"title\":\"The neighbour's indicator\",\"organisationUnit\":\"SCA-D\","
						+ "\"unit\":\"percent\",\"polarity\":\"HIGHER_IS_BETTER\",\"isPublic\":true}"));
		writes.put("POST /api/v1/scorecards", ScopedWrite.api("scb-officer", "POST", "/api/v1/scorecards",
				"{\"code\":\"SCA-NEIGHBOUR-S\",\"name\":\"The neighbour's scorecard\",\"organisationUnit\":\"SCA\","
						+ "\"kind\":\"CORPORATE\",\"section\":\"Children\",\"sectionKind\":\"OBJECTIVE\"}"));
		writes.put("PUT /api/v1/scorecards/{id}/layout",
				ScopedWrite.api("scb-officer", "PUT", "/api/v1/scorecards/" + this.scope.scorecardA + "/layout",
						"{\"name\":\"Renamed by the neighbour\",\"seen\":\"-\",\"sections\":[{\"title\":\"Children\","
								+ "\"kind\":\"OBJECTIVE\",\"indicators\":[\"SCA-1\"]}]}"));
		writes.put("POST /api/v1/indicators/{code}/retire",
				ScopedWrite.api("scb-officer", "POST", "/api/v1/indicators/SCA-1/retire",
						"{\"from\":\"Q1 2040/41\",\"reason\":\"The neighbour retires it\",\"version\":0}"));
		writes.put("POST /api/v1/indicators/{code}/reinstate",
				ScopedWrite.api("scb-officer", "POST", "/api/v1/indicators/SCA-1/reinstate", "{\"version\":0}"));
		writes.put("PUT /api/v1/indicators/{code}", ScopedWrite.api("scb-officer", "PUT", "/api/v1/indicators/SCA-1",
				"{\"title\":\"Renamed by the neighbour\",\"isPublic\":true,\"version\":0}"));
		writes.put("POST /api/v1/indicators/{code}/targets", ScopedWrite.api("scb-officer", "POST",
				"/api/v1/indicators/SCA-1/targets", "{\"from\":\"Q1 2027/28\",\"shape\":\"value\",\"value\":\"50\"}"));
		writes.put("PUT /api/v1/indicators/{code}/targets/{id}",
				ScopedWrite.api("scb-officer", "PUT", "/api/v1/indicators/SCA-1/targets/999999",
						"{\"shape\":\"value\",\"value\":\"50\",\"reason\":\"The neighbour thinks so\"}"));
		writes.put("POST /api/v1/risks", ScopedWrite.api("scb-risk", "POST", "/api/v1/risks",
				"{\"registerCode\":\"SCA-DRR\",\"kind\":\"RISK\",\"reference\":\"SCA-NEW2\",\"title\":\"A risk the neighbour adds\",\"duplicatesSeen\":true}"));
		writes.put("POST /api/v1/risks/{reference}/reviews", ScopedWrite
			.api("scb-risk", "POST", "/api/v1/risks/SCA-R1/reviews", "{\"assessedOn\":\"" + java.time.LocalDate.now()
					+ "\",\"reportingPeriod\":\"" + quarter
					+ "\",\"currentImpact\":3,\"currentLikelihood\":3,\"comment\":\"The neighbour's review\",\"version\":"
					+ riskVersion("SCA-R1") + "}"));
		writes.put("PUT /api/v1/risks/{reference}",
				ScopedWrite.api("scb-risk", "PUT", "/api/v1/risks/SCA-R2",
						"{\"title\":\"Renamed by the neighbour\",\"reviewMonths\":\"3\",\"version\":"
								+ riskVersion("SCA-R2") + "}"));
		writes.put("POST /api/v1/risks/{reference}/close",
				ScopedWrite.api("scb-risk", "POST", "/api/v1/risks/SCA-R2/close",
						"{\"version\":" + riskVersion("SCA-R2") + ",\"reason\":\"The neighbour thinks so\"}"));
		writes.put("POST /api/v1/risks/{reference}/reopen",
				ScopedWrite.api("scb-risk", "POST", "/api/v1/risks/SCA-R2/reopen",
						"{\"version\":" + riskVersion("SCA-R2") + ",\"reason\":\"The neighbour thinks so\"}"));
		writes.put("POST /api/v1/risks/{reference}/links",
				ScopedWrite.api("scb-risk", "POST", "/api/v1/risks/SCA-R2/links", "{\"indicator\":\"SCA-1\"}"));
		writes.put("DELETE /api/v1/risks/{reference}/links",
				ScopedWrite.api("scb-risk", "DELETE", "/api/v1/risks/SCA-R2/links?indicator=SCA-1", ""));
		writes.put("POST /api/v1/risks/{reference}/escalate",
				ScopedWrite.api("scb-risk", "POST", "/api/v1/risks/SCA-R1/escalate",
						"{\"version\":" + riskVersion("SCA-R1") + ",\"reason\":\"The neighbour thinks so\"}"));
		writes.put("POST /api/v1/risks/{reference}/de-escalate",
				ScopedWrite.api("scb-risk", "POST", "/api/v1/risks/SCA-R4/de-escalate",
						"{\"version\":" + riskVersion("SCA-R4") + ",\"reason\":\"The neighbour thinks so\"}"));
		writes.put("POST /api/v1/risks/{reference}/merge",
				ScopedWrite.api("scb-risk", "POST", "/api/v1/risks/SCA-R1/merge", "{\"version\":"
						+ riskVersion("SCA-R1") + ",\"into\":\"SCA-R2\",\"reason\":\"The neighbour thinks so\"}"));
		writes.put("PUT /api/v1/councils/{council}/risk-appetite", ScopedWrite.api("scb-risk", "PUT",
				"/api/v1/councils/SCA/risk-appetite", "{\"defaultScore\":\"4\",\"fingerprint\":\"-\"}"));
		writes.put("POST /risks/areas/{council}/new", ScopedWrite.form("scb-risk", "/risks/areas/SCA/new",
				Map.of("code", "SCB-NEW-AREA", "title", "An area added to the neighbour")));
		writes.put("POST /risks/areas/{code}/edit", ScopedWrite.form("scb-risk", "/risks/areas/SCA-AREA/edit",
				Map.of("title", "Renamed by the neighbour", "version", "0")));
		writes.put("POST /api/v1/councils/{council}/risk-areas",
				ScopedWrite.api("scb-risk", "POST", "/api/v1/councils/SCA/risk-areas",
						"{\"code\":\"SCB-NEW-AREA\",\"title\":\"An area added to the neighbour\"}"));
		writes.put("PUT /api/v1/risk-areas/{code}", ScopedWrite.api("scb-risk", "PUT", "/api/v1/risk-areas/SCA-AREA",
				"{\"title\":\"Renamed by the neighbour\",\"version\":0}"));
		writes.put("PUT /api/v1/councils/{council}/rag-rule", ScopedWrite.api("scb-officer", "PUT",
				"/api/v1/councils/SCA/rag-rule?preview=true", "{\"greenKind\":\"none\",\"amberKind\":\"none\"}"));
		writes.put("PUT /api/v1/councils/{council}/risk-matrix", ScopedWrite.api("scb-risk", "PUT",
				"/api/v1/councils/SCA/risk-matrix", "{\"size\":\"5\",\"fingerprint\":\"-\"}"));
		return writes;
	}

	/** A personal access token of the person, issued as an administrator issues one. */
	private String tokenOf(String username) {
		return this.tokens
			.computeIfAbsent(username, u -> this.context.getBean(uk.beacon.identity.ApiTokenManagement.class)
				.issue(TestUsers.SYSTEM,
						this.context.getBean(uk.beacon.identity.Accounts.class).findByUsername(u).orElseThrow().id(),
						"Role endpoint test", null)
				.secret());
	}

	@Test
	void everyWriteEndpointActsOnAPartOfTheCouncilOrIsListedAsActingOnNone() {
		Set<String> writes = new TreeSet<>(TABLE.keySet());
		writes.removeIf(endpoint -> endpoint.startsWith("GET "));
		writes.removeAll(UNSCOPED_WRITES);
		assertThat(writes).as("write endpoints, each with a request that touches council A")
			.isEqualTo(new TreeSet<>(scopedWrites().keySet()));
	}

	@Test
	void everyWriteEndpointRefusesARoleHeldOverAnotherPartOfTheCouncilAndChangesNothing() {
		List<String> wrong = new ArrayList<>();
		scopedWrites().forEach((endpoint, write) -> {
			long changesBefore = auditEntries();
			String answer = answer(write);
			if (auditEntries() != changesBefore) {
				wrong.add(endpoint + " as " + write.username() + " changed something: " + excerpt(answer));
			}
			else if (!answer.contains("outside the part of the council your role covers")) {
				wrong.add(endpoint + " as " + write.username() + " did not say why it was refused: " + excerpt(answer));
			}
		});
		assertThat(wrong).isEmpty();
	}

	@Test
	void theSameChangesAreMadeByARoleHeldOverThatPartOfTheCouncil() {
		// the neighbour's requests, made by council A's own people, go through: the
		// refusals above were for scope, not for a malformed request
		for (String endpoint : List.of("POST /import", "POST /scorecards/{id}/report/narrative",
				"POST /risks/{reference}/escalate", "POST /api/v1/indicators")) {
			ScopedWrite write = scopedWrites().get(endpoint);
			ScopedWrite own = new ScopedWrite(write.username().replace("scb-", "sca-"), write.path(), write.form(),
					write.files(), write.basicAuth(), write.method(), write.json());
			long changesBefore = auditEntries();
			String answer = answer(own);
			assertThat(auditEntries()).as(endpoint + ": " + excerpt(answer)).isGreaterThan(changesBefore);
		}
	}

	private String answer(ScopedWrite write) {
		if (write.json() != null) {
			return Http.sendJson(this.port, write.method(), write.path(), write.json(), tokenOf(write.username()))
				.body();
		}
		if (write.basicAuth()) {
			return Http.importFiles(this.port, write.username(), TestUsers.PASSWORD, write.form()).body();
		}
		SignedIn session = SignedIn.as(this.port, write.username(), TestUsers.PASSWORD);
		HttpResponse<String> response = write.files() ? session.postFiles(write.path(), write.form())
				: session.post(write.path(), write.form());
		// an import on the page saves only once its preview is confirmed
		java.util.regex.Matcher confirm = java.util.regex.Pattern.compile("action=\"(/import/[0-9a-f-]+/confirm)\"")
			.matcher(response.body());
		if (write.files() && confirm.find()) {
			response = session.post(confirm.group(1), Map.of("reason", "Corrected by the council's own officer"));
		}
		// a refused form comes back to its page with the reason
		String location = response.headers().firstValue("Location").orElse(null);
		return (response.statusCode() == 302 && location != null)
				? response.body() + session.get(location.replaceFirst("^https?://[^/]+", "")).body() : response.body();
	}

	private long auditEntries() {
		return this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

	private String riskVersion(String reference) {
		return String.valueOf(this.risks.findByReference(reference).orElseThrow().version());
	}

	private static String excerpt(String body) {
		String text = body.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
		int main = text.indexOf("Skip to main content");
		return text.substring(Math.max(0, main), Math.min(text.length(), Math.max(0, main) + 600));
	}

	@Test
	void theTableNamesEveryEndpointTheApplicationExposes() {
		assertThat(exposedEndpoints()).as("endpoints and the table of who may use them")
			.isEqualTo(new TreeSet<>(TABLE.keySet()));
	}

	@Test
	void everyRoleAndThePublicIsAllowedOrRefusedAsTheTableSays() {
		List<String> wrong = new ArrayList<>();
		for (Who who : Who.values()) {
			SignedIn session = session(who);
			for (Map.Entry<String, Set<Who>> rule : TABLE.entrySet()) {
				String[] parts = rule.getKey().split(" ", 2);
				String method = parts[0].equals("ANY") ? "GET" : parts[0];
				String path = concrete(parts[1]);
				HttpResponse<String> response = method.equals("GET") ? session.get(path)
						: method.equals("POST") ? session.post(path, Map.of()) : session.sendJson(method, path, "{}");
				boolean allowed = allowed(response);
				if (allowed != rule.getValue().contains(who)) {
					wrong
						.add(who + " " + rule.getKey() + ": expected " + (allowed ? "refused" : "allowed") + " but got "
								+ response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void signingOutEndsTheSession() {
		SignedIn session = SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		assertThat(session.get("/admin/users").statusCode()).isEqualTo(200);

		HttpResponse<String> out = session.post("/sign-out", Map.of());

		assertThat(out.statusCode()).as(out.body()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("signed-out"));
		assertThat(session.get("/admin/users").statusCode()).isEqualTo(302);
	}

	private SignedIn session(Who who) {
		if (who == Who.PUBLIC) {
			return SignedIn.anonymous(this.port);
		}
		if (who == Who.ADMINISTRATOR) {
			return SignedIn.as(this.port, "admin", TestUsers.ADMIN_PASSWORD);
		}
		return SignedIn.as(this.port, this.usernames.get(who), TestUsers.PASSWORD);
	}

	/** Refused means 401, 403, or being sent to sign in. */
	private static boolean allowed(HttpResponse<String> response) {
		if (response.statusCode() == 401 || response.statusCode() == 403) {
			return false;
		}
		return !(response.statusCode() == 302
				&& response.headers().firstValue("Location").orElse("").endsWith("/sign-in"));
	}

	private static String concrete(String pattern) {
		return pattern.replace("/scorecards/{id}", "/scorecards/1")
			.replace("/reports/{id}", "/reports/999999")
			.replace("/setup/organisation/{code}", "/setup/organisation/WCC")
			.replace("{code}", "WCC-LAC")
			.replace("{unit}", "WCC")
			.replace("{council}", "WCC")
			.replace("{reference}", "CR4")
			.replace("{grant}", "999999")
			.replace("{token}", "999999")
			.replace("{id}", "999999")
			.replace("{kind}", "targets")
			.replace("{upload}", "00000000-0000-4000-8000-000000000000")
			.replace("/actuator/health/**", "/actuator/health/readiness");
	}

	private Set<String> exposedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		List<RequestMappingInfo> infos = new ArrayList<>();
		this.mappings.forEach(mapping -> infos.addAll(mapping.getHandlerMethods().keySet()));
		for (RequestMappingInfo info : infos) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add("ANY " + pattern);
				}
				for (RequestMethod method : methods) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return endpoints;
	}

}
