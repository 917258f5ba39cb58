package uk.beacon.identity;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rule (ASVS 2.1.7): long enough, and not one that people guessing passwords
 * try first, judged by the list shipped with Beacon and by the shape of the password, not
 * by a list of refused examples.
 */
class PasswordPolicyTest {

	/** What the probe of issue 19 found accepted. */
	private static final List<String> PROBED = List.of("aaaaaaaaaaaa", "password1234", "123456789012", "qwertyuiop12");

	@Test
	void refusesThePasswordsTheProbeFoundAcceptedSayingWhy() {
		for (String password : PROBED) {
			assertThat(PasswordPolicy.problem("admin", password)).as(password)
				.hasValueSatisfying(problem -> assertThat(problem)
					.containsAnyOf("one of the most commonly used passwords", "a few characters repeated")
					.contains("Choose another"));
		}
		assertThat(PasswordPolicy.problem("jsmith", "password1234")).hasValueSatisfying(problem -> assertThat(problem)
			.startsWith("This password is one of the most commonly used passwords (or one of them with only digits or "
					+ "symbols added), which are the first that anyone guessing passwords tries."));
	}

	@Test
	void readsTheListShippedWithBeaconOnce() {
		assertThat(CommonPasswords.size()).isGreaterThan(49_000);
		assertThat(CommonPasswords.contains("password")).isTrue();
		assertThat(CommonPasswords.contains("qwertyuiop12")).isTrue();
		assertThat(CommonPasswords.contains("correct horse battery staple")).isFalse();
	}

	@Test
	void refusesACommonPasswordWithOnlyDigitsOrSymbolsAddedBeforeOrAfterIt() {
		assertThat(PasswordPolicy.problem("admin", "Manchester2024!")).isPresent();
		assertThat(PasswordPolicy.problem("admin", "2024sunshine!!")).isPresent();
		// the list's own trustno1, with a year after it
		assertThat(PasswordPolicy.problem("admin", "trustno12024")).isPresent();
		// a common word is no reason to refuse a password that holds other words too
		assertThat(PasswordPolicy.problem("admin", "manchester canal teapot")).isEmpty();
		assertThat(PasswordPolicy.problem("admin", "sunshine4horse")).isEmpty();
	}

	@Test
	void refusesCharactersRepeatedOrRunningUpOrDown() {
		for (String password : List.of("zzzzzzzzzzzzzzzz", "abcabcabcabc", "passwordpassword", "12121212121212",
				"abcdefghijklmn", "uvwxyzabcdef", "987654321098", "zyxwvutsrqpo")) {
			assertThat(PasswordPolicy.problem("admin", password)).as(password)
				.hasValueSatisfying(problem -> assertThat(problem).contains("a few characters repeated"));
		}
		assertThat(PasswordPolicy.problem("admin", "123456789013")).as("not quite a run").isEmpty();
	}

	@Test
	void acceptsALongPasswordThatIsNoneOfThese() {
		assertThat(PasswordPolicy.problem("jsmith", "correct horse battery staple")).isEmpty();
		assertThat(PasswordPolicy.problem("jsmith", "bluebird-teapot-canal")).isEmpty();
		assertThat(PasswordPolicy.problem("jsmith", PasswordPolicy.generate())).isEmpty();
	}

	@Test
	void stillRefusesShortPasswordsAndTheUsername() {
		assertThat(PasswordPolicy.problem("jsmith", "k7#pQ2")).hasValue("Enter a password of at least 12 characters");
		assertThat(PasswordPolicy.problem("jsmith", "JSmith-teapot-canal"))
			.hasValue("Choose a password that does not contain your username");
	}

	@Property
	void capitalsMakeNoDifference(@ForAll("passwords") String password) {
		assertThat(PasswordPolicy.problem("jsmith", password.toUpperCase(java.util.Locale.ROOT)))
			.isEqualTo(PasswordPolicy.problem("jsmith", password));
	}

	/**
	 * Common passwords with digits added, runs, repeats and random strings, in lower
	 * case.
	 */
	@Provide
	Arbitrary<String> passwords() {
		Arbitrary<String> common = Arbitraries.of("password", "sunshine", "football", "qwertyuiop", "iloveyou")
			.flatMap(word -> Arbitraries.strings().numeric().ofMaxLength(6).map(digits -> word + digits));
		Arbitrary<String> repeats = Arbitraries.strings()
			.withCharRange('a', 'z')
			.ofMinLength(1)
			.ofMaxLength(4)
			.map(unit -> unit.repeat(12));
		Arbitrary<String> random = Arbitraries.strings().withCharRange('a', 'z').numeric().ofLength(14);
		return Arbitraries.oneOf(common, repeats, random);
	}

}
