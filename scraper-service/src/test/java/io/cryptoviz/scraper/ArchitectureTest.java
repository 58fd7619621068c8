package io.cryptoviz.scraper;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.cryptoviz.scraper");

	@Test
	void no_cycles_between_feature_packages() {
		slices().matching("io.cryptoviz.scraper.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void base_depends_on_no_feature_package() {
		noClasses().that()
			.resideInAPackage("..scraper.base..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..scraper.coingecko..", "..scraper.coinmarketcap..", "..scraper.publish..",
					"..scraper.cycle..", "..scraper.backfill..", "..scraper.health..")
			.check(CLASSES);
	}

	@Test
	void provider_clients_do_not_reach_redis() {
		noClasses().that()
			.resideInAnyPackage("..scraper.coingecko..", "..scraper.coinmarketcap..", "..scraper.base..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.data.redis..", "io.lettuce..")
			.check(CLASSES);
	}

	@Test
	void the_two_providers_do_not_know_each_other() {
		noClasses().that()
			.resideInAPackage("..scraper.coinmarketcap..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..scraper.coingecko..")
			.check(CLASSES);
	}

}
