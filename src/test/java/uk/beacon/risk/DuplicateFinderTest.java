package uk.beacon.risk;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

class DuplicateFinderTest {

	private static final String CORPORATE = "Corporate Risk & Opportunity Register";

	private static final String CHILDRENS = "Children's Services Directorate Risk Register";

	private static final String WORCESTERSHIRE = "Worcestershire Corporate Risk Register";

	private static final RiskText CR2 = new RiskText("CR2", CORPORATE, "Protect and safeguard children", null,
			"Children are put at risk of harm; High profile safeguarding incidents can attract national media "
					+ "attention and trigger an early Ofsted inspection and ultimately DfE intervention");

	private static final RiskText CS4 = new RiskText("CS4", CHILDRENS, "Safeguarding children at risk of harm", null,
			"Serious harm to a child; Ofsted inspection judges services inadequate; intervention by the DfE; "
					+ "national media attention");

	private static final RiskText CR3 = new RiskText("CR3", CORPORATE,
			"Complying with statutory requirements and duties relating to children looked after, children in need "
					+ "and children leaving care.",
			null,
			"Local authority legally and financially liable, and may be subject to judicial review if found in breach "
					+ "of its statutory responsibilities; Further DfE intervention if Ofsted judge Children's Services to "
					+ "be inadequate");

	private static final RiskText CR11 = new RiskText("CR11", CORPORATE, "Future provision of ICT services", null,
			"Loss of ICT services; inability to deliver council services; increased costs");

	private static final RiskText W5 = new RiskText("W5", WORCESTERSHIRE,
			"Failure to comply with legislation and statutory duties", null, null);

	private static final RiskText W9 = new RiskText("W9", WORCESTERSHIRE, "Ineffective Emergency Response arrangements",
			null, null);

	private static final RiskText W10 = new RiskText("W10", WORCESTERSHIRE,
			"Ineffective Business Continuity arrangements", null, null);

	@Test
	void suggestsTheSameRiskWordedDifferentlyInAnotherDirectorate() {
		List<DuplicateSuggestion> suggestions = DuplicateFinder.suggest(CR2, List.of(CS4, CR11, W5));
		assertThat(suggestions).hasSize(1);
		DuplicateSuggestion suggestion = suggestions.get(0);
		assertThat(suggestion.reference()).isEqualTo("CR2");
		assertThat(suggestion.otherReference()).isEqualTo("CS4");
		assertThat(suggestion.similarity()).isBetween(0.6, 0.7);
		assertThat(suggestion.reason())
			.isEqualTo("Titles share 'safeguard' and 'children'; consequences are 59% alike.");
	}

	@Test
	void doesNotSuggestAnUnrelatedRisk() {
		RiskText ictElsewhere = new RiskText("ICT1", CHILDRENS, CR11.title(), null, CR11.consequences());
		assertThat(DuplicateFinder.suggest(CR2, List.of(ictElsewhere))).isEmpty();
		assertThat(DuplicateFinder.similarity(CR2, ictElsewhere)).isZero();
	}

	@Test
	void suggestsTheSameStatutoryDutyInAnotherCouncilsRegister() {
		assertThat(DuplicateFinder.suggest(CR3, List.of(W5))).containsExactly(new DuplicateSuggestion("CR3", "W5",
				DuplicateFinder.similarity(CR3, W5), "Titles share 'complying', 'statutory' and 'duties'."));
	}

	@Test
	void aRiskAboutToBeEnteredIsComparedWithItsOwnRegisterToo() {
		// "Protecting and safeguarding children" was once saved beside "Protect and
		// safeguard children" in the same register with no warning
		RiskText sameRegister = new RiskText("CR14", CORPORATE, "Protecting and safeguarding children", null, null);
		assertThat(DuplicateFinder.suggest(sameRegister, List.of(CR2))).extracting(DuplicateSuggestion::otherReference)
			.containsExactly("CR2");
		assertThat(DuplicateFinder.suggest(CR2, List.of(CR2))).isEmpty();
	}

	@Test
	void neverSuggestsItself() {
		RiskText itselfListedElsewhere = new RiskText("CR2", CHILDRENS, CR2.title(), null, CR2.consequences());
		assertThat(DuplicateFinder.suggest(CR2, List.of(CR2, itselfListedElsewhere))).isEmpty();
	}

	@Test
	void wordsThatOnlySayItIsARiskDoNotMakeADuplicate() {
		RiskText failure = new RiskText("A1", "Adults", "Failure of the council to ensure risk is managed", null, null);
		RiskText other = new RiskText("B1", "Place", "Risk of failure: council unable to ensure", null, null);
		assertThat(DuplicateFinder.similarity(failure, other)).isLessThan(0.35);
		assertThat(DuplicateFinder.suggest(failure, List.of(other))).isEmpty();
	}

	@Test
	void listsTheBestFirst() {
		RiskText closer = new RiskText("CS5", CHILDRENS, "Protect and safeguard children", null, null);
		assertThat(DuplicateFinder.suggest(CR2, List.of(CS4, closer), 0.35))
			.extracting(DuplicateSuggestion::otherReference)
			.containsExactly("CS5", "CS4");
	}

	@Test
	void theThresholdDecidesWhatIsSuggested() {
		double similarity = DuplicateFinder.similarity(CR2, CS4);
		assertThat(DuplicateFinder.suggest(CR2, List.of(CS4), similarity)).hasSize(1);
		assertThat(DuplicateFinder.suggest(CR2, List.of(CS4), Math.min(1, similarity + 0.01))).isEmpty();
	}

	@Test
	void comparesOnlyTheFieldsBothRisksHave() {
		RiskText titleOnly = new RiskText("X1", CHILDRENS, "Protect and safeguard children", null, null);
		assertThat(DuplicateFinder.similarity(CR2, titleOnly)).isEqualTo(1.0);
		assertThat(DuplicateFinder.suggest(CR2, List.of(titleOnly)).get(0).reason())
			.isEqualTo("Titles share 'protect', 'safeguard' and 'children'.");
	}

	@Test
	void weighsTheTitleHalfAndTheOtherFieldsAQuarterEach() {
		RiskText one = new RiskText("A1", "Adults", "Winter pressures", "Hospital discharge delays", "Care homes full");
		RiskText other = new RiskText("B1", "Place", "Winter pressures", "Road gritting", "Care homes full");
		assertThat(DuplicateFinder.similarity(one, other)).isCloseTo(0.75, offset(1e-9));
		assertThat(DuplicateFinder.suggest(one, List.of(other)).get(0).reason())
			.isEqualTo("Titles share 'winter' and 'pressures'; descriptions have no words in common; "
					+ "consequences are 100% alike.");
	}

	@Test
	void aTitleOfOnlyCommonWordsSharesNothing() {
		RiskText vague = new RiskText("A1", "Adults", "Risk of failure", null, null);
		assertThat(DuplicateFinder.similarity(vague, vague)).isZero();
		assertThat(DuplicateFinder.suggest(vague, List.of(new RiskText("B1", "Place", "Risk of failure", null, null))))
			.isEmpty();
	}

	@Test
	void findsEachPairAcrossRegistersOnce() {
		List<DuplicateSuggestion> pairs = DuplicateFinder.acrossRegisters(List.of(CR2, CS4, CR3, CR11, W5, W9, W10),
				0.35);
		assertThat(pairs).extracting((pair) -> pair.reference() + "~" + pair.otherReference())
			.containsExactly("CR2~CS4", "CR3~W5");
	}

	@Test
	void businessContinuityIsNotEmergencyResponse() {
		RiskText elsewhere = new RiskText("E9", "Emergency Planning", W9.title(), null, null);
		assertThat(DuplicateFinder.suggest(W10, List.of(elsewhere))).isEmpty();
	}

	@Test
	void rejectsAThresholdOutsideZeroToOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> DuplicateFinder.suggest(CR2, List.of(CS4), 0))
			.withMessage("A duplicate threshold is above 0 and at most 1, such as 0.35, not 0.0.");
		assertThatIllegalArgumentException().isThrownBy(() -> DuplicateFinder.acrossRegisters(List.of(CR2), 1.5))
			.withMessage("A duplicate threshold is above 0 and at most 1, such as 0.35, not 1.5.");
	}

	@Test
	void aRiskToCompareNeedsAReferenceARegisterAndATitle() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskText(" ", CORPORATE, "Title", null, null))
			.withMessage("A risk needs a reference, such as CR2.");
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskText("CR2", null, "Title", null, null))
			.withMessage("The risk CR2 needs the register it is in.");
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskText("CR2", CORPORATE, "", null, null))
			.withMessage("The risk CR2 needs a title.");
	}

	@Test
	void aSimilarityIsFromZeroToOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DuplicateSuggestion("A", "B", 1.2, "Same."))
			.withMessage("A similarity is from 0 to 1, not 1.2.");
	}

}
