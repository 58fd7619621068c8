package io.cryptoviz.dashboard.base;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.shared.Registration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One small thread pool for everything that happens later: auto-refresh ticks and retries
 * after a busy store. Pages get a {@link Registration} and remove it on detach, so a
 * closed tab stops its timer.
 */
@Component
public class RefreshScheduler implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RefreshScheduler.class);

	private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2,
			Thread.ofPlatform().name("dashboard-refresh-", 0).daemon().factory());

	private final DashboardSettings settings;

	RefreshScheduler(DashboardSettings settings) {
		this.settings = settings;
	}

	/**
	 * Runs the task every auto-refresh interval
	 * ({@code cryptoviz.dashboard.auto-refresh}).
	 * @param task what to run; exceptions are logged and the schedule continues
	 * @return removes the schedule
	 */
	public Registration everyAutoRefresh(Runnable task) {
		long period = this.settings.autoRefresh().toMillis();
		ScheduledFuture<?> future = this.executor.scheduleAtFixedRate(guarded(task), period, period,
				TimeUnit.MILLISECONDS);
		return () -> future.cancel(false);
	}

	/**
	 * Runs the task once after the delay.
	 * @param delay how long to wait
	 * @param task what to run
	 * @return cancels it if it has not run yet
	 */
	public Registration once(Duration delay, Runnable task) {
		ScheduledFuture<?> future = this.executor.schedule(guarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
		return () -> future.cancel(false);
	}

	/**
	 * @return the auto-refresh interval, for labels
	 */
	public Duration autoRefreshInterval() {
		return this.settings.autoRefresh();
	}

	/**
	 * @return how long a page showing "busy" waits before trying again
	 */
	public Duration busyRetryDelay() {
		return this.settings.lock().uiRetry();
	}

	private static Runnable guarded(Runnable task) {
		return () -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.warn("Scheduled dashboard refresh failed: {}", ex.toString());
			}
		};
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
