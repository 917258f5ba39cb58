package uk.beacon.risk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard matrix against Lancashire's key to scores and the residual positions
 * printed in its Corporate Risk & Opportunity Register, Q3 2019/20, as transcribed in
 * lancashire_risk_matrix.csv and lancashire_risk_register_q3_2019.csv.
 */
class LancashireKeyTest {

	private static final RiskMatrix MATRIX = RiskMatrix.standard();

	@ParameterizedTest(name = "{0} ({1}) × {2} ({3}) = {4}")
	@CsvSource({ "CATASTROPHIC, OUTSTANDING, 5, RARE, 1, 5", "CATASTROPHIC, OUTSTANDING, 5, UNLIKELY, 2, 10",
			"CATASTROPHIC, OUTSTANDING, 5, POSSIBLE, 3, 15", "CATASTROPHIC, OUTSTANDING, 5, LIKELY, 4, 20",
			"CATASTROPHIC, OUTSTANDING, 5, CERTAIN, 5, 25", "MAJOR, MAJOR, 4, RARE, 1, 4",
			"MAJOR, MAJOR, 4, UNLIKELY, 2, 8", "MAJOR, MAJOR, 4, POSSIBLE, 3, 12", "MAJOR, MAJOR, 4, LIKELY, 4, 16",
			"MAJOR, MAJOR, 4, CERTAIN, 5, 20", "MODERATE, MODERATE, 3, RARE, 1, 3",
			"MODERATE, MODERATE, 3, UNLIKELY, 2, 6", "MODERATE, MODERATE, 3, POSSIBLE, 3, 9",
			"MODERATE, MODERATE, 3, LIKELY, 4, 12", "MODERATE, MODERATE, 3, CERTAIN, 5, 15",
			"MINOR, MINOR, 2, RARE, 1, 2", "MINOR, MINOR, 2, UNLIKELY, 2, 4", "MINOR, MINOR, 2, POSSIBLE, 3, 6",
			"MINOR, MINOR, 2, LIKELY, 4, 8", "MINOR, MINOR, 2, CERTAIN, 5, 10",
			"INSIGNIFICANT, INSIGNIFICANT, 1, RARE, 1, 1", "INSIGNIFICANT, INSIGNIFICANT, 1, UNLIKELY, 2, 2",
			"INSIGNIFICANT, INSIGNIFICANT, 1, POSSIBLE, 3, 3", "INSIGNIFICANT, INSIGNIFICANT, 1, LIKELY, 4, 4",
			"INSIGNIFICANT, INSIGNIFICANT, 1, CERTAIN, 5, 5" })
	void everyCellOfTheKeyScoresAsLancashirePrintsIt(String riskImpact, String opportunityImpact, int impact,
			String likelihood, int likelihoodLevel, int score) {
		assertThat(MATRIX.impactLevel(riskImpact, RiskKind.RISK)).hasValue(impact);
		assertThat(MATRIX.impactLevel(opportunityImpact, RiskKind.OPPORTUNITY)).hasValue(impact);
		assertThat(MATRIX.likelihoodLevel(likelihood)).hasValue(likelihoodLevel);
		assertThat(RiskPosition.of(impact, likelihoodLevel).score()).isEqualTo(score);
		assertThat(MATRIX.bandOf(score)).isNotNull();
		assertThat(
				RiskPositions.read(riskImpact, likelihood, Integer.toString(score), MATRIX, RiskKind.RISK).position())
			.contains(RiskPosition.of(impact, likelihoodLevel));
		assertThat(
				RiskPositions.read(opportunityImpact, likelihood, Integer.toString(score), MATRIX, RiskKind.OPPORTUNITY)
					.position())
			.contains(RiskPosition.of(impact, likelihoodLevel));
	}

	@ParameterizedTest(name = "{0}: \"{2}\"")
	@CsvSource(delimiter = '|',
			value = { "CR1 | risk | 16 Major/Likely | 16 Major/Likely | Red",
					"CR2 | risk | 12 Major/possible | 12 Major/Possible | Amber",
					"CR3 | risk | 12 Major/possible | 12 Major/Possible | Amber",
					"CR4 | risk | 16 Major/Likely | 16 Major/Likely | Red",
					"CR5 | risk | 12 Major/possible | 12 Major/Possible | Amber",
					"CR6 | risk | 12 Major/possible | 12 Major/Possible | Amber",
					"CR7 | risk | 12 Major/ possible | 12 Major/Possible | Amber",
					"CR8 | risk | 12 Major/ possible | 12 Major/Possible | Amber",
					"CR9 | risk | 12 Major/ possible | 12 Major/Possible | Amber",
					"CR10 | risk | 16 Major/ Likely | 16 Major/Likely | Red",
					"CR11 | risk | 12 Major/ Possible | 12 Major/Possible | Amber",
					"CR12 | risk | 12 Major/ Possible | 12 Major/Possible | Amber",
					"CR13 | risk | 12 Major/ Possible | 12 Major/Possible | Amber",
					"CO1 | opportunity | 16 Major/ likely | 16 Major/Likely | Red",
					"CO2 | opportunity | 15 Outstanding/ possible | 15 Outstanding/Possible | Red",
					"CO3 | opportunity | 12 Major/ possible | 12 Major/Possible | Amber",
					"CO4 | opportunity | 15 Outstanding/ possible | 15 Outstanding/Possible | Red" })
	void everyResidualInTheRegisterReadsAsPrintedAndAgreesWithTheKey(String reference, String kind, String printed,
			String label, String level) {
		RiskKind riskKind = RiskKind.fromCode(kind).orElseThrow();
		RiskPositions.Result result = RiskPositions.readAsPrinted(printed, MATRIX, riskKind);
		assertThat(result.isError()).as(result.message()).isFalse();
		RiskPosition position = result.position().orElseThrow();
		assertThat(position.label(MATRIX, riskKind)).isEqualTo(label);
		assertThat(MATRIX.bandOf(position.score()).level()).isEqualTo(level);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "CR1 | risk | Major | Likely | 16 | 16 Major/Likely",
					"CR2 | risk | Major | Possible | 12 | 12 Major/Possible",
					"CO2 | opportunity | Outstanding | Possible | 15 | 15 Outstanding/Possible",
					"CO3 | opportunity | Major | Possible | 12 | 12 Major/Possible" })
	void theRegistersResidualColumnsReadAsTheImportGivesThem(String reference, String kind, String impact,
			String likelihood, String score, String label) {
		RiskKind riskKind = RiskKind.fromCode(kind).orElseThrow();
		RiskPosition position = RiskPositions.read(impact, likelihood, score, MATRIX, riskKind)
			.position()
			.orElseThrow();
		assertThat(position.label(MATRIX, riskKind)).isEqualTo(label);
	}

}
