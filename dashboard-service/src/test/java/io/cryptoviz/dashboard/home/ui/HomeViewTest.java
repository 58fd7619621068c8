package io.cryptoviz.dashboard.home.ui;

import java.time.Duration;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import io.cryptoviz.dashboard.ViewTestSupport;
import io.cryptoviz.dashboard.base.ui.SimulatedDataBanner;
import io.cryptoviz.model.RedisKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends ViewTestSupport {

	@Autowired
	StringRedisTemplate redis;

	@AfterEach
	void cleanRedis() {
		this.redis.delete(java.util.List.of(RedisKeys.QUEUE, RedisKeys.DEAD_LETTER, RedisKeys.DATA_MODE));
		UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
	}

	@Test
	void status_shows_the_seeded_counts_as_fresh() {
		StatusPanel status = navigate(HomeView.class).status;
		assertThat(status.records.value()).isEqualTo("20,760");
		assertThat(status.cryptos.value()).isEqualTo("12");
		assertThat(status.sources.value()).isEqualTo("2 of 2");
		assertThat(status.lastUpdate.value()).isEqualTo("just now");
		assertThat(status.lastUpdate.toneClass()).isEqualTo("cv-fresh");
		assertThat(status.store.value()).isEqualTo("Reachable");
		assertThat(test(status.perSource).size()).isEqualTo(2);
		assertThat(test(status.perSource).getCellText(0, 1)).isEqualTo("10,380");
	}

	@Test
	void last_update_turns_orange_after_ten_minutes_and_red_after_thirty() {
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(navigate(HomeView.class).status.lastUpdate.toneClass()).isEqualTo("cv-late");
		this.clock.advance(Duration.ofMinutes(20));
		StatusPanel status = navigate(HomeView.class).status;
		assertThat(status.lastUpdate.toneClass()).isEqualTo("cv-stale");
		assertThat(status.lastUpdate.value()).isEqualTo("35 min ago");
	}

	@Test
	void queue_and_dead_letter_depth_come_from_redis() {
		this.redis.opsForList().leftPushAll(RedisKeys.QUEUE, "a", "b", "c");
		this.redis.opsForList().leftPush(RedisKeys.DEAD_LETTER, "bad");
		this.clock.advance(Duration.ofSeconds(6));
		StatusPanel status = navigate(HomeView.class).status;
		assertThat(status.redis.value()).isEqualTo("Reachable");
		assertThat(status.queue.value()).isEqualTo("3");
		assertThat(status.deadLetters.value()).isEqualTo("1");
		assertThat(status.deadLetters.toneClass()).isEqualTo("cv-late");
	}

	@Test
	void simulated_data_shows_the_banner_and_live_data_does_not() {
		this.redis.opsForValue().set(RedisKeys.DATA_MODE, "simulated");
		this.clock.advance(Duration.ofSeconds(6));
		navigate(HomeView.class);
		SimulatedDataBanner banner = $(SimulatedDataBanner.class).single();
		assertThat(banner.showing()).isTrue();
		assertThat(banner.text()).startsWith("SIMULATED DATA");
		this.redis.opsForValue().set(RedisKeys.DATA_MODE, "live");
		this.clock.advance(Duration.ofSeconds(6));
		navigate(HomeView.class);
		assertThat($(SimulatedDataBanner.class).all()).as("visible banners").isEmpty();
	}

	@Test
	void the_guide_links_to_the_other_pages_and_the_disclaimer_is_shown() {
		navigate(HomeView.class);
		assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("/dashboard");
		assertThat($view(com.vaadin.flow.component.html.Paragraph.class).withId("disclaimer").single().getText())
			.contains("not financial advice");
	}

	@Test
	void french_strings_appear_with_the_french_locale() {
		navigate(HomeView.class);
		chooseLanguage("français");
		StatusPanel status = ((HomeView) getCurrentView()).status;
		assertThat(status.sources.value()).isEqualTo("2 sur 2");
		assertThat(status.lastUpdate.value()).isEqualTo("à l'instant");
		assertThat($view(com.vaadin.flow.component.html.Paragraph.class).withId("disclaimer").single().getText())
			.contains("pas un conseil financier");
		assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Accueil · CryptoViz");
	}

}
