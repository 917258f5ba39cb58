package uk.beacon.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

import uk.beacon.BeaconIntegrationTest;
import uk.beacon.Http;
import uk.beacon.SignedIn;
import uk.beacon.TestUsers;
import uk.beacon.changes.DataArea;
import uk.beacon.changes.DataVersion;
import uk.beacon.identity.Account;
import uk.beacon.identity.AccountManagement;
import uk.beacon.identity.Accounts;
import uk.beacon.access.Role;
import uk.beacon.imports.CsvImport;
import uk.beacon.imports.ImportFile;
import uk.beacon.scorecard.ScorecardViews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pages and API answers kept as rendered are served again only for the same address,
 * audience and version of the data: a change made anywhere, even behind Beacon's back, is
 * seen at once, restricted rows never reach the public, and what is not a page (a
 * redirect, an error, a page carrying a form's message) is worked out every time.
 */
@BeaconIntegrationTest
class RenderedPagesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	RenderedPages pages;

	@Autowired
	ApplicationContext context;

	@Autowired
	CsvImport csvImport;

	@Autowired
	ScorecardViews scorecards;

	@Autowired
	JdbcClient jdbc;

	private final AtomicInteger worked = new AtomicInteger();

	@Test
	void aPageIsWorkedOutOnceForAVersionOfTheData() {
		String address = "/kept/" + System.nanoTime();
		assertThat(page(request(address), "public", "Once")).isEqualTo(RenderedPages.KEPT_PAGE);
		Model second = new ExtendedModelMap();
		assertThat(page(request(address), second, "public", "Once")).isEqualTo(RenderedPages.KEPT_PAGE);
		assertThat(this.worked).hasValue(1);
		assertThat(content(second)).contains("<h1 class=\"govuk-heading-xl\">Once</h1>", "Worked out 1 times");
		assertThat(second.getAttribute("title")).isEqualTo("Once");

		// a statement on a table a page shows moves the version, though it changes no row
		this.jdbc.sql("update scorecard set name = name where id = -1").update();
		Model third = new ExtendedModelMap();
		page(request(address), third, "public", "Again");
		assertThat(this.worked).hasValue(2);
		assertThat(content(third)).contains("Again", "Worked out 2 times");
	}

	@Test
	void aNewDayIsANewPage() {
		// pages judge "review overdue" and "the last 12 months" against today
		AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T23:59:00Z"));
		Clock clock = new Clock() {
			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now.get();
			}
		};
		RenderedPages pages = new RenderedPages(this.context.getBean(DataVersion.class),
				this.context.getBean(ThymeleafViewResolver.class), this.context.getBean(JsonMapper.class), clock, 8);
		String address = "/kept/" + System.nanoTime();
		for (int i = 0; i < 2; i++) {
			Model model = new ExtendedModelMap();
			pages.page(request(address), new MockHttpServletResponse(), model, "public", () -> {
				this.worked.incrementAndGet();
				return fill(model, "Today");
			});
		}
		assertThat(this.worked).hasValue(1);
		now.set(Instant.parse("2026-11-23T00:01:00Z"));
		Model tomorrow = new ExtendedModelMap();
		pages.page(request(address), new MockHttpServletResponse(), tomorrow, "public", () -> {
			this.worked.incrementAndGet();
			return fill(tomorrow, "Tomorrow");
		});
		assertThat(this.worked).hasValue(2);
		assertThat(content(tomorrow)).contains("Tomorrow");
	}

	@Test
	void twoPeopleOnOneKeptPageEachGetTheirOwnHeader() {
		long id = council("RPD");
		String path = "/scorecards/" + id + "?period=Q3+2019/20";
		TestUsers.ensure(this.context, "keptfirst", "keptfirst@test.example", Role.READER, null);
		TestUsers.ensure(this.context, "keptsecond", "keptsecond@test.example", Role.READER, null);
		SignedIn first = SignedIn.as(this.port, "keptfirst", TestUsers.PASSWORD);
		SignedIn second = SignedIn.as(this.port, "keptsecond", TestUsers.PASSWORD);

		String firstPage = first.get(path).body();
		String secondPage = second.get(path).body();
		assertThat(firstPage).contains("Sign out<span class=\"govuk-visually-hidden\"> keptfirst</span>")
			.doesNotContain("keptsecond");
		assertThat(secondPage).contains("Sign out<span class=\"govuk-visually-hidden\"> keptsecond</span>")
			.doesNotContain("keptfirst");
		// the same content, each with the sign-out token of their own session, which
		// works
		assertThat(csrf(firstPage)).isNotEqualTo(csrf(secondPage));
		assertThat(secondPage.substring(secondPage.indexOf("<main")))
			.isEqualTo(firstPage.substring(firstPage.indexOf("<main")));
		assertThat(first.post("/sign-out", Map.of()).statusCode()).isEqualTo(302);
		assertThat(second.get("/account").statusCode()).isEqualTo(200);
	}

	@Test
	void aKeptPagesHeaderFollowsThePersonsRolesAndTokenAtOnce() {
		long id = council("RPH");
		String path = "/scorecards/" + id + "?period=Q3+2019/20";
		Account account = TestUsers.ensure(this.context, "keptheader", "keptheader@test.example", Role.READER, null);
		SignedIn person = SignedIn.as(this.port, "keptheader", TestUsers.PASSWORD);
		String first = person.get(path).body();
		String again = person.get(path).body();
		assertThat(first).contains("href=\"/dashboard\"").doesNotContain("href=\"/import\"");
		// the header kept, with the token of this request: the same page but for it
		assertThat(again.replace(csrf(again), "")).isEqualTo(first.replace(csrf(first), ""));

		AccountManagement management = this.context.getBean(AccountManagement.class);
		management.grant(TestUsers.SYSTEM, account.id(), Role.PERFORMANCE_OFFICER, null);
		assertThat(person.get(path).body()).contains("href=\"/import\"", "href=\"/dashboard\"");
		for (var grant : this.context.getBean(Accounts.class).findById(account.id()).orElseThrow().grants()) {
			management.revoke(TestUsers.SYSTEM, account.id(), grant.id());
		}
		String withdrawn = person.get(path).body();
		assertThat(withdrawn).doesNotContain("href=\"/import\"", "href=\"/dashboard\"")
			.contains("Sign out<span class=\"govuk-visually-hidden\"> keptheader</span>");
		// the token written into the kept header is this session's own
		assertThat(person.post("/sign-out", Map.of()).statusCode()).isEqualTo(302);
		assertThat(person.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void thePublicOnAKeptPageGetNoSessionAndNoToken() {
		long id = council("RPN");
		String path = "/scorecards/" + id + "?period=Q3+2019/20";
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> page = Http.get(this.port, path);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
			assertThat(page.body()).contains("Sign in").doesNotContain("_csrf", "Sign out");
		}
	}

	private static String csrf(String page) {
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	@Test
	void eachAudienceHasItsOwnPage() {
		String address = "/kept/" + System.nanoTime();
		page(request(address), "public", "For the public");
		Model restricted = new ExtendedModelMap();
		page(request(address), restricted, "restricted", "For officers");
		assertThat(this.worked).hasValue(2);
		assertThat(content(restricted)).contains("For officers");
	}

	@Test
	void theQueryIsPartOfTheAddress() {
		String address = "/kept/" + System.nanoTime();
		page(request(address), "public", "All");
		MockHttpServletRequest filtered = request(address);
		filtered.setQueryString("status=RED");
		page(filtered, "public", "Red only");
		assertThat(this.worked).hasValue(2);
	}

	@Test
	void aPageCarryingAFormsMessageIsWorkedOutEachTimeAndNotKept() {
		String address = "/kept/" + System.nanoTime();
		for (int i = 0; i < 2; i++) {
			MockHttpServletRequest request = request(address);
			FlashMap flash = new FlashMap();
			flash.put("success", "Added CR14.");
			request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
			assertThat(page(request, "public", "With a message")).isEqualTo("kept-test");
		}
		assertThat(page(request(address), "public", "Without")).isEqualTo(RenderedPages.KEPT_PAGE);
		assertThat(this.worked).hasValue(3);
	}

	@Test
	void redirectsErrorsAndPagesWithoutATitleAreNotKept() {
		String address = "/kept/" + System.nanoTime();
		for (int i = 0; i < 2; i++) {
			assertThat(this.pages.page(request(address), new MockHttpServletResponse(), new ExtendedModelMap(),
					"public", () -> {
						this.worked.incrementAndGet();
						return "redirect:/elsewhere";
					}))
				.isEqualTo("redirect:/elsewhere");
			assertThatThrownBy(() -> this.pages.page(request(address + "/missing"), new MockHttpServletResponse(),
					new ExtendedModelMap(), "public", () -> {
						this.worked.incrementAndGet();
						throw new ResponseStatusException(HttpStatus.NOT_FOUND);
					}))
				.isInstanceOf(ResponseStatusException.class);
			MockHttpServletResponse badRequest = new MockHttpServletResponse();
			assertThat(this.pages.page(request(address + "/bad"), badRequest, new ExtendedModelMap(), "public", () -> {
				this.worked.incrementAndGet();
				badRequest.setStatus(400);
				return "kept-test";
			})).isEqualTo("kept-test");
			assertThat(this.pages.page(request(address + "/untitled"), new MockHttpServletResponse(),
					new ExtendedModelMap(), "public", () -> {
						this.worked.incrementAndGet();
						return "kept-test";
					}))
				.isEqualTo("kept-test");
		}
		assertThat(this.worked).hasValue(8);
	}

	@Test
	void manyAskingAtOnceWaitForTheOneWorkingItOut() throws Exception {
		String address = "/kept/" + System.nanoTime();

		List<Object> views = askedAtOnce(8, (asking) -> {
			Model model = new ExtendedModelMap();
			return this.pages.page(request(address), new MockHttpServletResponse(), model, "public", () -> {
				this.worked.incrementAndGet();
				othersWaiting(asking);
				return fill(model, "Busy");
			});
		});

		assertThat(views).allSatisfy((view) -> assertThat(view).isEqualTo(RenderedPages.KEPT_PAGE));
		assertThat(this.worked).hasValue(1);
	}

	@Test
	void aRefusalReachesThoseWaitingForTheSameThingRatherThanEachTryingAgain() throws Exception {
		// a PDF with no memory to spare: the others asking for it at the same time are
		// refused alike, not each made to wait its two minutes in turn
		RenderedPages.Key key = this.pages.key("/refused/" + System.nanoTime(), "public", DataArea.ALL);

		List<Object> answers = askedAtOnce(4, (asking) -> {
			try {
				return this.pages.kept(key, () -> {
					this.worked.incrementAndGet();
					othersWaiting(asking);
					throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Busy just now");
				});
			}
			catch (ResponseStatusException ex) {
				return ex;
			}
		});

		assertThat(answers).allSatisfy(
				(answer) -> assertThat(answer).isInstanceOfSatisfying(ResponseStatusException.class, (refused) -> {
					assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
					assertThat(refused.getReason()).isEqualTo("Busy just now");
				}));
		assertThat(this.worked).hasValue(1);
		// and nothing is kept: the next asks again
		assertThat(this.pages.kept(key, () -> null)).isNull();
	}

	/**
	 * What {@code people} asking at the same moment are each answered; {@code ask} is
	 * given all those asking, to wait for while it works something out.
	 */
	private static List<Object> askedAtOnce(int people, java.util.function.Function<List<Thread>, Object> ask)
			throws Exception {
		CountDownLatch started = new CountDownLatch(people);
		List<Thread> asking = new java.util.concurrent.CopyOnWriteArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(people);
		try {
			List<Future<Object>> answers = new ArrayList<>();
			for (int i = 0; i < people; i++) {
				answers.add(threads.submit(() -> {
					asking.add(Thread.currentThread());
					started.countDown();
					started.await();
					return ask.apply(asking);
				}));
			}
			List<Object> answered = new ArrayList<>();
			for (Future<Object> answer : answers) {
				answered.add(answer.get());
			}
			return answered;
		}
		finally {
			threads.shutdown();
		}
	}

	@Test
	void anAnswerOfTheApiIsKeptAsJson() {
		String address = "/api/kept/" + System.nanoTime();
		ResponseEntity<byte[]> first = this.pages.json(request(address), "public", () -> {
			this.worked.incrementAndGet();
			return Optional.of(Map.of("indicator", "BIG-0004", "value", 92));
		});
		ResponseEntity<byte[]> second = this.pages.json(request(address), "public", () -> {
			this.worked.incrementAndGet();
			return Optional.of(Map.of("indicator", "changed"));
		});
		assertThat(this.worked).hasValue(1);
		assertThat(new String(second.getBody(), StandardCharsets.UTF_8))
			.isEqualTo(new String(first.getBody(), StandardCharsets.UTF_8))
			.contains("\"indicator\":\"BIG-0004\"");
		assertThat(second.getHeaders().getContentType()).hasToString("application/json");

		for (int i = 0; i < 2; i++) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> this.pages.json(request(address + "/missing"), "public", () -> {
					this.worked.incrementAndGet();
					return Optional.empty();
				}))
				.isInstanceOfSatisfying(org.springframework.web.server.ResponseStatusException.class,
						ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
		}
		assertThat(this.worked).hasValue(3);
	}

	@Test
	void theScorecardShowsAChangeMadeBehindBeaconsBackAtOnce() {
		long id = council("RPA");
		String path = "/scorecards/" + id + "?period=Q3+2019/20";
		assertThat(Http.get(this.port, path).body()).contains("Rendered Pages Scorecard", "50");
		assertThat(Http.get(this.port, "/api/v1/scorecards/" + id + "/indicators").body()).contains("\"actual\":50");

		this.jdbc
			.sql("update measurement set value = 57 where indicator_id = "
					+ "(select id from indicator where code = 'RPA-PUBLIC')")
			.update();
		this.jdbc.sql("update scorecard set name = 'Renamed Scorecard' where id = ?").param(id).update();

		String page = Http.get(this.port, path).body();
		assertThat(page).contains("Renamed Scorecard", "57").doesNotContain("Rendered Pages Scorecard");
		assertThat(Http.get(this.port, "/api/v1/scorecards/" + id + "/indicators").body()).contains("\"actual\":57");
	}

	@Test
	void browsersThatAcceptGzipGetTheSamePageCompressed() throws IOException, InterruptedException {
		long id = council("RPC");
		for (String path : List.of("/scorecards/" + id + "?period=Q3+2019/20",
				"/api/v1/scorecards/" + id + "/indicators")) {
			HttpResponse<String> plain = Http.get(this.port, path);
			HttpResponse<byte[]> compressed = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Accept-Encoding", "br, gzip, deflate")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
			assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
			assertThat(compressed.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Encoding"));
			assertThat(compressed.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length);
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
				assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
			}
		}
	}

	@Test
	void whatPeopleWithARoleSeeIsNeverKeptForThePublic() {
		long id = council("RPB");
		String path = "/scorecards/" + id + "?period=Q3+2019/20";
		TestUsers.ensure(this.context, "keptrestricted", "keptrestricted@test.example", Role.READER, null,
				Role.RESTRICTED_READER, null);
		SignedIn reader = SignedIn.as(this.port, "keptrestricted", TestUsers.PASSWORD);
		TestUsers.ensure(this.context, "keptreader", "keptreader@test.example", Role.READER, null);
		SignedIn readerOnly = SignedIn.as(this.port, "keptreader", TestUsers.PASSWORD);

		// the officer's page first, then the public's, then the officer's again
		assertThat(reader.get(path).body()).contains("Not for publication", "Published figure");
		// holding a role is not enough: seeing what is not for publication is a
		// permission of its own
		assertThat(readerOnly.get(path).body()).contains("Published figure").doesNotContain("Not for publication");
		assertThat(readerOnly.get("/dashboard/RPB").body()).contains("Published figure")
			.doesNotContain("Not for publication");
		assertThat(reader.get("/dashboard/RPB").body()).contains("Published figure", "Not for publication");
		String publicPage = Http.get(this.port, path).body();
		assertThat(publicPage).contains("Published figure").doesNotContain("Not for publication");
		assertThat(reader.get(path).body()).contains("Not for publication");
		assertThat(Http.get(this.port, "/api/v1/scorecards/" + id + "/indicators").body())
			.doesNotContain("Not for publication");
		assertThat(reader.get("/api/v1/scorecards/" + id + "/indicators").body()).contains("Not for publication");
	}

	@Test
	void theRiskRegisterShowsAChangeMadeBehindBeaconsBackAtOnce() {
		TestUsers.ensure(this.context, "keptreader", "keptreader@test.example", Role.READER, null);
		SignedIn reader = SignedIn.as(this.port, "keptreader", TestUsers.PASSWORD);
		var risk = this.jdbc
			.sql("select r.id, r.title, g.code from risk r join risk_register g on g.id = r.register_id "
					+ "where r.merged_into_id is null and not r.restricted and r.title ~ '^[A-Za-z ]+$' order by r.id limit 1")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) })
			.single();
		String path = "/risks?register=" + risk[2];
		assertThat(reader.get(path).body()).contains((String) risk[1]);
		try {
			this.jdbc.sql("update risk set title = 'A title changed at the database' where id = ?")
				.param(risk[0])
				.update();
			assertThat(reader.get(path).body()).contains("A title changed at the database");
			assertThat(reader.get("/api/v1/risks?register=" + risk[2]).body())
				.contains("A title changed at the database");
		}
		finally {
			this.jdbc.sql("update risk set title = ? where id = ?").param(risk[1]).param(risk[0]).update();
		}
	}

	@Test
	void aPageIsKeptWhileOnlyDataItDoesNotShowChanges() {
		String address = "/kept/" + System.nanoTime();
		Map<String, Set<DataArea>> pages = Map.of(address + "/risks", Set.of(DataArea.RISKS), address + "/figures",
				Set.of(DataArea.PERFORMANCE), address + "/everything", DataArea.ALL);
		Map<String, AtomicInteger> worked = new java.util.HashMap<>();
		pages.keySet().forEach((page) -> worked.put(page, new AtomicInteger()));
		Runnable ask = () -> pages.forEach((page, shows) -> {
			Model model = new ExtendedModelMap();
			this.pages.page(request(page), new MockHttpServletResponse(), model, "public", shows, () -> {
				worked.get(page).incrementAndGet();
				return fill(model, page);
			});
		});
		ask.run();
		ask.run();
		assertThat(worked.values()).allMatch((n) -> n.get() == 1);

		// a figure entered (a statement on the table is enough, though it changes no row)
		this.jdbc.sql("update measurement set value = value where id = -1").update();
		ask.run();
		assertThat(worked.get(address + "/risks")).as("kept").hasValue(1);
		assertThat(worked.get(address + "/figures")).hasValue(2);
		assertThat(worked.get(address + "/everything")).hasValue(2);

		// a risk reviewed
		this.jdbc.sql("update risk_assessment set current_score = current_score where id = -1").update();
		ask.run();
		assertThat(worked.get(address + "/risks")).hasValue(2);
		assertThat(worked.get(address + "/figures")).as("kept").hasValue(2);
		assertThat(worked.get(address + "/everything")).hasValue(3);

		// the organisation is in no area: every page shows it
		this.jdbc.sql("update organisation_unit set name = name where id = -1").update();
		ask.run();
		assertThat(worked.get(address + "/risks")).hasValue(3);
		assertThat(worked.get(address + "/figures")).hasValue(3);
		assertThat(worked.get(address + "/everything")).hasValue(4);
	}

	@Test
	void theRiskRegisterIsKeptWhenAFigureIsEnteredAndWorkedOutAgainWhenARiskChanges() {
		TestUsers.ensure(this.context, "keptreader", "keptreader@test.example", Role.READER, null);
		SignedIn reader = SignedIn.as(this.port, "keptreader", TestUsers.PASSWORD);
		var risk = this.jdbc
			.sql("select r.id, r.title, g.code from risk r join risk_register g on g.id = r.register_id "
					+ "where r.merged_into_id is null and not r.restricted and r.title ~ '^[A-Za-z ]+$' order by r.id limit 1")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) })
			.single();
		String path = "/risks?register=" + risk[2];
		assertThat(reader.get(path).body()).contains((String) risk[1]);
		double hits = pagesServedAsKept();

		this.jdbc.sql("update measurement set value = value where id = -1").update();
		this.jdbc.sql("update target set value = value where id = -1").update();
		assertThat(reader.get(path).body()).contains((String) risk[1]);
		assertThat(pagesServedAsKept()).isEqualTo(hits + 1);

		try {
			this.jdbc.sql("update risk set title = 'A title changed at the database' where id = ?")
				.param(risk[0])
				.update();
			assertThat(reader.get(path).body()).contains("A title changed at the database");
			assertThat(pagesServedAsKept()).isEqualTo(hits + 1);
		}
		finally {
			this.jdbc.sql("update risk set title = ? where id = ?").param(risk[1]).param(risk[0]).update();
		}
	}

	private double pagesServedAsKept() {
		return this.context.getBean(io.micrometer.core.instrument.MeterRegistry.class)
			.get("cache.gets")
			.tags("cache", "rendered-pages", "result", "hit")
			.functionCounter()
			.count();
	}

	private String page(MockHttpServletRequest request, String audience, String heading) {
		return page(request, new ExtendedModelMap(), audience, heading);
	}

	private String page(MockHttpServletRequest request, Model model, String audience, String heading) {
		return this.pages.page(request, new MockHttpServletResponse(), model, audience, () -> {
			this.worked.incrementAndGet();
			return fill(model, heading);
		});
	}

	private String fill(Model model, String heading) {
		model.addAttribute("title", heading);
		model.addAttribute("heading", heading);
		model.addAttribute("count", this.worked.get());
		return "kept-test";
	}

	private MockHttpServletRequest request(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", address);
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, this.context);
		return request;
	}

	private static String content(Model model) {
		return new String(((RenderedPages.Kept) model.getAttribute(KeptPageView.CONTENT)).content(),
				StandardCharsets.UTF_8);
	}

	/**
	 * Waits, working something out, until every other person asking has come to wait for
	 * it (rather than for a fixed time, which a slow machine could overrun).
	 */
	private static void othersWaiting(List<Thread> asking) {
		long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < until && asking.stream()
			.anyMatch((other) -> other != Thread.currentThread() && other.getState() == Thread.State.RUNNABLE)) {
			sleep(10);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	// a council with a public and a restricted indicator on one scorecard
	private long council(String code) {
		this.csvImport.run(List.of(file("organisation.csv", """
				code,name,kind,parent_code
				%s,Rendered Pages Council,council,
				""".formatted(code)), file("indicators.csv", """
				code,title,organisation_code,unit,decimal_places,polarity,frequency,public
				%1$s-PUBLIC,Published figure,%1$s,number,0,higher_is_better,quarterly,yes
				%1$s-PRIVATE,Not for publication,%1$s,number,0,higher_is_better,quarterly,no
				""".formatted(code)), file("measurements.csv", """
				indicator_code,data_period,reporting_period,value
				%1$s-PUBLIC,Q3 2019/20,Q3 2019/20,50
				%1$s-PRIVATE,Q3 2019/20,Q3 2019/20,31
				""".formatted(code)),
				file("scorecards.csv",
						"""
								scorecard_code,scorecard_name,organisation_code,scorecard_kind,section,section_kind,indicator_code,current_period
								%1$s-CARD,Rendered Pages Scorecard,%1$s,corporate,Living well,objective,%1$s-PUBLIC,Q3 2019/20
								%1$s-CARD,Rendered Pages Scorecard,%1$s,corporate,Living well,objective,%1$s-PRIVATE,Q3 2019/20
								"""
							.formatted(code))),
				TestUsers.SYSTEM);
		return this.scorecards.all()
			.stream()
			.filter(s -> s.code().equals(code + "-CARD"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static ImportFile file(String name, String content) {
		return new ImportFile(name, content.getBytes(StandardCharsets.UTF_8));
	}

}
