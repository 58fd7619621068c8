package io.cryptoviz.simulator;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.cryptoviz.simulator");

	@Test
	void there_are_no_cycles_between_feature_packages() {
		slices().matching("io.cryptoviz.simulator.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void the_providers_do_not_depend_on_each_other() {
		noClasses().that()
			.resideInAPackage("..simulator.coingecko..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..simulator.coinmarketcap..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("..simulator.coinmarketcap..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..simulator.coingecko..")
			.check(CLASSES);
	}

	/**
	 * A provider is the package of a
	 * {@link io.cryptoviz.simulator.base.SimulatedProvider}; finding them from the
	 * classes means a fourth provider is covered without a change here.
	 */
	@Test
	void no_provider_package_depends_on_another() {
		List<String> providers = CLASSES.stream()
			.filter((type) -> type.isAssignableTo(io.cryptoviz.simulator.base.SimulatedProvider.class)
					&& !type.isInterface())
			.map((type) -> type.getPackageName())
			.distinct()
			.sorted()
			.toList();
		org.assertj.core.api.Assertions.assertThat(providers)
			.containsExactly("io.cryptoviz.simulator.coingecko", "io.cryptoviz.simulator.coinmarketcap",
					"io.cryptoviz.simulator.coinpaprika");
		for (String provider : providers) {
			noClasses().that()
				.resideInAPackage(provider + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(providers.stream()
					.filter((other) -> !other.equals(provider))
					.map((other) -> other + "..")
					.toArray(String[]::new))
				.because("a simulated provider is one package")
				.check(CLASSES);
		}
	}

	@Test
	void the_market_does_not_depend_on_the_http_layers() {
		noClasses().that()
			.resideInAPackage("..simulator.market..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..simulator.coingecko..", "..simulator.coinmarketcap..", "..simulator.coinpaprika..",
					"..simulator.fault..", "..simulator.requests..", "org.springframework.web..", "jakarta.servlet..")
			.check(CLASSES);
	}

}
