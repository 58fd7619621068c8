package io.cryptoviz.store;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.cryptoviz.store");

	@Test
	void the_store_is_plain_java_without_spring_or_vaadin() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "com.vaadin..", "io.lettuce..")
			.check(CLASSES);
	}

	@Test
	void feature_packages_have_no_cycles() {
		slices().matching("io.cryptoviz.store.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void schema_and_file_know_nothing_of_reads_or_writes() {
		noClasses().that()
			.resideInAnyPackage("..store.schema..", "..store.file..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..store.read..", "..store.write..")
			.check(CLASSES);
	}

	@Test
	void reads_and_writes_are_independent() {
		noClasses().that()
			.resideInAPackage("..store.read..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..store.write..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("..store.write..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..store.read..")
			.check(CLASSES);
	}

}
