package io.cryptoviz.scraper;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import io.cryptoviz.scraper.base.QuoteSource;
import io.cryptoviz.scraper.tracked.TrackedAssets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
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
			.resideInAnyPackage("..scraper.coingecko..", "..scraper.coinmarketcap..", "..scraper.coinpaprika..",
					"..scraper.tracked..", "..scraper.publish..", "..scraper.cycle..", "..scraper.backfill..",
					"..scraper.health..")
			.check(CLASSES);
	}

	@Test
	void provider_clients_do_not_reach_redis() {
		noClasses().that()
			.resideInAnyPackage("..scraper.coingecko..", "..scraper.coinmarketcap..", "..scraper.coinpaprika..",
					"..scraper.tracked..", "..scraper.base..")
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

	/**
	 * A provider is the package of a {@link QuoteSource}; finding them from the classes
	 * means a fourth provider is covered without a change here.
	 */
	@Test
	void providers_do_not_import_each_other() {
		List<String> providers = CLASSES.stream()
			.filter((c) -> !c.isInterface() && c.isAssignableTo(QuoteSource.class))
			.map(JavaClass::getPackageName)
			.distinct()
			.sorted()
			.toList();
		assertThat(providers).contains("io.cryptoviz.scraper.coingecko", "io.cryptoviz.scraper.coinmarketcap",
				"io.cryptoviz.scraper.coinpaprika");
		for (String provider : providers) {
			noClasses().that()
				.resideInAPackage(provider + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(providers.stream()
					.filter((other) -> !other.equals(provider))
					.map((other) -> other + "..")
					.toArray(String[]::new))
				.because("a provider is one package; adding or removing one must not touch another")
				.check(CLASSES);
		}
	}

	@Test
	void only_the_tracked_feature_writes_the_tracked_list() {
		noClasses().that()
			.resideOutsideOfPackage("..scraper.tracked..")
			.should()
			.callMethod(TrackedAssets.class, "update", List.class, java.time.Instant.class)
			.check(CLASSES);
	}

}
