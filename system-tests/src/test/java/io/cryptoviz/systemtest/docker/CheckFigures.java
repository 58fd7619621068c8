package io.cryptoviz.systemtest.docker;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures the Docker check prints on its one closing line: build time, time to
 * healthy, image sizes and memory per container.
 */
final class CheckFigures {

	private final Map<String, String> values = new LinkedHashMap<>();

	/** Records the seconds since {@code startedNanos} under a name. */
	void seconds(String name, long startedNanos) {
		this.values.put(name, String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - startedNanos) / 1e9));
	}

	/** Records each container's resident memory as {@code docker stats} reports it. */
	void memory(ComposeStack stack, List<String> containers) throws IOException, InterruptedException {
		List<String> args = new java.util.ArrayList<>(
				List.of("stats", "--no-stream", "--format", "{{.Name}} {{.MemUsage}}"));
		args.addAll(containers);
		StringBuilder rss = new StringBuilder();
		for (String line : stack.docker(args.toArray(String[]::new)).strip().split("\n")) {
			String[] parts = line.split(" ");
			rss.append(rss.isEmpty() ? "" : ", ").append(shortName(parts[0])).append(' ').append(parts[1]);
		}
		this.values.put("RSS", rss.toString());
	}

	/** Records the size of the image each container runs. */
	void imageSizes(ComposeStack stack, List<String> containers) throws IOException, InterruptedException {
		StringBuilder sizes = new StringBuilder();
		for (String container : containers) {
			String image = stack.inspect(container, "{{.Image}}");
			long bytes = Long.parseLong(stack.docker("image", "inspect", "-f", "{{.Size}}", image).strip());
			sizes.append(sizes.isEmpty() ? "" : ", ")
				.append(shortName(container))
				.append(String.format(Locale.ROOT, " %.0f MB", bytes / 1e6));
		}
		this.values.put("images", sizes.toString());
	}

	/**
	 * Records which base images are the official ones and which are local stand-ins
	 * (labelled {@code io.cryptoviz.standin} by docker/base-images.sh).
	 */
	void baseImages(ComposeStack stack, List<String> images) throws IOException, InterruptedException {
		StringBuilder kinds = new StringBuilder();
		for (String image : images) {
			String label = stack
				.docker("image", "inspect", "-f", "{{index .Config.Labels \"io.cryptoviz.standin\"}}", image)
				.strip();
			kinds.append(kinds.isEmpty() ? "" : ", ")
				.append(image)
				.append(label.equals("true") ? " (stand-in)" : " (official)");
		}
		this.values.put("base images", kinds.toString());
	}

	private static String shortName(String container) {
		return container.replace("crypto_", "");
	}

	@Override
	public String toString() {
		StringBuilder line = new StringBuilder();
		this.values
			.forEach((name, value) -> line.append(line.isEmpty() ? "" : "; ").append(name).append(' ').append(value));
		return line.toString();
	}

}
