package uk.beacon.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, with axe-core to check pages against WCAG 2.2
 * AA. Playwright never downloads a browser: the one installed on the machine is used.
 */
public final class Browser implements AutoCloseable {

	private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
			"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
			"--disable-sync");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	public Browser() {
		Path chromium = Path.of(System.getenv().getOrDefault("BEACON_CHROMIUM", "/usr/bin/chromium"));
		if (!Files.isExecutable(chromium)) {
			throw new IllegalStateException("Browser tests need Chromium at " + chromium
					+ ": install Debian's chromium package (apt-get install chromium) or set BEACON_CHROMIUM.");
		}
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setArgs(FLAGS));
	}

	/**
	 * A page in a fresh context (its own cookies). Pages are allowed to run the axe-core
	 * script the tests inject, which Beacon's content security policy would otherwise
	 * refuse; {@link #newStrictPage()} keeps the policy.
	 */
	public Page newPage() {
		return this.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBypassCSP(true))
			.newPage();
	}

	/** A page that obeys the content security policy, to check that pages satisfy it. */
	public Page newStrictPage() {
		return this.browser.newContext().newPage();
	}

	/**
	 * @return the WCAG 2.2 A and AA violations axe-core finds on the page, one line each
	 */
	public static List<String> accessibilityViolations(Page page) {
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
		Object result = page.evaluate("""
				async () => {
				  const results = await axe.run(document, { runOnly: { type: 'tag',
				    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
				  return results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
				    + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
				}""");
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) result;
		return violations;
	}

	private static String axeSource() {
		try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
