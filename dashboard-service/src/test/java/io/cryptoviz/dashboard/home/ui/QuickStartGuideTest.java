package io.cryptoviz.dashboard.home.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import io.cryptoviz.dashboard.ViewTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuickStartGuideTest extends ViewTestSupport {

	@AfterEach
	void english() {
		UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
	}

	static List<String> items(QuickStartGuide guide, String listId) {
		return descendants(guide.getElement()).filter(e -> listId.equals(e.getAttribute("id")))
			.findFirst()
			.orElseThrow()
			.getChildren()
			.map(Element::getText)
			.toList();
	}

	static Stream<Element> descendants(Element root) {
		return Stream.concat(Stream.of(root), root.getChildren().flatMap(QuickStartGuideTest::descendants));
	}

	@Test
	void the_guide_is_collapsed_and_lists_the_steps_and_the_good_practices() {
		QuickStartGuide guide = navigate(HomeView.class).quickStart;

		assertThat(guide.getContent().isOpened()).isFalse();
		assertThat(guide.getContent().getSummaryText()).isEqualTo("Quick-start guide and good practices");
		assertThat(items(guide, "quick-start-steps")).hasSize(QuickStartGuide.STEPS)
			.first()
			.asString()
			.contains("./cryptoviz up");
		assertThat(String.join("\n", items(guide, "good-practices"))).contains("Do your own research",
				"Never invest more than you can afford to lose", "Diversify");
	}

	@Test
	void the_guide_is_in_french_with_the_french_locale() {
		navigate(HomeView.class);
		chooseLanguage("français");
		QuickStartGuide guide = navigate(HomeView.class).quickStart;

		assertThat(guide.getContent().getSummaryText()).isEqualTo("Guide de démarrage et bonnes pratiques");
		assertThat(String.join("\n", items(guide, "good-practices"))).contains("Faites vos propres recherches",
				"N’investissez jamais plus que ce que vous pouvez vous permettre de perdre", "Diversifiez");
	}

	@Test
	void each_page_of_the_guide_lists_its_features() {
		HomeView home = navigate(HomeView.class);
		String guide = home.getElement()
			.getChildren()
			.filter(e -> "page-guide".equals(e.getAttribute("id")))
			.findFirst()
			.orElseThrow()
			.getTextRecursively();

		assertThat(guide).contains("A status card per source", "Download CSV", "Five models", "BUY / SELL / HOLD");
	}

}
