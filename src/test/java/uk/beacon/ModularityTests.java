package uk.beacon;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The module boundaries hold: no cycles, and modules use only each other's published API.
 * A module's store (its {@code internal} package) is not published, so another module
 * that writes through it fails here; and within a module only its write service uses it,
 * so a controller cannot write around the service either.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BeaconApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void onlyAModulesWriteServiceUsesItsStore() {
		JavaClasses beacon = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("uk.beacon");
		classes().that()
			.resideInAPackage("uk.beacon..internal..")
			.and()
			.haveSimpleNameEndingWith("Store")
			.should()
			.onlyBeAccessed()
			.byClassesThat(describe("are the module's write service or its own internals",
					(JavaClass caller) -> caller.getPackageName().endsWith(".internal")
							|| caller.getSimpleName().endsWith("Management")))
			.because("every change goes through the module's write service, which checks scope and audits it")
			.check(beacon);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
