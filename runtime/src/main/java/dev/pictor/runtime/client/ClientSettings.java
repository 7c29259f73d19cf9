package dev.pictor.runtime.client;

import java.net.http.HttpClient;
import java.time.Duration;

/** The settings every call of one client shares. */
record ClientSettings(
        HttpClient http,
        RetryPolicy retryPolicy,
        Duration callTimeout,
        Duration overallTimeout,
        long maxResponseBytes,
        Duration pollInterval,
        Duration maxPollInterval,
        boolean waitForResult,
        Redactor redactor) {}
