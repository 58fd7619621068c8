package io.cryptoviz.dashboard.base.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The source catalog exactly as application.properties ships it, bound as Spring binds
 * it, for tests that build services without a context.
 */
public final class ShippedSources {

	private ShippedSources() {
	}

	/**
	 * @return the shipped catalog: CoinGecko, CoinMarketCap and CoinPaprika
	 */
	public static SourceCatalog catalog() {
		return catalog(Map.of());
	}

	/**
	 * @param extra more properties, such as a fourth source's
	 * @return the shipped catalog with those added
	 */
	public static SourceCatalog catalog(Map<String, String> extra) {
		return new SourceCatalog(settings(extra));
	}

	/**
	 * @param extra more properties
	 * @return the settings bound from application.properties plus {@code extra}
	 */
	static SourceSettings settings(Map<String, String> extra) {
		Map<String, String> properties = new HashMap<>(properties());
		properties.putAll(extra);
		return new Binder(new MapConfigurationPropertySource(properties))
			.bind("cryptoviz.dashboard", SourceSettings.class)
			.get();
	}

	/**
	 * @return the {@code cryptoviz.dashboard.sources.*} lines of application.properties
	 */
	static Map<String, String> properties() {
		Map<String, String> properties = new HashMap<>();
		Properties shipped = new Properties();
		try (InputStream in = ShippedSources.class.getResourceAsStream("/application.properties")) {
			shipped.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		shipped.stringPropertyNames()
			.stream()
			.filter(name -> name.startsWith("cryptoviz.dashboard.sources."))
			.forEach(name -> properties.put(name, shipped.getProperty(name)));
		return properties;
	}

}
