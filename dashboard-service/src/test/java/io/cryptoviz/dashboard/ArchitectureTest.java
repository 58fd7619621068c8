package io.cryptoviz.dashboard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.cryptoviz.dashboard.base.pipeline.PipelineProbe;
import io.cryptoviz.dashboard.base.store.MarketData;
import io.cryptoviz.store.read.MarketReads;
import io.cryptoviz.store.read.ReadOnlyStore;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.cryptoviz.dashboard");

	@Test
	void ui_does_not_reach_storage() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "org.duckdb..", "org.springframework.data.redis..", "io.lettuce..",
					"io.cryptoviz.store.file..", "io.cryptoviz.store.write..", "io.cryptoviz.store.schema..")
			.orShould()
			.dependOnClassesThat(describe("the store module's read path",
					c -> c.isEquivalentTo(MarketReads.class) || c.isEquivalentTo(ReadOnlyStore.class)))
			.orShould()
			.dependOnClassesThat(describe("the store's read API", c -> c.isEquivalentTo(MarketData.class)
					|| c.getPackageName().equals(MarketData.class.getPackageName())
							&& !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)))
			.because("views go through their feature's service")
			.check(this.classes);
	}

	@Test
	void only_the_store_module_touches_duckdb_or_sql() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "javax.sql..", "org.duckdb..")
			.because("the store module (io.cryptoviz.store) owns the schema, the SQL and the lock handling")
			.check(this.classes);
	}

	@Test
	void only_base_store_wires_the_store_module_read_path() {
		noClasses().that()
			.resideOutsideOfPackage("..dashboard.base.store..")
			.should()
			.dependOnClassesThat(describe("the store module's read path",
					c -> c.isEquivalentTo(MarketReads.class) || c.isEquivalentTo(ReadOnlyStore.class)))
			.because("pages and the API read through MarketData, which caches and reports store states")
			.check(this.classes);
	}

	@Test
	void views_read_pipeline_state_only_through_the_probe_service() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.haveSimpleName("StringRedisTemplate")
			.because(PipelineProbe.class.getSimpleName() + " owns the Redis reads")
			.check(this.classes);
	}

	@Test
	void services_do_not_depend_on_ui() {
		noClasses().that()
			.resideOutsideOfPackage("..ui..")
			.and()
			.doNotHaveSimpleName("DashboardApplication")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..ui..", "com.vaadin.flow.component..")
			.check(this.classes);
	}

	@Test
	void no_cycles_between_feature_packages() {
		slices().matching("io.cryptoviz.dashboard.(*)..").should().beFreeOfCycles().check(this.classes);
	}

}
