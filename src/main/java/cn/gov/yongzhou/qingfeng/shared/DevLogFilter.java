package cn.gov.yongzhou.qingfeng.shared;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Dev mode's console (application.properties, {@code %dev.quarkus.log.console.filter}): drops the one warning a
 * newcomer cannot act on. The embedded PostgreSQL extension offers its database under the reactive client's key too
 * ({@code quarkus.datasource.reactive.url}), and this app has no reactive client, so Quarkus calls the key
 * unrecognised on every start. Every other unrecognised key is still reported.
 */
@LoggingFilter(name = "qingfeng-dev")
public final class DevLogFilter implements Filter {

    static final String EMBEDDED_REACTIVE_URL = "\"quarkus.datasource.reactive.url\"";

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage()
                : record.getMessage();
        return !("io.quarkus.config".equals(record.getLoggerName()) && message != null
                && message.startsWith("Unrecognized configuration key " + EMBEDDED_REACTIVE_URL));
    }
}
