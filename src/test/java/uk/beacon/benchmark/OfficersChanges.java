package uk.beacon.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.beacon.period.FinancialQuarter;

/**
 * The changes officers make while others read, through the write API as a council's own
 * scripts would, each after reading what it changes (its version): a figure on the
 * scorecard, an indicator's target, a risk's quarterly assessment and a risk's action, in
 * turn, each time a different figure, indicator or risk.
 */
final class OfficersChanges {

	/** What each kind of change is called in the results. */
	static final List<String> KINDS = List.of("figure", "target", "risk assessment", "action");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Session session;

	private final long scorecard;

	private final List<String> risks = new ArrayList<>();

	private int made;

	private int nextRisk;

	OfficersChanges(Session session, long scorecard) throws IOException, InterruptedException {
		this(session, scorecard, "/api/v1/risks");
	}

	/**
	 * An officer who reviews the risks the read API lists at that address (one
	 * register's, say) rather than every risk.
	 */
	OfficersChanges(Session session, long scorecard, String risks) throws IOException, InterruptedException {
		this.session = session;
		this.scorecard = scorecard;
		for (JsonNode risk : read(risks)) {
			this.risks.add(risk.path("reference").asString());
		}
		if (this.risks.isEmpty()) {
			throw new IllegalStateException("The council has no risks to review");
		}
	}

	/**
	 * Makes the next change.
	 * @return the kind of change made and the status the write was answered with
	 */
	Made next() throws IOException, InterruptedException {
		int n = this.made++;
		String kind = KINDS.get(n % KINDS.size());
		int round = n / KINDS.size();
		HttpResponse<String> answer = switch (kind) {
			case "figure" -> figure(round);
			case "target" -> target(round);
			case "risk assessment" -> review(round, false);
			default -> review(round, true);
		};
		return new Made(kind, answer.statusCode(), answer.body());
	}

	record Made(String kind, int status, String body) {

		boolean succeeded() {
			return this.status >= 200 && this.status < 300;
		}

	}

	// a figure due this quarter on the scorecard, entered or corrected
	HttpResponse<String> figure(int round) throws IOException, InterruptedException {
		String path = "/api/v1/scorecards/" + this.scorecard + "/figures";
		List<JsonNode> due = new ArrayList<>();
		for (JsonNode figure : read(path).path("figures")) {
			if (figure.path("editable").asBoolean() && !figure.path("asRatio").asBoolean()) {
				due.add(figure);
			}
		}
		if (due.isEmpty()) {
			throw new IllegalStateException("No figure may be entered on scorecard " + this.scorecard);
		}
		JsonNode figure = due.get(round % due.size());
		JsonNode held = figure.path("held");
		BigDecimal value = BigDecimal.valueOf(40 + round % 50);
		String change = held.isObject()
				? "\"version\":" + held.path("version").asInt()
						+ ",\"reason\":\"Corrected by the benchmark's officer\",\"value\":" + value
				: "\"value\":" + value + ",\"commentary\":\"Entered by the benchmark's officer\"";
		return this.session.send("PUT", path,
				"{\"figures\":[{\"key\":\"" + figure.path("key").asString() + "\"," + change + "}]}");
	}

	// the target of an indicator on the scorecard, corrected
	HttpResponse<String> target(int round) throws IOException, InterruptedException {
		String path = "/api/v1/scorecards/" + this.scorecard + "/figures";
		JsonNode figures = read(path).path("figures");
		// the next indicator that has a target
		for (int tried = 0; tried < figures.size(); tried++) {
			String indicator = figures.get((round + tried) % figures.size()).path("indicator").asString();
			if (!read("/api/v1/indicators/" + indicator + "/targets").path("targets").isEmpty()) {
				return target(indicator, round);
			}
		}
		throw new IllegalStateException("No indicator on scorecard " + this.scorecard + " has a target");
	}

	// the indicator's first target, corrected
	HttpResponse<String> target(String indicator, int round) throws IOException, InterruptedException {
		JsonNode targets = read("/api/v1/indicators/" + indicator + "/targets");
		JsonNode target = targets.path("targets").get(0);
		if (target == null) {
			throw new IllegalStateException(indicator + " has no target to change");
		}
		return this.session.send("PUT", "/api/v1/indicators/" + indicator + "/targets/" + target.path("id").asLong(),
				"{\"shape\":\"value\",\"value\":\"" + (50 + round % 40) + "\",\"toleranceKind\":\"none\",\"seen\":\""
						+ target.path("seen").asString() + "\",\"reason\":\"Revised by the benchmark's officer\"}");
	}

	// a risk's review this quarter: a new assessment, its actions as they stand, and,
	// for the action change, the action's progress and a new action; of the next risk
	// not yet assessed today (a risk takes one assessment a day)
	HttpResponse<String> review(int round, boolean action) throws IOException, InterruptedException {
		// the council's day, as Beacon judges it
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		String reference = null;
		JsonNode risk = null;
		for (int tried = 0; tried < this.risks.size() && reference == null; tried++) {
			String next = this.risks.get(this.nextRisk++ % this.risks.size());
			risk = read("/api/v1/risks/" + next);
			if (!risk.path("assessments").toString().contains("\"" + today + "\"")) {
				reference = next;
			}
		}
		if (reference == null) {
			throw new IllegalStateException("Every risk has been assessed today");
		}
		StringBuilder controls = new StringBuilder();
		for (JsonNode control : risk.path("controls")) {
			controls.append(controls.isEmpty() ? "" : ",")
				.append('"')
				.append(control.path("effectiveness").asString())
				.append('"');
		}
		StringBuilder actions = new StringBuilder();
		for (JsonNode row : risk.path("actions")) {
			actions.append(actions.isEmpty() ? "" : ",")
				.append("{\"status\":\"")
				.append(row.path("status").asString())
				.append("\",\"progress\":")
				.append(JSON.writeValueAsString(
						action ? "Progress noted in round " + round : row.path("progress").asString("")))
				.append("}");
		}
		String newAction = action ? ",\"newAction\":\"Follow-up " + round
				+ " from the benchmark\",\"newActionOwner\":\"Benchmark officer\",\"newActionDue\":\""
				+ today.plusMonths(3) + "\"" : "";
		return this.session.send("POST", "/api/v1/risks/" + reference + "/reviews",
				"{\"assessedOn\":\"" + today + "\",\"reportingPeriod\":\"" + FinancialQuarter.containing(today).label()
						+ "\",\"currentImpact\":" + (2 + round % 4) + ",\"currentLikelihood\":" + (1 + round % 5)
						+ ",\"comment\":\"Reviewed by the benchmark's officer\",\"version\":"
						+ risk.path("version").asInt() + ",\"controls\":[" + controls + "],\"actions\":[" + actions
						+ "]" + newAction + "}");
	}

	private JsonNode read(String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = this.session.getText(path);
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
		}
		return JSON.readTree(answer.body());
	}

}
