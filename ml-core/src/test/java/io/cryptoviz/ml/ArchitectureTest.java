package io.cryptoviz.ml;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.cryptoviz.ml");

	@Test
	void ml_core_depends_on_neither_spring_nor_vaadin() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.vaadin..")
			.check(CLASSES);
	}

	@Test
	void feature_packages_have_no_cycles() {
		slices().matching("io.cryptoviz.ml.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void indicators_and_series_know_nothing_of_models_or_analysis() {
		noClasses().that()
			.resideInAnyPackage("io.cryptoviz.ml.indicator..", "io.cryptoviz.ml.series..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.cryptoviz.ml.model..", "io.cryptoviz.ml.consensus..", "io.cryptoviz.ml.backtest..",
					"io.cryptoviz.ml.analysis..")
			.check(CLASSES);
	}

}
