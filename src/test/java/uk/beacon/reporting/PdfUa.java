package uk.beacon.reporting;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's PDF/UA-1 validator, the check a council's accessibility auditor runs.
 */
public final class PdfUa {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfUa() {
	}

	/**
	 * @return each failed rule of PDF/UA-1, one line each; empty when the PDF complies
	 */
	public static List<String> violations(byte[] pdf) {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
				.map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
						+ " at " + a.getLocation().getContext())
				.distinct()
				.toList();
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF could not read the PDF", ex);
		}
	}

}
