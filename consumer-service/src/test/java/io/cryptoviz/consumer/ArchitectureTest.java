package io.cryptoviz.consumer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.cryptoviz.consumer");

	@Test
	void feature_packages_have_no_cycles() {
		slices().matching("io.cryptoviz.consumer.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void only_the_store_module_touches_duckdb_or_sql() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "javax.sql..", "org.duckdb..")
			.because("the store module (io.cryptoviz.store) owns the schema, the SQL and the lock handling")
			.check(CLASSES);
	}

	@Test
	void storage_does_not_know_about_redis_or_ingest() {
		noClasses().that()
			.resideInAPackage("..consumer.storage..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..consumer.ingest..", "io.lettuce..", "org.springframework.data.redis..")
			.check(CLASSES);
	}

	@Test
	void the_stats_command_runs_without_spring() {
		noClasses().that()
			.resideInAPackage("..consumer.stats..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "..consumer.ingest..", "..consumer.base..")
			.check(CLASSES);
	}

	@Test
	void base_depends_on_no_feature() {
		noClasses().that()
			.resideInAPackage("..consumer.base..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..consumer.ingest..", "..consumer.storage..", "..consumer.stats..")
			.check(CLASSES);
	}

}
