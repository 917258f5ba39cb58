package uk.beacon.risk;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which score a council tolerates for a risk, however its category is written, and what
 * an appetite may not say.
 */
class RiskAppetiteTest {

	private static final RiskAppetite APPETITE = new RiskAppetite(15, List.of(new RiskAppetite.Category("Financial", 8),
			new RiskAppetite.Category("Reputational", 6), new RiskAppetite.Category("Development & regeneration", 12)));

	@Test
	void aCategoryIsMatchedWithoutRegardToCaseOrSpacing() {
		assertThat(APPETITE.toleranceFor("financial")).contains(new RiskTolerance(8, "Financial"));
		assertThat(APPETITE.toleranceFor("  Development   &  regeneration "))
			.contains(new RiskTolerance(12, "Development & regeneration"));
	}

	@Test
	void aRiskFiledUnderSeveralCategoriesIsHeldToTheMostCautiousOfThem() {
		// as Lancashire files them: "Organisational /Financial", "People/ Organisational"
		assertThat(APPETITE.toleranceFor("Organisational /Financial")).contains(new RiskTolerance(8, "Financial"));
		assertThat(APPETITE.toleranceFor("Financial; Reputational")).contains(new RiskTolerance(6, "Reputational"));
		// a comma belongs to a category's name ("Legal, regulatory and compliance")
		assertThat(RiskAppetite.partsOf("Legal, regulatory and compliance"))
			.containsExactly("Legal, regulatory and compliance");
		// the default applies only when none of its categories has a score of its own
		assertThat(APPETITE.toleranceFor("People/ Organisational")).contains(new RiskTolerance(15, null));
	}

	@Test
	void withoutADefaultARiskInAnotherCategoryOrNoneIsNotHeldToAnAppetite() {
		RiskAppetite financialOnly = new RiskAppetite(null, List.of(new RiskAppetite.Category("Financial", 8)));
		assertThat(financialOnly.toleranceFor("People")).isEmpty();
		assertThat(financialOnly.toleranceFor(null)).isEmpty();
		assertThat(APPETITE.toleranceFor(null)).contains(new RiskTolerance(15, null));
		assertThat(RiskAppetite.none().toleranceFor("Financial")).isEmpty();
		assertThat(RiskAppetite.none().isSet()).isFalse();
	}

	@Test
	void aScoreOffTheMatrixANamelessCategoryAndACategoryGivenTwiceAreRefused() {
		RiskAppetite wrong = new RiskAppetite(26, List.of(new RiskAppetite.Category("Financial", 0),
				new RiskAppetite.Category(" ", 4), new RiskAppetite.Category("FINANCIAL ", 9)));

		assertThat(wrong.problems(RiskMatrix.standard())).containsExactly(
				"The default tolerable score must be from 1 to 25, the highest score on the 5×5 matrix, not 26.",
				"The tolerable score for Financial must be from 1 to 25, not 0.", "Name the category scored 4.",
				"The category FINANCIAL is given twice: give each category one score.");
		assertThat(APPETITE.problems(RiskMatrix.standard())).isEmpty();
	}

	@Test
	void anOpenRiskIsAboveAppetiteByHowFarItsScoreExceedsItAndAnOpportunityNever() {
		RiskTolerance twelve = new RiskTolerance(12, null);
		Risk risk = risk(RiskKind.RISK, RiskStatus.OPEN);
		assertThat(RiskRules.aboveAppetiteBy(risk, RiskPosition.of(4, 4), twelve)).isEqualTo(4);
		assertThat(RiskRules.aboveAppetiteBy(risk, RiskPosition.of(3, 4), twelve)).isZero();
		assertThat(RiskRules.aboveAppetiteBy(risk, RiskPosition.scoreOnly(20), twelve)).isEqualTo(8);
		assertThat(RiskRules.aboveAppetiteBy(risk, null, twelve)).isZero();
		assertThat(RiskRules.aboveAppetiteBy(risk, RiskPosition.of(4, 4), null)).isZero();
		assertThat(
				RiskRules.aboveAppetiteBy(risk(RiskKind.OPPORTUNITY, RiskStatus.OPEN), RiskPosition.of(5, 5), twelve))
			.isZero();
		assertThat(RiskRules.aboveAppetiteBy(risk(RiskKind.RISK, RiskStatus.CLOSED), RiskPosition.of(5, 5), twelve))
			.isZero();
	}

	@Test
	void aControlCharacterInACategoryIsRefusedAndAnyKindOfSpaceCountsAsOne() {
		RiskAppetite wrong = new RiskAppetite(null, List.of(new RiskAppetite.Category("Fin\u0000ancial", 8),
				new RiskAppetite.Category("Legal\u2003risk", 8), new RiskAppetite.Category("Legal risk", 9)));

		assertThat(wrong.problems(RiskMatrix.standard())).containsExactly(
				"The category \"Fin?ancial\" holds a control character (such as a tab or line break): type it again.",
				"The category Legal risk is given twice: give each category one score.");
		assertThat(wrong.problemsInDetail(RiskMatrix.standard())).extracting(RiskAppetite.Problem::category)
			.containsExactly(0, 2);
	}

	@Test
	void theAuditTrailTellsTheDefaultFromACategoryNamedLikeIt() {
		RiskAppetite byDefault = new RiskAppetite(12, List.of());
		RiskAppetite byCategory = new RiskAppetite(null, List.of(new RiskAppetite.Category("any other category", 12)));

		assertThat(RiskFields.of(byDefault).differenceTo(RiskFields.of(byCategory)).isEmpty()).isFalse();
		assertThat(RiskFields.of(byCategory).text()).contains("category any other category: tolerable score 12");
	}

	@Test
	void theFingerprintChangesWithAnyScoreButNotWithTheOrderCategoriesAreGivenIn() {
		RiskAppetite reordered = new RiskAppetite(15,
				List.of(APPETITE.categories().get(2), APPETITE.categories().get(0), APPETITE.categories().get(1)));
		assertThat(reordered.fingerprint()).isEqualTo(APPETITE.fingerprint());
		assertThat(new RiskAppetite(14, APPETITE.categories()).fingerprint()).isNotEqualTo(APPETITE.fingerprint());
		// a change to a name's capitals is someone else's change too
		RiskAppetite renamed = new RiskAppetite(15, List.of(new RiskAppetite.Category("FINANCIAL", 8),
				APPETITE.categories().get(1), APPETITE.categories().get(2)));
		assertThat(renamed.fingerprint()).isNotEqualTo(APPETITE.fingerprint());
		assertThat(renamed.sameAs(APPETITE)).isFalse();
		assertThat(reordered.sameAs(APPETITE)).isTrue();
		// names holding the separators cannot pass for other categories
		assertThat(new RiskAppetite(null, List.of(new RiskAppetite.Category("a", 1), new RiskAppetite.Category("b", 2)))
			.fingerprint())
			.isNotEqualTo(new RiskAppetite(null, List.of(new RiskAppetite.Category("a=1\n1:b", 2))).fingerprint());
		assertThat(RiskAppetite.partsOf("People/ Organisational")).containsExactly("People", "Organisational");
	}

	private static Risk risk(RiskKind kind, RiskStatus status) {
		return new Risk(1L, "R1", 1L, kind, "A risk", null, null, null, null, null, 3, null, status, null, false,
				java.util.Set.of(), null, null, null, 0);
	}

}
