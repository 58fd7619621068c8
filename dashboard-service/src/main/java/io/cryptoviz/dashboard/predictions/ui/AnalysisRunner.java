package io.cryptoviz.dashboard.predictions.ui;

import java.time.Duration;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import io.cryptoviz.dashboard.base.RefreshScheduler;
import io.cryptoviz.dashboard.base.store.StoreResult;
import io.cryptoviz.dashboard.predictions.Analysis;
import io.cryptoviz.dashboard.predictions.AnalysisExecutor;
import io.cryptoviz.dashboard.predictions.AnalysisRequest;
import io.cryptoviz.dashboard.predictions.NoPricesException;
import io.cryptoviz.dashboard.predictions.PredictionService;
import io.cryptoviz.dashboard.predictions.UnknownAssetException;
import org.jspecify.annotations.Nullable;

/**
 * Runs one page's analyses off the UI thread and hands results back through
 * {@link UI#access}. Every start bumps a generation number; a result whose generation is
 * no longer the newest is dropped, so a slow older analysis can never overwrite a newer
 * one. Continuous mode starts runs through {@link #debounce}, so dragging a slider runs
 * at most one analysis per window rather than one per step.
 */
final class AnalysisRunner {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AnalysisRunner.class);

	static final Duration DEBOUNCE = Duration.ofMillis(300);

	private final PredictionService predictions;

	private final AnalysisExecutor executor;

	private final RefreshScheduler scheduler;

	private long generation;

	private long running;

	private @Nullable Registration pending;

	private long lastStart = System.nanoTime() - DEBOUNCE.toNanos();

	AnalysisRunner(PredictionService predictions, AnalysisExecutor executor, RefreshScheduler scheduler) {
		this.predictions = predictions;
		this.executor = executor;
		this.scheduler = scheduler;
	}

	/**
	 * Starts the analysis at once if none started within the last {@link #DEBOUNCE};
	 * otherwise when that window has passed since this request, unless another request
	 * comes first. A single change (a click, a released slider) answers without delay,
	 * while dragging runs at most one analysis per window and always ends with the last
	 * value.
	 * @param ui the page's UI
	 * @param request what to analyse
	 * @param done receives the result in the UI thread
	 */
	void debounce(UI ui, AnalysisRequest request, Consumer<Finished> done) {
		boolean quiet = this.pending == null && System.nanoTime() - this.lastStart >= DEBOUNCE.toNanos();
		if (quiet) {
			now(ui, request, done);
			return;
		}
		cancelPending();
		long ticket = ++this.generation;
		this.running = ticket;
		this.pending = this.scheduler.once(DEBOUNCE, () -> ui.access(() -> {
			this.pending = null;
			if (ticket == this.generation) {
				start(ui, ticket, request, done);
			}
		}));
	}

	/**
	 * Starts the analysis now.
	 * @param ui the page's UI
	 * @param request what to analyse
	 * @param done receives the result in the UI thread
	 */
	void now(UI ui, AnalysisRequest request, Consumer<Finished> done) {
		cancelPending();
		long ticket = ++this.generation;
		this.running = ticket;
		start(ui, ticket, request, done);
	}

	/**
	 * @return whether an analysis is waiting or running whose result will be shown
	 */
	boolean busy() {
		return this.running == this.generation && this.running != 0;
	}

	/**
	 * Drops whatever is pending or running (the page is closing).
	 */
	void cancel() {
		cancelPending();
		this.generation++;
	}

	private void start(UI ui, long ticket, AnalysisRequest request, Consumer<Finished> done) {
		this.lastStart = System.nanoTime();
		this.executor.execute(() -> {
			Finished finished = run(request);
			try {
				ui.access(() -> {
					if (ticket != this.generation) {
						return;
					}
					this.running = 0;
					done.accept(finished);
				});
			}
			catch (UIDetachedException ex) {
				// The tab was closed while the analysis ran; nobody waits for it.
			}
		});
	}

	private Finished run(AnalysisRequest request) {
		try {
			return new Finished(request, this.predictions.analyze(request), null);
		}
		catch (UnknownAssetException | NoPricesException ex) {
			return new Finished(request, null, ex);
		}
		catch (RuntimeException ex) {
			// Never leave the page waiting for a result that will not come.
			log.warn("Analysis of {} failed", request, ex);
			return new Finished(request, null, ex);
		}
	}

	private void cancelPending() {
		if (this.pending != null) {
			this.pending.remove();
			this.pending = null;
		}
	}

	/**
	 * A finished analysis.
	 *
	 * @param request what was asked
	 * @param result the store's answer, or null when the asset or its prices are missing
	 * @param problem why there is no analysis: an unknown asset or no prices, or null
	 */
	record Finished(AnalysisRequest request, @Nullable StoreResult<Analysis> result,
			@Nullable RuntimeException problem) {
	}

}
